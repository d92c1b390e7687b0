"""The best N matches of a query of words and phrases, scored a posting block at a time.

Whoosh's collector walks every match through a tree of matcher objects, several Python calls
per document and field: a word in most of 20,000 articles took 100 ms. Most searches are
words joined by AND and OR across fields (prefix and fuzzy words are ORs of words by the
time they get here), and for those this module reads each word's postings straight from the
segment into arrays, computes the same BM25F scores over a whole word at once, adds them up
part by part and keeps the best N. Phrases are ``phrases``'s. Date ranges filter through the
date column. Anything else (other ranges, negation, phrases with slop) is left to Whoosh.

Scores and order are Whoosh's: the sum over the words a document matches, added in the same
order as a document at a time would, higher first, lower document number first among equals;
the total is exact. numpy is imported on the first search, not with this module: the app's
first frame must not wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as Q
from whoosh.collectors import TopCollector
from whoosh.formats import Existence

from search.engine import whoosh_internals as internals
from search.engine.phrases import phrase
from search.engine.scoring import Unsupported as _Unsupported
from search.engine.scoring import bm25_scores

NO_DATE = 2**32 - 1  # what the date column reads back for a document without one


def _np():
    import numpy

    return numpy


@dataclass(slots=True)
class Top:
    hits: list[tuple[int, float]]  # (document number, score), best first
    total: int
    fast: bool = True  # False: Whoosh's collector found these (an unsupported query, or changed internals)


@dataclass(slots=True)
class Found:
    """A segment's matches of a query: document numbers ascending, and their scores."""

    ids: object  # numpy int64
    scores: object  # numpy float64

    def __len__(self) -> int:
        return len(self.ids)


def _nothing() -> Found:
    np = _np()
    return Found(np.empty(0, np.int64), np.empty(0, np.float64))


def _from_dict(found: dict[int, float]) -> Found:
    np = _np()
    ids = np.fromiter(found.keys(), np.int64, len(found))
    scores = np.fromiter(found.values(), np.float64, len(found))
    order = np.argsort(ids)
    return Found(ids[order], scores[order])


def top(searcher, q: Q.Query, limit: int) -> Top:
    try:
        found = _scores(searcher, q)
    except (_Unsupported, internals.InternalsChanged):
        return _whoosh_top(searcher, q, limit)
    return Top(_best(found, limit), len(found))


def newest(searcher, q: Q.Query, limit: int) -> Top:
    """The ``limit`` newest matches of ``q``, undated last, as Whoosh's sort by ``NEWEST_FIRST``
    reversed gives them (a Python call per match there: 0.3 s at 100,000 articles): the same
    order (equal dates, the higher document number first), each score the date it sorted by."""
    from search.engine.shapes import NEWEST_FIRST, UNDATED

    np = _np()
    try:
        found = _scores(searcher, q)
        columns, start = [], 0
        for sub, offset in searcher.leaf_searchers():
            if offset != start:
                raise _Unsupported
            columns.append(_date_column(sub))
            start += len(columns[-1])
    except (_Unsupported, internals.InternalsChanged):
        by_date = searcher.search(q, limit=limit, sortedby=NEWEST_FIRST, reverse=True)
        return Top([(hit.docnum, hit.score or 0) for hit in by_date], len(by_date), fast=False)
    ids = found.ids
    keys = np.concatenate(columns)[ids] if len(columns) > 1 else columns[0][ids]
    return Top(_ranked(ids, np.where(keys < UNDATED, keys, 0), limit, later_first=True), len(found))


