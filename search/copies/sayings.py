"""Quotes two articles share: nearly word for word (a copy keeps its original's quotes), or
a passage of them exactly (words said once, which every report of that moment quotes)."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate

from search.copies.features import Features
from search.copies.text import EN_STOP, words

RUN = 7  # words in a row that make a passage, two of them long and not function words
# Quotes whose words are kept for the judge (~3.4 KB each with their passages): enough for an
# article and its candidates; 32,768 held ~110 MB of the indexer's memory from 50,000 articles on.
QUOTES_CACHED = 1 << 12


@lru_cache(maxsize=QUOTES_CACHED)
def _qwords(q: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A quote's words and their set; an article's quotes meet dozens of candidates."""
    ws = tuple(words(q))
    return ws, frozenset(ws)


def _covered(q: tuple[str, ...], q_set: frozenset[str], o_set: frozenset[str]) -> int:
    """How many of q's words occur in o: no alignment can match more of q than this."""
    if len(q_set) == len(q):
        return len(q_set & o_set)
    return sum(w in o_set for w in q)


def shared_quotes(a: Features, b: Features, min_words: int = 4) -> tuple[int, float]:
    """Quotes both articles carry nearly word for word, and the share of the smaller list
    that is; quotes shorter than ``min_words`` (titles, catchphrases) do not count."""
    qa = [_qwords(q) for q in a.quotes if len(q.split()) >= min_words]
    qb = [_qwords(q) for q in b.quotes if len(q.split()) >= min_words]
    if not qa or not qb:
        return 0, 0.0
    small, big = (qa, qb) if len(qa) <= len(qb) else (qb, qa)
    n = 0
    for q, q_set in small:
        for o, o_set in big:
            need = 0.7 * min(len(q), len(o))
            if _covered(q, q_set, o_set) < need:
                continue  # most pairs of quotes end here, at a fraction of an alignment's cost
            sm = SequenceMatcher(None, q, o, autojunk=False)
            same = sum(size for *_, size in sm.get_matching_blocks())
            if same >= need:
                n += 1
                break
    return n, n / len(small)


@lru_cache(maxsize=QUOTES_CACHED)
def _passages(q: str) -> frozenset[int]:
    """The runs of ``RUN`` words of a quote that could only have been said once."""
    ws = words(q)
    # How many long content words stand before each word: a run's count is a difference.
    before = list(accumulate((len(w) > 3 and w not in EN_STOP for w in ws), initial=0))
    return frozenset(zlib.crc32(" ".join(ws[i:i + RUN]).encode()) for i in range(len(ws) - RUN + 1)
                     if before[i + RUN] - before[i] >= 2)


def passages_shared(qa: Sequence[str], qb: Sequence[str]) -> int:
    """How many quotes of either article share a passage with the other's, counting on
    the side where fewer do (one long answer split into three quotes is one passage)."""
    ra, rb = [_passages(q) for q in qa], [_passages(q) for q in qb]
    all_a, all_b = frozenset().union(*ra), frozenset().union(*rb)
    return min(sum(bool(r & all_b) for r in ra), sum(bool(r & all_a) for r in rb))


def quote_keys(quotes: Sequence[str], most: int = 8) -> list[int]:
    """One key for each of the ``most`` longest quotes, the least of its passages: two
    articles carrying one quote share that key, however each cuts it, as often as not.
    A report puts the words of a statement it is about among its longest quotes."""
    found = sorted((_passages(q) for q in quotes), key=len, reverse=True)[:most]
    return sorted({min(r) for r in found if r})
