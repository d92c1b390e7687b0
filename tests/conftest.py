"""Fixtures for the app tests: a private index of the seeds per test, and a quiet, fixed environment."""

from __future__ import annotations

import asyncio
import functools
import shutil
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable
from textual.worker import WorkerCancelled

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


# -- Pilot helpers: drive the app and wait on the state a step stands for, never a fixed time --

SIZE = (100, 30)


def sync(test):
    """Run an async test body in its own event loop (no async pytest plugin is needed)."""
    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))
    return run


async def settle(pilot) -> None:
    """Let debounce timers and Library threads finish, then let the screen repaint."""
    await pilot.pause()
    while any(w.is_running or w.state.name == "PENDING" for w in pilot.app.workers):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # superseded by newer work, as the app means it to be; failures still raise
        await pilot.pause()
    await pilot.pause()
    assert pilot.app._exception is None, pilot.app._exception
    errors = [e for screen in pilot.app.screen_stack for e in getattr(screen, "errors", [])]
    assert not errors, errors


def of_type(posted, kind) -> list:
    """Each posted message once (a bubbling message reaches the hook at every node it visits)."""
    return list({id(m): m for m in posted if isinstance(m, kind)}.values())


def status(app) -> str:
    return str(app.screen.pane.query_one("#status").render())


def cells(table: DataTable) -> list[str]:
    return [" ".join(str(c) for c in table.get_row_at(r)) for r in range(table.row_count)]


async def type_query(pilot, text: str, keys: bool = False) -> None:
    """Type ``text`` key by key, or (faster, for tests about what follows) set it at once."""
    if keys:
        await pilot.press(*text)
    else:
        pilot.app.screen.pane.input.value = text
    await settle(pilot)


async def open_article_with_quotes(pilot, query: str):
    await type_query(pilot, query)
    await pilot.press("enter")
    await settle(pilot)
    return pilot.app.screen


async def wait_until(pilot, condition, timeout: float = 60) -> None:
    """Pause until ``condition()`` holds: for work done in the app's own threads (indexing),
    which ``settle`` would wait for as a whole."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out; status: {status(pilot.app)!r}"
        await pilot.pause(0.05)


def quotes(text: str, people: list[str] | None = None, language: str = "en",
           cast: list | None = None) -> dict[str, tuple[str, str | None]]:
    """Each quote ``find_quotes`` gives for ``text`` as an article: text → (kind, speaker)."""
    from search.extract.quotes.finder import find_quotes
    from search.model import Article

    article = Article(id="a.txt", title=text.split("\n", 1)[0], text=text, language=language)
    found = find_quotes(article, people or [], cast or [])
    for q in found:
        assert text[q.start:q.end] == q.text
    return {q.text: (q.kind, q.speaker) for q in found}


@pytest.fixture(scope="session")
def people_found() -> dict:
    """People and cast pairs of every invented article in data/people, by file name."""
    from search.extract.people.finder import people_and_cast
    from search.ingest.files import load

    articles, _ = load([Path(__file__).resolve().parent / "data" / "people"])
    return {a.id: people_and_cast(a) for a in articles}


def cast_pairs(found: dict, name: str) -> set[tuple[str, str]]:
    return {(c.character, c.actor) for c in found[name][1]}


def copy_links(articles: dict, *names: str) -> dict:
    """The copy index's links for the named articles, added in that order."""
    from search.copies.index import CopyIndex
    from search.extract.pipeline import extract_one

    index = CopyIndex()
    for name in names:
        index.add(articles[name], extract_one(articles[name]))
    return index.links()


def one_story(links: dict, a: str, b: str) -> bool:
    return links[a].story == links[b].story
