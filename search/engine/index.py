"""Build and update the Whoosh index of a corpus, incrementally and crash-safely.

The manifest (file → size, mtime, content hash) is rewritten atomically after each
Whoosh commit, so a killed run leaves an index that opens with everything committed, and
the next run redoes only what was not.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.writing import SegmentWriter

from search.engine.failure import DiskFull, abandon, disk_full, tidy
from search.engine.records import article_fields, quote_docs
from search.engine.schema import SCHEMA
from search.model import Extraction, Skipped

if TYPE_CHECKING:
    from search.ingest.files import Source

# ``ingest`` and ``extract`` are imported where they are used: opening an index to search
# (the app's first frame, ``byline search``) must not pay for loading the extraction rules.

MANIFEST = "byline-manifest.json"
INDEX_NAME = "byline"
# 2: quote records carry no title or body, so a query on those fields finds articles alone and
# needs no filter on the record type. 3: dates in a column. 4: the copy index keeps each
# article's sentences and the kind of each copy. An index in an older format is rebuilt from
# the files.
FORMAT = 4
BATCH = 5000  # articles per commit: fewer, larger segments; a killed run redoes at most this many
COMMIT_SECONDS = 120.0  # ...or this much work, whichever comes first
# Building a new index, the first commits come sooner (then twice as far apart each time), so a
# search made while it builds finds what has been read so far.
FIRST_COMMIT_SECONDS = 2.0
# Every segment costs each query its own term lookups: at 20k articles, 13 segments against one
# made fuzzy queries 4.5x and phrases 2x slower. Segments of a size tier (a power of MERGE_FACTOR
# documents) are merged once MERGE_FACTOR of them pile up, so a corpus keeps a handful of
# segments and each document is merged about log(N) / log(MERGE_FACTOR) times.
MERGE_FACTOR = 8
# Whoosh's posting pool before it spills to disk: building 3,000 articles, 64 MB peaked at
# 212 MB and 32 at 173 MB, 11% slower. The peak must stay under 250 MB at 100,000 articles.
LIMIT_MB = 32
CHUNK = 16  # files per task sent to a worker process
PARALLEL_FROM = 64  # fewer files than this are read in-process: starting workers costs more


class IndexBusy(Exception):
    """Another process is writing this index."""


@dataclass
class UpdateReport:
    total: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)  # files read this time and skipped
    # Files skipped before and unchanged since: not read again, still not in the index.
    still_skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    link_seconds: float = 0.0  # of ``seconds``: linking copies and stories across the corpus

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.removed


Progress = Callable[[int, int], None]


def storage(index_dir: Path) -> FileStorage:
    # Without mmap, opening a large index costs milliseconds and megabytes instead of copying
    # every segment into memory.
    return FileStorage(str(index_dir), supports_mmap=False)


def exists(index_dir: Path) -> bool:
    return index_dir.is_dir() and whoosh_index.exists_in(str(index_dir), indexname=INDEX_NAME)


def open_index(index_dir: Path):
    return storage(index_dir).open_index(indexname=INDEX_NAME)


def _create(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(index_dir, 0o700)
    return storage(index_dir).create_index(SCHEMA, indexname=INDEX_NAME)


def read_manifest(index_dir: Path) -> dict:
    try:
        return json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"files": {}}


def index_format(index_dir: Path) -> int:
    return read_manifest(index_dir).get("format", 1)


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


def _files(manifest: dict) -> dict[str, Entry]:
    return {rel: Entry.load(row) for rel, row in manifest.get("files", {}).items()}


def _save_manifest(index_dir: Path, files: dict[str, Entry]) -> None:
    _write_atomic(index_dir / MANIFEST, json.dumps({"format": FORMAT, "files": files}))


def _start_over(index_dir: Path):
    """An empty index in place of one in an older format; the files are all read again."""
    (index_dir / MANIFEST).unlink(missing_ok=True)  # first: a run killed from here on starts over too
    for f in index_dir.iterdir():
        if f.is_file() and (f.name.startswith(f"{INDEX_NAME}_") or f.suffix in (".sqlite", ".sqlite-wal",
                                                                                  ".sqlite-shm")):
            f.unlink()
    return _create(index_dir)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not leave half a manifest behind
        raise
    os.replace(tmp, path)


def _digest(path: Path) -> str:
    from search.ingest.files import open_file  # a pipe in place of a file must not block

    h = hashlib.blake2b(digest_size=16)
    with open_file(path) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _plan(sources: Iterable[Source], files: dict[str, Entry]) -> tuple[list[Source], dict[str, Entry], int]:
    """Which sources need reading, the unchanged ones carried over to the new manifest, and
    how many sources there are."""
    todo, keep, total = [], {}, 0
    for src in sources:
        total += 1
        old = files.get(src.rel)
        if old and old.size == src.size and old.mtime_ns == src.mtime_ns:
            keep[src.rel] = old
            continue
        if old and not src.problem:  # a pipe in place of a file is skipped unopened
            try:
                if old.hash == _digest(src.path):
                    keep[src.rel] = old._replace(mtime_ns=src.mtime_ns)
                    continue
            except OSError:
                pass
        todo.append(src)
    return todo, keep, total


def update(paths: list[Path], index_dir: Path, progress: Progress | None = None,
           max_bytes: int | None = None) -> UpdateReport:
    """Bring the index at ``index_dir`` in line with the files under ``paths``."""
    try:
        return build(paths, index_dir, progress, max_bytes)
    except Exception as e:
        if disk_full(e):
            tidy(index_dir)
            raise DiskFull from None
        raise


@dataclass(slots=True)
class _Prepared:
    """One file read, extracted and turned into Whoosh documents (in a worker process)."""

    rel: str
    digest: str  # of the file before it was read: a change while reading shows next time
    ids: list[str]
    skipped: list[Skipped]
    docs: list[dict]
    # Per article: its extraction and what copy detection needs (prepared here, off the writer).
    extras: list[tuple[Extraction, object]] = field(default_factory=list)


def _prepare(batch: list[Source], max_bytes: int, extract: bool) -> list[_Prepared]:
    from search.copies.index import prepare
    from search.extract.pipeline import extract_one
    from search.ingest.files import read

    out = []
    for src in batch:
        try:
            digest = "" if src.problem else _digest(src.path)
        except OSError:
            digest = ""
        articles, skipped = read(src, max_bytes=max_bytes)
        docs: list[dict] = []
        extras = []
        for article in articles:
            ex = extract_one(article) if extract else Extraction()
            docs.append(article_fields(article, ex))
            docs += quote_docs(article, ex)
            if extract:
                extras.append((ex, prepare(article, ex)))
        out.append(_Prepared(src.rel, digest, [a.id for a in articles], skipped, docs, extras))
    return out


def _prepared(todo: list[Source], max_bytes: int, extract: bool, workers: int) -> Iterator[_Prepared]:
    """Prepared files in ``todo`` order; extraction runs in worker processes for big jobs."""
    from concurrent.futures.process import BrokenProcessPool

    batches = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    parallel = workers > 1 and len(todo) >= PARALLEL_FROM and _main_can_be_respawned()
    del todo  # each batch's sources are let go once it is served
    served = 0
    if parallel:
        try:
            for done in _in_workers(batches, max_bytes, extract, workers):
                batches[served] = []
                served += 1
                yield from done
        except BrokenProcessPool:
            # A worker could not start (a caller's script that indexes at import time, with no
            # ``if __name__ == "__main__"``) or was killed (out of memory): finish in this process.
            pass
    for batch in batches[served:]:
        yield from _prepare(batch, max_bytes, extract)


def _main_can_be_respawned() -> bool:
    """Spawned workers re-import the caller's main module; code read from stdin cannot be."""
    main = sys.modules.get("__main__")
    if getattr(main, "__spec__", None) is not None:
        return True
    path = getattr(main, "__file__", None)
    return path is None or os.path.isfile(path)


