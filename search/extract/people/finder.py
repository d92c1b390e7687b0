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
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from search.extract.names import (
    CREDIT_LABELS,
    FIRST_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    NON_PERSON,
    PARTICLES,
    PERSON_VERBS,
    ROLE_NOUNS,
    STOP,
    Run,
    person_shaped,
    runs,
    strip_possessive,
    strip_title,
    word_set,
)
from search.model import SPEECH, Article, CastPair, Extraction

ACCEPT = 2  # evidence needed for a run to be a person
# "inspired by X": X is as often a work or a place as a person
_NOT_BY_PERSON = word_set("inspired influenced owned distributed financed backed acquired followed "
                           "replaced hit struck led powered surrounded")
_PERSONAL_NOUNS = ("performance|directorial|character|turn|role|portrayal|career|husband|wife|son|daughter|"
                   "mother|father|co-star|costar|publicist|rep|agent|death|birthday|memoir|comments|remarks|"
                   "statement|fans|family|partner|novel|novels|memoir|poems|album|debut|autobiography")
_WEAK_VERBS = word_set("is was has had would will")
_BYLINE = re.compile(r"^\s*(?:By|Por|Words by|Written by)\s+(.+?)\s*(?:[|,•·—–-].*)?$")
_PLAY_BEFORE = re.compile(
    r"\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|"
    r"as(?!\s+(?:did|does|do|is|was|were|are|well|if|though|soon|much|many|far|long|part|of)\b)|"
    r"interpreta(?:rá|ba)?\s+al?|"
    r"da\s+vida\s+al?)\s+"
    r"(?:(?:(?!(?:by|por|and|alongside|with|opposite|for|to|in|on|at|y|con)\b)[a-zà-ÿ][\w'’-]*"
    r"|[A-Z][\w-]*['’]s),?\s+){0,6}$")
_APPOSITIVE_ROLE = re.compile(r"^,\s+(?:the|a|an|our|his|her|their|its|el|la|un|una|su|nuestro|nuestra)\s+"
                              r"((?:[\w'’-]+\s+){0,4}[\w-]+)")
_PHOTO_CREDIT = re.compile(r"(?:\b(?:Photos?|Photograph|Image|Credit|Foto)s?:\s*"
                           r"|\b(?:Photos?|Photographs?|Images?) by\s+"
                           r"|\bCourtesy of\s+(?:[\w+&-]+(?: [\w+&-]+)?/)?)$")
_AGENCY_AFTER_SLASH = re.compile(r"/(?:Getty|WireImage|AP|Reuters|Shutterstock|Courtesy)\b")
# the clause after "is repped by" lists agencies, managers and lawyers up to the sentence end
_REPPED_BY = re.compile(r"\b(?:repped|represented|managed)\s+by\b[^.!?\n]*$")
_CREDIT_LINE = re.compile(r"[^,\n]{3,40}, [A-Z“\"‘'][^\n]{1,60}\([^()\n]{1,30}\)\s*$")
_LABEL_OF_WORK = re.compile(r"\s+(?:actor|actress|star|creator|showrunner|alum|castmate|co-star|costar|cast|"
                            r"director|writer|fans?)\b")
_CUT_OFF = re.compile(r"(?:\.\.\.|…)(?=[^\W\d_])")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\"“‘(—]\s*)$")
_GROUP = re.compile(
    r"\b([A-Z][^\W\d_]+)(?:,\s+[A-Z][^\W\d_]+)*,? (?:and|&|y) ([A-Z][^\W\d_]+) "
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b"
)


@dataclass
class Evidence:
    score: int = 0
    titled: bool = False  # appeared after an honorific (Dr., Captain): a character sign
    spans: list[tuple[int, int]] = field(default_factory=list)


def find_people(article: Article) -> list[str]:
    people, _ = people_and_cast(article)
    return people


_RECENT: dict[str, tuple[list[str], list[CastPair]]] = {}  # text → (people, cast), a few articles


