"""Cast pairs: every form the press uses to say who plays whom, and the notes that are not pairs."""

from pathlib import Path

import pytest

from search.extract.people.finder import people_and_cast
from search.ingest.files import load
from search.model import Article

DATA = Path(__file__).parent / "data" / "people"


@pytest.fixture(scope="module")
def cast():
    found, _ = load([DATA])
    out = {}
    for a in found:
        _, pairs = people_and_cast(a)
        out[a.id] = pairs
    return out


def pairs(cast_list):
    return {(c.character, c.actor) for c in cast_list}


def test_trade_casting_forms(cast):
    got = pairs(cast["casting-trade.txt"])
    assert ("Ida Brandt", "Tovah Lindgren") in got            # Character (Surname)
    assert ("Conrad Voss", "Marcus Ellery") in got            # X will play Y
    assert ("Teo Brandt", "Rafe Okonkwo") in got              # plays Ida's brother, Teo Brandt
    assert ("Sister Agathe Moreau", "Tovah Lindgren") in got  # who played ... on <show>
    assert ("Greta Hale", "Mina Sorensen") in got             # X as harbormaster Y
    # credits, airtimes, years and "plays no one" are not pairs
    characters = {c for c, _ in got}
    assert not characters & {"Copper Saints", "The Salt Years", "Salt Years", "Northgate", "Tovah Lindgren"}
    assert len(got) == 5


def test_work_is_filled_from_the_text(cast):
    works = {c.character: c.work for c in cast["casting-trade.txt"]}
    assert works["Sister Agathe Moreau"] == "Copper Saints"
    assert works["Conrad Voss"] == "Brass Harbor"


def test_panel_forms(cast):
    got = {c.character: c for c in cast["panel-recap.txt"]}
    multi = got["Wick/Abbot/The Grey Lantern"]
    assert multi.actor == "Soren Halvard"
    assert multi.aliases == ("Wick", "Abbot", "The Grey Lantern")
    assert got["Dr. Esme Vail"].actor == "Nadia Petrakis"
    assert got["Captain Rook Dunleavy"].actor == "Theo Marchetti"
    assert got["Ansel Crowe"].actor == "Bettina Moor"            # Character, played by Actor
    assert got["Mortimer Quill"].actor == "Gideon Hart"          # who portrayed
    assert got["Finn Rask"].actor == got["Odo Rask"].actor == "Soren Halvard"  # one actor, two roles
    assert "pictured" not in " ".join(got)


def test_actor_first_parentheses_decided_by_evidence(cast):
    got = pairs(cast["actor-first.txt"])
    assert got == {("Queen Saffa", "Priya Nandakumar"), ("Lord Tamsin Reeve", "Oren Blackwell"),
                   ("Marigold", "Lucia Vance")}


def test_spanish_que_interpreta_a(cast):
    assert pairs(cast["entrevista-es.txt"]) == {("Carmen Salas", "Valeria Montes"),
                                                ("Nico Ruiz", "Tomás Iriarte")}


def _cast_of(text: str):
    return pairs(people_and_cast(Article(id="t.txt", title="t", text=text))[1])


def test_possessive_and_surname_paren():
    text = ("Headline\n\nIn the new season, Lucas (McLaughlin) and Max (Sadie Sink) reunite. "
            "Caleb McLaughlin said the scene was hard. Sink's Max barely speaks.")
    got = _cast_of(text)
    assert ("Lucas", "Caleb McLaughlin") in got
    assert ("Max", "Sadie Sink") in got


def test_parenthetical_notes_are_not_pairs():
    text = ("Headline\n\nDana Whitlock (pictured) stars in Red Shore (HBO, 9/8c), a remake of a film (2019) "
            "with Owen Tate (Doctor Who, The Crown). Whitlock said she loved it. Tate, who plays no one "
            "on television, laughed.")
    assert _cast_of(text) == set()


def test_seed_cast():
    seeds, _ = load([Path(__file__).parent.parent / "seeds"])
    by_name = {a.id[:3]: pairs(people_and_cast(a)[1]) for a in seeds}
    assert ("Eddie", "Joseph Quinn") in by_name["001"]
    assert ("Dustin", "Gaten Matarazzo") in by_name["001"]
    assert ("Eleven", "Millie Bobby Brown") in by_name["002"]
    assert ("Vecna/Henry/One", "Jamie Campbell Bower") in by_name["002"]


