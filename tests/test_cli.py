"""The command line a user types, as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def byline(*args, **kw):
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True, timeout=120, **kw)


@pytest.mark.parametrize("command", ["index", "search", "extract", "people", "eval", "config", "serve", "bench",
                                     "cluster"])
def test_every_subcommand_has_help(command):
    run = byline(command, "--help")
    assert run.returncode == 0 and f"byline {command}" in run.stdout


def test_the_browser_knows_every_subcommand_without_building_its_parser():
    # The browser tells a subcommand from a path by this list, to start without importing them.
    from tui.cli import SUBCOMMANDS, build_parsers

    assert SUBCOMMANDS == tuple(build_parsers())


def test_search_json_lines_and_no_match(tmp_path):
    ix = str(tmp_path / "ix")
    run = byline("search", '"I love you, man"', "--json", "--index", ix, "--limit", "5", env=None)
    # No paths and a fresh --index: nothing to search yet, said plainly.
    assert run.returncode == 2 and "no index" in run.stderr and "Traceback" not in run.stderr
    from search.library import SEEDS

    run = byline("search", '"I love you, man"', str(SEEDS), "--json", "--index", ix)
    hits = [json.loads(line) for line in run.stdout.splitlines()]
    assert [h["path"] for h in hits] == ["001_98fbb6be0883bf20.txt"]
    assert set(hits[0]) == {"path", "title", "date", "score", "snippet", "spans"}
    run = byline("search", "zzzqqqxx", "--json", "--index", ix)
    assert run.returncode == 0 and run.stdout == ""


def test_missing_path_is_one_clear_line(tmp_path):
    run = byline("index", str(tmp_path / "nope"), "--index", str(tmp_path / "ix"))
    assert run.returncode == 2 and "no such file or folder" in run.stderr and "Traceback" not in run.stderr


def test_extract_json_has_the_scored_fields():
    from search.library import SEEDS

    run = byline("extract", "--json", str(SEEDS))
    records = {json.loads(line)["path"]: json.loads(line) for line in run.stdout.splitlines()}
    copy = records["000_2bc512eb9d235db8.txt"]
    assert set(copy) >= {"path", "title", "date", "language", "quotes", "people", "cast", "story",
                         "duplicate_of", "drift"}
    assert copy["duplicate_of"] == "001_98fbb6be0883bf20.txt"
    assert [(d["text"], d["original_text"]) for d in copy["drift"]] == [("I love you, dude.", "I love you, man")]


def test_the_browser_starts_without_what_its_first_frame_does_not_show():
    # Each of these cost the first frame time: the subcommands' modules (bench, cluster, web
    # server), package metadata for --version, Whoosh (opened after the first frame) and the
    # text area and sparkline (hidden or empty until an article or counts arrive).
    code = ("import sys; from tui import cli; cli.build_browse_parser().parse_args([]); import tui.app; "
            "print(' '.join(sorted(sys.modules)))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    loaded = set(run.stdout.split())
    assert "tui.screens.main" in loaded, run.stderr
    for module in ("search.tools.bench", "search.backends.sphinx.cluster", "tui.serve", "importlib.metadata",
                   "whoosh", "textual.widgets._text_area", "textual.widgets._sparkline"):
        assert module not in loaded, module
