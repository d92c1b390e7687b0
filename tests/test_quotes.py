"""Quote spans, kinds and speakers, one invented sentence (or short article) per form."""

from __future__ import annotations

import pytest

from search.extract.quotes.finder import find_quotes
from search.extract.quotes.spans import find_spans
from search.model import IN_SHOW, SCARE, SPEECH, Article, CastPair


def quotes(text: str, people=(), cast=(), title: str = "", language: str = "en"):
    art = Article(id="t.txt", title=title, text=text, language=language)
    return find_quotes(art, list(people), list(cast))


def the(qs, fragment: str):
    found = [q for q in qs if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in qs]}"
    return min(found, key=lambda q: len(q.text))  # a nested quote, not the one around it


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spans(text)]


HARLAN = ["Harlan Okoye", "Minna Castello"]


# -- spans ------------------------------------------------------------------------------------

def test_straight_and_curly_spans_keep_inside_punctuation():
    assert spans('He said "the tide, mostly," and left. She said “never.”') == ["the tide, mostly,", "never."]


def test_apostrophes_and_primes_are_not_marks():
    text = "The writers' room met in the ’90s; Lucas’ coat fit a 5'10\" frame and Lumen+'s slate grew."
    assert spans(text) == []


def test_odd_closer_and_typo_closer():
    assert spans("She called it “a lighthouse″ on stage.") == ["a lighthouse"]
    assert spans("She called it “a lighthouse“ on stage.") == ["a lighthouse"]


