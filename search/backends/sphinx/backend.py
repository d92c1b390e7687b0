"""The library facade's methods on a Sphinx/Manticore cluster, over SphinxQL (pymysql).

Each node holds real-time shards ``byline_sN`` and a distributed index ``byline`` whose
agents list every shard with its mirrors; queries go to ``byline`` on one node, writes go to
every holder of an article's shard (chosen by a digest of its id). The topology lives in the
``byline_meta`` index on every node (``byline cluster up`` writes it), next to the corpus
tables (people, cast) the people view needs.

Sphinx 2.2 stores no text fields, so every document also carries its title, body and
extraction as string attributes; snippets and highlight spans are computed from the body
with ``search.highlight`` so the reader gets the very offsets Whoosh would give.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from search.backends import BackendUnavailable
from search.backends.sphinx.sphinxql import any_phrase, key_token, story_token, translate
from search.engine.highlight import query_terms, snippet, spans
from search.engine.records import date_number, dump_extraction, load_extraction
from search.engine.schema import TEXT_ANALYZER, name_keys
from search.extract.pipeline import extract_one, link_corpus
from search.ingest.files import load
from search.model import (
    Article,
    ArticleView,
    Extraction,
    Hit,
    Quote,
    QuoteHit,
    Results,
    Skipped,
    collapse_copies,
)
from search.query.parser import parse

ARTICLE, QUOTE = 0, 1
META = "byline_meta"
TOPOLOGY_ID, TABLES_ID = 1, 2
FIELD_WEIGHTS = "field_weights=(title=2, body=1)"
PAGE = 1000
PARALLEL_FROM = 200  # below this, starting worker processes costs more than it saves
DEFAULT_PORT = 9306  # SphinxQL's usual port on Sphinx and Manticore
BATCH_BYTES = 2 << 20
MONTHS_CAP = 20000
_AGENT = re.compile(r"agent ([^\s:]+:\d+)")
_WORDS = re.compile(r"\w{4,}")
ARTICLE_COLUMNS = ("id", "title", "body", "quote", "speaker", "person", "actor", "character", "kind",
                   "story", "copyof", "doc_type", "date", "qn", "aid", "title_s", "body_s", "data",
                   "story_s", "copy_of")


def doc_id(key: str) -> int:
    """A positive 63-bit document id from an article id (or ``id\\x1fqN`` for its quotes)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") >> 1 or 1


def shard_of(article_id: str, shards: int) -> int:
    return int.from_bytes(hashlib.blake2b(article_id.encode(), digest_size=8, person=b"shard").digest(),
                          "big") % shards


def _keys(names) -> str:
    return " ".join(key_token(k) for k in name_keys(names).split(",") if k)


@dataclass
class Topology:
    dist: str
    nodes: list[dict]  # {"api": "host:port", "sql": "host:port"}
    shards: list[dict]  # {"index": "byline_s0", "holders": [node numbers]}

    def node_of_agent(self, agent: str) -> int | None:
        return next((n for n, node in enumerate(self.nodes) if node["api"] == agent), None)


@dataclass
class _Health:
    """Nodes that failed lately, and which of them the user was already told about."""

    failed: dict[int, float] = field(default_factory=dict)
    told: set[int] = field(default_factory=set)

    def recent(self, seconds: float = 10.0) -> set[int]:
        now = time.monotonic()
        return {n for n, t in self.failed.items() if now - t < seconds}


