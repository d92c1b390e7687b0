"""Layouts that fit the window, did-you-mean and completion in the search box."""

from __future__ import annotations

import pytest

from search.library import Library
from tests.conftest import SEEDS, settle, status, sync, type_query
from tui.app import make_app
from tui.widgets.completion import QuerySuggester

pytestmark = pytest.mark.usefixtures("app_env")


@sync
async def test_wide_window_shows_three_panes(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.sidebar.display and screen.pane.display
        assert not screen.has_class("-narrow")


@sync
async def test_main_screen_is_the_first_and_its_hidden_parts_join_after_the_first_frame(seeds_index):
    from tui.screens.main import MainScreen

    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        assert [type(s) for s in app.screen_stack] == [MainScreen]  # no blank screen beneath it
        await settle(pilot)
        reader, pane = app.screen.reader, app.screen.pane
        # The text area, the find bar and the sparkline are there to use, the last two hidden.
        assert reader.query("#article") and not reader.query_one("#find").display
        assert not pane.query_one("#trend").display
        assert [w.id for w in reader.children] == ["reader-header", "find", "article", "reader-note"]


@sync
async def test_80x24_shows_results_reader_and_quotes_at_once(seeds_index):
    """The most common terminal size: all three panes, each big enough to use."""
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        # Before an article is open, the list takes the room and the reader waits small below.
        assert screen.pane.table.region.height >= 12
        assert screen.query_one("#reading").region.height <= 5
        await type_query(pilot, "quinn")
        await pilot.press("enter")
        await settle(pilot)
        table, reader, sidebar = screen.pane.table, screen.reader, screen.sidebar
        assert sidebar.display and sidebar.region.width >= 20 and sidebar.region.height >= 8
        assert reader.region.width >= 40 and reader.region.height >= 10
        assert table.region.height >= 6  # a header and five results
        assert table.row_count == len(screen.results.hits)
        # b still hides and shows the quotes on request.
        await pilot.press("b")
        await pilot.pause()
        assert not sidebar.display


@sync
async def test_narrow_window_shows_one_pane_at_a_time(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = app.screen
        await type_query(pilot, "eddie")
        assert screen.pane.region.height > 0 and screen.query_one("#reading").region.height == 0
        await pilot.press("enter")
        await settle(pilot)
        assert screen.pane.region.height == 0 and screen.reader.region.height > 10
        await pilot.press("escape")
        await pilot.pause()
        assert screen.pane.region.height > 0 and app.focused is screen.pane.input


@sync
async def test_tiny_window_says_so(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(36, 10)) as pilot:
        await settle(pilot)
        notice = app.screen.query_one("#too-small")
        assert notice.region.height > 0 and "40×12" in str(notice.render())


@sync
async def test_did_you_mean_is_offered_and_taken(seeds_index):
    lib = Library([SEEDS], seeds_index)
    suggestion = lib.search("strangr").suggestion
    lib.close()
    if not suggestion:
        pytest.skip("the library offers no suggestion for this typo")
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "strangr")
        assert f"did you mean ‘{suggestion}’" in status(app)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.screen.pane.input.value == suggestion
        assert app.screen.results.hits


@sync
async def test_completion_of_fields_and_names():
    suggest = QuerySuggester(lambda: ["Joseph Quinn", "Winona Ryder"])
    assert await suggest.get_suggestion("eddie act") == "eddie actor:"
    assert await suggest.get_suggestion("actor:quin") == "actor:quinn"
    assert await suggest.get_suggestion('speaker:"Win') == 'speaker:"Winona Ryder"'
    assert await suggest.get_suggestion('actor:"jos') == 'actor:"joseph Quinn"'
    for value in ("eddie Act", "actor:quin", 'speaker:"Win', "actor:ryd"):  # ghost text extends what was typed
        suggestion = await suggest.get_suggestion(value)
        assert suggestion and suggestion.startswith(value), (value, suggestion)
    assert await suggest.get_suggestion("title:quin") is None
    assert await suggest.get_suggestion("zz") is None


@sync
async def test_completion_accepted_with_right_arrow(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert any("Quinn" in n for n in app.screen.pane.names)
        await pilot.press(*"person:qui")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert app.screen.pane.input.value == "person:quinn"


def test_date_terms():
    from tui.screens.dates import date_term, with_dates

    assert date_term("2022") == "date:2022"
    assert date_term("2022-01..2022-06") == "date:[2022-01-01 TO 2022-06-31]"
    assert date_term("..2021") == "date:[1900-01-01 TO 2021-12-31]"
    assert date_term("2022-07-01 to 2022-07-31") == "date:[2022-07-01 TO 2022-07-31]"
    assert date_term("last week") is None
    assert with_dates("eddie date:2021", "date:2022") == "eddie date:2022"
    assert with_dates("eddie date:[2021-01-01 TO 2021-02-01] quinn", None) == "eddie quinn"


@sync
async def test_date_filter_from_the_palette_key(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "Stranger")
        everything = {h.id for h in app.screen.results.hits}
        await pilot.press("tab", "D")
        await pilot.pause()
        await pilot.press(*"2022", "enter")
        await settle(pilot)
        screen = app.screen
        assert screen.pane.input.value == "Stranger date:2022"
        dated = {h.id for h in screen.results.hits}
        assert dated and dated < everything | dated
        assert all(h.date and h.date.startswith("2022") for h in screen.results.hits)


@sync
async def test_resize_keeps_rows_and_the_chosen_quote(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "Stranger OR Eddie")
        screen = app.screen
        narrow = screen.pane.table.columns
        widths = [c.width for c in narrow.values()]
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab", "down", "down")
        await settle(pilot)
        chosen = screen.sidebar.chosen.index
        await pilot.resize_terminal(140, 40)
        await settle(pilot)
        assert [c.width for c in screen.pane.table.columns.values()] != widths
        assert screen.pane.table.row_count == len(screen.results.hits)
        assert screen.sidebar.chosen.index == chosen
