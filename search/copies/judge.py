"""Is one article a copy of another, the same story, or unrelated; and what kind of copy.

Signals, all cheap on a pair already found by LSH:
- shingle containment: republished and partial copies keep runs of words;
- prose sentence alignment: a spin rewrites words but keeps sentence after sentence
  of the same content words, while another outlet's write-up of the same interview
  shares its quotes but not its prose (quotes are cut out before aligning);
- names and numbers in the same order: the one thing a translation keeps (translation.py);
- quotes of one outlet's interview word for word, both crediting that outlet: two
  write-ups of one interview, one taken from the other or both from its page;
- shared quotes, numbers and dates: the same event; two passages of one statement
  quoted word for word, or two Q&As answered by the same people (one sitting), even
  when little else is shared.

Sentences two articles share word for word but that are a site's furniture (a footer, a
newsletter box, a disclaimer) are no evidence: those that recur across the corpus, and
those that carry none of either article's lead or the people it is about, are taken out
before anything is measured.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher

from search.copies.direction import LIKELY, SURE, UNSURE, choose_original, credit, without
from search.copies.features import FLAG_BITS, IN_LEAD, NAMED, OWN, Features
from search.copies.sayings import passages_shared, quote_keys, shared_quotes
from search.copies.shared_origin import SITTING, days_apart, same_opening, same_panel, same_source
from search.copies.translation import across

__all__ = ["LIKELY", "SURE", "UNSURE", "Verdict", "furniture", "gist", "judge", "may_link", "must_judge",
           "worth_judging"]

KINDS = ("republish", "partial", "spin", "translation")


@dataclass(slots=True)
class Verdict:
    copy: bool = False
    story: bool = False
    kind: str | None = None  # republish, partial, spin, translation
    original: str | None = None
    confidence: str | None = None
    score: float = 0.0
    reason: str = ""  # why this one is the original
    evidence: list[str] = field(default_factory=list)  # why the pair is a copy, then the reason

    def to_state(self) -> dict:
        return asdict(self)

    @classmethod
    def from_state(cls, d: dict) -> Verdict:
        return cls(**d)


def furniture(a: Features, b: Features, common: frozenset[int] | set[int] = frozenset()) -> tuple[set[int], int]:
    """Sentences both articles carry word for word that say nothing about either article,
    and how many words they hold.

    A shared sentence is furniture when it is neither article's own: not in its lead,
    naming none of the people the rest of the article is about. ``common`` are sentence
    keys the corpus has seen in other articles: one of those is furniture unless it opens
    an article or names someone (a wire story run by many outlets recurs too, but it is
    about people; a footer that recurs on every page of a site is not).
    """
    shared = set(a.keys) & set(b.keys)
    if not shared:
        return set(), 0
    fa, fb = _flags(a), _flags(b)
    found: set[int] = set()
    run: list[int] = []
    # A block is judged whole: a copied body has nameless sentences between its named
    # ones, a footer has none of either article's own.
    for k in [*a.keys, None]:
        if k is not None and k in shared:
            run.append(k)
            continue
        if run:
            flags = [fa[x] | fb[x] for x in run]
            if not any(f & OWN for f in flags) or all(x in common for x in run) and not any(
                    f & (IN_LEAD | NAMED) for f in flags):
                found.update(run)
            run = []
    return found, sum(fa[k] >> FLAG_BITS for k in found)


def _site_words(f: Features, common: frozenset[int] | set[int], counted: set[int]) -> int:
    """Words of ``f``'s sentences that recur across the corpus and name no one."""
    return sum(i >> FLAG_BITS for k, i in zip(f.keys, f.info, strict=True)
               if k in common and k not in counted and not i & (IN_LEAD | NAMED))


def _flags(f: Features) -> dict[int, int]:
    out: dict[int, int] = {}
    for k, i in zip(f.keys, f.info, strict=True):
        out[k] = out[k] | i & ((1 << FLAG_BITS) - 1) if k in out else i
    return out


def sentence_alignment(a: Features, b: Features, skip: frozenset[int] = frozenset()) -> tuple[float, int]:
    """Share of the shorter article's prose sentences that have a counterpart in the other
    (sentences whose key is in ``skip``, a site's furniture, left out)."""
    sa = [set(s) for s, k in zip(a.sentences, a.keys, strict=True) if k not in skip]
    sb = [set(s) for s, k in zip(b.sentences, b.keys, strict=True) if k not in skip]
    if len(sa) > len(sb):
        sa, sb = sb, sa
    if not sa:
        return 0.0, 0
    # A sentence counts once any counterpart is near enough (its best one would be too), and
    # the size of a union is that of both less their overlap: one set made a pair, not two.
    sized = [(y, len(y)) for y in sb]
    hits = 0
    for x in sa:
        n = len(x)
        for y, m in sized:
            both = len(x & y)
            if both / (n + m - both) >= 0.3:
                hits += 1
                break
    return hits / len(sa), len(sa)


