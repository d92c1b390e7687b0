"""Which of two copies came first, from evidence, with the evidence in words.

The fuller text is not reliably the original (outlets add paragraphs to what they take), so
each signal here is something a copy does to a text or says about it: it credits the
other's outlet, carries a later date, runs a national agency's version of another's wire
story, breaks characters, drops the wire's credit, cuts paragraphs short, or is a
translation. Signals are tried
in order of how much they prove; with none, the direction stays unsure.
"""

from __future__ import annotations

from dataclasses import replace

from search.copies.features import FLAG_BITS, LAST, Features
from search.copies.provenance import AGENCIES, WIRES
from search.copies.rarity import commoner, quote_votes, votes

SURE, LIKELY, UNSURE = "sure", "likely", "unsure"
MIN_OMITTED = 8  # words: a dropped passage, not a dropped "Advertisement"
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


def trims(a: Features, b: Features, ends: bool = True) -> int:
    """Paragraphs ``a`` cuts short: a sentence both share ends a paragraph in ``a`` while in
    ``b`` the paragraph goes on with a sentence ``a`` does not have at all.

    A copy that trims leaves this mark; an outlet adding its own paragraphs does not (it
    adds whole paragraphs), and one that splits paragraphs keeps the next sentence. A text
    that stops mid-sentence was cut off (an excerpt, a page saved short), not trimmed, so
    its last paragraph does not count; with ``ends=False`` neither does the last paragraph
    of a text that stops at a full stop, which may be where its excerpt ended."""
    a_keys = set(a.keys)
    b_next = {k: (b.info[i] & LAST, b.keys[i + 1] if i + 1 < len(b.keys) else None)
              for i, k in enumerate(b.keys)}
    n = 0
    for i, k in enumerate(a.keys[:-1] if a.cut_off or not ends else a.keys):
        if k in b_next and a.info[i] & LAST:
            last_in_b, following = b_next[k]
            n += not last_in_b and following is not None and following not in a_keys
    return n


def omits(a: Features, b: Features) -> int:
    """Words of ``b`` that ``a`` leaves out between two sentences both carry, where ``a``
    goes straight from the one to the other: a standfirst, a caption, a paragraph dropped.

    A sentence ``a`` rewrote has a counterpart in ``a`` at that place, so it is no gap; and
    what either text has before the first or after the last sentence they share (a new
    headline, a longer or shorter excerpt) is not between them."""
    where = {}
    for j, k in enumerate(a.keys):
        where.setdefault(k, j)
    a_keys = set(a.keys)
    n, last = 0, None  # last: (index in b, index in a) of the previous shared sentence
    for i, k in enumerate(b.keys):
        if k not in where:
            continue
        j = where[k]
        if last is not None and j == last[1] + 1 and i > last[0] + 1:
            gap = range(last[0] + 1, i)
            if not any(b.keys[g] in a_keys for g in gap):
                n += sum(b.info[g] >> FLAG_BITS for g in gap)
        last = (i, j)
    return n


def runs_on(a: Features, b: Features) -> int:
    """Words ``a`` goes on with after the last sentence it shares with ``b`` (a sentence
    the text breaks off in is no more of the story: the excerpt stopped there)."""
    shared = set(b.keys)
    last = max((i for i, k in enumerate(a.keys) if k in shared), default=None)
    if last is None:
        return 0
    return sum(i >> FLAG_BITS for i in a.info[last + 1:len(a.info) - a.cut_off])


def _english_first(a: Features, b: Features) -> tuple[Features, str] | None:
    """A translation between English and another language: the English text is the
    original (entertainment news is translated out of English far more than into it)."""
    if (a.lang == "en") == (b.lang == "en"):
        return None
    english, other = (a, b) if a.lang == "en" else (b, a)
    if other.leak >= 2:
        return english, f"translated from English, with English words left in ({other.leak})"
    return english, "translated from English"


def without(f: Features, furniture: frozenset[int] | set[int]) -> Features:
    """``f`` without the sentences in ``furniture``: where a site's footer begins is not
    where its article ends, and a box it adds is no passage of the story."""
    keep = [i for i, k in enumerate(f.keys) if k not in furniture]
    if len(keep) == len(f.keys):
        return f
    return replace(f, keys=[f.keys[i] for i in keep], info=[f.info[i] for i in keep],
                   sentences=[f.sentences[i] for i in keep],
                   wording=[f.wording[i] for i in keep] if len(f.wording) == len(f.keys) else f.wording)


