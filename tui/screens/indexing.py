"""Bringing the index up to date in the background while the screen stays usable.

``Indexer`` works for one ``MainScreen``: its thread reports progress by setting the screen's
state (``article_count``, ``indexing``, ``progress``, ``skipped``) on the UI thread.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from search.model import Skipped

if TYPE_CHECKING:
    from .main import MainScreen

REBUILDING = ("An older byline wrote this index: every article is read again. "
              "Searches find what has been read so far.")
PROGRESS_EVERY_S = 0.25  # a status line per file would flood the UI on a big corpus


class Indexer:
    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen

    def start(self) -> None:
        self.screen.run_worker(self._run, thread=True, exclusive=True, group="index", exit_on_error=False)

    def _run(self) -> None:
        screen = self.screen
        call = screen.app.call_from_thread
        if screen.library is None:
            library = screen.open_library()
            call(screen.use_library, library)
        call(screen.ready.set)
        lib = screen.library
        first_run = not lib.is_indexed()
        call(self._started, None if first_run else lib.count())
        if warm := getattr(lib, "warm", None):  # a cluster's library has nothing to warm
            warm()
        if not first_run:
            call(screen.searcher.again)  # the newest articles, listed while the files are checked
        if getattr(lib, "is_outdated", lambda: False)():  # a cluster's library has no local index
            call(screen.notify, REBUILDING, title="Rebuilding the index", timeout=10, markup=False)
        last = [0.0, -1]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] < PROGRESS_EVERY_S and done != total:
                return
            last[0] = now
            call(setattr, screen, "progress", (done, total) if total else None)
            # The index commits as it grows: what is searchable so far is counted and searched.
            count = lib.count()
            if count != last[1]:
                last[1] = count
                call(self._grown, count)

        try:
            report = lib.update(progress=progress)
        except Exception as error:  # a locked or unreadable index must not kill the browser
            call(self._failed, str(error))
            return
        # Nothing touched, nothing to count again (a twentieth of a second at 100,000 articles).
        changed = bool(report.touched) or first_run
        count = lib.count() if changed else screen.article_count
        call(self._done, count, report.skipped, getattr(report, "still_skipped", []), changed)

    def _started(self, count: int | None) -> None:
        screen = self.screen
        screen.indexing, screen.progress = True, None
        if count is not None:
            screen.article_count = count

    def _grown(self, count: int) -> None:
        self.screen.article_count = count
        self.screen.searcher.again()

    def _failed(self, message: str) -> None:
        screen = self.screen
        screen.indexing = False
        screen.notify(message, title="Index not updated", severity="error", timeout=10, markup=False)

    def _done(self, count: int, skipped: list[Skipped], still: list[Skipped] = (), changed: bool = True) -> None:
        """``skipped``: files read this time and skipped; ``still``: skipped before, unchanged since
        (listed under ! and counted in the status, not announced again); ``changed``: the index
        changed, and what is on screen may be out of date."""
        screen = self.screen
        screen.indexing = False
        screen.article_count = count
        screen.run_worker(self._load_names, group="names", exit_on_error=False)
        known = {str(x) for x in screen.skipped}
        new = [s for s in skipped if str(s) not in known]
        screen.skipped = [*skipped, *still]
        if new:
            lines = "\n".join(str(s) for s in new[:5])
            if len(new) > 5:
                lines += f"\n… and {len(new) - 5} more"  # the full list is one key away
            screen.notify(lines, title=f"{len(new)} skipped", severity="warning", timeout=8, markup=False)
        if changed:
            # Unchanged, the answers on screen stand (a search fails only on an index being
            # written): searching again would repaint them while the user types (at 100,000
            # articles the check ends a second after the first frame).
            screen.searcher.again()

    async def _load_names(self) -> None:
        screen = self.screen
        await screen.ready.wait()
        screen.pane.names = await asyncio.to_thread(screen.library.names)
