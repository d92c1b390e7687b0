"""Who plays whom: actor/character pairs stated in an article.

Forms read: ``Character (Actor)`` and ``Actor (Character)`` (the order decided by which
side the article treats as a person), ``Actor's Character``, ``Actor as Character``,
``Actor plays/portrays/voices Character`` (also ``who plays``, ``he plays``, Spanish
``que interpreta a``/``da vida a``), ``Character, played by Actor``, multi-alias
``A/B/C (Actor)`` and one actor in two roles (``Abel and Cain Marrow``). Credits in
parentheses (``(Paper Saints)``, ``(2019)``, ``(HBO, 9/8c)``) are not pairs.
"""

from __future__ import annotations

import re

from search.extract.names.lexicon import CREDIT_LABELS, FIRST_NAMES, HONORIFICS
from search.extract.people.actors import actor_before, second_actor, subject_after_clause
from search.extract.people.alias_links import alias_siblings
from search.extract.people.brackets import paren_pairs
from search.extract.people.cast_forms import (
    A_QUIEN_RE,
    ACTOR_CHARACTER_RE,
    ALS_RE,
    APPOS_WORK_RE,
    AS_RE,
    CHARACTER_OF_RE,
    DE_RE,
    GERMAN_RELATIVE_RE,
    HANDOVER_RE,
    IS_LINE_RE,
    IS_RE,
    IS_THE_PLAYED_BY_RE,
    LATER_CHAR_RE,
    PAREN_CREDIT_RE,
    PAREN_LIST_RE,
    PAREN_PLAYS_RE,
    PAREN_VERB_RE,
    PAREN_WORK_ROLES_RE,
    PLAY_ABROAD_RE,
    PLAY_RE,
    PLAYED_BY_RE,
    POSS_RE,
    ROLE_ACTOR_RE,
    ROLE_WENT_RE,
    SEASONS_AS_RE,
    TWO_ROLES,
    WHOSE_RE,
    WORK_ROLE_IN,
)
from search.extract.people.evidence import candidates
from search.extract.people.merge import merge_pairs
from search.extract.people.respectively import caption_pairs, list_pairs, respective_pairs
from search.extract.people.role_first import role_first_pairs
from search.extract.people.roles import (
    CastContext,
    clean_name,
    desc_ok,
    full_name,
    is_person,
    looks_like_character,
    person_of,
    person_weight,
    phrase_ends,
    sentence_start,
    start_of_body,
)
from search.extract.people.scanning import scan
from search.extract.people.verbs_abroad import RANKS_ABROAD
from search.extract.people.works import role_after_work, titles_of_works, work_near
from search.model import Article, CastPair

_RECENT: dict[str, tuple[list[str], list[CastPair]]] = {}  # text → (people, cast), a few articles


def remember(text: str, people: list[str], cast: list[CastPair]) -> None:
    """Keep what ``people_and_cast`` found, so a later ``find_cast`` with those people is free."""
    if len(_RECENT) > 16:
        _RECENT.clear()
    _RECENT[text] = (sorted(people), list(cast))


def cached_cast(text: str, people: list[str]) -> list[CastPair] | None:
    """The cast ``people_and_cast`` found for this text, when asked with the people it returned."""
    hit = _RECENT.get(text)
    return list(hit[1]) if hit and hit[0] == sorted(people) else None


def find_cast(article: Article, people: list[str]) -> list[CastPair]:
    """Pairs stated in ``article``; ``people`` are its full names (``find_people``)."""
    cached = cached_cast(article.text, people)
    return cached if cached is not None else find_cast_with(article, people)


_GROUP_AFTER = re.compile(r" (?:bandmates?|band|members?|co-?stars?|castmates?|colleagues|fans|team|crew|"
                          r"family|album|tour|song|single|label)\b")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|of|en|de)(?: \d+s?)? $")
_ON_BEFORE = re.compile(r"\b(?:on|in|en)\s$")
_RANKED = re.compile(r"\b(?:first|only|second|third|last|youngest|oldest)\b")


def _drop_noun_before_name(desc: str, char: str) -> str:
    """``mimt den jungen Agenten River Cartwright``: after an article or adjective, a capitalised
    word before a two-word name is a noun describing the role (German capitalises every noun)."""
    words = clean_name(char).split()
    if len(words) == 3 and desc.strip() and desc.split()[-1][:1].islower() \
            and words[0].lower() not in FIRST_NAMES:
        return " ".join(words[1:])
    return char


def find_cast_with(article: Article, people: list[str]) -> list[CastPair]:
    """One reading of the article's pairs, resolving actors against ``people``."""
    return read_cast(article, cast_context(article, people))


def cast_context(article: Article, people: list[str]) -> CastContext:
    text = article.text
    return CastContext(text, people, {n: e.score for n, e in candidates(text).items()}, titles_of_works(text))


