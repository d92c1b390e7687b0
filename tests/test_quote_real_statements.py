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


def test_a_show_title_or_an_album_title_is_never_the_songstress_who_explains():
    text = ("Mira Solberg rewrites her story on new album Comet\n\n"
            "Mira Solberg at Norwegian Idol in Oslo in 2019. Photo by Lars Berg\n\n"
            "Mira Solberg calls her new album “a bold new start” in a new interview.\n\n"
            "When asked how Comet compares to her previous album Paper Crown, the Norwegian songstress "
            "explained that the persona she created this time is “much more daring” than before.\n")
    got = said(text)
    assert got["much more daring"] == (SPEECH, "Mira Solberg")


def test_a_band_named_alone_is_never_short_for_its_tour():
    text = ("Harbour Kings are back\n\n"
            "Tidewell is officially back! On Tuesday the band announced their Tidewell Live '26 tour.\n\n"
            "\"The wait is over. See you on the road,\" Tidewell said in a statement.\n")
    got = said(text)
    assert got["The wait is over. See you on the road,"][1] != "Tidewell Live"


def test_the_one_an_outlet_spoke_to_says_the_paragraph_after_the_lead_in():
    text = ("Oona Vessel is a gamer now\n\n"
            "Oona Vessel plays the princess in the new Kart Kingdom movie.\n\n"
            "Game Weekly also recently spoke to Oona about the movie and how it got her into games:\n\n"
            "\"Once I got the part my friends bought every racing game there is. Now I play every night, "
            "which I never thought I would.\"\n")
    got = said(text)
    assert got["Once I got the part my friends bought every racing game there is. Now I play every night, "
               "which I never thought I would."] == (SPEECH, "Oona Vessel")


def test_a_lawsuit_s_words_are_those_of_whoever_filed_it():
    text = ("Label answers Kestrel's lawsuit\n\n"
            "Northstar Records has answered the lawsuit filed by rapper Kestrel Vane on Monday.\n\n"
            "The lawsuit accuses Northstar of spreading a “reckless and hurtful story” about him.\n\n"
            "The suit came a week after Vane dropped an earlier claim, accusing the label of a plan to "
            "“fake the numbers” of a rival's single.\n")
    got = said(text)
    assert got["reckless and hurtful story"] == (SPEECH, "Kestrel Vane")


def test_a_statement_goes_on_after_a_see_also_link_in_the_middle_of_it():
    text = ("Label answers rapper\n\n"
            "Northstar Records answered on Monday.\n\n"
            "They added: “For ten years the artist has used our label to release his music.\n\n"
            "See also  Singer Lia Moor Unveils New Album and Releases New Single \"Blue Hour\"\n\n"
            "“He now wants to blame us for his own choices")
    got = said(text)
    assert got["He now wants to blame us for his own choices"][0] == SPEECH


def test_a_band_named_alone_and_called_the_band_next_speaks_as_one():
    text = ("Tidewell announce reunion\n\n"
            "Tidewell is officially back! On Monday, March 3, the beloved Welsh rock band announced their "
            "Tidewell Live '26 tour.\n\n"
            "\"The wait is over. See you on the road,\" Tidewell said in a statement.\n")
    got = said(text)
    assert got["The wait is over. See you on the road,"] == (SPEECH, "Tidewell")
    # the band named after the name is another band: the streamer stays nobody
    text = ("Streamer news\n\nNetflix released a new documentary. On Friday, the rock band Queen announced a tour."
            "\n\n\"We are proud of it,\" Netflix said in a statement. Netflix has more to come.\n")
    assert said(text)["We are proud of it,"] == (SPEECH, None)
