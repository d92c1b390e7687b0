"""A backend in the shape of ``search.library.Library``, so the app and the CLI take either.

The only difference from a Backend is ``update``: the facade's ``update(progress, max_bytes)``
re-reads the corpus it was opened on. Opened on no paths, it serves the cluster as it stands
(another process maintains it), as ``Library(index_dir=…)`` does for a Whoosh index.
"""

from __future__ import annotations

from pathlib import Path

from . import Backend, open_backend


class BackendLibrary:
    def __init__(self, backend: Backend | str, paths: list[Path] | None = None):
        self.backend = open_backend(backend) if isinstance(backend, str) else backend
        self.paths = [Path(p) for p in paths] if paths else []
        self.index_dir = None

    def update(self, progress=None, max_bytes: int | None = None):
        from ..index import UpdateReport

        if not self.paths:
            count = self.backend.count()
            if progress:
                progress(count, count)
            return UpdateReport(total=count)
        return self.backend.index_paths(self.paths, progress, max_bytes)

    def __getattr__(self, name: str):
        # Every read (search, article, people, stats…) has the same signature on both.
        if name in _READS:
            return getattr(self.backend, name)
        raise AttributeError(name)


_READS = frozenset({"is_indexed", "count", "search", "search_quotes", "article", "copies_of", "related",
                    "people", "cast", "stats", "close"})
