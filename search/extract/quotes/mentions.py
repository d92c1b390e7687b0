"""What a name as written in a frame means: a person, a character, a pronoun, a description."""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.extract.names import literal_hits, word_char
from search.extract.quotes.cues import _NAME_RUN, _PRONOUN
from search.extract.quotes.names import _NOT_FIRST, NAME, POSSESSIVE
from search.model import SCARE

_TITLED: dict[tuple[str, str], bool] = {}
_FURNITURE = re.compile(
    r"^\s*(?:By|Por|Par|Von|Di|Door|Photo|Photograph|Image|Credit|Source|Foto|Bild|Crédit)\b[^.!?]*$"
    r"|©|(?:Getty Images|Shutterstock|AP Photo|/Reuters|/AFP|\bvia Getty)|\b\d+\s*min(?:ute)?s?\s+read\b",
    re.I)


@dataclass(slots=True)
class Mention:
    kind: str  # "person", "character", "pronoun", "descriptor", "anonymous", "unknown", "self"
    name: str | None = None  # full person name or cast character
    actor: str | None = None
    written: str = ""
    at: int = -1  # where a pronoun is written: its antecedent comes before it


@dataclass(slots=True)
class Verdict:
    kind: str
    speaker: str | None = None
    actor: str | None = None
    how: str = ""  # which rule decided, for tests and debugging
    alt: tuple[str, ...] = ()  # others credited with the same words (a joint statement)

    @property
    def attributed(self) -> bool:
        return self.kind != SCARE


_PRONOUN_RE = re.compile(_PRONOUN)
_ARTICLES = ("The", "El", "La", "Los", "Las")


def _article_before(text: str, i: int) -> bool:
    """``The``/``El``/... as a whole word, then white space, right before ``i``."""
    j = i
    while j and text[j - 1].isspace():
        j -= 1
    if j == i:
        return False
    for art in _ARTICLES:
        k = j - len(art)
        if k >= 0 and text.startswith(art, k) and (k == 0 or not word_char(text[k - 1])):
            return True
    return False


def _ends_name(text: str, end: int) -> bool:
    """A name ends at ``end``: a word boundary, no hyphen or apostrophe, no lower-case word next."""
    nxt = text[end] if end < len(text) else ""
    if word_char(text[end - 1]) == (nxt != "" and word_char(nxt)):
        return False
    if nxt and nxt in "-–'’":
        return False
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    return not (k > end and k < len(text) and ("a" <= text[k] <= "z" or "à" <= text[k] <= "ÿ"))


