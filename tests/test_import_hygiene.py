"""The headless core and CLI never load Textual or Rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHECK = ("import sys; {stmt}; bad = [m for m in ('textual', 'rich') if m in sys.modules]; "
         "print(bad); sys.exit(bool(bad))")


@pytest.mark.parametrize("stmt", [
    ("import search, search.library, search.extract.pipeline, search.engine.index, search.ingest.files, "
     "search.tools.evaluate"),
    "import tui, tui.cli",
])
def test_import_leaves_textual_out(stmt):
    run = subprocess.run([sys.executable, "-c", CHECK.format(stmt=stmt)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_headless_subcommand_leaves_textual_out(tmp_path):
    code = ("import sys; from tui.cli import main; main(['search', 'Eddie', '--index', sys.argv[1]]); "
            "bad = [m for m in ('textual', 'rich') if m in sys.modules]; sys.exit(bool(bad))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ix")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_cluster_backend_loads_no_whoosh_but_its_stemmer():
    """The cluster reads words, spans and snippets through the engine-free ``search.query``: of
    Whoosh it loads only the Porter stemmer both engines stem with, and nothing of ``search.engine``'s
    index, queries or highlighting."""
    code = ("import sys; import search.backends.sphinx.backend, search.backends.sphinx.indexer, "
            "search.backends.sphinx.cluster; "
            "bad = [m for m in sys.modules if (m.startswith('whoosh.') "
            "and m not in ('whoosh.lang', 'whoosh.lang.porter'))"
            " or m in ('search.engine.highlight', 'search.engine.index', 'search.engine.schema', 'search.library')]; "
            "print(bad); sys.exit(bool(bad))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_module_of_the_app_or_the_core_is_over_15_kb():
    root = Path(__file__).parent.parent
    big = [f"{p.relative_to(root)}: {p.stat().st_size} bytes"
           for folder in ("search", "tui") for p in sorted((root / folder).rglob("*.py"))
           if p.stat().st_size > 15 * 1024]
    assert big == []
