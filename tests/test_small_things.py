"""The small things a new user trips over: counts, plurals, offsets, where files go."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS, settle, status, sync, type_query
from tui.app import history_path, make_app
from tui.screens.export import export_folder

README = Path(__file__).resolve().parent.parent / "README.md"


def byline(*args, **kw):
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True, timeout=120, **kw)


@sync
async def test_export_writes_the_quotes_the_sidebar_lists(seeds_index, app_env):
    app = make_app([SEEDS], seeds_index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        screen.export_dir = app_env / "out"
        await type_query(pilot, "spores")
        await pilot.press("enter")
        await settle(pilot)
        quotes = screen.view.extraction.quotes
        listed = screen.sidebar.entries
        assert len(listed) < len(quotes)  # the seed repeats some quotes word for word
        screen.sidebar.table.focus()
        await pilot.press("e", "j")
        await settle(pilot)
        [written] = (app_env / "out").glob("byline-quotes-*.jsonl")
        rows = [json.loads(line) for line in written.read_text().splitlines()]
        assert len(rows) == len(listed)


@sync
async def test_grouped_quotes_never_show_a_bare_marker(seeds_index):
    app = make_app([SEEDS], seeds_index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        await type_query(pilot, "spores")
        await pilot.press("enter")
        await settle(pilot)
        sidebar = screen.sidebar
        sidebar.table.focus()
        await pilot.press("t")
        await pilot.pause()
        assert sidebar.grouped
        lines = [str(sidebar.table.get_row_at(r)[0]).split("\n")[0].strip() for r in range(sidebar.table.row_count)]
        assert lines and all(len(line) > 2 for line in lines), lines


@sync
async def test_a_long_status_is_cut_between_words(seeds_index):
    app = make_app([SEEDS], seeds_index, history=None, saved=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, '"unclosed quinn')
        shown = status(app)
        full = app.screen.pane.status_text
        assert len(full) > len(shown) and shown.endswith("…")
        kept = shown[:-1]
        assert full.startswith(kept) and full[len(kept)] == " "


@sync
async def test_palette_entries_do_not_repeat_their_name(seeds_index):
    app = make_app([SEEDS], seeds_index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        commands = list(app.get_system_commands(app.screen))
        ours = [c for c in commands if c.help.startswith("Key: ")]
        assert any(c.title == "People" and c.help == "Key: p" for c in ours)
        assert ours and all(c.title not in c.help for c in ours)


def test_export_goes_to_the_users_documents_not_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs there
    for name in ("XDG_DOCUMENTS_DIR", "XDG_DOWNLOAD_DIR"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "corpus").mkdir()
    monkeypatch.chdir(tmp_path / "corpus")
    assert export_folder() == tmp_path  # neither folder exists: home
    (tmp_path / "Downloads").mkdir()
    assert export_folder() == tmp_path / "Downloads"
    (tmp_path / "Documents").mkdir()
    assert export_folder() == tmp_path / "Documents"


def test_each_corpus_has_its_own_history(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    assert history_path([a], None, None) != history_path([b], None, None)
    assert history_path([a], None, None) == history_path([a], tmp_path / "ix", None)
    assert history_path([], None, None) != history_path([a], None, None)


def test_one_hit_is_one_hit():
    run = byline("search", "spores", str(SEEDS))
    assert run.returncode == 0 and "1 hit ·" in run.stderr, run.stderr


def test_version():
    run = byline("--version")
    assert run.returncode == 0 and run.stdout.startswith("byline ")


def test_index_counts_skipped_files_honestly(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "story.txt").write_text('A headline\n\n"Fine," said Ann Lee.\n')
    (corpus / "empty.txt").write_text("")
    ix = str(tmp_path / "ix")
    first = byline("index", str(corpus), "--index", ix)
    assert "2 files: 1 added" in first.stderr and "1 skipped" in first.stderr, first.stderr
    again = byline("index", str(corpus), "--index", ix)
    assert "0 added" in again.stderr and "1 skipped (1 unchanged since the last run)" in again.stderr, again.stderr


def test_extract_offsets_count_from_the_first_character_of_the_file(tmp_path):
    text = ' date 2024-05-06\nA title here\n\n"We open in June," said Ann Lee, the director.\n'
    path = tmp_path / "dated.txt"
    path.write_text(text)
    run = byline("extract", "--json", str(path))
    [rec] = [json.loads(line) for line in run.stdout.splitlines()]
    [q] = rec["quotes"]
    assert text[q["start"]:q["end"]] == q["text"]


def readme_queries() -> list[str]:
    """Every query in the README's query table."""
    table = README.read_text().split("## Query syntax", 1)[1].split("\n\n", 2)[1]
    out = []
    for line in table.splitlines()[2:]:
        first = line.split(" | ")[0]
        out += [q for q in first.split("`")[1::2] if q not in ("title:", "body:", "quote:")]
    return out


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from search.library import Library

    lib = Library([SEEDS], tmp_path_factory.mktemp("seeds") / "index")
    lib.update()
    yield lib
    lib.close()


@pytest.mark.parametrize("query", readme_queries())
def test_every_readme_example_finds_something_in_the_seeds(seeds, query):
    results = seeds.search(query)
    assert results.hits or results.quotes, query
