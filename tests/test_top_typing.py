"""Searching as a query is typed: the words already typed are not read again at each key, and a
word that is in no document ends the search before a common word beside it is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.engine import index as idx
from search.engine import top as T
from search.engine import whoosh_internals as internals
from search.engine.scoring import BM25F
from search.query.parser import bounded, parse

DEV = Path(__file__).parent / "data" / "devcorpus" / "articles"
TYPED = "season premiere"


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    where = tmp_path_factory.mktemp("ix")
    idx.update([DEV], where)
    return idx.open_index(where)


def _reads(monkeypatch) -> list[str]:
    read: list[str] = []
    blocks = internals.term_blocks

    def counting(reader, field, text, fmt):
        read.append(text)
        return blocks(reader, field, text, fmt)

    monkeypatch.setattr(internals, "term_blocks", counting)
    return read


def test_each_keystroke_answers_as_whoosh_does_with_postings_kept(ix):
    with ix.searcher(weighting=BM25F()) as s:
        for n in range(1, len(TYPED) + 1):
            q = bounded(parse(TYPED[:n]).query, s.reader())
            want, got = T._whoosh_top(s, q, 10), T.top(s, q, 10)
            assert got.fast and (got.total, got.hits) == (want.total, want.hits), TYPED[:n]


def test_a_word_already_typed_is_not_read_again(ix, monkeypatch):
    read = _reads(monkeypatch)
    with ix.searcher(weighting=BM25F()) as s:
        first = T.top(s, parse("season").query, 10)
        assert "season" in read
        read.clear()
        again = T.top(s, parse("season premiere").query, 10)
        assert "premier" in read and "season" not in read  # as the analyzer stems it
        assert first.total >= again.total > 0


def test_a_word_in_no_document_stops_the_search_before_the_common_word(ix, monkeypatch):
    read = _reads(monkeypatch)
    with ix.searcher(weighting=BM25F()) as s:
        found = T.top(s, parse("season zzqx").query, 10)
    assert found.total == 0 and found.fast
    assert "season" not in read


def test_kept_postings_stay_within_their_bound(ix, monkeypatch):
    monkeypatch.setattr(internals, "POSTINGS_CACHED", 1)
    with ix.searcher(weighting=BM25F()) as s:
        for word in ("season", "premiere", "trailer", "cast"):
            T.top(s, parse(word).query, 5)
        for sub, _ in s.leaf_searchers():
            kept = internals.reader_cache(sub.reader()).get("postings", {})
            assert len(kept) <= 1
