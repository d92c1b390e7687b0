"""Quote forms of real web journalism, on invented articles in tests/data/realworld/quotes.

Each case names one form (a trade-press frame, a Q&A layout, a tweet round-up, a Spanish
inciso…) and the quote that exercises it.  People and cast come from the hand labels, so
these tests measure the quote modules alone; the floors test at the end runs the whole
extraction pipeline through the evaluation command.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from search.extract.quotes.finder import find_quotes
from search.ingest.files import load, parse_txt
from search.model import IN_SHOW, SCARE, SPEECH, CastPair
from search.tools.evaluate import evaluate

REAL = Path(__file__).parent / "data" / "realworld" / "quotes"
LABELS = {lab["file"]: lab for lab in json.loads((REAL / "labels.json").read_text(encoding="utf-8"))}


@cache
def quotes_of(name: str) -> dict[str, tuple[str, str | None]]:
    (article,), _ = load([REAL / "articles" / name])
    lab = LABELS[name]
    cast = [CastPair(c["character"], c["actor"]) for c in lab["cast"]]
    found = find_quotes(article, lab["people"], cast)
    for q in found:
        assert article.text[q.start:q.end] == q.text
    return {q.text: (q.kind, q.speaker) for q in found}


CASES = [
    # trade press
    ("salt-road-casting-exclusive.txt", "Priya walked into the room and Agnes was just there, fully formed,",
     SPEECH, "Helena Marsh", "role word before the name: showrunner X said"),
    ("salt-road-casting-exclusive.txt", "early next year, if the snow cooperates.", SPEECH, None,
     "per a source: speech, nobody named"),
    ("salt-road-casting-exclusive.txt", "thrilled with the response.", SPEECH, None, "a spokesperson"),
    ("salt-road-casting-exclusive.txt",
     "a preacher who lost his faith somewhere between two towns and never went back for it.", SCARE, None,
     "passive ', described as' is a character note"),
    ("ironwood-box-office.txt", "It's a tough one. There's no way around it,", SPEECH, None,
     "one rival studio executive told …"),
    ("ironwood-box-office.txt", "Honestly? I was terrified,", SPEECH, "Hugh Ashdown",
     "'the director said' after a sentence about him"),
    ("ironwood-box-office.txt", "We knew audiences were hungry for something big and old-fashioned,", SPEECH,
     "Carla Mendes-Ruiz", "inverted said Name, title"),
    ("vasquez-lyle-break-instagram.txt", "healthy and happy", SPEECH, None,
     "A representative for the actress told People"),
    ("vasquez-lyle-break-instagram.txt", "This isn't goodbye. It's a very long lunch break.", SPEECH,
     "Corinne Vasquez-Lyle", "multi-paragraph statement"),
    ("harrow-house-feature.txt", "the Bible,", SCARE, None, "as everyone calls it"),
    ("moonrakers-finale-reactions.txt", "me at 11:58 p.m.", SPEECH, None, "a fan's caption"),
    ("harrow-house-feature.txt", "People keep asking me when it ends,", SPEECH, "Lena Okafor-Grant",
     "'she says' after 'But the creator isn't worried.'"),
    ("kettle-bay-star-profile.txt", "They want me to do what?", SPEECH, "Odile Marchetti",
     "I called my manager and said, ‘…’"),
    ("kettle-bay-star-profile.txt", "Take nine is where she stopped acting,", SPEECH, "Simon Adeyemi-Hart",
     "he said after According to X"),
    # surnames, relatives, accounts
    ("augustin-pell-tributes.txt", "I was never the star,", SPEECH, "Augustin Pell",
     "a bare surname shared with a relative is the story's subject"),
    ("augustin-pell-tributes.txt", "He would want you to know that he was never actually a cowboy.", SPEECH,
     "Rosalind Pell", "His daughter, Rosalind Pell, confirmed … she said"),
    ("augustin-pell-tributes.txt", "Rest easy, Pop Halvorsen. The porch light is always on for you.", SPEECH,
     None, "an official account with no handle named"),
    ("moonrakers-finale-reactions.txt", "We told you the lighthouse mattered,", SPEECH, "@moonrakersroom",
     "'the account posted' is the handle named before"),
    ("moonrakers-finale-reactions.txt", "If they cancel this show after THAT cliffhanger I will "
        "riot,", SPEECH,
     None, "wrote one user"),
    ("starlight-cartel-panel.txt", "She wrote it. I just said ‘yes’ a lot.", SPEECH, None,
     "Her brother jumped in: not her"),
    ("night-harbor-exit-spin.txt", "The Hardest Decision Of My Life", SPEECH, "Rafael Ortega",
     "headline: Says It Was \"…\""),
    ("night-harbor-exit-spin.txt", "Bethany was so supportive through the whole thing", SPEECH,
     "Rafael Ortega",
     "'he stated' after a sentence whose subject is 'The star'"),
    ("night-harbor-exit-spin.txt", "Working with this man for five years has been the gift of my career. "
     "I'm gonna miss you every day on set brother.", SPEECH, "Janelle Fairweather",
     "'the actress wrote' is the actor just introduced"),
    # on screen
    ("brinewood-episode-recap.txt", "Pick a number", IN_SHOW, "Harriet", "Character's “…”"),
    ("brinewood-episode-recap.txt", "One more crossing, one more crossing", IN_SHOW, "Constance",
     "muttering"),
    # round-ups and page furniture
    ("showrunners-look-ahead.txt", "Honestly? I don't know yet. We start breaking the story in "
        "July, and I've "
     "learned not to promise anything before the room has fought about it for a month.", SPEECH,
     "Declan Moss",
     "Showrunner: Name line before the quote"),
    ("showrunners-look-ahead.txt", "We always planned three seasons. The hospital closes at the end of the "
     "third, and the question is who's still standing in the parking lot. We've known the last shot since "
     "the pilot.", SPEECH, None, "two creators credited together"),
    ("velvet-hours-reactions.txt", "What matters is that you watched, and you argued about it, and "
        "you stayed "
     "up too late. That's the prize.", SPEECH, "Hugo Sterling", "an Advertisement line inside a quotation"),
    ("velvet-hours-reactions.txt", "We'll be fine. Probably.", SPEECH, "@velvethourstv", "The "
        "show's account"),
    # British single marks
    ("marlow-street-fansite-uk.txt", "thrilled", SPEECH, "Jess Okonedo-Price", "single-marked partial quote"),
    ("marlow-street-fansite-uk.txt", "Jess taught me everything,", SPEECH, "Ewan Strachan", "Ewan, 29, said"),
    ("lantern-hill-casting-roundup.txt", "Dorian has a stillness that you can't teach,", SPEECH,
     "Imogen Blackthorn", "said the show's co-creator, Name."),
    ("lantern-hill-casting-roundup.txt", "Don't let the mud fool you.", SPEECH, "Harriet Loame",
     "says X, who plays Y. “…” continues X"),
    ("copper-saints-trailer-reactions.txt",
     "the way I screamed when Moreau showed up in that barn pic.twitter.com/aB3dE9fGh1", SPEECH, "@katsaints",
     "embedded post — display name (@handle) date"),
    ("copper-saints-trailer-reactions.txt", "I'd do it again tomorrow.", SPEECH, "Delphine Moreau",
     "she told the podcast Set Visit. “…”"),
    ("hollow-crown-vos-qa.txt", "Hollow Crown", SCARE, None, "Q&A: 'Title' in a headline"),
    ("hollow-crown-vos-qa.txt", "Mirrors. I still turn them around in hotel rooms.", SPEECH, "Anneke Vos",
     "print-style Q. / A."),
    ("maren-holt-profile.txt", "I didn't want to be the person who said yes to everything.", SPEECH,
     "Maren Holt", "pull quote"),
    ("lamplighters-episode-recap.txt", "Is anybody up there?", IN_SHOW, "Mabel", "she shouts"),
    # Spanish
    ("montes-entrevista-es.txt", "¡No vuelvas nunca!", IN_SHOW, "Inés Aranda", "Inés le grita: on screen"),
    ("montes-entrevista-es.txt", "Esa frase la improvisé", SPEECH, "Valeria Montes",
     "implicit subject after 'La actriz también recordó'"),
    ("nunez-declaraciones-es.txt", "Gracias por cada escena, Rodri. Esta casa siempre será tuya", SPEECH,
     "Marta Echeverría", "La showrunner, Name, … : «…»"),
    ("nunez-declaraciones-es.txt", "Hay algo —dijo entre risas—, pero si lo cuento me matan", SPEECH,
     "Rodrigo Núñez", "inciso —dijo—"),
]


@pytest.mark.parametrize(("name", "text", "kind", "speaker", "form"), CASES, ids=[c[4] for c in CASES])
def test_form(name, text, kind, speaker, form):
    assert quotes_of(name).get(text) == (kind, speaker)


def answers(name: str) -> list[tuple[str, str | None]]:
    return [(t, sp) for t, (k, sp) in quotes_of(name).items() if k == SPEECH]


def test_transcript_label_in_full_then_by_surname():
    found = answers("ashfall-finale-interview.txt")
    assert any(t.startswith("At a diner in Vancouver") and sp == "Tomasz Wren" for t, sp in found)
    assert any(t.startswith("Six months later.") and sp == "Tomasz Wren" for t, sp in found)
    # the editor's note is the outlet speaking
    assert not any("edited and condensed" in t for t, _ in found)
    assert quotes_of("ashfall-finale-interview.txt")["Well, it's about time somebody was brave on "
        "this show."] \
        == (SPEECH, "Sabine Okonkwo-Reyes")


def test_unlabelled_answers_and_a_question_with_a_lead_in():
    found = answers("glass-orchard-abadi-qa.txt")
    assert any(t.startswith("Felix is the most generous actor") and sp == "Noor Abadi" for t, sp in found)
    assert not any(t.startswith("You and Felix") for t, _ in found)
    assert not any("streaming now" in t for t, _ in found)


def test_spanish_dash_questions_and_labelled_answers():
    found = answers("montes-entrevista-es.txt")
    assert any(t.startswith("Para nada.") and sp == "Valeria Montes" for t, sp in found)
    assert not any(t.startswith("La actriz también") for t, _ in found)


def test_markdown_bold_labels():
    found = answers("petra-loom-qa.md")
    assert any(t.startswith("Exhausting! (laughs)") and sp == "Petra Loom" for t, sp in found)
    nested = quotes_of("petra-loom-qa.md")["If you're bored, the audience is bored,"]
    assert nested == (SPEECH, "Caspian Reyes")


# Floors sit just below what the extractor reaches on this set; they only go up.
SPEECH_F1 = 0.98
SPEAKER_ACCURACY = 0.96
KIND_ACCURACY = 0.90
UNATTRIBUTED_AT_MOST = 0.11


def test_real_world_floors():
    result = evaluate(REAL / "articles", REAL / "labels.json")
    assert result["speech"]["f1"] >= SPEECH_F1, result["speech"]
    assert result["speaker_accuracy"] >= SPEAKER_ACCURACY, result["speaker_counts"]
    assert result["kind_accuracy"] >= KIND_ACCURACY, result["kind_counts"]
    assert result["unattributed_rate"] <= UNATTRIBUTED_AT_MOST, result["unattributed_rate"]


BODY = '\n\nMaren Holt spoke to us about The Salt Keepers. "I was terrified," Holt said.\n'


@pytest.mark.parametrize(("headline", "quoted", "want"), [
    ("'I Was Terrified': Maren Holt on Her New Film", "I Was Terrified", (SPEECH, "Maren Holt")),
    ("“I Was Terrified” — Maren Holt Opens Up About Her New Film", "I Was Terrified", (SPEECH, "Maren Holt")),
    ("Maren Holt Says She 'Was Terrified' on Set", "Was Terrified", (SPEECH, "Maren Holt")),
    ("'Salt Keepers' Star Maren Holt: 'I Quit'", "I Quit", (SPEECH, "Maren Holt")),
    ("'Salt Keepers' Star Maren Holt: 'I Quit'", "Salt Keepers", (SCARE, None)),
    ("Maren Holt Talks 'The Salt Keepers' and More", "The Salt Keepers", (SCARE, None)),
    ("Q&A: 'The Salt Keepers' Star Maren Holt", "The Salt Keepers", (SCARE, None)),
    ("Maren Holt EXITS “The Salt Keepers” — Here's What She Said", "The Salt Keepers", (SCARE, None)),
])
def test_headline_forms(headline, quoted, want):
    article = parse_txt(" date 2025-01-01\n" + headline + BODY, "headline.txt")
    found = {q.text: (q.kind, q.speaker) for q in find_quotes(article, ["Maren Holt"], [])}
    assert found[quoted] == want
    assert found["I was terrified,"] == (SPEECH, "Maren Holt")  # never a nickname, whatever the headline


@pytest.mark.parametrize(("text", "quoted", "speaker"), [
    ("Lena Ruiz was asked about the twist. “Everyone saw it coming,” she fired back.",
     "Everyone saw it coming,", "Lena Ruiz"),
    ("La actriz Irene Calvo estrena Marea alta. «Ha sido el rodaje más feliz de mi vida», "
     "ha asegurado Calvo.",
     "Ha sido el rodaje más feliz de mi vida", "Irene Calvo"),
    ("Tomás Ugarte presentó la película. «Es una historia pequeña», sentenció Ugarte.",
     "Es una historia pequeña", "Tomás Ugarte"),
])
def test_frame_verbs_of_the_trade(text, quoted, speaker):
    article = parse_txt(" date 2025-01-01\nHeadline Words Here\n\n" + text + "\n", "verbs.txt")
    people = ["Irene Calvo", "Lena Ruiz", "Tomás Ugarte"]
    found = {q.text: (q.kind, q.speaker) for q in find_quotes(article, people, [])}
    assert found[quoted] == (SPEECH, speaker)


def test_names_with_initials():
    text = ('The premiere drew a crowd. "It was wild," said Samuel T. Okonkwo, who produced the film. '
            'J.R. Vance, its director, was calmer. "We got lucky," J.R. Vance told reporters.')
    article = parse_txt(" date 2025-01-01\nHeadline Words Here\n\n" + text + "\n", "initials.txt")
    found = {q.text: q.speaker for q in find_quotes(article, ["J.R. Vance", "Samuel T. Okonkwo"], [])}
    assert found == {"It was wild,": "Samuel T. Okonkwo", "We got lucky,": "J.R. Vance"}


def test_a_cast_pair_as_subject_speaks_on_screen():
    text = ('In the cold open, Eddie (Joseph Quinn) screams "Run!" at the kids. '
            'Later Agnes (Mira Holt) whispers to him, "Not yet."')
    article = parse_txt(" date 2025-01-01\nRecap: The Long Night\n\n" + text + "\n", "pair.txt")
    # people as a careless upstream might list them: a sentence opener glued on, the actress listed too
    found = {q.text: (q.kind, q.speaker, q.actor) for q in find_quotes(
        article, ["Joseph Quinn", "Later Agnes", "Mira Holt"], [CastPair("Eddie", "Joseph Quinn")])}
    assert found["Run!"] == (IN_SHOW, "Eddie", "Joseph Quinn")
    assert found["Not yet."] == (IN_SHOW, "Agnes", "Mira Holt")


def test_publications_are_not_speakers_but_filmmakers_in_their_film_names_are():
    text = ('The Ava Marsh film opened big. "We are thrilled," Ava Marsh said. '
            'The Daily Courant was less kind. "It drags," wrote Paul Reed in The Daily Courant. '
            'The Daily Courant called it "a slog."')
    article = parse_txt(" date 2025-01-01\nHeadline Words Here\n\n" + text + "\n", "papers.txt")
    found = {q.text: q.speaker for q in find_quotes(article, ["Ava Marsh", "Daily Courant", "Paul Reed"], [])}
    assert found == {"We are thrilled,": "Ava Marsh", "It drags,": "Paul Reed", "a slog.": None}


def test_a_hashtag_is_a_tag():
    text = 'Fans started trending "#SaveHarrowHouse," and Ava Marsh noticed. "I love it," Marsh said.'
    article = parse_txt(" date 2025-01-01\nHeadline Words Here\n\n" + text + "\n", "tag.txt")
    found = {q.text: (q.kind, q.speaker) for q in find_quotes(article, ["Ava Marsh"], [])}
    assert found == {"#SaveHarrowHouse,": (SCARE, None), "I love it,": (SPEECH, "Ava Marsh")}
