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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError

from .extract import extract_one, link_corpus
from .ingest import Source, read, walk
from .model import Article, Extraction, Skipped
from .records import article_fields, quote_docs
from .schema import SCHEMA

MANIFEST = "byline-manifest.json"
INDEX_NAME = "byline"
BATCH = 500


class IndexBusy(Exception):
    """Another process is writing this index."""


@dataclass
class UpdateReport:
    total: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

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


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _digest(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _plan(sources: Iterable[Source], files: dict) -> tuple[list[tuple[Source, str]], dict]:
    """Which sources need reading; unchanged ones are carried over to the new manifest."""
    todo, keep = [], {}
    for src in sources:
        old = files.get(src.rel)
        if old and old["size"] == src.size and old["mtime_ns"] == src.mtime_ns:
            keep[src.rel] = old
            continue
        try:
            digest = _digest(src.path)
        except OSError:
            digest = ""
        if old and digest and old["hash"] == digest:
            keep[src.rel] = {**old, "mtime_ns": src.mtime_ns}
            continue
        todo.append((src, digest))
    return todo, keep


def update(paths: list[Path], index_dir: Path, progress: Progress | None = None,
           max_bytes: int | None = None) -> UpdateReport:
    """Bring the index at ``index_dir`` in line with the files under ``paths``."""
    started = time.perf_counter()
    report = UpdateReport()
    ix = open_index(index_dir) if exists(index_dir) else _create(index_dir)
    manifest = read_manifest(index_dir)
    old_files: dict = manifest.get("files", {})
    sources = list(walk(paths))
    todo, keep = _plan(sources, old_files)
    removed = [rel for rel in old_files if rel not in keep and rel not in {s.rel for s, _ in todo}]
    report.total = len(sources)
    files = dict(keep)
    try:
        writer = ix.writer(limitmb=64)
    except LockError as e:
        raise IndexBusy(f"another byline is updating the index in {index_dir}") from e
    try:
        for rel in removed:
            for aid in old_files[rel].get("articles", []):
                writer.delete_by_term("id", aid)
                writer.delete_by_term("article", aid)
            report.removed += 1
        pending = 0
        for n, (src, digest) in enumerate(todo, 1):
            articles, skipped = read(src, max_bytes=max_bytes) if max_bytes else read(src)
            report.skipped += skipped
            old = old_files.get(src.rel)
            for aid in old.get("articles", []) if old else []:
                writer.delete_by_term("id", aid)
                writer.delete_by_term("article", aid)
            for article in articles:
                _add(writer, article, extract_one(article))
            if old:
                report.changed += 1
            else:
                report.added += 1
            files[src.rel] = {"size": src.size, "mtime_ns": src.mtime_ns, "hash": digest,
                              "articles": [a.id for a in articles],
                              "skipped": [s.reason for s in skipped]}
            pending += 1
            if pending >= BATCH:
                writer.commit()
                _write_atomic(index_dir / MANIFEST, json.dumps({"files": files}))
                writer = ix.writer(limitmb=64)
                pending = 0
            if progress:
                progress(n, len(todo))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    _write_atomic(index_dir / MANIFEST, json.dumps({"files": files}))
    if report.touched or not (index_dir / "corpus.json").exists():
        link_corpus_in_index(index_dir)
    report.seconds = time.perf_counter() - started
    return report


def _add(writer, article: Article, ex: Extraction) -> None:
    writer.update_document(**article_fields(article, ex))
    for doc in quote_docs(article, ex):
        writer.update_document(**doc)


def link_corpus_in_index(index_dir: Path) -> None:
    """Corpus-wide facts (copies, stories, drift, the cast table) computed over every article."""
    from .records import load_all, store_links

    ix = open_index(index_dir)
    articles, found = load_all(ix)
    corpus = link_corpus(articles, found)
    store_links(ix, found)
    _write_atomic(index_dir / "corpus.json", json.dumps(corpus))
