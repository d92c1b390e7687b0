"""Search as you type: debounce, the first page, more rows on scroll, the sparkline and
did-you-mean, each in a worker of its own group.

``Searcher`` works for one ``MainScreen``: it reads the screen's state (``query_text``,
``sort``, ``collapse``, ``results``…) and answers by setting it; the screen pushes it down.
"""

from __future__ import annotations

import asyncio
import time
from functools import partial
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from search.model import Results

if TYPE_CHECKING:
    from .main import MainScreen

DEBOUNCE_S = 0.15
TREND_DELAY_S = 0.25  # longer than the gap between keys in a burst
PAGE = 20  # results asked for per keystroke; more follow when the user scrolls near the end
NEAR_END = 5  # rows from the end of the list at which the next ones are fetched


class Searcher:
    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.limit = PAGE  # how many hits the screen's ``results`` was asked for
        self._last_change = 0.0

    def search(self, text: str, immediate: bool = False) -> None:
        """Search as you type: a key after a pause searches at once; keys in a burst wait for the burst."""
        screen = self.screen
        now = time.monotonic()
        burst = now - self._last_change < DEBOUNCE_S
        self._last_change = now
        screen.query_text = text
        # Rows or counts still on their way for the previous query would only be thrown away.
        screen.workers.cancel_group(screen, "more")
        screen.run_worker(partial(self._debounced, text, DEBOUNCE_S if burst and not immediate else 0),
                          exclusive=True, group="search", exit_on_error=False)

    def again(self) -> None:
        """The same query, answered afresh: the order, the copies or the index changed."""
        self.search(self.screen.query_text, immediate=True)

    def _page_size(self) -> int:
        """A screenful of rows and a little more: every hit costs highlighting, and only these show."""
        return max(PAGE, self.screen.pane.visible_rows + NEAR_END)

    async def _debounced(self, text: str, delay: float) -> None:
        screen = self.screen
        if delay:
            await asyncio.sleep(delay)  # a newer keystroke cancels this worker while it sleeps
        await screen.ready.wait()
        library = screen.library
        limit = self._page_size()
        if not text.strip():
            # No query: the corpus itself, newest first.
            screen.pane.trend_counts = None
            results = await asyncio.to_thread(library.search, "", limit, screen.sort, screen.collapse, False)
            if text == screen.query_text:
                self.limit = limit
                screen.results = results
            return
        try:
            results = await asyncio.to_thread(library.search, text, limit, screen.sort, screen.collapse, False)
        except Exception:
            if not screen.indexing:
                raise
            # An index half-built on first run may not answer yet; the search re-runs when it is done.
            screen.pane.status = "Indexing… results will follow"
            return
        if text != screen.query_text:
            return  # a newer key is already being answered: painting this would only flash
        self.limit = limit
        screen.results = results
        if results.hits or results.quotes:
            self._start_thread(self._trend, text, group="trend")
        else:
            screen.pane.trend_counts = None
        self._start_thread(self._suggestion, results, group="suggest")
        saved, watching = screen.saved, screen.watching
        if saved is not None and watching:
            item = saved.get(watching)
            if item and item.query == text.strip():
                # Seen now: "new since" counts from here. A fuller list than the page on screen keeps
                # the ids honest for the next comparison.
                everything = await asyncio.to_thread(library.search, text, 1000, "relevance", False)
                saved.record_counts(item.name, everything.total, [h.id for h in everything.hits])
            screen.watching = None

    def has_more(self) -> bool:
        r = self.screen.results
        return r is not None and (len(r.quotes) >= self.limit if r.quotes else r.total > self.limit)

    def near_end(self) -> None:
        screen = self.screen
        if self.has_more() and not any(not w.is_finished for w in screen.workers if w.group == "more"):
            screen.run_worker(partial(self._more, screen.results, self.limit * 2), group="more",
                              exit_on_error=False)

    async def _more(self, shown: Results, limit: int) -> None:
        """The next rows, asked for only when the user scrolls near the end of what is shown."""
        screen = self.screen
        more = await asyncio.to_thread(screen.library.search, shown.query, limit, screen.sort, screen.collapse)
        if screen.results is not shown or shown.query != screen.query_text:
            return  # the query, sort or copies changed meanwhile
        more.notice = more.notice or shown.notice  # a notice said once stays for this query
        self.limit = limit
        screen.pane.extend_results(more)  # below the rows shown, the cursor where it is
        screen.results = more

    def _start_thread(self, job, *args, group: str) -> None:
        self.screen.run_worker(partial(job, *args), thread=True, exclusive=True, group=group, exit_on_error=False)

    def _trend(self, text: str) -> None:
        """Matches per month for the sparkline, once typing has paused.

        The library answers one call at a time: counting every match while the user is still
        typing would put this ahead of their next search.
        """
        screen, worker = self.screen, get_current_worker()
        time.sleep(TREND_DELAY_S)
        if worker.is_cancelled or text != screen.query_text:
            return
        counts = screen.library.date_counts(text)
        if not worker.is_cancelled and text == screen.query_text:
            screen.app.call_from_thread(setattr, screen.pane, "trend_counts", counts)

    def _suggestion(self, results: Results) -> None:
        """Did-you-mean once typing pauses: it reads the index's word list, and every partial
        word on the way to a real one would otherwise pay for it before its results showed."""
        screen, worker = self.screen, get_current_worker()
        time.sleep(TREND_DELAY_S)
        if worker.is_cancelled or results is not screen.results:
            return
        suggestion = screen.library.suggest(results.query, len(results.hits))
        if suggestion and not worker.is_cancelled and results is screen.results:
            results.suggestion = suggestion
            screen.app.call_from_thread(screen.refresh_status)
