"""Attribution forms found in real articles, each in a short invented article of its own."""

from __future__ import annotations

import json

import pytest

from search.extract.pipeline import extract_one, to_json
from search.model import SCARE, SPEECH, Article, CastPair
from tests.conftest import quotes


def test_a_lead_in_sentence_that_names_a_film_in_quotes_still_leads_in():
    text = ("Ten things from the new documentary\n\n"
            "Mira Castell, who directed Holt in \"Glass Orchard,\" remembers how quiet the set became. "
            "\u201cIt was a silence I have never heard on a set again.\u201d\n")
    assert quotes(text, ["Mira Castell"])["It was a silence I have never heard on a set again."] == (
        SPEECH, "Mira Castell")


SINGLE = ("Calypsa opens up about the tour\n\n"
          "Calypsa, 31, has spent the year on the road with her band.\n\n"
          "\u201cI slept on the bus more than in my own bed,\u201d Calypsa said on Tuesday.\n\n"
          "Streamly said the concert film would arrive in May. \u201cIt is the biggest release we have,\u201d "
          "Streamly said.\n")


def test_a_person_known_by_one_name_is_a_speaker():
    found = quotes(SINGLE)
    assert found["I slept on the bus more than in my own bed,"] == (SPEECH, "Calypsa")


def test_a_one_word_company_without_evidence_of_a_person_is_not():
    assert quotes(SINGLE)["It is the biggest release we have,"][1] is None


def test_a_short_form_of_a_single_name_and_a_heading_on_the_line_above():
    text = ("Calypsa wins big\n\n"
            "Calypsa finally took home the award for her third album, and Calypsa thanked her mother.\n"
            "Calypsa\u2019s Big Night\n"
            "Cal looked stunned as Dana Reyes read the winner. \u201cI did not expect this,\u201d she said.\n")
    assert quotes(text, ["Dana Reyes"])["I did not expect this,"] == (SPEECH, "Calypsa")


def test_an_age_before_the_name_in_a_frame():
    text = ("Tour news\n\nHarriet Vale cancelled two shows.\n\n"
            "\u201cIt broke my heart,\u201d 34-year-old Vale said in a post.\n")
    assert quotes(text, ["Harriet Vale"])["It broke my heart,"] == (SPEECH, "Harriet Vale")


def test_an_organisation_with_a_bare_possessive_mark_before_a_role_and_name():
    text = ("Studio news\n\n\u201cShe carries the whole film,\u201d Orbitworks\u2019 CEO Paul Degan said.\n")
    assert quotes(text, ["Paul Degan"])["She carries the whole film,"] == (SPEECH, "Paul Degan")


def test_portuguese_frame_with_an_article_before_the_first_name():
    text = ("Novela\n\nA atriz Marta Quintela falou sobre a vilã.\n\n"
            "\u201cEu adoro fazer esta personagem\u201d disse a Marta. \u201cEla me surpreende todo dia\u201d.\n")
    found = quotes(text, ["Marta Quintela"], "pt")
    assert found["Eu adoro fazer esta personagem"] == (SPEECH, "Marta Quintela")
    assert found["Ela me surpreende todo dia"] == (SPEECH, "Marta Quintela")


def test_italian_perfect_tense_frame():
    text = "Serie\n\nLorenzo Vetti torna sul set.\n\n\u00abSono felice di tornare\u00bb, ha detto Vetti.\n"
    assert quotes(text, ["Lorenzo Vetti"], "it")["Sono felice di tornare"] == (SPEECH, "Lorenzo Vetti")


def test_french_inverted_pronoun_and_guillemets_with_spaces():
    text = ("Cinéma\n\nÉlodie Marchal revient au cinéma cet automne.\n\n"
            "\u00ab Je suis prête \u00bb, confie-t-elle. Élodie Marchal sourit encore. "
            "\u00ab\u00a0On verra bien\u00a0\u00bb, a-t-elle ajouté.\n")
    found = quotes(text, ["Élodie Marchal"], "fr")
    assert found["Je suis prête"] == (SPEECH, "Élodie Marchal")
    assert found["On verra bien"] == (SPEECH, "Élodie Marchal")


