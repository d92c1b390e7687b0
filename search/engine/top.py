"""The best N matches of a query of words and phrases, scored a posting block at a time.

Whoosh's collector walks every match through a tree of matcher objects, several Python calls
per document and field: a word in most of 20,000 articles took 100 ms. Most searches are
words joined by AND and OR across fields (prefix and fuzzy words are ORs of words by the
time they get here), and for those this module reads each word's postings a block at a
time straight from the segment, adds up the same BM25F scores into a dict per word, and
keeps the best N; a phrase checks positions only in the documents that have all its words.
Date ranges filter through the date column. Anything else (other ranges, negation, phrases with
slop) is left to Whoosh.

Scores and order are Whoosh's: the sum over the words a document matches, higher first,
lower document number first among equals; the total is exact.
"""

from __future__ import annotations

import heapq
from collections import deque
from dataclasses import dataclass
from itertools import repeat
from operator import neg

from whoosh import query as Q
from whoosh.collectors import TopCollector
from whoosh.formats import Existence
from whoosh.scoring import WeightScorer

from search.engine import whoosh_internals as internals
from search.engine.schema import pair_counts, pair_term, paired_words, pairs_field
from search.engine.scoring import _Scorer


@dataclass(slots=True)
class Top:
    hits: list[tuple[int, float]]  # (document number, score), best first
    total: int
    fast: bool = True  # False: Whoosh's collector found these (an unsupported query, or changed internals)


class _Unsupported(Exception):
    pass


def top(searcher, q: Q.Query, limit: int) -> Top:
    try:
        scores = _scores(searcher, q)
    except (_Unsupported, internals.InternalsChanged):
        return _whoosh_top(searcher, q, limit)
    # (-score, docnum) pairs compare in C: higher score first, then the lower document number.
    best = heapq.nsmallest(limit, zip(map(neg, scores.values()), scores.keys(), strict=True))
    return Top([(d, -s) for s, d in best], len(scores))


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


def _scores(searcher, q: Q.Query) -> dict[int, float]:
    if not supported(q):
        raise _Unsupported
    out: dict[int, float] = {}
    for sub, offset in searcher.leaf_searchers():
        for docnum, score in _node(sub, q).items():
            out[docnum + offset] = score
    return out


def _node(sub, q: Q.Query) -> dict[int, float]:
    if isinstance(q, Q.Term):
        return _term(sub, q)
    if q is Q.NullQuery:
        return {}
    if isinstance(q, Q.Phrase):
        return _phrase(sub, q)
    if _is_date_range(q):
        mask, deleted = _mask(sub, q), sub.reader().deleted_docs_set
        return {d: q.boost for d, inside in enumerate(mask) if inside and d not in deleted}
    if isinstance(q, Q.And):
        # A record-type term matches most of a segment: checked against a cached mask, not
        # read into a dict for every search.
        filters = [c for c in q.subqueries if _is_filter(sub, c)]
        if filters and len(filters) < len(q.subqueries):
            acc = _node(sub, Q.And([c for c in q.subqueries if c not in filters]))
            for f in filters:
                mask, score = _mask(sub, f), f.boost  # an existence posting weighs 1.0
                acc = {d: s + score for d, s in acc.items() if d < len(mask) and mask[d]}
            return acc
    if isinstance(q, Q.And):
        # While a word is being typed it is often in no document: the fewest-postings part is
        # read first, and if it matches nothing, a common word beside it is never read.
        first = min(q.subqueries, key=lambda child: _postings(sub.reader(), child))
        found = _node(sub, first)
        if not found:
            return {}
        parts = sorted((found if child is first else _node(sub, child) for child in q.subqueries),
                       key=len, reverse=True)
    else:
        parts = sorted((_node(sub, child) for child in q.subqueries), key=len, reverse=True)
    if isinstance(q, Q.Or):
        # The sum over the parts a document matches: the largest part is the base, the
        # others are added into it.
        acc = parts[0]
        for other in parts[1:]:
            # Only the documents both hold are added up in Python; the others are copied in C.
            both = [(d, acc[d] + other[d]) for d in acc.keys() & other.keys()]
            acc.update(other)
            acc.update(both)
        return acc
    # AND: the sum over every part, for the documents all of them match
    acc = parts[-1]
    for other in reversed(parts[:-1]):
        acc = {d: s + other[d] for d, s in acc.items() if d in other}
        if not acc:
            break
    return acc


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


