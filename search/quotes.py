"""Find quoted spans and say who spoke them."""

from __future__ import annotations

import re

from .model import SCARE, SPEECH, Article, CastPair, Quote

_SPAN = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
_AFTER = re.compile(r"^[\s,]*(?:([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*) (?:said|says)|(?:said|says) ([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*))")


def find_quotes(article: Article, people: list[str], cast: list[CastPair]) -> list[Quote]:
    out = []
    for m in _SPAN.finditer(article.text):
        g = 1 if m.group(1) is not None else 2
        start, end = m.start(g), m.end(g)
        a = _AFTER.match(article.text, m.end())
        speaker = (a.group(1) or a.group(2)) if a else None
        out.append(Quote(m.group(g), start, end, speaker, SPEECH if speaker else SCARE))
    return out
