"""How fast a CopyIndex takes one more article as it grows, on synthetic articles."""

from __future__ import annotations

import random
import time
from pathlib import Path

from search.copies.index import CopyIndex, prepare
from search.model import Article

_VOCAB: tuple[list[str], list[float]] | None = None


def _vocab() -> tuple[list[str], list[float]]:
    """20,000 made-up words with Zipf weights (rank r has weight 1/r), plus 800 names."""
    global _VOCAB
    if _VOCAB is None:
        r = random.Random(7)
        syll = ["ka", "lo", "mi", "ren", "tas", "vo", "quil", "dor", "bre", "sen", "ta", "mor", "fen", "gal"]
        vocab = ["".join(r.choice(syll) for _ in range(r.randint(2, 4))) for _ in range(20800)]
        cum, total = [], 0.0
        for rank in range(1, 20001):
            total += 1 / rank
            cum.append(total)
        _VOCAB = (vocab, cum)
    return _VOCAB


def _synthetic(i: int, rng: random.Random) -> Article:
    vocab, cum = _vocab()
    ws = rng.choices(vocab[:20000], cum_weights=cum, k=400)
    for k in range(8):
        ws[45 * k + 5] = vocab[20000 + rng.randrange(800)].capitalize()
    paras = [" ".join(ws[p:p + 60]) + "." for p in range(0, 400, 60)]
    return Article(id=f"bench/{i:06d}.txt", title=f"bench {i}", text="\n\n".join(paras),
                   date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")


def bench_copies(n: int, adds: int = 100, seed: int = 1, path: str | Path | None = None) -> dict:
    """Build a CopyIndex of ``n`` synthetic articles, then time adding ``adds`` more, one in
    ten of them a light rewrite of an indexed article (which must be found).

    Articles are generated as they are added, so memory is the index's own.
    """
    rng, pick = random.Random(seed), random.Random(seed + 1)
    sources = set(pick.sample(range(n), min(n, max(1, adds // 10)))) if n else set()
    kept: dict[int, Article] = {}
    idx = CopyIndex(path)
    t0 = time.perf_counter()
    for i in range(n):
        a = _synthetic(i, rng)
        if i in sources:
            kept[i] = a
        idx.add(a)
    build_s = time.perf_counter() - t0
    times: list[float] = []
    prep_times: list[float] = []
    planted = caught = 0
    queue = sorted(kept)
    for k in range(adds):
        a = _synthetic(n + k, rng)
        src = kept[queue[planted]] if k % 10 == 0 and planted < len(queue) else None
        if src is not None:
            a = Article(id=a.id, title=a.title, text=src.text.replace(".", ", they said.", 2),
                        date=f"{int(src.date[:4]) + 1}{src.date[4:]}")
        t = time.perf_counter()
        doc = prepare(a)
        t_mid = time.perf_counter()
        got = idx.add(doc)
        times.append((time.perf_counter() - t) * 1000)
        prep_times.append((t_mid - t) * 1000)
        if src is not None:
            planted += 1
            caught += src.id in (got.duplicate_of, *got.copies, *got.unsure_with)
    idx.close()
    return {
        "docs": n,
        "build_docs_per_s": round(n / build_s, 1) if build_s else None,
        "add_ms": _percentiles(times),  # prepare + index look-up, judging and insert
        "prepare_ms": _percentiles(prep_times),  # the part a worker process can take
        "copies_found": f"{caught}/{planted}",
    }


def _percentiles(values: list[float]) -> dict[str, float]:
    v = sorted(values)
    return {"p50": round(v[len(v) // 2], 2), "p95": round(v[int(len(v) * 0.95)], 2), "max": round(v[-1], 2)}
