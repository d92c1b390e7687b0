"""The main screen: owns the state (query, results, open article, chosen quote) and pushes it down.

Every Library call is blocking, so it runs in a thread (``asyncio.to_thread`` or a thread
worker); the UI thread only paints.
"""

from __future__ import annotations

import asyncio
import bisect
import time
from functools import partial

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from search.model import ArticleView, Quote, Results, Skipped

from ..commands import MAIN, NEXT_MATCH, PREVIOUS_MATCH, bindings
from ..widgets.footer import BylineFooter
from ..widgets.quote_sidebar import QuoteSidebar, speaker_label
from ..widgets.reader import Reader
from ..widgets.search_pane import SearchPane
from ..widgets.text import one_line
from .commands import Commands
from .export import export_folder
from .searching import PAGE, Searching
from .status import article_header, idle_status

ONE_PANE_WIDTH, ONE_PANE_HEIGHT = 70, 20  # below either, search and reader take turns
SIDEBAR_WIDTH = ONE_PANE_WIDTH  # wherever the reader has a pane of its own, so do its quotes
MIN_SIZE = (40, 12)


class MainScreen(Searching, Commands, Screen):
    BINDINGS = [*bindings(MAIN), *(c.binding(footer=False) for c in (NEXT_MATCH, PREVIOUS_MATCH))]

    def __init__(self, library, history=None, saved=None, reader_width: int | None = None,
                 sidebar: str = "auto", **kwargs) -> None:
        super().__init__(**kwargs)
        self.reader_width = reader_width
        self.sidebar_mode = sidebar
        self.sidebar_forced: bool | None = None
        # A Library, or a function that opens one (in the indexing thread, off the first frame).
        self.library = None if callable(library) else library
        self._open_library = library if callable(library) else None
        self._ready = asyncio.Event()
        self.history = history
        self.saved = saved  # SavedSearches, or None
        self._watching: str | None = None  # the saved search whose results are on screen
        self.export_dir = export_folder()
        self.query_text = ""
        self.results: Results | None = None
        self._limit = PAGE  # how many hits ``results`` was asked for
        self.view: ArticleView | None = None
        self.quote_index: int | None = None
        self.sort = "relevance"
        self.collapse = True
        self.article_count = 0
        self.indexing = False
        self.progress: tuple[int, int] | None = None  # files read, files to read
        self.skipped: list[Skipped] = []
        self._quote_starts: list[int] = []
        self._last_change = 0.0
        self.errors: list[BaseException] = []

    def compose(self) -> ComposeResult:
        yield Static("byline needs a window of at least 40×12.", id="too-small")
        yield SearchPane(history=self.history, id="search-pane")
        with Horizontal(id="reading"):
            yield Reader(id="reader")
            yield QuoteSidebar(id="sidebar")
        yield BylineFooter()

    @property
    def pane(self) -> SearchPane:
        return self.query_one(SearchPane)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> QuoteSidebar:
        return self.query_one(QuoteSidebar)

    def on_mount(self) -> None:
        self.query_one("#reader").border_title = "Article"
        self.sidebar.border_title = "Quotes"
        if self.reader_width:
            self.reader.set_text_width(self.reader_width)
        self.add_class("-no-article")
        self.pane.focus_query()
        self.pane.set_status("Opening the index…")
        # Importing Whoosh in a thread holds the GIL for a while: let the first frame go out first.
        self.call_after_refresh(self.index_corpus)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed background job is said once and kept; the browser stays open."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.errors.append(error)
            self.notify(f"{type(error).__name__}: {error}", title="Something went wrong", severity="error",
                        timeout=10, markup=False)

    # -- indexing ---------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def index_corpus(self) -> None:
        """Bring the index up to date in the background; the screen stays usable meanwhile."""
        if self.library is None:
            self.library = self._open_library()
            self.app.library = self.library
        self.app.call_from_thread(self._ready.set)
        lib = self.library
        first_run = not lib.is_indexed()
        self.indexing = True
        self.progress = None
        if not first_run:
            count = lib.count()
            self.app.call_from_thread(self._set_count, count)
        else:
            self.app.call_from_thread(self._indexing_status, 0, 0)

        last = [0.0, -1]

        def progress(done: int, total: int) -> None:
            # A status line per file would flood the UI on a big corpus: a few updates a second.
            now = time.monotonic()
            if now - last[0] < 0.25 and done != total:
                return
            last[0] = now
            self.app.call_from_thread(self._indexing_status, done, total)
            # The index commits as it grows: what is searchable so far is counted and searched.
            count = lib.count()
            if count != last[1]:
                last[1] = count
                self.app.call_from_thread(self._grown, count)

        try:
            report = lib.update(progress=progress)
        except Exception as error:  # a locked or unreadable index must not kill the browser
            self.indexing = False
            self.app.call_from_thread(self._index_failed, str(error))
            return
        self.indexing = False
        count = lib.count()
        self.app.call_from_thread(self._indexed, count, report.skipped, getattr(report, "still_skipped", []))

    async def _load_names(self) -> None:
        await self._ready.wait()
        self.pane.names = await asyncio.to_thread(self.library.names)

    def _indexing_status(self, done: int, total: int) -> None:
        self.progress = (done, total) if total else None
        if self.query_text:
            if self.results is not None:
                self._show_results(self.results, repaint=False)
            return
        self._status_idle()

    def _grown(self, count: int) -> None:
        self.article_count = count
        self._search(self.query_text, immediate=True)

    def _set_count(self, count: int) -> None:
        self.article_count = count
        if not self.query_text:
            self._status_idle()

    def _indexed(self, count: int, skipped: list[Skipped], still: list[Skipped] = ()) -> None:
        """``skipped``: files read this time and skipped; ``still``: skipped before, unchanged since
        (listed under ! and counted in the status, not announced again)."""
        self.article_count = count
        self.run_worker(self._load_names, group="names", exit_on_error=False)
        new = [s for s in skipped if str(s) not in {str(x) for x in self.skipped}]
        self.skipped = [*skipped, *still]
        if new:
            lines = "\n".join(str(s) for s in new[:5])
            if len(new) > 5:
                lines += f"\n… and {len(new) - 5} more"  # the full list is one key away
            self.notify(lines, title=f"{len(new)} skipped", severity="warning", timeout=8, markup=False)
        self._search(self.query_text, immediate=True)

    def _index_failed(self, message: str) -> None:
        self.notify(message, title="Index not updated", severity="error", timeout=10, markup=False)
        self._status_idle()

    def _skipped_note(self) -> str:
        return f" · {len(self.skipped)} skipped (!)" if self.skipped else ""

    def _status_idle(self) -> None:
        listed = bool(self.results and self.results.hits and not self.query_text.strip())
        self.pane.set_status(idle_status(self.article_count, self.indexing, self.progress, listed)
                             + self._skipped_note())

    # -- reading ----------------------------------------------------------------------
    @on(SearchPane.ResultChosen)
    def _result_chosen(self, event: SearchPane.ResultChosen) -> None:
        self.open_article(event.article_id, event.offset, focus=True)

    @on(Reader.OriginalRequested)
    def _original(self, event: Reader.OriginalRequested) -> None:
        self.open_article(event.article_id, focus=True)

    def open_article(self, article_id: str, offset: int | None = None, focus: bool = False) -> None:
        self.run_worker(partial(self._open, article_id, offset, focus), exclusive=True, group="article",
                        exit_on_error=False)

    async def _open(self, article_id: str, offset: int | None, focus: bool) -> None:
        await self._ready.wait()
        view = await asyncio.to_thread(self.library.article, article_id, self.query_text)
        if view is None:
            self.notify(f"{article_id} is no longer in the index", severity="warning", markup=False)
            return
        copies = await asyncio.to_thread(self.library.copies_of, article_id)
        original = None
        if view.extraction.duplicate_of:
            original = await asyncio.to_thread(self.library.article, view.extraction.duplicate_of)
        self.view = view
        self.remove_class("-no-article")
        self.quote_index = None
        self._quote_starts = [q.start for q in view.extraction.quotes]
        ex = view.extraction
        self.reader.show(view, article_header(view, copies, original), at=offset)
        self.sidebar.show(ex.quotes, ex.cast, ex.drift)
        if offset is not None:
            index = self._quote_at(offset)
            if index is not None:
                self._choose_quote(index, scroll=False)
        if focus:
            self.reader.focus_text()

    # -- quotes -----------------------------------------------------------------------
    def _quote_at(self, offset: int) -> int | None:
        """The quote containing ``offset``, else the last one before it."""
        if not self._quote_starts:
            return None
        n = bisect.bisect_right(self._quote_starts, offset) - 1
        return max(n, 0)

    @on(QuoteSidebar.QuoteChosen)
    def _quote_chosen(self, event: QuoteSidebar.QuoteChosen) -> None:
        self._choose_quote(event.index)

    def _choose_quote(self, index: int, scroll: bool = True) -> None:
        if self.view is None or not (0 <= index < len(self.view.extraction.quotes)):
            return
        self.quote_index = index
        q = self.view.extraction.quotes[index]
        self.reader.set_quote((q.start, q.end), scroll=scroll)
        self.sidebar.follow(index)

    @on(Reader.Moved)
    def _reader_moved(self, event: Reader.Moved) -> None:
        if self.sidebar.has_focus_within:
            return
        self.sidebar.follow(self._quote_at(event.offset))

    @property
    def chosen_quote(self) -> Quote | None:
        if self.view is None:
            return None
        if self.quote_index is not None:
            return self.view.extraction.quotes[self.quote_index]
        entry = self.sidebar.chosen
        return entry.quote if entry else None

    def citation(self, quote: Quote) -> str:
        assert self.view is not None
        who = speaker_label(quote, self.view.extraction.cast) or "unattributed"
        a = self.view.article
        date = f" ({a.date})" if a.date else ""
        return f"“{' '.join(quote.text.split())}” — {who}, {one_line(a.title)}{date}"

    # -- actions (the side commands live in .commands) -----------------------------------
    def action_focus_search(self) -> None:
        self.pane.focus_query()

    def action_next_match(self) -> None:
        self.reader.action_next_match()

    def action_previous_match(self) -> None:
        self.reader.action_previous_match()

    def action_back(self) -> None:
        """Esc steps back: out of the reader or sidebar to the search box, then clears it."""
        pane = self.pane
        if not pane.query_has_focus:
            pane.focus_query()
        elif pane.query_text:
            pane.set_query("")
        elif self.pane.row_count:
            # Nowhere further back: into the list, where single keys are commands (? q p …).
            self.pane.focus_results()
        else:
            self.notify("Ctrl+Q quits · ? or F1 for help", timeout=4)

    def action_toggle_sidebar(self) -> None:
        self.sidebar_forced = not self.sidebar.display
        self._layout(self.size.width, self.size.height)

    def on_resize(self, event) -> None:
        self._layout(event.size.width, event.size.height)

    def _layout(self, width: int, height: int) -> None:
        """Three panes when they fit; fewer, one key away, when they do not."""
        self.set_class(width < MIN_SIZE[0] or height < MIN_SIZE[1], "-tiny")
        self.set_class(width < ONE_PANE_WIDTH or height < ONE_PANE_HEIGHT, "-narrow")
        if self.sidebar_mode == "hide":
            shown = bool(self.sidebar_forced)
        elif self.sidebar_mode == "show":
            shown = self.sidebar_forced is not False
        else:
            shown = self.sidebar_forced if self.sidebar_forced is not None else width >= SIDEBAR_WIDTH
        self.sidebar.display = shown

    def on_descendant_focus(self, event) -> None:
        # In one-pane layouts the search pane steps aside while reading.
        self.set_class(not self.pane.has_focus_within, "-reading")
