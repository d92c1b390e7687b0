"""The SphinxQL backend on a real 3-node searchd cluster on loopback ports.

Skipped when Sphinx's ``searchd`` is not installed (Debian: ``apt-get install sphinxsearch``).
Every cluster started here is stopped again, whatever the test does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("searchd") is None,
                                reason="Sphinx searchd is not installed (apt-get install sphinxsearch)")

pymysql = pytest.importorskip("pymysql")

from search.backends import BackendUnavailable, open_backend  # noqa: E402
from search.backends.sphinx import cluster  # noqa: E402
from search.library import Library  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "devcorpus" / "articles"
# Queries whose whole answer fits in ten hits on the devcorpus, so the top-10 set is the answer.
NARROW = ["Glasswater", '"Fablecon"', "Vane", "cinder*", "speaker:Okafor", 'actor:"Roderick Vane"',
          "Glasswater -season", "title:review", "Glasswater OR Cinderfall", "date:[2024-01-01 TO 2024-03-31]",
          "funeral", "quote:love", "box office", "trailer Glasswater", "speaker:Vane", "character:Vex",
          'person:"Roderick Vane"', "Lumen", "casting -Glasswater", "interview OR weekend", "Halcyon",
          # The cast table carries these to articles naming only the character, or only the actor.
          'character:"Abel Marrow"', 'character:"Josie Quill"', "actor:Oduya", 'actor:"Linnea Hart"']
# Queries with more than ten hits: the full sets must agree (rankings differ between engines).
BROAD = ["date:2024", "season OR premiere", "the", "said", "kind:speech"]


def _up(directory: Path, nodes: int) -> str:
    done = subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "up", "--nodes", str(nodes), "--dir",
                           str(directory)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def _down(directory: Path) -> None:
    subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "down", "--dir", str(directory)],
                   capture_output=True, timeout=60)


@pytest.fixture(scope="module", autouse=True)
def _private_cache(tmp_path_factory):
    """What the indexer keeps on this machine for a cluster goes under tmp, never the user's cache."""
    import os

    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME")
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(scope="module")
def extracted():
    """The devcorpus read and understood once, for the tests that start clusters of their own."""
    from search.backends.sphinx.docs import extract_all
    from search.ingest.files import load

    articles, _ = load([CORPUS])
    return (articles, *extract_all(articles))


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    directory = tmp_path_factory.mktemp("cluster")
    try:
        url = _up(directory, 3)
        backend = open_backend(url)
        backend.index_paths([CORPUS])
        backend.close()
        yield url
    finally:
        _down(directory)


@pytest.fixture(scope="module")
def whoosh(tmp_path_factory):
    lib = Library([CORPUS], tmp_path_factory.mktemp("whoosh"))
    lib.update()
    yield lib
    lib.close()


@pytest.fixture
def sphinx(url):
    backend = open_backend(url)
    yield backend
    backend.close()


def test_cluster_up_prints_the_backend_url_last(url):
    assert url.startswith("sphinx://127.0.0.1:")
    int(url.rsplit(":", 1)[1])


def test_counts_match_whoosh(sphinx, whoosh):
    assert sphinx.count() == whoosh.count() == 16
    assert sphinx.stats()["quotes"] == whoosh.stats()["quotes"]


@pytest.mark.parametrize("query", NARROW)
def test_top_ten_sets_match_whoosh(sphinx, whoosh, query):
    mine, theirs = sphinx.search(query, limit=10), whoosh.search(query, limit=10)
    assert theirs.hits, f"{query} should find something on the devcorpus"
    assert {(h.id, h.note) for h in mine.hits} == {(h.id, h.note) for h in theirs.hits}
    assert {h.id: h.spans for h in mine.hits} == {h.id: h.spans for h in theirs.hits}
    if " -" in query:
        # Whoosh estimates the total of a query with NOT; counting its hits is exact. (At limit=10:
        # with a larger limit whoosh3 3.54 lets the first excluded document through an AndNot.)
        every = whoosh.search(query, limit=10, collapse=False).hits
        assert len(every) < 10 and mine.total == len(every)
    else:
        assert mine.total == theirs.total
    # Quotes come ranked too; with room for all of them the sets must agree.
    mine, theirs = sphinx.search(query, limit=200), whoosh.search(query, limit=200)
    assert {(q.article_id, q.quote.start) for q in mine.quotes} == {(q.article_id, q.quote.start)
                                                                   for q in theirs.quotes}


