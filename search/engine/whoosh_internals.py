"""Every use of Whoosh's private internals, behind a few functions (``codec`` extends them too:
it is a subclass of Whoosh 3's postings layout).

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

import heapq
import marshal
import sys
from array import array
from collections import OrderedDict
from collections.abc import Iterator
from itertools import accumulate, islice

from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool, SegmentWriter

POSTING_BYTES = 200  # in memory (tracemalloc): the tuple, its term and value, its weight
RUN_CHUNK = 4096  # postings marshalled at once: a run's reader holds one chunk in memory


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
        return _perdoc_length_bytes(reader._perdoc, fieldname)
    except AttributeError:
        return None


def _perdoc_length_bytes(perdoc, fieldname: str) -> bytes | None:
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


def bm25_score(scorer, weight: float, docnum: int) -> float:
    """Whoosh's own BM25F score of one match, for a document the length bytes do not cover."""
    try:
        return scorer._score(weight, scorer.dfl(docnum))
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e


class Writer(SegmentWriter):
    """Whoosh's segment writer, taking fields already analysed (``Analysed``: worked out in
    the extraction workers, so this process only files postings) and spilling its posting pool
    in bulk. The schema has no term vectors or spelling fields, which this ``add_document``
    does not write."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        old = self.pool
        self.pool = _BulkPool(old.tempstore, old.segment, limitmb=old.limit / (1 << 20))
        self._merging: list = []  # (reader, its postings) of the segments merged into this one

    def add_reader(self, reader):
        """A segment merged into this one: its documents now, and its postings as the segment
        is written, merged with the new documents' (each source is in order already). Whoosh's
        own put them through the pool, sorted again with the rest: most of a merge's time.
        Merge policies close ``reader`` at once: the postings are read through one of our own."""
        from whoosh.reading import SegmentReader

        self._check_state()
        basedoc = self.docnum
        names = set(self.schema.names()) | {f for f in reader.indexed_field_names() if f in self.schema}
        docmap = self.write_per_doc(names, reader)
        own = SegmentReader(self.storage, self.schema, reader.segment())
        self._merging.append((own, _segment_postings(own, self.schema, basedoc, docmap)))
        self._added = True

    def write_per_doc(self, fieldnames, reader):
        """Whoosh's, with each field's lengths read whole (it read them, and looked for the
        length file of every field that has none, once per document and field). The schema
        has no term vectors."""
        docmap = {} if reader.has_deletions() else None
        perdoc, schema = self.perdocwriter, self.schema
        columns = {}
        for name in fieldnames:
            column = schema[name].column_type
            if column and reader.has_column(name):
                found = reader.column_reader(name, column)
                columns[name] = found.raw_column() if hasattr(found, "raw_column") else found
        try:
            tables = {name: _perdoc_length_bytes(reader._perdoc, name) for name in fieldnames}
        except AttributeError as e:
            raise InternalsChanged(str(e)) from e
        for docnum, stored in reader.iter_docs():
            if docmap is not None:
                docmap[docnum] = self.docnum
            perdoc.start_doc(self.docnum)
            for name in fieldnames | {s for s in stored if s in schema}:
                table = tables.get(name)
                length = _LENGTHS[table[docnum]] if table is not None and docnum < len(table) else 0
                perdoc.add_field(name, schema[name], stored.get(name), length)
                if name in columns:
                    perdoc.add_column_value(name, schema[name].column_type, columns[name][docnum])
            perdoc.finish_doc()
            self.docnum += 1
        return docmap

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        try:
            # documents are numbered apart in each source, so no two postings compare equal
            postings = heapq.merge(self.pool.iter_postings(), *(posts for _, posts in self._merging))
            self.fieldwriter.add_postings(self.schema, lengths, postings)
            self.fieldwriter.close()
        finally:
            lengths.close()
            self._close_merged()

    def _close_merged(self):
        for reader, _ in self._merging:
            reader.close()
        self._merging.clear()

    def cancel(self):
        try:
            self._close_merged()
        finally:
            super().cancel()

    def per_document_reader(self):
        """Writing the postings asks each one's field length: from the length column read
        whole, not a document at a time from the file."""
        return _WholeLengths(super().per_document_reader())

    def add_document(self, **fields):
        self._check_state()
        perdoc, schema, docnum = self.perdocwriter, self.schema, self.docnum
        postings: list[tuple] = []
        add_post = postings.append
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    items = value if type(value) is Analysed else field.index(value)
                    scorable = field.scorable
                    for text, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        add_post((name, text, docnum, weight, vbytes))
                shown = fields.get(f"_stored_{name}", value)
                perdoc.add_field(name, field, shown if field.stored else None, length)
                if field.column_type and shown is not None:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(shown))
        except ValueError:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self.pool.add_all(postings)
        self._added = True
        self.docnum += 1


# A field length by its length byte, as Whoosh's reader gives it (0: none).
_LENGTHS = (None, *(byte_to_length(b) for b in range(1, 256)))


def _segment_postings(reader, schema, basedoc: int, docmap: dict | None):
    """Whoosh's ``iter_postings`` with the documents renumbered from ``basedoc`` (or by
    ``docmap``, which leaves out deleted ones): each term's postings from the term info read in
    the same pass (Whoosh looks each term up again), a block at a time rather than four method
    calls a posting."""
    from search.engine.codec import ArrayLeafMatcher

    try:
        terms = reader._terms
        postings_reader, postfile = terms._codec.postings_reader, terms._postfile
        items = terms.items()
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e
    for (field, text), info in items:
        if field not in schema:
            continue
        matcher = postings_reader(postfile, info, schema[field].format, term=(field, text))
        if not isinstance(matcher, ArrayLeafMatcher):  # inlined, or in Whoosh's own layout
            yield from _renumbered(field, text, _all_of(matcher), basedoc, docmap)
            continue
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            values = matcher.block_gaps()
            if values is None:
                matcher._read_values()
                values = matcher._values
            yield from _renumbered(field, text, zip(matcher._ids, matcher._weights, values, strict=True),
                                   basedoc, docmap)
            if matcher._lastblock:
                break
            matcher._next_block()


def _all_of(matcher):
    while matcher.is_active():
        yield matcher.id(), matcher.weight(), matcher.value()
        matcher.next()


def _renumbered(field, text, postings, basedoc: int, docmap: dict | None):
    if docmap is None:
        return ((field, text, basedoc + d, w, v) for d, w, v in postings)
    return ((field, text, docmap[d], w, v) for d, w, v in postings if d in docmap)


class _WholeLengths:
    def __init__(self, perdoc):
        self._perdoc = perdoc

    def __getattr__(self, name):
        return getattr(self._perdoc, name)

    def doc_field_length_reader(self, fieldname, default=0):
        table = _perdoc_length_bytes(self._perdoc, fieldname)
        if table is None:
            return self._perdoc.doc_field_length_reader(fieldname, default)
        # a column stops at the last document with a length: the rest have none (byte 0)
        table += bytes(max(0, self._perdoc.doc_count_all() - len(table)))
        return lambda docnum: _LENGTHS[table[docnum]]


class Analysed(tuple):
    """A field's postings as ``FieldType.index`` gives them: (term, frequency, weight, value)."""


class _BulkPool(PostingPool):
    """Whoosh's pool pickles its spilled runs one posting at a time and reads them back the same
    way: a third of writing a segment. Here a run is marshalled a few thousand postings at once,
    and a posting's size is taken as a constant rather than worked out from its parts."""

    def add(self, item):
        self.add_all((item,))

    def add_all(self, items):
        self.current.extend(items)
        self.currentsize += POSTING_BYTES * len(items)
        if self.currentsize > self.limit:
            self.save()

    def _write_run(self, f, items):
        items = iter(items)
        while chunk := list(islice(items, RUN_CHUNK)):
            blob = marshal.dumps(chunk)
            f.write(len(blob).to_bytes(8, "little"))
            f.write(blob)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while head := f.read(8):
                yield from marshal.loads(f.read(int.from_bytes(head, "little")))
        finally:
            f.close()
            self._remove_run(path)
