"""The byline app: wiring, theme and app-wide keys. State lives on ``MainScreen``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from .commands import APP, COMMANDS, bindings
from .keys import binding_ids, bound, set_keymap
from .screens.main import MainScreen

# The corpus shipped with byline; the same folder search.library opens by default.
SEEDS = Path(__file__).resolve().parent.parent / "seeds"



class BylineApp(App[int]):
    CSS_PATH = "byline.tcss"
    TITLE = "byline"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = bindings(APP)

    def __init__(self, library, *, theme: str | None = None, animations: bool = False,
                 cursor_blink: bool = False, keymap: dict[str, str] | None = None,
                 ansi: bool = False, config_message: str | None = None, history=None, saved=None,
                 reader_width: int | None = None, sidebar: str = "auto", **kwargs) -> None:
        super().__init__(ansi_color=ansi or None, **kwargs)
        # A Library, or a function that opens one: then Whoosh is imported and the index opened in
        # the background, after the first frame is on screen.
        self.library = None if callable(library) else library
        self._open_library = library if callable(library) else None
        self.history = history
        self.saved = saved
        self.cursor_blink = cursor_blink
        self.config_message = config_message
        self.reader_width = reader_width
        self.sidebar_mode = sidebar
        # Over SSH every animation frame is bytes on the wire: off unless asked for.
        self.animation_level = "full" if animations else "none"
        self._start_theme = theme
        self.keymap: dict = {}  # binding id -> keys, as the user's config asks
        if keymap:
            set_keymap(self, keymap)

    def get_default_screen(self) -> Screen:
        # The main screen is the app's first: pushed over Textual's blank default one, both were
        # styled and laid out before the first frame.
        return MainScreen(self.library or self._open_library, history=self.history, saved=self.saved,
                          reader_width=self.reader_width, sidebar=self.sidebar_mode)

    def on_mount(self) -> None:
        if self._start_theme and self._start_theme in self.available_themes:
            self.theme = self._start_theme
        if self.config_message:
            self.notify(self.config_message, title="Config", severity="warning", timeout=10, markup=False)
        if self.keymap and (unknown := sorted(set(self.keymap) - binding_ids())):
            self.notify(f"[keys] names no such key id: {', '.join(unknown)} (byline help lists the ids)",
                        title="Config", severity="warning", timeout=10, markup=False)

    def on_descendant_focus(self, event) -> None:
        # A blinking cursor repaints twice a second; idle must write nothing to the terminal.
        widget = event.widget
        if hasattr(widget, "cursor_blink") and widget.cursor_blink != self.cursor_blink:
            widget.cursor_blink = self.cursor_blink

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        # Every byline action is a palette entry too, whatever has focus: a key typed into the
        # search box is text, so the palette is the way to People, Export… from there.
        seen = {"quit"}  # Textual's own entries already quit
        for node in (self, screen, *screen.walk_children()):
            for binding in bound(node, self.keymap):
                command = COMMANDS.get(binding.id or "")
                # One entry per command, run on the first node that binds it (n/N are bound on the
                # screen as well as on the reader, so they work from the results too).
                if (command is None or not command.palette or binding.action != command.action
                        or command.id in seen or command.action in seen):
                    continue
                seen.add(command.id)

                def run(node=node, action=binding.action) -> None:
                    self.call_later(self.run_action, action, node)

                yield SystemCommand(command.description, f"Key: {self.get_key_display(binding)}", run)

    def action_help(self) -> None:
        try:
            from .help import HelpScreen  # built beside the app; optional until it lands
        except ImportError:
            if self.screen.query("HelpPanel"):
                self.action_hide_help_panel()
            else:
                self.action_show_help_panel()
            return
        self.push_screen(HelpScreen())

    def on_unmount(self) -> None:
        if self.library is not None:
            self.library.close()


def make_app(paths: list[Path] | None = None, index_dir: Path | None = None, **options) -> BylineApp:
    """The app on ``paths`` (default: the seeds), shared by ``run`` and the tests.

    ``history=True`` and ``saved=True`` (the defaults) keep the search history and saved searches
    in the user data folder; pass a ``SearchHistory``/``SavedSearches`` to keep them elsewhere, or
    ``None`` to keep none.
    """
    given = [Path(p) for p in paths] if paths else []
    index_dir = Path(index_dir) if index_dir else None
    backend = options.pop("backend", None)

    def library():
        from search.library import open_library

        # With no paths, a cluster or an existing index is served as it stands; otherwise the seeds.
        as_it_stands = backend or (index_dir is not None and index_dir.is_dir() and any(index_dir.iterdir()))
        return open_library(given or (None if as_it_stands else [SEEDS]), index_dir, backend)

    history = options.pop("history", True)
    saved = options.pop("saved", True)
    if history is True or saved is True:
        from .history import SavedSearches, SearchHistory

        history = SearchHistory(history_path(given, index_dir, backend)) if history is True else history
        saved = SavedSearches() if saved is True else saved
    return BylineApp(library, history=history, saved=saved, **options)


def history_path(paths: list[Path], index_dir: Path | None, backend: str | None) -> Path:
    """One search history per corpus: the words that find things in one archive are noise in
    another. The corpus is its folders, else the index served as it stands, else the cluster."""
    import hashlib

    from .history import data_dir

    if paths:
        key = "\n".join(sorted(str(p.resolve()) for p in paths))
    elif backend or index_dir:
        key = backend or str(index_dir.resolve())
    else:
        key = str(SEEDS)
    return data_dir() / "history" / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.json"


def app_from_args(args) -> tuple[BylineApp, bool]:
    """The app the command line and the config file ask for, and whether it may use the mouse."""
    from .config import load_config, theme_for

    config, message = load_config(Path(args.config) if args.config else None)
    paths = [Path(p) for p in args.paths] or [Path(p).expanduser() for p in config.paths] or None
    if paths and not args.paths and (missing := [str(p) for p in paths if not p.exists()]):
        message = f"config paths not found: {', '.join(missing)} — opening the seeds"
        paths = None
    index = args.index or (config.index if not args.paths else None)
    options = {
        "ansi": bool(args.ansi) or bool(os.environ.get("NO_COLOR")),
        "theme": theme_for(config, args.ansi),
        "animations": config.animations,
        "cursor_blink": config.cursor_blink,
        "keymap": config.keys,
        "config_message": message,
        "reader_width": config.reader_width,
        "sidebar": config.sidebar,
    }
    app = make_app(paths, Path(index).expanduser() if index else None, backend=getattr(args, "backend", None),
                   **options)
    return app, config.mouse and not args.no_mouse


def run(args) -> int:
    app, mouse = app_from_args(args)
    app.run(mouse=mouse)
    return app.return_code or 0
