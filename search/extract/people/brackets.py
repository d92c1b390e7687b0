"""``Character (Actor)`` and ``Actor (Character)``: which side of a bracket is the person."""

from __future__ import annotations

import re

from search.extract.names.lexicon import FIRST_NAMES, HONORIFICS, ROLE_NOUNS, STOP, word_set
from search.extract.names.runs import literal_hits, word_char
from search.extract.names.shape import non_person_word
from search.extract.people.cast_forms import PAREN_RE
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
from search.extract.people.scanning import scan


def paren_pairs(ctx: CastContext, body_start: int) -> list[tuple[int, str, str, bool]]:
    """``Character (Actor)`` and ``Actor (Character)`` pairs, each oriented by evidence.

    ``Actor (X)`` is a credit far more often than a role in trade copy (``Annie Mumolo
    (Bridesmaids)``), so X counts as a character only when the article treats it as one
    elsewhere, or when a neighbouring pair in the same list was already certain.
    """
    decided: list[tuple[int, str, str, bool, bool]] = []  # (pos, character, actor, certain, quoted)
    listed = _cast_lists(ctx, [m for m in scan(ctx.text, PAREN_RE) if m.start() >= body_start])
    for m in scan(ctx.text, PAREN_RE):
        if m.start() < body_start:
            continue
        if m.start() in listed:
            if listed[m.start()]:
                character, actor = listed[m.start()]
                decided.append((m.start(), character, actor, True, False))
            continue
        raw_left = clean_name(m.group("left"))
        left, right = _after_job_title(raw_left), clean_name(m.group("right"))
        if not left or not right or right in ctx.works or m.group("right").startswith("The ") \
                or ctx.names(f"{left} {right}"):
            continue  # "João Emanuel (Carneiro)": the bracket completes one name
        if _ROLE_AFTER.match(ctx.text, m.end()):
            continue  # "X (Second Helpings) as Dana": the bracket is a credit, the role comes next
        right_words = right.replace("/", " ").split()
        if any(non_person_word(w, i, right_words) for i, w in enumerate(right_words)):
            continue
        wl, wr = person_weight(ctx, left), person_weight(ctx, right)
        if left != raw_left and raw_left.split()[-3].lower().strip(".") in HONORIFICS:
            left, wl = raw_left, min(wl, wr - 1)  # "Mayor Frank Dobbs (X)": a rank names a role, not a person
        if _ENDS_IN_INITIAL.search(left) and not _ENDS_IN_INITIAL.search(right):
            wl = min(wl, wr - 1)  # "Mara K. (Ines Vogel)": the press never names a person by a final initial
        # "Peter Parker (Holland)": the press calls an actor by the surname of a name it gave in full
        by_surname = _surname_of_named(ctx, right, left)
        if by_surname:
            wr = max(wr, wl + 1)
        elif _surname_of_named(ctx, left, right):
            wl = max(wl, wr + 1)
        if m.group("who") or m.group("where"):
            wr = max(wr, wl + 1)  # "(newcomer X)", "(X, left)": only a person is a newcomer or stands left
        if wr > wl or (wl == wr and full_name(right)):
            actor = person_of(ctx, right) or (right if full_name(right) else None)
            # a quoted role ("“Alex” (Manolo Cardona)") is common in Spanish copy; a quoted
            # title with a person in parentheses is not, so only longer titles count as works
            quoted_role = m.group().startswith(("“", '"')) and len(left.split()) <= 3
            if actor and (left not in ctx.works or quoted_role):
                decided.append((m.start(), left, actor, True, quoted_role or by_surname))
        elif wl > wr and looks_like_character(ctx, right):
            actor = person_of(ctx, left) or (left if full_name(left) else None)
            if actor:
                decided.append((m.start(), right, actor, _character_elsewhere(ctx, right, m), False))
    # an article that lists its cast as "Actor (Role)" and never the other way writes the rest so too
    actor_first = [c and _role_in_bracket(ctx.text, p, ch) for p, ch, _, c, _ in decided if c]
    convention = actor_first.count(True) >= 3 and not actor_first.count(False)
    # one such pair close by is enough for a role no one would take for a person ("Donkey Kong", not
    # "Frank Dobbs"); trade copy credits works so too ("Ada Vane (Killing Time)"), but not beside a role
    near_actor_first = [p for p, ch, _, c, _ in decided if c and _role_in_bracket(ctx.text, p, ch)]
    leaning = bool(near_actor_first) and not actor_first.count(False)
    # a recap that writes "Role (Actor)" and never the other way writes its other full-name brackets so too
    role_first = actor_first.count(False) >= 1 and not actor_first.count(True)
    out = []
    for pos, character, actor, certain, quoted in decided:
        if not certain:  # only "Actor (Role)" readings are uncertain
            sent = sentence_start(ctx.text, pos)
            sure = [(ch, a) for p, ch, a, c, _ in decided
                    if c and sentence_start(ctx.text, p) == sent and p != pos and ch != character
                    and not person_of(ctx, ch)]
            # the sentence's certain pairs say which way round it writes them
            same_way = any(_role_in_bracket(ctx.text, p, ch) for p, ch, a, c, _ in decided if (ch, a) in sure)
            recap = role_first and full_name(character) and full_name(actor)
            if (sure and not same_way and full_name(character)) or recap:
                # the article's own order says which side is the role, whatever verbs the role takes
                character, actor, quoted = actor, person_of(ctx, character) or character, True
            odd_role = (leaning and any(abs(p - pos) < 400 for p in near_actor_first)
                        and len(character.split()) >= 2 and character.split()[0].lower() not in FIRST_NAMES)
            certain = bool(sure) or convention or recap or odd_role
        if certain:
            out.append((pos, character, actor, quoted))
    return out


