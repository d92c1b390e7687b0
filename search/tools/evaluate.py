"""Score extraction against a hand-labelled corpus.

    python -m search.tools.evaluate ARTICLES_DIR LABELS_JSON [--json]

Quotes are matched by their text with quote marks, apostrophes and white space
normalised; a predicted span also matches a labelled quote it is a part of (one
half of a split quote, one paragraph of a multi-paragraph one).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from search.extract.pipeline import extract_corpus, to_json
from search.ingest.files import load

SPEECH_KINDS = {"speech", "transcript"}
_TITLE = re.compile(r"^(?:dr|mr|mrs|ms|miss|sir|dame|captain|capt|lady|lord|mother|father|sister|brother"
                    r"|professor|prof|detective|agent|officer|doctor)\.?\s+", re.I)
_PUNCT = " \t\n,.;:!?…—–-'\"“”‘’«»"


def norm(text: str) -> str:
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'}))
    return " ".join(text.split()).strip(_PUNCT).lower()


def norm_character(name: str) -> str:
    return _TITLE.sub("", " ".join(name.split())).lower()


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _flatten(quotes: list[dict]) -> list[dict]:
    out = []
    for q in quotes:
        out.append(q)
        out.extend(_flatten(q.get("inner", [])))
    return out


def _matches(pred: str, gold: str) -> bool:
    return bool(pred) and (pred == gold or (len(pred) >= 12 and pred in gold))


def _key(file: str) -> str:
    return Path(file.split("#")[0]).name + ("#" + file.split("#")[1] if "#" in file else "")


def score(records: list[dict], labels: list[dict]) -> dict:
    by_key = {_key(r["path"]): r for r in records}
    speech, people, cast, copies, stories = Count(), Count(), Count(), Count(), Count()
    speakers_right = speakers_total = kinds_right = kinds_total = unattributed = predicted_speech = 0
    drift_found = drift_total = drift_invented = 0
    for lab in labels:
        rec = by_key.get(_key(lab["file"]), {"quotes": [], "people": [], "cast": [], "drift": []})
        gold_q = _flatten(lab["quotes"])
        pred_q = rec["quotes"]
        gold_speech = [q for q in gold_q if q["kind"] in SPEECH_KINDS]
        pred_speech = [q for q in pred_q if q["kind"] == "speech"]
        predicted_speech += len(pred_speech)
        unattributed += sum(1 for q in pred_speech if not q["speaker"])
        for p in pred_speech:
            if any(_matches(norm(p["text"]), norm(g["text"])) for g in gold_speech):
                speech.tp += 1
            else:
                speech.fp += 1
        for g in gold_speech:
            # The prediction that is this quote, else the longest part of it.
            hits = sorted((p for p in pred_speech if _matches(norm(p["text"]), norm(g["text"]))),
                          key=lambda p: (norm(p["text"]) != norm(g["text"]), -len(p["text"])))
            if not hits:
                speech.fn += 1
                continue
            speakers_total += 1
            speakers_right += hits[0]["speaker"] == g["speaker"]
        for g in gold_q:
            if g["kind"] in SPEECH_KINDS:
                continue
            hits = sorted((p for p in pred_q if _matches(norm(p["text"]), norm(g["text"]))),
                          key=lambda p: (norm(p["text"]) != norm(g["text"]), -len(p["text"])))
            kinds_total += 1
            kinds_right += bool(hits) and hits[0]["kind"] == g["kind"]
        people.add(set(rec["people"]), set(lab["people"]))
        cast.add({(norm_character(c["character"]), c["actor"]) for c in rec["cast"]},
                 {(norm_character(c["character"]), c["actor"]) for c in lab["cast"]})
        gold_drift = {norm(d["b"]) for d in lab.get("quote_drift", [])}
        pred_drift = {norm(d["text"]) for d in rec.get("drift", [])}
        drift_total += len(gold_drift)
        drift_found += len(gold_drift & pred_drift)
        if not lab.get("duplicate_of"):
            drift_invented += len(pred_drift)
        copies.add({_key(rec["duplicate_of"])} if rec.get("duplicate_of") else set(),
                   {_key(lab["duplicate_of"])} if lab.get("duplicate_of") else set())
    keys = [_key(lab["file"]) for lab in labels]
    gold_story = {_key(lab["file"]): lab["story"] for lab in labels}
    pred_story = {k: by_key[k].get("story") for k in keys if k in by_key}
    for a, b in itertools.combinations(keys, 2):
        g = gold_story[a] == gold_story[b]
        p = pred_story.get(a) is not None and pred_story.get(a) == pred_story.get(b)
        stories.tp += g and p
        stories.fp += p and not g
        stories.fn += g and not p
    return {
        "articles": len(labels),
        "speech": speech.prf(),
        "speaker_accuracy": round(speakers_right / speakers_total, 4) if speakers_total else 1.0,
        "speaker_counts": [speakers_right, speakers_total],
        "kind_accuracy": round(kinds_right / kinds_total, 4) if kinds_total else 1.0,
        "kind_counts": [kinds_right, kinds_total],
        "unattributed_rate": round(unattributed / predicted_speech, 4) if predicted_speech else 0.0,
        "people": people.prf(),
        "cast": cast.prf(),
        "copies": copies.prf(),
        "stories": stories.prf(),
        "drift": {"found": drift_found, "labelled": drift_total, "invented": drift_invented},
    }


def evaluate(articles_dir: Path, labels_path: Path) -> dict:
    articles, _ = load([articles_dir])
    found = extract_corpus(articles)
    records = [to_json(a, found[a.id]) for a in articles]
    return score(records, json.loads(labels_path.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="byline eval", description="score extraction against labels")
    p.add_argument("articles", type=Path)
    p.add_argument("labels", type=Path)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = evaluate(args.articles, args.labels)
    if args.json:
        print(json.dumps(result))
        return 0
    for name in ("speech", "people", "cast", "copies", "stories"):
        m = result[name]
        print(f"{name:<18} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
              f"   (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    right, total = result["speaker_counts"]
    print(f"{'speaker accuracy':<18} {result['speaker_accuracy']:.3f}   ({right}/{total})")
    right, total = result["kind_counts"]
    print(f"{'kind accuracy':<18} {result['kind_accuracy']:.3f}   ({right}/{total} non-speech spans)")
    print(f"{'unattributed':<18} {result['unattributed_rate']:.3f}   of predicted speech quotes")
    d = result["drift"]
    print(f"{'drift':<18} {d['found']}/{d['labelled']} found, {d['invented']} invented on non-copies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
