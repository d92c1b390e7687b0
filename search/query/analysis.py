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
