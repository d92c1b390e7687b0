"""Who goes on speaking: descriptions, roles and carried-over speakers, each in an invented article."""

from __future__ import annotations

from search.model import IN_SHOW, SCARE, SPEECH, CastPair
from tests.conftest import quotes


def test_the_actor_mentioned_mid_sentence_is_the_speaker_not_the_role_named_before():
    text = ("Tomás Beltrán habla de Marea\n\n"
            "El actor Tomás Beltrán da vida a Rodrigo Vidal en la serie Marea. "
            "\u201cEs un papel muy duro\u201d, ha contado Beltrán.\n\n"
            "Para Rodrigo Vidal, su hermana lo es todo, y no puede perderla.\n\n"
            "Lo que más ha disfrutado el actor fue el mar. \u201cNadamos cada mañana\u201d, ha recordado.\n")
    found = quotes(text, ["Tomás Beltrán"], "es", [CastPair("Rodrigo Vidal", "Tomás Beltrán")])
    assert found["Nadamos cada mañana"] == (SPEECH, "Tomás Beltrán")


def test_a_quotation_over_two_paragraphs_is_the_speaker_named_at_its_close():
    text = ("Orla Fenwick on her new stage role\n\n"
            "Orla Fenwick spent the winter in rehearsal rooms.\n\n"
            "\u201cEvery morning began with an hour of scales and nothing else, which I hated.\n\n"
            "\u201cBy March I missed them when we skipped a day,\u201d Fenwick said.\n")
    found = quotes(text, ["Orla Fenwick"])
    assert found["By March I missed them when we skipped a day,"] == (SPEECH, "Orla Fenwick")
    assert found["Every morning began with an hour of scales and nothing else, which I hated."] == (
        SPEECH, "Orla Fenwick")


def test_a_lead_in_naming_a_role_and_its_actor_is_the_actor_s_speech():
    text = ("Elenco de Maré Alta fala sobre o final\n\n"
            "Na pele de Tavinho, Rui Lacerda concorda e diz que Clara deveria perdoar o irmão. "
            "\u201cEu acho que ela vai perdoar no último capítulo, mas ninguém sabe ainda.\u201d\n")
    found = quotes(text, ["Rui Lacerda"], "pt", [CastPair("Tavinho", "Rui Lacerda")])
    assert found["Eu acho que ela vai perdoar no último capítulo, mas ninguém sabe ainda."] == (
        SPEECH, "Rui Lacerda")


def test_her_in_a_sentence_about_one_person_makes_her_the_she_of_a_later_quote():
    text = ("Ada Wren readies a second record\n\n"
            "Ada Wren has come a long way since her debut record six years ago.\n\n"
            "The new one opens with a duet with Piet Varga, \u201cLow Tide,\u201d which took a year. "
            "\u201cWe sang it in one take in the end, after months of trying,\u201d she says.\n")
    found = quotes(text, ["Ada Wren", "Piet Varga"])
    assert found["We sang it in one take in the end, after months of trying,"] == (SPEECH, "Ada Wren")


def test_an_object_her_after_a_man_s_name_does_not_make_him_a_woman():
    text = ("Lena Sauer finds her lead role\n\n"
            "Lena Sauer is sitting in a cafe in Porto, where she now lives.\n\n"
            "Director Bruno Matos cast her after a chance meeting at a market. "
            "\u201cShe was haggling over lemons with great conviction,\u201d he recalls.\n")
    found = quotes(text, ["Lena Sauer", "Bruno Matos"])
    assert found["She was haggling over lemons with great conviction,"] == (SPEECH, "Bruno Matos")


def test_a_she_after_a_named_subject_with_a_verb_stays_with_her_not_the_article_s_woman():
    text = ("Tess Morrow leaves Harbour Lane\n\n"
            "Tess Morrow has filmed her last scenes. She is sad to go.\n\n"
            "Producer Ilse Dorn confirmed that the door remains open. "
            "\u201cWe never close a door on anyone,\u201d she said.\n")
    found = quotes(text, ["Tess Morrow", "Ilse Dorn"])
    assert found["We never close a door on anyone,"] == (SPEECH, "Ilse Dorn")


def test_a_recap_s_the_sheriff_is_the_one_character_with_that_title():
    text = ("Harrow Hill recap: the lantern\n\n"
            "Ruth Ebbe stars as Sheriff Nora Quill, and Owen Pike plays Casper Lind.\n\n"
            "Later, Quill finds Casper on the rocks. "
            "\u201cNobody leaves this island tonight,\u201d the sheriff says.\n")
    cast = [CastPair("Sheriff Nora Quill", "Ruth Ebbe"), CastPair("Casper Lind", "Owen Pike")]
    found = quotes(text, ["Ruth Ebbe", "Owen Pike"], cast=cast)
    assert found["Nobody leaves this island tonight,"] == (IN_SHOW, "Sheriff Nora Quill")


