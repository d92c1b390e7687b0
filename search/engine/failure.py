"""A write to the index that fails part-way: let it go cleanly and say why in one line."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from whoosh.index import clean_files

DISK_FULL = "disk full while indexing — the index is as it was"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DiskFull(Exception):
    """The disk filled up while indexing; what was committed before is intact."""

    def __init__(self) -> None:
        super().__init__(DISK_FULL)


def disk_full(error: BaseException | None) -> bool:
    """Whether ``error``, or an error it was raised from or while handling, means a full disk."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in _FULL:
            return True
        if isinstance(error, sqlite3.Error) and (getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
                                                 or "disk is full" in str(error)):
            return True
        error = error.__cause__ or error.__context__
    return False


def tidy(index_dir: Path) -> None:
    """After a failed update, wherever it failed (opening a writer writes files too)."""
    from search.engine.index import exists, open_index

    try:
        if exists(index_dir):
            remove_partial_segments(open_index(index_dir))
    except Exception:  # noqa: BLE001  best effort, as above
        pass


def abandon(ix, writer, linker) -> None:
    """Cancel a failed write without a second error, and remove the segment files it left.

    Whoosh's commit closes the writer when it fails, so cancelling it again would raise; and
    the segment it was writing is in no table of contents, so nothing would ever remove it."""
    if not getattr(writer, "is_closed", False):
        try:
            writer.cancel()
        except Exception:  # noqa: BLE001  the first error is the one to report
            pass
    if linker is not None:
        try:
            linker.close()
        except Exception:  # noqa: BLE001
            pass
    remove_partial_segments(ix)


def remove_partial_segments(ix) -> None:
    """Files of segments no table of contents names, removed under the write lock (so never
    the segment another writer is writing); if another writer holds it, its commit does this."""
    lock = ix.lock("WRITELOCK")
    try:
        if not lock.acquire(False):
            return
    except OSError:
        return
    try:
        toc = ix._read_toc()
        clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
        # The posting pool's spill folder, left when a writer failed before it could remove it.
        shutil.rmtree(Path(ix.storage.folder) / f"{ix.indexname}.tmp", ignore_errors=True)
    except Exception:  # noqa: BLE001  best effort: the index itself is intact either way
        pass
    finally:
        lock.release()