def test_span_across_a_hard_line_break():
    assert spans('"The ferry leaves at\ndawn," Okoye said.') == ["The ferry leaves at\ndawn,"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = 'Okoye said: "We will be back next spring\n\nThe end.'
    assert spans(text) == ["We will be back next spring"]


def test_multi_paragraph_quote_gives_one_span_per_paragraph():
    text = 'Okoye wrote:\n\n"First the rain.\n\n"Then the wind.\n\n"Then the sea."'
    assert spans(text) == ["First the rain.", "Then the wind.", "Then the sea."]


def test_single_marks_inside_a_quote_are_nested_not_separate():
    text = "“My coach told me, ‘Never trust a calm sea,’ and I never have,” Okoye said."
    (outer,) = find_spans(text)
    assert text[outer.start:outer.end].startswith("My coach")
    assert [text[i.start:i.end] for i in outer.inner] == ["Never trust a calm sea,"]


def test_single_marked_title_and_guillemets_and_low_marks():
    assert spans("‘Tidewatch’ returns in May.") == ["Tidewatch"]
    assert spans("«Es un sueño», dijo ella.") == ["Es un sueño"]
    assert spans("„Wir kommen wieder“, sagte sie.") == ["Wir kommen wieder"]
    assert spans("»Nie wieder«, sagte er.") == ["Nie wieder"]


# -- frames -----------------------------------------------------------------------------------

def test_name_said_after_and_inverted_said_with_role():
    qs = quotes('"The ferry leaves at dawn," Harlan Okoye said. '
                '"We sold out in an hour," said festival director Minna Castello.', HARLAN)
    assert (the(qs, "ferry").speaker, the(qs, "ferry").kind) == ("Harlan Okoye", SPEECH)
    assert the(qs, "sold out").speaker == "Minna Castello"


def test_surname_resolves_to_the_full_name_introduced_earlier():
    text = ('Harlan Okoye stars in the new series.\n\n'
            '"I learned to sail for it," Okoye told the Harbor Gazette.')
    assert the(quotes(text, HARLAN), "sail").speaker == "Harlan Okoye"


def test_full_name_in_the_frame_is_accepted_without_a_people_list():
    q = the(quotes('"It rained for a month," said Petra Lindqvist.'), "rained")
    assert q.speaker == "Petra Lindqvist"


def test_unknown_surname_is_speech_but_unattributed():
    q = the(quotes('"It rained for a month," Vasquez said.', HARLAN), "rained")
    assert (q.kind, q.speaker) == (SPEECH, None)


def test_surname_shared_by_two_people_takes_the_nearest_full_name():
    text = ("Ada Brandt and Felix Brandt wrote the film together.\n\n"
            "Felix Brandt spoke first about the ending. \"We shot it twice,\" Brandt said.")
    assert the(quotes(text, ["Ada Brandt", "Felix Brandt"]), "twice").speaker == "Felix Brandt"


def test_before_frame_with_comma_and_with_colon():
    text = ('Minna Castello runs the festival. Castello added, "Next year we need a bigger tent." '
            'She went further: "Two tents."')
    qs = quotes(text, HARLAN)
    assert the(qs, "bigger tent").speaker == "Minna Castello"
    assert the(qs, "Two tents").speaker == "Minna Castello"


def test_partial_quote_woven_into_the_sentence():
    text = 'Harlan Okoye, who trained for months, described the shoot as "the wettest summer of my life."'
    assert the(quotes(text, HARLAN), "wettest").speaker == "Harlan Okoye"


def test_according_to_a_person_and_to_a_document():
    qs = quotes('The sequel is "already half written," according to producer Lise Moreau.\n\n'
                'According to the press notes, Harlan Okoye wanted the boat to feel "like a held breath."',
                HARLAN + ["Lise Moreau"])
    assert the(qs, "half written").speaker == "Lise Moreau"
    assert the(qs, "held breath").speaker == "Harlan Okoye"


def test_pronoun_refers_to_the_subject_not_an_object_named_later():
    text = ('Okoye praised the director, Tomas Reyes-Lind, at length.\n\n'
            'Harlan Okoye smiled. "He never once raised his voice," she said.')
    assert the(quotes(text, HARLAN + ["Tomas Reyes-Lind"]), "raised").speaker == "Harlan Okoye"


def test_split_quote_is_two_spans_with_one_speaker():
    qs = quotes('"I wanted the sea," Harlan Okoye said, "and I got the rain."', HARLAN)
    assert the(qs, "wanted the sea").speaker == the(qs, "got the rain").speaker == "Harlan Okoye"


def test_continuation_in_the_same_paragraph_and_the_next():
    text = ('"It was cold," Harlan Okoye said, laughing. "Very cold."\n\n'
            '"And I would do it again."')
    qs = quotes(text, HARLAN)
    assert the(qs, "Very cold").speaker == "Harlan Okoye"
    assert the(qs, "do it again").speaker == "Harlan Okoye"


def test_continuation_stops_at_another_named_person():
    text = '"It was cold," Harlan Okoye said. Minna Castello disagreed. "It was bracing."'
    assert the(quotes(text, HARLAN), "bracing").speaker != "Harlan Okoye"


def test_colon_introduces_a_paragraph_quote_and_a_multi_paragraph_one():
    text = ("Minna Castello wrote to the volunteers on Sunday:\n\n"
            '"You built this.\n\n"Thank you."')
    qs = quotes(text, HARLAN)
    assert the(qs, "You built this").speaker == the(qs, "Thank you").speaker == "Minna Castello"


def test_lead_in_sentence_then_a_paragraph_quote():
    text = ("Harlan Okoye posted a long note to fans on Friday night.\n\n"
            "“I am not done with this character. Not yet.”")
    assert the(quotes(text, HARLAN), "not done").speaker == "Harlan Okoye"


def test_descriptor_refers_to_the_last_speaker():
    text = ('"I learned to sail," Harlan Okoye said.\n\n'
            'The actor also had words for the crew: "They were heroes."')
    assert the(quotes(text, HARLAN), "heroes").speaker == "Harlan Okoye"


def test_anonymous_source_is_speech_without_a_name():
    q = the(quotes('Harlan Okoye won praise, and one crew member described him as "unsinkable."', HARLAN),
            "unsinkable")
    assert (q.kind, q.speaker) == (SPEECH, None)


def test_account_handle_is_a_speaker():
    q = the(quotes('The show\'s official account @tidewatchtv tweeted: "Season two. May. Bring a coat."'),
            "Season two")
    assert (q.kind, q.speaker) == (SPEECH, "@tidewatchtv")


def test_headline_says_form_and_single_marked_title_in_headline():
    text = ("Harlan Okoye Says \"I'm Done With Boats\" After 'Tidewatch'\n\n"
            "Harlan Okoye has wrapped the second season of Tidewatch.")
    qs = quotes(text, HARLAN, title=text.split("\n")[0])
    assert (the(qs, "Done With Boats").kind, the(qs, "Done With Boats").speaker) == (SPEECH, "Harlan Okoye")
    assert the(qs, "Tidewatch").kind == SCARE


# -- kinds ------------------------------------------------------------------------------------

def test_scare_quotes_titles_and_script_directions():
    text = ('Harlan Okoye made a so-called "prestige soap." '
            'The premiere, "A Map of Small Rooms," airs Sunday. '
            'The last page of the script reads: "THE LIGHTHOUSE GOES DARK."')
    qs = quotes(text, HARLAN)
    for frag in ("prestige soap", "A Map of Small Rooms", "LIGHTHOUSE"):
        assert (the(qs, frag).kind, the(qs, frag).speaker) == (SCARE, None), frag


def test_in_show_line_by_a_cast_character_with_the_actor():
    cast = [CastPair("Marlow", "Harlan Okoye")]
    qs = quotes('In the finale Marlow (Harlan Okoye) snaps, "Get out of my kitchen."', HARLAN, cast)
    q = the(qs, "kitchen")
    assert (q.kind, q.speaker, q.actor) == (IN_SHOW, "Marlow", "Harlan Okoye")


def test_in_show_line_named_as_a_characters_words():
    cast = [CastPair("Marlow", "Harlan Okoye")]
    qs = quotes('Marlow\'s last words to his brother — "Keep the lamp lit" — were improvised by Okoye.',
                HARLAN, cast)
    assert (the(qs, "lamp").kind, the(qs, "lamp").speaker) == (IN_SHOW, "Marlow")


def test_on_screen_verb_marks_a_character_even_without_a_cast():
    q = the(quotes('Late in the hour Wren screams "Run!" into the fog.'), "Run!")
    assert (q.kind, q.speaker) == (IN_SHOW, "Wren")


def test_nested_quote_by_a_named_person_and_by_the_speaker_themself():
    text = ('"My coach, Dara Finch, told me, \'Never trust a calm sea,\' and I never have. '
            'I told her, \'Then teach me to swim,\'" Harlan Okoye said.')
    qs = quotes(text, HARLAN + ["Dara Finch"])
    assert the(qs, "My coach").speaker == "Harlan Okoye"
    assert the(qs, "Never trust").speaker == "Dara Finch"
    assert the(qs, "teach me to swim").speaker == "Harlan Okoye"


# -- Spanish ------------------------------------------------------------------------------------

def test_spanish_verbs_commas_outside_and_implicit_subject():
    text = ("Marta Ibarra presentó la película en Sevilla. “Fue un rodaje durísimo”, dijo Ibarra. "
            "“Pero volvería a hacerlo”, aseguró.")
    qs = quotes(text, ["Marta Ibarra"], language="es")
    assert the(qs, "durísimo").text == "Fue un rodaje durísimo"
    assert the(qs, "durísimo").speaker == the(qs, "volvería").speaker == "Marta Ibarra"


def test_spanish_segun_guillemets_and_inciso():
    text = ("Según el director Tomás Ferrer, la serie será «un viaje sin mapa». "
            "«Nunca pensé —confesó Ferrer— llegar tan lejos».")
    qs = quotes(text, ["Tomás Ferrer"], language="es")
    assert the(qs, "viaje sin mapa").speaker == "Tomás Ferrer"
    assert the(qs, "Nunca pensé").speaker == "Tomás Ferrer"


@pytest.mark.parametrize("text", [
    "“Es un sueño”, dijo alguien del equipo.",
    "„Wir kommen wieder“, sagte sie.",
])
def test_unknown_verbs_or_people_are_honestly_unattributed(text):
    for q in quotes(text, language="es"):
        assert q.speaker is None


def test_british_single_marks_quote_speech_when_no_double_marks_are_used():
    text = ("Harlan Okoye was in good spirits at the launch.\n\n"
            "‘I learned to sail for this part,’ he said. ‘Badly, but I learned.’\n\n"
            "The film, ‘Saltwater’, opens in June.")
    qs = quotes(text, HARLAN)
    assert (the(qs, "learned to sail").kind, the(qs, "learned to sail").speaker) == (SPEECH, "Harlan Okoye")
    assert the(qs, "Badly").speaker == "Harlan Okoye"
    assert the(qs, "Saltwater").kind == SCARE


def test_frames_with_an_age_a_parenthesis_or_a_long_descriptor():
    text = ('"I was terrified," Harlan Okoye, 34, said. '
            '"So was I," Minna Castello (pictured) told reporters. '
            '"We all were," the 45-year-old festival director added.')
    qs = quotes(text, HARLAN)
    assert the(qs, "terrified").speaker == "Harlan Okoye"
    assert the(qs, "So was I").speaker == "Minna Castello"
    assert the(qs, "We all were").speaker == "Minna Castello"


def test_an_organisation_as_the_frame_subject_is_not_the_last_speaker():
    text = '"We loved it," Harlan Okoye said. "The series will not return," the network said.'
    q = the(quotes(text, HARLAN), "not return")
    assert (q.kind, q.speaker) == (SPEECH, None)


def test_a_frame_whose_subject_is_not_a_person_stays_unnamed_and_is_not_a_continuation():
    text = ('"We loved making it," Harlan Okoye said. '
            'In a statement, the studio said: "The series ends here." '
            'Okoye\'s publicist told reporters, "He is resting."')
    qs = quotes(text, HARLAN)
    assert (the(qs, "ends here").kind, the(qs, "ends here").speaker) == (SPEECH, None)
    assert (the(qs, "resting").kind, the(qs, "resting").speaker) == (SPEECH, None)


def test_passive_labels_are_not_frames():
    text = 'The show has been called "a fever dream" by more than one reviewer.'
    q = the(quotes(text, HARLAN), "fever dream")
    assert q.kind == SCARE


@pytest.mark.parametrize("headline", [
    "Harlan Okoye: 'I'm Done'",
    '"I\'m Done With Boats," Says Harlan Okoye',
    'Harlan Okoye on the Finale: "We Earned It"',
])
def test_headline_quote_forms(headline):
    text = headline + "\n\nHarlan Okoye has wrapped the final season of Tidewatch."
    (q,) = quotes(text, HARLAN, title=headline)
    assert (q.kind, q.speaker) == (SPEECH, "Harlan Okoye")


def test_embedded_post_signed_with_a_handle():
    text = ('The account confirmed the date on Monday.\n\n"Season two. May. Bring a coat."\n'
            '— Tidewatch (@tidewatchtv) March 3, 2025')
    q = the(quotes(text, HARLAN), "Season two")
    assert (q.kind, q.speaker) == (SPEECH, "@tidewatchtv")


def test_pronoun_with_two_people_and_no_clear_subject_is_left_unnamed():
    text = ('The film, directed by Tomas Reyes-Lind, stars Harlan Okoye as a ferry pilot. '
            '"It was the coldest shoot of my life," he said.')
    q = the(quotes(text, HARLAN + ["Tomas Reyes-Lind"]), "coldest")
    assert (q.kind, q.speaker) == (SPEECH, None)
