"""The one facade the app and the CLI talk to. Nothing above it knows Whoosh exists.

Every Whoosh call runs on one dedicated thread with one long-lived searcher (a Searcher
must not be shared across threads), refreshed after the index changes; callers may use
the facade from any thread.
"""

from __future__ import annotations

import json
import re
import time
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from whoosh import query as Q
from whoosh.qparser import QueryParser

from search.engine import index as idx
from search.engine.changes import unchanged
from search.engine.highlight import query_terms
from search.engine.months import months
from search.engine.one_thread import OneThread
from search.engine.records import load_extraction
from search.engine.schema import SCHEMA
from search.engine.scoring import BM25F
from search.engine.shapes import (
    articles_only,
    body_phrase,
    count_records,
    date_text,
    leaves,
    mentions,
    on_quotes,
    swap_term,
)
from search.engine.suggest import spelling_for
from search.engine.tables import FILE as TABLES
from search.engine.tables import CorpusTables, names_in
from search.engine.top import newest, top, warm
from search.facade import Facade
from search.model import ArticleView, Hit, Quote, QuoteHit, Results, collapse_copies
from search.query.analysis import stems
from search.query.parser import bounded, parse
from search.query.rewrite import CastLead, expand_cast, person_named
from search.query.spans import snippet, spans

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = Q.Term("type", "article")
QUOTES = Q.Term("type", "quote")
ANSWERS = 64  # searches remembered until the index changes


def open_library(paths: list[Path] | None = None, index_dir: Path | None = None,
                 backend_url: str | None = None) -> Facade:
    """The embedded Whoosh library, or the same facade over a search cluster (``sphinx://host:port``)."""
    if backend_url:
        from search.backends.adapter import BackendLibrary

        return BackendLibrary(backend_url, paths)
    return Library(paths, index_dir)


