"""What a cast form's two sides are: a person, a role, or neither (shared by the cast readers)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from search.extract.names.lexicon import FIRST_NAMES, HONORIFICS, PARTICLES, STOP, word_set
from search.extract.names.runs import literal_hits, word_char
from search.extract.names.shape import non_person_word, person_shaped
from search.extract.people.name_pattern import SYLLABLE, UPPER
from search.extract.people.resolve import resolve

# prepositions in the languages the cast verbs are read in: "joue dans X" is a film, not a role
_BLOCK_DESC = word_set("dans sur pour avec à au aux nel nella con per im mit für bei em no com para "
                        "on in at for with to from by no and or but not nobody himself herself itself "
                        "opposite alongside per via themselves it this that than version versions")


# r"(?<=[.!?…])[\"”’]?\s+(?=[\"“‘(A-Z¿¡])|\n+" opening with its first character, so the engine skips
# straight to spaces and closing quotes; the mark before is tested after it
_SENT_SPLIT = re.compile(r"[\s\"”’](?:(?<=[.!?…][\"”’])\s+(?=[\"“‘(A-Z¿¡])|(?<=[.!?…]\s)\s*(?=[\"“‘(A-Z¿¡])"
                         r"|(?<=\n)\n*)")


@dataclass
class CastContext:
    text: str
    people: list[str]
    scores: dict[str, int]
    works: frozenset[str]
    # A reading asks after the same names again and again, and nothing in it changes while it
    # lasts: each answer that reads ``people`` is kept. Those asked outside another such question
    # are all the reading learnt of ``people``, so a second reading with other people that would
    # get the same answers to them reads the same pairs (``same_answers``).
    answers: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)
    asked: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)
    depth: int = field(default=0, repr=False, compare=False)

    def ask(self, question, *args):
        """``question(self, *args)``, a pure function of the context and ``args``, asked once."""
        key = (question, *args)
        try:
            found = self.answers[key]
        except KeyError:
            self.depth += 1
            try:
                found = self.answers[key] = question(self, *args)
            finally:
                self.depth -= 1
        if not self.depth:
            self.asked[key] = found
        return found

    def resolve(self, name: str) -> str | None:
        return self.ask(_resolve, name)

    def names(self, name: str) -> bool:
        """``name`` is one of the article's people as written."""
        return self.ask(_names, name)

    def same_answers(self, other: CastContext) -> bool:
        """Every question ``other``'s reading asked gets the same answer here."""
        return all(self.ask(key[0], *key[1:]) == found for key, found in other.asked.items())


def _resolve(ctx: CastContext, name: str) -> str | None:
    return resolve(name, ctx.people)


def _names(ctx: CastContext, name: str) -> bool:
    return name in ctx.people


_FOLLOW_OK = word_set("""
in on at for with and or but who whose which that from to the a an opposite alongside is was will
would has had as since until after before during when while where because though although so than
if y en con que de del para por durante desde hasta por el la los las un una
e ed et und o ou oder avec mit com nel nella dans im sur per pour für che qui der die das den dem le les il lo
du des della delle dei degli do dos no na em à au ao
zu ist war wird hat sind im am vom zum zur es est era è é sei
""")


_LOWER_NEXT = re.compile(r" ([a-zà-ÿ][\w'’-]*)")


def phrase_ends(text: str, end: int) -> bool:
    """A name ends the noun phrase: ``played Nazi hunter Barry`` has an adjective, not a name."""
    nxt = _LOWER_NEXT.match(text[end: end + 30])
    return nxt is None or nxt.group(1) in _FOLLOW_OK


def start_of_body(text: str) -> int:
    """Cast is read from the body: headline case makes every word look like a name."""
    first, sep, _ = text.partition("\n")
    # a first line of a dozen words or more ending in a full stop is the story's opening sentence
    sentence = first.rstrip().endswith(".") and not first.rstrip().endswith("..") and len(first.split()) >= 12
    return len(first) + len(sep) if sep and first.strip() and len(first) < 200 and not sentence else 0


_QUOTED_NICKNAME = re.compile(r" [\"“‘][^\"“”‘’]+[\"”’](?= )")


_ENDS_ABBREVIATED = re.compile(r"(?:^| )(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Jr|Sr)\.$")


@lru_cache(maxsize=4096)  # the same few names are cleaned again and again
def clean_name(name: str) -> str:
    name = _QUOTED_NICKNAME.sub("", " ".join(name.split()).strip(" ,;:"))
    if "/" in name:
        return name
    if name.endswith(".") and not _ENDS_ABBREVIATED.search(name):
        name = name[:-1]
    words = name.split(" ")
    # "Ex-CIA-Agentin Carrie Mathison": a job title built on an acronym opens no name
    while len(words) > 1 and (words[0].lower() in STOP and not _korean_surname(words)
                              or _ACRONYM_PART.search(words[0]) or _ELIDED_NOUN.match(words[0])):
        words = words[1:]
    return " ".join(words)


_ACRONYM_PART = re.compile(r"(?:^|-)[A-Z]{2,}-")
# "L'acteur", "L’attrice": an elided article on a common noun; "O'Brien" and "D'Arcy" keep their capital
_ELIDED_NOUN = re.compile(r"[A-Za-z]['’][a-zà-ÿ]")


