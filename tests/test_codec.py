"""The postings layout: what it writes reads back exactly as Whoosh's own layout would, and an
index holding segments of both answers every query as Whoosh does."""

from __future__ import annotations

import shutil
from array import array
from io import BytesIO
from pathlib import Path

import pytest
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Frequency, Positions
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from search.engine import codec as C
from search.engine import index as idx
from search.engine import packing
from search.engine import top as T
from search.engine.scoring import BM25F
from search.query.parser import bounded, parse

DEV = Path(__file__).parent / "data" / "devcorpus" / "articles"


def _postings(reader, field: str, text: str) -> list[tuple]:
    m = reader.postings(field, text)
    out = []
    while m.is_active():
        out.append((m.id(), m.weight(), m.value()))
        m.next()
    return out


def _lexicon(ix) -> dict[tuple[str, str], list[tuple]]:
    with ix.searcher() as s:
        (sub, _), = s.leaf_searchers()
        r = sub.reader()
        return {(f, t): _postings(r, f, t) for f, t in r.all_terms()}


def _built(tmp: Path, codec, monkeypatch) -> object:
    monkeypatch.setattr(idx, "ArrayCodec", codec)
    # One commit in both builds: a slow first build (a busy machine) committed early, after the
    # quotes of its first articles but before their articles, and numbered its documents apart.
    monkeypatch.setattr(idx, "FIRST_COMMIT_SECONDS", idx.COMMIT_SECONDS)
    where = tmp / codec.__name__
    idx.build([DEV], where, workers=1)
    writer = SegmentWriter(idx.open_index(where), codec=codec())
    writer.commit(optimize=True)  # one segment, so document numbers line up between the two layouts
    return idx.open_index(where)


def test_every_posting_reads_back_as_whoosh_layout_gives_it(tmp_path, monkeypatch):
    ours, whoosh = _built(tmp_path, C.ArrayCodec, monkeypatch), _built(tmp_path, W3Codec, monkeypatch)
    segment_codecs = {type(seg.codec()) for ix in (ours, whoosh) for seg in ix._segments()}
    assert segment_codecs == {C.ArrayCodec, W3Codec}
    got, want = _lexicon(ours), _lexicon(whoosh)
    assert got.keys() == want.keys() and len(got) > 1000
    assert got == want
    # positions, several blocks, and weights other than 1 were all in there
    assert any(len(p) > 128 for p in got.values())
    assert any(value and weight != 1.0 for p in got.values() for _, weight, value in p)


def _write(fmt, postings, compression=3):
    f = StructFile(BytesIO())
    writer = C.ArrayPostingsWriter(f, blocklimit=4, compression=compression)
    writer.start_postings(fmt, W3TermInfo())
    for posting in postings:
        writer.add_posting(*posting)
    info = writer.finish_postings()
    offset, length = info.extent()
    return C.ArrayLeafMatcher(f, offset, length, fmt)


@pytest.mark.parametrize("whole", [True, False])  # a term's postings read in one piece, or a block at a time
@pytest.mark.parametrize("gap", [1, 300, 70_000, 2**28])
def test_gaps_of_any_size_and_skipping(gap, whole, monkeypatch):
    if not whole:
        monkeypatch.setattr(C, "WHOLE_UP_TO", 0)
    ids = [5 + i * gap for i in range(11)]
    postings = [(d, float(i % 3 + 1), b"", 7 + i) for i, d in enumerate(ids)]
    m = _write(Frequency(), postings)
    assert list(m.all_ids()) == ids
    m = _write(Frequency(), postings)
    m.skip_to(ids[6])  # across blocks, by their headers
    assert (m.id(), m.weight()) == (ids[6], 1.0)
    assert m.block_max_weight() == 3.0  # ids[4:8] have weights 2, 3, 1, 2 and lengths 11-14
    assert (m.block_min_length(), m.block_max_length()) == (byte_to_length(length_to_byte(11)),
                                                            byte_to_length(length_to_byte(14)))


