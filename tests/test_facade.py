"""One suite for the facade, run on both engines: the embedded Whoosh library and a Sphinx
cluster (skipped when ``searchd`` is not installed). What the app and the CLI rely on, said once."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from search.facade import Answers, Facade
from search.library import Library

CORPUS = Path(__file__).parent / "data" / "devcorpus" / "articles"
STORY = "glasswater-fablecon-screenline.txt"


def _cluster(tmp_path_factory):
    if shutil.which("searchd") is None:
        pytest.skip("Sphinx searchd is not installed (apt-get install sphinxsearch)")
    pytest.importorskip("pymysql")
    from search.backends.adapter import BackendLibrary

    directory = tmp_path_factory.mktemp("cluster")
    done = subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "up", "--nodes", "2", "--dir",
                           str(directory)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return BackendLibrary(done.stdout.strip().splitlines()[-1], [CORPUS]), directory


@pytest.fixture(scope="module", params=["whoosh", "sphinx"])
def lib(request, tmp_path_factory):
    cache = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    directory = None
    try:
        if request.param == "whoosh":
            library = Library([CORPUS], tmp_path_factory.mktemp("whoosh"))
        else:
            library, directory = _cluster(tmp_path_factory)
        library.update()
        yield library
        library.close()
    finally:
        if directory is not None:
            subprocess.run([sys.executable, "-m", "search.backends.sphinx.cluster", "down", "--dir", str(directory)],
                           capture_output=True, timeout=60)
        if cache is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = cache


def test_it_is_the_facade_with_the_facades_signatures(lib):
    assert isinstance(lib, Facade)
    members = {**vars(Answers), **vars(Facade)}
    assert {"search", "article", "update", "close"} <= members.keys()
    for name, member in members.items():
        if callable(member) and not name.startswith("_"):
            assert inspect.signature(getattr(type(lib), name)).parameters.keys() == \
                inspect.signature(member).parameters.keys(), name


def test_counts_and_stats(lib):
    assert lib.is_indexed() and lib.count() == 16
    stats = lib.stats()
    assert stats["articles"] == 16 and stats["quotes"] > 16 and stats["people"] > 5


def test_a_search_gives_hits_with_spans_inside_their_snippets(lib):
    found = lib.search("Glasswater", limit=10)
    assert found.total >= len(found.hits) >= 3 and found.suggestion is None
    for hit in found.hits:
        assert hit.spans and hit.snippet_spans
        assert all(hit.snippet[a:b].lower() == "glasswater" for a, b in hit.snippet_spans)


def test_a_persons_name_also_finds_them_as_a_person(lib):
    by_name = {h.id for h in lib.search("Roderick Vane", limit=50, collapse=False).hits}
    as_person = {h.id for h in lib.search('person:"Roderick Vane"', limit=50, collapse=False).hits}
    assert as_person and as_person <= by_name


def test_cast_expansion_notes_the_role(lib):
    """Articles naming only the actor, in the same show, come after those naming the character."""
    hits = lib.search('character:"Abel Marrow"', limit=50).hits
    assert [h.note for h in hits][:1] == [None]
    assert {h.id for h in hits if h.note == "Abel Marrow (Casimir Oduya)"} == {
        "glasswater-trailer-backlotwire.html", "glasswater-fablecon-screenline.txt", "glasswater-fablecon-es.txt"}


def test_fuzzy_words_and_suggestions(lib):
    assert "vesper-lane-finale-recap.txt" in {h.id for h in lib.search("finael~", limit=50).hits}
    assert lib.search("Glaswater").suggestion == "Glasswater"
    assert lib.suggest("Glaswater", 0) == "Glasswater" and lib.suggest("Glasswater", 5) is None


def test_reading_an_article(lib):
    view = lib.article(STORY, "Glasswater")
    assert view.article.id == STORY and view.spans and view.extraction.quotes
    assert lib.article("no-such-article.txt") is None


def test_quotes_people_cast_and_names(lib):
    quotes = lib.search_quotes("love OR fans")
    assert quotes.quotes and all(q.quote.text for q in quotes.quotes)
    people = lib.people()
    assert "Roderick Vane" in people and people["Roderick Vane"]["articles"]
    assert lib.cast() and all({"character", "actor", "articles"} <= set(row) for row in lib.cast())
    names = lib.names()
    assert set(names) >= set(people) - {n for n in people if not people[n]["articles"]}


def test_related_copies_and_months(lib):
    related = lib.related(STORY)
    assert related and STORY not in {h.id for h in related}
    assert all(isinstance(pair, tuple) for pair in lib.copies_of(STORY))
    months = lib.date_counts("Glasswater")
    assert months and sum(months.values()) <= lib.search("Glasswater").total


@pytest.mark.parametrize("text", ["(((", "-the", "date:2024-13"])
def test_bad_queries_are_notices_not_errors(lib, text):
    found = lib.search(text)
    assert found.hits == [] and found.total == 0
    assert found.notice is not None


def test_an_empty_query_lists_the_corpus_newest_first_undated_last(lib):
    found = lib.search("", limit=200, collapse=False)
    assert found.notice is None and found.total == lib.count() == len(found.hits)
    dates = [h.date for h in found.hits]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates == dated + [None] * (len(dates) - len(dated))
