"""Did-you-mean for queries that find little, and completion of field names and people's names.

The index holds stems ("thing", "stori"), but a suggestion is shown to a person, so a corrected
stem is turned back into the word form closest to what was typed ("thngs" → "things").
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from whoosh import query as Q
from whoosh.analysis import STOP_WORDS

from search.engine.corrector import Corrector
from search.engine.schema import NAME_FIELDS, TEXT_ANALYZER, TEXT_FIELDS
from search.engine.top import top
from search.query.analysis import edits
from search.query.parser import ALIASES, FIELDS, bounded

PERSON_FIELDS = ("actor", "speaker", "person", "character")
_OPERATORS = {"AND", "OR", "NOT", "TO"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FIELD_BEFORE = re.compile(r"(\w+):\"?$")
# Endings that the stemmer strips, English and Spanish, most common first, to rebuild a word.
_SUFFIXES = ("", "s", "es", "ed", "ing", "ies", "ied", "e", "d", "er", "ers", "y", "ly", "ion", "ions",
             "ness", "ment", "ments", "al", "ation", "ations", "ive", "ize", "ized", "ised", "ise",
             "ful", "ous", "ity", "ities", "able", "ism", "ist", "ists", "ances", "ance", "ences", "ence")
MIN_WORD = 3
# Finding close words costs more than linearly in a word's length (a pasted 20,000-letter word
# took seconds) and once per word: past these, a word is not a typo of anything worth suggesting.
MAX_WORD = 40
MAX_WORDS = 8  # misspelled-looking words looked up per query


def _stem(word: str) -> str:
    tokens = [t.text for t in TEXT_ANALYZER(word)]
    return tokens[0] if len(tokens) == 1 else word.lower()


def _maxdist(word: str) -> int:
    return 1 if len(word) <= 4 else 2


def distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, stopping early above ``limit``."""
    return edits(a, b, limit, swaps=True)


def _letters_apart(a: str, b: str) -> int:
    """How many letters one word has that the other lacks: 0 for a transposition."""
    ca, cb = Counter(a), Counter(b)
    return sum(((ca - cb) + (cb - ca)).values())


def closest_form(forms, typed: str) -> str:
    typed = typed.lower()
    order = {f: n for n, f in enumerate(forms)}
    return min(forms, key=lambda c: (distance(c, typed, 6), _letters_apart(c, typed), order[c]))


def surface(stem: str, typed: str) -> str:
    """The word whose stem is ``stem`` that looks most like ``typed`` (built from common endings)."""
    bases = (stem, stem[:-1]) if stem.endswith(("i", "e")) else (stem,)
    candidates = list(dict.fromkeys(b + s for s in _SUFFIXES for b in bases if b))
    if stem.endswith("i"):  # the stemmer's y → i: "stori" is never a word, "story" or "stories" is
        candidates.remove(stem)
    # What was typed is the misspelling, even when it happens to stem the same way.
    fitting = [c for c in candidates if c != typed.lower() and (c == stem or _stem(c) == stem)]
    return closest_form(fitting or [stem], typed)


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _words(text: str):
    """The words of a query a user could have misspelled: not field names, operators or field values
    of non-text fields. Yields (match, field) where field is the field the word is searched in."""
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word in _OPERATORS or text[m.end():m.end() + 1] == ":":
            continue
        before = _FIELD_BEFORE.search(text[:m.start()])
        field = before.group(1).lower() if before else None
        field = ALIASES.get(field, field)
        if field and field not in TEXT_FIELDS and field not in NAME_FIELDS:
            continue
        yield m, field


def _rewrite(text: str, fixes: dict[tuple[str, str], str], forms: dict[str, list[str]] | None = None
             ) -> str | None:
    """``text`` with its misspelled words replaced; ``forms`` are words seen in articles per stem."""
    out, last, changed = [], 0, False
    for m, field in _words(text):
        word = m.group(0)
        if field in NAME_FIELDS:
            new = fixes.get(("name", word.lower()))
        else:
            new = fixes.get(("text", _stem(word)))
            if new:
                seen = (forms or {}).get(new)
                new = closest_form(seen, word) if seen else surface(new, word)
        if new and new.lower() != word.lower():
            out += [text[last:m.start()], _match_case(new, word)]
            last, changed = m.end(), True
    out.append(text[last:])
    return "".join(out) if changed else None


