"""The results list under Pilot: the matches-per-month sparkline, and results fetched a screen at a time."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from textual.widgets import Sparkline

from search.library import Library
from tests.conftest import settle, sync, type_query, wait_until
from tui.app import make_app
from tui.screens import searching as main_screen
from tui.widgets.trend import months_between

pytestmark = pytest.mark.usefixtures("app_env")

# Invented festival coverage: 60 dated pieces over five months, so a page of results is not all of them.
MONTHS = ["2023-01", "2023-02", "2023-04", "2023-05", "2023-06"]
PER_MONTH = [3, 20, 12, 20, 5]


PLACES = ["harbour", "old mill", "cathedral steps", "river bend", "market square", "north pier", "tram depot",
          "botanic garden", "station clock", "fish market", "rope walk", "lighthouse"]
THINGS = ["paper boats", "brass bands", "stilt walkers", "fire jugglers", "choirs", "kite makers",
          "puppeteers", "drummers", "bell ringers", "glass blowers"]
PEOPLE = ["Tomasz Very", "Ines Marloe", "Okon Adebe", "Rhea Lindqvist", "Pavel Osk", "Maren Tull", "Jodi Carrow"]


def _article(n: int, month: str, day: int) -> str:
    """Each piece told differently, so none is folded away as a copy of another."""
    place, thing, person = PLACES[n % len(PLACES)], THINGS[n * 7 % len(THINGS)], PEOPLE[n * 3 % len(PEOPLE)]
    lines = [f"The lantern parade reached the {place} on its {n}th evening.",
             f"{person} counted {n * 7} {thing} along the route, and {n % 9 + 2} streets were closed.",
             f"Organisers said the {PLACES[(n * 5) % len(PLACES)]} would host {THINGS[n % len(THINGS)]} "
             f"next year, weather permitting.",
             f"Tickets cost {n % 4 + 1} crowns; {PEOPLE[(n + 2) % len(PEOPLE)]} sold {n * 13} of them."]
    return f" date {month}-{day:02d}\nLantern Parade Night {n}: {place.title()}\n\n" + " ".join(
        lines[(n + k) % 4] for k in range(4)) + "\n"


def _write_corpus(folder: Path) -> None:
    folder.mkdir()
    n = 0
    for month, count in zip(MONTHS, PER_MONTH, strict=True):
        for day in range(1, count + 1):
            n += 1
            (folder / f"lantern-{n:03d}.txt").write_text(_article(n, month, day), encoding="utf-8")
    (folder / "undated.txt").write_text("Ferry Timetable\n\nThe ferry leaves at noon.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def _lantern_built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("lanterns")
    corpus, index = root / "corpus", root / "index"
    _write_corpus(corpus)
    lib = Library([corpus], index)
    lib.update()
    lib.close()
    return corpus, index


@pytest.fixture
def lanterns(app_env, _lantern_built) -> tuple[Path, Path]:
    corpus, index = _lantern_built
    shutil.copytree(index, app_env / "index")
    return corpus, app_env / "index"


def test_months_between_fills_the_gaps():
    months, values = months_between({"2023-11": 2, "2024-02": 5, "nonsense": 9})
    assert months == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert values == [2, 0, 0, 5]
    assert months_between({}) == ([], [])


@sync
async def test_sparkline_counts_matches_per_month(lanterns):
    corpus, index = lanterns
    app = make_app([corpus], index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        trend = app.screen.pane.trend
        assert not trend.display
        await type_query(pilot, "lantern")
        assert trend.display
        line = trend.query_one(Sparkline)
        # March had no parade: the line keeps its place as an empty bar.
        assert list(line.data) == [3, 20, 0, 12, 20, 5]
        assert str(trend.query_one("#trend-from").render()) == "2023-01"
        assert str(trend.query_one("#trend-to").render()) == "2023-06"
        assert line.region.height == 1 and line.region.y < app.screen.pane.table.region.y

        await type_query(pilot, "ferry")  # one undated article: nothing to compare
        assert not trend.display
        await type_query(pilot, "lantern")
        assert trend.display
        await type_query(pilot, "")
        assert not trend.display


@sync
async def test_sparkline_waits_for_typing_to_pause(lanterns, monkeypatch):
    """Counting every match never runs while keys are still arriving."""
    corpus, index = lanterns
    asked = []
    real = Library.date_counts

    def counting(self, text, *args, **kwargs):
        asked.append(text)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Library, "date_counts", counting)
    app = make_app([corpus], index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for key in "lantern":
            await pilot.press(key)
            await pilot.pause(0.05)
        await settle(pilot)
        assert asked == ["lantern"]


async def open_any_article(pilot) -> None:
    await settle(pilot)
    screen = pilot.app.screen
    screen.open_article(screen.results.hits[0].id)
    await settle(pilot)


@sync
async def test_first_search_asks_for_a_screenful(lanterns, monkeypatch):
    corpus, index = lanterns
    limits = []
    real = Library.search

    def spy(self, text, limit=50, *args, **kwargs):
        if text:  # not the newest-first list shown before any query
            limits.append(limit)
        return real(self, text, limit, *args, **kwargs)

    monkeypatch.setattr(Library, "search", spy)
    app = make_app([corpus], index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)  # the start-up check for changed files is done
        await open_any_article(pilot)  # the list at its reading height: a screenful is under a page
        await type_query(pilot, "lantern")
        screen = app.screen
        assert limits == [main_screen.PAGE]
        first_page = len(screen.results.hits)
        # Copies are folded into their original's row, so a page may show a few rows fewer.
        assert screen.pane.table.row_count == first_page > main_screen.PAGE // 2
        assert screen.results.total == 60
        assert screen.pane.trend.display  # the sparkline counts every match, not only the page

        await pilot.press("down")  # into the results
        await pilot.press("G")  # the last row shown: the next rows are fetched
        await settle(pilot)
        assert limits == [main_screen.PAGE, 2 * main_screen.PAGE]
        table = screen.pane.table
        assert table.row_count == len(screen.results.hits) > first_page
        assert table.cursor_row == first_page - 1  # where the user was, not the new end
        ids = [h.id for h in screen.results.hits]
        assert len(set(ids)) == len(ids)

        await pilot.press("G")
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        assert limits[-1] >= 60 and table.row_count == len(screen.results.hits)
        folded = sum(len(h.copies) for h in screen.results.hits)
        assert table.row_count + folded == 60
        asked = len(limits)
        await pilot.press("G")
        await settle(pilot)
        assert len(limits) == asked  # everything is shown: nothing more to ask for


@sync
async def test_scrolling_near_the_end_fetches_more(lanterns, monkeypatch):
    corpus, index = lanterns
    app = make_app([corpus], index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_any_article(pilot)
        await type_query(pilot, "lantern")
        table = app.screen.pane.table
        first_page = table.row_count
        table.scroll_end(animate=False, immediate=True)
        await settle(pilot)
        assert table.row_count > first_page
        assert table.cursor_row == 0


@sync
async def test_a_newer_key_abandons_an_older_search(lanterns, monkeypatch):
    """A slow answer for an old query never reaches the screen once the user typed on."""
    corpus, index = lanterns
    release = threading.Event()
    real = Library.search

    started = threading.Event()

    def slow_for_ferry(self, text, *args, **kwargs):
        if text == "ferry":
            started.set()
            release.wait(5)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Library, "search", slow_for_ferry)
    app = make_app([corpus], index, history=None, saved=None)
    painted = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        pane = screen.pane
        real_show = pane.watch_results
        pane.watch_results = lambda: (painted.append(pane.results and pane.results.query), real_show())
        screen.pane.input.value = "ferry"
        await wait_until(pilot, started.is_set)
        screen.pane.input.value = "lantern"
        await wait_until(pilot, lambda: screen.query_text == "lantern")
        release.set()
        await settle(pilot)
        assert "ferry" not in painted and painted[-1] == "lantern"
        assert screen.results.query == "lantern" and screen.pane.table.row_count == len(screen.results.hits)


@sync
async def test_the_same_answer_again_keeps_the_rows_painted(lanterns):
    """A key that leaves the answer as it was (a trailing space) rebuilds nothing; once the user
    has moved in the list, the new answer still starts them at the top, as any other does."""
    corpus, index = lanterns
    app = make_app([corpus], index, history=None, saved=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "lantern")
        screen = app.screen
        table = screen.pane.table
        first = table.get_row_at(0)[0]
        await type_query(pilot, "lantern ")
        assert screen.results.query == "lantern "
        assert table.get_row_at(0)[0] is first, "the same rows were built again"

        screen.pane.focus_results()
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        screen.pane.focus_query()
        await type_query(pilot, "lantern")
        assert table.cursor_row == 0 and table.get_row_at(0)[0] is not first
        assert str(table.get_row_at(0)[0]) == str(first)