def test_trade_roundup_credits_and_roles(cast):
    got = pairs(cast["trade-roundup.txt"])
    assert got == {
        ("Detective Rae Kimura", "Jessa Moreno"),   # Moreno will play ...
        ("Victor Haldane", "Rhys Calder"),          # signed on to play the villain, ... named Y
        ("Silas Pike", "Rhys Calder"),              # previously played Y (opposite Z)
        ("Marnie Haldane", "Beatrix Lowe"),         # the role of Y went to X
        ("Wren Hale", "Kit Okafor"),                # Wren and Tobias Hale (A and B)
        ("Tobias Hale", "Sam Reyes"),
    }
    works = {c.character: c.work for c in cast["trade-roundup.txt"]}
    assert works["Victor Haldane"] == "Copperline"
    assert works["Silas Pike"] == "Tin Roof"


def test_film_history_forms(cast):
    got = pairs(cast["film-history.txt"])
    assert got == {
        ("Abel Tarrant", "Edmund Prowse"),      # Sir X ... X played the weary marshal Y
        ("Cody Briggs", "Danny Holt"),          # played hotheaded Texas ranger Y (adjective skipped)
        ("Lottie", "Gloria Reyes"),             # took on the role of Y
        ("Sheriff Hal Greer", "Owen Marsh"),    # played by two-time Emmy nominee X
        ("Ada Lark", "Nora Pike"),              # her portrayal of Y
        ("Lottie", "Ines Cardona"),             # Y [played by X]
    }


def test_spanish_como_quien_da_vida_and_a_quien(cast):
    got = {c.character: c for c in cast["estreno-es.txt"]}
    assert got["Alba Cifuentes"].actor == "Irene Solís"        # encabeza el reparto como la periodista Y
    assert got["Ernesto Llorente"].actor == "Julián Maroto"    # quien da vida al comisario Y
    assert got["Rocío"].actor == "Paula Vidal"                 # Vidal interpreta a Y
    assert len(got) == 3
    assert {c.work for c in got.values()} == {"Sal y Ceniza"}


def test_find_cast_agrees_with_people_and_cast():
    from search.extract.people.cast import find_cast
    from search.extract.people.finder import find_people

    found, _ = load([DATA])
    for a in found:
        assert find_cast(a, find_people(a)) == people_and_cast(a)[1]


def test_spanish_quoted_roles_and_character_first():
    text = ("Titular\n\n"
            "La reconocida actriz chilena Dafne Rojas, quien da vida a “Inés Barrera” en la serie, habló con "
            "nosotros. La trama sigue a “Tomás” (Bruno Ledesma), el hermano de Lucía Barrera, que da vida "
            "Carla Ortúzar.")
    got = _cast_of(text)
    assert got == {("Inés Barrera", "Dafne Rojas"), ("Tomás", "Bruno Ledesma"), ("Lucía Barrera", "Carla Ortúzar")}


def test_german_noun_before_the_role_is_not_part_of_it():
    text = ("Überschrift\n\n"
            "In der neuen Serie: Tamsin Oberfeld mimt die junge Kommissarin Wiebke Sandgruber, und Ole Brackmann "
            "spielt den alten Fischer Henner Twieselmann.")
    got = _cast_of(text)
    assert ("Wiebke Sandgruber", "Tamsin Oberfeld") in got
    assert ("Henner Twieselmann", "Ole Brackmann") in got


def test_alias_link_is_a_pair_only_beside_the_lists_plain_pairs():
    text = ("Titolo\n\n"
            "Alla prima sono arrivati Ilaria Vestrini nota come Corvo, Dario Palmisani alias Gufo, "
            "il Capitano Gianmaria Stoppani e Nives Carbonetti, ovvero la dottoressa Elena Moriconi. "
            "La scrittrice Fulvia Arnaldi, alias Marta Serrachiodi, ha firmato il romanzo.")
    got = _cast_of(text)
    assert ("Gufo", "Dario Palmisani") in got
    assert ("Elena Moriconi", "Nives Carbonetti") in got
    assert ("Capitano", "Gianmaria Stoppani") in got
    # a pen name with no cast pair beside it is no role
    assert not any(actor == "Fulvia Arnaldi" for _, actor in got)


