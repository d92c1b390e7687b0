"""Which reader handles which file suffix; each turns decoded text into articles (and skipped records)."""

from __future__ import annotations

from collections.abc import Callable

from search.ingest.formats.html import parse_html
from search.ingest.formats.markdown import parse_md
from search.ingest.formats.plain import parse_txt
from search.ingest.formats.records import parse_json, parse_jsonl
from search.model import Article, Skipped

Parser = Callable[[str, str, str], tuple[list[Article], list[Skipped]]]


def _single(parse: Callable[[str, str, str], Article]) -> Parser:
    return lambda text, rel, source: ([parse(text, rel, source)], [])


PARSERS: dict[str, Parser] = {
    ".txt": _single(parse_txt),
    ".text": _single(parse_txt),
    ".md": _single(parse_md),
    ".markdown": _single(parse_md),
    ".html": _single(parse_html),
    ".htm": _single(parse_html),
    ".json": parse_json,
    ".jsonl": parse_jsonl,
    ".ndjson": parse_jsonl,
}
SUFFIXES = frozenset(PARSERS)
