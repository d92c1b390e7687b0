"""``byline bench``: build, update, query and app figures on a deterministic synthetic corpus.

Builds run in subprocesses so their peak memory is their own; the app is driven in a
pseudo-terminal by ``tui.bench_app``, also in a subprocess, because ``search`` never imports
the UI side.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from search.tools import bench_fts5, synthetic, synthetic_words
from search.tools.bench_queries import PER_KIND, SEED, measure_queries, query_mix
from search.tools.bench_report import machine, ratio, table

DEFAULT_DOCS = 500  # about a minute on 2 cores, most of it extraction
ADD = 100  # articles added after the build, to time an update

def _say(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def _dir_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 2)


def _child_python(code: str, *args: str, timeout: float = 7200) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         timeout=timeout, env=env)
    if run.returncode != 0:
        raise RuntimeError(f"benchmark step failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


_BUILD = """
import json, resource, sys, time
from pathlib import Path
from search.engine import index
corpus, ix, extract = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
t, cpu = time.perf_counter(), time.process_time()
r = index.build([corpus], ix, extract=extract)
s, cpu = time.perf_counter() - t, time.process_time() - cpu
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": s, "link_seconds": r.link_seconds, "added": r.added,
                  "cpu_s": cpu, "workers_cpu_s": workers.ru_utime + workers.ru_stime,
                  "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "workers_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

_OPEN_QUERY = """
import time
t0 = time.perf_counter()
import json, sys
from pathlib import Path
from search.library import Library
lib = Library(None, Path(sys.argv[1]))
res = lib.search(sys.argv[2], limit=20)
ms = (time.perf_counter() - t0) * 1000
lib.close()
print(json.dumps({"ms": ms, "hits": len(res.hits)}))
"""


def build(corpus: Path, index_dir: Path, extract: bool) -> dict:
    out = _child_python(_BUILD, str(corpus), str(index_dir), "1" if extract else "0")
    return out


def open_first_query(index_dir: Path, text: str) -> float:
    t = time.perf_counter()
    out = _child_python(_OPEN_QUERY, str(index_dir), text)
    return round(out["ms"], 1), round((time.perf_counter() - t) * 1000, 1)


def measure_app(corpus: Path, index_dir: Path, queries: list[str]) -> dict:
    """The app's figures from ``tui.bench_app`` in its own process; None where it could not run."""
    keys = ("first_frame_s", "bare_textual_first_frame_s", "keystroke_ms", "bytes_per_keystroke",
            "bytes_per_pagedown", "idle_bytes_per_s", "rss_app_mb")
    # The corpus is named too: the app checks it for changes on start, as a user's would.
    cmd = [sys.executable, "-m", "tui.bench_app", "--corpus", str(corpus), "--index", str(index_dir),
           *(arg for q in queries for arg in ("--query", q))]
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        out = json.loads(run.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, ValueError, IndexError) as e:
        detail = getattr(e, "stderr", None) or (run.stderr[-2000:] if "run" in locals() else str(e))
        return {**dict.fromkeys(keys), "keystroke_ms": {"p50": None, "p95": None}, "app_error": str(detail)}
    return out


