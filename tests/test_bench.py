"""``byline bench``: the synthetic corpus is reproducible and the JSON report has every figure."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from search.tools import synthetic

REQUIRED = ("docs", "build_docs_per_s", "build_docs_per_s_no_extract", "index_mb", "noop_reindex_s",
            "add100_s",
            "open_first_query_ms", "query_ms", "fts5_query_ms", "first_frame_s", "bare_textual_first_frame_s",
            "first_frame_ratio", "keystroke_ms",
            "bytes_per_keystroke", "bytes_per_pagedown", "idle_bytes_per_s", "rss_mb", "machine")


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.txt")):
        h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    synthetic.write(tmp_path / "a", 60, seed=5)
    synthetic.write(tmp_path / "b", 60, seed=5)
    synthetic.write(tmp_path / "c", 60, seed=6)
    assert _tree_digest(tmp_path / "a") == _tree_digest(tmp_path / "b")
    assert _tree_digest(tmp_path / "a") != _tree_digest(tmp_path / "c")
    # An article depends on its number alone, so a corpus can be grown without rewriting it.
    synthetic.write(tmp_path / "d", 20, seed=5, start=40)
    rel = synthetic.rel_path(45)
    assert (tmp_path / "d" / rel).read_bytes() == (tmp_path / "a" / rel).read_bytes()


def test_articles_look_like_entertainment_news():
    texts = [synthetic.article(1, n) for n in range(200)]
    for text in texts[:20]:
        header, headline, blank = text.split("\n", 3)[:3]
        assert re.fullmatch(r" date \d{4}-\d{2}-\d{2}", header)
        assert 10 < len(headline) < 120 and blank == ""
        assert 380 <= len(text.split()) <= 700
    joined = "\n".join(texts)
    assert re.search(r"[A-Z][a-z]+ [A-Z][a-z]+ \([A-Z][a-z]+ [A-Z][a-z]+\)", joined)  # Character (Actor)
    assert re.search(r"\u201d [A-Z][a-z]+ [A-Z][a-z]+ said\.", joined)  # a quote with its speaker frame
    counts = sorted(Counter(re.findall(r"[a-z]+", joined)).values(), reverse=True)
    # Zipf-like: the top word is far commoner than the hundredth, and many words are rare.
    assert counts[0] > 20 * counts[99]
    assert sum(1 for c in counts if c <= 3) > len(counts) // 5
    bodies = [t.split("\n\n", 1)[1] for t in texts]
    assert len(set(bodies)) < len(bodies)  # some articles are verbatim copies of earlier ones


def test_query_mix_covers_every_kind_and_is_fixed():
    from search.tools.bench_queries import query_mix

    mix = query_mix(1)
    assert mix == query_mix(1)
    kinds = {k for k, _ in mix}
    assert kinds == {"common", "rare", "and", "phrase", "actor", "speaker", "prefix", "fuzzy"}
    assert all(q.startswith("actor:") for k, q in mix if k == "actor")
    assert all(q.endswith("*") for k, q in mix if k == "prefix")
    assert all(q.endswith("~") for k, q in mix if k == "fuzzy")


def test_headless_bench_reports_every_figure(tmp_path, monkeypatch, capsys):
    """The whole pipeline, small; the app's figures are left empty when it is not driven."""
    import argparse

    from search.tools import bench

    monkeypatch.setattr(bench, "ADD", 10)
    monkeypatch.setattr(bench, "PER_KIND", 2)
    args = argparse.Namespace(docs=30, json=True, keep=str(tmp_path), no_app=True)
    assert bench.cmd_bench(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert not [k for k in REQUIRED if k not in result]
    assert result["docs"] == 30
    assert result["build_docs_per_s"] > 0 and result["build_docs_per_s_no_extract"] > 0
    assert result["build_cpu_ms_per_article"]["indexer"] > 0  # 30 files are read in-process: no workers
    assert "CPU an article" in bench.table(result)
    assert set(result["query_ms"]) == {"p50", "p95", "p99"}
    assert result["query_ms"]["p50"] <= result["query_ms"]["p95"] <= result["query_ms"]["p99"]
    assert result["first_frame_s"] is None and result["rss_mb"]["indexer"] > 0
    assert len(list((tmp_path / "corpus").rglob("*.txt"))) == 40
    assert "articles" in bench.table(result)  # the human table renders the same figures
    # FTS5 beside it, on the same corpus: plain words, phrases and prefixes count the same matches.
    assert 0 < result["fts5_query_ms"]["p50"] <= result["fts5_query_ms"]["p95"]
    assert all(result["fts5_same_totals"][k] == "2/2" for k in ("common", "rare", "and", "phrase", "prefix"))


def test_a_kept_corpus_and_index_are_measured_again_without_building(tmp_path, monkeypatch, capsys):
    import argparse

    from search.engine import index as idx
    from search.tools import bench

    monkeypatch.setattr(bench, "ADD", 10)
    monkeypatch.setattr(bench, "PER_KIND", 2)
    assert bench.cmd_bench(argparse.Namespace(docs=30, json=True, keep=str(tmp_path), no_app=True)) == 0
    first = json.loads(capsys.readouterr().out)
    manifest = (tmp_path / "index" / idx.MANIFEST).read_bytes()
    monkeypatch.setattr(bench, "build", lambda *a, **k: pytest.fail("built again"))
    again = argparse.Namespace(docs=30, json=True, keep=None, reuse=str(tmp_path), no_app=True)
    assert bench.cmd_bench(again) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["reused"] and not first["reused"] and result["docs"] == 40
    assert result["build_docs_per_s"] is None and result["add100_s"] is None and result["rss_mb"]["indexer"] is None
    assert result["query_ms"]["p50"] > 0 and result["fts5_query_ms"]["p95"] > 0 and result["noop_reindex_s"] > 0
    assert (tmp_path / "index" / idx.MANIFEST).read_bytes() == manifest  # nothing written, nothing removed
    assert "articles" in bench.table(result)


@pytest.mark.slow
def test_bench_json_has_every_figure(tmp_path):
    cmd = [sys.executable, "-m", "tui.cli", "bench", "--docs", "200", "--json", "--keep", str(tmp_path)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    missing = [k for k in REQUIRED if k not in result]
    assert not missing
    assert result["docs"] == 200
    assert set(result["query_ms"]) == {"p50", "p95", "p99"}
    assert set(result["keystroke_ms"]) == {"p50", "p95"}
    assert {"app", "indexer"} <= set(result["rss_mb"])
    assert result["machine"]["cores"] >= 1 and result["machine"]["python"]
    assert result["build_docs_per_s"] > 0 and result["index_mb"] > 0
    assert 0 < result["query_ms"]["p50"] <= result["query_ms"]["p95"] <= result["query_ms"]["p99"]
    # The app was really driven in a pseudo-terminal: it painted a frame and answered keys.
    assert "app_error" not in result, result.get("app_error")
    assert result["first_frame_s"] > 0 and result["bare_textual_first_frame_s"] > 0
    assert result["first_frame_ratio"] > 0 and result["first_frame_pairs"] >= 3
    assert result["bytes_per_keystroke"] > 0 and result["bytes_per_pagedown"] >= 0
    # Three queries typed, each key counted: one query's p95 was its slowest key.
    from search.tools.bench import typed_queries

    queries = typed_queries(result["seed"])
    assert len(set(queries)) == 3 and result["keystrokes"] == sum(map(len, queries))
    assert result["rss_mb"]["app"] > 0
    # --keep leaves the corpus (grown by the 100 added articles) and the index behind.
    assert len(list((tmp_path / "corpus").rglob("*.txt"))) == 300


def test_worker_processes_index_exactly_what_one_process_does(tmp_path):
    from search.engine import index as idx
    from search.extract import batch as prepare
    from search.library import Library

    synthetic.write(tmp_path / "c", prepare.PARALLEL_FROM + 6, seed=3)
    for workers in (1, 2):
        idx.build([tmp_path / "c"], tmp_path / f"ix{workers}", extract=False, workers=workers)
    found = []
    for workers in (1, 2):
        lib = Library(None, tmp_path / f"ix{workers}")
        try:
            found.append((lib.count(), [(h.id, h.spans) for h in lib.search("series", limit=100).hits]))
        finally:
            lib.close()
    assert found[0] == found[1] and found[0][0] == prepare.PARALLEL_FROM + 6 and found[0][1]


def test_small_updates_do_not_pile_up_segments(tmp_path, monkeypatch):
    from search.engine import index as idx
    from search.engine import segments as merging
    from search.library import Library

    monkeypatch.setattr(merging, "MERGE_FACTOR", 3)
    synthetic.write(tmp_path / "c", 30, seed=2)
    segments = []
    for i in range(9):
        synthetic.write(tmp_path / "c", 1, seed=2, start=30 + i)
        idx.build([tmp_path / "c"], tmp_path / "ix", extract=False, workers=1)
        segments.append(len(list((tmp_path / "ix").glob("*.seg"))))
    assert max(segments) <= 2 * merging.MERGE_FACTOR and segments[-1] < 9
    lib = Library(None, tmp_path / "ix")
    try:
        assert lib.count() == 39 and lib.search("series").hits  # merging loses nothing
    finally:
        lib.close()


@pytest.mark.parametrize("how", ["stdin", "unguarded script"])
def test_indexing_from_a_script_workers_cannot_re_import(tmp_path, how):
    """Spawned workers re-import the caller's main module; when they cannot, one process does the work."""
    from search.extract import batch as prepare

    synthetic.write(tmp_path / "c", prepare.PARALLEL_FROM + 2, seed=4)
    corpus, ix = str(tmp_path / "c"), str(tmp_path / "ix")
    code = (f"from pathlib import Path\nfrom search.engine import index\n"
            f"r = index.build([Path({corpus!r})], Path({ix!r}), extract=False)\nprint(r.added)\n")
    if how == "stdin":
        run = subprocess.run([sys.executable, "-"], input=code, capture_output=True, text=True, timeout=120)
    else:
        (tmp_path / "script.py").write_text(code, encoding="utf-8")
        run = subprocess.run([sys.executable, str(tmp_path / "script.py")], capture_output=True, text=True,
                             timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split()[-1] == str(prepare.PARALLEL_FROM + 2)


def test_the_app_is_measured_as_installed_with_a_users_settings_left_out(tmp_path, monkeypatch):
    from tui import bench_app

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # a development shell's: compile every start
    monkeypatch.setenv("TEXTUAL_THEME", "x")
    env = bench_app._env(str(tmp_path))
    assert "PYTHONDONTWRITEBYTECODE" not in env and "TEXTUAL_THEME" not in env
    assert env["XDG_CONFIG_HOME"].startswith(str(tmp_path)) and (env["COLUMNS"], env["LINES"]) == ("80", "24")
