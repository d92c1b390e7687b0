"""Cast forms of recaps and photo captions, where the characters act like people."""

from pathlib import Path

from search.extract.people.finder import people_and_cast
from search.ingest.files import load
from tests.conftest import cast_pairs

DATA = Path(__file__).parent / "data" / "people"


def test_a_lower_case_caption_chain_ends_with_the_show(people_found):
    got = cast_pairs(people_found, "recap-procedural.txt")
    assert {("Ted Mallory", "Adrian Kell"), ("Kate Fleming", "Vicky Norcross"),
            ("Ian Buckells", "Martin Quayle")} <= got


def test_a_character_called_by_surname_is_still_the_role(people_found):
    people, cast = people_found["recap-procedural.txt"]
    assert ("Ted Mallory", "Adrian Kell") in {(c.character, c.actor) for c in cast}
    assert "Ted Mallory" not in people and "Adrian Kell" in people


def test_a_role_with_two_names_is_one_record_per_name():
    from search.extract.pipeline import extract_one, to_json

    articles, _ = load([DATA / "expo-lists.txt"])
    record = to_json(articles[0], extract_one(articles[0]))
    got = {(c["character"], c["actor"]) for c in record["cast"]}
    assert {("Cinder", "Yusuf Demir"), ("Ash", "Yusuf Demir")} <= got
    assert ("Cinder/Ash", "Yusuf Demir") not in got


def test_a_bracket_or_as_names_the_role_as_the_story_calls_it(people_found):
    got = cast_pairs(people_found, "finale-brackets.txt")
    assert ("Nadia", "Ilse Marrow") in got and ("Tobin Vale", "Gareth Oyelaran") in got
    assert ("Nadia Reyne", "Ilse Marrow") not in got


def test_one_role_played_by_two_actors(people_found):
    got = cast_pairs(people_found, "shared-role.txt")
    assert {("Quint", "Lars Edvik"), ("Quint", "Benno Harl"), ("Dottie Marsh", "Jolene Varga")} <= got
    assert not any(actor == "Varga" for _, actor in got)


def test_a_police_rank_is_not_part_of_the_role(people_found):
    got = cast_pairs(people_found, "recap-procedural.txt")
    assert {("Rory Quint", "Jonah Pell"), ("Lena Hale", "Ada Brennock")} <= got


def test_a_lower_case_chain_beside_a_capitalised_credit(people_found):
    got = cast_pairs(people_found, "recap-procedural.txt")
    assert {("Gail Vella", "Nell Ashdown"), ("Ryan Pike", "Obi Nwosu")} <= got


def test_role_first_then_the_actor_in_european_copy(people_found):
    people, cast = people_found["role-first-eu.txt"]
    got = {(c.character, c.actor) for c in cast}
    assert {("Julien Morel", "Paul Girard"), ("Max Brenner", "Bruno Keller"), ("Hanna Roth", "Lena Vogt"),
            ("Enzo Russo", "Marco Bellini"), ("Tomás Ruiz", "Diego Lanz"), ("Joana Prates", "Carla Meireles"),
            ("Pia Neri", "Giulia Moro"), ("Claire Dumas", "Anne Roux")} <= got
    assert not any(actor == "Anne Roux" and role.startswith("Julien") for role, actor in got)
    assert not set(people) & {"Julien Morel", "Claire Dumas", "Pia Neri", "Tomás Ruiz"}


def test_a_whos_who_list_and_its_question(people_found):
    people, cast = people_found["whos-who.txt"]
    got = {(c.character, c.actor) for c in cast}
    assert {("Ted Mallory", "Adrian Kell"), ("Kate Fleming", "Vicky Norcross"), ("Steve Arno", "Martin Compton"),
            ("Ian Buckells", "Martin Quayle")} <= got
    assert not set(people) & {"Ted Mallory", "Kate Fleming", "Steve Arno"}


