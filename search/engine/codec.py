"""How postings are laid out on disk: Whoosh 3's blocks, each block's data as packed arrays.

Whoosh 3 pickles a block's documents, weights and values as one tuple and compresses it
whole, so reading a common word's documents and weights unpickles a Python object for every
posting and decompresses its positions too: at 100,000 articles most of a search's time. Here
the documents (as gaps) and weights are packed arrays read with one ``frombytes`` each, and
the values (positions) sit apart, compressed, decoded only by what needs them (phrases).
A block's header (its count, last document, highest weight and length bytes, which a reader
uses to skip blocks) is a fixed struct instead of a pickle.

Each segment keeps the codec it was written with, so segments written in Whoosh's own layout
stay readable and are rewritten in this one as merges reach them.
"""

from __future__ import annotations

import struct
import zlib
from array import array
from itertools import accumulate
from operator import sub
from pickle import UnpicklingError, loads

from whoosh.codec import whoosh3
from whoosh.formats import Positions
from whoosh.reading import CorruptIndexError
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.engine.packing import packed, smallest, unpacked
from search.engine.positioned_file import keep_position
from search.engine.values import GAPS_MARK, Gaps, encoded_gaps, whoosh_value

MAGIC = b"BLa1"
# length of header and data (negative for a term's last block), postings, last document,
# highest weight, shortest and longest field length as Whoosh's length bytes
_HEAD = struct.Struct("<iIIfBB")
# Below this a zlib stream is bigger than what it holds (Whoosh measured the same threshold).
COMPRESS_FROM = 80
# values: none; fixed size, joined; variable size, raw; variable size, compressed
NO_VALUES, FIXED, RAW, PACKED, POSITIONS = range(5)
WHOLE_UP_TO = 8 << 20  # bytes of a term's postings read in one piece
STORED_LEVEL = 1  # zlib level of each document's stored fields


