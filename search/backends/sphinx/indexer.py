"""``byline index --backend URL``: the cluster brought in line with the files, incrementally.

The same manifest logic as the local index (``search.ingest.manifest``): unchanged files are
not read. The manifest lives in the cluster, so any client indexing the same corpus picks up
where the last left off. Files stream through worker processes to per-shard batches, so the
client's memory does not grow with the corpus. Copies, stories and the people/cast tables are
linked one article at a time (``search.engine.linker``) in a folder this machine keeps for the
cluster; when that folder is missing or belongs to another run, every file is read again.
"""

from __future__ import annotations

import secrets
import shutil
import time
from pathlib import Path

from search.backends.sphinx.connection import META
from search.backends.sphinx.docs import docs, from_row, shard_of
from search.backends.sphinx.replicas import BATCH_BYTES, Replicas
from search.backends.sphinx.state import (
    bucket,
    manifest_rows,
    read_manifest,
    read_state,
    read_terms,
    tables_row,
    terms_rows,
)
from search.engine.records import apply_link, article_fields, link_changed, load_extraction
from search.ingest.manifest import Entry, entries, plan
from search.model import Article, Extraction, Skipped
from search.query.analysis import words

MANIFEST_FORMAT = 1
FORMS = 3  # spellings kept per stem
FORMS_KEY = "_forms"


def article_record(article: Article, ex: Extraction) -> list[dict]:
    """What a worker hands back per article: its fields, as the local index has them, and the
    spelling of each of its stems for the term list (worked out here, off the writer)."""
    return [{**article_fields(article, ex), FORMS_KEY: forms_of(article)}]


def forms_of(a: Article) -> dict[str, str]:
    """Each stem of the article's words, with the first spelling it appears in."""
    text = f"{a.title}\n{a.text}"
    seen: dict[str, str] = {}
    for word, start, end in words(text):
        seen.setdefault(word, text[start:end].lower())
    return seen


def link_dir(backend) -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("byline")) / "clusters" / backend.cluster_id()


class ShardWriter:
    """Articles collected per shard and written to every holder a batch at a time."""

    def __init__(self, replicas: Replicas):
        self.r = replicas
        self.shards = len(replicas.topology.shards)
        self.pending: dict[int, list[tuple[Article, Extraction]]] = {}
        self.sizes: dict[int, int] = {}
        self.written: set[str] = set()

    def add(self, a: Article, ex: Extraction) -> None:
        s = shard_of(a.id, self.shards)
        self.pending.setdefault(s, []).append((a, ex))
        self.sizes[s] = self.sizes.get(s, 0) + len(a.text) * 2 + 4096
        self.written.add(a.id)
        if self.sizes[s] >= BATCH_BYTES:
            self.flush(s)

    def flush(self, only: int | None = None) -> None:
        for s in [only] if only is not None else list(self.pending):
            items = self.pending.pop(s, [])
            self.sizes.pop(s, None)
            if items:
                write_articles(self.r, s, items)


def write_articles(r: Replicas, shard: int, items: list[tuple[Article, Extraction]]) -> None:
    """Replace articles and their quotes on every holder; quotes past a shorter list are deleted."""
    from search.backends.sphinx.docs import quote_ids, replace_statement

    old = r.quote_counts(shard, [a.id for a, _ in items])
    stale = [i for a, ex in items for i in quote_ids(a.id, len(ex.quotes), old.get(a.id, 0))]
    statements = [(f"DELETE FROM {{index}} WHERE id IN ({', '.join(['%s'] * len(chunk))})", chunk)
                  for chunk in (stale[i:i + 500] for i in range(0, len(stale), 500))]
    batch: list[dict] = []
    size = 0
    for a, ex in items:
        for d in docs(a, ex):
            batch.append(d)
            size += len(d["body_s"]) + len(d["data"]) + 256
        if size >= BATCH_BYTES:
            statements.append(replace_statement(batch))
            batch, size = [], 0
    if batch:
        statements.append(replace_statement(batch))
    r.on_holders(shard, statements)


def write_rows(r: Replicas, rows: list[tuple[int, str, str]]) -> None:
    r.on_nodes([(f"REPLACE INTO {META} (id, name, value) VALUES (%s, %s, %s)", row) for row in rows])


class Terms:
    """The stems the corpus has had, with their spellings: fuzzy words and suggestions come from it."""

    def __init__(self, known: dict[str, list]):
        self.known = known
        self.changed: set[int] = set()

    def add(self, a: Article, forms: dict[str, str] | None = None) -> None:
        for stem, form in (forms if forms is not None else forms_of(a)).items():
            row = self.known.get(stem)
            if row is None:
                self.known[stem] = [1, form]
                self.changed.add(bucket(stem))
            else:
                row[0] += 1
                if form not in row[1:] and len(row) <= FORMS:
                    row.append(form)
                self.changed.add(bucket(stem))


