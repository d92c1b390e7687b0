"""Marks a copy leaves on a text that say which of two came first when their words do not:
a wire's credit that a lifted copy drops, and the debris a machine translation leaves
(entities spaced out, stray stops). Every article here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.copies.direction import LIKELY, UNSURE, choose_original
from search.copies.features import features
from search.copies.index import CopyIndex
from search.copies.provenance import dateline, garble
from search.model import Article, Hit, collapse_copies

DATA = Path(__file__).parent / "data" / "copy-marks"
EVIDENCE = Path(__file__).parent / "data" / "copy-evidence"


def _article(name: str, text: str | None = None) -> Article:
    text = (DATA / name).read_text(encoding="utf-8") if text is None else text
    return Article(id=name, title=text.split("\n", 1)[0], text=text, language="en")


def _links(*articles: Article) -> dict:
    idx = CopyIndex()
    for a in articles:
        idx.add(a)
    return idx.links()


@pytest.mark.parametrize("flip", [False, True])
def test_a_lifted_wire_story_without_its_credit_points_to_the_credited_text(flip):
    """A site lifts a Reuters story: no headline, no byline, no "(Reuters)", a line of its
    own at the end. Nothing else tells the two apart."""
    pair = [_article("hollow-pines-wire.txt"), _article("hollow-pines-lifted.txt")]
    links = _links(*(pair[::-1] if flip else pair))
    lk = links["hollow-pines-lifted.txt"]
    assert (lk.duplicate_of, lk.kind, lk.confidence) == ("hollow-pines-wire.txt", "republish", LIKELY)
    assert "Reuters" in lk.reason
    assert links["hollow-pines-wire.txt"].duplicate_of is None


def test_a_credit_both_carry_or_neither_carries_decides_nothing():
    wire = (DATA / "hollow-pines-wire.txt").read_text(encoding="utf-8")
    lifted = (DATA / "hollow-pines-lifted.txt").read_text(encoding="utf-8")
    plain = features(_article("plain.txt", wire.replace("(Reuters) – ", "")))
    kept = features(_article("kept.txt", "(Reuters) – " + lifted))
    copy = features(_article("hollow-pines-lifted.txt"))
    assert choose_original(plain, copy, "republish")[1] == UNSURE
    # Both credit Reuters: the credit says nothing (how far each runs may).
    assert "no source" not in choose_original(kept, features(_article("hollow-pines-wire.txt")), "republish")[2]


def test_a_national_agencys_credit_is_no_proof_against_an_uncredited_text():
    """An agency passes on a wire's story; the wire's own text with its credit cut off by
    the page is not thereby the copy."""
    ap = (EVIDENCE / "quint-ap.txt").read_text(encoding="utf-8").replace(" (AP)", "")
    wire = features(_article("ap.txt", ap))
    pti = features(_article("pti.txt", (EVIDENCE / "quint-pti.txt").read_text(encoding="utf-8")))
    assert wire.wires == [] and pti.wires == ["PTI"]
    for x, y in ((wire, pti), (pti, wire)):
        assert "PTI" not in choose_original(x, y, "republish")[2]


@pytest.mark.parametrize("credited", [False, True])
def test_a_lift_of_an_agencys_version_keeps_its_dateline_and_is_that_versions_copy(credited):
    """A wire story, a national agency's version of it ("LOS ANGELES:", one sentence a
    paragraph, "By PTI") and a site's lift of that version without the credit. Whether or
    not the wire's page shows its own credit, the lift is the agency version's copy."""
    ap = (EVIDENCE / "quint-ap.txt").read_text(encoding="utf-8")
    wire = _article("ap.txt", ap if credited else ap.replace(" (AP)", ""))
    agency = _article("pti.txt", (EVIDENCE / "quint-pti.txt").read_text(encoding="utf-8"))
    lift = _article("quint-pti-lifted.txt")
    assert dateline(lift.text) == dateline(agency.text) == "losangeles:" != dateline(wire.text)
    for order in ((wire, agency, lift), (lift, agency, wire), (agency, lift, wire)):
        links = _links(*order)
        assert (links["quint-pti-lifted.txt"].duplicate_of, links["quint-pti-lifted.txt"].confidence) == \
            ("pti.txt", LIKELY)
        assert links["pti.txt"].duplicate_of == ("ap.txt" if credited else None)
        assert links["ap.txt"].duplicate_of is None


def _hit(doc_id: str, copy_of: str | None = None) -> Hit:
    return Hit(doc_id, "", None, 1.0, "", [], [], copy_of=copy_of)


def test_a_copy_of_a_copy_folds_under_the_first_text_among_the_hits():
    shown = collapse_copies([_hit("lift", "agency"), _hit("wire"), _hit("agency", "wire")])
    assert [h.id for h in shown] == ["wire"] and sorted(shown[0].copies) == ["agency", "lift"]
    alone = collapse_copies([_hit("lift", "agency"), _hit("agency", "wire")])
    assert [(h.id, h.copies) for h in alone] == [("agency", ["lift"])]
    looped = collapse_copies([_hit("a", "b"), _hit("b", "a")])
    assert [h.id for h in looped] == ["a", "b"]


@pytest.mark.parametrize("flip", [False, True])
def test_machine_translation_debris_marks_the_copy(flip):
    """A round trip through a translator: a few words swapped, an HTML entity spaced out in
    a box it pulled in, stops left standing after full stops."""
    pair = [_article("harrow-lane-finale.txt"), _article("harrow-lane-finale-spun.txt")]
    lk = _links(*(pair[::-1] if flip else pair))["harrow-lane-finale-spun.txt"]
    assert (lk.duplicate_of, lk.confidence) == ("harrow-lane-finale.txt", LIKELY)
    assert "garbled" in lk.reason


def test_debris_is_counted_and_a_writers_punctuation_is_not():
    assert garble("The star of & # 39;Low Water& # 39; speaks") == 2
    assert garble("off the west of Ireland. . The finale") == 1
    assert garble("before selecting one. , as it turned out") == 1
    assert garble("It was &#39;fine&#39;") == 2
    # An ellipsis spaced out, and a space before a comma between two titles, are a writer's.
    assert garble("She paused . . . and then. . . . Nothing.") == 0
    assert garble('roles in "Harbour Lights" , "Nine Bells" and more') == 0
    # The same copy without its debris gives no reason of that kind.
    spun = (DATA / "harrow-lane-finale-spun.txt").read_text(encoding="utf-8")
    clean = spun.replace("& # 39;", "'").replace(". .", ".").replace(". ,", ".")
    found = choose_original(features(_article("clean.txt", clean)),
                            features(_article("harrow-lane-finale.txt")), "republish")
    assert "garbled" not in found[2]


@pytest.mark.parametrize("flip", [False, True])
def test_a_short_translation_that_turns_a_sentence_round_is_found_whichever_comes_first(flip):
    """A German short item from an English one: its first sentence brings in the streaming
    service before the director, it names the novel's author, the English names the podcast
    and a colleague. Few names, so the paragraphs they come in decide; read in either text's
    order, and the order the two are added in decides nothing."""
    en = Article(id="copper-hollow-en.txt", title="", language="en",
                 text=(DATA / "copper-hollow-en.txt").read_text(encoding="utf-8"))
    de = Article(id="copper-hollow-de.txt", title="", language="de",
                 text=(DATA / "copper-hollow-de.txt").read_text(encoding="utf-8"))
    lk = _links(*((de, en) if flip else (en, de)))["copper-hollow-de.txt"]
    assert (lk.duplicate_of, lk.kind) == ("copper-hollow-en.txt", "translation")
