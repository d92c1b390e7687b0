"""MinHash signatures and banded locality-sensitive hashing, in pure Python.

Pure Python keeps byline free of numpy; a 64-slot signature over a few hundred
shingles costs about a millisecond, which is what adding one article may spend.
Hashes are stable across processes (no ``hash()``), so signatures can be saved.
"""

from __future__ import annotations

import random
import zlib
from collections import defaultdict
from collections.abc import Iterable

_PRIME = (1 << 61) - 1
_MAX = (1 << 32) - 1


def stable_hash(token: str) -> int:
    """A 32-bit hash that is the same in every process (``hash()`` is salted)."""
    return zlib.crc32(token.encode("utf-8"))


class MinHasher:
    """``slots`` universal hash functions; a signature is the minimum of each over a set."""

    def __init__(self, slots: int = 64, seed: int = 1):
        rng = random.Random(seed)
        self.slots = slots
        self._ab = [(rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(slots)]

    def signature(self, tokens: Iterable[str]) -> list[int]:
        hashes = {stable_hash(t) for t in tokens}
        if not hashes:
            return [_MAX] * self.slots
        return [min(((a * h + b) % _PRIME) & _MAX for h in hashes) for a, b in self._ab]


def jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    """The estimated Jaccard similarity of the two sets the signatures came from."""
    if not sig_a or sig_a[0] == _MAX and len(set(sig_a)) == 1:
        return 0.0
    return sum(x == y for x, y in zip(sig_a, sig_b)) / len(sig_a)


class LSH:
    """Bands of a signature as bucket keys: similar sets share a bucket with high probability.

    With ``bands`` bands of ``rows`` rows, two sets of Jaccard ``s`` collide in at least
    one band with probability ``1 - (1 - s**rows) ** bands``.
    """

    def __init__(self, bands: int, rows: int):
        self.bands, self.rows = bands, rows
        self.buckets: dict[tuple[int, int], list[str]] = defaultdict(list)

    def keys(self, sig: list[int]) -> list[tuple[int, int]]:
        r = self.rows
        return [(i, zlib.crc32(repr(sig[i * r:(i + 1) * r]).encode())) for i in range(self.bands)]

    def query(self, sig: list[int], cap: int = 400) -> dict[str, int]:
        """Ids sharing a band with ``sig`` and how many bands each shares.

        A bucket bigger than ``cap`` (boilerplate every article shares) is skipped, so
        a query stays fast however large the corpus grows.
        """
        found: dict[str, int] = defaultdict(int)
        for key in self.keys(sig):
            members = self.buckets.get(key)
            if not members or len(members) > cap:
                continue
            for m in members:
                found[m] += 1
        return found

    def insert(self, doc_id: str, sig: list[int]) -> None:
        for key in self.keys(sig):
            self.buckets[key].append(doc_id)

    def remove(self, doc_id: str, sig: list[int]) -> None:
        for key in self.keys(sig):
            members = self.buckets.get(key)
            if members and doc_id in members:
                members.remove(doc_id)
                if not members:
                    del self.buckets[key]