@pytest.mark.parametrize("query", BROAD)
def test_broad_queries_find_the_same_articles(sphinx, whoosh, query):
    mine, theirs = sphinx.search(query, limit=100), whoosh.search(query, limit=100)
    assert theirs.total > 10
    assert mine.total == theirs.total
    assert {h.id for h in mine.hits} == {h.id for h in theirs.hits}


def test_hits_carry_the_same_spans_and_snippets_as_whoosh(sphinx, whoosh):
    for query in ("Glasswater", '"Fablecon"', "cinder*"):
        mine = {h.id: h for h in sphinx.search(query).hits}
        for h in whoosh.search(query).hits:
            assert mine[h.id].spans == h.spans and h.spans
            assert (mine[h.id].snippet, mine[h.id].snippet_spans) == (h.snippet, h.snippet_spans)
            assert mine[h.id].title == h.title and mine[h.id].date == h.date


def test_article_view_matches_whoosh(sphinx, whoosh):
    some = whoosh.search("Glasswater").hits[0].id
    mine, theirs = sphinx.article(some, "Glasswater"), whoosh.article(some, "Glasswater")
    assert mine.article == theirs.article
    assert mine.extraction == theirs.extraction
    assert mine.spans == theirs.spans and mine.spans
    assert sphinx.article("no-such-article.txt") is None


def test_people_cast_copies_and_quotes(sphinx, whoosh):
    assert sphinx.people() == whoosh.people()
    assert sphinx.cast() == whoosh.cast()
    for aid in {h.id for h in whoosh.search("Glasswater", collapse=False).hits}:
        assert sorted(sphinx.copies_of(aid)) == sorted(whoosh.copies_of(aid))
    mine, theirs = sphinx.search_quotes("love OR fans"), whoosh.search_quotes("love OR fans")
    assert theirs.quotes
    assert {(q.article_id, q.quote.start) for q in mine.quotes} == {(q.article_id, q.quote.start)
                                                                   for q in theirs.quotes}


def test_related_starts_with_the_same_story(sphinx, whoosh):
    aid = "glasswater-fablecon-screenline.txt"
    story = {h.id for h in whoosh.related(aid) if h.score == 1.0}
    mine = sphinx.related(aid)
    assert story and {h.id for h in mine[:len(story)]} == story
    assert aid not in {h.id for h in mine}
    # Then articles sharing its distinctive words: every article has some, never itself, once each.
    for other in {h.id for h in whoosh.search("the", limit=100, collapse=False).hits}:
        ids = [h.id for h in sphinx.related(other, limit=5)]
        assert 1 <= len(ids) <= 5 and other not in ids and len(set(ids)) == len(ids)


