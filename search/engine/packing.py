"""Arrays of numbers as the postings layout keeps them: little-endian, and gaps in the smallest
unsigned type their largest fits."""

from __future__ import annotations

import sys
from array import array

LITTLE = sys.byteorder == "little"


def packed(values: array) -> bytes:
    if not LITTLE:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def unpacked(typecode: str, data: bytes | memoryview) -> array:
    values = array(typecode)
    values.frombytes(data)
    if not LITTLE:
        values.byteswap()
    return values


def smallest(gaps: array) -> array:
    """``gaps`` (unsigned) in the smallest of bytes, shorts and ints that holds them."""
    if LITTLE and gaps.typecode == "I" and gaps.itemsize == 4 and gaps:
        # Whether they fit is read off their high bytes, and the smaller array cut from the low
        # ones: finding the largest and converting took a Python number a gap.
        data = gaps.tobytes()
        if (data[2::4] + data[3::4]).strip(b"\0"):
            return gaps
        if not data[1::4].strip(b"\0"):
            found = array("B")
            found.frombytes(data[::4])
            return found
        pairs = bytearray(2 * len(gaps))
        pairs[::2], pairs[1::2] = data[::4], data[1::4]
        found = array("H")
        found.frombytes(pairs)
        return found
    top = max(gaps)
    for typecode in "BH":
        if top < 1 << (8 * array(typecode).itemsize):
            return array(typecode, gaps)
    return gaps
