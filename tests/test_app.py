"""The browser driven with real keys under Pilot: search, read, walk matches, choose quotes."""

from __future__ import annotations

import re
import threading

import pytest

from search.library import Library
from tests.conftest import (
    SEEDS,
    SIZE,
    cells,
    of_type,
    open_article_with_quotes,
    settle,
    status,
    sync,
    type_query,
    wait_until,
)
from tui.app import make_app
from tui.screens.main import MainScreen
from tui.widgets.quote_sidebar import QuoteSidebar
from tui.widgets.reader import Reader
from tui.widgets.search_pane import SearchPane

pytestmark = pytest.mark.usefixtures("app_env")


def line_styles(area, row: int) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, str(s.style)) for s in area.get_line(row).spans]


@sync
async def test_first_run_shows_indexing_and_stays_usable(app_env, monkeypatch):
    """While the first index is built the status says so and the search box takes keys."""
    release = threading.Event()
    real_update = Library.update

    def slow_update(self, progress=None, **kw):
        def gated(done, total):
            if progress:
                progress(done, total)
            release.wait(5)
        return real_update(self, progress=gated, **kw)

    monkeypatch.setattr(Library, "update", slow_update)
    app = make_app([SEEDS], app_env / "fresh-index")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: status(app).startswith("Indexing"))
        assert re.match(r"Indexing (3 articles|articles)…", status(app)), status(app)
        await pilot.press(*"eddie")
        assert app.screen.pane.input.value == "eddie"
        release.set()
        await settle(pilot)
        assert re.match(r"\d+ hits? · \d+ ms", status(app)), status(app)
        await pilot.press(*["backspace"] * 5)
        await settle(pilot)
        assert status(app) == "Type to search 3 articles · newest first"


@sync
async def test_search_open_walk_matches(seeds_index):
    """Type → results → Enter → every match lit → n moves the counter; messages are posted."""
    posted = []
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE, message_hook=posted.append) as pilot:
        await settle(pilot)
        assert status(app) == "Type to search 3 articles · newest first"
        await type_query(pilot, "eddie", keys=True)
        screen: MainScreen = app.screen
        table = screen.pane.table
        assert table.row_count == len(screen.results.hits) >= 1
        assert "Eddie" in cells(table)[0]
        assert re.match(rf"{screen.results.total} hits · \d+ ms", status(app))

        await pilot.press("enter")  # from the search box: the top result
        await settle(pilot)
        chosen = of_type(posted, SearchPane.ResultChosen)
        assert [m.article_id for m in chosen] == [screen.results.hits[0].id]

        reader: Reader = screen.reader
        area = reader.text_area
        text = area.text
        expected = [m.span() for m in re.finditer(r"\beddie\b", text, re.I)]
        assert reader.spans == expected and len(expected) >= 2
        for start, end in expected:
            row, col = area.location(start)
            assert any(s <= col and e >= col + (end - start) for s, e, _ in line_styles(area, row))
        assert reader.counter == f"1/{len(expected)}"
        assert app.focused is area

        await pilot.press("n")
        assert reader.counter == f"2/{len(expected)}"
        assert area.offset_of(area.cursor_location) == expected[1][0]
        await pilot.press("N")
        assert reader.counter == f"1/{len(expected)}"
        await pilot.press("N")  # wraps to the last match
        assert reader.counter == f"{len(expected)}/{len(expected)}"


@sync
async def test_down_moves_into_results_and_enter_opens_highlighted(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "Stranger OR Eddie")
        screen = app.screen
        hits = screen.results.hits
        assert len(hits) >= 2
        await pilot.press("down")
        assert app.focused is screen.pane.table
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.view.article.id == hits[1].id


@sync
async def test_empty_states(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "xyzzyq")
        assert status(app).startswith("No articles match ‘xyzzyq’")
        assert app.screen.pane.table.row_count == 0
        await pilot.press("escape")  # in the search box: clears it
        await settle(pilot)
        assert app.screen.pane.input.value == ""
        assert status(app) == "Type to search 3 articles · newest first"


