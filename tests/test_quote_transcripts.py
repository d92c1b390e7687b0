"""Q&A transcripts: answers are the interviewee's speech, questions are not quotes of anyone."""

from __future__ import annotations

from pathlib import Path

from search.extract.quotes.finder import find_quotes
from search.ingest.files import load
from search.model import IN_SHOW, SCARE, SPEECH

DATA = Path(__file__).parent / "data" / "quotes"


def extract(name: str, people: list[str]):
    (article,), _ = load([DATA / name])
    return article, find_quotes(article, people, [])


def texts(qs, kind=None, speaker=None):
    return [q.text for q in qs
            if (kind is None or q.kind == kind) and (speaker is None or q.speaker == speaker)]


def test_q_and_a_labels_answers_belong_to_the_interviewee_named_in_the_intro():
    article, qs = extract("qa-labels.txt", ["Petra Lindqvist", "Jonas Ebbe"])
    answers = texts(qs, SPEECH, "Petra Lindqvist")
    assert "I think it's fair. Cosy until the lamp goes out, anyway." in answers
    assert "A long nap. Then a comedy, if anyone will have me." in answers
    # an unlabelled paragraph after an answer continues it
    assert "The storm machine was another story. It soaked everyone for three weeks." in answers
    # questions are not anyone's quotes
    assert not [q for q in qs if q.text.startswith(("Critics keep", "What's next"))]
    for q in qs:
        assert article.text[q.start:q.end] == q.text


def test_quotes_inside_questions_and_answers_are_their_own_quotes():
    _, qs = extract("qa-labels.txt", ["Petra Lindqvist", "Jonas Ebbe"])
    by_text = {q.text: q for q in qs}
    assert by_text["cosy horror."].kind == SCARE
    assert by_text["Leave the light on for me."].kind == IN_SHOW
    assert (by_text["Don't overthink this one."].kind, by_text["Don't overthink this one."].speaker) == (
        SPEECH, "Jonas Ebbe")


def test_name_labels_in_bold_caps():
    _, qs = extract("qa-names.md", ["Rafe Okonkwo"])
    answers = texts(qs, SPEECH, "Rafe Okonkwo")
    assert "He never lies to himself. Everyone else, constantly, but never to himself." in answers
    assert "Half mine, half my grandmother's. She would be furious about the other half." in answers
    # "You've said …" in a question quotes the interviewee
    assert "the most honest liar on television." in answers
    assert not [q for q in qs if q.text.startswith("Was the accent")]


def test_unlabelled_answers_after_bold_questions():
    _, qs = extract("qa-unlabelled.txt", ["Ilse Marrow"])
    answers = texts(qs, SPEECH, "Ilse Marrow")
    assert "Every night I am in town. If I stop, I lose it." in answers
    assert "Soup, mostly. Soup and patience." in answers
    assert not [q for q in qs if "How did the television" in q.text]
    inner = next(q for q in qs if q.text == "A cook who doesn't cook is just a critic.")
    assert inner.speaker != "Ilse Marrow"


def test_a_metadata_block_is_not_a_transcript():
    _, qs = extract("review-metadata.txt", ["Noor Vance", "Ike Delacorte"])
    assert [q.text for q in qs] == ["Saltglass"]
    assert qs[0].kind == SCARE


def test_bold_name_labels_in_plain_text():
    from search.model import Article

    text = ("Jun Harrow on Playing Twins\n\n"
            "Jun Harrow plays both brothers in Mirror Creek. We spoke on Tuesday.\n\n"
            "**Gazette:** Which twin is harder?\n\n"
            "**Harrow:** The nice one. Kindness takes rehearsal.\n\n"
            "**Gazette:** And the other?\n\n"
            "**Harrow:** He just shows up.")
    qs = find_quotes(Article("t.txt", "Jun Harrow on Playing Twins", text), ["Jun Harrow"], [])
    assert [(q.text, q.speaker) for q in qs] == [
        ("The nice one. Kindness takes rehearsal.", "Jun Harrow"),
        ("He just shows up.", "Jun Harrow"),
    ]
