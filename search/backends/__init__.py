"""Search engines behind the library facade.

Whoosh (embedded, the default) is ``search.library.Library`` itself; ``sphinx://host:port[,…]``
opens a Sphinx or Manticore cluster over SphinxQL (``BackendLibrary`` puts it behind the
``search.facade.Facade``). Both answer with the same model objects,
so nothing above the facade knows which one it talks to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from search.facade import Answers
from search.model import Article, Extraction, UpdateReport

SCHEMES = ("sphinx", "manticore")


class BackendUnavailable(Exception):
    """The engine cannot be reached; the message says so in plain words, for the user."""


class Backend(Answers, Protocol):
    """An engine behind ``BackendLibrary``: it is given articles rather than reading files."""

    def index_paths(self, paths: list[Path], progress: Callable[[int, int], None] | None = None,
                    max_bytes: int | None = None) -> UpdateReport: ...
    def update(self, articles: list[Article], found: dict[str, Extraction],
               tables: dict | None = None) -> None: ...
    def delete(self, article_ids: list[str]) -> None: ...


def is_backend_url(text: str | None) -> bool:
    return bool(text) and text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def open_backend(url: str) -> Backend:
    """A backend for ``sphinx://host:port[,host:port…]``.

    Raises ``BackendUnavailable`` with a plain message when it cannot be reached.
    """
    if not is_backend_url(url):
        raise BackendUnavailable(f"not a backend address: {url!r} (expected sphinx://HOST:PORT)")
    from search.backends.sphinx.backend import SphinxBackend

    return SphinxBackend(url)
