"""A big job's Whoosh writing runs in as many processes as extraction and finds what one process
writing alone finds, in as few segments; its processes die with the indexer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.engine import index as idx
from search.engine import whoosh_internals
from search.extract import batch as prepare
from search.library import Library
from tests.test_index import count, write_corpus

QUERIES = ["premiere", "casting finale", '"season episode"', "zq7", "show*", "headline number"]


def _found(index_dir: Path) -> dict:
    lib = Library(None, index_dir)
    try:
        return {q: (r.total, sorted(h.id for h in r.hits)) for q in QUERIES if (r := lib.search(q, limit=500))}
    finally:
        lib.close()


def test_two_writing_processes_find_what_one_finds(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    write_corpus(corpus, 2 * prepare.PARALLEL_FROM + 100)
    idx.build([corpus], tmp_path / "one", extract=False, workers=1)
    made = []
    real = whoosh_internals.parallel_writer

    def spy(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(whoosh_internals, "parallel_writer", spy)
    monkeypatch.setattr(idx, "WRITERS_FROM", prepare.PARALLEL_FROM)
    # One commit at the end: on a busy machine the first file can come after the time the first
    # commit waits for, and that commit's segment is no fault of the processes.
    monkeypatch.setattr(idx, "FIRST_COMMIT_SECONDS", idx.COMMIT_SECONDS)
    monkeypatch.setattr(idx, "FIRST_BATCH", idx.BATCH)
    idx.build([corpus], tmp_path / "two", extract=False, workers=2)
    # Whoosh's multi-process writer did the writing: not a quiet fall back to one process.
    assert made and made[0].tasks
    with idx.open_index(tmp_path / "two").searcher() as s:
        assert len(s.leaf_searchers()) == 1  # one segment per commit, as one process writes
    assert _found(tmp_path / "two") == _found(tmp_path / "one")
    assert all(total for total, _ in _found(tmp_path / "two").values())
    # BM25F reads every document's field lengths: the merge of the processes' segments kept them.
    assert _lengths(tmp_path / "two") == _lengths(tmp_path / "one")


def _lengths(index_dir: Path) -> dict:
    with idx.open_index(index_dir).searcher() as s:
        r = s.reader()
        return {(s.stored_fields(n)["id"], f): r.doc_field_length(n, f)
                for f in s.schema.scorable_names() for n in r.all_doc_ids()}


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_writing_processes_die_with_a_killed_indexer(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 3000)
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(ix)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        # the extraction workers and the writing processes: more than the pool's two
        while len(kids := _children(proc.pid)) < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(kids) >= 4, "the indexer never started its writing processes"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 20
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [k for k in kids if _alive(k)]


_DYING_WRITERS = """
import os, sys
from pathlib import Path

import pytest

from search.engine import whoosh_internals

def die(*args):
    os._exit(9)


if os.environ.get("BYLINE_TEST_WRITERS_DIE"):
    # Spawned processes run this module again before they start: every writing process dies.
    whoosh_internals._subwriter = die

if __name__ == "__main__":
    from search.engine import index

    index.WRITERS_FROM = 0  # a small corpus, written by several processes all the same
    try:
        index.build([Path(sys.argv[1])], Path(sys.argv[2]), extract=False, workers=2)
    except index.IndexWriteFailed as e:
        print("failed:", e)
"""


def test_small_jobs_are_written_in_one_process(tmp_path, monkeypatch):
    write_corpus(tmp_path / "c", 2 * prepare.PARALLEL_FROM)
    monkeypatch.setattr(whoosh_internals, "parallel_writer", lambda *a, **k: pytest.fail("started writers"))
    idx.build([tmp_path / "c"], tmp_path / "ix", extract=False, workers=2)
    assert count(tmp_path / "ix") == 2 * prepare.PARALLEL_FROM


def test_a_writing_process_that_dies_loses_nothing(tmp_path):
    corpus, ix, script = tmp_path / "c", tmp_path / "ix", tmp_path / "build_index.py"
    n = 2 * prepare.PARALLEL_FROM + 100
    write_corpus(corpus, n)
    script.write_text(_DYING_WRITERS, encoding="utf-8")
    root = Path(__file__).parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "BYLINE_TEST_WRITERS_DIE": "1"}
    run = subprocess.run([sys.executable, str(script), str(corpus), str(ix)], capture_output=True, text=True,
                         timeout=300, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "failed: a process writing the index stopped (exit code 9)" in run.stdout
    assert idx.read_manifest(ix).get("files", {}) == {}  # not counted as written
    env.pop("BYLINE_TEST_WRITERS_DIE")
    again = subprocess.run([sys.executable, str(script), str(corpus), str(ix)], capture_output=True, text=True,
                           timeout=300, env=env, cwd=tmp_path)
    assert again.returncode == 0 and "failed" not in again.stdout, again.stderr[-2000:]
    lib = Library(None, ix)
    try:
        assert lib.count() == n and lib.search("zq7").total == 1
    finally:
        lib.close()


def test_the_merge_reads_each_documents_field_lengths_as_whoosh_does(tmp_path):
    """The merge of the processes' postings asks each posting's field length of a reader over
    their segments; the accessor byline gives that reader answers as Whoosh's own method does."""
    from whoosh.codec.base import MultiPerDocumentReader
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.index import create_in

    ix = create_in(str(tmp_path), Schema(body=TEXT, tag=ID(stored=True)))
    for part in range(3):
        w = ix.writer(compound=False)  # as the processes leave their segments
        for n in range(7 + part):
            w.add_document(body=" ".join(["word"] * (n * 5 + part + 1)), tag=f"t{n}")
        w.commit(merge=False)
    whoosh_internals.parallel_writer(ix, 2).cancel()  # installs the accessor
    segments = ix._segments()
    assert len(segments) == 3
    multi = MultiPerDocumentReader([s.codec().per_document_reader(ix.storage, s) for s in segments])
    total = multi.doc_count_all()
    for field in ("body", "tag", "missing"):
        get = multi.doc_field_length_reader(field)
        assert [get(n) for n in range(total)] == [multi.doc_field_length(n, field) for n in range(total)]
    assert len({multi.doc_field_length(n, "body") for n in range(total)}) > 10
    multi.close()
