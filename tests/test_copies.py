"""Copy detection on invented articles, one per form of copying, and the CopyIndex API."""

from __future__ import annotations

import json
import random
from array import array
from pathlib import Path

import pytest

from search.copies import judge as copy_judge
from search.copies.bench import _synthetic, bench_copies
from search.copies.drift import drift
from search.copies.index import CopyIndex, link, prepare, word_diff
from search.copies.minhash import LSH, MinHasher, Signatures, jaccard, stable_hash
from search.copies.prepared import gist_of
from search.extract.pipeline import extract_one
from search.ingest.files import load
from search.model import Article, Extraction

DATA = Path(__file__).parent / "data" / "copies"


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Article, Extraction]]:
    articles, _ = load([DATA])
    return [(a, extract_one(a)) for a in articles]


def _index(pairs) -> CopyIndex:
    idx = CopyIndex()
    for a, ex in pairs:
        idx.add(a, ex)
    return idx


@pytest.fixture(scope="module")
def links(corpus):
    return _index(corpus).links()


# -- MinHash and LSH ---------------------------------------------------------------------

@pytest.mark.parametrize("target", [0.2, 0.5, 0.8])
def test_minhash_estimates_jaccard(target):
    mh = MinHasher(64, seed=3)
    errors = []
    for t in range(30):
        common = int(2 * 300 * target / (1 + target))
        shared = [f"s{t}-{i}" for i in range(common)]
        a = shared + [f"a{t}-{i}" for i in range(300 - common)]
        b = shared + [f"b{t}-{i}" for i in range(300 - common)]
        errors.append(jaccard(mh.signature(a), mh.signature(b)) - target)
    assert abs(sum(errors) / len(errors)) < 0.05


def test_jaccard_on_stored_signatures_is_the_slot_by_slot_one():
    mh = MinHasher(64, seed=5)
    sigs = [mh.signature([f"w{i}" for i in range(lo, lo + 40)]) for lo in range(0, 200, 7)]
    # Slots differing only in their top bit, or only in their low bits, differ all the same.
    sigs += [mh.signature([]), [v ^ 0x80000000 for v in sigs[0]], [v ^ 1 for v in sigs[0]]]
    sigs.append(sigs[0][:32] + sigs[1][32:])
    for a, c in zip(sigs, sigs[1:] + sigs[:1], strict=True):
        mine = Signatures(array("I", a + c).tobytes(), 64)
        for b, d in zip(sigs, sigs[2:] + sigs[:2], strict=True):
            assert mine.jaccards(array("I", b + d).tobytes()) == (jaccard(a, b), jaccard(c, d))


def test_a_gist_an_older_byline_wrote_as_json_reads_the_same():
    text = ("The harbour board of Velmora voted on Tuesday to close Pier 14 after Dana Okafor, "
            "its chair, said repairs would cost 3,400,000 crowns. \u201cWe cannot ask the ferry "
            "crews to tie up at a pier that is sinking into the harbour mud,\u201d Okafor told "
            "reporters. The pier had served Velmora since 1911 and would reopen in 2031.")
    doc = prepare(Article(id="pier", title="Pier 14 closes", text=text))
    found = gist_of(doc.gist)
    assert found == copy_judge.gist(doc.f)
    lang, names, figures, panel, quotes = found
    assert {"okafor", "velmora"} <= names and "3400000" in figures and quotes and not panel
    # Older bylines wrote the gist as JSON: of three members, then of five.
    older = json.dumps([lang, sorted(names), sorted(figures)], ensure_ascii=False)
    assert gist_of(older) == (lang, names, figures, frozenset(), frozenset())
    old = json.dumps([lang, sorted(names), sorted(figures), ["dana okafor"], sorted(quotes)], ensure_ascii=False)
    assert gist_of(old) == (lang, names, figures, frozenset({"dana okafor"}), quotes)


def test_each_signature_slot_keeps_the_least_hash_of_its_tokens():
    tokens = [f"tok{i}" for i in range(40)]
    sig = MinHasher(64, seed=7).signature(tokens)
    least: dict[int, int] = {}
    for t in tokens:
        h = stable_hash(f"7:{t}")
        least[h & 63] = min(least.get(h & 63, 1 << 32), h >> 32)
    assert least and all(sig[b] == v for b, v in least.items())


def test_signatures_are_stable_across_instances():
    assert MinHasher(64, seed=9).signature(["a b", "c d"]) == MinHasher(64, seed=9).signature(["c d", "a b"])
    assert MinHasher(64, seed=9).signature(["a b"]) != MinHasher(64, seed=10).signature(["a b"])


