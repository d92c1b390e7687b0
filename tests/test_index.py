"""Indexing that never loses anything: incremental updates, kill -9, locks, readers beside a writer."""

from __future__ import annotations

import json
import os
import random
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.engine import index as idx
from search.library import Library

WORDS = ("premiere casting finale trailer sequel studio season episode critic festival "
         "director showrunner streamer audience ratings").split()


def write_corpus(root: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(120))
        (root / f"a{i:04d}.txt").write_text(
            f" date 2024-01-{i % 28 + 1:02d}\nHeadline number {i} zq{i}\n\n"
            f"{body}. \"We made it together,\" said Mara Quill.\n", encoding="utf-8")


def count(index_dir: Path) -> int:
    lib = Library(None, index_dir)
    try:
        return lib.count()
    finally:
        lib.close()


def test_incremental_add_change_remove(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 5)
    lib = Library([corpus], ix)
    try:
        first = lib.update()
        assert (first.added, first.changed, first.removed) == (5, 0, 0)
        (corpus / "a0000.txt").write_text("Changed headline\n\nA fresh body about zebras.\n", encoding="utf-8")
        (corpus / "a0001.txt").unlink()
        write_corpus(corpus / "more", 1, seed=9)
        os.utime(corpus / "a0002.txt")  # touched, same bytes: confirmed unchanged by its hash
        second = lib.update()
        assert (second.added, second.changed, second.removed) == (1, 1, 1)
        assert lib.count() == 5
        assert [h.id for h in lib.search("zebras").hits] == ["a0000.txt"]
        assert lib.search("zq1").hits == []
        assert (lib.update().touched) == 0
    finally:
        lib.close()


