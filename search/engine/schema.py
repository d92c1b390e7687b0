"""The Whoosh schema: one document per article and one per quote, told apart by ``type``."""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import StemmingAnalyzer

from search.query.analysis import name_keys  # noqa: F401 (name_keys: the records')

# No stop list: a phrase such as "I love you, man" must keep every word it was typed with.
# ``search.query.analysis.words`` reads text the same way for everything outside Whoosh.
TEXT_ANALYZER = StemmingAnalyzer(stoplist=None, minsize=1)

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
)

TEXT_FIELDS = ("title", "body", "quote")
NAME_FIELDS = ("speaker", "person", "actor", "character")
