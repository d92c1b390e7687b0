"""byline's query syntax as a SphinxQL ``MATCH()`` expression plus attribute filters.

The user's text is parsed here into a small tree and the ``MATCH()`` string is rebuilt
from it: every word that reaches Sphinx is a run of letters/digits/underscore (``\\w+``),
and every operator, bracket, quote and field name in it is ours. So no query, however
hostile, can use Sphinx's own operators (``@``, ``NEAR/``, ``MAYBE``, ``ZONE:``, ``^``, ``$``,
``=``…) or close the ``MATCH()``; the string itself is then passed to the server as a bound
parameter, escaped by pymysql, so no query can reach SQL either.

Malformed input falls back exactly as on Whoosh (``search.query``): the words alone, with
the same notice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from search.query.analysis import stems
from search.query.syntax import ALIASES, FIELDS
from search.query.syntax import day_bounds as _day_bounds
from search.query.syntax import malformed as _malformed
from search.query.syntax import plain_words as _plain_words

DEFAULT_FIELDS = ("title", "body")
TEXT_FIELDS = ("title", "body", "quote")
# Fields indexed as whole-name keys (``matt_duffer``), as the Whoosh KEYWORD fields are.
KEY_FIELDS = ("speaker", "person", "actor", "character", "kind", "story")
WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<lp>\()
  | (?P<rp>\))
  | (?P<field>[A-Za-z_]+):(?=[^\s)])
  | (?P<range>\[[^\]]*\])
  | (?P<phrase>"[^"]*")
  | (?P<word>[^\s()"]+)
""", re.VERBOSE)
DATE_NOTICE = "dates are YYYY, YYYY-MM or YYYY-MM-DD"


@dataclass
class Translation:
    match: str  # the MATCH() expression; empty when the query is only filters
    filters: list[tuple[int, int]] = field(default_factory=list)  # date ranges (yyyymmdd), all must hold
    notice: str | None = None
    fields: set[str] = field(default_factory=set)  # fields the query names
    empty: bool = False  # nothing to search for at all
    names: set[tuple[str, str]] = field(default_factory=set)  # ("actor"|"character", lower-cased name)
    # What to paint in the text, as ``search.query.spans.spans`` takes it: stems, phrases
    # (lists of stems) and prefixes of the words the query looks for in the text fields.
    terms: tuple[set[str], list[list[str]], list[str]] = field(default_factory=lambda: (set(), [], []))

    def where(self) -> tuple[str, list]:
        """SQL conditions with ``%s`` placeholders, and their parameters."""
        parts, params = [], []
        if self.match:
            parts.append("MATCH(%s)")
            params.append(self.match)
        for lo, hi in self.filters:
            parts.append("date >= %s AND date <= %s")
            params += [lo, hi]
        return " AND ".join(parts), params


def key_token(value: str) -> str:
    """A whole name (``Matt Duffer``) as one Sphinx word (``matt_duffer``)."""
    return "_".join(WORD.findall(value.lower()))


def story_token(story: str) -> str:
    """Story and article ids hold any character; a digest keeps them one plain word."""
    return "s" + str(int.from_bytes(hashlib.blake2b(story.encode(), digest_size=8).digest(), "big"))


# -- parsing --------------------------------------------------------------------------------
@dataclass
class Leaf:
    field: str | None
    text: str
    kind: str  # "word", "phrase", "prefix" or "fuzzy"
    dist: int = 0  # a fuzzy word's edits


@dataclass
class Node:
    op: str  # "and", "or", "not"
    kids: list


