import pytest
from whoosh import index

from search.engine.schema import SCHEMA, name_keys
from search.engine.suggest import complete_field, complete_input, did_you_mean, distance, suggest, surface
from search.query.parser import parse

ARTICLES = [
    ("a1", "Stranger Things returns", "The final season of Stranger Things opens with a storm over Hawkins.",
     ["Joseph Quinn", "Sadie Sink"]),
    ("a2", "Why Stranger Things still works", "Critics say the stranger things in the show are its people.",
     ["Joseph Quinn"]),
    ("a3", "Harbour Lights renewed", "The harbour drama was renewed after strong stories from its writers.",
     ["Tamsin Vale"]),
    ("a4", "Storm season", "A storm of stories about things that happened to a stranger.", []),
    # one article with the typo itself, so a misspelling can be rare rather than missing
    ("a5", "Letters", "A reader wrote about stranger thngs and more.", []),
]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    d = tmp_path_factory.mktemp("ix")
    ix = index.create_in(d, SCHEMA)
    w = ix.writer()
    for id_, title, body, people in ARTICLES:
        w.add_document(id=id_, type="article", title=title, body=body, person=name_keys(people),
                       actor=name_keys(people))
    w.commit()
    s = ix.searcher()
    yield s
    s.close()


def dym(searcher, text):
    return did_you_mean(searcher, parse(text), text)


def test_missing_and_rare_words_are_corrected_to_real_words(searcher):
    assert dym(searcher, "stranger thngs") == "stranger things"   # rare (one article) → common
    assert dym(searcher, "Stranger Thinsg") == "Stranger Things"   # transposition, case kept
    assert dym(searcher, "harbur lights") == "harbour lights"
    assert dym(searcher, '"stranger thigns"') == '"stranger things"'
    assert dym(searcher, "stries") == "stories"


def test_corrections_use_the_forms_articles_actually_use(searcher):
    # from the stem alone "happen" would be as close; the article says "happened"
    assert surface("happen", "happend") == "happen"
    assert dym(searcher, "things that happend") == "things that happened"


def test_good_queries_and_hopeless_ones_get_no_suggestion(searcher):
    assert dym(searcher, "stranger things") is None
    assert dym(searcher, "zzzzqqq") is None
    assert dym(searcher, "") is None
    assert dym(searcher, "storm -thngs") is None  # a negated word needs no fixing


def test_field_names_and_operators_are_left_alone(searcher):
    assert dym(searcher, "title:harbur OR stormm") == "title:harbour OR storm"
    assert dym(searcher, "actor:quin") == "actor:quinn"


def test_suggestion_really_finds_more(searcher):
    for text in ("stranger thngs", "harbur lights", "stries"):
        fixed = dym(searcher, text)
        before = len(searcher.search(parse(text).query))
        after = len(searcher.search(parse(fixed).query))
        assert after > before


def test_suggest_from_a_word_list():
    words = {"stranger": 9, "things": 7, "thing": 2, "harbour": 3, "storm": 4, "stories": 2}
    assert suggest("stranger thngs", words) == "stranger things"
    assert suggest("Harbr lights", words) == "Harbour lights"
    assert suggest("stranger things", words) is None
    assert suggest("title:storrm", words) == "title:storm"
    assert suggest("date:2022 strnger", words) == "date:2022 stranger"
    # stems, as the index keeps them, still give a word a person would type
    assert suggest("stranger thngs", ["stranger", "thing"]) == "stranger things"


def test_surface_and_distance():
    assert surface("thing", "thngs") == "things"
    assert surface("stori", "storis") == "stories"
    assert surface("improvis", "improvsed") == "improvised"
    assert distance("thngs", "things") == 1 and distance("thinsg", "things") == 1
    assert distance("abc", "xyzabc", 2) == 3


PEOPLE = ["Joseph Quinn", "Sadie Sink", "Jamie Campbell Bower", "Quentin Marsh", "Tamsin Vale"]


def test_complete_field_names():
    assert complete_field("act", PEOPLE) == ["actor:"]
    assert "speaker:" in complete_field("sp", PEOPLE) and "story:" in complete_field("st", PEOPLE)
    assert complete_field("OR", PEOPLE) == [] and complete_field("", PEOPLE) == []


def test_complete_people_after_person_fields():
    assert complete_field("actor:qu", PEOPLE) == ['actor:"Quentin Marsh"', 'actor:"Joseph Quinn"']
    assert complete_field('speaker:"Jamie C', PEOPLE) == ['speaker:"Jamie Campbell Bower"']
    assert complete_field("person:bow", PEOPLE) == ['person:"Jamie Campbell Bower"']
    assert complete_field("who:sa", PEOPLE) == ['who:"Sadie Sink"']
    assert complete_field("title:qu", PEOPLE) == []


def test_complete_input_keeps_the_rest_of_the_query():
    assert complete_input("storm AND actor:sink", PEOPLE) == ['storm AND actor:"Sadie Sink"']
    assert complete_input("storm ac", PEOPLE) == ["storm actor:"]
    assert complete_input("storm ", PEOPLE) == []
