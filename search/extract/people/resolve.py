"""Which full name a surname, first name or spelling means, in an article or a corpus."""

from __future__ import annotations

from search.extract.names.lexicon import NAME_SUFFIXES
from search.extract.names.runs import strip_possessive
from search.extract.names.shape import strip_title
from search.model import Extraction


def resolve(name: str, people: list[str]) -> str | None:
    """The one full name in ``people`` that ``name`` (a full name, surname or first name) means.

    None when no person or more than one fits: a wrong name is worse than none.
    """
    name = " ".join(name.split())
    if not name:
        return None
    if name in people:
        return name
    bare, _ = strip_possessive(name)
    words, _ = strip_title(bare.split())
    if not words:
        return None
    key = " ".join(words)
    if key in people:
        return key
    lowered = {p.lower(): p for p in people}
    if key.lower() in lowered:
        return lowered[key.lower()]
    found = {p for p in people if _means(words, p.split())}
    return found.pop() if len(found) == 1 else None


def _means(words: list[str], full: list[str]) -> bool:
    while len(full) > 2 and full[-1].lower() in NAME_SUFFIXES:
        full = full[:-1]  # "Robert Downey Jr." is "Downey"
    if len(words) == 1:
        w = words[0].lower()
        surname = [x.lower() for x in full[1:]]
        return w == full[0].lower() or w == surname[-1] if surname else False
    # "del Toro", "Campbell Bower": a tail of the full name
    if len(words) < len(full) and [x.lower() for x in full[-len(words):]] == [x.lower() for x in words]:
        return True
    # "Matt Duffer" vs "Matthew Duffer" is a guess; only exact first + last counts
    return words[0].lower() == full[0].lower() and words[-1].lower() == full[-1].lower()


def corpus_people(extractions: dict[str, Extraction]) -> list[str]:
    """Every full name named anywhere in the corpus, for ``resolve`` when an article lacks one."""
    return sorted({name for ex in extractions.values() for name in ex.people})


def resolve_in_corpus(name: str, article_people: list[str], everyone: list[str]) -> str | None:
    """``name`` as the article's own person, failing that the one person of that name in the corpus."""
    return resolve(name, article_people) or resolve(name, everyone)
