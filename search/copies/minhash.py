"""MinHash signatures and banded locality-sensitive hashing.

A signature hashes its tokens' CRCs with numpy, all at once: a few hundred shingles an
article, three signatures, every article a build reads. Hashes are stable across processes
(no ``hash()``), so signatures can be saved.
"""

from __future__ import annotations

import operator
import zlib
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat

_MAX = (1 << 32) - 1


_M64 = (1 << 64) - 1


def stable_hash(token: str) -> int:
    """A 64-bit hash that is the same in every process (``hash()`` is salted).

    CRC-32 is fast but linear; the splitmix64 finaliser spreads it over 64 bits so
    that the bin (low bits) and the value (high bits) are independent.
    """
    x = (zlib.crc32(token.encode("utf-8")) * 0x9E3779B97F4A7C15) & _M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
    return x ^ (x >> 31)


@lru_cache(maxsize=1)
def _numpy() -> tuple:
    """numpy and stable_hash's constants as its integers, imported by the first signature: the
    app's start does not wait for it."""
    import numpy

    mix = tuple(numpy.uint64(m) for m in (0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB))
    return numpy, mix, tuple(numpy.uint64(s) for s in (30, 27, 31, 32))


class MinHasher:
    """One-permutation MinHash: each token is hashed once into one of ``slots`` bins and
    each bin keeps its minimum; empty bins borrow from the next full one (densification).

    The classic k-hash-functions MinHash costs ``slots`` multiplications per token; this
    costs one hash per token, with the same Jaccard estimate, so that adding an article
    stays in the low milliseconds in pure Python.
    """

    def __init__(self, slots: int = 64, seed: int = 1):
        if slots & (slots - 1):
            raise ValueError("slots must be a power of two")
        self.slots = slots
        self._salt = f"{seed}:"

    def signature(self, tokens: Iterable[str]) -> list[int]:
        k = self.slots
        mask = k - 1
        empty = 1 << 32  # above any value a bin can hold
        # stable_hash over all tokens at once, the salt's CRC carried into each token's: a few
        # hundred thousand tokens per build; numpy's uint64 arithmetic wraps as ``& _M64`` does.
        np, mix, shift = _numpy()
        salted = zlib.crc32(self._salt.encode("utf-8"))
        crc32 = zlib.crc32
        unique = tokens if isinstance(tokens, set | frozenset) else set(tokens)
        x = np.fromiter(map(crc32, map(str.encode, unique), repeat(salted)), np.uint64, len(unique))
        x *= mix[0]
        x = (x ^ (x >> shift[0])) * mix[1]
        x = (x ^ (x >> shift[1])) * mix[2]
        h = x ^ (x >> shift[2])
        bins = np.full(k, empty, np.uint64)
        np.minimum.at(bins, (h & np.uint64(mask)).astype(np.intp), h >> shift[3])
        least = bins.tolist()
        if empty not in least:
            return least
        if least.count(empty) == k:
            return [_MAX] * k
        # Each empty bin borrows from the next full one, found by walking back from the end:
        # ``j`` is the full bin nearest after ``i``, past the end for the bins after the last.
        j = next(i for i, v in enumerate(least) if v != empty) + k
        out = list(least)
        for i in range(k - 1, -1, -1):
            if least[i] == empty:
                # Mixed with the distance, so that two sets only agree on a borrowed bin
                # when they borrowed from the same place; still 32 bits, to store compactly.
                out[i] = ((least[j & mask] ^ ((j - i) * 0x9E3779B1)) * 0x85EBCA77) & _MAX
            else:
                j = i
        return out


def jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    """The estimated Jaccard similarity of the two sets the signatures came from."""
    if not sig_a or sig_a[0] == _MAX and sig_a.count(_MAX) == len(sig_a):
        return 0.0
    return sum(map(operator.eq, sig_a, sig_b)) / len(sig_a)


class Signatures:
    """An article's signatures as stored (``array("I")`` bytes, one after another), to be
    compared with others stored the same way: the slots that differ are counted in a few
    operations on whole integers instead of a comparison per slot."""

    def __init__(self, blob: bytes, slots: int) -> None:
        self.slots = slots
        self.n = len(blob) // (4 * slots)
        self._own = int.from_bytes(blob, "little")
        self._low = int.from_bytes(b"\xff\xff\xff\x7f" * slots * self.n, "little")
        self._top = int.from_bytes(b"\x00\x00\x00\x80" * slots * self.n, "little")
        self._one = (1 << 32 * slots) - 1
        # Where each signature starts, and whether it is of nothing (``jaccard`` 0 whatever it meets).
        self._parts = [(32 * slots * i, (self._own >> 32 * slots * i) & self._one == self._one)
                       for i in range(self.n)]

    def jaccards(self, blob: bytes) -> tuple[float, ...]:
        """``jaccard`` of each of these signatures with the same one of ``blob``'s."""
        x = self._own ^ int.from_bytes(blob, "little")
        # A slot's top bit is set when it differs: adding 0x7FFFFFFF to its low bits carries
        # into the top one unless they are all zero, and never out of the slot.
        differ = (((x & self._low) + self._low) | x) & self._top
        k, one = self.slots, self._one
        return tuple([0.0 if empty else (k - ((differ >> at) & one).bit_count()) / k for at, empty in self._parts])


class LSH:
    """Bands of a signature as bucket keys: similar sets share a bucket with high probability.

    With ``bands`` bands of ``rows`` rows, two sets of Jaccard ``s`` collide in at least
    one band with probability ``1 - (1 - s**rows) ** bands``.
    """

    def __init__(self, bands: int, rows: int):
        self.bands, self.rows = bands, rows
        self.buckets: dict[int, list[str]] = defaultdict(list)

    def keys(self, sig: list[int]) -> list[int]:
        """One integer per band: the band number above a CRC of the band's values."""
        r = self.rows
        return [(i << 32) | zlib.crc32(repr(list(sig[i * r:(i + 1) * r])).encode())
                for i in range(self.bands)]

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
