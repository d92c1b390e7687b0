"""Cast pairs written as lists and several to a sentence, in every order the press uses."""

from pathlib import Path

import pytest

from search.extract.people.finder import people_and_cast
from search.ingest.files import load

DATA = Path(__file__).parent / "data" / "people"


@pytest.fixture(scope="module")
def found():
    articles, _ = load([DATA])
    return {a.id: people_and_cast(a) for a in articles}


def pairs(found, name):
    return {(c.character, c.actor) for c in found[name][1]}


def test_bracket_lists_share_one_order(found):
    got = pairs(found, "expo-lists.txt")
    # Actor (Role), most items plain one-word roles
    assert {("Skipper", "Don Varga"), ("Gull", "Lucinda Orme"), ("Captain Brine", "Petra Kowalczyk"),
            ("Nettle", "Hollis Abara")} <= got
    # Role (Actor)
    assert {("Tallow", "Benedikt Sauer"), ("Mother Quill", "Rosalind Achebe"), ("Spindle", "Marguerite Osei"),
            ("Cinder/Ash", "Yusuf Demir")} <= got
    people = found["expo-lists.txt"][0]
    assert "Don Varga" in people and "Mother Quill" not in people


def test_credit_list_is_not_cast(found):
    got = pairs(found, "expo-lists.txt")
    assert not {c for c, _ in got} & {"Sailing Home", "Night Ferry"}
    assert not {a for _, a in got} & {"Sailing Home", "Night Ferry"}
