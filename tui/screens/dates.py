"""A date range for the current search: ``2022``, ``2022-07``, ``2022-01-01..2022-06-30``."""

from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ..commands import DATES_CANCEL, bindings

_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_RANGE = re.compile(rf"^\s*({_DATE})?\s*(?:\.\.|to|–|—)\s*({_DATE})?\s*$", re.IGNORECASE)
_ONE = re.compile(rf"^\s*({_DATE})\s*$")
_DATE_TERM = re.compile(r"\s*\bdate:(\[[^\]]*\]|\S+)", re.IGNORECASE)


def _edge(date: str, end: bool) -> str:
    """A whole year or month as its first or last day, so ranges include them."""
    if len(date) == 4:
        return f"{date}-12-31" if end else f"{date}-01-01"
    if len(date) == 7:
        return f"{date}-31" if end else f"{date}-01"  # day 31 for every month: a range bound, not a date
    return date


def date_term(text: str) -> str | None:
    """The query term for what the user typed, or None if it is not a date or range."""
    if m := _ONE.match(text):
        return f"date:{m.group(1)}"
    m = _RANGE.match(text)
    if not m or not (m.group(1) or m.group(2)):
        return None
    start = _edge(m.group(1), False) if m.group(1) else "1900-01-01"
    end = _edge(m.group(2), True) if m.group(2) else "2999-12-31"
    return f"date:[{start} TO {end}]"


def with_dates(query: str, term: str | None) -> str:
    """``query`` with its date filter replaced by ``term`` (or removed when None)."""
    bare = _DATE_TERM.sub("", query).strip()
    return f"{bare} {term}".strip() if term else bare


class DateFilterScreen(ModalScreen[str | None]):
    """Returns the date term to apply, "" to remove the filter, None when cancelled."""

    BINDINGS = bindings([DATES_CANCEL])

    def compose(self) -> ComposeResult:
        with Vertical(id="save-dialog"):
            yield Static(Text("Filter by date · e.g. 2022, 2022-07, 2022-01-01..2022-06-30, ..2021", "bold"))
            yield Static(Text("Empty removes the filter · Esc cancels", "dim"))
            yield Input(placeholder="2022-01-01..2022-06-30", id="dates")

    @on(Input.Submitted, "#dates")
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.dismiss("")
            return
        term = date_term(event.value)
        if term is None:
            self.notify("Not a date or a range: try 2022, 2022-07 or 2022-01-01..2022-06-30", timeout=4)
            return
        self.dismiss(term)

    def action_cancel(self) -> None:
        self.dismiss(None)
