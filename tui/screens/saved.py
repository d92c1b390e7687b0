"""Saved searches: keep a query under a name; later see how many articles are new since."""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from ..commands import SAVE_CANCEL, SAVED_CLOSE, SAVED_REMOVE, bindings
from ..widgets.text import plain


class SaveSearchScreen(ModalScreen[str | None]):
    """Asks for a name; returns it, or None when cancelled."""

    BINDINGS = bindings([SAVE_CANCEL])

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(id="save-dialog"):
            yield Static(Text("Save this search as… (Enter saves, Esc cancels)", "bold"))
            yield Static(plain(self.query_text, "italic"))
            yield Input(value=self.query_text[:40], id="save-name")

    @on(Input.Submitted, "#save-name")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SavedSearchesScreen(ModalScreen[str | None]):
    """Every saved search with how many articles are new since it was last looked at."""

    BINDINGS = bindings([SAVED_CLOSE, SAVED_REMOVE])

    def __init__(self, saved, library) -> None:
        super().__init__()
        self.saved = saved
        self.library = library
        self._names: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text("Saved searches · Enter runs one · Delete removes · Esc closes", "bold"))
            yield DataTable(cursor_type="row", id="saved-table")

    async def on_mount(self) -> None:
        table = self.query_one("#saved-table", DataTable)
        table.add_column("Name", key="name")
        table.add_column("Query", key="query")
        table.add_column("Articles", key="total")
        table.add_column("New", key="new")
        table.focus()
        await self._fill()

    async def _fill(self) -> None:
        table = self.query_one("#saved-table", DataTable)
        table.clear()
        items = self.saved.items()
        self._names = [s.name for s in items]
        for n, s in enumerate(items):
            results = await asyncio.to_thread(self.library.search, s.query, 1000, "relevance", False)
            ids = [h.id for h in results.hits]
            new = self.saved.new_since(s.name, results.total, ids)
            table.add_row(plain(s.name, "bold"), plain(s.query), Text(str(results.total)),
                          Text(f"{new} new", "bold") if new else Text("—", "dim"), key=str(n))
        if not items:
            table.add_row(Text("No saved searches yet: Ctrl+S saves the current one", "dim"),
                          Text(""), Text(""), Text(""), key="none")

    @on(DataTable.RowSelected, "#saved-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        if 0 <= event.cursor_row < len(self._names):
            self.dismiss(self._names[event.cursor_row])

    async def action_remove(self) -> None:
        row = self.query_one("#saved-table", DataTable).cursor_row
        if 0 <= row < len(self._names):
            self.saved.remove(self._names[row])
            await self._fill()

    def action_cancel(self) -> None:
        self.dismiss(None)
