"""The tokenizer: runs of capitalised words that may be names, and the small text helpers it uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from search.extract.names.lexicon import COMPOUND_TAILS, PARTICLES, STOP

_WORD = re.compile(r"[^\W\d_]+(?:[-'’$][^\W\d_]+)*")  # "A$AP": a stage name keeps its sign


# a quoted nickname between a given name and a surname: Reggie "Big Reg" Okafor-Banks
_NICKNAME_GAP = re.compile(r" ([\"“‘][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’]) ")
# after a letter; the test comes after the space, so the engine skips straight to spaces
_NICKNAME = re.compile(r" (?<=[^\W\d_] )" + _NICKNAME_GAP.pattern[1:] + "(?=[A-Z])")


_KOREAN_GIVEN = re.compile(r" [A-Z][a-z]{1,5}-[a-z]{1,5}\b")


_GLUED_ADJECTIVE = re.compile(r"([A-Z][^\W\d_]+)-(?:starring|led|fronted|helmed|directed|penned)$")


_POSSESSIVE = re.compile(r"['’]s?$")


_ABBREV = re.compile(r"(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Capt|Prof|Rev|Sgt|Lt|Gen|Col|Det)\.")


@dataclass(slots=True)
class Run:
    """Capitalised words that read as one name-like unit."""

    words: list[str]
    start: int
    end: int
    possessive: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def strip_possessive(word: str) -> tuple[str, bool]:
    """``Oduya’s`` → (``Oduya``, True); ``Marchbanks'`` → (``Marchbanks``, True)."""
    if not word.endswith(("'", "’", "'s", "’s", "\n")):
        return word, False  # (most words: the pattern can match only at the end)
    m = _POSSESSIVE.search(word)
    if m and len(word) - len(m.group()) >= 2 and not re.search(r"[A-Z]['’][A-Z]", word[-4:]):
        return word[: m.start()], True
    return word, False


# a page that lost its spaces glues a name to the next sentence: "Jack LowdenThe series"
# (the letter before is tested after the capital, so the engine skips straight to capitals)
_GLUED = re.compile(r"([A-Z](?<=[a-zà-ÿ][A-Z])[a-zà-ÿ]+)(?![^\W\d_])")


# the start of a word that is not lower-case ASCII: a word's later part ("Ji-Woon") is no start
# (what may not come before is tested after the letter, so the engine skips straight to letters)
_WORD_NOT_LOWER = re.compile(r"[^\W\d_a-z](?<![^\W\d_].)(?<![^\W\d_][-'’$].)")


def _words(text: str, idle: Callable[[], bool]):
    """(word, start, end) of every word, a word glued to a following function word split in two
    ("LowdenThe"), where "McDonald" stays whole. While ``idle()`` (no run open), words opening in
    lower case may be left out: most words are, and nothing is done with them then."""
    cuts = {m.start() for m in _GLUED.finditer(text) if m.group(1).lower() in STOP}
    if cuts:
        yield from _split_words(text, cuts)
        return
    at = 0
    while True:
        skip = idle()
        m = _WORD_NOT_LOWER.search(text, at) if skip else _WORD.search(text, at)
        if m is None:
            return
        if skip:
            m = _WORD.match(text, m.start())
        at = m.end()
        yield m.group(), m.start(), at


def _split_words(text: str, cuts: set[int]):
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        for cut in sorted(c for c in cuts if start < c < end):
            yield text[start:cut], start, cut
            start = cut
        yield text[start:end], start, end


@lru_cache(maxsize=32)
def text_runs(text: str) -> tuple[Run, ...]:
    """``runs`` of a text, kept for the few readers of one article. Do not mutate."""
    return tuple(runs(text))


