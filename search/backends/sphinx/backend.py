"""The library facade's methods on a Sphinx/Manticore cluster, over SphinxQL (pymysql).

Each node holds real-time shards ``byline_sN`` and a distributed index ``byline`` whose
agents list every shard with its mirrors; queries go to ``byline`` on one node, writes go to
every holder of an article's shard (chosen by a digest of its id, ``replicas``). The topology
lives in the ``byline_meta`` index on every node (``byline cluster up`` writes it), next to
the corpus tables, the manifest and the term list (``state``).

Snippets and spans come from the stored body (``search.query.spans``), as on Whoosh.
"""

from __future__ import annotations

import hashlib
import json
import re
import time

from search.backends.sphinx.connection import META, TABLES_ID, Connection, QueryRejected
from search.backends.sphinx.docs import ARTICLE, QUOTE, doc_id, shard_of
from search.backends.sphinx.rank import CANDIDATES, Ranker
from search.backends.sphinx.replicas import Replicas
from search.backends.sphinx.sphinxql import any_phrase, story_token, translate
from search.backends.sphinx.terms import MAX_EXPANSION, TermList
from search.engine.records import load_extraction
from search.engine.tables import CorpusTables
from search.model import Article, ArticleView, Extraction, Hit, Quote, QuoteHit, Results, collapse_copies
from search.query.analysis import stems
from search.query.rewrite import CastLead, expand_cast, person_named
from search.query.spans import snippet, spans

MONTHS_CAP = 20000
FEW = 3  # below this many hits, look for a better spelling, as the local index does
_WORDS = re.compile(r"\w{4,}")