HOSTILE = [
    "') OR 'a'='a'; --", "'); DELETE FROM byline_s0 WHERE id>0; --", 'x") OR MATCH("@body the',
    "@body the", "a MAYBE b NEAR/3 c", "ZONE:(h1) x", "\\", "\\'", "%s", "'", '"', "date:[2020 TO 2021') --]",
    "speaker:'; DROP TABLE byline; --", "title:\"x') OR ('1'='1\"", "\x00\x1b[31m", "-the", "(((",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_searched_as_words(sphinx, whoosh, query):
    mine = sphinx.search(query)
    # Whatever the words are, they find what Whoosh finds, and the cluster is untouched.
    assert {h.id for h in mine.hits} == {h.id for h in whoosh.search(query).hits}
    assert sphinx.count() == 16


def test_an_unreachable_cluster_gives_one_plain_message():
    port = cluster.free_ports(1)[0]
    with pytest.raises(BackendUnavailable, match=rf"cannot reach the Sphinx cluster at 127.0.0.1:{port}"):
        open_backend(f"sphinx://127.0.0.1:{port}")
    with pytest.raises(BackendUnavailable, match="not a backend address"):
        open_backend("sphinx://host:port")


def test_the_agent_port_is_not_mistaken_for_sphinxql(tmp_path):
    _up(tmp_path, 1)
    try:
        node = cluster.read_nodes(tmp_path)[0]
        with pytest.raises(BackendUnavailable, match="does not speak SphinxQL there"):
            open_backend(f"sphinx://127.0.0.1:{node.api_port}")
    finally:
        _down(tmp_path)


def test_the_cli_reports_an_unreachable_cluster_without_a_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "status", "--dir", str(tmp_path)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 1 and "no cluster" in done.stderr and "Traceback" not in done.stderr


def test_a_dead_node_is_answered_by_its_mirror_then_a_lost_shard_is_reported(tmp_path, whoosh, extracted):
    url = _up(tmp_path, 3)
    try:
        backend = open_backend(url)
        backend.update(*extracted)
        nodes = cluster.read_nodes(tmp_path)
        expected = {h.id for h in whoosh.search("the", limit=100).hits}
        cluster.kill_node(nodes[1])
        first = backend.search("the", limit=100)
        assert {h.id for h in first.hits} == expected
        assert first.notice == f"Node 127.0.0.1:{nodes[1].sql_port} is down; its shards answer from mirrors"
        again = backend.search("the", limit=100)
        assert {h.id for h in again.hits} == expected and again.notice is None  # reported once
        assert backend.article(sorted(expected)[0]) is not None

        # Node 2 held the only other copy of shard 1: now a third of the articles are gone.
        cluster.kill_node(nodes[2])
        partial = backend.search("the", limit=100)
        assert "1 of 3 shards unavailable" in partial.notice
        assert 0 < len(partial.hits) < len(expected) and {h.id for h in partial.hits} < expected

        # `cluster up` on the same folder starts the dead nodes again, with what their shards held.
        assert _up(tmp_path, 3) == url
        deadline = time.monotonic() + 10
        while (back := backend.search("the", limit=100)).notice and time.monotonic() < deadline:
            time.sleep(0.2)
        assert {h.id for h in back.hits} == expected and back.notice is None
        backend.close()
    finally:
        _down(tmp_path)
    assert all(not cluster._alive(pid) for pid in map(cluster.node_pid, nodes) if pid)


def test_the_entry_node_dying_moves_the_client_to_another_node(tmp_path, extracted):
    url = _up(tmp_path, 3)
    try:
        backend = open_backend(url)
        backend.update(*extracted)
        cluster.kill_node(cluster.read_nodes(tmp_path)[0])
        assert backend.count() == 16
        backend.close()
    finally:
        _down(tmp_path)


def test_reindexing_removes_what_left_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b", "c"):
        (corpus / f"{name}.txt").write_text(f"The {name} article says \"hello {name}\", Ann Lee said.\n",
                                            encoding="utf-8")
    url = _up(tmp_path / "c", 2)
    try:
        backend = open_backend(url)
        report = backend.index_paths([corpus])
        assert (report.added, report.removed, backend.count()) == (3, 0, 3)
        (corpus / "b.txt").unlink()
        report = backend.index_paths([corpus])
        # Only what changed is read again: the two files left alone are not "changed".
        assert (report.changed, report.removed, backend.count()) == (0, 1, 2)
        assert backend.search("hello").total == 2 and backend.search_quotes("hello").total == 2
        backend.close()
    finally:
        _down(tmp_path / "c")


def test_cluster_down_leaves_no_process(tmp_path):
    _up(tmp_path, 1)
    pids = [cluster.node_pid(n) for n in cluster.read_nodes(tmp_path)]
    _down(tmp_path)
    assert pids and all(not cluster._alive(p) for p in pids)
    assert json.loads((tmp_path / cluster.STATE).read_text())["nodes"]


def test_the_backend_answers_every_facade_read_with_the_same_signature():
    import inspect

    from search.backends.sphinx.backend import SphinxBackend
    from search.facade import Answers

    reads = [n for n, v in vars(Answers).items() if callable(v) and not n.startswith("_")]
    assert len(reads) >= 14
    for name in reads:
        mine = inspect.signature(getattr(SphinxBackend, name))
        theirs = inspect.signature(getattr(Library, name))
        assert list(mine.parameters) == list(theirs.parameters), name
        defaults = [p.default for p in theirs.parameters.values()]
        assert [p.default for p in mine.parameters.values()] == defaults, name


def test_sort_by_date_puts_the_newest_first(sphinx, whoosh):
    mine = sphinx.search("said", limit=100, sort="date")
    dates = [h.date or "" for h in mine.hits]
    assert dates == sorted(dates, reverse=True) and len(dates) > 10


def test_bench_reports_build_rate_and_latency_for_one_and_three_shards(url):
    from search.backends.sphinx.bench import bench_sphinx

    figures = bench_sphinx(url, CORPUS, rounds=1)
    assert figures["docs"] == 16 and figures["build_docs_per_s"] > 0
    assert figures["build_docs_per_s_no_extract"] >= figures["build_docs_per_s"]
    assert set(figures["shards"]) == {"1", "3"}
    for shards in figures["shards"].values():
        assert 0 < shards["p50"] <= shards["p95"] <= shards["p99"]
    assert any(q.startswith("actor:") for q in figures["queries"])


def test_update_and_delete_keep_quotes_in_step_with_their_article(tmp_path, extracted):
    from dataclasses import replace

    articles, found, tables = extracted
    url = _up(tmp_path, 2)
    try:
        backend = open_backend(url)
        backend.update(articles, found, tables)
        quotes = backend.stats()["quotes"]
        some = max(articles, key=lambda a: len(found[a.id].quotes))
        fewer = replace(found[some.id], quotes=found[some.id].quotes[:1])
        backend.update([some], {some.id: fewer})
        assert backend.stats()["quotes"] == quotes - len(found[some.id].quotes) + 1
        assert len(backend.article(some.id).extraction.quotes) == 1

        backend.delete([some.id])
        assert backend.count() == len(articles) - 1 and backend.article(some.id) is None
        assert backend.stats()["quotes"] == quotes - len(found[some.id].quotes)
        backend.close()
    finally:
        _down(tmp_path)


def test_a_port_taken_meanwhile_is_replaced(tmp_path, monkeypatch):
    import socket

    from search.backends.sphinx import nodes

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    real, calls = cluster.free_ports, []

    def racy(count, host="127.0.0.1"):
        calls.append(count)
        ports = real(count, host)
        return [taken.getsockname()[1], *ports[1:]] if len(calls) == 1 else ports

    monkeypatch.setattr(nodes, "free_ports", racy)
    try:
        url = cluster.up(tmp_path, 1)
        assert len(calls) == 2 and open_backend(url).count() == 0
    finally:
        cluster.down(tmp_path)
        taken.close()


def test_indexing_with_a_node_down_says_so_and_indexing_again_heals_it(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(12):
        (corpus / f"a{n}.txt").write_text(f"Story {n} about the harbour festival.\n", encoding="utf-8")
    url = _up(tmp_path / "c", 3)
    try:
        backend = open_backend(url)
        nodes = cluster.read_nodes(tmp_path / "c")
        cluster.kill_node(nodes[2])
        report = backend.index_paths([corpus])
        assert [str(s) for s in report.skipped] == [
            f"Skipped node 127.0.0.1:{nodes[2].sql_port}: was down, so its shards were written to their "
            "mirrors only; index again once it is back"]
        assert backend.count() == 12

        _up(tmp_path / "c", 3)
        assert not backend.index_paths([corpus]).skipped
        # Node 2 now holds complete copies: with node 0 gone, shard 2 answers from node 2 alone.
        cluster.kill_node(nodes[0])
        deadline = time.monotonic() + 10
        while (found := backend.search("harbour", limit=50)).total != 12 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert found.total == 12
        backend.close()
    finally:
        _down(tmp_path / "c")


def test_month_counts_match_whoosh(sphinx, whoosh):
    for query in ("Glasswater", "casting", 'actor:"Casimir Oduya"'):
        assert sphinx.date_counts(query) == whoosh.date_counts(query)


def _kill_serving_process(node) -> None:
    """SIGKILL the node's searchd itself, as a crash would, not its watchdog."""
    import os
    import signal

    pid = cluster.node_pid(node)
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while cluster._alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _story(n: int) -> str:
    return f"Story {n} about the harbour festival, told by the tide clerk. Marker zq{n}x.\n"


def test_mirrors_converge_after_a_node_outage(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(24):
        (corpus / f"a{n}.txt").write_text(_story(n), encoding="utf-8")
    url = _up(tmp_path / "c", 3)
    try:
        backend = open_backend(url)
        backend.index_paths([corpus])
        nodes = cluster.read_nodes(tmp_path / "c")
        _kill_serving_process(nodes[1])
        deleted = list(range(0, 24, 3))
        for n in deleted:
            (corpus / f"a{n}.txt").unlink()
        for n in range(100, 104):
            (corpus / f"a{n}.txt").write_text(_story(n), encoding="utf-8")
        report = backend.index_paths([corpus])
        assert (report.added, report.removed) == (4, len(deleted))
        assert [s.name for s in report.skipped] == [f"node {nodes[1].sql}"]

        # Back with what it held before the outage, so it is behind until the next index run.
        assert _up(tmp_path / "c", 3) == url
        status = subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "status", "--dir",
                                 str(tmp_path / "c")], capture_output=True, text=True, timeout=60)
        assert "node 1: up, behind on byline_s0, byline_s1, byline_meta" in status.stdout, status.stdout
        again = backend.index_paths([corpus])
        assert (again.added, again.changed, again.removed, again.skipped) == (0, 0, 0, [])
        status = subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "status", "--dir",
                                 str(tmp_path / "c")], capture_output=True, text=True, timeout=60)
        assert "behind" not in status.stdout and status.stdout.count(": up") == 3

        fresh = open_backend(url)
        totals = set()
        for _ in range(30):
            for n in deleted:
                assert fresh.search(f"zq{n}x").total == 0
                assert fresh.article(f"a{n}.txt") is None
            totals.add(fresh.search("harbour", limit=100).total)
            totals.add(fresh.count())
        assert totals == {24 - len(deleted) + 4}
        assert fresh.search("zq101x").total == 1
        fresh.close()
        backend.close()
    finally:
        _down(tmp_path / "c")


