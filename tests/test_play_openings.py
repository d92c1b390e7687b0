"""Patterns rewritten to be scanned faster find what they found before: the openings tested before
the play forms let in every start of a form (and only starts let in before), and a boundary tested
after a pattern's first letter is the one tested before it."""

import importlib
import random
import re
from re import _compiler, _parser
from re import _constants as sre

import pytest

from search.extract.people import cast_forms

runs_module = importlib.import_module("search.extract.names.runs")  # the package exports a function of that name


def _token(op, av):
    """A character, or for a class holding a category (``\\s``) the class compiled."""
    if op is sre.LITERAL:
        return [chr(av)]
    assert op is sre.IN, op
    if all(o is sre.LITERAL for o, _ in av):
        return [chr(c) for _, c in av]
    return [_compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), 0)]


def _openings(ops: list, k: int) -> set[tuple]:
    """The first ``k`` tokens any match of ``ops`` can open with (fewer where it ends first)."""
    if k == 0 or not ops:
        return {()}
    (op, av), rest = ops[0], list(ops[1:])
    if op in (sre.LITERAL, sre.IN):
        return {(t, *s) for t in _token(op, av) for s in _openings(rest, k - 1)}
    if op is sre.BRANCH:
        return set().union(*(_openings(list(b) + rest, k) for b in av[1]))
    if op is sre.SUBPATTERN:
        return _openings(list(av[3]) + rest, k)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        out = _openings(rest, k) if low == 0 else set()
        if high:
            again = (op, (max(low - 1, 0), high if high is sre.MAXREPEAT else high - 1, sub))
            out |= _openings(list(sub) + [again] + rest, k)
        return out
    assert op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT), op  # zero width
    return _openings(rest, k)


def _covers(wide: tuple, narrow: tuple) -> bool:
    pairs = zip(wide, narrow, strict=False)
    return len(wide) <= len(narrow) and all(
        w == n or (not isinstance(w, str) and isinstance(n, str) and w.fullmatch(n)) for w, n in pairs)


def _of(regex: str, k: int = 3) -> set[tuple]:
    return _openings(list(_parser.parse(regex).data), k)


@pytest.mark.parametrize(("forms", "openings", "before"), [
    (cast_forms._PLAY, cast_forms.PLAY_OPENINGS, "[a-zE]"),
    (cast_forms._PLAY_ABROAD, cast_forms.PLAY_ABROAD_OPENINGS, "[a-zA-Z]"),
])
def test_every_play_form_opens_as_its_openings_say(forms, openings, before):
    body = cast_forms._play_re(forms, "").pattern[len(r"\b(?=)"):]  # nothing tested before the forms
    found, allowed = _of(body), _of(openings)
    assert all(any(_covers(a, f) for a in allowed) for f in found)
    assert all(isinstance(f[0], str) and re.fullmatch(before, f[0]) for f in found)  # the class tested before


def test_openings_walk():
    assert _of(r"(?:ab|c[de])?(?:fg)+", 2) == {("a", "b"), ("c", "d"), ("c", "e"), ("f", "g")}
    space = re.compile(r"\s")
    assert _covers(("i", "s", space), ("i", "s", " ")) and _covers(("i", "s", space), ("i", "s", space))
    assert not _covers(("i", "s", " "), ("i", "s", space)) and not _covers(("i", "t"), ("i", "s", " "))


def test_role_went_tests_its_boundary_after_the_letter():
    new = cast_forms.ROLE_WENT_RE
    old = re.compile(new.pattern.replace(r"[Tt](?<!\w.)he ", r"\b[Tt]he ", 1))
    assert old.pattern != new.pattern
    bits = ["the role of Ada Brook went to Ada Brook", "The part of Ada Brook goes to Lena Ruiz", "the lead role of ",
            "Ada Brook", " ", "went to ", "x", "_", "é", "9", "\n", "-", "’", "T", "the"]
    _same_matches(new, old, bits, 14, 5000, seed=3)


def test_word_starts_test_what_comes_before_after_the_letter():
    new = runs_module._WORD_NOT_LOWER
    old = re.compile(r"(?<![^\W\d_])(?<![^\W\d_][-'’$])[^\W\d_a-z]")
    _same_matches(new, old, "aZé Ж_9-'’$.\n\tx", 12, 20000, seed=5)


def test_sentence_splits_open_with_their_first_character():
    from search.extract.people import roles

    new = roles._SENT_SPLIT
    old = re.compile(r"(?<=[.!?…])[\"”’]?\s+(?=[\"“‘(A-Z¿¡])|\n+")
    _same_matches(new, old, ".!?…\"”’“‘( \n\tAa¿", 12, 30000, seed=8, windows=True)


def _same_matches(new, old, pieces, most: int, tries: int, seed: int, windows: bool = False) -> None:
    """``new`` matches where ``old`` does, on random texts of up to ``most`` pieces (and within
    random windows of them)."""
    rng = random.Random(seed)
    for _ in range(tries):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        if windows:
            lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
            assert [m.span() for m in new.finditer(text, lo, hi)] == [m.span() for m in old.finditer(text, lo, hi)]
