"""Copy detection's rewrites for speed, each checked against the form it replaced."""

from __future__ import annotations

import random
from array import array

from search.copies import judge as copy_judge
from search.copies.index import most_voted, to_judge
from search.copies.minhash import Signatures
from search.copies.prepared import gist_of


def test_the_most_voted_candidates_are_those_a_sort_by_votes_then_row_picks():
    rng = random.Random(5)
    for _ in range(500):
        votes = {rng.randrange(10_000): rng.choice((1, 1, 1, 2, 3, 4, 6, 8)) for _ in range(rng.randrange(60))}
        k = rng.choice((1, 5, 25))
        want = sorted(votes, key=lambda n: (-votes[n], n))[:k]
        assert sorted(most_voted(votes, k)) == sorted(want)


def test_sentence_alignment_counts_what_the_best_counterpart_of_each_sentence_did():
    from search.copies.features import Features
    from search.copies.judge import sentence_alignment

    def by_best(a, b, skip):
        sa = [set(s) for s, k in zip(a.sentences, a.keys, strict=True) if k not in skip]
        sb = [set(s) for s, k in zip(b.sentences, b.keys, strict=True) if k not in skip]
        if len(sa) > len(sb):
            sa, sb = sb, sa
        if not sa:
            return 0.0, 0
        hits = sum(max((len(x & y) / len(x | y) for y in sb), default=0.0) >= 0.3 for x in sa)
        return hits / len(sa), len(sa)

    rng = random.Random(9)

    def feats(n):
        sents = [sorted(rng.sample(range(40), rng.randrange(1, 12))) for _ in range(n)]
        return Features("x", None, "en", 0, 0, [], [], sentences=sents, keys=list(range(n)))

    for _ in range(2000):
        a, b = feats(rng.randrange(6)), feats(rng.randrange(6))
        skip = frozenset(rng.sample(range(6), rng.randrange(3)))
        assert sentence_alignment(a, b, skip) == by_best(a, b, skip)


def test_candidates_worth_judging_are_those_the_signatures_first_form_picked():
    from search.copies.prepared import _gist_text

    rng = random.Random(4)
    names, figures = [f"n{i}" for i in range(8)], [str(i) for i in range(5, 11)]

    def gist_text():
        f = type("F", (), {})()
        f.lang = rng.choice(("en", "en", "es"))
        f.entities = rng.sample(names, rng.randrange(5)) + rng.sample(figures, rng.randrange(4))
        f.panel = rng.sample(["ada", "bo"], rng.randrange(3)) if rng.random() < 0.3 else []
        f.quotes = rng.sample(["We kept the lights on all winter long and never once asked why.",
                               "Nobody in the valley had seen a harvest like it in forty years."],
                              rng.randrange(3))
        return _gist_text(f)

    def near(sig, share):
        return [v if rng.random() < share else rng.randrange(1000, 9000) for v in sig]

    for _ in range(3000):
        mine = gist_of(gist_text())
        base = [rng.sample(range(1000), 64) for _ in range(3)]
        own = Signatures(array("I", [v for s in base for v in s]).tobytes(), 64)
        shares = (rng.choice((0, 0.05, 0.2)), rng.choice((0, 0.25, 0.4)), rng.choice((0, 0.05, 0.3)))
        other = array("I", [v for s, share in zip(base, shares, strict=True) for v in near(s, share)]).tobytes()
        text = rng.choice((gist_text(), gist_text(), None))
        jac = own.jaccards(other)
        worth = copy_judge.worth_judging(jac)
        theirs = gist_of(text) if worth or mine[3] or mine[4] else None
        must = theirs is not None and copy_judge.must_judge(mine, theirs)
        skip = not must and (not worth or theirs and not copy_judge.may_link(mine, theirs))
        assert to_judge(mine, own, other, text) == (None if skip else (jac, theirs))


def test_credit_cues_grouped_by_first_letter_match_where_the_one_alternation_did():
    import re

    from search.copies.provenance import _CREDIT_CUE, _CUES

    one = re.compile(
        r"\b(?:via|told|tells|to|per|from|according to|(?:first )?reported by|(?:originally|first) (?:appeared|"
        r"published|ran) (?:on|in|at)|republished with permission of|(?:interview|spoke|speaking|"
        r"conversation|chat|sat down|caught up|got on the phone|chatted|talked|spoken) (?:with|to)|"
        r"(?:said|told|revealed|explained) to|source:|h/t|hat tip(?: to)?|"
        r"según|vía|fuente:|informó|declaró a|dijo a|contó a|en declaraciones (?:a|para)|"
        r"en (?:una )?(?:entrevista|conversación|charla) con|a través de|de acuerdo con|"
        r"as reported by|reportado por|publicado (?:originalmente )?en)\s+"
        r"(?:(?:the|el|la)\s+)?")
    # Every phrase as it can be written, its prefixes, and words it runs into or after.
    pieces = [re.sub(r"\(\?:([^|)]*)[^)]*\)\??", r"\1", c) for c in _CUES]
    pieces += [p[:n] for p in pieces for n in (1, 2, 4)]
    pieces += ["the", "la", "el", "x", "_", "1", "é", "en una", "hat tip to"]
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(" |  |\n|_|-|é|.| the | la |".split("|"))
                       for _ in range(rng.randrange(1, 10)))
        assert [m.span() for m in _CREDIT_CUE.finditer(text)] == [m.span() for m in one.finditer(text)], text
