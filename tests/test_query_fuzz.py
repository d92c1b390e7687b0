"""Hostile queries: whatever is typed, pasted or passed on a command line gets an answer, never
an exception, and the work behind each answer is bounded whatever the query's length."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import query as Q
from whoosh.spelling import ReaderCorrector

import search.engine.suggest as suggest_module
import search.library as library_module
from search.engine.schema import TEXT_FIELDS
from search.engine.suggest import MAX_WORD, MAX_WORDS
from search.library import SEEDS, Library
from search.query import parser as parser_module
from search.query.parser import MAX_QUERY
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = "001_98fbb6be0883bf20.txt"

ATOMS = [
    "eddie", "quinn", "munson", "vecna", "improvised", "eddei", "qiunn", '"', "(", ")", "*", "?", "~", "~2",
    "^", "^3", ":", "AND", "OR", "NOT", "TO", "-", "+", "title:", "body:", "quote:", "speaker:", "person:",
    "actor:", "character:", "kind:", "date:", "story:", "who:", "role:", "[", "]", "{", "}", " ", " ", " ",
    "2022", "2022-07", "2022-13-45", "\x00", "\x1b[31m", "\x9b", "\udce9", "\ud800", "\udfff", "é", "\u202e",
    "\\", "/", "'", ",", ".", "0", "café", "ß", "日本", "\n", "\t", "<", ">", "=", "!", "&&", "||", "$", "%",
    "\ufeff", "\u0301", "🎬",
]


def hostile_queries(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rnd.choice(ATOMS) for _ in range(rnd.randint(1, 10))]
        if rnd.random() < 0.1:
            parts.append("".join(chr(rnd.randint(1, 0x2FFFF)) for _ in range(rnd.randint(1, 12))))
        if rnd.random() < 0.02:  # a pasted blob: one long word, or very many words
            parts.append(rnd.choice(["x", "ab", "eddie "]) * rnd.randint(300, 10_000))
        out.append("".join(parts))
    return out


def _unbounded_part(q: Q.Query) -> Q.Query | None:
    """The part of ``q`` whose cost grows with the vocabulary instead of the query, if any:
    a word standing for every term that matches a pattern, range or spelling, or "any word"."""
    for leaf in [q] if q.is_leaf() else q.leaves():
        if isinstance(leaf, Q.MultiTerm) or (isinstance(leaf, Q.Every) and leaf.fieldname in TEXT_FIELDS):
            return leaf
    return None


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "index"
    lib = Library([SEEDS], folder)
    lib.update()
    lib.close()
    return folder


@pytest.fixture(scope="module")
def lib(index):
    lib = Library(index_dir=index)
    yield lib
    lib.close()


@pytest.fixture
def work(monkeypatch):
    """Every query Whoosh runs, every text the parser reads and every word a spelling is
    looked up for, checked against the bounds as it happens."""
    seen = {"corrected": []}

    def checked(fn):
        def run(searcher, q, *args, **kwargs):
            assert _unbounded_part(q) is None, q
            return fn(searcher, q, *args, **kwargs)
        return run

    monkeypatch.setattr(library_module, "top", checked(library_module.top))
    monkeypatch.setattr(library_module, "months", checked(library_module.months))
    monkeypatch.setattr(suggest_module, "top", checked(suggest_module.top))
    parse = parser_module._PARSER.parse

    def parse_checked(text, *args, **kwargs):
        assert len(text) <= MAX_QUERY
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(parser_module._PARSER, "parse", parse_checked)
    lookup = ReaderCorrector.suggest

    def lookup_checked(self, text, *args, **kwargs):
        assert len(text) <= MAX_WORD
        seen["corrected"].append(text)
        return lookup(self, text, *args, **kwargs)

    monkeypatch.setattr(ReaderCorrector, "suggest", lookup_checked)
    return seen


def test_thousands_of_hostile_queries_through_the_library(lib, work):
    """Search, spelling, the date sparkline, quotes and the reader's highlights, for each one."""
    answered = 0
    for n, text in enumerate(hostile_queries(seed=19, count=2000)):
        work["corrected"].clear()
        results = lib.search(text, limit=10)  # with did-you-mean
        assert len(work["corrected"]) <= MAX_WORDS
        if n % 10 == 0:  # the app's way to ask, once typing pauses
            work["corrected"].clear()
            lib.suggest(text, 0)
            assert len(work["corrected"]) <= MAX_WORDS
        lib.date_counts(text)
        lib.search_quotes(text, limit=5)
        assert lib.article(SEED_001, text) is not None
        answered += results.query == text
    assert answered == 2000


