"""People and cast-pair floors on the labelled dev corpus; floors only go up."""

import json
from pathlib import Path

from search.extract.people.finder import people_and_cast
from search.ingest.files import load
from search.tools.evaluate import score

DEV = Path(__file__).parent / "data" / "devcorpus"
PEOPLE_F1 = 0.985
CAST_F1 = 0.995


def test_people_and_cast_floors():
    articles, _ = load([DEV / "articles"])
    records = []
    for a in articles:
        people, cast = people_and_cast(a)
        records.append({"path": a.id, "quotes": [], "people": people, "drift": [],
                        "cast": [{"character": c.character, "actor": c.actor} for c in cast]})
    result = score(records, json.loads((DEV / "labels.json").read_text(encoding="utf-8")))
    assert result["people"]["f1"] >= PEOPLE_F1, result["people"]
    assert result["cast"]["f1"] >= CAST_F1, result["cast"]
