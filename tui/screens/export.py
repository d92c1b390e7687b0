"""``e`` then a format: the results, or the open article's quotes, written to a new file."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..commands import EXPORT_CANCEL, EXPORT_CSV, EXPORT_JSONL, EXPORT_MARKDOWN, bindings

FORMAT_KEYS = {"m": "md", "c": "csv", "j": "jsonl"}


class ExportScreen(ModalScreen[str | None]):
    """Asks for a format and returns it ("md", "csv", "jsonl"), or None when cancelled."""

    BINDINGS = bindings([EXPORT_MARKDOWN, EXPORT_CSV, EXPORT_JSONL, EXPORT_CANCEL])

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static(Text(f"Export {self.what}", "bold"))
            yield Static(Text("m  Markdown\nc  CSV\nj  JSON Lines\n\nEsc cancels"))

    def action_pick(self, fmt: str) -> None:
        self.dismiss(fmt or None)


def export_folder() -> Path:
    """Where exports go: the user's documents folder, else downloads, else home. Not the folder
    byline was started from, which may be anywhere (a corpus, /, a read-only mount)."""
    from platformdirs import user_documents_dir, user_downloads_dir

    for folder in (user_documents_dir(), user_downloads_dir()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()
