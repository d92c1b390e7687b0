"""The ``byline`` command: the browser, and headless subcommands for scripts and pipes.

Headless subcommands import ``search`` only, never Textual, so they start fast.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

BACKEND_HELP = ("a search cluster instead of the embedded index: sphinx://HOST:PORT[,HOST:PORT…], every node "
                "as `byline cluster up` prints it, so any node that answers will do")


def _library(args: argparse.Namespace):
    from search.library import open_library

    return open_library([Path(p) for p in args.paths] or None, Path(args.index) if args.index else None,
                        getattr(args, "backend", None))


def _check_paths(paths: list[str]) -> str | None:
    missing = [p for p in paths if not Path(p).exists()]
    return f"byline: no such file or folder: {', '.join(missing)}" if missing else None


class _Progress:
    """A progress line on a terminal, nothing when piped (the summary still prints)."""

    def __init__(self) -> None:
        import time

        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()
        self.clock = time.perf_counter

    def __call__(self, done: int, total: int) -> None:
        if not self.tty:
            return
        rate = done / max(self.clock() - self.started, 1e-6)
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\rIndexing [{'#' * filled}{'.' * (width - filled)}] {done}/{total} · {rate:.0f}/s")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _update(lib):
    """Index what changed, naming each skipped file once; the report, or None and an exit code."""
    from search.engine.index import DiskFull, IndexBusy

    if getattr(lib, "is_outdated", lambda: False)():
        print("byline: an older byline wrote this index; reading every article again", file=sys.stderr)
    try:
        report = lib.update(progress=_Progress())
    except IndexBusy as e:
        print(f"byline: {e}", file=sys.stderr)
        return None, 3
    except DiskFull as e:
        print(f"byline: {e}", file=sys.stderr)
        return None, 4
    for s in report.skipped:
        print(s, file=sys.stderr)
    return report, (0 if report.total or not report.skipped else 1)


def cmd_index(args: argparse.Namespace) -> int:
    if err := _check_paths(args.paths):
        print(err, file=sys.stderr)
        return 2
    if not args.paths and args.backend:
        from search.library import SEEDS

        args.paths = [str(SEEDS)]  # as the local index does
    lib = _library(args)
    if not lib.paths:
        print("byline index: give the files or folders to index", file=sys.stderr)
        return 2
    report, code = _update(lib)
    if report is None:
        return code
    still = len(getattr(report, "still_skipped", ()))
    skipped = f"{len(report.skipped) + still} skipped" + (f" ({still} unchanged since the last run)" if still else "")
    print(f"{report.total} files: {report.added} added, {report.changed} changed, {report.removed} removed, "
          f"{skipped} in {report.seconds:.2f} s → {lib.index_dir or args.backend}", file=sys.stderr)
    lib.close()
    return 0


def _open_for_query(args: argparse.Namespace):
    """Search an index as it stands when only ``--index`` is given; otherwise bring it up to date."""
    if err := _check_paths(args.paths):
        print(err, file=sys.stderr)
        return None, 2
    lib = _library(args)
    if args.paths or not args.index:
        _, code = _update(lib)
        if code:
            return None, code
    elif not lib.is_indexed():
        print(f"byline: no index in {lib.index_dir}", file=sys.stderr)
        return None, 2
    return lib, 0


_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _json(record: dict) -> str:
    """One line of JSON that is safe on a terminal: JSON escapes C0 controls, and these
    (C1 controls, line separators, lone surrogates) are escaped too."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(record, ensure_ascii=False))


def _real_id(article_id: str, source: str) -> str:
    """``article_id`` spelled as the file system spells it: an id shows a control character in
    a file name as a symbol, and a script must be able to open the file it names."""
    from search.ingest.files import shown_name

    depth = article_id.count("/") + 1
    real = "/".join(Path(source).parts[-depth:]) if source else ""
    shown = shown_name(real)
    return real + article_id[len(shown):] if real and article_id.startswith(shown) else article_id


