"""Plain-text articles: an optional `` date YYYY-MM-DD`` header, a headline line, a byline block, the body."""

from __future__ import annotations

import re

from search.ingest.formats.bylines import BYLINE, dateline_date
from search.ingest.formats.dates import normalise_date
from search.ingest.titles import derive_title
from search.model import Article

HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2})[ \t]*(?:\n|(?=\S))")
_PROSE_WORDS = 20  # a line this long is body text: the metadata block is over
_TOP_LINES = 8


def parse_txt(text: str, rel: str, source: str = "") -> Article:
    date = None
    m = HEADER.match(text)
    if m:
        date = normalise_date(m.group(1))  # a header like " date 2024-13-40" names no date
        text = text[m.end():]
    text = text.strip("\n")
    author, byline_date = top_metadata(text)
    return Article(id=rel, title=derive_title(text), text=text, date=date or byline_date,
                   author=author, source=source, language="")


def top_metadata(text: str) -> tuple[str | None, str | None]:
    """(author, date) from byline lines between the headline and the first paragraph of prose."""
    author = date = None
    lines = [line.strip() for line in text.split("\n")]
    for i, line in enumerate(lines[:_TOP_LINES]):
        if len(line.split()) > _PROSE_WORDS:
            break
        if not line:
            continue
        # The first line is the headline, which may start "By the Numbers"; only a date is read there.
        if i and author is None and (b := BYLINE.match(line)):
            author = b["name"].rstrip(" .")
        if date is None:
            date = dateline_date(line)
    return author, date
