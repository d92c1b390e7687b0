"""Segments merged by copying their postings blocks whole hold exactly what one segment written
from the same documents holds: every posting, every term's statistics, stored fields and field
lengths, and so the same answers and scores. Only where blocks begin and end may differ."""

from __future__ import annotations

import random
from array import array
from io import BytesIO

import pytest
from whoosh import fields
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Positions
from whoosh.qparser import QueryParser
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from search.engine import merging, top, writer
from search.engine import whoosh_internals as internals
from search.engine.codec import _HEAD, MAGIC, ArrayCodec, ArrayLeafMatcher, ArrayPostingsWriter
from search.engine.scoring import BM25F
from search.engine.writer import Writer

SCHEMA = fields.Schema(
    id=fields.ID(stored=True, unique=True),
    body=fields.TEXT(stored=True),  # positions
    title=fields.TEXT(field_boost=2.0),  # weights other than 1
    tags=fields.KEYWORD(scorable=True),
    day=fields.NUMERIC(int, stored=True, sortable=True),  # several terms a value, and a column
    note=fields.TEXT(),  # in a few runs of documents: lengths missing around them
)
BLOCK = 128  # ArrayCodec's postings a block


def _doc(k: int, rng: random.Random) -> dict:
    words = ["alpha"] * rng.randint(1, 3) + ["beta", "every"]  # a few blocks a segment
    if k % 2:
        words += ["gamma", "delta"]  # a block and a part
    if k % 3 == 0:
        words.append(f"mid{k % 4}")  # parts of blocks
    words += [f"rare{rng.randrange(60)}", f"only{k}"]
    if 650 <= k < 700:
        words.append("late")  # in one segment only
    rng.shuffle(words)
    doc = {"id": f"d{k}", "body": " ".join(words), "title": " ".join(words[:3]),
           "tags": " ".join(sorted({f"t{k % 7}", f"t{k % 11}"})), "day": 20240100 + k % 31}
    if k % 50 < 10:
        doc["note"] = " ".join(words[: 1 + k % 4])
    return doc


DOCS = [_doc(k, random.Random(k)) for k in range(1400)]
BATCHES = [range(0, 300), range(300, 600), range(600, 900)]
DELETED = ["d310", "d311", "d450", "d777", "d899"]  # between a term's postings, and in them
MERGED = range(900, 1100)  # new documents written with the merge
LATER = range(1100, 1400)  # a segment merged with the merged one
DELETED_LATER = ["d50"]


def _writer(ix, writer_class=Writer, codec=ArrayCodec):
    return writer_class(ix, codec=codec(), limitmb=256)


def _merged(path, writer_class=Writer, merging_codec=ArrayCodec) -> object:
    """The documents in three segments, some deleted, merged with new ones into one segment
    (written by ``merging_codec``), which is merged again with a fourth."""
    path.mkdir()
    ix = FileStorage(str(path)).create_index(SCHEMA)
    for batch in BATCHES:
        w = _writer(ix, writer_class)
        for k in batch:
            w.add_document(**DOCS[k])
        w.commit(merge=False)
    w = _writer(ix, writer_class)
    for doc_id in DELETED:
        w.delete_by_term("id", doc_id)
    w.commit(merge=False)
    w = _writer(ix, writer_class, merging_codec)
    for k in MERGED:
        w.add_document(**DOCS[k])
    w.commit(optimize=True)
    assert len(ix._segments()) == 1
    w = _writer(ix, writer_class)
    for k in LATER:
        w.add_document(**DOCS[k])
    w.commit(merge=False)
    w = _writer(ix, writer_class, merging_codec)
    for doc_id in DELETED_LATER:
        w.delete_by_term("id", doc_id)
    w.commit(optimize=True)  # a merged segment merged again, its partial blocks in the middle of terms
    assert len(ix._segments()) == 1
    return ix


def _one_segment(path, ids: list[str]) -> object:
    """Documents written at once, in the order given."""
    path.mkdir()
    ix = FileStorage(str(path)).create_index(SCHEMA)
    w = _writer(ix)
    for doc_id in ids:
        w.add_document(**DOCS[int(doc_id[1:])])
    w.commit(merge=False)
    assert len(ix._segments()) == 1
    return ix


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """(segments merged, the same merged decoding every block, their documents in one segment,
    the same merged by Whoosh's own writer)"""
    tmp = tmp_path_factory.mktemp("merging")
    merged = _merged(tmp / "merged")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(writer, "segment_postings", lambda *args: merging.segment_postings(*args[:4], whole=False))
        decoded = _merged(tmp / "decoded")
    with merged.searcher() as s:  # a merge numbers the new documents first, then each segment's
        order = [s.stored_fields(n)["id"] for n in s.reader().all_doc_ids()]
    assert sorted(order) == sorted(d["id"] for d in DOCS if d["id"] not in DELETED + DELETED_LATER)
    return merged, decoded, _one_segment(tmp / "one", order), _merged(tmp / "whoosh", SegmentWriter)


