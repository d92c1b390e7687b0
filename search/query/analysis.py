"""How text becomes words, shared by every engine: the words and their stems, and name keys.

The Whoosh index and the cluster backend both read words through here, so a hit's spans,
a fuzzy word's neighbours and a person's keys are the same whichever engine answers. Whoosh's
index analyses with ``search.engine.schema.TEXT_ANALYZER``, which is this: the same tokens,
lower-cased, through the same Porter stemmer (a test holds the two together). Only the
stemmer comes from Whoosh, so an engine other than Whoosh loads none of its index or query code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from whoosh.lang.porter import stem as porter_stem

# Whoosh's default tokenizer pattern (``*`` kept inside a word, as the query parser sees it),
# ``[\w*]+(?:\.?[\w*]+)*``, in a form the engine runs faster and that matches the same: a run
# of word characters is whole before a dot can follow it, so nothing is ever given back.
TOKEN = re.compile(r"[\w*]++(?:\.[\w*]++)*+")
# The same for ASCII text, where ``\w`` is these characters: a set is quicker to test than a category.
_ASCII_TOKEN = re.compile(r"[0-9A-Za-z_*]++(?:\.[0-9A-Za-z_*]++)*+")
# Typographic marks, none a word character nor a dot: read as spaces, the words are the same and
# most texts are ASCII.
_MARKS = "“”‘’—–…"


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The stem of one lower-case word."""
    return porter_stem(word)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word of ``text`` as (stem, start, end), the offsets into ``text``."""
    for m in TOKEN.finditer(text):
        yield stem(m.group().lower()), m.start(), m.end()


_STEM_OF_TOKEN: dict[str, str] = {}  # a token as written to its stem: lower() and the cache in one look-up


def stems(text: str) -> list[str]:
    found = _STEM_OF_TOKEN
    if len(found) > 200_000:
        found.clear()
    get = found.get
    for mark in _MARKS:
        text = text.replace(mark, " ")
    tokens = (_ASCII_TOKEN if text.isascii() else TOKEN).findall(text)
    return [get(w) or found.setdefault(w, stem(w.lower())) for w in tokens]


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
