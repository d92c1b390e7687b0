"""A fresh index holds no deleted documents, even when a later file turns an earlier one into a
copy: Whoosh's BM25F counts deleted documents (document count, word frequencies, field lengths)
until a merge drops them, so a rewritten article would score the corpus unlike any other index
of it."""

from __future__ import annotations

import shutil
from pathlib import Path

from search.engine import index as idx

SPINS = Path(__file__).parent / "data" / "spins"


def test_a_copy_found_later_in_the_run_leaves_no_deleted_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # The spin sorts first: when it is written, its original is not yet known.
    shutil.copy(SPINS / "halden-road-spun.txt", corpus / "a-spun.txt")
    shutil.copy(SPINS / "halden-road-original.txt", corpus / "b-original.txt")
    idx.update([corpus], tmp_path / "ix")
    ix = idx.open_index(tmp_path / "ix")
    with ix.searcher() as s:
        spin = s.document(id=next(d["id"] for d in s.documents(type="article") if "spun" in d["id"]))
        assert spin["copy_of"], "the spin is linked to its original"
        assert s.doc_count_all() == s.doc_count()


def test_records_write_quotes_cast_and_drift_as_asdict_would():
    from dataclasses import asdict

    from search.engine.records import plain
    from search.model import CastPair, Drift, Quote

    for obj in (Quote("We kept the lights on all winter.", 10, 45, "Mara Voss", alt_speakers=["Ilse Voss"]),
                CastPair("Captain Rell", "Dominic Aske", ("Rell",), "Harbourline"),
                Drift("kept the lights on", "kept the lamps on", "b.txt")):
        assert plain(obj) == asdict(obj)
        assert list(plain(obj)) == list(asdict(obj))


def _linked_the_whole_way(doc: dict, link) -> dict:
    """What writing a link into an article document did by parsing and writing all its data."""
    import json

    from search.engine.records import plain

    doc = dict(doc, story=link.story or doc["id"], copy_of=link.duplicate_of or "")
    data = json.loads(doc["data"])
    data["story"], data["duplicate_of"] = link.story, link.duplicate_of
    data["copy_kind"], data["copy_evidence"] = (link.kind, list(link.evidence)) if link.duplicate_of else (None, [])
    data["drift"] = [plain(d) for d in link.drift]
    doc["data"] = json.dumps(data, ensure_ascii=False)
    return doc


def test_a_link_written_into_the_data_tail_gives_what_rewriting_all_of_it_did():
    import json

    from search.copies.index import CopyLink
    from search.engine.records import apply_link, article_fields
    from search.model import Article, CastPair, Drift, Extraction, Quote

    # Quotes and names that hold what the tail is looked for by, and non-ASCII text.
    tricky = 'He said, "story": no, {"drift": []} — ça va'
    ex = Extraction(quotes=[Quote(tricky, 0, 40, "Mara Voss"), Quote('", "story": "x"}', 50, 60)],
                    people=['Mara "story" Voss'], cast=[CastPair("Rell", "Dominic Aske", (tricky,), "W")])
    doc = article_fields(Article(id="a.txt", title="T", text="body", date="2024-05-01"), ex)
    links = [CopyLink(id="a.txt", story="s.txt"),
             CopyLink(id="a.txt", story="s.txt", duplicate_of="o.txt", kind="spin", evidence=[tricky, "b"],
                      drift=[Drift(tricky, 'kept "the" lamps', "o.txt")]),
             CopyLink(id="a.txt", story="")]
    for link in links + links[::-1]:
        want = _linked_the_whole_way(doc, link)
        apply_link(doc, link)
        assert doc == want
    # Data from an older byline, without the copy's kind and evidence, or its keys in another order.
    for keys in (["story", "duplicate_of", "drift"], ["duplicate_of", "story", "copy_kind", "copy_evidence", "drift"]):
        data = json.loads(doc["data"])
        old = dict(doc, data=json.dumps({**{k: v for k, v in data.items() if k not in keys},
                                         **{k: data[k] for k in keys}}, ensure_ascii=False))
        want = _linked_the_whole_way(old, links[1])
        apply_link(old, links[1])
        assert old == want
