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


def test_a_misspelt_actor_is_the_person_the_corpus_names():
    from search.extract.pipeline import extract_corpus
    from search.model import Article

    one = Article(id="a.txt", title="a", text="Panel notes\n\nThe heroes: Iron Lark (Benedikt Sauerlander) and "
                  "Moth (Rosalind Achebe) and Grey Ash (Tobiah Menck) arrived first.\n")
    two = Article(id="b.txt", title="b", text="Interview\n\nBenedict Sauerlander said the suit was heavy. "
                  "Sauerlander, 41, plays Iron Lark.\n")
    found = extract_corpus([one, two])
    assert ("Iron Lark", "Benedict Sauerlander") in {(c.character, c.actor) for c in found["a.txt"].cast}
    assert "Benedikt Sauerlander" not in found["a.txt"].people
