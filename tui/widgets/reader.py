"""The article reader: a read-only TextArea that paints hits and quotes line by line.

A TextArea renders only the lines on screen (the line API), so a very long article costs one
widget, and painting marks in ``get_line`` needs no copy of the text.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static, TextArea

from search.ingest.sanitize import inert
from search.model import ArticleView, Extraction

WINDOW = 200_000  # characters loaded at once; wrapping this many takes about a tenth of a second
OVERLAP = 2_000  # characters kept on screen when the next window loads


class ArticleText(TextArea):
    """Read-only article text; marks are (start, end, component class) in article offsets."""

    COMPONENT_CLASSES = {
        "reader--match", "reader--current", "reader--quote", "reader--chosen", "reader--name",
    }
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("g", "cursor_top", "Top", show=False, id="top"),
        Binding("G", "cursor_bottom", "Bottom", show=False, id="bottom"),
        Binding("space", "cursor_page_down", "Page down", show=False, id="page_down"),
        Binding("ctrl+d", "cursor_page_down", "Page down", show=False, id="half_down"),
        Binding("ctrl+u", "cursor_page_up", "Page up", show=False, id="half_up"),
    ]

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


class FindInput(Input):
    """Find in the open article; Enter steps to the next hit, Esc closes."""

    class Closed(Message):
        pass

    BINDINGS = [Binding("escape", "close", "Close find", id="close_find")]

    def action_close(self) -> None:
        self.post_message(self.Closed())


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


class Reader(Vertical):
    """Header, the article, and the match counter; posts where the user is in the text."""

    class Moved(Message):
        def __init__(self, offset: int) -> None:
            self.offset = offset
            super().__init__()

    class OriginalRequested(Message):
        def __init__(self, article_id: str) -> None:
            self.article_id = article_id
            super().__init__()

    BINDINGS = [
        Binding("n", "next_match", "Next match", id="next_match"),
        Binding("N", "previous_match", "Prev match", id="previous_match"),
        Binding("o", "original", "Original", id="original"),
        Binding("ctrl+f", "find", "Find in article", id="find"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view: ArticleView | None = None
        self.spans: list[tuple[int, int]] = []  # what n/N walk: the query's hits, or find's
        self.query_spans: list[tuple[int, int]] = []
        self.finding = False
        self.current: int = -1
        self.quote: tuple[int, int] | None = None
        self._quotes: list[tuple[int, int]] = []
        self.names: list[tuple[int, int, str]] = []  # (start, end, note) of people and characters
        self._note = ""

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a result to read it here.", "dim"), id="reader-header")
        yield FindInput(placeholder="Find in this article… (Enter: next, Esc: close)", id="find")
        yield ArticleText(id="article")
        yield Static("", id="reader-note", markup=False)

    @property
    def text_area(self) -> ArticleText:
        return self.query_one("#article", ArticleText)

    # -- state pushed down --------------------------------------------------------------
    def show(self, view: ArticleView, header: Text, at: int | None = None) -> None:
        self.view = view
        self.query_spans = sorted(view.spans)
        self.finding = False
        self.query_one("#find", FindInput).display = False
        self.spans = self.query_spans
        self._quotes = [(q.start, q.end) for q in view.extraction.quotes]
        self.names = name_spans(view.article.text, view.extraction)
        self.quote = None
        self.current = -1
        self.query_one("#reader-header", Static).update(header)
        self.text_area.show_text(view.article.text)
        if at is not None:
            self.scroll_to_offset(at)
        elif self.spans:
            self.current = 0
            self.scroll_to_offset(self.spans[0][0])
        self._paint()

    def clear(self) -> None:
        self.view = None
        self.spans = []
        self._quotes = []
        self.names = []
        self.quote = None
        self.current = -1
        self.query_one("#reader-header", Static).update(Text("Choose a result to read it here.", "dim"))
        self.text_area.show_text("")
        self._paint()

    def set_quote(self, span: tuple[int, int] | None, scroll: bool = True) -> None:
        self.quote = span
        if span and scroll:
            self.scroll_to_offset(span[0])
        self._paint()

    def scroll_to_offset(self, offset: int) -> None:
        area = self.text_area
        area.ensure(offset)
        area.move_cursor(area.location(offset), center=True)

    @property
    def counter(self) -> str:
        if not self.spans:
            return ""
        return f"{self.current + 1 if self.current >= 0 else 0}/{len(self.spans)}"

    def _paint(self) -> None:
        marks = [(s, e, "reader--name") for s, e, _ in self.names]
        marks += [(s, e, "reader--quote") for s, e in self._quotes]
        if self.quote:
            marks.append((*self.quote, "reader--chosen"))
        marks += [(s, e, "reader--match") for s, e in self.spans]
        if 0 <= self.current < len(self.spans):
            marks.append((*self.spans[self.current], "reader--current"))
        self.text_area.set_marks(marks)
        self._subtitle()

    def _subtitle(self) -> None:
        label = "find" if self.finding else "match"
        parts = [f"{label} {self.counter}"] if self.spans or self.finding else []
        area = self.text_area
        if area.windowed:
            here = area.offset_of(area.cursor_location)
            parts.insert(0, f"{100 * here // max(len(area.full_text), 1)}%")
        subtitle = " · ".join(parts)
        if subtitle != self.border_subtitle:
            self.border_subtitle = subtitle

    # -- user actions -----------------------------------------------------------------
    def action_next_match(self) -> None:
        self._step(1)

    def action_previous_match(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.spans:
            self.notify("No matches in this article", timeout=2)
            return
        self.current = (self.current + direction) % len(self.spans) if self.current >= 0 else (
            0 if direction > 0 else len(self.spans) - 1)
        self.scroll_to_offset(self.spans[self.current][0])
        self._paint()

    def action_find(self) -> None:
        if self.view is None:
            self.notify("Open an article first", timeout=2)
            return
        find = self.query_one("#find", FindInput)
        find.display = True
        find.focus()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.view is None:
            return
        self.finding = bool(event.value)
        self.spans = find_spans(self.text_area.full_text, event.value) if self.finding else self.query_spans
        here = self.text_area.offset_of(self.text_area.cursor_location)
        after = [n for n, (start, _) in enumerate(self.spans) if start >= here]
        self.current = (after[0] if after else 0) if self.spans else -1
        if self.spans:
            self.scroll_to_offset(self.spans[self.current][0])
        self._paint()

    @on(Input.Submitted, "#find")
    def _find_next(self, event: Input.Submitted) -> None:
        event.stop()
        if self.spans:
            self._step(1)

    @on(FindInput.Closed)
    def _find_closed(self, event: FindInput.Closed) -> None:
        event.stop()
        find = self.query_one("#find", FindInput)
        find.display = False
        self.text_area.focus()  # the find hits stay lit for n/N until the next search or article

    def action_original(self) -> None:
        if self.view and self.view.extraction.duplicate_of:
            self.post_message(self.OriginalRequested(self.view.extraction.duplicate_of))
        else:
            self.notify("This article is not a copy", timeout=2)

    @on(TextArea.SelectionChanged, "#article")
    def _moved(self, event: TextArea.SelectionChanged) -> None:
        event.stop()
        if self.view is not None:
            offset = self.text_area.offset_of(event.selection.end)
            self._show_note(next((note for s, e, note in self.names if s <= offset < e), ""))
            if self.text_area.windowed:
                self._subtitle()
            self.post_message(self.Moved(offset))

    def _show_note(self, note: str) -> None:
        """On a character's name, say who plays them; quiet elsewhere (no repaint when unchanged)."""
        if note == self._note:
            return
        self._note = note
        widget = self.query_one("#reader-note", Static)
        widget.update(Text(inert(note), "italic"))
        widget.display = bool(note)


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
