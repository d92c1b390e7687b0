"""The search box, its status line and the results table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import DataTable, Input, Static

from search.model import Hit, QuoteHit, Results

from ..commands import BOTTOM, DOWN, TOP, UP, bindings
from .completion import QuerySuggester
from .search_input import SearchInput
from .text import around_first, cropped, lit, one_line, plain

if TYPE_CHECKING:
    from .trend import Trend

DATE_WIDTH = 10
NEAR_END = 5  # rows from the end at which the pane asks for more


class ResultsTable(DataTable):
    BINDINGS = bindings([DOWN, UP, TOP, BOTTOM])


class SearchPane(Vertical):
    """Posts what the user asks for; shows what the screen gives it."""

    # State the screen pushes down.
    results: var[Results | list[Hit] | None] = var(None, init=False)  # a query's answer, or hits like an article
    status: var[Text | str] = var("", init=False)
    trend_counts: var[dict | None] = var(None, init=False)  # matches per month for the sparkline; None hides it

    class QueryChanged(Message):
        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    class ResultChosen(Message):
        """An article to open, at ``offset`` when a quote row was chosen."""

        def __init__(self, article_id: str, offset: int | None = None, quote_text: str | None = None) -> None:
            self.article_id = article_id
            self.offset = offset
            self.quote_text = quote_text
            super().__init__()

    class NearEnd(Message):
        """The user moved or scrolled close to the last row shown: more may follow."""

    def __init__(self, history=None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.history = history  # a SearchHistory, or None to remember nothing
        self._walk = None  # the HistoryCursor while the user walks the history
        self._recalled: str | None = None
        # Per row: the article it opens, at which quote, then all else the row shows.
        self._rows: list[tuple] = []
        self._filled_width = 0
        self._columns: list[tuple[str, int, str]] = []
        self.names: list[str] = []  # people's names for completion, most mentioned first
        self._had_text = False

    def compose(self) -> ComposeResult:
        yield SearchInput(placeholder="Search: words, \"a phrase\", title:, date:2022, person:…", id="query",
                          suggester=QuerySuggester(lambda: self.names))
        with Horizontal(id="status-row"):
            yield Static("", id="status", markup=False)
        table = ResultsTable(id="results", cursor_type="row", zebra_stripes=False)
        table.show_header = True
        yield table

    @property
    def input(self) -> SearchInput:
        return self.query_one("#query", SearchInput)

    @property
    def trend(self) -> Trend:
        # Hidden until a query has counts: mounted after the first frame (on_mount).
        from .trend import Trend

        trend = next(self.query("#trend").results(Trend), None)
        if trend is None:
            trend = Trend(id="trend")
            self.query_one("#status-row").mount(trend)
        return trend

    @property
    def table(self) -> ResultsTable:
        return self.query_one("#results", ResultsTable)

    # -- state pushed down by the screen ----------------------------------------------
    @property
    def query_text(self) -> str:
        return self.input.value

    def set_query(self, text: str, focus: bool = True) -> None:
        """Put ``text`` in the search box, the cursor after it (the box then asks for a search)."""
        self.input.value = text
        self.input.cursor_position = len(text)
        if focus:
            self.input.focus()

    @property
    def query_has_focus(self) -> bool:
        return self.input.has_focus

    def focus_query(self) -> None:
        self.input.focus()

    def focus_results(self) -> None:
        self.table.focus()

    @property
    def visible_rows(self) -> int:
        return self.table.size.height

    def watch_status(self) -> None:
        self._paint_status()

    def watch_trend_counts(self, counts: dict | None) -> None:
        self.trend.show(counts)

    @property
    def status_text(self) -> str:
        """The whole status, however much of it the line has room for."""
        return Text(self.status).plain if isinstance(self.status, str) else self.status.plain

    def _paint_status(self) -> None:
        """The status on its one line, cut at a word when it is too long, never inside one."""
        status = self.query_one("#status", Static)
        text = Text(self.status) if isinstance(self.status, str) else self.status
        width = status.size.width - 2  # its padding
        if width > 8 and len(text.plain) > width:
            cut = text.plain.rfind(" ", 0, width - 1)
            text = text[:cut if cut > width // 2 else width - 1]
            text.rstrip()
            text.rstrip_end(width - 1)
            text.append("…")
        status.update(text, layout=False)  # a fixed one-line box: new words never resize it

    def watch_results(self) -> None:
        self._fill()

    def extend_results(self, results: Results) -> None:
        """A longer list for the same query: new rows go below, the cursor and scroll stay put."""
        old = self.results
        self.set_reactive(SearchPane.results, results)  # no refill: only the new rows are added
        if not isinstance(old, Results) or bool(old.quotes) != bool(results.quotes):
            self._fill()
            return
        table = self.table
        if results.quotes:
            before, after = old.quotes, results.quotes
            same = [(q.article_id, q.quote.start) for q in before] == [
                (q.article_id, q.quote.start) for q in after[:len(before)]]
            if same:
                self._add_quotes(table, after[len(before):], len(before))
                return
        else:
            before, after = old.hits, results.hits
            # Copies folded in from the new rows can change an old row's marker: then refill.
            same = [(h.id, len(h.copies)) for h in before] == [(h.id, len(h.copies)) for h in after[:len(before)]]
            if same:
                self._add_hits(table, after[len(before):], len(before))
                return
        row, scroll = table.cursor_row, table.scroll_y
        self._fill()
        table.move_cursor(row=row, animate=False, scroll=False)
        table.scroll_to(y=scroll, animate=False)

    def on_mount(self) -> None:
        self.watch(self.table, "scroll_y", self._scrolled, init=False)
        self.call_after_refresh(lambda: self.trend)

    def _scrolled(self, y: float) -> None:
        # Counted in rows, not from ``max_scroll_y``: that lags a moment behind rows just added.
        table = self.table
        shown = table.scrollable_content_region.height - (table.header_height if table.show_header else 0)
        if self._rows and len(self._rows) - (int(y) + shown) <= NEAR_END:
            self.post_message(self.NearEnd())

    @on(DataTable.RowHighlighted, "#results")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self._rows and event.cursor_row >= len(self._rows) - NEAR_END:
            self.post_message(self.NearEnd())

    def _fill(self) -> None:
        table = self.table
        shown = self.results
        quotes = isinstance(shown, Results) and bool(shown.quotes)
        items = (shown.quotes if quotes else shown.hits) if isinstance(shown, Results) else shown or []
        if shown is None:
            columns = []  # nothing asked yet: no header either
        else:
            columns = self._quote_columns(len(items)) if quotes else self._hit_columns(len(items))
        self._filled_width = table.size.width
        at_top = table.cursor_coordinate == table.hover_coordinate == (0, 0) and table.scroll_offset == (0, 0)
        if columns == self._columns and at_top and self._rows == [_row(item) for item in items]:
            # A key that leaves the answer as it was (a space, a letter that matches the same
            # articles): refilling would paint the very same table again, at its full cost.
            return
        if columns == self._columns:
            table.clear()  # same columns: new rows only, no re-measuring the table's layout
        else:
            table.clear(columns=True)
            for label, width, key in columns:
                table.add_column(label, width=width, key=key)
            self._columns = columns
        self._rows = []
        if items:
            (self._add_quotes if quotes else self._add_hits)(table, items, 0)

    def on_resize(self) -> None:
        self._paint_status()
        # Column widths are set when rows are added; a new window size needs them again.
        if self._rows and self.table.size.width != self._filled_width:
            row = self.table.cursor_row
            self._fill()
            self.table.move_cursor(row=row, animate=False)

    def _widths(self, fixed: int, rows: int) -> tuple[int, int]:
        table = self.table
        width = table.size.width or self.size.width or 100
        if rows > table.size.height - 1:
            # The scrollbar these rows will need is taken off now, not found after a first paint.
            width -= table.styles.scrollbar_size_vertical
        width = max(width, 40) - fixed - 2
        # The title is what a reader scans the list by: it gets close to half the row.
        first = max(16, min(60, width * 9 // 20))
        return first, max(10, width - first)

    def _hit_columns(self, rows: int) -> list[tuple[str, int, str]]:
        title_w, snip_w = self._widths(DATE_WIDTH + 4, rows)
        return [("Title", title_w, "title"), ("Date", DATE_WIDTH, "date"), ("Snippet", snip_w, "snippet")]

    def _quote_columns(self, rows: int) -> list[tuple[str, int, str]]:
        first, rest = self._widths(4, rows)
        total = first + rest
        article_w = max(10, total * 3 // 10)
        who_w = min(20, max(10, total // 5))
        return [("Speaker", who_w, "speaker"), ("Quote", total - who_w - article_w, "quote"),
                ("Article", article_w, "article")]

    def _add_hits(self, table: DataTable, hits: list[Hit], first: int) -> None:
        title_w, _, snippet_w = (width for _, width, _ in self._columns)
        for n, hit in enumerate(hits, first):
            # Markers lead the title: a one-line cell cuts its end, and they matter more.
            title = Text()
            if hit.copies:
                # "+N": N copies folded into this row (the reader names them; x lists them).
                title.append(f"+{len(hit.copies)} ", "italic")
            if hit.note:
                title.append_text(plain(hit.note, "italic"))
                title.append(" ")
            title.append_text(plain(one_line(hit.title), "bold"))
            snip, spans = around_first(hit.snippet, hit.snippet_spans)
            table.add_row(cropped(title, title_w), plain(hit.date or "—", "dim"),
                          cropped(lit(snip, spans, "bold reverse"), snippet_w), key=str(n))
            self._rows.append(_row(hit))

    def _add_quotes(self, table: DataTable, quotes: list[QuoteHit], first: int) -> None:
        who_w, quote_w, article_w = (width for _, width, _ in self._columns)
        for n, qh in enumerate(quotes, first):
            q = qh.quote
            who = plain(q.speaker, "bold") if q.speaker else Text("unattributed", "dim italic")
            table.add_row(cropped(who, who_w), cropped(plain(f"“{one_line(q.text)}”"), quote_w),
                          cropped(plain(one_line(qh.title)), article_w), key=str(n))
            self._rows.append(_row(qh))

    # -- user actions posted up ---------------------------------------------------------
    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if bool(event.value) != self._had_text:
            self._had_text = bool(event.value)
            self.input.refresh_bindings()  # "?" is help in an empty box, a wildcard after a word
        if event.value != self._recalled:
            self._walk = None  # typing starts a new walk from what is typed now
        self._recalled = None
        self.post_message(self.QueryChanged(event.value))

    @on(SearchInput.HistoryStep)
    def _history_back(self, event: SearchInput.HistoryStep) -> None:
        event.stop()
        if self.history is None:
            return
        if self._walk is None:
            self._walk = self.history.cursor(self.input.value)
        self._recall(self._walk.up())

    def _recall(self, text: str | None) -> None:
        if text is None:
            return
        self._recalled = text
        self.input.value = text
        self.input.cursor_position = len(text)

    def remember(self) -> None:
        """The query led somewhere: keep it in the history."""
        if self.history is not None and self.input.value.strip():
            self.history.add(self.input.value)
            self._walk = None

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._rows:
            self._choose(0)

    @on(SearchInput.StepDown)
    def _step_down(self, event: SearchInput.StepDown) -> None:
        event.stop()
        if self._walk is not None and not self._walk.at_draft:
            self._recall(self._walk.down())
        elif self._rows:
            self.table.focus()
            self.table.move_cursor(row=0)

    @on(DataTable.RowSelected, "#results")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._choose(event.cursor_row)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            article_id, offset, quote = self._rows[row][:3]
            self.remember()
            self.post_message(self.ResultChosen(article_id, offset, quote))

    @property
    def highlighted_id(self) -> str | None:
        row = self.table.cursor_row
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    @property
    def row_count(self) -> int:
        return len(self._rows)


def _row(item: Hit | QuoteHit) -> tuple:
    """The article a row opens, at which quote, then everything else the row shows."""
    if isinstance(item, QuoteHit):
        return item.article_id, item.quote.start, item.quote.text, item.quote.speaker, item.title
    return (item.id, None, None, item.title, item.date, item.note, len(item.copies), item.snippet,
            [tuple(span) for span in item.snippet_spans])