def read_cast(article: Article, ctx: CastContext) -> list[CastPair]:
    text = article.text
    body_start = start_of_body(text)
    found: list[tuple[int, CastPair]] = []
    as_written: set[int] = set()  # positions of pairs whose role keeps the spelling the pair gives

    def add(pos: int, character: str, actor: str | None, explicit: bool = False) -> None:
        """``explicit``: a verb says who plays whom, so a quoted name is a role, not a title."""
        if pos < body_start or not actor:
            return
        character = clean_name(character)
        if not character or character == actor or (character in ctx.works and not explicit):
            return
        # a recap calls its characters by surname too ("Mallory tells Fleming"), so a name that
        # reads as a person is still the role when a verb or a caption says someone plays it
        if is_person(ctx, character) and not explicit:
            return
        aliases: tuple[str, ...] = ()
        if "/" in character:
            parts = tuple(" ".join(p.split()) for p in character.split("/"))
            character = "/".join(parts)
            aliases = parts
        found.append((pos, CastPair(character, actor, aliases, work_near(ctx, pos))))

    for pos, character, actor, quoted in paren_pairs(ctx, body_start):
        as_written.add(pos)  # "Carrie (Claire Danes)": a bracket names the role as the story calls it
        add(pos, character, actor, explicit=quoted)
    for m in scan(text, PAREN_VERB_RE):
        add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
        if m.group("actor2"):
            add(m.start("actor2"), m.group("char"), person_of(ctx, m.group("actor2"), loose=True), explicit=True)
    for m in scan(text, PAREN_PLAYS_RE):
        if desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
    respective, paired_lists = respective_pairs(ctx)
    for pos, character, actor in respective:
        add(pos, character, actor, explicit=True)
    for pos, character, actor in caption_pairs(ctx) + role_first_pairs(ctx) + list_pairs(ctx):
        add(pos, character, actor, explicit=True)
    for m in scan(text, PAREN_WORK_ROLES_RE):
        actor = person_of(ctx, m.group("actor"), loose=True)
        for role in WORK_ROLE_IN.finditer(m.group("inner")):
            if actor:  # "Glass Bay's Edda" reads as a work's title elsewhere; in an actor's bracket it is a role
                add(m.start(), role.group("char"), actor, explicit=True)
    for m in scan(text, PAREN_LIST_RE):
        a1, a2 = person_of(ctx, m.group("a1"), loose=True), person_of(ctx, m.group("a2"), loose=True)
        c1, c2 = clean_name(m.group("c1")), clean_name(m.group("c2"))
        if len(c1.split()) == 1 and len(c2.split()) >= 2:
            c1 = f"{c1} {c2.split()[-1]}"  # "Wren and Tobias Hale": both are Hales
        if a1 and a2 and not {c1, c2} & ({a1, a2} | ctx.works):
            add(m.start(), c1, a1)
            add(m.start("c2"), c2, a2)
    for m in scan(text, A_QUIEN_RE):
        if desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
    for m in scan(text, ROLE_WENT_RE):
        if desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True))
    for m in scan(text, IS_THE_PLAYED_BY_RE):
        if desc_ok(m.group("desc")) and looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
    for m in scan(text, PLAYED_BY_RE):
        if _PLACE_BEFORE.search(text[max(0, m.start() - 12): m.start()]):
            continue  # "a farm in 1950s Kent, played by X": a place, the role is further back
        if desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
            add(m.start(), m.group("char"), second_actor(ctx, m.end("actor")), explicit=True)
    for m in scan(text, PLAY_RE) + scan(text, PLAY_ABROAD_RE):
        char, char_start = m.group("char"), m.start("char")
        if not desc_ok(m.group("desc")):
            char_start = role_after_work(text, m.start("desc"), m.end("char"))
            char = text[char_start: m.end("char")] if char_start else ""
        if not char or any(s <= m.start() < e for s, e in paired_lists):
            continue
        if not phrase_ends(text, m.end("char")):
            # "played amateur Nazi hunter Barry Kohl": the capitalised word was an adjective
            later = LATER_CHAR_RE.match(text, m.end("char"))
            if not later or not desc_ok(later.group()):
                continue
            char, char_start = later.group("char"), later.start("char")
        char = _drop_noun_before_name(m.group("desc"), char)
        rank = m.group("desc").split()[-1:]
        if rank and rank[0] in RANKS_ABROAD and " " not in char.strip():
            char = f"{rank[0]} {char}"
        actor = actor_before(ctx, m.start()) or subject_after_clause(ctx, m)
        two = TWO_ROLES.match(text, char_start)
        if two and actor:
            for given in (two.group("a"), two.group("b")):
                add(m.start(), f"{given} {two.group('sur')}", actor)
            continue
        add(m.start(), char, actor, explicit=True)
    for m in scan(text, AS_RE) + scan(text, ALS_RE):
        if _ON_BEFORE.search(text[max(0, m.start() - 4): m.start()]) \
                and ctx.scores.get(clean_name(m.group("actor")), 0) < 2:
            continue  # "now stars on Cold Current as Y": the name is the show, not the actor
        actor = person_of(ctx, m.group("actor"), loose=True)
        char = m.group("char")
        if text.startswith(":", m.end("char")) and char.split()[-1].lower() in CREDIT_LABELS:
            char = char.rsplit(" ", 1)[0]  # a caption "X as Steve Credit: Studio" runs into its credit
        # "as Dutch salvage captain X", "as the first Native American person": capitals before a noun describe
        ranked = len(char.split()) == 1 or _RANKED.search(m.group("desc"))
        if actor and desc_ok(m.group("desc")) and (not ranked or phrase_ends(text, m.start("char") + len(char))):
            as_written.add(m.start())
            add(m.start(), char, actor)
    for m in scan(text, APPOS_WORK_RE):
        actor = person_of(ctx, m.group("actor"), loose=True)
        if actor and not person_of(ctx, m.group("work")) and looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), actor)
    for m in scan(text, PAREN_CREDIT_RE):
        actor = person_of(ctx, m.group("actor"), loose=True)
        if actor and person_weight(ctx, m.group("char")) < person_weight(ctx, m.group("actor")):
            add(m.start(), m.group("char"), actor)
    for m in scan(text, SEASONS_AS_RE):
        actor = person_of(ctx, m.group("actor"), loose=True)
        if actor and desc_ok(m.group("desc")) and looks_like_character(ctx, m.group("char")):
            add(m.start("char"), m.group("char"), actor)
    for m in scan(text, IS_RE):
        actor = ctx.resolve(clean_name(m.group("actor")))  # only someone the article names as a person
        char = clean_name(m.group("char"))
        weak = ctx.scores.get(char, 0) < 2 and not person_of(ctx, char)
        if actor and weak and looks_like_character(ctx, char):
            add(m.start(), char, actor)
    for m in scan(text, GERMAN_RELATIVE_RE):
        if looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
    for m in scan(text, IS_LINE_RE):
        actor, char = person_of(ctx, m.group("actor"), loose=True), clean_name(m.group("char"))
        if actor and not person_of(ctx, char) and looks_like_character(ctx, char):
            add(m.start(), char, actor)
    for m in scan(text, ROLE_ACTOR_RE):
        char = clean_name(m.group("char"))
        actor = person_of(ctx, m.group("actor"), loose=True)
        named = char.split()[0].lower() in FIRST_NAMES or char.split()[0].lower().strip(".") in HONORIFICS
        if actor and named and ctx.scores.get(char, 0) < 2 and looks_like_character(ctx, char):
            add(m.start(), char, actor)
    for m in scan(text, WHOSE_RE):
        actor = person_of(ctx, m.group("actor"))
        if actor and looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), actor)
    weak_poss = []
    for m in scan(text, POSS_RE):
        actor = person_of(ctx, m.group("actor"))
        char = m.group("char")
        group = _GROUP_AFTER.match(text, m.end("char"))  # "Payne's One Direction bandmates": a band
        if not group and looks_like_character(ctx, char):
            if actor:
                add(m.start(), char, actor)
            else:
                weak_poss.append(m)
    for m in weak_poss:  # "from A's X to B's Y": beside a certain "Actor's Role", a full name is one too
        sent = sentence_start(text, m.start())
        name = clean_name(m.group("actor"))
        actor = person_of(ctx, name, loose=True) or (name if full_name(name) and name not in ctx.works else None)
        if actor and any(f.start() != m.start() and sentence_start(text, f.start()) == sent
                         and any(p == f.start() for p, _ in found) for f in scan(text, POSS_RE)):
            add(m.start(), m.group("char"), actor, explicit=True)
    for m in scan(text, DE_RE):
        actor = person_of(ctx, m.group("actor"))
        if actor and actor.endswith(m.group()):
            continue  # "Julieta Sanz de Aranda" is one person
        if actor and looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), actor)
    for m in scan(text, CHARACTER_OF_RE) + scan(text, ACTOR_CHARACTER_RE):
        if looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), person_of(ctx, m.group("actor"), loose=True), explicit=True)
    for m in scan(text, HANDOVER_RE):
        if looks_like_character(ctx, m.group("char")):
            for side in ("actor", "actor2"):
                add(m.start(side), m.group("char"), person_of(ctx, m.group(side), loose=True), explicit=True)
    found += alias_siblings(ctx, found)
    return merge_pairs(ctx, found, as_written)