def _everything(ix) -> dict:
    """Every term's statistics and postings, stored fields, field lengths and columns."""
    with ix.searcher() as s:
        r = s.reader()
        terms = {}
        for field, text in r.all_terms():
            info = r.term_info(field, text)
            m = r.postings(field, text)
            postings = []
            while m.is_active():
                postings.append((m.id(), m.weight(), m.value()))
                m.next()
            terms[field, text] = (info.doc_frequency(), info.weight(), info.min_length(), info.max_length(),
                                  info.max_weight(), info.min_id(), info.max_id(), postings)
        docs = list(r.all_doc_ids())
        return {"terms": terms, "stored": [s.stored_fields(n) for n in docs],
                "lengths": {(n, f): r.doc_field_length(n, f) for f in SCHEMA.scorable_names() for n in docs},
                "columns": list(r.column_reader("day"))}


def _block_sizes(ix, field: str, text: str) -> list[int]:
    (seg,) = ix._segments()
    reader = SegmentReader(ix.storage, ix.schema, seg)
    try:
        m = reader._terms.matcher(field, text.encode(), SCHEMA[field].format)
        assert isinstance(m, ArrayLeafMatcher)
        sizes = [m._blocklength]
        while not m._lastblock:
            m._next_block()
            sizes.append(m._blocklength)
        return sizes
    finally:
        reader.close()


def test_a_merged_index_holds_what_one_segment_of_its_documents_holds(indexes):
    merged, decoded, one, whooshs = indexes
    got, want = _everything(merged), _everything(one)
    assert len(got["stored"]) == 1400 - len(DELETED) - len(DELETED_LATER)
    assert got["terms"].keys() == want["terms"].keys()
    for key in want["terms"]:
        assert got["terms"][key] == want["terms"][key], key
    assert got == want
    assert got == _everything(decoded) == _everything(whooshs)


def test_a_merge_written_in_whoosh_layout_holds_the_same(indexes, tmp_path):
    """Blocks decoded to be written a posting at a time in Whoosh's own layout."""
    assert _everything(_merged(tmp_path / "ix", merging_codec=W3Codec)) == _everything(indexes[0])


def test_a_merge_reading_a_block_at_a_time_holds_the_same(indexes, tmp_path, monkeypatch):
    """A term's postings too big to read in one piece are read a block at a time."""
    monkeypatch.setattr(merging, "WHOLE_UP_TO", 0)
    assert _everything(_merged(tmp_path / "ix")) == _everything(indexes[0])


def test_field_length_totals_are_those_whoosh_merges(indexes):
    merged, decoded, _, whooshs = indexes
    found = []
    for ix in (merged, decoded, whooshs):
        with ix.searcher() as s:
            found.append({f: (s.field_length(f), s.max_field_length(f)) for f in SCHEMA.scorable_names()})
    assert found[0] == found[1] == found[2]
    assert all(total for total, _ in found[0].values())


def test_the_merge_copied_whole_blocks_and_kept_partial_ones_few(indexes):
    merged, _, one, _ = indexes
    for field, text in [("body", "alpha"), ("body", "gamma"), ("title", "every"), ("id", "d5"), ("body", "late"),
                        ("body", "mid1"), ("body", "rare7")]:
        copied, written = _block_sizes(merged, field, text), _block_sizes(one, field, text)
        assert sum(copied) == sum(written)
        assert sum(n < BLOCK for n in copied) <= sum(n == BLOCK for n in copied) + 1
        if sum(written) > 2 * BLOCK:
            # full blocks copied from each source, each source's last few postings a block of their own
            assert len(copied) > len(written)


@pytest.mark.parametrize("query", ['"alpha beta"', '"beta every"', '"gamma delta" alpha', "late OR mid1",
                                  "title:every", "tags:t3 AND body:alpha", "rare7", 'title:"alpha beta"'])
def test_queries_find_and_score_the_same(indexes, query):
    found = []
    for ix in indexes:
        with ix.searcher() as s:
            q = QueryParser("body", SCHEMA).parse(query)
            found.append([(hit["id"], hit.score) for hit in s.search(q, limit=None)])
    assert found[0] == found[1] == found[3]
    assert found[0]
    # One segment's field length totals are not rounded to length bytes as a merge's are: its
    # scores differ by that, its documents not.
    assert sorted(doc for doc, _ in found[0]) == sorted(doc for doc, _ in found[2])


