"""Turn the dates articles carry (ISO stamps, "July 2, 2024", "21 de julio de 2024") into YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re

_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december")
_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre")
_MONTHS = {
    **{m: i for i, m in enumerate(_EN, 1)},
    **{m[:3]: i for i, m in enumerate(_EN, 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(_ES, 1)},
    "setiembre": 9,
}
_MONTH = r"(?P<month>[A-Za-zé]{3,10})\.?"
_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)")
_MDY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b")
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
PATTERNS = (_ISO, _MDY, _DMY)


def _build(year: str, month: int | None, day: str) -> str | None:
    try:
        return dt.date(int(year), month or 0, int(day)).isoformat()
    except (TypeError, ValueError):
        return None


def _from_match(m: re.Match) -> str | None:
    if "mon" in m.groupdict():
        return _build(m["year"], int(m["mon"]), m["day"])
    return _build(m["year"], _MONTHS.get(m["month"].lower()), m["day"])


def search_date(text: str) -> re.Match | None:
    """The first well-formed date written anywhere in ``text``."""
    found = [m for p in PATTERNS for m in p.finditer(text) if _from_match(m)]
    return min(found, key=lambda m: m.start()) if found else None


def normalise_date(value: object) -> str | None:
    """YYYY-MM-DD for a date value from metadata, or None when it holds no recognisable date."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        # Exports often store Unix time; milliseconds when the number is too big for seconds.
        seconds = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    m = search_date(value.strip())
    return _from_match(m) if m else None
