"""The nodes of a Sphinx cluster: their configs, starting and stopping them (``byline cluster``).

Every node runs its own ``searchd`` on two ports (the binary protocol that agents speak, and
SphinxQL for clients). With N nodes there are N shards; shard ``i`` lives on node ``i`` and is
mirrored on node ``i+1``, so any one node can die and every shard still answers. Each node
also holds a distributed index ``byline`` that fans a query out to every shard through
``agent = primary|mirror`` lines, so a client may talk to any node.

Nodes run on this machine's loopback address unless ``--hosts`` places them: a node on an
address of this machine is started here; for a node elsewhere, ``up`` writes its config into
``DIR/nodeN`` (copy that folder to the same path on that host and run ``searchd --config``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

STATE = "cluster.json"
DIST = "byline"
META = "byline_meta"
HOST = "127.0.0.1"
REMOTE_API_PORT, REMOTE_SQL_PORT = 9312, 9306  # Sphinx's usual ports, for nodes on other machines

# ``copyof`` and ``story`` hold digests of article ids so an exact lookup is a plain word match.
TEXT_FIELDS = ("title", "body", "quote", "speaker", "person", "actor", "character", "kind", "story", "copyof")
UINT_ATTRS = ("doc_type", "date", "qn")
STRING_ATTRS = ("aid", "title_s", "body_s", "data", "story_s", "copy_of")


# Sphinx 2.2 knows no ``non_cjk`` alias: digits, underscore (Whoosh's ``\\w`` keeps it too),
# Latin with its accents (lower-cased, not folded, as Whoosh does) and Cyrillic.
CHARSET = ", ".join([
    "0..9", "A..Z->a..z", "_", "a..z", "U+C0..U+D6->U+E0..U+F6", "U+D8..U+DE->U+F8..U+FE", "U+DF",
    "U+E0..U+F6", "U+F8..U+FF", "U+100..U+12F/2", "U+132..U+137/2", "U+139..U+148/2", "U+14A..U+177/2",
    "U+179..U+17E/2", "U+410..U+42F->U+430..U+44F", "U+430..U+44F", "U+401->U+451", "U+451",
])


@dataclass
class Node:
    n: int
    api_port: int
    sql_port: int
    dir: str
    host: str = HOST

    @property
    def sql(self) -> str:
        return f"{self.host}:{self.sql_port}"

    @property
    def api(self) -> str:
        return f"{self.host}:{self.api_port}"


def url_of(nodes: list[Node]) -> str:
    """The backend URL naming every node: a client starts from whichever answers."""
    return "sphinx://" + ",".join(n.sql for n in nodes)


def shard_index(n: int) -> str:
    return f"byline_s{n}"


def holders(shard: int, nodes: int) -> list[int]:
    """The nodes holding a shard: its primary, then its mirror when there is a second node."""
    return [shard] if nodes == 1 else [shard, (shard + 1) % nodes]


def free_ports(count: int, host: str = HOST) -> list[int]:
    socks, ports = [], []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind((host, 0))
            socks.append(s)
            ports.append(s.getsockname()[1])
    finally:
        for s in socks:
            s.close()
    return ports


def _rt_index(name: str, path: Path) -> str:
    lines = [f"index {name}", "{", "\ttype = rt", f"\tpath = {path}"]
    lines += [f"\trt_field = {f}" for f in TEXT_FIELDS]
    lines += [f"\trt_attr_uint = {a}" for a in UINT_ATTRS]
    lines += [f"\trt_attr_string = {a}" for a in STRING_ATTRS]
    lines += [
        # Words keep every letter of every script; the same Porter stemmer Whoosh uses, so
        # ``improvise`` finds ``improvised`` on either backend.
        f"\tcharset_table = {CHARSET}",
        "\tmorphology = stem_en",
        "\tdict = keywords",
        "\tmin_prefix_len = 1",
        "\tindex_exact_words = 1",
        # Field lengths, for BM25F as the local index scores it.
        "\tindex_field_lengths = 1",
        "\trt_mem_limit = 128M",
        "}",
    ]
    return "\n".join(lines)


def _meta_index(path: Path) -> str:
    return "\n".join([f"index {META}", "{", "\ttype = rt", f"\tpath = {path}", "\trt_field = name",
                      "\trt_attr_string = value", "}"])


def node_config(node: Node, nodes: list[Node]) -> str:
    home = Path(node.dir)
    parts = [
        "searchd",
        "{",
        f"\tlisten = {node.api}",
        f"\tlisten = {node.sql}:mysql41",
        f"\tlog = {home / 'searchd.log'}",
        f"\tquery_log = {home / 'query.log'}",
        f"\tpid_file = {home / 'searchd.pid'}",
        f"\tbinlog_path = {home}",
        "\tread_timeout = 5",
        "\tclient_timeout = 300",
        "\tmax_packet_size = 32M",
        # A dead mirror is noticed within a second and skipped until it answers pings again.
        "\tha_ping_interval = 500",
        "\tha_period_karma = 10",
        "}",
    ]
    count = len(nodes)
    for shard in range(count):
        if node.n in holders(shard, count):
            parts.append(_rt_index(shard_index(shard), home / shard_index(shard)))
    parts.append(_meta_index(home / META))
    agents = []
    for shard in range(count):
        mirrors = "|".join(f"{nodes[h].api}:{shard_index(shard)}" for h in holders(shard, count))
        agents.append(f"\tagent = {mirrors}")
    parts += [f"index {DIST}", "{", "\ttype = distributed", *agents,
              "\tagent_connect_timeout = 300", "\tagent_query_timeout = 5000",
              "\tha_strategy = nodeads", "}"]
    return "\n".join(parts) + "\n"


def _conf(node: Node) -> Path:
    return Path(node.dir) / "sphinx.conf"


def _searchd() -> str | None:
    return shutil.which("searchd")


def _wait_sql(node: Node, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _answers(node):
            return True
        time.sleep(0.05)
    return False


def _answers(node: Node) -> bool:
    try:
        with socket.create_connection((node.host, node.sql_port), timeout=0.5):
            return True
    except OSError:
        return False


def is_local(host: str) -> bool:
    """Whether ``host`` is an address of this machine (any of 127.0.0.0/8 is)."""
    try:
        with socket.socket() as s:
            s.bind((host, 0))
    except OSError:
        return False
    return True


def up(directory: Path, count: int = 3, searchd: str | None = None, fresh: bool = False,
       hosts: list[str] | None = None) -> str:
    """Start the cluster in ``directory`` and return the backend URL naming every node.

    A new folder gets configs and empty shards. On a folder that already holds a cluster of
    ``count`` nodes, only the nodes that are down are started again, with what their shards
    held (a node that was down has missed the writes made meanwhile; the next ``byline index``
    refills it). ``fresh`` starts over. ``hosts`` places node ``i`` on ``hosts[i % len(hosts)]``;
    nodes on other machines get a config in ``DIR/nodeN`` and are started there.
    ``searchd`` may name another daemon that reads the same config, e.g. Manticore's.
    """
    exe = shutil.which(searchd) if searchd else _searchd()
    if exe is None:
        raise ClusterError(f"{searchd or 'searchd'} is not installed (Debian: apt-get install sphinxsearch)")
    if count < 1:
        raise ClusterError("a cluster needs at least one node")
    directory = directory.resolve()
    old = read_nodes(directory)
    if old and not fresh:
        if len(old) != count:
            raise ClusterError(f"{directory} holds a {len(old)}-node cluster; --fresh replaces it")
        for node in old:
            pid = node_pid(node)
            if is_local(node.host) and (pid is None or not _alive(pid)):
                _start(exe, node, directory)
        write_topology(old)
        return url_of(old)
    if old:
        # Old shards on disk would keep their old schema whatever the new config says.
        down(directory)
        for node in old:
            shutil.rmtree(node.dir, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True)
    places = [(hosts or [HOST])[n % len(hosts or [HOST])] for n in range(count)]
    # A port found free may be taken by someone else before searchd binds it: try new ones.
    for attempt in range(3):
        nodes = []
        for n, host in enumerate(places):
            api, sql = free_ports(2, host) if is_local(host) else (REMOTE_API_PORT, REMOTE_SQL_PORT)
            nodes.append(Node(n, api, sql, str(directory / f"node{n}"), host))
        for node in nodes:
            Path(node.dir).mkdir(parents=True, exist_ok=True)
            _conf(node).write_text(node_config(node, nodes), encoding="utf-8")
        state = json.dumps({"nodes": [asdict(n) for n in nodes]}, indent=1)
        (directory / STATE).write_text(state, encoding="utf-8")
        try:
            for node in nodes:
                if is_local(node.host):
                    _start(exe, node, directory)
            break
        except ClusterError:
            if attempt == 2:
                raise
            for node in nodes:
                shutil.rmtree(node.dir, ignore_errors=True)
    write_topology(nodes)
    return url_of(nodes)


def _start(exe: str, node: Node, directory: Path) -> None:
    busy = [p for p in (node.api_port, node.sql_port) if not _port_free(node.host, p)]
    if busy:
        raise ClusterError(f"node {node.n} did not start: port {busy[0]} is taken")
    # The daemon's output goes to a file: a pipe would stay open as long as the daemon runs.
    log = Path(node.dir) / "startup.log"
    with open(log, "w", encoding="utf-8") as out:
        try:
            code = subprocess.run([exe, "--config", str(_conf(node))], stdout=out, stderr=subprocess.STDOUT,
                                  timeout=30).returncode
        except subprocess.TimeoutExpired:
            code = None
    if code != 0 or not _wait_sql(node, 10):
        down(directory)
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        raise ClusterError(f"node {node.n} did not start: {lines[-1] if lines else 'no output'}")


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        # As searchd binds: a port left in TIME_WAIT by a node that just died is free to reuse.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def topology(nodes: list[Node]) -> dict:
    """What a client needs to write to the shards: where each node listens, who holds what."""
    count = len(nodes)
    return {
        "dist": DIST,
        "nodes": [{"api": n.api, "sql": n.sql} for n in nodes],
        "shards": [{"index": shard_index(s), "holders": holders(s, count)} for s in range(count)],
    }


def write_topology(nodes: list[Node]) -> None:
    """Every node keeps the topology, so a client can start from any of them. A node that does
    not answer (down, or on a machine where it is not started yet) gets it from the next ``up``."""
    import pymysql

    value = json.dumps(topology(nodes))
    for node in nodes:
        try:
            conn = pymysql.connect(host=node.host, port=node.sql_port, user="", autocommit=True, connect_timeout=5,
                                   ssl_disabled=True)
        except pymysql.Error:
            continue
        try:
            with conn.cursor() as cur:
                cur.execute(f"REPLACE INTO {META} (id, name, value) VALUES (1, 'topology', %s)", (value,))
        finally:
            conn.close()


def read_nodes(directory: Path) -> list[Node]:
    try:
        data = json.loads((directory / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Node(**n) for n in data.get("nodes", [])]


def node_pid(node: Node) -> int | None:
    try:
        return int((Path(node.dir) / "searchd.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A stopped daemon that has not been reaped yet still answers kill(0); it is gone all the same.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return True


def stop_node(node: Node, wait: float = 10.0) -> None:
    pid = node_pid(node)
    if pid is None or not _alive(pid):
        return
    watchdog = _watchdog(pid)
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + wait
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    # The watchdog leaves once its searchd has; wait so "down" means no process is left.
    deadline = time.monotonic() + 2
    while watchdog and _alive(watchdog) and time.monotonic() < deadline:
        time.sleep(0.05)


def _watchdog(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            parent = int(f.read().split(") ", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return parent if parent > 1 and _is_searchd(parent) else None


def down(directory: Path) -> int:
    """Stop every node of the cluster in ``directory``; how many were running."""
    nodes = read_nodes(directory.resolve())
    running = 0
    for node in nodes:
        pid = node_pid(node)
        if pid is not None and _alive(pid):
            running += 1
        stop_node(node)
    return running


def kill_node(node: Node) -> None:
    """Kill a node the hard way (its watchdog first, so nothing restarts it): a crash, for tests."""
    pid = node_pid(node)
    if pid is None or not _alive(pid):
        return
    watchdog = _watchdog(pid)
    for victim in ([watchdog] if watchdog else []) + [pid]:
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _is_searchd(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"searchd" in f.read().split(b"\0")[0]
    except OSError:
        return False


class ClusterError(Exception):
    """The cluster could not be started; the message says why in plain words."""
