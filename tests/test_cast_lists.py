"""Cast pairs written as lists and several to a sentence, in every order the press uses."""

from pathlib import Path

from tests.conftest import cast_pairs

DATA = Path(__file__).parent / "data" / "people"


def test_bracket_lists_share_one_order(people_found):
    got = cast_pairs(people_found, "expo-lists.txt")
    # Actor (Role), most items plain one-word roles
    assert {("Skipper", "Don Varga"), ("Gull", "Lucinda Orme"), ("Captain Brine", "Petra Kowalczyk"),
            ("Nettle", "Hollis Abara")} <= got
    # Role (Actor)
    assert {("Tallow", "Benedikt Sauer"), ("Mother Quill", "Rosalind Achebe"), ("Spindle", "Marguerite Osei"),
            ("Cinder/Ash", "Yusuf Demir")} <= got
    people = people_found["expo-lists.txt"][0]
    assert "Don Varga" in people and "Mother Quill" not in people


def test_a_list_after_actors_names_the_actors_first(people_found):
    got = cast_pairs(people_found, "expo-lists.txt")
    assert {("Delia Frost", "Imogen Task"), ("Rufus Penhallow", "Corwin Bale"), ("Opal Vance", "Nadia Kersey")} <= got
    people = people_found["expo-lists.txt"][0]
    assert "Imogen Task" in people and "Delia Frost" not in people


def test_credit_list_is_not_cast(people_found):
    got = cast_pairs(people_found, "expo-lists.txt")
    assert not {c for c, _ in got} & {"Sailing Home", "Night Ferry"}
    assert not {a for _, a in got} & {"Sailing Home", "Night Ferry"}
    # a list of nominees names their shows, not their roles
    assert not {c for c, _ in got} & {"Copperline", "Stillwater", "Harrowgate"}


def test_respectively_pairs_two_lists_in_order(people_found):
    got = cast_pairs(people_found, "respectively.txt")
    assert {("Wren Talbot", "Marisol Okafor"), ("Captain Dunmore", "Bertrand Lysen"),
            ("Pike", "Ines Carvalho-Reid"), ("Quill", "Tobiah Menck")} <= got
    # the two roles are not one actor's double role
    assert not any(c in ("Pike Quill", "Wren Dunmore") for c, _ in got)


def test_french_cast_verbs(people_found):
    got = cast_pairs(people_found, "distribution-fr.txt")
    assert {("Maëlle", "Élodie Garnier"), ("Anouk", "Samuel Brétigny"), ("Victor Lamarche", "Jonas Ferrat"),
            ("Hortense", "Camille Roux")} <= got
    assert "Claire Desvignes" not in {c for c, _ in got}


def test_german_cast_verbs_and_a_verb_inside_the_bracket(people_found):
    got = cast_pairs(people_found, "besetzung-de.txt")
    assert {("Till", "Felix Ostrander"), ("Ines", "Jana Wirth"), ("Jorek", "Malte Kersting"),
            ("Nuri", "Sibel Aydın"), ("Egon", "Konstantin Reiher"), ("Brigitte", "Ruth Albers")} <= got


def test_italian_cast_verbs(people_found):
    got = cast_pairs(people_found, "cast-it.txt")
    assert {("Falco", "Lorenzo Vitali"), ("Sibilla", "Chiara Moretti"), ("Aurora", "Giulia Benassi"),
            ("Ruggero", "Davide Sarti")} <= got


def test_portuguese_cast_verbs(people_found):
    got = cast_pairs(people_found, "elenco-pt.txt")
    assert {("Celeste", "Bianca Lobo"), ("Tadeu", "Rodrigo Amaral")} <= got


def test_descriptions_names_and_versions(people_found):
    got = cast_pairs(people_found, "charity-read.txt")
    assert ("Barnaby", "Dario Fenwick") in got          # "the beloved Harrow Point mascot, Barnaby"
    assert ("Cece", "Cecily Amundsen") in got           # "a version of herself named Cece"
    assert ("Jules", "Jules Marlowe") in got            # not the actor's own full name
    assert ("Wilbur", "Dario Fenwick") in got           # "his character Wilbur"
    assert ("Greta Vos", "Odile Brannock") in got       # "X (Credit) as Role"
    assert "Tidewater" not in {c for c, _ in got} | {a for _, a in got}


def test_lower_case_caption_chain(people_found):
    got = cast_pairs(people_found, "photo-captions.txt")
    assert {("Rosa Quint", "Petra Ellingham"), ("Father Brogan", "Amos Tolland")} <= got



def test_earlier_roles_named_by_their_works_in_brackets(people_found):
    got = cast_pairs(people_found, "charity-read.txt")
    assert {("Tansy Marsh", "Rhea Lundqvist"), ("Edda", "Rhea Lundqvist")} <= got
    assert not {c for c, _ in got} & {"Copperline", "Glass Bay"}


def test_voice_credit_and_is_lines_in_a_cast_list(people_found):
    got = cast_pairs(people_found, "reparto-voces-es.txt")
    assert {("Tomasa", "Lucía Ferrándiz"), ("Capitán Brisa", "Gael Sotomayor"), ("Nube", "Irene Valcárcel")} <= got


def test_a_labelled_lower_case_caption(people_found):
    got = cast_pairs(people_found, "photo-captions.txt")
    assert ("Juno Pell", "Odette Varas") in got


def test_german_verb_last_and_dutch_cast_verbs(people_found):
    assert ("Marlene", "Jonna Pfeil") in cast_pairs(people_found, "besetzung-de.txt")
    assert {("Noor", "Femke de Wit"), ("Joris", "Daan Mulder")} <= cast_pairs(people_found, "rolverdeling-nl.txt")


def test_one_role_at_two_ages(people_found):
    got = cast_pairs(people_found, "charity-read.txt")
    assert {("Marta Quell", "Nell Garrow"), ("Marta Quell", "Fiona Strand")} <= got


def test_stepping_into_a_role_lending_a_voice_bringing_to_life(people_found):
    got = cast_pairs(people_found, "charity-read.txt")
    assert {("Captain Verity", "Rhea Lundqvist"), ("Grumble", "Tomas Ulrich"), ("Osric", "Piet Hanneman")} <= got


def test_a_voice_or_a_dub_inside_the_bracket(people_found):
    got = cast_pairs(people_found, "reparto-voces-es.txt")
    assert {("Corbo", "Irene Valcárcel"), ("Pita", "Lucía Ferrándiz")} <= got
