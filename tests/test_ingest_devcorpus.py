"""Ingest against the hand-labelled devcorpus: every label's title, date, language, author and url."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.ingest.files import load

DEV = Path(__file__).parent / "data" / "devcorpus"
LABELS = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_id():
    articles, skipped = load([DEV / "articles"])
    assert skipped == []
    return {a.id: a for a in articles}


def test_every_labelled_article_loads_once(by_id):
    assert sorted(by_id) == sorted(label["file"] for label in LABELS)


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_metadata_matches_label(by_id, label):
    a = by_id[label["file"]]
    assert a.title == label["title"]
    assert a.date == label["date"]
    assert a.language == label["language"]
    assert a.author == label["author"]
    assert a.url == label["url"]


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_every_labelled_quote_is_in_the_reader_text(by_id, label):
    """Quote offsets refer to Article.text, so every labelled span (headline ones too) must be in it."""
    text = " ".join(by_id[label["file"]].text.split())
    for q in label["quotes"]:
        for part in q.get("parts") or [q["text"]]:
            assert " ".join(part.split()) in text, part


def test_separate_headline_opens_the_text(by_id):
    for label in LABELS:
        if label["format"] in ("md", "html", "jsonl"):
            a = by_id[label["file"]]
            assert a.text.startswith(a.title + "\n\n")
            assert not a.text[len(a.title) + 2:].startswith(a.title)


def test_web_page_leaves_out_the_site_around_the_article(by_id):
    text = by_id["glasswater-trailer-backlotwire.html"].text
    for chrome in ("Newsletter", "Trending", "Cinderjaw’ Review", "All rights reserved", "dataLayer",
                   "margin-right", "| Backlot Wire", "Tobin Arkwright-Lund"):
        assert chrome not in text
    assert "\n\n" in text and "  " not in text


def test_front_matter_is_not_article_text(by_id):
    text = by_id["saltmarsh-season1-review.md"].text
    assert "reelledger.example" not in text and "Odette Kirrane" not in text and "---" not in text
    assert "*" not in text  # emphasis markers are formatting, not words


def test_txt_text_is_the_file_minus_the_date_header(by_id):
    raw = (DEV / "articles" / "quiet-orchard-review.txt").read_text(encoding="utf-8")
    assert raw.startswith(" date 2024-09-09\n")
    assert by_id["quiet-orchard-review.txt"].text == raw.removeprefix(" date 2024-09-09\n").strip("\n")


def test_seed_titles_are_headline_like():
    seeds = Path(__file__).parent.parent / "seeds"
    articles, skipped = load([seeds])
    assert not skipped and len(articles) == 3
    for a in articles:
        assert 20 <= len(a.title) <= 90
        assert "EDITOR" not in a.title.upper() and "date" not in a.title
        assert a.title.rstrip("…").split()[-1].lower() not in {"the", "of", "and", "a", "with", "between"}
        assert a.title.rstrip("…") in " ".join(a.text[:400].split())  # cut from the opening, not invented
    assert {a.date for a in articles} == {None, "2022-07-06"}
