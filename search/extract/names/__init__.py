"""Word lists and the tokenizer that finds runs of capitalised words which may be names.

The lists describe the language of entertainment journalism (role nouns, honorifics,
words that make a capitalised run an organisation or a place), never particular people.
"""

from search.extract.names.lexicon import (
    COMPOUND_TAILS,
    CREDIT_LABELS,
    FIRST_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    NON_PERSON,
    PARTICLES,
    PERSON_VERBS,
    ROLE_NOUNS,
    STOP,
    word_set,
)
from search.extract.names.runs import (
    Run,
    given_syllable,
    given_syllable_name,
    is_cap,
    literal_hits,
    literal_matches,
    runs,
    strip_possessive,
    word_char,
)
from search.extract.names.shape import non_person_word, person_shaped, strip_title

__all__ = [
    "COMPOUND_TAILS", "CREDIT_LABELS", "FIRST_NAMES", "HONORIFICS", "NAME_SUFFIXES", "NON_PERSON", "PARTICLES",
    "PERSON_VERBS", "ROLE_NOUNS", "STOP", "Run", "given_syllable", "given_syllable_name", "is_cap", "literal_hits",
    "literal_matches", "non_person_word", "person_shaped", "runs", "strip_possessive", "strip_title", "word_char",
    "word_set",
]
