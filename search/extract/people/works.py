"""Titles of works an article names, and the work a pair belongs to."""

from __future__ import annotations

import re
from functools import lru_cache

from search.extract.names.lexicon import FIRST_NAMES, NON_PERSON
from search.extract.names.runs import literal_hits
from search.extract.people.evidence import candidates
from search.extract.people.name_pattern import NAME
from search.extract.people.roles import CastContext, clean_name
from search.extract.people.scanning import needs, scan

_GENRE = (r"(?:series|show|drama|comedy|thriller|film|movie|feature|sitcom|procedural|documentary|soap|"
          r"animation|anthology|telenovela|podcast|reboot|spinoff|spin-off|"
          r"miniseries|franchise|musical|novel|book|album|serie|película|comedia)")


_WORK_CUES = [
    # a quoted or emphasised title: capitalised, short, no sentence punctuation inside (what may not
    # come before is tested after the mark, so the engine skips straight to marks; so too for "org"; a
    # lookahead for the first letters of a list of words tries the list only where one may begin)
    re.compile(r"[‘'\"“*_«](?<![^\W_].)(?P<w>[A-ZÀ-Þ¡¿][^‘’'\"“”*_«»\n.,;:!?]{0,60}?)[’'\"”*_»](?![^\W_])"),
    # "the procedural Cold Ledger"; with a comma only as an apposition ("the drama, Cold Ledger,")
    re.compile(rf"\b(?=[sdctfmpanrb]){_GENRE}(?: |, (?={NAME}[,.;:]))(?P<w>{NAME})"),
    re.compile(rf"\b(?=[oifed])(?:on|in|of|from|en|de) (?P<owner>[\w+]+(?: [\w+]+)?)['’]s? (?P<w>{NAME})"),
    re.compile(rf"(?P<w>{NAME}) (?:Season|Volume|Part|season|temporada) \d"),
    # a network's or studio's possessive: "Peacock's Crystal Harbor", "HBO's", "Lumen+'s"
    re.compile(rf"(?P<org>[A-Z](?<![\w-].)[\w&]*\+?(?: [A-Z][\w&]*\+?)?)['’]s? (?P<w>{NAME})"),
]


# neither spans a line break: only the lines holding an apostrophe are read
needs(_WORK_CUES[2], "'", "’", lines=True)
needs(_WORK_CUES[4], "'", "’", lines=True)


def _organisation(name: str) -> bool:
    words = name.split()
    return name.endswith("+") or any(w.isupper() and len(w) > 1 or w.lower() in NON_PERSON for w in words)


def _named_alone(text: str, name: str, at: int) -> bool:
    """``Marvel's Kevin Feige`` where the text also opens a sentence with ``Kevin Feige``: a company's
    person, not its title; a title is named with its owner or in quotes."""
    if not name or name.split()[0].lower() not in FIRST_NAMES:
        return False
    return any(i != at and (i == 0 or text[i - 1] == "\n" or text[max(0, i - 2): i] == ". ")
               for i in literal_hits(text, name))


_SEASON_AFTER = re.compile(r" (?:Season|Volume|Part|season|temporada) \d")


@lru_cache(maxsize=32)
def titles_of_works(text: str) -> frozenset[str]:
    """Titles the article treats as works: quoted, emphasised, after a genre noun
    (``the procedural Cold Ledger``), owned by a company (``Lumen+'s Paper Saints``),
    or followed by a season number."""
    people_like = {n for n, e in candidates(text).items() if e.score >= 2}
    surnames = {n.split()[-1] for n in people_like}
    works = set()
    for cue in _WORK_CUES:
        if cue is _WORK_CUES[3] and not _SEASON_AFTER.search(text):
            continue  # (a name is tried at every capital: first look for what must follow it)
        for m in scan(text, cue):
            if "owner" in m.groupdict() and m.group("owner").split()[-1] in surnames:
                continue
            if "org" in m.groupdict() and (not _organisation(m.group("org"))
                                           or _named_alone(text, clean_name(m.group("w")), m.start("w"))):
                continue
            w = clean_name(m.group("w"))
            if cue is _WORK_CUES[0] and len(w.split()) > 8:
                continue
            # quoted/emphasised titles are works whatever the verbs around them suggest
            if w and (cue is _WORK_CUES[0] or "org" in m.groupdict() or w not in people_like):
                works.add(w)
    return frozenset(works)


_WORK_CUE = re.compile(rf"\b(?=(?:on|in|of|en|de) (?:[\w+]+['’]s? )?(?:[a-z-]+ ){{0,3}}(?P<work>{NAME}))")


def work_near(ctx: CastContext, pos: int) -> str | None:
    end = ctx.text.find(".", pos)
    window = ctx.text[pos: end if end != -1 else pos + 200]
    for m in _WORK_CUE.finditer(window):
        w = clean_name(m.group("work"))
        if w in ctx.works:
            return w
    # otherwise the work named last before the pair in the same paragraph ("Over at X, ...")
    para_start = ctx.text.rfind("\n\n", 0, pos) + 1
    best, best_at = None, -1
    for w in ctx.works:
        at = ctx.text.rfind(w, para_start, pos)
        if at > best_at:
            best, best_at = w, at
    if best:
        return best
    headline = ctx.text.split("\n", 1)[0]
    m = _WORK_CUES[0].search(headline)
    return clean_name(m.group("w")) if m else None


_IN_WORK = re.compile(r"(?:in|en|dans|nel|im) ")
_NON_SPACE = re.compile(r"\S+")


def role_after_work(text: str, start: int, end: int) -> int | None:
    """``spielte in Eine Reihe seltsamer Zufälle Graf Olaf``: where the role begins after a work's
    title the article names elsewhere too; None when ``text[start:end]`` is no such phrase."""
    m = _IN_WORK.match(text, start)
    if not m:
        return None
    words = list(_NON_SPACE.finditer(text[m.end(): end]))
    for k in range(len(words) - 1, 1, -1):  # the longest title first, one to three words left for the role
        rest = words[k:]
        if len(rest) > 3 or not all(w.group()[:1].isupper() for w in rest):
            continue
        title = text[m.end(): m.end() + words[k - 1].end()]
        if text.count(title) >= 2:
            return m.end() + rest[0].start()
    return None
