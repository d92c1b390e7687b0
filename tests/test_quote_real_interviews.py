"""Interviews as real articles in several languages print them, each in a short invented one of its own."""

from __future__ import annotations

import pytest

from search.model import SCARE, SPEECH
from tests.test_quote_real_forms import said


@pytest.mark.parametrize("opening, closing, language", [("„", "“", "de"), ("« ", " »", "fr"), ('"', '"', "en")])
def test_answers_in_quotation_marks_under_a_name_with_bare_questions_between(opening, closing, language):
    text = ("Zwei Stimmen aus Nordlicht\n\n"
            "Die neue Serie Nordlicht läuft ab Freitag. Filmblatt traf Hauptdarsteller Jonas Weber und "
            "Hanna Kroll zum Gespräch.\n\n"
            "Filmblatt: Jonas, du spielst einen Fischer. Wie hast du dich vorbereitet?\n"
            f"Jonas Weber: {opening}Ich war zwei Wochen auf einem Kutter. Das hat gereicht.{closing}\n"
            "Und die Kälte?\n"
            f"Jonas Weber: {opening}Die war schlimm. Aber man gewöhnt sich daran.{closing}\n"
            "Hanna, deine Figur Mira verlässt die Insel. Warum tut sie das?\n"
            f"Hanna Kroll: {opening}Sie will mehr vom Leben. Das verstehe ich gut.{closing}\n")
    got = said(text, language)
    assert got["Ich war zwei Wochen auf einem Kutter. Das hat gereicht."] == (SPEECH, "Jonas Weber")
    assert got["Die war schlimm. Aber man gewöhnt sich daran."] == (SPEECH, "Jonas Weber")
    assert got["Sie will mehr vom Leben. Das verstehe ich gut."] == (SPEECH, "Hanna Kroll")
    assert not [t for t, (kind, _) in got.items() if kind == SPEECH and "?" in t]
    assert not [t for t in got if t[0] in "„«\""]


def test_the_name_alone_over_an_interview_answers_not_the_role_the_headline_names():
    text = ("Con la Ferraro? Una sfida\n\nPubblicato il\n\nGiulia Benassi\n\n"
            "«Ho capito subito come si muoveva». Così l'attrice torinese, nei panni della severa "
            "commissaria in coppia con Marco Rinaldi.\n\n© Paolo Sarti\n\n"
            "La commissaria Ferraro ha cambiato la serie, com'è stato il primo incontro?\n\n"
            "Immediato. Ho capito subito come si muoveva e come parlava.\n\n"
            "È arrivata sul set a riprese iniziate, che esperienza è stata?\n\n"
            "Bellissima. Mi hanno accolta come una di famiglia.\n\n"
            "Come ha vissuto le notti di riprese?\n\n"
            "Con tanto caffè. Ma rifarei tutto domani.\n")
    got = said(text, "it")
    assert got["Immediato. Ho capito subito come si muoveva e come parlava."] == (SPEECH, "Giulia Benassi")
    assert got["Bellissima. Mi hanno accolta come una di famiglia."] == (SPEECH, "Giulia Benassi")
    assert not [t for t, (kind, _) in got.items() if kind == SPEECH and t.endswith("?")]


def test_questions_opening_with_a_dash_and_the_one_who_talked_to_us_after_a_clause():
    text = ("Grabada en invierno, la serie Marea Baja es la más vista de la semana.\n\n"
            "El actor chileno Tomás Vidal, quien da vida a “Ernesto” en la serie, conversó con Gaceta. "
            "La creó la guionista Paula Ríos.\n\n"
            "-La serie ya es un éxito en varios países. ¿Cómo llegó el papel?\n\n"
            "Me llamaron un martes y el jueves ya estaba grabando. Fue todo muy rápido.\n\n"
            "-Ernesto guarda un secreto durante toda la temporada. ¿Qué fue lo más difícil?\n\n"
            "Callar. Ernesto sabe todo desde el primer capítulo y no puede decir nada.\n\n"
            "-Muchos piden una segunda temporada...\n\n"
            "Yo también la quiero, ojalá se haga pronto.\n")
    got = said(text, "es")
    assert got["Me llamaron un martes y el jueves ya estaba grabando. Fue todo muy rápido."] == (SPEECH, "Tomás Vidal")
    assert got["Callar. Ernesto sabe todo desde el primer capítulo y no puede decir nada."] == (SPEECH, "Tomás Vidal")
    assert got["Yo también la quiero, ojalá se haga pronto."] == (SPEECH, "Tomás Vidal")
    assert not [t for t, (kind, _) in got.items() if kind == SPEECH and "?" in t]


@pytest.mark.parametrize("verb", ["tranche-t-elle", "sourit-elle", "nuance-t-elle"])
def test_any_french_verb_with_the_pronoun_after_it_reports_the_words_before(verb):
    text = ("Nadia Lherbier passe derrière la caméra\n\n"
            "Dans ce premier film, Nadia Lherbier joue une juge qui doute de tout.\n\n"
            f"\"C'est une femme qui ne lâche rien, même quand elle a tort\" {verb}.\n")
    got = said(text, "fr")
    assert got["C'est une femme qui ne lâche rien, même quand elle a tort"] == (SPEECH, "Nadia Lherbier")


