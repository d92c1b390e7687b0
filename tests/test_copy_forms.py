"""The forms copies take on real sites, each invented here: a scraper that drops the
standfirst and caption, outlets running one wire story, a synonym spin, a rewrite and a
recap of one interview, translations into French, Spanish and German, the second page of
an interview that repeats the first's opening, and, beside them, independent reports of
the same events that must stay stories, not copies."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from search.copies.direction import LIKELY, choose_original, omits, runs_on
from search.copies.features import features
from search.copies.index import CopyIndex
from search.copies.provenance import tense
from search.copies.text import entities, language, words
from search.copies.translation import across
from search.extract.pipeline import extract_one
from search.ingest.files import load
from search.ingest.language import detect
from search.model import Article

DATA = Path(__file__).parent / "data" / "copy-forms"
EVIDENCE = Path(__file__).parent / "data" / "copy-evidence"

# copy, original, kind, a word of the reason it points there
COPIES = [
    ("bramble-scraped.txt", "bramble-original.txt", "republish", "passage the other leaves out"),
    ("ostrova-wire-feed.txt", "ostrova-wire-full.txt", "republish", "passage the other leaves out"),
    ("ostrova-wire-third.txt", "ostrova-wire-full.txt", "republish", "passage the other leaves out"),
    ("halcyon-spun.txt", "halcyon-statement.txt", "spin", "rarer"),
    ("marlind-spin.txt", "marlind-feature.txt", "spin", "rarer"),
    ("marlind-rewrite.txt", "marlind-feature.txt", "spin", "told me"),
    ("marlind-recap.txt", "marlind-feature.txt", "spin", "told me"),
    ("wren-doc-fr.txt", "wren-doc-en.txt", "translation", "translated from English"),
    ("stillwater-de.txt", "stillwater-en.txt", "translation", "translated from English"),
    ("ferro-qa-es.txt", "ferro-qa-en.txt", "translation", "translated from English"),
    ("corvin-short-fr.txt", "corvin-short-en.txt", "translation", "translated from English"),
    ("oakhurst-qa-page2.txt", "oakhurst-qa-page1.txt", "partial", "page 2 of the article"),
]
# Reports of the same events written independently: the same people, figures and even
# quotes, but their own words and order.
SAME_STORY = [("wren-doc-es-report.txt", "wren-doc-en.txt"), ("halcyon-report.txt", "halcyon-statement.txt"),
              ("kestrel-post-b.txt", "kestrel-post-a.txt")]


def _corpus() -> list[tuple[Article, object]]:
    articles, _ = load([DATA])
    return [(a, extract_one(a)) for a in articles]


CORPUS = _corpus()


def _links(pairs) -> dict:
    idx = CopyIndex()
    for a, ex in pairs:
        idx.add(a, ex)
    return idx.links()


@pytest.fixture(scope="module")
def links():
    return _links(CORPUS)


@pytest.mark.parametrize("copy, original, kind, why", COPIES)
def test_each_copy_names_its_original_and_why(links, copy, original, kind, why):
    lk = links[copy]
    assert (lk.duplicate_of, lk.kind) == (original, kind)
    assert why in lk.reason, lk.reason
    assert copy in links[original].copies


def test_originals_and_independent_reports_are_no_ones_copies(links):
    """Among them a short report in Spanish naming the same six people and places as a
    short English item, in an order of its own, and a German casting story with the same
    press release's list of actors in the same order as the English one."""
    originals = {original for _, original, _, _ in COPIES}
    reports = {report for report, _ in SAME_STORY} | {"kestrel-post-a.txt", "corvin-short-es-report.txt",
                                                      "ravel-cast-de.txt", "ravel-cast-en.txt"}
    for name in originals | reports:
        assert links[name].duplicate_of is None, name
        assert not set(links[name].copies) & reports, name


@pytest.mark.parametrize("report, other", SAME_STORY)
def test_an_independent_report_is_the_same_story(links, report, other):
    assert links[report].story == links[other].story
    assert report not in links[other].copies and not links[report].copies


def test_the_links_do_not_depend_on_the_order_articles_come_in(links):
    for seed in (1, 2):
        shuffled = list(CORPUS)
        random.Random(seed).shuffle(shuffled)
        again = _links(shuffled)
        assert {k: (v.duplicate_of, v.story) for k, v in again.items()} == \
            {k: (v.duplicate_of, v.story) for k, v in links.items()}


# -- one site's furniture on every page ------------------------------------------------------

NEWSLETTER = ("Never miss a story. Sign up for the Daily Marquee newsletter and get the biggest "
              "entertainment news, reviews and interviews delivered to your inbox every morning.")
FOOTER = ("The Daily Marquee is part of Lanternhouse Media. Copyright 2025 Lanternhouse Media Ltd. All "
          "rights reserved. Our journalists follow the Lanternhouse editorial code, and we publish "
          "corrections on the page where the mistake appeared. Read our privacy policy and cookie policy.")


def test_a_footer_and_newsletter_box_on_every_page_change_no_link(links):
    """The whole corpus as one site's pages: every article carries the same box and footer."""
    dressed = [(Article(id=a.id, title=a.title, text=f"{a.text.rstrip()}\n\n{NEWSLETTER}\n\n{FOOTER}\n",
                        date=a.date, language=a.language), ex) for a, ex in CORPUS]
    again = _links(dressed)
    assert {k: v.duplicate_of for k, v in again.items()} == {k: v.duplicate_of for k, v in links.items()}
    for report, other in SAME_STORY:
        assert again[report].duplicate_of is None and report not in again[other].copies


# -- the evidence, one signal at a time -------------------------------------------------------

