"""Conversions between articles with their extraction and Whoosh documents."""

from __future__ import annotations

import json
from dataclasses import fields

from search.model import Article, CastPair, Drift, Extraction, Quote
from search.query.analysis import name_keys

_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(obj) -> dict:
    """``dataclasses.asdict`` of a quote, cast pair or drift (strings, numbers and lists of
    strings, nothing nested) without its deep copy: thousands of quotes per build."""
    names = _FIELDS.get(type(obj))
    if names is None:
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    return {n: getattr(obj, n) for n in names}


def date_number(date: str | None) -> int | None:
    return int(date.replace("-", "")) if date else None


def dump_extraction(article: Article, ex: Extraction) -> str:
    return json.dumps({
        "language": article.language, "author": article.author, "url": article.url,
        "source": article.source, "notice": article.notice,
        "quotes": [plain(q) for q in ex.quotes],
        "people": ex.people,
        "cast": [plain(c) for c in ex.cast],
        "story": ex.story, "duplicate_of": ex.duplicate_of,
        "copy_kind": ex.copy_kind, "copy_evidence": ex.copy_evidence,
        "drift": [plain(d) for d in ex.drift],
    }, ensure_ascii=False)


def load_extraction(stored: dict) -> tuple[Article, Extraction]:
    d = json.loads(stored["data"])
    date = stored.get("date")
    article = Article(
        id=stored["id"], title=stored["title"], text=stored["body"],
        date=f"{date // 10000:04d}-{date // 100 % 100:02d}-{date % 100:02d}" if date else None,
        language=d["language"], author=d["author"], url=d["url"], source=d["source"], notice=d["notice"],
    )
    ex = Extraction(
        quotes=[Quote(**q) for q in d["quotes"]],
        people=d["people"],
        cast=[CastPair(c["character"], c["actor"], tuple(c.get("aliases") or ()), c.get("work"))
              for c in d["cast"]],
        story=d["story"], duplicate_of=d["duplicate_of"],
        drift=[Drift(**x) for x in d["drift"]],
        copy_kind=d.get("copy_kind"), copy_evidence=d.get("copy_evidence") or [],
    )
    return article, ex


def article_fields(article: Article, ex: Extraction) -> dict:
    doc = {
        "id": article.id, "type": "article", "title": article.title, "body": article.text,
        "quote": "\n".join(q.text for q in ex.quotes),
        "speaker": name_keys(q.speaker for q in ex.quotes if q.speaker),
        "person": name_keys(ex.people),
        "actor": name_keys(c.actor for c in ex.cast),
        "character": name_keys([c.character for c in ex.cast] + [a for c in ex.cast for a in c.aliases]),
        "kind": ",".join(sorted({q.kind for q in ex.quotes})),
        "story": ex.story or article.id,
        "copy_of": ex.duplicate_of or "",
        "data": dump_extraction(article, ex),
    }
    date = date_number(article.date)
    if date:
        doc["date"] = date
    return doc


def quote_docs(article: Article, ex: Extraction) -> list[dict]:
    docs = []
    date = date_number(article.date)
    for n, q in enumerate(ex.quotes):
        doc = {
            # No title: a title word must find the article, and ten copies of every title
            # made title postings ten times longer. The title rides along in ``data``.
            # No id either: a quote is found by its words and deleted with its article, and a
            # term of its own for each quote was a third of an index's terms and a sixth of
            # the indexer's time.
            "type": "quote", "article": article.id, "quote": q.text,
            "speaker": name_keys([q.speaker] if q.speaker else []),
            "kind": q.kind, "data": json.dumps([n, plain(q), article.title], ensure_ascii=False),
        }
        if q.actor:
            doc["actor"] = name_keys([q.actor])
        if date:
            doc["date"] = date
        docs.append(doc)
    return docs


_LINK_KEYS = ["story", "duplicate_of", "copy_kind", "copy_evidence", "drift"]
_LINK_START = ', "story": '  # a quote mark inside a JSON string is escaped: this opens a key


def apply_link(doc: dict, link) -> None:
    """Write a ``copies.CopyLink`` (story, original, drift) into an article document."""
    doc["story"] = link.story or doc["id"]
    doc["copy_of"] = link.duplicate_of or ""
    kind, evidence = _why(link)
    fields = dict(zip(_LINK_KEYS, (link.story, link.duplicate_of, kind, evidence, [plain(d) for d in link.drift]),
                      strict=True))
    data = doc["data"]
    # The link's fields close the data ``dump_extraction`` writes: only they are written anew,
    # the quotes and cast before them are neither parsed nor written again (every article
    # is linked at least once a build). A tail that is not exactly those fields, as an older
    # byline wrote, takes the whole way round.
    cut = data.rfind(_LINK_START)
    if cut > 0 and _link_keys(data[cut + 2:]) == _LINK_KEYS:
        doc["data"] = data[:cut] + ", " + json.dumps(fields, ensure_ascii=False)[1:]
        return
    whole = json.loads(data)
    whole.update(fields)
    doc["data"] = json.dumps(whole, ensure_ascii=False)


def _link_keys(tail: str) -> list[str] | None:
    """The keys of the object a data's tail closes, if the tail is one whole (a key inside
    a quote or a nested object would leave a brace over and fail to parse)."""
    try:
        found = json.loads("{" + tail)
    except ValueError:
        return None
    return list(found) if type(found) is dict else None


def _why(link) -> tuple[str | None, list[str]]:
    """What kind of copy a link is and the evidence for it (nothing for an original)."""
    return (link.kind, list(link.evidence)) if link.duplicate_of else (None, [])


def link_changed(stored: dict, link) -> bool:
    data = json.loads(stored["data"])
    kind, evidence = _why(link)
    return (data["story"], data["duplicate_of"], data["drift"], data.get("copy_kind"),
            data.get("copy_evidence") or []) != (
        link.story, link.duplicate_of, [plain(d) for d in link.drift], kind, evidence)
