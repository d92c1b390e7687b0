"""Is one article a copy of another, the same story, or unrelated; and which came first.

Signals, all cheap on a pair already found by LSH:
- shingle containment: verbatim, syndicated and abridged copies keep runs of words;
- prose sentence alignment: a spin rewrites words but keeps sentence after sentence
  of the same content words, while another outlet's write-up of the same interview
  shares its quotes but not its prose (quotes are cut out before aligning);
- names and numbers in the same order: the one thing a translation keeps;
- shared quotes, numbers and dates: the same event.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date as Date
from difflib import SequenceMatcher
from functools import lru_cache

from search.copies.features import Features, words

SURE, LIKELY, UNSURE = "sure", "likely", "unsure"


@dataclass(slots=True)
class Verdict:
    copy: bool = False
    story: bool = False
    kind: str | None = None  # verbatim, abridged, spin, translation
    original: str | None = None
    confidence: str | None = None
    score: float = 0.0
    reason: str = ""

    def to_state(self) -> dict:
        return asdict(self)

    @classmethod
    def from_state(cls, d: dict) -> Verdict:
        return cls(**d)


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((Date.fromisoformat(a) - Date.fromisoformat(b)).days)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def sentence_alignment(a: Features, b: Features) -> tuple[float, int]:
    """Share of the shorter article's prose sentences that have a counterpart in the other."""
    sa, sb = [set(s) for s in a.sentences], [set(s) for s in b.sentences]
    if len(sa) > len(sb):
        sa, sb = sb, sa
    if not sa:
        return 0.0, 0
    hits = 0
    for x in sa:
        best = max((len(x & y) / len(x | y) for y in sb), default=0.0)
        hits += best >= 0.3
    return hits / len(sa), len(sa)


