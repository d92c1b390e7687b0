"""Is one article a translation of another: names and figures, which survive translation,
in the same order."""

from __future__ import annotations

from difflib import SequenceMatcher

from search.copies.features import Features

__all__ = ["across"]


def across(a: Features, b: Features) -> tuple[bool, float, float]:
    """Whether ``a`` and ``b``, in two languages, are one text translated; how closely their
    names and figures follow each other; and how many of them the two share (Jaccard)."""
    seq_a, seq_b = _cross_names(a, b), _cross_names(b, a)
    ea, eb = set(seq_a), set(seq_b)
    ej = len(ea & eb) / len(ea | eb) if ea | eb else 0.0
    order = SequenceMatcher(None, seq_a, seq_b, autojunk=False).ratio()
    paras = min(a.n_paras, b.n_paras) / max(a.n_paras, b.n_paras, 1)
    nq = min(len(a.quotes), len(b.quotes)) / max(len(a.quotes), len(b.quotes), 1)
    # A translation follows its original paragraph by paragraph, naming the same
    # people in the same order; an independent write-up picks its own order.
    # Quote counts only back up a weaker order: extractors find fewer quotes in Spanish.
    # One language capitalises words the other does not: among the names both use,
    # the same order, and most of the fewer-named text's names found in the other.
    shared = ea & eb
    kept = len(shared) / max(1, min(len(ea), len(eb)))
    same_order = SequenceMatcher(None, [e for e in seq_a if e in shared],
                                 [e for e in seq_b if e in shared], autojunk=False).ratio()
    matched, along, dense = _followed(seq_a, seq_b)
    n_met, met_kept, met_order = _introduced(seq_a, seq_b)
    if order >= 0.6 and ej >= 0.45 and paras >= 0.6 and (nq >= 0.5 or order >= 0.75) or (
            len(shared) >= 6 and kept >= 0.6 and same_order >= 0.72) or (
            matched >= 8 and along >= 0.6 and dense >= 0.5) or (
            n_met >= 8 and met_order >= 0.8 and (met_kept >= 0.75 or n_met >= 10 and same_order >= 0.7)):
        return True, max(order, same_order, along, met_order), ej
    return False, order, ej


def _cross_names(f: Features, other: Features) -> list[str]:
    """``f``'s names and figures as set against a text in another language: a German text's
    capitalised words count when the other text names them too."""
    if not f.loose:
        return f.entities
    keep = set(f.entities) | set(other.entities) | set(other.loose)
    return [e for e in f.loose if e in keep]


def _introduced(x: list[str], y: list[str]) -> tuple[int, float, float]:
    """The names and figures both texts bring in, the share of the fewer-named text's that
    is, and how far the two bring them in in the same order.

    A rewrite in another language names its subject less often than the original, so
    only where each name first appears is compared; small numbers are left out ("season
    1" is "erste Staffel")."""
    def firsts(seq: list[str]) -> list[str]:
        return list(dict.fromkeys(e for e in seq if not (e.isdigit() and len(e) == 1)))
    fx, fy = firsts(x), firsts(y)
    shared = set(fx) & set(fy)
    if not shared:
        return 0, 0.0, 0.0
    sm = SequenceMatcher(None, [e for e in fx if e in shared], [e for e in fy if e in shared], autojunk=False)
    in_order = sum(b.size for b in sm.get_matching_blocks())
    return len(shared), len(shared) / min(len(fx), len(fy)), in_order / len(shared)


def _followed(x: list[str], y: list[str]) -> tuple[int, float, float]:
    """How closely one text's names and figures follow the other's where the two overlap.

    A translation of an excerpt, or an excerpt of a translation, covers a stretch of the
    other text, with its own page furniture before and after: between the first and the
    last name they share, nearly every name of the shorter sequence has its counterpart,
    in order. Returns the names matched, how densely they fill that stretch of both texts,
    and the share of the shorter text's names they are."""
    found = []
    # The matcher's blocks depend on which text comes first; the weaker reading counts.
    for p, q in ((x, y), (y, x)):
        blocks = [b for b in SequenceMatcher(None, p, q, autojunk=False).get_matching_blocks() if b.size]
        if not blocks:
            return 0, 0.0, 0.0
        matched = sum(b.size for b in blocks)
        span_p = blocks[-1].a + blocks[-1].size - blocks[0].a
        span_q = blocks[-1].b + blocks[-1].size - blocks[0].b
        found.append((matched, 2 * matched / (span_p + span_q), matched / max(1, min(len(x), len(y)))))
    return min(found)
