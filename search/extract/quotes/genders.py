"""Which people the article writes as women and which as men: "she" needs a woman it has named."""

from __future__ import annotations

import re

_FEMALE = frozenset("she her hers herself elle ella sie ihre ihr lei ela".split())
_MALE = frozenset("he him his himself il lui él er sein seine ele".split())
_FEMALE_WORDS = (r"actress|actriz|actrice|attrice|atriz|Schauspielerin|Sängerin|chanteuse|cantora|sister|wife|"
                 r"mother|daughter|girlfriend|Ms|Mrs|Miss|queen|princess|businesswoman|frontwoman|diva")
_MALE_WORDS = (r"actor|acteur|attore|ator|Schauspieler|Sänger|chanteur|cantor|brother|husband|father|son|"
               r"boyfriend|Mr|king|prince|businessman|frontman")
_SUBJECT_F = frozenset("she elle ella sie lei ela".split())
_SUBJECT_M = frozenset("he il él er lui ele".split())


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    return "f" if w in _FEMALE else "m" if w in _MALE else None


def genders(masked: str, people: list[str]) -> dict[str, str]:
    """A gender for each person the text gives one: the word before the name ("actress", "Mr"), or
    the pronouns of sentences that open with the person."""
    votes: dict[str, list[int]] = {}
    keys = {}
    for p in people:
        toks = p.split()
        keys[p] = {p, toks[-1]} if len(toks) > 1 else {p}
    for p, forms in keys.items():
        f = m = 0
        for form in forms:
            e = re.escape(form)
            f += 2 * len(re.findall(rf"\b(?:{_FEMALE_WORDS})\.?,?\s+(?:\w+\s+)?{e}\b", masked))
            m += 2 * len(re.findall(rf"\b(?:{_MALE_WORDS})\.?,?\s+(?:\w+\s+)?{e}\b", masked))
            # "Vale opened the show. She …": the next sentence's subject pronoun, or "herself" in the same one
            for s in re.finditer(rf"(?:^|(?<=[.!?\n]))\s*(?:\w+\s+){{0,2}}?{e}\b([^.!?\n]*)[.!?]\s*(\w+)?",
                                 masked):
                words = re.findall(r"\w+", s.group(1).lower())
                f += "herself" in words
                m += "himself" in words
                nxt = (s.group(2) or "").lower()
                f += nxt in _SUBJECT_F
                m += nxt in _SUBJECT_M
        votes[p] = [f, m]
    return {p: ("f" if f > m else "m") for p, (f, m) in votes.items() if f != m}
