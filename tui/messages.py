"""Every message the panes post up to the main screen, in one place to read.

Each is defined on the widget that posts it (``SearchPane.ResultChosen``…), as Textual expects;
the screen handles them with ``@on`` and pushes state back down with plain method calls.
"""

from __future__ import annotations

from .widgets.quote_sidebar import QuoteSidebar
from .widgets.reader import FindInput, Reader
from .widgets.search_pane import SearchInput, SearchPane

QueryChanged = SearchPane.QueryChanged  # the search box text changed (debounced on the screen)
ResultChosen = SearchPane.ResultChosen  # open an article, at a quote's offset for quote rows
StepDown = SearchInput.StepDown  # Down in the search box, past the history
HistoryStep = SearchInput.HistoryStep  # Up in the search box
QuoteChosen = QuoteSidebar.QuoteChosen  # the user chose a quote in the sidebar
ReaderMoved = Reader.Moved  # the reader's cursor moved; the sidebar follows
OriginalRequested = Reader.OriginalRequested  # jump from a copy to its original
FindClosed = FindInput.Closed  # Esc in the find bar

__all__ = ["FindClosed", "HistoryStep", "OriginalRequested", "QueryChanged", "QuoteChosen", "ReaderMoved",
           "ResultChosen", "StepDown"]