class _Parser:
    def __init__(self, text: str):
        self.toks = [(m.lastgroup, m.group(m.lastgroup)) for m in _TOKEN.finditer(text)
                     if m.lastgroup != "ws"]
        self.i = 0
        self.dates: list[tuple[int, int]] = []
        self.bad_dates: list[str] = []
        self.nested_date = False
        self.fields: set[str] = set()

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self):
        kids = []
        while self.i < len(self.toks):
            node = self.or_expr(top=True)
            if node is not None:
                kids.append(node)
            elif self.peek()[0] == "rp":
                self.take()
        return _and(kids)

    def or_expr(self, top=False):
        kids = [self.and_expr(top)]
        while self.peek() == ("word", "OR"):
            self.take()
            kids.append(self.and_expr(False))
            self.nested_date = self.nested_date or bool(self.dates) and top
        kids = [k for k in kids if k is not None]
        return kids[0] if len(kids) == 1 else (Node("or", kids) if kids else None)

    def and_expr(self, top):
        kids = []
        while True:
            kind, value = self.peek()
            if kind is None or kind == "rp" or (kind, value) == ("word", "OR"):
                break
            if (kind, value) == ("word", "AND"):
                self.take()
                continue
            node = self.unary(top)
            if node is not None:
                kids.append(node)
        return _and(kids)

    def unary(self, top):
        kind, value = self.peek()
        if (kind, value) == ("word", "NOT") or (kind == "word" and value.startswith("-") and len(value) > 1):
            if value == "NOT":
                self.take()
            else:
                self.toks[self.i] = ("word", value[1:])
            inner = self.unary(False)
            return Node("not", [inner]) if inner is not None else None
        if kind == "word" and value.startswith("+") and len(value) > 1:
            self.toks[self.i] = ("word", value[1:])
        return self.atom(None, top)

    def atom(self, scope, top):
        kind, value = self.take()
        if kind == "lp":
            node = self.group(scope)
            return node
        if kind == "field":
            name = value.lower()
            name = ALIASES.get(name, name)
            if name == "date":
                return self.date(top)
            if name in FIELDS:
                self.fields.add(name)
                return self.atom(name, top)
            # Not a field byline knows: its name is one more word, as on Whoosh.
            rest = self.atom(scope, top) if self.i < len(self.toks) else None
            return _and([Leaf(scope, value, "word"), rest])
        if kind == "phrase":
            return Leaf(scope, value.strip('"'), "phrase")
        if kind in ("word", "range"):
            fuzzy = re.search(r"~(\d*)$", value)
            text = value[:fuzzy.start()] if fuzzy else value
            if fuzzy and WORD.fullmatch(text):
                return Leaf(scope, text, "fuzzy", int(fuzzy.group(1) or 1))
            if text.endswith("*") and WORD.search(text):
                return Leaf(scope, text.rstrip("*"), "prefix")
            return Leaf(scope, text, "word")
        return None

    def group(self, scope):
        kids = []
        while self.peek()[0] not in (None, "rp"):
            node = self.or_expr()
            if node is not None:
                kids.append(node)
        self.take()
        node = _and(kids)
        return _scoped(node, scope) if scope else node

    def date(self, top):
        kind, value = self.take()
        if kind == "range":
            lo, _, hi = value[1:-1].partition(" TO ")
            lo_b = _day_bounds(lo) if lo.strip() else None
            hi_b = _day_bounds(hi) if hi.strip() else None
            unreadable = (lo.strip() and not lo_b) or (hi.strip() and not hi_b)
            ok = " TO " in value and not unreadable and (lo_b or hi_b)
            bounds = (lo_b[0] if lo_b else 0, hi_b[1] if hi_b else 99991231) if ok else None
        else:
            b = _day_bounds(value or "")
            bounds = (b[0], b[1]) if b else None
        if bounds is None:
            self.bad_dates.append(f"date:{value}")
        else:
            self.dates.append(bounds)
            self.nested_date = self.nested_date or not top
        return None


def _and(kids):
    kids = [k for k in kids if k is not None]
    return kids[0] if len(kids) == 1 else (Node("and", kids) if kids else None)


def _scoped(node, scope):
    if isinstance(node, Leaf):
        return Leaf(node.field or scope, node.text, node.kind, node.dist)
    if isinstance(node, Node):
        return Node(node.op, [_scoped(k, scope) for k in node.kids])
    return node


# -- emitting -------------------------------------------------------------------------------
def _emit(node, default: tuple[str, ...], expand=None) -> str:
    if isinstance(node, Leaf):
        return _emit_leaf(node, default, expand)
    parts = [p for p in (_emit(k, default, expand) for k in node.kids) if p]
    if not parts:
        return ""
    if node.op == "not":
        return f"-{parts[0]}"
    if node.op == "or":
        return "(" + " | ".join(parts) + ")" if len(parts) > 1 else parts[0]
    return "(" + " ".join(parts) + ")" if len(parts) > 1 else parts[0]


