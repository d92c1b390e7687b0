"""Forms real articles use to quote and attribute, each in a short invented article of its own,
run through the whole extraction (people found by the pipeline, not handed in)."""

from __future__ import annotations

from search.extract.pipeline import extract_one, to_json
from search.model import IN_SHOW, SCARE, SPEECH, Article


def found(text: str, language: str = "en") -> dict[str, dict]:
    article = Article(id="a.txt", title=text.split("\n", 1)[0], text=text, language=language)
    record = to_json(article, extract_one(article))
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    return {q["text"]: q for q in record["quotes"]}


def said(text: str, language: str = "en") -> dict[str, tuple[str, str | None]]:
    return {t: (q["kind"], q["speaker"]) for t, q in found(text, language).items()}


def test_an_epithet_with_a_work_in_it_is_the_woman_the_article_is_about_not_the_co_star():
    text = ("Mara Delgado on her Oscar hopes\n\nMara Delgado is having the year of her life. The actress, "
            "who stars in \"Tin Crown\" opposite Peter Vance, has been nominated for best actress.\n\n"
            "\"I still do not believe it,\" the Tin Crown actress told reporters. Vance was beside her.\n\n"
            "\"He made me better every day,\" the 29-year-old said of her co-star.\n")
    got = said(text)
    assert got["I still do not believe it,"] == (SPEECH, "Mara Delgado")
    assert got["He made me better every day,"] == (SPEECH, "Mara Delgado")


def test_a_single_name_that_will_do_something_of_her_own_is_a_person():
    text = ("Solenne announces world tour\n\nSolenne will take her new album on the road next spring.\n\n"
            "\"I have missed my fans more than anything,\" Solenne said in a video.\n\n"
            "\"She taught me everything,\" Sol wrote of her mother.\n")
    got = said(text)
    assert got["I have missed my fans more than anything,"] == (SPEECH, "Solenne")
    assert got["She taught me everything,"] == (SPEECH, "Solenne")


def test_it_said_is_a_company_or_a_show_never_the_title_before_it():
    text = ("\"Night Orchard\" renewed\n\nThe service renewed \"Night Orchard\" on Friday.\n\n"
            "Night Orchard has been a hit since its debut. \"It is the most watched show we have,\" it said "
            "in a statement.\n")
    assert said(text)["It is the most watched show we have,"] == (SPEECH, None)


def test_a_character_named_beside_the_actor_speaks_on_screen_in_a_recap():
    text = ("\"Harrow House\" recap: Season 2, Episode 4\n\n"
            "Episode 4 opens at the docks. Agnes (Lila Moore) finds the letter. \"Who sent this?\" Agnes "
            "demands.\n")
    assert said(text)["Who sent this?"] == (IN_SHOW, "Agnes")


def test_they_after_a_spokesperson_s_words_is_still_nobody_named():
    text = ("Label answers lawsuit\n\nThe rapper Kosmo sued his label, and Kosmo's lawyer Ray Dunn filed it. "
            "\"These claims are untrue,\" a spokesperson for the label said.\n\n"
            "They added: \"We will defend ourselves in court.\"\n")
    assert said(text)["We will defend ourselves in court."] == (SPEECH, None)


def test_two_people_named_together_in_a_frame_are_the_first_and_an_alternative():
    text = ("The Velvet Anchors split\n\nSinger Jo Rake and guitarist Ben Strand issued a statement.\n\n"
            "\"We love each other and we love the fans,\" Rake and Strand said.\n")
    q = found(text)["We love each other and we love the fans,"]
    assert (q["speaker"], q["alt_speakers"]) == ("Jo Rake", ["Ben Strand"])


def test_a_sentence_ending_in_a_comma_introduces_its_subject_s_words():
    text = ("Inside \"Tidewater\"\n\nDana Wells plays the mayor.\n\n"
            "Wells drew the line, \"I will never play a villain again.\"\n\n"
            "The studio released a statement, which read, \"Production will resume in May.\"\n")
    got = said(text)
    assert got["I will never play a villain again."] == (SPEECH, "Dana Wells")
    assert got["Production will resume in May."] == (SPEECH, None)


