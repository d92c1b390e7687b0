"""The indexer's Whoosh segment writer: it files fields already analysed (``Analysed``, worked
out in the extraction workers), pools their postings by term (``TermPool``), and merges segments
by streaming their postings into the new one instead of sorting them all again.

It subclasses Whoosh's ``SegmentWriter`` and reads its private state, as ``whoosh_internals``
and ``codec`` do; the tests hold what it writes equal to what Whoosh's own writer writes.
"""

from __future__ import annotations

import heapq
from array import array

from whoosh.filedb.filetables import OrderedHashWriter, _lengths, _pointer
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

from search.engine.codec import ArrayCodec
from search.engine.merging import LENGTHS, segment_postings, write_postings
from search.engine.term_pool import TermPool
from search.engine.values import whoosh_value
from search.engine.whoosh_internals import InternalsChanged, file_lengths, perdoc_length_bytes, stored_blobs


class Writer(SegmentWriter):
    """Whoosh's segment writer, taking fields already analysed (``Analysed``: worked out in
    the extraction workers, so this process only files postings) and pooling them by term.
    The schema has no term vectors or spelling fields, which this ``add_document``
    does not write."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self.pool = TermPool(self.pool.tempstore, self.pool.limit)
        self._merging: list = []  # (reader, its postings) of the segments merged into this one
        # Positions come from the workers in the array layout's own form; Whoosh's needs its own.
        self._whoosh_values = not isinstance(self.codec, ArrayCodec)
        # A quote's type, kind, date, article and often speaker are those of the documents before it.
        self._indexed: dict[tuple[str, object], Analysed] = {}

    def add_reader(self, reader):
        """A segment merged into this one: its documents now, and its postings as the segment
        is written, merged with the new documents' (each source is in order already). Whoosh's
        own put them through the pool, sorted again with the rest: most of a merge's time.
        Merge policies close ``reader`` at once: the postings are read through one of our own."""
        from whoosh.reading import SegmentReader

        self._check_state()
        self.pool.cut()  # the pool's runs and this segment must each hold documents in one range
        basedoc = self.docnum
        names = set(self.schema.names()) | {f for f in reader.indexed_field_names() if f in self.schema}
        docmap = self.write_per_doc(names, reader)
        own = SegmentReader(self.storage, self.schema, reader.segment())
        whole = not self._whoosh_values  # blocks of our layout copied whole into one
        self._merging.append((own, segment_postings(own, self.schema, basedoc, docmap, whole)))
        self._added = True

    def write_per_doc(self, fieldnames, reader):
        """Whoosh's, with each field's lengths read and filed whole (it read them, and looked for
        the length file of every field that has none, once per document and field, and filed
        them a document at a time) and the stored fields copied as they are (``stored_blobs``).
        The schema has no term vectors."""
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
        blob, add_blob = stored_blobs(reader, perdoc)
        count = reader.doc_count_all()
        kept = None if docmap is None else array("I", reader.all_doc_ids())
        for name, table in tables.items():
            if table is not None:
                table = table[:count].ljust(count, b"\0")
                if kept is not None:
                    table = bytes(map(table.__getitem__, kept))
                # as add_field files each document's length: the byte of that length, and the sum
                total = sum(map(_LENGTH_OF.__getitem__, table))
                file_lengths(perdoc, name, self.docnum, table.translate(_REFILED), total)
        valued = [(name, schema[name].column_type, column) for name, column in columns.items()]
        for docnum in reader.all_doc_ids() if kept is None else kept:
            if docmap is not None:
                docmap[docnum] = self.docnum
            perdoc.start_doc(self.docnum)
            for name, column_type, column in valued:
                perdoc.add_column_value(name, column_type, column[docnum])
            if stored := blob(docnum):
                add_blob(self.docnum, stored)
            perdoc.finish_doc()
            self.docnum += 1
        return docmap

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        try:
            sources = self.pool.sources() + [posts for _, posts in self._merging]
            write_postings(self.fieldwriter, self.schema, lengths, heapq.merge(*sources))
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
        whole (``length_bytes``), not a document at a time from the file."""
        return _WholeLengths(super().per_document_reader())

    def add_document(self, **fields):
        self._check_state()
        schema = self.schema
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        # Every field is worked out before any is written: a value Whoosh refuses (ValueError)
        # then leaves nothing behind, where Whoosh's own writer kept its earlier fields' lengths.
        staged = []
        for name in names:
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            postings, length = None, 0
            if field.indexed:
                postings = value if type(value) is Analysed else self._index(name, field, value)
                if self._whoosh_values and postings is value:
                    texts, freqs, weights, values = value
                    postings = Analysed((texts, freqs, weights, [whoosh_value(v) for v in values]))
                if field.scorable:
                    length = sum(postings[1])
            shown = fields.get(f"_stored_{name}", value)
            column = (field.to_column_value(shown),) if field.column_type and shown is not None else ()
            staged.append((name, field, postings, length, shown if field.stored else None, column))
        perdoc, docnum, pool = self.perdocwriter, self.docnum, self.pool
        perdoc.start_doc(docnum)
        for name, field, _, length, stored, column in staged:
            perdoc.add_field(name, field, stored, length)
            if column:
                perdoc.add_column_value(name, field.column_type, column[0])
        perdoc.finish_doc()
        for name, _, postings, _, _, _ in staged:
            if postings is not None:
                pool.add(name, docnum, postings)
        if pool.full():
            pool.save()
        self._added = True
        self.docnum += 1

    def _index(self, name: str, field, value) -> Analysed:
        """``field.index(value)``, remembered for plain values (the pool only reads postings)."""
        if type(value) not in (str, int):
            return Analysed.of(field.index(value))
        found = self._indexed.get((name, value))
        if found is None:
            if len(self._indexed) >= INDEXED_KEPT:
                self._indexed.clear()
            found = self._indexed[name, value] = Analysed.of(field.index(value))
        return found


INDEXED_KEPT = 4096  # values' postings remembered: a few articles' worth

# A length byte's length (0: none), and the byte of that length, which Whoosh's own encoding
# need not give back.
_LENGTH_OF = (0, *LENGTHS[1:])
_REFILED = bytes([0, *(length_to_byte(n) for n in LENGTHS[1:])])


class _WholeLengths:
    def __init__(self, perdoc):
        self._perdoc = perdoc

    def __getattr__(self, name):
        return getattr(self._perdoc, name)

    def length_bytes(self, fieldname, field) -> bytes | None:
        """Every document's length byte in ``fieldname``, empty for a field without lengths;
        None if they cannot be read whole."""
        if not field.scorable:
            return b""
        table = perdoc_length_bytes(self._perdoc, fieldname)
        if table is None:
            return None
        return table + bytes(max(0, self._perdoc.doc_count_all() - len(table)))


class Analysed(tuple):
    """A field's postings as ``FieldType.index`` gives them, a column each: (terms, frequencies,
    weights, values). Columns cost a fraction of a tuple per posting to send between processes
    and to file."""

    @classmethod
    def of(cls, postings) -> Analysed:
        """From ``FieldType.index``'s (term, frequency, weight, value) tuples."""
        columns = tuple(zip(*postings, strict=True))
        return cls(columns or ((), (), (), ()))


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
