"""Postings into a segment: the pool's runs and the merged segments' postings, each source in
document order, merged by term and written a block or a slice at a time.

A merged segment's blocks are copied whole: a block keeps its documents as gaps, only the first
of them a document number, so a block whose documents are all renumbered by the same shift
changes in that one number (and its header's last document), and its weights and values
(positions, compressed) are copied byte for byte. Decoding every posting and encoding it again
was most of a merge's time. A partial block is copied only where it ends its term; otherwise
its postings join the next ones, a partial block of their own only where a full block follows.
So a term has no more partial blocks than full ones (and its last), and a rare term's postings
from many segments still share a block.

A term's weight total is added up a block at a time, as Whoosh's term info does: blocks cut
elsewhere give the same total while weights are whole numbers, as this schema's are (counts,
boosted counts, pairs' packed counts).
"""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate

from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.filedb.filetables import _lengths
from whoosh.reading import CorruptIndexError
from whoosh.util.numeric import byte_to_length

from search.engine.codec import _HEAD, MAGIC, WHOLE_UP_TO, ArrayCodec, ArrayLeafMatcher
from search.engine.packing import packed, smallest, unpacked
from search.engine.values import whoosh_value
from search.engine.whoosh_internals import InternalsChanged

_TYPECODES = {2: b"H", 4: b"I"}  # a gap's size: its array type
_EXTENT = struct.Struct("!qi")  # where a term info not inlined ends: its postings' offset and length
_SIZES = {ord(t): array(t).itemsize for t in "BHI"}  # a gap's array type (a block's first byte): its size

# A field length by its length byte, as Whoosh's reader gives it (0: none).
LENGTHS = (None, *(byte_to_length(b) for b in range(1, 256)))


class Block:
    """A merged segment's block, renumbered, to be written as it is. Its statistics are read
    by Whoosh's ``W3TermInfo.add_block`` as it reads a postings writer's."""

    __slots__ = ("count", "first", "last", "maxweight", "minlen", "maxlen", "_weights", "data", "fixedsize")

    def __len__(self) -> int:
        return self.count

    def min_id(self) -> int:
        return self.first

    def max_id(self) -> int:
        return self.last

    def min_length(self) -> int | None:
        return LENGTHS[self.minlen]

    def max_length(self) -> int:
        return byte_to_length(self.maxlen)

    def max_weight(self) -> float:
        return self.maxweight

    def postings(self) -> tuple:
        """(documents, weights, values), as the block's matcher reads them."""
        return _decoded(_shell(self.data, self.count, self.fixedsize))

    def written(self, last: bool) -> bytes:
        """The header and data ``ArrayPostingsWriter`` writes for these postings."""
        length = _HEAD.size - 4 + len(self.data)
        return _HEAD.pack(-length if last else length, self.count, self.last, self.maxweight, self.minlen,
                          self.maxlen) + self.data


def segment_postings(reader, schema, basedoc: int, docmap: array | None, whole: bool = False):
    """A merged segment's postings as ``TermPool`` records, its documents renumbered from
    ``basedoc`` (or by ``docmap``, which leaves out deleted ones): each term's postings from the
    term info read in the same pass (Whoosh looks each term up again), a block at a time rather
    than four method calls a posting. With ``whole``, a block of this layout without deleted
    documents comes as a ``Block`` in place of its documents, its weights and values left out."""
    try:
        terms = reader._terms
        codec, postfile = terms._codec, terms._postfile
        whole = whole and isinstance(codec, ArrayCodec)
        items = _term_entries(terms) if whole else terms.items()
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e
    deleted = None if docmap is None else array("I", (d for d, new in enumerate(docmap) if new < 0))
    seq = 0
    for (field, text), info in items:
        if field not in schema:
            continue
        fmt = schema[field].format
        if type(info) is tuple:
            blocks = _whole_blocks(postfile, info, fmt.fixed_value_size(), basedoc, docmap, deleted)
        else:
            matcher = codec.postings_reader(postfile, info, fmt, term=(field, text))
            if isinstance(matcher, ArrayLeafMatcher):
                blocks = _blocks(matcher)
            else:  # inlined, or in Whoosh's own layout
                found = list(_all_of(matcher))
                blocks = [([d for d, _, _ in found], [w for _, w, _ in found], [v for _, _, v in found])]
        for ids, weights, values in blocks:
            if type(ids) is not Block:
                if docmap is None:
                    ids = array("I", [basedoc + d for d in ids])
                else:
                    kept = [n for n, d in enumerate(ids) if docmap[d] >= 0]
                    if len(kept) < len(ids):
                        weights, values = [weights[n] for n in kept], [values[n] for n in kept]
                    ids = array("I", [docmap[ids[n]] for n in kept])
                if not ids:
                    continue
            seq += 1
            yield field, text, basedoc, seq, ids, weights, values


