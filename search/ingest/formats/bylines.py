"""Recognise the metadata lines at the top of an article: bylines and datelines."""

from __future__ import annotations

import re

from search.ingest.formats.dates import _from_match, search_date

# Top-of-article metadata lines: "By Name | Outlet", "Por Name", "July 2, 2024 10:14am PT".
BYLINE = re.compile(
    r"^(?:By|Por|Par|Von|Written by|Escrito por)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|del|la|van|von|der|da|di|y|and|&)){0,5})"
    r"\s*(?:$|[|·,—–/•]|\s-\s|\s+(?:for|para|at|on|in)\s"
    r"|\s+(?:Published|Updated|Posted|Publicado|Actualizado)\b)"
)
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b", re.IGNORECASE)
_META_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|publicado|actualizado|el|a las)\b", re.IGNORECASE
)

def dateline_date(line: str) -> str | None:
    """The date of a line that is only a date with its trimmings (time, zone, "Updated", a byline)."""
    if len(line) > 100:  # a paragraph, whatever date it names
        return None
    m = search_date(line)
    if not m:
        return None
    rest = line[: m.start()] + " " + line[m.end():]
    rest = re.sub(r"[|·,—–/•:()\s]+|\s-\s", " ", _META_WORDS.sub(" ", _TIME.sub(" ", rest))).strip()
    rest = BYLINE.sub("", rest).strip()
    return _from_match(m) if len(rest.split()) <= 2 else None


def is_metadata_line(line: str) -> bool:
    """A byline ("By Name | Outlet") or a dateline ("Updated July 2, 2024 10:14am PT")."""
    line = line.strip()
    return bool(line) and (BYLINE.match(line) is not None or dateline_date(line) is not None)
