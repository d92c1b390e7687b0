"""Which files changed since the last run: the manifest both index backends keep.

A manifest maps each file (relative to its corpus root) to its size, mtime, content hash
and the articles it held. A file whose size and mtime are unchanged is not read; one whose
mtime moved but whose bytes are the same is not read again either.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from search.ingest.files import Source


class Entry(NamedTuple):
    """What the manifest knows of one file; a row of a JSON list on disk.

    A tuple, not a dict: at 100,000 files the manifest's dicts alone took 60 MB of the
    indexer's memory. ``ids`` is empty for the usual file of one article named after it.
    """

    size: int
    mtime_ns: int
    hash: str
    ids: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()

    def articles(self, rel: str) -> tuple[str, ...]:
        return self.ids or (rel,)

    @classmethod
    def of(cls, rel: str, size: int, mtime_ns: int, digest: str, ids: list[str], skipped) -> Entry:
        return cls(size, mtime_ns, digest, () if ids == [rel] else tuple(ids), tuple(skipped))

    @classmethod
    def load(cls, row) -> Entry:
        if isinstance(row, dict):  # written before entries were rows
            return cls(row["size"], row["mtime_ns"], row["hash"], tuple(row.get("articles", ())),
                       tuple(row.get("skipped", ())))
        size, mtime_ns, digest, ids, skipped = row
        return cls(size, mtime_ns, digest, tuple(ids), tuple(skipped))


def entries(manifest: dict) -> dict[str, Entry]:
    return {rel: Entry.load(row) for rel, row in manifest.get("files", {}).items()}


def digest(path: Path) -> str:
    from search.ingest.files import open_file  # a pipe in place of a file must not block

    h = hashlib.blake2b(digest_size=16)
    with open_file(path) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def plan(sources: Iterable[Source], files: dict[str, Entry],
         pause: Callable[[], object] | None = None) -> tuple[list[Source], dict[str, Entry], int]:
    """Which sources need reading, the unchanged ones carried over to the new manifest, and
    how many sources there are. ``pause`` is called every few hundred sources: it returns
    when the check may go on (a search is not waiting for the CPU)."""
    todo, keep, total = [], {}, 0
    for src in sources:
        total += 1
        if pause and not total % 256:
            pause()
        old = files.get(src.rel)
        if old and old.size == src.size and old.mtime_ns == src.mtime_ns:
            keep[src.rel] = old
            continue
        if old and not src.problem:  # a pipe in place of a file is skipped unopened
            try:
                if old.hash == digest(src.path):
                    keep[src.rel] = old._replace(mtime_ns=src.mtime_ns)
                    continue
            except OSError:
                pass
        todo.append(src)
    return todo, keep, total


# A manifest opens with its format and whether it lists any file, so these are read from its
# first bytes: parsing the whole of it took a quarter of a second at 100,000 files, on every
# searcher opened.
_HEAD = re.compile(r'\{"format": (\d+), "files": \{(.)')


def manifest_head(path: Path) -> tuple[int, bool] | None:
    """(format, whether it lists any file) from a manifest's first bytes; None if they do not say."""
    try:
        with open(path, "rb") as f:
            head = f.read(64).decode("utf-8", "replace")
    except OSError:
        return None
    found = _HEAD.match(head)
    return (int(found[1]), found[2] != "}") if found else None
