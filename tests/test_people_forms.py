"""People named in the forms celebrity and recap copy uses: stage names, cheered lists,
initials and particles; and the characters of a recap, who are not people."""

from pathlib import Path

import pytest

from search.extract.people.finder import people_and_cast
from search.ingest.files import load
from search.model import Article

DATA = Path(__file__).parent / "data" / "people"


@pytest.fixture(scope="module")
def people():
    articles, _ = load([DATA / "gala-night.txt", DATA / "recap-episode.txt"])
    return {a.id: set(people_and_cast(a)[0]) for a in articles}


def test_stage_names_as_written(people):
    assert {"Jay-Z", "A$AP Rocky", "Velouria"} <= people["gala-night.txt"]


def test_names_cheered_or_thanked_are_people(people):
    assert {"Marisol Vance", "Teodor Blum", "Hana Okafor", "Mira Kessel"} <= people["gala-night.txt"]


def test_initials_ranks_suffixes_and_particles(people):
    assert {"Arlo K. Whitcombe Jr.", "J. R. Tolliver", "Piet van der Berg"} <= people["gala-night.txt"]
    assert "Harbor Hall" not in people["gala-night.txt"]


def test_a_recaps_characters_are_not_people(people):
    assert not people["recap-episode.txt"] & {"Mara Quill", "Desmond Vail", "Tobias Wren", "Eliza Wren"}


def test_a_real_figure_played_in_a_drama_is_both_role_and_person():
    articles, _ = load([DATA / "royal-drama.txt"])
    people, cast = people_and_cast(articles[0])
    assert {("Matilda III", "Ada Lorne")} <= {(c.character, c.actor) for c in cast}
    assert {"Ada Lorne", "Matilda III", "Piers Hawley", "Edwin Crale"} <= set(people)


def test_a_speaker_the_article_casts_as_a_role_is_not_a_person():
    from search.extract.people.finder import may_be_speaker

    text = (DATA / "recap-speaker.txt").read_text(encoding="utf-8")
    assert not may_be_speaker(text, "Mara Quill")
    assert may_be_speaker(text, "Teodor Blum") and may_be_speaker(text, "Someone Unnamed")


def test_a_one_word_name_with_a_pronoun_and_a_deed_is_a_person():
    articles, _ = load([DATA / "label-lawsuit.txt"])
    people = set(people_and_cast(articles[0])[0])
    assert "Kestrel" in people
    assert not people & {"Harborline Records", "Lantern Works", "Harborline"}


def test_page_labels_and_studios_are_not_people():
    articles, _ = load([DATA / "page-labels.txt"])
    people = set(people_and_cast(articles[0])[0])
    assert {"Mara Ellison", "Paolo Renzi"} <= people
    assert not people & {"Release Date", "Running Time", "Warner Bros", "Studio Head", "Bros Robot"}


def test_a_surname_in_capitals_after_a_given_name():
    articles, _ = load([DATA / "cannes-caps.txt"])
    people, cast = people_and_cast(articles[0])
    assert {"Jules MARCHETTI", "Noémie FAUVEL", "Pierre LANDRY"} <= set(people)
    assert ("Louise Marchal", "Noémie FAUVEL") in {(c.character, c.actor) for c in cast}
    assert not set(people) & {"Disney UK", "Louise Marchal"}


def test_a_show_named_after_its_host_names_the_host():
    articles, _ = load([DATA / "late-night.txt"])
    assert {"Kelly Clarkson", "Jimmy Kimmel"} <= set(people_and_cast(articles[0])[0])


def test_a_long_capitalised_run_met_once_is_a_heading_not_a_person():
    articles, _ = load([DATA / "glued-headings.txt"])
    people = set(people_and_cast(articles[0])[0])
    assert {"Mara Ellison", "Rosa Belle Ellison"} <= people
    assert not any("Sparrow" in p or "Trending" in p for p in people)


def test_a_name_inside_a_title_and_who_won_for_it():
    articles, _ = load([DATA / "late-night.txt"])
    assert "Odessa Lark" in people_and_cast(articles[0])[0]


def test_a_wire_credit_line_names_its_journalists_even_the_bylined_one():
    articles, _ = load([DATA / "wire-credit.txt"])
    people = set(people_and_cast(articles[0])[0])
    assert {"Tessa Holloway", "Marco Quint", "Jane Okafor", "Ruby Vance"} <= people