def _best(found: Found, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (document, score): higher score first, then the lower document number."""
    return _ranked(found.ids, found.scores, limit, later_first=False)


def _ranked(ids, keys, limit: int, later_first: bool) -> list[tuple[int, float]]:
    """The ``limit`` (document, key) of highest key; equal keys, the lower document number first
    (or the higher, ``later_first``)."""
    np = _np()
    if limit <= 0 or not len(ids):
        return []
    if len(ids) > limit:
        # Everything at least the limit-th highest key, ties included, is sorted.
        kth = np.partition(keys, len(keys) - limit)[len(keys) - limit]
        keep = keys >= kth
        ids, keys = ids[keep], keys[keep]
    order = np.lexsort((-ids if later_first else ids, -keys))[:limit]
    return list(zip(ids[order].tolist(), keys[order].tolist(), strict=True))


def _dates(sub):
    """A segment's date column as an array of yyyymmdd, cached like the masks; None for a
    segment written before dates had a column."""
    reader = sub.reader()
    cache = internals.reader_cache(reader)
    if "date" not in cache:
        if reader.has_column("date"):
            column = reader.column_reader("date")
            values = internals.numeric_column(column)
            cache["date"] = column.load() if values is None else values
        else:
            cache["date"] = None
    return cache["date"]


def supported(q: Q.Query) -> bool:
    if type(q) is Q.Term or q is Q.NullQuery:  # a prefix or fuzzy word that matched nothing
        return True
    if type(q) is Q.Phrase:
        return q.slop == 1 and len(q.words) > 1
    if _is_date_range(q):
        return True
    if isinstance(q, Q.And | Q.Or) and q.boost == 1.0 and type(q) in (Q.And, Q.Or):
        return bool(q.subqueries) and all(supported(c) for c in q.subqueries)
    return False


def _whoosh_top(searcher, q: Q.Query, limit: int) -> Top:
    # No pruning: Whoosh's top-N search skips documents that cannot make the page, and then
    # its total would count only the survivors.
    collector = TopCollector(limit, usequality=False, replace=0)
    searcher.search_with_collector(q, collector)
    found = collector.results()
    return Top([(hit.docnum, hit.score) for hit in found], len(found), fast=False)


def _scores(searcher, q: Q.Query) -> Found:
    """Every match of ``q`` in the searcher's segments, as document numbers of the whole index."""
    if not supported(q):
        raise _Unsupported
    np = _np()
    parts = [(found, offset) for sub, offset in searcher.leaf_searchers() if len(found := _node(sub, q))]
    if not parts:
        return _nothing()
    return Found(np.concatenate([f.ids + offset for f, offset in parts]),
                 np.concatenate([f.scores for f, _ in parts]))


def _node(sub, q: Q.Query) -> Found:
    if isinstance(q, Q.Term):
        return _term(sub, q)
    if q is Q.NullQuery:
        return _nothing()
    if isinstance(q, Q.Phrase):
        return _from_dict(phrase(sub, q))
    np = _np()
    if _is_date_range(q):
        ids = _live(sub, np.flatnonzero(np.frombuffer(_mask(sub, q), np.uint8)))
        return Found(ids, np.full(len(ids), q.boost, np.float64))
    if isinstance(q, Q.And):
        # A record-type term matches most of a segment: checked against a cached mask, not
        # read for every search.
        filters = [c for c in q.subqueries if _is_filter(sub, c)]
        if filters and len(filters) < len(q.subqueries):
            acc = _node(sub, Q.And([c for c in q.subqueries if c not in filters]))
            for f in filters:
                mask, score = np.frombuffer(_mask(sub, f), np.uint8), f.boost  # an existence posting weighs 1.0
                keep = acc.ids < len(mask)
                keep[keep] = mask[acc.ids[keep]] != 0
                acc = Found(acc.ids[keep], acc.scores[keep] + score)
            return acc
        # While a word is being typed it is often in no document: the fewest-postings part is
        # read first, and if it matches nothing, a common word beside it is never read.
        first = min(q.subqueries, key=lambda child: _postings(sub.reader(), child))
        found = _node(sub, first)
        if not len(found):
            return found
        parts = sorted((found if child is first else _node(sub, child) for child in q.subqueries),
                       key=len, reverse=True)
        # The sum over every part, for the documents all of them match: smallest part first.
        acc = parts[-1]
        for other in reversed(parts[:-1]):
            acc = _both(acc, other)
            if not len(acc):
                break
        return acc
    # OR: the sum over the parts a document matches, the largest part first.
    return _either(sorted((_node(sub, child) for child in q.subqueries), key=len, reverse=True))


def _both(acc: Found, other: Found) -> Found:
    """The documents of ``acc`` that ``other`` holds, each ``acc``'s score plus ``other``'s."""
    np = _np()
    if not len(acc) or not len(other):
        return _nothing()
    at = np.minimum(np.searchsorted(other.ids, acc.ids), len(other.ids) - 1)
    hit = other.ids[at] == acc.ids
    return Found(acc.ids[hit], acc.scores[hit] + other.scores[at[hit]])


def _either(parts: list[Found]) -> Found:
    """Every document of ``parts``, its scores added up in the parts' order."""
    np = _np()
    parts = [p for p in parts if len(p)]
    if len(parts) < 2:
        return parts[0] if parts else _nothing()
    size = max(int(p.ids[-1]) for p in parts) + 1
    total, hit = np.zeros(size), np.zeros(size, bool)
    for p in parts:
        total[p.ids] += p.scores  # 0.0 + the first part's score is that score exactly
        hit[p.ids] = True
    ids = np.flatnonzero(hit)
    return Found(ids, total[ids])


def _live(sub, ids, scores=None):
    """``ids`` (and their ``scores``) without the segment's deleted documents."""
    reader = sub.reader()
    if not reader.has_deletions():
        return ids if scores is None else Found(ids, scores)
    np = _np()
    cache = internals.reader_cache(reader)
    if "deleted" not in cache:
        cache["deleted"] = np.array(sorted(reader.deleted_docs_set), np.int64)
    keep = ~np.isin(ids, cache["deleted"])
    return ids[keep] if scores is None else Found(ids[keep], scores[keep])


def _postings(reader, q: Q.Query) -> float:
    """An upper bound on the documents ``q`` matches in a segment, from term statistics alone."""
    if isinstance(q, Q.Term):
        return reader.doc_frequency(q.fieldname, q.text) if (q.fieldname, q.text) in reader else 0
    if isinstance(q, Q.Phrase):
        return min((_postings(reader, Q.Term(q.fieldname, w)) for w in q.words), default=0)
    if q is Q.NullQuery:
        return 0
    if type(q) is Q.Or:
        return sum(_postings(reader, c) for c in q.subqueries)
    if type(q) is Q.And:
        return min((_postings(reader, c) for c in q.subqueries), default=0)
    return float("inf")  # a date range: read as a mask, cheap anyway


def _is_date_range(q: Q.Query) -> bool:
    """``date:2022`` and the like: each article it matches scores its boost, read from the column."""
    return type(q) is Q.NumericRange and q.fieldname == "date" and q.constantscore


def _date_column(sub):
    """Every document's date in a segment, the column's "no date" (past every real date) where
    it has none: a column may end before the last documents, or be missing where none has one."""
    cache = internals.reader_cache(sub.reader())
    if "date_column" not in cache:
        np = _np()
        size = sub.reader().doc_count_all()
        dates = _dates(sub)
        if dates is None and next(iter(sub.reader().lexicon("date")), None) is None:
            cache["date_column"] = np.full(size, NO_DATE, np.int64)
        elif dates is None or len(dates) > size:  # written before dates had a column
            cache["date_column"] = None
        else:
            cache["date_column"] = np.pad(np.asarray(dates, np.int64), (0, size - len(dates)),
                                          constant_values=NO_DATE)
    if cache["date_column"] is None:
        raise _Unsupported
    return cache["date_column"]


def _date_mask(sub, q: Q.NumericRange) -> bytes:
    dates = _date_column(sub)
    lo = (q.start or 0) + bool(q.startexcl and q.start is not None)
    hi = min(99991231 if q.end is None else q.end - bool(q.endexcl), 99991231)
    return ((dates >= lo) & (dates <= hi)).astype(_np().uint8).tobytes()


def _is_filter(sub, q: Q.Query) -> bool:
    """A term on an id field (``type:quote``): no lengths, every posting weighs 1.0; or a date range."""
    if _is_date_range(q):
        return True
    if not isinstance(q, Q.Term) or q.fieldname not in sub.schema:
        return False
    field = sub.schema[q.fieldname]
    return not field.scorable and isinstance(field.format, Existence)


def _mask(sub, q: Q.Term | Q.NumericRange) -> bytes | bytearray:
    """One byte per document of the segment, 1 where ``q`` matches, cached on the segment
    reader (which lives as long as the searcher). Deleted documents need no care: a mask only
    narrows the other parts of an AND, which never hold them."""
    reader = sub.reader()
    cache = internals.reader_cache(reader)
    if _is_date_range(q):
        key = ("date", q.start, q.end, q.startexcl, q.endexcl)
        if key not in cache:
            cache[key] = _date_mask(sub, q)
        return cache[key]
    key = (q.fieldname, q.text)
    if key not in cache:
        np = _np()
        mask = np.zeros(reader.doc_count_all(), np.uint8)
        if key in reader:
            blocks = list(internals.term_ids(reader, q.fieldname, q.text, sub.schema[q.fieldname].format))
            if blocks:
                mask[np.concatenate([np.asarray(ids, np.int64) for ids in blocks])] = 1
        cache[key] = mask.tobytes()
    return cache[key]


def _term(sub, q: Q.Term) -> Found:
    reader = sub.reader()
    field, text = q.fieldname, q.text
    if field not in sub.schema or (field, text) not in reader:
        return _nothing()
    np = _np()
    ids, weights = internals.term_postings(reader, field, text, sub.schema[field].format)
    ids = np.frombuffer(ids, np.uint32).astype(np.int64)
    scores = bm25_scores(sub, field, text, ids, np.frombuffer(weights, np.float64))
    if q.boost != 1.0:
        scores = scores * q.boost
    return _live(sub, ids, scores)


def warm(searcher) -> None:
    """What the first searches would otherwise pay for, read ahead: numpy, each segment's title
    and body lengths, and which documents are articles and which quotes (at 100,000 articles a
    third of a second in all, most of it the quotes' mask)."""
    _np()
    import numpy.ma  # noqa: F401 (numpy's unique() imports it on its first call: 17 ms of a phrase)
    for sub, _ in searcher.leaf_searchers() if searcher is not None else ():
        for field in ("title", "body"):
            internals.length_bytes(sub.reader(), field)
        for kind in ("article", "quote"):
            _mask(sub, Q.Term("type", kind))