def test_possessive_role_beside_a_certain_one_in_the_same_sentence():
    text = ("Headline\n\n"
            "Fans cheered at Odran Feeley’s Walt Crane in a dream, then at the reveal that "
            "Priya Castellane’s Nora Vell was alive. Priya Castellane said the ending surprised her.")
    got = _cast_of(text)
    assert ("Nora Vell", "Priya Castellane") in got
    assert ("Walt Crane", "Odran Feeley") in got


def test_recap_that_writes_role_then_actor_writes_every_bracket_so():
    text = ("Headline\n\n"
            "In the finale Lena nearly shot her handler Brom Tessaly (Mandy Quarrington) over a lost file. "
            "A year later she is living with Anatol Vresk (Dario Felnhorst) in a flat above the river. "
            "Quarrington called the shooting scene the hardest of her career.")
    got = _cast_of(text)
    assert ("Brom Tessaly", "Mandy Quarrington") in got
    assert ("Anatol Vresk", "Dario Felnhorst") in got


def test_of_work_fame_between_actor_and_verb_is_an_aside():
    text = ("Headline\n\n"
            "Joining the voice cast, Wilhelmina Oyelaran-Strand of Tidewater Nights fame will star as Queen Ottoline.")
    assert ("Queen Ottoline", "Wilhelmina Oyelaran-Strand") in _cast_of(text)


def test_a_role_handed_from_one_actor_to_another_pairs_both():
    text = ("Titre\n\n"
            "Pour la saison trois, Bastien Lormeau laissera son rôle du Comte Aurélien à Gaspard Véronneau. "
            "Meanwhile Lars Quintavalle hands the role of Captain Idris Vane to Omar Delacroix-Pym.")
    got = _cast_of(text)
    assert {("Comte Aurélien", "Bastien Lormeau"), ("Comte Aurélien", "Gaspard Véronneau"),
            ("Captain Idris Vane", "Lars Quintavalle"), ("Captain Idris Vane", "Omar Delacroix-Pym")} <= got


def test_job_title_before_a_bracketed_role_is_not_part_of_its_name():
    text = ("Headline\n\n"
            "She finally turned on her old ally, Deputy Trade Secretary Corin Aldmoor (Fenna Rostvik), "
            "before the credits rolled.")
    assert ("Corin Aldmoor", "Fenna Rostvik") in _cast_of(text)


def test_character_of_actor_forms():
    text = ("Título\n\n"
            "A vilã Zuleica, personagem de Marisa Trancoso, volta à novela. "
            "In the spin-off, Hollis Brandvold's character, Mercy Abernath, runs the mill.")
    got = _cast_of(text)
    assert ("Zuleica", "Marisa Trancoso") in got
    assert ("Mercy Abernath", "Hollis Brandvold") in got


def test_french_lends_features_with_an_aside():
    text = ("Titre\n\n"
            "L'acteur Gaspard Véronneau prêtera quant à lui ses traits au capitaine Anselme Brochard.")
    assert ("Anselme Brochard", "Gaspard Véronneau") in _cast_of(text)


def test_a_name_ending_in_an_initial_is_the_role_side_of_a_bracket():
    text = ("Headline\n\n"
            "Late in the episode, Dorit V. (Saskia Brandwyn) finally opens the sealed drawer.")
    assert ("Dorit V.", "Saskia Brandwyn") in _cast_of(text)


def test_french_lands_the_role_of():
    text = "Titre\n\nLa comédienne Zoé Marchetti décroche le rôle de Blanche Ferrand dans la série."
    assert ("Blanche Ferrand", "Zoé Marchetti") in _cast_of(text)


def test_kept_scans_belong_to_the_text_they_were_made_of():
    """The cast is read twice per article from kept scans: another article is scanned anew."""
    from search.extract.people.cast_forms import PLAY_RE
    from search.extract.people.scanning import scan

    first = "Tovah Lindgren plays Ida Brandt in the series."
    second = "Later, Maren Oduya plays Wren Halloway."
    assert [m.group("char") for m in scan(first, PLAY_RE)] == ["Ida Brandt"]
    assert [m.group("char") for m in scan(second, PLAY_RE)] == ["Wren Halloway"]
    assert scan(first, PLAY_RE)[0].string == first
