"""Which of two copies came first, from evidence, with the evidence in words.

The fuller text is not reliably the original (outlets add paragraphs to what they take), so
each signal here is something a copy does to a text or says about it: it credits the
other's outlet, carries a later date, runs a national agency's version of another's wire
story, breaks characters, cuts paragraphs short, or is a translation. Signals are tried
in order of how much they prove; with none, the direction stays unsure.
"""

from __future__ import annotations

from search.copies.features import LAST, Features
from search.copies.provenance import AGENCIES, WIRES

SURE, LIKELY, UNSURE = "sure", "likely", "unsure"
_WIRE_NAMES = set(WIRES.values())
_AGENCY_NAMES = set(AGENCIES.values())


def credit(a: Features, b: Features) -> set[str]:
    """Outlets of ``b`` that ``a`` credits (and that are not ``a``'s own name)."""
    return (set(a.credits) & set(b.outlets)) - set(a.outlets)


def _wire_chain(a: Features, b: Features) -> str | None:
    """Why ``a`` is a national agency's version of the wire story ``b`` carries, if it is."""
    wa, wb = set(a.wires), set(b.wires)
    theirs = (wb & _WIRE_NAMES) - wa
    if theirs and wa and wa <= _AGENCY_NAMES:
        return f"runs {min(wa)}'s version of a story from {min(theirs)}"
    return None


def trims(a: Features, b: Features) -> int:
    """Paragraphs ``a`` cuts short: a sentence both share ends a paragraph in ``a`` while in
    ``b`` the paragraph goes on with a sentence ``a`` does not have at all.

    A copy that trims leaves this mark; an outlet adding its own paragraphs does not (it
    adds whole paragraphs), and one that splits paragraphs keeps the next sentence. A text
    that stops mid-sentence was cut off (an excerpt, a page saved short), not trimmed, so
    its last paragraph does not count."""
    a_keys = set(a.keys)
    b_next = {k: (b.info[i] & LAST, b.keys[i + 1] if i + 1 < len(b.keys) else None)
              for i, k in enumerate(b.keys)}
    n = 0
    for i, k in enumerate(a.keys[:-1] if a.cut_off else a.keys):
        if k in b_next and a.info[i] & LAST:
            last_in_b, following = b_next[k]
            n += not last_in_b and following is not None and following not in a_keys
    return n


def _english_first(a: Features, b: Features) -> tuple[Features, str] | None:
    """A translation between English and another language: the English text is the
    original (entertainment news is translated out of English far more than into it)."""
    if (a.lang == "en") == (b.lang == "en"):
        return None
    english, other = (a, b) if a.lang == "en" else (b, a)
    if other.leak >= 2:
        return english, f"translated from English, with English words left in ({other.leak})"
    return english, "translated from English"


def choose_original(a: Features, b: Features, kind: str) -> tuple[str | None, str, str]:
    """The original of a copy pair, how sure, and why."""
    if kind == "translation":
        # An English page crediting the other's outlet credits the English edition it took
        # the story from, which the translation shares a name with.
        found = _english_first(a, b)
        if found:
            return found[0].id, LIKELY, found[1]
    ab, ba = credit(a, b), credit(b, a)
    if ab and not ba:
        return b.id, SURE, f"credits {min(ab)}"
    if ba and not ab:
        return a.id, SURE, f"credits {min(ba)}"
    if a.date and b.date and a.date != b.date:
        first, later = (a, b) if a.date < b.date else (b, a)
        return first.id, SURE, f"dated {later.date}, after {first.date}"
    chain_a, chain_b = _wire_chain(a, b), _wire_chain(b, a)
    if chain_a and not chain_b:
        return b.id, SURE, chain_a
    if chain_b and not chain_a:
        return a.id, SURE, chain_b
    if kind == "translation":
        return None, UNSURE, "no evidence which came first"
    if bool(a.garble) != bool(b.garble):
        copy, original = (a, b) if a.garble else (b, a)
        return original.id, LIKELY, f"garbled characters ({copy.garble}) where the other has none"
    ta, tb = trims(a, b), trims(b, a)
    if min(ta, tb) == 0 and max(ta, tb) >= 1:
        copy, original, n = (a, b, ta) if ta > tb else (b, a, tb)
        return original.id, LIKELY, f"cuts {n} paragraph{'s' * (n != 1)} short"
    # The marks of a first-hand article (cast in parentheses, dashes) that a spinner
    # flattens, and the reader bait a content farm adds.
    if abs(a.polish - b.polish) >= 0.5:
        original = a if a.polish > b.polish else b
        return original.id, LIKELY, "the other loses the original's punctuation and adds reader bait"
    return None, UNSURE, "no evidence which came first"