def test_german_subject_after_the_verb():
    text = ("Serien\n\nSchauspieler Tobias Kranz dreht wieder.\n\n"
            "Der \u201eAbendpost\u201c-Zeitung sagte er im Interview: \u201eIch habe lange gewartet.\u201c\n")
    found = quotes(text, ["Tobias Kranz"], "de")
    assert found["Ich habe lange gewartet."] == (SPEECH, "Tobias Kranz")
    assert found["Abendpost"] == (SCARE, None)


def test_german_description_after_the_verb_is_the_one_the_article_is_about():
    text = ("Serien\n\nTobias Kranz spielt den Kommissar. Kranz freut sich auf die Rolle. "
            "Auch Kranz lobt das Team.\n\n"
            "\u201eEs ist eine große Rolle\u201c, sagte der 48-Jährige.\n")
    assert quotes(text, ["Tobias Kranz"], "de")["Es ist eine große Rolle"] == (SPEECH, "Tobias Kranz")


def test_a_capitalised_noun_glued_before_a_given_name_is_not_part_of_it():
    text = "Serien\n\nSein Co-Star Thomas Weller spielt den Agenten: \u201eIch wollte diese Rolle.\u201c\n"
    assert quotes(text, [], "de")["Ich wollte diese Rolle."] == (SPEECH, "Thomas Weller")


def test_a_star_epithet_is_the_person_the_article_is_about():
    text = ("Harriet Vale speaks\n\nHarriet Vale played two nights in Leeds. Vale sang for three hours, "
            "and Vale thanked Dana Reyes for opening.\n\n"
            "\u201cThe crowd carried me,\u201d the pop superstar said.\n")
    assert quotes(text, ["Harriet Vale", "Dana Reyes"])["The crowd carried me,"] == (SPEECH, "Harriet Vale")


JOINT = ("Bandmates mourn\n\n"
         "The members of the Lanterns said in a joint statement that they were \u201cheartbroken\u201d.\n\n"
         "The statement was signed by singers Ada Brook, Felix Stroud and Nina Kell.\n\n"
         "\u201cWe will take some time to grieve,\u201d the former bandmates added.\n\n"
         "\u201cWe love you, Sam,\u201d the statement concluded.\n\n"
         "Ada Brook also posted a photo. \u201cMy brother,\u201d she wrote.\n")


def test_a_joint_statement_is_the_first_signatory_s_with_the_others_as_alternatives():
    article = Article(id="joint.txt", title="Bandmates mourn", text=JOINT)
    record = json.loads(json.dumps(to_json(article, extract_one(article))))
    by_text = {q["text"]: q for q in record["quotes"]}
    for text in ("heartbroken", "We will take some time to grieve,", "We love you, Sam,"):
        q = by_text[text]
        assert (q["speaker"], q["alt_speakers"], q["via"]) == (
            "Ada Brook", ["Felix Stroud", "Nina Kell"], "joint"), text
    assert by_text["My brother,"]["speaker"] == "Ada Brook"
    assert by_text["My brother,"]["alt_speakers"] == []


def test_every_quote_says_which_mechanism_named_its_speaker():
    article = Article(id="single.txt", title="Calypsa", text=SINGLE)
    record = to_json(article, extract_one(article))
    for q in record["quotes"]:
        assert (q["via"] is None) == (q["speaker"] is None), q


def test_a_statement_continues_past_an_embed_s_leftover_lines():
    text = ("Singer speaks\n\nHarriet Vale wrote on Instagram on Monday.\n\n"
            "\u201cThe shows had to stop,\u201d Vale wrote.\n\n"
            "View this post on Instagram\n\n"
            "A post shared by Harriet Vale (@harrietvale)\n\n"
            "\u201cI will be back on stage soon. Thank you for waiting for me.\n")
    found = quotes(text, ["Harriet Vale"])
    assert found["I will be back on stage soon. Thank you for waiting for me."] == (SPEECH, "Harriet Vale")


@pytest.mark.parametrize("text", [
    "Le film de la semaine\n\nElle joue dans Hôtel Miramar de Charles Duret une banquière : "
    "\u00abJ'assume tout.\u00bb\n",
])
def test_a_particle_does_not_join_a_title_to_a_full_name(text):
    assert quotes(text, [], "fr")["J'assume tout."][1] != "Hôtel Miramar de Charles Duret"


