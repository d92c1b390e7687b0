"""Copies, stories and quote drift across a corpus.

``CopyIndex`` takes articles one at a time. Each article's shingles, content words and
names are MinHashed; banded LSH finds the few earlier articles that could be its
original or share its story, so adding one article never compares it with all the
others. Those few candidates are then judged on evidence (``copy_judge``).
``link`` runs a whole corpus through an index and fills the extractions.
"""

from __future__ import annotations

import heapq
import random
import time
from dataclasses import dataclass, field

from . import copy_judge
from .copy_drift import drift as quote_drift
from .copy_drift import unmatched, word_diff
from .copy_features import Features, features, shingles, terms, words
from .minhash import LSH, MinHasher
from .model import Article, Drift, Extraction

__all__ = ["CopyIndex", "CopyLink", "bench_copies", "link", "word_diff"]

SLOTS = 64
CANDIDATES = 25  # articles judged in full per added article
STATE_VERSION = 1

SURE, LIKELY, UNSURE = "sure", "likely", "unsure"


@dataclass(slots=True)
class CopyLink:
    """What byline knows about one article's place among copies and stories."""

    id: str
    story: str
    duplicate_of: str | None = None
    confidence: str | None = None  # sure / likely for a link; unsure when a copy's original is unclear
    kind: str | None = None  # verbatim, abridged, spin, translation
    reason: str = ""  # the evidence for the original, in words
    copies: list[str] = field(default_factory=list)  # articles that are copies of this one
    unsure_with: list[str] = field(default_factory=list)  # copies whose direction is unclear
    drift: list[Drift] = field(default_factory=list)
    added_quotes: list[str] = field(default_factory=list)  # in the copy, not in the original
    dropped_quotes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Doc:
    f: Features
    sigs: tuple[list[int], list[int], list[int]]  # shingles, content words, names
    n_shingles: int


