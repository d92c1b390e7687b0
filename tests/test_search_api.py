"""The library facade on the seed corpus: what a user's searches find."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.library import SEEDS, Library

SEED_000 = "000_2bc512eb9d235db8.txt"
SEED_001 = "001_98fbb6be0883bf20.txt"
SEED_002 = "002_e01816e151be412a.txt"


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    lib = Library([SEEDS], tmp_path_factory.mktemp("ix") / "index")
    lib.update()
    yield lib
    lib.close()


def ids(results) -> set[str]:
    return {h.id for h in results.hits}


def test_keyword_finds_both_eddie_articles(lib):
    assert ids(lib.search("Eddie", collapse=False)) == {SEED_000, SEED_001}


def test_phrase_tells_the_copy_from_the_original(lib):
    assert ids(lib.search('"I love you, man"')) == {SEED_001}
    assert ids(lib.search('"I love you, dude"')) == {SEED_000}


def test_date_year_and_range(lib):
    assert ids(lib.search("date:2022")) == {SEED_002}
    assert ids(lib.search("date:[2022-07-01 TO 2022-07-31]")) == {SEED_002}
    assert ids(lib.search("date:2021")) == set()


def test_stemming_finds_other_forms(lib):
    assert SEED_001 in ids(lib.search("improvise", collapse=False))


def test_not_and_or(lib):
    assert ids(lib.search("Eddie -dude", collapse=False)) == {SEED_001}
    assert ids(lib.search("dude OR Vecna", collapse=False)) == {SEED_000, SEED_002}


def test_prefix_and_title_field(lib):
    assert SEED_002 in ids(lib.search("Vecn*"))
    title = lib.article(SEED_002).article.title
    assert ids(lib.search(f'title:"{title.split()[0]} {title.split()[1]}"')) >= {SEED_002}


def test_spans_point_at_the_matches(lib):
    results = lib.search("Eddie", collapse=False)
    for hit in results.hits:
        text = lib.article(hit.id).article.text
        assert hit.spans and all(text[s:e].lower() == "eddie" for s, e in hit.spans)
        assert all(hit.snippet[s:e].lower() == "eddie" for s, e in hit.snippet_spans)
    assert results.total == 2 and results.elapsed_ms >= 0


def test_article_carries_the_query_spans(lib):
    view = lib.article(SEED_001, '"I love you, man"')
    assert [view.article.text[s:e] for s, e in view.spans] == ["I love you, man"]


@pytest.mark.parametrize("bad", ['"unclosed', "title:", "(((", "AND", "date:2022-13", ")", "NOT", "-"])
def test_malformed_queries_never_raise_and_say_so(lib, bad):
    results = lib.search(bad)
    assert results.notice


def test_unclosed_quote_still_searches_the_words(lib):
    results = lib.search('"Eddie')
    assert ids(results) and "unclosed" in results.notice


def test_quote_fields_search_quote_records(lib):
    results = lib.search('quote:"love you"')
    assert {q.article_id for q in results.quotes} == {SEED_000, SEED_001}
    assert all("love you" in q.quote.text.lower() for q in results.quotes)


def test_a_plain_word_beside_a_quote_field_looks_in_the_quotes(lib):
    loving = lib.search("speaker:eddie love").quotes
    assert {q.article_id for q in loving} == {SEED_000, SEED_001}
    assert all(q.quote.speaker == "Eddie" and "love" in q.quote.text.lower() for q in loving)
    assert lib.search("speaker:eddie erica").quotes == []  # "Erica, help" is Lucas's line


def test_quote_hits_carry_their_article_title(lib):
    [hit, *_] = lib.search('quote:"love you"').quotes
    assert hit.title == lib.article(hit.article_id).article.title


def test_related_lists_other_articles(lib):
    related = [h.id for h in lib.related(SEED_001)]
    assert SEED_000 in related and SEED_001 not in related


def test_reindex_of_an_unchanged_corpus_reads_nothing(lib):
    report = lib.update()
    assert (report.added, report.changed, report.removed) == (0, 0, 0)
    assert lib.count() == 3


def test_index_without_paths_searches_the_index_as_it_stands(lib):
    other = Library(None, lib.index_dir)
    try:
        assert other.paths == [] and ids(other.search("Eddie", collapse=False)) == {SEED_000, SEED_001}
    finally:
        other.close()


def test_seeds_ship_beside_the_package():
    assert sorted(p.name for p in Path(SEEDS).glob("*.txt")) == [SEED_000, SEED_001, SEED_002]


def test_did_you_mean_on_a_misspelling(lib):
    results = lib.search("stranger thngs")
    assert not results.hits and results.suggestion == "stranger things"
    assert lib.search("Eddie").suggestion is None


def test_a_search_while_typing_leaves_the_suggestion_for_later(lib):
    typing = lib.search("stranger thngs", suggest=False)
    assert not typing.hits and typing.suggestion is None
    assert lib.suggest("stranger thngs", len(typing.hits)) == "stranger things"
    assert lib.suggest("Eddie", len(lib.search("Eddie").hits)) is None


def test_hyphenated_words_are_one_word_not_a_negation(lib):
    assert ids(lib.search("month-long")) == {SEED_002}
    assert ids(lib.search("heart-wrenching")) == {SEED_001}


@pytest.mark.parametrize("q", ["casting -Glasswater", "casting NOT Glasswater"])
def test_excluded_words_stay_excluded(tmp_path, q):
    dev = Library([Path(__file__).parent / "data" / "devcorpus" / "articles"], tmp_path / "ix")
    try:
        dev.update()
        found = {h.id for h in dev.search(q, collapse=False).hits}
        assert found and not any("glasswater" in dev.article(i).article.text.lower() for i in found)
    finally:
        dev.close()


def test_date_counts_by_month(lib):
    assert lib.date_counts("Stranger") == {"2022-07": 1}  # the two undated seeds are not counted
    assert lib.date_counts("zzzznothing") == {}


def test_prefix_and_fuzzy_words_are_bounded_but_still_find(lib):
    assert SEED_002 in ids(lib.search("V*"))
    assert ids(lib.search("Edie~", collapse=False)) >= {SEED_000, SEED_001}


def test_no_spelling_suggestion_for_a_word_the_corpus_has(lib):
    results = lib.search("Vecna")
    assert results.hits and results.suggestion is None


def test_an_index_opened_without_paths_is_never_emptied(lib):
    other = Library(None, lib.index_dir)
    try:
        assert other.update().total == 3 and other.count() == 3
    finally:
        other.close()


def test_the_total_counts_every_match_not_just_the_best(tmp_path):
    # Top-N search may skip documents that cannot make the page; the total must not.
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(120):
        title = "Harbor lights" if i % 10 == 0 else f"Dispatch {i}"
        body = " ".join(["harbor"] * (1 + i % 7) + ["quiet", "night", "boats"] * (5 + i % 11))
        (corpus / f"a{i:03d}.txt").write_text(f"{title}\n\n{body}.\n", encoding="utf-8")
    lib = Library([corpus], tmp_path / "ix")
    try:
        lib.update()
        for limit in (5, 20, 200):
            results = lib.search("harbor", limit=limit, collapse=False)
            assert results.total == 120 and len(results.hits) == min(limit, 120)
    finally:
        lib.close()


def test_a_repeated_search_is_answered_from_memory_until_the_index_changes(tmp_path, monkeypatch):
    import search.library as library

    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(2):
        (corpus / f"a{i}.txt").write_text(f"Harbor {i}\n\nBoats in the harbor at night.\n", encoding="utf-8")
    lib = Library([corpus], tmp_path / "ix")
    calls = []
    real_top = library.top
    monkeypatch.setattr(library, "top", lambda *a: calls.append(a) or real_top(*a))
    try:
        lib.update()
        first = lib.search("harbor")
        again = lib.search("harbor")
        assert len(calls) == 1 and ids(again) == ids(first) == {"a0.txt", "a1.txt"}
        again.hits.clear()  # what a caller does with its copy stays with it
        assert ids(lib.search("harbor")) == {"a0.txt", "a1.txt"}
        (corpus / "a2.txt").write_text("Harbor 2\n\nA third harbor story.\n", encoding="utf-8")
        lib.update()
        assert ids(lib.search("harbor")) == {"a0.txt", "a1.txt", "a2.txt"} and len(calls) == 2
    finally:
        lib.close()


def test_names_for_completion_most_named_first(tmp_path):
    dev = Library([Path(__file__).parent / "data" / "devcorpus" / "articles"], tmp_path / "ix")
    try:
        dev.update()
        people = dev.people()
        want = sorted(people, key=lambda n: (-len(people[n]["articles"]), n))
        assert want and dev.names() == want
    finally:
        dev.close()
