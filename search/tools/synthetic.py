"""A deterministic synthetic corpus of entertainment-news articles, for benchmarks.

Every article is a function of ``(seed, number)`` alone, so a corpus can be generated in any
order or in parts and is byte-identical for the same seed. Words are drawn from a real
English vocabulary with Zipf-like weights (a few words everywhere, most words rare), names
from a pool of a few thousand invented people, and the articles carry what byline
extracts: a headline, a `` date`` header, quotes in speaker frames and ``Character (Actor)``
pairs. A few articles are verbatim copies or light spins of earlier ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from search.tools import synthetic_words as wordlists

COPY_RATE = 0.03
SPIN_RATE = 0.04
PER_FOLDER = 1000  # keeps folders small, as real archives are
ZIPF_S = 1.05
PEOPLE_S = 0.6
TOPICAL = 0.3  # share of an article's words drawn from its own topic words
TOPIC_WORDS = 40

def _inflect(words: list[str]) -> list[str]:
    """Grow the vocabulary the way English does, so the tail holds many rare forms."""
    out = []
    for w in words:
        out.append(w)
        if w.endswith(("s", "ly")) or w in wordlists.VERBS:
            continue
        if w.endswith("y") and len(w) > 3:
            out.append(w[:-1] + "ies")
        elif w.endswith(("s", "x", "ch", "sh")):
            out.append(w + "es")
        else:
            out.append(w + "s")
    return out


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[str, ...]
    cum: tuple[float, ...]


def _zipf(words: list[str]) -> Vocabulary:
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    ordered = list(seen)
    weights = (1.0 / (r ** ZIPF_S) for r in range(1, len(ordered) + 1))
    return Vocabulary(tuple(ordered), tuple(accumulate(weights)))


@lru_cache(maxsize=4)
def _world(seed: int):
    rng = random.Random(f"byline-world:{seed}")
    nouns = _inflect(wordlists.NOUNS + sorted(set(wordlists.GENERAL) - set(wordlists.NOUNS)))
    # Interleave the lists so content words of every kind reach the head of the Zipf curve;
    # function words lead it, as in any English text.
    content = []
    lists = [nouns, wordlists.VERBS, wordlists.ADJECTIVES, wordlists.ADVERBS]
    for i in range(max(map(len, lists))):
        content += [lst[i] for lst in lists if i < len(lst)]
    content = wordlists.FUNCTION + content
    people = sorted({f"{f} {last}" for f in wordlists.FIRST for last in wordlists.LAST})
    rng.shuffle(people)
    people = people[:4000]
    characters = sorted({f"{f} {last}" for f in reversed(wordlists.FIRST)
                         for last in reversed(wordlists.LAST)} - set(people))
    rng.shuffle(characters)
    characters = characters[:3000]
    works = sorted({f"{a} {b}" for a in wordlists.TITLE_WORDS for b in wordlists.TITLE_WORDS if a != b})
    rng.shuffle(works)
    works = works[:600]
    return {
        "content": _zipf(content),
        "nouns": _zipf(nouns),
        "adjectives": _zipf(wordlists.ADJECTIVES),
        "verbs": _zipf(wordlists.VERBS),
        "people": Vocabulary(tuple(people), tuple(accumulate(1.0 / (r ** PEOPLE_S) for r in range(1, 4001)))),
        "characters": characters,
        "works": works,
    }


def vocabulary(seed: int = 1) -> dict[str, list[str]]:
    """The words and names the corpus draws from, most frequent first (for query mixes)."""
    w = _world(seed)
    return {"content": list(w["content"].words), "nouns": list(w["nouns"].words),
            "people": list(w["people"].words), "characters": list(w["characters"]), "works": list(w["works"])}


class _Writer:
    """One article's sentences, drawn from the article's own random stream."""

    def __init__(self, rng: random.Random, world: dict):
        self.rng = rng
        self.w = world
        content = world["content"].words
        self.topic = [content[rng.randrange(len(wordlists.FUNCTION), len(content))] for _ in range(TOPIC_WORDS)]

    def pick(self, vocab: Vocabulary, k: int = 1) -> list[str]:
        return self.rng.choices(vocab.words, cum_weights=vocab.cum, k=k)

    def person(self, bias: list[str]) -> str:
        # People recur: mentions follow a flatter Zipf curve than words, a few stars and a long tail.
        if bias and self.rng.random() < 0.5:
            return self.rng.choice(bias)
        return self.pick(self.w["people"])[0]

    def phrase(self, n: int) -> str:
        words = self.pick(self.w["content"], n)
        # Articles are bursty: each repeats its own handful of topic words far more often than
        # the language at large does, which keeps unrelated articles unlike each other.
        return " ".join(self.rng.choice(self.topic) if self.rng.random() < TOPICAL else w for w in words)

    def sentence(self, lo: int = 9, hi: int = 22) -> str:
        s = self.phrase(self.rng.randint(lo, hi))
        return s[0].upper() + s[1:] + self.rng.choice([".", ".", ".", ".", "?", "!"] if lo < 6 else ".")

    def quote_text(self) -> str:
        n = self.rng.randint(1, 2)
        return " ".join(self.sentence(6, 16) for _ in range(n)).rstrip(".!?")


def _frame(wr: _Writer, speaker: str, cast: list[tuple[str, str]]) -> str:
    """A quotation in one of the frames journalists use."""
    q = wr.quote_text()
    surname = speaker.split()[-1]
    rng = wr.rng
    form = rng.randrange(6)
    if form == 0:
        return f"\u201c{q},\u201d {speaker} said."
    if form == 1:
        return f"{speaker} said, \u201c{q}.\u201d"
    if form == 2:
        verb, work = rng.choice(['stars', 'appears', 'returns']), rng.choice(['series', 'film'])
        return f"\"{q},\" says {speaker}, who {verb} in the {work}."
    if form == 3 and cast:
        char, actor = rng.choice(cast)
        return f"\u201c{q},\u201d {actor} told {rng.choice(wordlists.OUTLETS)} of playing {char.split()[0]}."
    if form == 4:
        return f"\u201c{q},\u201d {surname} added. \u201c{wr.quote_text()}.\u201d"
    what = rng.choice(['season', 'film', 'finale'])
    return f"According to {speaker}, the {what} is \u201c{q.lower()}.\u201d"


def _headline(wr: _Writer, work: str, cast: list[tuple[str, str]], people: list[str]) -> str:
    rng = wr.rng
    char, actor = cast[0]
    forms = [
        f"{actor} Joins '{work}' Season {rng.randint(2, 6)} as {char}",
        f"'{work}' Review: A {wr.pick(wr.w['adjectives'])[0].title()} Return for {char}",
        f"Box Office: '{work}' {rng.choice(['Tops', 'Wins', 'Leads', 'Stumbles at'])} the Weekend",
        f"{people[0]} on the '{work}' Finale: \u2018We Knew It Was Coming\u2019",
        f"'{work}' Renewed After {rng.choice(['Record', 'Strong', 'Steady'])} "
        f"{rng.choice(['Ratings', 'Debut', 'Streams'])}",
        f"EXCLUSIVE: {actor} to Lead '{work}' Opposite {cast[-1][1]}",
    ]
    return rng.choice(forms)


def _original(seed: int, number: int) -> tuple[str, str, str]:
    """(date, headline, body) of a fresh article."""
    world = _world(seed)
    rng = random.Random(f"byline-article:{seed}:{number}")
    wr = _Writer(rng, world)
    date = f"{2019 + rng.randrange(7)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    work = rng.choice(world["works"])
    ncast = rng.randint(2, 4)
    actors = [wr.person([]) for _ in range(ncast)]
    cast = [(rng.choice(world["characters"]), a) for a in dict.fromkeys(actors)]
    people = [wr.person([a for _, a in cast]) for _ in range(3)]
    role = rng.choice(["showrunner", "director", "creator", "executive producer", "writer"])
    paras = []
    char, actor = cast[0]
    paras.append(
        f"{work} follows {char} ({actor}), a {wr.pick(world['adjectives'])[0]} "
        f"{wr.pick(world['nouns'])[0]} who {wr.phrase(rng.randint(8, 14))}. " + wr.sentence())
    words = sum(len(p.split()) for p in paras)
    target = rng.randint(430, 560)
    n = 0
    while words < target:
        n += 1
        parts = [wr.sentence() for _ in range(rng.randint(1, 3))]
        if n % 2 == 0:
            speaker = people[n // 2 % len(people)] if rng.random() < 0.7 else wr.person([])
            parts.insert(rng.randrange(len(parts) + 1), _frame(wr, speaker, cast))
        if n == 2:
            parts.insert(0, f"{role.capitalize()} {people[0]} {wr.phrase(6)}.")
        if n == 3 and len(cast) > 1:
            pairs = ", ".join(f"{c} ({a})" for c, a in cast[1:])
            parts.append(f"The {rng.choice(['cast', 'ensemble'])} also includes {pairs}.")
        p = " ".join(parts)
        paras.append(p)
        words += len(p.split())
    return date, _headline(wr, work, cast, people), "\n\n".join(paras)


def _spin(seed: int, number: int, rng: random.Random) -> tuple[str, str, str]:
    """An earlier article rewritten lightly, as content farms do."""
    date, headline, body = _content(seed, number)
    swap = {"said": "stated", "told": "shared with", "new": "brand-new", "film": "movie", "series": "show",
            "big": "huge", "says": "explains", "also": "additionally", "after": "following"}
    out = []
    for w in body.split(" "):
        out.append(swap.get(w, w) if rng.random() < 0.8 else w)
    paras = " ".join(out).split("\n\n")
    if len(paras) > 3 and rng.random() < 0.5:
        del paras[rng.randrange(1, len(paras))]
    return date, f"{headline} \u2014 Here's What We Know", "\n\n".join(paras)


def _content(seed: int, number: int) -> tuple[str, str, str]:
    rng = random.Random(f"byline-kind:{seed}:{number}")
    roll = rng.random()
    if number > 20 and roll < COPY_RATE:
        return _content(seed, rng.randrange(number))
    if number > 20 and roll < COPY_RATE + SPIN_RATE:
        return _spin(seed, rng.randrange(number), rng)
    return _original(seed, number)


def article(seed: int, number: int) -> str:
    """The file text of article ``number``: a `` date`` header, a headline, a blank line, the body."""
    date, headline, body = _content(seed, number)
    return f" date {date}\n{headline}\n\n{body}\n"


def rel_path(number: int) -> str:
    return f"{number // PER_FOLDER:03d}/{number:06d}.txt"


def articles(seed: int, start: int, stop: int) -> Iterator[tuple[str, str]]:
    for n in range(start, stop):
        yield rel_path(n), article(seed, n)


def write(root: Path, docs: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write articles ``start .. start+docs-1`` under ``root``; returns the files written."""
    written = []
    for rel, text in articles(seed, start, start + docs):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written