def _order(a: Features, b: Features) -> float:
    """How far the two articles name the same people and figures in the same order."""
    return SequenceMatcher(None, a.entities, b.entities, autojunk=False).ratio()


def _numbers(f: Features) -> set[str]:
    return {e for e in f.entities if e[0].isdigit() and e not in {"1", "2", "3"}}


def worth_judging(jac: tuple[float, float, float]) -> bool:
    """LSH also returns chance neighbours; these estimates drop them before any real work.

    The bars sit well under what the weakest true relation shows (a translation of part of
    an article shares a fifth of its names with the whole, a heavy spin 0.4 of its content
    words).
    """
    j_sh, j_terms, j_ent = jac
    return j_sh >= 0.1 or j_terms >= 0.3 or j_ent >= 0.1


def _pct(x: float) -> str:
    return f"{round(100 * min(x, 1.0))}%"


def judge(a: Features, b: Features, jac: tuple[float, float, float], sizes: tuple[int, int],
          common: frozenset[int] | set[int] = frozenset(), gists: tuple[Gist, Gist] | None = None) -> Verdict:
    """``gists``: the two articles' ``gist``, when the caller has them already."""
    ga, gb = gists or (gist(a), gist(b))
    days = days_apart(a.date, b.date)
    # Transcripts of one sitting share who answers and little else: each outlet asks its own.
    sitting = same_panel(a.panel, b.panel, days)
    # Reports of one statement or press conference quote the same words, whatever else
    # each tells: two passages of it said once, by someone both name, in the same days.
    # Texts sharing a sentence of prose word for word are one site's pages (a footer can
    # quote its editor) or copies, and are judged on their prose.
    quoted = passages_shared(a.quotes, b.quotes) >= 2 and (days is None or days <= 10) and bool(
        ga[1] & gb[1]) and not set(a.keys) & set(b.keys)
    if not (sitting or quoted or may_link(ga, gb)):
        return Verdict()
    ea, eb = set(a.entities), set(b.entities)
    ej = len(ea & eb) / len(ea | eb) if ea | eb else 0.0
    v = Verdict()
    if a.lang == b.lang:
        skip, skip_words = furniture(a, b, common)
        j_sh, j_terms, _ = jac
        inter = j_sh * (sizes[0] + sizes[1]) / (1 + j_sh)
        # Furniture shingles come off both the overlap and each article's size, and so
        # does the furniture of its site that the other article does not carry.
        own = max(0.0, inter - skip_words)
        size_a = max(1, sizes[0] - skip_words - _site_words(a, common, skip))
        size_b = max(1, sizes[1] - skip_words - _site_words(b, common, skip))
        containment = own / min(size_a, size_b)
        coverage = own / max(size_a, size_b)
        j_own = own / max(1.0, size_a + size_b - own)
        rewrite_possible = j_terms >= 0.25 or j_sh >= 0.05 or ej >= 0.5
        frac, n_sent = sentence_alignment(a, b, frozenset(skip)) if rewrite_possible else (0.0, 0)
        n_q, qcov = shared_quotes(a, b)
        # Names in the same order survive the heaviest synonym spin; another outlet's
        # write-up of the same event tells it in its own order.
        order = _order(a, b) if ej >= 0.5 else 0.0
        # Articles filled into one template share their wording and not their names or
        # figures: a copy keeps those of the article it copies, and in the same order
        # unless it says where it took them from.
        credited = bool(credit(a, b)) != bool(credit(b, a))
        in_order = (order if ej >= 0.5 else _order(a, b)) >= 0.5
        keeps = _keeps_names(a, b)
        if not keeps:
            pass
        elif (opening := same_opening(a, b, skip | set(common))) and a.page != b.page:
            # A site that splits an article over pages repeats its headline and standfirst
            # on each; the page says which one it is.
            v.copy, v.kind, v.score = True, "partial", 1.0
            v.evidence.append(f"another page of the same article: opens with the same {opening} sentences")
        elif in_order and (j_own >= 0.8 or containment >= 0.6 and coverage >= 0.5):
            v.copy, v.kind, v.score = True, "republish", max(j_own, containment)
            v.evidence.append(f"republishes the text ({_pct(containment)} of it word for word)")
        elif in_order and containment >= 0.6:
            v.copy, v.kind, v.score = True, "partial", containment
            v.evidence.append(f"part of the other, word for word ({_pct(coverage)} of the longer text)")
        elif in_order and (containment >= 0.5 or n_sent >= 3 and (
                frac >= 0.4 or frac >= 0.3 and j_terms >= 0.35 and qcov >= 0.6)):
            v.copy, v.kind, v.score = True, "spin", max(frac, containment)
            v.evidence.append(f"rewords the other sentence by sentence ({_pct(frac)} of sentences, "
                              f"{_pct(containment)} word for word)")
        elif in_order and n_sent >= 3 and order >= 0.7 and ej >= 0.55 and frac >= 0.2 and len(ea & eb) >= 4:
            # (Two interviews of the same pair name the two of them in the same order too.)
            v.copy, v.kind, v.score = True, "spin", order
            v.evidence.append(f"rewords the other, naming the same people in the same order ({_pct(order)})")
        elif (n_q or frac >= 0.2) and ej >= 0.3 and credited:
            # A rewrite that credits the other article ("told Collider") is taken from it.
            v.copy, v.kind, v.score = True, "spin", max(frac, qcov)
            v.evidence.append("rewrites the other's story and credits its outlet")
        elif n_q >= 2 and qcov >= 0.5 and (frac >= 0.2 or n_q >= 3) and (
                source := same_source(a, b)):
            # Two write-ups of one outlet's interview, its quotes word for word: one was
            # taken from the other, or both from that outlet's page.
            v.copy, v.kind, v.score = True, "spin", max(frac, qcov)
            v.evidence.append(f"retells the same {source} interview, quoting {n_q} of its answers word for word")
        if len(skip) >= 2 and v.copy:
            v.evidence.append(f"a shared footer or box ({len(skip)} sentences) not counted")
    else:
        found, order, ej = across(a, b)
        if found:
            v.copy, v.kind, v.score = True, "translation", order
            v.evidence.append(f"the same names and figures in the same order ({_pct(order)}), "
                              f"in {a.lang} and {b.lang}")
    if v.copy:
        if a.lang == b.lang:
            # A site's furniture says nothing of which text came first.
            site = skip | {k for f in (a, b) for k, i in zip(f.keys, f.info, strict=True)
                           if k in common and not i & (IN_LEAD | NAMED)}
            a, b = without(a, site), without(b, site)
        v.original, v.confidence, v.reason = choose_original(a, b, v.kind or "")
        v.evidence.append(v.reason)
        return v
    # The same event leaves anchors: figures and dates, or the same words quoted at length.
    n_q, _ = shared_quotes(a, b, min_words=8)
    n_num = len(_numbers(a) & _numbers(b))
    anchors = n_num + n_q + (days is not None and days <= 2)
    story = ej + 0.05 * min(n_num, 2) + 0.05 * min(n_q, 2) + 0.05 * (days is not None and days <= 2)
    if anchors and ej >= 0.25 and story >= 0.5 and (days is None or days <= 10) and _keeps_names(a, b):
        v.story, v.score = True, story
    elif sitting or quoted:
        v.story, v.score, v.reason = True, 0.5, SITTING if sitting else ""
    return v