def test_a_transcript_labelled_only_on_its_first_question_and_answer():
    text = ("Mara Quill on the new record\n\n"
            "Quill spoke with The Beacon about the album and the tour.\n\n"
            "The Beacon:Congratulations on the album! How does it feel now that it is out?\n\n"
            "Mara Quill: It feels calm. I was nervous for months and now I just want to sing it live.\n\n"
            "I was hoping you would play Leeds this time, but there are no dates yet!\n\n"
            "I will come to you. Give me until the spring.\n\n"
            "What should people expect from the shows?\n\n"
            "Everything. Loud songs, quiet songs, and a lot of glitter.\n")
    found = quotes(text, ["Mara Quill"])
    assert found["It feels calm. I was nervous for months and now I just want to sing it live."] == (
        SPEECH, "Mara Quill")
    assert found["I will come to you. Give me until the spring."] == (SPEECH, "Mara Quill")
    assert found["Everything. Loud songs, quiet songs, and a lot of glitter."] == (SPEECH, "Mara Quill")
    assert not any(t.startswith(("I was hoping", "What should", "Congratulations")) for t in found)


def test_she_needs_a_woman_the_article_has_named():
    text = ("Mara Quill is back\n\nMara Quill released her fourth album on Friday. She wrote it in a month, "
            "and Quill produced it herself.\n\n"
            "Take her duet with Tom Pell, \u201cNight Bus,\u201d for example. \u201cI wrote the chorus on a train,"
            "\u201d she says, which is how her sister Ana Quill tells it too. \u201cThe rest came later,\u201d "
            "she says.\n")
    found = quotes(text, ["Mara Quill", "Tom Pell", "Ana Quill"])
    assert found["I wrote the chorus on a train,"] == (SPEECH, "Mara Quill")
    assert found["The rest came later,"] == (SPEECH, "Mara Quill")


def test_a_list_of_lines_credited_with_a_dash_belongs_to_the_characters():
    text = ("Five lines from Harbour Lights we still quote\n\n"
            "1. The storm episode\n\n"
            "\u201cNobody leaves the lighthouse tonight.\u201d - Ida Morrow\n\n"
            "Ida Morrow (Jana Velt) keeps the keepers together through the worst night of the season.\n\n"
            "2. The wedding\n\n"
            "\"You can only be brave after you were scared.\"- Tom Arvel\n\n"
            "Tom Arvel says it to his brother on the pier.\n")
    cast = [CastPair("Ida Morrow", "Jana Velt")]
    found = quotes(text, ["Jana Velt", "Tom Arvel"], cast=cast)
    assert found["Nobody leaves the lighthouse tonight."] == ("in-show line", "Ida Morrow")
    assert found["You can only be brave after you were scared."] == ("in-show line", "Tom Arvel")


@pytest.mark.parametrize(("labels", "want"), [
    (("Q", "Marlow", "Brand"), ("Ines Marlow", "Teo Brand")),
    (("The Courier", "IM", "TB"), ("Ines Marlow", "Teo Brand")),
])
def test_press_conference_answers_labelled_by_surname_or_initials(labels, want):
    q, a, b = labels
    text = ("Ines Marlow and Teo Brand at the press conference\n\n"
            "Ines Marlow and Teo Brand took questions from reporters on Monday.\n\n"
            f"{q}: Did you know how it would end?\n\n"
            f"{a}: Not at all. I found out when the script arrived, like everyone else.\n\n"
            f"{b}: I knew. I kept it from her for a year.\n\n"
            f"{q}: Was it hard to say goodbye?\n\n"
            f"{a}: Very. I cried on the last day, and so did the crew.\n")
    found = quotes(text, ["Ines Marlow", "Teo Brand"])
    assert found["Not at all. I found out when the script arrived, like everyone else."] == (SPEECH, want[0])
    assert found["I knew. I kept it from her for a year."] == (SPEECH, want[1])
    assert found["Very. I cried on the last day, and so did the crew."] == (SPEECH, want[0])


