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
  ``kind`` (republish, partial, spin, translation), ``reason``, ``evidence``, ``copies``,
  ``unsure_with``, ``drift``, ``added_quotes``, ``dropped_quotes``.
- ``word_diff(a, b)``: ``(op, old, new)`` runs to light the changed words of a drift.
- ``link(articles, found)``: the whole-corpus pass ``extract_corpus`` runs.

Timings of adding articles to an index of ``n`` are in ``search.copies.bench``.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from search.copies import judge as copy_judge
from search.copies.drift import drift as quote_drift
from search.copies.drift import unmatched, word_diff
from search.copies.features import Features
from search.copies.judge import LIKELY, SURE, UNSURE
from search.copies.minhash import Signatures
from search.copies.prepared import BANDED, SLOTS, Doc, bucket_keys, gist_of, prepare
from search.copies.shared_origin import SITTING
from search.copies.store import RECURS, CopyStore
from search.copies.stories import Stories, is_copy, join_sitting
from search.model import Article, Drift, Extraction

__all__ = ["CopyIndex", "CopyLink", "Doc", "link", "prepare", "word_diff"]

CANDIDATES = 25  # articles judged in full per added article
BUCKET_CAP = 100  # a bucket this full is boilerplate many articles share, not evidence
AUTOCOMMIT = 500  # articles per transaction of a file-backed index
STATE_VERSION = 5
_ORIGIN_WEIGHT = 4  # votes for sharing who answers a Q&A or a quote (origin_keys)


@dataclass(slots=True)
class CopyLink:
    """What byline knows about one article's place among copies and stories."""

    id: str
    story: str
    duplicate_of: str | None = None
    confidence: str | None = None  # sure / likely for a link; unsure when a copy's original is unclear
    kind: str | None = None  # republish, partial, spin, translation
    reason: str = ""  # the evidence for the original, in words
    evidence: list[str] = field(default_factory=list)  # why it is a copy, then why of that one
    copies: list[str] = field(default_factory=list)  # articles that are copies of this one
    unsure_with: list[str] = field(default_factory=list)  # copies whose direction is unclear
    drift: list[Drift] = field(default_factory=list)
    added_quotes: list[str] = field(default_factory=list)  # in the copy, not in the original
    dropped_quotes: list[str] = field(default_factory=list)