def cached_cast(text: str, people: list[str]) -> list[CastPair] | None:
    """The cast ``people_and_cast`` found for this text, when asked with the people it returned."""
    hit = _RECENT.get(text)
    return list(hit[1]) if hit and hit[0] == sorted(people) else None


def people_and_cast(article: Article) -> tuple[list[str], list[CastPair]]:
    """People and the cast pairs found with them (the cast decides who is a character)."""
    from search.extract.people.cast import find_cast_with as find_cast
    from search.extract.people.cast import titles_of_works

    text = article.text
    evidence = candidates(text)
    prelim = [n for n, e in evidence.items() if e.score >= ACCEPT]
    cast = find_cast(article, prelim)
    # Actors found in one pass make surname-only mentions of them resolvable in the next.
    more = sorted(set(prelim) | {c.actor for c in cast})
    if len(more) > len(prelim):
        cast = find_cast(article, more)
    characters = _character_words(cast)
    actors = {c.actor for c in cast}
    authors = own_authors(article)
    works = titles_of_works(text)
    out = set()
    for name, ev in evidence.items():
        if name in actors:
            out.add(name)
            continue
        if ev.score < ACCEPT or name in authors or name in works:
            continue
        if _is_character(name, ev, characters, evidence):
            continue
        out.add(name)
    out -= authors
    # "Berrocal Santamaría" after "Ignacio Berrocal Santamaría": the same person by a double surname
    out = {n for n in out if not any(len(o.split()) > len(n.split()) >= 2
                                     and o.split()[-len(n.split()):] == n.split() for o in out)}
    if len(_RECENT) > 16:
        _RECENT.clear()
    _RECENT[text] = (sorted(out), list(cast))
    return sorted(out), cast


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


def own_authors(article: Article) -> set[str]:
    """The article's own byline: metadata, not a person in the story."""
    found = set()
    if article.author:
        found.add(" ".join(article.author.split()))
    for line in article.text.split("\n")[:8]:
        m = _BYLINE.match(line)
        if not m:
            continue
        for part in re.split(r",\s*|\s+(?:and|&|y)\s+", m.group(1)):
            words = part.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w not in PARTICLES):
                found.add(" ".join(words))
    return found


@lru_cache(maxsize=32)
def candidates(text: str) -> dict[str, Evidence]:
    """Every person-shaped run with the evidence the text gives that it names a person.

    Cached: people and cast both consult it several times per article. Do not mutate.
    """
    all_runs = runs(text)
    full_texts = {" ".join(strip_title(r.words)[0]) for r in all_runs}
    singles = _single_mentions(text, all_runs)
    lowered_words = set(re.findall(r"\b[a-z][a-z'’-]+\b", text))
    evidence: dict[str, Evidence] = defaultdict(Evidence)
    headline_end = _title_case_headline_end(text)
    run_names: list[tuple[Run, str, int]] = []
    body_texts = {" ".join(strip_title(r.words)[0]) for r in all_runs if r.start >= headline_end}
    for r in all_runs:
        if _CUT_OFF.match(text, r.end):
            continue  # "Michael Mar...he drew it up": the speaker broke off mid-name
        words, stripped = strip_title(r.words)
        words = _drop_sentence_opener(text, r, words, stripped, lowered_words)
        words = _after_non_person(words)
        if r.start < headline_end:
            # Headline case capitalises verbs too: keep only the part the body names as a run.
            words = _named_in_body(words, body_texts)
        else:
            words = _headline_prefix(words, full_texts)
        if not person_shaped(words):
            continue
        name = " ".join(words)
        ev = evidence[name]
        ev.spans.append((r.start, r.end))
        own = _context_score(text, r, stripped)
        ev.score += own
        run_names.append((r, name, own))
        if stripped and stripped.split()[-1].lower().strip(".") in HONORIFICS - {"sir", "dame"} \
                and (not _role(stripped) or _capitalised_title(text, r)):
            ev.titled = True
    _expand_groups(text, evidence)
    for name, ev in evidence.items():
        words = name.split()
        if words[0].lower() in FIRST_NAMES:
            ev.score += 2
        # Later short mentions that act as a person (Oduya said, Hart, who ...).
        short = {words[-1], words[0]} if len(words) >= 2 else set()
        ev.score += min(4, 2 * sum(singles.get(w, 0) for w in short))
    _share_list_evidence(text, run_names, evidence)
    return {n: e for n, e in evidence.items() if e.spans}


