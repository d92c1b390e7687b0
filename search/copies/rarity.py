"""Which of two spins of one text came first, from how common the words they swap are.

A spinner replaces ordinary words with rarer synonyms ("told" becomes "revealed", "plays"
becomes "portrays"), so where two aligned sentences differ by one word for another, the
original's word is the commoner one in the language. Each article keeps its prose words in
order, each as a short hash and how common it is; a pair of copies is then compared word
swap by word swap, and decides only when many swaps point the same way.
"""

from __future__ import annotations

import math
import zlib
from difflib import SequenceMatcher
from functools import lru_cache

from search.copies.text import fold

# A word is kept as a 12-bit hash (enough to line up the words of two matching sentences)
# and 4 bits of how common it is: 0 for a word the list lacks (a name, a typo), else a
# third of a Zipf unit from 3 (a word per million) up.
_HASH_BITS, _FREQ_BITS = 12, 4
_STEPS_PER_ZIPF, _MIN_ZIPF = 3, 3.0
# A swap counts when one word is at least ten times as common as the other; the direction
# needs several such swaps, nearly all one way. Rewritten sentences also trade words for
# unrelated ones, and those point either way. Swaps are counted from each text's side, so
# one found from both counts twice: eight is four swaps.
GAP = _STEPS_PER_ZIPF
MIN_SWAPS, MAJORITY = 8, 0.8


@lru_cache(maxsize=8)
def _zipf_table(lang: str) -> dict[str, float]:
    """Folded word -> Zipf frequency; empty when no list is at hand for the language."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        return {}
    try:
        freqs = get_frequency_dict(lang, wordlist="small")
    except (LookupError, ValueError, OSError):
        return {}
    table: dict[str, float] = {}
    for word, f in freqs.items():
        key = fold(word)
        table[key] = max(table.get(key, 0.0), math.log10(f * 1e9))
    return table


def available(lang: str) -> bool:
    return bool(_zipf_table(lang))


def encode(ws: list[str], lang: str) -> list[int]:
    """Folded words as ``hash << 4 | commonness``; empty when the language has no list."""
    table = _zipf_table(lang)
    if not table:
        return []
    out = []
    for w in ws:
        z = table.get(w)
        step = 0 if z is None else min((1 << _FREQ_BITS) - 1, 1 + int((z - _MIN_ZIPF) * _STEPS_PER_ZIPF))
        out.append((zlib.crc32(w.encode()) & ((1 << _HASH_BITS) - 1)) << _FREQ_BITS | step)
    return out


def _swaps(x: list[int], y: list[int]) -> list[tuple[int, int]]:
    """Commonness of the words ``x`` trades one for one with ``y``."""
    mask = (1 << _FREQ_BITS) - 1
    sm = SequenceMatcher(None, [c >> _FREQ_BITS for c in x], [c >> _FREQ_BITS for c in y], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            out.extend((a & mask, b & mask) for a, b in zip(x[i1:i2], y[j1:j2], strict=True))
    return out


def votes(a_words: list[list[int]], a_sets: list[list[int]],
          b_words: list[list[int]], b_sets: list[list[int]]) -> tuple[int, int]:
    """Word swaps where ``a`` has the commoner word, and where ``b`` has.

    Each sentence of ``a`` is matched with the sentence of ``b`` that shares most of its
    content words (``*_sets``); sentences alike word for word, or too unlike to be one
    rewritten, trade nothing."""
    sb = [set(s) for s in b_sets]
    a_more = b_more = 0
    for words_x, set_x in zip(a_words, a_sets, strict=True):
        x = set(set_x)
        best, best_j = None, 0.0
        for k, y in enumerate(sb):
            j = len(x & y) / len(x | y) if x | y else 0.0
            if j > best_j:
                best, best_j = k, j
        if best is None or best_j < 0.3 or best_j == 1.0 and words_x == b_words[best]:
            continue
        for fa, fb in _swaps(words_x, b_words[best]):
            if fa and fb and abs(fa - fb) >= GAP:
                a_more += fa > fb
                b_more += fb > fa
    return a_more, b_more


def commoner(a_votes: int, b_votes: int) -> int:
    """1 when the votes say ``a`` is the original, -1 for ``b``, 0 when they do not say."""
    n = a_votes + b_votes
    if n < MIN_SWAPS or max(a_votes, b_votes) < MAJORITY * n:
        return 0
    return 1 if a_votes > b_votes else -1
