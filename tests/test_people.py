"""People: full names of real people, short mentions resolved, characters and works left out."""

from pathlib import Path

import pytest

from search.extract.people.finder import find_people, known_people, resolve
from search.ingest.files import load
from search.model import SPEECH, Article, CastPair, Extraction, Quote

DATA = Path(__file__).parent / "data" / "people"


@pytest.fixture(scope="module")
def articles():
    found, _ = load([DATA])
    return {a.id: a for a in found}


def test_trade_casting_people_without_credits_characters_or_byline(articles):
    people = find_people(articles["casting-trade.txt"])
    assert people == sorted(people)
    for name in ("Tovah Lindgren", "Marcus Ellery", "Delphine Achebe", "Rafe Okonkwo",
                 "Hollis Penrose", "Mina Sorensen", "Jonas Whitby"):
        assert name in people
    # the byline is the article's own metadata; credits and characters are not people
    for name in ("Petra Nowicki", "Copper Saints", "Salt Years", "Ida Brandt", "Conrad Voss", "Teo Brandt",
                 "Brass Harbor", "Greta Hale"):
        assert name not in people


def test_group_mention_names_each_member(articles):
    people = find_people(articles["panel-recap.txt"])
    assert {"Will Castellan", "Jonah Castellan"} <= set(people)
    assert "Finn Rask" not in people and "Odo Rask" not in people  # two roles, not people
    assert "Esme Vail" not in people and "Rook Dunleavy" not in people


def test_spanish_article(articles):
    people = find_people(articles["entrevista-es.txt"])
    assert people == ["Tomás Iriarte", "Valeria Montes"]


def test_seeds_people():
    seeds, _ = load([Path(__file__).parent.parent / "seeds"])
    by_name = {a.id[:3]: set(find_people(a)) for a in seeds}
    assert {"Joseph Quinn", "Gaten Matarazzo", "Caleb McLaughlin"} <= by_name["001"]
    assert {"Matt Duffer", "Ross Duffer", "Millie Bobby Brown", "Jamie Campbell Bower"} <= by_name["002"]
    assert not {"Eddie", "Stranger Things", "Empire Strikes Back"} & by_name["002"]


@pytest.mark.parametrize("name, expected", [
    ("Quinn", "Joseph Quinn"),
    ("Joseph Quinn", "Joseph Quinn"),
    ("Quinn's", "Joseph Quinn"),
    ("Matt", "Matt Duffer"),
    ("Duffer", None),  # two Duffers: not sure, so no name
    ("Campbell Bower", "Jamie Campbell Bower"),
    ("Bower", "Jamie Campbell Bower"),
    ("Harbour", None),
    ("", None),
])
def test_resolve(name, expected):
    people = ["Jamie Campbell Bower", "Joseph Quinn", "Matt Duffer", "Ross Duffer"]
    assert resolve(name, people) == expected


def test_known_people_counts_articles_quotes_and_roles():
    ex = {
        "a.txt": Extraction(
            quotes=[Quote("x", 0, 1, "Joseph Quinn", SPEECH), Quote("y", 2, 3, "Eddie", "in-show line")],
            people=["Joseph Quinn", "Matt Duffer"],
            cast=[CastPair("Eddie", "Joseph Quinn", work="Stranger Things")]),
        "b.txt": Extraction(quotes=[Quote("z", 0, 1, "Joseph Quinn", SPEECH)], people=["Joseph Quinn"]),
    }
    table = known_people(ex)
    assert table["Joseph Quinn"]["articles"] == ["a.txt", "b.txt"]
    assert table["Joseph Quinn"]["quotes"] == 2
    assert table["Joseph Quinn"]["roles"] == ["Eddie (Stranger Things)"]
    assert table["Matt Duffer"] == {"articles": ["a.txt"], "quotes": 0, "roles": []}
    assert "Eddie" not in table


def test_roundup_lists_credits_and_suffixes(articles):
    people = find_people(articles["trade-roundup.txt"])
    assert people == ["Beatrix Lowe", "Cal Brennan", "Dev Anand Rao", "Hattie Szabo", "Jessa Moreno",
                      "Jo Vance", "Kit Okafor", "Rhys Calder", "Robert Danvers Jr.", "Sam Reyes"]
    assert resolve("Danvers", people) == "Robert Danvers Jr."


def test_knighted_actor_is_a_person_and_characters_are_not(articles):
    people = find_people(articles["film-history.txt"])
    assert "Edmund Prowse" in people
    not_people = {"Abel Tarrant", "Cody Briggs", "Hal Greer", "Ada Lark", "Glass Orchard", "Iron Meadow"}
    assert not not_people & set(people)


