"""Search as you type: debounce, the first page, more rows on scroll, the sparkline and
did-you-mean, each in a worker of its own group.

A mixin of ``MainScreen``, whose state it reads and sets: ``library``, ``query_text``,
``results``, ``sort``, ``collapse``, ``indexing``, ``progress``, ``pane``, ``saved``.
"""

from __future__ import annotations

import asyncio
import time
from functools import partial

from textual import work
from textual.worker import get_current_worker

from search.model import Results

from ..widgets.search_pane import SearchPane
from .status import results_status

DEBOUNCE_S = 0.15
TREND_DELAY_S = 0.25  # longer than the gap between keys in a burst
PAGE = 20  # results asked for per keystroke; more follow when the user scrolls near the end
NEAR_END = 5  # rows from the end of the list at which the next ones are fetched


class Searching:
    # Handlers by name, not @on: Textual collects @on handlers only from message-pump classes.
    def on_search_pane_query_changed(self, event: SearchPane.QueryChanged) -> None:
        self._search(event.text)

    def _search(self, text: str, immediate: bool = False) -> None:
        """Search as you type: a key after a pause searches at once; keys in a burst wait for the burst."""
        now = time.monotonic()
        burst = now - self._last_change < DEBOUNCE_S
        self._last_change = now
        self.query_text = text
        # Rows or counts still on their way for the previous query would only be thrown away.
        self.workers.cancel_group(self, "more")
        self.run_worker(partial(self._debounced_search, text, DEBOUNCE_S if burst and not immediate else 0),
                        exclusive=True, group="search", exit_on_error=False)

    def _page_size(self) -> int:
        """A screenful of rows and a little more: every hit costs highlighting, and only these show."""
        return max(PAGE, self.pane.visible_rows + NEAR_END)

    async def _debounced_search(self, text: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)  # a newer keystroke cancels this worker while it sleeps
        await self._ready.wait()
        limit = self._page_size()
        if not text.strip():
            # No query: the corpus itself, newest first.
            self.pane.trend.show(None)
            results = await asyncio.to_thread(self.library.search, "", limit, self.sort, self.collapse, False)
            if text == self.query_text:
                self.results, self._limit = results, limit
                self.pane.show_results(results)
                self._status_idle()
            return
        try:
            results = await asyncio.to_thread(self.library.search, text, limit, self.sort, self.collapse, False)
        except Exception:
            if not self.indexing:
                raise
            # An index half-built on first run may not answer yet; the search re-runs when it is done.
            self.pane.set_status("Indexing… results will follow")
            return
        if text != self.query_text:
            return  # a newer key is already being answered: painting this would only flash
        self.results = results
        self._limit = limit
        self._show_results(results)
        if results.hits or results.quotes:
            self._load_trend(text)
        else:
            self.pane.trend.show(None)
        self._load_suggestion(results)
        if self.saved is not None and self._watching:
            item = self.saved.get(self._watching)
            if item and item.query == text.strip():
                # Seen now: "new since" counts from here. A fuller list than the page on screen keeps
                # the ids honest for the next comparison.
                everything = await asyncio.to_thread(self.library.search, text, 1000, "relevance", False)
                self.saved.record_counts(item.name, everything.total, [h.id for h in everything.hits])
            self._watching = None

    def _has_more(self) -> bool:
        r = self.results
        return r is not None and (len(r.quotes) >= self._limit if r.quotes else r.total > self._limit)

    def on_search_pane_near_end(self, event: SearchPane.NearEnd) -> None:
        event.stop()
        if self._has_more() and not any(not w.is_finished for w in self.workers if w.group == "more"):
            self.run_worker(partial(self._more, self.results, self._limit * 2), group="more",
                            exit_on_error=False)

    async def _more(self, shown: Results, limit: int) -> None:
        """The next rows, asked for only when the user scrolls near the end of what is shown."""
        more = await asyncio.to_thread(self.library.search, shown.query, limit, self.sort, self.collapse)
        if self.results is not shown or shown.query != self.query_text:
            return  # the query, sort or copies changed meanwhile
        more.notice = more.notice or shown.notice  # a notice said once stays for this query
        self.results = more
        self._limit = limit
        self.pane.extend_results(more)
        self._show_results(more, repaint=False)

    @work(thread=True, exclusive=True, group="trend", exit_on_error=False)
    def _load_trend(self, text: str) -> None:
        """Matches per month for the sparkline, once typing has paused.

        The library answers one call at a time: counting every match while the user is still
        typing would put this ahead of their next search.
        """
        worker = get_current_worker()
        time.sleep(TREND_DELAY_S)
        if worker.is_cancelled or text != self.query_text:
            return
        counts = self.library.date_counts(text)
        if not worker.is_cancelled and text == self.query_text:
            self.app.call_from_thread(self.pane.trend.show, counts)

    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False)
    def _load_suggestion(self, results: Results) -> None:
        """Did-you-mean once typing pauses: it reads the index's word list, and every partial
        word on the way to a real one would otherwise pay for it before its results showed."""
        worker = get_current_worker()
        time.sleep(TREND_DELAY_S)
        if worker.is_cancelled or results is not self.results:
            return
        suggestion = self.library.suggest(results.query, len(results.hits))
        if suggestion and not worker.is_cancelled and results is self.results:
            results.suggestion = suggestion
            self.app.call_from_thread(self._show_results, results, False)

    def _show_results(self, results: Results, repaint: bool = True) -> None:
        if repaint:
            self.pane.show_results(results)
        if not results.query.strip():
            self._status_idle()
            return
        status = results_status(results, more=self._has_more(), sort=self.sort, collapse=self.collapse,
                                indexing=self.indexing, progress=self.progress)
        status.append(self._skipped_note())
        self.pane.set_status(status)
