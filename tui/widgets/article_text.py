"""The article's text: a read-only TextArea that paints hits, names and quotes line by line,
and the functions that find those spans.

A TextArea renders only the lines on screen (the line API), so a very long article costs one
widget, and painting marks in ``get_line`` needs no copy of the text.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from rich.text import Text
from textual.widgets import TextArea

from search.ingest.sanitize import inert
from search.model import Extraction

from ..commands import BOTTOM, DOWN, HALF_DOWN, HALF_UP, PAGE_DOWN, TOP, UP, bindings

WINDOW = 200_000  # characters loaded at once; wrapping this many takes about a tenth of a second
OVERLAP = 2_000  # characters kept on screen when the next window loads


class ArticleText(TextArea):
    """Read-only article text; marks are (start, end, component class) in article offsets."""

    COMPONENT_CLASSES = {
        "reader--match", "reader--current", "reader--quote", "reader--chosen", "reader--name",
    }
    BINDINGS = bindings([DOWN, UP, TOP, BOTTOM, PAGE_DOWN, HALF_DOWN, HALF_UP],
                        actions={"top": "cursor_top", "bottom": "cursor_bottom"}, keys={"top": "g", "bottom": "G"})

    def __init__(self, **kwargs) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False, **kwargs)
        self.cursor_blink = False
        self.highlight_cursor_line = False
        self.full_text = ""
        self.base = 0  # article offset of the first character loaded
        self._line_starts: list[int] = [0]  # window offsets
        self._all_marks: list[tuple[int, int, str]] = []
        self._marks: dict[int, list[tuple[int, int, str]]] = {}

    def action_cursor_top(self) -> None:
        if self.base:
            self.load_window(0)
        self.move_cursor((0, 0))

    def action_cursor_bottom(self) -> None:
        if self.base + len(self.text) < len(self.full_text):
            self.load_window(len(self.full_text))
        self.move_cursor(self.document.end)

    # Reading past the window's edge loads the next stretch, so a long article reads as one.
    def action_cursor_down(self, select: bool = False) -> None:
        if not self._continue(1, self.cursor_location[0] >= self.document.line_count - 1):
            super().action_cursor_down(select)

    def action_cursor_page_down(self) -> None:
        if not self._continue(1, self.scroll_offset.y >= self.max_scroll_y):
            super().action_cursor_page_down()

    def action_cursor_up(self, select: bool = False) -> None:
        if not self._continue(-1, self.cursor_location[0] == 0):
            super().action_cursor_up(select)

    def action_cursor_page_up(self) -> None:
        if not self._continue(-1, self.scroll_offset.y == 0):
            super().action_cursor_page_up()

    def _continue(self, direction: int, at_edge: bool) -> bool:
        if not (self.windowed and at_edge):
            return False
        if direction > 0 and self.base + len(self.text) < len(self.full_text):
            edge = self.base + len(self.text)
            self.load_window(edge - OVERLAP + WINDOW // 2)
        elif direction < 0 and self.base > 0:
            edge = self.base
            self.load_window(edge + OVERLAP - WINDOW // 2)
        else:
            return False
        self.move_cursor(self.location(edge), center=True)
        return True

    def show_text(self, text: str) -> None:
        self.full_text = inert(text)
        self._all_marks = []
        self.load_window(0)
        self.move_cursor((0, 0))

    @property
    def windowed(self) -> bool:
        return len(self.full_text) > WINDOW

    def window_for(self, offset: int) -> tuple[int, int]:
        """A window of about WINDOW characters around ``offset``, cut at line ends."""
        text = self.full_text
        if len(text) <= WINDOW:
            return 0, len(text)
        start = max(0, min(offset - WINDOW // 2, len(text) - WINDOW))
        start = text.rfind("\n", 0, start) + 1 if start else 0
        end = min(len(text), start + WINDOW)
        if end < len(text):
            cut = text.rfind("\n", max(start + WINDOW // 2, offset), end)
            end = cut + 1 if cut > 0 else end
        return start, end

    def load_window(self, offset: int) -> None:
        """Soft-wrapping a multi-megabyte text takes seconds; a long article is read a window at a time."""
        start, end = self.window_for(offset)
        self.base = start
        self.load_text(self.full_text[start:end])
        starts = [0]
        for line in self.document.lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        self._line_starts = starts
        self._place_marks()

    def ensure(self, offset: int) -> None:
        if not (self.base <= offset < self.base + len(self.text)) and self.windowed:
            self.load_window(offset)

    def location(self, offset: int) -> tuple[int, int]:
        offset = min(max(offset - self.base, 0), len(self.text))
        row = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        return row, offset - self._line_starts[row]

    def offset_of(self, location: tuple[int, int]) -> int:
        row, col = location
        return self.base + self._line_starts[min(row, len(self._line_starts) - 1)] + col

    def set_marks(self, marks: list[tuple[int, int, str]]) -> None:
        """Later marks paint over earlier ones; a mark crossing lines is cut per line."""
        self._all_marks = marks
        self._place_marks()
        self._line_cache.clear()
        self.refresh()

    def _place_marks(self) -> None:
        lo, hi = self.base, self.base + len(self.text)
        by_line: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for start, end, cls in self._all_marks:
            if end <= lo or start >= hi:
                continue
            row, col = self.location(start)
            end_row, end_col = self.location(end)
            while row < end_row:
                line_end = self._line_starts[row + 1] - self._line_starts[row] - 1
                by_line[row].append((col, line_end, cls))
                row, col = row + 1, 0
            by_line[row].append((col, end_col, cls))
        self._marks = dict(by_line)

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        for start, end, cls in self._marks.get(line_index, ()):
            line.stylize(self.get_component_rich_style(cls, partial=True), start, end)
        return line


def find_spans(text: str, needle: str, cap: int = 10_000) -> list[tuple[int, int]]:
    """Case-insensitive literal hits of ``needle``; offsets stay valid because casefolding is not used."""
    if not needle.strip():
        return []
    found = []
    for m in re.finditer(re.escape(needle), text, re.IGNORECASE):
        found.append(m.span())
        if len(found) >= cap:
            break
    return found


def name_spans(text: str, ex: Extraction, cap: int = 5000) -> list[tuple[int, int, str]]:
    """Where the article names its people and characters; a character's note names the actor."""
    notes: dict[str, str] = {}
    for person in ex.people:
        notes.setdefault(person, "")
    for pair in ex.cast:
        for name in (pair.character, *pair.aliases):
            if "/" not in name:
                notes[name] = f"{name} — played by {pair.actor}"
    names = sorted((n for n in notes if len(n) > 2), key=len, reverse=True)
    if not names:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    out = []
    for m in pattern.finditer(text):
        out.append((m.start(), m.end(), notes[m.group(0)]))
        if len(out) >= cap:  # enough to mark a long article without a slow paint
            break
    return out
