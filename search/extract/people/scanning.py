"""Scanning an article with the cast forms: each form once per text, and only over a text
that can hold a match of it."""

from __future__ import annotations

import re

# Kept by the pattern's id (patterns are module constants): hashing a compiled pattern hashes
# its whole program, which cost more than many a scan.
_NEEDS: dict[int, tuple[str, ...]] = {}
_BY_LINES: dict[int, re.Pattern] = {}
_GATES: dict[int, re.Pattern] = {}
_SCANNED: dict[tuple[str, int], tuple[re.Match, ...]] = {}  # by text and pattern: a few articles' scans
_KEPT = 128


def needs(pattern: re.Pattern, *texts: str, lines: bool = False) -> None:
    """Scan ``pattern`` only over an article holding one of ``texts`` (every match contains one);
    ``lines``: no match spans a line break, so only the lines holding one of ``texts`` are scanned."""
    _NEEDS[id(pattern)] = texts
    if lines:
        _BY_LINES[id(pattern)] = pattern


def gate(pattern: re.Pattern, part: re.Pattern) -> None:
    """Scan ``pattern`` only over an article where ``part`` is found (every match holds a match of it)."""
    _GATES[id(pattern)] = part


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
    if wanted and not any(map(text.__contains__, wanted)):
        return ()
    if part and not part.search(text):
        return ()
    return tuple(pattern.finditer(text))


def _lines_with(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` holding one of ``needles``, in order."""
    found = set()
    for needle in needles:
        at = text.find(needle)
        while at != -1:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at) + 1 or len(text)
            found.add((start, end))
            at = text.find(needle, end)
    return sorted(found)