def test_lsh_finds_near_duplicates_only():
    mh, lsh = MinHasher(64), LSH(16, 4)
    base = [f"w{i}" for i in range(200)]
    lsh.insert("near", mh.signature(base[:190] + ["x1", "x2"]))
    lsh.insert("far", mh.signature([f"z{i}" for i in range(200)]))
    found = lsh.query(mh.signature(base))
    assert "near" in found and "far" not in found
    lsh.remove("near", mh.signature(base[:190] + ["x1", "x2"]))
    assert "near" not in lsh.query(mh.signature(base))


# -- word diff and drift -----------------------------------------------------------------

def test_word_diff_lights_the_changed_word():
    diff = word_diff("I love this crew, man.", "I love this crew, dude.")
    assert ("replace", "man", "dude") in diff
    assert [op for op, *_ in diff] == ["equal", "replace"]


def test_marks_case_and_spacing_are_not_drift():
    assert not drift(["I told her, ‘Go’ — and  she went."], ["i told her, 'go' — and she went"], "o")


def test_partial_quote_and_marked_cut_are_not_drift():
    original = ["We shot for ten weeks in the rain. Nobody quit, and nobody got sick."]
    assert not drift(["Nobody quit, and nobody got sick."], original, "o")
    assert not drift(["We shot for ten weeks in the rain … nobody got sick."], original, "o")


def test_changed_and_silently_cut_words_are_drift():
    original = ["We shot for ten weeks in the rain. Nobody quit, and nobody got sick."]
    snow = "We shot for ten weeks in the snow. Nobody quit, and nobody got sick."
    [d] = drift([snow], original, "o")
    assert (d.text, d.original_path) == (snow, "o")
    assert drift(["We shot for ten weeks. Nobody quit, and nobody got sick."], original, "o")


def test_unrelated_quote_is_not_aligned():
    assert not drift(["The budget was never the problem for us."], ["I love this crew, man."], "o")


# -- the forms of copying ----------------------------------------------------------------

ORIGINAL = "copperline-original.txt"


def test_syndicated_copy_points_to_the_earlier_article(links):
    lk = links["copperline-syndicated.txt"]
    assert (lk.duplicate_of, lk.confidence) == (ORIGINAL, "sure")
    assert not lk.drift  # curly against straight marks is not a change


def test_abridged_copy_without_a_date_points_to_the_fuller_article(links):
    lk = links["copperline-abridged.txt"]
    assert lk.duplicate_of == ORIGINAL and lk.confidence == "likely"
    assert not lk.drift


def test_spin_is_a_copy_and_its_changed_quote_is_drift(links):
    lk = links["copperline-spin.txt"]
    assert lk.duplicate_of == ORIGINAL
    [d] = lk.drift
    assert "buddy" in d.text and "kid" in d.original_text and d.original_path == ORIGINAL
    assert ("replace", "kid", "buddy") in word_diff(d.original_text, d.text)


def test_credit_decides_the_original_when_dates_are_equal(links):
    lk = links["copperline-credited.txt"]
    assert (lk.duplicate_of, lk.confidence) == (ORIGINAL, "sure")
    assert "reelside" in lk.reason


def test_spanish_translation_is_a_copy_without_drift(links):
    lk = links["copperline-es-traduccion.txt"]
    assert (lk.duplicate_of, lk.kind) == (ORIGINAL, "translation")
    assert not lk.drift


def test_independent_write_ups_share_the_story_but_are_not_copies(links):
    story = links[ORIGINAL].story
    for name in ("copperline-otheroutlet.txt", "copperline-es-cronica.txt"):
        assert links[name].duplicate_of is None, name
        assert links[name].story == story, name
        assert not links[name].drift
    assert links[ORIGINAL].duplicate_of is None
    assert sorted(links[ORIGINAL].copies) == sorted(
        ["copperline-syndicated.txt", "copperline-abridged.txt", "copperline-spin.txt",
         "copperline-credited.txt", "copperline-es-traduccion.txt"])


def test_partial_qa_copy_and_a_later_review_of_the_same_show(links):
    assert links["thornbury-qa-partial.txt"].duplicate_of == "thornbury-qa-original.txt"
    assert not links["thornbury-qa-partial.txt"].drift
    review = links["thornbury-review.txt"]
    assert review.duplicate_of is None
    assert review.story != links["thornbury-qa-original.txt"].story
    assert review.story == "thornbury-review.txt"  # a singleton is its own story


def test_copies_with_no_evidence_stay_unlinked_and_say_unsure(links):
    a, b = links["ferris-wheel-a.txt"], links["ferris-wheel-b.txt"]
    assert a.duplicate_of is None and b.duplicate_of is None
    assert a.confidence == b.confidence == "unsure"
    assert a.unsure_with == ["ferris-wheel-b.txt"]
    assert a.story == b.story


def test_story_id_is_its_earliest_member(links):
    members = [k for k, lk in links.items() if k.startswith("copperline")]
    assert {links[k].story for k in members} == {ORIGINAL}


