"""The indexer's Whoosh segment writer: it files fields already analysed (``Analysed``, worked
out in the extraction workers), spills its posting pool in bulk, and merges segments by
streaming their postings into the new one instead of sorting them all again.

It subclasses Whoosh's ``SegmentWriter`` and reads its private state, as ``whoosh_internals``
and ``codec`` do; the tests hold what it writes equal to what Whoosh's own writer writes.
"""

from __future__ import annotations

import heapq
import marshal
from array import array
from itertools import islice

from whoosh.filedb.filetables import OrderedHashWriter, _lengths, _pointer
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool, SegmentWriter

from search.engine.codec import ArrayCodec, whoosh_value
from search.engine.whoosh_internals import InternalsChanged, perdoc_length_bytes

POSTING_BYTES = 200  # in memory (tracemalloc): the tuple, its term and value, its weight
RUN_CHUNK = 4096  # postings marshalled at once: a run's reader holds one chunk in memory


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
        # Positions come from the workers in the array layout's own form; Whoosh's needs its own.
        self._whoosh_values = not isinstance(self.codec, ArrayCodec)

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
        # new numbers of a segment with deletions, -1 for deleted: an array, since a dict of a
        # big segment's documents (~100 bytes each) is held until the merge is written
        docmap = array("i", [-1]) * reader.doc_count_all() if reader.has_deletions() else None
        perdoc, schema = self.perdocwriter, self.schema
        columns = {}
        for name in fieldnames:
            column = schema[name].column_type
            if column and reader.has_column(name):
                found = reader.column_reader(name, column)
                columns[name] = found.raw_column() if hasattr(found, "raw_column") else found
        try:
            tables = {name: perdoc_length_bytes(reader._perdoc, name) for name in fieldnames}
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
                    if self._whoosh_values and type(value) is Analysed:
                        items = [(text, freq, weight, whoosh_value(v)) for text, freq, weight, v in items]
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


def _segment_postings(reader, schema, basedoc: int, docmap: array | None):
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


def _renumbered(field, text, postings, basedoc: int, docmap: array | None):
    if docmap is None:
        return ((field, text, basedoc + d, w, v) for d, w, v in postings)
    return ((field, text, docmap[d], w, v) for d, w, v in postings if docmap[d] >= 0)


class _WholeLengths:
    def __init__(self, perdoc):
        self._perdoc = perdoc

    def __getattr__(self, name):
        return getattr(self._perdoc, name)

    def doc_field_length_reader(self, fieldname, default=0):
        table = perdoc_length_bytes(self._perdoc, fieldname)
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


class CompactTermsWriter(OrderedHashWriter):
    """Whoosh's terms table writer, keeping each key's hash and file position in two arrays per
    bucket instead of a tuple of two ints (~120 bytes a term): merging 825,000 documents (a
    term per document id) peaked at 277 MB for that alone. The file written is the same."""

    @classmethod
    def taking_over(cls, writer: OrderedHashWriter) -> CompactTermsWriter:
        """``writer``, its header already written and no key added yet, as one of these."""
        compact = cls.__new__(cls)
        compact.__dict__.update(writer.__dict__)
        compact.buckets = [(array("I"), array("q")) for _ in range(256)]
        return compact

    def add(self, key, value):
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        dbfile = self.dbfile
        position = dbfile.tell()
        self.index.append(position)
        dbfile.write(_lengths.pack(len(key), len(value)))
        dbfile.write(key)
        dbfile.write(value)
        hashed = self.hashfn(key)
        hashes, positions = self.buckets[hashed & 255]
        hashes.append(hashed)
        positions.append(position)
        self.lastkey = key

    def _write_hashes(self):
        dbfile = self.dbfile
        for hashes, positions in self.buckets:
            slots = 2 * len(hashes)
            self.directory.append((dbfile.tell(), slots))
            table = [(0, 0)] * slots  # (0, 0): empty, as in Whoosh's (no key is at position 0)
            for hashed, position in zip(hashes, positions, strict=True):
                slot = (hashed >> 8) % slots
                while table[slot] != (0, 0):
                    slot = (slot + 1) % slots
                table[slot] = (hashed, position)
            dbfile.write(b"".join(_pointer.pack(h, p) for h, p in table))
