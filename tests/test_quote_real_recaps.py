"""Recaps as real outlets write them, each in a short invented one of its own: the story's people
speak their lines on screen, told in the present tense."""

from __future__ import annotations

from search.model import IN_SHOW, SPEECH
from tests.test_quote_real_forms import said


def test_a_voice_narrating_and_present_tense_scenes_are_lines_of_the_story_s_people():
    text = ("Harbour Lights Episode 6 Recap\n\n"
            "Harbour Lights Episode 6\n\n"
            "What an ending. I have to applaud Ivo Marsh's acting in the last scene. The script "
            "pits Dara Kwon against Tomas Vey and co.\n\n"
            "“Some doors only open once,” Dara Kwon’s voice narrates as she watches the ferry leave. "
            "“I walked through mine without looking back.”\n\n"
            "At the pier, Tomas Vey calls after Dara Kwon, “Dara, wait!” She does not turn around.\n\n"
            "Dara Kwon walks home alone and her phone rings. "
            "She coldly tells the caller she knows who he is: “This is the harbour master, "
            "isn't it?” Tomas Vey asks if she is all right.\n")
    got = said(text)
    assert got["Some doors only open once,"] == (IN_SHOW, "Dara Kwon")
    assert got["I walked through mine without looking back."] == (IN_SHOW, "Dara Kwon")
    assert got["Dara, wait!"] == (IN_SHOW, "Tomas Vey")
    assert got["This is the harbour master, isn't it?"] == (IN_SHOW, "Dara Kwon")


def test_a_name_with_its_actor_in_brackets_speaks_as_the_role():
    text = ("Cold Quay, series 2 episode 3, recap: a raid goes wrong\n\n"
            "The crew had the money but no buyer. Kay Dorran was sure the buyer was “a man inside the force”, "
            "but her deputy Mina Roe (Alys Penhallow) said “you have no proof of that”.\n")
    got = said(text)
    assert got["you have no proof of that"] == (IN_SHOW, "Mina Roe")
    # the other order, the actor first, when the article casts her so
    text = ("Cold Quay recap: a raid goes wrong\n\nRuth Banner plays Lisa Moyle in the thriller.\n\n"
            "At the launch, Ruth Banner (Lisa Moyle) said “nobody saw the ending coming”.\n")
    assert said(text)["nobody saw the ending coming"] == (SPEECH, "Ruth Banner")


def test_a_frame_running_into_the_next_line_is_that_line_s_and_he_adds_goes_on_with_it():
    text = ("The new Skyfall Run teaser gives Brin a surprising new friend\n\n"
            "In the opening of the teaser, Kai (Rafe Dunmore) meets a stranger in the desert. "
            "When Kai asks, “Where did you come from?”, Brin (Oskar Tell) tells him, “He fell from the sky. "
            "Like a star.”\n\n"
            "Then he adds: “A very tall star.” The scene ends there.\n")
    got = said(text)
    assert got["Where did you come from?"] == (IN_SHOW, "Kai")
    assert got["He fell from the sky. Like a star."] == (IN_SHOW, "Brin")
    assert got["A very tall star."] == (IN_SHOW, "Brin")


def test_a_line_then_a_colon_and_one_of_the_show_s_people_doing_something_headline_style():
    text = ("Tomás Reyes vuelve a la televisión\n\n"
            "Tomás Reyes interpreta a Julián Sanz en la serie Raíces, que se estrena el lunes.\n\n"
            "Más noticias\n"
            "- Comienza la venganza: Julián descubre el secreto de su hermano\n"
            "- “Nadie te va a perdonar esto”: Marta reprocha a su cuñado su silencio\n")
    got = said(text, "es")
    assert got["Nadie te va a perdonar esto"] == (IN_SHOW, "Marta")
