"""Article text is inert: no control character survives, and offsets do not move."""

from __future__ import annotations

import random

from search.ingest.sanitize import inert, is_inert


def _controls(text: str) -> list[str]:
    return [ch for ch in text if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0]


def test_escape_sequences_become_visible():
    assert inert("\x1b[2J") == "␛[2J"
    assert inert("\x1b]52;c;ZWNobyBwd25lZA==\x07") == "␛]52;c;ZWNobyBwd25lZA==␇"
    assert inert("renewed\rCANCELLED") == "renewed␍CANCELLED"
    assert inert("\x00\x08\x7f") == "␀␈␡"


def test_c1_controls_are_replaced():
    assert _controls(inert("\x9b31m red \x9d0;title\x9c")) == []


def test_newline_tab_and_ordinary_text_untouched():
    text = "[bold red]WIN[/] :warning: café “quoted” 🙂\n\tindented"
    assert inert(text) == text
    assert is_inert(text)


def test_every_control_character_is_mapped_one_to_one():
    every = "".join(chr(c) for c in range(0xA0))
    out = inert(every)
    assert len(out) == len(every)  # offsets computed on inert text hold for the original
    assert _controls(out) == []
    assert is_inert(out) and not is_inert(every)
    assert inert(out) == out


def test_random_text_never_keeps_a_control_character():
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(chr(rng.randrange(0, 0x300)) for _ in range(rng.randrange(0, 80)))
        out = inert(text)
        assert len(out) == len(text) and _controls(out) == []
