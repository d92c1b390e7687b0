"""BM25F with each segment's field lengths read once, not once per scored document.

Whoosh's scorer looks up a document's field length through the column reader for every
match: a quarter of the time of a common word at 20,000 articles. The lengths are one byte
per document; read whole, then a table from byte to BM25's length norm, a match costs a
bytes index and a little arithmetic. Scores are the same as Whoosh's BM25F.
"""

from __future__ import annotations

from whoosh import scoring
from whoosh.scoring import WeightScorer
from whoosh.util.numeric import byte_to_length

from search.engine.whoosh_internals import bm25_score, length_bytes, reader_cache


class Unsupported(Exception):
    """A query (or scoring model) the fast path does not evaluate: Whoosh's collector answers it."""


class BM25F(scoring.BM25F):
    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf=qf)
        B = self._field_B.get(fieldname, self.B)
        lengths = length_bytes(searcher.reader(), fieldname)
        if lengths is None:
            return scoring.BM25FScorer(searcher, fieldname, text, B, self.K1, qf=qf)
        return _Scorer(searcher, fieldname, text, B, self.K1, qf, lengths)


class _Scorer(scoring.BM25FScorer):
    def __init__(self, searcher, fieldname, text, B, K1, qf, lengths: bytes):
        super().__init__(searcher, fieldname, text, B, K1, qf=qf)
        self.lengths = lengths
        # bm25(idf, tf, fl) = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * fl / avgfl)); the
        # table is the segment's and the field's, not the word's: a prefix of 50 words built it 50 times.
        key = ("bm25 norm", fieldname, B, K1, self.avgfl)
        cache = reader_cache(searcher.reader())
        if key not in cache:
            cache[key] = [K1 * ((1 - B) + B * byte_to_length(b) / self.avgfl) for b in range(256)]
        self.norm = cache[key]

    def score(self, matcher) -> float:
        tf = matcher.weight()
        docnum = matcher.id()
        lengths = self.lengths
        if docnum >= len(lengths) or not lengths[docnum]:
            return super().score(matcher)  # Whoosh's own path, for the rare document with no length
        return self.idf * ((tf * (self.K1 + 1)) / (tf + self.norm[lengths[docnum]]))


def bm25_scores(searcher, field: str, text: str, ids, weights):
    """Whoosh's score of each of a word's postings (numpy arrays of document numbers and
    weights), computed as ``_Scorer.score`` does, in the same order of operations."""
    import numpy as np

    scorer = searcher.weighting.scorer(searcher, field, text)
    if type(scorer) is WeightScorer:  # a field without lengths (ids, keywords) scores a match by its weight
        return weights.copy()
    if not isinstance(scorer, _Scorer):
        raise Unsupported  # a scoring model this module does not reproduce
    lengths = np.frombuffer(scorer.lengths, np.uint8)
    covered = ids < len(lengths)
    norms = np.asarray(scorer.norm)[lengths[ids[covered]]]
    tf = weights[covered]
    scores = np.empty(len(ids))
    scores[covered] = scorer.idf * ((tf * (scorer.K1 + 1)) / (tf + norms))
    for i in np.flatnonzero(~covered).tolist():  # past the end of the length column: Whoosh's own way
        scores[i] = bm25_score(scorer, float(weights[i]), int(ids[i]))
    return scores
