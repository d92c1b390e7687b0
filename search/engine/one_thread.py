"""Calls run one at a time on a thread of their own, and work in the background can wait for them.

Whoosh's searcher must not be shared across threads, so every call on it runs here. Indexing
runs on another thread and asks ``wait_idle`` between files: a search typed meanwhile then has
the CPU to itself instead of sharing it with the check for changed files.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

IDLE_WAIT_S = 1.0  # the longest background work waits for calls in flight


class OneThread:
    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix=name)
        self._calls, self._lock, self._idle = 0, threading.Lock(), threading.Event()
        self._idle.set()

    def run(self, fn, *args):
        with self._lock:
            self._calls += 1
            self._idle.clear()
        try:
            return self._pool.submit(fn, *args).result()
        finally:
            with self._lock:
                self._calls -= 1
                if not self._calls:
                    self._idle.set()

    def wait_idle(self) -> None:
        self._idle.wait(IDLE_WAIT_S)

    def shutdown(self) -> None:
        self._pool.shutdown()
