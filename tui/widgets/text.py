"""Article-derived strings turned into Rich ``Text``: never parsed as markup, never a control code."""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from search.ingest.sanitize import inert


def plain(text: str | None, style: str | Style = "") -> Text:
    """``Text`` built from data: brackets stay brackets, controls become visible pictures."""
    return Text(inert(text or ""), style=style, end="")


def lit(text: str, spans: list[tuple[int, int]], style: str | Style, base: str | Style = "") -> Text:
    """``text`` with each span styled; ``inert`` keeps offsets, so spans stay valid."""
    out = plain(text, base)
    for start, end in spans:
        out.stylize(style, start, end)
    return out


def cropped(text: Text, width: int) -> Text:
    """``text`` cut where a one-line cell of ``width`` cuts it, as the cell would.

    The table measures and renders every character of a cell on each paint, and a snippet is
    many times longer than its column shows.
    """
    # Measuring a long text cell by cell is itself slow: first cut at a margin of characters.
    # A cell is at most two wide, so past width + 2 cells the cut below falls where it would.
    margin = 2 * width + 8
    if len(text) > margin and cell_len(text.plain[:margin]) >= width + 2:
        text.right_crop(len(text) - margin)
    text.truncate(width)
    return text


Spans = list[tuple[int, int]]


def around_first(text: str, spans: Spans, lead: int = 24) -> tuple[str, Spans]:
    """Trim the start of a snippet so its first lit term shows in a one-line cell."""
    if not spans or spans[0][0] <= lead:
        return text, spans
    cut = text.rfind(" ", 0, spans[0][0] - lead) + 1 or spans[0][0] - lead
    return "…" + text[cut:], [(s - cut + 1, e - cut + 1) for s, e in spans]


def one_line(text: str) -> str:
    return " ".join(text.split())
