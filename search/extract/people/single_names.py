"""People known by one name (stage names such as a singer's), told apart from roles and companies.

A lone capitalised word is a person only when the article treats it as one more than once
and at least once in a way only people are treated: a role noun in front (``singer X``,
``her husband X``), an age after it (``X, 24,``) or a possessive of something personal
(``X's representative``). It must not be part of a longer name in the same article (then it
is that person's surname or given name), a role, a work or an outlet.
"""

from __future__ import annotations

import re
from collections import Counter

from search.extract.names.lexicon import HONORIFICS, NON_PERSON, PERSON_VERBS, ROLE_NOUNS, STOP
from search.extract.names.runs import text_runs
from search.extract.people.context_score import AGE_AFTER, NEXT_WORD, PERSONAL_NOUNS, WEAK_VERBS

# works win and earn too, but a one-word name already needs a person's sign besides
_ACTS = (PERSON_VERBS - WEAK_VERBS) | {"won", "wins", "earned", "earns", "received", "receives"}
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_ROLE_BEFORE = re.compile(r"([\w-]+)\s+$")
_POSSESSIVE_PERSONAL = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:" + PERSONAL_NOUNS + r"|representative|rep|"
                                  r"spokesperson|team|lawyer|lawyers|attorney|attorneys)\b")


# "X won her first Emmy", "X, via his company": a personal pronoun of the name's own clause
_OWN_PRONOUN = re.compile(r",?(?: (?!(?:and|or|but|with|to|for|of|y|et|und)\b)[a-z][\w'’-]*){1,3},? (?:his|her)\b")


# "a lawsuit filed by X", "X has intentionally used": what someone did
_AGENT_BEFORE = re.compile(r"\b[a-z]{3,}ed by $")
_PERFECT_AFTER = re.compile(r" ha(?:s|d|ve) (?:[a-z]+ly )?(?:and [a-z]+ly )?[a-z]{3,}ed\b")


# a stage name written with a sign in it: "Jay-Z", "JAY-Z", "Ke$ha"
_STAGE_NAME = re.compile(r"[A-Z][a-zA-Z]*-Z|[A-Z][\w]*\$[\w]+")


_FULL_STOP_AT_END = re.compile(r"\.\s*$")
_ADVERB_FIRST = re.compile(r"^,?\s+(?:also|finally|later|recently|now|then|reportedly)\b")


def single_name_people(text: str, excluded_words: set[str]) -> set[str]:
    """One-word names the article treats as people; ``excluded_words``: words of its roles and works."""
    all_runs = text_runs(text)
    in_longer = {w for r in all_runs if len(r.words) >= 2 for w in r.words}
    alone = [r for r in all_runs if len(r.words) == 1 and r.words[0] not in in_longer
             and r.words[0] not in excluded_words]  # (others are never kept, whatever signs they have)
    seen: Counter[str] = Counter(r.words[0] for r in alone)
    strong: Counter[str] = Counter()
    acts: Counter[str] = Counter()
    the: Counter[str] = Counter()  # "The Advocate": a one-word name is never written after "the"
    for r in alone:
        word = r.words[0]
        if not _may_be_kept(word, seen[word]):
            continue  # (most words: met once, or a common noun; their signs are not read)
        the[word] += bool(_THE_BEFORE.search(text, max(0, r.start - 5), r.start))
        before = text[max(0, r.start - 40): r.start]
        after = text[r.end: r.end + 40]
        role = _ROLE_BEFORE.search(before)
        if role and role.group(1).lower() in ROLE_NOUNS and not _FULL_STOP_AT_END.search(before):
            strong[word] += 1
        if AGE_AFTER.match(after) or (r.possessive and _POSSESSIVE_PERSONAL.match(text, r.end)) \
                or (not r.possessive and _OWN_PRONOUN.match(after)):
            strong[word] += 1
        nxt = NEXT_WORD.match(_ADVERB_FIRST.sub("", after))
        if nxt and not r.possessive and nxt.group(1).lower() in _ACTS or _AGENT_BEFORE.search(before) \
                or (not r.possessive and _PERFECT_AFTER.match(after)):
            acts[word] += 1
    out = set()
    for word, n in seen.items():
        if _STAGE_NAME.fullmatch(word):
            if strong[word] or acts[word]:
                out.add(word)  # "husband Jay-Z", "JAY-Z said": the shape is a stage name's, one sign is enough
        elif _may_be_kept(word, n) and strong[word] and the[word] < n:
            out.add(word)
    return out


def _may_be_kept(word: str, n: int) -> bool:
    """What ``single_name_people`` asks of a word before its signs: a stage name's shape, or a word
    met twice or more that is neither a common word nor written in capitals."""
    if _STAGE_NAME.fullmatch(word):
        return True
    low = word.lower()
    return not (n < 2 or low in STOP or low in NON_PERSON or low in HONORIFICS or low in ROLE_NOUNS
                or len(word) < 3 or word.isupper())
