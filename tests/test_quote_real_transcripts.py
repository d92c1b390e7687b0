"""Q&A transcripts as real articles write them, each in a short invented interview of its own."""

from __future__ import annotations

import pytest

from search.model import SPEECH
from tests.test_quote_real_forms import said


@pytest.mark.parametrize("question, answer, later", [("Q: ", "", ""),
                                                     ("Question: ", "Hugo Lindqvist: ", "Lindqvist: ")])
def test_a_question_label_with_the_answer_on_the_next_line_of_the_same_paragraph(question, answer, later):
    text = ("A conversation with Hugo Lindqvist\n\nChef Hugo Lindqvist sat down with us.\n\n"
            f"{question}Why did you close the first restaurant?\n{answer}It was too big. I could not cook in it "
            f"anymore.\n\n{question}And now?\n{later}Now I cook for twenty people a night and I am happy.\n")
    got = said(text)
    assert got["It was too big. I could not cook in it anymore."] == (SPEECH, "Hugo Lindqvist")
    assert got["Now I cook for twenty people a night and I am happy."] == (SPEECH, "Hugo Lindqvist")
    assert not [t for t in got if "?" in t]


def test_labelled_turns_on_consecutive_lines_of_one_paragraph():
    text = ("Westfield's Ada Brook and Sam Ito talk season two\n\n"
            "Showrunners Ada Brook and Sam Ito spoke with Screen Notes about the new season.\n"
            "SCREEN NOTES: Where does season two start?\n"
            "ADA BROOK: Six months later. Everything has fallen apart.\n"
            "SAM ITO: And nobody wants to talk about it.\n"
            "SCREEN NOTES: Is there a villain?\n"
            "BROOK: There is always a villain.\n")
    got = said(text)
    assert got["Six months later. Everything has fallen apart."] == (SPEECH, "Ada Brook")
    assert got["And nobody wants to talk about it."] == (SPEECH, "Sam Ito")
    assert got["There is always a villain."] == (SPEECH, "Ada Brook")
    assert not [t for t in got if "?" in t]


def test_question_and_answer_labels_with_a_dash_are_not_part_of_the_answer():
    text = ("Meet Tessa Grau\n\nPainter Tessa Grau opens her first show in Berlin. We talked to her.\n\n"
            "Q \u2013 Why Berlin?\n\nA \u2013 The light. And the rent, to be honest.\n\n"
            "Q \u2013 What now?\n\nA \u2013 Huge canvases. They barely fit in the studio.\n")
    got = said(text)
    assert got["The light. And the rent, to be honest."] == (SPEECH, "Tessa Grau")
    assert got["Huge canvases. They barely fit in the studio."] == (SPEECH, "Tessa Grau")


def test_the_intro_saying_whom_we_talked_to_names_the_one_answering():
    text = ("Talking \"Brightwater\" with its star\n\n"
            "Dev Rao plays the lead in \"Brightwater.\" The series was created by Lisa Chen, and Chen also "
            "directed four episodes. Chen says the show is about grief. We sat down with Rao in London.\n\n"
            "Q: What did you know about the role?\n\nAlmost nothing. Lisa sent me two pages and a song.\n\n"
            "Q: And the accent?\n\nMonths of work with a coach.\n")
    got = said(text)
    assert got["Almost nothing. Lisa sent me two pages and a song."] == (SPEECH, "Dev Rao")
    assert got["Months of work with a coach."] == (SPEECH, "Dev Rao")


def test_a_thought_voiced_inside_an_answer_is_the_one_answering():
    text = ("Ending \"Cold Coast\"\n\nShowrunner Ben Oduya talks to Screen Notes about the finale.\n\n"
            "SCREEN NOTES: When did you know the ending?\n\n"
            "BEN ODUYA: Late. We kept asking ourselves. Like, \"If she dies here, what is left to say?\" "
            "And nobody had an answer.\n\n"
            "SCREEN NOTES: And the last shot?\n\nODUYA: That came from the cameraman.\n")
    assert said(text)["If she dies here, what is left to say?"] == (SPEECH, "Ben Oduya")


@pytest.mark.parametrize("asker, later", [("Kim Lee", "Lee"), ("Film Weekly", "FW")])
def test_the_one_asking_shortened_to_a_surname_or_initials_still_asks(asker, later):
    text = (f"Morgan Fields talks \"Deep Water\"\n\nActor Morgan Fields sat down with {asker} to discuss his "
            f"thriller.\n\n{asker}: What attracted you to the script?\n\n"
            "Morgan Fields: The ocean. I have always been afraid of it.\n\n"
            f"{later}: Did you learn to dive?\n\nMF: I did, and I hated every minute.\n")
    got = said(text)
    assert got["I did, and I hated every minute."] == (SPEECH, "Morgan Fields")
    assert "Did you learn to dive?" not in got


def test_an_aside_in_a_label_and_a_dash_after_a_label_used_elsewhere_are_no_part_of_the_answer():
    text = ("Vera Lindt on her new novel\n\nNovelist Vera Lindt spoke with Book Notes about her book.\n\n"
            "Book Notes: You wrote this one in a year. Was that quick?\n\n"
            "Vera Lindt (laughs): Very quick. Usually I need three years.\n\n"
            "Book Notes: Why a lighthouse?\n\nVera Lindt \u2013 My grandfather kept one.\n\n"
            "Book Notes: And next?\n\nVera Lindt: A rest.\n")
    got = said(text)
    assert got["Very quick. Usually I need three years."] == (SPEECH, "Vera Lindt")
    assert got["My grandfather kept one."] == (SPEECH, "Vera Lindt")


def test_a_stage_name_answering_under_its_own_label_after_a_role_word_opened_the_intro():
    text = ("Kaydo opens up on the new album\n\n"
            "Rapper Kaydo sat down with the Night Radio hosts for a two-hour talk about his album.\n\n"
            "NIGHT RADIO: Why was the album so short?\n\nKAYDO: Because it had to be dense.\n\n"
            "NIGHT RADIO: And the samples?\n\nKAYDO: My producer plays samples like jazz.\n")
    got = said(text)
    assert got["Because it had to be dense."] == (SPEECH, "Kaydo")
    assert got["My producer plays samples like jazz."] == (SPEECH, "Kaydo")


def test_the_surname_in_the_headline_tips_who_answers():
    text = ("Oduya on the \"Cold Coast\" finale\n\n"
            "Ben Oduya created the show. Joan Pike stars in it.\n\n"
            "Q: Did you always know Ruth would survive?\n\nYes. Killing her was never on the table.\n\n"
            "Q: Will there be a fifth season?\n\nI hope so. We have a story ready.\n")
    assert said(text)["Yes. Killing her was never on the table."] == (SPEECH, "Ben Oduya")


def test_a_press_junket_each_name_in_capitals_answering_once_after_a_question():
    text = ("Festival panel: Ada Vance and Rui Tenorio talk DEEP WATER\n\n"
            "Before the premiere, stars Ada Vance and Rui Tenorio spoke to the press about the show.\n\n"
            "Welcome, both. Ada, who is your character?\n\n"
            "ADA VANCE:  I play a diver named Mara Quist, and she trusts nobody on the rig.\n\n"
            "Rui, what drew you to the story?\n\n"
            "RUI TENORIO:  The thing that drew me in was the silence down there.\n")
    got = said(text)
    assert got["I play a diver named Mara Quist, and she trusts nobody on the rig."] == (SPEECH, "Ada Vance")
    assert got["The thing that drew me in was the silence down there."] == (SPEECH, "Rui Tenorio")
    assert not [t for t, (kind, _) in got.items() if kind == SPEECH and t.endswith("?")]
