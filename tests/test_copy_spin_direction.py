"""Which of two spins came first, from how common the words they trade are: a spinner swaps
ordinary words for rarer synonyms. Every article here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.copies.direction import UNSURE, choose_original
from search.copies.features import Features, features
from search.copies.index import CopyIndex
from search.copies.rarity import commoner, encode
from search.model import Article

pytest.importorskip("wordfreq", reason="the word frequency lists come from wordfreq")

DATA = Path(__file__).parent / "data" / "spins"


def _article(name: str) -> Article:
    text = (DATA / name).read_text(encoding="utf-8")
    return Article(id=name, title=text.split("\n", 1)[0], text=text)


def _links(names: list[str]) -> dict:
    idx = CopyIndex()
    for name in names:
        idx.add(_article(name))
    return idx.links()


@pytest.mark.parametrize("order", [["lanternfall-original.txt", "lanternfall-spin.txt"],
                                   ["lanternfall-spin.txt", "lanternfall-original.txt"]])
def test_the_spin_is_the_text_with_the_rarer_words_in_either_order(order):
    links = _links(order)
    spin = links["lanternfall-spin.txt"]
    assert spin.duplicate_of == "lanternfall-original.txt"
    assert spin.kind == "spin"
    assert any("rarer" in e for e in spin.evidence)
    assert links["lanternfall-original.txt"].duplicate_of is None


def test_direction_does_not_depend_on_argument_order():
    a, b = features(_article("lanternfall-original.txt")), features(_article("lanternfall-spin.txt"))
    assert choose_original(a, b, "spin")[0] == choose_original(b, a, "spin")[0] == a.id


def test_one_swapped_word_leaves_the_direction_open():
    links = _links(["kestrel-notes-original.txt", "kestrel-notes-repost.txt"])
    for name in ("kestrel-notes-original.txt", "kestrel-notes-repost.txt"):
        assert links[name].duplicate_of is None
        assert links[name].confidence == UNSURE


def test_only_a_spin_is_judged_by_its_words():
    """A republished text an editor touched up is no spin; its few changed words prove nothing."""
    a, b = features(_article("lanternfall-original.txt")), features(_article("lanternfall-spin.txt"))
    assert choose_original(a, b, "republish")[0] is None


def test_swaps_split_both_ways_decide_nothing():
    assert commoner(9, 1) == 1 and commoner(1, 9) == -1
    assert commoner(6, 4) == 0  # a paraphrase trades words both ways
    assert commoner(3, 0) == 0  # too few to say


def test_words_are_kept_with_how_common_they_are():
    told, informed = encode(["told", "informed"], "en")
    assert told & 15 > informed & 15 > 0
    assert encode(["zqxwvy"], "en")[0] & 15 == 0  # not in the list: no vote
    assert encode(["told"], "xx") == []  # no list for the language


def test_features_keep_the_words_through_the_store():
    f = features(_article("lanternfall-spin.txt"))
    assert f.wording and len(f.wording) == len(f.sentences)
    assert Features.from_state(f.to_state()).wording == f.wording
    old = f.to_state()
    del old["wording"]  # a store written before words were kept
    assert Features.from_state(old).wording == []
