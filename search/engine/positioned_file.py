"""A segment file being written that keeps its own position.

Whoosh asks its postings and terms files where they are (``tell``) two or three times a term,
and Python's buffered writer answers each time with a system call (``lseek``): a twentieth of
the indexer's time, more as merges write bigger segments."""

from __future__ import annotations


class PositionedFile:
    """The file ``StructFile`` wraps, counting what is written through it."""

    __slots__ = ("_file", "_at")

    def __init__(self, file) -> None:
        self._file = file
        self._at = file.tell()

    def write(self, data) -> int:
        written = self._file.write(data)
        self._at += written
        return written

    def tell(self) -> int:
        return self._at

    def seek(self, *args) -> int:
        self._at = self._file.seek(*args)
        return self._at

    def __getattr__(self, name):
        return getattr(self._file, name)

    def __iter__(self):
        return iter(self._file)


def keep_position(structfile) -> None:
    """``structfile`` (Whoosh's, open for writing) counts its own position from now on."""
    structfile.file = PositionedFile(structfile.file)