def _in_workers(batches: list[list[Source]], max_bytes: int, extract: bool, workers: int) -> Iterator[list]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: workers must not inherit the index lock or the caller's threads (the app's), and no
    # server process outlives the indexer (a forkserver and its idle workers did after kill -9).
    ctx = multiprocessing.get_context("spawn")
    _start_resource_tracker()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_follow_parent,
                             initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        it = iter(batches)
        try:
            # A bounded queue ahead of the writer keeps the parent's memory flat at any corpus size.
            for batch in it:
                pending.append(pool.submit(_prepare, batch, max_bytes, extract))
                if len(pending) >= 3 * workers:
                    break
            while pending:
                done = pending.popleft().result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.append(pool.submit(_prepare, nxt, max_bytes, extract))
                yield done
        finally:
            for f in pending:
                f.cancel()


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    The tracker is started once per process and is handed ``sys.stderr.fileno()``; a full-screen
    app replaces ``sys.stderr`` with an object whose ``fileno()`` is -1, which fails every pool's
    start-up ("bad value(s) in fds_to_keep")."""
    from multiprocessing import resource_tracker

    try:
        real = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        real = True  # the tracker leaves out a stderr with no descriptor by itself
    if real:
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def _follow_parent(parent: int) -> None:
    """Exit when the indexer dies: a worker holds both ends of its task queue, so it would
    otherwise wait for work forever after a kill -9."""
    import threading

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="byline-follow-parent").start()


def default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def build(paths: list[Path], index_dir: Path, progress: Progress | None = None,
          max_bytes: int | None = None, *, extract: bool = True, workers: int | None = None) -> UpdateReport:
    """``update`` with the knobs the benchmark turns: extraction off, worker count."""
    from search.ingest.files import MAX_BYTES, walk

    started = time.perf_counter()
    report = UpdateReport()
    max_bytes = max_bytes or MAX_BYTES
    workers = default_workers() if workers is None else workers
    ix = open_index(index_dir) if exists(index_dir) else _create(index_dir)
    manifest = read_manifest(index_dir)
    if manifest.get("format", 1) != FORMAT and ix.doc_count_all():
        ix = _start_over(index_dir)
        manifest = {"files": {}}
    old_files = _files(manifest)
    del manifest
    todo, keep, report.total = _plan(walk(paths), old_files)
    by_rel = {src.rel: src for src in todo}
    removed = [rel for rel in old_files if rel not in keep and rel not in by_rel]
    files = dict(keep)
    report.still_skipped = [Skipped(rel, reason) for rel, entry in keep.items() for reason in entry.skipped]
    del keep
    if not todo and not removed:
        # Nothing to write: no writer (its commit may merge segments) and no manifest rewrite
        # unless a touched-but-identical file's mtime moved.
        if files != old_files:
            _save_manifest(index_dir, files)
        report.seconds = time.perf_counter() - started
        return report
    had_docs = ix.doc_count_all() > 0
    try:
        writer = _writer(ix)
    except LockError as e:
        raise IndexBusy(f"another byline is updating the index in {index_dir}") from e
    # Deletions wait for the commit: one query per batch instead of one per file, and a writer's
    # deletions only reach committed segments, never the documents it has just added.
    doomed: set[str] = set()
    from search.engine.linker import Linker

    linker = Linker(index_dir) if extract else None
    try:
        for rel in removed:
            doomed.update(old_files[rel].articles(rel))
            report.removed += 1
        if linker:
            linker.remove(doomed)
        pending = 0
        last_commit = time.perf_counter()
        commit_every = COMMIT_SECONDS if had_docs else FIRST_COMMIT_SECONDS
        n_todo = len(todo)
        prepared = _prepared(todo, max_bytes, extract, workers)
        del todo  # the sources are let go as their files are written
        for n, prep in enumerate(prepared, 1):
            src = by_rel.pop(prep.rel)
            report.skipped += prep.skipped
            old = old_files.get(prep.rel)
            if had_docs:
                # Also the new file's own ids: a run killed between a commit and its manifest
                # left them in the index, and adding them again would duplicate them.
                doomed.update(old.articles(prep.rel) if old else ())
                doomed.update(prep.ids)
            if linker:
                gone = set(old.articles(prep.rel)) - set(prep.ids) if old else set()
                linker.remove(gone)
                articles = [d for d in prep.docs if d["type"] == "article"]
                for doc, (ex, copy_doc) in zip(articles, prep.extras, strict=True):
                    linker.add(doc, ex, copy_doc)
            for doc in prep.docs:
                writer.add_document(**doc)
            if old:
                report.changed += 1
            elif prep.ids:  # a file skipped whole is in ``skipped``, not added
                report.added += 1
            files[prep.rel] = Entry.of(prep.rel, src.size, src.mtime_ns, prep.digest, prep.ids,
                                       [s.reason for s in prep.skipped])
            pending += len(prep.ids) or 1
            if pending >= BATCH or (pending and time.perf_counter() - last_commit > commit_every):
                _delete(writer, doomed)
                if linker:
                    linker.commit()
                writer.commit()
                _save_manifest(index_dir, files)
                writer = _writer(ix)
                pending, last_commit, doomed = 0, time.perf_counter(), set()
                commit_every = min(commit_every * 2, COMMIT_SECONDS)
            if progress:
                progress(n, n_todo)
        _delete(writer, doomed)
        if linker:
            linker.commit()
        writer.commit()
    except BaseException:
        abandon(ix, writer, linker)
        raise
    _save_manifest(index_dir, files)
    if linker:
        linking = time.perf_counter()
        linker.rewrite_affected(ix, _writer)
        linker.close()
        report.link_seconds = time.perf_counter() - linking
    _make_private(index_dir)
    report.seconds = time.perf_counter() - started
    return report


def _make_private(index_dir: Path) -> None:
    """Index files readable by their owner only (the folder is 0700 too): articles may be private."""
    for f in index_dir.iterdir():
        if f.is_file() and f.stat().st_mode & 0o077:
            f.chmod(0o600)


def _writer(ix):
    # The lock taken here, not by Whoosh: its writer keeps the lock for good when creating its
    # files fails (a full disk), and every later update in this process would find it busy.
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(False):
        raise LockError
    try:
        w = SegmentWriter(ix, _lk=False, limitmb=LIMIT_MB)
    except BaseException:
        lock.release()
        raise
    w.writelock = lock
    w.mergetype = merge_tiers
    return w


def tier(doc_count: int) -> int:
    n, t = max(doc_count, 1), 0
    while n >= MERGE_FACTOR:
        n //= MERGE_FACTOR
        t += 1
    return t


def merge_tiers(writer, segments):
    """A Whoosh merge policy: merge a size tier, and every smaller one, once it holds MERGE_FACTOR
    segments."""
    from whoosh.reading import SegmentReader

    by_tier: dict[int, list] = {}
    for seg in segments:
        by_tier.setdefault(tier(seg.doc_count_all()), []).append(seg)
    full = [t for t, segs in by_tier.items() if len(segs) >= MERGE_FACTOR]
    if not full:
        return segments
    top = max(full)
    keep = []
    for seg in segments:
        if tier(seg.doc_count_all()) <= top:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        else:
            keep.append(seg)
    return keep


def _delete(writer, article_ids: set[str]) -> None:
    """Articles' documents and their quotes' documents, in one query (each query opens a searcher)."""
    if not article_ids:
        return
    ids = sorted(article_ids)
    terms = [Q.Term("id", aid) for aid in ids] + [Q.Term("article", aid) for aid in ids]
    writer.delete_by_query(Q.Or(terms))