class SphinxBackend(Connection):
    def __init__(self, url: str, connect_timeout: float = 3.0):
        super().__init__(url, connect_timeout)
        self._tables: dict | None = None
        self._corpus_tables: CorpusTables | None = None
        self.terms = TermList(self)
        self._ranker = Ranker(self)

    def cluster_id(self) -> str:
        """Names this cluster's folder on the client; the same whichever node a client started from."""
        nodes = ",".join(n["sql"] for n in self.topology.nodes)
        return hashlib.sha1(nodes.encode()).hexdigest()[:16]

    def forget(self) -> None:
        """Drop what was read from the cluster's shared rows: a write run changed them."""
        self._tables = None
        self._corpus_tables = None
        self.terms.forget()

    # -- writing --------------------------------------------------------------------------
    def index_paths(self, paths, progress=None, max_bytes: int | None = None):
        """Make the cluster hold exactly the articles under ``paths``, reading only changed files."""
        from search.backends.sphinx.indexer import index_paths

        return index_paths(self, paths, progress, max_bytes)

    def update(self, articles: list[Article], found: dict[str, Extraction], tables: dict | None = None,
               progress=None) -> None:
        """Write (replace) articles with their quotes on every holder of their shard, as they are
        (no manifest, no linking: ``found`` is already linked, ``tables`` already built)."""
        from search.backends.sphinx.indexer import ShardWriter, Terms, write_rows
        from search.backends.sphinx.state import read_terms, tables_row, terms_rows

        r = Replicas(self)
        writer = ShardWriter(r)
        for n, a in enumerate(articles, 1):
            writer.add(a, found[a.id])
            if progress and (n % 100 == 0 or n == len(articles)):
                progress(n, len(articles))
        writer.flush()
        terms = Terms(read_terms(self))
        for a in articles:
            terms.add(a)
        write_rows(r, terms_rows(terms.known, terms.changed))
        if tables is not None:
            write_rows(r, [tables_row(tables)])
        self.forget()
        r.bump()

    def delete(self, article_ids: list[str]) -> None:
        """Remove articles and their quotes from every holder."""
        r = Replicas(self)
        by_shard: dict[int, list[str]] = {}
        for aid in article_ids:
            by_shard.setdefault(shard_of(aid, len(self.topology.shards)), []).append(aid)
        for s, aids in by_shard.items():
            r.delete_articles(s, aids)
        r.bump()

    # -- reading --------------------------------------------------------------------------
    def is_indexed(self) -> bool:
        return self.count() > 0

    def count(self) -> int:
        return self._count(ARTICLE)

    def _count(self, kind: int) -> int:
        _, meta, _ = self._query(f"SELECT id FROM {self.topology.dist} WHERE doc_type = %s LIMIT 1", (kind,))
        return int(meta.get("total_found", 0))

    def date_counts(self, text: str) -> dict[str, int]:
        """Matching articles per month, as ``Library.date_counts`` gives them, from at most
        ``MONTHS_CAP`` matches (a cluster query returns that many rows at the most)."""
        cap = MONTHS_CAP
        t = translate(self._with_person(text), expand=self._fuzzy(set()))
        if t.empty:
            return {}
        where, params = t.where()
        sql = (f"SELECT id, date FROM {self.topology.dist} "
               f"WHERE {where + ' AND ' if where else ''}doc_type = %s LIMIT %s OPTION max_matches=%s")
        try:
            # Not through _query: a failed node is noted here but reported once by a search.
            rows, meta = self._execute(sql, [*params, ARTICLE, cap, cap])
        except QueryRejected:
            return {}
        for n in self._failed_nodes(meta):
            self._health.failed[n] = time.monotonic()
        counts: dict[str, int] = {}
        for _, date in rows:
            if date:
                month = f"{int(date) // 10000:04d}-{int(date) // 100 % 100:02d}"
                counts[month] = counts.get(month, 0) + 1
        return dict(sorted(counts.items()))

    def suggest(self, text: str, hits: int) -> str | None:
        """A better spelling of ``text`` from the cluster's term list, when it finds more articles."""
        if hits >= FEW:
            return None
        better = self.terms.correct(text)
        if better is None:
            return None
        t = translate(self._with_person(better), expand=self._fuzzy(set()))
        if t.empty:
            return None
        where, params = t.where()
        try:
            _, meta, _ = self._query(f"SELECT id FROM {self.topology.dist} WHERE {where + ' AND ' if where else ''}"
                                     "doc_type = %s LIMIT 1", [*params, ARTICLE])
        except QueryRejected:
            return None
        return better if int(meta.get("total_found", 0)) > hits else None

    def _prefixed(self, prefixes: list[str]) -> set[str]:
        """The stems a ``word*`` stands for, the most common 64 as on the local index."""
        terms = self.terms.terms()
        out: set[str] = set()
        for p in prefixes:
            found = [s for s in terms if s.startswith(p)]
            out.update(sorted(found, key=lambda s: -terms[s][0])[:MAX_EXPANSION])
        return out

    def _fuzzy(self, near: set[str]):
        """The expander ``translate`` calls for ``word~``; the stems it reached go into ``near``."""
        def expand(word: str, edits: int) -> list[str]:
            forms, stems_reached = self.terms.fuzzy(word, edits)
            near.update(stems_reached)
            return forms
        return expand

    def search(self, text: str, limit: int = 50, sort: str = "relevance", collapse: bool = True,
               suggest: bool = True) -> Results:
        started = time.perf_counter()
        near: set[str] = set()
        t = translate(self._with_person(text), expand=self._fuzzy(near))
        listing = not text.strip()  # an empty query lists the corpus, newest first
        if t.empty and not listing:
            return Results(text, [], 0, 0.0, t.notice)
        where, params = ("", []) if listing else t.where()
        # Ties by article id, as the local index keeps files in path order.
        order = ("ORDER BY date DESC, aid ASC" if sort == "date" or listing
                 else "ORDER BY w DESC, aid ASC" if t.match else "")
        rescore = not listing and sort != "date" and t.match and t.fields <= {"title", "body"}
        fetch = max(limit, CANDIDATES) if rescore else limit
        ranker = self._ranker.ranker(next(iter(t.fields)) if len(t.fields) == 1 else "body")
        sql = (f"SELECT id, aid, title_s, date, copy_of, body_s, WEIGHT() AS w, title_len, body_len "
               f"FROM {self.topology.dist} WHERE {where + ' AND ' if where else ''}doc_type = %s {order} "
               f"LIMIT %s OPTION {ranker}, max_matches={max(fetch, 1000)}")
        try:
            rows, meta, health = self._query(sql, [*params, ARTICLE, fetch])
        except QueryRejected as e:
            return Results(text, [], 0, (time.perf_counter() - started) * 1000, _join(t.notice, str(e)))
        words, phrases, prefixes = t.terms
        terms = (words | near, phrases, prefixes)
        if rescore:
            scored = words | near | self._prefixed(prefixes)
            rows = (self._ranker.rescore(rows[:CANDIDATES], scored, phrases) + rows[CANDIDATES:])[:limit]
        rows = [row[:7] for row in rows]
        hits = [self._hit(aid, title, date, copy_of, body, float(w), terms)
                for _, aid, title, date, copy_of, body, w in rows]
        hits += self._expand_cast(t.names, {h.id for h in hits}, limit - len(hits))
        if collapse:
            hits = collapse_copies(hits)
        quotes: list[QuoteHit] = []
        if t.fields & {"quote", "speaker", "kind"}:
            quotes = self._quotes(where, params, limit)
        total = int(meta.get("total_found", len(hits)))
        suggestion = self.suggest(text, len(hits)) if suggest else None
        elapsed = (time.perf_counter() - started) * 1000
        return Results(text, hits, max(total, len(hits)), elapsed, _join(t.notice, health), quotes, suggestion)

    def _with_person(self, text: str) -> str:
        if person_named(text, self._corpus()):
            phrase = text.strip() if text.strip().startswith('"') else f'"{text.strip()}"'
            return f"person:{phrase} OR {text.strip()}"
        return text

    def _expand_cast(self, wanted: set[tuple[str, str]], seen: set[str], room: int) -> list[Hit]:
        def find(lead: CastLead, limit: int) -> list[Hit]:
            match = f"{any_phrase('body', list(lead.names))} {any_phrase('body', list(lead.context))}"
            rows, _, _ = self._query(
                f"SELECT id, aid, title_s, date, copy_of, body_s, WEIGHT() AS w FROM {self.topology.dist} "
                "WHERE MATCH(%s) AND doc_type = %s ORDER BY w DESC, id ASC LIMIT %s OPTION ranker=bm25",
                (match, ARTICLE, limit))
            terms = ({w for n in lead.names for w in stems(n)}, [], [])
            return [self._hit(*row[1:6], 0.0, terms) for row in rows]

        return expand_cast(wanted, self._corpus(), seen, room, find)

    def _hit(self, aid, title, date, copy_of, body, score, terms) -> Hit:
        where = spans(body, *terms)
        snip, snip_spans = snippet(body, where)
        return Hit(aid, title, _date(date), round(score, 3), snip, snip_spans, where, copy_of=copy_of or None)

    def _quotes(self, where: str, params: list, limit: int) -> list[QuoteHit]:
        sql = (f"SELECT id, aid, title_s, date, data, WEIGHT() AS w FROM {self.topology.dist} "
               f"WHERE {where + ' AND ' if where else ''}doc_type = %s ORDER BY w DESC, id ASC LIMIT %s "
               f"OPTION ranker=bm25")
        try:
            rows, _, _ = self._query(sql, [*params, QUOTE, limit])
        except QueryRejected:
            return []
        out = []
        for _, aid, title, date, data, _ in rows:
            _, q = json.loads(data)
            out.append(QuoteHit(aid, title, _date(date), Quote(**q)))
        return out

    def search_quotes(self, text: str, limit: int = 50) -> Results:
        started = time.perf_counter()
        t = translate(text, default=("quote",))
        quotes = [] if t.empty else self._quotes(*t.where(), limit)
        return Results(text, [], len(quotes), (time.perf_counter() - started) * 1000, t.notice, quotes)

    def _article_row(self, article_id: str):
        rows, _, _ = self._query(f"SELECT id, aid, title_s, body_s, date, data FROM {self.topology.dist} "
                                 "WHERE id = %s LIMIT 1", (doc_id(article_id),))
        return rows[0] if rows else None

    def article(self, article_id: str, text: str = "") -> ArticleView | None:
        row = self._article_row(article_id)
        if row is None:
            return None
        _, aid, title, body, date, data = row
        stored = {"id": aid, "title": title, "body": body, "date": date or None, "data": data}
        article, ex = load_extraction(stored)
        where: list[tuple[int, int]] = []
        if text:
            near: set[str] = set()
            words, phrases, prefixes = translate(text, expand=self._fuzzy(near)).terms
            where = spans(article.text, words | near, phrases, prefixes)
        return ArticleView(article, ex, where)

    def copies_of(self, article_id: str) -> list[tuple[str, str]]:
        rows, _, _ = self._query(f"SELECT id, aid, title_s FROM {self.topology.dist} WHERE MATCH(%s) "
                                 "AND doc_type = %s ORDER BY id ASC LIMIT 1000",
                                 (f"@copyof {story_token(article_id)}", ARTICLE))
        return [(aid, title) for _, aid, title in rows]

    def related(self, article_id: str, limit: int = 10) -> list[Hit]:
        """Same story first, then articles sharing the most of this one's distinctive words."""
        from search.backends.sphinx.related import related

        return related(self, article_id, limit)

    def _load_tables(self) -> dict:
        if self._tables is None:
            rows, _, _ = self._query(f"SELECT id, value FROM {META} WHERE id = %s", (TABLES_ID,))
            self._tables = json.loads(rows[0][1]) if rows else {}
        return self._tables

    def _corpus(self) -> CorpusTables:
        """The people and cast tables, queried as beside a local index."""
        if self._corpus_tables is None:
            self._corpus_tables = CorpusTables.of(self.people(), self.cast())
        return self._corpus_tables

    def people(self) -> dict[str, dict]:
        return self._load_tables().get("people", {})

    def names(self) -> list[str]:
        people = self.people()
        return sorted(people, key=lambda n: (-len(people[n].get("articles", ())), n))

    def cast(self) -> list[dict]:
        return self._load_tables().get("cast", [])

    def stats(self) -> dict:
        return {"articles": self._count(ARTICLE), "quotes": self._count(QUOTE), "people": len(self.people()),
                "index": self.url, "shards": len(self.topology.shards), "nodes": len(self.topology.nodes)}


def _join(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


def _date(n: int | None) -> str | None:
    return f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" if n else None
