"""Turn a name as a frame writes it (``Quinn``, ``Dr. Varga``, ``Eddie``) into who it means.

A speaker must be a full name: a surname alone is never an answer.  The people list
from ``search.people`` is trusted first; when it is empty or does not know the name,
the article's own full-name mentions are used, and a name that could mean two people
(``Duffer`` with Matt and Ross in the text) means nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from search.extract.names import FIRST_NAMES
from search.extract.names.lexicon import ROLE_NOUNS
from search.extract.names.runs import literal_matches
from search.extract.people.finder import resolve as resolve_in_people
from search.model import CastPair

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD_REST = rf"[\w]*(?:-[{_UP}a-zà-ÿ][\w]*|['’](?!s\b)[{_UP}a-zà-ÿ][\w]*)*"
_WORD = rf"[{_UP}]{_WORD_REST}"
_PARTICLE = r"(?:van der|van den|von der|de la|de los|de|del|della|di|da|du|van|von|la|le|bin|al|St\.)"
# initials inside a name: "Samuel T. Okonkwo", "J.R. Vance" (never a name on their own)
_INITIALS = r"(?:[A-Z]\.){1,3}(?=[ \t][A-ZÀ-ÖØ-ÞĀ-Ž])"
# a name never runs across a line break: "Acceptance Speeches\nBey appeared" is a heading, then a name
# a particle leads to the surname, the name's last word: "Guillermo del Toro", never "Normandy de Charles Nemes"
_MORE_WORDS = (rf"(?:[ \t\u00a0](?:{_INITIALS}[ \t])?{_WORD})*"
               rf"(?:[ \t]{_PARTICLE}[ \t]{_WORD}(?![\w'’-]|[ \t\u00a0]{_WORD}))?")
NAME = rf"(?:(?:{_INITIALS}[ \t])?{_WORD}{_MORE_WORDS})"
# NAME opening with its capital, initials or not, so the engine skips straight to capitals
NAME_RE = re.compile(rf"[{_UP}](?:(?<=[A-Z])\.(?:[A-Z]\.){{0,2}}(?=[ \t][{_UP}])[ \t]{_WORD}|{_WORD_REST})"
                     + _MORE_WORDS)
_HONORIFICS = ("Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Prof|Professor|Rev|Reverend|Captain|Capt|Detective|Inspector|Sergeant|"
               "Sheriff|Father|Mother|Sister|Brother|Lady|Lord|Judge|Senator|President|Queen|King|Prince|Princess|"
               "Grandmother|Grandfather|Aunt|Uncle|Officer|Agent|Chief|Chef|Coach|Showrunner|Director")
HONORIFIC = re.compile(rf"^(?:{_HONORIFICS})\.?\s+")
# one word that HONORIFIC would strip, looked up without the pattern: it is tried on every name run
_HONORIFIC_WORDS = frozenset(_HONORIFICS.split("|")) | frozenset(w + "." for w in _HONORIFICS.split("|"))
# Capitalised words that open a sentence or name a thing, never a person's first token.
_NOT_FIRST = frozenset(
    """The A An In On At For But And Or As If When While After Before Since Until Then So Yet This That
    These Those It Its Is Was Were He She They We I You His Her Their Our My Your Season Episode
    Volume Part Chapter Series Film Show Netflix January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    According Asked Speaking Reached Like Not No Yes Also Even Still What Who Why How Where Which
    Let Here There Now Today Tonight Meanwhile However Both Each Every All Some Many Most One Two
    Three Four Five Six Seven Eight Nine Ten Ask Read More RELATED El La Los Las Un Una Según Por
    Con Para Del De En Pero Y Que Cuando Como Sinceramente Later Earlier Finally Eventually Afterward
    Afterwards Soon Suddenly Instead Elsewhere Ultimately Naturally Obviously Clearly Sadly Luckily
    Thankfully Unfortunately Fortunately Interestingly Notably Perhaps Maybe Indeed Back Over Inside
    Outside Across Throughout During Despite Without Within Upon Unlike Just Only Twice Plus Next Last
    First Second Third Elsewhere Overall Together Along Because Although Though Whether Luego Después
    Antes Ahora Hoy Ayer Mientras Aunque Además También Tras Durante Sin Sobre
    Der Die Das Den Dem Des Ein Eine Einen Einem Einer Sein Seine Seinen Seiner Ihr Ihre Ihren Ihrer Er Sie
    Es Im Am Zu Zum Zur Auf Mit Nach Bei Von Vor Für Und Aber Auch Nicht Wie Als Mehr Doch Nun Dann Denn
    Le Les Une Il Elle Ils Elles Dans Avec Pour Sur Et Mais Au Aux Du Ce Cette Ces Son Sa Ses Leur Leurs
    Lo Gli Dopo Nel Nella Nei Della Dello Degli Ma Anche Questo Questa Lui Lei Il Suo Sua
    O Os As Um Uma Ele Ela Na No Nos Em Ao Aos Dos Das Mas Também Já E Seu Sua Segundo""".split()
)
# sentence openers a careless reader glues onto the name after them ("Later Agnes", "Meanwhile Rosa")
_GLUED = frozenset("""Later Earlier Finally Eventually Afterward Afterwards Soon Suddenly Instead Elsewhere
    Ultimately Naturally Obviously Clearly Sadly Luckily Thankfully Unfortunately Fortunately Interestingly
    Notably Perhaps Maybe Indeed Meanwhile However Also Still Then Now Today Tonight Yet So And But Or When
    While After Before Since Until If As Asked Speaking According Luego Después Ahora Hoy Además También
    The A An In On At For""".split())
# Title-case headlines glue words onto names: "Kitchen With Chef Ilse Marrow"
_HEADLINE_WORDS = frozenset("""With Without From Into Over Under About After Before Between Against
    Are Has Have Had Will Says Said Talks Tells Reveals Returns Review Exclusive Interview Inside Behind
    Finale Premiere
    Trailer Teaser""".split())
_ORG_TAIL = frozenset(
    """Pictures Studios Studio TV Media Daily Wire News Network Festival Films Entertainment Records
    Magazine Times Post Street Avenue Hall Theater Theatre Center Centre City County Awards
    Productions Talent Artists Ledger Report Review Weekly Group Company Inc Ltd LLC Channel Radio
    Press Books Games Things""".split()
)


POSSESSIVE = re.compile(r"['’]s?$")


# (the name helpers below depend on nothing but the words they are given, and meet the same names again and
# again: they remember their answers)
@lru_cache(maxsize=4096)
def strip_honorific(name: str) -> str:
    while (bare := HONORIFIC.sub("", name, count=1)) != name:
        name = bare
    return name.strip()


@lru_cache(maxsize=4096)
def looks_like_full_name(name: str) -> bool:
    toks = strip_honorific(name).split()
    return (
        len(toks) >= 2
        and len(toks) <= 4
        and not any(t in _NOT_FIRST or t in _HEADLINE_WORDS for t in toks)
        and toks[-1] not in _ORG_TAIL
        and not any(t.isupper() and len(t) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", t) for t in toks)
    )


def _runs(text: str) -> list[str]:
    out = []
    tails: dict[str, str | None] = {}  # (a name comes back many times in an article: read it once)
    # (NAME_RE stops before a possessive, so "Lucia Fenwright's Delphine Roe" is two runs already)
    for m in NAME_RE.finditer(text):
        written = m.group()
        if written not in tails:
            toks = written.split()
            while toks and (toks[0] in _NOT_FIRST or toks[0] in _HONORIFIC_WORDS):
                toks.pop(0)
            tails[written] = given_name_tail(" ".join(toks)) if toks else None
        if (tail := tails[written]) is not None:
            out.append(tail)
    return out


def _after_the(text: str, run: str) -> bool:
    """"the Salt Harbour actress", "The Salt Harbour cast": a run the text only ever writes after "the"
    names a work or a place, not a person."""
    found = list(literal_matches(text, run))
    return bool(found) and all(_THE_BEFORE.search(text[max(0, at - 5):at]) for at in found)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


@lru_cache(maxsize=4096)
def given_name_tail(run: str) -> str:
    """``Co-Star Jack Lowden`` is Jack Lowden: capitalised words glued in front of a given name (a German
    noun, a sentence-initial verb) are not part of the name."""
    toks = run.split()
    if len(toks) >= 2 and toks[0].lower() in ROLE_NOUNS:
        return " ".join(toks[1:])  # "Rapper Kaydo sat down with …": the role word opens the sentence
    if len(toks) >= 3 and toks[0].lower() not in FIRST_NAMES:
        for k in range(1, len(toks) - 1):
            if toks[k].lower() in FIRST_NAMES:
                return " ".join(toks[k:])
    return run

# (a lookahead for the words' first letters: the engine tries them only where one may begin)
_PLACE = re.compile(r"\b(?=[ianotmrhfgwbd])(?:in|at|near|into|outside|across|"
                    r"(?:travel\w*|mov\w+|return\w*|head\w*|flies|flew|go|goes|"
                    r"went|back|way|trip|drives|drove)\s+to)\s+([A-ZÀ-Þ][\w-]+)\b(?![’'\s]*[A-ZÀ-Þ’'])")


@dataclass
class Names:
    """Who a written name means, in one article."""

    people: list[str]
    cast: list[CastPair]
    full: list[str]  # full-name mentions found in the text itself
    single: list[str] = field(default_factory=list)  # people known by one name (Rihanna, Zendaya)
    things: set[str] = field(default_factory=set)  # name-shaped runs only ever written after "the"
    places: set[str] = field(default_factory=set)  # one-word names written "in Dover", "at Kabul"

    @classmethod
    def of(cls, text: str, people: list[str], cast: list[CastPair], works: frozenset[str] = frozenset()) -> Names:
        # "Later Agnes" is a sentence adverb glued to a name: never a speaker, whoever listed it
        people = [p for p in people if p.split()[:1] and p.split()[0] not in _GLUED]
        cast = [c for c in cast if c.actor.split()[:1] and c.actor.split()[0] not in _GLUED]
        full = []
        characters = {c.character for c in cast} | {strip_honorific(c.character) for c in cast}
        things = set(works)  # titles the article puts in quotation marks
        people = [p for p in people if p not in works]
        # (a run met again is settled already: it is in full or things, or was turned away for good)
        for run in dict.fromkeys(_runs(text)):
            if not looks_like_full_name(run) or run in characters or run in full or run in things:
                continue
            if _after_the(text, run) and run not in people:
                things.add(run)
            else:
                full.append(run)
        places = set(_PLACE.findall(text))
        from search.extract.quotes.single_names import single_names  # (it reads this module's word lists)
        return cls(people, cast, full, single_names(text, full + people, cast), things, places)

    def character(self, name: str) -> CastPair | None:
        """The cast entry a written name refers to: full, alias, without title, or first/last word."""
        name = name.strip()
        bare = strip_honorific(name)
        exact = [c for c in self.cast if name in (c.character, *c.aliases) or bare in (
            strip_honorific(c.character), *c.aliases)]
        if exact:
            return exact[0]
        parts = [c for c in self.cast if " " not in bare and any(
            bare in (strip_honorific(n).split()[0], strip_honorific(n).split()[-1])
            for n in (c.character, *c.aliases) if strip_honorific(n))]
        return parts[0] if len({c.character for c in parts}) == 1 else None

    def is_actor(self, name: str, context: str = "") -> CastPair | None:
        """The role an actor's name stands for; with two roles, the one ``context`` talks about."""
        found = [c for c in self.cast if name == c.actor or name in (c.actor.split()[0], c.actor.split()[-1])]
        if len({c.character for c in found}) > 1 and context:
            found = [c for c in found if any(
                w in context for n in (c.character, *c.aliases) for w in strip_honorific(n).split())]
        return found[0] if len({c.character for c in found}) == 1 else None

    def listed(self, name: str) -> str | None:
        """The name's full form in the people list, when that list knows it."""
        name = strip_honorific(POSSESSIVE.sub("", name.strip()))
        return resolve_in_people(name, self.people) if name and self.people else None

    def person(self, name: str) -> str | None:
        """The full name of the real person ``name`` means, or None when unsure."""
        name = strip_honorific(POSSESSIVE.sub("", name.strip()))
        toks = name.split()
        # "Schauspieler Tobias Kranz": the listed person at the end of a run of capitalised words
        listed = [" ".join(toks[k:]) for k in range(1, len(toks) - 1) if " ".join(toks[k:]) in self.people]
        name = listed[0] if listed else given_name_tail(name)
        if not name:
            return None
        if name.startswith("@"):
            return name
        if self.people:
            hit = resolve_in_people(name, self.people)
            if hit:
                return hit
        if " " in name:
            if name in self.full or (looks_like_full_name(name) and not self.character(name)
                                     and name not in self.things):
                return name
            return None
        # "Swedish" is not short for "Swedish Idol": a first word stands for a name only if a given name
        pool = [p for p in self.full if name == p.split()[-1] or (
            name == p.split()[0] and name.lower() in FIRST_NAMES)]
        pool += [p for p in self.people if name in (p.split()[0], p.split()[-1]) and p not in pool]
        if not pool and name in self.single:
            return name
        if not pool and len(name) >= 3:
            # "Bey" for Beyoncé: the start of the one single name it can be short for
            lone = set(self.single) | {p for p in self.people if " " not in p}
            short = [p for p in lone if p != name and p.startswith(name)]
            if len(short) == 1:
                return short[0]
        return pool[0] if len(pool) == 1 else None
