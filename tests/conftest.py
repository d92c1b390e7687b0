"""Fixtures for the app tests: a private index of the seeds per test, and a quiet, fixed environment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BAD = Path(__file__).resolve().parent / "data" / "devcorpus" / "bad"


@pytest.fixture
def app_env(tmp_path, monkeypatch):
    """Config, history and cache under tmp: a test never reads or writes the user's own files."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    return tmp_path


@pytest.fixture(scope="session")
def _seeds_index_built(tmp_path_factory) -> Path:
    from search.library import Library

    index = tmp_path_factory.mktemp("seeds") / "index"
    lib = Library([SEEDS], index)
    lib.update()
    lib.close()
    return index


@pytest.fixture
def seeds_index(app_env, _seeds_index_built) -> Path:
    """A private copy of an index of the seeds, built before the app starts (so it opens ready)."""
    index = app_env / "index"
    shutil.copytree(_seeds_index_built, index)
    return index


@pytest.fixture
def markup_corpus(app_env) -> Path:
    """A corpus holding the hostile markup-and-escapes article next to one seed."""
    corpus = app_env / "hostile"
    corpus.mkdir()
    shutil.copy(BAD / "markup-and-escapes.txt", corpus)
    shutil.copy(next(SEEDS.glob("002_*.txt")), corpus)
    return corpus
