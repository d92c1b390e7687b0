"""Copies, stories and quote drift across a corpus.

``CopyIndex`` takes articles one at a time. Each article's prose shingles, content words
and names are MinHashed; banded LSH finds the few indexed articles that could be its
original or share its story, so adding one article never compares it with all the
others. Those few candidates are judged on evidence (``copy_judge``).

For the index and the UI:

- ``CopyIndex(path=None)``: in memory, or an SQLite file that persists and reopens;
  ``add(article, extraction)`` (or ``add(prepare(article, extraction))`` with the
  per-article work done in a worker process) returns the article's ``CopyLink``;
  ``link_for(id)``, ``links()``, ``story_of(id)``, ``related(id)``, ``remove(id)``,
  ``commit()``, ``close()``; ``to_state()`` / ``from_state()`` as plain JSON data.
- ``CopyLink``: ``story``, ``duplicate_of``, ``confidence`` (sure / likely / unsure),
  ``kind``, ``reason``, ``copies``, ``unsure_with``, ``drift``, ``added_quotes``,
  ``dropped_quotes``.
- ``word_diff(a, b)``: ``(op, old, new)`` runs to light the changed words of a drift.
- ``link(articles, found)``: the whole-corpus pass ``extract_corpus`` runs.
- ``bench_copies(n)``: timings of adding articles to an index of ``n``.
"""

from __future__ import annotations

import heapq
import json
import random
import time
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Self

from search.copies import judge as copy_judge
from search.copies.drift import drift as quote_drift
from search.copies.drift import unmatched, word_diff
from search.copies.features import Features, distinctive, features, prose, shingles, terms, words
from search.copies.judge import LIKELY, SURE, UNSURE
from search.copies.minhash import LSH, MinHasher, jaccard
from search.copies.store import CopyStore, Doc
from search.model import Article, Drift, Extraction

__all__ = ["CopyIndex", "CopyLink", "Doc", "bench_copies", "link", "prepare", "word_diff"]

SLOTS = 64
CANDIDATES = 25  # articles judged in full per added article
BUCKET_CAP = 100  # a bucket this full is boilerplate many articles share, not evidence
# A copy shows itself long before 100,000 characters; a 6 MB file judged in full would
# cost seconds of alignment per candidate.
MAX_CHARS = 100_000
AUTOCOMMIT = 500  # articles per transaction of a file-backed index
STATE_VERSION = 4
# LSH over shingles catches verbatim and abridged copies; over names, with two-row
# bands, heavy spins and translations that keep little but the names. Content words
# are signed but not banded: they only sharpen the judgement of a found pair.
_BANDED = {0: (16, 4, 2.0), 2: (32, 2, 1.0)}  # family: (bands, rows, vote weight)

@dataclass(slots=True)
class CopyLink:
    """What byline knows about one article's place among copies and stories."""

    id: str
    story: str
    duplicate_of: str | None = None
    confidence: str | None = None  # sure / likely for a link; unsure when a copy's original is unclear
    kind: str | None = None  # verbatim, abridged, spin, paraphrase, translation
    reason: str = ""  # the evidence for the original, in words
    copies: list[str] = field(default_factory=list)  # articles that are copies of this one
    unsure_with: list[str] = field(default_factory=list)  # copies whose direction is unclear
    drift: list[Drift] = field(default_factory=list)
    added_quotes: list[str] = field(default_factory=list)  # in the copy, not in the original
    dropped_quotes: list[str] = field(default_factory=list)


_HASHER = MinHasher(SLOTS, seed=20240720)


def prepare(article: Article, extraction: Extraction | None = None) -> Doc:
    """Everything copy detection needs from one article; independent of any index, so it
    can run in the worker process that extracted the article (the result pickles)."""
    if len(article.text) > MAX_CHARS:
        article = replace(article, text=article.text[:MAX_CHARS])
        if extraction is not None:
            extraction = replace(extraction, quotes=[q for q in extraction.quotes if q.end <= MAX_CHARS])
    ws = words(article.text)
    f = features(article, extraction, ws)
    # Shingles of the prose only: two outlets quoting the same interview share quotes,
    # a copy shares the sentences around them. A text that is nearly all quotes keeps them.
    prose_ws = words(prose(article.text))
    sh = shingles(prose_ws if len(prose_ws) >= 0.4 * len(ws) else ws)
    sigs = (_HASHER.signature(sh), _HASHER.signature(terms(ws)), _HASHER.signature(distinctive(f.entities)))
    return Doc(f, sigs, len(sh))


