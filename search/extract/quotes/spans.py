"""Find quoted spans in article text: which marks open and close a quotation.

Paragraph-bounded pairing: a quotation never runs past its paragraph, so one stray
mark cannot swallow the rest of an article, and a multi-paragraph quotation (every
paragraph opens with a mark, only the last one closes) falls out as one span per
paragraph.  Apostrophes and primes (``don’t``, ``writers'``, ``’80s``, ``5'10"``)
are told apart from single quotation marks by what surrounds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# family -> (openers, closers)
_FAMILIES = {
    "dq": ('"', '"″”'),  # "…” is a common typo for "…"
    "cdq": ("“", "”″\"“"),  # “…“ and “…" are common typos for “…”
    "low": ("„", "“”\""),  # „…" with a straight closer is common on German pages
    "gui": ("«", "»"),
    "rgui": ("»", "«"),
    "sq": ("'", "'’"),
    "csq": ("‘", "’'‘"),
    "lowsq": ("‚", "‘’"),
}
SINGLE = {"sq", "csq", "lowsq"}
_MARKS = set("\"“”„«»″'‘’‚")
_MARK_RE = re.compile("[" + "".join(sorted(_MARKS)) + "]")
_OPEN_PUNCT = set("([{—–-/ \t\n") | _MARKS
_CLOSE_PUNCT = set(".,;:!?…)]}—–-/ \t\n") | _MARKS
_PRIME = re.compile(r"\d['’]\d{1,2}$")
_ELISION = re.compile(r"(?:em|tis|twas|til|cause|round|n|s|cos|bout)\b", re.I)


@dataclass(slots=True)
class Span:
    start: int  # first character inside the marks
    end: int  # exclusive; the closing mark's index, or the paragraph end when unclosed
    family: str
    block: int  # index of the paragraph it sits in
    closed: bool = True
    inner: list[Span] = field(default_factory=list)

    @property
    def single(self) -> bool:
        return self.family in SINGLE


@dataclass(slots=True)
class Block:
    start: int
    end: int


# web-page furniture between paragraphs; a quotation runs on across it
_FURNITURE = re.compile(
    r"\s*(?:advertisement|ad|story continues below(?: advertisement)?|"
    r"article continues below(?: advertisement)?|"
    r"continue reading below|scroll to continue(?: with content)?|publicidad|continúa leyendo)\s*", re.I)


def blocks(text: str) -> list[Block]:
    """Paragraphs: blank-line separated, or one per line when lines are too long to be hard-wrapped.
    An "Advertisement" line is not a paragraph of the article."""
    return list(_blocks(text))


@lru_cache(maxsize=8)
def _blocks(text: str) -> tuple[Block, ...]:
    # spans and the quote finder both need the paragraphs of the same text; nobody changes a Block
    return tuple(b for b in _paragraphs(text) if not _FURNITURE.fullmatch(text, b.start, b.end))


# "Q: Why close it?" with the answer on the next line, or "Question: …" then "Hugo Lindqvist: …":
# a question label opening a line makes every line of that paragraph a turn of its own
_QUESTION_LINE = re.compile(r"[ \t]*(?:\*\*|__)?(?:Q|QUESTION|Question|PREGUNTA|Pregunta|FRAGE|Frage)"
                            r"(?:\*\*|__)?[ \t]*[:.：](?:\*\*|__)?[ \t]+\S[^\n]*\?", re.M)

# "SCREEN NOTES: Where does it start?" then "ADA BROOK: Six months later." on the next line
_TURN_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?(?:[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{0,40}|[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2})"
                         r"(?:\*\*|__)?[ \t]*[:：]")


def _is_transcript(lines) -> bool:
    """Lines that take turns under labels, at least one of them asking: one turn a line."""
    if any(_QUESTION_LINE.match(x.group()) for x in lines):
        return True
    if len(lines) == 2 and lines[0].group().rstrip().endswith("?") and not lines[1].group().rstrip().endswith("?"):
        return True  # a question on its line, the answer on the next
    labelled = [x.group() for x in lines if _TURN_LABEL.match(x.group())]
    return len(labelled) >= 2 and any(x.rstrip().endswith("?") for x in labelled)


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_LINE = re.compile(r"[^\n]+")


def _paragraphs(text: str) -> list[Block]:
    out: list[Block] = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        lines = list(_LINE.finditer(text[s:e]))
        if len(lines) > 1 and (max(len(x.group()) for x in lines) > 160 or _is_transcript(lines)):
            out += [Block(s + x.start(), s + x.end()) for x in lines if x.group().strip()]
        elif text[s:e].strip():
            out.append(Block(s, e))
    return out


# French sets guillemets off with a (narrow) no-break space inside: « Je suis prête »
_GUILLEMET_SPACE = " \u00a0\u202f\u2009"


def _left_flanking(text: str, i: int, lo: int, hi: int) -> bool:
    j = i + 1
    if text[i] in "«»":
        while j < hi and text[j] in _GUILLEMET_SPACE:
            j += 1
    nxt = text[j] if j < hi else " "
    prev = text[i - 1] if i > lo else " "
    return not nxt.isspace() and (prev in _OPEN_PUNCT or prev.isspace())


def _right_flanking(text: str, i: int, lo: int, hi: int) -> bool:
    k = i - 1
    if text[i] in "«»":
        while k > lo and text[k] in _GUILLEMET_SPACE:
            k -= 1
    nxt = text[i + 1] if i + 1 < hi else " "
    prev = text[k] if k >= lo else " "
    return not prev.isspace() and (nxt in _CLOSE_PUNCT or nxt.isspace())


_DECADE_OR_YEAR = re.compile(r"\d0s|\d\d\b")


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    c = text[i]
    if c not in "'’‘":
        return False
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # don’t, Lumen+'s handled below, rock’n’roll
    if nxt.isdigit() and _DECADE_OR_YEAR.match(text[i + 1:i + 4]):
        return True  # ’80s, '24
    if (prev.isspace() or i == lo) and _ELISION.match(text, i + 1, hi):
        return True  # 'em, 'til
    return prev in "+" and nxt == "s"


def _closes(fam: str, c: str, left: bool, right: bool) -> bool:
    if c not in _FAMILIES[fam][1]:
        return False
    if fam in SINGLE:
        return right
    if fam == "dq":
        return right or not left
    if fam == "cdq" and c in "“\"":
        return right and not left
    return True


def _pair_block(text: str, lo: int, hi: int, index: int) -> list[Span]:
    stack: list[tuple[str, int, list[Span]]] = []
    top: list[Span] = []
    for mark in _MARK_RE.finditer(text, lo, hi):
        i, c = mark.start(), mark.group()
        if c == '"' and _PRIME.search(text, max(lo, i - 4), i):
            continue  # 5'10"
        if _is_apostrophe(text, i, lo, hi):  # (the commonest mark of all: settled before the flanks)
            continue
        left = _left_flanking(text, i, lo, hi)
        right = _right_flanking(text, i, lo, hi)
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            fam, start, inner = stack[depth]
            if _closes(fam, c, left, right):
                # an unclosed inner quote is dropped rather than allowed to swallow its parent
                del stack[depth:]
                (stack[-1][2] if stack else top).append(Span(start + 1, i, fam, index, True, inner))
                closed = True
                break
            if fam not in SINGLE:
                break
        if closed or not left:
            continue
        opener = next((f for f, (o, _) in _FAMILIES.items() if c in o), None)
        if c == "”" and not right and not stack:
            opener = "cdq"  # ”…” is a common typo for “…”
        if opener is None or (opener in SINGLE and stack and stack[-1][0] in SINGLE):
            continue
        stack.append((opener, i, []))
    # A quotation left open at the paragraph's end runs to it (multi-paragraph or truncated).
    if stack and stack[0][0] not in SINGLE:
        fam, start, inner = stack[0]
        end = hi
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        if end > start + 1:
            top.append(Span(start + 1, end, fam, index, False, inner))
    return top


def find_spans(text: str) -> list[Span]:
    """Top-level quoted spans in reading order, with their nested quotes in ``inner``."""
    out: list[Span] = []
    for n, b in enumerate(blocks(text)):
        out += _pair_block(text, b.start, b.end, n)
    return out
