"""Snapshots of the main states at 100×30, of the layouts at 60×20, 80×24 and 140×40, and of the ansi theme.

After a deliberate change: ``pytest --snapshot-update``.
"""

from __future__ import annotations

import re

import pytest

from search.library import Library
from search.model import SCARE, SPEECH, CastPair, Extraction, Quote
from tests.conftest import SEEDS, settle
from tui.app import make_app

SIZE = (100, 30)


@pytest.fixture
def steady_search(monkeypatch):
    """Search timings vary run to run; a snapshot shows a fixed one."""
    real = Library.search

    def search(self, *args, **kwargs):
        results = real(self, *args, **kwargs)
        results.elapsed_ms = 4.0
        return results

    monkeypatch.setattr(Library, "search", search)


def _quote(text: str, body: str, speaker: str | None, kind: str = SPEECH) -> Quote:
    start = body.index(text)
    return Quote(text, start, start + len(text), speaker, kind)


@pytest.fixture
def fixed_extraction(monkeypatch):
    """The snapshots show the UI, not today's extractor: quotes, cast and people are fixed here."""
    real = Library.article

    def article(self, article_id, text=""):
        view = real(self, article_id, text)
        if view is None:
            return None
        body = view.article.text
        found = [q for q in re.finditer(r"[\"“]([^\"”]{3,200})[\"”]", body)][:6]
        speakers = ["Matt Duffer", None, "Ross Duffer"]
        kinds = [SPEECH, SCARE, SPEECH]
        quotes = [_quote(m.group(1), body, speakers[n % 3], kinds[n % 3]) for n, m in enumerate(found)]
        view.extraction = Extraction(quotes=quotes, people=["Matt Duffer", "Ross Duffer"],
                                     cast=[CastPair("Eleven", "Millie Bobby Brown")])
        return view

    people = {"Matt Duffer": {"articles": ["a", "b"], "quotes": 4, "roles": []},
              "Millie Bobby Brown": {"articles": ["a"], "quotes": 0, "roles": ["Eleven"]},
              "Ross Duffer": {"articles": ["a"], "quotes": 1, "roles": []}}
    monkeypatch.setattr(Library, "article", article)
    monkeypatch.setattr(Library, "people", lambda self: people)


async def _settled(pilot) -> None:
    await settle(pilot)


def test_empty_state(snap_compare, seeds_index, steady_search, fixed_extraction):
    """Ready to search: the prompt names how many articles there are."""
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=_settled)


def test_results(snap_compare, seeds_index, steady_search, fixed_extraction):
    """Results for a keyword: titles, dates, lit snippets, copies folded, status line."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*"eddie")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)


def test_reader_and_quotes(snap_compare, seeds_index, steady_search, fixed_extraction):
    """An article open at its second match, with the quote sidebar beside it."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*"spores")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)


def test_no_match(snap_compare, seeds_index, steady_search, fixed_extraction):
    """A query that finds nothing says so in words."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*"xyzzy")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)


def test_people_view(snap_compare, seeds_index, steady_search, fixed_extraction):
    """The people view: everyone with counts, filtered as you type."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("tab", "p")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)


# -- the layouts at the sizes people's terminals have, and the terminal's own palette ----------

@pytest.fixture
def fixed_trend(monkeypatch):
    """Seeds are mostly undated; a fixed month count shows the sparkline as a dated corpus would."""
    counts = {"2021-11": 1, "2022-01": 3, "2022-02": 2, "2022-05": 6, "2022-07": 9, "2022-08": 4, "2022-10": 1}
    monkeypatch.setattr(Library, "date_counts", lambda self, text, *a, **kw: dict(counts))


def _typed(query: str, *then: str):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*query)
        await settle(pilot)
        for key in then:
            await pilot.press(key)
            await settle(pilot)
    return run_before


SNAP = pytest.mark.usefixtures("steady_search", "fixed_extraction", "fixed_trend")


@SNAP
def test_narrow_60x20_results(snap_compare, seeds_index):
    """One pane at a time: the results take the whole window, the sparkline beside the status."""
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=(60, 20), run_before=_typed("eddie"))


@SNAP
def test_narrow_60x20_reader(snap_compare, seeds_index):
    """One pane at a time: the open article takes the whole window."""
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=(60, 20),
                        run_before=_typed("spores", "enter", "n"))


@SNAP
def test_small_80x24_results(snap_compare, seeds_index):
    """80×24: search above the reader, the quote pane folded behind a key."""
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=(80, 24), run_before=_typed("eddie"))


@SNAP
def test_small_80x24_reader(snap_compare, seeds_index):
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=(80, 24),
                        run_before=_typed("spores", "enter", "n"))


@SNAP
def test_wide_140x40_reader_and_quotes(snap_compare, seeds_index):
    """Three panes: results with their sparkline, the article, its quotes."""
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=(140, 40),
                        run_before=_typed("stranger", "enter", "n"))


@SNAP
def test_ansi_theme_80x24(snap_compare, seeds_index):
    """The terminal's own palette (``--ansi``, ``NO_COLOR``): results and an open article."""
    app = make_app([SEEDS], seeds_index, ansi=True, theme="ansi-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_typed("spores", "down"))
