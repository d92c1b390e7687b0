"""``A as X, B alias Y``: an alias link names a role only beside plain pairs of the same list."""

from __future__ import annotations

import re

from search.extract.people.cast_forms import ALIAS_RE
from search.extract.people.roles import CastContext, clean_name, looks_like_character, person_of, sentence_start
from search.extract.people.scanning import scan
from search.extract.people.works import work_near
from search.model import CastPair


def alias_siblings(ctx: CastContext, found: list[tuple[int, CastPair]]) -> list[tuple[int, CastPair]]:
    """``A as X, B alias Y and C, ovvero Z``: an alias link is a pair in a sentence that already pairs
    an actor with a role in that order; on its own it names a pen or stage name."""
    out = []
    for m in scan(ctx.text, ALIAS_RE):
        sent = sentence_start(ctx.text, m.start())
        end = _SENTENCE_END.search(ctx.text, m.end())
        stop = end.start() if end else len(ctx.text)
        actor_text, char = (m.group("titled"), m.group("title")) if m.group("title") else m.group("actor", "char")
        siblings = [p for pos, p in found if sent <= pos < stop and p.actor != clean_name(actor_text)]
        in_order = any(0 <= ctx.text.find(p.actor, sent, stop) < ctx.text.find(p.character, sent, stop)
                       for p in siblings)
        actor = person_of(ctx, actor_text, loose=True)
        if in_order and actor and looks_like_character(ctx, char):
            char = clean_name(char)
            out.append((m.start(), CastPair(char, actor, (), work_near(ctx, m.start()))))
    return out


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
