"""Which of two spins came first, from the words they trade: a spinner swaps ordinary words
for rarer, longer synonyms. Every article here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.copies.direction import UNSURE, choose_original
from search.copies.features import Features, features
from search.copies.index import CopyIndex
from search.copies.rarity import commoner, encode, quote_votes
from search.model import Article

DATA = Path(__file__).parent / "data" / "spins"


def _article(name: str) -> Article:
    text = (DATA / name).read_text(encoding="utf-8")
    return Article(id=name, title=text.split("\n", 1)[0], text=text)


def _links(names: list[str]) -> dict:
    idx = CopyIndex()
    for name in names:
        idx.add(_article(name))
    return idx.links()


# A light spin, a heavy one (few content words left, most sentences matched through the
# little words), and an interview that is nearly all quotes, reworded inside them.
SPINS = [("lanternfall-original.txt", "lanternfall-spin.txt"),
         ("halden-road-original.txt", "halden-road-spun.txt"),
         ("juniper-qa-original.txt", "juniper-qa-spun.txt")]


@pytest.mark.parametrize("original, spin", SPINS)
@pytest.mark.parametrize("spin_first", [False, True])
def test_the_spin_is_the_text_with_the_rarer_words_in_either_order(original, spin, spin_first):
    links = _links([spin, original] if spin_first else [original, spin])
    assert links[spin].duplicate_of == original
    assert links[spin].kind == "spin"
    assert any("rarer" in e for e in links[spin].evidence)
    assert links[original].duplicate_of is None


def test_direction_does_not_depend_on_argument_order():
    a, b = features(_article("lanternfall-original.txt")), features(_article("lanternfall-spin.txt"))
    assert choose_original(a, b, "spin")[0] == choose_original(b, a, "spin")[0] == a.id


def test_evidence_pointing_the_other_way_leaves_the_direction_open():
    """Reader bait marks a content farm's copy; when it sits on the text with the common
    words, neither signal is trusted."""
    original = _article("lanternfall-original.txt")
    baited = Article(id=original.id, title=original.title, text=original.text + "\nStay tuned for more news.\n")
    a, b = features(baited), features(_article("lanternfall-spin.txt"))
    assert choose_original(a, b, "spin")[:2] == (None, UNSURE)


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


def test_words_are_kept_with_their_length_and_names_never_vote():
    told, informed = encode(["told", "informed"])
    assert told & 15 == 4 and informed & 15 == 8
    assert [c & 15 for c in encode(["marchetti's", "2025"], {"marchetti"})] == [0, 0]


def test_a_swap_votes_only_with_a_clear_gap_and_never_for_a_name():
    # hard -> arduous votes; thought -> imagined and leave -> depart are a letter apart.
    assert quote_votes(["we never thought it would be this hard to leave"],
                       ["we never imagined it would be this arduous to depart"]) == (1, 0)
    assert quote_votes(["I love you, man"], ["I love you, dude"]) == (0, 0)  # one letter: no vote
    assert quote_votes(["he called Tobias about it"], ["he called everybody about it"]) == (0, 0)


def test_features_keep_the_words_through_the_store():
    f = features(_article("lanternfall-spin.txt"))
    assert f.wording and len(f.wording) == len(f.sentences)
    assert Features.from_state(f.to_state()).wording == f.wording
    old = f.to_state()
    del old["wording"]  # a store written before words were kept
    assert Features.from_state(old).wording == []