@pytest.mark.parametrize(("text", "quoted", "want"), [
    ("News\n\nA spokesperson for Dana Wells said: \u201cShe is resting and thanks everyone.\u201d",
     "She is resting and thanks everyone.", (SPEECH, None)),
    ("News\n\n\u201cI had no idea what I was walking into,\u201d Dana Wells (Harrow Bay, Fenlight), who plays the "
     "mayor, adds.", "I had no idea what I was walking into,", (SPEECH, "Dana Wells")),
    ("News\n\nDana Wells joined the cast.\n\nWells drew the line: \u201cI will not play another cop.\u201d",
     "I will not play another cop.", (SPEECH, "Dana Wells")),
])
def test_frames_with_a_spokesperson_a_parenthesis_and_an_idiom(text, quoted, want):
    assert quotes(text, ["Dana Wells"])[quoted] == want


@pytest.mark.parametrize(("text", "quoted", "want"), [
    ("Panel\n\nRuth Okafor took the stage on Friday.\n\"Every hero we ever made is in this one. Why? Because of one "
     "villain.\" Okafor told the crowd, to cheers.", "Every hero we ever made is in this one. Why? Because of one "
     "villain.", (SPEECH, "Ruth Okafor")),
    ("Panel\n\nRuth Okafor and Ben Tull took the stage.\n\"Nobody beats my guy,\" Tull taunted.",
     "Nobody beats my guy,", (SPEECH, "Ben Tull")),
    ("Jeux\n\nRuth Okafor joue aux jeux vidéo depuis le tournage. Voici ce qu'elle avait à dire :\n\n"
     "\u00abJe suis devenue une vraie joueuse, et c'est très amusant.\u00bb\n",
     "Je suis devenue une vraie joueuse, et c'est très amusant.", (SPEECH, "Ruth Okafor")),
])
def test_a_full_stop_before_the_frame_a_taunt_and_what_she_had_to_say(text, quoted, want):
    assert quotes(text, ["Ruth Okafor", "Ben Tull"])[quoted] == want


def test_a_statement_introduced_in_full_is_speech_by_no_one_named():
    text = ("Label answers the lawsuit\n\nThe label has answered the lawsuit filed by Mara Quill.\n\n"
            "You can read the label\u2019s statement in full below:\n\n"
            "\u201cThese claims are untrue, and we will defend ourselves in court.\n\n"
            "\u201cWe have always supported our artists.\u201d\n")
    found = quotes(text, ["Mara Quill"])
    assert found["These claims are untrue, and we will defend ourselves in court."] == (SPEECH, None)
    assert found["We have always supported our artists."] == (SPEECH, None)


def test_a_full_name_after_an_opening_clause_is_the_subject():
    text = ("Novela\n\nA vilã Carminha ganhou o público. E, mesmo antes da vingança de Nina, Marta Quintela diz "
            "que já sente a torcida. \u201cEu já vi gente torcendo na rua.\u201d\n")
    cast = [CastPair("Nina", "Rita Sousa"), CastPair("Carminha", "Marta Quintela")]
    found = quotes(text, ["Marta Quintela", "Rita Sousa"], "pt", cast)
    assert found["Eu já vi gente torcendo na rua."] == (SPEECH, "Marta Quintela")


@pytest.mark.parametrize(("text", "language"), [
    ("Serien\n\nTobias Kranz dreht wieder.\n\n\u201eIch habe lange gewartet\u201c, so Kranz.", "de"),
    ("Serie\n\nTobias Kranz speelt de hoofdrol.\n\n\u201eIk heb lang gewacht\u201d, zegt Kranz.", "nl"),
    ("Serie\n\nTobias Kranz speelt de hoofdrol.\n\n\"Ik heb lang gewacht\", aldus Tobias Kranz.", "nl"),
])
def test_german_so_and_dutch_frames(text, language):
    [(kind, speaker)] = [v for t, v in quotes(text, ["Tobias Kranz"], language).items()]
    assert (kind, speaker) == (SPEECH, "Tobias Kranz")


def test_so_in_english_is_no_frame():
    text = "News\n\nTobias Kranz won.\n\n\"It was a long night\", so Kranz went home."
    assert quotes(text, ["Tobias Kranz"])["It was a long night"][1] is None


