"""The build stays cheap as the corpus grows: copy candidates are dropped on their names before
their features are read, an index written by an older byline is upgraded in place, and the
extraction compiles no pattern per name it meets. Every article here is invented."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from search.copies import judge as copy_judge
from search.copies.bench import _synthetic
from search.copies.index import CopyIndex
from search.copies.store import CopyStore, _members
from search.extract.pipeline import extract_one
from search.ingest.files import load
from search.model import Article

DATA = Path(__file__).parent / "data" / "copies"

HARBOUR = ("Mirela Vost said the harbour festival would close early this year. Tomas Reyl, who runs "
           "the ferry, agreed with Vost. The council met on Tuesday and Reyl spoke first. Vost and "
           "Reyl will meet the mayor, Odile Fanch, next week.")
ORCHARD = ("Bastien Krol planted the new orchard with his neighbour Ilse Marrow. Krol said the frost "
           "came late. Marrow sold the first apples at the market, and Krol kept the rest. Ilse "
           "Marrow and Bastien Krol will open the orchard to visitors in the spring.")


def _refuse(*_args, **_kwargs):
    raise AssertionError("measured a pair that shares none of its names")


def test_a_pair_sharing_no_names_is_dismissed_before_anything_is_aligned(monkeypatch):
    idx = CopyIndex()
    idx.add(Article(id="harbour", title="Harbour", text=HARBOUR))
    idx.add(Article(id="orchard", title="Orchard", text=ORCHARD))
    a, b = idx._store.get("harbour").f, idx._store.get("orchard").f
    for costly in ("sentence_alignment", "shared_quotes", "furniture", "_order"):
        monkeypatch.setattr(copy_judge, costly, _refuse)
    assert not copy_judge.may_link(copy_judge.gist(a), copy_judge.gist(b))
    v = copy_judge.judge(a, b, (0.5, 0.5, 0.5), (40, 40))
    assert not v.copy and not v.story


def test_candidates_that_cannot_be_linked_are_never_read(monkeypatch):
    reads = []
    real = CopyStore.get
    monkeypatch.setattr(CopyStore, "get", lambda self, i: reads.append(i) or real(self, i))
    judged = []
    real_judge = copy_judge.judge
    monkeypatch.setattr(copy_judge, "judge", lambda *a: judged.append(1) or real_judge(*a))
    rng = random.Random(4)
    idx = CopyIndex()
    for i in range(150):
        idx.add(_synthetic(i, rng))
    # Each of these articles names 8 of 800 people: LSH on names pairs it with dozens of others,
    # and none of them names half of its people.
    assert len(judged) == 0
    assert len(reads) < 10


def _to_old_layout(path: Path) -> None:
    """The copy index as byline wrote it before gists and bucket rows."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE bands (key INTEGER NOT NULL, n INTEGER NOT NULL)")
    for key, text in db.execute("SELECT key, members FROM buckets").fetchall():
        db.executemany("INSERT INTO bands VALUES (?, ?)", [(key, n) for n in _members(text)])
    db.execute("DROP TABLE buckets")
    db.execute("ALTER TABLE docs DROP COLUMN gist")
    db.commit()
    db.close()


def _summary(links: dict) -> dict:
    return {k: (lk.duplicate_of, lk.story, lk.unsure_with, [(d.text, d.original_text) for d in lk.drift])
            for k, lk in links.items()}


def test_an_index_from_an_older_byline_is_upgraded_and_keeps_its_links(tmp_path):
    articles, _ = load([DATA])
    pairs = [(a, extract_one(a)) for a in articles]
    whole = CopyIndex()
    for a, ex in pairs:
        whole.add(a, ex)
    path = tmp_path / "copies.sqlite"
    idx = CopyIndex(path)
    for a, ex in pairs[:-3]:
        idx.add(a, ex)
    before = _summary(idx.links())
    idx.close()
    _to_old_layout(path)
    reopened = CopyIndex(path)
    assert _summary(reopened.links()) == before
    reopened.remove(pairs[0][0].id)  # leaves the buckets it was in
    reopened.add(*pairs[0])
    for a, ex in pairs[-3:]:
        reopened.add(a, ex)
    assert _summary(reopened.links()) == _summary(whole.links())
    reopened.close()
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert "bands" not in tables and "buckets" in tables


def test_extraction_compiles_no_pattern_per_name(monkeypatch):
    """A pattern built from an article's names is compiled again for every article and pushes the
    fixed patterns out of ``re``'s cache: a fifth of extraction's time once. Names are looked for
    as literals, so articles naming new people compile nothing new."""
    import re

    from search.ingest.files import parse_txt
    from search.tools import synthetic

    def articles(start: int, stop: int):
        return [parse_txt(synthetic.article(3, n), f"{n}.txt") for n in range(start, stop)]

    for a in articles(0, 60):  # the fixed patterns, compiled once
        extract_one(a)
    compiled = []
    real = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda *a: compiled.append(a[0]) or real(*a))
    fresh = articles(60, 120)
    for a in fresh:
        extract_one(a)
    assert len(compiled) < len(fresh) / 10, compiled[:3]
