"""Every user command is declared once in tui.commands; bindings, palette and help follow from it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import tui
from tests.conftest import SEEDS, SIZE, open_article_with_quotes, settle, sync
from tui.app import make_app
from tui.commands import ALL, APP, BOTTOM, COMMANDS, DOWN, MAIN, READER, TOGGLE_ORDER, TOP, UP
from tui.help import binding_rows
from tui.keys import binding_ids, declared


def _byline_classes():
    for info in pkgutil.walk_packages([str(Path(tui.__file__).parent)], "tui."):
        if info.name in ("tui.serve", "tui.bench_app"):
            continue
        module = importlib.import_module(info.name)
        yield from (cls for cls in vars(module).values()
                    if inspect.isclass(cls) and cls.__module__ == module.__name__ and "BINDINGS" in cls.__dict__)


def test_ids_are_unique():
    assert len(ALL) == len(COMMANDS)


def test_every_binding_byline_declares_is_a_declared_command():
    classes = list(_byline_classes())
    assert len(classes) >= 12  # the app, the screens, the panes and their tables
    for cls in classes:
        for binding in declared(cls, ours_only=True):
            command = COMMANDS.get(binding.id)
            assert command is not None, (cls.__name__, binding)
            assert binding.description == command.description, (cls.__name__, binding.id)


def test_every_declared_command_is_bound_somewhere():
    bound = {b.id for cls in _byline_classes() for b in declared(cls, ours_only=True)}
    assert bound == set(COMMANDS) == binding_ids()


@sync
async def test_help_and_palette_follow_the_declarations(seeds_index):
    """Each command the main screen binds is in help under its declared group and in the palette
    under its declared name, with the key the user's config gives it."""
    app = make_app([SEEDS], seeds_index, history=None, saved=None, keymap={"people": "f6", "next_match": "n,f3"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_article_with_quotes(pilot, "eddie")
        rows = binding_rows(app.screen)
        by_id = {i: row for row in rows for i in (row.binding_id or "").split(", ") if i}
        palette = {c.title: c.help for c in app.get_system_commands(app.screen)}
        for command in (*APP, *MAIN, *READER, TOGGLE_ORDER, DOWN, UP, TOP, BOTTOM):
            assert by_id[command.id].section == command.group, command.id
            assert by_id[command.id].description == command.description
            if command.palette and command.id not in ("quit", "quit_now"):  # Textual's own entry quits
                assert palette[command.description].startswith("Key: "), command.id
        assert by_id["people"].keys == "f6" and palette["People"] == "Key: f6"
        assert by_id["next_match"].keys == "n, f3"
        assert "Down" not in palette  # moves are for keys
        assert [r.section for r in rows].index("Moving") > [r.section for r in rows].index("Everywhere")
