"""Forms real articles use to quote and attribute, each in a short invented article of its own,
run through the whole extraction (people found by the pipeline, not handed in)."""

from __future__ import annotations

import pytest

from search.extract.pipeline import extract_one, to_json
from search.model import IN_SHOW, SCARE, SPEECH, Article


def found(text: str, language: str = "en") -> dict[str, dict]:
    article = Article(id="a.txt", title=text.split("\n", 1)[0], text=text, language=language)
    record = to_json(article, extract_one(article))
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    return {q["text"]: q for q in record["quotes"]}


def said(text: str, language: str = "en") -> dict[str, tuple[str, str | None]]:
    return {t: (q["kind"], q["speaker"]) for t, q in found(text, language).items()}


@pytest.mark.parametrize("question, answer, later", [("Q: ", "", ""),
                                                     ("Question: ", "Hugo Lindqvist: ", "Lindqvist: ")])
def test_a_question_label_with_the_answer_on_the_next_line_of_the_same_paragraph(question, answer, later):
    text = ("A conversation with Hugo Lindqvist\n\nChef Hugo Lindqvist sat down with us.\n\n"
            f"{question}Why did you close the first restaurant?\n{answer}It was too big. I could not cook in it "
            f"anymore.\n\n{question}And now?\n{later}Now I cook for twenty people a night and I am happy.\n")
    got = said(text)
    assert got["It was too big. I could not cook in it anymore."] == (SPEECH, "Hugo Lindqvist")
    assert got["Now I cook for twenty people a night and I am happy."] == (SPEECH, "Hugo Lindqvist")
    assert not [t for t in got if "?" in t]
