"""Top-N by posting blocks: the same articles, order, scores and totals as Whoosh's collector."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from whoosh import query as Q

from search.engine import index as idx
from search.engine import months as M
from search.engine import top as T
from search.engine.schema import PAIR_WORDS, paired_words
from search.engine.scoring import BM25F
from search.query.parser import bounded, parse

DEV = Path(__file__).parent / "data" / "devcorpus" / "articles"
QUERIES = ["season", "casting director", "premiere OR finale", "season AND (trailer OR cast)", "seas*",
           "stranger~", "actor:oduya", "speaker:okafor", "title:glasswater", "zzzunknown", "glas* OR zzq*",
           '"season 2"', '"the first season"', '"season season"', 'trailer "season 2" OR "box office"',
           'title:"season 2"', '"zzq season"', "season date:2024", "date:2024-07", "date:2024",
           "casting date:[2024-01-01 TO 2024-08-31]", "date:[2024-09-01 TO 2024-12-31] OR trailer", "date:1999 season"]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    """The devcorpus in several segments, one with deleted documents (a changed article)."""
    corpus = tmp_path_factory.mktemp("corpus")
    where = tmp_path_factory.mktemp("ix")
    files = sorted(DEV.iterdir())
    half = len(files) // 2
    for f in files[:half]:
        shutil.copy(f, corpus / f.name)
    idx.update([corpus], where)
    for f in files[half:]:
        shutil.copy(f, corpus / f.name)
    idx.update([corpus], where)
    changed = corpus / files[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more season note.\n", encoding="utf-8")
    idx.update([corpus], where)
    ix = idx.open_index(where)
    with ix.searcher() as s:
        assert len(s.leaf_searchers()) > 1 and any(sub.reader().has_deletions() for sub, _ in s.leaf_searchers())
    return ix


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("kind", [None, "article", "quote"])
@pytest.mark.parametrize("limit", [1, 5, 100])
def test_same_top_as_whoosh(ix, text, kind, limit):
    with ix.searcher(weighting=BM25F()) as s:
        q = bounded(parse(text).query, s.reader())
        if kind:
            q = Q.And([q, Q.Term("type", kind)])
        assert T.supported(q)
        want, got = T._whoosh_top(s, q, limit), T.top(s, q, limit)
    # Not Whoosh's collector in disguise: a whoosh3 release that changes what the fast path reads
    # would otherwise give the same answer, only slower.
    assert got.fast and not want.fast
    assert got.total == want.total
    assert [d for d, _ in got.hits] == [d for d, _ in want.hits]
    assert [round(x, 9) for _, x in got.hits] == [round(x, 9) for _, x in want.hits]


def test_the_common_queries_take_the_fast_path(ix):
    for text in ("season finale", "premiere OR finale", '"season finale"', 'cast "season 2"'):
        assert T.supported(parse(text).query)
    assert not T.supported(parse('"season finale"~3').query) and not T.supported(parse("season -finale").query)


def test_changed_whoosh_internals_fall_back_and_say_so(ix, monkeypatch):
    from types import SimpleNamespace

    from search.engine import whoosh_internals

    # A release whose term matchers no longer hold their block in ``_data``.
    monkeypatch.setattr(whoosh_internals, "_matcher", lambda *a: SimpleNamespace(is_active=lambda: True))
    with ix.searcher(weighting=BM25F()) as s:
        q = parse("season OR trailer").query
        want, got = T._whoosh_top(s, q, 10), T.top(s, q, 10)
    assert not got.fast and got == want


@pytest.mark.parametrize("text", ["season", "cast OR trailer", '"season 2"', "title:glasswater"])
def test_months_of_a_supported_query_skip_whoosh(ix, monkeypatch, text):
    with ix.searcher(weighting=BM25F()) as s:
        q = Q.And([parse(text).query, Q.Term("type", "article")])
        monkeypatch.setattr(type(s), "docs_for_query", lambda *a, **k: pytest.fail("Whoosh walked the matches"))
        assert sum(M.months(s, q).values()) > 0


def test_what_it_cannot_score_goes_to_whoosh(ix):
    with ix.searcher(weighting=BM25F()) as s:
        q = parse('"season finale"~3 -trailer').query
        want, got = T._whoosh_top(s, q, 10), T.top(s, q, 10)
    assert got.hits and got == want


@pytest.mark.parametrize("text", ["season", "cast OR trailer", '"season 2"', '"season finale"~3 -trailer', "zzq",
                                  "season date:2024"])
def test_months_count_every_match_by_its_stored_date(ix, text):
    with ix.searcher(weighting=BM25F()) as s:
        q = Q.And([parse(text).query, Q.Term("type", "article")])
        want: dict[int, int] = {}
        for docnum in s.docs_for_query(q):
            if date := s.stored_fields(docnum).get("date"):
                want[date // 100] = want.get(date // 100, 0) + 1
        assert dict(M.months(s, q)) == want
    with ix.searcher() as plain:  # Whoosh's own scorer: words it cannot score go to Whoosh
        assert dict(M.months(plain, q)) == want
    assert want or text == "zzq"


def test_the_date_column_is_read_whole_not_a_value_at_a_time(ix, monkeypatch):
    from whoosh import columns

    def slow(self):
        raise AssertionError("read a value at a time")

    monkeypatch.setattr(columns.ColumnReader, "load", slow)
    monkeypatch.setattr(columns.NumericColumn.Reader, "load", slow)
    with ix.searcher(weighting=BM25F()) as s:  # a fresh reader: nothing cached yet
        q = Q.And([parse("season").query, Q.Term("type", "article")])
        assert sum(M.months(s, q).values()) > 0


@pytest.mark.parametrize("text", ['"season 2"', '"the first"', 'title:"season 2"', '"season season"', '"zzq season"'])
def test_a_phrase_of_two_words_reads_their_pair_not_positions(ix, monkeypatch, text):
    with ix.searcher(weighting=BM25F()) as s:
        q = bounded(parse(text).query, s.reader())
        common = paired_words(s.schema, "body")
        assert len(common) == PAIR_WORDS and {"season", "2", "the", "first"} <= common
        want = T._whoosh_top(s, q, 100)  # Whoosh checks positions itself, not through this module
        monkeypatch.setattr(T.internals, "term_positions", lambda *a: pytest.fail("positions read"))
        got = T.top(s, q, 100)
    assert got.fast and got.total == want.total
    assert [(d, round(x, 9)) for d, x in got.hits] == [(d, round(x, 9)) for d, x in want.hits]
    assert want.total or "zzq" in text or "season season" in text


def test_counts_too_high_for_a_pair_weight_are_found_by_positions(tmp_path):
    from array import array

    from whoosh.filedb.filestore import FileStorage

    from search.engine.schema import PAIR_COUNT_LIMIT, pair_counts, pair_weight, schema_pairing, with_pairs

    # Weights are stored as 32-bit floats: the packed counts survive them.
    for counts in [(1, 1), (7, 300), (PAIR_COUNT_LIMIT - 2, PAIR_COUNT_LIMIT - 2)]:
        assert pair_counts(array("f", [pair_weight(*counts)])[0]) == counts
    assert pair_counts(pair_weight(PAIR_COUNT_LIMIT + 5, 1)) is None
    ix = FileStorage(str(tmp_path)).create_index(schema_pairing(frozenset({"drum", "roll"})))
    with ix.writer() as w:
        w.add_document(**with_pairs({"id": "a", "type": "article", "body": "drum roll " * PAIR_COUNT_LIMIT}))
        w.add_document(**with_pairs({"id": "b", "type": "article", "body": "a drum roll, then the finale"}))
        w.add_document(**with_pairs({"id": "c", "type": "article", "body": "roll the drum"}))
    with ix.searcher(weighting=BM25F()) as s:
        assert ("body_pairs", "drum roll") in s.reader()
        q = parse('"drum roll"').query
        want, got = T._whoosh_top(s, q, 10), T.top(s, q, 10)
    assert got.fast and got.total == want.total == 2
    assert [(d, round(x, 9)) for d, x in got.hits] == [(d, round(x, 9)) for d, x in want.hits]


def test_longer_phrases_check_positions_only_where_every_pair_is(ix, monkeypatch):
    decoded = []
    real = T.internals.term_positions

    def counting(reader, field, text, fmt, wanted):
        decoded.extend(wanted)
        return real(reader, field, text, fmt, wanted)

    monkeypatch.setattr(T.internals, "term_positions", counting)
    with ix.searcher(weighting=BM25F()) as s:
        q = bounded(parse('"the first season"').query, s.reader())
        want, got = T._whoosh_top(s, q, 100), T.top(s, q, 100)
        words = sum(len(T._scores(s, Q.And([Q.Term(p.fieldname, w) for w in p.words]))) for p in q.subqueries)
        pairs = sum(len(T._scores(s, Q.And([Q.Term(f"{p.fieldname}_pairs", t) for t in ("the first", "first season")])))
                    for p in q.subqueries)
    assert got.fast and got.total == want.total > 0
    assert [(d, round(x, 9)) for d, x in got.hits] == [(d, round(x, 9)) for d, x in want.hits]
    # Each word's positions, in the documents that hold every pair: not in all that hold every word.
    assert len(decoded) == 3 * pairs < 3 * words


@pytest.mark.parametrize("text", ["", "season", "casting director", "season -trailer", "zzzunknown", "date:2024"])
@pytest.mark.parametrize("limit", [1, 5, 100])
def test_newest_first_is_whooshs_date_sort(ix, text, limit):
    from search.engine.shapes import NEWEST_FIRST, UNDATED

    with ix.searcher(weighting=BM25F()) as s:
        articles = Q.Term("type", "article")
        q = Q.And([bounded(parse(text).query, s.reader()), articles]) if text else articles
        want = s.search(q, limit=limit, sortedby=NEWEST_FIRST, reverse=True)
        got = T.newest(s, q, limit)
        keys = [key for _, key in T.newest(s, articles, 1000).hits]
    # Undated articles and equal dates are there to be ordered: ties go to the later document.
    assert 0 in keys and len(set(keys)) < len(keys) and max(keys) < UNDATED
    assert got.fast == T.supported(q)
    assert got.total == len(want)
    assert got.hits == [(hit.docnum, hit.score) for hit in want]