def test_a_relative_named_in_apposition_with_the_actor_in_brackets_is_that_character():
    text = ("\"Harrow House\" Season 2 Episode 5 recap\n\n"
            "This week Agnes (Lila Moore) and Tom (Eric Vale) finally face their father.\n\n"
            "Their father, Edgar (Paul Stone), laughs at them both: \"You two would not last a day without me.\"\n")
    assert said(text)["You two would not last a day without me."] == (IN_SHOW, "Edgar")


def test_a_lead_in_naming_a_role_with_its_actor_in_brackets_is_the_role_s_line():
    text = ("Best lines from \"The Quiet Office\" finale\n\nRecap: Season 3, Episode 10.\n\n"
            "Marcy (Dee Hollis) finally quits. \"I have worked here for eleven years and nobody knows my name.\"\n")
    assert said(text)["I have worked here for eleven years and nobody knows my name."] == (IN_SHOW, "Marcy")


def test_in_a_recap_the_story_s_people_snapping_or_in_voice_over_speak_on_screen():
    text = ("\"Homefront\" recap: Season 1, Episode 3\n\n"
            "Carrie Dunmore is back in Kabul, and she is angry. Saul Berger, her old boss, is not happy either.\n\n"
            "Saul Berger only shrugs. \"Then you must be exhausted,\" he tells her.\n\n"
            "In voice-over, Carrie admits, \"I never wanted to come back here.\"\n")
    got = said(text)
    assert got["Then you must be exhausted,"] == (IN_SHOW, "Saul Berger")
    assert got["I never wanted to come back here."] == (IN_SHOW, "Carrie Dunmore")


def test_words_going_on_from_a_quote_that_named_its_would_be_speaker_are_not_theirs_either():
    text = ("Zorya at the gala\n\nZorya wore silver. She praised designer Luca Moretti.\n\n"
            "\"Luca is a genius,\" she said. \"He listens.\"\n")
    assert said(text)["He listens."][1] != "Luca Moretti"


def test_a_phrase_woven_into_a_sentence_that_reports_speech_is_speech_even_unnamed():
    text = ("Label sued\n\nA lawsuit was filed on Monday. In the filing, the band's lawyer accuses the label of "
            "spreading a \"false story\" about the band.\n")
    got = said(text)
    assert got["false story"][0] == SPEECH
    # a name given to something stays a name
    text = "Show news\n\nCritics keep calling the show \"cosy horror\" these days.\n"
    assert said(text)["cosy horror"][0] == SCARE


def test_a_one_name_star_known_by_her_own_doings_and_her_epithets():
    text = ("Kalina opens up about motherhood\n\nKalina is preparing for the biggest show of her life.\n\n"
            "In an interview, the Barbadian superstar said becoming a mother changed her. "
            "\"Everything is different now,\" the Fenty founder said.\n\n"
            "Kalina added that rehearsals start in May. \"That was the hardest part,\" the 35-year-old said.\n")
    got = said(text)
    assert got["Everything is different now,"] == (SPEECH, "Kalina")
    assert got["That was the hardest part,"] == (SPEECH, "Kalina")


def test_a_list_of_lines_from_dramas_credits_and_frames_its_characters():
    text = ("Ten unforgettable lines from romance dramas\n\nThese lines still make fans cry.\n\n"
            "1. Spring Letters\n\n\"Even if the whole world forgets you, I will remember.\" \u2014 Han Ji Woo, "
            "Spring Letters\n\n2. Crash Course\n\nKang Dae Ho tells his rival: \"You have never lost anything.\"\n")
    got = said(text)
    assert got["Even if the whole world forgets you, I will remember."] == (IN_SHOW, "Han Ji Woo")
    assert got["You have never lost anything."] == (IN_SHOW, "Kang Dae Ho")


def test_a_title_in_quotation_marks_is_no_person_and_they_is_no_one_person():
    text = ("Final season of \"Silver Arrow\" arrives\n\n"
            "Creator Dana Holt says goodbye this week. Silver Arrow returns for its final season on Friday.\n\n"
            "\"I loved every minute of it,\" she said.\n\n"
            "The Paper Kites played the premiere party. \"It was a blast,\" they said.\n")
    got = said(text)
    assert got["I loved every minute of it,"] == (SPEECH, "Dana Holt")
    assert got["It was a blast,"] == (SPEECH, None)