def run(docs: int = DEFAULT_DOCS, keep: Path | None = None, seed: int = SEED, app: bool = True,
        backend: str | None = None, reuse: Path | None = None) -> dict:
    """``reuse``: the corpus and index an earlier ``keep`` left, measured again without writing
    or building them (the build figures are left out, and no articles are added)."""
    work = Path(reuse or keep) if (reuse or keep) else Path(tempfile.mkdtemp(prefix="byline-bench-"))
    corpus, ix, raw_ix = work / "corpus", work / "index", work / "index-no-extract"
    load_at_start = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    try:
        if reuse:
            from search.engine.index import read_manifest

            docs = len(read_manifest(ix)["files"])
            gen_s, plain, full, index_mb = None, None, None, _dir_mb(ix)
            _say(f"measuring the {docs} articles and the index kept in {work}")
        else:
            gen_s, plain, full, index_mb = _write_and_build(corpus, ix, raw_ix, docs, seed)
        from search.engine import index as idx

        _say("no-op re-index")
        t = time.perf_counter()
        idx.update([corpus], ix)
        noop_s = time.perf_counter() - t
        _say(f"  {noop_s:.2f} s")

        add_s = add_link_s = None
        if not reuse:
            _say(f"adding {ADD} articles")
            synthetic.write(corpus, ADD, seed, start=docs)
            t = time.perf_counter()
            added = idx.update([corpus], ix)
            add_s, add_link_s = time.perf_counter() - t, added.link_seconds
            _say(f"  {add_s:.2f} s ({add_link_s:.1f} s linking)")

        mix = query_mix(seed, PER_KIND)
        _say("open + first query in a cold process")
        first_ms, first_wall_ms = open_first_query(ix, mix[0][1])
        _say(f"  {first_ms} ms")
        _say(f"{len(mix)} queries")
        queries = measure_queries(ix, mix)
        _say(f"  {queries['query_ms']}")
        _say("the same corpus and queries on SQLite FTS5")
        fts5 = _fts5(ix, work / "fts5.sqlite", mix, queries.pop("totals"))
        _say(f"  {fts5['fts5_query_ms']}")
        app_figures = {}
        if app:
            _say("driving the app in a pseudo-terminal")
            app_figures = measure_app(corpus, ix, typed_queries(seed))
        built = full is not None
        result = {
            "docs": docs,
            "reused": bool(reuse),
            "build_docs_per_s": round(docs / full["seconds"], 1) if built else None,
            "build_docs_per_s_no_extract": round(docs / plain["seconds"], 1) if built else None,
            "build_docs_per_s_before_link": round(docs / max(full["seconds"] - full["link_seconds"], 1e-9),
                                                  1) if built else None,
            "build_s": round(full["seconds"], 2) if built else None,
            # CPU time: steadier than the rate on a shared machine, and it says which process to cut
            "build_cpu_ms_per_article": {"indexer": round(full["cpu_s"] * 1000 / docs, 2),
                                         "workers": round(full["workers_cpu_s"] * 1000 / docs, 2)} if built else None,
            "link_s": round(full["link_seconds"], 2) if built else None,
            "index_mb": index_mb,
            "noop_reindex_s": round(noop_s, 3),
            "add_docs": ADD,
            "add100_s": _rounded(add_s, 2),
            "add100_link_s": _rounded(add_link_s, 2),
            "open_first_query_ms": first_ms,
            "open_first_query_process_ms": first_wall_ms,
            **queries,
            **fts5,
            "first_frame_s": app_figures.get("first_frame_s"),
            "bare_textual_first_frame_s": app_figures.get("bare_textual_first_frame_s"),
            # the median of the pairs' ratios when the app bench took pairs
            "first_frame_ratio": app_figures.get("first_frame_ratio") or ratio(
                app_figures.get("first_frame_s"), app_figures.get("bare_textual_first_frame_s")),
            "first_frame_pairs": app_figures.get("first_frame_pairs"),
            "keystroke_ms": app_figures.get("keystroke_ms", {"p50": None, "p95": None}),
            "bytes_per_keystroke": app_figures.get("bytes_per_keystroke"),
            "bytes_per_pagedown": app_figures.get("bytes_per_pagedown"),
            "idle_bytes_per_s": app_figures.get("idle_bytes_per_s"),
            "rss_mb": {"app": app_figures.get("rss_app_mb"),
                       "indexer": round(full["rss_kb"] / 1024, 1) if built else None,
                       "indexer_worker": round(full["workers_rss_kb"] / 1024, 1) if built else None,
                       "bench": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)},
            "corpus_s": _rounded(gen_s, 2),
            "seed": seed,
            "machine": {**machine(), "load_avg_at_start": load_at_start},
        }
        for k in ("app_error", "keystroke_echo_ms", "keystrokes", "bytes_per_keystroke_max",
                  "bytes_per_pagedown_max"):
            if k in app_figures:
                result[k] = app_figures[k]
        if backend:
            from search.backends.sphinx.bench import bench_sphinx

            _say(f"the same corpus on {backend}, and on one shard")
            result["backend"] = {"url": backend, **bench_sphinx(backend, corpus)}
        return result
    finally:
        if not keep and not reuse:
            shutil.rmtree(work, ignore_errors=True)


