"""Whether a run of words has the shape of a person's name, and the titles in front of one."""

from __future__ import annotations

from search.extract.names.lexicon import FIRST_NAMES, HONORIFICS, MONTH_NAMES, NON_PERSON, PARTICLES, ROLE_NOUNS
from search.extract.names.runs import given_syllable_name


def non_person_word(word: str, i: int, words: list[str]) -> bool:
    """``word`` (at ``i`` in ``words``) makes the run an organisation, place or date."""
    w = word.lower().strip(".")
    if i == 0 and len(words) == 2 and given_syllable_name(words[1]):
        return False  # "Park Seo-yun": a Korean surname that is also an English word
    if w in MONTH_NAMES and i < len(words) - 1 and i == next(
            (k for k, x in enumerate(words) if x.lower().strip(".") not in HONORIFICS), 0):
        return False  # a given name before a surname, not "June 2024"
    if w in SURNAME_TOO and i == len(words) - 1 and i > 0 and words[i - 1].lower() in FIRST_NAMES:
        return False  # "Owen West", "Ines Plaza": a surname after a given name, not "North Carolina"
    return w in NON_PERSON


# place words that are surnames too ("Kanye West")
SURNAME_TOO = frozenset(("north", "south", "east", "west", "plaza", "hall", "house"))


def person_shaped(words: list[str]) -> bool:
    """Two to five words, none of them an organisation, place or time word."""
    core = [w for w in words if w not in PARTICLES]
    if not 2 <= len(core) <= 5:
        return False
    if any(non_person_word(w, i, core) or w.endswith(("n't", "n’t")) for i, w in enumerate(core)):
        return False  # "Hips Don't Lie": a verb's contraction makes the run a title
    # acronyms and SHOUTED script text are not names; "Jean DUJARDIN" shouts only the surname
    shouted = [i for i, w in enumerate(core) if w.rstrip(".").isupper() and len(w.rstrip(".")) > 1 and "$" not in w]
    return not shouted or _shouted_surname(core, shouted)


def _shouted_surname(core: list[str], shouted: list[int]) -> bool:
    """``Jean DUJARDIN``, ``Marion COTILLARD``: a given name as written, then the surname in capitals,
    as French and German copy writes it; not ``Disney UK`` or ``Amazon MGM``."""
    given = core[0]
    return (shouted[0] > 0 and shouted == list(range(shouted[0], len(core))) and given[1:].islower()
            and (given.lower() in FIRST_NAMES or all(len(core[i]) >= 4 for i in shouted)))


def strip_title(words: list[str]) -> tuple[list[str], str | None]:
    """Leading honorifics/role nouns off a run: (rest, what was stripped or None)."""
    i = 0
    while i < len(words) - 1 and (words[i].lower().strip(".") in HONORIFICS or role_noun(words[i].lower())):
        i += 1
    # "Schweizer Schauspieler Anselm Gruber": German capitalises the adjective before the role noun too
    if i == 0 and len(words) >= 4 and role_noun(words[1].lower()) and not role_noun(words[0].lower()):
        i = 2
    return words[i:], (" ".join(words[:i]) or None)


# German joins a role noun to what qualifies it: "Hauptdarsteller", "Emmy-Preisträger"
_COMPOUND_ROLE_TAILS = ("darsteller", "darstellerin", "schauspieler", "schauspielerin", "regisseur",
                        "regisseurin", "preisträger", "preisträgerin", "produzent", "produzentin")


def role_noun(word: str) -> bool:
    return (word in ROLE_NOUNS or word.rpartition("-")[2] in ROLE_NOUNS
            or (len(word) > 10 and word.endswith(_COMPOUND_ROLE_TAILS)))
