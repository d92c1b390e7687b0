"""Every file the last index update skipped, and why."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from search.model import Skipped

from ..commands import CLOSE, CLOSE_Q, bindings
from ..widgets.text import plain


class SkippedScreen(ModalScreen[None]):
    BINDINGS = bindings([CLOSE, CLOSE_Q], actions={"close": "dismiss"})

    def __init__(self, skipped: list[Skipped]) -> None:
        super().__init__()
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            n = len(self.skipped)
            yield Static(Text(f"{n} file{'s' * (n != 1)} skipped · Esc closes", "bold"))
            table = DataTable(cursor_type="row", id="skipped-table")
            table.add_column("File", key="file")
            table.add_column("Why", key="why")
            for n, s in enumerate(self.skipped):
                table.add_row(plain(s.name), plain(s.reason), key=str(n))
            if not self.skipped:
                table.add_row(Text("Nothing was skipped", "dim"), Text(""), key="none")
            yield table

    def action_dismiss(self) -> None:
        self.dismiss(None)