Gist = tuple[str, frozenset[str], frozenset[str], frozenset[str], frozenset[int]]


def gist(f: Features) -> Gist:
    """What ``may_link`` and ``must_judge`` read: language, names, figures, who answers a
    Q&A, and a key of each quote (``quote_keys``)."""
    return f.lang, frozenset(_name_set(f)), frozenset(_numbers(f)), frozenset(f.panel), frozenset(quote_keys(f.quotes))


def must_judge(a: Gist, b: Gist) -> bool:
    """Q&As answered by the same people, or articles carrying one quote: worth judging
    whatever else they share."""
    return bool(a[3]) and a[3] == b[3] or bool(a[4] & b[4])


def may_link(a: Gist, b: Gist) -> bool:
    """False when no verdict can link the two articles: between articles in one language
    every verdict needs ``_keeps_names``. Most LSH candidates fail it, and it is decided
    from a few names, before their features are read or anything is aligned."""
    return a[0] != b[0] or _kept(a[1], b[1], a[2], b[2])


def _keeps_names(a: Features, b: Features) -> bool:
    """A copy keeps the names and figures of what it copies; articles filled into one
    template share their wording and little else."""
    return _kept(_name_set(a), _name_set(b), _numbers(a), _numbers(b))


def _kept(names_a: Set[str], names_b: Set[str], figures_a: Set[str], figures_b: Set[str]) -> bool:
    # Most of the fewer-named article's names are in the other, and half its figures.
    small = min(len(names_a), len(names_b))
    if small >= 2 and len(names_a & names_b) / small < 0.5:
        return False
    few = min(len(figures_a), len(figures_b))
    return not (few >= 2 and len(figures_a & figures_b) < few / 2)


def _name_set(f: Features) -> set[str]:
    return {e for e in f.entities if not e[0].isdigit() and not (e[0] == "m" and e[1:].isdigit())}
