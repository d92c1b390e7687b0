"""Articles are analysed in the extraction workers and filed by the indexer's one writer: the
index is the one Whoosh writes from the plain documents, whatever the worker count, and the
workers die with the indexer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from search.engine import index as idx
from search.engine import writer
from search.engine.analysed import Analysing, Waiting, unpacked, whoosh_docs
from search.engine.codec import ArrayCodec
from search.engine.schema import common_words, schema_pairing
from search.extract import batch as prepare
from search.extract.pipeline import extract_one
from search.ingest.files import read, walk
from search.library import Library
from tests.test_index import write_corpus

DEVCORPUS = Path(__file__).parent.parent.parent / "shared" / "devcorpus" / "articles"
SEEDS = Path(__file__).parent.parent / "seeds"
QUERIES = ["premiere", "casting finale", '"season episode"', "zq7", "show*", "headline number"]
ODD_TEXTS = ["İstanbul ĲSSEL straße Σίσυφος", "a.b.c 3.14 x*y ___ é́", "word " * 300, "rock'n'roll, U.S.-based"]


def _articles():
    found = [a for src in walk([SEEDS, DEVCORPUS]) for a in read(src, max_bytes=10**7)[0]]
    assert len(found) > 10
    return found


def _everything(ix) -> dict:
    """Every posting (term, document, weight, value), stored field, field length and column."""
    with ix.searcher() as s:
        r = s.reader()
        postings = {(field, text): (_all(r.postings(field, text)), _extremes(r.term_info(field, text)))
                    for field, text in r.all_terms()}
        stored = [s.stored_fields(n) for n in r.all_doc_ids()]
        lengths = {(n, f): r.doc_field_length(n, f) for f in s.schema.scorable_names() for n in r.all_doc_ids()}
        columns = {f: list(r.column_reader(f)) for f in s.schema.names() if r.has_column(f)}
        assert columns
        return {"postings": postings, "stored": stored, "lengths": lengths, "columns": columns}


def _extremes(info) -> tuple:
    """What a term's BM25F bound is worked out from: its shortest and longest field lengths."""
    return info.min_length(), info.max_length(), info.max_weight()


def _all(m) -> list:
    out = []
    while m.is_active():
        out.append((m.id(), m.weight(), m.value()))
        m.next()
    return out


def _index(path: Path, schema, docs, writer_class, limitmb: float = 32):
    path.mkdir()
    ix = FileStorage(str(path)).create_index(schema)
    w = writer_class(ix, limitmb=limitmb, codec=ArrayCodec())
    for doc in docs:
        w.add_document(**doc)
    w.commit()
    return ix


def test_analysed_documents_make_the_index_whoosh_makes_of_the_plain_ones(tmp_path):
    articles = _articles()
    for n, text in enumerate(ODD_TEXTS):
        articles[n].text += "\n" + text
        articles[n].title += " " + text
    pairs = [(a, extract_one(a)) for a in articles]
    schema = schema_pairing(common_words(a.text for a in articles))
    plain = [d for a, ex in pairs for d in whoosh_docs(a, ex)]
    analysing = Analysing(schema)
    analysed = [d for a, ex in pairs for d in analysing(a, ex)]
    assert any(type(v) is writer.Analysed for v in analysed[0].values())
    assert any(k.endswith("_pairs") and v for d in analysed for k, v in d.items())
    # a pool small enough to spill several runs, merged back in order
    ours = _index(tmp_path / "ours", schema, analysed, writer.Writer, limitmb=0.05)
    whooshs = _index(tmp_path / "whoosh", schema, plain, SegmentWriter)
    mine, theirs = _everything(ours), _everything(whooshs)
    assert len(mine["postings"]) > 1000
    assert mine == theirs


def test_a_document_refused_halfway_leaves_nothing_behind(tmp_path):
    pairs = [(a, extract_one(a)) for a in _articles()[:6]]
    schema = schema_pairing(common_words(a.text for a, _ in pairs))
    analysing = Analysing(schema)
    analysed = [d for a, ex in pairs for d in analysing(a, ex)]
    bad = dict(analysed[0], id="refused", date="not a date")  # its text fields come before the date
    path = tmp_path / "ours"
    path.mkdir()
    ix = FileStorage(str(path)).create_index(schema)
    w = writer.Writer(ix, codec=ArrayCodec())
    w.add_document(**analysed[0])
    try:
        w.add_document(**bad)
    except ValueError:
        pass
    else:
        raise AssertionError("a date Whoosh cannot index was taken")
    for doc in analysed[1:]:
        w.add_document(**doc)
    w.commit()
    whooshs = _index(tmp_path / "whoosh", schema, [d for a, ex in pairs for d in whoosh_docs(a, ex)], SegmentWriter)
    assert _everything(ix) == _everything(whooshs)


