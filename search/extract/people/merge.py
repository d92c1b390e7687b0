"""One pair per role, with the fullest spelling of the character the article gives."""

from __future__ import annotations

import re
from functools import lru_cache

from search.extract.names.lexicon import FIRST_NAMES, STOP
from search.extract.names.shape import person_shaped
from search.extract.people.name_pattern import name_not_after
from search.extract.people.roles import CastContext, clean_name, core_words, is_person
from search.model import CastPair


def merge_pairs(ctx: CastContext, found: list[tuple[int, CastPair]],
                as_written: frozenset[int] | set[int] = frozenset()) -> list[CastPair]:
    """One pair per role, with the fullest spelling of the character the article gives, except where
    the pair (at a position in ``as_written``) spells the role as the story calls it."""
    found.sort(key=lambda t: t[0])
    out: list[CastPair] = []
    for pos, pair in found:
        if pos not in as_written:
            pair = _fullest(ctx, pair)
        dup = None
        for i, have in enumerate(out):
            if have.actor != pair.actor:
                continue
            if _same_role(have, pair):
                dup = i
                break
        pair = CastPair(_without_rank(pair.character), pair.actor, pair.aliases, pair.work)
        if dup is None:
            out.append(pair)
        elif len(pair.character) > len(out[dup].character) and not out[dup].aliases:
            out[dup] = CastPair(pair.character, pair.actor, pair.aliases, pair.work or out[dup].work)
    return out


# police and army ranks the press puts before a role ("DI Kate Fleming", "Superintendent Ted
# Hastings"): the rank, not part of the name; honorifics of family or faith stay ("Sister Maud")
_RANKS = frozenset("superintendent supt constable pc dc ds di dci dsi dsu dcs dcc acc cpl pte".split())


def _without_rank(character: str) -> str:
    words = character.split()
    while len(words) > 2 and words[0].lower().strip(".") in _RANKS and "/" not in words[0]:
        words = words[1:]
    return " ".join(words)


def _same_role(a: CastPair, b: CastPair) -> bool:
    names_a = {a.character, *a.aliases}
    names_b = {b.character, *b.aliases}
    for x in names_a:
        for y in names_b:
            cx, cy = core_words(x), core_words(y)
            if cx == cy or (set(cx) <= set(cy) or set(cy) <= set(cx)) and cx[-1:] == cy[-1:]:
                return True
            if len(cx) == 1 and cx[0] == cy[0] or len(cy) == 1 and cy[0] == cx[0]:
                return True
    return False


_NAME_RE = re.compile(name_not_after(r"\w-"))


@lru_cache(maxsize=8)
def _name_mentions(text: str) -> tuple[str, ...]:
    """Every distinct capitalised name in ``text``, cleaned, in order of first mention."""
    return tuple(dict.fromkeys(c for c in (clean_name(m.group()) for m in _NAME_RE.finditer(text)) if c))


def _fullest(ctx: CastContext, pair: CastPair) -> CastPair:
    if pair.aliases:
        return pair
    core = core_words(pair.character)
    best = pair.character
    for cand in _name_mentions(ctx.text):
        if len(cand) <= len(best):
            continue  # the cheap test first: most mentions are no longer than the role
        cw = core_words(cand)
        if not cw or is_person(ctx, cand) or cand in ctx.works or pair.actor in cand:
            continue
        if len(core) == 1:
            ok = cw[0] == core[0] and len(cw) <= 3
        else:
            ok = set(core) <= set(cand.split()) and cw[-1] == core[-1]
            # "den alten Fischer Henner Kahl": a noun before the role describes it; a given name joins it
            ok = ok and all(w.lower() in FIRST_NAMES for w in cw[:cw.index(core[0])] if core[0] in cw)
        if ok and person_shaped(cw + ["X"] if len(cw) == 1 else cw) and all(w.lower() not in STOP for w in cw):
            best = cand
    return CastPair(best, pair.actor, pair.aliases, pair.work)
