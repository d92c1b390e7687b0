"""Sentences of the masked text, where every quotation is blanked out so that words inside quotes
never look like frames or antecedents."""

from __future__ import annotations

import re
from functools import lru_cache

from search.extract.quotes.cues import _SMALL


class Lazy:
    """A pattern compiled the first time it is used: the big ones (every name, every verb in five
    languages) would otherwise cost each start of the command line a noticeable pause."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._re = pattern, flags, None

    def __getattr__(self, attr: str):
        if self._re is None:
            self._re = re.compile(self.pattern, self.flags)
        found = getattr(self._re, attr)
        # (kept on the instance, so later look-ups no longer come through here: these run per word)
        setattr(self, attr, found)
        return found

_SENT_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘«¿¡(A-ZÀ-Þ0-9x])")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|No|Mt|Lt|Sgt|Capt|Prof|Rev|Gen|Col|Vol|Ep))$")


@lru_cache(maxsize=64)
def _ends(masked: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """Sentence ends in ``masked[lo:hi]`` (where each starts and where the next sentence does), not fooled
    by ``Dr.`` or an initial."""
    # (kept for a while: every quotation of a paragraph asks for the paragraph's sentences, several times)
    out = []
    for m in _SENT_END.finditer(masked, lo, hi):
        if masked[m.start()] == "." and _ABBREV.search(masked, max(lo, m.start() - 5), m.start()):
            continue
        out.append((m.start(), m.end()))
    return tuple(out)



_NOT_SPACE = re.compile(r"\S")


def mask(text: str, spans) -> str:
    """The text with every quotation (marks included) blanked to ``x``, keeping offsets."""
    if not spans:
        return text
    # (a paragraph's quotations follow each other without overlapping: the text is cut, not copied into
    # a list of characters; nested ones, one inside another, are blanked one after the other)
    pieces, at = [], 0
    for s in spans:
        lo, hi = max(s.start - 1, 0), min(len(text), s.end + 1)
        if lo < at:
            return _mask_in_turn(text, spans)
        region = _NOT_SPACE.sub("x", text[lo:hi])  # (\S is what isspace() is not)
        if _ends_sentence(text, s):
            region = region[:s.end - lo] + "." + region[s.end - lo + 1:]
        pieces += (text[at:lo], region)
        at = hi
    pieces.append(text[at:])
    return "".join(pieces)


def _mask_in_turn(text: str, spans) -> str:
    chars = list(text)
    for s in spans:
        lo, hi = max(s.start - 1, 0), min(len(text), s.end + 1)
        chars[lo:hi] = _NOT_SPACE.sub("x", "".join(chars[lo:hi]))
        if _ends_sentence(text, s):
            chars[s.end] = "."
    return "".join(chars)


def _ends_sentence(text: str, s) -> bool:
    """“… nights.” The statement continued — the quotation ended its sentence; kept visible in the mask."""
    return s.closed and s.end < len(text) and text[s.start:s.end].rstrip()[-1:] in (".", "!", "?", "…")


def sentence_bounds(masked: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The sentence of ``masked[lo:hi]`` (one paragraph) that contains ``pos``."""
    start = lo
    for end, next_start in _ends(masked, lo, hi):
        if next_start <= pos:
            start = next_start
        else:
            return start, end + 1
    return start, hi


def sentences(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for end, next_start in _ends(masked, lo, hi):
        out.append((start, end + 1))
        start = next_start
    if start < hi:
        out.append((start, hi))
    return out

def is_title_like(q: str) -> bool:
    """``Low Tide at the Edge of Everything`` or ``THE TREES LEAN IN``: a title or a script line."""
    # (each test stops at the first letter or word that settles it: most quotes are long sentences)
    letters = 0
    for c in q:
        if c.isalpha():
            if not c.isupper():
                break
            letters += 1
    else:
        if letters >= 4:
            return True
    big = 0
    for m in _WORD.finditer(q):
        w = m.group()
        if w.lower() not in _SMALL:
            if not (w[0].isupper() or w[0].isdigit()):
                return False
            big += 1
    return big >= 2 and not _NOT_A_TITLE.search(q.strip().rstrip(".,"))


_WORD = re.compile(r"[\w’'-]+")
_NOT_A_TITLE = re.compile(r"[!?]|, \w|\. \w")


