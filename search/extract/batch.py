"""Files read and understood in worker processes, fed to an index writer in order.

Each worker reads a few files, extracts each article and prepares what copy detection needs;
``docs`` turns an article and its extraction into the records a backend writes. A bounded
queue ahead of the writer keeps the parent's memory flat at any corpus size.
"""

from __future__ import annotations

import gc
import itertools
import os
import pickle
import shutil
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from search.ingest.manifest import digest as file_digest
from search.model import Article, Extraction, Skipped

if TYPE_CHECKING:
    from search.ingest.files import Source

CHUNK = 16  # files per task sent to a worker process
AHEAD = 24  # tasks per worker done ahead of the writer and held in its memory
# ...or, when they wait on disk (``spool``), this many in all, whatever the worker count (5,120
# articles, about 170 MB): at 100,000 articles a commit that merges segments takes the writer
# most of a minute, of which 24 tasks a worker covered five seconds on 2 cores.
SPOOLED = 320
PARALLEL_FROM = 64  # fewer files than this are read in-process: starting workers costs more
Docs = Callable[[Article, Extraction], list[dict]]


@dataclass(slots=True)
class Prepared:
    """One file read, extracted and turned into Whoosh documents (in a worker process)."""

    rel: str
    digest: str  # of the file before it was read: a change while reading shows next time
    ids: list[str]
    skipped: list[Skipped]
    docs: list[dict]
    # Per article: its extraction and what copy detection needs (prepared here, off the writer).
    extras: list[tuple[Extraction, object]] = field(default_factory=list)


def prepare(batch: list[Source], max_bytes: int, extract: bool, docs_of: Docs) -> list[Prepared]:
    from search.copies.index import prepare as copy_features
    from search.extract.pipeline import extract_one
    from search.ingest.files import read

    out = []
    for src in batch:
        try:
            digest = "" if src.problem else file_digest(src.path)
        except OSError:
            digest = ""
        articles, skipped = read(src, max_bytes=max_bytes)
        docs: list[dict] = []
        extras = []
        for article in articles:
            ex = extract_one(article) if extract else Extraction()
            docs += docs_of(article, ex)
            if extract:
                extras.append((ex, copy_features(article, ex)))
        out.append(Prepared(src.rel, digest, [a.id for a in articles], skipped, docs, extras))
    return out


def prepared(todo: list[Source], max_bytes: int, extract: bool, workers: int, docs_of: Docs,
             spool: Path | None = None) -> Iterator[Prepared]:
    """Prepared files in ``todo`` order; extraction runs in worker processes for big jobs.
    ``spool``: a folder of the caller's own where workers may leave what they prepared until it
    is taken, so they can run further ahead (it is emptied and removed before and after)."""
    from concurrent.futures.process import BrokenProcessPool

    batches = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    parallel = in_parallel(len(todo), workers)
    del todo  # each batch's sources are let go once it is served
    served = 0
    if parallel:
        try:
            for done in _in_workers(batches, max_bytes, extract, workers, docs_of, spool):
                batches[served] = []
                served += 1
                yield from done
        except BrokenProcessPool:
            # A worker could not start (a caller's script that indexes at import time, with no
            # ``if __name__ == "__main__"``) or was killed (out of memory): finish in this process.
            pass
    for batch in batches[served:]:
        yield from prepare(batch, max_bytes, extract, docs_of)


def main_can_be_respawned() -> bool:
    """Spawned workers re-import the caller's main module; code read from stdin cannot be."""
    main = sys.modules.get("__main__")
    if getattr(main, "__spec__", None) is not None:
        return True
    path = getattr(main, "__file__", None)
    return path is None or os.path.isfile(path)


def in_parallel(files: int, workers: int) -> bool:
    """Whether a job is big enough for worker processes, and this process can start them."""
    return workers > 1 and files >= PARALLEL_FROM and main_can_be_respawned()


def start_resource_tracker() -> None:
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