def _rounded(x: float | None, digits: int) -> float | None:
    return None if x is None else round(x, digits)


def _write_and_build(corpus: Path, ix: Path, raw_ix: Path, docs: int, seed: int):
    """(seconds to write the corpus, the build without extraction, the build with it, index MB)."""
    for p in (corpus, ix, raw_ix):
        shutil.rmtree(p, ignore_errors=True)
    _say(f"writing {docs} synthetic articles to {corpus}")
    t = time.perf_counter()
    synthetic.write(corpus, docs, seed)
    gen_s = time.perf_counter() - t

    _say("building without extraction")
    plain = build(corpus, raw_ix, extract=False)
    _say(f"  {docs / plain['seconds']:.1f} articles/s without extraction")
    shutil.rmtree(raw_ix, ignore_errors=True)
    _say("building with extraction")
    full = build(corpus, ix, extract=True)
    index_mb = _dir_mb(ix)
    _say(f"  {docs / full['seconds']:.1f} articles/s with extraction ({full['link_seconds']:.1f} s of "
         f"{full['seconds']:.1f} s linking copies), {index_mb} MB, peak RSS {full['rss_kb'] // 1024} MB")
    return gen_s, plain, full, index_mb


def _fts5(index_dir: Path, db: Path, mix: list[tuple[str, str]], totals: dict[str, int]) -> dict:
    built = bench_fts5.build(index_dir, db)
    measured = bench_fts5.measure(db, mix)
    same: dict[str, list[int]] = {}
    for kind, text in mix:
        agree = same.setdefault(kind, [0, 0])
        agree[0] += measured["fts5_totals"][text] == totals[text]
        agree[1] += 1
    return {"fts5_query_ms": measured["fts5_query_ms"], "fts5_build_docs_per_s": built["docs_per_s"],
            # per kind, how many queries both engines count the same matches for: FTS5 has no
            # fuzzy words and no person boosting, so those kinds differ by design
            "fts5_same_totals": {kind: f"{a}/{n}" for kind, (a, n) in same.items()}}


def typed_queries(seed: int) -> list[str]:
    """What the app bench types: three times a common word then a second one, as a person would."""
    content = [w for w in synthetic.vocabulary(seed)["content"] if w not in synthetic_words.FUNCTION]
    return [f"{content[first]} {content[second]}" for first, second in ((3, 12), (5, 17), (8, 21))]


def cmd_bench(args: argparse.Namespace) -> int:
    if args.docs < 1:
        print("byline bench: --docs must be at least 1", file=sys.stderr)
        return 2
    keep = Path(args.keep) if getattr(args, "keep", None) else None
    reuse = Path(args.reuse) if getattr(args, "reuse", None) else None
    result = run(args.docs, keep=keep, app=not getattr(args, "no_app", False), backend=getattr(args, "backend", None),
                 reuse=reuse)
    print(json.dumps(result) if args.json else table(result))
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--docs", type=int, default=DEFAULT_DOCS,
                   help=f"articles to generate (default {DEFAULT_DOCS})")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--keep", metavar="DIR", help="build in DIR and keep the corpus and index")
    p.add_argument("--reuse", metavar="DIR", help="measure the corpus and index an earlier --keep left in DIR "
                   "again, without writing or building them (no build figures)")
    p.add_argument("--no-app", action="store_true", help="skip driving the app in a pseudo-terminal")
    p.add_argument("--backend", metavar="URL", help="also measure a search cluster (sphinx://HOST:PORT) side by side")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="byline bench")
    add_arguments(parser)
    sys.exit(cmd_bench(parser.parse_args()))
