"""Build and update the Whoosh index of a corpus, incrementally and crash-safely.

The manifest (file → size, mtime, content hash) is rewritten atomically after each
Whoosh commit, so a killed run leaves an index that opens with everything committed, and
the next run redoes only what was not.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.index import LockError

from search.engine.analysed import Analysing, Waiting, unpacked
from search.engine.codec import ArrayCodec
from search.engine.failure import DiskFull, abandon, disk_full, tidy
from search.engine.read_at import Storage
from search.engine.schema import PAIR_SAMPLE, SCHEMA, common_words, schema_pairing
from search.engine.segments import merge_tiers
from search.engine.writer import Writer
from search.extract.batch import (  # noqa: F401 (PARALLEL_FROM: the bench's)
    PARALLEL_FROM,
    default_workers,
    fewer_collections,
    prepared,
)
from search.ingest.manifest import Entry, entries, manifest_head, plan
from search.model import Skipped, UpdateReport  # noqa: F401 (UpdateReport: for callers)

if TYPE_CHECKING:
    pass

# ``ingest`` and ``extract`` are imported where they are used: opening an index to search
# (the app's first frame, ``byline search``) must not pay for loading the extraction rules.

MANIFEST = "byline-manifest.json"
INDEX_NAME = "byline"
# 2: quote records carry no title or body, so a query on those fields finds articles alone and
# needs no filter on the record type. 3: dates in a column. 4: the copy index keeps each
# article's sentences and the kind of each copy. 5: each text field's pairs of words, for
# phrases. An index in an older format is rebuilt from the files.
FORMAT = 5
BATCH = 5000  # articles per commit: fewer, larger segments; a killed run redoes at most this many
COMMIT_SECONDS = 120.0  # ...or this much work, whichever comes first
# Building a new index, the first commits come sooner (then twice as far apart each time), so a
# search made while it builds finds what has been read so far.
FIRST_COMMIT_SECONDS = 2.0
FIRST_BATCH = 100  # ...and the very first after this many articles, if that comes sooner
# Whoosh's posting pool before it spills to disk: building 3,000 articles, 64 MB peaked at
# 212 MB and 32 at 173 MB, 11% slower. The peak must stay under 250 MB at 100,000 articles.
LIMIT_MB = 32
SPOOL = "byline.spool"  # the folder where what the workers prepared waits for the writer


class IndexBusy(Exception):
    """Another process is writing this index."""


Progress = Callable[[int, int], None]


def default_index_dir(paths: list[Path]) -> Path:
    """Where the index of ``paths`` lives when the user names no place for it."""
    from platformdirs import user_cache_dir

    key = "\n".join(sorted(str(p.resolve()) for p in paths))
    return Path(user_cache_dir("byline")) / "indexes" / hashlib.sha1(key.encode()).hexdigest()[:16]


def storage(index_dir: Path) -> Storage:
    # Without mmap, opening a large index costs milliseconds and megabytes instead of copying
    # every segment into memory.
    return Storage(str(index_dir), supports_mmap=False)


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


def _manifest_head(index_dir: Path) -> tuple[int, bool]:
    """(format, whether it lists any file), from the manifest's first bytes when it can."""
    found = manifest_head(index_dir / MANIFEST)
    if found is None:  # written by an older byline, or damaged
        manifest = read_manifest(index_dir)
        return manifest.get("format", 1), bool(manifest.get("files"))
    return found


def index_format(index_dir: Path) -> int:
    return _manifest_head(index_dir)[0]


def outdated(index_dir: Path) -> bool:
    """Whether the index holds articles in an older format: the next update reads them all again."""
    form, listed = _manifest_head(index_dir)
    return exists(index_dir) and form != FORMAT and listed


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


def update(paths: list[Path], index_dir: Path, progress: Progress | None = None,
           max_bytes: int | None = None, pause: Callable[[], object] | None = None) -> UpdateReport:
    """Bring the index at ``index_dir`` in line with the files under ``paths``; ``pause``
    returns when the work may go on (see ``plan``)."""
    try:
        return build(paths, index_dir, progress, max_bytes, pause=pause)
    except Exception as e:
        if disk_full(e):
            tidy(index_dir)
            raise DiskFull from None
        raise


