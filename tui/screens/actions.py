"""What the main screen's side commands do: copy, export, people, saved searches, dates, suggestions.

Plain functions of the screen, so the screen module keeps to state and the search → read →
quote path: each reads the screen's state (``library``, ``results``, ``view``…), sets it or
asks a pane through its methods, and tells the user through the screen's notifications.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text

from search.ingest.sanitize import inert

from ..widgets.quote_sidebar import entries_for
from ..widgets.text import one_line, plain

if TYPE_CHECKING:
    from .main import MainScreen

ALL_RESULTS = 1000  # what export and saved searches take, where the list on screen fetches a page


def copy_quote(screen: MainScreen) -> None:
    quote = screen.chosen_quote
    if quote is None:
        screen.notify("Open an article and choose a quote first", timeout=3)
        return
    text = screen.citation(quote)
    screen.app.copy_to_clipboard(text)
    screen.notify(inert(text), title="Copied to the clipboard", timeout=4, markup=False)


def copy_link(screen: MainScreen) -> None:
    """The open article's URL, or else its file: something to paste into a message or a shell."""
    if screen.view is None:
        screen.notify("Open an article first", timeout=3)
        return
    a = screen.view.article
    link = a.url or a.source or a.id
    screen.app.copy_to_clipboard(link)
    screen.notify(inert(link), title="Copied to the clipboard", timeout=4, markup=False)


def more_like_this(screen: MainScreen) -> None:
    if screen.library is None:
        screen.notify("Opening the index…", timeout=2)
        return
    article_id = screen.view.article.id if screen.view else screen.pane.highlighted_id
    if not article_id:
        screen.notify("Open or highlight an article first", timeout=3)
        return
    screen.run_worker(partial(_related, screen, article_id), exclusive=True, group="search", exit_on_error=False)


async def _related(screen: MainScreen, article_id: str) -> None:
    hits = await asyncio.to_thread(screen.library.related, article_id)
    title = screen.view.article.title if screen.view and screen.view.article.id == article_id else article_id
    screen.pane.results = hits
    status = Text(f"{len(hits)} like ‘") + plain(one_line(title)[:60]) + Text("’ · Esc or type to search")
    screen.pane.status = status
    if hits:
        screen.pane.focus_results()


def people(screen: MainScreen) -> None:
    if screen.library is None:
        screen.notify("Opening the index…", timeout=2)
        return
    from .people import PeopleScreen

    def chosen(name: str | None) -> None:
        if name:
            screen.pane.set_query(f'person:"{name}"')
            screen.pane.remember()
            screen.searcher.search(screen.pane.query_text, immediate=True)

    screen.app.push_screen(PeopleScreen(screen.library), chosen)


def export(screen: MainScreen) -> None:
    """From the reader or sidebar: the open article's quotes; elsewhere: the results."""
    from .export import ExportScreen

    reading = screen.view is not None and (screen.reader.has_focus_within or screen.sidebar.has_focus_within)
    hits = screen.results.hits if screen.results else []
    if not reading and not hits:
        screen.notify("Nothing to export: search, or open an article", timeout=3)
        return
    total = screen.results.total if screen.results and not screen.results.quotes else len(hits)
    what = "the quotes of this article" if reading else f"{min(total, ALL_RESULTS)} results"

    def chosen(fmt: str | None) -> None:
        if fmt:
            screen.run_worker(partial(_export, screen, fmt, reading), group="export", exit_on_error=False)

    screen.app.push_screen(ExportScreen(what), chosen)


async def _export(screen: MainScreen, fmt: str, reading: bool) -> None:
    from search.export import export_hits, export_quotes, write_export

    if reading and screen.view is not None:
        ex = screen.view.extraction
        # The quotes the sidebar lists: a quote repeated word for word is one entry there.
        quotes = [entry.quote for entry in entries_for(ex.quotes, ex.cast, ex.drift)]
        text = export_quotes(screen.view.article, quotes, fmt)
        stem = "byline-quotes"
    else:
        text = export_hits(await _all_hits(screen), fmt, screen.query_text)
        stem = "byline-results"
    try:
        path = await asyncio.to_thread(write_export, text, fmt, screen.export_dir, stem)
    except OSError as error:
        screen.notify(str(error), title="Export failed", severity="error", markup=False)
        return
    screen.notify(str(path), title="Exported", timeout=6, markup=False)


async def _all_hits(screen: MainScreen) -> list:
    """Every result, not only the screenful the list has fetched so far."""
    results = screen.results
    if results is None:
        return []
    if results.total > len(results.hits) and not results.quotes:
        results = await asyncio.to_thread(screen.library.search, results.query, ALL_RESULTS, screen.sort,
                                          screen.collapse)
    return results.hits


def save_search(screen: MainScreen) -> None:
    from .saved import SaveSearchScreen

    if screen.saved is None or not screen.query_text.strip() or screen.results is None:
        screen.notify("Search for something first", timeout=3)
        return
    results = screen.results

    async def save(name: str) -> None:
        everything = await asyncio.to_thread(screen.library.search, results.query, ALL_RESULTS, "relevance",
                                             False)
        screen.saved.save(name, results.query, everything.total, [h.id for h in everything.hits])
        screen.notify(f"Saved as ‘{name}’ · Ctrl+O lists saved searches", timeout=4, markup=False)

    def named(name: str | None) -> None:
        if name:
            screen.run_worker(partial(save, name), group="save", exit_on_error=False)

    screen.app.push_screen(SaveSearchScreen(screen.query_text), named)


def saved_searches(screen: MainScreen) -> None:
    if screen.library is None:
        screen.notify("Opening the index…", timeout=2)
        return
    from .saved import SavedSearchesScreen

    if screen.saved is None:
        return

    def chosen(name: str | None) -> None:
        item = screen.saved.get(name) if name else None
        if item:
            screen.watching = item.name
            screen.pane.set_query(item.query)
            screen.searcher.search(item.query, immediate=True)

    screen.app.push_screen(SavedSearchesScreen(screen.saved, screen.library), chosen)


def date_filter(screen: MainScreen) -> None:
    from .dates import DateFilterScreen, with_dates

    def chosen(term: str | None) -> None:
        if term is None:
            return
        screen.pane.set_query(with_dates(screen.pane.query_text, term or None))

    screen.app.push_screen(DateFilterScreen(), chosen)


def use_suggestion(screen: MainScreen) -> None:
    if screen.results and screen.results.suggestion:
        screen.pane.set_query(screen.results.suggestion, focus=False)


def show_skipped(screen: MainScreen) -> None:
    from .skipped import SkippedScreen

    screen.app.push_screen(SkippedScreen(screen.skipped))


def reindex(screen: MainScreen) -> None:
    screen.notify("Looking for changed files…", timeout=2)
    screen.indexer.start()