def cmd_search(args: argparse.Namespace) -> int:
    from search.ingest.sanitize import inert

    lib, code = _open_for_query(args)
    if lib is None:
        return code
    results = lib.search_quotes(args.query, args.limit) if args.quotes else lib.search(
        args.query, args.limit, collapse=False)
    ids = [qh.article_id for qh in results.quotes] if args.quotes else [h.id for h in results.hits]
    real = {i: _real_id(i, view.article.source) for i in ids if args.json and (view := lib.article(i))}
    lib.close()
    if results.notice:
        print(results.notice, file=sys.stderr)
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}", file=sys.stderr)
    if args.quotes:
        for qh in results.quotes:
            q = qh.quote
            rec = {"path": real.get(qh.article_id, qh.article_id), "title": qh.title, "date": qh.date,
                   "text": q.text, "speaker": q.speaker, "kind": q.kind, "start": q.start, "end": q.end}
            print(_json(rec) if args.json else
                  inert(f"“{q.text}” — {q.speaker or 'unattributed'} · {qh.title}"))
        return 0
    for h in results.hits:
        if args.json:
            print(_json({"path": real.get(h.id, h.id), "title": h.title, "date": h.date, "score": h.score,
                         "snippet": h.snippet, "spans": [list(s) for s in h.spans]}))
        else:
            print(inert(f"{h.date or '----------'}  {h.title}  [{h.id}]"))
            print(inert(f"            {h.snippet}"))
    if not args.json:
        print(f"{results.total} hit{'s' * (results.total != 1)} · {results.elapsed_ms:.0f} ms", file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from search.extract.pipeline import extract_corpus, to_json
    from search.ingest.files import load
    from search.ingest.sanitize import inert

    if err := _check_paths(args.paths):
        print(err, file=sys.stderr)
        return 2
    articles, skipped = load([Path(p) for p in args.paths])
    for s in skipped:
        print(s, file=sys.stderr)
    found = extract_corpus(articles)
    for a in articles:
        rec = to_json(a, found[a.id])
        if shift := _offset_in_file(a):
            for q in rec["quotes"]:
                q["start"] += shift
                q["end"] += shift
        if args.json:
            print(_json({**rec, "path": _real_id(a.id, a.source)}))
            continue
        print(inert(f"{a.id} · {a.title}"))
        for q in rec["quotes"]:
            print(inert(f"  [{q['kind']}] “{q['text']}” — {q['speaker'] or 'unattributed'}"))
    return 0


def _offset_in_file(article) -> int:
    """Where the article's text begins in its file, when the file holds it as written.

    ``extract --json`` offsets count from the file's first character, as a reader of the file
    counts them: a ``.txt``'s `` date`` line or Markdown front matter comes before the text.
    A JSON Lines record's offsets count from its own body."""
    if not article.source or "#" in article.id:
        return 0
    try:
        raw = Path(article.source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 0
    return max(raw.find(article.text), 0) if article.text else 0


def cmd_people(args: argparse.Namespace) -> int:
    from search.ingest.sanitize import inert

    lib, code = _open_for_query(args)
    if lib is None:
        return code
    people = lib.people()
    lib.close()
    for name in sorted(people, key=lambda n: (-len(people[n]["articles"]), n)):
        row = people[name]
        if args.json:
            print(_json({"name": name, **row}))
        else:
            roles = f"  as {', '.join(row['roles'])}" if row["roles"] else ""
            print(inert(f"{name:<32} {len(row['articles']):>4} articles {row['quotes']:>4} quotes{roles}"))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from search.tools import evaluate

    return evaluate.main([args.articles, args.labels] + (["--json"] if args.json else []))


def build_parsers() -> dict[str, argparse.ArgumentParser]:
    """One parser per subcommand; options may come before or after the paths."""

    def new(name: str, help: str, func, index: bool = True) -> argparse.ArgumentParser:
        p = argparse.ArgumentParser(prog=f"byline {name}", description=help)
        if index:
            p.add_argument("--index", metavar="DIR", help="index folder (default: one per corpus in the user cache)")
            p.add_argument("--backend", metavar="URL", help=BACKEND_HELP)
        p.set_defaults(func=func)
        parsers[name] = p
        return p

    parsers: dict[str, argparse.ArgumentParser] = {}
    p = new("index", "index files or folders", cmd_index)
    p.add_argument("paths", nargs="*", metavar="PATH")

    p = new("search", "search and print the hits", cmd_search)
    p.add_argument("query")
    p.add_argument("paths", nargs="*", metavar="PATH", help="corpus (default: the seeds, or the --index as it stands)")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="one JSON object per hit per line")
    p.add_argument("--quotes", action="store_true", help="search quotes instead of articles")

    p = new("extract", "quotes, speakers, people, cast and copies of articles", cmd_extract, index=False)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="one JSON object per article per line")

    p = new("people", "every person in the corpus with counts", cmd_people)
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--json", action="store_true")

    p = new("eval", "score extraction against a labels file", cmd_eval, index=False)
    p.add_argument("articles")
    p.add_argument("labels")
    p.add_argument("--json", action="store_true")

    from . import config, serve

    config.add_arguments(new("config", "show or create the config file", config.cmd_config, index=False))
    serve.add_arguments(new("serve", "serve the browser to a web browser on this machine", serve.cmd_serve,
                            index=False))
    parsers["serve"].epilog = serve.EPILOG

    from search.tools import bench

    bench.add_arguments(new("bench", "measure build, query and app speed on a synthetic corpus", bench.cmd_bench,
                            index=False))
    from search.backends.sphinx.cluster import add_cluster_parser

    add_cluster_parser(parsers)
    return parsers


# The subcommands' names, known without building their parsers: those import the bench, the
# cluster and the web server, and the browser would pay for them before its first frame.
SUBCOMMANDS = ("index", "search", "extract", "people", "eval", "config", "serve", "bench", "cluster")


def build_browse_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="byline", description="A terminal browser for news and entertainment articles.",
        epilog=f"commands: {', '.join(SUBCOMMANDS)} (byline COMMAND --help)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to browse (default: the seed corpus)")
    p.add_argument("--index", metavar="DIR", help="index folder (default: one per corpus in the user cache)")
    p.add_argument("--backend", metavar="URL", help=BACKEND_HELP)
    p.add_argument("--config", metavar="FILE", help="config file (default: byline/config.toml in the user config dir)")
    p.add_argument("--ansi", action="store_true", help="use the terminal's own colours")
    p.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    return p


class _Version(argparse.Action):
    """Looked up only when asked for: importlib.metadata costs the browser's start a tenth of a second."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("byline")
        except PackageNotFoundError:
            found = "(not installed)"
        print(f"byline {found}")
        parser.exit()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The first word decides: a subcommand, or the paths to browse.
    if not (argv and argv[0] in SUBCOMMANDS):
        args = build_browse_parser().parse_args(argv)
        if err := _check_paths(args.paths):
            print(err, file=sys.stderr)
            return 2
        from .app import run

        return run(args)
    parsers = build_parsers()
    rest = argv[1:]
    # Intermixed parsing loses what follows "--", where a query beginning with a dash must go.
    args = parsers[argv[0]].parse_args(rest) if "--" in rest else parsers[argv[0]].parse_intermixed_args(rest)
    from search.backends import BackendUnavailable

    try:
        return args.func(args)
    except BackendUnavailable as e:
        print(f"byline: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