class CopyIndex:
    def __init__(self) -> None:
        self._mh = MinHasher(SLOTS, seed=20240720)
        # Shingle and content-word bands need high overlap (verbatim and abridged copies,
        # light spins); names use two-row bands so that heavy spins and translations,
        # which keep little but the names, still meet their originals.
        self._lsh = (LSH(16, 4), LSH(16, 4), LSH(32, 2))
        self._docs: dict[str, _Doc] = {}
        self._copy: dict[str, dict[str, copy_judge.Verdict]] = {}  # id -> other -> verdict
        self._story: dict[str, set[str]] = {}
        self._parent: dict[str, str] | None = None  # union-find over stories, rebuilt lazily

    def __len__(self) -> int:
        return len(self._docs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._docs

    # -- adding and removing -------------------------------------------------------------

    def add(self, article: Article, extraction: Extraction | None = None) -> CopyLink:
        """Index one article and return its link (other articles' links may change too)."""
        if article.id in self._docs:
            self.remove(article.id)
        ws = words(article.text)
        f = features(article, extraction, ws)
        sh = shingles(ws)
        sigs = (self._mh.signature(sh), self._mh.signature(terms(ws)),
                self._mh.signature(set(f.entities)))
        doc = _Doc(f, sigs, len(sh))
        for other in self._candidates(doc):
            jac = _jaccards(doc, other)
            if not copy_judge.worth_judging(jac):
                continue
            v = copy_judge.judge(doc.f, other.f, jac, (doc.n_shingles, other.n_shingles))
            if v.copy:
                self._copy.setdefault(f.id, {})[other.f.id] = v
                self._copy.setdefault(other.f.id, {})[f.id] = v
            elif v.story:
                self._story.setdefault(f.id, set()).add(other.f.id)
                self._story.setdefault(other.f.id, set()).add(f.id)
        self._docs[f.id] = doc
        for lsh, sig in zip(self._lsh, sigs):
            lsh.insert(f.id, sig)
        self._union_new(f.id)
        return self.link_for(f.id)

    def remove(self, doc_id: str) -> None:
        doc = self._docs.pop(doc_id, None)
        if doc is None:
            return
        for lsh, sig in zip(self._lsh, doc.sigs):
            lsh.remove(doc_id, sig)
        for edges in (self._copy, self._story):
            for other in edges.pop(doc_id, ()):
                edges.get(other, {}).pop(doc_id, None) if isinstance(edges.get(other), dict) \
                    else edges.get(other, set()).discard(doc_id)
        self._parent = None

    def _candidates(self, doc: _Doc) -> list[_Doc]:
        votes: dict[str, float] = {}
        for weight, lsh, sig in zip((2.0, 1.0, 1.0), self._lsh, doc.sigs):
            for other, n in lsh.query(sig).items():
                votes[other] = votes.get(other, 0.0) + weight * n
        best = heapq.nsmallest(CANDIDATES, votes, key=lambda k: (-votes[k], k))
        return [self._docs[k] for k in best if k != doc.f.id]

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
            for a in self._docs:
                self._union_new(a)
        return self._parent

    def _union_new(self, a: str) -> None:
        if self._parent is None:
            return
        self._parent.setdefault(a, a)
        for b in list(self._copy.get(a, {})) + list(self._story.get(a, ())):
            if b in self._docs:
                self._parent.setdefault(b, b)
                ra, rb = self._find(a), self._find(b)
                if ra != rb:
                    # The root is the story's earliest member, so its id is the story id.
                    first, second = sorted((ra, rb), key=self._age)
                    self._parent[second] = first

    def _is_copy(self, doc_id: str) -> bool:
        return any(v.original == other and v.confidence in (SURE, LIKELY)
                   for other, v in self._copy.get(doc_id, {}).items())

    def _age(self, doc_id: str) -> tuple[str, bool, str]:
        """Earliest date first; among undated articles an original before its copies."""
        return (self._docs[doc_id].f.date or "9999-99-99", self._is_copy(doc_id), doc_id)

    def story_of(self, doc_id: str) -> str:
        return self._find(doc_id)

    # -- copies --------------------------------------------------------------------------

    def _source_of(self, doc_id: str) -> tuple[str | None, copy_judge.Verdict | None]:
        """The article this one was copied from directly: a same-language source first, then
        one that is not itself a copy (a spin of a syndicated story is a spin of the story)."""
        best = None
        for other, v in self._copy.get(doc_id, {}).items():
            if v.original == other and v.confidence in (SURE, LIKELY) and other in self._docs:
                rank = (v.kind != "translation", not self._is_copy(other), v.confidence == SURE, v.score, other)
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
            if v.kind != "translation":
                # Drift is measured against the text the copy was made from.
                mine, theirs = self._docs[doc_id].f.quotes, self._docs[source].f.quotes
                link.drift = quote_drift(mine, theirs, source)
                link.added_quotes, link.dropped_quotes = unmatched(mine, theirs)
        for other, w in sorted(self._copy.get(doc_id, {}).items()):
            if w.original == doc_id and w.confidence in (SURE, LIKELY):
                link.copies.append(other)
            elif w.confidence == UNSURE:
                link.unsure_with.append(other)
        if link.unsure_with and link.duplicate_of is None:
            link.confidence = UNSURE
        return link

    def links(self) -> dict[str, CopyLink]:
        return {d: self.link_for(d) for d in self._docs}

    def related(self, doc_id: str) -> list[str]:
        """Copies first, then other articles of the same story."""
        copies = sorted(self._copy.get(doc_id, {}))
        story = sorted(set(self._story.get(doc_id, ())) - set(copies))
        return copies + story

    # -- persistence ---------------------------------------------------------------------

    def to_state(self) -> dict:
        """Plain JSON-able data; LSH buckets are rebuilt from the signatures on load."""
        return {
            "version": STATE_VERSION,
            "slots": SLOTS,
            "docs": {k: {"f": d.f.to_state(), "sigs": list(d.sigs), "n": d.n_shingles}
                     for k, d in self._docs.items()},
            "copy": sorted([a, b, v.to_state()] for a, edges in self._copy.items()
                           for b, v in edges.items() if a < b),
            "story": sorted([a, b] for a, bs in self._story.items() for b in bs if a < b),
        }

    @classmethod
    def from_state(cls, state: dict) -> CopyIndex:
        if state.get("version") != STATE_VERSION or state.get("slots") != SLOTS:
            raise ValueError("copy index state from another version of byline; rebuild it")
        idx = cls()
        for k, d in state["docs"].items():
            doc = _Doc(Features.from_state(d["f"]), tuple(d["sigs"]), d["n"])
            idx._docs[k] = doc
            for lsh, sig in zip(idx._lsh, doc.sigs):
                lsh.insert(k, sig)
        for a, b, v in state["copy"]:
            verdict = copy_judge.Verdict.from_state(v)
            idx._copy.setdefault(a, {})[b] = verdict
            idx._copy.setdefault(b, {})[a] = verdict
        for a, b in state["story"]:
            idx._story.setdefault(a, set()).add(b)
            idx._story.setdefault(b, set()).add(a)
        return idx


def _jaccards(a: _Doc, b: _Doc) -> tuple[float, float, float]:
    from .minhash import jaccard

    return tuple(jaccard(x, y) for x, y in zip(a.sigs, b.sigs))  # type: ignore[return-value]


def link(articles: list[Article], found: dict[str, Extraction]) -> None:
    """Fill ``story``, ``duplicate_of`` and ``drift`` on each extraction in place."""
    idx = CopyIndex()
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


def bench_copies(n: int, adds: int = 100, seed: int = 1) -> dict:
    """Time adding ``adds`` articles (a tenth of them copies) to a CopyIndex of ``n``."""
    rng = random.Random(seed)
    corpus = [_synthetic(i, rng) for i in range(n + adds)]
    idx = CopyIndex()
    t0 = time.perf_counter()
    for a in corpus[:n]:
        idx.add(a)
    build_s = time.perf_counter() - t0
    times, planted, caught = [], 0, 0
    for k, a in enumerate(corpus[n:]):
        src = None
        if k % 10 == 0:
            src = corpus[rng.randrange(n)]
            a = Article(id=a.id, title=a.title, text=src.text.replace(".", ", they said.", 2),
                        date=f"{int(src.date[:4]) + 1}{src.date[4:]}")
        t = time.perf_counter()
        got = idx.add(a)
        times.append((time.perf_counter() - t) * 1000)
        if src is not None:
            planted += 1
            caught += src.id in (got.duplicate_of, *got.copies, *got.unsure_with)
    times.sort()
    return {
        "docs": n,
        "build_docs_per_s": round(n / build_s, 1) if build_s else None,
        "add_ms": {"p50": round(times[len(times) // 2], 2), "p95": round(times[int(len(times) * 0.95)], 2),
                   "max": round(times[-1], 2)},
        "copies_found": f"{caught}/{planted}",
    }
