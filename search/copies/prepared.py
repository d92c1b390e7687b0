"""One article made ready for the copy index, in the worker process that extracted it.

``prepare`` reads the article's features, MinHashes its prose shingles, content words and
names and makes its LSH bucket keys. The ``Doc`` it returns carries the features already
packed, the signatures as bytes and the gist as text, so the process that adds it does
none of that work: it decodes the features of the few pairs it judges and no others.
"""

from __future__ import annotations

import json
import zlib
from array import array
from dataclasses import replace
from functools import lru_cache

from search.copies.features import Features, read
from search.copies.judge import Gist, gist
from search.copies.minhash import LSH, MinHasher
from search.copies.shared_origin import origin_keys
from search.copies.text import distinctive, shingles, terms
from search.model import Article, Extraction

SLOTS = 64
# A copy shows itself long before 100,000 characters; a 6 MB file judged in full would
# cost seconds of alignment per candidate.
MAX_CHARS = 100_000
# LSH over shingles catches verbatim and abridged copies; over names, with two-row
# bands, heavy spins and translations that keep little but the names. Content words
# are signed but not banded: they only sharpen the judgement of a found pair.
BANDED = {0: (16, 4, 2), 2: (32, 2, 1)}  # family: (bands, rows, vote weight)

_HASHER = MinHasher(SLOTS, seed=20240720)
_LSH = {fam: LSH(bands, rows) for fam, (bands, rows, _) in BANDED.items()}


def prepare(article: Article, extraction: Extraction | None = None) -> Doc:
    """Everything copy detection needs from one article; independent of any index, so it
    can run in the worker process that extracted the article (the result pickles)."""
    if len(article.text) > MAX_CHARS:
        article = replace(article, text=article.text[:MAX_CHARS])
        if extraction is not None:
            extraction = replace(extraction, quotes=[q for q in extraction.quotes if q.end <= MAX_CHARS])
    f, ws, prose_ws = read(article, extraction)
    # Shingles of the prose only: two outlets quoting the same interview share quotes,
    # a copy shares the sentences around them. A text that is nearly all quotes keeps them.
    sh = shingles(prose_ws if len(prose_ws) >= 0.4 * len(ws) else ws)
    sigs = (_HASHER.signature(sh), _HASHER.signature(terms(ws)), _HASHER.signature(distinctive(f.entities)))
    return Doc(f, sigs, len(sh), bucket_keys(f, sigs))


def bucket_keys(f: Features, sigs: tuple[list[int] | array, ...]) -> list[int]:
    """The LSH buckets of an article's signatures, family by family as ``BANDED`` lists
    them, then those of who answers its Q&A and of its quotes (``origin_keys``)."""
    return [(fam << 40) ^ k for fam, lsh in _LSH.items() for k in lsh.keys(sigs[fam])] + origin_keys(f)


def pack(state: dict) -> bytes:
    """Features as compressed JSON: a third of the size, and they are read back rarely."""
    return zlib.compress(json.dumps(state, ensure_ascii=False).encode("utf-8"), 1)


def unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


_SEP = "\x1f"


def _gist_text(f: Features) -> str:
    """The gist's members with a tab between them and a unit separator between the items
    of one (no name holds either). Every candidate's gist is read back, so it is split,
    not parsed."""
    lang, *sets = gist(f)
    return "\t".join([lang, *(_SEP.join(sorted(map(str, s))) for s in sets)])


@lru_cache(maxsize=4096)  # the articles a corpus's added ones meet recur: each is split once
def gist_of(text: str | None) -> Gist | None:
    if text is None:
        return None
    if text.startswith("["):  # written as JSON by an older byline, with 3 or 5 members
        lang, names, figures, panel, quotes = [*json.loads(text), [], []][:5]
        return lang, frozenset(names), frozenset(figures), frozenset(panel), frozenset(quotes)
    lang, names, figures, panel, quotes = text.rsplit("\t", 4)  # a language is whatever a page says it is
    return (lang, frozenset(names.split(_SEP) if names else ()), frozenset(figures.split(_SEP) if figures else ()),
            frozenset(panel.split(_SEP) if panel else ()), frozenset(map(int, quotes.split(_SEP)) if quotes else ()))


class Doc:
    """One article as the store keeps it. Made in a worker process, it carries its features
    already packed, its signatures as bytes and its bucket keys, so the process that adds
    it does none of that work; the features are decoded only when a pair is judged."""

    __slots__ = ("id", "date", "keys", "packed", "sig_bytes", "n_shingles", "gist", "band_keys", "_f")

    def __init__(self, f: Features, sigs: tuple[list[int] | array, ...], n_shingles: int,
                 band_keys: list[int] | None = None) -> None:
        self._f = f
        self.id, self.date, self.keys = f.id, f.date, f.keys
        self.packed = pack(f.to_state())
        self.sig_bytes = array("I", [v for s in sigs for v in s]).tobytes()
        self.n_shingles = n_shingles
        self.gist = _gist_text(f)
        self.band_keys = band_keys

    @classmethod
    def stored(cls, doc_id: str, packed: bytes, sig_bytes: bytes, n_shingles: int, date: str | None) -> Doc:
        doc = cls.__new__(cls)
        doc._f, doc.id, doc.date, doc.keys, doc.gist, doc.band_keys = None, doc_id, date, None, None, None
        doc.packed, doc.sig_bytes, doc.n_shingles = packed, sig_bytes, n_shingles
        return doc

    @property
    def f(self) -> Features:
        if self._f is None:
            self._f = Features.from_state(unpack(self.packed))
        return self._f

    @property
    def sigs(self) -> tuple[array, ...]:
        """Shingles, content words, names."""
        flat = array("I")
        flat.frombytes(self.sig_bytes)
        n = len(flat) // 3
        return tuple(flat[i:i + n] for i in range(0, len(flat), n))

    def __getstate__(self) -> tuple:
        # The packed features travel, not the decoded ones: unpickling them costs the adding
        # process more than reading the few it judges.
        return tuple(None if k == "_f" else getattr(self, k) for k in Doc.__slots__)

    def __setstate__(self, state: tuple) -> None:
        for k, v in zip(Doc.__slots__, state, strict=True):
            setattr(self, k, v)
