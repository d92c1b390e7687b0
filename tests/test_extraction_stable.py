"""Extraction keeps per-article caches (name runs, candidates, cast pattern matches, paragraphs).

An article's extraction must not depend on what was extracted before it: the same articles give
the same records run once, run twice in a row, in another order, and in a fresh process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from search.extract.pipeline import extract_one, to_json
from search.ingest.files import parse_txt
from search.tools.synthetic import article as synthetic_article

DATA = Path(__file__).parent / "data"
FILES = [
    DATA / "devcorpus" / "articles" / "cinderfall-casting-exclusive.txt",
    DATA / "devcorpus" / "articles" / "quarrie-quiet-orchard-qa.txt",
    DATA / "devcorpus" / "articles" / "glasswater-fablecon-es.txt",
    DATA / "realworld" / "quotes" / "articles" / "augustin-pell-tributes.txt",
    DATA / "realworld" / "quotes" / "articles" / "brinewood-episode-recap.txt",
    DATA / "people" / "casting-trade.txt",
    DATA / "people" / "entrevista-es.txt",
]
SYNTHETIC = [3, 17]

_RECORDS = """
import json, sys
from pathlib import Path
from search.extract.pipeline import extract_one, to_json
from search.ingest.files import parse_txt
from search.tools.synthetic import article
arts = [parse_txt(Path(p).read_text(encoding="utf-8"), Path(p).name) for p in sys.argv[1:]]
arts += [parse_txt(article(1, n), f"synthetic-{n}.txt") for n in %r]
# the other way round from the test process, so neither starts from the same article
print(json.dumps({a.id: json.dumps(to_json(a, extract_one(a)), sort_keys=True) for a in reversed(arts)}))
"""


def _articles():
    arts = [parse_txt(p.read_text(encoding="utf-8"), p.name) for p in FILES]
    return arts + [parse_txt(synthetic_article(1, n), f"synthetic-{n}.txt") for n in SYNTHETIC]


def _record(a) -> str:
    return json.dumps(to_json(a, extract_one(a)), sort_keys=True)


def test_fixtures_exist_and_say_something():
    arts = _articles()
    assert all(p.is_file() for p in FILES)
    records = [json.loads(_record(a)) for a in arts]
    # the set must exercise quotes, people and cast, or a leak there would go unseen
    assert sum(len(r["quotes"]) for r in records) >= 20
    assert sum(len(r["people"]) for r in records) >= 10
    assert sum(len(r["cast"]) for r in records) >= 3


def test_same_records_twice_in_a_row():
    arts = _articles()
    for a in arts:
        assert _record(a) == _record(a), a.id
    assert [_record(a) for a in arts] == [_record(a) for a in arts]


def test_order_does_not_matter():
    arts = _articles()
    forward = [_record(a) for a in arts]
    backward = [_record(a) for a in reversed(arts)][::-1]
    interleaved = {a.id: _record(a) for a in arts[1::2] + arts[::2]}
    assert forward == backward
    assert forward == [interleaved[a.id] for a in arts]


def test_same_records_in_a_fresh_process():
    arts = _articles()
    here = {a.id: _record(a) for a in arts}
    proc = subprocess.run([sys.executable, "-c", _RECORDS % (SYNTHETIC,), *map(str, FILES)],
                          capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(proc.stdout) == here
