"""Pairs written as lists: ``A and B play C and D, respectively``, ``A is X, B is Y and C is Z``,
``Starring: A (X), B (Y)`` and lower-case caption chains."""

from __future__ import annotations

import re
from functools import lru_cache

from search.extract.names.lexicon import HONORIFICS, STOP
from search.extract.people.cast_forms import PLAY_ABROAD_RE, PLAY_RE
from search.extract.people.name_pattern import NAME
from search.extract.people.roles import CastContext, clean_name, looks_like_character, person_of
from search.extract.people.scanning import gate, needs, scan

# a photo caption written all in lower case: "maren oduya as wren halloway, ..."
_LOWER_NAME = r"[a-zà-ÿ][a-zà-ÿ'’-]+(?: [a-zà-ÿ][a-zà-ÿ'’-]+){1,2}"
CAPTION_AS_RE = re.compile(rf"(?<![\w'’-])(?!(?:and|with|y|et|e|und) )(?P<actor>{_LOWER_NAME}) as "
                           rf"(?P<char>[a-zà-ÿ][a-zà-ÿ'’-]+(?: [a-zà-ÿ][a-zà-ÿ'’-]+){{0,2}})"
                           rf"(?=\s*(?:[.,;:|/()–—-]|\b(?:and|in|on)\b|$))", re.MULTILINE)


_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente|respectivement|rispettivamente|"
                           r"respetivamente|jeweils|beziehungsweise)\b")
# (two scans of each article's text are run only where what they need is written, and kept for the second reading)
needs(_RESPECTIVELY, "respectiv", "rispettiv", "respetiv", "jeweils", "beziehungsweise")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]|$)")
_NAME_RE = re.compile(rf"(?<![\w-]){NAME}")
# what may stand between two names of one list
_LIST_JOIN = re.compile(r"(?:,\s*|\s+(?:and|y|e|et|und|&)\s+|,\s+(?:and|y|e|et|und)\s+)")


# a full stop ends a sentence unless it ends an abbreviation ("Mr. 0", "Dr. Vance")
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?]|\n")
_AS_LIST = re.compile(r" (?:as|como|comme|come|als) (?P<roles>[^,;:()]+(?:,\s*[^,;:()]+)*?),? (?=respectiv)")


def respective_pairs(ctx: CastContext) -> tuple[list[tuple[int, str, str]], list[tuple[int, int]]]:
    """(position, character, actor) for each sentence that pairs two lists with ``respectively``,
    and the spans of those sentences, which no other form should read."""
    spans = []
    out = []
    for r in scan(ctx.text, _RESPECTIVELY):
        start = max((m.end() for m in _SENTENCE_END.finditer(ctx.text, 0, r.start())), default=0)
        end_m = _SENTENCE.match(ctx.text, r.start())
        end = end_m.end() if end_m else len(ctx.text)
        verb = PLAY_RE.search(ctx.text, start, end) or PLAY_ABROAD_RE.search(ctx.text, start, end)
        if verb:
            actors = _name_list(ctx.text, start, verb.start())
            characters = _name_list(ctx.text, verb.start("desc"), end)
        else:  # "A and B joined the show as Mr. 0 and Miss Sunday, respectively": the roles are what "as" lists
            as_ = _AS_LIST.search(ctx.text, start, r.end())
            if not as_:
                continue
            actors = _name_list(ctx.text, start, as_.start(), first=True)
            characters = [clean_name(c) for c in _LIST_JOIN.split(as_.group("roles"))]
            if not all(c[:1].isupper() and len(c.split()) <= 4 for c in characters):
                continue

        if len(actors) < 2 or len(actors) != len(characters):
            continue
        people = [person_of(ctx, a, loose=True) for a in actors]
        # "Miss All Sunday": an honorific makes a role of words that alone would name a day
        if not all(people) or not all(c.split()[0].lower().strip(".") in HONORIFICS or looks_like_character(ctx, c)
                                      for c in characters):
            continue
        out += [(start, c, a) for c, a in zip(characters, people, strict=True)]
        spans.append((start, end))
    return out, spans


def _name_list(text: str, start: int, end: int, first: bool = False) -> list[str]:
    """The last (or ``first``) run of names joined as a list in ``text[start:end]`` (``A, B and C``)."""
    names: list[re.Match] = []
    for m in _NAME_RE.finditer(text, start, end):
        if names and not _LIST_JOIN.fullmatch(text, names[-1].end(), m.start()):
            if first:
                break
            names = []
        names.append(m)
    return [clean_name(m.group()) for m in names]


def caption_pairs(ctx: CastContext) -> list[tuple[int, str, str]]:
    """``maren oduya as wren halloway``: a caption line written all in lower case."""
    return list(_caption_pairs(ctx.text))


@lru_cache(maxsize=8)
def _caption_pairs(text: str) -> tuple[tuple[int, str, str], ...]:
    """The text alone decides these pairs, and the cast is read twice per article."""
    out = []
    for line_start, line in _lines(text):
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
    return tuple(out)


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _title(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


# "Adrian Kell is Ted Mallory, Vicky Norcross is Kate Fleming and ...": a cast list as a sentence
_IS_ITEM = re.compile(rf"(?P<actor>{NAME}) (?:is|es|est|ist|è|é) (?P<char>{NAME})"
                      rf"(?=\s*(?:,|;|\.|$|\band\b|\by\b|\bet\b|\bund\b|\be\b))")
_IS_VERBS = (" is ", " es ", " est ", " ist ", " è ", " é ")
# "Starring: A (X), B (Y)": after a credit label the names are actors, the brackets their roles
_STARRING = re.compile(rf"\b(?:Starring|Cast|With|Avec|Reparto|Elenco|Besetzung|Mit|Con|"
                       rf"Distribution)\s*:\s*(?P<list>(?:{NAME} \({NAME}\)(?:,\s*|\s+(?:and|et|y|und|e)\s+|;\s*)?)+)")
gate(_STARRING, re.compile(r"(?:Starring|Cast|With|Avec|Reparto|Elenco|Besetzung|Mit|Con|Distribution)\s*:"))
_BRACKET_ITEM = re.compile(rf"(?P<actor>{NAME}) \((?P<char>{NAME})\)")


def list_pairs(ctx: CastContext) -> list[tuple[int, str, str]]:
    """(position, character, actor) of cast lists written as one sentence or after a credit label."""
    out = []
    for start, items in _is_lists(ctx.text):
        for m in items:
            actor = person_of(ctx, m.group("actor"), loose=True)
            if actor and looks_like_character(ctx, m.group("char")):
                out.append((start + m.start(), clean_name(m.group("char")), actor))
    for m in scan(ctx.text, _STARRING):
        for item in _BRACKET_ITEM.finditer(m.group("list")):
            # the label says who the actors are, so a bracketed name reads as a role however common it is
            actor = person_of(ctx, item.group("actor"), loose=True)
            if actor and clean_name(item.group("char")) not in ctx.works:
                out.append((m.start("list") + item.start(), clean_name(item.group("char")), actor))
    return out


@lru_cache(maxsize=8)
def _is_lists(text: str) -> tuple[tuple[int, list[re.Match]], ...]:
    """(start, items) of each sentence with two or more ``X is Y`` items, found once per text."""
    out = []
    for start, sentence in _sentences(text):
        if sum(map(sentence.count, _IS_VERBS)) < 2:
            continue  # (each item has its own verb: a sentence without two is not read)
        items = list(_IS_ITEM.finditer(sentence))
        if len(items) >= 2:  # a single "X is Y" is as often a description as a role
            out.append((start, items))
    return tuple(out)


def _sentences(text: str):
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()

