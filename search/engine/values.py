"""A posting's positions as they travel: gaps in native words from the analysing workers,
``Gaps`` between blocks during a merge, and Whoosh's own encoding for its layout."""

from __future__ import annotations

import struct
from array import array
from operator import sub
from pickle import dumps


class Gaps(list):
    """A posting's positions as gaps, taken from a block of this layout into another (a merge)
    without Whoosh's encoding and decoding in between."""


# A posting's positions as their gaps in native 4-byte words after this byte, as the analysing
# workers send them: Whoosh's encoding (a pickle) cost a pickling there and an unpickling and
# a check here. Whoosh's own values start with a 4-byte big-endian count, never 0xFF.
GAPS_MARK = b"\xff"


def gaps_values(groups) -> list[bytes]:
    """Each list of positions packed (a few hundred an article: a call, or a struct kept per
    count, cost more than the packing)."""
    values = []
    add, one = values.append, _ONE.pack
    for positions in groups:
        if len(positions) == 1:
            add(one(GAPS_MARK, positions[0]))
        else:
            add(GAPS_MARK + array("I", map(sub, positions, [0, *positions])).tobytes())
    return values


_ONE = struct.Struct("=cI")  # native order, 4-byte words: array("I")'s


def whoosh_value(value) -> bytes:
    """A value as Whoosh's ``Positions`` reads it, whatever form it came in."""
    if type(value) is Gaps:
        return encoded_gaps(list(value))  # a list: pickled as it is, the class would be named
    if value[:1] == GAPS_MARK:
        found = array("I")
        found.frombytes(value[1:])
        return encoded_gaps(found.tolist())
    return value


def encoded_gaps(gaps: list[int]) -> bytes:
    """A value as Whoosh's ``Positions.encode`` writes it, from its gaps."""
    return len(gaps).to_bytes(4, "big") + dumps(gaps, 2)
