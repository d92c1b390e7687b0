"""Choose the title a person would accept for an article that may have no headline."""

from __future__ import annotations

import re

from search.ingest.formats.bylines import is_metadata_line

MAX_TITLE = 90
_EDITOR_NOTE = re.compile(
    r"^(?:EDITOR'?S'? NOTE|SPOILER WARNING|WARNING)\s*:\s*[^.!?]*[.!?]\s*", re.IGNORECASE
)
# Not after a capital, so "U.S." and "J. Smith" do not end a sentence; a closing quote stays with it.
_SENTENCE_END = re.compile(r"(?<=[^A-Z])[.!?][\"”’]?(?=\s+[\"“‘A-Z0-9])")

_ABBREVIATION_WORDS = (
    "dr mr mrs ms mx st jr sr prof rev gen sgt capt lt col gov sen rep vs etc no vol ft mt "
    "jan feb mar apr jun jul aug sep sept oct nov dec sra dra"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_DANGLING_WORDS = (
    "a an the of to in on at by for from with between and or but as that which who whose its their his her "
    "el la los las un una de del y o en con por para que su sus"
)
_DANGLING = frozenset(_DANGLING_WORDS.split())


def derive_title(text: str) -> str:
    """A headline line when the text opens with one, else a title cut from the first sentence.

    A headline is a short first line (after any leading dateline or byline) that does not end
    like a sentence and is followed by a blank line, by a byline or dateline, or straight by a
    paragraph (a much longer line, or the first line is in Title Case). A one-to-three-word
    kicker above a longer headline ("Stranger Things 4", then the headline) gives way to it.
    """
    lines = text.split("\n")
    i = 0
    while i < min(len(lines) - 1, 3) and (not lines[i].strip() or is_metadata_line(lines[i])):
        i += 1
    first = lines[i].strip()
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if not _headline_shaped(first):
        return sentence_title("\n".join(lines[i:]))
    if not after:
        below = next((j for j in range(i + 2, min(len(lines), i + 4)) if lines[j].strip()), None)
        if below is not None and _is_kicker(first, lines[below].strip()) and _ends_block(lines, below):
            return lines[below].strip()
        return first
    if is_metadata_line(after) or (len(after) > max(100, 1.5 * len(first)) or
                                   (_title_case(first) and len(after) > len(first))):
        return first
    return sentence_title("\n".join(lines[i:]))


def _is_kicker(first: str, below: str) -> bool:
    return len(first.split()) <= 3 and _headline_shaped(below) and len(below) > 2 * len(first)


def _ends_block(lines: list[str], j: int) -> bool:
    return j + 1 >= len(lines) or not lines[j + 1].strip() or is_metadata_line(lines[j + 1])


def _after_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = text[:dot].rsplit(None, 1)[-1].lstrip("\"“‘(") if text[:dot].strip() else ""
    return word.lower() in _ABBREVIATIONS


def _headline_shaped(line: str) -> bool:
    # A closing quote mark does not make a sentence a headline: `She said, "It's done."`
    return bool(line) and len(line) <= 200 and not line.rstrip("\"”’'»").endswith((".", ",", ";", ":"))


def _title_case(line: str) -> bool:
    words = [w.strip("\"“”‘’'()[]:,") for w in line.split()]
    long_words = [w for w in words if len(w) > 3]
    if len(words) < 4 or not long_words:
        return False
    return sum(w[0].isupper() or w[0].isdigit() for w in long_words) >= 0.8 * len(long_words)


def sentence_title(text: str) -> str:
    body = " ".join(text.split())
    body = _EDITOR_NOTE.sub("", body, count=1)
    end = next((m for m in _SENTENCE_END.finditer(body) if not _after_abbreviation(body, m.start())), None)
    sentence = body[: end.end()] if end else body
    sentence = sentence.removesuffix(".")
    if len(sentence) <= MAX_TITLE:
        return sentence
    cut = sentence[: MAX_TITLE - 1]
    words = cut[: cut.rfind(" ")].split(" ") if " " in cut else [cut]
    # "…a collective effort between the…" reads broken; end on a word that carries meaning.
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:—–-") + "…"
