"""``Character (Actor)`` and ``Actor (Character)``: which side of a bracket is the person."""

from __future__ import annotations

import re

from search.extract.names.lexicon import STOP
from search.extract.names.runs import literal_hits, word_char
from search.extract.names.shape import non_person_word
from search.extract.people.cast_forms import PAREN_RE, scan
from search.extract.people.roles import (
    CastContext,
    clean_name,
    core_words,
    full_name,
    looks_like_character,
    person_of,
    person_weight,
    sentence_start,
    start_of_body,
)


def paren_pairs(ctx: CastContext, body_start: int) -> list[tuple[int, str, str, bool]]:
    """``Character (Actor)`` and ``Actor (Character)`` pairs, each oriented by evidence.

    ``Actor (X)`` is a credit far more often than a role in trade copy (``Annie Mumolo
    (Bridesmaids)``), so X counts as a character only when the article treats it as one
    elsewhere, or when a neighbouring pair in the same list was already certain.
    """
    decided: list[tuple[int, str, str, bool, bool]] = []  # (pos, character, actor, certain, quoted)
    for m in scan(ctx.text, PAREN_RE):
        if m.start() < body_start:
            continue
        left, right = clean_name(m.group("left")), clean_name(m.group("right"))
        if not left or not right or right in ctx.works or m.group("right").startswith("The "):
            continue
        right_words = right.replace("/", " ").split()
        if any(non_person_word(w, i, right_words) for i, w in enumerate(right_words)):
            continue
        wl, wr = person_weight(ctx, left), person_weight(ctx, right)
        if m.group("who") or m.group("where"):
            wr = max(wr, wl + 1)  # "(newcomer X)", "(X, left)": only a person is a newcomer or stands left
        if wr > wl or (wl == wr and full_name(right)):
            actor = person_of(ctx, right) or (right if full_name(right) else None)
            # a quoted role ("“Alex” (Manolo Cardona)") is common in Spanish copy; a quoted
            # title with a person in parentheses is not, so only longer titles count as works
            quoted_role = m.group().startswith(("“", '"')) and len(left.split()) <= 3
            if actor and (left not in ctx.works or quoted_role):
                decided.append((m.start(), left, actor, True, quoted_role))
        elif wl > wr and looks_like_character(ctx, right):
            actor = person_of(ctx, left) or (left if full_name(left) else None)
            if actor:
                decided.append((m.start(), right, actor, _character_elsewhere(ctx, right, m), False))
    out = []
    for pos, character, actor, certain, quoted in decided:
        if not certain:
            sent = sentence_start(ctx.text, pos)
            certain = any(c and sentence_start(ctx.text, p) == sent and p != pos and ch != character
                          and not person_of(ctx, ch) for p, ch, _, c, _ in decided)
        if certain:
            out.append((pos, character, actor, quoted))
    return out


def _character_elsewhere(ctx: CastContext, name: str, m: re.Match) -> bool:
    """The article refers to ``name`` (or one of its words) as a character outside this pair."""
    if "/" in name or core_words(name) != name.split():
        return True  # aliases and honorifics are character signs
    body_start = start_of_body(ctx.text)
    for word in core_words(name):
        if word.lower() in STOP or len(word) < 3:
            continue
        for start, end in _whole_word_hits(ctx.text, word):
            if start < body_start or m.start() <= start < m.end():
                continue
            if not _work_context(ctx.text, start, end):
                return True
    return False


def _whole_word_hits(text: str, word: str):
    """Spans of ``word`` standing alone (not inside a longer or hyphenated word), left to right."""
    n, resume = len(word), 0
    for i in literal_hits(text, word):
        if i < resume:
            continue  # matches do not overlap
        if i and (word_char(text[i - 1]) or text[i - 1] == "-"):
            continue
        if i + n < len(text) and (word_char(text[i + n]) or text[i + n] == "-"):
            continue
        resume = i + n
        yield i, i + n


def _work_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30): start]
    after = text[end: end + 20]
    return bool(re.search(r"(?:\b(?:in|on|of|from|en|de)|['’]s?|[‘'\"“*_])\s*(?:[A-Z][\w+]*\s)*$", before)
                or re.match(r"(?:\s[A-Z][\w]*)*\s(?:star|co-star|alum|season|series|episode|finale|"
                            r"premiere|trailer|creator|cast|reboot|sequel|spinoff|franchise)\b", after)
                or re.match(r"[’'\"”*_]", after))