def _f(name: str, folder: Path = DATA):
    text = (folder / name).read_text(encoding="utf-8")
    return features(Article(id=name, title=text.split("\n", 1)[0], text=text, language=detect(text)))


def test_a_passage_left_out_between_shared_sentences_is_counted_and_an_excerpts_end_is_not():
    original, scraped = _f("bramble-original.txt"), _f("bramble-scraped.txt")
    assert omits(scraped, original) >= 20  # the standfirst and the caption
    assert omits(original, scraped) == 0  # the scraped page running on past the end is no gap
    assert choose_original(scraped, original, "republish")[:2] == (original.id, LIKELY)


def test_a_read_more_link_a_copy_inserts_is_no_passage_its_original_lacks():
    text = (DATA / "bramble-scraped.txt").read_text(encoding="utf-8")
    paras = text.split("\n\n")
    link = "Read more: Ada Quill says the Mossling sequel starts shooting in the spring of next year"
    linked = "\n\n".join(paras[:2] + [link] + paras[2:])
    copy = features(Article(id="linked.txt", title="", text=linked, language="en"))
    original = _f("bramble-original.txt")
    assert omits(original, copy) == 0
    assert choose_original(copy, original, "republish")[0] == original.id


def test_outlets_running_one_wire_story_point_to_the_one_that_runs_more_of_it():
    # The fuller wire text with its extra paragraph moved last: nothing is left out between
    # the sentences both carry, so only how far each runs tells them apart.
    paras = (DATA / "ostrova-wire-full.txt").read_text(encoding="utf-8").split("\n\n")
    longer = features(Article(id="longer.txt", title="", text="\n\n".join(paras[:-2] + [paras[-1], paras[-2]]),
                              language="en"))
    feed = _f("ostrova-wire-feed.txt")
    assert runs_on(longer, feed) >= 20 and runs_on(feed, longer) == 0  # the sign-off is not the story's
    original, confidence, why = choose_original(feed, longer, "republish")
    assert (original, confidence) == ("longer.txt", LIKELY) and "Reuters" in why
    # A page saved short breaks off mid-sentence: that broken sentence is no more of the story.
    text = (DATA / "ostrova-wire-feed.txt").read_text(encoding="utf-8")
    broken = features(Article(id="broken.txt", title="", text=text + "\nThe band's manager said the", language="en"))
    assert broken.cut_off and runs_on(broken, longer) == 0


def test_without_a_shared_wire_running_on_proves_nothing():
    """A scraped page that runs on past where the original's excerpt stops is still the copy."""
    original, scraped = _f("bramble-original.txt"), _f("bramble-scraped.txt")
    assert runs_on(scraped, original) > 0 and not set(original.wires) & set(scraped.wires)
    assert choose_original(original, scraped, "republish")[0] == original.id


def test_the_interviewers_present_tense_and_own_words():
    feature = (DATA / "marlind-feature.txt").read_text(encoding="utf-8")
    rewrite = (DATA / "marlind-rewrite.txt").read_text(encoding="utf-8")
    now, then, own = tense(feature)
    assert now >= 3 and then == 0 and own == 1  # "she tells", "she says", "she told me"
    now, then, own = tense(rewrite)
    assert then > now and own == 0
    assert tense('"He said no, and he was right," she says.') == (1, 0, 0)  # not the quote's words


def test_a_translation_with_its_own_menu_box_and_byline_is_found():
    en, fr = _f("wren-doc-en.txt"), _f("wren-doc-fr-site.txt", EVIDENCE)
    assert across(fr, en)[0] and across(en, fr)[0]


def test_an_independent_report_in_another_language_is_no_translation():
    en, fr, es = _f("wren-doc-en.txt"), _f("wren-doc-fr.txt"), _f("wren-doc-es-report.txt")
    assert across(en, fr)[0]
    assert not across(en, es)[0] and not across(es, en)[0] and not across(fr, es)[0]


def test_a_german_texts_single_names_count_when_the_english_names_them_too():
    de = (DATA / "stillwater-de.txt").read_text(encoding="utf-8")
    strict, loose = entities(de, "de"), entities(de, "de", strict=False)
    assert "stillwater" not in strict and "stillwater" in loose  # „Stillwater“ stands alone
    assert "harbourline" in entities("Sie drehte sechs Folgen des Harbourline-Thrillers.", "de", strict=False)


def test_months_of_other_languages_are_dates():
    assert entities("Le film sort le 22 mars 2024.", "fr")[:3] == ["22", "m3", "2024"]
    assert "m3" in entities("Der Film startet am 22. März.", "de")
    assert "m3" not in entities("Life on Mars is a song.", "en")


def test_a_machine_translation_that_passes_for_english_is_read_in_its_own_language():
    fr = (DATA / "wren-doc-fr.txt").read_text(encoding="utf-8")
    assert language(words(fr)) == "fr"
    assert language(words((DATA / "wren-doc-en.txt").read_text(encoding="utf-8"))) == "en"
    assert language(words((DATA / "ferro-qa-es.txt").read_text(encoding="utf-8"))) == "es"
    # A page the reader took for English is compared with the English as a translation.
    taken = features(Article(id="fr.txt", title="", text=fr, language="en"))
    assert taken.lang == "fr" and across(taken, _f("wren-doc-en.txt"))[0]


def test_swaps_that_lean_one_way_decide_only_when_asked_and_beyond_chance():
    from search.copies.rarity import commoner

    assert commoner(30, 16) == 0  # not the four to one a spin's direction needs on its own
    assert commoner(30, 16, lean=True) == 1 and commoner(16, 30, lean=True) == -1
    assert commoner(12, 8, lean=True) == 0  # within what chance gives
    assert commoner(5, 1, lean=True) == 0  # too few swaps to lean on
