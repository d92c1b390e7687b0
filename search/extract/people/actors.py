"""The actor a ``plays``-style phrase is about when the name is not right next to it."""

from __future__ import annotations

import re

from search.extract.people.cast_forms import PRONOUN
from search.extract.people.name_pattern import NAME
from search.extract.people.roles import CastContext, clean_name, person_of, sentence_start

# compiled once: built as f-strings inside the calls, each call hashed a pattern of kilobytes
_SUBJECT_AT_END = re.compile(rf"({NAME})(?: \([^()\n]{{1,60}}\))?,?(?: (?:who|que|quien)|(?: (?:who|qui|que|quien|che)"
                             rf"(?: (?!(?:and|et|y|e)\b)[a-zà-ÿ]+){{2,6}}))?\s*$")
_OWNER_AHEAD = re.compile(r"(?:(?:che|que|qui|dass|that) )?(?:his|her|their|su|son|sa|seine?|ihre?|il suo|la sua|"
                          r"o seu|a sua|zijn|haar)\b")
_ASIDE_AT_END = re.compile(rf"({NAME}),(?! (?:and|or|but|y|e|et|und|ou|o|ma|mais|aber|pero)\b)"
                           rf"(?: [a-zà-ÿ]+){{1,5}}\s*$")
_PRONOUN_AT_END = re.compile(rf"\b{PRONOUN}\s*$|,? and\s+$", re.IGNORECASE)
_GERUND_CUE_AT_END = re.compile(r"\b(?:for|by|after|while|since)\s+$")
_COMMA_AT_END = re.compile(r",\s*$")
_PRONOUN_SUBJECT = re.compile(rf"(?:[^.;]{{0,60}}?[\s,])?{PRONOUN}\b", re.IGNORECASE)
_SPANISH_PLAYS = re.compile(r"(?:que |quien )?(?:da|dio|dará) vida|(?:que |quien )?interpreta")
_OWNER_OPENS = re.compile(r"\s*(?:his|her|their|su)\b", re.IGNORECASE)
_NAME_NOT_OWNER = re.compile(rf"(?<![\w-]){NAME}(?!['’])")
_WHOLE_NAME = re.compile(rf"(?<![\w-]){NAME}")
_IN_ROLE = re.compile(r"(?:[Ii]n the role of|[Nn]a pele d|[Dd]ans la peau d|[Nn]ei panni di|[Ee]n la piel de|"
                      r"[Ii]n der Rolle|[Dd]ans le rôle d|[Nn]el ruolo di)")
_PLAYING = re.compile(r"(?:play|portray|voic)ing\b")
_SUBJECT_AFTER = re.compile(rf"[^.;]{{0,80}}?, (?:(?P<pronoun>he|she|they)|(?P<name>{NAME}))\b")


def actor_before(ctx: CastContext, pos: int) -> str | None:
    """The actor a ``plays`` phrase at ``pos`` is about: the name or pronoun before it."""
    text = ctx.text
    # "X of Glass Harbor fame will star as Y": the credit is an aside, X is still the subject
    before = _FAME.sub("", text[max(0, pos - 120): pos])
    # "Agena Tobin (Gilmore Lane) will play Nancy": a credit may sit between actor and verb
    # "X qui a été choisie pour reprendre le rôle de Y": a short relative clause leaves X the subject
    m = _SUBJECT_AT_END.search(before)
    # "X has joined the cast to play Y"; "X, el actor venezolano que interpreta a Y"
    infinitive = text.startswith(("to ", "que ", "who ", "quien "), pos)
    if _OWNER_AHEAD.match(text[pos: pos + 14]):
        before = before + " he"  # "for his portrayal of Y": the owner is the actor
    if m:
        who = person_of(ctx, m.group(1), loose=True)
        if who or not (before.rstrip().endswith(",") or infinitive):
            return who
    # "X, ancora una volta nei panni di Y", "X, der in der Serie die Rolle von Y": a short
    # lower-case aside after the comma still leaves X as the subject
    aside = _ASIDE_AT_END.search(before)
    if aside and person_of(ctx, aside.group(1), loose=True):
        return person_of(ctx, aside.group(1), loose=True)
    # "he appeared as X, and voiced Y": the subject carries over a coordinated verb
    pronoun = _PRONOUN_AT_END.search(before)
    gerund = (_GERUND_CUE_AT_END.search(before)
              and text[pos:pos + 12].split()[0].endswith("ing"))
    if not pronoun and not infinitive and not gerund and not _COMMA_AT_END.search(before):
        return None  # "won the prize for playing Y": the owner is the sentence's subject
    sent_start = sentence_start(text, pos)
    clause = text.rfind(";", sent_start, pos)
    sent_start = clause + 1 if clause != -1 else sent_start
    label = _WORK_LABEL.match(text, sent_start)
    if label:  # "The Paper Moons star, who won ... for her turn as Y"
        return _credited(ctx, label.group("work"))
    if _BARE_LABEL.match(text, sent_start):  # "The actor, who plays Y": the one just named
        prev = sentence_start(text, max(0, sent_start - 2))
        return _first_person(ctx, prev, sent_start) or _last_full_name(ctx, prev, sent_start)
    subject = _PRONOUN_SUBJECT.match(text[sent_start:pos])
    # "Later in his career he appeared in X, directed by Y, and voiced Z": he, not Y
    named_first = subject and (_first_person(ctx, sent_start, sent_start + subject.end())
                               or _last_full_name(ctx, sent_start, sent_start + subject.end()))
    if subject and pronoun and not named_first:
        return _first_person(ctx, sentence_start(text, max(0, sent_start - 2)), sent_start)
    who = _first_person(ctx, sent_start, pos) or _last_full_name(ctx, sent_start, pos)
    if who:
        return who
    spanish = _SPANISH_PLAYS.match(text[pos:pos + 20])
    if pronoun or spanish or _OWNER_OPENS.match(text[sent_start:pos]):
        return _first_person(ctx, sentence_start(text, max(0, sent_start - 2)), sent_start)
    return None


