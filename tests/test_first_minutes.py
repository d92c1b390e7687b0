"""A new user's first minutes: their own folder, an 80×24 window, the keys they try first."""

from __future__ import annotations

import re
import threading

import pytest

from search.engine import index as engine_index
from search.library import Library
from search.tools.synthetic import write
from tests.conftest import SEEDS, settle, status, sync, type_query, wait_until
from tui.app import make_app
from tui.help import HelpScreen

pytestmark = pytest.mark.usefixtures("app_env")
SIZE = (80, 24)


@sync
async def test_the_app_indexes_a_folder_too_big_for_one_process(app_env, monkeypatch):
    """From 64 new files extraction runs in worker processes, started from inside the app,
    where stderr is the app's and has no file descriptor of its own."""
    corpus = app_env / "mine"
    files = write(corpus, engine_index.PARALLEL_FROM + 6)
    monkeypatch.setattr(engine_index, "default_workers", lambda: 2)  # parallel on any machine
    app = make_app([corpus], app_env / "index", history=None, saved=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_until(pilot, lambda: screen.article_count == len(files) and not screen.indexing)
        await settle(pilot)
        assert status(app) == f"Type to search {len(files)} articles · newest first"
        assert not screen.errors


@sync
async def test_r_reads_a_folder_that_grew_by_many_files(app_env, monkeypatch):
    corpus = app_env / "mine"
    write(corpus, 3)
    monkeypatch.setattr(engine_index, "default_workers", lambda: 2)
    app = make_app([corpus], app_env / "index", history=None, saved=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_until(pilot, lambda: screen.article_count == 3 and not screen.indexing)
        write(corpus, engine_index.PARALLEL_FROM, start=3)
        screen.pane.table.focus()
        await pilot.press("r")
        total = 3 + engine_index.PARALLEL_FROM
        await wait_until(pilot, lambda: screen.article_count == total and not screen.indexing)
        await settle(pilot)
        assert status(app).startswith(f"Type to search {total} articles")
        assert not screen.errors


@sync
async def test_a_search_is_answered_while_the_first_index_is_built(app_env, monkeypatch):
    """Progress shows as "Indexing N articles… done/N", and a query finds what is indexed so far."""
    corpus = app_env / "mine"
    files = write(corpus, 10)
    half = threading.Event()
    release = threading.Event()
    monkeypatch.setattr(engine_index, "FIRST_COMMIT_SECONDS", 0.0)  # commit after every file
    real_update = Library.update

    def paused_update(self, progress=None, **kw):
        def gated(done, total):
            progress(done, total)
            if done == 5:
                half.set()
                release.wait(30)
        return real_update(self, progress=gated, **kw)

    monkeypatch.setattr(Library, "update", paused_update)
    app = make_app([corpus], app_env / "index", history=None, saved=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await wait_until(pilot, lambda: half.is_set() and screen.article_count > 0)
        await pilot.pause()
        assert re.match(r"Indexing 10 articles… [1-5]/10 · [1-5] searchable", status(app)), status(app)
        screen.pane.input.value = "said"  # not type_query: it waits for every worker, indexing too
        await wait_until(pilot, lambda: screen.results is not None and screen.results.query == "said")
        assert 0 < screen.results.total <= 5
        assert re.search(r"indexing [1-5]/10", status(app)), status(app)
        release.set()
        await wait_until(pilot, lambda: not screen.indexing)
        await settle(pilot)
        assert screen.results.total == len(files)  # the search is run again on the whole corpus


@sync
async def test_question_mark_in_an_empty_box_opens_help(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.focused is app.screen.pane.input
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        # With words typed, "?" is the one-letter wildcard it always was.
        await pilot.press("e", "d", "d", "i", "question_mark")
        await pilot.pause()
        assert app.screen.pane.input.value == "eddi?"


@sync
async def test_the_footer_shows_how_to_quit_wherever_focus_is(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "quinn")

        def footer_starts_with_quit() -> bool:
            keys = list(app.screen.query("FooterKey"))
            return bool(keys) and keys[0].action == "quit" and keys[0].key == "ctrl+q"

        await pilot.pause()
        assert footer_starts_with_quit()
        await pilot.press("enter")  # into the reader
        await settle(pilot)
        assert app.focused is app.screen.reader.text_area
        assert footer_starts_with_quit()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


@sync
async def test_escape_in_an_empty_box_moves_into_the_list(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is screen.pane.table  # where q, ? and the other single keys are commands
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is screen.pane.input


@sync
async def test_tab_back_into_the_box_keeps_the_query(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "quinn")
        await pilot.press("enter")
        await settle(pilot)
        box = app.screen.pane.input
        while app.focused is not box:
            await pilot.press("tab")
        assert box.selection.is_empty
        await pilot.press("s")
        assert box.value == "quinns"


@sync
async def test_an_empty_query_lists_the_corpus_newest_first(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.pane.table.row_count == len(screen.results.hits) >= 2
        dates = [h.date for h in screen.results.hits]
        assert dates[0] is not None and dates[-1] is None  # dated first, the undated after


# -- the library's part ------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    lib = Library([SEEDS], tmp_path_factory.mktemp("seeds") / "index")
    lib.update()
    yield lib
    lib.close()


def test_character_expansion_keeps_the_rest_of_the_query(seeds):
    assert seeds.search("character:Eddie").hits
    assert not seeds.search("foo character:Eddie").hits
    both = seeds.search("writers character:Eddie").hits
    assert both and all("writers" in seeds.article(h.id).article.text.lower() for h in both)


def test_an_unset_date_is_no_date(seeds):
    from search.engine.shapes import date_text as _date

    # What the date column reads back for an article without one (it was "429496-72-95").
    assert _date(2**32 - 1) is None and _date(0) is None
    assert _date(20220706) == "2022-07-06"
    dates = [h.date for h in seeds.search("eddie", collapse=False).hits]
    assert None in dates and all(d is None or re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)


def test_a_stopword_is_never_the_suggestion(seeds):
    suggestion = seeds.suggest("foo character:Eddie", 0)
    assert suggestion is None or "for" not in suggestion.split()


def test_sorting_by_date_puts_undated_articles_last(seeds):
    dates = [h.date for h in seeds.search("quinn OR duffer", sort="date", collapse=False).hits]
    assert None in dates and dates[0] is not None
    assert all(d is None for d in dates[dates.index(None):])
