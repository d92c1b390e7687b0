"""byline's query syntax where it does not depend on an engine: field names and their aliases,
dates, and how a malformed query is told apart and reduced to its words."""

from __future__ import annotations

import re

FIELDS = ("title", "body", "quote", "date", "speaker", "person", "actor", "character", "kind", "story")
ALIASES = {"who": "speaker", "said": "speaker", "people": "person", "role": "character", "text": "body"}
_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_FIELD = re.compile(r"\b(\w+):")


def day_bounds(value: str) -> tuple[int, int] | None:
    m = _DAY.match(value.strip())
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if (mo and not 1 <= int(mo) <= 12) or (d and not 1 <= int(d) <= 31):
        return None
    if d:
        n = int(f"{y}{int(mo):02d}{int(d):02d}")
        return n, n
    if mo:
        return int(f"{y}{int(mo):02d}01"), int(f"{y}{int(mo):02d}31")
    return int(f"{y}0101"), int(f"{y}1231")


def plain_words(text: str) -> str:
    words = re.findall(r"[\w'’-]+", _FIELD.sub(" ", text))
    return " ".join(w for w in words if w.upper() not in ("AND", "OR", "NOT", "TO"))


def malformed(text: str) -> str | None:
    if text.count('"') % 2:
        return "has an unclosed quote"
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return "has an unmatched bracket"
    if depth:
        return "has an unclosed bracket"
    if re.search(r"\b\w+:(\s|$)", text):
        return "names a field with no value"
    stripped = re.sub(r"\b(AND|OR|NOT)\b", "", text).strip(" ()-+")
    if not stripped:
        return "has operators but no words"
    return None
