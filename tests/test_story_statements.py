"""Reports of one statement are one story: outlets that write up the same note or press
conference each tell it with their own people around it, and keep its words. Every
article here is invented."""

from __future__ import annotations

from pathlib import Path

from search.copies.sayings import passages_shared
from search.ingest.files import load
from tests.conftest import copy_links, one_story

DATA = Path(__file__).parent / "data" / "statements"
ARTICLES = {a.id: a for a in load([DATA])[0]}


def _links(*names: str) -> dict:
    return copy_links(ARTICLES, *names)


def test_two_reports_quoting_one_statement_are_one_story_not_copies():
    """Each names its own venue, fans, promoter and fellow musicians: the names they share
    are too few for any other rule."""
    links = _links("quenby-cancels-gazette.txt", "quenby-cancels-chronicle.txt")
    assert one_story(links, "quenby-cancels-gazette.txt", "quenby-cancels-chronicle.txt")
    assert all(lk.duplicate_of is None and not lk.unsure_with for lk in links.values())


def test_the_statement_quoted_again_weeks_later_is_another_story():
    links = _links("quenby-cancels-gazette.txt", "quenby-cancels-chronicle.txt", "quenby-returns-later.txt")
    assert not one_story(links, "quenby-returns-later.txt", "quenby-cancels-gazette.txt")


def test_another_story_about_the_same_singer_that_week_is_not_the_same_story():
    links = _links("quenby-cancels-gazette.txt", "quenby-cancels-chronicle.txt", "quenby-award-same-week.txt")
    assert not one_story(links, "quenby-award-same-week.txt", "quenby-cancels-gazette.txt")


def test_a_site_footer_quoting_its_editor_makes_no_story_and_no_copy():
    links = _links("site-story-one.txt", "site-story-two.txt")
    assert not one_story(links, "site-story-one.txt", "site-story-two.txt")
    assert all(lk.duplicate_of is None and not lk.unsure_with for lk in links.values())


def test_a_passage_is_words_said_once_and_one_long_answer_cut_in_three_counts_once():
    said = ["I have been running on empty for months and pretending otherwise, and my doctors told me."]
    cut = ["I have been running on empty for months", "and pretending otherwise,", "and my doctors told me."]
    assert passages_shared(said, cut) == 1
    assert passages_shared(said, said + ["Thank you so much for coming out tonight, everybody."]) == 1
    # Common words in a row are no passage: few of them are long and not function words.
    assert passages_shared(["and I think that it is what it is"], ["and I think that it is what it is"]) == 0
