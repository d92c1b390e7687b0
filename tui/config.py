"""byline's TOML config: where it lives, what it may say, and what a bad one costs (nothing but a notice).

Loading never raises: a file that does not parse gives one message naming the file and line and
the defaults are used; a setting with a wrong value falls back to that setting's default.
Nothing here imports Textual, so ``byline config`` starts fast.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

DEFAULT_THEME = "textual-dark"
ANSI_THEMES = ("ansi-dark", "ansi-light")
# Textual's built-in theme names; a test checks they still exist in the installed Textual.
TEXTUAL_THEMES = (
    "textual-dark", "textual-light", "nord", "gruvbox", "catppuccin-mocha", "catppuccin-latte",
    "catppuccin-frappe", "catppuccin-macchiato", "dracula", "tokyo-night", "monokai", "flexoki",
    "solarized-light", "solarized-dark", "rose-pine", "rose-pine-moon", "rose-pine-dawn",
    "atom-one-dark", "atom-one-light", "ansi-dark", "ansi-light",
)
SIDEBAR_MODES = ("auto", "show", "hide")
_LIGHT_HINTS = ("light", "latte", "dawn")


@dataclass(slots=True)
class Config:
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> "key" or "key1,key2"
    theme: str = DEFAULT_THEME
    animations: bool = False
    cursor_blink: bool = False
    mouse: bool = True
    paths: list[str] = field(default_factory=list)
    index: str | None = None
    reader_width: int = 90
    sidebar: str = "auto"


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    xdg = environ.get("XDG_CONFIG_HOME", "")
    # platformdirs follows XDG only on Linux; people who set it expect it everywhere.
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "byline"
    from platformdirs import user_config_dir

    return Path(user_config_dir("byline", appauthor=False))


def default_path(environ: Mapping[str, str] | None = None) -> Path:
    return config_dir(environ) / "config.toml"


# -- loading ----------------------------------------------------------------------------------

def _line_of(text: str, key: str, table: str | None = None) -> int | None:
    """The line that sets ``key`` (inside ``[table]`` when given), for messages about its value."""
    current = None
    pattern = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
    for n, line in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            current = header.group(1).strip("\"'")
            continue
        if current == table and pattern.match(line):
            return n
    return None


def _where(path: Path, line: int | None) -> str:
    return f"{path} line {line}" if line else str(path)


def _check(name: str, value, default):
    """The value to use for setting ``name`` and a problem description, or ``None`` when it is fine."""
    if name in ("animations", "cursor_blink", "mouse"):
        return (value, None) if isinstance(value, bool) else (default, "must be true or false")
    if name == "theme":
        if isinstance(value, str) and value in TEXTUAL_THEMES:
            return value, None
        return default, f"unknown theme {value!r} (one of: {', '.join(TEXTUAL_THEMES)})"
    if name == "sidebar":
        if value in SIDEBAR_MODES:
            return value, None
        return default, f"must be one of {', '.join(repr(m) for m in SIDEBAR_MODES)}"
    if name == "reader_width":
        if isinstance(value, int) and not isinstance(value, bool) and 20 <= value <= 1000:
            return value, None
        return default, "must be a whole number of columns from 20 to 1000"
    if name == "index":
        return (str(Path(value).expanduser()), None) if isinstance(value, str) and value else (
            default, "must be a folder path in quotes")
    if name == "paths":
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(p, str) and p for p in value):
            return [str(Path(p).expanduser()) for p in value], None
        return default, "must be a list of file or folder paths, e.g. [\"~/news\"]"
    raise AssertionError(name)


def _keys(table, text: str, path: Path, problems: list[str]) -> dict[str, str]:
    if not isinstance(table, dict):
        where = _where(path, _line_of(text, "keys"))
        problems.append(f"{where}: [keys] must be a table of binding = \"key\" lines")
        return {}
    keys: dict[str, str] = {}
    for binding, value in table.items():
        if isinstance(value, str):
            value = value.split(",")
        value = value if isinstance(value, list) else []
        names = [k.strip() for k in value if isinstance(k, str) and k.strip()]
        if names and len(names) == len(value):
            keys[binding] = ",".join(names)
            continue
        problems.append(f"{_where(path, _line_of(text, binding, 'keys'))}: key for {binding!r} must be a "
                        f"key name such as \"j\" or \"ctrl+f\", or a list of them — keeping its default")
    return keys


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None
                ) -> tuple[Config, str | None]:
    """The config at ``path`` (default: the user config file) and one message if it had problems."""
    path = Path(path).expanduser() if path else default_path(environ)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(), (f"{path}: no such config file — using defaults" if path != default_path(environ)
                          else None)
    except OSError as e:
        return Config(), f"{path}: cannot read it ({e.strerror or e}) — using defaults"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Config(), f"{path}: not UTF-8 text — using defaults"
    import tomllib  # only when there is a file to read: most starts have none

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return Config(), _syntax_message(path, str(e))

    problems: list[str] = []
    config = Config()
    known = {f.name for f in fields(Config)}
    updates = {}
    for name, value in data.items():
        if name == "keys":
            updates["keys"] = _keys(value, text, path, problems)
            continue
        if name not in known:
            problems.append(f"{_where(path, _line_of(text, name))}: unknown setting {name!r} — ignored "
                            f"(settings: {', '.join(sorted(known))})")
            continue
        default = getattr(config, name)
        updates[name], problem = _check(name, value, default)
        if problem:
            problems.append(f"{_where(path, _line_of(text, name))}: {name} {problem} — using the default "
                            f"{_show(default)}")
    config = replace(config, **updates)
    if not problems:
        return config, None
    more = f" (and {len(problems) - 1} more problem{'s' * (len(problems) > 2)})" if len(problems) > 1 else ""
    return config, problems[0] + more


def _show(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return str(value).lower()
    return repr(value) if isinstance(value, str) else str(value)


def _syntax_message(path: Path, error: str) -> str:
    m = re.search(r"\(at line (\d+), column (\d+)\)", error)
    reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", error).strip()
    reason = reason[:1].lower() + reason[1:]
    where = f"{path} line {m.group(1)}" if m else str(path)
    return f"{where}: {reason} — using defaults"


# -- themes -----------------------------------------------------------------------------------

def no_color(environ: Mapping[str, str]) -> bool:
    # no-color.org: set and not empty.
    return bool(environ.get("NO_COLOR", ""))


def theme_for(config: Config, ansi: bool = False, environ: Mapping[str, str] | None = None) -> str:
    """The theme to start with: the terminal's own palette under ``--ansi`` or ``NO_COLOR``."""
    environ = os.environ if environ is None else environ
    if not (ansi or no_color(environ)) or config.theme in ANSI_THEMES:
        return config.theme
    return "ansi-light" if any(h in config.theme for h in _LIGHT_HINTS) else "ansi-dark"