_SYLLABLE_NAME = re.compile(rf"[{UPPER}][^\W\d_]*{SYLLABLE}$")


def _korean_surname(words: list[str]) -> bool:
    """``Do Ha-na``, ``So Ji-min``: a surname that is also an English word, before a given name."""
    return len(words[0]) <= 2 and len(words) == 2 and bool(_SYLLABLE_NAME.match(words[1]))


_NAMED_AT_END = re.compile(r"\b(?:named|called)\s*$")


def desc_ok(desc: str) -> bool:
    # "his sidekick and brother, Luigi": a description closed by its comma may join two nouns
    allowed = {"and", "y", "et", "e", "und"} if desc.rstrip().endswith(",") else set()
    if _NAMED_AT_END.search(desc):  # "a version of himself named Jax"
        allowed |= {"version", "himself", "herself", "themselves"}
    return not any(w in _BLOCK_DESC and w not in allowed for w in desc.split())


def person_of(ctx: CastContext, name: str, loose: bool = False) -> str | None:
    """The full name of the person ``name`` means, or None.

    ``loose``: the name sits where only an actor can (``X co-stars as Y``), so a
    well-formed full name is enough.
    """
    return ctx.ask(_person_of, name, loose)


def _person_of(ctx: CastContext, name: str, loose: bool) -> str | None:
    name = clean_name(name)
    if not name or name in ctx.works:
        return None
    found = ctx.resolve(name)
    if found:
        return None if found in ctx.works else found
    words = name.split()
    for k in range(len(words) - 1, 1, -1):  # "Presenti Lorenzo Vitali": a sentence's first word glued on
        if ctx.names(" ".join(words[-k:])):
            return " ".join(words[-k:])
    if full_name(name) and name not in ctx.works and ctx.scores.get(name, 0) >= (0 if loose else 1):
        return name
    return None


def is_person(ctx: CastContext, name: str) -> bool:
    return ctx.ask(_is_person, name)


def _is_person(ctx: CastContext, name: str) -> bool:
    return ctx.names(name) and ctx.scores.get(name, 0) >= 4


def looks_like_character(ctx: CastContext, name: str) -> bool:
    return ctx.ask(_looks_like_character, name)


def _looks_like_character(ctx: CastContext, name: str) -> bool:
    name = clean_name(name)
    words = name.split()
    if not words or name in ctx.works or any(non_person_word(w, i, words) for i, w in enumerate(words)):
        return False
    if words[0].lower() in STOP or any(w.isupper() and len(w) > 1 for w in words):
        return False

    who = ctx.resolve(name)
    return who is None or ctx.scores.get(who, 0) < 4  # a weakly attested "person" may be the role


def person_weight(ctx: CastContext, name: str) -> int:
    """How strongly the article treats ``name`` as a real person."""
    return ctx.ask(_person_weight, name)


def _person_weight(ctx: CastContext, name: str) -> int:
    name = clean_name(name)
    if "/" in name:
        return -5
    words = name.split()
    if words and words[0].lower().strip(".") in HONORIFICS:
        return -3
    full = ctx.resolve(name)
    weight = ctx.scores.get(full or name, 0)
    if full:
        weight += 3
    if len(words) == 1 and not full:
        weight -= 3
    if words and words[0].lower() in FIRST_NAMES:
        weight += 1
    if len(words) >= 2 and not full:
        # people are called by surname later ("Achebe-Kerr is on fire"), characters by first name
        weight += _alone(ctx.text, words[-1], name) - _alone(ctx.text, words[0], name)
    return weight


@lru_cache(maxsize=1024)  # each copies the text: the cast is read twice, with the same names
def _alone(text: str, word: str, full: str) -> int:
    """1 when ``word`` appears on its own, outside mentions of ``full``."""
    if word.lower() in STOP or len(word) < 3:
        return 0
    rest = text.replace(full, " ")
    n = len(word)
    for i in literal_hits(rest, word):
        before = rest[i - 1] if i else ""
        if before and (word_char(before) or before in "'’-"):
            continue
        after = rest[i + n: i + n + 2]
        if after[:1] and (word_char(after[0]) or after[0] == "-"):
            continue
        if len(after) == 2 and after[0] == " " and "A" <= after[1] <= "Z":
            continue
        return 1
    return 0


def full_name(name: str) -> bool:
    words = name.split()
    if any(w[:1].islower() and w not in PARTICLES for w in words):
        return False  # "Fellowship of the Ring"
    return "/" not in name and 2 <= len(words) <= 4 and person_shaped(words) \
        and words[0].lower().strip(".") not in HONORIFICS


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: the last split of ``text[:pos]``. Splits of the
    whole text ending before ``pos`` are splits of ``text[:pos]`` too, so only the rest is searched."""
    ends = _sentence_splits(text)
    k = bisect_left(ends, pos)
    start = ends[k - 1] if k else 0
    rest = [m.end() for m in _SENT_SPLIT.finditer(text, start, pos)]
    return rest[-1] if rest else start


@lru_cache(maxsize=8)
def _sentence_splits(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _SENT_SPLIT.finditer(text))


def core_words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:
        words = words[1:]
    return words