_PASSIVE_PLAYED = re.compile(
    r",?\s+(?:(?:is|was|will be)\s+)?(?:played|portrayed|voiced)(?:\s+[a-z]+){0,4}\s+by\b")
_LIST_GAP = re.compile(r"(?:\s*\([^()\n]{1,60}\))?(?:,\s*|,?\s+(?:and|y|&)\s+)"
                       r"(?:(?!(?:who|whose|which|that|que|cuyo|cuya|starring|featuring|directed|written|"
                       r"produced|created|by|as|from|in|on|of|with|opposite|por|con|de)\b)"
                       r"(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,3}")


def _share_list_evidence(text: str, run_names, evidence: dict[str, Evidence]) -> None:
    """In ``alongside A, B and C`` every member is as much a person as the best-attested one."""
    # "A, Velvet Court's Prince Aurel": a possessive run owns what follows, it is no list member
    links = [(na, nb, sa, sb) for (ra, na, sa), (rb, nb, sb) in pairwise(run_names)
             if not ra.possessive and not rb.possessive and _LIST_GAP.fullmatch(text[ra.end: rb.start])
             and not _on_credit_line(text, ra)]
    both_ways = links + [(nb, na, sb, sa) for na, nb, sa, sb in links]
    changed = True
    while changed:  # evidence travels along the whole list, in both directions
        changed = False
        for na, nb, _, sb in both_ways:
            if evidence[na].score >= ACCEPT and sb >= 0 and evidence[nb].score < ACCEPT:
                evidence[nb].score += ACCEPT - max(0, evidence[nb].score)
                changed = True


def _on_credit_line(text: str, r: Run) -> bool:
    """``Devon Achterberg, Shadow Pact (Streamly)``: a name and its credit, not a list of names."""
    line_start = text.rfind("\n", 0, r.start) + 1
    line_end = text.find("\n", r.start)
    return not text[line_start: r.start].strip() and bool(
        _CREDIT_LINE.match(text[r.start: line_end if line_end != -1 else len(text)]))


def _title_case_headline_end(text: str) -> int:
    first, sep, _ = text.partition("\n")
    words = re.findall(r"[^\W\d_]+", first)
    long_words = [w for w in words if len(w) > 3]
    if sep and long_words and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return len(first)
    return 0


def _expand_groups(text: str, evidence: dict[str, Evidence]) -> None:
    """``Matt and Ross Duffer`` names Matt Duffer too; ``Quarrie and Thea X`` does not."""
    surnames = {n.split()[-1] for n in evidence}
    for m in _GROUP.finditer(text):
        if re.search(r",\s*(?:and|&|y)\s", m.group()) and m.group().count(",") == 1:
            continue  # "his son, Walter, and Annika Sundqvist-Bale": two people, one surname
        surname = m.group(3)
        ev = evidence.get(f"{m.group(2)} {surname}")
        if ev is None:
            continue
        lead = re.search(r"([\w-]+)\s+$", text[max(0, m.start() - 30): m.start()])
        if lead and lead.group(1).lower() in ROLE_NOUNS:  # "creators Felicity and Ambrose K."
            ev.score = max(ev.score, ACCEPT)
        for given in re.findall(r"[^\W\d_]+", m.group(0).rsplit(" ", 2)[0]):
            if not given[0].isupper() or given.lower() in STOP or given in surnames:
                continue
            joined = evidence[f"{given} {surname}"]
            joined.score = max(joined.score, ev.score)
            joined.spans.append((m.start(), m.end()))


