"""Copy, story and drift floors on the labelled dev corpus and the seeds; floors only go up."""

import json
from pathlib import Path

from search.extract.pipeline import extract_corpus
from search.ingest.files import load
from search.tools.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "devcorpus"
COPY_F1 = 0.95
STORY_F1 = 0.9


def test_devcorpus_copy_story_and_drift_floors():
    result = evaluate(DEV / "articles", DEV / "labels.json")
    assert result["copies"]["f1"] >= COPY_F1, result["copies"]
    assert result["stories"]["f1"] >= STORY_F1, result["stories"]
    drift = result["drift"]
    assert drift["found"] == drift["labelled"] >= 1, drift
    assert drift["invented"] == 0, drift


def test_devcorpus_copy_names_its_original():
    labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))
    articles, _ = load([DEV / "articles"])
    found = extract_corpus(articles)
    for lab in labels:
        if lab["file"] in found:
            assert found[lab["file"]].duplicate_of == lab["duplicate_of"], lab["file"]


def test_seed_spin_is_a_copy_with_the_changed_line():
    articles, _ = load([ROOT / "seeds"])
    found = extract_corpus(articles)
    ids = sorted(found)
    spin, original, other = ids
    assert spin.startswith("000") and original.startswith("001")
    assert found[spin].duplicate_of == original
    assert found[original].duplicate_of is None and found[other].duplicate_of is None
    assert found[spin].story == found[original].story != found[other].story
    [d] = found[spin].drift
    assert "dude" in d.text and "man" in d.original_text and d.original_path == original
    assert not found[original].drift and not found[other].drift