_JOB_TITLES = HONORIFICS | ROLE_NOUNS | word_set("advisor adviser secretary minister ministre ministro ministra "
                                                  "ambassador commissioner attorney")


def _after_job_title(name: str) -> str:
    """``National Security Advisor Ana Ruiz`` → ``Ana Ruiz``: a capitalised job title before a
    two-word name is the role's description, not part of either side's name."""
    words = name.split()
    if len(words) >= 3 and any(w.lower().strip(".") in _JOB_TITLES for w in words[:-2]) \
            and words[-3].lower().strip(".") in _JOB_TITLES:
        return " ".join(words[-2:])
    return name


def _role_in_bracket(text: str, pos: int, character: str) -> bool:
    """The pair at ``pos`` reads ``Actor (Role)`` ("And Chris Pratt (Mario)" too)."""
    return character not in text[pos: text.find("(", pos)]


def _surname_of_named(ctx: CastContext, side: str, other: str) -> bool:
    full = ctx.resolve(side) if " " not in side else None
    return bool(full) and full.split()[-1] == side and side not in other.split()


_ENDS_IN_INITIAL = re.compile(r" [A-Z]\.$")


# between two items, possibly past one the name pattern does not read ("Spider-man (X)")
_LIST_GAP = re.compile(r"(?:(?:,|;)\s*[^(),;\n]{1,40} \([^()\n]{1,40}\))*"
                       r"(?:,|;)?\s*(?:(?:and|et|und|y|e|&|as well as|followed by)\s+)?")


