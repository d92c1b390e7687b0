"""Scanning an article with the cast forms: each form once per text, and only over a text
that can hold a match of it."""

from __future__ import annotations

import re

# Kept by the pattern's id (patterns are module constants): hashing a compiled pattern hashes
# its whole program, which cost more than many a scan.
_NEEDS: dict[int, tuple[str, ...]] = {}
_GATES: dict[int, re.Pattern] = {}
_SCANNED: dict[int, tuple[re.Match, ...]] = {}  # the matches in the text last scanned
_SCANNED_TEXT: list[str] = [""]


def needs(pattern: re.Pattern, *texts: str) -> None:
    """Scan ``pattern`` only over an article holding one of ``texts`` (every match contains one)."""
    _NEEDS[id(pattern)] = texts


def gate(pattern: re.Pattern, part: re.Pattern) -> None:
    """Scan ``pattern`` only over an article where ``part`` is found (every match holds a match of it)."""
    _GATES[id(pattern)] = part


def scan(text: str, pattern: re.Pattern) -> tuple[re.Match, ...]:
    """The matches of ``pattern`` in ``text``; the cast is read twice per article (the second
    time with more people), so they are kept until another text is scanned."""
    if text != _SCANNED_TEXT[0]:
        _SCANNED.clear()
        _SCANNED_TEXT[0] = text
    key = id(pattern)
    found = _SCANNED.get(key)
    if found is None:
        found = _SCANNED[key] = _scan(text, pattern, key)
    return found


def _scan(text: str, pattern: re.Pattern, key: int) -> tuple[re.Match, ...]:
    wanted = _NEEDS.get(key)
    if wanted and not any(n in text for n in wanted):
        return ()
    part = _GATES.get(key)
    if part and not part.search(text):
        return ()
    return tuple(pattern.finditer(text))
