"""Segment parts read by ``os.pread`` give the bytes Whoosh's own sub-files give, wherever a
read starts and however far it reaches, inside or across the read-ahead window."""

from __future__ import annotations

import random

import pytest
from whoosh.filedb.compound import SubFile
from whoosh.filedb.structfile import StructFile

from search.engine import read_at
from search.engine.read_at import Storage

SIZE = 3 * read_at.WINDOW + 123


@pytest.fixture()
def parts(tmp_path):
    rng = random.Random(7)
    data = bytes(10 if n % 1000 == 999 else rng.randrange(256) for n in range(SIZE))  # a line a kilobyte
    (tmp_path / "seg").write_bytes(data)
    ours = Storage(str(tmp_path), supports_mmap=False).open_file("seg")
    theirs = StructFile(open(tmp_path / "seg", "rb"))
    yield data, ours, theirs
    ours.close()
    theirs.close()


def _whoosh_part(whole: StructFile, offset: int, length: int) -> StructFile:
    return StructFile(SubFile(whole.file, offset, length))


def test_a_part_reads_what_whoosh_reads_at_any_offset(parts):
    data, ours, theirs = parts
    offset, length = 1000, len(data) - 2000
    mine, whoosh = ours.subset(offset, length), _whoosh_part(theirs, offset, length)
    rng = random.Random(3)
    spots = [0, 1, read_at.WINDOW - 3, read_at.WINDOW, length - 5, length - 1]
    spots += [rng.randrange(length) for _ in range(300)]
    for at in spots:
        for n in (1, 4, 17, read_at.WINDOW + 9):
            assert mine.get(at, n) == whoosh.get(at, n) == data[offset + at:offset + min(at + n, length)]
            assert mine.tell() == whoosh.tell()
            assert mine.read(3) == whoosh.read(3)  # reading on from where the last read ended


def test_a_part_is_read_in_order_like_a_file(parts):
    data, ours, theirs = parts
    mine, whoosh = ours.subset(10, 5000), _whoosh_part(theirs, 10, 5000)
    assert mine.file.readline() == whoosh.file.readline()
    assert mine.read_int() == whoosh.read_int()
    mine.seek(0, 2)
    whoosh.seek(0, 2)
    assert mine.tell() == whoosh.tell() == 5000
    assert mine.read(5) == whoosh.read(5) == b""
    mine.seek(-20, 2)  # as a file seeks (Whoosh's own sub-file counts back from the end with +20)
    assert mine.read() == data[10 + 5000 - 20:10 + 5000]
    inner, theirs_inner = mine.subset(100, 50), whoosh.subset(100, 50)
    assert inner.read() == theirs_inner.read() == data[110:160]


def test_a_part_of_a_closed_file_refuses_to_read(tmp_path):
    # Its descriptor's number may already belong to another file by then.
    (tmp_path / "seg").write_bytes(bytes(range(256)) * (SIZE // 256))
    whole = Storage(str(tmp_path), supports_mmap=False).open_file("seg")
    part = whole.subset(0, SIZE // 256 * 256)
    assert part.get(5, 3) == bytes((5, 6, 7))
    whole.close()
    with pytest.raises(ValueError):
        part.get(2 * read_at.WINDOW, 10)  # past what was read ahead
