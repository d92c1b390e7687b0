"""Every use of Whoosh's private internals, behind a few functions (``codec`` and ``writer``
extend them too: they subclass Whoosh 3's postings layout and segment writer).

The block-at-a-time scorer (``top``) and BM25F's length table (``scoring``) read a segment's
postings, length bytes and numeric columns straight from Whoosh 3's codec, which is what makes
them fast, and which no public API offers. Those objects' private attributes change without
notice between whoosh3 releases, so they are touched here and nowhere else: each function
raises ``InternalsChanged`` (or returns None where the caller has a slower public way) when
they are not what this module was written against. ``pyproject.toml`` pins the minor series it
is tested with; CI also runs the feature tests against the newest release and reports a break.

Per-segment caches live on the segment reader, which lives as long as its searcher.
"""

from __future__ import annotations

import sys
from array import array
from collections import OrderedDict
from collections.abc import Iterator
from itertools import accumulate


class InternalsChanged(Exception):
    """Whoosh's private structures are not the ones this module reads."""


def reader_cache(reader) -> dict:
    """A dict kept on a segment reader, for what is worth computing once per segment."""
    try:
        return reader.__dict__.setdefault("_byline_cache", {})
    except AttributeError as e:  # a reader without a __dict__ (slots)
        raise InternalsChanged(str(e)) from e


def _matcher(reader, field: str, text: str, fmt):
    try:
        return reader._terms.matcher(field, reader._text_to_bytes(field, text), fmt)
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e


def term_blocks(reader, field: str, text: str, fmt) -> Iterator[tuple[tuple[int, ...], list[float]]]:
    """(document numbers, weights) of each posting block of a term that is in ``reader``."""
    yield from _blocks(_matcher(reader, field, text, fmt))


POSTINGS_CACHED = 400_000  # per segment: ~5 MB of arrays, a few common words


def term_postings(reader, field: str, text: str, fmt) -> tuple[array, array]:
    """(document numbers, weights) of a term in ``reader``, kept for the next searches: while a
    query is typed, every keystroke searches again for the words already typed."""
    cache = reader_cache(reader).setdefault("postings", OrderedDict())
    key = (field, text)
    found = cache.get(key)
    if found is not None:
        cache.move_to_end(key)
        return found
    ids, weights = array("I"), array("d")  # doubles: a weight comes back exactly as read
    for block_ids, block_weights in term_blocks(reader, field, text, fmt):
        ids.extend(block_ids)
        weights.extend(map(float, block_weights))
    cache[key] = found = (ids, weights)
    held = reader_cache(reader).get("postings_held", 0) + len(ids)
    while held > POSTINGS_CACHED and len(cache) > 1:
        held -= len(cache.popitem(last=False)[1][0])
    reader_cache(reader)["postings_held"] = held
    return found


def term_positions(reader, field: str, text: str, fmt, wanted: list[int]):
    """The positions of a term in the documents ``wanted`` (ascending, each holding the term):
    (how many in each document, numpy; each document's gaps between positions, one document
    after another, numpy). Blocks holding none of them are skipped by their headers."""
    import numpy as np

    from search.engine.codec import ArrayLeafMatcher

    matcher = _matcher(reader, field, text, fmt)
    counts, gaps = [], []
    for at in _wanted_blocks(matcher, wanted):
        found = matcher.position_gaps(at) if isinstance(matcher, ArrayLeafMatcher) else None
        if found is None:  # a block in Whoosh's own layout: its encoded values, decoded here
            matcher._read_values()
            lists = [_gaps(matcher._values[i]) for i in at.tolist()]
            found = (np.array([len(g) for g in lists], np.int64),
                     np.fromiter((x for g in lists for x in g), np.int64))
        counts.append(found[0])
        gaps.append(found[1])
    empty = np.empty(0, np.int64)
    return (np.concatenate(counts) if counts else empty), (np.concatenate(gaps) if gaps else empty)


def _gaps(value: bytes) -> list[int]:
    from pickle import loads

    # Whoosh's stored values may have lost pickle's closing stop mark.
    return loads(value[4:] if value.endswith(b".") else value[4:] + b".")


def _wanted_blocks(matcher, wanted: list[int]):
    """Where ``wanted``'s documents are in each block holding any of them (numpy)."""
    from bisect import bisect_right

    import numpy as np

    from search.engine.codec import ArrayLeafMatcher

    packed = isinstance(matcher, ArrayLeafMatcher)
    targets = np.asarray(wanted, np.int64)
    lo = 0
    try:
        while matcher.is_active() and lo < len(wanted):
            hi = bisect_right(wanted, matcher._maxid, lo)
            if hi > lo:
                yield np.searchsorted(np.asarray(_block_ids(matcher, packed)), targets[lo:hi])
                lo = hi
            if matcher._lastblock:
                break
            matcher._next_block()
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e


