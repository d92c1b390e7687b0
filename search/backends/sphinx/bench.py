"""Figures for the Sphinx backend that ``byline bench`` prints beside Whoosh's.

``bench_sphinx(url, corpus)`` loads the corpus into the cluster at ``url`` (timing extraction
and writing apart), runs a fixed query mix with top-20 snippets and highlights, and then does
the same on a one-node, one-shard cluster it starts and stops itself, so the effect of
sharding shows on the same machine and the same articles.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from search.backends import open_backend
from search.backends.sphinx.docs import extract_all
from search.ingest.files import load
from search.model import Article, Extraction

ROUNDS = 5


def query_mix(articles: list[Article], found: dict[str, Extraction]) -> list[str]:
    """The bench's mix, drawn from the corpus itself: common and rare words, AND, phrase,
    ``actor:``/``speaker:``, prefix and fuzzy."""
    words = Counter(w.lower() for a in articles for w in a.text.split() if w.isalpha() and len(w) > 3)
    ranked = [w for w, _ in words.most_common()]
    if not ranked:
        return []
    common, rare = ranked[0], ranked[len(ranked) * 3 // 4]
    second = ranked[min(5, len(ranked) - 1)]
    title_words = [w for w in articles[0].title.split() if w.isalpha()][:2]
    mix = [common, rare, f"{common} {second}", f"{second[:4]}*", f"{rare}~"]
    if len(title_words) == 2:
        mix.append('"' + " ".join(title_words) + '"')
    actors = Counter(c.actor for ex in found.values() for c in ex.cast)
    speakers = Counter(q.speaker for ex in found.values() for q in ex.quotes if q.speaker)
    if actors:
        mix.append(f'actor:"{actors.most_common(1)[0][0]}"')
    if speakers:
        mix.append(f'speaker:"{speakers.most_common(1)[0][0]}"')
    return mix


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 2)

    return {"p50": round(statistics.median(ordered), 2), "p95": at(0.95), "p99": at(0.99)}


def _latencies(backend, queries: list[str], rounds: int) -> dict[str, float]:
    for q in queries:  # warm: the first touch of a shard opens files and fills caches
        backend.search(q, limit=20)
    samples = []
    for _ in range(rounds):
        for q in queries:
            started = time.perf_counter()
            backend.search(q, limit=20)
            samples.append((time.perf_counter() - started) * 1000)
    return _percentiles(samples)


def _load_into(backend, articles, found, tables) -> float:
    started = time.perf_counter()
    backend.update(articles, found, tables)
    return time.perf_counter() - started


def bench_sphinx(url: str, corpus: Path | list[Path], queries: list[str] | None = None,
                 rounds: int = ROUNDS, one_shard: bool = True) -> dict:
    paths = [Path(corpus)] if isinstance(corpus, (str, Path)) else [Path(p) for p in corpus]
    started = time.perf_counter()
    articles, _ = load(paths)
    found, tables = extract_all(articles)
    extract_s = time.perf_counter() - started
    queries = queries if queries is not None else query_mix(articles, found)
    docs = len(articles)

    backend = open_backend(url)
    try:
        write_s = _load_into(backend, articles, found, tables)
        shards = len(backend.topology.shards)
        result = {
            "backend": url,
            "docs": docs,
            "build_docs_per_s": round(docs / max(extract_s + write_s, 1e-9), 1),
            "build_docs_per_s_no_extract": round(docs / max(write_s, 1e-9), 1),
            "queries": queries,
            "query_ms": _latencies(backend, queries, rounds),
            "shards": {str(shards): None},
        }
        result["shards"][str(shards)] = result["query_ms"]
    finally:
        backend.close()
    if one_shard and "1" not in result["shards"]:
        result["shards"]["1"] = _one_shard(articles, found, tables, queries, rounds)
    return result


def _one_shard(articles, found, tables, queries, rounds) -> dict | None:
    from search.backends.sphinx import nodes as cluster

    if cluster._searchd() is None:
        return None
    with tempfile.TemporaryDirectory(prefix="byline-bench-") as tmp:
        try:
            url = cluster.up(Path(tmp), 1)
            backend = open_backend(url)
            try:
                _load_into(backend, articles, found, tables)
                return _latencies(backend, queries, rounds)
            finally:
                backend.close()
        finally:
            cluster.down(Path(tmp))
