"""Search by actor: the character ↔ actor link from the cast table, without leaking across shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.library import Library

DATA = Path(__file__).parent / "data" / "actors"
CAST = "lantern-street-cast.txt"
RECAP = "lantern-street-recap.txt"  # names Max and the show, never the actor
OTHER_SHOW = "copper-harbor-review.txt"  # a different Max


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    lib = Library([DATA], tmp_path_factory.mktemp("actors") / "ix")
    lib.update()
    yield lib
    lib.close()


def rows(results):
    return [(h.id, h.note) for h in results.hits]


@pytest.mark.parametrize("q", ['actor:"Oona Fairweather"', "actor:fairweather", 'actor:"oona fairweather"'])
def test_actor_finds_the_character_only_articles_after_the_direct_ones(lib, q):
    assert rows(lib.search(q)) == [(CAST, None), (RECAP, "as Max")]


def test_character_link_does_not_leak_across_shows(lib):
    assert OTHER_SHOW not in [h.id for h in lib.search('actor:"Oona Fairweather"').hits]
    assert [h.id for h in lib.search('actor:"Idris Vell"').hits] == [OTHER_SHOW]


def test_character_search_works_the_other_way(lib):
    found = dict(rows(lib.search("character:Max")))
    assert found[CAST] is None and found[OTHER_SHOW] is None
    assert found[RECAP] == "Max (Oona Fairweather)"


def test_a_plain_name_query_behaves_like_person(lib):
    assert [h.id for h in lib.search("Oona Fairweather").hits][0] == CAST


def test_the_cast_table_names_the_show(lib):
    row = next(r for r in lib.cast() if r["actor"] == "Oona Fairweather")
    assert (row["character"], row["work"], row["articles"]) == ("Max", "Lantern Street", [CAST])
