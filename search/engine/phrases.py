"""Phrases, scored as Whoosh scores them: a document's words at consecutive positions.

A phrase of two common words is one pair's posting (``_pair``); otherwise each word's postings
are read once, and only the documents that have every word and every indexed pair are checked
for positions. Answers are dicts of document number to score, for ``top`` to take in.
"""

from __future__ import annotations

from functools import partial, reduce

from whoosh import query as Q

from search.engine import whoosh_internals as internals
from search.engine.schema import pair_counts, pair_term, paired_words, pairs_field
from search.engine.scoring import Unsupported, bm25_scores


def phrase(sub, q: Q.Phrase) -> dict[int, float]:
    """Documents with the words at consecutive positions, scored as Whoosh scores a phrase:
    the words' scores added up the way its tree of intersections adds them, times the boost.
    Two common words are one pair's posting (``_pair``). Otherwise each word's postings are read once,
    and only the documents that have every word and every indexed pair are checked for positions."""
    reader, field = sub.reader(), q.fieldname
    if field not in sub.schema or not sub.schema[field].format.supports("positions"):
        raise Unsupported
    if any((field, w) not in reader for w in q.words):
        return {}
    paired, common = pairs_field(field), paired_words(sub.schema, field)
    pairs = [pair_term(a, b) for a, b in zip(q.words, q.words[1:], strict=False) if a in common and b in common]
    if any((paired, p) not in reader for p in pairs):
        return {}
    if len(q.words) == 2 and (found := _pair(sub, q)) is not None:
        return found
    import numpy as np

    fmt = sub.schema[field].format
    postings = [internals.term_postings(reader, field, w, fmt) for w in q.words]
    ids = [np.frombuffer(found, np.uint32) for found, _ in postings]
    docs = reduce(partial(np.intersect1d, assume_unique=True), sorted(ids, key=len))
    if reader.has_deletions():
        docs = np.setdiff1d(docs, np.fromiter(reader.deleted_docs_set, np.uint32), assume_unique=True)
    for p in pairs:  # a pair's posting holds no positions: cheaper to read than to decode them
        holding = internals.term_postings(reader, paired, p, sub.schema[paired].format)[0]
        docs = np.intersect1d(docs, np.frombuffer(holding, np.uint32), assume_unique=True)
    wanted = docs.tolist()
    matches = _consecutive(wanted, [internals.term_positions(reader, field, w, fmt, wanted) for w in q.words])
    if not matches:
        return {}
    found = np.asarray(matches, np.int64)
    scores = [bm25_scores(sub, field, w, found, np.frombuffer(weights, np.float64)[np.searchsorted(word_ids, found)])
              .tolist() for w, word_ids, (_, weights) in zip(q.words, ids, postings, strict=True)]
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
    import numpy as np

    boost = sub.schema[field].format.field_boost  # the words' posting weights are counts times it
    out: dict[int, float] = {}
    for ids, weights in internals.term_blocks(reader, paired, term, sub.schema[paired].format):
        counts = [pair_counts(w) for w in weights]
        if None in counts:
            return None
        docs = np.asarray(ids, np.int64)
        firsts = bm25_scores(sub, field, first, docs, np.array([c[0] * boost for c in counts], np.float64))
        seconds = bm25_scores(sub, field, second, docs, np.array([c[1] * boost for c in counts], np.float64))
        out.update(zip(ids, ((firsts + seconds) * q.boost).tolist(), strict=True))
    for d in reader.deleted_docs_set & out.keys():
        del out[d]
    return out


def _consecutive(docs: list[int], words: list) -> list[int]:
    """The documents of ``docs`` where the first word sits right before the second, the second
    before the third...; ``words``: each word's (counts, gaps) in those documents."""
    import numpy as np

    held = None
    for offset, (counts, gaps) in enumerate(words):
        ends = np.cumsum(counts)
        total = np.cumsum(gaps)
        # Each document's positions: its running total of gaps, less what came before it.
        before = np.repeat(total[ends - counts] - gaps[ends - counts], counts) if len(gaps) else gaps
        owner = np.repeat(np.arange(len(docs), dtype=np.int64), counts)
        # Ascending and distinct already: documents in order, each one's positions in order.
        keys = owner * _STRIDE + (total - before - offset)
        if held is not None:
            at = np.minimum(np.searchsorted(keys, held), len(keys) - 1) if len(keys) else held[:0]
            held = held[keys[at] == held] if len(keys) else held[:0]
        else:
            held = keys
    return [docs[i] for i in np.unique(held // _STRIDE).tolist()] if held is not None else []


_STRIDE = 1 << 33  # past any position, and any position less the phrase's length


def _tree_sum(values: list[float]) -> float:
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])