def _in_workers(batches: list[list[Source]], max_bytes: int, extract: bool, workers: int,
                docs_of: Docs, spool: Path | None = None) -> Iterator[list]:
    start_resource_tracker()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    spool = _fresh(spool)
    # A bounded queue ahead of the writer keeps the parent's memory (and the spool) flat at any
    # corpus size.
    depth = max(AHEAD * workers, SPOOLED if spool else 0)
    # spawn: workers must not inherit the index lock or the caller's threads (the app's), and no
    # server process outlives the indexer (a forkserver and its idle workers did after kill -9).
    ctx = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=start_worker,
                                 initargs=(os.getpid(),)) as pool:
            pending: deque = deque()
            it = iter(batches)
            try:
                while True:
                    while len(pending) < depth and (batch := next(it, None)) is not None:
                        pending.append(pool.submit(_prepare_pickled, batch, max_bytes, extract, docs_of, spool))
                    if not pending:
                        break
                    found = pending.popleft().result()
                    if isinstance(found, bytes):
                        depth = AHEAD * workers  # the spool could not be written (a full disk): held here
                    else:
                        found = _take(found)
                    yield pickle.loads(found)
            finally:
                for f in pending:
                    f.cancel()
    finally:
        if spool:
            shutil.rmtree(spool, ignore_errors=True)


def _fresh(spool: Path | None) -> Path | None:
    """The spool folder, empty (a killed run may have left files in it), or None if it cannot be made."""
    if spool is None:
        return None
    shutil.rmtree(spool, ignore_errors=True)
    try:
        spool.mkdir(mode=0o700)
    except OSError:
        return None
    return spool


def _take(path: str) -> bytes:
    with open(path, "rb") as f:
        data = f.read()
    os.unlink(path)
    return data


def _prepare_pickled(batch: list[Source], max_bytes: int, extract: bool, docs_of: Docs,
                     spool: Path | None = None) -> bytes | str:
    """``prepare``'s work pickled here: the parent holds it as bytes until the writer takes it
    (a third of the memory of the objects), or, given a ``spool``, it waits in a file there
    and the parent holds its name. A spool that cannot be written is given up for bytes."""
    data = pickle.dumps(prepare(batch, max_bytes, extract, docs_of), pickle.HIGHEST_PROTOCOL)
    if spool is None:
        return data
    path = spool / f"{os.getpid()}-{next(_spool_names)}.pickle"
    try:
        with open(path, "xb") as f:
            f.write(data)
    except OSError:
        try:
            path.unlink()
        except OSError:
            pass
        return data
    return str(path)


_spool_names = itertools.count()  # a worker's spool files, numbered as it writes them


def start_worker(parent: int) -> None:
    """A worker process's start: below its parent on the CPU, and gone with it.

    The indexer is one process its workers wait on: given an equal share of the cores it fell
    behind, the workers filled their queue and waited, and a core stood idle (both cores 87% busy
    at 100,000 articles). In the app, the screen and searches come before extraction too. A lower
    priority is asked where the system offers one."""
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):
        pass
    gc.set_threshold(*FEWER_COLLECTIONS)
    follow_parent(parent)


WORKER_NICENESS = 10
# Extraction and indexing make and drop millions of small objects and almost no cycles (a few
# hundred found in 6,000 articles): at Python's default pace the collector took 2% of a worker's
# time and 5% of the indexer's, most of it walking the indexer's long-lived postings again and
# again (full collections). At this pace the young objects, where those cycles are, are still
# collected, and a build makes no full collection: the indexer's collecting fell from 1.5 s to
# 0.44 s over 6,000 articles at 5,000 new objects a collection, and to 0.13 s at 50,000 (its
# young postings lists are walked at each collection), with the same peak memory.
FEWER_COLLECTIONS = (50_000, 50, 100)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector at ``FEWER_COLLECTIONS``' pace while a build runs."""
    before = gc.get_threshold()
    gc.set_threshold(*FEWER_COLLECTIONS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def follow_parent(parent: int) -> None:
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


