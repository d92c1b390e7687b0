"""The engine-free word reader gives exactly the words and stems Whoosh's index analyser gives."""

from __future__ import annotations

from pathlib import Path

from whoosh.util.numeric import byte_to_length

from search.backends.sphinx.rank import quantised
from search.engine.schema import TEXT_ANALYZER
from search.query.analysis import stems, words

ROOT = Path(__file__).parent.parent
ODD = ("Yelling yesterday, U.S. officials' e-mails: improv* dufer~ 3.5% rock'n'roll ÉLAN naïve "
       "Straße 東京 ponies relational hopefully agreed feed sky")


def _texts():
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "devcorpus" / "articles"):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                yield path.read_text(encoding="utf-8", errors="replace")
    yield ODD


def test_words_are_whooshs_tokens_with_offsets_and_stems():
    checked = 0
    for text in _texts():
        expected = [(t.text, t.startchar, t.endchar) for t in TEXT_ANALYZER(text, chars=True, mode="index")]
        assert list(words(text)) == expected
        assert stems(text) == [w for w, _, _ in expected]
        checked += len(expected)
    assert checked > 5_000  # the seeds and the hand-labelled articles, not a handful of words


def test_length_table_is_whooshs():
    for length in (1, 2, 7, 13, 14, 100, 1000, 52061, 52062, 106374, 200_000):
        byte = next((n for n in range(256) if byte_to_length(n) >= length), 255)
        assert quantised(length) == byte_to_length(byte)