# -- did you mean, from the index -------------------------------------------------------------

def _positive_terms(q: Q.Query):
    """(field, text) of every term a result must or may contain: negated terms need no fixing."""
    if isinstance(q, Q.Not):
        return
    if isinstance(q, Q.AndNot):
        yield from _positive_terms(q.a)
        return
    if isinstance(q, Q.Phrase):
        for w in q.words:
            yield q.fieldname, str(w)
        return
    if isinstance(q, Q.Term) and not isinstance(q, (Q.FuzzyTerm, Q.Prefix, Q.Wildcard)):
        yield q.fieldname, q.text.decode() if isinstance(q.text, bytes) else str(q.text)
        return
    for child in q.children() if hasattr(q, "children") else ():
        yield from _positive_terms(child)


def _count(searcher, q: Q.Query) -> int:
    # An AND with the type term: Whoosh's filter= walks every match through an id set.
    return top(searcher, Q.And([q, Q.Term("type", "article")]), 1).total


def did_you_mean(searcher, parsed_query, text: str, rare: int = 1) -> str | None:
    """A corrected version of ``text`` that finds more articles, or ``None``.

    Words missing from the index, or found in at most ``rare`` articles, are replaced by the
    closest indexed word (Whoosh's reader corrector) when that word is much more common.
    ``parsed_query`` is the Whoosh query ``text`` was parsed into (or an object with ``.query``).
    """
    q = getattr(parsed_query, "query", parsed_query)
    if q is None or q is Q.NullQuery:
        return None
    reader = searcher.reader()
    fixes: dict[tuple[str, str], str] = {}
    # Whoosh's Phrase.replace edits the words list it shares with the original: work on a copy.
    corrected = copy.deepcopy(q)
    correctors: dict[str, object] = {}
    checked: set[tuple[str, str]] = set()
    looked_up = 0
    for field, term in dict.fromkeys(_positive_terms(q)):
        name = field in NAME_FIELDS
        key = ("name" if name else "text", term)
        if not (name or field in TEXT_FIELDS) or not MIN_WORD <= len(term) <= MAX_WORD or key in checked:
            continue
        checked.add(key)
        source = field if name else "body"  # titles and quotes are words of the body too
        freq = reader.doc_frequency(source, term)
        if freq > rare:
            continue
        looked_up += 1
        if looked_up > MAX_WORDS:
            break
        if source not in correctors:
            correctors[source] = Corrector(reader, source, reader.schema[source])
        sugs = correctors[source].suggest(term, limit=10, maxdist=_maxdist(term))
        # Whoosh ranks suggestions by frequency alone; the closest word should come first.
        sugs.sort(key=lambda s: (distance(term, s, 4), -reader.doc_frequency(source, s), s))
        for sug in sugs:
            if sug in STOP_WORDS:
                continue  # "for" is common, close to "foo", and finds nothing the user meant
            if reader.doc_frequency(source, sug) >= max(1, 3 * freq):
                fixes[key] = sug
                corrected = corrected.replace(field, term, sug)
                break
    if not fixes:
        return None
    # Replace the same word in the other fields a multi-field query searched it in.
    for (kind, old), new in fixes.items():
        if kind == "text":
            for f in TEXT_FIELDS:
                corrected = corrected.replace(f, old, new)
    # Bounded as the search itself is: a fuzzy or wildcard word may stand for every term.
    if _count(searcher, bounded(corrected, reader)) <= _count(searcher, bounded(q, reader)):
        return None
    forms = {new: _seen_forms(reader, new) for (kind, _), new in fixes.items() if kind == "text"}
    return _rewrite(text, fixes, forms)


def _seen_forms(reader, stem: str, docs: int = 3, chars: int = 50_000) -> list[str]:
    """How articles actually spell the words with this stem ("things", "thing")."""
    try:
        ids = reader.postings("body", stem).all_ids()
    except Exception:  # a term the reader does not have; Whoosh raises TermNotFound
        return []
    forms: list[str] = []
    for n, docnum in enumerate(ids):
        if n >= docs:
            break
        body = (reader.stored_fields(docnum).get("body") or "")[:chars]
        forms += [body[t.startchar:t.endchar].lower() for t in TEXT_ANALYZER(body, chars=True, mode="index")
                  if t.text == stem]
    return list(dict.fromkeys(forms))