def _capitalised_title(text: str, r: Run) -> bool:
    """``Father Anselm`` mid-sentence is a title; ``Father`` opening a sentence may be the noun."""
    opens_sentence = _SENTENCE_START.search(text[max(0, r.start - 3): r.start])
    return r.words[0].lower().strip(".") in HONORIFICS and not opens_sentence


def _role(words: str) -> bool:
    return any(w.lower() in ROLE_NOUNS for w in words.split())


def _drop_sentence_opener(text: str, r: Run, words: list[str], stripped, lowered: set[str]) -> list[str]:
    """``Then Michael Mar`` → ``Michael Mar``: a sentence-initial ordinary word is not a name."""
    if stripped or len(words) < 2 or (len(words) == 2 and words[0].lower() in FIRST_NAMES):
        return words
    if _SENTENCE_START.search(text[max(0, r.start - 3): r.start]) and words[0].lower() in lowered:
        return words[1:]
    return words


def _after_non_person(words: list[str]) -> list[str]:
    """``Police Academy Steve Guttenberg`` → ``Steve Guttenberg``: a title glued to a name."""
    for i in range(len(words) - 3, -1, -1):
        if words[i].lower() in NON_PERSON:
            return words[i + 1:]
    return words


def _named_in_body(words: list[str], body_texts: set[str]) -> list[str]:
    """``Adds Ruth Abernathy-Sole`` → ``Ruth Abernathy-Sole`` when the body names her so."""
    for size in range(len(words), 1, -1):
        for i in range(len(words) - size + 1):
            if " ".join(words[i: i + size]) in body_texts:
                return words[i: i + size]
    return []


def _headline_prefix(words: list[str], full_texts: set[str]) -> list[str]:
    """``Saskia Rautenberg Shapeshifts`` → ``Saskia Rautenberg`` when the body names her so."""
    if len(words) < 3:
        return words
    for k in range(len(words) - 1, 1, -1):
        if words[k].lower() in NAME_SUFFIXES:
            continue  # "Rupert Fairweather-Gage Jr." is the son, not his father plus a word
        if " ".join(words[:k]) in full_texts:
            return words[:k]
    return words


# compiled once: these run for every capitalised run of every article
_LABEL_BEFORE = re.compile(r"\s*([A-Za-z ]{2,30}):\s")
_LETTER_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_OPEN_PAREN = re.compile(r"\s*\(")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_COLON_AFTER = re.compile(r"\s*:\s")
_WORD_COMMA_BEFORE = re.compile(r"\b([\w-]+),\s*$")
_NEXT_WORD = re.compile(r",?\s+([^\W\d_]+)")
_IN_RELATIVE = re.compile(r",\s+(?:who|whose|que|cuyo|cuya)\b[^,]*$")
_PASSIVE_BY = re.compile(r",?\s+[^\W\d_]+\s+by\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|dijo)\s+$")