def test_a_batch_waits_on_disk_and_comes_back_as_it_went(tmp_path):
    article = _articles()[0]
    docs = Analysing(schema_pairing(common_words([article.text])))(article, extract_one(article))
    waiting = Waiting(tmp_path)
    for doc in docs:
        waiting.append(doc)
    back = list(waiting.drain())
    assert back == docs
    assert [type(v) for d in back for v in d.values()] == [type(v) for d in docs for v in d.values()]
    assert list(waiting.drain()) == []  # each document once
    assert list(tmp_path.iterdir()) == []  # an unnamed file: nothing left behind


def test_a_packed_article_waits_and_comes_back_as_the_worker_analysed_it(tmp_path):
    article = _articles()[0]
    schema = schema_pairing(common_words([article.text]))
    plain = Analysing(schema)(article, extract_one(article))
    packed = Analysing(schema, packed=True)(article, extract_one(article))
    assert packed[1:] == plain[1:]  # quotes are written at once, as they are
    assert not [k for k, v in packed[0].items() if type(v) is writer.Analysed or k.startswith("_stored_")]
    assert {"id", "type", "data", "story"} <= set(packed[0])  # what linking reads and writes
    waiting = Waiting(tmp_path)
    waiting.append(packed[0])
    [back] = [unpacked(d) for d in waiting.drain()]
    assert back == plain[0]
    assert {k: type(v) for k, v in back.items()} == {k: type(v) for k, v in plain[0].items()}


def _found(index_dir: Path) -> dict:
    lib = Library(None, index_dir)
    try:
        return {q: (r.total, sorted(h.id for h in r.hits)) for q in QUERIES if (r := lib.search(q, limit=500))}
    finally:
        lib.close()


def _lengths(index_dir: Path) -> dict:
    with idx.open_index(index_dir).searcher() as s:
        r = s.reader()
        return {(s.stored_fields(n)["id"], f): r.doc_field_length(n, f)
                for f in s.schema.scorable_names() for n in r.all_doc_ids()}


