"""Hostile queries in the browser: a pasted blob, bytes that are not text, cast wildcards."""

from __future__ import annotations

import pytest
from textual import events

from search.query.parser import MAX_QUERY
from tests.conftest import SEEDS
from tests.test_app import SIZE, settle, status, sync, type_query
from tui.app import make_app

pytestmark = pytest.mark.usefixtures("app_env")


@sync
async def test_a_pasted_blob_is_answered_and_cut(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        blob = "eddie " + "x" * 20_000
        app.screen.pane.input.post_message(events.Paste(blob))
        await settle(pilot)
        assert app.screen.pane.input.value == blob
        assert app.screen.results is not None and app.screen.results.query == blob
        assert f"Query cut to its first {MAX_QUERY} characters" in status(app)


@sync
async def test_queries_that_crashed_the_search_show_results_or_a_notice(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        for text in ("character:*", "actor:[a TO z]", "actor:{a TO}", "caf\udce9", "eddie\ud800", "\x00\x1b[2J"):
            await type_query(pilot, text)
            assert app.screen.results is not None and app.screen.results.query == text
        await type_query(pilot, "character:*")
        assert app.screen.results.hits