class Library:
    """A corpus and its index."""

    def __init__(self, paths: list[Path] | None = None, index_dir: Path | None = None):
        self.paths = [Path(p) for p in paths] if paths else ([] if index_dir else [SEEDS])
        self.index_dir = Path(index_dir) if index_dir else idx.default_index_dir(self.paths)
        self._thread = OneThread("byline-index")
        self._searcher = None
        self._tables: CorpusTables | None = None  # people and cast, read on this object's thread
        self._format = idx.FORMAT
        self._answers: OrderedDict[tuple, Results] = OrderedDict()

    # -- lifecycle
    def _run(self, fn, *args):
        return self._thread.run(fn, *args)

    def is_indexed(self) -> bool:
        return idx.exists(self.index_dir)

    def is_outdated(self) -> bool:  # an older byline's index: rebuilt on update
        return bool(self.paths) and idx.outdated(self.index_dir)

    def warm(self) -> None:
        """What the first search would pay for, read now: the index's tables (0.1 s at 100,000
        articles), then a search whose first run imports and compiles what every search uses."""
        def run() -> None:
            warm(s := self._s())
            words = re.findall(r"\w{3,}", first["title"]) if s and (first := s.document(type="article")) else ()
            if words:  # a phrase reads its words' postings, then their positions
                self._search(f'"{words[0]} {words[-1]}"', 20, "relevance", True, False)
        self._run(run)

    def update(self, progress=None, max_bytes: int | None = None) -> idx.UpdateReport:
        """Index what changed on disk. Call it from a worker: it reads files.

        Opened on no paths, the index is served as it stands (another process maintains it):
        updating it from nothing would remove every article."""
        if not self.paths:
            self._run(self._refresh)
            return idx.UpdateReport(total=self.count())
        report = unchanged(self.paths, self.index_dir) or idx.update(
            self.paths, self.index_dir, progress, max_bytes=max_bytes, pause=self._thread.wait_idle)
        self._run(self._s)  # a new searcher only if the index changed: the old one's caches took a second
        return report

    def _refresh(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = idx.open_index(self.index_dir).searcher(weighting=BM25F()) if self.is_indexed() else None
        self._format = idx.index_format(self.index_dir)
        self._answers.clear()
        if self._tables is None and self._searcher is not None:
            self._tables = CorpusTables(self.index_dir / TABLES)

    def _s(self):
        if self._searcher is None:
            self._refresh()
        elif not self._searcher.up_to_date():
            # Another writer (or our own update) committed: a fresh searcher and corpus tables.
            # Whoosh cannot refresh a searcher opened on an empty index, so open anew.
            self._refresh()
        return self._searcher

    def close(self) -> None:
        def shut():
            if self._searcher is not None:
                self._searcher.close()
            if self._tables is not None:
                self._tables.close()
        self._run(shut)
        self._thread.shutdown()

    # -- queries
    def count(self) -> int:
        return self._run(lambda: count_records(self._s(), "article"))

    def search(self, text: str, limit: int = 50, sort: str = "relevance", collapse: bool = True,
               suggest: bool = True) -> Results:
        """Top ``limit`` articles for ``text``; with ``suggest``, a better spelling when few match
        (while a person is still typing, ask ``suggest`` once they pause: it reads the word list)."""
        return self._run(self._cached_search, text, limit, sort, collapse, suggest)

    def _cached_search(self, *key) -> Results:
        """Searches answered since the index last changed: typing back over a word, paging back,
        the history, all answer at once."""
        started = time.perf_counter()
        self._s()  # a changed index empties the cache
        found = self._answers.get(key)
        if found is None:
            found = self._answers[key] = self._search(*key)
            if len(self._answers) > ANSWERS:
                self._answers.popitem(last=False)
        else:
            self._answers.move_to_end(key)
        # A copy: callers keep and extend what they are given.
        return replace(found, hits=list(found.hits), quotes=list(found.quotes),
                       elapsed_ms=(time.perf_counter() - started) * 1000)

    def suggest(self, text: str, hits: int) -> str | None:
        """A better spelling of ``text``, which found ``hits`` articles; None if none is needed."""
        def run() -> str | None:
            s = self._s()
            parsed = parse(text)
            return None if s is None or parsed.query is Q.NullQuery else spelling_for(s, parsed, hits)
        return self._run(run)

    def _search(self, text: str, limit: int, sort: str, collapse: bool, suggest: bool = True) -> Results:
        started = time.perf_counter()
        s = self._s()
        if s is not None and not text.strip():
            return self._newest(s, text, limit, collapse, started)
        parsed = parse(text)
        if s is None or parsed.query is Q.NullQuery:
            return Results(text, [], 0, 0.0, parsed.notice)
        q = self._with_person(parsed.text, bounded(parsed.query, s.reader()))
        found = (newest if sort == "date" else top)(s, self._articles(q), limit)
        terms = query_terms(q, s.reader())
        hits = [self._hit(s.stored_fields(docnum), score, terms) for docnum, score in found.hits]
        hits += self._expand_cast(parsed.query, {h.id for h in hits}, limit - len(hits))
        if collapse:
            hits = collapse_copies(hits)
        total = found.total
        quotes = self._quotes(parsed.query, limit) if mentions(parsed.query, ("quote", "speaker", "kind")) else []
        suggestion = spelling_for(s, parsed, len(hits)) if suggest else None
        elapsed = (time.perf_counter() - started) * 1000
        return Results(text, hits, max(total, len(hits)), elapsed, parsed.notice, quotes, suggestion)

    def _newest(self, s, text: str, limit: int, collapse: bool, started: float) -> Results:
        """An empty query lists the corpus, newest first: what a browser shows before a search."""
        found = newest(s, ARTICLES, limit)
        hits = [self._hit(s.stored_fields(docnum), 0.0, (set(), [], [])) for docnum, _ in found.hits]
        if collapse:
            hits = collapse_copies(hits)
        return Results(text, hits, found.total, (time.perf_counter() - started) * 1000)

    def _hit(self, stored: dict, score: float, terms) -> Hit:
        body = stored["body"]
        where = spans(body, *terms)
        snip, snip_spans = snippet(body, where)
        return Hit(stored["id"], stored["title"], date_text(stored.get("date")), round(score, 3), snip, snip_spans,
                   where, copy_of=stored.get("copy_of") or None)

    def _articles(self, q: Q.Query) -> Q.Query:
        """``q`` on articles only: an AND with the type term (Whoosh's ``filter=`` walks every match
        through an id set), and none where no quote can match."""
        if self._format >= 2 and articles_only(q):
            return q
        return Q.And([q, ARTICLES])

    def _with_person(self, text: str, q: Q.Query) -> Q.Query:
        name = person_named(text, self._tables)
        return Q.Or([Q.Term("person", name, boost=2.0), q]) if name else q

    def _expand_cast(self, q: Q.Query, seen: set[str], room: int) -> list[Hit]:
        # Names only: ``actor:*`` or ``actor:[a TO m]`` stand for no one in particular.
        wanted = {(leaf.fieldname, leaf.text) for leaf in leaves(q)
                  if type(leaf) is Q.Term and leaf.fieldname in ("actor", "character")}

        def find(lead: CastLead, limit: int) -> list[Hit]:
            # The rest of the query still holds: ``foo character:Eddie`` needs "foo" too.
            named = Q.And([Q.Or([body_phrase(n) for n in lead.names]), Q.Or([body_phrase(n) for n in lead.context])])
            found = self._s().search(Q.And([swap_term(q, lead.field, lead.key, named), ARTICLES]), limit=limit)
            terms = ({w for n in lead.names for w in stems(n)}, [], [])
            return [self._hit(stored, 0.0, terms) for stored in found]

        return expand_cast(wanted, self._tables, seen, room, find)

    def _quotes(self, q: Q.Query, limit: int) -> list[QuoteHit]:
        s = self._s()
        out = []
        found = top(s, Q.And([bounded(on_quotes(q), s.reader()), QUOTES]), limit)
        for stored in (s.stored_fields(docnum) for docnum, _ in found.hits):
            _, data, *title = json.loads(stored["data"])
            title = title[0] if title else stored.get("title", "")
            out.append(QuoteHit(stored["article"], title, date_text(stored.get("date")), Quote(**data)))
        return out

    def search_quotes(self, text: str, limit: int = 50) -> Results:
        def run() -> Results:
            started = time.perf_counter()
            parser = QueryParser("quote", SCHEMA)
            parsed = parse(text)
            try:
                q = parser.parse(parsed.text) if parsed.notice is None else parsed.query
            except Exception:
                q = parsed.query
            quotes = self._quotes(q, limit) if self._s() and q is not Q.NullQuery else []
            return Results(text, [], len(quotes), (time.perf_counter() - started) * 1000, parsed.notice, quotes)
        return self._run(run)

    def article(self, article_id: str, text: str = "") -> ArticleView | None:
        def run():
            s = self._s()
            stored = s.document(id=article_id) if s else None
            if stored is None:
                return None
            article, ex = load_extraction(stored)
            parsed = parse(text)
            terms = query_terms(bounded(parsed.query, s.reader()), s.reader())
            where = spans(article.text, *terms) if parsed.text else []
            return ArticleView(article, ex, where)
        return self._run(run)

    def copies_of(self, article_id: str) -> list[tuple[str, str]]:
        def run():
            s = self._s()
            return [(d["id"], d["title"]) for d in s.documents(copy_of=article_id)] if s else []
        return self._run(run)

    def related(self, article_id: str, limit: int = 10) -> list[Hit]:
        """Same story first, then articles with similar words."""
        def run():
            s = self._s()
            docnum = s.document_number(id=article_id) if s else None
            if docnum is None:
                return []
            me = s.stored_fields(docnum)
            out = [self._hit(d, 1.0, (set(), [], [])) for d in s.documents(story=me["story"])
                   if d["id"] != article_id and d.get("type") == "article"]
            seen = {article_id, *(h.id for h in out)}
            for d in s.more_like(docnum, "body", top=limit + len(seen), filter=ARTICLES):
                if d["id"] not in seen:
                    out.append(self._hit(d, d.score or 0.0, (set(), [], [])))
                    seen.add(d["id"])
            return out[:limit]
        return self._run(run)

    def date_counts(self, text: str) -> dict[str, int]:
        """Matching articles per month (``"2022-07": 3``), for a sparkline."""
        def run() -> dict[str, int]:
            s = self._s()
            parsed = parse(text)
            if s is None or parsed.query is Q.NullQuery:
                return {}
            q = self._articles(bounded(self._with_person(parsed.text, parsed.query), s.reader()))
            counts = months(s, q)
            return {f"{m // 100:04d}-{m % 100:02d}": counts[m] for m in sorted(counts)}
        return self._run(run)

    def names(self) -> list[str]:
        """People's names for completion, the most often named first, read on the caller's thread:
        at 100,000 articles this must not hold up a search."""
        return names_in(self.index_dir / TABLES) if self.is_indexed() else []

    def people(self) -> dict[str, dict]:
        """Every person with the articles naming them, quotes they spoke and roles they play."""
        return self._run(lambda: self._tables.people() if self._s() and self._tables else {})

    def cast(self) -> list[dict]:
        return self._run(lambda: self._tables.cast() if self._s() and self._tables else [])

    def stats(self) -> dict:
        def run():
            s = self._s()
            return {"articles": count_records(s, "article"), "quotes": count_records(s, "quote"),
                    "people": self._tables.count_people() if self._tables else 0, "index": str(self.index_dir)}
        return self._run(run)
