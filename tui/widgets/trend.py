"""Matching articles per month as a one-line sparkline, first and last month at its ends."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Sparkline, Static


def months_between(counts: dict[str, int]) -> tuple[list[str], list[int]]:
    """Every month from the first to the last with a match, empty months as 0.

    Without the gaps a quiet year and a busy week would look the same width on the line.
    """
    keys = sorted(k for k in counts if _month(k))
    if not keys:
        return [], []
    year, month = _month(keys[0])
    last = _month(keys[-1])
    months = []
    while (year, month) <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months, [counts.get(m, 0) for m in months]


def _month(key: str) -> tuple[int, int] | None:
    try:
        year, month = key.split("-")
        return (int(year), int(month)) if 1 <= int(month) <= 12 else None
    except ValueError:
        return None


class Trend(Horizontal):
    """Hidden until there are at least two months to compare."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.months: list[str] = []
        self.counts: list[int] = []
        self._asked: dict[str, int] | None = None  # what show() was given before there were parts to show it

    def compose(self) -> ComposeResult:
        yield Static("", id="trend-from", markup=False)
        yield Sparkline([], id="trend-line")
        yield Static("", id="trend-to", markup=False)

    def on_mount(self) -> None:
        self.show(self._asked)

    def show(self, counts: dict[str, int] | None) -> None:
        if not self.is_mounted:
            self._asked = counts  # mounted just now: its parts are composed before on_mount shows this
            return
        months, values = months_between(counts or {})
        if (months, values) == (self.months, self.counts):
            return  # the same line again: nothing to repaint
        self.months, self.counts = months, values
        self.display = len(months) >= 2
        if not self.display:
            return
        # Fixed-width labels (see the .tcss): a new month never resizes them, so no layout pass.
        self.query_one("#trend-from", Static).update(months[0], layout=False)
        self.query_one("#trend-to", Static).update(months[-1], layout=False)
        self.query_one(Sparkline).data = values
        self.tooltip = f"{sum(values)} dated articles, {months[0]} to {months[-1]}"
