"""The quotes of the open article: who said what, in reading order or grouped by speaker.

One DataTable, not a widget per quote: an article with thousands of quotes stays one widget,
and a quote repeated many times is one row with a count.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static

from search.model import IN_SHOW, SCARE, CastPair, Drift, Quote

from ..commands import BOTTOM, DOWN, TOGGLE_ORDER, TOP, UP, bindings
from .text import plain

MARKERS = {"speech": "●", IN_SHOW: "◆", SCARE: "○"}
LEGEND = "● speech ◆ in-show ○ title"
MAX_ROWS = 500
MAX_QUOTE_CHARS = 160


@dataclass
class Entry:
    """One sidebar row: a quote, and every later place the same words recur."""

    index: int  # the first occurrence, in ``quotes``
    quote: Quote
    speaker: str
    repeats: list[int] = field(default_factory=list)
    drift: Drift | None = None


def speaker_label(quote: Quote, cast: list[CastPair]) -> str:
    """``Eddie (Joseph Quinn)`` for in-show lines whose actor is known; "" when unattributed."""
    if not quote.speaker:
        return ""
    if quote.kind == IN_SHOW:
        played = (c.actor for c in cast if quote.speaker in (c.character, *c.aliases))
        actor = quote.actor or next(played, None)
        if actor and actor != quote.speaker:
            return f"{quote.speaker} ({actor})"
    return quote.speaker


def drift_text(drift: Drift) -> Text:
    """The original wording with the words the copy changed lit."""
    old, new = drift.original_text.split(), drift.text.split()
    out = Text("was “", "dim italic")
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        chunk = " ".join(old[i1:i2])
        if not chunk:
            continue
        if out.plain[-1] not in "“ ":
            out.append(" ")
        out.append_text(plain(chunk, "dim italic" if tag == "equal" else "bold underline"))
    out.append("”", "dim italic")
    return out


def entries_for(quotes: list[Quote], cast: list[CastPair], drift: list[Drift]) -> list[Entry]:
    drifts = {" ".join(d.text.split()): d for d in drift}
    seen: dict[tuple[str, str | None], Entry] = {}
    out: list[Entry] = []
    for n, q in enumerate(quotes):
        key = (" ".join(q.text.split()), q.speaker)
        if key in seen:
            seen[key].repeats.append(n)
            continue
        entry = Entry(n, q, speaker_label(q, cast), drift=drifts.get(key[0]))
        seen[key] = entry
        out.append(entry)
    return out


class QuoteTable(DataTable):
    BINDINGS = bindings([DOWN, UP, TOP, BOTTOM])


class QuoteSidebar(Vertical):
    class QuoteChosen(Message):
        def __init__(self, index: int, quote: Quote) -> None:
            self.index = index
            self.quote = quote
            super().__init__()

    BINDINGS = bindings([TOGGLE_ORDER])

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entries: list[Entry] = []
        self.grouped = False
        self._row_of: dict[int, int] = {}  # quote index -> row
        self._order: list[Entry] = []
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Static(LEGEND, id="quotes-legend", markup=False)
        table = QuoteTable(id="quotes", cursor_type="row", show_header=False)
        yield table

    @property
    def table(self) -> QuoteTable:
        return self.query_one("#quotes", QuoteTable)

    def show(self, quotes: list[Quote], cast: list[CastPair], drift: list[Drift]) -> None:
        self.entries = entries_for(quotes, cast, drift)
        self._order = []  # a new article: nothing chosen yet
        self._fill()

    def _fill(self) -> None:
        chosen = self.chosen.index if self.table.row_count and self.chosen else None
        table = self.table
        table.clear(columns=True)
        # Cell padding (2) and the vertical scrollbar (1) share the width; overflow would add a scrollbar.
        self._width = max(12, (table.size.width or self.size.width or 30) - 3)
        table.add_column("Quote", width=self._width, key="quote")
        order = sorted(self.entries, key=lambda e: (not e.speaker, e.speaker.lower(), e.index)) \
            if self.grouped else list(self.entries)
        self._order = order[:MAX_ROWS]
        self._row_of = {}
        previous = None
        for row, entry in enumerate(self._order):
            show_speaker = not self.grouped or entry.speaker != previous
            previous = entry.speaker
            table.add_row(self._cell(entry, show_speaker), height=None, key=str(entry.index))
            for n in (entry.index, *entry.repeats):
                self._row_of[n] = row
        if len(order) > MAX_ROWS:
            table.add_row(Text(f"… {len(order) - MAX_ROWS} more quotes", "dim italic"), key="more")
        n = len(self.entries)
        self.border_title = f"Quotes · {n}" + (" · by speaker" if self.grouped else "")
        if not self.entries:
            table.add_row(Text("No quotes in this article", "dim italic"), key="none")
        if chosen is not None:
            self.follow(chosen)  # a resize or a new order keeps the same quote chosen

    def _cell(self, entry: Entry, show_speaker: bool) -> Text:
        q = entry.quote
        head = Text(MARKERS.get(q.kind, "●") + " ", "bold")
        if show_speaker:
            who = plain(entry.speaker, "bold") if entry.speaker else Text("unattributed", "dim italic")
            head.append_text(who)
        if entry.repeats:
            head.append(f"  ×{len(entry.repeats) + 1}", "dim")
        text = " ".join(q.text.split())
        if len(text) > MAX_QUOTE_CHARS:
            text = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        body = plain(f"“{text}”")
        if show_speaker or entry.repeats:
            parts = [head, body]
        else:
            # A later quote of the speaker named above: its kind leads the quote, not a bare line.
            parts = [head + body]
        if entry.drift:
            parts.append(Text("≠ changed in this copy", "italic"))
            parts.append(drift_text(entry.drift))
        return Text("\n").join(parts)

    # -- state pushed down --------------------------------------------------------------
    def follow(self, index: int | None) -> None:
        """Keep the selection in step with the reader without choosing anything."""
        row = self._row_of.get(index) if index is not None else None
        if row is not None and row != self.table.cursor_row:
            self.table.move_cursor(row=row, animate=False)

    def action_toggle_order(self) -> None:
        self.grouped = not self.grouped
        self._fill()

    def on_resize(self) -> None:
        if self.entries and self.table.size.width - 3 != self._width:
            self._fill()

    # -- user actions ---------------------------------------------------------------------
    @on(DataTable.RowHighlighted, "#quotes")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        # Only a user moving in the sidebar chooses; the reader moving it must not echo back.
        if self.table.has_focus:
            self._choose(event.cursor_row)

    @on(DataTable.RowSelected, "#quotes")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._choose(event.cursor_row)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self._order):
            entry = self._order[row]
            self.post_message(self.QuoteChosen(entry.index, entry.quote))

    @property
    def chosen(self) -> Entry | None:
        row = self.table.cursor_row
        return self._order[row] if 0 <= row < len(self._order) else None