# -- the index: incremental, order-free, persistent --------------------------------------

def _summary(links: dict) -> dict:
    return {k: (lk.duplicate_of, lk.story, [(d.text, d.original_text) for d in lk.drift])
            for k, lk in links.items()}


def test_adding_in_any_order_gives_the_same_links(corpus, links):
    shuffled = list(corpus)
    random.Random(5).shuffle(shuffled)
    assert _summary(_index(reversed(corpus)).links()) == _summary(links)
    assert _summary(_index(shuffled).links()) == _summary(links)


def test_original_added_after_its_copy_takes_over(corpus):
    by_id = {a.id: (a, ex) for a, ex in corpus}
    idx = CopyIndex()
    first = idx.add(*by_id["copperline-spin.txt"])
    assert first.duplicate_of is None
    idx.add(*by_id[ORIGINAL])
    assert idx.link_for("copperline-spin.txt").duplicate_of == ORIGINAL
    assert idx.story_of("copperline-spin.txt") == ORIGINAL


def test_state_round_trips_through_json_and_keeps_working(corpus, links):
    idx = _index(corpus[:-3])
    restored = CopyIndex.from_state(json.loads(json.dumps(idx.to_state())))
    assert _summary(restored.links()) == _summary(idx.links())
    for a, ex in corpus[-3:]:
        restored.add(a, ex)
    assert _summary(restored.links()) == _summary(links)


def test_state_from_another_version_is_refused():
    state = CopyIndex().to_state()
    state["version"] = -1
    with pytest.raises(ValueError):
        CopyIndex.from_state(state)


def test_removing_the_original_unlinks_its_copies(corpus):
    idx = _index(corpus)
    idx.remove(ORIGINAL)
    assert ORIGINAL not in idx
    for lk in idx.links().values():
        assert lk.duplicate_of != ORIGINAL and lk.story != ORIGINAL


def test_removing_an_article_regroups_its_story_without_reading_every_edge(corpus, monkeypatch):
    idx = _index(corpus)
    before = idx.links()
    fresh = _index([(a, ex) for a, ex in corpus if a.id != ORIGINAL]).links()

    def no_full_scan():
        raise AssertionError("a removal walked every story edge")

    monkeypatch.setattr(idx._store, "edges", no_full_scan)
    idx.remove(ORIGINAL)
    after = idx.links()
    assert {k: lk.story for k, lk in after.items()} == {k: lk.story for k, lk in fresh.items()}
    assert after["thornbury-review.txt"].story == before["thornbury-review.txt"].story


def test_link_fills_extractions(corpus):
    articles = [a for a, _ in corpus]
    found = {a.id: ex for a, ex in corpus}
    link(articles, found)
    assert found["copperline-spin.txt"].duplicate_of == ORIGINAL
    assert found["copperline-spin.txt"].drift
    assert all(ex.story for ex in found.values())


def test_adding_judges_only_a_few_candidates(monkeypatch):
    calls = []
    real = copy_judge.judge
    monkeypatch.setattr(copy_judge, "judge", lambda *a: calls.append(1) or real(*a))
    rng = random.Random(2)
    idx = CopyIndex()
    for i in range(150):
        idx.add(_synthetic(i, rng))
    assert len(calls) < 150 * 2  # nowhere near the 11,175 pairs of an all-pairs pass


def test_bench_reports_timings_and_finds_planted_copies():
    result = bench_copies(100, adds=20)
    assert result["docs"] == 100
    assert set(result["add_ms"]) == set(result["prepare_ms"]) == {"p50", "p95", "max"}
    assert result["prepare_ms"]["p50"] <= result["add_ms"]["p50"]
    assert result["copies_found"] == "2/2"


def test_fan_rewrite_credits_the_outlet_named_in_the_originals_url(links):
    lk = links["glass-orchard-fansite.txt"]
    assert (lk.duplicate_of, lk.confidence) == ("cinewire-glass-orchard.jsonl#1", "sure")
    assert "cinewire" in lk.reason
    assert not lk.drift  # shortened quotes are not changed quotes
    assert links["cinewire-glass-orchard.jsonl#1"].copies == ["glass-orchard-fansite.txt"]


def test_index_kept_in_a_file_reopens_and_keeps_growing(corpus, links, tmp_path):
    path = tmp_path / "copies.sqlite"
    idx = CopyIndex(path)
    for a, ex in corpus[:-3]:
        idx.add(a, ex)
    before = _summary(idx.links())
    idx.close()
    reopened = CopyIndex(path)
    assert len(reopened) == len(corpus) - 3
    assert _summary(reopened.links()) == before
    for a, ex in corpus[-3:]:
        reopened.add(a, ex)
    assert _summary(reopened.links()) == _summary(links)
    reopened.close()


