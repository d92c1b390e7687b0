"""Every user command is declared once in tui.commands; bindings, palette and help follow from it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import tui
from tui.commands import ALL, COMMANDS
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