def test_an_adverb_between_a_name_and_its_verb_narrates_a_scene_in_the_present():
    text = ("Tidewater\n\nDana Wells plays the mayor, and Wells is proud of it.\n\n"
            "\"Nobody sleeps in this town,\" Wells dryly noted at the premiere.\n\n"
            "In the second episode the mayor meets her rival. \"You are late,\" Agnes coldly replies.\n")
    got = said(text)
    assert got["Nobody sleeps in this town,"] == (SPEECH, "Dana Wells")
    assert got["You are late,"] == (IN_SHOW, "Agnes")


def test_german_age_in_brackets_the_age_as_a_noun_and_a_male_colleague():
    text = ("Serienstar Lena Hoff über ihre neue Rolle\n\n"
            "Lena Hoff (34) spielt in der neuen Staffel eine Kommissarin.\n\n"
            "Ihr Kollege Jonas Brandt sieht das ähnlich: \u201eLena war jeden Tag die Erste am Set.\u201c\n\n"
            "Die 34-Jährige verrät außerdem: \u201eIch habe Angst vor Wasser.\u201c\n\n"
            "\u00bbDas war die schwerste Szene\u00ab, sagt sie über den Sprung in den See.\n")
    got = said(text, "de")
    assert got["Lena war jeden Tag die Erste am Set."] == (SPEECH, "Jonas Brandt")
    assert got["Ich habe Angst vor Wasser."] == (SPEECH, "Lena Hoff")
    assert got["Das war die schwerste Szene"] == (SPEECH, "Lena Hoff")


def test_a_few_words_in_the_headline_pulled_from_a_quote_are_that_speaker_s():
    text = ("\"I never stopped writing\": inside a late comeback\n\n"
            "Nell Ashby published her first novel at 71. Her editor, Tom Price, found the manuscript.\n\n"
            "\"I never stopped writing, I just stopped showing anyone,\" Ashby said.\n\n"
            "\"It was in a box of old papers,\" Price said.\n")
    assert said(text)["I never stopped writing"] == (SPEECH, "Nell Ashby")


def test_german_low_opening_marks_closed_with_a_straight_mark():
    text = "Serie\n\nLena Hoff dreht wieder. \u201eIch freue mich\", sagte Hoff. \u201eEs wird gut\", sagte sie.\n"
    got = said(text, "de")
    assert got["Ich freue mich"] == (SPEECH, "Lena Hoff")
    assert got["Es wird gut"] == (SPEECH, "Lena Hoff")


def test_a_straight_opening_mark_closed_by_a_curly_one():
    got = said("Test\n\nRosa Lind returns. \"I was never afraid,\u201d Lind said. \"Only tired.\"\n")
    assert got["I was never afraid,"] == (SPEECH, "Rosa Lind")


def test_a_french_role_opening_a_sentence_before_a_colon_introduces_speech():
    text = ("Cinéma\n\nJulie Marceau tourne avec Paul Rénier.\n\n"
            "Le réalisateur ne tarit pas d'éloges : \u00ab Julie est une comédienne rare. \u00bb\n")
    assert said(text, "fr")["Julie est une comédienne rare."][0] == SPEECH


def test_in_a_recap_a_paragraph_that_is_only_a_line_after_a_character_acts_is_hers():
    text = ("\"Harrow House\" recap: Season 2, Episode 6\n\n"
            "Agnes finally confronts her father in the library.\n\n\"You lied to all of us.\"\n")
    assert said(text)["You lied to all of us."] == (IN_SHOW, "Agnes")


def test_a_place_the_recap_travels_to_is_never_a_speaker():
    text = ("\"Harrow House\" recap: Season 2, Episode 7\n\n"
            "The family travels to Dover for the reading of the will.\n\nDover burns as the lawyers arrive.\n\n"
            "\"Nobody leaves this town alive.\"\n\n\"Get in the car,\" Kabul yells.\n\nThe episode ends in Kabul.\n")
    got = said(text)
    assert got["Nobody leaves this town alive."][1] is None
    assert got["Get in the car,"][1] is None