@sync
async def test_malformed_query_says_how_it_was_read(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, '"unclosed')
        results = app.screen.results
        assert results.notice and results.notice in status(app)


def app_screen(pilot) -> MainScreen:
    return pilot.app.screen


@sync
async def test_choosing_a_quote_scrolls_the_reader_and_highlights_it(seeds_index):
    posted = []
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE, message_hook=posted.append) as pilot:
        screen = await open_article_with_quotes(pilot, "spores")
        quotes = screen.view.extraction.quotes
        assert len(quotes) >= 3, "the Season 4 seed quotes the Duffers many times"
        sidebar: QuoteSidebar = screen.sidebar
        assert sidebar.table.row_count == len(sidebar.entries)
        await pilot.press("tab")
        assert app.focused is sidebar.table
        area = screen.reader.text_area
        await pilot.press("G")  # the last quote: far down the article
        await settle(pilot)
        chosen = of_type(posted, QuoteSidebar.QuoteChosen)
        last = sidebar.entries[-1]
        assert chosen and chosen[-1].index == last.index
        assert screen.reader.quote == (last.quote.start, last.quote.end)
        assert area.scroll_offset.y > 0
        row, _ = area.location(last.quote.start)
        assert area.scroll_offset.y <= area.wrapped_document.location_to_offset(
            area.location(last.quote.start)).y < area.scroll_offset.y + area.size.height
        assert any("reader--chosen" in s or s for _, _, s in line_styles(area, row))


@sync
async def test_moving_in_the_reader_keeps_the_sidebar_in_step(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "spores")
        quotes = screen.view.extraction.quotes
        sidebar = screen.sidebar
        area = screen.reader.text_area
        assert app.focused is area
        target = quotes[len(quotes) // 2]
        area.move_cursor(area.location(target.start + 1))
        await settle(pilot)
        assert sidebar.chosen is not None
        assert sidebar.chosen.quote.start <= target.start
        assert sidebar.table.cursor_row == sidebar._row_of[quotes.index(target)]


@sync
async def test_sidebar_toggles_grouping_by_speaker(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "spores")
        sidebar = screen.sidebar
        await pilot.press("tab", "t")
        assert sidebar.grouped and "by speaker" in sidebar.border_title
        speakers = [e.speaker for e in sidebar._order]
        assert speakers == sorted(speakers, key=lambda s: (not s, s.lower()))
        await pilot.press("t")
        assert not sidebar.grouped
        assert [e.index for e in sidebar._order] == sorted(e.index for e in sidebar.entries)


@sync
async def test_typing_a_burst_searches_once_at_each_end(seeds_index, monkeypatch):
    """The first key after a pause searches at once; the rest of a burst waits for its end."""
    calls = []
    real = Library.search

    def counted(self, text, *a, **kw):
        if text:  # not the newest-first list shown before any query
            calls.append(text)
        return real(self, text, *a, **kw)

    monkeypatch.setattr(Library, "search", counted)
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(0.3)  # time itself is the state here: the first key comes after a pause
        await pilot.press(*"quinn")
        await settle(pilot)
        assert calls[0] == "q" and calls[-1] == "quinn" and len(calls) <= 3, calls
        assert app.screen.results.query == "quinn"


@sync
async def test_an_index_from_an_older_byline_is_rebuilt_and_the_app_says_so(app_env):
    import json

    from search.engine import index as idx

    where = app_env / "old-index"
    idx.update([SEEDS], where)
    manifest = idx.read_manifest(where)
    (where / idx.MANIFEST).write_text(json.dumps({**manifest, "format": idx.FORMAT - 1}), encoding="utf-8")
    app = make_app([SEEDS], where)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: any(n.title == "Rebuilding the index" for n in app._notifications))
        await settle(pilot)
    assert idx.index_format(where) == idx.FORMAT
