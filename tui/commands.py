"""Every user command of byline, declared once: id, keys, action, words, footer, palette, help group.

Each screen and widget takes its ``BINDINGS`` from here, the command palette lists the
commands marked for it, and the help screen groups keys under each command's ``group``. The id
is what a user remaps in the config's ``[keys]``; keys are Textual key names, comma-separated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from textual.binding import Binding


@dataclass(frozen=True)
class Command:
    id: str
    keys: str
    action: str
    description: str
    group: str  # the help screen's heading
    footer: bool = False
    palette: bool = True  # movement and dialog keys are for keys, not the palette
    priority: bool = False

    def binding(self, *, action: str | None = None, keys: str | None = None, footer: bool | None = None) -> Binding:
        """The Textual binding; ``action`` and ``keys`` where a widget names the same move differently
        or has a key of its own for part of it, ``footer`` where a second place binds a command the
        footer shows from the first."""
        return Binding(keys or self.keys, action or self.action, self.description,
                       show=self.footer if footer is None else footer, priority=self.priority, id=self.id)


def _moves(*commands: Command) -> tuple[Command, ...]:
    return tuple(replace(c, group="Moving", palette=False) for c in commands)


def _dialog(group: str, *commands: Command) -> tuple[Command, ...]:
    return tuple(replace(c, group=group, palette=False) for c in commands)


G_ALL, G_SEARCH, G_READ, G_QUOTES, G_CORPUS = "Everywhere", "Searching", "Reading", "Quotes", "Corpus"

# -- app-wide ----------------------------------------------------------------------------
QUIT = Command("quit", "q", "quit", "Quit", G_ALL)
# Shown in the footer whatever has focus: the one way out a newcomer can always see.
QUIT_NOW = Command("quit_now", "ctrl+q", "quit", "Quit", G_ALL, footer=True, priority=True)
HELP = Command("help", "question_mark,f1", "help", "Help", G_ALL, footer=True)  # f1 works in the search box too

# -- the main screen ---------------------------------------------------------------------
FOCUS_SEARCH = Command("focus_search", "slash", "focus_search", "Search", G_SEARCH, footer=True)
BACK = Command("back", "escape", "back", "Back", G_SEARCH)
USE_SUGGESTION = Command("use_suggestion", "ctrl+y", "use_suggestion", "Use suggestion", G_SEARCH)
TOGGLE_SORT = Command("toggle_sort", "s", "toggle_sort", "Sort", G_SEARCH, footer=True)
TOGGLE_COPIES = Command("toggle_copies", "x", "toggle_copies", "Copies", G_SEARCH, footer=True)
DATE_FILTER = Command("date_filter", "D", "date_filter", "Filter by date", G_SEARCH)
MORE_LIKE_THIS = Command("more_like_this", "m", "more_like_this", "More like this", G_SEARCH, footer=True)
SAVE_SEARCH = Command("save_search", "ctrl+s", "save_search", "Save search", G_SEARCH)
SAVED_SEARCHES = Command("saved_searches", "ctrl+o", "saved_searches", "Saved searches", G_SEARCH)
COPY_QUOTE = Command("copy_quote", "c", "copy_quote", "Copy quote", G_QUOTES, footer=True)
COPY_LINK = Command("copy_link", "y", "copy_link", "Copy link", G_READ)
TOGGLE_SIDEBAR = Command("toggle_sidebar", "b", "toggle_sidebar", "Quotes pane", G_QUOTES)
EXPORT = Command("export", "e", "export", "Export", G_CORPUS, footer=True)
PEOPLE = Command("people", "p", "people", "People", G_CORPUS, footer=True)
SHOW_SKIPPED = Command("show_skipped", "exclamation_mark", "show_skipped", "Skipped files", G_CORPUS)
REINDEX = Command("reindex", "r", "reindex", "Re-index", G_CORPUS)

# -- the reader, the quotes, the search box ------------------------------------------------
NEXT_MATCH = Command("next_match", "n", "next_match", "Next match", G_READ, footer=True)
PREVIOUS_MATCH = Command("previous_match", "N", "previous_match", "Prev match", G_READ, footer=True)
ORIGINAL = Command("original", "o", "original", "Original", G_READ, footer=True)
FIND = Command("find", "ctrl+f", "find", "Find in article", G_READ, footer=True)
CLOSE_FIND = Command("close_find", "escape", "close", "Close find", G_READ, footer=True, palette=False)
TOGGLE_ORDER = Command("toggle_order", "t", "toggle_order", "Order", G_QUOTES, footer=True)
INTO_RESULTS = Command("into_results", "down", "step_down", "Results", G_SEARCH, palette=False)
HISTORY_BACK = Command("history_back", "up", "history_back", "History", G_SEARCH, palette=False)

# -- moving: one id per move, whichever pane has it ----------------------------------------
DOWN, UP, TOP, BOTTOM, PAGE_DOWN, HALF_DOWN, HALF_UP = _moves(
    Command("down", "j", "cursor_down", "Down", ""),
    Command("up", "k", "cursor_up", "Up", ""),
    Command("top", "g,home", "scroll_top", "First", ""),
    Command("bottom", "G,end", "scroll_bottom", "Last", ""),
    Command("page_down", "space", "cursor_page_down", "Page down", ""),
    Command("half_down", "ctrl+d", "cursor_page_down", "Page down", ""),
    Command("half_up", "ctrl+u", "cursor_page_up", "Page up", ""),
)

# -- dialogs -----------------------------------------------------------------------------
CLOSE_HELP, = _dialog("Help", Command("close_help", "escape,q,question_mark,f1", "close", "Close help", ""))
EXPORT_MARKDOWN, EXPORT_CSV, EXPORT_JSONL, EXPORT_CANCEL = _dialog(
    "Export",
    Command("export_markdown", "m", "pick('md')", "Markdown", "", footer=True),
    Command("export_csv", "c", "pick('csv')", "CSV", "", footer=True),
    Command("export_jsonl", "j", "pick('jsonl')", "JSON Lines", "", footer=True),
    Command("export_cancel", "escape", "pick('')", "Cancel", "", footer=True),
)
CLOSE, CLOSE_Q, INTO_TABLE = _dialog(
    "Lists",
    Command("close", "escape", "close", "Close", "", footer=True),
    Command("close_q", "q", "dismiss", "Close", ""),
    Command("into_table", "down", "into_table", "People", ""),
)
DATES_CANCEL, SAVE_CANCEL, SAVED_CLOSE, SAVED_REMOVE = _dialog(
    "Dialogs",
    Command("dates_cancel", "escape", "cancel", "Cancel", "", footer=True),
    Command("save_cancel", "escape", "cancel", "Cancel", "", footer=True),
    Command("saved_close", "escape", "cancel", "Close", "", footer=True),
    Command("saved_remove", "delete", "remove", "Remove", "", footer=True),
)

APP = (QUIT, QUIT_NOW, HELP)
MAIN = (FOCUS_SEARCH, BACK, COPY_QUOTE, COPY_LINK, MORE_LIKE_THIS, EXPORT, PEOPLE, TOGGLE_SORT, TOGGLE_COPIES,
        SHOW_SKIPPED, REINDEX, USE_SUGGESTION, TOGGLE_SIDEBAR, SAVE_SEARCH, SAVED_SEARCHES, DATE_FILTER)
READER = (NEXT_MATCH, PREVIOUS_MATCH, ORIGINAL, FIND)

ALL = (
    *APP, *MAIN, *READER, CLOSE_FIND, TOGGLE_ORDER, INTO_RESULTS, HISTORY_BACK,
    DOWN, UP, TOP, BOTTOM, PAGE_DOWN, HALF_DOWN, HALF_UP, CLOSE_HELP,
    EXPORT_MARKDOWN, EXPORT_CSV, EXPORT_JSONL, EXPORT_CANCEL, CLOSE, CLOSE_Q, INTO_TABLE,
    DATES_CANCEL, SAVE_CANCEL, SAVED_CLOSE, SAVED_REMOVE)
COMMANDS: dict[str, Command] = {c.id: c for c in ALL}
GROUPS = list(dict.fromkeys(c.group for c in COMMANDS.values()))  # the help screen's order


def bindings(commands: Iterable[Command], actions: dict[str, str] | None = None,
             keys: dict[str, str] | None = None) -> list[Binding]:
    """``BINDINGS`` for a class; ``actions``/``keys`` map a command id to this class's own action or keys."""
    actions, keys = actions or {}, keys or {}
    return [c.binding(action=actions.get(c.id), keys=keys.get(c.id)) for c in commands]