def test_a_new_client_with_the_printed_url_works_while_any_one_node_is_down(tmp_path, extracted):
    url = _up(tmp_path, 3)
    try:
        nodes = cluster.read_nodes(tmp_path)
        assert url == "sphinx://" + ",".join(f"127.0.0.1:{n.sql_port}" for n in nodes)
        backend = open_backend(url)
        backend.update(*extracted)
        backend.close()
        for node in nodes:
            cluster.kill_node(node)
            client = open_backend(url)
            assert client.count() == 16
            assert {h.id for h in client.search("Glasswater").hits}
            client.close()
            assert _up(tmp_path, 3) == url
    finally:
        _down(tmp_path)


def test_index_with_a_backend_and_no_path_indexes_the_seeds_and_then_reads_nothing(tmp_path):
    from search.ingest.files import load
    from search.library import SEEDS

    url = _up(tmp_path / "c", 2)
    try:
        cli = [sys.executable, "-m", "tui.cli", "index", "--backend", url]
        first = subprocess.run(cli, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        articles, _ = load([SEEDS])
        backend = open_backend(url)
        assert backend.count() == len(articles) > 0
        backend.close()
        second = subprocess.run(cli, capture_output=True, text=True, timeout=300)
        assert second.returncode == 0 and " 0 added, 0 changed, 0 removed" in second.stderr, second.stderr
        assert second.stderr.rstrip().endswith(f"→ {url}")
    finally:
        _down(tmp_path / "c")


def test_help_names_the_url_with_every_node():
    for argv in (["index", "--help"], ["--help"]):
        done = subprocess.run([sys.executable, "-m", "tui.cli", *argv], capture_output=True, text=True, timeout=60)
        assert "sphinx://HOST:PORT[,HOST:PORT…]" in " ".join(done.stdout.split()), argv
    done = subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "--help"], capture_output=True,
                          text=True, timeout=60)
    assert "naming every node" in done.stdout