class ArrayCodec(whoosh3.W3Codec):
    """Whoosh 3's codec with postings blocks of packed arrays; the rest is Whoosh's."""

    def field_writer(self, storage, segment):
        from search.engine.writer import CompactTermsWriter

        writer = super().field_writer(storage, segment)
        writer._tindex = CompactTermsWriter.taking_over(writer._tindex)
        keep_position(writer._postfile)
        keep_position(writer._tindex.dbfile)
        return writer

    def per_document_writer(self, storage, segment):
        writer = super().per_document_writer(storage, segment)
        # Every document's stored fields are compressed on their own, most of them a quote's few
        # hundred bytes: zlib's level 1 took a quarter less time than Whoosh's 3 for 1% more bytes.
        stored = getattr(writer._colwriters.get("_stored"), "_child", None)
        if hasattr(stored, "_level"):
            stored._level = STORED_LEVEL
        return writer

    def postings_writer(self, dbfile, byteids=False):
        if byteids:  # term vectors: Whoosh's own layout, which its vector reader expects
            return super().postings_writer(dbfile, byteids)
        return ArrayPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=False,
                                   compression=self._compression, inlinelimit=self._inlinelimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return ArrayLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class ArrayPostingsWriter(whoosh3.W3PostingsWriter):
    def add_posting(self, id_, weight, vbytes, length=None):
        """Whoosh's, without its per-posting type assertions (a posting comes from the pool)."""
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            if self._minlength is None or length < self._minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def add_many(self, ids: array, weights, values: list, lengths: bytes) -> None:
        """``add_posting`` for each of a term's postings in turn, a block's slice at a time;
        ``lengths``: each document's length byte (empty: the field keeps none)."""
        limit, keep_values = self._blocklimit, self._format.fixed_value_size() != 0
        at, total = 0, len(ids)
        while at < total:
            if len(self._ids) >= limit:
                self._write_block()
            end = min(total, at + limit - len(self._ids))
            self._ids.extend(ids[at:end])
            taken = weights[at:end]
            self._weights.extend(taken if getattr(taken, "typecode", "") == "f" else array("f", taken))
            top = max(taken)
            if top > self._maxweight:
                self._maxweight = top
            if keep_values:
                self._values.extend(filter(None, values[at:end]))
            if lengths:
                found = bytes(map(lengths.__getitem__, ids[at:end])).replace(b"\0", b"")
                if found:
                    shortest, longest = byte_to_length(min(found)), byte_to_length(max(found))
                    if self._minlength is None or shortest < self._minlength:
                        self._minlength = shortest
                    if longest > self._maxlength:
                        self._maxlength = longest
            at = end

    def finish_postings(self):
        if not self.written() and len(self) < self._inlinelimit:
            # Inlined in the term's info, the values are read by Whoosh itself.
            self._values = [whoosh_value(v) for v in self._values]
        return super().finish_postings()

    def _write_block(self, last=False):
        if not self._blockcount:
            self._postfile.write(MAGIC)
        self._terminfo.add_block(self)
        ids, weights = self._ids, self._weights
        gaps = array("I", ids)
        gaps[1:] = array("I", map(sub, ids[1:], ids))
        gaps = smallest(gaps)
        if weights.count(1.0) == len(weights):
            weight_kind, weight_bytes = 0, b""
        else:
            weight_kind, weight_bytes = 1, packed(weights)
        kind, value_bytes = self._values_bytes()
        data = b"".join((gaps.typecode.encode(), bytes((weight_kind, kind)), packed(gaps), weight_bytes,
                         value_bytes))
        length = _HEAD.size - 4 + len(data)
        self._postfile.write(_HEAD.pack(-length if last else length, len(ids), ids[-1], self._maxweight,
                                        length_to_byte(self._minlength), length_to_byte(self._maxlength)))
        self._postfile.write(data)
        self._blockcount += 1
        self._new_block()

    def _values_bytes(self) -> tuple[int, bytes]:
        fixed = self._format.fixed_value_size()
        values = self._values
        if fixed == 0 or not values:
            return NO_VALUES, b""
        if fixed is not None and fixed > 0:
            return FIXED, b"".join(values)
        if type(self._format) is Positions and (transcoded := self._positions(values)) is not None:
            return POSITIONS, transcoded
        blob = b"".join(values)
        lengths = packed(array("I", map(len, values)))
        if len(blob) >= COMPRESS_FROM and self._compression:
            return PACKED, lengths + zlib.compress(blob, self._compression)
        return RAW, lengths + blob

    def _positions(self, values: list[bytes]) -> bytes | None:
        """Whoosh's positions (a count, then the pickled gaps, per posting) as two packed arrays,
        so a phrase reads them with numpy; None if a value is not what ``Positions`` writes."""
        counts, gaps = array("I"), array("I")
        try:
            for value in values:
                if type(value) is Gaps:
                    found = value
                elif value[:1] == GAPS_MARK:
                    counts.append((len(value) - 1) >> 2)
                    gaps.frombytes(value[1:])
                    continue
                else:
                    found = loads(value[4:] if value.endswith(b".") else value[4:] + b".")
                    if len(found) != int.from_bytes(value[:4], "big") or encoded_gaps(found) != value:
                        return None
                counts.append(len(found))
                gaps.extend(found)
        except (ValueError, TypeError, OverflowError, UnpicklingError, EOFError):
            return None
        counts, gaps = smallest(counts), smallest(gaps)
        body = packed(counts) + packed(gaps)
        squeezed = len(body) >= COMPRESS_FROM and bool(self._compression)
        head = (counts.typecode + gaps.typecode).encode() + bytes((squeezed,))
        return head + (zlib.compress(body, self._compression) if squeezed else body)


