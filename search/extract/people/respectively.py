"""Pairs written as lists: ``A and B play C and D, respectively``, and lower-case caption chains."""

from __future__ import annotations

import re

from search.extract.names.lexicon import STOP
from search.extract.people.cast_forms import CAPTION_AS_RE, PLAY_ABROAD_RE, PLAY_RE
from search.extract.people.name_pattern import NAME
from search.extract.people.roles import CastContext, clean_name, looks_like_character, person_of

_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente|respectivement|rispettivamente|"
                           r"respetivamente|jeweils|beziehungsweise)\b")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]|$)")
_NAME_RE = re.compile(rf"(?<![\w-]){NAME}")
# what may stand between two names of one list
_LIST_JOIN = re.compile(r"(?:,\s*|\s+(?:and|y|e|et|und|&)\s+|,\s+(?:and|y|e|et|und)\s+)")


def respective_pairs(ctx: CastContext) -> tuple[list[tuple[int, str, str]], list[tuple[int, int]]]:
    """(position, character, actor) for each sentence that pairs two lists with ``respectively``,
    and the spans of those sentences, which no other form should read."""
    spans = []
    out = []
    for r in _RESPECTIVELY.finditer(ctx.text):
        start = max(ctx.text.rfind(c, 0, r.start()) for c in ".!?\n") + 1
        end_m = _SENTENCE.match(ctx.text, r.start())
        end = end_m.end() if end_m else len(ctx.text)
        verb = PLAY_RE.search(ctx.text, start, end) or PLAY_ABROAD_RE.search(ctx.text, start, end)
        if not verb:
            continue
        actors = _name_list(ctx.text, start, verb.start())
        characters = _name_list(ctx.text, verb.start("desc"), end)
        if len(actors) < 2 or len(actors) != len(characters):
            continue
        people = [person_of(ctx, a, loose=True) for a in actors]
        if not all(people) or not all(looks_like_character(ctx, c) for c in characters):
            continue
        out += [(start, c, a) for c, a in zip(characters, people, strict=True)]
        spans.append((start, end))
    return out, spans


def _name_list(text: str, start: int, end: int) -> list[str]:
    """The last run of names joined as a list in ``text[start:end]`` (``A, B and C``)."""
    names: list[re.Match] = []
    for m in _NAME_RE.finditer(text, start, end):
        if names and not _LIST_JOIN.fullmatch(text, names[-1].end(), m.start()):
            names = []
        names.append(m)
    return [clean_name(m.group()) for m in names]


def caption_pairs(ctx: CastContext) -> list[tuple[int, str, str]]:
    """``maren oduya as wren halloway``: a caption line written all in lower case."""
    out = []
    for line_start, line in _lines(ctx.text):
        label = line.rfind(":") + 1  # "Pictured: maren oduya as ..." — a label may be capitalised
        line_start, line = line_start + label, line[label:]
        if " as " not in line:
            continue
        matches = list(CAPTION_AS_RE.finditer(line))
        # a line with capitals elsewhere ("Photo: BBC") still holds a lower-case chain of two or more
        if any(c.isupper() for c in line) and len(matches) < 2:
            continue
        for m in matches:
            actor, character = m.group("actor"), m.group("char")
            words = actor.split() + character.split()
            if any(w in STOP or len(w) < 2 for w in words):
                continue
            out.append((line_start + m.start(), _title(character), _title(actor)))
    return out


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _title(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())
