"""Which people the article writes as women and which as men: "she" needs a woman it has named."""

from __future__ import annotations

import re

_FEMALE = frozenset("she her hers herself elle ella sie ihre ihr lei ela".split())
_MALE = frozenset("he him his himself il lui él er sein seine ele".split())
_SUBJECT_F = frozenset("she elle ella sie lei ela".split())
_SUBJECT_M = frozenset("he il él er lui ele".split())
_FEMALE_WORDS = (r"actress|actriz|actrice|attrice|atriz|Schauspielerin|Sängerin|chanteuse|cantora|sister|wife|"
                 r"mother|daughter|girlfriend|Ms|Mrs|Miss|queen|princess|businesswoman|frontwoman|diva|"
                 r"Kollegin|Partnerin|Regisseurin|Moderatorin|compañera|réalisatrice|compagne")
# French "son rôle" is "her role" as much as "his": a son is one only when a name follows
_MALE_WORDS = (r"actor|acteur|attore|ator|Schauspieler|Sänger|chanteur|cantor|brother|husband|father|"
               r"son(?![ \t]+[a-zà-ÿ])|"
               r"boyfriend|Mr|king|prince|businessman|frontman|Kollege|Regisseur|Moderator|compañero|réalisateur|"
               r"compagnon")
_RUN = r"([A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)*)"
_TITLED = re.compile(rf"\b(?:(?P<f>{_FEMALE_WORDS})|(?P<m>{_MALE_WORDS}))\.?,?[ \t]+(?:[a-z]\w*[ \t]+)?{_RUN}")
# "since her debut", "with his band": a possessive after a preposition, before what it owns
_POSSESSIVE = re.compile(r"\b(?:since|with|of|in|on|for|from|about|at|into|through|during|after|before|under|"
                         r"over|by)\s+(her|his)\s+(?!(?:and|or|to|for|with|as|in|on|at|after|before|that|the|a|an|"
                         r"by|from|up|out|off|back|when|while|if|but|so|because)\b)[a-z]")
_WORD = re.compile(r"[\w'’-]+")
_RUN_RE = re.compile(_RUN)
_HERSELF = re.compile(r"\bher(?:self| own)\b")
_HIMSELF = re.compile(r"\bhim(?:self)\b|\bhis own\b")
_STOP = re.compile(r"[.!?\n]")
_NOT_A_STOP = re.compile(r"[^.!?\n]")
# a sentence and the first word of the next: "Vale opened the show. She …"
_SENTENCE = re.compile(r"([^.!?\n]+)[.!?]+[\"”’)]*\s*(\w+)?")


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    return "f" if w in _FEMALE else "m" if w in _MALE else None


def genders(masked: str, people: list[str]) -> dict[str, str]:
    """A gender for each person the text gives one: the word before the name ("actress", "Mr"), or
    the subject pronoun of the sentence after one that opens with the person, or "herself", "her own"."""
    first_at = {p: masked.find(p) if p in masked else len(masked) for p in people}
    forms: dict[str, set[str]] = {}
    for p in people:
        toks = p.split()
        kin = [q for q in people if q != p and q.split()[-1] == toks[-1]]
        # a surname two people share is the one named first's; a relative is called by full or first name
        bare = len(toks) > 1 and not any(first_at[q] < first_at[p] for q in kin)
        for form in {p, toks[-1]} if bare else {p}:
            forms.setdefault(form, set()).add(p)
    votes: dict[str, list[int]] = {p: [0, 0] for p in people}

    def vote(run: str, side: int, weight: int = 1) -> None:
        words = _WORD.findall(run)
        for k in range(len(words)):
            for j in range(len(words), k, -1):
                for p in forms.get(" ".join(words[k:j]), ()):
                    votes[p][side] += weight
                if " ".join(words[k:j]) in forms:
                    return

    for m in _TITLED.finditer(masked):
        vote(m.group(3), 0 if m.group("f") else 1, 2)
    # (every pattern below needs "her", "him" or "his": most sentences have none of them and are passed by)
    for m in _sentences(masked):
        low = m.group(1).lower()
        nxt = (m.group(2) or "").lower()
        her, hi = "her" in low, "hi" in low
        if not (her or hi or nxt in _SUBJECT_F or nxt in _SUBJECT_M):
            continue
        opening = " ".join(m.group(1).split()[:3])
        if (her and _HERSELF.search(low)) or nxt in _SUBJECT_F:
            vote(opening, 0)
        if (hi and _HIMSELF.search(low)) or nxt in _SUBJECT_M:
            vote(opening, 1)
        possessive = _POSSESSIVE.findall(low)
        if len(set(possessive)) == 1 and len(_named(m.group(1), forms)) == 1:
            # "Ada Wren has come far since her debut": the one person in the sentence owns the "her"
            vote(opening, 0 if possessive[0] == "her" else 1)
    return {p: ("f" if f > m else "m") for p, (f, m) in votes.items() if f != m}


def _sentences(masked: str):
    """``_SENTENCE.finditer(masked)``, without trying the pattern at every character of a line that no
    sentence mark ends (a masked quotation is one): from anywhere in such a line it fails alike."""
    at = 0
    while (start := _NOT_A_STOP.search(masked, at)) is not None:
        stop = _STOP.search(masked, start.start())
        if stop is None:
            return
        if stop.group() == "\n":
            at = stop.end()
            continue
        m = _SENTENCE.match(masked, start.start())
        yield m
        at = m.end()


def _named(sentence: str, forms: dict[str, set[str]]) -> set[str]:
    """Who a sentence names, by any form of their name."""
    found: set[str] = set()
    for run in _RUN_RE.findall(sentence):
        words = run.split()
        for k in range(len(words)):
            for j in range(len(words), k, -1):
                found |= forms.get(" ".join(words[k:j]), set())
    return found
