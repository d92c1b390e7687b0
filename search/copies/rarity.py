"""Which of two spins of one text came first, from how rare the words they swap are.

A spinner replaces ordinary words with rarer synonyms ("told" becomes "informed", "plays"
becomes "portrays", "start" becomes "commence"), so where two aligned sentences differ by
one word for another, the original's word is the commoner one. A rarer word is a longer
one (the more a word is used, the shorter it wears), and length needs no word list per
language: set against a frequency list on invented spins, it decided the same pairs the
same way. Each article keeps its prose words in order, each as a short hash and its
length; a pair of copies is then compared swap by swap, in its prose and in the quotes
both carry, and decides only when many swaps point the same way.
"""

from __future__ import annotations

import math
import zlib
from difflib import SequenceMatcher

from search.copies.drift import align, word_diff
from search.copies.text import fold

# A word is kept as a 12-bit hash (enough to line up the words of two matching sentences)
# and 4 bits of its length, 0 for a name or a figure: a spinner keeps those, so one traded
# for a word is a rewritten sentence, not a synonym.
_HASH_BITS, _LEN_BITS = 12, 4
_NAME = 0
# A swap counts when one word is at least two letters longer than the other; the direction
# needs several such swaps, nearly all one way. Rewritten sentences also trade words for
# unrelated ones, and those point either way. Swaps are counted from each text's side, so
# one found from both counts twice: eight is four swaps.
GAP = 2
MIN_SWAPS, MAJORITY = 8, 0.8


def _length(w: str, names: set[str] | frozenset[str]) -> int:
    if w.removesuffix("'s") in names or not w.replace("'", "").isalpha():
        return _NAME
    return min((1 << _LEN_BITS) - 1, len(w))


def encode(ws: list[str], names: set[str] | frozenset[str] = frozenset()) -> list[int]:
    """Folded words as ``hash << 4 | length``; ``names`` are the folded names the article uses."""
    return encode_all([ws], names)[0]


def encode_all(sentences: list[list[str]], names: set[str] | frozenset[str] = frozenset(),
               crcs: dict[str, int] | None = None) -> list[list[int]]:
    """``encode`` of each of an article's sentences, each distinct word coded once;
    ``crcs``, when given, holds the CRC-32 of every word."""
    mask, top = (1 << _HASH_BITS) - 1, (1 << _LEN_BITS) - 1
    if crcs is None:
        crcs = {w: zlib.crc32(w.encode()) for w in set().union(*sentences)}
    codes = {}
    for w, crc in crcs.items():
        # A word of letters only has no apostrophe to drop: its length, unless it is a name.
        if w.isalpha():
            n = 0 if w in names else len(w) if len(w) < top else top
        else:
            n = _length(w, names)
        codes[w] = (crc & mask) << _LEN_BITS | n
    return [list(map(codes.__getitem__, ws)) for ws in sentences]


def _vote(fa: int, fb: int) -> tuple[int, int]:
    if fa == _NAME or fb == _NAME or abs(fa - fb) < GAP:
        return 0, 0
    return int(fa < fb), int(fb < fa)


def quote_votes(a_quotes: list[str], b_quotes: list[str]) -> tuple[int, int]:
    """Word swaps inside the quotes the two share: a spinner rewords what people said too.

    Quotes are kept as written, so a capitalised word inside one is a name, not a word."""
    a_more = b_more = 0
    for q, orig in align(a_quotes, b_quotes):
        if orig is None:
            continue
        for op, old, new in word_diff(orig, q):
            theirs, ours = old.split(), new.split()
            if op != "replace" or len(ours) != len(theirs) or "…" in old + new or "[" in old + new:
                continue
            for x, y in zip(ours, theirs, strict=True):
                if x[:1].isupper() or y[:1].isupper():
                    continue
                va, vb = _vote(_length(fold(x), frozenset()), _length(fold(y), frozenset()))
                a_more += va
                b_more += vb
    return a_more, b_more


def _swaps(x: list[int], y: list[int]) -> list[tuple[int, int]]:
    """Lengths of the words ``x`` trades one for one with ``y``."""
    mask = (1 << _LEN_BITS) - 1
    sm = SequenceMatcher(None, [c >> _LEN_BITS for c in x], [c >> _LEN_BITS for c in y], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            out.extend((a & mask, b & mask) for a, b in zip(x[i1:i2], y[j1:j2], strict=True))
    return out


def votes(a_words: list[list[int]], a_sets: list[list[int]],
          b_words: list[list[int]], b_sets: list[list[int]]) -> tuple[int, int]:
    """Word swaps where ``a`` has the commoner word, and where ``b`` has.

    Each sentence of ``a`` is matched with the sentence of ``b`` that shares most of its
    content words (``*_sets``); sentences alike word for word trade nothing. A heavy spin
    leaves few content words alone but keeps the little words between them, so a weaker
    match stands when half the words of the two sentences still line up in order."""
    sb = [set(s) for s in b_sets]
    mask = ~((1 << _LEN_BITS) - 1)
    a_more = b_more = 0
    for words_x, set_x in zip(a_words, a_sets, strict=True):
        x = set(set_x)
        best, best_j = None, 0.0
        for k, y in enumerate(sb):
            j = len(x & y) / len(x | y) if x | y else 0.0
            if j > best_j:
                best, best_j = k, j
        if best is None or best_j < 0.15 or words_x == b_words[best]:
            continue
        if best_j < 0.3 and SequenceMatcher(None, [c & mask for c in words_x], [c & mask for c in b_words[best]],
                                            autojunk=False).ratio() < 0.5:
            continue
        for fa, fb in _swaps(words_x, b_words[best]):
            va, vb = _vote(fa, fb)
            a_more += va
            b_more += vb
    return a_more, b_more


def commoner(a_votes: int, b_votes: int, lean: bool = False) -> int:
    """1 when the votes say ``a`` is the original, -1 for ``b``, 0 when they do not say.

    ``lean``: many swaps that lean one way further than chance would take them (two
    standard deviations) say so too, when nothing else says anything: a rewriting tool
    trades words for phrases as often as for longer words, and a paraphrase both ways."""
    n = a_votes + b_votes
    if lean and n >= 2 * MIN_SWAPS and abs(a_votes - b_votes) >= 2 * math.sqrt(n):
        return 1 if a_votes > b_votes else -1
    if n < MIN_SWAPS or max(a_votes, b_votes) < MAJORITY * n:
        return 0
    return 1 if a_votes > b_votes else -1
