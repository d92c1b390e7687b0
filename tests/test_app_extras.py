"""More of the browser under Pilot: history, help, remapped keys, export, quote search, copies, sorting."""

from __future__ import annotations

import re

import pytest
from textual.widgets import DataTable

from tests.conftest import SEEDS, SIZE, cells, open_article_with_quotes, settle, status, sync, type_query
from tui.app import make_app
from tui.screens.main import MainScreen

pytestmark = pytest.mark.usefixtures("app_env")


@sync
async def test_search_history_up_down(seeds_index, app_env):
    from tui.history import SearchHistory

    history = SearchHistory(app_env / "history.json")
    history.add("eddie")
    history.add("spores")
    app = make_app([SEEDS], seeds_index, history=history)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        inp = app.screen.pane.input
        await pilot.press("up")
        assert inp.value == "spores"
        await pilot.press("up")
        assert inp.value == "eddie"
        await pilot.press("down")
        assert inp.value == "spores"
        await pilot.press("down")  # back to the draft, which was empty
        assert inp.value == ""
        await pilot.press(*"quinn")
        await settle(pilot)
        await pilot.press("enter")  # opening a result keeps the query
        await settle(pilot)
        assert SearchHistory(app_env / "history.json").entries[-1] == "quinn"


@sync
async def test_help_screen_on_question_mark(seeds_index):
    from tui.help import HelpScreen

    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").render())
        assert "People" in keys and "Copy quote" in keys
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@sync
async def test_remapped_key_from_keymap(seeds_index):
    app = make_app([SEEDS], seeds_index, keymap={"people": "f6"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "f6")
        await settle(pilot)
        assert app.screen.query("#people-table")


@sync
async def test_export_results_and_quotes(seeds_index, app_env):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.export_dir = app_env / "out"
        await type_query(pilot, "eddie")
        await pilot.press("down", "e", "j")
        await settle(pilot)
        [results] = (app_env / "out").glob("byline-results-*.jsonl")
        rows = results.read_text(encoding="utf-8").splitlines()
        assert len(rows) == len(app.screen.results.hits)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("e", "m")
        await settle(pilot)
        [quotes] = (app_env / "out").glob("byline-quotes-*.md")
        first = app.screen.view.extraction.quotes[0].text
        assert first.split()[0] in quotes.read_text(encoding="utf-8")


@sync
async def test_quote_search_lists_quotes_and_opens_at_the_quote(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "quote:spores")
        screen = app.screen
        quotes = screen.results.quotes
        assert quotes, "a quote: search lists quotes"
        rows = cells(screen.pane.table)
        assert len(rows) == len(quotes)
        assert ("unattributed" if quotes[0].quote.speaker is None else quotes[0].quote.speaker) in rows[0]
        assert status(app).startswith(f"{len(quotes)} quote")
        await pilot.press("enter")
        await settle(pilot)
        q = quotes[0].quote
        assert screen.view.article.id == quotes[0].article_id
        assert screen.reader.quote == (q.start, q.end)
        area = screen.reader.text_area
        assert area.offset_of(area.cursor_location) == q.start
        assert screen.sidebar.chosen.quote.start == q.start


@sync
async def test_copies_unfold_on_x_and_sort_by_date_on_s(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "Eddie OR Stranger")
        screen = app.screen
        folded = len(screen.results.hits)
        copies = sum(len(h.copies) for h in screen.results.hits)
        await pilot.press("tab", "x")
        await settle(pilot)
        assert len(screen.results.hits) == folded + copies
        assert "copies shown" in status(app)
        await pilot.press("s")
        await settle(pilot)
        dates = [h.date for h in screen.results.hits if h.date]
        assert dates == sorted(dates, reverse=True) and "newest first" in status(app)


@sync
async def test_find_in_article_lights_hits_and_counts(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "spores")
        reader = screen.reader
        text = reader.text_area.text
        expected = [(m.start(), m.end()) for m in re.finditer("duffer", text, re.I)]
        assert len(expected) >= 2
        await pilot.press("ctrl+f")
        assert app.focused is reader.query_one("#find")
        await pilot.press(*"duffer")
        await pilot.pause()
        assert reader.spans == expected
        assert reader.border_subtitle == f"find {reader.current + 1}/{len(expected)}"
        before = reader.current
        await pilot.press("enter")
        assert reader.current == (before + 1) % len(expected)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is reader.text_area and not reader.query_one("#find").display
        await pilot.press("n")
        assert reader.current == (before + 2) % len(expected)


@sync
async def test_saved_search_counts_what_is_new(seeds_index, app_env):
    from tui.history import SavedSearches

    saved = SavedSearches(app_env / "saved.json")
    saved.save("old news", "Stranger", total=1, ids=["002_e01816e151be412a.txt"])
    app = make_app([SEEDS], seeds_index, saved=saved)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "eddie")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press(*"ctrl+a".split(), "ctrl+k", *"eddie pieces", "enter")
        await settle(pilot)
        assert saved.get("eddie pieces").query == "eddie"
        await pilot.press("ctrl+o")
        await settle(pilot)
        table = app.screen.query_one("#saved-table", DataTable)
        rows = cells(table)
        lib = app.library
        stranger = lib.search("Stranger", 1000, "relevance", False)
        new = len({h.id for h in stranger.hits} - {"002_e01816e151be412a.txt"})
        assert rows[1].startswith("old news") and (f"{new} new" in rows[1] if new else "—" in rows[1])
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen.pane.input.value == "Stranger"
        assert saved.new_since("old news", stranger.total, [h.id for h in stranger.hits]) == 0


@sync
async def test_copy_link_of_the_open_article(seeds_index, monkeypatch):
    app = make_app([SEEDS], seeds_index)
    copied = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "spores")
        await pilot.press("y")
        await pilot.pause()
        article = screen.view.article
        assert copied == [article.url or article.source] and copied[0].endswith(article.id)


@sync
async def test_n_walks_matches_from_the_sidebar_too(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "duffer")
        reader = screen.reader
        assert reader.counter.startswith("1/")
        await pilot.press("tab")
        assert app.focused is screen.sidebar.table
        await pilot.press("n")
        assert reader.counter.startswith("2/")
        await pilot.press("N")
        assert reader.counter.startswith("1/")


@pytest.mark.parametrize("change", [False, True])
@sync
async def test_the_newest_are_listed_at_once_and_listed_again_only_after_a_change(app_env, monkeypatch, change):
    import shutil

    from search.library import Library

    corpus = app_env / "corpus"
    shutil.copytree(SEEDS, corpus)
    index = app_env / "ix"
    lib = Library([corpus], index)
    lib.update()
    lib.close()
    if change:
        (corpus / "zz-new.txt").write_text("A New Article\n\nThe premiere came early this year.\n", encoding="utf-8")
    searched = []
    search = Library.search
    monkeypatch.setattr(Library, "search",
                        lambda self, text, *a, **k: (searched.append(text), search(self, text, *a, **k))[1])
    app = make_app([corpus], index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert not screen.indexing and "newest first" in status(app)
        dates = [h.date for h in screen.results.hits if h.date]
        assert dates and dates == sorted(dates, reverse=True)
        # An unchanged corpus keeps the list painted from the index as it was; a change lists it again.
        assert set(searched) == {""} and (len(searched) > 1) == change
        assert any(h.title == "A New Article" for h in screen.results.hits) == change