def test_a_headline_below_a_section_label_and_one_that_names_nobody():
    text = ("Music\n\n"
            "\u201cI Wrote It on a Train\u201d: The Story Behind the Year's Biggest Ballad\n\n"
            "Mara Quill finished the song in one night.\n\n"
            "\u201cI had the chorus before we left the station,\u201d Quill said. \u201cThe verses took until "
            "Leeds,\u201d she added. Her producer Tom Pell laughed about it later.\n")
    found = quotes(text, ["Mara Quill", "Tom Pell"])
    assert found["I Wrote It on a Train"] == (SPEECH, "Mara Quill")


def test_a_headline_with_a_section_label_above_it_and_a_name():
    text = ("Tonight\n\n"
            "\u201cIt is a thriller with no brakes\u201d: Dario Venn explains why you should watch Honour\n\n"
            "The actor talks about the new series.\n")
    assert quotes(text, ["Dario Venn"])["It is a thriller with no brakes"] == (SPEECH, "Dario Venn")


def test_a_byline_or_a_photo_credit_is_never_the_speaker():
    text = ("Mara Quill cancels the tour\n\nBy Nora Bell\n\nPhoto: Tom Pell/Getty Images\n\n"
            "\u201cI need a rest,\u201d she said on Monday. Quill will return in May, and Quill thanked her fans.\n")
    assert quotes(text, ["Mara Quill", "Nora Bell", "Tom Pell"])["I need a rest,"] == (SPEECH, "Mara Quill")


@pytest.mark.parametrize(("line", "quoted", "want"), [
    ("\u201cI am tired but happy.\u201d \u2014 Dana Wells, on her new film", "I am tired but happy.",
     (SPEECH, "Dana Wells")),
    ("Dana Wells\u2019 rep told E! News: \u201cShe is tired but happy.\u201d", "She is tired but happy.",
     (SPEECH, None)),
])
def test_a_credit_with_a_tail_and_someone_speaking_for_a_named_person(line, quoted, want):
    text = "News\n\nDana Wells released a new film this week.\n\n" + line
    assert quotes(text, ["Dana Wells"])[quoted] == want


def test_a_voice_over_is_the_character_s_and_a_name_after_warns_is_not_the_speaker():
    text = ("Harbour Lights, episode 4 recap\n\nIda Morrow (Jana Velt) has had enough of the lighthouse.\n\n"
            "Ida\u2019s voice-over closes the episode: \u201cSome nights the light keeps us.\u201d\n\n"
            "Then Marta warns Ida: \u201cThe storm is coming.\u201d\n")
    found = quotes(text, ["Jana Velt"], cast=[CastPair("Ida Morrow", "Jana Velt")])
    assert found["Some nights the light keeps us."] == ("in-show line", "Ida Morrow")
    assert found["The storm is coming."][1] != "Ida Morrow"


INTERVIEW = ("Ines Marlow talks about the final season\n\n"
             "Ines Marlow has played the detective for six years. We spoke to her before the finale.\n\n")


@pytest.mark.parametrize("body", [
    ("VARIETY: Did you know how it would end?\n\nNot at all. I found out when the script arrived.\n\n"
     "VARIETY: Was it hard to say goodbye?\n\nVery. I cried on the last day, and so did the crew.\n"),
    ("Tell us how you found out about the ending.\n\nNot at all. I found out when the script arrived.\n\n"
     "Was it hard to say goodbye?\n\nVery. I cried on the last day, and so did the crew.\n\n"
     "What comes next for you?\n\nA long holiday, then a play.\n"),
])
def test_answers_without_labels_after_an_outlet_label_or_prompts(body):
    found = quotes(INTERVIEW + body, ["Ines Marlow"])
    assert found["Not at all. I found out when the script arrived."] == (SPEECH, "Ines Marlow")
    assert found["Very. I cried on the last day, and so did the crew."] == (SPEECH, "Ines Marlow")


def test_a_partial_quote_after_an_accusation_is_the_accuser_s():
    text = ("Lawsuit\n\nMara Quill filed a lawsuit on Monday. In it, Quill accuses the label of spreading a "
            "\u201cfalse and cruel story\u201d about her.\n")
    assert quotes(text, ["Mara Quill"])["false and cruel story"] == (SPEECH, "Mara Quill")
