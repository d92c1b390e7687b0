"""Scanning an article with the cast forms: each form once per text, and only over a text
that can hold a match of it."""

from __future__ import annotations

import re

# Kept by the pattern's id (patterns are module constants): hashing a compiled pattern hashes
# its whole program, which cost more than many a scan.
_NEEDS: dict[int, tuple[tuple[str, str], ...]] = {}  # (probe, text) pairs: see ``probe``
_BY_LINES: dict[int, re.Pattern] = {}
_GATES: dict[int, re.Pattern] = {}
_LINE_HEADS: set[int] = set()
_SCANNED: dict[tuple[str, int], tuple[re.Match, ...]] = {}  # by text and pattern: a few articles' scans
_KEPT = 128


def needs(pattern: re.Pattern, *texts: str, lines: bool = False) -> None:
    """Scan ``pattern`` only over an article holding one of ``texts`` (every match contains one);
    ``lines``: no match spans a line break, so only the lines holding one of ``texts`` are scanned."""
    _NEEDS[id(pattern)] = tuple((probe(t), t) for t in texts)
    if lines:
        _BY_LINES[id(pattern)] = pattern


# characters of news copy, commonest first: a text's rarest character is the quickest rule against it
_COMMON = " etaoinsrhldcumfpgwybv,.k'’-()"


def probe(text: str) -> str:
    """The character of ``text`` least likely in an article: a text without it does not hold ``text``,
    and looking for one character is a memchr, many times faster than for several (most of which an
    article does not hold)."""
    return max(text, key=lambda c: _COMMON.find(c) if c in _COMMON else len(_COMMON))


def holds_any(text: str, wanted: tuple[tuple[str, str], ...]) -> bool:
    """One of the (probe, text) pairs ``wanted`` is in ``text``."""
    for rare, needle in wanted:
        if rare in text and needle in text:
            return True
    return False


def gate(pattern: re.Pattern, part: re.Pattern) -> None:
    """Scan ``pattern`` only over an article where ``part`` is found (every match holds a match of it)."""
    _GATES[id(pattern)] = part


def at_line_starts(pattern: re.Pattern) -> None:
    """Every match of ``pattern`` opens at a line's start: it is tried only there (``line_matches``)."""
    _LINE_HEADS.add(id(pattern))


def line_matches(text: str, pattern: re.Pattern) -> list[re.Match]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose every alternative opens with ``^``
    under MULTILINE: that holds only at 0 and after a line break, so the search, which tries every
    character, is left to a match at each line's start after the last match's end."""
    out: list[re.Match] = []
    at = done = 0
    while True:
        if at >= done and (m := pattern.match(text, at)):
            out.append(m)
            done = m.end()
        at = text.find("\n", at) + 1
        if not at:
            return out


def scan(text: str, pattern: re.Pattern) -> tuple[re.Match, ...]:
    """The matches of ``pattern`` in ``text``; the cast is read twice per article (the second
    time with more people), so they are kept. Keyed by the text too, not only the last one
    scanned: two threads may extract at once."""
    key = (text, id(pattern))
    found = _SCANNED.get(key)
    if found is None:
        if len(_SCANNED) >= _KEPT:
            _SCANNED.clear()
        found = _SCANNED[key] = _scan(text, pattern)
    return found


def _scan(text: str, pattern: re.Pattern) -> tuple[re.Match, ...]:
    wanted = _NEEDS.get(id(pattern))
    part = _GATES.get(id(pattern))
    if id(pattern) in _BY_LINES:
        # (a line break is kept in its line, so a lookahead reads what it would in the whole text)
        return tuple(m for start, end in _lines_with(text, wanted) if not part or part.search(text, start, end)
                     for m in pattern.finditer(text, start, end))
    if wanted and not holds_any(text, wanted):
        return ()
    if part and not part.search(text):
        return ()
    if id(pattern) in _LINE_HEADS:
        return tuple(line_matches(text, pattern))
    return tuple(pattern.finditer(text))


def _lines_with(text: str, needles: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` holding one of ``needles`` (probe and text), in order."""
    found = set()
    for rare, needle in needles:
        at = text.find(needle) if rare in text else -1
        while at != -1:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at) + 1 or len(text)
            found.add((start, end))
            at = text.find(needle, end)
    return sorted(found)
