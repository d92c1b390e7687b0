"""The browser's side features under Pilot: copy, copies, hostile text, skips, people, palette."""

from __future__ import annotations

import threading

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable

from search.library import Library
from tests.conftest import SEEDS, SIZE, cells, open_article_with_quotes, settle, status, sync, type_query, wait_until
from tui.app import make_app
from tui.screens.main import MainScreen

pytestmark = pytest.mark.usefixtures("app_env")


@sync
async def test_copy_quote_with_citation(seeds_index, monkeypatch):
    app = make_app([SEEDS], seeds_index)
    copied = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "spores")
        await pilot.press("tab", "down")
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        quote = screen.view.extraction.quotes[screen.quote_index]
        article = screen.view.article
        who = quote.speaker or "unattributed"
        assert copied == [f"“{' '.join(quote.text.split())}” — {who}, {article.title} ({article.date})"]
        await pilot.pause(0.1)  # the toast is painted: it must show the citation, not crash the app
        assert app.is_running and app._exception is None
        assert [n.message for n in app._notifications] == copied


@sync
async def test_copy_header_and_jump_to_original(seeds_index):
    lib = Library([SEEDS], seeds_index)
    copies = [(h.id, h.copy_of) for h in lib.search("Eddie", collapse=False).hits if h.copy_of]
    lib.close()
    if not copies:
        pytest.skip("copy detection links no seed yet")
    copy_id, original_id = copies[0]
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await type_query(pilot, "Eddie")
        assert cells(screen.pane.table)[0].startswith("+1 ")  # one copy folded into the row
        screen.open_article(copy_id, focus=True)
        await settle(pilot)
        header = str(screen.reader.query_one("#reader-header").render())
        assert "Copy of ‘" in header
        assert f"Why: {screen.view.extraction.copy_kind};" in header
        drift = screen.view.extraction.drift
        if drift:
            assert f"{len(drift)} quote" in header
        await pilot.press("o")
        await settle(pilot)
        assert screen.view.article.id == original_id


@sync
async def test_hostile_article_is_shown_literally(markup_corpus, app_env):
    app = make_app([markup_corpus], app_env / "hostile-index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_query(pilot, "passwd")
        screen = app.screen
        rows = cells(screen.pane.table)
        assert len(rows) == 1 and "[bold red]WIN[/]" in rows[0]
        await pilot.press("enter")
        await settle(pilot)
        header = str(screen.reader.query_one("#reader-header").render())
        assert "[bold red]WIN[/] a Walk-On Role" in header
        text = screen.reader.text_area.text
        for literal in ("[link=file:///etc/passwd]click[/link]", ":warning:", "[blink]URGENT[/blink]"):
            assert literal in text
        assert "\x1b" not in text and "\x07" not in text and "\r" not in text
        assert "␛[2J" in text
        sidebar_text = "\n".join(cells(screen.sidebar.table))
        assert "[/link]" in sidebar_text
        screenshot = app.export_screenshot()
        assert "\x1b" not in screenshot
        assert "[bold&#160;red]WIN[/]" in screenshot or "[bold red]WIN[/]" in screenshot


@sync
async def test_skipped_files_are_reported_once_and_listed(app_env):
    corpus = app_env / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "story.txt").write_text("A Headline\n\nSome words about a show.\n", encoding="utf-8")
    notes = []
    app = make_app([corpus], app_env / "skip-index")
    real_notify = app.notify

    def notify(message, **kw):
        notes.append(str(message))
        return real_notify(message, **kw)

    app.notify = notify
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert sum("Skipped empty.txt" in n for n in notes) == 1
        assert "1 skipped" in status(app)
        await type_query(pilot, "show")
        await pilot.press("r")  # re-index: the same skip is not announced again
        await settle(pilot)
        assert sum("Skipped empty.txt" in n for n in notes) == 1
        await pilot.press("tab", "exclamation_mark")
        await pilot.pause()
        table = app.screen.query_one("#skipped-table", DataTable)
        assert "empty.txt" in cells(table)[0] and "empty" in cells(table)[0].split(" ", 1)[1]
        await pilot.press("escape")
        assert app.screen is screen


@sync
async def test_people_view_filters_and_searches(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        people = app.library.people()
        name = next(n for n in people if "Quinn" in n)
        await pilot.press("tab", "p")
        await settle(pilot)
        table = app.screen.query_one("#people-table", DataTable)
        assert table.row_count == len(people)
        await pilot.press(*"quinn")
        assert cells(table)[0].startswith(name)
        assert table.row_count == sum("quinn" in n.lower() for n in people)
        await pilot.press("enter")
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.pane.input.value == f'person:"{name}"'
        assert main.results is not None and main.results.hits


@sync
async def test_more_like_this_lists_related(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article_with_quotes(pilot, "Eddie")
        await pilot.press("m")
        await settle(pilot)
        related = app.library.related(screen.view.article.id)
        assert screen.pane.row_count == len(related) >= 1
        assert "like ‘" in status(app)


@sync
async def test_quiet_terminal_defaults(seeds_index):
    """No animation and no blinking cursor: an idle screen writes nothing to the terminal."""
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.animation_level == "none"
        assert app.screen.pane.input.cursor_blink is False
        await pilot.press("tab", "tab")
        assert app.screen.reader.text_area.cursor_blink is False


@sync
async def test_every_binding_is_a_palette_command(seeds_index):
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.focused is app.screen.pane.input  # where a typed "p" is text, not a command
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for wanted in ("Search", "People", "More like this", "Copy quote", "Help", "Skipped files", "Order",
                       "Next match", "Find in article", "Export", "Filter by date", "Saved searches"):
            assert wanted in titles
        assert "Cursor down" not in titles  # movement is for keys, not the palette
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"people")
        await wait_until(pilot, lambda: "People" in str(app.screen.query_one(CommandList).get_option_at_index(0).prompt)
                         if app.screen.query_one(CommandList).option_count else False)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query("#people-table")


@sync
async def test_search_runs_off_the_ui_thread(seeds_index, monkeypatch):
    """A slow search never freezes typing: keys land while the Library call is still running."""
    real = Library.search
    ui_thread = threading.get_ident()
    threads = []

    def slow(self, *a, **kw):
        threads.append(threading.get_ident())
        import time

        time.sleep(0.25)
        return real(self, *a, **kw)

    monkeypatch.setattr(Library, "search", slow)
    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(threads)
        await pilot.press(*"eddie")
        await wait_until(pilot, lambda: len(threads) > before)  # the search is sleeping in its thread
        await pilot.press(*" quinn")
        assert app.screen.pane.input.value == "eddie quinn"
        await settle(pilot)
        assert threads and ui_thread not in threads
