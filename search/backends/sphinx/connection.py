"""Talking to a Sphinx cluster: node addresses, failover between nodes, the topology, health.

A client is given one or more nodes (``sphinx://a:9306,b:9306``) and learns the rest from
the topology every node keeps; a statement runs on whichever node answers first.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field

from search.backends import BackendUnavailable

META = "byline_meta"
TOPOLOGY_ID, TABLES_ID = 1, 2
DEFAULT_PORT = 9306  # SphinxQL's usual port on Sphinx and Manticore
_AGENT = re.compile(r"agent ([^\s:]+:\d+)")


@dataclass
class Topology:
    dist: str
    nodes: list[dict]  # {"api": "host:port", "sql": "host:port"}
    shards: list[dict]  # {"index": "byline_s0", "holders": [node numbers]}

    def node_of_agent(self, agent: str) -> int | None:
        return next((n for n, node in enumerate(self.nodes) if node["api"] == agent), None)

    def url(self) -> str:
        """The URL naming every node, so a client can start from any that answers."""
        return "sphinx://" + ",".join(node["sql"] for node in self.nodes)


@dataclass
class _Health:
    """Nodes that failed lately, and which of them the user was already told about."""

    failed: dict[int, float] = field(default_factory=dict)
    told: set[int] = field(default_factory=set)

    def recent(self, seconds: float = 10.0) -> set[int]:
        now = time.monotonic()
        return {n for n, t in self.failed.items() if now - t < seconds}


class QueryRejected(Exception):
    """Sphinx refused the query itself (not the connection)."""


class Connection:
    """One client's way into the cluster: a SphinxQL connection that moves to another node
    when its node dies, and fan-out queries that retry while a dead node's shards have mirrors."""

    def __init__(self, url: str, connect_timeout: float = 3.0):
        self.url = url
        self.addresses = _addresses(url)
        self.connect_timeout = connect_timeout
        self._lock = threading.RLock()
        self._conn = None
        self._health = _Health()
        self.topology: Topology | None = None
        self.topology = self._read_topology()

    def connect(self, address: tuple[str, int]):
        import pymysql
        from pymysql.constants import CLIENT

        # Several statements a round trip: the corpus-wide statistics of a query's words at once.
        return pymysql.connect(host=address[0], port=address[1], user="", autocommit=True,
                               client_flag=CLIENT.MULTI_STATEMENTS,
                               connect_timeout=self.connect_timeout, read_timeout=30, write_timeout=30,
                               charset="utf8mb4", ssl_disabled=True)  # searchd speaks no TLS; a context costs 55 ms

    def node_address(self, n: int) -> tuple[str, int]:
        return _hostport(self.topology.nodes[n]["sql"])

    def _candidates(self) -> list[tuple[str, int]]:
        extra = [_hostport(n["sql"]) for n in self.topology.nodes] if self.topology else []
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
                self._conn = self.connect(address)
                return self._conn.cursor()
            except pymysql.Error as e:
                reasons.append(f"{address[0]}:{address[1]} ({_reason(e)})")
        raise BackendUnavailable(f"cannot reach the Sphinx cluster at {', '.join(reasons)}")

    def _execute(self, sql: str, params=()) -> tuple[list[tuple], dict]:
        """Rows and ``SHOW META`` of one statement, on whichever node answers.

        A node that has just died can fail a query outright ("agent …: connect() failed") until
        its mirrors' karma catches up: the node is noted and the query tried again a moment later."""
        for attempt in range(6):
            try:
                return self._execute_once(sql, params)
            except QueryRejected as e:
                failed = {self.topology.node_of_agent(a) for a in _AGENT.findall(str(e))} if self.topology else set()
                failed.discard(None)
                if not failed or attempt == 5:
                    raise
                now = time.monotonic()
                for n in failed:
                    self._health.failed[n] = now
                time.sleep(0.1 * (attempt + 1))
        raise AssertionError("unreachable")

    def _execute_once(self, sql: str, params=()) -> tuple[list[tuple], dict]:
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

    def totals(self, matches: list[str], where: str = "") -> list[int]:
        """How many documents of the distributed index match each ``MATCH()`` expression, in one
        round trip (``where`` narrows them all)."""
        import pymysql

        if not matches:
            return []
        sql = "".join(f"SELECT id FROM {self.topology.dist} WHERE MATCH(%s){where} LIMIT 1; SHOW META; "
                      for _ in matches)
        with self._lock:
            for attempt in range(2):
                cur = self._cursor()
                try:
                    cur.execute(sql, matches)
                    out = []
                    while True:
                        rows = cur.fetchall()
                        if rows and len(rows[0]) == 2 and isinstance(rows[0][0], str):
                            out.append(int(dict(rows).get("total_found", 0)))
                        if not cur.nextset():
                            break
                    return out
                except pymysql.MySQLError as e:
                    if _is_query_error(e):
                        raise QueryRejected(_reason(e)) from e
                    self._conn = None
                    if attempt:
                        raise BackendUnavailable(f"the Sphinx cluster stopped answering ({_reason(e)})") from e
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


def _addresses(url: str) -> list[tuple[str, int]]:
    rest = url.split("://", 1)[1].strip("/")
    out = []
    for part in rest.split(","):
        try:
            out.append(_hostport(part))
        except ValueError:
            raise BackendUnavailable(f"not a backend address: {url!r} (expected sphinx://HOST:PORT[,HOST:PORT…])") \
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
