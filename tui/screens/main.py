"""The main screen: owns the state (query, results, open article, chosen quote) and pushes it down.

State lives in reactive attributes here; the panes post messages up and the screen's watchers
push the state down through each pane's reactives and methods. Searching and indexing are
``Searcher`` and ``Indexer`` (each holds this screen), the side commands plain functions in
``.actions``; every command is declared once in ``tui.commands``. Every Library call is
blocking, so it runs in a thread (``asyncio.to_thread`` or a thread worker); the UI thread only
paints.
"""

from __future__ import annotations

import asyncio
import bisect
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import var
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
from . import actions
from .export import export_folder
from .indexing import Indexer
from .searching import Searcher
from .status import article_header, idle_status, results_status

ONE_PANE_WIDTH, ONE_PANE_HEIGHT = 70, 20  # below either, search and reader take turns
SIDEBAR_WIDTH = ONE_PANE_WIDTH  # wherever the reader has a pane of its own, so do its quotes
MIN_SIZE = (40, 12)


class MainScreen(Screen):
    # n/N also from the results or the sidebar, not only with the reader focused.
    BINDINGS = [*bindings(MAIN), *(c.binding(footer=False) for c in (NEXT_MATCH, PREVIOUS_MATCH))]

    query_text: var[str] = var("")
    results: var[Results | None] = var(None, init=False, always_update=True)  # the answer to ``query_text`` on screen
    view: var[ArticleView | None] = var(None, init=False, always_update=True)  # the open article
    quote_index: var[int | None] = var(None, init=False)  # the chosen quote, in ``view``'s quotes
    sort: var[str] = var("relevance", init=False)
    collapse: var[bool] = var(True, init=False)  # copies folded under their original
    article_count: var[int] = var(0, init=False)
    indexing: var[bool] = var(False, init=False)
    progress: var[tuple[int, int] | None] = var(None, init=False)  # files read, files to read
    skipped: var[list[Skipped]] = var(list, init=False)
    sidebar_forced: var[bool | None] = var(None, init=False)  # b pressed: shown or hidden whatever the width

    def __init__(self, library, history=None, saved=None, reader_width: int | None = None,
                 sidebar: str = "auto", **kwargs) -> None:
        super().__init__(**kwargs)
        # Set before mounting, the class styles the screen once: added in on_mount it restyled
        # every widget a second time before the first frame.
        self.add_class("-no-article", update=False)
        self.reader_width = reader_width
        self.sidebar_mode = sidebar
        # A Library, or a function that opens one (in the indexing thread, off the first frame).
        self.library = None if callable(library) else library
        self.open_library = library if callable(library) else None
        self.ready = asyncio.Event()  # set once ``library`` is open
        self.history = history
        self.saved = saved  # SavedSearches, or None
        self.watching: str | None = None  # the saved search whose results are on screen
        self.export_dir = export_folder()
        self.errors: list[BaseException] = []
        self._quote_starts: list[int] = []
        self.searcher = Searcher(self)
        self.indexer = Indexer(self)

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
        self.reader.border_title = "Article"
        self.sidebar.border_title = "Quotes"
        self.reader.text_width = self.reader_width
        self.pane.focus_query()
        self.pane.status = "Opening the index…"
        # Importing Whoosh in a thread holds the GIL for a while: let the first frame go out first.
        self.call_after_refresh(self.indexer.start)

    def use_library(self, library) -> None:
        self.library = self.app.library = library

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed background job is said once and kept; the browser stays open."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self.errors.append(error)
            self.notify(f"{type(error).__name__}: {error}", title="Something went wrong", severity="error",
                        timeout=10, markup=False)

    # -- state pushed down ----------------------------------------------------------------
    def watch_results(self, results: Results | None) -> None:
        self.pane.results = results
        self.refresh_status()

    def watch_sort(self, sort: str) -> None:
        self.notify(f"Sorted by {sort}", timeout=2)
        if self.query_text:
            self.searcher.again()

    def watch_collapse(self, collapse: bool) -> None:
        self.notify("Copies folded under their original" if collapse else "Copies listed", timeout=2)
        if self.query_text:
            self.searcher.again()

    def watch_article_count(self) -> None:
        self.refresh_status()

    def watch_indexing(self) -> None:
        self.refresh_status()

    def watch_progress(self) -> None:
        self.refresh_status()

    def watch_skipped(self) -> None:
        self.refresh_status()

    def watch_view(self, view: ArticleView | None) -> None:
        self.set_class(view is None, "-no-article")
        self.quote_index = None
        self._quote_starts = [q.start for q in view.extraction.quotes] if view else []
        if view is not None:
            ex = view.extraction
            self.sidebar.show(ex.quotes, ex.cast, ex.drift)

    def watch_sidebar_forced(self) -> None:
        self._layout(self.size.width, self.size.height)

    def refresh_status(self) -> None:
        """The status line for the state as it is: the query's answer, else the corpus and indexing."""
        results, note = self.results, f" · {len(self.skipped)} skipped (!)" if self.skipped else ""
        if results is not None and results.query.strip() and self.query_text.strip():
            status = results_status(results, more=self.searcher.has_more(), sort=self.sort, collapse=self.collapse,
                                    indexing=self.indexing, progress=self.progress)
            status.append(note)
            self.pane.status = status
        elif results is None and self.query_text:
            return  # its first answer is on the way
        else:
            listed = bool(results and results.hits and not self.query_text.strip())
            self.pane.status = idle_status(self.article_count, self.indexing, self.progress, listed) + note

    @on(SearchPane.QueryChanged)
    def _query_changed(self, event: SearchPane.QueryChanged) -> None:
        self.searcher.search(event.text)

    @on(SearchPane.NearEnd)
    def _near_end(self, event: SearchPane.NearEnd) -> None:
        event.stop()
        self.searcher.near_end()

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
        await self.ready.wait()
        view = await asyncio.to_thread(self.library.article, article_id, self.query_text)
        if view is None:
            self.notify(f"{article_id} is no longer in the index", severity="warning", markup=False)
            return
        copies = await asyncio.to_thread(self.library.copies_of, article_id)
        original = None
        if view.extraction.duplicate_of:
            original = await asyncio.to_thread(self.library.article, view.extraction.duplicate_of)
        self.view = view
        self.reader.show(view, article_header(view, copies, original), at=offset)
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

    # -- actions: the side commands are functions in .actions (declared in tui.commands) ---
    def action_focus_search(self) -> None:
        self.pane.focus_query()

    def action_next_match(self) -> None:
        self.reader.action_next_match()

    def action_previous_match(self) -> None:
        self.reader.action_previous_match()

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"

    def action_toggle_copies(self) -> None:
        self.collapse = not self.collapse

    def action_copy_quote(self) -> None:
        actions.copy_quote(self)

    def action_copy_link(self) -> None:
        actions.copy_link(self)

    def action_more_like_this(self) -> None:
        actions.more_like_this(self)

    def action_people(self) -> None:
        actions.people(self)

    def action_export(self) -> None:
        actions.export(self)

    def action_save_search(self) -> None:
        actions.save_search(self)

    def action_saved_searches(self) -> None:
        actions.saved_searches(self)

    def action_date_filter(self) -> None:
        actions.date_filter(self)

    def action_use_suggestion(self) -> None:
        actions.use_suggestion(self)

    def action_show_skipped(self) -> None:
        actions.show_skipped(self)

    def action_reindex(self) -> None:
        actions.reindex(self)

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
