"""People an article names with one word only: Rihanna, Zendaya, a band that speaks as one."""

from __future__ import annotations

import re

from search.extract.quotes.lone_names import beside_its_actor, written_as_person
from search.extract.quotes.names import (
    _GLUED,
    _HEADLINE_WORDS,
    _NOT_FIRST,
    _ORG_TAIL,
    _UP,
    _WORD_REST,
)
from search.model import CastPair

# read at every capitalised word of an article, so compiled once
_LONE_WORD = re.compile(rf"[{_UP}](?<![\w@#/.-].){_WORD_REST}")  # (tested after the capital: faster)
_NAME_NEXT = re.compile(rf" [{_UP}]")
_WORD_THEN_SPACE = re.compile(r"[^\s.!?:\n] $")
_CAPITAL_THEN_SPACE = re.compile(rf"[{_UP}][\w'’-]* $")

_BAND_WORD = re.compile(r"\b(?:band|duo|trio)\b")
_BAND = rf"(?:band|duo|trio)\b(?! [{_UP}])"  # never "the rock band Queen", another band


def _glued(text: str, seen: list[re.Match]) -> int:
    """How many of a word's occurrences are part of a longer name run on the same line: "Emmy Awards",
    "Jay Harlow"."""
    glued = 0
    for m in seen:
        end = m.end()
        if _NAME_NEXT.match(text, end, end + 2):
            glued += 1
            continue
        start = m.start()
        before = text[max(0, start - 30):start]
        if before.endswith((" ", " \n")) and _WORD_THEN_SPACE.search(before) \
                and _CAPITAL_THEN_SPACE.search(before):  # (both end in a space)
            glued += 1
    return glued


def single_names(text: str, full: list[str], cast: list[CastPair]) -> list[str]:
    """People the article names with one word only, however often, with evidence they are people."""
    known_parts = {t for p in full for t in p.split()}
    characters = {t for c in cast for n in (c.character, *c.aliases) for t in n.split()}
    # (the word's pattern stops before a possessive: "Rihanna's" is read as "Rihanna")
    found: dict[str, list[re.Match]] = {}
    for m in _LONE_WORD.finditer(text):
        found.setdefault(m.group(), []).append(m)
    out = []
    # (most articles have none: no need to look; and the plain words are found far faster than the pattern)
    bands = ("band" in text or "duo" in text or "trio" in text) and _BAND_WORD.search(text)
    for w, seen in found.items():
        n = len(seen)
        if n < 2 or w in characters or w in _NOT_FIRST or w in _GLUED or w in _HEADLINE_WORDS \
                or w in _ORG_TAIL or len(w) < 3 or (w.isupper() and "-" not in w) or 2 * _glued(text, seen) >= n:
            continue
        e = re.escape(w)
        # (a band is often named in its tour's name too: "Tidewell Live '26")
        if bands and re.search(rf"\b(?:band|duo|trio) {e}\b|\b{e}, the (?:[\w-]+ ){{0,3}}{_BAND}"
                     rf"|\b{e}\b[^.!?\n]{{0,60}}[.!?]\s+(?:[^.!?\n,]{{0,40}},\s+){{0,2}}the (?:[\w-]+ ){{0,3}}{_BAND}",
                     text):
            out.append(w)  # "rock band Tidewell", "Tidewell is back! On Tuesday the Welsh band …": a band
            continue
        if w in known_parts:
            continue
        if beside_its_actor(text, w):
            continue  # "Hiccup (Jay Baruchel)": a character beside the actor who plays it
        if written_as_person(text, w):
            out.append(w)
    return out