@lru_cache(maxsize=1 << 15)
def _qwords(q: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A quote's words and their set; an article's quotes meet dozens of candidates."""
    ws = tuple(words(q))
    return ws, frozenset(ws)


def _covered(q: tuple[str, ...], q_set: frozenset[str], o_set: frozenset[str]) -> int:
    """How many of q's words occur in o: no alignment can match more of q than this."""
    if len(q_set) == len(q):
        return len(q_set & o_set)
    return sum(w in o_set for w in q)


def shared_quotes(a: Features, b: Features, min_words: int = 4) -> tuple[int, float]:
    """Quotes both articles carry nearly word for word, and the share of the smaller list
    that is; quotes shorter than ``min_words`` (titles, catchphrases) do not count."""
    qa = [_qwords(q) for q in a.quotes if len(q.split()) >= min_words]
    qb = [_qwords(q) for q in b.quotes if len(q.split()) >= min_words]
    if not qa or not qb:
        return 0, 0.0
    small, big = (qa, qb) if len(qa) <= len(qb) else (qb, qa)
    n = 0
    for q, q_set in small:
        for o, o_set in big:
            need = 0.7 * min(len(q), len(o))
            if _covered(q, q_set, o_set) < need:
                continue  # most pairs of quotes end here, at a fraction of an alignment's cost
            sm = SequenceMatcher(None, q, o, autojunk=False)
            same = sum(size for *_, size in sm.get_matching_blocks())
            if same >= need:
                n += 1
                break
    return n, n / len(small)


def _order(a: Features, b: Features) -> float:
    """How far the two articles name the same people and figures in the same order."""
    return SequenceMatcher(None, a.entities, b.entities, autojunk=False).ratio()


def _numbers(f: Features) -> set[str]:
    return {e for e in f.entities if e[0].isdigit() and e not in {"1", "2", "3"}}


def worth_judging(jac: tuple[float, float, float]) -> bool:
    """LSH also returns chance neighbours; these estimates drop them before any real work.

    The bars sit well under what the weakest true relation shows (a translation shares
    about a third of its names, a heavy spin 0.4 of its content words).
    """
    j_sh, j_terms, j_ent = jac
    return j_sh >= 0.1 or j_terms >= 0.3 or j_ent >= 0.2


def judge(a: Features, b: Features, jac: tuple[float, float, float], sizes: tuple[int, int]) -> Verdict:
    ea, eb = set(a.entities), set(b.entities)
    ej = len(ea & eb) / len(ea | eb) if ea | eb else 0.0
    days = _days(a.date, b.date)
    v = Verdict()
    if a.lang == b.lang:
        j_sh, j_terms, _ = jac
        inter = j_sh * (sizes[0] + sizes[1]) / (1 + j_sh)
        containment = inter / max(1, min(sizes))
        rewrite_possible = j_terms >= 0.25 or j_sh >= 0.05 or ej >= 0.5
        frac, n_sent = sentence_alignment(a, b) if rewrite_possible else (0.0, 0)
        n_q, qcov = shared_quotes(a, b)
        # Names in the same order survive the heaviest synonym spin; another outlet's
        # write-up of the same event tells it in its own order.
        order = _order(a, b) if ej >= 0.5 else 0.0
        if j_sh >= 0.8:
            v.copy, v.kind, v.score = True, "verbatim", j_sh
        elif containment >= 0.85:
            v.copy, v.kind, v.score = True, "abridged", containment
        elif containment >= 0.5 or n_sent >= 3 and (
                frac >= 0.4 or frac >= 0.3 and j_terms >= 0.35 and qcov >= 0.6):
            v.copy, v.kind, v.score = True, "spin", max(frac, containment)
        elif n_sent >= 3 and order >= 0.7 and ej >= 0.55 and frac >= 0.2:
            v.copy, v.kind, v.score = True, "spin", order
        elif (n_q or frac >= 0.2) and ej >= 0.3 and bool(_credit(a, b)) != bool(_credit(b, a)):
            # A rewrite that credits the other article ("told Collider") is taken from it.
            v.copy, v.kind, v.score = True, "paraphrase", max(frac, qcov)
    else:
        order = _order(a, b)
        paras = min(a.n_paras, b.n_paras) / max(a.n_paras, b.n_paras, 1)
        nq = min(len(a.quotes), len(b.quotes)) / max(len(a.quotes), len(b.quotes), 1)
        # A translation follows its original paragraph by paragraph, naming the same
        # people in the same order; an independent write-up picks its own order.
        # Quote counts only back up a weaker order: extractors find fewer quotes in Spanish.
        if order >= 0.6 and ej >= 0.45 and paras >= 0.6 and (nq >= 0.5 or order >= 0.75):
            v.copy, v.kind, v.score = True, "translation", order
    if v.copy:
        v.original, v.confidence, v.reason = choose_original(a, b, v.kind or "")
        return v
    # The same event leaves anchors: figures and dates, or the same words quoted at length.
    n_q, _ = shared_quotes(a, b, min_words=8)
    n_num = len(_numbers(a) & _numbers(b))
    anchors = n_num + n_q + (days is not None and days <= 2)
    story = ej + 0.05 * min(n_num, 2) + 0.05 * min(n_q, 2) + 0.05 * (days is not None and days <= 2)
    if anchors and ej >= 0.25 and story >= 0.5 and (days is None or days <= 10):
        v.story, v.score = True, story
    return v


def _credit(a: Features, b: Features) -> set[str]:
    """Outlets of ``b`` that ``a`` credits (and that are not ``a``'s own name)."""
    return (set(a.credits) & set(b.outlets)) - set(a.outlets)


def fullness(a: Features, b: Features, translation: bool) -> float:
    """Positive when ``a`` looks like the fuller, first-hand article of the two."""
    ea, eb = set(a.entities), set(b.entities)
    union = max(1, len(ea | eb))
    m = 0.0
    m += 2 * (len(ea - eb) - len(eb - ea)) / union
    m += (len(a.quotes) - len(b.quotes)) / max(1, len(a.quotes), len(b.quotes))
    m += 0.3 * (bool(a.date) - bool(b.date)) + 0.2 * (bool(a.outlets) - bool(b.outlets))
    if not translation:
        m += 2 * (a.n_words - b.n_words) / max(1, a.n_words, b.n_words)
        m += a.polish - b.polish
    return m


def choose_original(a: Features, b: Features, kind: str) -> tuple[str | None, str, str]:
    """The original of a copy pair, how sure, and why."""
    ab, ba = _credit(a, b), _credit(b, a)
    if ab and not ba:
        return b.id, SURE, f"{a.id} credits {min(ab)}"
    if ba and not ab:
        return a.id, SURE, f"{b.id} credits {min(ba)}"
    if a.date and b.date and a.date != b.date:
        first = a if a.date < b.date else b
        return first.id, SURE, f"earlier date ({first.date})"
    m = fullness(a, b, kind == "translation")
    if m >= 0.3:
        return a.id, LIKELY, "the fuller article"
    if m <= -0.3:
        return b.id, LIKELY, "the fuller article"
    return None, UNSURE, "no evidence which came first"
