"""An article and its extraction as Sphinx documents: one per article and one per quote.

Sphinx 2.2 stores no text fields, so every document also carries its title, body and
extraction as string attributes; an article can be rebuilt from its own row, which is how a
mirror that fell behind is refilled from one that did not.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict

from search.backends.sphinx.sphinxql import key_token, story_token
from search.engine.records import date_number, dump_extraction, load_extraction
from search.model import Article, Extraction
from search.query.analysis import name_keys

ARTICLE, QUOTE = 0, 1
PARALLEL_FROM = 200  # below this, starting worker processes costs more than it saves
ARTICLE_COLUMNS = ("id", "title", "body", "quote", "speaker", "person", "actor", "character", "kind",
                   "story", "copyof", "doc_type", "date", "qn", "aid", "title_s", "body_s", "data",
                   "story_s", "copy_of")
# What a stored article row gives back, enough to rebuild all its documents.
ROW_COLUMNS = "id, aid, title_s, body_s, date, data"


def doc_id(key: str) -> int:
    """A positive 63-bit document id from an article id (or ``id\\x1fqN`` for its quotes)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") >> 1 or 1


def quote_ids(article_id: str, start: int, stop: int) -> list[int]:
    return [doc_id(f"{article_id}\x1fq{n}") for n in range(start, stop)]


def shard_of(article_id: str, shards: int) -> int:
    return int.from_bytes(hashlib.blake2b(article_id.encode(), digest_size=8, person=b"shard").digest(),
                          "big") % shards


def _keys(names) -> str:
    return " ".join(key_token(k) for k in name_keys(names).split(",") if k)


def docs(a: Article, ex: Extraction) -> list[dict]:
    date = date_number(a.date) or 0
    story = ex.story or a.id
    out = [{
        "id": doc_id(a.id), "title": a.title, "body": a.text, "quote": "\n".join(q.text for q in ex.quotes),
        "speaker": _keys(q.speaker for q in ex.quotes if q.speaker), "person": _keys(ex.people),
        "actor": _keys(c.actor for c in ex.cast),
        "character": _keys([c.character for c in ex.cast] + [x for c in ex.cast for x in c.aliases]),
        "kind": " ".join(sorted({key_token(q.kind) for q in ex.quotes})), "story": story_token(story),
        "copyof": story_token(ex.duplicate_of) if ex.duplicate_of else "",
        # An article's qn is how many quotes it has; a quote's is its number.
        "doc_type": ARTICLE, "date": date, "qn": len(ex.quotes), "aid": a.id, "title_s": a.title,
        "body_s": a.text,
        "data": dump_extraction(a, ex), "story_s": story, "copy_of": ex.duplicate_of or "",
    }]
    for n, q in enumerate(ex.quotes):
        out.append({
            "id": doc_id(f"{a.id}\x1fq{n}"), "title": a.title, "body": "", "quote": q.text,
            "speaker": _keys([q.speaker] if q.speaker else []), "person": "",
            "actor": _keys([q.actor] if q.actor else []), "character": "", "kind": key_token(q.kind),
            "story": story_token(story), "copyof": "", "doc_type": QUOTE, "date": date, "qn": n, "aid": a.id,
            "title_s": a.title, "body_s": "", "data": json.dumps([n, asdict(q)], ensure_ascii=False),
            "story_s": story, "copy_of": "",
        })
    return out


def from_row(row) -> tuple[Article, Extraction]:
    """An article and its extraction from a stored row (``ROW_COLUMNS``)."""
    _, aid, title, body, date, data = row
    return load_extraction({"id": aid, "title": title, "body": body, "date": date or None, "data": data})


def replace_statement(batch: list[dict]) -> tuple[str, list]:
    row = "(" + ", ".join(["%s"] * len(ARTICLE_COLUMNS)) + ")"
    sql = f"REPLACE INTO {{index}} ({', '.join(ARTICLE_COLUMNS)}) VALUES " + ", ".join([row] * len(batch))
    return sql, [d[c] for d in batch for c in ARTICLE_COLUMNS]


def extract_all(articles: list[Article]) -> tuple[dict[str, Extraction], dict]:
    """``extract_corpus`` with the per-article work spread over the machine's cores; also the
    corpus tables (people, cast) that ``link_corpus`` returns."""
    from search.extract.pipeline import extract_one, link_corpus

    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(articles) < PARALLEL_FROM:
        found = {a.id: extract_one(a) for a in articles}
    else:
        from multiprocessing import get_context

        # forkserver: workers must not inherit the caller's threads and open connections (the app's).
        with ProcessPoolExecutor(workers, mp_context=get_context("forkserver")) as pool:
            found = dict(zip((a.id for a in articles), pool.map(extract_one, articles, chunksize=32), strict=False))
    return found, link_corpus(articles, found)
