"""Searches come first: indexing waits between files while a call on the index is in flight."""

from __future__ import annotations

import threading

from search.engine import one_thread
from search.engine.one_thread import OneThread
from search.ingest.files import walk
from search.ingest.manifest import plan


def _in_flight(calls: OneThread):
    started, release = threading.Event(), threading.Event()
    caller = threading.Thread(target=calls.run, args=(lambda: (started.set(), release.wait(10)),))
    caller.start()
    assert started.wait(10)
    return caller, release


def _waiter(calls: OneThread) -> threading.Event:
    done = threading.Event()
    threading.Thread(target=lambda: (calls.wait_idle(), done.set()), daemon=True).start()
    return done


def test_background_work_waits_while_a_call_runs():
    calls = OneThread("test")
    try:
        caller, release = _in_flight(calls)
        done = _waiter(calls)
        assert not done.wait(0.3)
        release.set()
        caller.join()
        assert done.wait(5)
        assert _waiter(calls).wait(5)  # and not at all when nothing runs
    finally:
        calls.shutdown()


def test_the_wait_is_bounded(monkeypatch):
    monkeypatch.setattr(one_thread, "IDLE_WAIT_S", 0.05)
    calls = OneThread("test")
    try:
        caller, release = _in_flight(calls)
        assert _waiter(calls).wait(5)  # a stuck call does not stop indexing for good
        release.set()
        caller.join()
    finally:
        calls.shutdown()


def test_the_check_for_changed_files_offers_to_pause_every_few_hundred(tmp_path):
    for n in range(600):
        (tmp_path / f"{n:03d}.txt").write_text(f"Title {n}\n\nBody {n}.\n", encoding="utf-8")
    paused = []
    todo, _, total = plan(walk([tmp_path]), {}, pause=lambda: paused.append(1))
    assert total == len(todo) == 600 and len(paused) == 600 // 256


def test_the_library_indexes_with_pauses_for_its_searches(tmp_path, monkeypatch):
    from search import library as L

    seen = {}
    monkeypatch.setattr(L.idx, "update", lambda *a, pause=None, **k: seen.setdefault("pause", pause) and None)
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    lib = L.Library([tmp_path], tmp_path / "ix")
    try:
        lib.update()
        caller, release = _in_flight(lib._thread)
        done = threading.Event()
        threading.Thread(target=lambda: (seen["pause"](), done.set()), daemon=True).start()
        assert not done.wait(0.3)
        release.set()
        caller.join()
        assert done.wait(5)
    finally:
        lib.close()