def test_a_file_of_many_articles_changed_then_removed(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    feed = corpus / "feed.jsonl"
    rows = [{"title": f"Item {i}", "content": f"Harbor item number {i}."} for i in range(3)]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (corpus / "lone.txt").write_text("Lone\n\nA harbor on its own.\n", encoding="utf-8")
    lib = Library([corpus], ix)
    try:
        lib.update()
        assert lib.search("harbor", collapse=False).total == 4
        feed.write_text(json.dumps(rows[0]), encoding="utf-8")  # two of its articles go
        assert lib.update().changed == 1 and lib.search("harbor", collapse=False).total == 2
        feed.unlink()
        assert lib.update().removed == 1
        assert [h.id for h in lib.search("harbor", collapse=False).hits] == ["lone.txt"]
    finally:
        lib.close()


def test_quotes_carry_no_id_of_their_own_and_go_with_their_article(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 4)
    lib = Library([corpus], ix)
    try:
        lib.update()
        assert lib.stats()["quotes"] == 4
        assert {q.article_id for q in lib.search_quotes("speaker:quill").quotes} == {
            f"a{i:04d}.txt" for i in range(4)}
        (corpus / "a0001.txt").unlink()
        (corpus / "a0002.txt").write_text("Changed\n\nNobody speaks here.\n", encoding="utf-8")
        lib.update()
        assert {q.article_id for q in lib.search_quotes("speaker:quill").quotes} == {"a0000.txt", "a0003.txt"}
        assert lib.stats()["quotes"] == 2
    finally:
        lib.close()
    # The id field holds articles only (a deleted one's term stays until a merge): a term per
    # quote was a third of an index's terms.
    with idx.open_index(ix).reader() as r:
        assert {t.decode() for t in r.lexicon("id")} <= {f"a{i:04d}.txt" for i in range(4)}


@pytest.mark.parametrize("manifest", [{"format": 4, "files": {"a.txt": {}}}, {"format": 4, "files": {}},
                                      {"files": {"a.txt": {}}, "format": 3}, {"files": {"a.txt": {}}}])
def test_format_read_from_the_manifest_head_agrees_with_the_whole(tmp_path, manifest):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 1)
    idx.update([corpus], ix)
    assert idx.index_format(ix) == idx.FORMAT and not idx.outdated(ix)
    (ix / idx.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert idx.index_format(ix) == manifest.get("format", 1)
    assert idx.outdated(ix) == bool(manifest["files"])


def test_an_index_in_an_older_format_is_rebuilt(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 5)
    idx.update([corpus], ix)
    manifest = idx.read_manifest(ix)
    del manifest["format"]
    (ix / idx.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert idx.index_format(ix) == 1 and idx.outdated(ix)  # the app and the CLI say it is rebuilt
    report = idx.update([corpus], ix)
    assert (report.added, report.changed, report.removed) == (5, 0, 0)
    assert idx.index_format(ix) == idx.FORMAT and count(ix) == 5 and not idx.outdated(ix)
    assert idx.update([corpus], ix).touched == 0


def test_index_dir_is_private(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 2)
    lib = Library([corpus], ix)
    lib.update()
    lib.close()
    assert stat.S_IMODE(ix.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) & 0o077 == 0 for f in ix.iterdir())


def test_a_second_writer_gets_a_clear_message(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 2)
    Library([corpus], ix).update()
    writer = idx.open_index(ix).writer()
    try:
        (corpus / "new.txt").write_text("New\n\nbody\n", encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(ix)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode != 0
        assert "another byline is updating" in run.stderr and "Traceback" not in run.stderr
    finally:
        writer.cancel()


@pytest.mark.slow
def test_kill_9_while_indexing_never_breaks_the_index(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    n = 1200
    write_corpus(corpus, n)
    rng = random.Random(3)
    cmd = [sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(ix)]
    for _ in range(6):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 3.0))
        proc.kill()
        proc.wait()
        if idx.exists(ix):
            assert 0 <= count(ix) <= n  # opens, with what had been committed
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert count(ix) == n
    assert len(Library(None, ix).search("zq1199").hits) == 1


def test_readers_while_a_writer_indexes(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 50)
    Library([corpus], ix).update()
    write_corpus(corpus / "more", 300, seed=11)
    writer = subprocess.Popen([sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(ix)],
                              stderr=subprocess.PIPE, text=True)
    reader = Library(None, ix)
    try:
        while writer.poll() is None:
            assert len(reader.search("premiere", limit=5).hits) > 0
        assert writer.returncode == 0, writer.stderr.read()
    finally:
        reader.close()


def test_searching_while_the_first_build_commits(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 30)
    (tmp_path / "empty").mkdir()
    idx.update([tmp_path / "empty"], ix)  # an index with nothing committed in it yet
    lib = Library([corpus], ix)
    try:
        assert lib.search("premiere").hits == []
        idx.update([corpus], ix)  # another writer commits
        assert len(lib.search("premiere", limit=100).hits) == 30
    finally:
        lib.close()


def test_a_new_index_is_searchable_after_its_first_articles_however_fast_they_come(tmp_path, monkeypatch):
    """A small folder read faster than the first commit's wait must not stay unsearchable to its end."""
    from search.tools.synthetic import write

    write(tmp_path / "corpus", 12)
    monkeypatch.setattr(idx, "FIRST_COMMIT_SECONDS", 3600.0)
    monkeypatch.setattr(idx, "FIRST_BATCH", 5)
    where = tmp_path / "ix"
    searchable: list[int] = []

    def progress(done: int, total: int) -> None:
        if done < total:
            with idx.open_index(where).searcher() as s:
                searchable.append(s.doc_count())

    idx.build([tmp_path / "corpus"], where, progress, extract=False, workers=1)
    assert searchable[0] == 0 and 0 < max(searchable)  # committed once, mid-way, not at the end only
    with idx.open_index(where).searcher() as s:
        assert s.doc_count() == 12


def test_warming_reads_each_segments_lengths_before_the_first_search(tmp_path, monkeypatch):
    from search.engine import top

    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 5)
    idx.update([corpus], ix)
    write_corpus(corpus, 8, seed=8)
    idx.update([corpus], ix)
    read = []
    real = top.internals.length_bytes
    monkeypatch.setattr(top.internals, "length_bytes", lambda reader, field: read.append(field) or real(reader, field))
    lib = Library([corpus], ix)
    try:
        lib.warm()
        segments = len(idx.open_index(ix)._segments())
        assert segments > 1 and sorted(read) == ["body"] * segments + ["title"] * segments
        s = lib._thread.run(lib._s)  # and the record-type masks, kept on each segment
        for sub, _ in s.leaf_searchers():
            kept = top.internals.reader_cache(sub.reader())
            assert ("type", "article") in kept and ("type", "quote") in kept
    finally:
        lib.close()