@pytest.mark.parametrize("query", ["finael~", "finales~2", "glaswater~", "vespr~ lane"])
def test_fuzzy_words_find_what_whoosh_finds(sphinx, whoosh, query):
    mine, theirs = sphinx.search(query, limit=100), whoosh.search(query, limit=100)
    assert theirs.hits
    assert {h.id for h in mine.hits} == {h.id for h in theirs.hits}
    assert {h.id: h.spans for h in mine.hits} == {h.id: h.spans for h in theirs.hits}


def test_finael_finds_the_finale_and_a_misspelling_gets_a_suggestion(sphinx, whoosh):
    found = sphinx.search("finael~")
    assert "vesper-lane-finale-recap.txt" in {h.id for h in found.hits}
    assert any("finale" in h.snippet[a:b].lower() for h in found.hits for a, b in h.snippet_spans)
    for typo in ("finael", "Glaswater", "Glasswatter season"):
        assert sphinx.search(typo).suggestion == whoosh.search(typo).suggestion is not None, typo
    assert sphinx.search("Glasswater").suggestion is None


@pytest.fixture(scope="module")
def synthetic_pair(tmp_path_factory):
    """A 300-article synthetic corpus in a 3-node cluster and in the local index."""
    from search.tools import synthetic

    root = tmp_path_factory.mktemp("synthetic")
    synthetic.write(root / "corpus", 300, seed=7)
    try:
        url = _up(root / "c", 3)
        backend = open_backend(url)
        backend.index_paths([root / "corpus"])
        lib = Library([root / "corpus"], root / "whoosh")
        lib.update()
        yield backend, lib, root / "corpus"
        lib.close()
        backend.close()
    finally:
        _down(root / "c")


