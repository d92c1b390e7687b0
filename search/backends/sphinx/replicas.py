"""Writes that reach every holder of a shard, and holders that catch up after an outage.

Each holder keeps, in its own ``byline_meta``, a version per shard it holds. A write run
raises the version on the holders that took every write; a holder that was down, or dropped
out part way, keeps its old version. The next write run (or ``byline cluster status``) sees
it behind, and ``sync`` refills it from a holder that is not: every article rebuilt from that
holder's rows, and every document the other does not have deleted. The cluster-wide rows of
``byline_meta`` (tables, manifest, term list) are versioned and refilled the same way.
"""

from __future__ import annotations

import json
import time

from search.backends import BackendUnavailable
from search.backends.sphinx.connection import META, Connection
from search.backends.sphinx.docs import ARTICLE, ROW_COLUMNS, docs, from_row, quote_ids, replace_statement

PAGE = 1000
BATCH_BYTES = 2 << 20
VERSION_ID = 100  # + shard number: that shard's version on this node
META_VERSION_ID = 99  # the version of this node's cluster-wide rows
NODE_ROWS = range(META_VERSION_ID, 900)  # rows that belong to one node (versions), never copied


class Replicas:
    def __init__(self, conn: Connection):
        self.c = conn
        self.missed: set[int] = set()  # nodes that missed a write in this run

    @property
    def topology(self):
        return self.c.topology

    def holders(self, shard: int) -> list[int]:
        return list(self.topology.shards[shard]["holders"])

    def open(self, n: int):
        """A connection to node ``n``, or None (and the node counted as missed) when it is down."""
        import pymysql

        try:
            return self.c.connect(self.c.node_address(n))
        except pymysql.Error:
            self.c._health.failed[n] = time.monotonic()
            self.missed.add(n)
            return None

    # -- versions -------------------------------------------------------------------------
    def versions(self, row: int, nodes: list[int]) -> dict[int, int | None]:
        """Each node's version in ``row`` (0 when it has none); None for a node that is down."""
        import pymysql

        out: dict[int, int | None] = {}
        for n in nodes:
            conn = self.open(n)
            if conn is None:
                out[n] = None
                continue
            try:
                with conn.cursor() as cur:
                    cur.execute(f"SELECT id, value FROM {META} WHERE id = %s", (row,))
                    rows = cur.fetchall()
                out[n] = int(json.loads(rows[0][1])["v"]) if rows else 0
            except pymysql.Error:
                out[n] = None
            finally:
                conn.close()
        return out

    def _set_version(self, conn, row: int, version: int) -> None:
        with conn.cursor() as cur:
            cur.execute(f"REPLACE INTO {META} (id, name, value) VALUES (%s, 'version', %s)",
                        (row, json.dumps({"v": version})))

    def behind(self) -> list[tuple[int, str]]:
        """(node, what) for every holder that is up but missed writes: a shard or the shared rows."""
        out = []
        for shard, info in enumerate(self.topology.shards):
            found = self.versions(VERSION_ID + shard, self.holders(shard))
            best = max((v for v in found.values() if v is not None), default=0)
            out += [(n, info["index"]) for n, v in found.items() if v is not None and v < best]
        found = self.versions(META_VERSION_ID, list(range(len(self.topology.nodes))))
        best = max((v for v in found.values() if v is not None), default=0)
        out += [(n, META) for n, v in found.items() if v is not None and v < best]
        return out

    def sync(self) -> list[str]:
        """Refill every holder that is behind from one that is not; what was refilled."""
        done = []
        for shard, info in enumerate(self.topology.shards):
            found = self.versions(VERSION_ID + shard, self.holders(shard))
            live = {n: v for n, v in found.items() if v is not None}
            if not live:
                continue
            source = max(live, key=lambda n: live[n])
            for n, v in live.items():
                if v < live[source]:
                    self._copy(source, n, info["index"], shard_docs=True)
                    self._stamp(n, VERSION_ID + shard, live[source])
                    done.append(f"{info['index']} on node {n}")
        found = self.versions(META_VERSION_ID, list(range(len(self.topology.nodes))))
        live = {n: v for n, v in found.items() if v is not None}
        if live:
            source = max(live, key=lambda n: live[n])
            for n, v in live.items():
                if v < live[source]:
                    self._copy(source, n, META, shard_docs=False)
                    self._stamp(n, META_VERSION_ID, live[source])
                    done.append(f"{META} on node {n}")
        return done

    def _stamp(self, n: int, row: int, version: int) -> None:
        conn = self.open(n)
        if conn is not None:
            try:
                self._set_version(conn, row, version)
            finally:
                conn.close()

    def bump(self) -> None:
        """After a write run: one version up on every holder that took every write."""
        for shard in range(len(self.topology.shards)):
            self._bump(VERSION_ID + shard, self.holders(shard))
        self._bump(META_VERSION_ID, list(range(len(self.topology.nodes))))

    def _bump(self, row: int, nodes: list[int]) -> None:
        found = self.versions(row, [n for n in nodes if n not in self.missed])
        # A clock, not a count: a holder that was behind and took this run's writes alone (its
        # mirror down) must come out ahead of the version its mirror already has.
        new = max(max((v for v in found.values() if v is not None), default=0) + 1, time.time_ns() // 1000)
        for n, v in found.items():
            if v is not None:
                self._stamp(n, row, new)

    # -- copying ----------------------------------------------------------------------------
    def _pages(self, conn, index: str, columns: str, where: str = ""):
        last = 0
        with conn.cursor() as cur:
            while True:
                cur.execute(f"SELECT {columns} FROM {index} WHERE id > %s {where} ORDER BY id ASC "
                            f"LIMIT {PAGE} OPTION max_matches={PAGE}", (last,))
                page = cur.fetchall()
                if page:
                    yield page
                if len(page) < PAGE:
                    return
                last = page[-1][0]

    def _copy(self, source: int, target: int, index: str, shard_docs: bool) -> None:
        """Make ``index`` on ``target`` hold what it holds on ``source``."""
        src, dst = self.open(source), self.open(target)
        if src is None or dst is None:
            for conn in (src, dst):
                if conn is not None:
                    conn.close()
            return
        try:
            keep: set[int] = set()
            if shard_docs:
                for page in self._pages(src, index, ROW_COLUMNS, f"AND doc_type = {ARTICLE}"):
                    batch: list[dict] = []
                    for row in page:
                        batch += docs(*from_row(row))
                    keep.update(d["id"] for d in batch)
                    for part in _by_size(batch):
                        sql, params = replace_statement(part)
                        with dst.cursor() as cur:
                            cur.execute(sql.replace("{index}", index), params)
            else:
                for page in self._pages(src, index, "id, value"):
                    rows = [r for r in page if r[0] not in NODE_ROWS]
                    keep.update(r[0] for r in page)
                    for part in (rows[i:i + 20] for i in range(0, len(rows), 20)):
                        marks = ", ".join(["(%s, '', %s)"] * len(part))
                        with dst.cursor() as cur:
                            cur.execute(f"REPLACE INTO {index} (id, name, value) VALUES {marks}",
                                        [x for r in part for x in r])
            extra = [i for page in self._pages(dst, index, "id") for (i, *_) in page
                     if i not in keep and i not in NODE_ROWS]
            for i in range(0, len(extra), 500):
                chunk = extra[i:i + 500]
                with dst.cursor() as cur:
                    cur.execute(f"DELETE FROM {index} WHERE id IN ({', '.join(['%s'] * len(chunk))})", chunk)
        finally:
            src.close()
            dst.close()

    # -- writing ----------------------------------------------------------------------------
    def on_holders(self, shard: int, statements) -> None:
        """Run statements (``{index}`` standing for the shard's index) on every holder that answers.

        A holder that stops answering part way is left out from there on, and counted as missed."""
        import pymysql

        from search.backends.sphinx.connection import _is_query_error

        index = self.topology.shards[shard]["index"]
        conns = {n: c for n in self.holders(shard) if (c := self.open(n)) is not None}
        try:
            for sql, params in statements:
                for n, conn in list(conns.items()):
                    try:
                        with conn.cursor() as cur:
                            cur.execute(sql.replace("{index}", index), params)
                    except pymysql.Error as e:
                        if _is_query_error(e):
                            raise
                        self.missed.add(n)
                        self.c._health.failed[n] = time.monotonic()
                        conns.pop(n).close()
                if not conns:
                    raise BackendUnavailable(f"no node holding shard {index} answers")
        finally:
            for conn in conns.values():
                conn.close()

    def on_nodes(self, statements: list[tuple[str, tuple]]) -> None:
        """Statements on every node that answers (the cluster-wide rows of ``byline_meta``)."""
        import pymysql

        for n in range(len(self.topology.nodes)):
            conn = self.open(n)
            if conn is None:
                continue
            try:
                with conn.cursor() as cur:
                    for sql, params in statements:
                        cur.execute(sql, params)
            except pymysql.Error:
                self.missed.add(n)
            finally:
                conn.close()

    def quote_counts(self, shard: int, article_ids: list[str]) -> dict[str, int]:
        """How many quotes each article had when last written (its ``qn``): the most any holder
        has, so quotes a stale holder still keeps are deleted too."""
        import pymysql

        from search.backends.sphinx.docs import doc_id

        index = self.topology.shards[shard]["index"]
        counts: dict[str, int] = {}
        for n in self.holders(shard):
            conn = self.open(n)
            if conn is None:
                continue
            try:
                with conn.cursor() as cur:
                    for i in range(0, len(article_ids), 500):
                        ids = [doc_id(a) for a in article_ids[i:i + 500]]
                        marks = ", ".join(["%s"] * len(ids))
                        cur.execute(f"SELECT id, aid, qn FROM {index} WHERE id IN ({marks}) AND doc_type = "
                                    f"{ARTICLE} LIMIT {len(ids)} OPTION max_matches={len(ids)}", ids)
                        for _, aid, qn in cur.fetchall():
                            counts[aid] = max(counts.get(aid, 0), qn)
            except pymysql.Error:
                self.missed.add(n)
                self.c._health.failed[n] = time.monotonic()
            finally:
                conn.close()
        return counts

    def article_ids(self, shard: int) -> set[str]:
        """The articles any holder of the shard has: a stale holder's leftovers are found too."""
        import pymysql

        index = self.topology.shards[shard]["index"]
        ids: set[str] = set()
        answered = False
        for n in self.holders(shard):
            conn = self.open(n)
            if conn is None:
                continue
            try:
                for page in self._pages(conn, index, "id, aid", f"AND doc_type = {ARTICLE}"):
                    ids.update(aid for _, aid in page)
                answered = True
            except pymysql.Error:
                self.missed.add(n)
            finally:
                conn.close()
        if not answered:
            raise BackendUnavailable(f"no node holding shard {index} answers")
        return ids

    def delete_articles(self, shard: int, article_ids: list[str]) -> None:
        from search.backends.sphinx.docs import doc_id

        counts = self.quote_counts(shard, article_ids)
        ids = [doc_id(a) for a in article_ids] + [i for a in article_ids for i in quote_ids(a, 0, counts.get(a, 0))]
        self.on_holders(shard, [(f"DELETE FROM {{index}} WHERE id IN ({', '.join(['%s'] * len(chunk))})", chunk)
                                for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500))])

    def optimize(self) -> None:
        """Merge each holder's disk chunks into one: a long-lived real-time index otherwise slows down."""
        import pymysql

        for shard, info in enumerate(self.topology.shards):
            for n in self.holders(shard):
                conn = self.open(n)
                if conn is None:
                    continue
                try:
                    with conn.cursor() as cur:
                        cur.execute(f"OPTIMIZE INDEX {info['index']}")
                except pymysql.Error:
                    pass  # a holder that cannot merge now merges next time
                finally:
                    conn.close()


def _by_size(batch: list[dict]):
    part, size = [], 0
    for d in batch:
        part.append(d)
        size += len(d["body_s"]) + len(d["data"]) + 256
        if size >= BATCH_BYTES:
            yield part
            part, size = [], 0
    if part:
        yield part