def test_a_cast_list_as_one_sentence_and_after_a_starring_label(people_found):
    people, cast = people_found["cast-sentence.txt"]
    got = {(c.character, c.actor) for c in cast}
    assert {("Ted Mallory", "Adrian Kell"), ("Kate Fleming", "Vicky Norcross"), ("Steve Arno", "Martin Compton"),
            ("Maya Holt", "Priya Sen"), ("Joe Holt", "Tom Reid")} <= got
    assert not set(people) & {"Ted Mallory", "Maya Holt", "Joe Holt"}
    assert not any(role == "Gullhaven" for role, _ in got)


def test_voice_verbs_in_spanish_italian_and_german(people_found):
    got = cast_pairs(people_found, "voces-es.txt")
    assert {("Hipo", "Jaime Baruqui"), ("Chimuelo", "Martín Sala"), ("Elsa", "Lucía Vera"), ("Mateo", "Diego Ruiz"),
            ("Enzo", "Marco Bellini"), ("Rita", "Sara Conti"), ("Fauchi", "Bruno Keller")} <= got


def test_his_character_in_other_languages(people_found):
    got = cast_pairs(people_found, "su-personaje.txt")
    assert {("Rodolfo", "Alejandro Nunes"), ("Mariana", "Eugenia Siller"), ("Hélène", "Camille Roussel"),
            ("Karl", "Jonas Wendler"), ("Enzo", "Luca Moretti"), ("Otto Düring", "Sebastian Kohl")} <= got


def _cast_and_people(text: str):
    from search.model import Article

    people, cast = people_and_cast(Article(id="c.txt", title="t", text=text))
    return {(c.character, c.actor) for c in cast}, set(people)


def test_a_bracket_holding_the_surname_of_an_actor_named_in_full_is_the_actor():
    text = ("Trailer breakdown: the first look\n\n"
            "The panel brought out Dominic Farrow and Ilse Brandauer to cheers. "
            "Later, Wendell Marsh (Farrow) is on a night train and sees the lights flicker. "
            "Ilse Brandauer said the shoot was cold.")
    cast, people = _cast_and_people(text)
    assert ("Wendell Marsh", "Dominic Farrow") in cast
    assert "Wendell Marsh" not in people and "Farrow" not in {c for c, _ in cast}


def test_a_recaps_role_first_order_holds_when_the_role_speaks():
    text = ("Harbour Watch recap: series 2, episode 3\n\n"
            "Inspector Rhona Tait (Gemma Lowry) chased the van. The quiet one, Neil Fenwick (Alistair Crane), "
            "watched. Later his deputy Helen Quill (Tamsin Oyelaran) said \"we can't prove that\".")
    cast, _ = _cast_and_people(text)
    assert ("Helen Quill", "Tamsin Oyelaran") in cast
    assert not any(actor == "Helen Quill" for _, actor in cast)


def test_an_actor_first_bracket_shows_the_way_for_an_odd_role_name():
    text = ("The voice cast talks games\n\n"
            "Rufus Tamm (Waffle Kong) said he grew up on the arcade version. "
            "And Nora Pell (Gizmo) said she still plays every weekend. Gizmo was always the fan favourite.")
    cast, _ = _cast_and_people(text)
    assert {("Waffle Kong", "Rufus Tamm"), ("Gizmo", "Nora Pell")} <= cast


def test_a_caption_credit_is_not_part_of_the_role_and_a_studios_person_is_a_person():
    text = ("Inside the finale\n\n"
            "Kevin Ostrander assembled the writers early. Halcyon's Kevin Ostrander said the ending came last.\n"
            "Pia Lund as Greta Credit: Northlight Pictures\n"
            "The finale airs Sunday.")
    cast, people = _cast_and_people(text)
    assert ("Greta", "Pia Lund") in cast and not any("Credit" in c for c, _ in cast)
    assert "Kevin Ostrander" in people


def test_an_opening_sentence_on_the_first_line_is_body_and_a_lower_case_rank_names_the_role():
    text = ("Dans ce téléfilm policier tourné à Brest, Armand Villeneuve joue le capitaine Lucas, un enquêteur "
            "têtu.\n\nLe tournage a duré six semaines.")
    cast, _ = _cast_and_people(text)
    assert cast == {("capitaine Lucas", "Armand Villeneuve")}