def test_top_ten_agrees_with_the_local_index_on_the_bench_mix(synthetic_pair):
    from search.backends.sphinx.bench import query_mix
    from search.extract.pipeline import extract_one
    from search.ingest.files import load

    backend, lib, corpus = synthetic_pair
    articles, _ = load([corpus])
    mix = query_mix(articles, {a.id: extract_one(a) for a in articles})
    assert len(mix) >= 8
    overlaps = []
    for query in mix:
        mine = {h.id for h in backend.search(query, limit=10, collapse=False).hits}
        theirs = {h.id for h in lib.search(query, limit=10, collapse=False).hits}
        overlaps.append(len(mine & theirs))
    assert sum(overlaps) / len(overlaps) >= 8, dict(zip(mix, overlaps, strict=True))


@pytest.mark.parametrize("query", ["that", "that from", '"renewed after"', "vehicles"])
def test_text_queries_score_as_the_local_index_does(synthetic_pair, query):
    backend, lib, _ = synthetic_pair
    theirs = {h.id: h.score for h in lib.search(query, limit=10, collapse=False).hits}
    mine = {h.id: h.score for h in backend.search(query, limit=10, collapse=False).hits}
    shared = set(mine) & set(theirs)
    assert len(shared) >= 8
    assert all(abs(mine[i] - theirs[i]) < 1e-3 for i in shared), {i: (mine[i], theirs[i]) for i in shared}