def test_headline_verbs_are_not_part_of_names():
    from search.model import Article

    text = ("'Low Tide' Season 2 Trailer Sets March Return, Adds Greta Olsen\n\n"
            "The streamer has cast Greta Olsen, who said she had waited years for a role like this.")
    assert find_people(Article(id="h.txt", title="t", text=text)) == ["Greta Olsen"]


def test_spanish_roles_and_byline(articles):
    people = find_people(articles["estreno-es.txt"])
    # the byline "Por Marta Ibáñez" is metadata
    assert people == ["Gonzalo Arriaga", "Irene Solís", "Julián Maroto", "Paula Vidal"]


def test_long_lists_share_evidence_and_possessive_works_stay_out():
    from search.model import Article

    text = ("Game Night Returns\n\n"
            "Other pairs on the schedule: Bluebird's Corey Mallet and Tansy Odum, "
            "Helen Vasko and Pim Adeyinka, "
            "Ruth Calloway and Idris Mbeki, and Quill Garza and Sorrel Tang. 'Bluebird' fans can also expect "
            "host Marco Lentz. Peacock's Crystal Harbor has added Nell Ivers (Godfather of Harlem), "
            "Ty Brandt "
            "(Nashville) and newcomer Ada Klim, per Deadline.")
    people = find_people(Article(id="l.txt", title="t", text=text))
    assert people == ["Ada Klim", "Corey Mallet", "Helen Vasko", "Idris Mbeki", "Marco Lentz",
                      "Nell Ivers", "Pim Adeyinka", "Quill Garza", "Ruth Calloway", "Sorrel Tang",
                      "Tansy Odum", "Ty Brandt"]


def test_transcript_labels_and_possessive_person_nouns():
    from search.model import Article

    text = ("A Talk With the Cast\n\n"
            "Mara Quell: I loved every day on that set.\n\n"
            "Later we met Teodor Vasz's longtime publicist, who declined to comment.")
    assert find_people(Article(id="q.txt", title="t", text=text)) == ["Mara Quell", "Teodor Vasz"]


def test_resolve_in_corpus_prefers_the_article():
    from search.extract.people.finder import corpus_people, resolve_in_corpus

    ex = {"a": Extraction(people=["Caleb McLaughlin"]), "b": Extraction(people=["Joseph Quinn"])}
    everyone = corpus_people(ex)
    assert everyone == ["Caleb McLaughlin", "Joseph Quinn"]
    assert resolve_in_corpus("McLaughlin", [], everyone) == "Caleb McLaughlin"
    assert resolve_in_corpus("Quinn", ["Aidan Quinn"], everyone) == "Aidan Quinn"


def test_a_name_that_speaks_lines_inside_the_show_is_no_person():
    from search.extract.pipeline import extract_one

    text = ("Four lines from Saltmarsh Road fans still repeat\n\n"
            "1. The flood\n\n"
            "\u201cWe bail until the tide turns.\u201d - Edda Plume\n\n"
            "Edda Plume (Rhona Castellmare) holds the village together the night the dyke breaks. "
            "Castellmare told us she learned to row for the part.\n\n"
            "2. The auction\n\n"
            "\"Nothing here is for sale, not even me.\"- Osric Venn\n\n"
            "Osric Venn says it to the bailiff at the door.\n")
    ex = extract_one(Article(id="t.txt", title="t", text=text))
    assert "Rhona Castellmare" in ex.people
    assert "Osric Venn" not in ex.people


def test_a_capitalised_word_after_a_romance_article_is_a_title_not_a_given_name():
    text = ("Titolo\n\n"
            "Alla festa sono arrivati il Dottore Marco Quaglieri e la Contessa Giulia Sarzanelli, "
            "oltre a Tommaso Berlinghieri, che ha detto di essere felice.")
    people = find_people(Article(id="t.txt", title="t", text=text))
    assert "Marco Quaglieri" in people and "Giulia Sarzanelli" in people
    assert not any(p.startswith(("Dottore", "Contessa")) for p in people)


def test_common_given_names_are_a_hint_across_languages():
    text = ("Headline\n\n"
            "The front row included Imogen Pattersby, and later Raquel Oyarzábal waved from the balcony.")
    people = find_people(Article(id="t.txt", title="t", text=text))
    assert {"Imogen Pattersby", "Raquel Oyarzábal"} <= set(people)
