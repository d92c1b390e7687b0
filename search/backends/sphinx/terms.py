"""The cluster's term list on the client: fuzzy words (``finael~``) and "did you mean".

Sphinx 2.2 cannot list the words it holds, so each index run keeps a list of the stems it
wrote, with their spellings, in the cluster (``state``); a client reads it once and keeps it.
A fuzzy word matches what Whoosh's would: every stem within ``~N`` edits (1 by default) of the
typed word's stem, searched through the spellings Sphinx stems back to it.
"""

from __future__ import annotations

import re
import time
from collections import Counter

from search.backends.sphinx.state import read_state, read_terms
from search.query.analysis import edits, stems

MAX_EXPANSION = 64  # stems a fuzzy word may stand for, as on the local index
MIN_WORD = 3
FRESH_SECONDS = 30.0  # how long a client trusts its copy before checking for a newer run
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OPERATORS = {"AND", "OR", "NOT", "TO"}


def stem_of(word: str) -> str:
    found = stems(word)
    return found[0] if len(found) == 1 else word.lower()


class TermList:
    def __init__(self, conn):
        self.c = conn
        self._loaded: dict[str, list] | None = None
        self._run = None
        self._checked = 0.0

    def forget(self) -> None:
        self._loaded = None

    def terms(self) -> dict[str, list]:
        now = time.monotonic()
        if self._loaded is not None and now - self._checked < FRESH_SECONDS:
            return self._loaded
        run = read_state(self.c).get("run")
        if self._loaded is None or run != self._run:
            self._loaded, self._run = read_terms(self.c), run
        self._checked = now
        return self._loaded

    def near(self, stem: str, maxdist: int, first_letter: bool = False, swaps: bool = False
             ) -> list[tuple[int, str]]:
        """(distance, stem) of every known stem within ``maxdist`` edits, nearest and commonest first."""
        terms = self.terms()
        found = []
        for other, row in terms.items():
            if first_letter and other[:1] != stem[:1]:
                continue
            d = edits(stem, other, maxdist, swaps)
            if d <= maxdist:
                found.append((d, -row[0], other))
        return [(d, s) for d, _, s in sorted(found)]

    def fuzzy(self, word: str, maxdist: int) -> tuple[list[str], set[str]]:
        """The spellings to search for ``word~maxdist``, and the stems they stand for."""
        terms = self.terms()
        # As the local index: the first letter as typed, and the most common stems if too many.
        near = [s for _, s in self.near(stem_of(word), maxdist, first_letter=True)]
        near = sorted(near, key=lambda s: -terms[s][0])[:MAX_EXPANSION]
        forms = list(dict.fromkeys(f for s in near for f in terms[s][1:]))
        return forms, set(near)

    def correct(self, text: str) -> str | None:
        """``text`` with each word the corpus never had replaced by the nearest one it has."""
        terms = self.terms()
        out, last, changed = [], 0, False
        for m in _WORD.finditer(text):
            word = m.group(0)
            if word in _OPERATORS or text[m.end():m.end() + 1] in (":", "~", "*") or len(word) < MIN_WORD:
                continue
            if re.search(r"\w+:\"?$", text[:m.start()]) and not re.search(r"(title|body|quote):\"?$",
                                                                         text[:m.start()]):
                continue  # a name or a value, not a word of the text
            stem = stem_of(word)
            if stem in terms:
                continue
            near = self.near(stem, 1 if len(word) <= 4 else 2, first_letter=True, swaps=True)
            if not near:
                continue
            forms = terms[near[0][1]][1:]
            typed = word.lower()
            new = min(forms, key=lambda f: (edits(f, typed, 6, swaps=True), _letters_apart(f, typed), f))
            out += [text[last:m.start()], _match_case(new, word)]
            last, changed = m.end(), True
        out.append(text[last:])
        return "".join(out) if changed else None


def _letters_apart(a: str, b: str) -> int:
    """How many letters one word has that the other lacks: 0 for a transposition."""
    ca, cb = Counter(a), Counter(b)
    return sum(((ca - cb) + (cb - ca)).values())


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