_FAME = re.compile(r" of [^,.;()\n]{1,50} fame(?=\s*$)")


_BARE_LABEL = re.compile(r"\s*[Tt]he (?:actor|actress|star|performer|\d+-year-old)\b")


_WORK_LABEL = re.compile(rf"\s*[Tt]he (?P<work>{NAME}) (?:star|actress|actor|alum|lead)\b")


def _credited(ctx: CastContext, work: str) -> str | None:
    """The one person the article credits with ``work``: ``X (Work)`` or ``Work's X``."""
    w = re.escape(clean_name(work))
    credit = re.compile(rf"(?P<who>{NAME}) \((?:[^()]*?, )?{w}[,)]|{w}['’]s (?P<who2>{NAME})")
    found = {person_of(ctx, m.group("who") or m.group("who2"), loose=True) for m in credit.finditer(ctx.text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _last_full_name(ctx: CastContext, start: int, end: int) -> str | None:
    """``Kestrel Hill's Ivo Santangelo, fresh off his turn``: the nearest full name owns the pronoun."""
    names = [m.group() for m in _NAME_NOT_OWNER.finditer(ctx.text[start:end])]
    for name in reversed(names):
        who = person_of(ctx, name, loose=True)
        if who and who not in ctx.works:
            return who
    return None


def subject_after_clause(ctx: CastContext, m: re.Match) -> str | None:
    """``Best known for playing Y on Z, she ...``: the actor is the subject after the clause."""
    # "In the role of Y, X ...", "Na pele de Y, X ...", "Dans la peau de Y, X ..." open their sentence
    in_role = _IN_ROLE.match(m.group())
    if not _PLAYING.match(m.group()) and not (
            in_role and not ctx.text[sentence_start(ctx.text, m.start() + 1): m.start()].strip()):
        return None
    after = _SUBJECT_AFTER.match(ctx.text[m.end():])
    if not after:
        return None
    if after.group("name"):
        return person_of(ctx, after.group("name"))
    sent_start = sentence_start(ctx.text, m.start())
    return _first_person(ctx, sentence_start(ctx.text, max(0, sent_start - 2)), sent_start)


def _first_person(ctx: CastContext, start: int, end: int) -> str | None:
    for m in _WHOLE_NAME.finditer(ctx.text[start:end]):
        for k in range(len(m.group().split()), 0, -1):
            who = person_of(ctx, " ".join(m.group().split()[-k:]))
            if who:
                return who
    return None


# the second name ends the clause ("by A and B."), never opens one ("by A, and B said")
_SECOND_ACTOR = re.compile(rf" (?:and|y|e|et|und) (?:(?:by|por|par|da|von) )?(?P<actor>{NAME})"
                           rf"(?=[.,;:)]|\s*$| (?:as|in|on|en|dans|nel|im)\b)")


def second_actor(ctx: CastContext, end: int) -> str | None:
    """``played by A and B``: one role shared by two actors, the second named right after the first."""
    m = _SECOND_ACTOR.match(ctx.text, end)
    return person_of(ctx, m.group("actor"), loose=True) if m else None