class ArrayLeafMatcher(whoosh3.W3LeafMatcher):
    """Whoosh's block matcher over ``ArrayPostingsWriter``'s blocks."""

    def _read_header(self):
        postfile = self._postfile
        # A term's postings are read in one piece when they are not huge: two reads per block
        # (header, then data) were a fifth of reading a common word.
        # (Whoosh's term info may give the length as a 1-tuple.)
        length = self._length[0] if isinstance(self._length, tuple) else self._length
        self._buf = postfile.get(self._startoffset, length) if length <= WHOLE_UP_TO else None
        head = self._buf[:len(MAGIC)] if self._buf is not None else postfile.get(self._startoffset, len(MAGIC))
        if head != MAGIC:
            raise CorruptIndexError(f"Bad postings block tag at offset {self._startoffset}: the index "
                                    f"appears damaged; rebuilding it should fix it.")
        self._baseoffset = self._startoffset + len(MAGIC)

    def _goto(self, position):
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        try:
            if self._buf is not None:
                head = _HEAD.unpack_from(self._buf, position - self._startoffset)
            else:
                head = _HEAD.unpack(self._postfile.get(position, _HEAD.size))
        except struct.error as e:
            raise CorruptIndexError(f"Damaged postings block at offset {position}: {e}") from e
        length, count, maxid, maxweight, minlen, maxlen = head
        self._lastblock = length < 0
        self._nextoffset = position + 4 + abs(length)
        self._dataoffset = position + _HEAD.size
        self._blocklength, self._maxid, self._maxweight = count, maxid, maxweight
        self._compression = 0
        self._minlength, self._maxlength = byte_to_length(minlen), byte_to_length(maxlen)

    def _read_data(self):
        if self._buf is not None:
            start = self._dataoffset - self._startoffset
            self._data = self._buf[start:start + self._nextoffset - self._dataoffset]
        else:
            self._data = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)

    def _ids_end(self) -> int:
        return 3 + self._blocklength * array(chr(self._data[0])).itemsize

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        gaps = unpacked(chr(self._data[0]), memoryview(self._data)[3:self._ids_end()])
        self._ids = array("I", accumulate(gaps))

    def _weights_end(self) -> int:
        return self._ids_end() + (4 * self._blocklength if self._data[1] else 0)

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        if self._data[1]:
            self._weights = unpacked("f", memoryview(self._data)[self._ids_end():self._weights_end()])
        else:
            self._weights = array("f", [1.0]) * self._blocklength

    def _read_values(self):
        if self._data is None:
            self._read_data()
        kind, start, n = self._data[2], self._weights_end(), self._blocklength
        if kind == POSITIONS:
            counts, gaps = self._position_arrays()
            ends = list(accumulate(counts))
            self._values = tuple(encoded_gaps(gaps[a:b].tolist()) for a, b in zip([0, *ends], ends, strict=False))
        elif kind == NO_VALUES:
            self._values = (None,) * n if self._fixedsize == 0 else (b"",) * n
        elif kind == FIXED:
            size, data = self._fixedsize, self._data
            self._values = tuple(data[i:i + size] for i in range(start, start + n * size, size))
        else:
            lengths = unpacked("I", memoryview(self._data)[start:start + 4 * n])
            blob = self._data[start + 4 * n:]
            if kind == PACKED:
                blob = zlib.decompress(blob)
            ends = list(accumulate(lengths))
            self._values = tuple(blob[a:b] for a, b in zip([0, *ends], ends, strict=False))

    def _position_arrays(self) -> tuple[array, array]:
        start, n = self._weights_end(), self._blocklength
        count_type, gap_type, squeezed = chr(self._data[start]), chr(self._data[start + 1]), self._data[start + 2]
        body = self._data[start + 3:]
        if squeezed:
            body = zlib.decompress(body)
        size = n * array(count_type).itemsize
        return unpacked(count_type, body[:size]), unpacked(gap_type, body[size:])

    def block_gaps(self) -> list[Gaps] | None:
        """Each posting's positions in the current block, or None when it holds no positions."""
        if self._data is None:
            self._read_data()
        if self._data[2] != POSITIONS:
            return None
        counts, gaps = self._position_arrays()
        flat, at, out = gaps.tolist(), 0, []
        for count in counts:
            out.append(Gaps(flat[at:at + count]))
            at += count
        return out

    def position_gaps(self, indices: list[int]):
        """(number of positions, their gaps) of the postings at ``indices`` (ascending), as numpy
        arrays, each posting's gaps after the one before; None when the block keeps Whoosh's
        encoded values instead."""
        import numpy as np

        if self._data is None:
            self._read_data()
        if self._data[2] != POSITIONS:
            return None
        counts, gaps = (np.asarray(a, np.int64) for a in self._position_arrays())
        chosen = np.zeros(len(counts), bool)
        chosen[indices] = True
        return counts[indices], gaps[np.repeat(chosen, counts)]
