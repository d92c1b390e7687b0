"""Quote drift: where a copy changed the words of a quote it took from the original."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from search.copies.text import fold
from search.model import Drift

# An editor's bracketed insertion ("[the show]") or cut ("[...]") is a standard, marked
# change: one token, and never drift.
_TOKEN = re.compile(r"\[[^\]\n]{0,60}\]|[^\W_]+(?:['’][^\W_]+)*|…|\.\.\.")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _key(tok: str) -> str:
    if tok in ("…", "...") or tok.startswith("["):
        return "…"
    return fold(tok)


def word_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    """``(op, old, new)`` runs that turn ``a`` into ``b`` word by word.

    ``op`` is ``equal``, ``replace``, ``delete`` or ``insert``; case, quote marks,
    apostrophes and punctuation are not differences.
    """
    ta, tb = _tokens(a), _tokens(b)
    sm = SequenceMatcher(None, [_key(t) for t in ta], [_key(t) for t in tb], autojunk=False)
    return [(op, " ".join(ta[i1:i2]), " ".join(tb[j1:j2])) for op, i1, i2, j1, j2 in sm.get_opcodes()]


def _changed(diff: list[tuple[str, str, str]]) -> bool:
    """A real change of wording.

    Words missing or added at either end are a partial quote or a longer excerpt, and an
    ellipsis marks a cut, so neither is drift; a replaced word anywhere is, and so is a
    word dropped or added in the middle without an ellipsis.
    """
    for k, (op, old, new) in enumerate(diff):
        edge = k == 0 or k == len(diff) - 1
        marked = _marked(old) or _marked(new)
        if op == "replace" and not marked:
            return True
        if op in ("insert", "delete") and not edge and not marked:
            return True
    return False


def _marked(run: str) -> bool:
    """An ellipsis or an editor's brackets in a run of changed words."""
    return "…" in run or "..." in run or "[" in run


def _similar(a: list[str], b: list[str]) -> tuple[float, int]:
    """How much of the shorter quote the longer one contains, in order, and how many words."""
    if not a or not b:
        return 0.0, 0
    sm = SequenceMatcher(None, a, b, autojunk=False)
    same = sum(size for *_, size in sm.get_matching_blocks())
    return same / min(len(a), len(b)), same


def align(copy_quotes: list[str], original_quotes: list[str]) -> list[tuple[str, str | None]]:
    """Each copy quote with the original quote it came from (``None`` when it has none)."""
    originals = [(q, [k for t in _tokens(q) if (k := _key(t)) != "…"]) for q in original_quotes]
    out = []
    for q in copy_quotes:
        words = [k for t in _tokens(q) if (k := _key(t)) != "…"]
        best, best_score = None, (0.0, 0)
        for oq, ow in originals:
            s = _similar(words, ow)
            if s > best_score:
                best, best_score = oq, s
        # Two words in common is chance; a quote needs most of its words back.
        enough = len(words) >= 3 and best_score[0] >= 0.6 and best_score[1] >= 3
        out.append((q, best if enough else None))
    return out


def drift(copy_quotes: list[str], original_quotes: list[str], original_id: str) -> list[Drift]:
    found = []
    for q, orig in align(copy_quotes, original_quotes):
        if orig is not None and _changed(word_diff(orig, q)):
            found.append(Drift(text=q, original_text=orig, original_path=original_id))
    return found


def unmatched(copy_quotes: list[str], original_quotes: list[str]) -> tuple[list[str], list[str]]:
    """Quotes the copy added, and quotes of the original it dropped."""
    pairs = align(copy_quotes, original_quotes)
    added = [q for q, o in pairs if o is None and len(q.split()) >= 3]
    used = {o for _, o in pairs if o is not None}
    dropped = [o for o in original_quotes if o not in used and len(o.split()) >= 3]
    return added, dropped
