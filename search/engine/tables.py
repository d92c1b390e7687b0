"""Corpus-wide tables of people and cast, kept in SQLite beside the index.

Each article's rows are replaced when it is re-indexed and dropped when it is removed, so
adding articles to a large corpus never recomputes the tables, and a search asks only for
the rows it needs.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from search.model import SPEECH, Extraction

SCHEMA = """
CREATE TABLE IF NOT EXISTS people (article TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS speakers (article TEXT NOT NULL, name TEXT NOT NULL, quotes INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS cast_pairs (article TEXT NOT NULL, character TEXT NOT NULL, actor TEXT NOT NULL,
    aliases TEXT NOT NULL, work TEXT, actor_key TEXT NOT NULL, actor_surname TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS role_names (article TEXT NOT NULL, character TEXT NOT NULL, actor TEXT NOT NULL,
    key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS people_article ON people(article);
CREATE INDEX IF NOT EXISTS people_key ON people(key);
CREATE INDEX IF NOT EXISTS speakers_article ON speakers(article);
CREATE INDEX IF NOT EXISTS cast_article ON cast_pairs(article);
CREATE INDEX IF NOT EXISTS cast_actor ON cast_pairs(actor_key);
CREATE INDEX IF NOT EXISTS cast_surname ON cast_pairs(actor_surname);
CREATE INDEX IF NOT EXISTS role_key ON role_names(key);
CREATE INDEX IF NOT EXISTS role_article ON role_names(article);
"""
TABLES = ("people", "speakers", "cast_pairs", "role_names")
FILE = "corpus.sqlite"  # beside the Whoosh index
_HAS_ROWS = "SELECT " + " OR ".join(f"EXISTS (SELECT 1 FROM {t} WHERE article = ?1)" for t in TABLES)


class CorpusTables:
    def __init__(self, path: Path | str = ":memory:"):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.executescript("PRAGMA journal_mode=WAL;" + SCHEMA)

    @classmethod
    def of(cls, people: dict[str, dict], cast: list[dict]) -> CorpusTables:
        """In memory, from the ``people()`` and ``cast()`` a corpus gave (what a cluster keeps),
        so reads answer as they do beside a local index."""
        tables = cls()
        tables.db.executemany("INSERT INTO people VALUES (?, ?, ?)",
                              [(a, name, name.lower()) for name, row in people.items() for a in row["articles"]])
        for row in cast:
            for a in row["articles"]:
                tables.db.execute("INSERT INTO cast_pairs VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  (a, row["character"], row["actor"], json.dumps(row.get("aliases", [])),
                                   row.get("work"), row["actor"].lower(), row["actor"].split()[-1].lower()))
                names = {row["character"], *row.get("aliases", [])}
                tables.db.executemany("INSERT INTO role_names VALUES (?, ?, ?, ?)",
                                      [(a, row["character"], row["actor"], n.lower()) for n in names if n])
        return tables

    def remove(self, article_ids) -> None:
        ids = [(i,) for i in article_ids]
        for table in TABLES:
            self.db.executemany(f"DELETE FROM {table} WHERE article = ?", ids)

    def add(self, article_id: str, ex: Extraction) -> None:
        # Most articles are new: one look-up then spares a delete from each table.
        if self.db.execute(_HAS_ROWS, (article_id,)).fetchone()[0]:
            self.remove([article_id])
        if ex.people:
            self.db.executemany("INSERT INTO people VALUES (?, ?, ?)",
                                [(article_id, n, n.lower()) for n in set(ex.people)])
        said: dict[str, int] = {}
        for q in ex.quotes:
            if q.kind == SPEECH and q.speaker and q.speaker in ex.people:
                said[q.speaker] = said.get(q.speaker, 0) + 1
        if said:
            self.db.executemany("INSERT INTO speakers VALUES (?, ?, ?)",
                                [(article_id, n, c) for n, c in said.items()])
        if ex.cast:
            # All pairs in one statement and all their names in another, in the order one pair
            # at a time wrote them: a table's rows keep their order (``people`` reads it).
            self.db.executemany("INSERT INTO cast_pairs VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [(article_id, c.character, c.actor, json.dumps(list(c.aliases)), c.work,
                                  c.actor.lower(), c.actor.split()[-1].lower()) for c in ex.cast])
            self.db.executemany("INSERT INTO role_names VALUES (?, ?, ?, ?)",
                                [(article_id, c.character, c.actor, n.lower())
                                 for c in ex.cast for n in {c.character, *c.aliases} if n])

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    # -- reads ---------------------------------------------------------------------------
    def is_person(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM people WHERE key = ? LIMIT 1", (name.lower(),)).fetchone() is not None

    def _rows(self, where: str, args: tuple) -> list[dict]:
        rows: dict[tuple[str, str], dict] = {}
        for article, character, actor, aliases, work in self.db.execute(
                f"SELECT article, character, actor, aliases, work FROM cast_pairs WHERE {where}", args):
            row = rows.setdefault((character, actor), {"character": character, "actor": actor,
                                                       "aliases": json.loads(aliases), "work": work,
                                                       "articles": []})
            row["work"] = row["work"] or work
            row["articles"].append(article)
        return sorted(rows.values(), key=lambda r: (r["actor"], r["character"]))

    def cast(self) -> list[dict]:
        return self._rows("1", ())

    def cast_of_actor(self, key: str) -> list[dict]:
        """Pairs whose actor is ``key`` (a lower-case full name or surname)."""
        return self._rows("actor_key = ? OR actor_surname = ?", (key, key))

    def cast_of_character(self, key: str) -> list[dict]:
        pairs = self.db.execute("SELECT DISTINCT character, actor FROM role_names WHERE key = ?", (key,)).fetchall()
        return [r for c, a in pairs for r in self._rows("character = ? AND actor = ?", (c, a))]

    def alongside(self, row: dict) -> list[dict]:
        """The other pairs stated in the articles that state ``row``: evidence of the same show."""
        marks = ",".join("?" * len(row["articles"]))
        return [r for r in self._rows(f"article IN ({marks})", tuple(row["articles"]))
                if (r["character"], r["actor"]) != (row["character"], row["actor"])]

    def people(self) -> dict[str, dict]:
        """The table ``search.extract.people.finder.known_people`` gives for the same extractions."""
        table: dict[str, dict] = {}

        def entry(name: str) -> dict:
            return table.setdefault(name, {"articles": [], "quotes": 0, "roles": []})

        for name, article in self.db.execute("SELECT name, article FROM people"):
            entry(name)["articles"].append(article)
        for name, quotes in self.db.execute("SELECT name, SUM(quotes) FROM speakers GROUP BY name"):
            entry(name)["quotes"] = quotes
        for article, character, actor, work in self.db.execute(
                "SELECT article, character, actor, work FROM cast_pairs ORDER BY article, rowid"):
            e = entry(actor)
            if article not in e["articles"]:
                e["articles"].append(article)
            role = f"{character} ({work})" if work else character
            if role not in e["roles"]:
                e["roles"].append(role)
        for e in table.values():
            e["articles"] = sorted(set(e["articles"]))
        return dict(sorted(table.items()))

    def names(self) -> list[str]:
        """Everyone named, the most often named first (counted by SQLite, not in Python). UNION
        ALL: the distinct count already counts an article once, and UNION's own pass over every
        pair made this four times slower (2.3 s at 100,000 articles, on every start)."""
        rows = self.db.execute("SELECT name FROM (SELECT name, article FROM people UNION ALL "
                               "SELECT actor, article FROM cast_pairs) GROUP BY name "
                               "ORDER BY COUNT(DISTINCT article) DESC, name")
        return [name for (name,) in rows]

    def count_people(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT name) FROM people").fetchone()[0]


def names_in(path: Path) -> list[str]:
    """``CorpusTables.names`` on a connection of its own, for a thread other than the index's."""
    tables = CorpusTables(path)
    try:
        return tables.names()
    finally:
        tables.close()