# -- did you mean, from a word list -----------------------------------------------------------

def suggest(query_text: str, reader_words: Iterable[str] | Mapping[str, int]) -> str | None:
    """``query_text`` with unknown words replaced by the closest known word, or ``None``.

    ``reader_words`` are the words (or stems) the corpus knows, optionally with how often they
    occur; the more frequent of two equally close words wins.
    """
    freq: Mapping[str, int] = reader_words if isinstance(reader_words, Mapping) else dict.fromkeys(
        (w.lower() for w in reader_words), 1)
    known = set(freq)
    fixes: dict[tuple[str, str], str] = {}
    looked_up = 0
    for m, field in _words(query_text):
        word = m.group(0).lower()
        if field in NAME_FIELDS or not MIN_WORD <= len(word) <= MAX_WORD or word in known or _stem(word) in known:
            continue
        looked_up += 1
        if looked_up > MAX_WORDS:
            break
        limit = _maxdist(word)
        stem = _stem(word)
        best = None
        for cand in known:
            # Typos rarely touch the first letter; checking it keeps a large vocabulary fast.
            if cand[:1] != word[:1] or abs(len(cand) - len(word)) > limit + 2:
                continue
            # The list may hold stems ("thing" for "things"): compare the typed word's stem too.
            d = min(distance(word, cand, limit), distance(stem, cand, limit))
            if d <= limit and (best is None or (d, -freq[cand], cand) < best):
                best = (d, -freq[cand], cand)
        if best:
            fixes[("text", _stem(word))] = _stem(best[2])
    return _rewrite(query_text, fixes) if fixes else None


# -- completion -------------------------------------------------------------------------------

_LAST_FIELD = re.compile(r"(?:^|(?<=[\s(+-]))(\w+):(\"[^\"]*|[^\s\"]*)$")
_LAST_TOKEN = re.compile(r"(?:^|(?<=[\s(+-]))([A-Za-z]+)$")


def field_names() -> list[str]:
    return sorted(set(FIELDS) | set(ALIASES))


def complete_field(prefix: str, people_names: Iterable[str], limit: int = 20) -> list[str]:
    """Completions of the token being typed: a field name (``act`` → ``actor:``) or a person's
    name after ``actor:``/``speaker:``/``person:``/``character:`` (``actor:qui`` →
    ``actor:"Joseph Quinn"``). Each completion replaces the whole token."""
    m = _LAST_FIELD.search(prefix)
    if m:
        field, partial = m.group(1), m.group(2).lstrip('"').lower()
        canonical = ALIASES.get(field.lower(), field.lower())
        if canonical not in PERSON_FIELDS:
            return []
        ranked = []
        for name in dict.fromkeys(people_names):
            low = name.lower()
            if low.startswith(partial):
                ranked.append((0, low, name))
            elif any(part.startswith(partial) for part in re.split(r"[\s/-]+", low)[1:]):
                ranked.append((1, low, name))
        out = []
        for _, _, name in sorted(ranked)[:limit]:
            value = f'"{name}"' if re.search(r"[\s:()]", name) else name
            out.append(f"{field}:{value}")
        return out
    m = _LAST_TOKEN.search(prefix)
    if not m or m.group(1) in _OPERATORS:
        return []
    partial = m.group(1).lower()
    return [f"{f}:" for f in field_names() if f.startswith(partial) and f != partial][:limit]


def complete_input(text: str, people_names: Iterable[str], limit: int = 20) -> list[str]:
    """Whole search-box values, for an ``Input`` suggester: ``text`` with its last token completed."""
    m = _LAST_FIELD.search(text) or _LAST_TOKEN.search(text)
    if not m:
        return []
    head = text[:m.start()]
    return [head + c for c in complete_field(text[m.start():], people_names, limit)]


FEW = 3  # below this many hits, look for a better spelling


def spelling_for(s, parsed, hits: int) -> str | None:
    if hits >= FEW:
        return None
    # With some hits, only a word the index does not know at all is worth correcting.
    return did_you_mean(s, parsed.query, parsed.text, rare=0 if hits else 1)
