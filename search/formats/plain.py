"""Plain-text articles: an optional `` date YYYY-MM-DD`` header, a headline line, a byline block, the body."""

from __future__ import annotations

import re

from ..model import Article
from ..titles import derive_title
from .dates import _from_match, search_date

HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2})[ \t]*(?:\n|(?=\S))")
# Top-of-article metadata lines: "By Name | Outlet", "Por Name", "July 2, 2024 10:14am PT".
_BYLINE = re.compile(
    r"^(?:By|Por|Par|Von|Written by|Escrito por)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|del|la|van|von|der|da|di|y|and|&)){0,5})"
    r"\s*(?:$|[|·,—–/•]|\s-\s|\s+(?:for|para|at|on|in)\s)"
)
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b", re.IGNORECASE)
_META_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|publicado|actualizado|el|a las)\b", re.IGNORECASE
)
_PROSE_WORDS = 20  # a line this long is body text: the metadata block is over
_TOP_LINES = 8


def parse_txt(text: str, rel: str, source: str = "") -> Article:
    date = None
    m = HEADER.match(text)
    if m:
        date = m.group(1)
        text = text[m.end():]
    text = text.strip("\n")
    author, byline_date = top_metadata(text)
    return Article(id=rel, title=derive_title(text), text=text, date=date or byline_date,
                   author=author, source=source, language="")


def top_metadata(text: str) -> tuple[str | None, str | None]:
    """(author, date) from byline lines between the headline and the first paragraph of prose."""
    author = date = None
    lines = [line.strip() for line in text.split("\n")]
    for line in lines[1:_TOP_LINES]:
        if len(line.split()) > _PROSE_WORDS:
            break
        if not line:
            continue
        if author is None and (b := _BYLINE.match(line)):
            author = b["name"].rstrip(" .")
        if date is None:
            date = dateline_date(line)
    return author, date


def dateline_date(line: str) -> str | None:
    """The date of a line that is only a date with its trimmings (time, zone, "Updated", a byline)."""
    m = search_date(line)
    if not m or len(line) > 100:
        return None
    rest = line[: m.start()] + " " + line[m.end():]
    rest = _BYLINE.sub("", _META_WORDS.sub(" ", _TIME.sub(" ", rest)))
    rest = re.sub(r"[|·,—–/•:()\-\s]+", " ", rest).strip()
    return _from_match(m) if len(rest.split()) <= 2 else None
