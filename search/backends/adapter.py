"""A cluster backend behind the ``search.facade.Facade``, so the app and the CLI take either.

The only difference from a Backend is ``update``: the facade's ``update(progress, max_bytes)``
re-reads the corpus it was opened on. Opened on no paths, it serves the cluster as it stands
(another process maintains it), as ``Library(index_dir=…)`` does for a Whoosh index. A cluster
that stops answering mid-session is a message in the status line, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from search.backends import Backend, BackendUnavailable, open_backend
from search.model import ArticleView, Hit, Results, UpdateReport

T = TypeVar("T")


class BackendLibrary:
    def __init__(self, backend: Backend | str, paths: list[Path] | None = None):
        self.backend = open_backend(backend) if isinstance(backend, str) else backend
        self.paths = [Path(p) for p in paths] if paths else []
        self.index_dir: Path | None = None

    def _read(self, call: Callable[[], T], fallback: Callable[[BackendUnavailable], T]) -> T:
        try:
            return call()
        except BackendUnavailable as e:
            return fallback(e)

    def update(self, progress=None, max_bytes: int | None = None) -> UpdateReport:
        if not self.paths:
            count = self.backend.count()
            if progress:
                progress(count, count)
            return UpdateReport(total=count)
        return self.backend.index_paths(self.paths, progress, max_bytes)

    def is_indexed(self) -> bool:
        return self._read(self.backend.is_indexed, lambda e: False)

    def count(self) -> int:
        return self._read(self.backend.count, lambda e: 0)

    def search(self, text: str, limit: int = 50, sort: str = "relevance", collapse: bool = True,
               suggest: bool = True) -> Results:
        return self._read(lambda: self.backend.search(text, limit, sort, collapse, suggest),
                          lambda e: Results(text, [], 0, 0.0, str(e)))

    def suggest(self, text: str, hits: int) -> str | None:
        return self._read(lambda: self.backend.suggest(text, hits), lambda e: None)

    def search_quotes(self, text: str, limit: int = 50) -> Results:
        return self._read(lambda: self.backend.search_quotes(text, limit), lambda e: Results(text, [], 0, 0.0, str(e)))

    def article(self, article_id: str, text: str = "") -> ArticleView | None:
        return self._read(lambda: self.backend.article(article_id, text), lambda e: None)

    def copies_of(self, article_id: str) -> list[tuple[str, str]]:
        return self._read(lambda: self.backend.copies_of(article_id), lambda e: [])

    def related(self, article_id: str, limit: int = 10) -> list[Hit]:
        return self._read(lambda: self.backend.related(article_id, limit), lambda e: [])

    def date_counts(self, text: str) -> dict[str, int]:
        return self._read(lambda: self.backend.date_counts(text), lambda e: {})

    def names(self) -> list[str]:
        return self._read(self.backend.names, lambda e: [])

    def people(self) -> dict[str, dict]:
        return self._read(self.backend.people, lambda e: {})

    def cast(self) -> list[dict]:
        return self._read(self.backend.cast, lambda e: [])

    def stats(self) -> dict:
        return self._read(self.backend.stats, lambda e: {})

    def close(self) -> None:
        self._read(self.backend.close, lambda e: None)