def runs(text: str) -> list[Run]:
    """Runs of capitalised words joined by single spaces (or an abbreviation's full stop).

    Lower-case particles are kept inside when a capitalised word follows; a possessive
    ends the run. Function words split runs, so headline case does not glue names to verbs.
    """
    out: list[Run] = []
    cur: Run | None = None
    pending: list[tuple[str, int, int]] = []  # particles waiting for a capitalised word
    prev_end = -1

    def close() -> None:
        nonlocal cur, pending
        if cur is not None and cur.words:
            out.append(cur)
        cur, pending = None, []

    nickname_words = {w.start() for n in _NICKNAME.finditer(text) for w in _WORD.finditer(text, *n.span(1))}
    def idle() -> bool:  # asked as each next word is wanted, after the last one was taken in
        return cur is None

    for word, start, end in _words(text, idle):
        if cur is None and not word[:1].isupper():
            prev_end = end  # most words: lower case, outside a run, so nothing opens or closes
            continue
        if start in nickname_words and cur is not None:
            continue  # Theo "Moss" Abernathy is Theo Abernathy
        gap = text[prev_end:start] if prev_end >= 0 else "\n"
        dot_gap = gap == ". " and cur is not None and _ABBREV.fullmatch(cur.words[-1] + ".")
        joined = gap == " " or bool(dot_gap) or (cur is not None and _NICKNAME_GAP.fullmatch(gap) is not None)
        if end < len(text) and text[end] == "." and len(word) <= 4 and _ABBREV.fullmatch(word + "."):
            word_disp = word + "."
        else:
            word_disp = word
        prev_end = end + (1 if word_disp.endswith(".") else 0)
        if cur is not None and not joined:
            close()
        # "Will" opens names (Will Poulter) but is a verb inside headline-case runs;
        # "Oscar-winning" and "Emmy-nominated" describe a name without being part of it.
        # "Oh Jae-won", "Do Ha-na": a two-letter surname that is also an English word
        korean = cur is None and len(word) == 2 and is_cap(word) and _KOREAN_GIVEN.match(text, end)
        glued = _GLUED_ADJECTIVE.match(word) if cur is not None and joined else None
        if glued:  # "the Ada Brook-starring film": the name ends where the adjective begins
            cur.words += [p[0] for p in pending] + [glued.group(1)]
            cur.end = start + len(glued.group(1))
            close()
            prev_end = end
            continue
        if (not is_cap(word) or (word.lower() in STOP and not korean) or (word == "Will" and cur is not None)
                or any(part[:1].islower() and not given_syllable(part) for part in word.split("-")[1:])):
            if cur is not None and word in PARTICLES and joined and len(pending) < 2:
                pending.append((word, start, end))
                continue
            close()
            continue
        bare, poss = strip_possessive(word_disp)
        if cur is None:
            cur = Run([bare], start, start + len(bare))
        else:
            cur.words += [p[0] for p in pending] + [bare]
            cur.end = start + len(bare)
            pending = []
        if poss:
            cur.possessive = True
            close()
    close()
    return out


def given_syllable_name(word: str) -> bool:
    """``Seo-yun``: a capitalised syllable joined to a lower-case one, as Korean given names are written."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].islower() and given_syllable(parts[1])


def given_syllable(part: str) -> bool:
    """``woon`` in ``Ji-woon``: a short lower-case syllable that belongs to a given name."""
    return (len(part) <= 5 and part.isalpha() and part not in COMPOUND_TAILS
            and not part.endswith(("ed", "ing", "er", "ly")))


def word_char(c: str) -> bool:
    """What ``\\w`` matches in a str pattern (alphanumeric or underscore)."""
    return c.isalnum() or c == "_"


def literal_hits(text: str, word: str, start: int = 0):
    """Every start of ``word`` in ``text``, overlapping ones included, as a regex search would try.

    Scanning for a literal with ``str.find`` avoids compiling one pattern per word, which
    would also push the module's fixed patterns out of ``re``'s small cache.
    """
    i = text.find(word, start)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


# the edges of a word standing alone, not inside a longer word or a hyphenated compound
NOT_AFTER_WORD = re.compile(r"(?<![\w-])")
NOT_BEFORE_WORD = re.compile(r"(?![\w-])")


def literal_matches(text: str, word: str, before: re.Pattern = NOT_AFTER_WORD, after: re.Pattern = NOT_BEFORE_WORD):
    """Starts of the matches ``re.finditer(before + re.escape(word) + after, text)`` finds (left to
    right, never overlapping), where ``before`` and ``after`` are zero-width assertions compiled once
    (lookarounds, ``\\b``): the word itself is found with ``str.find``, so no pattern is compiled per word.
    """
    size = len(word)
    i = text.find(word)
    while i != -1:
        if before.match(text, i) and after.match(text, i + size):
            yield i
            i = text.find(word, i + max(size, 1))
        else:
            i = text.find(word, i + 1)


def stands_alone(text: str, word: str) -> bool:
    """``word`` is somewhere in ``text`` on its own, not inside a longer word or a hyphenated compound."""
    return next(literal_matches(text, word), None) is not None