def test_positions_raw_and_compressed():
    fmt = Positions()
    long = fmt.encode(list(range(0, 400, 3)))  # big enough to be compressed
    postings = [(1, 2.0, fmt.encode([0, 9]), 5), (2, 1.0, long, 300), (3, 1.0, fmt.encode([4]), 6)]
    for compression in (0, 3):
        m = _write(fmt, postings, compression)
        got = []
        while m.is_active():
            got.append((m.id(), m.weight(), fmt.decode_positions(m.value())))
            m.next()
        assert got == [(1, 2.0, [0, 9]), (2, 1.0, list(range(0, 400, 3))), (3, 1.0, [4])]
        m = _write(fmt, postings, compression)
        counts, gaps = m.position_gaps([0, 2])  # a phrase's candidates only
        assert counts.tolist() == [2, 1] and gaps.tolist() == [0, 9, 4]


def test_an_index_of_both_layouts_answers_as_whoosh(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = sorted(DEV.iterdir())
    where = tmp_path / "ix"
    monkeypatch.setattr(idx, "ArrayCodec", W3Codec)  # an index written before this layout
    for f in files[:len(files) // 2]:
        shutil.copy(f, corpus / f.name)
    idx.update([corpus], where)
    monkeypatch.setattr(idx, "ArrayCodec", C.ArrayCodec)
    for f in files[len(files) // 2:]:
        shutil.copy(f, corpus / f.name)
    idx.update([corpus], where)
    ix = idx.open_index(where)
    assert {type(seg.codec()) for seg in ix._segments()} == {C.ArrayCodec, W3Codec}
    with ix.searcher(weighting=BM25F()) as s:
        for text in ("season", '"the first season"', "seas*", "speaker:okafor", "season date:2024"):
            q = bounded(parse(text).query, s.reader())
            want, got = T._whoosh_top(s, q, 50), T.top(s, q, 50)
            assert got.fast and got.total == want.total > 0
            assert [(d, round(x, 9)) for d, x in got.hits] == [(d, round(x, 9)) for d, x in want.hits]


def test_positions_that_would_not_rebuild_exactly_keep_whoosh_bytes():
    fmt = Positions()
    odd = fmt.encode([3, 8])[:-1]  # without pickle's stop mark, as some stored values are
    postings = [(1, 1.0, fmt.encode([0, 9]), 5), (2, 1.0, odd, 6)]
    m = _write(fmt, postings)
    assert m.position_gaps([0, 1]) is None  # this block kept the encoded values
    got = []
    while m.is_active():
        got.append(m.value())
        m.next()
    assert got == [postings[0][2], odd]



def test_stored_fields_are_compressed_at_the_faster_level_and_read_back(tmp_path):
    import pickle
    import zlib

    from whoosh.filedb.filestore import FileStorage

    from search.engine.whoosh_internals import stored_blobs

    ix = FileStorage(str(tmp_path)).create_index(idx.SCHEMA)
    w = ix.writer(codec=C.ArrayCodec())
    stored = {"id": "a1", "type": "article", "title": "Harbor lights", "body": "The harbor at night. " * 40}
    w.add_document(**stored)
    w.commit()
    with ix.searcher() as s:
        assert s.document(id="a1") == stored
        (sub, _), = s.leaf_searchers()
        on_disk, _ = stored_blobs(sub.reader(), ix.writer(codec=C.ArrayCodec()).perdocwriter)
        blob = on_disk(0)
    assert pickle.loads(zlib.decompress(blob)) == stored
    assert blob == zlib.compress(zlib.decompress(blob), C.STORED_LEVEL)
    assert blob[:2] == b"x\x01"  # zlib's mark of its fastest levels (Whoosh's 3 writes "x^")


@pytest.mark.parametrize("top", [0, 255, 256, 65535, 65536, 2**32 - 1])
def test_gaps_are_packed_in_the_smallest_type_that_holds_them(top):
    gaps = array("I", [top // 2, 0, top, 1, top // 3])
    found = packing.smallest(gaps)
    assert found.typecode == next(t for t in "BHI" if top < 1 << 8 * array(t).itemsize)
    assert found.tolist() == gaps.tolist()
    assert packing.unpacked(found.typecode, packing.packed(found)) == found
