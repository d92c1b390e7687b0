"""The quote sidebar's rows: speakers, in-show lines with their actor, drift, repeats, huge articles."""

from __future__ import annotations

import time

import pytest

from search.model import IN_SHOW, SCARE, SPEECH, CastPair, Drift, Quote
from tests.conftest import settle, sync, type_query
from tui.app import make_app
from tui.widgets.quote_sidebar import drift_text, entries_for, speaker_label

pytestmark = pytest.mark.usefixtures("app_env")
CAST = [CastPair("Eddie", "Joseph Quinn"), CastPair("Vecna", "Jamie Campbell Bower", ("Henry", "One"))]


def test_speaker_labels():
    assert speaker_label(Quote("Chrissy, wait", 0, 5, "Eddie", IN_SHOW), CAST) == "Eddie (Joseph Quinn)"
    assert speaker_label(Quote("…", 0, 1, "Henry", IN_SHOW), CAST) == "Henry (Jamie Campbell Bower)"
    assert speaker_label(Quote("…", 0, 1, "Joseph Quinn", SPEECH), CAST) == "Joseph Quinn"
    assert speaker_label(Quote("…", 0, 1, None, SCARE), CAST) == ""


def test_drift_shows_the_original_with_changed_words_lit():
    text = drift_text(Drift("I love you, dude.", "I love you, man", "001.txt"))
    assert text.plain == "was “I love you, man”"
    lit = [text.plain[s.start:s.end] for s in text.spans if "bold" in str(s.style)]
    assert lit == ["man"]


def test_a_repeated_quote_is_one_row():
    quotes = [Quote("Hold the line", n * 100, n * 100 + 13, "Ada Park") for n in range(50)]
    quotes.append(Quote("Something else", 9000, 9014, None))
    entries = entries_for(quotes, [], [])
    assert len(entries) == 2 and len(entries[0].repeats) == 49


@sync
async def test_huge_article_opens_quickly_as_one_widget(app_env):
    corpus = app_env / "huge"
    corpus.mkdir()
    para = ('The crew rebuilt the pier again. "We will open on time," said Ada Park, the producer. '
            "Nobody believed her, but the pier stood.\n\n")
    (corpus / "pier.txt").write_text("The Pier That Would Not Stand\n\n" + para * 1500, encoding="utf-8")
    app = make_app([corpus], app_env / "huge-index")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await type_query(pilot, "pier")
        started = time.perf_counter()
        await pilot.press("enter")
        await settle(pilot)
        opened = time.perf_counter() - started
        screen = app.screen
        assert len(screen.view.article.text) > 150_000
        assert len(list(screen.reader.walk_children())) < 10
        assert screen.sidebar.table.row_count == len(screen.sidebar.entries) <= 2
        assert opened < 10  # generous: a shared CI machine; a widget per paragraph took minutes
        await pilot.press("G")
        await pilot.pause()
        assert screen.reader.text_area.scroll_offset.y > 1000


def test_reader_marks_names_and_knows_who_plays_whom():
    from search.model import Extraction
    from tui.widgets.article_text import name_spans

    text = "Eddie (Joseph Quinn) hugs Dustin. Later Eddie runs; Quinn said so."
    ex = Extraction(people=["Joseph Quinn"], cast=[CastPair("Eddie", "Joseph Quinn")])
    found = [(text[s:e], note) for s, e, note in name_spans(text, ex)]
    assert found == [("Eddie", "Eddie — played by Joseph Quinn"), ("Joseph Quinn", ""),
                     ("Eddie", "Eddie — played by Joseph Quinn")]


@sync
async def test_on_a_character_the_reader_names_the_actor(seeds_index):
    from tests.conftest import SEEDS

    app = make_app([SEEDS], seeds_index)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "Hopper")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.reader
        characters = [(s, note) for s, _, note in reader.names if note]
        if not characters:
            pytest.skip("no cast pair found in this seed yet")
        start, note = characters[0]
        area = reader.text_area
        area.move_cursor(area.location(start))
        await pilot.pause()
        shown = reader.query_one("#reader-note")
        assert shown.display and str(shown.render()) == note


@sync
async def test_a_long_article_is_read_a_window_at_a_time(app_env, monkeypatch):
    import tui.widgets.article_text as reader_module

    monkeypatch.setattr(reader_module, "WINDOW", 4_000)
    monkeypatch.setattr(reader_module, "OVERLAP", 200)
    corpus = app_env / "long"
    corpus.mkdir()
    paras = [f"Paragraph {n} of the saga. The lighthouse keeper said nothing.\n\n" for n in range(800)]
    (corpus / "saga.txt").write_text("The Long Saga\n\n" + "".join(paras), encoding="utf-8")
    app = make_app([corpus], app_env / "long-index")
    async with app.run_test(size=(100, 30)) as pilot:
        await type_query(pilot, "lighthouse")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.reader
        area = reader.text_area
        full = area.full_text
        assert area.windowed and len(area.text) <= 4_000 < len(full)
        await pilot.press("N")  # the last match: far past the first window
        last = reader.spans[-1]
        assert area.base > 0 and full[last[0]:last[1]].lower() == "lighthouse"
        assert area.offset_of(area.cursor_location) == last[0]
        row, col = area.location(last[0])
        assert any(s <= col < e for s, e, _ in [(a, b, c) for a, b, c in area._marks.get(row, [])])
        assert reader.border_subtitle.endswith(f"match {len(reader.spans)}/{len(reader.spans)}")
        await pilot.press("g")
        assert area.base == 0 and area.cursor_location == (0, 0)
        before = area.base
        for _ in range(30):
            await pilot.press("pagedown")
            if area.base > before:
                break
        assert area.base > before  # paging on crossed into the next window
        here = area.offset_of(area.cursor_location)
        assert area.base < here < area.base + len(area.text)