def term_ids(reader, field: str, text: str, fmt) -> Iterator[tuple[int, ...]]:
    """The document numbers of each posting block of a term in ``reader``; no weights read."""
    for ids, _ in _blocks(_matcher(reader, field, text, fmt), weights=False):
        yield ids


def _block_ids(matcher, packed: bool):
    """The document numbers of the matcher's current block, in either layout."""
    if packed:
        matcher._read_ids()
        return matcher._ids
    if matcher._data is None:  # a segment in Whoosh's own layout
        matcher._read_data()
    ids = matcher._data[0]
    return ids if matcher._byteids else tuple(accumulate(ids))  # Whoosh's delta_decode, in C


def _blocks(matcher, weights: bool = True):
    from search.engine.codec import ArrayLeafMatcher

    packed = isinstance(matcher, ArrayLeafMatcher)
    try:
        while matcher.is_active():
            ids = _block_ids(matcher, packed)
            if weights:
                matcher._read_weights()
            yield ids, matcher._weights if weights else None
            if matcher._lastblock:
                return
            matcher._next_block()
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e


def numeric_column(column) -> array | None:
    """A numeric column read whole as an array, or None: Whoosh's own ``load`` unpacks it a value
    at a time (1.2 s for the dates of 100,000 articles and their quotes)."""
    # Under Whoosh's translating wrapper, the raw numbers: unsigned integers are stored as is.
    raw = column.raw_column() if hasattr(column, "raw_column") else column
    try:
        values = array(raw._typecode)
        values.frombytes(raw._dbfile.get(raw._basepos, raw._count * values.itemsize))
    except (AttributeError, ValueError):
        return None
    if sys.byteorder == "little":  # stored big-endian
        values.byteswap()
    return values


def length_bytes(reader, fieldname: str) -> bytes | None:
    """A segment's length byte per document for ``fieldname`` (Whoosh's ``byte_to_length``
    reads one), cached on its column reader; None when the segment has no such column or is
    not a Whoosh 3 segment."""
    try:
        return perdoc_length_bytes(reader._perdoc, fieldname)
    except AttributeError:
        return None


def perdoc_length_bytes(perdoc, fieldname: str) -> bytes | None:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    try:
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return None
        cached = getattr(column, "_byline_lengths", None)
        if cached is None:
            cached = column._dbfile.get(column._basepos, column._count)
            column._byline_lengths = cached
        return cached
    except (AttributeError, TypeError):
        return None


def file_lengths(perdoc_writer, fieldname: str, docnum: int, lengths: bytes, total: int) -> None:
    """Length bytes of the documents from ``docnum`` on (0: none) filed in ``perdoc_writer``'s
    length column of ``fieldname`` at once, as its ``add_field`` files them a document at a
    time, and ``total``, the sum of their lengths, added to the field's."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
    from whoosh.columns import NumericColumn

    try:
        # Whoosh's column writes the zeros of documents without a length only before a later one's
        filed = lengths.rstrip(b"\0")
        if filed:
            name = _lenfield(fieldname)
            if not perdoc_writer._has_column(name):
                perdoc_writer._create_column(name, LENGTHS_COLUMN)
            column = perdoc_writer._get_column(name)
            if not (isinstance(column, NumericColumn.Writer) and column._defaultbytes == b"\0"):
                raise InternalsChanged("a length column is not a byte a document")
            column._dbfile.write(bytes(max(0, docnum - column._count)) + filed)
            column._count = docnum + len(filed)
        perdoc_writer._fieldlengths[fieldname] += total
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e


def bm25_score(scorer, weight: float, docnum: int) -> float:
    """Whoosh's own BM25F score of one match, for a document the length bytes do not cover."""
    try:
        return scorer._score(weight, scorer.dfl(docnum))
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e


def stored_blobs(reader, perdoc_writer):
    """A merge's stored fields as they lie on disk: (each document's compressed pickle from
    ``reader``'s segment, a function that files one in ``perdoc_writer``'s). Whoosh's own
    merge decompresses, unpickles, pickles and compresses every document's again: a quarter
    of a merge's time."""
    from whoosh.codec.whoosh3 import STORED_COLUMN
    from whoosh.columns import CompressedBytesColumn, PickleColumn, VarBytesColumn

    try:
        column = reader._perdoc._cached_reader("_stored", STORED_COLUMN)
        target = perdoc_writer._colwriters["_stored"]
        if not (isinstance(column, PickleColumn.Reader) and isinstance(column._child, CompressedBytesColumn.Reader)
                and isinstance(target, PickleColumn.Writer)
                and isinstance(target._child, CompressedBytesColumn.Writer)):
            raise InternalsChanged("the stored-fields column is not a compressed pickle column")
        blobs, child = column._child, target._child
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e

    def blob(docnum: int) -> bytes:
        return VarBytesColumn.Reader.__getitem__(blobs, docnum)

    def add(docnum: int, data: bytes) -> None:
        VarBytesColumn.Writer.add(child, docnum, data)

    return blob, add