class SphinxBackend:
    def __init__(self, url: str, connect_timeout: float = 3.0):
        self.url = url
        self.addresses = _addresses(url)
        self.connect_timeout = connect_timeout
        self._lock = threading.RLock()
        self._conn = None
        self._health = _Health()
        self._missed: set[int] = set()  # nodes a write could not reach
        self.topology = self._read_topology()
        self._tables: dict | None = None

    # -- connections ----------------------------------------------------------------------
    def _connect(self, address: tuple[str, int]):
        import pymysql

        return pymysql.connect(host=address[0], port=address[1], user="", autocommit=True,
                               connect_timeout=self.connect_timeout, read_timeout=30, write_timeout=30,
                               charset="utf8mb4")

    def _candidates(self) -> list[tuple[str, int]]:
        extra = [_hostport(n["sql"]) for n in getattr(self, "topology", None).nodes] \
            if getattr(self, "topology", None) else []
        return list(dict.fromkeys(self.addresses + extra))

    def _cursor(self):
        """A cursor on the first node that answers; the entry node may be the one that died."""
        import pymysql

        if self._conn is not None:
            try:
                self._conn.ping(reconnect=False)
                return self._conn.cursor()
            except pymysql.Error:
                self._conn = None
        reasons = []
        for address in self._candidates():
            try:
                self._conn = self._connect(address)
                return self._conn.cursor()
            except pymysql.Error as e:
                reasons.append(f"{address[0]}:{address[1]} ({_reason(e)})")
        raise BackendUnavailable(f"cannot reach the Sphinx cluster at {', '.join(reasons)}")

    def _execute(self, sql: str, params=()) -> tuple[list[tuple], dict]:
        """Rows and ``SHOW META`` of one statement, on whichever node answers."""
        import pymysql

        with self._lock:
            for attempt in range(2):
                cur = self._cursor()
                try:
                    cur.execute(sql, params)
                    rows = list(cur.fetchall())
                    cur.execute("SHOW META")
                    return rows, dict(cur.fetchall())
                except pymysql.MySQLError as e:
                    if _is_query_error(e):
                        raise QueryRejected(_reason(e)) from e
                    self._conn = None  # the node went away mid-query: try the next one
                    if attempt:
                        why = _reason(e)
                        raise BackendUnavailable(f"the Sphinx cluster stopped answering ({why})") from e
                finally:
                    cur.close()
        raise AssertionError("unreachable")

    def _read_topology(self) -> Topology:
        try:
            rows, _ = self._execute(f"SELECT id, value FROM {META} WHERE id = %s", (TOPOLOGY_ID,))
        except QueryRejected:
            rows = []
        if not rows:
            raise BackendUnavailable(f"{self.url} has no byline topology (start it with `byline cluster up`)")
        t = json.loads(rows[0][1])
        return Topology(t["dist"], t["nodes"], t["shards"])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                except Exception:  # closing a dead connection may fail any way; it is gone either way
                    pass
                self._conn = None

    # -- fan-out queries with failover ----------------------------------------------------
    def _query(self, sql: str, params=()) -> tuple[list[tuple], dict, str | None]:
        """Run a query on the distributed index; retry while a dead node's shards have live mirrors.

        Sphinx tries one mirror per shard per query; a mirror that failed is skipped once its
        karma catches up, so a retry a moment later is answered by the surviving mirror.
        """
        for attempt in range(6):
            rows, meta = self._execute(sql, params)
            failed = self._failed_nodes(meta)
            if not failed:
                return rows, meta, self._tell(set())
            now = time.monotonic()
            for n in failed:
                self._health.failed[n] = now
            dead = self._health.recent()
            lost = self._lost_shards(dead, failed)
            if lost or attempt == 5:
                break
            time.sleep(0.05 * (attempt + 1))
        return rows, meta, self._tell(lost)

    def _failed_nodes(self, meta: dict) -> set[int]:
        warning = meta.get("warning") or ""
        nodes = {self.topology.node_of_agent(a) for a in _AGENT.findall(warning)}
        return {n for n in nodes if n is not None}

    def _lost_shards(self, dead: set[int], failed: set[int]) -> list[int]:
        """Shards tried on a failed node whose every holder is down: no mirror can answer."""
        return [s for s, shard in enumerate(self.topology.shards)
                if set(shard["holders"]) & failed and set(shard["holders"]) <= dead]

    def _tell(self, lost: list[int] | set[int]) -> str | None:
        notes = []
        new = self._health.recent() - self._health.told
        for n in sorted(new):
            self._health.told.add(n)
            notes.append(f"Node {self.topology.nodes[n]['sql']} is down; its shards answer from mirrors")
        if lost:
            total = len(self.topology.shards)
            plural = "s" if total != 1 else ""
            notes.append(f"{len(lost)} of {total} shard{plural} unavailable: results are partial")
        return "; ".join(notes) or None

    # -- writing --------------------------------------------------------------------------
    def index_paths(self, paths: list[Path], progress=None, max_bytes: int | None = None):
        """Make the cluster hold exactly the articles under ``paths``, sharded by article id."""
        from search.engine.index import UpdateReport

        started = time.perf_counter()
        articles, skipped = load(paths, max_bytes=max_bytes) if max_bytes else load(paths)
        found, tables = extract_all(articles)
        self._missed.clear()
        before = self._article_ids()
        now_ids = {a.id for a in articles}
        self.update(articles, found, tables, progress)
        gone = sorted(before - now_ids)
        self._prune(now_ids, {a.id: len(found[a.id].quotes) for a in articles})
        # A node that was down holds an old copy of its shards; indexing again once it is back
        # rewrites every article on every holder. Said through the skip list, which every caller shows.
        skipped += [Skipped(f"node {self.topology.nodes[n]['sql']}",
                            "was down, so its shards were written to their mirrors only; index again once "
                            "it is back") for n in sorted(self._missed)]
        report = UpdateReport(total=len(articles), added=len(now_ids - before), changed=len(now_ids & before),
                              removed=len(gone), skipped=skipped)
        report.seconds = time.perf_counter() - started
        return report

    def update(self, articles: list[Article], found: dict[str, Extraction], tables: dict | None = None,
               progress=None) -> None:
        """Write (replace) articles with their quotes on every holder of their shard.

        Shards live on different nodes, so they are written side by side, one thread each.
        """
        shards = len(self.topology.shards)
        per_shard: dict[int, list[tuple[Article, Extraction]]] = {}
        for a in articles:
            per_shard.setdefault(shard_of(a.id, shards), []).append((a, found[a.id]))
        lock = threading.Lock()
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            with lock:
                done += n
                if progress:
                    progress(done, len(articles))

        with ThreadPoolExecutor(max(1, min(len(per_shard), 8)), thread_name_prefix="byline-shard") as pool:
            jobs = [pool.submit(self._write_shard, s, items, advance) for s, items in per_shard.items()]
            for job in jobs:
                job.result()
        if tables is not None:
            self._tables = tables
            self._write_meta(TABLES_ID, "tables", json.dumps(tables, ensure_ascii=False))

    def _holders(self, shard: int) -> list[tuple[int, tuple[str, int]]]:
        return [(n, _hostport(self.topology.nodes[n]["sql"])) for n in self.topology.shards[shard]["holders"]]

    def _open_holders(self, shard: int) -> list:
        """Connections to every holder of a shard that answers; at least one, or the shard is lost."""
        import pymysql

        conns, reasons = [], []
        for n, address in self._holders(shard):
            try:
                conns.append(self._connect(address))
            except pymysql.Error as e:
                self._health.failed[n] = time.monotonic()
                self._missed.add(n)
                reasons.append(f"{address[0]}:{address[1]} ({_reason(e)})")
        if not conns:
            index = self.topology.shards[shard]["index"]
            raise BackendUnavailable(f"no node holding shard {index} answers: {', '.join(reasons)}")
        return conns

    def _on_holders(self, shard: int, statements) -> None:
        """Run statements (``{index}`` standing for the shard's index) on every holder of the shard."""
        index = self.topology.shards[shard]["index"]
        conns = self._open_holders(shard)
        try:
            for sql, params, after in statements:
                for conn in conns:
                    with conn.cursor() as cur:
                        cur.execute(sql.replace("{index}", index), params)
                if after:
                    after()
        finally:
            for conn in conns:
                conn.close()

    def _write_shard(self, shard: int, items: list[tuple[Article, Extraction]], advance) -> None:
        def statements():
            # An article that now has fewer quotes leaves the old ones' documents behind: drop them.
            old = self._quote_counts(shard, [a.id for a, _ in items])
            stale = [doc_id(f"{a.id}\x1fq{n}") for a, ex in items
                     for n in range(len(ex.quotes), old.get(a.id, 0))]
            for i in range(0, len(stale), 500):
                chunk = stale[i:i + 500]
                yield f"DELETE FROM {{index}} WHERE id IN ({', '.join(['%s'] * len(chunk))})", chunk, None
            batch, size, count = [], 0, 0
            for a, ex in items:
                docs = _docs(a, ex)
                batch += docs
                count += 1
                size += sum(len(d["body_s"]) + len(d["data"]) + 256 for d in docs)
                if size >= BATCH_BYTES:
                    yield (*_replace(batch), lambda n=count: advance(n))
                    batch, size, count = [], 0, 0
            if batch:
                yield (*_replace(batch), lambda n=count: advance(n))

        self._on_holders(shard, statements())

    def _quote_counts(self, shard: int, article_ids: list[str]) -> dict[str, int]:
        """How many quotes each article had when it was last written (its ``qn``)."""
        import pymysql

        index = self.topology.shards[shard]["index"]
        for _, address in self._holders(shard):
            try:
                conn = self._connect(address)
            except pymysql.Error:
                continue
            counts: dict[str, int] = {}
            try:
                with conn.cursor() as cur:
                    for i in range(0, len(article_ids), 500):
                        ids = [doc_id(a) for a in article_ids[i:i + 500]]
                        marks = ", ".join(["%s"] * len(ids))
                        cur.execute(f"SELECT id, aid, qn FROM {index} WHERE id IN ({marks}) AND doc_type = "
                                    f"{ARTICLE} LIMIT {len(ids)} OPTION max_matches={len(ids)}", ids)
                        counts.update({aid: qn for _, aid, qn in cur.fetchall()})
            finally:
                conn.close()
            return counts
        return {}

    def _write_meta(self, row: int, name: str, value: str) -> None:
        import pymysql

        for n, node in enumerate(self.topology.nodes):
            try:
                conn = self._connect(_hostport(node["sql"]))
            except pymysql.Error:
                self._health.failed[n] = time.monotonic()
                continue
            try:
                with conn.cursor() as cur:
                    cur.execute(f"REPLACE INTO {META} (id, name, value) VALUES (%s, %s, %s)",
                                (row, name, value))
            finally:
                conn.close()

    def delete(self, article_ids: list[str]) -> None:
        """Remove articles and their quotes (``_prune`` finds quote docs left by shorter lists)."""
        shards = len(self.topology.shards)
        by_shard: dict[int, list[str]] = {}
        for aid in article_ids:
            by_shard.setdefault(shard_of(aid, shards), []).append(aid)
        for s, aids in by_shard.items():
            ids = [doc_id(a) for a in aids]
            for _s2, rows in self._shard_rows(s):
                ids += [i for i, aid, _ in rows if aid in set(aids)]
            self._delete_ids(s, ids)

    def _delete_ids(self, shard: int, ids: list[int]) -> None:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join(["%s"] * len(chunk))
            self._on_holders(shard, [(f"DELETE FROM {{index}} WHERE id IN ({marks})", chunk, None)])

    def _shard_rows(self, shard: int):
        """Every (id, article id, type) of one shard, read from a holder that answers."""
        import pymysql

        index = self.topology.shards[shard]["index"]
        for _n, address in self._holders(shard):
            try:
                conn = self._connect(address)
            except pymysql.Error:
                continue
            try:
                rows, last = [], 0
                with conn.cursor() as cur:
                    while True:
                        cur.execute(f"SELECT id, aid, doc_type FROM {index} WHERE id > %s ORDER BY id ASC "
                                    f"LIMIT {PAGE} OPTION max_matches={PAGE}", (last,))
                        page = cur.fetchall()
                        rows += page
                        if len(page) < PAGE:
                            break
                        last = page[-1][0]
                yield shard, rows
                return
            finally:
                conn.close()
        raise BackendUnavailable(f"no node holding shard {index} answers")

    def _article_ids(self) -> set[str]:
        ids = set()
        for s in range(len(self.topology.shards)):
            for _, rows in self._shard_rows(s):
                ids |= {aid for _, aid, kind in rows if kind == ARTICLE}
        return ids

    def _prune(self, keep: set[str], quotes: dict[str, int]) -> None:
        """Delete what the corpus no longer has: removed articles and quotes past the new count."""
        keep_ids = {doc_id(a) for a in keep}
        keep_ids |= {doc_id(f"{a}\x1fq{n}") for a, c in quotes.items() for n in range(c)}
        for s in range(len(self.topology.shards)):
            for _, rows in self._shard_rows(s):
                stale = [i for i, _, _ in rows if i not in keep_ids]
                if stale:
                    self._delete_ids(s, stale)

    # -- reading --------------------------------------------------------------------------
    def is_indexed(self) -> bool:
        return self.count() > 0

    def count(self) -> int:
        return self._count(ARTICLE)

    def _count(self, kind: int) -> int:
        _, meta, _ = self._query(f"SELECT id FROM {self.topology.dist} WHERE doc_type = %s LIMIT 1", (kind,))
        return int(meta.get("total_found", 0))

    def date_counts(self, text: str) -> dict[str, int]:
        """Matching articles per month, as ``Library.date_counts`` gives them, from at most
        ``MONTHS_CAP`` matches (a cluster query returns that many rows at the most)."""
        cap = MONTHS_CAP
        t = translate(self._with_person(text))
        if t.empty:
            return {}
        where, params = t.where()
        sql = (f"SELECT id, date FROM {self.topology.dist} "
               f"WHERE {where + ' AND ' if where else ''}doc_type = %s LIMIT %s OPTION max_matches=%s")
        try:
            # Not through _query: a failed node is noted here but reported once by a search.
            rows, meta = self._execute(sql, [*params, ARTICLE, cap, cap])
        except QueryRejected:
            return {}
        for n in self._failed_nodes(meta):
            self._health.failed[n] = time.monotonic()
        counts: dict[str, int] = {}
        for _, date in rows:
            if date:
                month = f"{int(date) // 10000:04d}-{int(date) // 100 % 100:02d}"
                counts[month] = counts.get(month, 0) + 1
        return dict(sorted(counts.items()))

    def suggest(self, text: str, hits: int) -> str | None:
        return None  # no word list to correct against on the cluster

    def search(self, text: str, limit: int = 50, sort: str = "relevance", collapse: bool = True,
               suggest: bool = True) -> Results:
        started = time.perf_counter()
        t = translate(self._with_person(text))
        if t.empty:
            return Results(text, [], 0, 0.0, t.notice)
        where, params = t.where()
        order = "ORDER BY date DESC" if sort == "date" else "ORDER BY w DESC, id ASC" if t.match else ""
        sql = (f"SELECT id, aid, title_s, date, copy_of, body_s, WEIGHT() AS w FROM {self.topology.dist} "
               f"WHERE {where + ' AND ' if where else ''}doc_type = %s {order} LIMIT %s "
               f"OPTION ranker=bm25, {FIELD_WEIGHTS}, max_matches={max(limit, 1000)}")
        try:
            rows, meta, health = self._query(sql, [*params, ARTICLE, limit])
        except QueryRejected as e:
            return Results(text, [], 0, (time.perf_counter() - started) * 1000, _join(t.notice, str(e)))
        terms = query_terms(parse(text).query)
        hits = [self._hit(aid, title, date, copy_of, body, float(w), terms)
                for _, aid, title, date, copy_of, body, w in rows]
        hits += self._expand_cast(t.names, {h.id for h in hits}, limit - len(hits))
        if collapse:
            hits = collapse_copies(hits)
        quotes: list[QuoteHit] = []
        if t.fields & {"quote", "speaker", "kind"}:
            quotes = self._quotes(where, params, limit)
        elapsed = (time.perf_counter() - started) * 1000
        total = int(meta.get("total_found", len(hits)))
        return Results(text, hits, max(total, len(hits)), elapsed, _join(t.notice, health), quotes)

    def _with_person(self, text: str) -> str:
        """A query that is exactly a known person's name also matches them as a person."""
        name = text.strip().strip('"').lower()
        if name and any(p.lower() == name for p in self.people()):
            phrase = text.strip() if text.strip().startswith('"') else f'"{text.strip()}"'
            return f"person:{phrase} OR {text.strip()}"
        return text

    def _expand_cast(self, wanted: set[tuple[str, str]], seen: set[str], room: int) -> list[Hit]:
        """``actor:X`` also finds articles naming only X's character in the same show, and
        ``character:Y`` those naming only Y's actor, as on Whoosh: "the same show" is the show's
        title or another cast member named in an article that states the pair."""
        if not wanted or room <= 0:
            return []
        cast = self.cast()
        out: list[Hit] = []
        for row in cast:
            names = [row["character"], *row.get("aliases", [])]
            actor = row["actor"].lower()
            if ("actor", actor) in wanted or ("actor", actor.split()[-1]) in wanted:
                other, note = names, f"as {row['character']}"
            elif any(("character", n.lower()) in wanted for n in names):
                other, note = [*names, row["actor"]], f"{row['character']} ({row['actor']})"
            else:
                continue
            stated_in = set(row.get("articles", []))
            context = [row["work"]] if row.get("work") else []
            context += [n for r in cast if r is not row and stated_in & set(r.get("articles", []))
                        for n in (r["actor"], r["character"])]
            match = " ".join(filter(None, (any_phrase("body", other), any_phrase("body", context))))
            if not context or not match:
                continue
            rows, _, _ = self._query(
                f"SELECT id, aid, title_s, date, copy_of, body_s, WEIGHT() AS w FROM {self.topology.dist} "
                "WHERE MATCH(%s) AND doc_type = %s ORDER BY w DESC, id ASC LIMIT %s OPTION ranker=bm25",
                (match, ARTICLE, room))
            terms = ({w for n in other for w in _stems(n)}, [], [])
            for _, aid, title, date, copy_of, body, _ in rows:
                if aid not in seen:
                    seen.add(aid)
                    hit = self._hit(aid, title, date, copy_of, body, 0.0, terms)
                    hit.note = note
                    out.append(hit)
        return out[:room]

    def _hit(self, aid, title, date, copy_of, body, score, terms) -> Hit:
        where = spans(body, *terms)
        snip, snip_spans = snippet(body, where)
        return Hit(aid, title, _date(date), round(score, 3), snip, snip_spans, where, copy_of=copy_of or None)

    def _quotes(self, where: str, params: list, limit: int) -> list[QuoteHit]:
        sql = (f"SELECT id, aid, title_s, date, data, WEIGHT() AS w FROM {self.topology.dist} "
               f"WHERE {where + ' AND ' if where else ''}doc_type = %s ORDER BY w DESC, id ASC LIMIT %s "
               f"OPTION ranker=bm25")
        try:
            rows, _, _ = self._query(sql, [*params, QUOTE, limit])
        except QueryRejected:
            return []
        out = []
        for _, aid, title, date, data, _ in rows:
            _, q = json.loads(data)
            out.append(QuoteHit(aid, title, _date(date), Quote(**q)))
        return out

    def search_quotes(self, text: str, limit: int = 50) -> Results:
        started = time.perf_counter()
        t = translate(text, default=("quote",))
        quotes = [] if t.empty else self._quotes(*t.where(), limit)
        return Results(text, [], len(quotes), (time.perf_counter() - started) * 1000, t.notice, quotes)

    def _article_row(self, article_id: str):
        rows, _, _ = self._query(f"SELECT id, aid, title_s, body_s, date, data FROM {self.topology.dist} "
                                 "WHERE id = %s LIMIT 1", (doc_id(article_id),))
        return rows[0] if rows else None

    def article(self, article_id: str, text: str = "") -> ArticleView | None:
        row = self._article_row(article_id)
        if row is None:
            return None
        _, aid, title, body, date, data = row
        stored = {"id": aid, "title": title, "body": body, "date": date or None, "data": data}
        article, ex = load_extraction(stored)
        where = spans(article.text, *query_terms(parse(text).query)) if text else []
        return ArticleView(article, ex, where)

    def copies_of(self, article_id: str) -> list[tuple[str, str]]:
        rows, _, _ = self._query(f"SELECT id, aid, title_s FROM {self.topology.dist} WHERE MATCH(%s) "
                                 "AND doc_type = %s ORDER BY id ASC LIMIT 1000",
                                 (f"@copyof {story_token(article_id)}", ARTICLE))
        return [(aid, title) for _, aid, title in rows]

    def related(self, article_id: str, limit: int = 10) -> list[Hit]:
        """Same story first, then articles sharing the most of this one's distinctive words."""
        row = self._article_row(article_id)
        if row is None:
            return []
        _, _, _, body, _, data = row
        story = json.loads(data).get("story") or article_id
        cols = f"SELECT id, aid, title_s, date, copy_of, body_s, WEIGHT() AS w FROM {self.topology.dist}"
        rows, _, _ = self._query(f"{cols} WHERE MATCH(%s) AND doc_type = %s ORDER BY id ASC LIMIT %s",
                                 (f"@story {story_token(story)}", ARTICLE, limit + 1))
        none = (set(), [], [])
        out = [self._hit(r[1], r[2], r[3], r[4], r[5], 1.0, none) for r in rows if r[1] != article_id]
        seen = {article_id, *(h.id for h in out)}
        words = self._distinctive(body)
        if words and len(out) < limit:
            # Quorum 1: any of the words, as more-like-this ORs them; the ranker puts articles sharing
            # more of them first.
            match = '@body "' + " ".join(words) + '"/1'
            rows, _, _ = self._query(f"{cols} WHERE MATCH(%s) AND doc_type = %s ORDER BY w DESC, id ASC "
                                     f"LIMIT %s OPTION ranker=bm25", (match, ARTICLE, limit + len(seen)))
            for r in rows:
                if r[1] not in seen:
                    out.append(self._hit(r[1], r[2], r[3], r[4], r[5], float(r[6]), none))
                    seen.add(r[1])
        return out[:limit]

    def _distinctive(self, body: str, top: int = 10) -> list[str]:
        """The body's words that weigh most by tf-idf over the whole corpus, leaving out the words
        no other article has (they cannot lead anywhere)."""
        counts = Counter(w.lower() for w in _WORDS.findall(body) if not w.isdigit())
        candidates = [w for w, _ in counts.most_common(80)]
        docs, total = self._frequencies(candidates)

        def weight(w: str) -> float:
            return counts[w] * math.log(1 + total / (1 + docs.get(w, 0)))

        shared = [w for w in candidates if docs.get(w, 2) > 1]
        return sorted(shared, key=weight, reverse=True)[:top]

    def _frequencies(self, words: list[str]) -> tuple[dict[str, int], int]:
        """Per-word article counts (near enough: quote documents rarely hold the same words) and the
        article total, summed over every shard from one holder of each."""
        import pymysql

        docs: Counter = Counter()
        total = 0
        if not words:
            return {}, 1
        for number, shard in enumerate(self.topology.shards):
            for n, address in self._holders(number):
                if n in self._health.recent():
                    continue
                try:
                    conn = self._connect(address)
                except pymysql.Error:
                    continue
                try:
                    with conn.cursor() as cur:
                        cur.execute("CALL KEYWORDS(%s, %s, 1)", (" ".join(words), shard["index"]))
                        # Rows: position, word as typed, its stem, documents, hits.
                        docs.update({r[1]: int(r[3]) for r in cur.fetchall() if len(r) > 3})
                        cur.execute(f"SELECT id FROM {shard['index']} WHERE doc_type = %s LIMIT 1",
                                    (ARTICLE,))
                        cur.fetchall()
                        cur.execute("SHOW META")
                        total += int(dict(cur.fetchall()).get("total_found", 0))
                except pymysql.Error:
                    continue
                finally:
                    conn.close()
                break
        return dict(docs), max(total, 1)

    def _load_tables(self) -> dict:
        if self._tables is None:
            rows, _, _ = self._query(f"SELECT id, value FROM {META} WHERE id = %s", (TABLES_ID,))
            self._tables = json.loads(rows[0][1]) if rows else {}
        return self._tables

    def people(self) -> dict[str, dict]:
        return self._load_tables().get("people", {})

    def names(self) -> list[str]:
        people = self.people()
        return sorted(people, key=lambda n: (-len(people[n].get("articles", ())), n))

    def cast(self) -> list[dict]:
        return self._load_tables().get("cast", [])

    def stats(self) -> dict:
        return {"articles": self._count(ARTICLE), "quotes": self._count(QUOTE), "people": len(self.people()),
                "index": self.url, "shards": len(self.topology.shards), "nodes": len(self.topology.nodes)}


