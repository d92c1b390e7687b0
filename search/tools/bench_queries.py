"""``byline bench``'s query mix, and the time byline and raw Whoosh take to answer it."""

from __future__ import annotations

import time
from pathlib import Path

from search.tools import synthetic, synthetic_words
from search.tools.bench_report import percentiles

SEED = 1
PER_KIND = 12  # queries of each kind in the mix


def query_mix(seed: int = SEED, per_kind: int = PER_KIND) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the corpus vocabulary; fixed for a seed."""
    import random

    v = synthetic.vocabulary(seed)
    rng = random.Random(f"byline-queries:{seed}")
    content = [w for w in v["content"] if w not in synthetic_words.FUNCTION]
    head, mid, tail = content[:40], content[40:300], content[-300:]
    people = v["people"]
    stars, others = people[:200], people[200:]

    def words(pool: list[str], k: int) -> list[str]:
        return rng.sample(pool, k)

    def misspell(w: str) -> str:
        # The typos people make: a letter dropped, a wrong letter, two letters swapped (the
        # last is two edits for Whoosh's plain Levenshtein, so those fuzzy queries find nothing).
        i = rng.randrange(1, len(w) - 1)
        how = rng.randrange(3)
        if how == 0:
            return w[:i] + w[i + 1:]
        if how == 1:
            return w[:i] + rng.choice([c for c in "aeiourstnl" if c != w[i]]) + w[i + 1:]
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]

    mix: list[tuple[str, str]] = []
    mix += [("common", w) for w in words(head, per_kind)]
    mix += [("rare", w) for w in words(tail, per_kind)]
    mix += [("and", f"{a} {b}") for a, b in zip(words(head, per_kind), words(mid, per_kind), strict=False)]
    phrases = [f'"{p}"' for p in rng.sample(stars, per_kind // 2)]
    phrases += [f'"{a} {b}"' for a, b in zip(words(head, per_kind - len(phrases)), words(head, per_kind), strict=False)]
    mix += [("phrase", p) for p in phrases]
    mix += [("actor", f"actor:{p.split()[-1].lower()}") for p in rng.sample(stars + others[:800], per_kind)]
    known = stars + others[:800]
    mix += [("speaker", f"speaker:{p.split()[-1].lower()}") for p in rng.sample(known, per_kind)]
    long_words = [w for w in head + mid if len(w) > 5]
    mix += [("prefix", f"{w[:rng.randint(3, 5)]}*") for w in words(long_words, per_kind)]
    mix += [("fuzzy", f"{misspell(w)}~") for w in words([w for w in head + mid if len(w) > 5], per_kind)]
    return mix


def measure_queries(index_dir: Path, mix: list[tuple[str, str]]) -> dict:
    """Every query through the facade (top 20 with snippets and spans), and raw Whoosh beside it."""
    from search.library import Library
    from search.query.parser import parse

    lib = Library(None, index_dir)
    try:
        lib.warm()  # as the app does once its screen is up
        lib.search("premiere", limit=20)  # the searcher opens once, as in the app
        times, by_kind, slowest = [], {}, []
        for kind, text in mix:
            t = time.perf_counter()
            res = lib.search(text, limit=20)
            ms = (time.perf_counter() - t) * 1000
            times.append(ms)
            by_kind.setdefault(kind, []).append(ms)
            slowest.append((ms, text, res.total))
        raw = []

        def raw_run():
            from search.engine import index as idx

            s = idx.open_index(index_dir).searcher()
            try:
                for _, text in mix:
                    t = time.perf_counter()
                    found = s.search(parse(text).query, limit=20)
                    _ = [hit.fields() for hit in found]
                    raw.append((time.perf_counter() - t) * 1000)
            finally:
                s.close()

        raw_run()
    finally:
        lib.close()
    slowest.sort(reverse=True)
    return {
        "totals": {text: n for _, text, n in slowest},  # for comparing engines, not reported as is
        "query_ms": percentiles(times),
        "query_ms_by_kind": {k: {**percentiles(v, (50,)), "max": round(max(v), 2)}
                             for k, v in by_kind.items()},
        "raw_whoosh_query_ms": percentiles(raw),
        "slowest_queries": [{"query": q, "ms": round(ms, 1), "total": n} for ms, q, n in slowest[:5]],
    }
