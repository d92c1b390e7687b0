"""Whoosh query shapes the library builds: articles only, quote records, a name as a phrase."""

from __future__ import annotations

import copy

from whoosh import query as Q
from whoosh import sorting

from search.query.analysis import stems

# Fields no quote record has (index format 2): a query on these alone finds articles only.
ARTICLE_ONLY = frozenset({"title", "body", "person", "character", "story", "copy_of"})


def count_records(s, kind: str) -> int:
    return sum(1 for _ in s.document_numbers(type=kind)) if s else 0


def leaves(q: Q.Query):
    return [q] if q.is_leaf() else list(q.leaves())


def articles_only(q: Q.Query) -> bool:
    """Whether only an article can match ``q``: every word is on an article-only field, and
    nothing is negated (``-word`` matches every record without the word, quotes too)."""
    if isinstance(q, Q.Not):
        return False
    if q.is_leaf():
        return getattr(q, "fieldname", None) in ARTICLE_ONLY
    return all(articles_only(c) for c in q.children())


def on_quotes(q: Q.Query) -> Q.Query:
    """``q`` for quote records: a plain word looks in the quote's own words, which stand where
    an article has its title and body (``speaker:quinn love`` is quotes by Quinn with "love")."""
    if q.is_leaf():
        if getattr(q, "fieldname", None) in ("title", "body"):
            q = copy.copy(q)
            q.fieldname = "quote"
        return q
    return q.apply(on_quotes)


def mentions(q: Q.Query, fields: tuple[str, ...]) -> bool:
    return any(getattr(leaf, "fieldname", None) in fields for leaf in leaves(q))


def body_phrase(name: str) -> Q.Query:
    words = stems(name)
    return Q.Phrase("body", words) if len(words) > 1 else Q.Term("body", words[0] if words else name)


UNDATED = 10**8  # dates are YYYYMMDD; anything from here up is the date column's "no date"


# Newest first with undated articles last (the column's "no date" is its largest value).
NEWEST_FIRST = sorting.TranslateFacet(lambda d: d if d < UNDATED else 0, sorting.FieldFacet("date"))


def date_text(n: int | None) -> str | None:
    # An undated article reads back from the date column as its "missing" value, 2**32 - 1.
    return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" if n and n < UNDATED else None


def swap_term(q: Q.Query, field: str, text: str, replacement: Q.Query) -> Q.Query:
    """``q`` with its ``field:text`` term replaced by ``replacement``."""
    def swap(node: Q.Query) -> Q.Query:
        if node.is_leaf() and getattr(node, "fieldname", None) == field and str(getattr(node, "text", "")) == text:
            return replacement
        return node
    return q.accept(swap)