def _cast_lists(ctx: CastContext, matches: list[re.Match]) -> dict[int, tuple[str, str] | None]:
    """Three or more bracket pairs in one list share one order: ``A (X), B (Y) and C (Z)``.

    The order is the one most items show plainly (a one-word or titled side is the role, a
    full name is the actor); then every item whose actor side is a full name is a pair, which
    is how panel reports (``Actor (Role)``) and recaps (``Role (Actor)``) both write lists.
    None marks an item of a credit list, which is no pair at all.
    """
    groups: list[list[re.Match]] = []
    for m in matches:
        if groups and _LIST_GAP.fullmatch(ctx.text, groups[-1][-1].end(), m.start()):
            groups[-1].append(m)
        else:
            groups.append([m])
    out: dict[int, tuple[str, str] | None] = {}
    for group in groups:
        sides = [(clean_name(m.group("left")), clean_name(m.group("right"))) for m in group]
        titles = any(m.group("right").startswith(("The ", "A ")) or b in ctx.works or _title_like(b)
                     for m, (_, b) in zip(group, sides, strict=True))
        titles = titles or bool(_AWARDS_BEFORE.search(ctx.text, max(0, group[0].start() - 80), group[0].start()))
        if len({b for _, b in sides}) < len(sides) or titles:
            out.update(dict.fromkeys((m.start() for m in group), None))
            continue  # "A (Show), B (The Show)": a role has one actor and no article; these are credits
        if len(group) < 3 or any(not a or not b for a, b in sides):
            continue
        votes = [_role_side(a, b) for a, b in sides]
        right_roles, left_roles = votes.count("right"), votes.count("left")
        if _ACTORS_BEFORE.search(ctx.text, max(0, group[0].start() - 40), group[0].start()):
            right_roles += 2  # "actors A (X), B (Y) and C (Z)": the list says who the names are
        if max(right_roles, left_roles) < 2 or min(right_roles, left_roles) > 0:
            continue
        for m, (a, b) in zip(group, sides, strict=True):
            character, actor = (b, a) if right_roles else (a, b)
            if character in ctx.works or len({w for w in actor.split() if w[:1].isupper()}) < 2:
                continue
            who = person_of(ctx, actor, loose=True) or actor
            out[m.start()] = (character, who)
    return out


_ROLE_AFTER = re.compile(r",? (?:(?:as|como|come|als) [“\"]?[A-Z]|who plays\b|que interpreta\b|qui joue\b)")
_ACTORS_BEFORE = re.compile(r"\b(?:actors|actresses|stars|co-stars|costars|castmates|cast members|the cast|"
                            r"voice actors|Darsteller|Schauspieler|acteurs|attori|atores|actores)[,:]?\s+$")


_AWARDS_BEFORE = re.compile(r"\b(?:nominees?|nominated|nominations?|winners?|won|awards?|categor(?:y|ies)|"
                            r"honou?red|shortlisted)\b[^.!?\n]*$", re.IGNORECASE)


def _title_like(name: str) -> bool:
    """``Glass Bay``, ``Fellowship of the Ring``: a place word or a lower-case word is a title's, not a role's."""
    words = name.replace("/", " ").split()
    return any(w[:1].islower() for w in words) or any(non_person_word(w, i, words) for i, w in enumerate(words))


def _role_side(left: str, right: str) -> str | None:
    """Which side of ``left (right)`` plainly reads as the role, if either does."""
    def role_like(name: str) -> bool:
        return "/" in name or len(name.split()) == 1 or core_words(name) != name.split()
    if role_like(right) and not role_like(left):
        return "right"
    if role_like(left) and not role_like(right):
        return "left"
    return None


def _character_elsewhere(ctx: CastContext, name: str, m: re.Match) -> bool:
    """The article refers to ``name`` (or one of its words) as a character outside this pair."""
    if "/" in name or core_words(name) != name.split():
        return True  # aliases and honorifics are character signs
    body_start = start_of_body(ctx.text)
    # a role is called by its first name ("Rook said"); a lone surname is how people are called
    words = core_words(name)
    for word in words[:1] if len(words) >= 2 else words:
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


_WORK_BEFORE = re.compile(r"(?:\b(?:in|on|of|from|en|de)|['’]s?|[‘'\"“*_])\s*(?:[A-Z][\w+]*\s)*$")
_WORK_LABEL_AFTER = re.compile(r"(?:\s[A-Z][\w]*)*\s(?:star|co-star|alum|season|series|episode|finale|"
                               r"premiere|trailer|creator|cast|reboot|sequel|spinoff|franchise)\b")
_QUOTE_AFTER = re.compile(r"[’'\"”*_]")


def _work_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30): start]
    after = text[end: end + 20]
    return bool(_WORK_BEFORE.search(before) or _WORK_LABEL_AFTER.match(after) or _QUOTE_AFTER.match(after))
