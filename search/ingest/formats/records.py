"""JSON and JSON Lines exports: one article per record, a bad record skipped on its own.

A record's id is ``PATH#N``: for JSON Lines N is the 1-based line number (so ids stay put when
an earlier line is broken), for a JSON list it is the 1-based position in the list. A JSON file
holding a single object is one article with id ``PATH``.
"""

from __future__ import annotations

import html as html_lib
import json
import re

from search.ingest.formats.common import article
from search.ingest.formats.dates import normalise_date
from search.ingest.formats.html_story import html_text
from search.model import Article, Skipped

_HTML_BODY = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)

TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "full_text", "description")
TITLE_KEYS = ("title", "headline", "name")
DATE_KEYS = ("date", "published", "published_at", "publishedAt", "datePublished", "pubDate", "pub_date",
             "created_at", "timestamp")
URL_KEYS = ("url", "link", "canonical", "canonical_url", "permalink")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
LIST_KEYS = ("articles", "items", "records", "data", "entries", "results", "posts")


def parse_jsonl(text: str, rel: str, source: str = "") -> tuple[list[Article], list[Skipped]]:
    articles, skipped = [], []
    for n, line in enumerate(text.split("\n"), 1):
        a, s = parse_line(line, rel, n, source)
        articles += a
        skipped += s
    return articles, skipped


def parse_line(line: str, rel: str, n: int, source: str = "") -> tuple[list[Article], list[Skipped]]:
    """The article on line ``n`` of a JSON Lines file (none for a blank line)."""
    if not line.strip():
        return [], []
    try:
        # Without its line break: a record cut off mid-string should read "unterminated string".
        record = json.loads(line.rstrip("\n"))
    except ValueError as e:
        return [], [Skipped(line_name(rel, n), f"invalid JSON ({_reason(e)})")]
    except RecursionError:
        return [], [Skipped(line_name(rel, n), "invalid JSON (nested too deeply)")]
    articles: list[Article] = []
    skipped: list[Skipped] = []
    _add(record, f"{rel}#{n}", line_name(rel, n), source, articles, skipped)
    return articles, skipped


def line_name(rel: str, n: int) -> str:
    return f"{rel} line {n}"


def parse_json(text: str, rel: str, source: str = "") -> tuple[list[Article], list[Skipped]]:
    try:
        data = json.loads(text)
    except ValueError as e:
        return [], [Skipped(rel, f"invalid JSON ({_reason(e)})")]
    except RecursionError:
        return [], [Skipped(rel, "invalid JSON (nested too deeply)")]
    if isinstance(data, dict) and not _has_text(data):
        data = next((data[k] for k in LIST_KEYS if isinstance(data.get(k), list)), data)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    if isinstance(data, list):
        for n, record in enumerate(data, 1):
            _add(record, f"{rel}#{n}", f"{rel} record {n}", source, articles, skipped)
    else:
        _add(data, rel, rel, source, articles, skipped)
    return articles, skipped


def _add(record: object, rid: str, name: str, source: str, articles: list, skipped: list) -> None:
    if not isinstance(record, dict):
        skipped.append(Skipped(name, "not a JSON object"))
        return
    body = _first(record, TEXT_KEYS)
    if not body:
        skipped.append(Skipped(name, "no text (expected a text, body or content field)"))
        return
    title = _first(record, TITLE_KEYS)
    if _HTML_BODY.search(body):  # CMS exports often carry the body as HTML
        body = html_text(body)
        title = html_lib.unescape(title) if title else title
    articles.append(article(
        rid, source, title, body,
        date=next((d for k in DATE_KEYS if (d := normalise_date(record.get(k)))), None),
        author=_author(_pick(record, AUTHOR_KEYS)),
        url=_first(record, URL_KEYS),
        language=(_first(record, ("lang", "language")) or "")[:2].lower(),
    ))


def _has_text(record: dict) -> bool:
    return _first(record, TEXT_KEYS) is not None


def _pick(record: dict, keys: tuple[str, ...]) -> object:
    return next((record[k] for k in keys if record.get(k) not in (None, "", [])), None)


def _first(record: dict, keys: tuple[str, ...]) -> str | None:
    value = _pick(record, keys)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n\n".join(value)  # a body stored as a list of paragraphs
    return value if isinstance(value, str) and value.strip() else None


def _author(value: object) -> str | None:
    if isinstance(value, list):
        names = [_author(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _reason(e: ValueError) -> str:
    msg = getattr(e, "msg", str(e))
    col = getattr(e, "colno", None)
    msg = msg.lower().removesuffix(" at")
    return f"{msg} at column {col}" if col else msg