def _phrase(sub, q: Q.Phrase) -> dict[int, float]:
    """Documents with the words at consecutive positions, scored as Whoosh scores a phrase:
    the words' scores added up the way its tree of intersections adds them, times the boost.
    Two common words are one pair's posting (``_pair``). Otherwise each word's postings are read once,
    and only the documents that have every word and every indexed pair are checked for positions."""
    reader, field = sub.reader(), q.fieldname
    if field not in sub.schema or not sub.schema[field].format.supports("positions"):
        raise _Unsupported
    if any((field, w) not in reader for w in q.words):
        return {}
    paired, common = pairs_field(field), paired_words(sub.schema, field)
    pairs = [pair_term(a, b) for a, b in zip(q.words, q.words[1:], strict=False) if a in common and b in common]
    if any((paired, p) not in reader for p in pairs):
        return {}
    if len(q.words) == 2 and (found := _pair(sub, q)) is not None:
        return found
    fmt = sub.schema[field].format
    scorers = [_block_scorer(sub, field, w) for w in q.words]
    postings = []
    for w in q.words:
        found: dict[int, tuple[float, bytes]] = {}
        for ids, weights, values in internals.term_posting_blocks(reader, field, w, fmt):
            found.update(zip(ids, zip(weights, values, strict=True), strict=True))
        postings.append(found)
    docs = set(min(postings, key=len)).intersection(*postings) - reader.deleted_docs_set
    for p in pairs:  # a pair's posting holds no positions: cheaper to read than to decode them
        holding: set[int] = set()
        for ids, _ in internals.term_blocks(reader, paired, p, sub.schema[paired].format):
            holding.update(ids)
        docs &= holding
    decode = internals.position_decoder(fmt)
    matches = sorted(d for d in docs if _consecutive([decode(p[d][1]) for p in postings]))
    if not matches:
        return {}
    scores = [score(matches, [p[d][0] for d in matches]) for score, p in zip(scorers, postings, strict=True)]
    return {d: _tree_sum(list(s)) * q.boost for d, *s in zip(matches, *scores, strict=True)}


def _pair(sub, q: Q.Phrase) -> dict[int, float] | None:
    """A phrase of two words from their pair's posting alone: its documents are the phrase's,
    and its weights carry both words' counts, which are all BM25F needs besides the lengths.
    None when the index has not the pair of these words or a count was too high to carry."""
    field, (first, second) = q.fieldname, q.words
    paired, common = pairs_field(field), paired_words(sub.schema, field)
    if first not in common or second not in common:
        return None
    reader, term = sub.reader(), pair_term(first, second)
    if (paired, term) not in reader:
        return {}
    boost = sub.schema[field].format.field_boost  # the words' posting weights are counts times it
    scorers = (_block_scorer(sub, field, first), _block_scorer(sub, field, second))
    out: dict[int, float] = {}
    for ids, weights in internals.term_blocks(reader, paired, term, sub.schema[paired].format):
        counts = [pair_counts(w) for w in weights]
        if None in counts:
            return None
        firsts = scorers[0](ids, [c[0] * boost for c in counts])
        seconds = scorers[1](ids, [c[1] * boost for c in counts])
        out.update(zip(ids, [(a + b) * q.boost for a, b in zip(firsts, seconds, strict=True)], strict=True))
    for d in reader.deleted_docs_set & out.keys():
        del out[d]
    return out


def _consecutive(positions: list) -> bool:
    """Whether the first word sits somewhere right before the second, the second before the third..."""
    starts = set(positions[0])
    for i, later in enumerate(positions[1:], 1):
        starts.intersection_update([p - i for p in later])
        if not starts:
            return False
    return True


def _tree_sum(values: list[float]) -> float:
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def _is_date_range(q: Q.Query) -> bool:
    """``date:2022`` and the like: each article it matches scores its boost, read from the column."""
    return type(q) is Q.NumericRange and q.fieldname == "date" and q.constantscore


def _date_mask(sub, q: Q.NumericRange) -> bytes:
    dates = _dates(sub)
    if dates is None:
        if next(iter(sub.reader().lexicon("date")), None) is None:
            return bytes(sub.reader().doc_count_all())  # a segment of articles without dates
        raise _Unsupported  # written before dates had a column
    lo = (q.start or 0) + bool(q.startexcl and q.start is not None)
    # An article without a date holds the column's default, past every real date.
    hi = min(99991231 if q.end is None else q.end - bool(q.endexcl), 99991231)
    return bytes(lo <= x <= hi for x in dates)


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
        mask = bytearray(reader.doc_count_all())
        if key in reader:
            mark = mask.__setitem__
            for ids in internals.term_ids(reader, q.fieldname, q.text, sub.schema[q.fieldname].format):
                deque(map(mark, ids, repeat(1, len(ids))), maxlen=0)  # the loop in C: a type term holds most documents
        cache[key] = mask
    return cache[key]


def _block_scorer(sub, field: str, text: str):
    """A function from a posting block's documents and weights to their scores, Whoosh's own."""
    scorer = sub.weighting.scorer(sub, field, text)
    if isinstance(scorer, _Scorer):
        idf, k1, norm, lengths = scorer.idf, scorer.K1 + 1, scorer.norm, scorer.lengths

        def bm25(ids, weights) -> list[float]:
            try:
                return [idf * ((tf * k1) / (tf + norm[lengths[d]])) for d, tf in zip(ids, weights, strict=True)]
            except IndexError:  # a document past the end of the length column: Whoosh's own way
                return [internals.bm25_score(scorer, tf, d) for d, tf in zip(ids, weights, strict=True)]

        return bm25
    if type(scorer) is WeightScorer:
        # A field without lengths (ids, keywords) scores a match by its weight alone.
        return lambda ids, weights: weights
    raise _Unsupported  # a scoring model this module does not reproduce


def _term(sub, q: Q.Term) -> dict[int, float]:
    reader = sub.reader()
    field, text = q.fieldname, q.text
    if field not in sub.schema or (field, text) not in reader:
        return {}
    score = _block_scorer(sub, field, text)
    ids, weights = internals.term_postings(reader, field, text, sub.schema[field].format)
    out = dict(zip(ids, score(ids, weights), strict=True))
    if q.boost != 1.0:
        boost = q.boost
        out = {d: s * boost for d, s in out.items()}
    for d in reader.deleted_docs_set & out.keys():
        del out[d]
    return out
