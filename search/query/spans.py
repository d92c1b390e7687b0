"""Where a query's words fall in a text, as character spans, and the snippet to show.

No engine here: both the Whoosh index and the cluster backend hand these functions the
query's stems, phrases and prefixes (each engine reads them from its own query tree).
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.query.analysis import stems

Span = tuple[int, int]

_WORD = re.compile(r"\w+(?:\.?\w+)*")  # the analyzer's own tokenizer pattern


def spans(text: str, terms: set[str], phrases: list[list[str]], prefixes: list[str]) -> list[Span]:
    """Character spans of the query's words and phrases in ``text``.

    Only words that start like a query word are analysed (a stem never changes a word's
    first three letters), so a multi-megabyte article costs a regex scan, not a full analysis.
    """
    heads = {w[:3] for w in terms} | {p[0][:3] for p in phrases if p} | {p[:3] for p in prefixes}
    heads.discard("")
    if not heads:
        return []
    candidates = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, heads))) + ")", re.I)
    firsts = {p[0] for p in phrases if p}
    found: list[Span] = []
    pos = 0
    while m := candidates.search(text, pos):
        w = _WORD.match(text, m.start())
        if not w:
            pos = m.end()
            continue
        pos = w.end()
        stem = _stem(w.group())
        if stem in terms or any(stem.startswith(p) for p in prefixes):
            found.append((w.start(), w.end()))
        if stem in firsts:
            found += _phrases_at(text, w.start(), phrases)
    return _merge(found)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    found = stems(word)
    return found[0] if found else ""


def _phrases_at(text: str, start: int, phrases: list[list[str]]) -> list[Span]:
    longest = max(len(p) for p in phrases)
    tokens = []
    for w in _WORD.finditer(text, start):
        tokens.append((_stem(w.group()), w.end()))
        if len(tokens) >= longest:
            break
    words = [t for t, _ in tokens]
    return [(start, tokens[len(p) - 1][1]) for p in phrases if p and words[:len(p)] == p]


def _merge(found: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(found):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def snippet(text: str, hit_spans: list[Span], width: int = 160) -> tuple[str, list[Span]]:
    """A one-line keyword-in-context window around the first match, cut at word boundaries."""
    if not hit_spans:
        start, end = 0, min(len(text), width)
    else:
        first = hit_spans[0][0]
        start = max(0, first - width // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
        end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > (hit_spans[0][1] if hit_spans else start) else end
    window = text[start:end]
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    flat = prefix + window.replace("\n", " ") + suffix
    shift = len(prefix) - start
    local = [(max(s, start) + shift, min(e, end) + shift) for s, e in hit_spans if s < end and e > start]
    return flat, local
