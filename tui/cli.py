"""The ``byline`` command. Headless subcommands import ``search`` only, never Textual."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _extract(args: argparse.Namespace) -> int:
    from search.extract import extract_corpus, to_json
    from search.ingest import load

    articles, skipped = load([Path(p) for p in args.paths])
    for s in skipped:
        print(s, file=sys.stderr)
    found = extract_corpus(articles)
    for a in articles:
        rec = to_json(a, found[a.id])
        if args.json:
            print(json.dumps(rec, ensure_ascii=False))
        else:
            print(f"{a.id}: {len(rec['quotes'])} quotes, {len(rec['people'])} people, {len(rec['cast'])} cast")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="byline", description=__doc__)
    sub = p.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="quotes, speakers, people, cast and copies of articles")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--json", action="store_true", help="one JSON object per article per line")
    ex.set_defaults(func=_extract)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .app import run

        return run(args)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
