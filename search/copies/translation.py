"""Is one article a translation of another: names and figures, which survive translation,
in the same order."""

from __future__ import annotations

from difflib import SequenceMatcher

from search.copies.features import Features

__all__ = ["across"]


def across(a: Features, b: Features) -> tuple[bool, float, float]:
    """Whether ``a`` and ``b``, in two languages, are one text translated; how closely their
    names and figures follow each other; and how many of them the two share (Jaccard)."""
    # A sentence two texts in two languages carry word for word was never translated: a
    # footer or a box of the site they share. The names in its paragraph are left out.
    same = set(a.keys) & set(b.keys)
    placed_a, placed_b = _untranslated(a, same, _cross_names(a, b)), _untranslated(b, same, _cross_names(b, a))
    seq_a, seq_b = [n for n, _ in placed_a], [n for n, _ in placed_b]
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
    # A short excerpt names few people; then they must also come in the same paragraphs.
    # A press release's list of names, in its order, sits in both of two independent
    # reports: a translation's names also follow each other closely between the lists.
    shared = ea & eb
    kept = len(shared) / max(1, min(len(ea), len(eb)))
    same_order = SequenceMatcher(None, [e for e in seq_a if e in shared],
                                 [e for e in seq_b if e in shared], autojunk=False).ratio()
    matched, along, dense = _followed(seq_a, seq_b)
    n_met, met_kept, met_order = _introduced(seq_a, seq_b)
    # A short text names few people, so a fair share of them in a similar order can be
    # chance: the order of the names both use must hold on its own too.
    if max(same_order, met_order) >= 0.7 and (order >= 0.6 and ej >= 0.45 and paras >= 0.6 and (
            nq >= 0.5 or order >= 0.75) or (
            len(shared) >= 6 and kept >= 0.6 and same_order >= 0.72 and along >= 0.5) or (
            matched >= 8 and along >= 0.6 and dense >= 0.5) or (
            n_met >= 8 and met_order >= 0.8 and (met_kept >= 0.75 or n_met >= 10 and same_order >= 0.7)) or (
            5 <= n_met < 10 and met_order >= 0.75 and met_kept >= 0.5 and along >= 0.5
            and max(_grouped(placed_a, placed_b), _grouped(placed_b, placed_a)) >= 0.8)):
        return True, max(order, same_order, along, met_order), ej
    return False, order, ej


def _cross_names(f: Features, other: Features) -> list[tuple[str, int]]:
    """``f``'s names and figures, each with its paragraph, as set against a text in another
    language: a German text's capitalised words count when the other text names them too."""
    if not f.loose:
        return list(zip(f.entities, f.ent_paras or [0] * len(f.entities), strict=True))
    keep = set(f.entities) | set(other.entities) | set(other.loose)
    return [(e, p) for e, p in zip(f.loose, f.loose_paras or [0] * len(f.loose), strict=True) if e in keep]


def _untranslated(f: Features, same: set[int], placed: list[tuple[str, int]]) -> list[tuple[str, int]]:
    if not same or len(f.sent_paras) != len(f.keys):
        return placed
    drop = {p for k, p in zip(f.keys, f.sent_paras, strict=True) if k in same}
    return [(e, p) for e, p in placed if p not in drop]


def _grouped(x: list[tuple[str, int]], y: list[tuple[str, int]]) -> float:
    """How far the two texts group the names they share into paragraphs alike, taking
    the names pair by pair in the order ``x`` first brings them in.

    A translation keeps its original's paragraphs: two names that first come in one
    paragraph there come in one paragraph here, and two that come in two, in two. Another
    outlet's report of the same event names the same people, grouped its own way. A
    translation may turn a sentence round and bring two names in the other way: read in
    its own order the pairs still hold, so ``across`` takes the better of the two readings,
    and which text is judged first decides nothing."""
    first_x, first_y = {}, {}
    for e, p in x:
        first_x.setdefault(e, p)
    for e, p in y:
        first_y.setdefault(e, p)
    shared = [e for e in first_x if e in first_y and not (e.isdigit() and len(e) == 1)]
    pairs = list(zip(shared, shared[1:], strict=False))
    if not pairs:
        return 0.0
    alike = sum((first_x[e] == first_x[g]) == (first_y[e] == first_y[g]) for e, g in pairs)
    return alike / len(pairs)


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
