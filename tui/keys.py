"""byline's key bindings as declared and as the user remapped them, through Textual's public API.

Help, the command palette and the check of a config's ``[keys]`` all read bindings here, from
the ``BINDINGS`` each class declares, so none of them depends on how Textual stores them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode


def set_keymap(app, keymap: Mapping[str, str | list[str]]) -> None:
    """Remap keys by binding id, and keep the map where help and the palette can read it
    (Textual keeps the one ``App.set_keymap`` installs to itself)."""
    app.keymap = dict(keymap)
    app.set_keymap(keymap)


def declared(cls: type, ours_only: bool = False) -> list[Binding]:
    """The bindings ``cls`` and its bases declare, base classes first (as Textual merges them)."""
    out: list[Binding] = []
    for base in reversed(cls.__mro__):
        if ours_only and not base.__module__.startswith("tui."):
            continue
        out += Binding.make_bindings(base.__dict__.get("BINDINGS", []))
    return out


def bound(node: DOMNode, keymap: Mapping[str, str | list[str]] | None = None) -> Iterator[Binding]:
    """Each of ``node``'s bindings with the user's keymap applied, enabled ones only."""
    bindings = BindingsMap(declared(type(node)))
    if keymap:
        bindings.apply_keymap(dict(keymap))
    for key_bindings in bindings.key_to_bindings.values():
        for binding in key_bindings:
            name = binding.action.split("(", 1)[0]
            if "." not in name and node.check_action(name, ()) is False:
                continue
            yield binding


def binding_ids() -> set[str]:
    """Every binding id a user may remap: every command byline declares."""
    from .commands import COMMANDS

    return set(COMMANDS)
