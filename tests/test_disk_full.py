"""A disk that fills up while indexing: one plain line, no partial files, the index as it was."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest
from whoosh.filedb.structfile import StructFile

from search.engine.failure import DISK_FULL, disk_full
from search.engine.linker import Linker
from search.library import SEEDS, Library
from tui.cli import main

NEW = "Orchard Keeper Returns\n\nMarisol Teague said the orchard scene was “a gift to play”.\n"


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, Path]:
    """The seeds indexed, and a new article added since."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    index = tmp_path / "index"
    assert main(["index", str(folder), "--index", str(index)]) == 0
    (folder / "new.txt").write_text(NEW, encoding="utf-8")
    return folder, index


def _whoosh_files(index: Path) -> set[str]:
    return {f.name for f in index.iterdir() if "byline" in f.name and not f.name.endswith("WRITELOCK")}


def _full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _search(index: Path, text: str) -> set[str]:
    lib = Library(index_dir=index)
    try:
        return {h.id for h in lib.search(text, collapse=False).hits}
    finally:
        lib.close()


def test_no_space_while_writing_a_segment(corpus, monkeypatch, capsys):
    folder, index = corpus
    before, found = _whoosh_files(index), _search(index, "Eddie")
    capsys.readouterr()
    monkeypatch.setattr(StructFile, "write", _full)
    assert main(["index", str(folder), "--index", str(index)]) != 0
    out = capsys.readouterr()
    assert out.err == f"byline: {DISK_FULL}\n" and out.out == ""
    monkeypatch.undo()
    assert _whoosh_files(index) == before  # no partial segment left behind
    assert not list(index.glob("*.tmp"))
    assert _search(index, "Eddie") == found and _search(index, "Teague") == set()
    # With room again, the next run picks the new article up.
    assert main(["index", str(folder), "--index", str(index)]) == 0
    assert _search(index, "Teague") == {"new.txt"}


def test_no_space_in_the_corpus_tables(corpus, monkeypatch, capsys):
    folder, index = corpus
    before = _whoosh_files(index)
    capsys.readouterr()

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Linker, "commit", full)
    assert main(["index", str(folder), "--index", str(index)]) != 0
    assert capsys.readouterr().err == f"byline: {DISK_FULL}\n"
    assert _whoosh_files(index) == before


def test_no_space_for_the_manifest(corpus, monkeypatch, capsys):
    folder, index = corpus
    capsys.readouterr()
    monkeypatch.setattr("search.engine.index.os.fsync", _full)
    assert main(["index", str(folder), "--index", str(index)]) != 0
    assert capsys.readouterr().err == f"byline: {DISK_FULL}\n"
    assert not list(index.glob("*.tmp"))


def test_the_app_is_told_in_the_same_words(corpus, monkeypatch):
    folder, index = corpus
    monkeypatch.setattr(StructFile, "write", _full)
    lib = Library([folder], index)
    try:
        with pytest.raises(Exception) as raised:
            lib.update()
    finally:
        lib.close()
    assert str(raised.value) == DISK_FULL and raised.value.__cause__ is None


def test_only_a_full_disk_is_called_one():
    assert disk_full(OSError(errno.ENOSPC, "full"))
    assert disk_full(sqlite3.OperationalError("database or disk is full"))
    try:
        try:
            raise OSError(errno.ENOSPC, "full")
        except OSError:
            raise RuntimeError("This writer is closed")  # noqa: B904  as Whoosh does
    except RuntimeError as chained:
        assert disk_full(chained)
    assert not disk_full(OSError(errno.EACCES, "denied"))
    assert not disk_full(ValueError("no"))