def apply(app, config: Config, ansi: bool = False, environ: Mapping[str, str] | None = None) -> None:
    """Theme, animations and remapped keys on a Textual ``App`` (call it before or in ``on_mount``)."""
    app.theme = theme_for(config, ansi, environ)
    if not config.animations:
        app.animation_level = "none"
    if config.keys:
        from .keys import set_keymap

        set_keymap(app, config.keys)


# -- the example and ``byline config`` ---------------------------------------------------------

EXAMPLE = """\
# byline configuration. Every line below shows the default; change what you like.
# Written by `byline config --init`; `byline --config FILE` uses another file.

# Any Textual theme (textual-dark, textual-light, nord, gruvbox, dracula, tokyo-night, ...)
# or ansi-dark / ansi-light, which use your terminal's own colours.
# `--ansi` or NO_COLOR=1 switch to the ansi theme for one run.
theme = "textual-dark"

# Sliding and fading. Off keeps the terminal quiet, which helps over SSH.
animations = false

# A blinking cursor repaints twice a second even while you read.
cursor_blink = false

# false leaves the mouse to the terminal (select and copy as usual); also `--no-mouse`.
mouse = true

# Files and folders to open when `byline` is run with none.
# paths = ["~/news", "~/clippings"]
paths = []

# Where the index lives; by default one index per corpus in your user cache folder.
# index = "~/.cache/byline/my-index"

# Longest reader line, in columns.
reader_width = 90

# Quote sidebar: "auto" (shown when the window is wide enough), "show" or "hide".
sidebar = "auto"

# Remap keys by binding id (press ? in byline to see every id and its key).
# A value is one key or a list of keys; key names are Textual's: "j", "ctrl+f", "f2", "question_mark".
[keys]
# focus_search = "ctrl+s"
# next_match = ["n", "f3"]
"""


def write_example(path: Path | None = None) -> Path:
    """Write the commented example config; never overwrites an existing file."""
    path = Path(path).expanduser() if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:  # "x": refuse to overwrite
        f.write(EXAMPLE)
    return path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``byline config``."""
    parser.add_argument("--init", action="store_true", help="write a commented example config")
    parser.add_argument("--path", action="store_true", help="print only the config file's path")
    parser.add_argument("--config", metavar="FILE", help="another config file instead of the default")


def cmd_config(args: argparse.Namespace) -> int:
    """``byline config [--init] [--path] [--config FILE]``."""
    path = Path(args.config).expanduser() if getattr(args, "config", None) else default_path()
    if getattr(args, "path", False):
        print(path)
        return 0
    if getattr(args, "init", False):
        try:
            write_example(path)
        except FileExistsError:
            print(f"byline config: {path} already exists; not overwriting it", file=sys.stderr)
            return 1
        except OSError as e:
            print(f"byline config: cannot write {path}: {e.strerror or e}", file=sys.stderr)
            return 1
        print(f"Wrote an example config to {path}")
        return 0
    if not path.exists():
        print(f"{path} (not created yet; `byline config --init` writes an example)")
        return 0
    _, message = load_config(path)
    print(path)
    if message:
        print(message, file=sys.stderr)
        return 1
    print("config OK")
    return 0
