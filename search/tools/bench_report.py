"""``byline bench``'s figures: the machine they were taken on, percentiles, targets, the table."""

from __future__ import annotations

import os
import platform
from pathlib import Path

TARGETS = {  # issue 7, at 100k articles on 2 cores
    "query_ms.p95": 50, "keystroke_ms.p95": 100, "build_docs_per_s": 400, "noop_reindex_s": 2,
    "rss_mb.app": 250, "rss_mb.indexer": 250, "bytes_per_keystroke": 8192, "bytes_per_pagedown": 10240,
    "idle_bytes_per_s": 0, "first_frame_ratio": 2,
}


def machine() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    def ver(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    cpu = platform.processor() or None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    # Other work on the machine skews every figure; the load says how much there was.
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    return {"cores": cores, "cpu": cpu, "load_avg": load, "python": platform.python_version(),
            "platform": platform.platform(),
            "byline": ver("byline"), "whoosh3": ver("whoosh3"), "textual": ver("textual")}


def percentiles(values: list[float], which=(50, 95, 99)) -> dict[str, float | None]:
    if not values:
        return {f"p{p}": None for p in which}
    ordered = sorted(values)

    def at(p: int) -> float:
        # Nearest rank: the value below which p% of the samples fall, never an interpolation.
        k = max(0, min(len(ordered) - 1, -(-p * len(ordered) // 100) - 1))
        return round(ordered[k], 2)

    return {f"p{p}": at(p) for p in which}


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def _get(result: dict, dotted: str):
    value = result
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def table(result: dict) -> str:
    m = result["machine"]
    q, k = result["query_ms"], result["keystroke_ms"]

    def f(v, unit=""):
        return "—" if v is None else f"{v}{unit}"

    rows = [
        ("articles", f(result["docs"])),
        ("build, with extraction", f"{f(result['build_docs_per_s'])} articles/s "
                                   f"({f(result['build_docs_per_s_before_link'])}/s before linking copies, "
                                   f"linking {f(result['link_s'])} s)"),
        ("build, CPU an article", "indexer {} / workers {} ms".format(
            *(f((result.get("build_cpu_ms_per_article") or {}).get(p)) for p in ("indexer", "workers")))),
        ("build, extraction off", f"{f(result['build_docs_per_s_no_extract'])} articles/s"),
        ("index size", f(result["index_mb"], " MB")),
        ("no-op re-index", f(result["noop_reindex_s"], " s")),
        (f"add {result.get('add_docs')} articles",
         f"{f(result['add100_s'])} s (linking {f(result['add100_link_s'])} s)"),
        ("open + first query", f"{f(result['open_first_query_ms'])} ms (cold process)"),
        ("query p50/p95/p99", f"{f(q['p50'])} / {f(q['p95'])} / {f(q['p99'])} ms (top 20 with snippets)"),
        ("raw Whoosh p50/p95/p99", "{} / {} / {} ms".format(*map(f, result["raw_whoosh_query_ms"].values()))),
        ("SQLite FTS5 p50/p95", "{} / {} ms (same corpus and queries)".format(
            *(f((result.get("fts5_query_ms") or {}).get(p)) for p in ("p50", "p95")))),
    ]
    rows += [(f"  {kind}", f"p50 {v['p50']} ms, max {v['max']} ms")
             for kind, v in result["query_ms_by_kind"].items()]
    rows += [
        ("first frame", f"{f(result['first_frame_s'])} s "
                        f"(bare Textual {f(result['bare_textual_first_frame_s'])} s, "
                        f"{f(result.get('first_frame_ratio'))}x)"),
        ("keystroke → painted", f"p50 {f(k['p50'])} / p95 {f(k['p95'])} ms"),
        ("bytes per keystroke", f(result["bytes_per_keystroke"])),
        ("bytes per PageDown", f(result["bytes_per_pagedown"])),
        ("idle bytes/s", f(result["idle_bytes_per_s"])),
        ("peak RSS app / indexer", f"{f(result['rss_mb']['app'])} / {f(result['rss_mb']['indexer'])} MB "
                                   f"(worker {f(result['rss_mb']['indexer_worker'])} MB)"),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    missed = [f"{key} {_get(result, key)} (target {'≥' if key.startswith('build') else '≤'} {t})"
              for key, t in TARGETS.items() if _get(result, key) is not None and
              ((_get(result, key) < t) if key.startswith("build") else (_get(result, key) > t))]
    lines.append(f"machine: {m['cores']} cores, {m['cpu']}, Python {m['python']}, whoosh3 {m['whoosh3']}, "
                 f"textual {m['textual']}; load average {m.get('load_avg_at_start')} at start, "
                 f"{m.get('load_avg')} at end")
    if missed:
        lines.append("targets missed (issue 7 sets them at 100k articles): " + "; ".join(missed))
    if result.get("app_error"):
        lines.append(f"app figures unavailable: {result['app_error'].strip().splitlines()[-1]}")
    return "\n".join(lines)
