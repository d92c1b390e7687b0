"""Evidence that two articles share an origin beyond their wording: one outlet both credit,
the opening sentences a site repeats on every page of one article, or one sitting of the
same people in front of the press."""

from __future__ import annotations

import zlib
from collections.abc import Collection
from datetime import date as Date

from search.copies.features import FLAG_BITS, NAMED, Features
from search.copies.sayings import quote_keys

# Where anyone's statement may be posted: two outlets quoting one post took it from there.
_PLATFORMS = frozenset("instagram twitter x facebook tiktok youtube threads bluesky snapchat reddit".split())


def days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def same_source(a: Features, b: Features) -> str | None:
    """An outlet both articles credit (not a social platform), by its key."""
    shared = set(a.credits) & set(b.credits) - _PLATFORMS - set(a.outlets) - set(b.outlets)
    return min(shared, key=lambda k: (-len(k), k)) if shared else None


def same_opening(a: Features, b: Features, furniture: set[int]) -> int:
    """How many sentences both articles open with word for word (a site's furniture left
    out), when they are more than a headline: two or more, naming whom they are about."""
    ka = [(k, i) for k, i in zip(a.keys, a.info, strict=True) if k not in furniture]
    kb = [k for k in b.keys if k not in furniture]
    n = 0
    while n < min(len(ka), len(kb)) and ka[n][0] == kb[n]:
        n += 1
    opening = ka[:n]
    words_in = sum(i >> FLAG_BITS for _, i in opening)
    return n if n >= 2 and words_in >= 25 and any(i & NAMED for _, i in opening) else 0


SITTING = "the same people answering at one sitting"
SITTING_DAYS = 10  # a junket's write-ups come out within days of each other


def same_panel(a: Collection[str], b: Collection[str], days: int | None) -> bool:
    """Whether two Q&A transcripts, answered by the same people and no one else, come from
    one sitting: a joint press conference or a junket's round tables, which each outlet
    writes up in its own words, its own questions, its own answers.

    Two or more people answering side by side are one sitting unless the dates set them
    apart; one person answers many interviews over the years, so then the dates must put
    the two in one press day."""
    if not a or set(a) != set(b):
        return False
    if len(a) >= 2:
        return days is None or days <= SITTING_DAYS
    return days is not None and days <= 1


def origin_keys(f: Features) -> list[int]:
    """LSH buckets of who answers a Q&A and of each quote: the transcripts of one sitting,
    and the reports of one statement, share those and little else."""
    panel = [3 << 40 ^ zlib.crc32("|".join(sorted(f.panel)).encode())] if f.panel else []
    return panel + [4 << 40 ^ k for k in quote_keys(f.quotes)]
