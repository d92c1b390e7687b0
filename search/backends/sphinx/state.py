"""What the cluster keeps about itself beside the documents, in ``byline_meta`` on every node:
the corpus tables, the manifest of indexed files, and the term list fuzzy words and spelling
suggestions are drawn from. Large values are split over numbered rows."""

from __future__ import annotations

import json
import zlib

from search.backends.sphinx.connection import META, TABLES_ID, Connection, QueryRejected

STATE_ID = 3  # {"run", "generation", "chunks"}: which manifest rows are current
CHUNK_ID = 1000  # 1000…: the manifest, in pieces
CHUNK_CHARS = 1 << 20
TERMS_ID = 5000  # 5000…5063: the term list, by a hash of the stem
BUCKETS = 64


def read_row(c: Connection, row: int) -> str | None:
    try:
        rows, _ = c._execute(f"SELECT id, value FROM {META} WHERE id = %s", (row,))
    except QueryRejected:
        return None
    return rows[0][1] if rows else None


def read_rows(c: Connection, first: int, count: int) -> dict[int, str]:
    ids = list(range(first, first + count))
    try:
        rows, _ = c._execute(f"SELECT id, value FROM {META} WHERE id IN ({', '.join(['%s'] * len(ids))}) "
                             f"LIMIT {count} OPTION max_matches={max(count, 1)}", ids)
    except QueryRejected:
        return {}
    return {int(i): v for i, v in rows}


def read_state(c: Connection) -> dict:
    text = read_row(c, STATE_ID)
    return json.loads(text) if text else {}


def read_manifest(c: Connection, state: dict) -> dict:
    chunks = state.get("chunks", 0)
    if not chunks:
        return {"files": {}}
    rows = read_rows(c, CHUNK_ID, chunks)
    if len(rows) != chunks:
        return {"files": {}}  # a manifest half written: everything is read again
    return json.loads("".join(rows[CHUNK_ID + n] for n in range(chunks)))


def manifest_rows(manifest: dict, state: dict) -> list[tuple[int, str, str]]:
    """The rows that store ``manifest``, then the state row that makes them current."""
    text = json.dumps(manifest, ensure_ascii=False)
    parts = [text[i:i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)] or ["{\"files\": {}}"]
    rows = [(CHUNK_ID + n, "manifest", part) for n, part in enumerate(parts)]
    return rows + [(STATE_ID, "state", json.dumps({**state, "chunks": len(parts)}))]


def tables_row(tables: dict) -> tuple[int, str, str]:
    return TABLES_ID, "tables", json.dumps(tables, ensure_ascii=False)


def bucket(stem: str) -> int:
    return zlib.crc32(stem.encode()) % BUCKETS


def read_terms(c: Connection) -> dict[str, list]:
    """Every stem the corpus has had, with how many articles were written with it (a ranking
    hint, never decreased) and the forms it was seen in: ``{"final": [3, "finale", "finals"]}``."""
    terms: dict[str, list] = {}
    for text in read_rows(c, TERMS_ID, BUCKETS).values():
        terms.update(json.loads(text))
    return terms


def terms_rows(terms: dict[str, list], buckets: set[int]) -> list[tuple[int, str, str]]:
    parts: dict[int, dict] = {b: {} for b in buckets}
    for stem, value in terms.items():
        b = bucket(stem)
        if b in parts:
            parts[b][stem] = value
    return [(TERMS_ID + b, "terms", json.dumps(parts[b], ensure_ascii=False)) for b in sorted(parts)]
