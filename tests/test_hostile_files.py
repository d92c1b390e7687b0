"""Files that are not what they seem: pipes, a few bad bytes, binary lines, names with controls.
Each is read as far as it can be, and what was skipped or replaced is said once, plainly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from search.ingest.files import NotAFile, Source, load, open_file, read, walk

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = " date 2024-03-03\nThe Orchard Keeper Returns\n\nMarisol Teague said the café scene was “a gift”.\n"
fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")


def _bounded(fn, *args):
    """``fn(*args)`` on a thread, with a bound on the wait: a regression here is a hang."""
    out: list = []

    def run():
        try:
            out.append(fn(*args))
        except Exception as e:  # noqa: BLE001  raised again on the test's thread
            out.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), f"{fn.__name__} blocked"
    if isinstance(out[0], Exception):
        raise out[0]
    return out[0]


# -- named pipes ---------------------------------------------------------------------------------

@fifo
def test_a_named_pipe_in_a_folder_is_skipped_unopened(tmp_path):
    (tmp_path / "real.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    articles, skipped = _bounded(load, [tmp_path])
    assert [a.id for a in articles] == ["real.txt"]
    assert [str(s) for s in skipped] == ["Skipped pipe.txt: not a regular file (a named pipe), left unopened"]


@fifo
def test_a_named_pipe_given_by_name_is_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    _, skipped = _bounded(load, [tmp_path / "pipe.jsonl"])
    assert [s.reason for s in skipped] == ["not a regular file (a named pipe), left unopened"]


@fifo
def test_a_file_swapped_for_a_pipe_after_listing_is_not_waited_on(tmp_path):
    path = tmp_path / "swap.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [src] = walk([tmp_path])
    path.unlink()
    os.mkfifo(path)
    assert _bounded(read, src) == ([], [_skip("swap.txt", "not a regular file (a named pipe), left unopened")])
    with pytest.raises(NotAFile):
        _bounded(open_file, path)


@fifo
def test_indexing_a_folder_with_a_pipe_finishes_and_says_so(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "real.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    done = subprocess.run([sys.executable, "-m", "tui.cli", "index", str(corpus), "--index", str(tmp_path / "ix")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Skipped pipe.txt: not a regular file (a named pipe), left unopened" in done.stderr
    assert "Traceback" not in done.stderr


def _skip(name, reason):
    from search.model import Skipped

    return Skipped(name, reason)


# -- a few bad bytes -----------------------------------------------------------------------------

def test_utf8_with_a_few_stray_bytes_is_kept_and_the_bytes_counted(tmp_path):
    data = ARTICLE.encode().replace(b"scene", b"sc\xffene").replace(b"gift", b"gi\x81ft")
    (tmp_path / "stray.txt").write_bytes(data)
    [a], skipped = load([tmp_path])
    assert skipped == []
    assert "sc\ufffdene" in a.text and "gi\ufffdft" in a.text and "café" in a.text and "“a" in a.text
    assert a.notice == "2 bytes not UTF-8, shown as \ufffd"


def test_ascii_with_one_undefined_byte_is_kept(tmp_path):
    (tmp_path / "one.txt").write_bytes(b"Plain Headline\n\nA plain sentence \x8f with one stray byte.\n")
    [a], _ = load([tmp_path])
    assert "sentence \ufffd with" in a.text
    assert a.notice == "1 byte not UTF-8, shown as \ufffd"


def test_windows_1252_with_an_undefined_byte_is_still_windows_1252(tmp_path):
    text = "Headline\n\n\x93Quoted,\x94 she said \x96 and left.\x81\n"
    (tmp_path / "cp.txt").write_bytes(text.encode("latin-1"))
    [a], _ = load([tmp_path])
    assert "“Quoted,” she said – and left.\ufffd" in a.text
    assert a.notice == "decoded as Windows-1252; 1 byte not in it shown as \ufffd"


def test_a_few_c1_controls_keep_the_article_and_are_counted(tmp_path):
    (tmp_path / "c1.txt").write_text("Short Headline\n\nNext\x85line and \x9bcode.\n", encoding="utf-8")
    [a], _ = load([tmp_path])
    assert "Next\ufffdline and \ufffdcode." in a.text
    assert a.notice == "2 control characters shown as \ufffd"


def test_many_bad_bytes_are_still_not_text(tmp_path):
    (tmp_path / "latin2.txt").write_bytes(b"Plain start " + bytes([0xA4, 0xA6, 0xB1, 0xD7]) * 40)
    _, [skip] = load([tmp_path])
    assert skip.reason.startswith("not valid UTF-8")


# -- JSON Lines with a binary line ---------------------------------------------------------------

def _record(n: int) -> bytes:
    return json.dumps({"title": f"Record {n}", "text": f"Teague spoke about orchard {n}."}).encode() + b"\n"


def test_one_nul_line_drops_that_line_only(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(_record(1) + b"\x00\x00\x00garbage\x00\n" + _record(3))
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["feed.jsonl#1", "feed.jsonl#3"]
    assert [str(s) for s in skipped] == ["Skipped feed.jsonl line 2: binary data, not a record"]


def test_a_record_with_a_stray_byte_is_kept_with_a_notice(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(_record(1).replace(b"orchard", b"orch\x81ard"))
    [a], _ = load([tmp_path])
    assert "orch\ufffdard" in a.text and a.notice == "1 byte not UTF-8, shown as \ufffd"


def test_a_binary_file_named_jsonl_is_one_skip(tmp_path):
    (tmp_path / "blob.jsonl").write_bytes(bytes(range(256)) * 64)
    articles, skipped = load([tmp_path])
    assert articles == [] and [s.reason for s in skipped] == ["not a text file (binary data)"]


def test_sources_listed_before_a_swap_never_raise(tmp_path):
    src = Source(tmp_path / "nothing.txt", "nothing.txt", 10, 0)
    assert read(src)[1][0].reason == "disappeared before it could be read"


# -- file names with control characters ----------------------------------------------------------

@pytest.fixture
def odd_names(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for name, title in (("sub/evil\x1b[2Jname.txt", "Orchard Headline"), ("two\nlines.txt", "Second Orchard"),
                        ("c1\x9bname.txt", "Third Orchard"), ("tab\tname.txt", "Fourth Orchard")):
        (corpus / name).write_text(f"{title}\n\nMarisol Teague tends the orchard.\n", encoding="utf-8")
    return corpus


def test_json_paths_are_the_real_names_escaped(odd_names, tmp_path, capsys):
    from tui.cli import main

    assert main(["search", "orchard", str(odd_names), "--index", str(tmp_path / "ix"), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\t" not in out
    lines = out.splitlines()
    assert len(lines) == 4
    paths = {json.loads(line)["path"] for line in lines}
    assert paths == {"sub/evil\x1b[2Jname.txt", "two\nlines.txt", "c1\x9bname.txt", "tab\tname.txt"}
    for path in paths:
        assert (odd_names / path).read_text(encoding="utf-8").endswith("orchard.\n")


def test_extract_json_paths_are_the_real_names(odd_names, capsys):
    from tui.cli import main

    assert main(["extract", "--json", str(odd_names)]) == 0
    paths = {json.loads(line)["path"] for line in capsys.readouterr().out.splitlines()}
    assert all((odd_names / p).is_file() for p in paths) and len(paths) == 4


def test_a_line_break_in_a_name_never_splits_a_line_of_output(odd_names, tmp_path, capsys):
    from tui.cli import main

    assert main(["search", "orchard", str(odd_names), "--index", str(tmp_path / "ix")]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 8  # a title line and a snippet line per hit
    assert "[two\u240alines.txt]" in out and "[tab\u2409name.txt]" in out
    assert "\x1b" not in out and "\x9b" not in out


def test_a_skip_names_the_file_on_one_line(tmp_path):
    (tmp_path / "empty\nfile.txt").write_text("", encoding="utf-8")
    _, [skip] = load([tmp_path])
    assert str(skip) == "Skipped empty\u240afile.txt: file is empty"


@fifo
def test_a_file_replaced_by_a_pipe_is_skipped_on_the_next_update(tmp_path, monkeypatch):
    from search.engine import index as index_module
    from search.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "real.txt").write_text(ARTICLE, encoding="utf-8")
    lib = Library([corpus], tmp_path / "ix")
    try:
        lib.update()
        (corpus / "real.txt").unlink()
        os.mkfifo(corpus / "real.txt")
        opened = []
        real_open = index_module._digest
        monkeypatch.setattr(index_module, "_digest", lambda path: opened.append(path) or real_open(path))
        report = _bounded(lib.update)
        assert [s.reason for s in report.skipped] == ["not a regular file (a named pipe), left unopened"]
        assert opened == [] and lib.count() == 0
    finally:
        lib.close()