def _context_score(text: str, r: Run, stripped: str | None) -> int:
    score = 0
    if stripped and _role(stripped) and not _capitalised_title(text, r):
        score += 2
    line_start = text.rfind("\n", 0, r.start) + 1
    before = text[line_start: r.start]
    after = text[r.end: r.end + 40]
    if _PHOTO_CREDIT.search(before) or _AGENCY_AFTER_SLASH.match(after):
        score += 3  # "Photo: Cai Thorsby/Northlight", "Courtesy of Brightwave/X", "X/Getty Images"
    if _REPPED_BY.search(text[max(0, r.start - 160): r.start]) and not _role(before[-30:]):
        return score - 4  # "repped by CAA and Hamilton Hodell": agencies, unless "attorney X"
    label = _LABEL_BEFORE.match(before)
    if label and label.group(1).split()[-1].lower() in CREDIT_LABELS:
        score += 3
    prev = _LETTER_WORDS.findall(before[-40:])
    prev_word = prev[-1].lower() if prev else ""
    prev_two = " ".join(p.lower() for p in prev[-2:])
    # "the actor X"; Spanish puts the adjective after the noun: "el actor venezolano X"
    role_two_back = (len(prev) >= 2 and prev[-2].lower() in ROLE_NOUNS and prev[-1].islower()
                     and prev[-1] not in STOP)  # "stars on X" is a verb and a show
    if prev_word in ROLE_NOUNS or role_two_back or prev_two in ("executive producer", "series creator"):
        score += 2
    elif prev_word in ("by", "por") and len(prev) >= 2 and prev[-2].lower() in _NOT_BY_PERSON:
        pass
    elif prev_word in ("by", "por", "opposite", "alongside", "starring", "featuring"):
        score += 2
    elif prev_word in ("with", "and", "to"):
        score += 1
    elif prev_word in ("in", "on", "at", "from", "of", "the", "as", "into", "aboard"):
        score -= 1
    elif prev_word in ("dirige", "protagoniza", "protagonizan", "produce", "escribe", "firma", "presenta"):
        score += 2  # Spanish puts the subject after the verb: "La serie la dirige X"
    elif prev_word in ("follows", "following", "about") or prev_two in ("centers on", "centres on"):
        score -= 2  # "the series follows X (Y)": X is the protagonist, a character
    if _OPEN_PAREN.match(after) and not r.possessive:
        score += 1
    if _PLAY_BEFORE.search(before):
        return score - 3  # the object of "plays"/"as": a character
    if _PASSIVE_PLAYED.match(after):
        return score - 3  # passive "X, played by Y": X is the character
    if _AGE_AFTER.match(after):  # "Quarrie, 41, said"
        score += 2
    if r.possessive and re.match(r"['’]s?\s+(?:[a-z\d-]+\s+)?(?:" + _PERSONAL_NOUNS + r")\b", after):
        score += 2  # "Hart's performance", "Vane's longtime publicist"
    if not before.strip() and _COLON_AFTER.match(after):
        score += 2  # a transcript label at the start of a line: "Lily Vance: I loved it."
    role_before = _WORD_COMMA_BEFORE.search(before)
    if role_before and role_before.group(1).lower() in ROLE_NOUNS:
        score += 2  # "our first AD, Brigid X"
    appositive = _APPOSITIVE_ROLE.match(text[r.end: r.end + 80])
    if appositive and not r.possessive and any(w.lower() in ROLE_NOUNS for w in appositive.group(1).split()):
        score += 2  # "X, the Northbound star", "X, our first AD"
    label_of = _LABEL_OF_WORK.match(text, r.end)
    labels_a_name = label_of and re.match(r"\s+[A-Z]", text[label_of.end():])
    if label_of and (re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", before) or labels_a_name):
        score -= 3  # "the Velvet Court actress": a work (or a role) labelling someone else
    credit = re.match(r"\s*\([^()\n]{1,60}\)", after)
    if credit:  # "Jessa Moreno (Hollow Street) has joined": the verb after the credit is hers
        after = text[r.end + credit.end(): r.end + credit.end() + 40]
    m = _NEXT_WORD.match(after)
    # In "A, who starred in B, said" the verb belongs to A, not to B.
    in_relative = _IN_RELATIVE.search(before)
    # "A representative from Lumen Story said": the verb is the representative's
    owned = prev_word in ("from", "of", "at", "for")
    if m and not r.possessive and not owned and not (in_relative and after.startswith(",")):
        verb = m.group(1).lower()
        passive = _PASSIVE_BY.match(after)  # "The Salt Crossing, directed by X"
        if verb in PERSON_VERBS and not passive:
            score += 2 if verb not in _WEAK_VERBS or _strong_next(after) else 1
        elif re.match(r"\s+executive[- ]produc(?:es|ed|ing|e)\b", after):
            score += 2  # "Leonie Vasquez-Tran executive producing"; not "X executive producer Y"
    if _on_credit_line(text, r):
        score += 2  # a nominee or credit line: "Bronagh McTeer, Harrow Point (Corvane+)"
    return score


_AFTER_AUX = word_set("play star return join direct write produce appear voice host lead recur "
                       "reprise co-star costar portray helm narrate executive")


def _strong_next(after: str) -> bool:
    """``will play``, ``has also joined``: an auxiliary followed by something only people do."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", after.lower())[:4]
    rest = [w for w in words[1:] if w not in ("also", "now", "not", "be", "been", "reportedly", "soon")]
    if not rest:
        return False
    stem = rest[0]
    for suffix in ("ed", "s", "d"):
        if stem.endswith(suffix) and stem[: -len(suffix)] in _AFTER_AUX:
            stem = stem[: -len(suffix)]
            break
    return stem in _AFTER_AUX or (rest[0] in PERSON_VERBS and rest[0] not in _WEAK_VERBS)


def _single_mentions(text: str, all_runs: list[Run]) -> dict[str, int]:
    """How often a lone capitalised word acts as a person (``Oduya said``, ``said Vane``)."""
    counts: dict[str, int] = defaultdict(int)
    for r in all_runs:
        if len(r.words) != 1:
            continue
        word = r.words[0]
        after = text[r.end: r.end + 30]
        before = text[max(0, r.start - 12): r.start].lower()
        m = _NEXT_WORD.match(after)
        verb = m.group(1).lower() if m else ""
        acts = not r.possessive and (
            (verb in _WEAK_VERBS and _strong_next(after))  # "Moreno will play"
            or _AGE_AFTER.match(after) is not None  # "Quarrie, 41,"
            or (verb in PERSON_VERBS and verb not in _WEAK_VERBS))  # "Oduya said"
        if acts or _SAID_BEFORE.search(before):
            counts[word] += 1
    return counts


def resolve(name: str, people: list[str]) -> str | None:
    """The one full name in ``people`` that ``name`` (a full name, surname or first name) means.

    None when no person or more than one fits: a wrong name is worse than none.
    """
    name = " ".join(name.split())
    if not name:
        return None
    if name in people:
        return name
    bare, _ = strip_possessive(name)
    words, _ = strip_title(bare.split())
    if not words:
        return None
    key = " ".join(words)
    if key in people:
        return key
    lowered = {p.lower(): p for p in people}
    if key.lower() in lowered:
        return lowered[key.lower()]
    found = {p for p in people if _means(words, p.split())}
    return found.pop() if len(found) == 1 else None


def _means(words: list[str], full: list[str]) -> bool:
    while len(full) > 2 and full[-1].lower() in NAME_SUFFIXES:
        full = full[:-1]  # "Robert Downey Jr." is "Downey"
    if len(words) == 1:
        w = words[0].lower()
        surname = [x.lower() for x in full[1:]]
        return w == full[0].lower() or w == surname[-1] if surname else False
    # "del Toro", "Campbell Bower": a tail of the full name
    if len(words) < len(full) and [x.lower() for x in full[-len(words):]] == [x.lower() for x in words]:
        return True
    # "Matt Duffer" vs "Matthew Duffer" is a guess; only exact first + last counts
    return words[0].lower() == full[0].lower() and words[-1].lower() == full[-1].lower()


def corpus_people(extractions: dict[str, Extraction]) -> list[str]:
    """Every full name named anywhere in the corpus, for ``resolve`` when an article lacks one."""
    return sorted({name for ex in extractions.values() for name in ex.people})


def resolve_in_corpus(name: str, article_people: list[str], everyone: list[str]) -> str | None:
    """``name`` as the article's own person, failing that the one person of that name in the corpus."""
    return resolve(name, article_people) or resolve(name, everyone)


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
