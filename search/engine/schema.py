"""The Whoosh schema: one document per article and one per quote, told apart by ``type``."""

from __future__ import annotations

from collections import Counter

from whoosh import fields, formats
from whoosh.analysis import StemmingAnalyzer, Token
from whoosh.analysis.analyzers import Analyzer

from search.query.analysis import name_keys  # noqa: F401 (name_keys: the records')

# No stop list: a phrase such as "I love you, man" must keep every word it was typed with.
# ``search.query.analysis.words`` reads text the same way for everything outside Whoosh.
TEXT_ANALYZER = StemmingAnalyzer(stoplist=None, minsize=1)

# A phrase of two common words decoded the positions of every document holding both (20 ms at
# 4,000 articles, growing with the corpus). Each text field also indexes its pairs of
# consecutive common words, so such a phrase is one term, and each pair's posting weight carries
# both words' counts in the document, so the phrase is scored as Whoosh scores it without
# reading the words' postings. Pairs of every word made writing the index seven times slower
# (most pairs are new terms); a phrase with a rarer word has few documents to check anyway.
PAIR_WORDS = 100  # the words in most of the first articles indexed: the index keeps them for good
# few enough that a new index's first commit (and first search) still comes within seconds
PAIR_SAMPLE = 30  # articles
PAIR_COUNT_LIMIT = 4096  # a count this high or more is not carried: the phrase decodes positions


def pair_weight(first: int, second: int) -> float:
    """Both counts in one posting weight; exact, since weights are 32-bit floats (24-bit mantissa)."""
    limit = PAIR_COUNT_LIMIT - 1
    return float(min(first, limit) * PAIR_COUNT_LIMIT + min(second, limit))


def pair_counts(weight: float) -> tuple[int, int] | None:
    """The two counts ``pair_weight`` packed, or None when one was too high to carry."""
    first, second = divmod(int(weight), PAIR_COUNT_LIMIT)
    limit = PAIR_COUNT_LIMIT - 1
    return None if first == limit or second == limit else (first, second)


def pair_term(first: str, second: str) -> str:
    return f"{first} {second}"


class PairAnalyzer(Analyzer):
    """One token per distinct pair of consecutive words that are both in ``common``, as
    ``TEXT_ANALYZER`` reads them (so as a phrase matches them), weighted by ``pair_weight``."""

    def __init__(self, common: frozenset[str] = frozenset()):
        self.common = common

    def __call__(self, value: str, **kwargs):
        if not self.common:
            return
        common = self.common
        words = [t.text for t in TEXT_ANALYZER(value)]
        counts = Counter(words)
        for first, second in dict.fromkeys(zip(words, words[1:], strict=False)):
            if first in common and second in common:
                yield Token(text=pair_term(first, second), boost=pair_weight(counts[first], counts[second]))


class PairWeights(formats.Existence):
    """A posting per document with the analyzer's weight and no value: no positions, no counts."""

    def word_values(self, value, analyzer, **kwargs):
        return ((t.text, 1, t.boost, b"") for t in analyzer(value))


def pairs_field(field: str) -> str:
    return f"{field}_pairs"


def paired_words(schema, field: str) -> frozenset[str]:
    """The words whose pairs ``field`` indexes: none in an index written before pairs."""
    paired = pairs_field(field)
    return getattr(schema[paired].analyzer, "common", frozenset()) if paired in schema else frozenset()


def common_words(texts) -> frozenset[str]:
    """The ``PAIR_WORDS`` words in the most of ``texts``, ties going to the first in order: by
    the count alone they went by the order of a set, so the same files indexed twice could keep
    different pairs."""
    found: Counter = Counter()
    for text in texts:
        found.update({t.text for t in TEXT_ANALYZER(text)})
    return frozenset(sorted(found, key=lambda w: (-found[w], w))[:PAIR_WORDS])


def with_pairs(doc: dict) -> dict:
    """A record as Whoosh indexes it: its text fields again, read as pairs."""
    for field in TEXT_FIELDS:
        if doc.get(field):
            doc[pairs_field(field)] = doc[field]
    return doc


def schema_pairing(common: frozenset[str]) -> fields.Schema:
    """``SCHEMA`` with the pairs of ``common`` indexed; the index stores its schema, words included."""
    schema = SCHEMA.copy()
    for field in TEXT_FIELDS:
        schema.remove(pairs_field(field))
        schema.add(pairs_field(field), _pairs_type(common))
    return schema


def _pairs_type(common: frozenset[str] = frozenset()) -> fields.FieldType:
    return fields.FieldType(PairWeights(), PairAnalyzer(common), scorable=False)


# Names match whole ("matt duffer") or by surname ("duffer"), case-insensitively.
NAMES = fields.KEYWORD(lowercase=True, commas=True, scorable=True)

SCHEMA = fields.Schema(
    id=fields.ID(unique=True, stored=True),
    type=fields.ID(stored=True),  # "article" or "quote"
    article=fields.ID(stored=True),  # the article a quote belongs to
    title=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=2.0),
    # Positions for phrases, but no character offsets: spans are found by re-analysing only
    # the texts on screen, and decoding stored offsets made every phrase query slower.
    body=fields.TEXT(analyzer=TEXT_ANALYZER, stored=True),
    # yyyymmdd, so ranges are numeric; a column, so counting matches by month reads no documents
    date=fields.NUMERIC(int, bits=32, stored=True, signed=False, sortable=True),
    quote=fields.TEXT(analyzer=TEXT_ANALYZER),
    speaker=NAMES,
    person=NAMES,
    actor=NAMES,
    character=NAMES,
    kind=fields.KEYWORD(lowercase=True, commas=True),
    story=fields.ID(stored=True),
    copy_of=fields.ID(stored=True),
    data=fields.STORED,  # the article's extraction as JSON, so the reader needs no file
    # No pairs until the index knows its common words (``schema_pairing``).
    title_pairs=_pairs_type(),
    body_pairs=_pairs_type(),
    quote_pairs=_pairs_type(),
)

TEXT_FIELDS = ("title", "body", "quote")
NAME_FIELDS = ("speaker", "person", "actor", "character")
