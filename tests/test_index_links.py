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
