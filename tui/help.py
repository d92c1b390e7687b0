"""The help screen: every key as it is bound right now, then the query syntax from help.md.

The key table is built from the live bindings of the screen beneath (with the user's keymap
applied), so a key remapped in the config shows as remapped and a disabled action is not listed;
each of byline's keys sits under the help group its command declares (``tui.commands``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown, Static

from .commands import BOTTOM, CLOSE_HELP, COMMANDS, DOWN, GROUPS, HALF_DOWN, HALF_UP, TOP, UP, bindings
from .keys import bound

HELP_MD = Path(__file__).with_name("help.md")


@dataclass(frozen=True)
class HelpRow:
    section: str
    keys: str  # as the footer shows them: "n, f3"
    description: str
    binding_id: str | None  # "quit, quit_now" when several bindings do the same thing


def _section(node: DOMNode) -> str:
    title = getattr(node, "HELP_TITLE", None)
    if title:
        return title
    from textual.app import App

    if isinstance(node, App):
        return "Everywhere"
    words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", type(node).__name__)
    return " ".join(words).capitalize() if words else type(node).__name__


def _textual_actions(node: DOMNode) -> set[str]:
    """Actions a Textual base widget binds (cursor moves inside an Input...): noise in a help page."""
    actions: set[str] = set()
    for cls in type(node).__mro__:
        if cls.__module__.startswith("textual.") and cls.__module__ not in ("textual.app", "textual.screen"):
            actions.update(b.action for b in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])))
    return actions


def binding_rows(screen: Screen) -> list[HelpRow]:
    """Every described binding of the app, ``screen`` and the widgets on it, keys as currently mapped,
    under the help group byline's declaration gives the command (else the pane's name)."""
    app = screen.app
    keymap = getattr(app, "keymap", None)  # byline's App keeps the user's [keys]; another App has none
    nodes: list[DOMNode] = [app, screen, *screen.walk_children(with_self=False)]
    rows: dict[tuple[str, str], list[str]] = {}
    ids: dict[tuple[str, str], list[str]] = {}
    for node in nodes:
        skip = _textual_actions(node)
        ours = type(node).__module__.startswith("tui.")  # another app's ids are not byline's commands
        for binding in bound(node, keymap):
            command = COMMANDS.get(binding.id or "") if ours else None
            # A widget's inherited Textual keys are noise; byline's own moves (j, k…) are not.
            if not binding.description or binding.system or (command is None and binding.action in skip):
                continue
            description = binding.description[:1].upper() + binding.description[1:]
            group = (command.group if command else _section(node), description)
            display = app.get_key_display(binding)
            keys = rows.setdefault(group, [])
            if display not in keys:
                keys.append(display)
            same = ids.setdefault(group, [])
            if binding.id and binding.id not in same:
                same.append(binding.id)
    # Groups, and the commands in each, in the order tui.commands declares them (a remapped key
    # would otherwise move its row to the end); anything else after, as found.
    group_at = {name: n for n, name in enumerate(GROUPS)}
    command_at = {name: n for n, name in enumerate(COMMANDS)}
    found = sorted(rows.items(), key=lambda item: (group_at.get(item[0][0], len(group_at)),
                                                   command_at.get(next(iter(ids[item[0]]), ""), len(command_at))))
    return [HelpRow(section, ", ".join(keys), description, ", ".join(ids[(section, description)]) or None)
            for (section, description), keys in found]


def keys_text(rows: list[HelpRow]) -> Text:
    """One line per action, grouped by pane: compact enough to scan in a 60×20 window."""
    key_width = min(max((len(r.keys) for r in rows), default=4), 16)
    text_width = min(max((len(r.description) for r in rows), default=4), 28)
    out = Text()
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            out.append(("\n" if out else "") + section + "\n", style="bold underline")
        out.append(f"  {row.keys:<{key_width}}  ", style="bold")
        out.append(f"{row.description:<{text_width}}" if row.binding_id else row.description)
        if row.binding_id:
            out.append(f"  {row.binding_id}", style="dim")
        out.append("\n")
    out.rstrip()
    return out


def syntax_markdown() -> str:
    try:
        return HELP_MD.read_text(encoding="utf-8")
    except OSError:
        return ""


class HelpBody(VerticalScroll):
    # The same movement keys as the rest of byline, so reading the help needs no new habits.
    # (Home and End it has already.)
    BINDINGS = bindings([DOWN, UP, TOP, BOTTOM, HALF_DOWN, HALF_UP], keys={"top": "g", "bottom": "G"},
                        actions={"down": "scroll_down", "up": "scroll_up", "top": "scroll_home", "bottom": "scroll_end",
                                 "half_down": "page_down", "half_up": "page_up"})


class HelpScreen(ModalScreen[None]):
    """Push it from the screen whose keys it should list: ``app.push_screen(HelpScreen())``."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > #help-frame {
        width: 100%;
        max-width: 100;
        height: 100%;
        max-height: 40;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen #help-keys-title {
        text-style: bold;
        color: $primary;
        margin: 1 0 0 1;
    }
    HelpScreen #help-keys {
        margin: 1 1 0 1;
    }
    """

    BINDINGS = bindings([CLOSE_HELP])

    def __init__(self, beneath: Screen | None = None) -> None:
        super().__init__()
        self._beneath = beneath

    def _screen_beneath(self) -> Screen:
        if self._beneath is not None:
            return self._beneath
        stack = self.app.screen_stack
        return stack[-2] if len(stack) > 1 and stack[-1] is self else stack[-1]

    def compose(self) -> ComposeResult:
        self.rows = binding_rows(self._screen_beneath())
        with HelpBody(id="help-frame") as frame:
            frame.border_title = "byline help"
            frame.border_subtitle = "Esc, q or ? closes"
            yield Static("Keys", id="help-keys-title")
            yield Static(keys_text(self.rows), id="help-keys")
            yield Markdown(syntax_markdown(), id="help-text")

    def on_mount(self) -> None:
        self.query_one(HelpBody).focus()

    def action_close(self) -> None:
        self.dismiss(None)