def test_the_sheriff_is_nobody_when_two_characters_share_the_title():
    text = ("Harrow Hill recap: two badges\n\n"
            "Ruth Ebbe stars as Sheriff Nora Quill and Owen Pike as Sheriff Casper Lind.\n\n"
            "At the harbour the two argue. \u201cNobody leaves this island tonight,\u201d the sheriff says.\n")
    cast = [CastPair("Sheriff Nora Quill", "Ruth Ebbe"), CastPair("Sheriff Casper Lind", "Owen Pike")]
    found = quotes(text, ["Ruth Ebbe", "Owen Pike"], cast=cast)
    assert found["Nobody leaves this island tonight,"][1] is None


RECAP = ("Harrow Hill season 2, episode 4 recap: the lantern\n\n"
         "The episode opens at the lighthouse, where Greta and Casper are arguing about the lamp.\n\n"
         "\u201cWe are not going back inside,\u201d Greta says.\n")


def test_in_a_recap_a_first_name_nobody_in_the_article_wears_is_a_character():
    assert quotes(RECAP)["We are not going back inside,"] == (IN_SHOW, "Greta")


def test_outside_a_recap_the_same_first_name_stays_unattributed_speech():
    text = RECAP.replace("season 2, episode 4 recap", "cast look back on the shoot").replace(
        "The episode opens", "The day began")
    assert quotes(text)["We are not going back inside,"] == (SPEECH, None)


def test_a_recap_s_script_label_and_trailing_credit_name_the_character():
    text = RECAP + ("\nGreta: \u201cThen go back to the mainland without me.\u201d\n\n"
                    "\u201cI am the lighthouse now.\u201d \u2014 Greta\n")
    found = quotes(text)
    assert found["Then go back to the mainland without me."] == (IN_SHOW, "Greta")
    assert found["I am the lighthouse now."] == (IN_SHOW, "Greta")


def test_a_french_son_before_a_role_does_not_make_the_actress_a_man():
    text = ("Claire Vautrin se confie sur son rôle\n\n"
            "L'actrice Claire Vautrin incarne une juge dans la nouvelle série. "
            "\u00ab Je n'avais jamais joué un personnage aussi froid \u00bb, confie-t-elle.\n")
    found = quotes(text, ["Claire Vautrin"], "fr")
    assert found["Je n'avais jamais joué un personnage aussi froid"] == (SPEECH, "Claire Vautrin")


def test_the_work_in_an_epithet_is_no_person_and_the_epithet_is_the_actress():
    text = ("Nadia Korven opens up about fame\n\n"
            "Nadia Korven, 31, has had quite a year. The Salt Harbour actress won her first award in May.\n\n"
            "Speaking to a magazine this week, the Salt Harbour actress said: "
            "\u201cI still take the bus to work.\u201d\n")
    found = quotes(text, ["Nadia Korven"])
    assert found["I still take the bus to work."] == (SPEECH, "Nadia Korven")


def test_single_marks_in_a_body_that_quotes_with_double_marks_are_never_speech():
    text = ("Orla Fenwick returns to the stage\n\n"
            "Orla Fenwick is back in rehearsals. \u201cI missed the smell of the place,\u201d Fenwick said.\n\n"
            "The producers called the new staging 'a risk worth taking,' said Fenwick, who plays the lead.\n")
    found = quotes(text, ["Orla Fenwick"])
    assert found["I missed the smell of the place,"] == (SPEECH, "Orla Fenwick")
    assert found["a risk worth taking,"] == (SCARE, None)


def test_a_described_speaker_is_never_the_person_the_quote_talks_about():
    text = ("Greta Vogel über ihre Rolle\n\n"
            "Die Schauspielerin Greta Vogel spielt eine Kommissarin. "
            "\u201eIch wollte immer eine Polizistin spielen\u201c, sagt Vogel.\n\n"
            "Ihr Kollege Jonas Brandt ist ebenfalls dabei. "
            "\u201eGreta ist die beste Partnerin\u201c, erzählt der 45-Jährige.\n")
    found = quotes(text, ["Greta Vogel", "Jonas Brandt"], "de")
    assert found["Ich wollte immer eine Polizistin spielen"] == (SPEECH, "Greta Vogel")
    assert found["Greta ist die beste Partnerin"][1] != "Greta Vogel"


def test_an_age_epithet_is_the_one_person_given_that_age():
    text = ("Mara Lindqvist and Tobias Hale star in Northern Line\n\n"
            "Mara Lindqvist, 34, and Tobias Hale, 52, lead the cast of the new thriller.\n\n"
            "Hale was calm about the shoot. \u201cI have done worse,\u201d the 52-year-old said.\n\n"
            "\u201cTunnels are fine if you like the dark,\u201d the 34-year-old added.\n")
    found = quotes(text, ["Mara Lindqvist", "Tobias Hale"])
    assert found["I have done worse,"] == (SPEECH, "Tobias Hale")
    assert found["Tunnels are fine if you like the dark,"] == (SPEECH, "Mara Lindqvist")


def test_the_latter_is_the_last_person_the_sentence_before_named():
    text = ("Soirée des prix\n\n"
            "Cette soirée a réuni Marc Dufresne et Léa Morel. "
            "\u00ab J'étais très timide \u00bb, a déclaré cette dernière.\n")
    found = quotes(text, ["Marc Dufresne", "Léa Morel"], "fr")
    assert found["J'étais très timide"] == (SPEECH, "Léa Morel")
