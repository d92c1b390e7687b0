"""A speaker's name joins the article's people as the person it names."""

from search.extract.pipeline import _as_person


def test_words_glued_to_a_speaker_fall_away_when_the_rest_is_a_person():
    people = ["Jonna Pfeil", "Ruben Aschenbach"]
    assert _as_person("Sein Co-Star Ruben Aschenbach", people) == "Ruben Aschenbach"
    assert _as_person("Jonna Pfeil Danach", people) == "Jonna Pfeil"
    assert _as_person("Mira Solberg", people) == "Mira Solberg"  # someone the people list lacks stays


def test_a_speaker_opened_by_an_article_is_no_person():
    from search.extract.pipeline import extract_one
    from search.model import Article

    text = ("Ein Film über Grauzone\n\nDer Charakter hat viele Seiten. \"Ich mag ihn sehr\", sagte Der Charakter.\n")
    people = extract_one(Article(id="t.txt", title="t", text=text)).people
    assert "Der Charakter" not in people