def test_a_question_on_its_line_with_the_answer_on_the_next_and_a_thought_voiced_while_thinking():
    text = ("Nia Okafor talks 'Lowland' and her camp\n\n"
            "The documentary 'Lowland' follows a school rowing crew for a season. We caught up with "
            "Nia Okafor, its captain, for a short interview.\n\n"
            "Did the cameras on the boat make you nervous at first?\n"
            "Not really, we forgot about them after a week.\n\n"
            "What do you want people to take from it?\n"
            "I can't row my whole life thinking, \"What will they say about me?\" I hope kids from small "
            "towns see that they can get there too, whatever it takes.\n\n"
            "'Lowland' was filmed years ago -- was it hard to finish?\n"
            "It was har")
    got = said(text)
    assert got["Not really, we forgot about them after a week."] == (SPEECH, "Nia Okafor")
    assert got["What will they say about me?"] == (SPEECH, "Nia Okafor")
    assert got["It was har"] == (SPEECH, "Nia Okafor")
    assert not [t for t, (kind, _) in got.items() if kind == SPEECH and t.endswith("finish?")]


def test_a_left_out_subject_through_sentences_reporting_more_of_her_words_is_still_hers():
    text = ("Lucía Ferrán habla de su nuevo papel\n\n"
            "La actriz Lucía Ferrán aseguró que su personaje en la telenovela Marea es un gran reto.\n"
            "\"Mi personaje se llama Inés, es una mujer que quiere todo lo que tiene su jefa, y eso la cambia\", "
            "subrayó la actriz en entrevista.\n"
            "Asimismo, comentó que al principio hace todo lo que le diga Paloma Rivas, incluso dejar de "
            "hablarle a su hermana.\n"
            "\"Inés va a cambiar cuando se convierta en madre, y eso la hace mejor persona\", concluyó.\n")
    got = said(text, "es")
    last = "Inés va a cambiar cuando se convierta en madre, y eso la hace mejor persona"
    assert got[last] == (SPEECH, "Lucía Ferrán")


def test_a_verb_in_lower_case_after_a_stray_full_stop_still_frames_the_quote():
    text = ("Carla Mendes no programa de domingo\n\n"
            "A atriz Carla Mendes falou no programa deste domingo sobre a novela. Bia Torres surpreendeu a "
            "atriz falando que deseja que Carla vire sua amiga \"A gente briga tanto em cena que precisa se "
            "gostar fora dela\". finalizou.\n")
    got = said(text, "pt")
    assert got["A gente briga tanto em cena que precisa se gostar fora dela"] == (SPEECH, "Bia Torres")


def test_the_one_who_named_before_and_the_latter_are_who_she_is_never_the_name_after():
    text = ("Confidences sur le plateau\n\n"
            "Dans l'émission du soir, le présentateur Luc Marceau a reçu Paul Ternier et Agnès Dorval. "
            "Cette dernière est revenue sur son parcours pour Télé Hebdo.\n\n"
            "Celle qui joue la pharmacienne de la série Rue des Lilas sera bientôt au cinéma avec Sarah Vidal. "
            "Si elle garde beaucoup pour elle, elle a tout de même parlé de ses débuts : \"Mes parents "
            "tenaient une boulangerie. Je me levais à quatre heures pour les aider.\"\n")
    got = said(text, "fr")
    assert got["Mes parents tenaient une boulangerie. Je me levais à quatre heures pour les aider."] == (
        SPEECH, "Agnès Dorval")


def test_a_title_after_a_german_compound_noun_is_a_title_even_before_a_speech_verb():
    text = ("Nora Kessler über ihre Rolle\n\n"
            "In einem neuen Interview zur Netflix-Erfolgsserie „Nachtzug“ verrät Nora Kessler, dass sie "
            "die Rolle fast abgelehnt hätte.\n")
    got = said(text, "de")
    assert got["Nachtzug"][0] == SCARE


def test_the_actress_is_the_one_introduced_so_before_one_merely_cast_later():
    text = ("Lucía Ferrán y su gran reto\n\n"
            "La actriz Lucía Ferrán aseguró que su papel en la telenovela Marea es un gran reto.\n"
            "La telenovela también cuenta con Marta Gil, que interpreta a Paloma Rivas.\n"
            "\"Mi personaje quiere todo lo que tiene su jefa, y eso la cambia por completo\", subrayó la actriz.\n")
    got = said(text, "es")
    assert got["Mi personaje quiere todo lo que tiene su jefa, y eso la cambia por completo"] == (
        SPEECH, "Lucía Ferrán")


def test_a_role_before_the_colon_in_the_headline_is_the_actor_the_body_introduces():
    text = ("L’attore in conferenza: «Le critiche? Fanno parte del gioco»\n\n"
            "Conferenza stampa della terza serie di Nebbia, il commissario interpretato da Paolo Ruggeri. "
            "La serie non piace a tutti. L’attore ha risposto a qualche domanda.\n")
    got = said(text, "it")
    assert got["Le critiche? Fanno parte del gioco"] == (SPEECH, "Paolo Ruggeri")
