"""Where a CopyIndex keeps its articles, LSH buckets and verdicts: one SQLite database.

Python objects for 100,000 articles' signatures and bucket keys would take gigabytes;
as rows they take a few hundred bytes an article, live on disk when the index gives a
path (so the copy index persists beside the search index and reopens instantly), and
only the handful of candidates an added article meets are ever read back.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterator
from pathlib import Path

from search.copies.judge import Verdict
from search.copies.prepared import Doc, unpack

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, date TEXT,
                                 features BLOB NOT NULL, sigs BLOB NOT NULL, shingles INTEGER NOT NULL,
                                 gist TEXT);
CREATE TABLE IF NOT EXISTS buckets (key INTEGER PRIMARY KEY, members TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS copies (a TEXT NOT NULL, b TEXT NOT NULL, verdict TEXT NOT NULL,
                                   PRIMARY KEY (a, b));
CREATE TABLE IF NOT EXISTS full_buckets (key INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS stories (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE IF NOT EXISTS lines (key INTEGER PRIMARY KEY, n INTEGER NOT NULL);
"""


CACHED = 1000  # articles kept decoded, the most recently used
CACHED_ROWS = 4096  # candidates' signatures and gists kept as read: the same ones recur
# A sentence already in two other articles is a site's furniture: a pair sharing it is
# not a copy on its account.
RECURS = 2


def _members_text(ns) -> str:
    """Row numbers as 8 hex digits each: text that SQLite appends to in place (``||`` on
    blobs stops at a zero byte)."""
    return "".join(f"{n:08x}" for n in ns)


def _members(text: str) -> array:
    found = array("I", bytes.fromhex(text))
    if sys.byteorder == "little":
        found.byteswap()
    return found


