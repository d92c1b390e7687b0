"""Make article text inert: no character of an article may reach a terminal as a control code.

Every control character except newline and tab is replaced by exactly one visible character,
so code-point offsets computed on the inert text are the offsets of the original text.
"""

from __future__ import annotations

import re

_C0_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_DEL_PICTURE = {0x7F: 0x2421}
# C1 controls have no Control Pictures of their own; U+FFFD at least shows something was there.
_C1 = {code: 0xFFFD for code in range(0x80, 0xA0)}
_TABLE = {**_C0_PICTURES, **_DEL_PICTURE, **_C1}
_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def inert(text: str) -> str:
    """``text`` with ESC shown as ␛, BEL as ␇, a bare CR as ␍ and so on."""
    # Almost every article is clean; a regex scan is far cheaper than translating each character.
    return text.translate(_TABLE) if _ANY_CONTROL.search(text) else text


def is_inert(text: str) -> bool:
    return _ANY_CONTROL.search(text) is None
