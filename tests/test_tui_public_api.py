"""tui/ uses Textual through its public API only, so a Textual upgrade breaks nothing silently."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import tui

ROOT = Path(tui.__file__).parent
# ``thing._name`` where ``thing`` is not the object's own ``self``/``cls``: someone else's private.
PRIVATE_ACCESS = re.compile(r"(?<![\w.])([A-Za-z_]\w*(?:\.\w+)*)\._[A-Za-z]\w*")


def foreign_private(code: str) -> bool:
    return any(owner not in ("self", "cls") for owner in PRIVATE_ACCESS.findall(code))
PRIVATE_MODULE = re.compile(r"\btextual(?:\.\w+)*\._\w")  # textual.widgets._input and the like
TEXTUAL_PRIVATE_NAMES = re.compile(r"\b_(?:bindings|keymap|check_action_state|merged_bindings|modal_binding_chain"
                                   r"|binding_chain|css_styles|nodes|compose_stacks|parent)\b")


def _code_lines():
    for path in sorted(ROOT.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            yield f"{path.relative_to(ROOT.parent)}:{n}", code


def test_no_private_attribute_of_another_object():
    assert [where for where, code in _code_lines() if foreign_private(code)] == []


def test_no_textual_private_names_or_modules():
    assert [where for where, code in _code_lines()
            if TEXTUAL_PRIVATE_NAMES.search(code) or PRIVATE_MODULE.search(code)] == []


def test_no_override_of_a_textual_private_method():
    """A ``_method`` defined in a byline widget that a Textual base class also defines is a private hook."""
    offenders = []
    for info in pkgutil.walk_packages([str(ROOT)], "tui."):
        if info.name in ("tui.serve", "tui.bench_app"):
            continue  # not Textual widgets; serve needs textual-serve
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            textual_bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("textual.")]
            for name, value in vars(cls).items():
                written_here = inspect.isfunction(value) and value.__module__ == module.__name__
                if (written_here and name.startswith("_") and not name.startswith("__")
                        and any(name in vars(b) for b in textual_bases)):
                    offenders.append(f"{cls.__module__}.{cls.__name__}.{name}")
    assert offenders == []


def test_the_patterns_catch_private_access():
    assert foreign_private("for b in node._bindings:")
    assert foreign_private("reader.text_area._line_starts")
    assert foreign_private("keys = self.app._keymap")
    assert not foreign_private("self._rows.append(x)")
    assert TEXTUAL_PRIVATE_NAMES.search("self.app._keymap")
    assert TEXTUAL_PRIVATE_NAMES.search("screen._check_action_state()")
    assert PRIVATE_MODULE.search("from textual.widgets._data_table import RowKey")
    assert not PRIVATE_MODULE.search("from textual.widgets import DataTable")