@pytest.mark.parametrize("query", ['"alpha beta"', "alpha", "gamma delta", "tags:t3 AND body:alpha", "rare7"])
def test_the_block_at_a_time_scorer_finds_what_it_finds_in_whoosh_s_merge(indexes, query):
    found = []
    for ix in (indexes[0], indexes[3]):
        with ix.searcher(weighting=BM25F()) as s:
            best = top.top(s, QueryParser("body", SCHEMA).parse(query), 20)
            found.append((best.fast, best.total, best.hits))
    assert found[0] == found[1]
    assert found[0][0] and found[0][2]


def test_positions_read_for_phrases_are_the_same(indexes):
    found = []
    for ix in (indexes[0], indexes[2]):
        (seg,) = ix._segments()
        reader = SegmentReader(ix.storage, ix.schema, seg)
        try:
            ids, _ = internals.term_postings(reader, "body", "alpha", SCHEMA["body"].format)
            counts, gaps = internals.term_positions(reader, "body", "alpha", SCHEMA["body"].format, list(ids))
            found.append((list(ids), counts.tolist(), gaps.tolist()))
        finally:
            reader.close()
    assert found[0] == found[1]
    assert len(found[0][0]) > 5 * BLOCK


def _block(ids: list[int], positions: list[list[int]]) -> tuple[tuple, bytes]:
    """A one-block term written by the codec: its header fields and data."""
    f = StructFile(BytesIO())
    w = ArrayPostingsWriter(f, blocklimit=len(ids))
    fmt = Positions()
    w.start_postings(fmt, W3TermInfo())
    for doc, where in zip(ids, positions, strict=True):
        w.add_posting(doc, float(len(where)), fmt.encode(where), 5)
    offset, length = w.finish_postings().extent()
    raw = f.file.getvalue()[offset + len(MAGIC):offset + length]
    head = _HEAD.unpack_from(raw)
    return head, raw[_HEAD.size:]


@pytest.mark.parametrize("shift", [0, 200, 70_000, 2**31])
def test_a_block_renumbered_whole_reads_back_shifted(shift):
    ids = [3, 9, 10, 250, 251, 400]
    positions = [[1], [2, 5], [1, 2, 3], [7], [4, 40], [9]]
    head, data = _block(ids, positions)
    block = merging._renumbered(head, data, None, shift, None, None)
    assert (block.first, block.last, len(block)) == (3 + shift, 400 + shift, 6)
    got_ids, weights, values = block.postings()
    assert list(got_ids) == [d + shift for d in ids]
    assert list(weights) == [1.0, 2.0, 3.0, 1.0, 2.0, 1.0]
    assert [list(g) for g in values] == [[1], [2, 3], [1, 1, 1], [7], [4, 36], [9]]  # as gaps
    assert block.data[1:3] == data[1:3] and block.data.endswith(data[3 + 2 * len(ids):])  # weights, values
    for last in (True, False):
        length, count, maxid, *rest = _HEAD.unpack_from(block.written(last))
        assert (length < 0, abs(length), count, maxid, rest) == (last, _HEAD.size - 4 + len(block.data), 6,
                                                                 400 + shift, list(head[3:]))


def test_a_block_around_deleted_documents_closes_their_gaps():
    ids = [3, 9, 10, 250, 251, 400]
    head, data = _block(ids, [[1]] * 6)
    docmap = array("i", range(1000, 1500))
    for gone in (5, 100, 300):  # none of the block's own documents
        docmap[gone] = -1
        for d in range(gone + 1, 500):
            docmap[d] -= 1
    deleted = array("I", [5, 100, 300])
    block = merging._renumbered(head, data, None, 0, docmap, deleted)
    assert list(block.postings()[0]) == [docmap[d] for d in ids]
    assert (block.first, block.last) == (docmap[3], docmap[400])
    docmap[250] = -1  # one of its own: the block is decoded instead
    assert merging._renumbered(head, data, None, 0, docmap, array("I", [5, 100, 250, 300])) is None


@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_the_terms_table_read_in_pieces_holds_what_whoosh_reads(indexes, chunk):
    (seg,) = indexes[0]._segments()
    reader = SegmentReader(indexes[0].storage, SCHEMA, seg)
    try:
        terms = reader._terms
        ours = list(merging._term_entries(terms, chunk))
        theirs = [(term, info if info.is_inlined() else info.extent()) for term, info in terms.items()]
    finally:
        reader.close()
    assert len(ours) == len(theirs) > 3000
    for (term, found), (want_term, want) in zip(ours, theirs, strict=True):
        assert term == want_term
        if isinstance(found, tuple):
            offset, length = want
            assert found == (offset, length[0] if isinstance(length, tuple) else length)
        else:
            assert found.inlined_postings() == want.inlined_postings()

