"""The article reader: header, the article text (``ArticleText``), a find bar and the match counter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, Static

from search.ingest.sanitize import inert
from search.model import ArticleView

from ..commands import CLOSE_FIND, READER, bindings

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from .article_text import ArticleText


class FindInput(Input):
    """Find in the open article; Enter steps to the next hit, Esc closes."""

    class Closed(Message):
        pass

    BINDINGS = bindings([CLOSE_FIND])

    def action_close(self) -> None:
        self.post_message(self.Closed())


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

    BINDINGS = bindings(READER)

    text_width: var[int | None] = var(None, init=False)  # the config's reader_width: None fills the pane

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
        yield Static("", id="reader-note", markup=False)

    def on_mount(self) -> None:
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        # Hidden or empty until an article opens, the find bar and the text area join the reader
        # just after the first frame: styling and laying out a TextArea was a tenth of its work.
        self.mount(FindInput(placeholder="Find in this article… (Enter: next, Esc: close)", id="find"),
                   after="#reader-header")
        self._text_area()

    @property
    def text_area(self) -> ArticleText:
        return self._text_area()

    def _text_area(self) -> ArticleText:
        from .article_text import ArticleText  # with Textual's TextArea, imported after the first frame

        area = next(self.query("#article").results(ArticleText), None)
        if area is None:
            area = ArticleText(id="article")
            self._fit(area)
            self.mount(area, before="#reader-note")
        return area

    # -- state pushed down --------------------------------------------------------------
    def watch_text_width(self) -> None:
        if self.query("#article"):
            self._fit(self.text_area)

    def _fit(self, area: ArticleText) -> None:
        width = self.text_width
        area.styles.max_width = width + 2 if width else None  # + the scrollbar and cursor

    def focus_text(self) -> None:
        self.text_area.focus()

    def show(self, view: ArticleView, header: Text, at: int | None = None) -> None:
        self.view = view
        self.query_spans = sorted(view.spans)
        self.finding = False
        self.query_one("#find", FindInput).display = False
        self.spans = self.query_spans
        self._quotes = [(q.start, q.end) for q in view.extraction.quotes]
        from .article_text import name_spans

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
        from .article_text import find_spans

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

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        # By name, not @on(TextArea.SelectionChanged): the reader's only TextArea is #article,
        # and the class is imported after the first frame.
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
