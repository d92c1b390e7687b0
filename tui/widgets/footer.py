"""The footer, with the way out and the way to help first: a narrow window cuts the end."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

FIRST = ("quit", "help")  # the actions a newcomer looks for; shown whatever has focus


class BylineFooter(Footer):
    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        first = [k for name in FIRST for k in keys if getattr(k, "action", None) == name]
        yield from first
        yield from (k for k in keys if k not in first)
