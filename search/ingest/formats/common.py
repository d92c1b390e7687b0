"""What every format shares: how a separate headline and a body become one reader text."""

from __future__ import annotations

import re

from search.ingest.formats.decode import newlines
from search.ingest.titles import derive_title
from search.model import Article

_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def tidy_body(body: str) -> str:
    """Trailing spaces off every line, at most one blank line between paragraphs, no blank edges."""
    lines = [line.rstrip() for line in newlines(body).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def compose(title: str | None, body: str) -> tuple[str, str]:
    """(title, text): the text opens with the headline so quotes in it have offsets like any other."""
    body = tidy_body(body)
    title = " ".join((title or "").split())
    if not title:
        return derive_title(body), body
    if not body:
        return title, title
    if " ".join(body[: len(title) * 2].split()).startswith(title):
        return title, body
    return title, f"{title}\n\n{body}"


def article(rel: str, source: str, title: str | None, body: str, **meta) -> Article:
    title, text = compose(title, body)
    return Article(id=rel, title=title, text=text, source=source, **meta)
