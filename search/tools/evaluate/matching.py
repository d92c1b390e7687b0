"""How a predicted quote meets a labelled one, and how names compare.

Quotes match by their normalised first tokens (at most six, one token of edit distance
allowed from four up) and, when the label gives ``char_offset``, by a start within 40
code points of it; a label shorter than six tokens is the whole quote.  Matching is
one-to-one, greedy by (token distance, offset distance).  Names compare after NFKC,
case, white space, curly apostrophes, periods and a leading @.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

OFFSET_TOLERANCE = 40
MAX_TOKENS = 6
SPEECH, IN_SHOW, SCARE = "speech", "in-show line", "scare/title"
NON_SPEECH = (IN_SHOW, SCARE)

_MARKS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
})
# titles and ranks a character's name may carry or drop
_TITLES = frozenset("""dr doctor doctors captain capt cpt mr mrs ms miss mx sir dame lady lord professor prof
    detective det sergeant sgt lieutenant lt officer agent chief inspector sister brother mother father
    superior reverend rev king queen prince princess general colonel major commander admiral judge coach
    uncle aunt nurse sheriff deputy mayor president senator madame madam monsieur señor señora senor
    senora capitana capitán capitan doctora la el""".split())


def plain(s: str) -> str:
    return unicodedata.normalize("NFKC", s).translate(_MARKS)


def _edges(tok: str) -> str:
    i, j = 0, len(tok)
    while i < j and unicodedata.category(tok[i])[0] in "PS":
        i += 1
    while j > i and unicodedata.category(tok[j - 1])[0] in "PS":
        j -= 1
    return tok[i:j]


def tokens(s) -> list[str]:
    if not isinstance(s, str):
        return []
    return [t for t in (_edges(w) for w in plain(s).lower().split()) if t]


def norm_name(s) -> str | None:
    if not isinstance(s, str):
        return None
    s = " ".join(plain(s).lower().replace(".", " ").replace(",", " ").split()).lstrip("@").strip()
    return s or None


def char_key(s) -> str | None:
    """A character's name: case-insensitive, a leading title optional."""
    if not isinstance(s, str):
        return None
    words = [w for w in (_edges(w) for w in plain(s).lower().replace(".", " ").split()) if w]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words) or None


def _lev(a: list[str], b: list[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def token_distance(label: list[str], pred: list[str], complete: bool = False) -> int | None:
    n = min(MAX_TOKENS, len(label))
    head = label[:n]
    allowed = 1 if n >= 4 else 0
    if complete:
        # a short label is the whole quote: "Glasswater" does not match "Glasswater is the show"
        if len(pred) > n + allowed:
            return None
        d = _lev(head, pred)
        return d if d <= allowed else None
    if n == 0:
        return 0 if not pred else None
    ds = [_lev(head, pred[:m]) for m in (n - 1, n, n + 1) if 0 <= m <= len(pred)]
    best = min(ds) if ds else _lev(head, pred)
    return best if best <= allowed else None


@dataclass(slots=True)
class Labelled:
    toks: list[str]
    offset: int | None
    speaker: str | None
    alts: list[str]
    kind: str
    optional: bool
    raw: str

    @property
    def complete(self) -> bool:
        return len(self.raw.split()) < MAX_TOKENS


@dataclass(slots=True)
class Predicted:
    toks: list[str]
    start: int | None
    speaker: str | None
    kind: str | None
    text: str


def _kind(k) -> str:
    return SPEECH if k in ("speech", "transcript") else k


def labelled_quotes(entry: dict) -> list[Labelled]:
    """Both schemas: real-article labels (``start``, ``char_offset``) and devcorpus labels (``text``,
    ``parts`` of split and multi-paragraph quotes scored part by part, optional ``inner`` quotes)."""
    out = []
    for q in entry.get("quotes") or []:
        kind, spk, alts = _kind(q.get("kind")), q.get("speaker"), list(q.get("alt_speakers") or [])
        off = q.get("char_offset") if isinstance(q.get("char_offset"), int) else None
        if "start" in q and "text" not in q:
            out.append(Labelled(tokens(q["start"]), off, spk, alts, kind, False, q["start"]))
        else:
            parts = q.get("parts") or []
            if parts and q.get("form") in ("split", "multi-paragraph") and q.get("kind") != "transcript":
                texts = parts
            else:
                texts = [q.get("text") or (parts[0] if parts else "")]
            out += [Labelled(tokens(t), off, spk, alts, kind, False, t) for t in texts]
        for inner in q.get("inner") or []:
            t = inner.get("text") or ""
            out.append(Labelled(tokens(t), None, inner.get("speaker"), [], _kind(inner.get("kind")), True, t))
    return out


def predicted_quotes(record: dict) -> list[Predicted]:
    out = []
    for q in record.get("quotes") or []:
        start = q.get("start") if isinstance(q.get("start"), int) else None
        speaker = q.get("speaker") if isinstance(q.get("speaker"), str) and q["speaker"].strip() else None
        out.append(Predicted(tokens(q.get("text")), start, speaker, q.get("kind"), q.get("text") or ""))
    return out


def match(labels: list[Labelled], preds: list[Predicted], tol: int = OFFSET_TOLERANCE) -> dict[int, int]:
    """{label index: prediction index}, one to one."""
    cands = []
    for i, lq in enumerate(labels):
        for j, pq in enumerate(preds):
            d = token_distance(lq.toks, pq.toks, lq.complete)
            if d is None:
                continue
            if lq.offset is not None:
                if pq.start is None or abs(pq.start - lq.offset) > tol:
                    continue
                od = abs(pq.start - lq.offset)
            else:
                od = abs(i - j)  # no offsets: partners in the same order
            cands.append((d, od, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _d, _od, i, j in sorted(cands):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def match_with_optional(labels: list[Labelled], preds: list[Predicted]):
    """Required labels first; leftover predictions may then absorb optional (nested) labels.
    Returns (required labels, their pairs, how many predictions were absorbed)."""
    req = [q for q in labels if not q.optional]
    opt = [q for q in labels if q.optional]
    pairs = match(req, preds)
    rest = [p for j, p in enumerate(preds) if j not in set(pairs.values())]
    return req, pairs, (len(match(opt, rest)) if opt and rest else 0)


def name_is(pred: str | None, gold: str | None, alts=()) -> bool:
    return norm_name(pred) in {norm_name(gold)} | {norm_name(a) for a in alts}


def title_word(word: str) -> bool:
    return word in _TITLES


def basename(p) -> str | None:
    return re.split(r"[\\/]", p.rstrip("/\\"))[-1] if isinstance(p, str) else None