class CopyIndex:
    """Copies and stories of a growing corpus.

    ``CopyIndex()`` lives in memory; ``CopyIndex(path)`` keeps everything in an SQLite
    file that the next run reopens (call ``commit()`` or ``close()`` to keep it).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self._store = CopyStore(path, SLOTS, STATE_VERSION)
        self._stories = Stories(self._store)
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
        if doc.id in self._store:
            self.remove(doc.id)
        common = self._store.common_lines(doc.keys)
        mine = gist_of(doc.gist)
        keys = doc.band_keys if doc.band_keys is not None else bucket_keys(doc.f, doc.sigs)
        own = Signatures(doc.sig_bytes, SLOTS)
        sitting: set[str] = set()
        for other_id, sig_bytes, gist_text in self._candidates(doc, keys):
            found = to_judge(mine, own, sig_bytes, gist_text)
            if found is None:
                continue
            jac, their_gist = found
            other = self._store.get(other_id)
            if other is None:
                continue
            # The other article is counted among those carrying its own sentences; a pair
            # sharing no run of words has no furniture to weigh.
            seen = common | self._store.common_lines(other.f.keys, RECURS + 1) if jac[0] >= 0.1 else common
            v = copy_judge.judge(doc.f, other.f, jac, (doc.n_shingles, other.n_shingles), seen,
                                 (mine, their_gist) if mine and their_gist else None)
            if v.copy:
                self._store.add_copy(doc.id, other.id, v)
            elif v.reason == SITTING:
                sitting.add(other.id)
            elif v.story:
                self._store.add_story(doc.id, other.id)
        join_sitting(self._store, doc.id, doc.date, sitting)
        self._store.put(doc, keys)
        self._stories.joined(doc.id)
        self._pending += 1
        if self._pending >= AUTOCOMMIT and self._store.path != ":memory:":
            self.commit()  # bounded transactions: a crash loses little and the WAL stays small
        return self.link_for(doc.id)

    def remove(self, doc_id: str) -> None:
        doc = self._store.get(doc_id)
        if doc is None:
            return
        linked = set(self._store.copies_of(doc_id)) | self._store.stories_of(doc_id)
        self._store.delete(doc_id, bucket_keys(doc.f, doc.sigs), doc.f.keys)
        self._stories.left(doc_id, linked)

    def _candidates(self, doc: Doc, keys: list[int]) -> list[tuple[str, bytes, str | None]]:
        groups, weights = [], []
        start = 0
        for bands, _, weight in BANDED.values():
            groups.append(keys[start:start + bands])
            weights.append(weight)
            start += bands
        # The keys after the banded ones are those of who answers a Q&A and of the quotes.
        groups.append(keys[start:])
        weights.append(_ORIGIN_WEIGHT)
        shared: list[int] = []
        for found, weight in zip(self._store.buckets(groups, BUCKET_CAP), weights, strict=True):
            # A bucket shared counts ``weight`` times: the votes are then counted in one go.
            shared += found * weight
        best = most_voted(Counter(shared), CANDIDATES)
        return [c for c in self._store.signatures(best) if c[0] != doc.id]

    # -- stories -------------------------------------------------------------------------

    def _is_copy(self, doc_id: str) -> bool:
        return is_copy(self._store, doc_id)

    def story_of(self, doc_id: str) -> str:
        return self._stories.find(doc_id)

    # -- copies --------------------------------------------------------------------------

    def _source_of(self, doc_id: str, copies: dict[str, copy_judge.Verdict]) -> tuple[
            str | None, copy_judge.Verdict | None]:
        """The article this one was copied from directly: a same-language source first, then
        one whose dateline it keeps, then one that is not itself a copy (a spin of a
        syndicated story is a spin of the story)."""
        best = None
        mine = None
        for other, v in copies.items():
            if v.original == other and v.confidence in (SURE, LIKELY):
                # Among versions of one story none of which is known to come first (a wire
                # story run by several outlets), the fullest stands for the others; but the
                # version whose dateline a copy keeps ("ARIZONA:") is the one it was made from.
                doc = self._store.get(other)
                mine = mine or self._store.get(doc_id)
                kept = bool(mine and doc and mine.f.dateline and mine.f.dateline == doc.f.dateline)
                rank = (v.kind != "translation", kept, not self._is_copy(other), v.confidence == SURE,
                        doc.f.n_words if doc else 0, v.score, other)
                if best is None or rank > best[0]:
                    best = (rank, other, v)
        return (best[1], best[2]) if best else (None, None)

    def link_for(self, doc_id: str) -> CopyLink:
        link = CopyLink(id=doc_id, story=self.story_of(doc_id))
        copies = self._store.copies_of(doc_id)
        source, v = self._source_of(doc_id, copies)
        if source is not None and v is not None:
            # The text it was made from: a spin of an agency's version of a wire story is a
            # copy of that version, whose own link leads on to the wire's.
            link.duplicate_of = source
            link.confidence, link.kind, link.reason = v.confidence, v.kind, v.reason
            link.evidence = list(v.evidence)
            mine, theirs = self._store.get(doc_id), self._store.get(source)
            if v.kind != "translation" and mine is not None and theirs is not None:
                # Drift is measured against the text the copy was made from.
                link.drift = quote_drift(mine.f.quotes, theirs.f.quotes, source)
                link.added_quotes, link.dropped_quotes = unmatched(mine.f.quotes, theirs.f.quotes)
        for other, w in sorted(copies.items()):
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
            idx._store.put(doc, bucket_keys(doc.f, sigs))
        for a, b, v in state["copy"]:
            idx._store.add_copy(a, b, copy_judge.Verdict.from_state(v))
        for a, b in state["story"]:
            idx._store.add_story(a, b)
        return idx


def to_judge(mine: copy_judge.Gist, own: Signatures, sig_bytes: bytes, gist_text: str | None) -> tuple[
        tuple[float, ...], copy_judge.Gist | None] | None:
    """A candidate's signature estimates and gist if the pair is worth judging, else None.

    Q&As answered by the same people and articles carrying one quote are judged whatever
    their signatures share. Any other pair needs names kept, which most candidates fail on
    their gists alone, before their signatures are compared, and then signatures near enough.
    """
    theirs = gist_of(gist_text)
    if theirs is not None and copy_judge.must_judge(mine, theirs):
        return own.jaccards(sig_bytes), theirs
    if theirs is not None and not copy_judge.may_link(mine, theirs):
        return None
    jac = own.jaccards(sig_bytes)
    return (jac, theirs) if copy_judge.worth_judging(jac) else None


def most_voted(votes: dict[int, int], k: int) -> list[int]:
    """The ``k`` rows with the most votes, ties to the lower row number (in no order): those
    ``heapq.nsmallest`` picks by ``(-votes, row)``, found from the ``k``-th highest vote without a
    tuple for each of the few hundred rows an article's buckets hold."""
    if len(votes) <= k:
        return list(votes)
    bar = sorted(votes.values(), reverse=True)[k - 1]
    best = [n for n, v in votes.items() if v > bar]
    tied = [n for n, v in votes.items() if v == bar]
    if len(tied) > k - len(best):
        tied.sort()
        del tied[k - len(best):]
    return best + tied


def link(articles: list[Article], found: dict[str, Extraction]) -> None:
    """Fill ``story``, ``duplicate_of`` and ``drift`` on each extraction in place."""
    with CopyIndex() as idx:
        for a in articles:
            idx.add(a, found.get(a.id))
        for a in articles:
            lk = idx.link_for(a.id)
            ex = found[a.id]
            ex.story, ex.duplicate_of, ex.drift = lk.story, lk.duplicate_of, lk.drift
            if lk.duplicate_of:
                ex.copy_kind, ex.copy_evidence = lk.kind, list(lk.evidence)
