"""Postings into a segment: the pool's runs and the merged segments' postings, each source in
document order, merged by term and written a block or a slice at a time."""

from __future__ import annotations

from array import array

from whoosh.util.numeric import byte_to_length

from search.engine.codec import ArrayLeafMatcher
from search.engine.values import whoosh_value
from search.engine.whoosh_internals import InternalsChanged

# A field length by its length byte, as Whoosh's reader gives it (0: none).
LENGTHS = (None, *(byte_to_length(b) for b in range(1, 256)))


def segment_postings(reader, schema, basedoc: int, docmap: array | None):
    """A merged segment's postings as ``TermPool`` records, its documents renumbered from
    ``basedoc`` (or by ``docmap``, which leaves out deleted ones): each term's postings from the
    term info read in the same pass (Whoosh looks each term up again), a block at a time rather
    than four method calls a posting."""
    try:
        terms = reader._terms
        postings_reader, postfile = terms._codec.postings_reader, terms._postfile
        items = terms.items()
    except AttributeError as e:
        raise InternalsChanged(str(e)) from e
    seq = 0
    for (field, text), info in items:
        if field not in schema:
            continue
        matcher = postings_reader(postfile, info, schema[field].format, term=(field, text))
        if not isinstance(matcher, ArrayLeafMatcher):  # inlined, or in Whoosh's own layout
            found = list(_all_of(matcher))
            blocks = [([d for d, _, _ in found], [w for _, w, _ in found], [v for _, _, v in found])]
        else:
            blocks = _blocks(matcher)
        for ids, weights, values in blocks:
            if docmap is None:
                ids = array("I", [basedoc + d for d in ids])
            else:
                kept = [n for n, d in enumerate(ids) if docmap[d] >= 0]
                if len(kept) < len(ids):
                    weights, values = [weights[n] for n in kept], [values[n] for n in kept]
                ids = array("I", [docmap[ids[n]] for n in kept])
            if ids:
                seq += 1
                yield field, text, basedoc, seq, ids, weights, values


def _blocks(matcher):
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        values = matcher.block_gaps()
        if values is None:
            matcher._read_values()
            values = matcher._values
        yield matcher._ids, matcher._weights, values
        if matcher._lastblock:
            break
        matcher._next_block()


def _all_of(matcher):
    while matcher.is_active():
        yield matcher.id(), matcher.weight(), matcher.value()
        matcher.next()


def write_postings(fieldwriter, schema, lengths, records) -> None:
    """Records of ``TermPool``'s form, in term and document order, into a segment: Whoosh's
    ``add_postings`` with each term's postings taken a slice at a time."""
    field = text = add = None
    for name, term, _, _, ids, weights, values in records:
        if name != field:
            if text is not None:
                fieldwriter.finish_term()
            if field is not None:
                fieldwriter.finish_field()
            field, text = name, None
            fieldwriter.start_field(name, schema[name])
            add = _adder(fieldwriter._postwriter, name, schema[name], lengths)
        if term != text:
            if text is not None:
                fieldwriter.finish_term()
            fieldwriter.start_term(term)
            text = term
        add(ids, weights, values)
    if text is not None:
        fieldwriter.finish_term()
    if field is not None:
        fieldwriter.finish_field()


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
