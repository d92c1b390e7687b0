"""How text becomes words, shared by every engine: the stemming analyzer and name keys.

The Whoosh index and the cluster backend both read words through here, so a hit's spans,
a fuzzy word's neighbours and a person's keys are the same whichever engine answers.
"""

from __future__ import annotations

from whoosh.analysis import StemmingAnalyzer

# No stop list: a phrase such as "I love you, man" must keep every word it was typed with.
TEXT_ANALYZER = StemmingAnalyzer(stoplist=None, minsize=1)


def stems(text: str) -> list[str]:
    return [t.text for t in TEXT_ANALYZER(text)]


def name_keys(names) -> str:
    """Full names plus their surnames, comma-joined for a NAMES field."""
    keys: set[str] = set()
    for n in names:
        if not n:
            continue
        keys.add(n.lower())
        for part in n.split("/"):
            part = part.strip()
            if part:
                keys.add(part.lower())
                keys.add(part.split()[-1].lower())
    return ",".join(sorted(k.replace(",", " ") for k in keys))


def edits(a: str, b: str, limit: int, swaps: bool = False) -> int:
    """Levenshtein distance, stopping above ``limit``; with ``swaps``, a transposition is one edit
    (as spelling suggestions count it; Whoosh's fuzzy terms do not)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if swaps and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