def test_an_index_run_merges_disk_chunks(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    url = _up(tmp_path / "c", 1)
    node = cluster.read_nodes(tmp_path / "c")[0]
    conn = pymysql.connect(host="127.0.0.1", port=node.sql_port, user="", autocommit=True)

    def chunks() -> int:
        with conn.cursor() as cur:
            cur.execute("SHOW INDEX byline_s0 STATUS")
            return int(dict(cur.fetchall())["disk_chunks"])

    try:
        backend = open_backend(url)
        for n in range(3):
            (corpus / f"a{n}.txt").write_text(_story(n), encoding="utf-8")
            backend.update(*_extracted_of(corpus / f"a{n}.txt"))
            with conn.cursor() as cur:
                cur.execute("FLUSH RAMCHUNK byline_s0")
        assert chunks() == 3
        backend.index_paths([corpus])
        deadline = time.monotonic() + 20
        while chunks() > 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert chunks() == 1 and backend.count() == 3
        backend.close()
    finally:
        conn.close()
        _down(tmp_path / "c")


def _extracted_of(path: Path):
    from search.backends.sphinx.docs import extract_all
    from search.ingest.files import load

    articles, _ = load([path])
    return (articles, *extract_all(articles))


def test_nodes_on_several_hosts_get_configs_and_one_topology(tmp_path, monkeypatch, extracted):
    """Three loopback addresses stand for three machines; the third is started by hand, as its
    own host would, from the config ``up`` wrote for it."""
    from search.backends.sphinx import nodes

    hosts = ["127.0.0.1", "127.0.0.2", "127.0.0.3"]
    monkeypatch.setattr(nodes, "is_local", lambda host: host != "127.0.0.3")
    try:
        url = nodes.up(tmp_path, 3, hosts=hosts)
        placed = nodes.read_nodes(tmp_path)
        assert [n.host for n in placed] == hosts
        assert url == "sphinx://" + ",".join(n.sql for n in placed)
        config = (Path(placed[2].dir) / "sphinx.conf").read_text()
        assert f"listen = 127.0.0.3:{placed[2].sql_port}:mysql41" in config
        assert all(f"agent = {placed[s].api}:byline_s{s}|" in config for s in range(3))
        assert not nodes._answers(placed[2])

        started = subprocess.run([shutil.which("searchd"), "--config", str(Path(placed[2].dir) / "sphinx.conf")],
                                 capture_output=True, timeout=30)
        assert started.returncode == 0 and nodes._wait_sql(placed[2], 10)
        assert nodes.up(tmp_path, 3, hosts=hosts) == url  # now it answers: it gets the topology
        backend = open_backend(f"sphinx://{placed[2].sql}")
        backend.update(*extracted)
        assert backend.count() == 16 and backend.search("Glasswater").hits
        backend.close()
    finally:
        nodes.down(tmp_path)


def test_a_holder_that_was_behind_and_then_wrote_alone_comes_out_ahead(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(8):
        (corpus / f"a{n}.txt").write_text(_story(n), encoding="utf-8")
    url = _up(tmp_path / "c", 2)
    try:
        backend = open_backend(url)
        backend.index_paths([corpus])
        nodes = cluster.read_nodes(tmp_path / "c")
        _kill_serving_process(nodes[1])
        (corpus / "a0.txt").unlink()
        backend.index_paths([corpus])  # node 0 alone

        assert _up(tmp_path / "c", 2) == url
        _kill_serving_process(nodes[0])
        (corpus / "a100.txt").write_text(_story(100), encoding="utf-8")
        backend.index_paths([corpus])  # node 1 alone, which had missed the first change

        assert _up(tmp_path / "c", 2) == url
        backend.index_paths([corpus])
        fresh = open_backend(url)
        for _ in range(30):
            assert fresh.search("zq0x").total == 0 and fresh.search("zq100x").total == 1
            assert fresh.count() == 8
        fresh.close()
        backend.close()
    finally:
        _down(tmp_path / "c")
