"""Real people named in an article, as full names.

A capitalised run of two or more words becomes a person when the article gives evidence
that it names one: a role noun before it ("showrunner X"), a verb a person does after it
("X said", "X, who plays"), a credit line ("Director: X"), the actor side of a cast pair,
its surname used alone as a speaker, or a common given name. Characters (the character
side of a cast pair, and their families), works, outlets and places are left out, and so
is the article's own author byline, which is metadata.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.extract.names.lexicon import FIRST_NAMES, PARTICLES, ROLE_NOUNS
from search.extract.names.runs import literal_hits, literal_matches
from search.extract.names.shape import SURNAME_TOO, person_shaped, strip_title
from search.extract.people.captions import caption_people
from search.extract.people.cast import cast_context, read_cast, remember
from search.extract.people.evidence import ACCEPT, Evidence, candidates
from search.extract.people.resolve import corpus_people, resolve, resolve_in_corpus
from search.extract.people.roles import CastContext
from search.extract.people.single_names import single_name_people
from search.extract.people.works import titles_of_works
from search.model import SPEECH, Article, CastPair, Extraction

# resolving names is its own module; callers have always found it here
__all__ = ["corpus_people", "find_people", "known_people", "may_be_speaker", "own_authors", "people_and_cast",
           "resolve", "resolve_in_corpus"]

_CREDITED = re.compile(r"(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting) by ((?:[A-Z][\w'’-]+ ?){2,3})"
                       r"|(?<=\band )([A-Z][\w'’-]+ [A-Z][\w'’-]+)(?=[;)])")
# its second half alone, opening with a literal so the engine skips to each "and "
_CREDITED_AFTER_AND = re.compile(r"and (?<!\wand )([A-Z][\w'’-]+ [A-Z][\w'’-]+)(?=[;)])")
_BYLINE = re.compile(r"^\s*(?:By|Por|Words by|Written by)\s+(.+?)\s*(?:[|,•·—–-].*)?$")


def find_people(article: Article) -> list[str]:
    people, _ = people_and_cast(article)
    return people


def people_and_cast(article: Article) -> tuple[list[str], list[CastPair]]:
    """People and the cast pairs found with them (the cast decides who is a character)."""
    text = article.text
    evidence = candidates(text)
    prelim = [n for n, e in evidence.items() if e.score >= ACCEPT]
    first = cast_context(article, prelim)
    cast = read_cast(article, first)
    # Actors found in one pass make surname-only mentions of them resolvable in the next.
    more = sorted(set(prelim) | {c.actor for c in cast})
    if len(more) > len(prelim):
        cast = read_again(article, first, cast, more)
    characters = _character_words(cast)
    actors = {c.actor for c in cast}
    # a wire story's credit line ("Reporting by X; Editing by Y") names its journalists as people
    authors = own_authors(article) - _credited(text)
    works = titles_of_works(text)
    recap = is_recap(text)
    out = set()
    for name, ev in evidence.items():
        if name in actors:
            out.add(name)
            continue
        if ev.score < ACCEPT or name in authors or name in works:
            continue
        if _is_character(name, ev, characters, evidence) or _called_by_first_name(text, name, ev) \
                or _long_run_once(text, name, ev):
            continue
        if recap and _recap_character(ev):
            continue
        out.add(name)
    # every actor of a pair is a person, found as a run or not ("portrayed by Jung So Min")
    out |= actors
    out |= {figure for c in cast if (figure := _real_figure(text, c.character))}
    roles_and_works = characters["words"] | {w for t in works for w in t.split()}
    out |= single_name_people(text, roles_and_works)
    out |= {n for n in caption_people(text) if n not in characters["full"]}
    out -= authors
    # "Berrocal Santamaría" after "Ignacio Berrocal Santamaría": the same person by a double surname
    out = {n for n in out if not any(len(o.split()) > len(n.split()) >= 2
                                     and o.split()[-len(n.split()):] == n.split() for o in out)}
    # "Ed Snowden" beside "Edward Snowden": one person, by the short form of the given name
    out = {n for n in out if not any(_short_form(n, o) for o in out)}
    remember(text, sorted(out), cast)
    return sorted(out), cast


def read_again(article: Article, first: CastContext, cast: list[CastPair], people: list[str]) -> list[CastPair]:
    """What ``find_cast_with(article, people)`` reads, after a first reading ``first`` found ``cast``:
    the same pairs when each question the first asked of its people gets the same answer now."""
    ctx = CastContext(article.text, people, first.scores, first.works)
    if ctx.same_answers(first):
        return cast
    ctx.asked.clear()
    return read_cast(article, ctx)


def _credited(text: str) -> set[str]:
    """The names of a credit line; without "…ing by" only its "and X Y;" half can match."""
    if "ing by " in text:
        return {n.strip() for pair in _CREDITED.findall(text) for n in pair if n}
    return {n.strip() for n in _CREDITED_AFTER_AND.findall(text)}


_RECAP = re.compile(r"\b(?:[Rr]ecap|RECAP|[Rr]iassunto|[Rr]ésumé|[Rr]esumen|[Zz]usammenfassung)\b"
                    r"|\b(?:Season|Series|Staffel|Saison|Temporada|Stagione) \d+,? "
                    r"(?:Episode|Folge|[ÉE]pisode|[Ee]pisodio) \d+"
                    r"|\bS\d{1,2}\s?E\d{1,2}\b")


@lru_cache(maxsize=8)
def is_recap(text: str) -> bool:
    """A recap retells an episode: the names in it are mostly its characters."""
    return bool(_RECAP.search(text[:300]))


# a biopic's or a royal drama's roles are real people too: a regnal number, or an office held
_REGNAL = re.compile(r"\s[IVX]{1,4}$")
_OFFICE = (r"(?:[Pp]rime [Mm]inister|[Pp]remier [Mm]inistre|[Pp]rimer [Mm]inistro|[Pp]rimo [Mm]inistro|"
           r"[Pp]resident|[Pp]résident|[Pp]residente|[Pp]räsident|[Cc]hancellor|[Bb]undeskanzler|[Kk]anzler|"
           r"[Ss]enator|[Ss]énateur|[Ss]enador|[Pp]ope|[Pp]ape|[Pp]apa|[Pp]apst)")


_OFFICE_FIRST = re.compile(rf"^{_OFFICE} ")


def _real_figure(text: str, character: str) -> str | None:
    """The real person a role is (``Matilda III``, ``Prime Minister Edwin Crale``), or None."""
    name = _OFFICE_FIRST.sub("", character)
    if "/" in name or len(name.split()) < 2:
        return None
    if name != character or _REGNAL.search(name) or _after_office(text, name):
        return name
    return None


_OFFICE_ENDS = re.compile(rf"\b{_OFFICE} \Z")
_EDGE = re.compile(r"\b")


def _after_office(text: str, name: str) -> bool:
    """What ``re.search(rf"\\b{_OFFICE} {re.escape(name)}\\b", text)`` finds, without compiling a pattern
    per name: offices are short, so one ends in the few characters before the name."""
    return any(_EDGE.match(text, at + 1 + len(name)) and _OFFICE_ENDS.search(text, max(0, at - 40), at + 1)
               for at in literal_hits(text, " " + name))


_WORDS = re.compile(r"[\w'’-]+")


def _long_run_once(text: str, name: str, ev: Evidence) -> bool:
    """A run of three or more capitalised words met once, opening with no given name and no
    role noun before it, is a title or a heading glued together ("Trending Country Duo Sparrow Lane")."""
    words = [w for w in name.split() if w not in PARTICLES]
    if len(words) < 3 or len(ev.spans) != 1 or words[0].lower() in FIRST_NAMES \
            or any(w.endswith(".") for w in words):  # "J. R. Tolliver", "Kay Alder Jr.": a person's forms
        return False
    before = _WORDS.findall(text[max(0, ev.spans[0][0] - 30): ev.spans[0][0]])
    return not (before and before[-1].lower() in ROLE_NOUNS)


def may_be_speaker(text: str, name: str) -> bool:
    """A quote's speaker is a person unless the article says otherwise of the name elsewhere
    (the object of "plays", a work's label): then the quote is a character's or an outlet's."""
    words = name.split()
    if len(words) >= 2 and not person_shaped(words) and words[-1].lower() not in SURNAME_TOO:
        return False  # "Hips Don't Lie", a band's "Live" tour: a title the quote finder took for a name
    ev = candidates(text).get(name)
    return ev is None or ev.score >= 0 and not (is_recap(text) and _recap_character(ev))


def _recap_character(ev: Evidence) -> bool:
    """A recap's characters have common given names and act, and come back again and again:
    only evidence besides the given name counts, and more of it for a name met often."""
    return ev.score - ev.given < (ACCEPT if len(ev.spans) < 3 else ACCEPT + 3)


def _short_form(name: str, other: str) -> bool:
    a, b = name.split(), other.split()
    return (len(a) == len(b) == 2 and a[1] == b[1] and len(a[0]) >= 2 and len(b[0]) > len(a[0])
            and b[0].startswith(a[0]))


def _character_words(cast) -> dict[str, set[str]]:
    """Full character names, their single words, and their surnames."""
    full: set[str] = set()
    words: set[str] = set()
    surnames: set[str] = set()
    for c in cast:
        for name in (c.character, *c.aliases, *c.character.split("/")):
            core, _ = strip_title(name.split())
            full.add(" ".join(core))
            full.add(name)
            words.update(core)
            if len(core) >= 2:
                surnames.add(core[-1])
    return {"full": full, "words": words, "surnames": surnames}


def _is_character(name: str, ev: Evidence, characters: dict[str, set[str]], evidence) -> bool:
    if name in characters["full"]:
        return True
    words = name.split()
    # A relative of a character (Augustus Roe next to Delphine Roe) is a character unless
    # the article gives person evidence of its own beyond a given name.
    if words[-1] in characters["surnames"] and ev.score < ACCEPT + 2:
        return True
    return ev.titled and ev.score < ACCEPT + 2


_NOT_IN_NAME_BEFORE = re.compile(r"(?<![\w'’-])")
_NOT_IN_NAME_AFTER = re.compile(r"(?![\w-]| [A-Z])")


def _called_by_first_name(text: str, name: str, ev: Evidence) -> bool:
    """``Yevgeny Gromov`` later ``Yevgeny``, never ``Gromov``: the press calls people by surname
    and roles by first name, so a weakly attested name used that way is a role."""
    words = name.split()
    if len(words) != 2 or ev.score - ev.given >= ACCEPT + 2:
        return False
    rest = text.replace(name, " ")

    def alone(word: str) -> int:
        return sum(1 for _ in literal_matches(rest, word, _NOT_IN_NAME_BEFORE, _NOT_IN_NAME_AFTER))

    return alone(words[0]) >= 2 and not alone(words[1])


def own_authors(article: Article) -> set[str]:
    """The article's own byline: metadata, not a person in the story."""
    found = set()
    if article.author:
        found.add(" ".join(article.author.split()))
    for line in article.text.split("\n")[:8]:
        m = _BYLINE.match(line)
        if not m:
            continue
        for part in re.split(r",\s*|\s+(?:and|&|y|et|und|e)\s+", m.group(1)):
            words = part.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w not in PARTICLES):
                found.add(" ".join(words))
    return found


def known_people(extractions: dict[str, Extraction]) -> dict[str, dict]:
    """Per full name across a corpus: the articles naming them, speech quotes they spoke, roles."""
    table: dict[str, dict] = {}

    def entry(name: str) -> dict:
        return table.setdefault(name, {"articles": [], "quotes": 0, "roles": []})

    for article_id, ex in extractions.items():
        for name in ex.people:
            e = entry(name)
            if article_id not in e["articles"]:
                e["articles"].append(article_id)
        for q in ex.quotes:
            if q.kind == SPEECH and q.speaker and q.speaker in ex.people:
                entry(q.speaker)["quotes"] += 1
        for c in ex.cast:
            e = entry(c.actor)
            if article_id not in e["articles"]:
                e["articles"].append(article_id)
            role = f"{c.character} ({c.work})" if c.work else c.character
            if role not in e["roles"]:
                e["roles"].append(role)
    for e in table.values():
        e["articles"].sort()
    return dict(sorted(table.items()))