class CopyIndex:
    """Copies and stories of a growing corpus.

    ``CopyIndex()`` lives in memory; ``CopyIndex(path)`` keeps everything in an SQLite
    file that the next run reopens (call ``commit()`` or ``close()`` to keep it).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self._lsh = {fam: LSH(bands, rows) for fam, (bands, rows, _) in _BANDED.items()}
        self._store = CopyStore(path, SLOTS, STATE_VERSION)
        self._parent: dict[str, str] | None = None  # union-find over stories, rebuilt lazily
        self._pending = 0  # adds since the last commit

    def __len__(self) -> int:
        return len(self._store)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._store

    def commit(self) -> None:
        self._store.commit()
        self._pending = 0

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- adding and removing -------------------------------------------------------------

    def add(self, article: Article | Doc, extraction: Extraction | None = None) -> CopyLink:
        """Index one article and return its link (other articles' links may change too).

        ``article`` may also be what ``prepare`` made of it in a worker process: the
        per-article work is done there, only the LSH look-up and judging happen here.
        """
        doc = article if isinstance(article, Doc) else prepare(article, extraction)
        f = doc.f
        if f.id in self._store:
            self.remove(f.id)
        for other_id, sigs in self._candidates(doc):
            jac = (jaccard(doc.sigs[0], sigs[0]), jaccard(doc.sigs[1], sigs[1]),
                   jaccard(doc.sigs[2], sigs[2]))
            if not copy_judge.worth_judging(jac):
                continue
            other = self._store.get(other_id)
            if other is None:
                continue
            v = copy_judge.judge(doc.f, other.f, jac, (doc.n_shingles, other.n_shingles))
            if v.copy:
                self._store.add_copy(f.id, other.f.id, v)
            elif v.story:
                self._store.add_story(f.id, other.f.id)
        self._store.put(doc, self._band_keys(doc))
        self._union_new(f.id)
        self._pending += 1
        if self._pending >= AUTOCOMMIT and self._store.path != ":memory:":
            self.commit()  # bounded transactions: a crash loses little and the WAL stays small
        return self.link_for(f.id)

    def remove(self, doc_id: str) -> None:
        doc = self._store.get(doc_id)
        if doc is None:
            return
        linked = bool(self._store.copies_of(doc_id) or self._store.stories_of(doc_id))
        self._store.delete(doc_id, self._band_keys(doc))
        if linked:
            self._parent = None  # a story may split in two: regroup from the edges left
        elif self._parent is not None:
            self._parent.pop(doc_id, None)

    def _band_keys(self, doc: Doc) -> list[int]:
        return [(fam << 40) ^ k for fam, lsh in self._lsh.items() for k in lsh.keys(doc.sigs[fam])]

    def _candidates(self, doc: Doc) -> list[tuple[str, tuple[list[int], ...]]]:
        votes: dict[int, float] = {}
        for fam, lsh in self._lsh.items():
            weight = _BANDED[fam][2]
            for n in self._store.buckets([(fam << 40) ^ k for k in lsh.keys(doc.sigs[fam])], BUCKET_CAP):
                votes[n] = votes.get(n, 0.0) + weight
        best = heapq.nsmallest(CANDIDATES, votes, key=lambda n: (-votes[n], n))
        return [(i, sigs) for i, sigs in self._store.signatures(best) if i != doc.f.id]

    # -- stories -------------------------------------------------------------------------

    def _find(self, x: str) -> str:
        parent = self._parents()
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def _parents(self) -> dict[str, str]:
        if self._parent is None:
            self._parent = {}
            for a, b in self._store.edges():
                self._union(a, b)
        return self._parent

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # The root is the story's earliest member, so its id is the story id.
            first, second = sorted((ra, rb), key=self._age)
            self._parents()[second] = first

    def _union_new(self, a: str) -> None:
        if self._parent is None:
            return
        for b in list(self._store.copies_of(a)) + list(self._store.stories_of(a)):
            self._union(a, b)

    def _is_copy(self, doc_id: str) -> bool:
        return any(v.original == other and v.confidence in (SURE, LIKELY)
                   for other, v in self._store.copies_of(doc_id).items())

    def _age(self, doc_id: str) -> tuple[str, bool, str]:
        """Earliest date first; among undated articles an original before its copies."""
        return (self._store.date(doc_id) or "9999-99-99", self._is_copy(doc_id), doc_id)

    def story_of(self, doc_id: str) -> str:
        return self._find(doc_id)

    # -- copies --------------------------------------------------------------------------

    def _source_of(self, doc_id: str) -> tuple[str | None, copy_judge.Verdict | None]:
        """The article this one was copied from directly: a same-language source first, then
        one that is not itself a copy (a spin of a syndicated story is a spin of the story)."""
        best = None
        for other, v in self._store.copies_of(doc_id).items():
            if v.original == other and v.confidence in (SURE, LIKELY):
                rank = (v.kind != "translation", not self._is_copy(other), v.confidence == SURE,
                        v.score, other)
                if best is None or rank > best[0]:
                    best = (rank, other, v)
        return (best[1], best[2]) if best else (None, None)

    def _original_of(self, doc_id: str) -> str | None:
        """The first article of a chain of copies of copies."""
        seen = {doc_id}
        current, _ = self._source_of(doc_id)
        while current is not None:
            seen.add(current)
            up, _ = self._source_of(current)
            if up is None or up in seen:
                return current
            current = up
        return None

    def link_for(self, doc_id: str) -> CopyLink:
        link = CopyLink(id=doc_id, story=self.story_of(doc_id))
        source, v = self._source_of(doc_id)
        if source is not None and v is not None:
            link.duplicate_of = self._original_of(doc_id)
            link.confidence, link.kind, link.reason = v.confidence, v.kind, v.reason
            mine, theirs = self._store.get(doc_id), self._store.get(source)
            if v.kind != "translation" and mine is not None and theirs is not None:
                # Drift is measured against the text the copy was made from.
                link.drift = quote_drift(mine.f.quotes, theirs.f.quotes, source)
                link.added_quotes, link.dropped_quotes = unmatched(mine.f.quotes, theirs.f.quotes)
        for other, w in sorted(self._store.copies_of(doc_id).items()):
            if w.original == doc_id and w.confidence in (SURE, LIKELY):
                link.copies.append(other)
            elif w.confidence == UNSURE:
                link.unsure_with.append(other)
        if link.unsure_with and link.duplicate_of is None:
            link.confidence = UNSURE
        return link

    def links(self) -> dict[str, CopyLink]:
        return {d: self.link_for(d) for d, _ in self._store.ids()}

    def related(self, doc_id: str) -> list[str]:
        """Copies first, then other articles of the same story."""
        copies = sorted(self._store.copies_of(doc_id))
        story = sorted(self._store.stories_of(doc_id) - set(copies))
        return copies + story

    # -- persistence ---------------------------------------------------------------------

    def to_state(self) -> dict:
        """Everything as plain JSON-able data (``CopyIndex(path)`` persists without it)."""
        docs = {}
        for doc_id, feats, sigs, n in self._store.all_docs():
            flat = array("I")
            flat.frombytes(sigs)
            docs[doc_id] = {"f": feats, "sigs": flat.tolist(), "n": n}
        return {
            "version": STATE_VERSION,
            "slots": SLOTS,
            "docs": docs,
            "copy": [[a, b, json.loads(v)] for a, b, v in self._store.all_copies()],
            "story": [list(e) for e in self._store.all_stories()],
        }

    @classmethod
    def from_state(cls, state: dict, path: str | Path | None = None) -> CopyIndex:
        if state.get("version") != STATE_VERSION or state.get("slots") != SLOTS:
            raise ValueError("copy index state from another version of byline; rebuild it")
        idx = cls(path)
        for d in state["docs"].values():
            flat = d["sigs"]
            sigs = tuple(flat[i:i + SLOTS] for i in range(0, len(flat), SLOTS))
            doc = Doc(Features.from_state(d["f"]), sigs, d["n"])
            idx._store.put(doc, idx._band_keys(doc))
        for a, b, v in state["copy"]:
            idx._store.add_copy(a, b, copy_judge.Verdict.from_state(v))
        for a, b in state["story"]:
            idx._store.add_story(a, b)
        return idx


def link(articles: list[Article], found: dict[str, Extraction]) -> None:
    """Fill ``story``, ``duplicate_of`` and ``drift`` on each extraction in place."""
    with CopyIndex() as idx:
        for a in articles:
            idx.add(a, found.get(a.id))
        for a in articles:
            lk = idx.link_for(a.id)
            ex = found[a.id]
            ex.story, ex.duplicate_of, ex.drift = lk.story, lk.duplicate_of, lk.drift


# -- benchmark ---------------------------------------------------------------------------

_VOCAB: tuple[list[str], list[float]] | None = None


def _vocab() -> tuple[list[str], list[float]]:
    """20,000 made-up words with Zipf weights (rank r has weight 1/r), plus 800 names."""
    global _VOCAB
    if _VOCAB is None:
        r = random.Random(7)
        syll = ["ka", "lo", "mi", "ren", "tas", "vo", "quil", "dor", "bre", "sen", "ta", "mor", "fen", "gal"]
        vocab = ["".join(r.choice(syll) for _ in range(r.randint(2, 4))) for _ in range(20800)]
        cum, total = [], 0.0
        for rank in range(1, 20001):
            total += 1 / rank
            cum.append(total)
        _VOCAB = (vocab, cum)
    return _VOCAB


def _synthetic(i: int, rng: random.Random) -> Article:
    vocab, cum = _vocab()
    ws = rng.choices(vocab[:20000], cum_weights=cum, k=400)
    for k in range(8):
        ws[45 * k + 5] = vocab[20000 + rng.randrange(800)].capitalize()
    paras = [" ".join(ws[p:p + 60]) + "." for p in range(0, 400, 60)]
    return Article(id=f"bench/{i:06d}.txt", title=f"bench {i}", text="\n\n".join(paras),
                   date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")


def bench_copies(n: int, adds: int = 100, seed: int = 1, path: str | Path | None = None) -> dict:
    """Build a CopyIndex of ``n`` synthetic articles, then time adding ``adds`` more, one in
    ten of them a light rewrite of an indexed article (which must be found).

    Articles are generated as they are added, so memory is the index's own.
    """
    rng, pick = random.Random(seed), random.Random(seed + 1)
    sources = set(pick.sample(range(n), min(n, max(1, adds // 10)))) if n else set()
    kept: dict[int, Article] = {}
    idx = CopyIndex(path)
    t0 = time.perf_counter()
    for i in range(n):
        a = _synthetic(i, rng)
        if i in sources:
            kept[i] = a
        idx.add(a)
    build_s = time.perf_counter() - t0
    times: list[float] = []
    prep_times: list[float] = []
    planted = caught = 0
    queue = sorted(kept)
    for k in range(adds):
        a = _synthetic(n + k, rng)
        src = kept[queue[planted]] if k % 10 == 0 and planted < len(queue) else None
        if src is not None:
            a = Article(id=a.id, title=a.title, text=src.text.replace(".", ", they said.", 2),
                        date=f"{int(src.date[:4]) + 1}{src.date[4:]}")
        t = time.perf_counter()
        doc = prepare(a)
        t_mid = time.perf_counter()
        got = idx.add(doc)
        times.append((time.perf_counter() - t) * 1000)
        prep_times.append((t_mid - t) * 1000)
        if src is not None:
            planted += 1
            caught += src.id in (got.duplicate_of, *got.copies, *got.unsure_with)
    idx.close()
    return {
        "docs": n,
        "build_docs_per_s": round(n / build_s, 1) if build_s else None,
        "add_ms": _percentiles(times),  # prepare + index look-up, judging and insert
        "prepare_ms": _percentiles(prep_times),  # the part a worker process can take
        "copies_found": f"{caught}/{planted}",
    }


def _percentiles(values: list[float]) -> dict[str, float]:
    v = sorted(values)
    return {"p50": round(v[len(v) // 2], 2), "p95": round(v[int(len(v) * 0.95)], 2), "max": round(v[-1], 2)}
