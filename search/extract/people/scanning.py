"""Scanning an article with the cast forms: each form once per text, and only over a text
that can hold a match of it."""

from __future__ import annotations

import re

# Kept by the pattern's id (patterns are module constants): hashing a compiled pattern hashes
# its whole program, which cost more than many a scan.
_NEEDS: dict[int, tuple[str, ...]] = {}
_GATES: dict[int, re.Pattern] = {}
_SCANNED: dict[tuple[str, int], tuple[re.Match, ...]] = {}  # by text and pattern: a few articles' scans
_KEPT = 128


def needs(pattern: re.Pattern, *texts: str) -> None:
    """Scan ``pattern`` only over an article holding one of ``texts`` (every match contains one)."""
    _NEEDS[id(pattern)] = texts


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
    if wanted and not any(n in text for n in wanted):
        return ()
    part = _GATES.get(id(pattern))
    if part and not part.search(text):
        return ()
    return tuple(pattern.finditer(text))
