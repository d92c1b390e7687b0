"""Every person in the corpus with counts; filter as you type, Enter searches for them."""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from ..commands import CLOSE, INTO_TABLE, bindings
from ..widgets.text import plain

BAR_WIDTH = 10


class PeopleScreen(ModalScreen[str | None]):
    BINDINGS = bindings([CLOSE, INTO_TABLE])

    def __init__(self, library) -> None:
        super().__init__()
        self.library = library
        self.people: dict[str, dict] = {}
        self._names: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Text("People · type to filter · Enter searches for them · Esc closes", "bold"))
            yield Input(placeholder="Filter people…", id="people-filter")
            yield DataTable(cursor_type="row", id="people-table")

    async def on_mount(self) -> None:
        inp = self.query_one("#people-filter", Input)
        inp.cursor_blink = False
        inp.focus()
        table = self.query_one("#people-table", DataTable)
        table.add_column("Name", key="name")
        table.add_column("Articles", key="articles")
        table.add_column("Quotes", key="quotes", width=7)
        table.add_column("Roles", key="roles")
        self.people = await asyncio.to_thread(self.library.people)
        self._fill("")

    def _fill(self, needle: str) -> None:
        table = self.query_one("#people-table", DataTable)
        table.clear()
        needle = needle.strip().lower()
        names = sorted(self.people, key=lambda n: (-len(self.people[n]["articles"]), n.lower()))
        self._names = [n for n in names if needle in n.lower()
                       or any(needle in r.lower() for r in self.people[n].get("roles", []))]
        most = max((len(self.people[n]["articles"]) for n in names), default=1) or 1
        for n, name in enumerate(self._names):
            row = self.people[name]
            count = len(row["articles"])
            bar = "█" * max(1, round(BAR_WIDTH * count / most))
            articles = Text(f"{count:>4} ") + Text(bar, "dim")
            roles = plain(", ".join(row.get("roles", [])), "italic")
            quotes = Text(f"{row.get('quotes', 0):>4}")
            table.add_row(plain(name, "bold"), articles, quotes, roles, key=str(n))
        if not self._names:
            table.add_row(Text("Nobody matches" if self.people else "No people found yet", "dim"),
                          Text(""), Text(""), Text(""), key="none")

    @on(Input.Changed, "#people-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#people-filter")
    def _submit(self, event: Input.Submitted) -> None:
        if self._names:
            self.dismiss(self._names[0])

    @on(DataTable.RowSelected, "#people-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        if 0 <= event.cursor_row < len(self._names):
            self.dismiss(self._names[event.cursor_row])

    def action_into_table(self) -> None:
        self.query_one("#people-table", DataTable).focus()

    def action_close(self) -> None:
        self.dismiss(None)
