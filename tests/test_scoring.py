"""The length-cached BM25F scores exactly as Whoosh's own, and really uses its cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.engine import index as idx
from search.engine.scoring import BM25F
from search.engine.top import _whoosh_top
from search.engine.whoosh_internals import length_bytes
from search.query.parser import parse

DEV = Path(__file__).parent / "data" / "devcorpus" / "articles"


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    where = tmp_path_factory.mktemp("ix")
    idx.update([DEV], where)
    return idx.open_index(where)


@pytest.mark.parametrize("text", ["season", "casting director", '"season 2"', "premiere OR finale",
                                  "actor:oduya", "season -trailer"])
def test_same_ranking_and_scores_as_whoosh(ix, text):
    q = parse(text).query
    with ix.searcher() as plain, ix.searcher(weighting=BM25F()) as fast:
        want = [(d, sc) for d, sc in _whoosh_top(plain, q, 50).hits]
        got = [(d, sc) for d, sc in _whoosh_top(fast, q, 50).hits]
    assert want and got == want


def test_lengths_are_read_once_per_segment(ix):
    with ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            lengths = length_bytes(sub.reader(), "body")
            assert isinstance(lengths, bytes) and 0 < len(lengths) <= sub.reader().doc_count_all()
            assert length_bytes(sub.reader(), "body") is lengths
