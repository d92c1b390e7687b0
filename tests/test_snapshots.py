"""Snapshots of the main states at 100×30 (after a deliberate change: ``pytest --snapshot-update``)."""

from __future__ import annotations

import pytest

from search.library import Library
from tests.conftest import SEEDS
from tests.test_app import settle
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


async def _settled(pilot) -> None:
    await settle(pilot)


def test_empty_state(snap_compare, seeds_index, steady_search):
    """Ready to search: the prompt names how many articles there are."""
    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=_settled)


def test_results(snap_compare, seeds_index, steady_search):
    """Results for a keyword: titles, dates, lit snippets, copies folded, status line."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*"eddie")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)


def test_reader_and_quotes(snap_compare, seeds_index, steady_search):
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


def test_no_match(snap_compare, seeds_index, steady_search):
    """A query that finds nothing says so in words."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*"xyzzy")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)


def test_people_view(snap_compare, seeds_index, steady_search):
    """The people view: everyone with counts, filtered as you type."""
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("tab", "p")
        await settle(pilot)

    assert snap_compare(make_app([SEEDS], seeds_index), terminal_size=SIZE, run_before=run_before)