def _term_entries(terms, chunk: int = 1 << 20):
    """Whoosh's ``terms.items()``, the table read a megabyte at a time rather than with three
    reads a term, and a term info whose postings are not inlined only as its extent (offset,
    length): each term's statistics are worked out again from its blocks."""
    table, fields = terms._tindex, terms._fieldunmap
    dbfile, at, end = table.dbfile, table.startofdata, table.endofdata
    lengths, extent, head = _lengths, _EXTENT.unpack_from, W3TermInfo._struct.size
    buf = b""
    while at < end:
        buf += dbfile.get(at, min(chunk, end - at))
        at += min(chunk, end - at)
        pos = 0
        while pos + lengths.size <= len(buf):
            keylen, datalen = lengths.unpack_from(buf, pos)
            key, stop = pos + lengths.size, pos + lengths.size + keylen + datalen
            if stop > len(buf):
                break
            value = buf[key + keylen:stop]
            name = (fields[int.from_bytes(buf[key:key + 2], "big")], buf[key + 2:key + keylen])
            yield name, (W3TermInfo.from_bytes(value) if value[0] else extent(value, head))
            pos = stop
        buf = buf[pos:]
    if buf:
        raise CorruptIndexError("The terms table ends inside an entry: the index appears damaged; "
                                "rebuilding it should fix it.")


def _blocks(matcher):
    while matcher.is_active():
        yield _decoded(matcher)
        if matcher._lastblock:
            break
        matcher._next_block()


def _decoded(matcher) -> tuple:
    """The current block's (documents, weights, values)."""
    matcher._read_ids()
    matcher._read_weights()
    values = matcher.block_gaps()
    if values is None:
        matcher._read_values()
        values = matcher._values
    return matcher._ids, matcher._weights, values


def _shell(data, count: int, fixedsize) -> ArrayLeafMatcher:
    """A matcher that knows one block's data, which is all its decoding reads."""
    shell = ArrayLeafMatcher.__new__(ArrayLeafMatcher)
    shell._data, shell._blocklength, shell._fixedsize = data, count, fixedsize
    return shell


def _whole_blocks(postfile, extent, fixedsize, basedoc: int, docmap: array | None, deleted: array | None):
    """A term's blocks read as they are laid out (as ``ArrayLeafMatcher`` reads them), each a
    renumbered ``Block``, or decoded when it holds a deleted document."""
    offset, length = extent
    buf = postfile.get(offset, length) if length <= WHOLE_UP_TO else None
    if (buf[:len(MAGIC)] if buf is not None else postfile.get(offset, len(MAGIC))) != MAGIC:
        raise CorruptIndexError(f"Bad postings block tag at offset {offset}: the index appears damaged; "
                                f"rebuilding it should fix it.")
    at = len(MAGIC)
    while at < length:
        try:
            head = _HEAD.unpack(postfile.get(offset + at, _HEAD.size)) if buf is None else _HEAD.unpack_from(buf, at)
        except struct.error as e:
            raise CorruptIndexError(f"Damaged postings block at offset {offset + at}: {e}") from e
        end = at + 4 + abs(head[0])
        data = buf[at + _HEAD.size:end] if buf is not None else postfile.get(offset + at + _HEAD.size,
                                                                               end - at - _HEAD.size)
        block = _renumbered(head, data, fixedsize, basedoc, docmap, deleted)
        yield (block, None, None) if block is not None else _decoded(_shell(data, head[1], fixedsize))
        if head[0] < 0:
            break
        at = end