def test_hundreds_of_hostile_queries_through_the_command_line(index, capsys, work):
    for text in hostile_queries(seed=1919, count=300):
        assert main(["search", "--index", str(index), "--json", "--limit", "3", "--", text]) == 0
        assert main(["search", "--index", str(index), "--quotes", "--", text]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_byte_that_is_not_utf8_on_the_command_line(index):
    """``byline search $'caf\\xe9'`` from a Latin-1 terminal searches for "café"."""
    done = subprocess.run([sys.executable, "-m", "tui.cli", "search", b"caf\xe9", "--index", str(index), "--json"],
                          cwd=ROOT, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr


def test_lone_surrogates_are_searched_as_readable_text(lib):
    assert parser_module.parse("caf\udce9").text == "café"
    assert parser_module.parse("eddie\ud800").text == "eddie\ufffd"
    assert {h.id for h in lib.search("Eddie\udce9", collapse=False).hits} == set()
    assert lib.search("\udce9Eddie").hits == []
    assert lib.search("\ud800 Eddie").hits


@pytest.mark.parametrize("text", ["character:*", "actor:*", "actor:[a TO z]", "actor:{a TO}", "character:[e TO f]",
                                  "actor:jos*", "character:edd?e"])
def test_wildcards_and_ranges_on_cast_fields(lib, text):
    results = lib.search(text)
    assert results.notice is None


def test_any_character_finds_articles_that_name_one(lib):
    assert SEED_001 in {h.id for h in lib.search("character:*", collapse=False).hits}


def test_any_word_is_every_article_and_every_quote(lib):
    everything = lib.search("*", collapse=False)
    assert everything.total == 3 == lib.search("*?", collapse=False).total
    assert lib.search("title:**", collapse=False).total == 3
    assert lib.search_quotes("*").quotes and lib.search_quotes("*?").total == lib.search_quotes("*").total


def test_a_pasted_blob_is_cut_and_says_so(lib, work):
    blob = "eddie " + "x" * 20_000
    results = lib.search(blob)
    assert results.query == blob
    assert results.notice == f"Query cut to its first {MAX_QUERY} characters"
    assert all(len(word) <= MAX_WORD for word in work["corrected"])


def test_many_words_are_cut_at_a_word_boundary():
    text, notice = parser_module.clean("eddie " * 1000)
    assert notice and len(text) <= MAX_QUERY and text.endswith("eddie")


def test_did_you_mean_looks_up_a_bounded_number_of_words(lib, work):
    typos = " OR ".join(f"eddiq{chr(97 + i)}" for i in range(26))
    lib.suggest(typos, 0)
    assert 0 < len(work["corrected"]) <= MAX_WORDS


def test_a_word_too_long_to_be_a_typo_is_not_looked_up(lib, work):
    assert lib.suggest("e" * (MAX_WORD + 1), 0) is None
    assert work["corrected"] == []


def test_control_characters_in_a_query_are_spaces():
    assert parser_module.parse("eddie\x00munson\x1b[31m").text == "eddie munson [31m"


def test_a_query_beginning_with_a_dash_after_double_dash(index, capsys):
    assert main(["search", "--index", str(index), "--json", "--", "-munson eddie"]) == 0
    assert SEED_001 in capsys.readouterr().out


def test_did_you_mean_finds_the_words_whoosh_would(index):
    """Looking only at words of a close length and letters finds every word within the edit
    distance that Whoosh's own scan of the whole field finds (Damerau-Levenshtein)."""
    from whoosh.reading import IndexReader

    from search.engine.corrector import Corrector
    from search.engine.index import open_index

    with open_index(index).searcher() as s:
        reader = s.reader()
        words = [w.decode() for w in reader.lexicon("body")][::29]
        typos = [w[:i] + w[i + 1:] for w in words for i in (0, len(w) // 2)] + [w[::-1] for w in words]
        typos += [w + "q" for w in words] + ["eddei", "qiunn", "vecan", "x", "é", "日本語"]
        for field in ("body", "speaker"):
            ours = Corrector(reader, field, reader.schema[field])
            for typo in typos:
                for maxdist in (1, 2):
                    found = sorted(word for _, word in ours._suggestions(typo, maxdist, 0))
                    assert found == sorted(IndexReader.terms_within(reader, field, typo, maxdist)), typo


def test_two_letters_swapped_are_one_typo_in_a_single_segment_index(index, tmp_path):
    """Whoosh's corrector counts a swap as two edits when an index has one segment (and as one
    when it has several): "shwo" was never corrected to "show" once an index was merged."""
    import shutil

    from search.engine.index import open_index

    merged = tmp_path / "merged"
    shutil.copytree(index, merged)
    open_index(merged).optimize()
    assert len(open_index(merged)._read_toc().segments) == 1
    lib = Library(index_dir=merged)
    try:
        assert lib.suggest("shwo", 0) == "show"
        assert lib.suggest("Eddei", 0) == "Eddie"
    finally:
        lib.close()
