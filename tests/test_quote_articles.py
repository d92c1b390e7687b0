"""Whole invented articles in three registers: trade press, a fan site and a Spanish write-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.extract.quotes.finder import find_quotes
from search.ingest.files import load
from search.model import SCARE, SPEECH

DATA = Path(__file__).parent / "data" / "quotes"
PEOPLE = ["Delia Voss", "Tobias Renn", "Anton Reyes", "Jonah Pike"]


def extract(name: str) -> dict[str, tuple[str, str | None]]:
    (article,), _ = load([DATA / name])
    qs = find_quotes(article, PEOPLE, [])
    for q in qs:
        assert article.text[q.start:q.end] == q.text
    return {q.text: (q.kind, q.speaker) for q in qs}


@pytest.mark.parametrize(("name", "expected"), [
    ("trade-exit.txt", {
        "Harborline": (SCARE, None),
        "Four seasons on that boat taught me more than any drama school could,": (SPEECH, "Delia Voss"),
        "I'm going to miss Greta every single day.": (SPEECH, "Delia Voss"),
        "Delia gave Greta a spine of steel,": (SPEECH, "Tobias Renn"),
        "The door is always open.": (SPEECH, "Tobias Renn"),
        "tense but professional,": (SPEECH, None),
        "Cold Harbour,": (SCARE, None),
        "the best thing I've read in five years.": (SPEECH, "Anton Reyes"),
        "I don't chase the big paycheck,": (SPEECH, "Delia Voss"),
        "I chase the scary part.": (SPEECH, "Delia Voss"),
        "The Long Tide,": (SCARE, None),
    }),
    ("fansite-goodbye.txt", {
        "Four seasons on that boat taught me everything.": (SPEECH, "Delia Voss"),
        "Greta deserved better,": (SPEECH, None),
        "Nobody steers like Delia.": (SPEECH, "Jonah Pike"),
        "She's the reason I stayed sane during the night shoots,": (SPEECH, "Jonah Pike"),
        "always brought soup.": (SPEECH, "Jonah Pike"),
    }),
    ("es-despedida.txt", {
        "Harborline": (SCARE, None),
        "Cuatro temporadas en ese barco me enseñaron más que cualquier escuela de teatro": (
            SPEECH, "Delia Voss"),
        "Voy a echar de menos a Greta cada día": (SPEECH, "Delia Voss"),
        "Delia le dio a Greta una columna de acero. La puerta siempre está abierta": (SPEECH, "Tobias Renn"),
        "tenso pero profesional": (SPEECH, None),
    }),
])
def test_article_quotes(name, expected):
    found = extract(name)
    for text, want in expected.items():
        assert found.get(text) == want, (text, found.get(text))