def choose_original(a: Features, b: Features, kind: str) -> tuple[str | None, str, str]:
    """The original of a copy pair, how sure, and why (from ``without`` their furniture)."""
    if kind == "translation":
        # An English page crediting the other's outlet credits the English edition it took
        # the story from, which the translation shares a name with.
        found = _english_first(a, b)
        if found:
            return found[0].id, LIKELY, found[1]
    if a.page != b.page and max(a.page, b.page) > 1:
        first, later = (a, b) if (a.page or 1) < (b.page or 1) else (b, a)
        return first.id, SURE, f"page {later.page} of the article that begins on the other"
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
    found = _credit_dropped(a, b) or _credit_dropped(b, a)
    if found:
        return found
    found = _cut_short(a, b, ends=False)
    if found:
        return found
    # The marks of a first-hand article (cast in parentheses, dashes) that a spinner
    # flattens, and the reader bait a content farm adds.
    polished = (a if a.polish > b.polish else b) if abs(a.polish - b.polish) >= 0.5 else None
    found = _commoner_words(a, b) if kind == "spin" else None
    if found:
        original, why = found
        if polished is not None and polished is not original:
            return None, UNSURE, "the evidence which came first disagrees"
        return original.id, LIKELY, why
    if polished is not None:
        return polished.id, LIKELY, "the other loses the original's punctuation and adds reader bait"
    if kind in ("republish", "partial"):
        # The weakest evidence: outlets running one wire story keep what they keep of it, a
        # scraper drops the standfirst and the captions, and the version that has a passage
        # the other goes without stands for the text both came from.
        oa, ob = omits(a, b), omits(b, a)
        if min(oa, ob) == 0 and max(oa, ob) >= MIN_OMITTED:
            copy, original, n = (a, b, oa) if oa else (b, a, ob)
            return original.id, LIKELY, f"has a passage the other leaves out ({n} words)"
        if set(a.wires) & set(b.wires):
            # Outlets running one agency's story: the one that runs more of it stands for it.
            ta, tb = runs_on(a, b), runs_on(b, a)
            if min(ta, tb) == 0 and max(ta, tb) >= MIN_OMITTED:
                copy, original, n = (b, a, ta) if ta else (a, b, tb)
                wire = min(set(a.wires) & set(b.wires))
                return original.id, LIKELY, f"runs more of the {wire} story ({n} words the other stops before)"
    if kind == "spin":
        return _spin_lean(a, b)
    # A last paragraph that goes on in the other text may only be where an excerpt ended.
    return _cut_short(a, b, ends=True) or (None, UNSURE, "no evidence which came first")


def _credit_dropped(credited: Features, bare: Features) -> tuple[str, str, str] | None:
    """One text naming the agency whose story it runs, the other naming none: the credit is
    what a site lifting the text leaves out, never what it adds. An international wire
    writes its stories; a national agency passes a wire's on, often with the wire's credit
    dropped, so the text without its name is its copy only if it keeps the agency's own
    dateline ("ARIZONA:" where the wire wrote "GLENDALE, Ariz. (AP) —")."""
    if not credited.wires or bare.wires:
        return None
    if set(credited.wires) <= _WIRE_NAMES or credited.dateline and credited.dateline == bare.dateline:
        return credited.id, LIKELY, f"names the {min(credited.wires)} story it runs, the other no source"
    return None


def _cut_short(a: Features, b: Features, ends: bool) -> tuple[str, str, str] | None:
    ta, tb = trims(a, b, ends), trims(b, a, ends)
    if min(ta, tb) == 0 and max(ta, tb) >= 1:
        copy, original, n = (a, b, ta) if ta > tb else (b, a, tb)
        return original.id, LIKELY, f"cuts {n} paragraph{'s' * (n != 1)} short"
    return None


def _spin_lean(a: Features, b: Features) -> tuple[str | None, str, str]:
    """A spin's original when no evidence proves it: the swaps that lean one way, and the
    text that tells an interview in the present ("she says") where the other retells it
    in the past ("she said"); the two must not disagree."""
    found = []
    lean = _commoner_words(a, b, lean=True)
    if lean:
        found.append((lean[0].id, lean[1]))
    if abs(a.polish - b.polish) >= 0.25:
        found.append(((a if a.polish > b.polish else b).id, "the other loses more of the original's punctuation"))
    if bool(a.tense[2]) != bool(b.tense[2]):
        found.append(((a if a.tense[2] else b).id, "the interviewer's own words (\"told me\") that the other drops"))
    ta, tb = _present(a), _present(b)
    if ta is not None and tb is not None and abs(ta - tb) >= 0.6:
        first = a if ta > tb else b
        found.append((first.id, "tells it in the present as an interviewer does; the other retells it"))
    if len({original for original, _ in found}) == 1:
        return found[0][0], LIKELY, found[0][1]
    return None, UNSURE, "the evidence which came first disagrees" if found else "no evidence which came first"


def _present(f: Features) -> float | None:
    """The share of the text's attributions in the present tense, if it has a few."""
    now, then, _ = f.tense
    return now / (now + then) if now + then >= 2 else None


def _commoner_words(a: Features, b: Features, lean: bool = False) -> tuple[Features, str] | None:
    """The spin's original: where the two trade one word for another, in their prose or in
    the quotes they share, it has the commoner."""
    if a.lang != b.lang:
        return None
    # Each text in turn finds its sentences' and quotes' counterparts, so file order
    # decides nothing.
    a_more = b_more = 0
    for x, y, flip in ((a, b, False), (b, a, True)):
        found = votes(x.wording, x.sentences, y.wording, y.sentences) if x.wording and y.wording else (0, 0)
        in_quotes = quote_votes(x.quotes, y.quotes)
        xm, ym = found[0] + in_quotes[0], found[1] + in_quotes[1]
        a_more, b_more = (a_more + ym, b_more + xm) if flip else (a_more + xm, b_more + ym)
    side = commoner(a_more, b_more, lean)
    if not side:
        return None
    original, n, m = (a, a_more, b_more) if side > 0 else (b, b_more, a_more)
    # Each text is read against the other, so most swaps are counted twice.
    how = "longer ones more often than not" if lean else "longer, rarer ones"
    return original, f"the other swaps common words for {how} ({n} to {m}, read both ways)"
