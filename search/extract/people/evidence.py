"""Every person-shaped run of an article with the evidence that it names a person."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from search.extract.names.lexicon import (
    FIRST_NAMES,
    HONORIFICS,
    NAME_SUFFIXES,
    NON_PERSON,
    PARTICLES,
    PERSON_VERBS,
    ROLE_NOUNS,
    STOP,
)
from search.extract.names.runs import Run, text_runs
from search.extract.names.shape import person_shaped, strip_title
from search.extract.people.context_score import (
    AGE_AFTER,
    NEXT_WORD,
    SAID_BEFORE,
    SENTENCE_START,
    WEAK_VERBS,
    capitalised_title,
    context_score,
    has_role_noun,
    on_credit_line,
    strong_next,
)
from search.extract.people.scanning import line_matches

ACCEPT = 2  # evidence needed for a run to be a person


_COMMA_SUFFIX = re.compile(r",\s?([JS]r\.)")
_CUT_OFF = re.compile(r"(?:\.\.\.|…)(?=[^\W\d_])")


_GROUP = re.compile(
    r"([A-Z](?<![-'’\w].)[^\W\d_]+)(?:,\s+[A-Z][^\W\d_]+)*,? (?:and|&|y|et|und|e) ([A-Z][^\W\d_]+) "
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b"
)


@dataclass
class Evidence:
    score: int = 0
    titled: bool = False  # appeared after an honorific (Dr., Captain): a character sign
    given: int = 0  # the part of the score owed to the given name alone (common, or used alone)
    spans: list[tuple[int, int]] = field(default_factory=list)


_LOWER_WORD = re.compile(r"[a-z](?<!\w.)[a-z'’-]+\b")  # r"\b[a-z]…", the boundary tested after the letter (faster)


@lru_cache(maxsize=32)
def candidates(text: str) -> dict[str, Evidence]:
    """Every person-shaped run with the evidence the text gives that it names a person.

    Cached: people and cast both consult it several times per article. Do not mutate.
    """
    all_runs = text_runs(text)
    titled = [strip_title(r.words) for r in all_runs]
    full_texts = {" ".join(words) for words, _ in titled}
    singles = _single_mentions(text, all_runs)
    lowered_words = set(_LOWER_WORD.findall(text))
    evidence: dict[str, Evidence] = defaultdict(Evidence)
    headline_end = _title_case_headline_end(text)
    run_names: list[tuple[Run, str, int]] = []
    body_texts = {" ".join(words) for r, (words, _) in zip(all_runs, titled, strict=True) if r.start >= headline_end}
    for r, (words, stripped) in zip(all_runs, titled, strict=True):
        if _CUT_OFF.match(text, r.end):
            continue  # "Michael Mar...he drew it up": the speaker broke off mid-name
        words = _drop_sentence_opener(text, r, words, stripped, lowered_words)
        words, hosted = _host_of_show(words)
        words = _after_particle(_after_non_person(words))
        words = _after_article_title(text, r, words)
        if r.start < headline_end:
            # Headline case capitalises verbs too: keep only the part the body names as a run.
            words = _named_in_body(words, body_texts)
        else:
            words = _genitive(_headline_prefix(words, full_texts), full_texts)
        if not person_shaped(words):
            continue
        suffix = _COMMA_SUFFIX.match(text, r.end)
        if suffix and words[-1] == r.words[-1]:
            words = [*words, suffix.group(1)]  # "Robert Downey, Jr.": the suffix after a comma is his
        name = " ".join(words)
        ev = evidence[name]
        ev.spans.append((r.start, r.end))
        own = context_score(text, r, stripped) + (ACCEPT if hosted else 0)
        ev.score += own
        run_names.append((r, name, own))
        if stripped and stripped.split()[-1].lower().strip(".") in HONORIFICS - _NEWS_RANKS \
                and (not has_role_noun(stripped) or capitalised_title(text, r)):
            ev.titled = True
    _completed_in_brackets(text, all_runs, evidence)
    _expand_groups(text, evidence)
    for m in line_matches(text, _CAPS_LABEL):  # "DEVON ACHTERBERG: I loved it": a transcript's speaker label
        words = [w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                 for w in m.group(1).split()]
        named = words[0].lower() in FIRST_NAMES or re.search(rf"\b{re.escape(words[-1])}\b", text)
        if named and person_shaped(words) and not any(w.lower() in STOP or w.lower() in ROLE_NOUNS for w in words):
            ev = evidence[" ".join(words)]
            ev.score += ACCEPT + 1
            ev.spans.append(m.span(1))
    for name, ev in evidence.items():
        words = name.split()
        if words[0].lower() in FIRST_NAMES:
            ev.score += 2
            ev.given += 2
        # Later short mentions that act as a person (Oduya said, Hart, who ...).
        short = {words[-1], words[0]} if len(words) >= 2 else set()
        bonus = min(4, 2 * sum(singles.get(w, 0) for w in short))
        ev.score += bonus
        if len(words) >= 2 and words[0] != words[-1]:
            ev.given += bonus - min(4, 2 * singles.get(words[-1], 0))
    _share_list_evidence(text, run_names, evidence)
    _exclaimed_lists(text, run_names, evidence)
    return {n: e for n, e in evidence.items() if e.spans}


# ranks as news copy abbreviates them ("Gen. ... Jr."): a real person's title, not a role's
_NEWS_RANKS = frozenset("sir dame gen col lt sgt maj adm gov cmdr supt insp".split())
_CAPS_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2}):[ \t]", re.MULTILINE)
_LIST_GAP = re.compile(r"(?:\s*\([^()\n]{1,60}\))?(?:,\s*|,?\s+(?:and|y|&|et|und|e)\s+)"
                       r"(?:(?!(?:who|whose|which|that|que|cuyo|cuya|starring|featuring|directed|written|"
                       r"produced|created|by|as|from|in|on|of|with|opposite|por|con|de)\b)"
                       r"(?:[a-z][\w-]*|[A-Z]\w*-[a-z][\w-]*)\s+){0,3}")


# "o autor João Emanuel (Carneiro)", "do João (Emanuel Carneiro, autor da novela)": inside a quote,
# the editor completes the name the speaker used in brackets
_COMPLETION = re.compile(r" \(([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)(?:\)|, )")


def _completed_in_brackets(text: str, all_runs, evidence: dict[str, Evidence]) -> None:
    for r in all_runs:
        m = _COMPLETION.match(text, r.end)
        if not m or len(r.words) > 2 or r.words[0].lower() not in FIRST_NAMES or not _in_quote(text, r.start):
            continue
        words = [*r.words, *m.group(1).split()]
        if len(words) <= 3 and person_shaped(words):  # not "Role Name (Actor Name)"
            partial = evidence.pop(" ".join(r.words), Evidence())
            ev = evidence[" ".join(words)]
            ev.score = max(ev.score, partial.score, ACCEPT)
            ev.spans += [*partial.spans, (r.start, m.end(1))]


def _in_quote(text: str, pos: int) -> bool:
    para = text[text.rfind("\n", 0, pos) + 1: pos]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1 or para.count("«") > para.count("»")


def _share_list_evidence(text: str, run_names, evidence: dict[str, Evidence]) -> None:
    """In ``alongside A, B and C`` every member is as much a person as the best-attested one."""
    # "A, Velvet Court's Prince Aurel": a possessive run owns what follows, it is no list member
    links = [(na, nb, sa, sb) for (ra, na, sa), (rb, nb, sb) in pairwise(run_names)
             if not ra.possessive and not rb.possessive and _LIST_GAP.fullmatch(text[ra.end: rb.start])
             and not on_credit_line(text, ra)]
    both_ways = links + [(nb, na, sb, sa) for na, nb, sa, sb in links]
    changed = True
    while changed:  # evidence travels along the whole list, in both directions
        changed = False
        for na, nb, _, sb in both_ways:
            if evidence[na].score >= ACCEPT and sb >= 0 and evidence[nb].score < ACCEPT:
                evidence[nb].score += ACCEPT - max(0, evidence[nb].score)
                changed = True


def _exclaimed_lists(text: str, run_names, evidence: dict[str, Evidence]) -> None:
    """``Ada Vance! Teo Blum! Hana Oka!``: full names cheered one after another are people."""
    for (ra, na, _), (rb, nb, _) in pairwise(run_names):
        if text.startswith("! ", ra.end) and rb.start == ra.end + 2 and text.startswith("!", rb.end) \
                and " " in na and " " in nb:
            for name in (na, nb):
                evidence[name].score = max(evidence[name].score, ACCEPT)


_LETTERS = re.compile(r"[^\W\d_]+")
_COMMA_AND = re.compile(r",\s*(?:and|&|y|et|und|e)\s")
_WORD_AT_END = re.compile(r"([\w-]+)\s+$")


def _title_case_headline_end(text: str) -> int:
    first, sep, _ = text.partition("\n")
    words = _LETTERS.findall(first)
    long_words = [w for w in words if len(w) > 3]
    if sep and long_words and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return len(first)
    return 0


def _expand_groups(text: str, evidence: dict[str, Evidence]) -> None:
    """``Matt and Ross Duffer`` names Matt Duffer too; ``Quarrie and Thea X`` does not."""
    surnames = {n.split()[-1] for n in evidence}
    for m in _GROUP.finditer(text):
        if _COMMA_AND.search(m.group()) and m.group().count(",") == 1:
            continue  # "his son, Walter, and Annika Sundqvist-Bale": two people, one surname
        surname = m.group(3)
        ev = evidence.get(f"{m.group(2)} {surname}")
        if ev is None:
            continue
        lead = _WORD_AT_END.search(text[max(0, m.start() - 30): m.start()])
        if lead and lead.group(1).lower() in ROLE_NOUNS:  # "creators Felicity and Ambrose K."
            ev.score = max(ev.score, ACCEPT)
        for given in _LETTERS.findall(m.group(0).rsplit(" ", 2)[0]):
            if not given[0].isupper() or given.lower() in STOP or given in surnames or given.lower() in NON_PERSON:
                continue
            joined = evidence[f"{given} {surname}"]
            joined.score = max(joined.score, ev.score)
            joined.spans.append((m.start(), m.end()))


def _drop_sentence_opener(text: str, r: Run, words: list[str], stripped, lowered: set[str]) -> list[str]:
    """``Then Michael Mar`` → ``Michael Mar``: a sentence-initial ordinary word is not a name."""
    if stripped or len(words) < 2 or (len(words) == 2 and words[0].lower() in FIRST_NAMES):
        return words
    if SENTENCE_START.search(text[max(0, r.start - 3): r.start]) and (
            words[0].lower() in lowered  # "Presenti Lorenzo Vitali": a given name comes second
            or len(words) == 3 and words[1].lower() in FIRST_NAMES and words[0].lower() not in FIRST_NAMES):
        return words[1:]
    return words


_ROMANCE_ARTICLE = re.compile(r"(?:^|[\s(])(?:il|lo|la|el|le|los|las|les|gli|o|a)\s+$", re.IGNORECASE)


def _after_article_title(text: str, r: Run, words: list[str]) -> list[str]:
    """``il Professore Ada Rossi`` → ``Ada Rossi``: Romance press puts no article before a given
    name, so a capitalised word after one is a title or a noun."""
    if len(words) >= 3 and words[0] == r.words[0] and words[0].lower() not in FIRST_NAMES \
            and _ROMANCE_ARTICLE.search(text, max(0, r.start - 6), r.start):
        return words[1:]
    return words


def _after_particle(words: list[str]) -> list[str]:
    """``Normandy de Charles Nemes`` → ``Charles Nemes``: a particle before a given name and a
    surname links a work to its maker ("a film by"), where ``Anouk de la Roche`` keeps hers."""
    for i in range(len(words) - 2):
        if words[i] in PARTICLES and words[i + 1].lower() in FIRST_NAMES and words[i + 2][:1].isupper():
            return words[i + 1:]
    return words


_SHOW_AFTER_HOST = frozenset(("show", "live", "tonight"))


def _host_of_show(words: list[str]) -> tuple[list[str], bool]:
    """``The Kelly Clarkson Show``, ``Jimmy Kimmel Live``: a show named after its host names the host."""
    if len(words) in (3, 4) and words[-1].lower() in _SHOW_AFTER_HOST and words[0].lower() in FIRST_NAMES:
        return words[:-1], True
    return words, False


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


def _genitive(words: list[str], full_texts: set[str]) -> list[str]:
    """``Ada Lorenz Gesicht`` → ``Ada Lorenz`` where the text names ``Ada Lorenz``: German
    writes the genitive as a bare -s and capitalises the noun it owns."""
    for k in range(len(words), 1, -1):
        owner = words[k - 1]
        if len(owner) > 3 and owner.endswith("s") and " ".join([*words[:k - 1], owner[:-1]]) in full_texts:
            return [*words[:k - 1], owner[:-1]]
    return words


def _single_mentions(text: str, all_runs: list[Run]) -> dict[str, int]:
    """How often a lone capitalised word acts as a person (``Oduya said``, ``said Vane``)."""
    counts: dict[str, int] = defaultdict(int)
    for r in all_runs:
        if len(r.words) != 1:
            continue
        word = r.words[0]
        after = text[r.end: r.end + 30]
        before = text[max(0, r.start - 12): r.start].lower()
        m = NEXT_WORD.match(after)
        verb = m.group(1).lower() if m else ""
        acts = not r.possessive and (
            (verb in WEAK_VERBS and strong_next(after))  # "Moreno will play"
            or AGE_AFTER.match(after) is not None  # "Quarrie, 41,"
            or (verb in PERSON_VERBS and verb not in WEAK_VERBS))  # "Oduya said"
        if acts or SAID_BEFORE.search(before):
            counts[word] += 1
    return counts
