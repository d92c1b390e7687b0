"""The main screen's side commands: copy, export, people, saved searches, dates, sorting.

A mixin so the screen module keeps to state and the search → read → quote path; these methods
use the screen's state (``library``, ``results``, ``view``, ``pane``…) and its notifications.
"""

from __future__ import annotations

import asyncio
from functools import partial

from rich.text import Text

from search.ingest.sanitize import inert

from ..widgets.quote_sidebar import entries_for
from ..widgets.text import one_line, plain

ALL_RESULTS = 1000  # what export and saved searches take, where the list on screen fetches a page


class Commands:
    def action_copy_quote(self) -> None:
        quote = self.chosen_quote
        if quote is None:
            self.notify("Open an article and choose a quote first", timeout=3)
            return
        text = self.citation(quote)
        self.app.copy_to_clipboard(text)
        self.notify(inert(text), title="Copied to the clipboard", timeout=4, markup=False)

    def action_copy_link(self) -> None:
        """The open article's URL, or else its file: something to paste into a message or a shell."""
        if self.view is None:
            self.notify("Open an article first", timeout=3)
            return
        a = self.view.article
        link = a.url or a.source or a.id
        self.app.copy_to_clipboard(link)
        self.notify(inert(link), title="Copied to the clipboard", timeout=4, markup=False)

    def action_more_like_this(self) -> None:
        if self.library is None:
            self.notify("Opening the index…", timeout=2)
            return
        article_id = self.view.article.id if self.view else self.pane.highlighted_id
        if not article_id:
            self.notify("Open or highlight an article first", timeout=3)
            return
        self.run_worker(partial(self._related, article_id), exclusive=True, group="search", exit_on_error=False)

    async def _related(self, article_id: str) -> None:
        hits = await asyncio.to_thread(self.library.related, article_id)
        title = self.view.article.title if self.view and self.view.article.id == article_id else article_id
        self.pane.show_hits(hits)
        status = Text(f"{len(hits)} like ‘") + plain(one_line(title)[:60]) + Text("’ · Esc or type to search")
        self.pane.set_status(status)
        if hits:
            self.pane.focus_results()

    def action_people(self) -> None:
        if self.library is None:
            self.notify("Opening the index…", timeout=2)
            return
        from .people import PeopleScreen

        def chosen(name: str | None) -> None:
            if name:
                self.pane.set_query(f'person:"{name}"')
                self.pane.remember()
                self._search(self.pane.query_text, immediate=True)

        self.app.push_screen(PeopleScreen(self.library), chosen)

    def action_export(self) -> None:
        """From the reader or sidebar: the open article's quotes; elsewhere: the results."""
        from .export import ExportScreen

        reading = self.view is not None and (self.reader.has_focus_within or self.sidebar.has_focus_within)
        hits = self.results.hits if self.results else []
        if not reading and not hits:
            self.notify("Nothing to export: search, or open an article", timeout=3)
            return
        total = self.results.total if self.results and not self.results.quotes else len(hits)
        what = "the quotes of this article" if reading else f"{min(total, ALL_RESULTS)} results"

        def chosen(fmt: str | None) -> None:
            if fmt:
                self.run_worker(partial(self._export, fmt, reading), group="export", exit_on_error=False)

        self.app.push_screen(ExportScreen(what), chosen)

    async def _export(self, fmt: str, reading: bool) -> None:
        from search.export import export_hits, export_quotes, write_export

        if reading and self.view is not None:
            ex = self.view.extraction
            # The quotes the sidebar lists: a quote repeated word for word is one entry there.
            quotes = [entry.quote for entry in entries_for(ex.quotes, ex.cast, ex.drift)]
            text = export_quotes(self.view.article, quotes, fmt)
            stem = "byline-quotes"
        else:
            text = export_hits(await self._all_hits(), fmt, self.query_text)
            stem = "byline-results"
        try:
            path = await asyncio.to_thread(write_export, text, fmt, self.export_dir, stem)
        except OSError as error:
            self.notify(str(error), title="Export failed", severity="error", markup=False)
            return
        self.notify(str(path), title="Exported", timeout=6, markup=False)

    async def _all_hits(self) -> list:
        """Every result, not only the screenful the list has fetched so far."""
        results = self.results
        if results is None:
            return []
        if results.total > len(results.hits) and not results.quotes:
            results = await asyncio.to_thread(self.library.search, results.query, ALL_RESULTS, self.sort,
                                              self.collapse)
        return results.hits

    def action_save_search(self) -> None:
        from .saved import SaveSearchScreen

        if self.saved is None or not self.query_text.strip() or self.results is None:
            self.notify("Search for something first", timeout=3)
            return
        results = self.results

        async def save(name: str) -> None:
            everything = await asyncio.to_thread(self.library.search, results.query, ALL_RESULTS, "relevance",
                                                 False)
            self.saved.save(name, results.query, everything.total, [h.id for h in everything.hits])
            self.notify(f"Saved as ‘{name}’ · Ctrl+O lists saved searches", timeout=4, markup=False)

        def named(name: str | None) -> None:
            if name:
                self.run_worker(partial(save, name), group="save", exit_on_error=False)

        self.app.push_screen(SaveSearchScreen(self.query_text), named)

    def action_saved_searches(self) -> None:
        if self.library is None:
            self.notify("Opening the index…", timeout=2)
            return
        from .saved import SavedSearchesScreen

        if self.saved is None:
            return

        def chosen(name: str | None) -> None:
            item = self.saved.get(name) if name else None
            if item:
                self._watching = item.name
                self.pane.set_query(item.query)
                self._search(item.query, immediate=True)

        self.app.push_screen(SavedSearchesScreen(self.saved, self.library), chosen)

    def action_date_filter(self) -> None:
        from .dates import DateFilterScreen, with_dates

        def chosen(term: str | None) -> None:
            if term is None:
                return
            self.pane.set_query(with_dates(self.pane.query_text, term or None))

        self.app.push_screen(DateFilterScreen(), chosen)

    def action_use_suggestion(self) -> None:
        if self.results and self.results.suggestion:
            self.pane.set_query(self.results.suggestion, focus=False)

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self.notify(f"Sorted by {self.sort}", timeout=2)
        if self.query_text:
            self._search(self.query_text, immediate=True)

    def action_toggle_copies(self) -> None:
        self.collapse = not self.collapse
        self.notify("Copies folded under their original" if self.collapse else "Copies listed", timeout=2)
        if self.query_text:
            self._search(self.query_text, immediate=True)

    def action_show_skipped(self) -> None:
        from .skipped import SkippedScreen

        self.app.push_screen(SkippedScreen(self.skipped))

    def action_reindex(self) -> None:
        self.notify("Looking for changed files…", timeout=2)
        self.index_corpus()