def index_paths(backend, paths: list[Path], progress=None, max_bytes: int | None = None):
    """Make the cluster hold exactly the articles under ``paths``; read only what changed."""
    from search.engine.index import UpdateReport
    from search.engine.linker import Linker
    from search.extract.batch import default_workers, prepared
    from search.ingest.files import MAX_BYTES, walk

    started = time.perf_counter()
    r = Replicas(backend)
    r.sync()
    state = read_state(backend)
    local = link_dir(backend)
    fresh = not state or _local_generation(local) != state.get("generation")
    manifest = {"files": {}} if fresh else read_manifest(backend, state)
    if manifest.get("format", MANIFEST_FORMAT) != MANIFEST_FORMAT:
        fresh, manifest = True, {"files": {}}
    old_files = entries(manifest)
    del manifest
    report = UpdateReport()
    todo, keep, report.total = plan(walk(paths), old_files)
    by_rel = {src.rel: src for src in todo}
    removed = [rel for rel in old_files if rel not in keep and rel not in by_rel]
    files: dict[str, Entry] = dict(keep)
    del keep
    if not fresh and not todo and not removed:
        if files != old_files:
            write_rows(r, manifest_rows({"format": MANIFEST_FORMAT, "files": files}, state))
        return _finish(r, report, started, backend, wrote=False)
    if fresh:
        shutil.rmtree(local, ignore_errors=True)
    local.mkdir(parents=True, exist_ok=True)
    linker = Linker(local)
    terms = Terms(read_terms(backend))
    writer = ShardWriter(r)
    doomed: set[str] = set()
    try:
        for rel in removed:
            doomed.update(old_files[rel].articles(rel))
            report.removed += 1
        linker.remove(doomed)
        n_todo = len(todo)
        ready = prepared(todo, max_bytes or MAX_BYTES, True, default_workers(), article_record)
        del todo
        for n, prep in enumerate(ready, 1):
            src = by_rel.pop(prep.rel)
            report.skipped += prep.skipped
            old = old_files.get(prep.rel)
            gone = set(old.articles(prep.rel)) - set(prep.ids) if old else set()
            doomed |= gone
            linker.remove(gone)
            for doc, (ex, copy_doc) in zip(prep.docs, prep.extras, strict=True):
                forms = doc.pop(FORMS_KEY)
                linker.add(doc, ex, copy_doc)
                article, linked = load_extraction(doc)
                writer.add(article, linked)
                terms.add(article, forms)
            if old:
                report.changed += 1
            else:
                report.added += 1
            files[prep.rel] = Entry.of(prep.rel, src.size, src.mtime_ns, prep.digest, prep.ids,
                                       [s.reason for s in prep.skipped])
            if progress:
                progress(n, n_todo)
        _relink(backend, linker, writer)
        writer.flush()
        doomed -= writer.written
        _delete(r, doomed)
        if fresh:
            # Whatever the cluster holds beyond this corpus, on any holder, goes.
            keep_ids = {aid for rel, e in files.items() for aid in e.articles(rel)}
            for s in range(len(r.topology.shards)):
                _delete(r, r.article_ids(s) - keep_ids, s)
        linker.commit()
        generation = secrets.token_hex(8)
        write_rows(r, [tables_row({"people": linker.tables.people(), "cast": linker.tables.cast()})])
        write_rows(r, terms_rows(terms.known, terms.changed))
        write_rows(r, manifest_rows({"format": MANIFEST_FORMAT, "files": files},
                                    {"run": state.get("run", 0) + 1, "generation": generation}))
        (local / "generation").write_text(generation, encoding="utf-8")
    finally:
        linker.close()
    r.optimize()
    return _finish(r, report, started, backend, wrote=True)


def _relink(backend, linker, writer: ShardWriter) -> None:
    """Articles already in the cluster whose copy or story link moved are written again."""
    from search.backends.sphinx.docs import ROW_COLUMNS, doc_id

    for aid in sorted(linker.affected - writer.written):
        if aid not in linker.copies:
            continue
        rows, _, _ = backend._query(f"SELECT {ROW_COLUMNS} FROM {backend.topology.dist} WHERE id = %s LIMIT 1",
                                    (doc_id(aid),))
        if not rows:
            continue
        _, _, title, body, date, data = rows[0]
        stored = {"id": aid, "title": title, "body": body, "date": date or None, "data": data}
        link = linker.copies.link_for(aid)
        if link_changed(stored, link):
            doc = article_fields(*from_row(rows[0]))
            apply_link(doc, link)
            writer.add(*load_extraction(doc))
    linker.affected.clear()


def _delete(r: Replicas, article_ids: set[str], only: int | None = None) -> None:
    shards = len(r.topology.shards)
    by_shard: dict[int, list[str]] = {}
    for aid in sorted(article_ids):
        by_shard.setdefault(shard_of(aid, shards), []).append(aid)
    for s, aids in by_shard.items():
        if only is None or s == only:
            r.delete_articles(s, aids)


def _finish(r: Replicas, report, started: float, backend, wrote: bool):
    if wrote:
        r.bump()
    # A node that was down holds an old copy of its shards until the next run refills it.
    # Said through the skip list, which every caller shows.
    report.skipped += [] if not wrote else [Skipped(f"node {r.topology.nodes[n]['sql']}",
                               "was down, so its shards were written to their mirrors only; index again once "
                               "it is back") for n in sorted(r.missed)]
    backend.forget()
    report.seconds = time.perf_counter() - started
    return report


def _local_generation(local: Path) -> str | None:
    try:
        return (local / "generation").read_text(encoding="utf-8").strip()
    except OSError:
        return None