def extract_all(articles: list[Article]) -> tuple[dict[str, Extraction], dict]:
    """``extract_corpus`` with the per-article work spread over the machine's cores; also the
    corpus tables (people, cast) that ``link_corpus`` returns."""
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(articles) < PARALLEL_FROM:
        found = {a.id: extract_one(a) for a in articles}
    else:
        from multiprocessing import get_context

        # forkserver: workers must not inherit the caller's threads and open connections (the app's).
        with ProcessPoolExecutor(workers, mp_context=get_context("forkserver")) as pool:
            found = dict(zip((a.id for a in articles), pool.map(extract_one, articles, chunksize=32), strict=False))
    return found, link_corpus(articles, found)


class QueryRejected(Exception):
    """Sphinx refused the query itself (not the connection)."""


def _docs(a: Article, ex: Extraction) -> list[dict]:
    date = date_number(a.date) or 0
    story = ex.story or a.id
    docs = [{
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
        docs.append({
            "id": doc_id(f"{a.id}\x1fq{n}"), "title": a.title, "body": "", "quote": q.text,
            "speaker": _keys([q.speaker] if q.speaker else []), "person": "",
            "actor": _keys([q.actor] if q.actor else []), "character": "", "kind": key_token(q.kind),
            "story": story_token(story), "copyof": "", "doc_type": QUOTE, "date": date, "qn": n, "aid": a.id,
            "title_s": a.title, "body_s": "", "data": json.dumps([n, asdict(q)], ensure_ascii=False),
            "story_s": story, "copy_of": "",
        })
    return docs


def _replace(docs: list[dict]) -> tuple[str, list]:
    row = "(" + ", ".join(["%s"] * len(ARTICLE_COLUMNS)) + ")"
    sql = f"REPLACE INTO {{index}} ({', '.join(ARTICLE_COLUMNS)}) VALUES " + ", ".join([row] * len(docs))
    return sql, [d[c] for d in docs for c in ARTICLE_COLUMNS]


def _addresses(url: str) -> list[tuple[str, int]]:
    rest = url.split("://", 1)[1].strip("/")
    out = []
    for part in rest.split(","):
        try:
            out.append(_hostport(part))
        except ValueError:
            raise BackendUnavailable(f"not a backend address: {url!r} (expected sphinx://HOST:PORT)") \
                from None
    return out


def _hostport(text: str) -> tuple[str, int]:
    host, colon, port = text.strip().rpartition(":")
    if not colon:
        host, port = text.strip(), str(DEFAULT_PORT)
    if not host or not port.isdigit():
        raise ValueError(text)
    return host, int(port)


def _reason(e: Exception) -> str:
    args = getattr(e, "args", ())
    text = str(args[1]) if len(args) > 1 else str(e)
    if "Connection refused" in text:
        return "connection refused"
    if "Connection reset" in text:
        return "connection reset"
    if "Packet sequence number wrong" in text:
        return "it does not speak SphinxQL there: use the node's mysql41 port"
    if "timed out" in text:
        return "timed out"
    return text.split("\n")[0][:200]


def _is_query_error(e: Exception) -> bool:
    """Sphinx reports a bad query as error 1064 on a live connection; anything else is the network."""
    return bool(getattr(e, "args", None)) and e.args[0] == 1064


def _stems(name: str) -> list[str]:
    return [t.text for t in TEXT_ANALYZER(name)]


def _join(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


def _date(n: int | None) -> str | None:
    return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" if n else None
