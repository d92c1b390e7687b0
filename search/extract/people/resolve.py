"""Which full name a surname, first name or spelling means, in an article or a corpus."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher

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


def respell_actors(extractions: dict[str, Extraction]) -> None:
    """``Rober Downey Jr`` in one article, ``Robert Downey Jr.`` in others: the actor the
    misspelling means, when exactly one person the rest of the corpus names is that close.
    Changes the extractions in place."""
    named_in: dict[str, set[str]] = {}
    by_word: dict[str, set[str]] = {}
    for aid, ex in extractions.items():
        for name in ex.people:
            named_in.setdefault(name, set()).add(aid)
            for word in name.replace(".", "").lower().split():
                by_word.setdefault(word, set()).add(name)
    for aid, ex in extractions.items():
        for i, pair in enumerate(ex.cast):
            if named_in.get(pair.actor, set()) - {aid}:
                continue  # another article spells it so too
            # only names sharing a word can be this close, so only those are compared
            sharing = set().union(*(by_word.get(w, set()) for w in pair.actor.replace(".", "").lower().split()))
            near = {n for n in sharing
                    if n != pair.actor and named_in[n] - {aid} and _misspelt(pair.actor, n)}
            if len(near) != 1:
                continue
            right = near.pop()
            ex.cast[i] = replace(pair, actor=right)
            ex.people = sorted({right if p == pair.actor else p for p in ex.people} | {right})


def _misspelt(written: str, name: str) -> bool:
    a, b = written.replace(".", "").lower(), name.replace(".", "").lower()
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(a) < 8 or not set(wa) & set(wb) or [w[0] for w in wa] != [w[0] for w in wb]:
        return False
    if _plain(a) == _plain(b):
        return False  # "America" and "América": each article's own spelling, both right
    return a != b and SequenceMatcher(None, a, b).ratio() >= 0.9


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