def test_two_outlets_quoting_the_same_junket_are_one_story_not_copies(links):
    a, b = links["saltwind-junket-a.txt"], links["saltwind-junket-b.txt"]
    assert a.duplicate_of is None and b.duplicate_of is None
    assert not a.unsure_with and not b.unsure_with
    assert a.story == b.story


def test_adding_an_article_again_replaces_it(corpus):
    by_id = {a.id: (a, ex) for a, ex in corpus}
    idx = CopyIndex()
    idx.add(*by_id[ORIGINAL])
    spin, _ = by_id["copperline-spin.txt"]
    assert idx.add(spin).drift
    fixed = Article(id=spin.id, title=spin.title, text=spin.text.replace("cast, buddy.", "cast, kid."))
    again = idx.add(fixed)
    assert len(idx) == 2
    assert again.duplicate_of == ORIGINAL and not again.drift


def test_prepared_in_another_process_gives_the_same_links(corpus, links):
    import pickle

    idx = CopyIndex()
    for a, ex in corpus:
        idx.add(pickle.loads(pickle.dumps(prepare(a, ex))))
    assert _summary(idx.links()) == _summary(links)


def test_a_book_length_article_is_judged_in_bounded_time():
    import time

    body = 'Rafe Quill said the harbour was quiet. "We waited all night," Quill said. ' * 60000
    idx = CopyIndex()
    start = time.perf_counter()
    idx.add(Article(id="a", title="a", text=body))
    idx.add(Article(id="b", title="b", text=body + " The end."))
    assert time.perf_counter() - start < 5
    assert idx.link_for("b").unsure_with == ["a"]


def test_an_editors_brackets_are_not_drift():
    original = ["I think it will surprise people who gave up on it after the first season."]
    assert not drift(["I think [the show] will surprise people who gave up on it after the first season."],
                     original, "o")
    assert not drift(["I think it will surprise people [...] after the first season."], original, "o")


def test_a_changed_title_or_scare_quote_is_never_drift():
    from search.model import SCARE, SPEECH, Quote

    def article(doc_id: str, title: str, date: str) -> tuple[Article, Extraction]:
        text = (f"The fourth episode, \u201c{title},\u201d airs Sunday on Halden+. Director Ines Marlow "
                "shot it in eleven days on a borrowed lighthouse in Cobh, County Cork. \u201cWe had the "
                "lighthouse for eleven days and the weather for about four of them,\u201d Marlow said. "
                "The episode follows the keeper Tamsin Roe through one storm and one long night, and "
                "Marlow said the cast rehearsed the final scene by candlelight to keep it tense.")
        q1 = text.index(title)
        q2, q_end = text.index("We had"), text.index(",\u201d Marlow")
        quotes = [Quote(title + ",", q1, q1 + len(title) + 1, None, SCARE),
                  Quote(text[q2:q_end], q2, q_end, "Ines Marlow", SPEECH)]
        return Article(id=doc_id, title=doc_id, text=text, date=date), Extraction(quotes=quotes)

    idx = CopyIndex()
    idx.add(*article("first.txt", "The Long Night at Cobble Hill", "2025-01-01"))
    lk = idx.add(*article("second.txt", "The Long Night in Cobble Hill", "2025-01-02"))
    assert lk.duplicate_of == "first.txt"
    assert not lk.drift


@pytest.mark.parametrize("sentence, outlet", [
    ("The casting was first reported via Collider on Monday.", "collider"),
    ("Okafor told Variety's Jo Brandt that the shoot ran long.", "variety"),
    ("As Deadline first reported, the pilot was reshot.", "deadline"),
    ("This story originally appeared on Reelside.", "reelside"),
    ("Según Screenline, el rodaje empieza en marzo.", "screenline"),
    ("La actriz lo contó en una entrevista con Frameshift la semana pasada.", "frameshift"),
    ("The Hollywood Reporter has learned that the show is over.", "hollywoodreporter"),
    ("Castellane recently got on the phone with Frameshift to talk about the finale.", "frameshift"),
    ("Frameshift: Was Ada wrong from the start?\n\nCASTELLANE: From the first page.", "frameshift"),
])
def test_credit_phrases_name_the_outlet(sentence, outlet):
    from search.copies.provenance import source_credits as _credits

    assert outlet in _credits(sentence)


def test_related_lists_copies_before_the_rest_of_the_story(corpus):
    idx = _index(corpus)
    related = idx.related(ORIGINAL)
    copies_first = related[:5]
    assert set(copies_first) == set(idx.link_for(ORIGINAL).copies)
    assert set(related[5:]) >= {"copperline-otheroutlet.txt", "copperline-es-cronica.txt"}


def test_a_picture_credit_is_not_a_story_credit():
    from search.copies.provenance import source_credits as _credits

    assert "northbeam" not in _credits("Image via Northbeam\n\nThe finale airs Sunday.")
