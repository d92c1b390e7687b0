"""The start-up check for changed files, run apart from the app when the corpus is large."""

from __future__ import annotations

import os

import pytest

import search.extract.batch as batch
from search.engine import changes
from search.engine import index as idx
from search.library import Library


def _corpus(root, n=5):
    root.mkdir(exist_ok=True)
    for i in range(n):
        (root / f"{i}.txt").write_text(f"Title {i}\n\nBody of article {i}.\n", encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")  # skipped: said again on every start


def test_an_unchanged_corpus_is_reported_as_an_update_would_report_it(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    _corpus(corpus)
    idx.update([corpus], ix)
    want = idx.update([corpus], ix)
    got = changes.check([str(corpus)], str(ix))
    assert got is not None and want.touched == 0
    assert (got.total, got.still_skipped, got.touched) == (want.total, want.still_skipped, 0)
    assert got.total == 6
    assert [s.name for s in got.still_skipped] == ["empty.txt"]


@pytest.mark.parametrize("change", ["add", "edit", "remove", "touch"])
def test_any_change_leaves_the_work_to_the_update(tmp_path, change):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    _corpus(corpus)
    idx.update([corpus], ix)
    f = corpus / "1.txt"
    if change == "add":
        (corpus / "new.txt").write_text("New\n\nA new one.\n", encoding="utf-8")
    elif change == "edit":
        f.write_text("Title 1\n\nRewritten.\n", encoding="utf-8")
    elif change == "remove":
        f.unlink()
    else:  # same bytes, new time: the manifest must be rewritten, which the check does not do
        os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    assert changes.check([str(corpus)], str(ix)) is None


def test_a_large_corpus_is_checked_in_another_process_and_the_update_skipped(tmp_path, monkeypatch):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    _corpus(corpus)
    lib = Library([corpus], ix)
    try:
        lib.update()
        monkeypatch.setattr(changes, "BIG_MANIFEST", 0)
        updates = []
        monkeypatch.setattr(idx, "update", lambda *a, **k: updates.append(1))
        report = lib.update()
        assert report.total == 6 and not updates
        (corpus / "new.txt").write_text("New\n\nA new one.\n", encoding="utf-8")
        lib.update()
        assert updates == [1]
    finally:
        lib.close()


def test_a_small_corpus_is_checked_by_the_update_itself(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    _corpus(corpus)
    idx.update([corpus], ix)
    assert changes.unchanged([corpus], ix) is None


def test_a_worker_started_by_start_worker_runs_below_its_parent_on_the_cpu():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    here = os.nice(0)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=batch.start_worker,
                             initargs=(os.getpid(),)) as pool:
        assert pool.submit(os.nice, 0).result() == min(19, here + batch.WORKER_NICENESS)


class _Made(Exception):
    pass


def test_the_check_and_the_indexing_workers_are_started_that_way(tmp_path, monkeypatch):
    import concurrent.futures

    made = []

    def pool(*args, **kwargs):
        made.append(kwargs.get("initializer"))
        raise _Made

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    with pytest.raises(_Made):
        next(batch._in_workers([[]], 1000, True, 2, None))
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    _corpus(corpus)
    idx.update([corpus], ix)
    monkeypatch.setattr(changes, "BIG_MANIFEST", 0)
    with pytest.raises(_Made):
        changes.unchanged([corpus], ix)
    assert made == [batch.start_worker, batch.start_worker]
