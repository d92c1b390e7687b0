"""Rankings that agree with the local index: BM25F on corpus-wide statistics.

Each shard scores with its own document frequencies, so one article weighs differently on
different shards, and Sphinx's ``bm25`` ranker ignores field lengths. The cluster picks
candidates with its own BM25F; the client then scores the best of them as Whoosh does
(``whoosh.scoring.BM25F``): each word's document frequency over the whole cluster, the
average field length over every record, and each candidate's word counts and field lengths
from its stored text. Ties fall to the article id, as files are indexed in path order.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from search.query.analysis import stems

K1, B = 1.2, 0.75
# The title's weight in both places Whoosh puts it: the schema's field boost multiplies its
# counts, the parser's field boost its score.
TITLE_COUNTS, TITLE_SCORE = 2.0, 2.0
CANDIDATES = 100  # rescored at the most; later hits keep the cluster's order
LENGTH_FIELDS = ("title", "body", "quote", "speaker", "person", "actor", "character")


def candidates_ranker(field: str, average: float) -> str:
    """Sphinx's ranking for picking candidates: BM25's saturation and length norm on ``field``,
    plus Sphinx's own tf-idf for rare words. Its ``bm25f`` is no use here: its idf of a word most
    articles have is 0, so every such article would weigh the same."""
    hits = "sum(hit_count * user_weight)"
    return (f"ranker=expr('1000000 * {hits} * 2.2 / ({hits} + 1.2 * (0.25 + 0.75 * {field}_len / {average:.3f})) "
            "+ 1000000 * sum(tf_idf * user_weight)'), field_weights=(title=4, body=1)")


_TOKEN = re.compile(r"\w+(?:\.?\w+)*")  # the analyzer's own tokenizer pattern
_FIELDS = ("title", "body")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    found = stems(word)
    return found[0] if found else word.lower()


# Whoosh stores a field's length as one byte: the lengths those bytes stand for, by its formula
# (checked against ``whoosh.util.numeric.byte_to_length`` in the tests).
_TABLE = [int(round((1.033 ** n - 1) * 27)) for n in range(256)]


def quantised(length: int) -> int:
    if length <= 0:
        return length
    if length >= _TABLE[-1]:
        return _TABLE[-1]
    return _TABLE[bisect_left(_TABLE, length)]


def bm25(idf: float, tf: float, fl: float, avgfl: float) -> float:
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


def counts(text: str, heads: frozenset[str], length: int | None = None,
           sequence: bool = False) -> tuple[Counter, int, list[str]]:
    """Stem counts of ``text``'s words that start like a query word (a stem keeps a word's first
    three letters), its length in words, and with ``sequence`` every word's stem in order.
    Given the ``length`` (Sphinx counts a field's words as the analyzer does), only the words
    that start like a query word are looked at."""
    lower = text.lower()
    if sequence or length is None:
        words = _TOKEN.findall(lower)
        stemmed = [_stem(w) for w in words] if sequence else []
        if sequence:
            return Counter(stemmed), len(words), stemmed
        found: Counter = Counter()
        for w, n in Counter(words).items():
            if w[:3] in heads:
                found[_stem(w)] += n
        return found, len(words), []
    return Counter(_stem(w) for w in _starting(heads).findall(lower)), length, []


@lru_cache(maxsize=256)
def _starting(heads: frozenset[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(heads))) + r")\w*(?:\.?\w+)*")


class Ranker:
    """Corpus statistics cached until the cluster's next index run."""

    def __init__(self, backend):
        self.b = backend
        self._run = object()
        self._df: dict[tuple[str, str], int] = {}
        self._stats: tuple[int, float, float] | None = None
        self._field_sums: tuple[dict[str, int], int] | None = None

    def _check(self) -> None:
        self.b.terms.terms()
        if self.b.terms._run != self._run:
            self._run, self._df, self._stats, self._field_sums = self.b.terms._run, {}, None, None

    def stats(self) -> tuple[int, float, float]:
        """Records (articles and quotes), and the average title and body length over them."""
        if self._stats is None:
            _, meta = self.b._execute(f"SELECT id FROM {self.b.topology.dist} LIMIT 1")
            records = max(int(meta.get("total_found", 0)), 1)
            sums, _ = self._sums()
            self._stats = (records, sums["title"] / records or 1.0, sums["body"] / records or 1.0)
        return self._stats

    def _sums(self) -> tuple[dict[str, int], int]:
        """Each field's total length over the articles, and how many articles there are."""
        if self._field_sums is None:
            columns = ", ".join(f"SUM({f}_len) AS {f}" for f in LENGTH_FIELDS)
            rows, _ = self.b._execute(f"SELECT 1 AS g, {columns}, COUNT(*) AS n FROM {self.b.topology.dist} "
                                      "WHERE doc_type = 0 GROUP BY g")
            values = [int(v) for v in rows[0][1:]] if rows else [0] * (len(LENGTH_FIELDS) + 1)
            self._field_sums = (dict(zip(LENGTH_FIELDS, values, strict=False)), values[-1])
        return self._field_sums

    def ranker(self, field: str) -> str:
        """The candidates' ranking, its length norm on ``field``."""
        self._check()
        field = field if field in LENGTH_FIELDS else "body"
        sums, articles = self._sums()
        return candidates_ranker(field, max(sums[field] / max(articles, 1), 1.0))

    def frequencies(self, words: set[str]) -> dict[tuple[str, str], int]:
        """Articles with each stem in the title and in the body, over the whole cluster."""
        terms = self.b.terms.terms()
        todo = [(f, s) for s in sorted(words) for f in _FIELDS if (f, s) not in self._df]
        if todo:
            forms = [terms[s][1] if s in terms else s for _, s in todo]
            found = self.b.totals([f"(@{f} {_plain(form)})" for (f, _), form in zip(todo, forms, strict=True)],
                                  " AND doc_type = 0")
            self._df.update(zip(todo, found, strict=True))
        return self._df

    def rescore(self, rows: list, words: set[str], phrases: list[list[str]] = ()) -> list[tuple]:
        """``rows`` (``id, aid, title, date, copy_of, body, weight[, title_len, body_len]``) with Whoosh's score for
        ``words`` (stems) and ``phrases`` (lists of stems) as their weight, best first. A phrase's
        words count in a field only where the phrase is."""
        phrase_words = {w for p in phrases for w in p}
        if not (words or phrase_words) or not rows:
            return rows
        self._check()
        records, avg_title, avg_body = self.stats()
        df = self.frequencies(words | phrase_words)
        idf = {key: math.log(records / (n + 1)) + 1 for key, n in df.items()}
        heads = frozenset(w[:3] for w in words | phrase_words)
        scored = []
        for row in rows:
            score = 0.0
            lengths = (int(row[7]), int(row[8])) if len(row) > 8 else (None, None)
            for field, text, boost, counted, avg, known in (
                    ("title", row[2], TITLE_SCORE, TITLE_COUNTS, avg_title, lengths[0]),
                    ("body", row[5], 1.0, 1.0, avg_body, lengths[1])):
                found, length, sequence = counts(text or "", heads, known, bool(phrases))
                scoring = set(words)
                scoring.update(w for p in phrases if _has_phrase(sequence, p) for w in p)
                for w in scoring:
                    if found[w]:
                        score += boost * bm25(idf[(field, w)], counted * found[w], quantised(length), avg)
            scored.append((*row[:6], score))
        scored.sort(key=lambda r: (-round(r[6], 6), r[1]))
        return scored


def _has_phrase(sequence: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(sequence[i:i + n] == phrase for i in range(len(sequence) - n + 1))


def _plain(form: str) -> str:
    return " ".join(re.findall(r"\w+", form.lower())) or "_"