def test_her_character_of_in_spanish():
    text = ("Nueva telenovela de la tarde\n\n"
            "La actriz Mireya Cordero contó que su personaje de Lucía Andrade en la telenovela es un gran reto.")
    cast, _ = _cast_and_people(text)
    assert ("Lucía Andrade", "Mireya Cordero") in cast


def test_as_the_first_of_a_kind_is_no_role():
    text = ("Awards night\n\n"
            "The prize went to actress Ruth Ohanzee, who made history as the first Native Alaskan person to win it.")
    cast, _ = _cast_and_people(text)
    assert cast == set()


def test_in_the_role_of_a_german_quoted_name_addressed_by_first_name():
    text = ("Interview zur neuen Serie\n\n"
            "Wir trafen die Hauptdarsteller Jonas Keller und Mira Ostwald zum Gespräch.\n"
            "Frage: Jonas, in der Rolle als „Falk“ musst du viel rennen. Wie war das?\n"
            "Jonas Keller: „Anstrengend, aber schön.“")
    cast, _ = _cast_and_people(text)
    assert ("Falk", "Jonas Keller") in cast


def test_played_in_a_work_named_elsewhere_then_the_role():
    text = ("Interview mit dem Bösewicht\n\n"
            "Die neue Serie Das Haus der stillen Uhren läuft seit Freitag. "
            "Konrad Weller spielte in Das Haus der stillen Uhren Baron Kessel. "
            "Er sagt, die Rolle habe ihm Spaß gemacht.")
    cast, _ = _cast_and_people(text)
    assert ("Baron Kessel", "Konrad Weller") in cast


def test_joined_as_roles_respectively_with_an_abbreviated_honorific():
    text = ("Casting roundup\n\n"
            "- Dana Whitlock and Oren Malick have both joined season three of the pirate adaptation as "
            "Mr. 7 and Miss Golden Friday, respectively. [via Trades]")
    cast, _ = _cast_and_people(text)
    assert {("Mr. 7", "Dana Whitlock"), ("Miss Golden Friday", "Oren Malick")} <= cast


def test_a_credit_far_from_an_actor_first_pair_stays_a_credit():
    filler = "The festival ran for ten days and screened more than two hundred films from forty countries. " * 5
    text = ("Festival wrap\n\n"
            "Rufus Tamm (Waffle Kong) said he grew up on the arcade version, and the voice cast "
            "all came back for the sequel. Waffle Kong is still the fan favourite.\n\n" + filler + "\n\n"
            "Later that week Ada Vanterpool (Silent Meridian) said the jury had argued for hours.")
    cast, _ = _cast_and_people(text)
    assert ("Waffle Kong", "Rufus Tamm") in cast
    assert not any(actor == "Ada Vanterpool" for _, actor in cast)


def test_a_short_relative_clause_between_the_actor_and_the_role():
    text = ("Saison 4 : les nouveaux visages\n\n"
            "L’actrice donnera la réplique à Judith Marchal qui a été choisie pour reprendre le rôle de "
            "la reine Mathilde et succède à une autre comédienne.")
    cast, _ = _cast_and_people(text)
    assert ("reine Mathilde", "Judith Marchal") in cast


def test_the_character_he_plays_is_called():
    text = ("Neue Spionageserie\n\n"
            "Der Schweizer Schauspieler Anselm Gruber spielt in der Serie mit. Er freue sich sehr, sagte er.\n\n"
            "Der Charakter, den er verkörpert, trägt den Namen Viktor Hallmann. Gedreht wird in Wien.")
    cast, _ = _cast_and_people(text)
    assert ("Viktor Hallmann", "Anselm Gruber") in cast
    text = ("A new spy drama\n\nStage veteran Nell Ashdown joins the cast this autumn.\n\n"
            "The character she plays is called Greta Wolfe, a retired code breaker.")
    cast, _ = _cast_and_people(text)
    assert ("Greta Wolfe", "Nell Ashdown") in cast
