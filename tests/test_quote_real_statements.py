"""Statements of single-name stars and bands as wire and music stories print them, each in a short
invented article of its own."""

from __future__ import annotations

from search.model import SPEECH
from tests.test_quote_real_forms import said


def test_a_one_name_artist_her_own_words_woven_in_and_her_statement_in_full():
    text = ("Days before the hearing, Brazilian pop artist Lunára agreed a deal with tax officials.\n"
            "The Glass Rain singer was due in court in Lisbon on Monday.\n"
            "Lunára agreed the deal “for the sake of my two boys,” though she denies any wrongdoing.\n"
            "She said that they “should not watch their mother fight for years” .\n\n"
            "Her statement in full read:\n\n"
            "“I have always paid what I owe and taken the best advice I could find.\n\n"
            "“I now want to put this behind me and go back on the road with my band.\n")
    got = said(text)
    assert got["for the sake of my two boys,"] == (SPEECH, "Lunára")
    assert got["should not watch their mother fight for years"] == (SPEECH, "Lunára")
    assert got["I have always paid what I owe and taken the best advice I could find."] == (SPEECH, "Lunára")
    assert got["I now want to put this behind me and go back on the road with my band."] == (SPEECH, "Lunára")


def test_a_song_title_in_an_epithet_is_never_the_speaker():
    text = ("Lunára settles tax case\n\n"
            "Days before the hearing, Brazilian pop artist Lunára agreed a deal with tax officials.\n\n"
            "Lunára agreed the deal on Monday, though she denies any wrongdoing.\n\n"
            "The Glass Rain singer told reporters, “I am tired of it all.”\n\n"
            "The Don’t Look Down singer added: “I will sing again in May.”\n")
    got = said(text)
    assert got["I am tired of it all."] == (SPEECH, "Lunára")
    assert got["I will sing again in May."] == (SPEECH, "Lunára")
