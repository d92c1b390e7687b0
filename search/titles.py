"""Choose the title a person would accept for an article that may have no headline."""

from __future__ import annotations

import re

MAX_TITLE = 90
_EDITOR_NOTE = re.compile(
    r"^(?:EDITOR'?S'? NOTE|SPOILER WARNING|WARNING)\s*:\s*[^.!?]*[.!?]\s*", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[^A-Z][.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])")

_DANGLING_WORDS = (
    "a an the of to in on at by for from with between and or but as that which who whose its their his her "
    "el la los las un una de del y o en con por para que su sus"
)
_DANGLING = frozenset(_DANGLING_WORDS.split())


def derive_title(text: str) -> str:
    """A headline line when the text opens with one, else a title cut from the first sentence."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if first and len(first) <= 200 and rest.startswith("\n") and not first.endswith((".", ",", ";", ":")):
        return first
    return sentence_title(text)


def sentence_title(text: str) -> str:
    body = " ".join(text.split())
    body = _EDITOR_NOTE.sub("", body, count=1)
    sentence = _SENTENCE_END.split(body, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= MAX_TITLE:
        return sentence
    cut = sentence[: MAX_TITLE - 1]
    words = cut[: cut.rfind(" ")].split(" ") if " " in cut else [cut]
    # "…a collective effort between the…" reads broken; end on a word that carries meaning.
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–-") + "…"
