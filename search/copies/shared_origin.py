"""Evidence that two articles share an origin beyond their wording: one outlet both credit,
or the opening sentences a site repeats on every page of one article."""

from __future__ import annotations

from search.copies.features import FLAG_BITS, NAMED, Features

# Where anyone's statement may be posted: two outlets quoting one post took it from there.
_PLATFORMS = frozenset("instagram twitter x facebook tiktok youtube threads bluesky snapchat reddit".split())


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
