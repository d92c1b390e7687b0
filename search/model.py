"""Plain data classes passed between ingest, extraction, the index and the UI.

Every offset is a code-point offset into ``Article.text`` (end exclusive), so the
reader can paint hits and quotes without finding them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SPEECH = "speech"
IN_SHOW = "in-show line"
SCARE = "scare/title"
KINDS = (SPEECH, IN_SHOW, SCARE)


@dataclass(slots=True)
class Article:
    id: str  # path relative to the corpus root; JSON Lines records are "PATH#N"
    title: str
    text: str  # what the reader shows; the headline is its first line when the source has one
    date: str | None = None  # YYYY-MM-DD
    language: str = "en"
    author: str | None = None
    url: str | None = None
    source: str = ""  # absolute path of the file it came from
    notice: str | None = None  # e.g. "decoded as Windows-1252"


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    kind: str = SPEECH
    actor: str | None = None  # for in-show lines whose character is in the cast
    via: str | None = None  # the mechanism that named the speaker (a frame, a transcript label, ...)
    alt_speakers: list[str] = field(default_factory=list)  # others credited with the same words


@dataclass(slots=True, frozen=True)
class CastPair:
    character: str
    actor: str
    aliases: tuple[str, ...] = ()
    work: str | None = None


@dataclass(slots=True)
class Drift:
    text: str  # the copy's wording
    original_text: str
    original_path: str


@dataclass(slots=True)
class Extraction:
    """Everything byline understands about one article."""

    quotes: list[Quote] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    cast: list[CastPair] = field(default_factory=list)
    story: str | None = None
    duplicate_of: str | None = None
    drift: list[Drift] = field(default_factory=list)
    copy_kind: str | None = None  # republish, partial, spin, translation (only on a copy)
    copy_evidence: list[str] = field(default_factory=list)  # why it is a copy, and of which


@dataclass(slots=True)
class Skipped:
    name: str  # the file (or PATH#N record) as the user knows it
    reason: str

    def __str__(self) -> str:
        return f"Skipped {self.name}: {self.reason}"


@dataclass
class UpdateReport:
    total: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)  # files read this time and skipped
    # Files skipped before and unchanged since: not read again, still not in the index.
    still_skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    link_seconds: float = 0.0  # of ``seconds``: linking copies and stories across the corpus

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.removed


@dataclass(slots=True)
class Hit:
    id: str
    title: str
    date: str | None
    score: float
    snippet: str
    snippet_spans: list[tuple[int, int]]  # offsets into ``snippet``
    spans: list[tuple[int, int]]  # offsets into the article text
    copy_of: str | None = None
    copies: list[str] = field(default_factory=list)  # collapsed under this hit
    note: str | None = None  # e.g. "as Eddie" for an actor search that matched the character


@dataclass(slots=True)
class QuoteHit:
    article_id: str
    title: str
    date: str | None
    quote: Quote


@dataclass(slots=True)
class Results:
    query: str
    hits: list[Hit]
    total: int
    elapsed_ms: float
    notice: str | None = None  # how a malformed query was read, or why nothing was found
    quotes: list[QuoteHit] = field(default_factory=list)
    suggestion: str | None = None  # did you mean …, when few articles match


@dataclass(slots=True)
class ArticleView:
    """An article as the reader shows it."""

    article: Article
    extraction: Extraction
    spans: list[tuple[int, int]]  # hits of the current query


def collapse_copies(hits: list[Hit]) -> list[Hit]:
    """Fold each copy under its original when both are among the hits; a copy of a copy
    under the first text of the chain among them, so no copy is folded out of sight (nor
    one whose chain turns back on itself)."""
    by_id = {h.id: h for h in hits}
    out = []
    for h in hits:
        top, seen = h, {h.id}
        while top.copy_of in by_id and top.copy_of not in seen:
            top = by_id[top.copy_of]
            seen.add(top.id)
        if top is h or top.copy_of in seen:
            out.append(h)
        else:
            top.copies.append(h.id)
    return out
