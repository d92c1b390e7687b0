"""A backend in the shape of ``search.library.Library``, so the app and the CLI take either.

The only difference from a Backend is ``update``: the facade's ``update(progress, max_bytes)``
re-reads the corpus it was opened on. Opened on no paths, it serves the cluster as it stands
(another process maintains it), as ``Library(index_dir=…)`` does for a Whoosh index.
"""

from __future__ import annotations

from pathlib import Path

from search.backends import Backend, BackendUnavailable, open_backend
from search.model import Results


class BackendLibrary:
    def __init__(self, backend: Backend | str, paths: list[Path] | None = None):
        self.backend = open_backend(backend) if isinstance(backend, str) else backend
        self.paths = [Path(p) for p in paths] if paths else []
        self.index_dir = None

    def update(self, progress=None, max_bytes: int | None = None):
        from search.engine.index import UpdateReport

        if not self.paths:
            count = self.backend.count()
            if progress:
                progress(count, count)
            return UpdateReport(total=count)
        return self.backend.index_paths(self.paths, progress, max_bytes)

    def __getattr__(self, name: str):
        # Every read (search, article, people, stats…) has the same signature on both. A cluster
        # that stops answering mid-session is a message in the status line, never a traceback.
        if name not in _READS:
            raise AttributeError(name)
        method = getattr(self.backend, name)

        def read(*args, **kwargs):
            try:
                return method(*args, **kwargs)
            except BackendUnavailable as e:
                if name in ("search", "search_quotes"):
                    return Results(args[0] if args else kwargs.get("text", ""), [], 0, 0.0, str(e))
                if name == "close":
                    return None
                return _FALLBACK[name]()

        return read


_FALLBACK = {"is_indexed": lambda: False, "count": lambda: 0, "article": lambda: None, "copies_of": list,
             "related": list, "people": dict, "cast": list, "stats": dict, "date_counts": dict,
             "suggest": lambda: None, "names": list}
_READS = frozenset({"search", "search_quotes", "close", *_FALLBACK})