def test_people_in_a_lower_case_caption():
    articles, _ = load([DATA / "caption-lower.txt"])
    people = set(people_and_cast(articles[0])[0])
    assert {"Anna Lindholm", "Peter Berg", "Maria de Souza"} <= people
    assert not any("Gala" in p or "London" in p for p in people)


def _people(text: str, language: str = "en") -> set[str]:
    return set(people_and_cast(Article(id="p.txt", title="t", text=text, language=language))[0])


def test_german_compound_role_nouns_and_a_bare_genitive_are_not_name_parts():
    text = ("Neue Krimiserie aus Hamburg\n\n"
            "Produziert wird die Serie vom Emmy-Preisträger Anton Grellmann und Hauptdarstellerin Mira Ostwald "
            "spielt die Kommissarin. Lena Sommer sagte, sie habe das Drehbuch sofort geliebt. "
            "Wer im Abspann nach Lena Sommers Stimme sucht, wird enttäuscht.")
    people = _people(text, "de")
    assert {"Anton Grellmann", "Mira Ostwald", "Lena Sommer"} <= people
    assert not any(p.startswith(("Emmy", "Hauptdarsteller")) or p.endswith("Stimme") for p in people)


def test_a_suffix_after_a_comma_a_song_title_a_studio_and_a_surname_that_names_a_place():
    text = ("Panel report\n\n"
            "The panel included Harold Pemberton, Jr., Elena Plaza and Dara Quill. "
            "The Rain Won't Stop singer Dara Quill said the tour was long. "
            "Image credit: 21st Century Studios. Elena Plaza said she cried.")
    people = _people(text)
    assert {"Harold Pemberton Jr.", "Elena Plaza", "Dara Quill"} <= people
    assert not any("Won" in p or "Century" in p for p in people)


def test_a_group_of_given_names_does_not_take_an_irish_surname_apart():
    text = ("Casting news\n\nRory O'Donnell and Mara Lindqvist lead the heist film, and O'Donnell said he trained "
            "for months. Mara Lindqvist said the script came first.")
    people = _people(text)
    assert {"Rory O'Donnell", "Mara Lindqvist"} <= people and "Donnell Lindqvist" not in people


def test_credits_glued_to_a_name_a_copyright_credit_and_a_things_pronoun():
    text = ("Casting roundup\n\n"
            "He will next be seen in the Sarah Lindqvist-starring thriller about a lighthouse keeper.\n"
            "© Mara Jelenik\n"
            "Elsewhere, Copper Lantern added a bunch of names to its second season. "
            "The documentarian Oskar Brandvold spent years on the film.")
    people = _people(text)
    assert {"Sarah Lindqvist", "Mara Jelenik", "Oskar Brandvold"} <= people
    assert "Copper Lantern" not in people


def test_a_recaps_character_who_speaks_and_returns_again_and_again_is_no_person():
    from search.extract.pipeline import extract_one

    text = ("Harbour Lights Episode 4 Recap and Review\n\n"
            "This week Dal Moon finally confronts the board, and the chairman laughs at Dal Moon. "
            "Nobody believes Dal Moon until the final scene.\n"
            "\"You will regret this,\" Dal Moon says to the chairman.\n"
            "Baek Soo Ah's performance in that last scene was the best of the series so far.")
    people = extract_one(Article(id="r.txt", title="t", text=text)).people
    assert "Dal Moon" not in people


def test_an_editor_completes_a_name_in_brackets_inside_a_quote():
    text = ("Novela das nove\n\n"
            "“Com o autor Paulo Henrique (Valadares), tudo é possível”, disse a atriz Clara Montes. "
            "Ela completou: “Espero um texto lindo do Pedro (Tavares Lobo, autor da novela)”.")
    people = _people(text, "pt")
    assert {"Paulo Henrique Valadares", "Pedro Tavares Lobo", "Clara Montes"} <= people
    assert "Paulo Henrique" not in people
    assert people_and_cast(Article(id="p.txt", title="t", text=text, language="pt"))[1] == []


def test_a_french_conjunction_opening_a_sentence_is_no_name_part():
    from search.extract.names.runs import runs

    assert [r.words for r in runs("Et Nora Pellerin (Gizmo) a une histoire similaire. Mais Ilse Varn aussi.")][:2] \
        == [["Nora", "Pellerin"], ["Gizmo"]]
    assert ["Ilse", "Varn"] in [r.words for r in runs("Mais Ilse Varn aussi.")]