def _emit_leaf(leaf: Leaf, default: tuple[str, ...], expand=None) -> str:
    if leaf.kind == "fuzzy" and leaf.field not in KEY_FIELDS:
        # Every spelling of every stem within reach; none known: the word itself, which finds nothing.
        words = [w.lower() for f in (expand(leaf.text, leaf.dist) if expand else []) for w in WORD.findall(f)]
        words = list(dict.fromkeys(words)) or [w.lower() for w in WORD.findall(leaf.text)]
        fields = (leaf.field,) if leaf.field else default
        target = f"@{fields[0]}" if len(fields) == 1 else "@(" + ",".join(fields) + ")"
        return f"({target} ({' | '.join(words)}))"
    if leaf.field in KEY_FIELDS:
        words = [story_token(leaf.text)] if leaf.field == "story" else [key_token(leaf.text)]
        words = [w for w in words if w]
    else:
        words = [w.lower() for w in WORD.findall(leaf.text)]
    if not words:
        return ""
    if len(words) == 1:
        body = words[0] + ("*" if leaf.kind == "prefix" else "")
    else:
        body = '"' + " ".join(words) + '"'
    scope = leaf.field or None
    fields = (scope,) if scope else default
    target = f"@{fields[0]}" if len(fields) == 1 else "@(" + ",".join(fields) + ")"
    return f"({target} {body})"


def any_phrase(field_name: str, names: list[str]) -> str:
    """``(@field ("a b" | "c"))``: any of ``names`` as a phrase, built from plain words only."""
    phrases = ['"' + " ".join(w.lower() for w in WORD.findall(n)) + '"' for n in names if WORD.search(n)]
    return f"(@{field_name} (" + " | ".join(phrases) + "))" if phrases else ""


def _names(node, out: set[tuple[str, str]]) -> None:
    """Actor and character names the query asks for (not under NOT), as Whoosh's leaves carry them."""
    if isinstance(node, Leaf):
        if node.field in ("actor", "character"):
            out.add((node.field, node.text.lower()))
    elif isinstance(node, Node) and node.op != "not":
        for kid in node.kids:
            _names(kid, out)


def _highlights(node, out: tuple[set[str], list[list[str]], list[str]]) -> None:
    """The words to paint: every word, phrase and prefix on a text field, not under NOT."""
    if isinstance(node, Leaf):
        if node.field not in (None, *TEXT_FIELDS):
            return
        words = stems(node.text)
        if node.kind == "prefix":
            out[2].append(node.text.lower())
        elif node.kind == "phrase" and len(words) > 1:
            out[1].append(words)
        elif node.kind != "fuzzy":  # a fuzzy word paints the stems it stood for, known only later
            out[0].update(words)
    elif isinstance(node, Node) and node.op != "not":
        for kid in node.kids:
            _highlights(kid, out)


def _positive(node) -> bool:
    """Sphinx refuses a query that is only negations; Whoosh would return everything else."""
    if node is None:
        return False
    if isinstance(node, Leaf):
        return True
    if node.op == "not":
        return False
    if node.op == "or":
        return all(_positive(k) for k in node.kids)
    return any(_positive(k) for k in node.kids)


def translate(text: str, default: tuple[str, ...] = DEFAULT_FIELDS, expand=None) -> Translation:
    """``default`` are the fields bare words search: title and body, or quote for quote search.
    ``expand(word, edits)`` gives the words a fuzzy ``word~edits`` stands for."""
    text = text.strip()
    if not text:
        return Translation("", empty=True)
    problem = _malformed(_without_dates(text))
    if problem:
        words = _plain_words(text)
        if not words:
            return Translation("", notice=f"Nothing to search for in ‘{text}’", empty=True)
        return _build(words, f"Query {problem}; searched for the words: {words}", default, expand)
    return _build(text, None, default, expand)


def _without_dates(text: str) -> str:
    return re.sub(r"\bdate:(\[[^\]]*\]|\S+)", "date:x", text, flags=re.I)


def _build(text: str, notice: str | None, default: tuple[str, ...], expand=None) -> Translation:
    p = _Parser(text)
    tree = p.parse()
    notes = [notice] if notice else []
    if p.bad_dates:
        notes.append(f"Ignored {', '.join(p.bad_dates)}: {DATE_NOTICE}")
    if p.nested_date:
        notes.append("date: narrows the whole query")
    match = _emit(tree, default, expand) if tree is not None else ""
    if match and not _positive(tree):
        notes.append("A query needs at least one word that is not excluded")
        return Translation("", notice="; ".join(notes), empty=True)
    empty = not match and not p.dates
    if empty and not notes:
        notes.append(f"Nothing to search for in ‘{text}’")
    names: set[tuple[str, str]] = set()
    _names(tree, names)
    terms: tuple[set[str], list[list[str]], list[str]] = (set(), [], [])
    _highlights(tree, terms)
    return Translation(match, p.dates, "; ".join(notes) or None, p.fields, empty, names, terms)
