"""Turn what a user types into a Whoosh query, never raising on a malformed one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import qparser
from whoosh import query as Q
from whoosh.qparser import MultifieldParser

from search.engine.schema import SCHEMA, TEXT_FIELDS

FIELDS = ("title", "body", "quote", "date", "speaker", "person", "actor", "character", "kind", "story")
ALIASES = {"who": "speaker", "said": "speaker", "people": "person", "role": "character", "text": "body"}
_DATE_TERM = re.compile(r"\bdate:(?:\[([^\]]*)\]|(\S+))", re.I)
_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_FIELD = re.compile(r"\b(\w+):")
# Whoosh's parser and stemmer grow faster than linearly with a word's or a query's length (a
# 20,000-letter word took seconds): past this, a query is cut, so every search answers quickly.
MAX_QUERY = 500
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass
class Parsed:
    query: Q.Query
    notice: str | None = None
    text: str = ""  # what was searched for: the query as typed, made safe and cut to MAX_QUERY


def _byte(m: re.Match) -> str:
    code = ord(m.group(0))
    # Bytes of a command line that are not UTF-8 arrive as U+DC80..U+DCFF: read them as
    # Windows-1252, as byline reads such files; any other lone surrogate has no meaning.
    return bytes([code - 0xDC00]).decode("cp1252", "replace") if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def clean(text: str) -> tuple[str, str | None]:
    """``text`` that every layer below can encode and search in bounded time, and a notice if
    it had to be cut."""
    text = _CONTROL.sub(" ", _SURROGATE.sub(_byte, text)).strip()
    if len(text) <= MAX_QUERY:
        return text, None
    cut = text[:MAX_QUERY]
    space = cut.rfind(" ", MAX_QUERY - 60)
    return cut[:space] if space > 0 else cut, f"Query cut to its first {MAX_QUERY} characters"


def _parser() -> MultifieldParser:
    p = MultifieldParser(["title", "body"], SCHEMA, fieldboosts={"title": 2.0}, group=qparser.AndGroup)
    p.add_plugin(qparser.FuzzyTermPlugin())
    p.add_plugin(qparser.PlusMinusPlugin())
    return p


_PARSER = _parser()


def _day_bounds(value: str) -> tuple[int, int] | None:
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


def _rewrite_dates(text: str) -> tuple[str, list[str]]:
    """``date:2022`` / ``date:2022-07`` / ``date:[2022-01-01 TO 2022-06-30]`` as numeric ranges."""
    bad: list[str] = []

    def sub(m: re.Match) -> str:
        if m.group(1) is not None:
            lo, _, hi = m.group(1).partition(" TO ") if " TO " in m.group(1) else (m.group(1), "", "")
            lo_b = _day_bounds(lo) if lo.strip() else None
            hi_b = _day_bounds(hi) if hi.strip() else None
            if (lo.strip() and not lo_b) or (hi.strip() and not hi_b) or not (lo_b or hi_b):
                bad.append(m.group(0))
                return ""
            return f"date:[{lo_b[0] if lo_b else ''} TO {hi_b[1] if hi_b else ''}]"
        bounds = _day_bounds(m.group(2))
        if not bounds:
            bad.append(m.group(0))
            return ""
        return f"date:[{bounds[0]} TO {bounds[1]}]"

    return _DATE_TERM.sub(sub, text), bad


def _canonical_fields(text: str) -> str:
    return _FIELD.sub(lambda m: f"{ALIASES.get(m.group(1).lower(), m.group(1).lower())}:"
                      if m.group(1).lower() in FIELDS or m.group(1).lower() in ALIASES else m.group(0), text)


_HYPHENATED = re.compile(r"(?<![\w\-*~])((?:\w+:)?)(\w[\w'’.]*(?:-\w[\w'’.]*)+)(?![\w*~])")


def _quote_hyphenated(text: str) -> str:
    """``Spider-Man`` and ``actor:Abernathy-Sole`` are one word each, not "spider NOT man"."""
    parts = text.split('"')
    # Even-numbered parts are outside double quotes.
    return '"'.join(_HYPHENATED.sub(r'\1"\2"', p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _plain_words(text: str) -> str:
    words = re.findall(r"[\w'’-]+", _FIELD.sub(" ", text))
    return " ".join(w for w in words if w.upper() not in ("AND", "OR", "NOT", "TO"))


def parse(text: str) -> Parsed:
    text, cut = clean(text)
    parsed = _parse(text)
    parsed.text = text
    if cut:
        parsed.notice = f"{cut}; {parsed.notice}" if parsed.notice else cut
    return parsed


def _parse(text: str) -> Parsed:
    if not text:
        return Parsed(Q.NullQuery)
    rewritten, bad_dates = _rewrite_dates(_canonical_fields(text))
    rewritten = _quote_hyphenated(rewritten)
    notice = f"Ignored {', '.join(bad_dates)}: dates are YYYY, YYYY-MM or YYYY-MM-DD" if bad_dates else None
    problem = _malformed(rewritten)
    if not problem:
        try:
            q = _PARSER.parse(rewritten)
            if q is not Q.NullQuery and not _has_error(q):
                return Parsed(_without_andnot(q), notice)
        except Exception:  # Whoosh raises many kinds on odd input; all mean "not a valid query"
            pass
        problem = "could not be parsed"
    words = _plain_words(text)
    if not words:
        return Parsed(Q.NullQuery, f"Nothing to search for in ‘{text}’")
    fallback = _without_andnot(_PARSER.parse(_quote_hyphenated(words)))
    return Parsed(fallback, f"Query {problem}; searched for the words: {words}")


def _malformed(text: str) -> str | None:
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


def _without_andnot(q: Q.Query) -> Q.Query:
    """``a -b`` as ``a AND NOT b``: Whoosh's AndNot matcher lets excluded documents through once
    it is nested in another AND (as every article search is), while ``Not`` does not."""
    if isinstance(q, Q.AndNot):
        return Q.And([_without_andnot(q.a), Q.Not(_without_andnot(q.b))])
    if isinstance(q, Q.BinaryQuery):
        return q.__class__(_without_andnot(q.a), _without_andnot(q.b))
    if isinstance(q, Q.CompoundQuery):
        return q.__class__([_without_andnot(c) for c in q.subqueries], boost=q.boost)
    return q


def _has_error(q: Q.Query) -> bool:
    leaves = [q] if q.is_leaf() else list(q.leaves())
    return any(type(leaf).__name__ == "ErrorQuery" for leaf in leaves)


MAX_EXPANSION = 64  # terms a prefix or fuzzy word may stand for


def bounded(q: Q.Query, reader) -> Q.Query:
    """Prefix, wildcard, range and fuzzy words as their most common matching terms: ``s*`` on
    a large corpus stands for thousands of terms, and matching them all took seconds."""
    if isinstance(q, Q.Wildcard) and "*" in q.text and not q.text.strip("*?"):
        q = Q.Every(q.fieldname, boost=q.boost)  # ``*?``, ``**``: any word at all
    if isinstance(q, Q.Every) and q.fieldname in TEXT_FIELDS:
        # Every article has a title and a body, every quote its words (and the record type is
        # ANDed on): Whoosh would read every word's postings to know.
        return Q.Every(boost=q.boost)
    if isinstance(q, Q.MultiTerm):
        if isinstance(q, Q.FuzzyTerm):
            q = Q.FuzzyTerm(q.fieldname, q.text, boost=q.boost, maxdist=q.maxdist,
                            prefixlength=max(1, q.prefixlength))
        terms = [t.decode() if isinstance(t, bytes) else t for _, t in q.existing_terms(reader, expand=True)]
        if len(terms) > MAX_EXPANSION:
            terms = sorted(terms, key=lambda t: -reader.doc_frequency(q.fieldname, t))[:MAX_EXPANSION]
        return Q.Or([Q.Term(q.fieldname, t, boost=q.boost) for t in terms]) if terms else Q.NullQuery
    if isinstance(q, Q.BinaryQuery):
        return q.__class__(bounded(q.a, reader), bounded(q.b, reader))
    if isinstance(q, Q.CompoundQuery):
        return q.__class__([bounded(c, reader) for c in q.subqueries], boost=q.boost)
    if isinstance(q, Q.Not):
        return Q.Not(bounded(q.query, reader))
    return q
