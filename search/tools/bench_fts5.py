"""What a user could pick instead: SQLite FTS5 (in Python's ``sqlite3``) on the same corpus and
query mix, measured in the same run as byline.

The table holds each article's title and body, as byline indexed them, and the names byline
extracted (actors and speakers), so ``actor:`` and ``speaker:`` queries have a column to match.
FTS5's porter tokenizer stems as byline's analyzer does. A query returns the top 20 by BM25
with a snippet, and its total, like byline's. FTS5 has no fuzzy matching: a fuzzy query looks
for the word as typed.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from search.tools.bench_report import percentiles

_FIELD = re.compile(r"^(actor|speaker):(.+)$")


def build(index_dir: Path, db: Path) -> dict:
    """An FTS5 table of the articles in byline's index at ``index_dir``."""
    from search.engine import index as idx
    from search.engine.records import load_extraction
    from search.engine.schema import name_keys

    db.unlink(missing_ok=True)
    started = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE articles USING fts5(title, body, actor, speaker, "
                "tokenize='porter unicode61')")
    rows = 0
    with idx.open_index(index_dir).searcher() as s:
        for stored in s.all_stored_fields():
            if stored.get("type") != "article":
                continue
            article, ex = load_extraction(stored)
            con.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", (
                article.title, article.text,
                name_keys(c.actor for c in ex.cast).replace(",", " , "),
                name_keys(q.speaker for q in ex.quotes if q.speaker).replace(",", " , ")))
            rows += 1
    con.commit()
    con.close()
    seconds = time.perf_counter() - started
    return {"rows": rows, "seconds": round(seconds, 2), "docs_per_s": round(rows / max(seconds, 1e-9), 1)}


def match(text: str) -> str:
    """A query of the bench mix in FTS5's syntax."""
    if m := _FIELD.match(text):
        return f'{m.group(1)} : "{m.group(2)}"'
    if text.startswith('"'):
        return f"{{title body}} : {text}"
    terms = []
    for word in text.split():
        word = word.rstrip("~")
        terms.append(f'"{word[:-1]}"*' if word.endswith("*") else f'"{word}"')
    return "{title body} : " + " AND ".join(terms)


def measure(db: Path, mix: list[tuple[str, str]]) -> dict:
    """Top 20 with snippets and the exact total, per query of the mix."""
    con = sqlite3.connect(db)
    try:
        con.execute("SELECT count(*) FROM articles WHERE articles MATCH 'premiere'").fetchone()  # warm
        times, totals = [], {}
        for _, text in mix:
            q = match(text)
            t = time.perf_counter()
            hits = con.execute("SELECT rowid, title, snippet(articles, 1, '', '', '…', 16) FROM articles "
                               "WHERE articles MATCH ? ORDER BY rank LIMIT 20", (q,)).fetchall()
            total = con.execute("SELECT count(*) FROM articles WHERE articles MATCH ?", (q,)).fetchone()[0]
            times.append((time.perf_counter() - t) * 1000)
            totals[text] = max(total, len(hits))
    finally:
        con.close()
    return {"fts5_query_ms": percentiles(times), "fts5_totals": totals}