class Mentions:
    """Mixin of ``Attributor``: names, resolved in one article."""

    def mention(self, written: str) -> Mention:
        written = written.strip()
        w = written.split()
        if not w:
            return Mention("unknown")
        low = written.lower()
        if _PRONOUN_RE.fullmatch(written):
            return Mention("pronoun", written=written)
        if low in ("i", "we", "yo"):
            return Mention("self", written=written)
        if written.startswith(("@", "u/")):
            return Mention("person", written, written=written)
        if written.split()[0] in _NOT_FIRST:
            return Mention("unknown")
        shared = self.shared_surname(written)
        if shared:
            return Mention("person", shared, written=written)
        listed = self.names.listed(written)
        if listed and not self.titled(listed):
            return Mention("person", listed, written=written)
        cast = self.names.character(written)
        if cast:
            return Mention("character", cast.character, cast.actor, written)
        person = self.names.person(written) or self.nearest_full(written)
        if person and not self.titled(person):
            return Mention("person", person, written=written)
        return Mention("unknown", written=written)

    def titled(self, name: str) -> bool:
        """``The Daily Courant``, ``El Heraldo Nacional``: a name the article writes with an article in
        front is a publication or a company, never a speaker."""
        if " " not in name:
            return False
        key = (self.text, name)
        if key not in _TITLED:
            if len(_TITLED) > 4096:
                _TITLED.clear()
            # "in The Daily Courant," — but not "the Ava Marsh film" or "the Ava Marsh-produced series"
            _TITLED[key] = any(_article_before(self.text, i) and _ends_name(self.text, i + len(name))
                               for i in literal_hits(self.text, name))
        return _TITLED[key]

    def shared_surname(self, written: str) -> str | None:
        """``Pell`` with Augustin and Rosalind Pell in the article.  Style guides keep the bare surname
        for the person the story is about and call a relative by first name, so it is the person named
        first — unless another one was named in full in this paragraph or the one before."""
        bare = POSSESSIVE.sub("", written)
        if " " in bare or not bare[:1].isupper():
            return None
        pool = {p for p in set(self.names.people) | set(self.names.full)
                if len(p.split()) >= 2 and p.split()[-1] == bare}
        # "Creator Bram Okonjo-Tate" and "Bram Okonjo-Tate" are one person
        pool = {p for p in pool if not any(q != p and p.endswith(" " + q) for q in pool)}
        if len({p.split()[-2] for p in pool}) < 2:
            return None
        last = self.last_speaker
        if last is not None and last.name in pool:
            return last.name  # "Duffer also shared…" right after Matt Duffer's quote: still Matt
        near = self.nearest_full(bare)
        if near is not None:
            at = self.masked.rfind(near, 0, self.here)
            if at >= 0 and self.text.count("\n\n", at, self.here) <= 1:
                return near
        first = {p: self.masked.find(p) for p in pool}
        first = {p: i for p, i in first.items() if 0 <= i < self.here}
        return min(first, key=first.get) if first else None

    def nearest_full(self, written: str) -> str | None:
        """``Duffer`` right after ``Ross Duffer explained…`` is Ross, though Matt is in the article too."""
        if " " in written.strip():
            return None
        pool = set(self.names.people) | set(self.names.full)
        pool = {p for p in pool if written in (p.split()[0], p.split()[-1])}
        if len(pool) < 2:
            return None
        lo = max(0, self.here - 1500)
        best, at = None, -1
        for p in pool:
            i = self.masked.rfind(p, lo, self.here)
            if i > at:
                best, at = p, i
        return best

    def mentions_in(self, lo: int, hi: int, subjects: bool = False) -> list[Mention]:
        return [men for men, _, _ in self.placed_mentions(lo, hi, subjects)]

    def furniture(self, at: int) -> bool:
        """Whether ``at`` lies on a byline, a photo credit or a reading-time line: page furniture names
        nobody who speaks in the article."""
        lo = self.masked.rfind("\n", 0, at) + 1
        hi = self.masked.find("\n", at)
        line = self.masked[lo:hi if hi >= 0 else len(self.masked)]
        return len(line) <= 160 and bool(_FURNITURE.search(line))

    def placed_mentions(self, lo: int, hi: int, subjects: bool = False) -> list[tuple[Mention, int, int]]:
        out = []
        for m in _NAME_RUN.finditer(self.masked, lo, hi):
            run = m.group()
            possessive = run.endswith(("’s", "'s", "’", "'")) or self.masked[m.end():m.end() + 1] in "'’"
            if subjects and possessive:
                continue
            if self.furniture(m.start()):
                continue
            toks = run.split()
            self.here = m.start()
            # "Speaking to the Reel Ledger" / "In Season 2" — try the run, then its tail
            for k in range(len(toks)):
                if toks[k][0].islower():
                    continue  # "Con la Tedeschi": an article before a surname is no part of the name
                men = self.mention(" ".join(toks[k:]))
                if men.kind in ("person", "character"):
                    out.append((men, m.start(), m.end()))
                    break
        return out

    def of_age(self, written: str) -> Mention | None:
        """"the 52-year-old": the one person the article gives that age ("Tobias Hale, 52,")."""
        age = re.search(r"\b(\d{1,3})-(?:year-old|Jährige|jährige)\b", written)
        if age is None:
            return None
        n = age.group(1)
        found = set()
        # "Tobias Hale, 52,", "52-year-old Tobias Hale", "Lena Hoff (34)"
        for m in re.finditer(rf"({NAME}),\s+{n}\s*[,.;)]|\b{n}-(?:year-old|jährige[rn]?)\s+(?:[a-z]+\s+)?({NAME})"
                             rf"|({NAME})\s+\(\s*{n}\s*\)", self.masked):
            men = self.mention(m.group(1) or m.group(2) or m.group(3))
            if men.kind == "person":
                found.add(men.name)
        return Mention("person", found.pop(), written=written) if len(found) == 1 else None
