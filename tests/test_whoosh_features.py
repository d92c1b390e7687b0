"""Every Whoosh feature byline relies on, so an upgrade of the (fast-moving) fork that breaks one fails here."""

from __future__ import annotations

import warnings

import pytest
from whoosh import query as Q
from whoosh.filedb.filestore import RamStorage
from whoosh.highlight import Highlighter, WholeFragmenter
from whoosh.qparser import FuzzyTermPlugin, QueryParser

from search.engine.schema import SCHEMA, TEXT_ANALYZER

DOCS = [
    ("a", "Eddie tells Dustin I love you, man, before the end."),
    ("b", "Dustin hears I love you, dude, in the copy."),
    ("c", "The writers improvised a kiss between Joyce and Hopper."),
    ("d", "Stranger Things writers improvise another kiss for Joyce and Hopper."),
]


@pytest.fixture(scope="module")
def ix():
    ix = RamStorage().create_index(SCHEMA)
    with ix.writer() as w:
        for i, (doc_id, body) in enumerate(DOCS):
            w.add_document(id=doc_id, type="article", title=doc_id, body=body, date=20220101 + i,
                           speaker="matt duffer,duffer")
    return ix


def search(ix, q, **kw):
    with ix.searcher() as s:
        return [h["id"] for h in s.search(q, limit=None, **kw)]


def test_import_is_warning_free():
    import importlib

    import whoosh

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        importlib.reload(whoosh)


def test_phrase_uses_positions(ix):
    p = QueryParser("body", SCHEMA)
    assert search(ix, p.parse('"love you, man"')) == ["a"]
    assert search(ix, p.parse('"man love"')) == []


def test_stemming_and_char_offsets():
    tokens = [(t.text, t.startchar, t.endchar) for t in TEXT_ANALYZER("They improvised.", chars=True)]
    assert ("improvis", 5, 15) in tokens


def test_highlights(ix):
    with ix.searcher() as s:
        hits = s.search(QueryParser("body", SCHEMA).parse("improvise"), terms=True)
        hits.highlighter = Highlighter(fragmenter=WholeFragmenter())
        assert all("improvis" in h.highlights("body").lower() for h in hits)


def test_field_queries_and_numeric_ranges(ix):
    p = QueryParser("body", SCHEMA)
    assert set(search(ix, p.parse('speaker:"matt duffer"'))) == {"a", "b", "c", "d"}
    assert search(ix, Q.NumericRange("date", 20220102, 20220103)) == ["b", "c"] or \
        set(search(ix, Q.NumericRange("date", 20220102, 20220103))) == {"b", "c"}


def test_fuzzy_plugin(ix):
    p = QueryParser("body", SCHEMA)
    p.add_plugin(FuzzyTermPlugin())
    assert "a" in search(ix, p.parse("edde~1"))


def test_more_like_this(ix):
    with ix.searcher() as s:
        n = s.document_number(id="c")
        assert "d" in [h["id"] for h in s.more_like(n, "body")]


def test_spelling_suggestions(ix):
    with ix.searcher() as s:
        assert "dustin" in s.corrector("body").suggest("dustn", limit=3)
