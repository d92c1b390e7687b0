"""People known by one name, and the one-word names that are not people."""

from pathlib import Path

from search.extract.people.finder import people_and_cast
from search.ingest.files import load

DATA = Path(__file__).parent / "data" / "people"


def people_of(name):
    articles, _ = load([DATA])
    return people_and_cast(next(a for a in articles if a.id == name))[0]


def test_a_stage_name_is_a_person():
    people = people_of("stage-name.txt")
    assert "Veyla" in people
    assert "Tamsin Okonjo" in people


def test_a_surname_a_company_and_a_place_are_not_one_name_people():
    people = people_of("stage-name.txt")
    assert not {"Okonjo", "Brightwave", "Harbourline"} & set(people)


def test_every_actor_of_a_pair_is_a_person():
    # "portrayed by" names the actor where no other evidence reaches ("So" also reads as a word)
    assert "Yoon So Ri" in people_of("kdrama-recap.txt")
    articles, _ = load([DATA])
    for a in articles:
        people, cast = people_and_cast(a)
        assert {c.actor for c in cast} <= set(people), a.id


def test_role_nouns_and_lists_in_french_and_german():
    fr = people_of("portrait-fr.txt")
    assert {"Ysaline Marchetti", "Maëlys Orsini", "Aurélien Dufay", "Julien Morel"} <= set(fr)
    assert not any("Sérénité" in p for p in fr)  # "Villa Sérénité de Julien Morel": a film and its maker
    de = people_of("serie-de.txt")
    assert {"Jannik Vosskamp", "Timo Brandl", "Ruben Aschenbach"} <= set(de)
    assert not any(p.startswith(("Sein ", "Mit ")) for p in de)


def test_a_band_after_a_possessive_is_no_role():
    articles, _ = load([DATA])
    _, cast = people_and_cast(next(a for a in articles if a.id == "stage-name.txt"))
    assert not any(c.character == "Glasshouse" for c in cast)


def test_page_labels_and_glued_words():
    people = people_of("broken-page.txt")
    assert "Release Date" not in people
    assert "Tomas Herrera" in people and not any("HerreraThe" in p for p in people)
    assert {"Imre Calloway", "Saskia Morrow-Lind"} <= set(people)


def test_a_name_later_used_by_its_first_name_is_a_role():
    people = people_of("recap-first-names.txt")
    assert "Ilsa Varnholt" not in people
    assert "Margit Solheim" in people


def test_someone_worked_with_is_a_person():
    assert "Pavel Estrada" in people_of("recap-first-names.txt")


def test_one_person_across_a_short_given_name():
    people = people_of("broken-page.txt")
    assert "Matthew Revell" in people and "Matt Revell" not in people


def test_a_compass_word_after_a_given_name_is_a_surname():
    assert "Owen West" in people_of("broken-page.txt")


def test_documentary_subjects_directors_and_authors_of_books():
    people = people_of("broken-page.txt")
    assert {"Gideon Thrale", "Wilma Orsk", "Piet Hanneman", "Oona Belvane"} <= set(people)


def test_capitals_labels_and_news_ranks():
    people = people_of("transcript-caps.txt")
    assert {"Orla Benedek", "Tomas Ulrich"} <= set(people)  # "TOMAS ULRICH:" labels his answer
    assert "Warrick P. Osei Jr." in people  # a rank as news copy writes it, stripped from the name
    assert not {"Spoiler Alert", "Interviewer"} & set(people)


def test_a_one_word_star_named_twice_after_a_role_noun_but_never_after_the():
    from search.extract.people.finder import people_and_cast
    from search.model import Article

    text = ("Singer settles tax case\n\n"
            "Just before her trial, Chilean pop artist Marisela struck a settlement with the authorities.\n"
            "Marisela reached the settlement for the sake of her children, a statement said.\n"
            "Speaking with The Lantern about her tour, she thanked her fans. The Lantern asked about her next album.")
    people = people_and_cast(Article(id="s.txt", title="t", text=text))[0]
    assert "Marisela" in people and "Lantern" not in people