def build(paths: list[Path], index_dir: Path, progress: Progress | None = None,
          max_bytes: int | None = None, *, extract: bool = True, workers: int | None = None,
          pause: Callable[[], object] | None = None) -> UpdateReport:
    """``update`` with the knobs the benchmark turns: extraction off, worker count."""
    with fewer_collections():
        return _build(paths, index_dir, progress, max_bytes, extract, workers, pause)


def _build(paths, index_dir, progress, max_bytes, extract, workers, pause) -> UpdateReport:
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
    old_files = entries(manifest)
    del manifest
    todo, keep, report.total = plan(walk(paths), old_files, pause)
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
    if not had_docs:
        ix = _pairing(todo, max_bytes, index_dir)
    n_todo = len(todo)
    ready = prepared(todo, max_bytes, extract, workers, Analysing(ix.schema, packed=True), index_dir / SPOOL)
    del todo  # the sources are let go as their files are written
    try:
        writer = _writer(ix)
    except LockError as e:
        raise IndexBusy(f"another byline is updating the index in {index_dir}") from e
    # Deletions wait for the commit: one query per batch instead of one per file, and a writer's
    # deletions only reach committed segments, never the documents it has just added.
    doomed: set[str] = set()
    unwritten = Waiting(index_dir)  # the batch's articles, written at its commit with their final links
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
        for n, prep in enumerate(ready, 1):
            if pause:
                pause()
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
                if doc["type"] == "article":
                    unwritten.append(doc)
                else:  # a quote's fields never change with links: its writing starts now
                    writer.add_document(**doc)
            if old:
                report.changed += 1
            elif prep.ids:  # a file skipped whole is in ``skipped``, not added
                report.added += 1
            files[prep.rel] = Entry.of(prep.rel, src.size, src.mtime_ns, prep.digest, prep.ids,
                                       [s.reason for s in prep.skipped])
            pending += len(prep.ids) or 1
            first = not had_docs and commit_every == FIRST_COMMIT_SECONDS and pending >= FIRST_BATCH
            if pending >= BATCH or first or (pending and time.perf_counter() - last_commit > commit_every):
                _write(writer, unwritten, linker)
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
        _write(writer, unwritten, linker)
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


def _pairing(todo, max_bytes: int, index_dir: Path):
    """An empty index made anew with the common words of its first articles, whose pairs its
    text fields index for good; read here, before the workers start, since they analyse with
    the index's schema."""
    from search.ingest.files import read

    texts: list[str] = []
    for src in todo:
        if len(texts) >= 2 * PAIR_SAMPLE:
            break
        for article in read(src, max_bytes=max_bytes)[0][:PAIR_SAMPLE - len(texts) // 2]:
            texts += (article.title, article.text)
    common = common_words(t for t in texts if t)
    ix = open_index(index_dir)
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(False):
        raise IndexBusy(f"another byline is updating the index in {index_dir}")
    try:
        if not ix.doc_count_all():  # nobody wrote it meanwhile
            ix = storage(index_dir).create_index(schema_pairing(common), indexname=INDEX_NAME)
    finally:
        lock.release()
    return ix


def _write(writer, docs: Waiting, linker) -> None:
    """A batch's articles, each with its copy/story link as the whole batch left it. A
    later file can make an earlier one a copy; rewriting that article after the commit would leave
    its old version deleted but still counted by BM25F (document count, word frequencies, field
    lengths) until a merge drops it, so a fresh index would score unlike the same corpus anywhere
    else."""
    for doc in docs.drain():
        if linker:
            linker.relink((doc,))
        writer.add_document(**unpacked(doc))


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
        w = Writer(ix, _lk=False, limitmb=LIMIT_MB, codec=ArrayCodec())
    except BaseException:
        lock.release()
        raise
    w.writelock = lock
    w.mergetype = merge_tiers
    return w


def _delete(writer, article_ids: set[str]) -> None:
    """Articles' documents and their quotes' documents, in one query (each query opens a searcher)."""
    if not article_ids:
        return
    ids = sorted(article_ids)
    terms = [Q.Term("id", aid) for aid in ids] + [Q.Term("article", aid) for aid in ids]
    writer.delete_by_query(Q.Or(terms))