def _renumbered(head: tuple, data: bytes, fixedsize, basedoc: int, docmap: array | None,
                deleted: array | None) -> Block | None:
    """A block with its documents renumbered: its first gap (the rest are gaps between them)
    and its last document, or the gaps after deleted documents left out; None when it holds a
    deleted document."""
    _, count, last, maxweight, minlen, maxlen = head
    size = _SIZES[data[0]]
    ids_end = 3 + size * count
    first = int.from_bytes(data[3:3 + size], "little")
    if docmap is None:
        gone, shift = (), basedoc
    else:
        gone = deleted[bisect_left(deleted, first):bisect_right(deleted, last)]
        shift = docmap[last] - last
    renumbered = first + shift + len(gone)
    if not gone and shift >= 0:
        # the other gaps fit where they are: the first decides the gaps' type, as _write_block's
        if not renumbered >> 8 * size:
            out = b"".join((data[:3], renumbered.to_bytes(size, "little"), data[3 + size:]))
        else:  # each gap's little-endian bytes, zeros above them
            wide = 2 if renumbered < 1 << 16 else 4
            gaps = bytearray(wide * count)
            for at in range(size):
                gaps[at::wide] = data[3 + at:ids_end:size]
            gaps[:wide] = renumbered.to_bytes(wide, "little")
            out = b"".join((_TYPECODES[wide], data[1:3], gaps, data[ids_end:]))
    else:  # the gaps' type _write_block would choose for them
        gaps = array("I", unpacked(chr(data[0]), data[3:ids_end]))
        if gone:
            docs = list(accumulate(gaps))
            for doc in gone:
                at = bisect_left(docs, doc)
                if docs[at] == doc:
                    return None
                gaps[at] -= 1  # one document fewer between this posting's and the one's before
        gaps[0] = renumbered
        gaps = smallest(gaps)
        out = b"".join((gaps.typecode.encode(), data[1:3], packed(gaps), data[ids_end:]))
    block = Block()
    block.count, block.first, block.last, block.data = count, renumbered, last + shift, out
    block.maxweight, block.minlen, block.maxlen, block.fixedsize = maxweight, minlen, maxlen, fixedsize
    # Their sum, as Whoosh's term info adds them up (all 1.0 when the block keeps none).
    block._weights = unpacked("f", data[ids_end:ids_end + 4 * count]) if data[1] else (float(count),)
    return block


def _all_of(matcher):
    while matcher.is_active():
        yield matcher.id(), matcher.weight(), matcher.value()
        matcher.next()


def write_postings(fieldwriter, schema, lengths, records) -> None:
    """Records of ``TermPool``'s form, in term and document order, into a segment: Whoosh's
    ``add_postings`` with each term's postings taken a slice at a time, or a ``Block`` whole.
    A block waits for the next record: a full one is written as it is then (its length negative
    if it ends its term), a partial one only if it ends its term, else its postings join the
    next ones. A full block after other postings leaves those a partial block of their own."""
    field = text = add = held = None
    postwriter = limit = None
    for name, term, _, _, ids, weights, values in records:
        if (name != field or term != text) and text is not None:
            if held is not None:
                _write_block(postwriter, held, last=True)
                held = None
            fieldwriter.finish_term()
            text = None
        if name != field:
            if field is not None:
                fieldwriter.finish_field()
            field = name
            fieldwriter.start_field(name, schema[name])
            postwriter = fieldwriter._postwriter
            limit = getattr(postwriter, "_blocklimit", None)
            add = _adder(postwriter, name, schema[name], lengths)
        if text is None:
            fieldwriter.start_term(term)
            text = term
        if held is not None:
            if held.count < limit:
                add(*held.postings())
            else:
                _write_block(postwriter, held, last=False)
            held = None
        if type(ids) is not Block:
            add(ids, weights, values)
        elif not len(postwriter._ids):
            held = ids
        elif ids.count < limit:
            add(*ids.postings())
        else:
            postwriter._write_block()
            held = ids
    if text is not None:
        if held is not None:
            _write_block(postwriter, held, last=True)
        fieldwriter.finish_term()
    if field is not None:
        fieldwriter.finish_field()


def _write_block(postwriter, block: Block, last: bool) -> None:
    """``ArrayPostingsWriter._write_block`` for a block already laid out."""
    postwriter._terminfo.add_block(block)
    postwriter._postfile.write(block.written(last) if postwriter._blockcount else MAGIC + block.written(last))
    postwriter._blockcount += 1


def _adder(postwriter, name: str, field, lengths):
    table = lengths.length_bytes(name, field)
    if table is not None and hasattr(postwriter, "add_many"):
        return lambda ids, weights, values: postwriter.add_many(ids, weights, values, table)
    if table is None:
        length_of = lengths.doc_field_length_reader(name)
    else:
        length_of = (lambda docnum: LENGTHS[table[docnum]]) if table else (lambda docnum: 0)

    def add(ids, weights, values):
        for docnum, weight, value in zip(ids, weights, values, strict=True):
            postwriter.add_posting(docnum, weight, whoosh_value(value) if value else b"", length_of(docnum))
    return add
