"""``byline cluster up|down|status``: a Sphinx cluster for the distributed backend.

``up`` and ``status`` end with the cluster's URL naming every node, which ``--backend`` takes;
``status`` also says which node that is up missed writes while it was down.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from search.backends.sphinx.nodes import (  # noqa: F401 (the cluster's tools, for callers)
    STATE,
    ClusterError,
    Node,
    _alive,
    _answers,
    _conf,
    down,
    free_ports,
    is_local,
    kill_node,
    node_pid,
    read_nodes,
    stop_node,
    up,
    url_of,
)


def add_cluster_parser(parsers: dict[str, argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="byline cluster", description="start or stop a Sphinx cluster for the distributed backend",
        epilog="`up` and `status` print the cluster's URL last, naming every node "
               "(sphinx://HOST:PORT,HOST:PORT,…): give it to --backend, and a client starts from "
               "whichever node answers.")
    p.add_argument("action", choices=("up", "down", "status"))
    p.add_argument("--nodes", type=int, default=3, help="how many searchd nodes (default 3)")
    p.add_argument("--dir", required=True, metavar="DIR", help="folder for the nodes' configs and data")
    p.add_argument("--searchd", metavar="PATH", help="the search daemon to run (default: searchd on PATH)")
    p.add_argument("--fresh", action="store_true", help="start over with empty shards")
    p.add_argument("--hosts", metavar="A,B,…", help="addresses to place the nodes on, in turn (default "
                   "127.0.0.1); nodes on other machines get a config to start there")
    p.set_defaults(func=cmd_cluster)
    parsers["cluster"] = p
    return p


def cmd_cluster(args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    if args.action == "up":
        hosts = [h.strip() for h in args.hosts.split(",") if h.strip()] if args.hosts else None
        try:
            url = up(directory, args.nodes, args.searchd, args.fresh, hosts)
        except ClusterError as e:
            print(f"byline: {e}", file=sys.stderr)
            return 1
        for node in read_nodes(directory.resolve()):
            where = "" if is_local(node.host) else (
                f" — on {node.host}: copy {node.dir} there and run searchd --config {_conf(node)}")
            print(f"node {node.n}: sql {node.sql}, agents {node.api}{where}")
        print(url)
        return 0
    if args.action == "down":
        stopped = down(directory)
        print(f"stopped {stopped} node{'s' if stopped != 1 else ''}")
        return 0
    nodes = read_nodes(directory.resolve())
    if not nodes:
        print(f"byline: no cluster in {directory}", file=sys.stderr)
        return 1
    behind = _behind(nodes)
    for node in nodes:
        pid = node_pid(node)
        running = (pid and _alive(pid)) if is_local(node.host) else _answers(node)
        state = "up" if running else "down"
        late = behind.get(node.n)
        if running and late:
            state += f", behind on {', '.join(late)}: `byline index --backend URL` refills it"
        print(f"node {node.n}: {state} (sql {node.sql})")
    print(url_of(nodes))
    return 0


def _behind(nodes: list[Node]) -> dict[int, list[str]]:
    """What each node that is up missed while it was down (nothing when no node answers)."""
    from search.backends import BackendUnavailable, open_backend
    from search.backends.sphinx.replicas import Replicas

    try:
        backend = open_backend(url_of(nodes))
    except BackendUnavailable:
        return {}
    try:
        out: dict[int, list[str]] = {}
        for n, what in Replicas(backend).behind():
            out.setdefault(n, []).append(what)
        return out
    finally:
        backend.close()


def main(argv: list[str] | None = None) -> int:
    parsers: dict[str, argparse.ArgumentParser] = {}
    args = add_cluster_parser(parsers).parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