class CopyStore:
    def __init__(self, path: str | Path | None = None, slots: int = 64, version: int = 1):
        self.path = str(path) if path else ":memory:"
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        if path:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._upgrade()
        self._slots = slots
        stamp = json.dumps({"version": version, "slots": slots})
        row = self._db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('format', ?)", (stamp,))
        elif row[0] != stamp:
            raise ValueError("copy index from another version of byline; rebuild it")
        self._cache: OrderedDict[str, Doc] = OrderedDict()
        self._rows: OrderedDict[int, tuple[str, bytes, str | None]] = OrderedDict()  # by row number
        # Bucket members and sentence counts added since the last commit, written then in key
        # order: upserts at random keys of tables of millions of rows cost more each as they grow.
        self._new_members: dict[int, str] = {}
        self._new_lines: Counter[int] = Counter()
        # Bucket keys known to be over the cap, kept so a reopened index never reads them again.
        self._full: set[int] = {r[0] for r in self._db.execute("SELECT key FROM full_buckets")}
        # The edges of the article asked about last, until any edge changes: adding an
        # article reads its own three times over (its story, its link, what it moved). Each
        # asker gets its own dict or set; the verdicts in them are shared, and only read.
        self._last_copies: tuple[str, dict[str, Verdict]] | None = None
        self._last_stories: tuple[str, set[str]] | None = None

    def _upgrade(self) -> None:
        """An index from an older byline, brought up to date in place rather than rebuilt."""
        if "gist" not in {r[1] for r in self._db.execute("PRAGMA table_info(docs)")}:
            # Its articles are judged on their features alone.
            self._db.execute("ALTER TABLE docs ADD COLUMN gist TEXT")
        if self._db.execute("SELECT 1 FROM sqlite_master WHERE name='bands'").fetchone():
            self._db.execute("INSERT OR IGNORE INTO buckets SELECT key, group_concat(printf('%08x', n), '') "
                             "FROM bands GROUP BY key")
            self._db.execute("DROP TABLE bands")
            self._db.commit()

    # -- documents ------------------------------------------------------------------------

    def put(self, doc: Doc, band_keys: list[int]) -> None:
        cur = self._db.execute(
            "INSERT INTO docs (id, date, features, sigs, shingles, gist) VALUES (?, ?, ?, ?, ?, ?)",
            (doc.id, doc.date, doc.packed, doc.sig_bytes, doc.n_shingles, doc.gist))
        member = _members_text((cur.lastrowid,))
        new = self._new_members
        for k in band_keys:
            if k not in self._full:  # full buckets are never read again, so they are not added to either
                new[k] = new.get(k, "") + member
        self._new_lines.update(set(doc.keys))
        self._remember(doc)

    def _write_new(self) -> None:
        # The keys are sorted, and each row made as it is written: a list of some 15,000 rows
        # made at once set off the garbage collector over the whole heap (40 ms a commit).
        members, lines = self._new_members, self._new_lines
        keys = sorted(members)
        self._db.executemany(
            "INSERT INTO buckets VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET members = members || excluded.members",
            zip(keys, map(members.__getitem__, keys), strict=True))
        keys = sorted(lines)
        self._db.executemany("INSERT INTO lines VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + excluded.n",
                             zip(keys, map(lines.__getitem__, keys), strict=True))
        members.clear()
        lines.clear()

    def get(self, doc_id: str) -> Doc | None:
        doc = self._cache.get(doc_id)
        if doc is not None:
            self._cache.move_to_end(doc_id)
            return doc
        row = self._db.execute("SELECT features, sigs, shingles, date FROM docs WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = Doc.stored(doc_id, *row)
        self._remember(doc)
        return doc

    def _remember(self, doc: Doc) -> None:
        self._cache[doc.id] = doc
        if len(self._cache) > CACHED:
            self._cache.popitem(last=False)

    def delete(self, doc_id: str, band_keys: list[int], keys: list[int] = ()) -> None:
        """Forget an article; ``band_keys`` are its buckets (found again from its signature,
        which saves an index on the row number of every bucket entry)."""
        row = self._db.execute("SELECT n FROM docs WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            return
        self._write_new()
        self._leave_buckets(row[0], band_keys)
        self._db.execute("DELETE FROM docs WHERE n=?", row)
        self._rows.pop(row[0], None)  # its row number may be given to the next article
        self._uncount(keys)
        self._db.execute("DELETE FROM copies WHERE a=? OR b=?", (doc_id, doc_id))
        self._db.execute("DELETE FROM stories WHERE a=? OR b=?", (doc_id, doc_id))
        self._last_copies = self._last_stories = None
        self._cache.pop(doc_id, None)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._cache or self._db.execute(
            "SELECT 1 FROM docs WHERE id=?", (doc_id,)).fetchone() is not None

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def ids(self) -> Iterator[tuple[str, str | None]]:
        """Every article id with its date."""
        yield from self._db.execute("SELECT id, date FROM docs ORDER BY n")

    def date(self, doc_id: str) -> str | None:
        doc = self._cache.get(doc_id)
        if doc is not None:
            return doc.date
        row = self._db.execute("SELECT date FROM docs WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    # -- sentences the corpus repeats ----------------------------------------------------

    def _uncount(self, keys: list[int]) -> None:
        """A removed article's sentences, once each (``put`` counts each once per article)."""
        keys = sorted(set(keys))
        self._db.executemany("UPDATE lines SET n = n - 1 WHERE key = ?", [(k,) for k in keys])
        self._db.executemany("DELETE FROM lines WHERE key = ? AND n <= 0", [(k,) for k in keys])

    def common_lines(self, keys: list[int], at_least: int = RECURS) -> set[int]:
        """Those of ``keys`` that at least ``at_least`` indexed articles carry."""
        keys = sorted(set(keys))
        new = self._new_lines
        found = {k for k in keys if new.get(k, 0) >= at_least}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(k for k, n in self._db.execute(f"SELECT key, n FROM lines WHERE key IN ({marks})", chunk)
                         if n + new.get(k, 0) >= at_least)
        return found

    # -- LSH buckets ----------------------------------------------------------------------

    def buckets(self, groups: list[list[int]], cap: int) -> list[list[int]]:
        """For each group of bucket keys, the row numbers of the members of its buckets, one
        entry per shared bucket; all groups are read in one query.

        A bucket with more than ``cap`` members is boilerplate every article shares; it is
        remembered and never read again.
        """
        wanted = list({k: None for keys in groups for k in keys if k not in self._full})
        stored: dict[int, str] = {}
        if wanted:
            marks = ",".join("?" * len(wanted))
            stored = dict(self._db.execute(f"SELECT key, members FROM buckets WHERE key IN ({marks})", wanted))
        new = self._new_members
        out = []
        for keys in groups:
            texts = []
            full = []
            for key in dict.fromkeys(k for k in keys if k not in self._full):
                text = stored.get(key, "") + new.get(key, "")
                if len(text) > 8 * cap:
                    full.append(key)
                else:
                    texts.append(text)
            if full:
                for key in full:
                    new.pop(key, None)
                self._full.update(full)
                self._db.executemany("INSERT OR IGNORE INTO full_buckets VALUES (?)", [(k,) for k in full])
                self._db.executemany("DELETE FROM buckets WHERE key = ?", [(k,) for k in full])
            out.append(_members("".join(texts)).tolist())
        return out

    def _leave_buckets(self, n: int, keys: list[int]) -> None:
        keys = [k for k in keys if k not in self._full]
        if not keys:
            return
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(f"SELECT key, members FROM buckets WHERE key IN ({marks})", keys).fetchall()
        for key, text in rows:
            left = [m for m in _members(text) if m != n]
            if left:
                self._db.execute("UPDATE buckets SET members = ? WHERE key = ?", (_members_text(left), key))
            else:
                self._db.execute("DELETE FROM buckets WHERE key = ?", (key,))

    def signatures(self, ns: list[int]) -> list[tuple[str, bytes, str | None]]:
        """Ids, signatures (as stored) and gists (as text, for ``gist_of``) of the given rows,
        in row order: enough to drop chance neighbours unread."""
        known = self._rows
        missing = [n for n in ns if n not in known]
        if missing:
            # Reading a row's later columns walks past its features, which are long.
            marks = ",".join("?" * len(missing))
            for n, *row in self._db.execute(f"SELECT n, id, sigs, gist FROM docs WHERE n IN ({marks})", missing):
                known[n] = tuple(row)
        found = []
        for n in sorted(set(ns)):
            row = known.get(n)
            if row is not None:
                known.move_to_end(n)
                found.append(row)
        while len(known) > CACHED_ROWS:
            known.popitem(last=False)
        return found

    # -- verdicts -------------------------------------------------------------------------

    def add_copy(self, a: str, b: str, v: Verdict) -> None:
        text = json.dumps(v.to_state(), ensure_ascii=False)
        self._db.executemany("INSERT OR REPLACE INTO copies VALUES (?, ?, ?)", [(a, b, text), (b, a, text)])
        self._last_copies = None

    def add_story(self, a: str, b: str) -> None:
        self._db.executemany("INSERT OR IGNORE INTO stories VALUES (?, ?)", [(a, b), (b, a)])
        self._last_stories = None

    def copies_of(self, doc_id: str) -> dict[str, Verdict]:
        last = self._last_copies
        if last is None or last[0] != doc_id:
            rows = self._db.execute("SELECT b, verdict FROM copies WHERE a=?", (doc_id,))
            last = self._last_copies = doc_id, {b: Verdict.from_state(json.loads(v)) for b, v in rows}
        return dict(last[1])

    def stories_of(self, doc_id: str) -> set[str]:
        last = self._last_stories
        if last is None or last[0] != doc_id:
            last = self._last_stories = doc_id, {r[0] for r in self._db.execute("SELECT b FROM stories WHERE a=?",
                                                                               (doc_id,))}
        return set(last[1])

    def edges(self) -> Iterator[tuple[str, str]]:
        """Every pair that shares a story, copies included, once."""
        yield from self._db.execute(
            "SELECT a, b FROM copies WHERE a < b UNION SELECT a, b FROM stories WHERE a < b")

    def all_copies(self) -> Iterator[tuple[str, str, str]]:
        yield from self._db.execute("SELECT a, b, verdict FROM copies WHERE a < b ORDER BY a, b")

    def all_stories(self) -> Iterator[tuple[str, str]]:
        yield from self._db.execute("SELECT a, b FROM stories WHERE a < b ORDER BY a, b")

    def all_docs(self) -> Iterator[tuple[str, dict, bytes, int]]:
        rows = self._db.execute("SELECT id, features, sigs, shingles FROM docs ORDER BY n")
        for doc_id, feats, sigs, n in rows:
            yield doc_id, unpack(feats), sigs, n

    # -- lifetime -------------------------------------------------------------------------

    def commit(self) -> None:
        self._write_new()
        self._db.commit()

    def close(self) -> None:
        self.commit()
        self._db.close()
