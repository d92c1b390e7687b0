"""A cast form scanned line by line finds what a scan of the whole text finds."""

import random
import re
from re import _compiler, _parser
from re import _constants as sre

from search.extract.people import cast_forms, evidence, role_first, scanning, works

_LEAVES = (sre.LITERAL, sre.NOT_LITERAL, sre.IN)


def _items(data):
    """Every element of a parsed pattern, lookarounds included."""
    for op, av in data:
        yield op, av
        if op is sre.BRANCH:
            for branch in av[1]:
                yield from _items(branch)
        elif op is sre.SUBPATTERN:
            yield from _items(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            yield from _items(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _items(av[1])
        elif op is sre.ATOMIC_GROUP:
            yield from _items(av)


def _reads_a_line_break(pattern: re.Pattern) -> bool:
    for op, av in _items(_parser.parse(pattern.pattern, pattern.flags).data):
        if op is sre.AT and av is sre.AT_END and not pattern.flags & re.MULTILINE:
            return True  # "$" also holds before the break that ends a line scanned alone
        if op is sre.ANY and pattern.flags & re.DOTALL:
            return True
        if op in _LEAVES and _compiler.compile(_parser.SubPattern(_parser.State(), [(op, av)]), pattern.flags
                                               ).fullmatch("\n"):
            return True
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
    return False


def test_no_form_scanned_by_lines_reads_a_line_break():
    assert all(id(pattern) in scanning._BY_LINES for pattern in cast_forms._BY_LINES)
    assert all(id(works._WORK_CUES[i]) in scanning._BY_LINES for i in (2, 4))
    for pattern in scanning._BY_LINES.values():
        assert not _reads_a_line_break(pattern), pattern.pattern[:80]
        part = scanning._GATES.get(id(pattern))  # searched within each line first
        assert part is None or not _reads_a_line_break(part), part.pattern[:80]


def test_the_check_sees_a_line_break_wherever_one_may_be_read():
    assert _reads_a_line_break(re.compile(r"A\s+B"))
    assert _reads_a_line_break(re.compile(r"A(?=[^,]) B"))
    assert _reads_a_line_break(re.compile(r"A B$"))
    assert not _reads_a_line_break(re.compile(r"A B$", re.MULTILINE))
    assert not _reads_a_line_break(re.compile(r"A[^()\n]B(?![\w-])"))


def test_line_scan_finds_what_a_whole_scan_finds():
    text = ("Carrie (Claire Danes) met Saul.\nNo bracket here, as it happens.\n"
            "Lena Ruiz as Dora Vale, and Ada Brook's Mira Holt\n(\nTovah Lindgren (Ida Brandt)\n"
            "the drama Cold Ledger, on Lumen+'s Paper Saints")
    for pattern in scanning._BY_LINES.values():
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scanning._scan(text, pattern)] == whole


def _opens_at_a_line_start(pattern: re.Pattern) -> bool:
    data = _parser.parse(pattern.pattern, pattern.flags).data
    heads = [branch[0] for branch in data[0][1][1]] if data[0][0] is sre.BRANCH else [data[0]]
    return bool(pattern.flags & re.MULTILINE) and all(head == (sre.AT, sre.AT_BEGINNING) for head in heads)


def test_forms_tried_at_line_starts_open_there():
    assert scanning._LINE_HEADS
    for pattern in [evidence._CAPS_LABEL, *(p for p in _all_forms() if id(p) in scanning._LINE_HEADS)]:
        assert _opens_at_a_line_start(pattern), pattern.pattern[:80]
    assert not _opens_at_a_line_start(re.compile(r"^A|B", re.MULTILINE))
    assert not _opens_at_a_line_start(re.compile(r"^A"))


def _all_forms():
    return [v for m in (cast_forms, role_first) for v in vars(m).values() if isinstance(v, re.Pattern)]


def test_line_start_matches_are_what_a_search_finds():
    rng = random.Random(7)
    bits = ["Ted Mallory", "Adrian Kell", " – ", " - ", "—", ": ", ":\n", "\n", "\n\n", " ", "\t", "• ", "* ",
            "KATE FLEMING", "DEVON ACHTERBERG", "Vicky", " is ", " es ", "Wren Halloway", ", a note", ".", "x", "é"]
    forms = [evidence._CAPS_LABEL, *(p for p in _all_forms() if id(p) in scanning._LINE_HEADS)]
    for _ in range(4000):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(0, 30)))
        for pattern in forms:
            whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in scanning.line_matches(text, pattern)] == whole


def test_a_needed_text_is_looked_for_by_a_character_of_its_own():
    pairs = [pair for wanted in scanning._NEEDS.values() for pair in wanted]
    assert pairs and all(rare in needle for rare, needle in pairs)
    assert scanning.probe("(joue") == "j" and scanning.probe(" rôle ") == "ô"
    rng = random.Random(3)
    chars = "ajoue rôl(s’'\n"
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        for wanted in scanning._NEEDS.values():
            assert scanning.holds_any(text, wanted) == any(needle in text for _, needle in wanted)
