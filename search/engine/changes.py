"""Whether a corpus changed since its index was written, checked in a process of its own.

Checking 100,000 files costs about a second of CPU (reading the manifest, then a stat per
file); in the app's process it shared the CPU with the first searches typed, and parsing the
manifest holds it for a quarter of a second at a time. A corpus with a large manifest is checked
in a spawned process on the other core; only a change brings the work back to the caller.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from search.model import Skipped, UpdateReport

BIG_MANIFEST = 1 << 20  # bytes, ~10,000 files: below this, starting a process costs more than it saves


def unchanged(paths: list[Path], index_dir: Path) -> UpdateReport | None:
    """The report of an update that would find nothing to do, or None when there is something
    to do (or the check could not run apart, and the caller should just update)."""
    from search.engine.index import MANIFEST
    from search.extract.batch import main_can_be_respawned, start_resource_tracker, start_worker

    try:
        if (index_dir / MANIFEST).stat().st_size < BIG_MANIFEST:
            return None
    except OSError:
        return None
    if not main_can_be_respawned():  # code read from stdin: a spawned process could not import it
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    start_resource_tracker()
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=start_worker,
                                 initargs=(os.getpid(),)) as pool:
            return pool.submit(check, [str(p) for p in paths], str(index_dir)).result()
    except (BrokenProcessPool, OSError):
        return None


def check(paths: list[str], index_dir: str) -> UpdateReport | None:
    """``unchanged``'s answer, worked out in this process."""
    from search.engine.index import FORMAT, read_manifest
    from search.ingest.files import walk
    from search.ingest.manifest import entries, plan

    started = time.perf_counter()
    manifest = read_manifest(Path(index_dir))
    if manifest.get("format", 1) != FORMAT:
        return None
    old = entries(manifest)
    todo, keep, total = plan(walk([Path(p) for p in paths]), old)
    if todo or keep != old:  # new, changed, removed or touched files: the caller's update handles them
        return None
    report = UpdateReport(total=total)
    report.still_skipped = [Skipped(rel, reason) for rel, entry in keep.items() for reason in entry.skipped]
    report.seconds = time.perf_counter() - started
    return report
