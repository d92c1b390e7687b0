"""Results and quotes out of byline, as Markdown, CSV or JSON Lines.

Article text is data, wherever it ends up: control characters are made visible (``inert``) so
``cat export.md`` cannot drive a terminal, Markdown punctuation is escaped so a title cannot
become a link, and a CSV cell cannot start a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from search.ingest.sanitize import inert
from search.model import Article, Hit, Quote

FORMATS = ("md", "csv", "jsonl")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as a formula

HIT_FIELDS = ("path", "title", "date", "score", "snippet", "copy_of", "note")
QUOTE_FIELDS = ("path", "title", "date", "url", "speaker", "kind", "text", "start", "end")


def _check(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt == "markdown":
        fmt = "md"
    if fmt == "json":
        fmt = "jsonl"
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return fmt


def _md(text: str | None) -> str:
    # Line breaks inside a field would end the list item or quote block it sits in.
    return _MD_SPECIAL.sub(r"\\\1", " ".join(inert(text or "").split()))


def _cell(value) -> str:
    if value is None:
        return ""
    text = inert(str(value))
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _csv(rows: Iterable[dict], columns: tuple[str, ...]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(columns)
    for row in rows:
        w.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _jsonl(rows: Iterable[dict]) -> str:
    def clean(v):
        return inert(v) if isinstance(v, str) else v

    lines = (json.dumps({k: clean(v) for k, v in row.items()}, ensure_ascii=False) for row in rows)
    return "".join(line + "\n" for line in lines)


def _hit_row(h: Hit) -> dict:
    return {"path": h.id, "title": h.title, "date": h.date, "score": h.score, "snippet": h.snippet,
            "copy_of": h.copy_of, "note": h.note}


def export_hits(hits: Iterable[Hit], fmt: str, query: str | None = None) -> str:
    """The hits as a document in ``fmt`` ("md", "csv" or "jsonl")."""
    fmt = _check(fmt)
    rows = [_hit_row(h) for h in hits]
    if fmt == "csv":
        return _csv(rows, HIT_FIELDS)
    if fmt == "jsonl":
        return _jsonl(rows)
    head = f"# Search results for {_md(query)}" if query else "# Search results"
    lines = [head, "", f"{len(rows)} article{'s' * (len(rows) != 1)}", ""]
    for n, r in enumerate(rows, 1):
        meta = " · ".join(x for x in (r["date"], f"`{inert(r['path']).replace('`', '')}`") if x)
        lines.append(f"{n}. **{_md(r['title'])}** — {meta}")
        if r["note"]:
            lines.append(f"   _{_md(r['note'])}_")
        if r["snippet"]:
            lines.append(f"   {_md(r['snippet'])}")
    return "\n".join(lines) + "\n"


def _quote_row(article: Article, q: Quote) -> dict:
    return {"path": article.id, "title": article.title, "date": article.date, "url": article.url,
            "speaker": q.speaker, "kind": q.kind, "text": q.text, "start": q.start, "end": q.end}


def export_quotes(article: Article, quotes: Iterable[Quote], fmt: str) -> str:
    """The article's quotes with their citation, as a document in ``fmt``."""
    return export_quotes_many([(article, list(quotes))], fmt)


def export_quotes_many(items: Iterable[tuple[Article, Iterable[Quote]]], fmt: str) -> str:
    """Quotes of several articles in one document (``byline extract --format``): one CSV header,
    one Markdown section per article."""
    fmt = _check(fmt)
    items = [(a, [_quote_row(a, q) for q in quotes]) for a, quotes in items]
    if fmt == "csv":
        return _csv((r for _, rows in items for r in rows), QUOTE_FIELDS)
    if fmt == "jsonl":
        return _jsonl(r for _, rows in items for r in rows)
    return "\n".join(_quotes_md(a, rows) for a, rows in items)


def _quotes_md(article: Article, rows: list[dict]) -> str:
    source = " · ".join(x for x in (article.date, _md(article.url) if article.url else None,
                                    f"`{inert(article.id).replace('`', '')}`") if x)
    lines = [f"# Quotes from {_md(article.title)}", "", source, ""]
    for r in rows:
        lines.append(f"> “{_md(r['text'])}”")
        who = _md(r["speaker"]) if r["speaker"] else "unattributed"
        kind = f" ({_md(r['kind'])})" if r["kind"] and r["kind"] != "speech" else ""
        lines += [f"> — {who}{kind}", ""]
    if not rows:
        lines += ["No quotes found.", ""]
    return "\n".join(lines)


def write_export(text: str, fmt: str, directory: Path, stem: str = "byline-export") -> Path:
    """Write ``text`` to a new file in ``directory`` (never overwriting one) and return its path."""
    fmt = _check(fmt)
    directory = Path(directory).expanduser()
    directory.mkdir(parents=True, exist_ok=True)
    base = f"{stem}-{datetime.now().strftime('%Y-%m-%d-%H%M%S')}"
    for n in range(1, 1000):
        path = directory / (f"{base}.{fmt}" if n == 1 else f"{base}-{n}.{fmt}")
        try:
            # "x" claims the name atomically, so two exports in one second get two files.
            with open(path, "x", encoding="utf-8", newline="") as f:
                f.write(text)
            return path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free file name for {base}.{fmt} in {directory}")
