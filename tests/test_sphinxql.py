"""byline's query syntax in SphinxQL: what reaches MATCH() is only our own syntax around plain words."""

from __future__ import annotations

import random
import re

import pytest

from search.backends.sphinx.sphinxql import key_token, story_token, translate

# What the translator may emit: field-scoped groups of \w words, phrases, prefixes, | and -.
SAFE = re.compile(r'^[\w\s()|"*@,\-]*$')
HOSTILE = [
    "') OR 1=1; --",
    "'); DROP TABLE byline; --",
    "\\') UNION SELECT * FROM byline_meta --",
    'foo") AND MATCH("@body bar',
    "@title secret @@relaxed",
    "a MAYBE b NEAR/3 c SENTENCE d PARAGRAPH e",
    "ZONE:(h1) title ZONESPAN:(p) x",
    "^start end$ =exact",
    '"a b"~3 "c d e"/2',
    "word\\",
    "\\\\\\'",
    "%s %d {index}",
    "a\x00b\x1b[31mred",
    "title:\"x') OR ('1'='1\"",
    "speaker:'; DELETE FROM byline_s0 WHERE id>0; --",
    "date:[2020 TO 2021') OR 1=1 --]",
    "(((", ")))", "\"", "AND", "OR OR", "NOT", "-", "*", "title:", "-(a)",
    "<script>alert(1)</script>",
    "ñandú \"está bien\" café*",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_reaches_match_as_syntax(text):
    t = translate(text)
    assert SAFE.match(t.match), t.match
    # Every word in MATCH() is a run of letters, digits or underscores, outside any operator.
    for word in re.findall(r"[^\s()|\"*@,\-]+", t.match):
        assert re.fullmatch(r"\w+", word), word
    for lo, hi in t.filters:
        assert isinstance(lo, int) and isinstance(hi, int)


def test_random_junk_is_always_safe():
    rng = random.Random(7)
    alphabet = "ab \"'()|-!@~/^$=<&\\*:[]TOANDORNOT\x00\n;%"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        t = translate(text)
        assert SAFE.match(t.match), (text, t.match)
        assert t.match.count('"') % 2 == 0
        assert t.match.count("(") == t.match.count(")")


def test_parameters_carry_the_match_text():
    where, params = translate("date:2022 improvise").where()
    assert where == "MATCH(%s) AND date >= %s AND date <= %s"
    assert params == ["(@(title,body) improvise)", 20220101, 20221231]


@pytest.mark.parametrize("text, match", [
    ("Eddie", "(@(title,body) eddie)"),
    ('"I love you, man"', '(@(title,body) "i love you man")'),
    ("a OR b c", "((@(title,body) a) | ((@(title,body) b) (@(title,body) c)))"),
    ("glasswater -season", "((@(title,body) glasswater) -(@(title,body) season))"),
    ("NOT season glasswater", "(-(@(title,body) season) (@(title,body) glasswater))"),
    ("title:(a OR \"b c\") d", '(((@title a) | (@title "b c")) (@(title,body) d))'),
    ("cinder*", "(@(title,body) cinder*)"),
    ('speaker:"Matt Duffer"', "(@speaker matt_duffer)"),
    ("who:Okafor", "(@speaker okafor)"),
    ('kind:"in-show line"', "(@kind in_show_line)"),
    ("quote:brave", "(@quote brave)"),
])
def test_syntax(text, match):
    assert translate(text).match == match


def test_a_hyphenated_word_is_one_phrase_not_a_negation():
    assert translate("Spider-Man").match == '(@(title,body) "spider man")'
    assert translate("actor:Abernathy-Sole").match == "(@actor abernathy_sole)"


def test_dates_become_filters():
    assert translate("date:2022").filters == [(20220101, 20221231)]
    assert translate("date:2022-07").filters == [(20220701, 20220731)]
    t = translate("date:[2022-01-01 TO 2022-06-30] trailer")
    assert t.filters == [(20220101, 20220630)] and t.match == "(@(title,body) trailer)"
    assert translate("date:[2023 TO ]").filters == [(20230101, 99991231)]
    bad = translate("date:20x2 trailer")
    assert bad.filters == [] and "Ignored date:20x2" in bad.notice


@pytest.mark.parametrize("text, notice", [
    ('"unclosed', "Query has an unclosed quote; searched for the words: unclosed"),
    ("(((", "Nothing to search for in ‘(((’"),
    ("AND", "Nothing to search for in ‘AND’"),
    ("-season", "A query needs at least one word that is not excluded"),
])
def test_malformed_queries_fall_back_with_a_notice(text, notice):
    assert translate(text).notice == notice


def test_quote_search_reads_bare_words_as_quote_text():
    assert translate("brave", default=("quote",)).match == "(@quote brave)"


def test_name_and_story_tokens_are_single_plain_words():
    assert key_token("Casimir Oduya-Lee") == "casimir_oduya_lee"
    token = story_token("news/a b'c.txt#3")
    assert re.fullmatch(r"s\d+", token) and token == story_token("news/a b'c.txt#3")


def test_the_cluster_backend_loads_neither_whooshs_schema_nor_its_parser():
    import subprocess
    import sys

    code = ("import sys, search.backends.sphinx.backend, search.backends.sphinx.indexer, search.backends.adapter; "
            "print(sorted(m for m in ('search.engine.schema', 'search.query.parser', 'whoosh.qparser') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_highlight_terms_are_the_positive_text_words():
    t = translate('Glasswater "box office" cinder* -season speaker:Okafor title:reviews')
    words, phrases, prefixes = t.terms
    assert words == {"glasswat", "review"}
    assert phrases == [["box", "offic"]] and prefixes == ["cinder"]