def test_two_workers_find_what_one_finds(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    write_corpus(corpus, 2 * prepare.PARALLEL_FROM + 100)
    idx.build([corpus], tmp_path / "one", extract=False, workers=1)
    started, spooled = [], []
    real, take = prepare._in_workers, prepare._take
    monkeypatch.setattr(prepare, "_in_workers", lambda *a, **k: started.append(1) or real(*a, **k))
    monkeypatch.setattr(prepare, "_take", lambda path: spooled.append(Path(path)) or take(path))
    idx.build([corpus], tmp_path / "two", extract=False, workers=2)
    assert started  # the workers did the work: not a quiet fall back to this process
    # what they prepared waited in the index's spool, which is gone with the build
    assert len(spooled) == -(-(2 * prepare.PARALLEL_FROM + 100) // prepare.CHUNK)
    assert {p.parent for p in spooled} == {tmp_path / "two" / idx.SPOOL}
    assert not (tmp_path / "two" / idx.SPOOL).exists()
    assert _found(tmp_path / "two") == _found(tmp_path / "one")
    assert all(total for total, _ in _found(tmp_path / "two").values())
    assert _lengths(tmp_path / "two") == _lengths(tmp_path / "one")


def test_the_spool_holds_at_most_its_bound_of_tasks(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    write_corpus(corpus, prepare.PARALLEL_FROM + 100)
    monkeypatch.setattr(prepare, "AHEAD", 1)
    monkeypatch.setattr(prepare, "SPOOLED", 3)
    waiting, take = [], prepare._take
    monkeypatch.setattr(prepare, "_take", lambda path: waiting.append(len(os.listdir(Path(path).parent))) or take(path))
    idx.build([corpus], tmp_path / "ix", extract=False, workers=2)
    assert len(waiting) == -(-(prepare.PARALLEL_FROM + 100) // prepare.CHUNK)
    assert max(waiting) <= 3


def test_workers_that_cannot_write_the_spool_hand_their_work_over_in_memory(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    write_corpus(corpus, prepare.PARALLEL_FROM + 40)
    idx.build([corpus], tmp_path / "one", extract=False, workers=1)
    gone = tmp_path / "no such folder"  # the workers' writes there fail, as on a full disk
    monkeypatch.setattr(prepare, "_fresh", lambda spool: gone)
    started, taken = [], []
    real = prepare._in_workers
    monkeypatch.setattr(prepare, "_in_workers", lambda *a, **k: started.append(1) or real(*a, **k))
    monkeypatch.setattr(prepare, "_take", lambda path: taken.append(path))
    idx.build([corpus], tmp_path / "two", extract=False, workers=2)
    assert started and not taken
    assert _found(tmp_path / "two") == _found(tmp_path / "one")


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


def test_workers_die_with_a_killed_indexer(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    write_corpus(corpus, 3000)
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(ix)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        # the two extraction workers (and multiprocessing's resource tracker)
        while len(kids := _children(proc.pid)) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(kids) >= 3, "the indexer never started its workers"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 20
    while any(_alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [k for k in kids if _alive(k)]


def _segments_then_merged(path: Path, schema, docs, writer_class) -> dict:
    """Three segments, documents deleted from two, then one segment of all with new documents."""
    path.mkdir()
    ix = FileStorage(str(path)).create_index(schema)
    thirds = [docs[n::4] for n in range(3)]
    for part in thirds:
        w = writer_class(ix, codec=ArrayCodec())
        for doc in part:
            w.add_document(**doc)
        w.commit(merge=False)
    w = writer_class(ix, codec=ArrayCodec())
    for doc in thirds[0][::3] + thirds[2][1::2]:
        if doc["type"] == "article":
            w.delete_by_term("id", doc["id"])
        else:  # a quote has no id: the ones of an article a third holds go, in every segment
            w.delete_by_term("article", doc["article"])
    w.commit(merge=False)
    assert len(ix._segments()) == 3
    w = writer_class(ix, codec=ArrayCodec())
    for doc in docs[3::4]:
        w.add_document(**doc)
    w.commit(optimize=True)
    assert len(ix._segments()) == 1
    return _everything(ix)


def test_merged_segments_make_the_index_whoosh_merges(tmp_path):
    pairs = [(a, extract_one(a)) for a in _articles()]
    schema = schema_pairing(common_words(a.text for a, _ in pairs))
    analysing = Analysing(schema)
    ours = _segments_then_merged(tmp_path / "ours", schema, [d for a, ex in pairs for d in analysing(a, ex)],
                                 writer.Writer)
    theirs = _segments_then_merged(tmp_path / "whoosh", schema, [d for a, ex in pairs for d in whoosh_docs(a, ex)],
                                   SegmentWriter)
    assert len(ours["stored"]) < len([d for a, ex in pairs for d in whoosh_docs(a, ex)])  # some deleted
    assert ours == theirs


def test_the_compact_terms_table_writes_the_file_whoosh_writes(tmp_path):
    from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

    storage = FileStorage(str(tmp_path))
    keys = sorted({f"term{n * 7919 % 100003}".encode() for n in range(5000)})
    theirs = OrderedHashWriter(storage.create_file("whoosh"))
    ours = writer.CompactTermsWriter.taking_over(OrderedHashWriter(storage.create_file("ours")))
    for w in (theirs, ours):
        w.extras["fieldmap"] = {"body": 0}
        for n, key in enumerate(keys):
            w.add(key, str(n).encode())
        w.close()
    assert (tmp_path / "ours").read_bytes() == (tmp_path / "whoosh").read_bytes()
    table = OrderedHashReader(storage.open_file("ours"), storage.file_length("ours"))
    assert table[keys[1234]] == b"1234"


def test_a_build_collects_garbage_at_its_own_pace_and_gives_the_old_one_back(tmp_path):
    import gc

    corpus = tmp_path / "c"
    write_corpus(corpus, 20)
    before, during = gc.get_threshold(), []
    idx.build([corpus], tmp_path / "ix", progress=lambda n, total: during.append(gc.get_threshold()))
    assert during and set(during) == {prepare.FEWER_COLLECTIONS} != {before}
    assert gc.get_threshold() == before


def test_a_worker_collects_garbage_at_the_build_s_pace():
    code = ("import gc, os; from search.extract.batch import FEWER_COLLECTIONS, start_worker; "
            "start_worker(os.getppid()); print(gc.get_threshold() == FEWER_COLLECTIONS)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "True", out.stderr


def test_the_same_texts_keep_the_same_common_words_in_any_interpreter():
    # 300 words in one text: every one ties, and only PAIR_WORDS of them are kept
    code = ("from search.engine.schema import common_words; "
            "print(sorted(common_words([' '.join(f'w{n:03d}x' for n in range(300))])))")
    found = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(found) == 1 and found != {""}
