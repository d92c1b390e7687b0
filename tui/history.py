"""What a user searched before: a persisted history, named saved searches, and what is new since.

Files are small JSON documents in the user data folder, written atomically and private to the
user (a search history is personal). A damaged file is treated as empty, never as an error.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HISTORY_CAP = 500


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    xdg = environ.get("XDG_DATA_HOME", "")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "byline"
    from platformdirs import user_data_dir

    return Path(user_data_dir("byline", appauthor=False))


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, path)  # mkstemp made it 0600, and a crash never leaves half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class SearchHistory:
    """Queries the user ran, oldest first, newest last; each query once; at most ``cap``."""

    def __init__(self, path: Path | None = None, cap: int = HISTORY_CAP):
        self.path = Path(path) if path else data_dir() / "history.json"
        self.cap = cap
        self.entries: list[str] = self._load()

    def _load(self) -> list[str]:
        data = _read_json(self.path)
        entries = data.get("queries") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return []
        return _dedupe([e for e in entries if isinstance(e, str) and e.strip()])[-self.cap:]

    def add(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        # Merge with what another byline may have written since we loaded.
        on_disk = self._load()
        self.entries = _dedupe([*on_disk, *self.entries, query])[-self.cap:]
        try:
            _write_json(self.path, {"queries": self.entries})
        except OSError:
            pass  # a read-only home must not stop searching; the history lives on in memory

    def cursor(self, draft: str = "", prefix: bool = False) -> HistoryCursor:
        return HistoryCursor(self.entries, draft, prefix)

    def __len__(self) -> int:
        return len(self.entries)


def _dedupe(entries: list[str]) -> list[str]:
    """Keep the newest (last) occurrence of each query."""
    seen: set[str] = set()
    out: list[str] = []
    for e in reversed(entries):
        e = e.strip()
        if e and e not in seen:
            seen.add(e)
            out.append(e)
    return out[::-1]


class HistoryCursor:
    """Up/Down through the history from a search box, like a shell.

    ``up()`` returns the next older query, ``down()`` the next newer one and, past the newest,
    the text the user had typed before pressing Up (the draft). ``None`` means "stay put".
    With ``prefix`` only queries starting with the draft are visited.
    """

    def __init__(self, entries: list[str], draft: str = "", prefix: bool = False):
        self.draft = draft
        self._entries = [e for e in entries if e.startswith(draft)] if prefix and draft else list(entries)
        self._pos = len(self._entries)  # one past the newest: the draft

    def up(self) -> str | None:
        if self._pos == 0:
            return None
        self._pos -= 1
        return self._entries[self._pos]

    def down(self) -> str | None:
        if self._pos >= len(self._entries):
            return None
        self._pos += 1
        return self.draft if self._pos == len(self._entries) else self._entries[self._pos]

    @property
    def at_draft(self) -> bool:
        return self._pos == len(self._entries)


@dataclass
class SavedSearch:
    name: str
    query: str
    saved: str  # ISO time
    last_total: int | None = None
    last_seen: str | None = None  # ISO time of the last record_counts
    seen_ids: list[str] = field(default_factory=list)


class SavedSearches:
    """Named queries and the counts seen last time, so the app can show "3 new"."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else data_dir() / "saved.json"
        self._items: dict[str, SavedSearch] = self._load()

    def _load(self) -> dict[str, SavedSearch]:
        data = _read_json(self.path)
        out: dict[str, SavedSearch] = {}
        for rec in data.get("saved", []) if isinstance(data, dict) else []:
            try:
                s = SavedSearch(**rec)
            except TypeError:
                continue
            if isinstance(s.name, str) and isinstance(s.query, str) and s.name.strip():
                out[s.name] = s
        return out

    def _save(self) -> None:
        try:
            _write_json(self.path, {"saved": [vars(s) for s in self._items.values()]})
        except OSError:
            pass

    def save(self, name: str, query: str, total: int | None = None, ids: Iterable[str] | None = None
             ) -> SavedSearch:
        """Save (or replace) ``name``; with ``total`` it also records what is there now."""
        name = name.strip()
        if not name or not query.strip():
            raise ValueError("a saved search needs a name and a query")
        self._items[name] = SavedSearch(name, query.strip(), _now())
        if total is not None:
            self.record_counts(name, total, ids)
        else:
            self._save()
        return self._items[name]

    def remove(self, name: str) -> bool:
        found = self._items.pop(name, None) is not None
        if found:
            self._save()
        return found

    def get(self, name: str) -> SavedSearch | None:
        return self._items.get(name)

    def items(self) -> list[SavedSearch]:
        return sorted(self._items.values(), key=lambda s: s.name.lower())

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def __len__(self) -> int:
        return len(self._items)

    def record_counts(self, name: str, total: int, ids: Iterable[str] | None = None) -> None:
        """Remember what the search found now; call it when the user has seen the results."""
        s = self._items.get(name)
        if s is None:
            raise KeyError(name)
        s.last_total = int(total)
        s.last_seen = _now()
        s.seen_ids = sorted(set(ids)) if ids is not None else []
        self._save()

    def new_since(self, name: str, total: int, ids: Iterable[str] | None = None) -> int:
        """How many results are new since ``record_counts``.

        With the article ids of now and of last time, the articles not seen before (a re-index
        that adds two and removes two shows 2 new); otherwise the growth of the count.
        """
        s = self._items.get(name)
        if s is None or s.last_total is None:
            return 0
        if ids is not None and s.seen_ids:
            return len(set(ids) - set(s.seen_ids))
        return max(0, int(total) - s.last_total)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
