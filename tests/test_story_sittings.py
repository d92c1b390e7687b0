"""Transcripts of one press sitting are one story: two outlets at the same junket or press
conference each ask their own questions and get their own answers, so the two texts share
who answers and hardly a word besides. Every article here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.copies.shared_origin import same_panel
from search.ingest.files import load
from tests.conftest import copy_links, one_story

DATA = Path(__file__).parent / "data" / "sittings"
ARTICLES = {a.id: a for a in load([DATA])[0]}


def _links(*names: str) -> dict:
    return copy_links(ARTICLES, *names)


def test_two_outlets_transcripts_of_one_joint_sitting_are_one_story_not_copies():
    """Initials after the first answer in one, surnames in capitals in the other."""
    links = _links("harrow-junket-roundtable.txt", "harrow-junket-sitdown.txt")
    assert one_story(links, "harrow-junket-roundtable.txt", "harrow-junket-sitdown.txt")
    assert all(lk.duplicate_of is None and not lk.unsure_with for lk in links.values())


def test_the_same_two_people_interviewed_years_apart_are_two_stories():
    links = _links("harrow-first-film.txt", "harrow-reunion-later.txt")
    assert not one_story(links, "harrow-first-film.txt", "harrow-reunion-later.txt")


@pytest.mark.parametrize("order", [
    ("harrow-first-film.txt", "harrow-reunion-later.txt", "harrow-junket-roundtable.txt"),
    ("harrow-junket-roundtable.txt", "harrow-first-film.txt", "harrow-reunion-later.txt"),
    ("harrow-first-film.txt", "harrow-junket-roundtable.txt", "harrow-reunion-later.txt"),
])
def test_an_undated_transcript_never_merges_two_sittings_dated_apart(order):
    links = _links(*order)
    assert not one_story(links, "harrow-first-film.txt", "harrow-reunion-later.txt")


def test_one_persons_round_tables_on_one_press_day_areone_story():
    links = _links("imre-roundtable-a.txt", "imre-roundtable-b.txt")
    assert one_story(links, "imre-roundtable-a.txt", "imre-roundtable-b.txt")
    assert all(lk.duplicate_of is None for lk in links.values())


def test_one_person_interviewed_again_about_the_same_show_is_another_story():
    """The same star, the same series named, its character too: years apart."""
    links = _links("imre-roundtable-a.txt", "imre-interview-years-later.txt")
    assert not one_story(links, "imre-roundtable-a.txt", "imre-interview-years-later.txt")


def test_who_answers_must_be_the_same_people_and_dated_close_for_one_person():
    duo = ["ansel okafor-lind", "desmond whitcombe"]
    assert same_panel(duo, list(reversed(duo)), None)
    assert not same_panel(duo, duo, 30)
    assert not same_panel(duo, duo[:1], None)  # one of them alone sat elsewhere
    assert not same_panel(duo[:1], duo[:1], None)  # one person's undated interviews: any year
    assert same_panel(duo[:1], duo[:1], 1) and not same_panel(duo[:1], duo[:1], 5)
    assert not same_panel([], [], 0)  # no Q&A at all
