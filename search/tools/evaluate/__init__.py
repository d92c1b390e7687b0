"""Score extraction against a hand-labelled corpus.

    python -m search.tools.evaluate ARTICLES_DIR LABELS_JSON [--json]

Reads both label schemas: real-article labels (``start``, ``char_offset``, ``alt_speakers``,
``cast_implicit``, ``actor_as_written``) and the devcorpus labels (full ``text``, ``parts``,
``inner``).  The figures are the shared reference scorer's, computed the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from search.tools.evaluate.scoring import score

__all__ = ["evaluate", "main", "score"]


def evaluate(articles_dir: Path, labels_path: Path) -> dict:
    from search.extract.pipeline import extract_corpus, to_json
    from search.ingest.files import load

    articles, _ = load([articles_dir])
    found = extract_corpus(articles)
    records = [to_json(a, found[a.id]) for a in articles]
    return score(records, json.loads(labels_path.read_text(encoding="utf-8")))


def _ratio(pair: list[int]) -> str:
    ok, n = pair
    return f"{ok / n:.3f}   ({ok}/{n})" if n else "n/a"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="byline eval", description="score extraction against labels")
    p.add_argument("articles", type=Path)
    p.add_argument("labels", type=Path)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    if not args.labels.is_file():
        print(f"byline eval: no labels file at {args.labels}", file=sys.stderr)
        return 2
    try:
        result = evaluate(args.articles, args.labels)
    except (ValueError, KeyError, TypeError) as exc:
        print(f"byline eval: cannot read the labels in {args.labels}: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result))
        return 0
    for name in ("speech", "all_spans", "people", "cast", "copies", "stories"):
        m = result[name]
        print(f"{name:<18} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
              f"   (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    print(f"{'speaker accuracy':<18} {_ratio(result['speaker_counts'])}")
    print(f"{'non-speech kind':<18} {_ratio(result['kind_counts'])}")
    print(f"{'in-show speaker':<18} {_ratio(result['inshow_speaker'])}")
    print(f"{'null kept null':<18} {_ratio(result['null_speaker_kept'])}")
    print(f"{'language':<18} {_ratio(result['language'])}")
    print(f"{'unattributed':<18} {result['unattributed_rate']:.3f}   of predicted speech quotes")
    d = result["drift"]
    print(f"{'drift':<18} {d['found']}/{d['labelled']} found, {d['invented']} invented on non-copies")
    return 0
