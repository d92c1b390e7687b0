"""What copy detection remembers about one article: compact, serialisable evidence.

Spins swap words, translations swap every word, so besides word shingles an article
keeps the things a rewrite leaves alone: names and numbers in order, quoted speech,
which outlet it is and which outlets it credits. Its prose sentences are kept as
hashes, in order, with where each ends a paragraph and whether it is the article's own
(its lead, or naming the people the rest of it is about) or could be a site's furniture.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from dataclasses import dataclass, field

from search.copies.provenance import (
    dateline,
    english_leak,
    garble,
    head_date,
    outlets,
    page_number,
    polish,
    source_credits,
    tense,
    wires,
)
from search.copies.rarity import encode_all
from search.copies.text import (
    EN_STOP,
    ES_STOP,
    PARA,
    QUOTE,
    SENT_END,
    distinctive,
    entities,
    fold,
    language,
    prose,
    utterance,
    words,
    written_and_folded,
)
from search.model import SCARE, Article, Extraction

# Caps that keep judging one pair in the milliseconds even for a book-length file;
# a real article stays far below them.
MAX_QUOTES, MAX_ENTITIES, MAX_SENTENCES = 150, 400, 300
LEAD = 3  # the first sentences of an article are its own whatever they name
SUBJECT_LEAD = 5  # whom the first sentences name, the article is about
# Flags of a line: the article's own (its lead, or naming whom the article is about); the
# last of its paragraph; in the lead; naming whom the article is about.
OWN, LAST, IN_LEAD, NAMED = 1, 2, 4, 8
FLAG_BITS = 4


def panel(ex: Extraction | None) -> list[str]:
    """Who answers the questions of a Q&A transcript: the people a press conference or a
    junket round table sat in front of the press."""
    if ex is None:
        return []
    return sorted({fold(q.speaker) for q in ex.quotes if q.via == "transcript" and q.speaker})


def speech_quotes(article: Article, ex: Extraction | None) -> list[str]:
    """The quoted words that drift is checked on: what people (or characters) said.

    Scare quotes and titles are never drift, so the extractor's kinds are trusted; with no
    extraction at all, a quoted span that reads as an utterance stands in.
    """
    if ex is not None:
        return [q.text for q in ex.quotes if q.kind != SCARE]
    return [t for m in QUOTE.finditer(article.text)
            if utterance(t := next(g for g in m.groups() if g is not None))]



# A wire story's sign-off is the agency's, and a link to another story the site's: neither
# is a sentence of the story ("Read more: ..." inside a copy is no passage its original lacks).
_NOT_STORY = re.compile(r"\W*(?:(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b|"
                        r"(?:read more|also read|related|recommended|more from|see also|watch|"
                        r"lire aussi|à lire aussi|lee también|leer más|mehr zum thema|lesen sie auch)\s*[:|—–-])",
                        re.IGNORECASE)


def lines(text: str, lang_stop: frozenset[str], names: set[str]) -> tuple[
        list[list[int]], list[int], list[int], list[list[str]], list[int], list[str], dict[str, int]]:
    """The prose sentences: each as the 16-bit hashes of its content words (enough to align
    rewrites), its exact key, and ``words << FLAG_BITS | flags``; then each as its words,
    and the paragraph it stands in; then all the words of the prose (``words(prose(text))``:
    sentences and paragraphs part only where the text has spaces); last, the CRC-32 of
    each word of those sentences."""
    found = []
    prose_words: list[str] = []
    for p, para in enumerate(PARA.split(prose(text))):
        sents = []
        for sent in SENT_END.split(para):
            ws = words(sent)
            prose_words += ws
            if _NOT_STORY.match(sent):
                continue
            content = {w for w in ws if w not in lang_stop and len(w) > 2}
            if len(content) >= 3:
                # Every name is looked for once per sentence: the subjects are among them.
                sents.append((ws, content, names.intersection(ws)))
        for n, (ws, content, named) in enumerate(sents):
            found.append((ws, content, named, n == len(sents) - 1, p))
    # A name is the article's subject when its opening names it or three of its paragraphs
    # do; a site's name in its footer and newsletter box is neither, however often the
    # footer repeats it.
    spread = Counter(w for w, _ in {(w, p) for _, _, named, _, p in found for w in named})
    subject = {w for _, _, named, *_ in found[:SUBJECT_LEAD] for w in named} | {
        w for w, n in spread.items() if n >= 3}
    kept = found[:MAX_SENTENCES]
    said = [ws for ws, *_ in kept]
    # Each distinct word hashed once; the spin wording (rarity.encode_all) reuses them.
    vocab = list(set().union(*said))
    crcs = dict(zip(vocab, map(zlib.crc32, map(str.encode, vocab)), strict=True))
    sketch, keys, info = [], [], []
    for n, (ws, content, named, last, _) in enumerate(kept):
        flags = (LAST if last else 0) | (IN_LEAD if n < LEAD else 0)
        if not subject.isdisjoint(named):
            flags |= NAMED
        if n < LEAD or flags & NAMED:
            flags |= OWN
        sketch.append(sorted({crcs[w] & 0xFFFF for w in content}))
        keys.append(zlib.crc32(" ".join(ws).encode()))
        info.append(len(ws) << FLAG_BITS | flags)
    return sketch, keys, info, said, [p for *_, p in kept], prose_words, crcs


def paragraphs_of(tokens: list[str], paras: list[set[str]]) -> list[int]:
    """The paragraph each name or figure stands in, reading forward: each is looked for
    from the paragraph of the one before."""
    out, at = [], 0
    for t in tokens:
        found = next((p for p in range(at, len(paras)) if t in paras[p]), None)
        at = at if found is None else found
        out.append(at)
    return out


@dataclass(slots=True)
class Features:
    id: str
    date: str | None
    lang: str
    n_words: int
    n_paras: int
    entities: list[str]
    quotes: list[str]
    outlets: list[str] = field(default_factory=list)  # what this article calls itself
    credits: list[str] = field(default_factory=list)  # outlets it names as a source
    sentences: list[list[int]] = field(default_factory=list)
    keys: list[int] = field(default_factory=list)  # one per sentence: its exact words
    info: list[int] = field(default_factory=list)  # one per sentence: words << FLAG_BITS | flags
    polish: float = 0.0
    garble: int = 0  # broken characters a re-encoding leaves
    wires: list[str] = field(default_factory=list)  # news agencies it runs the story for
    leak: int = 0  # English function words left in a text in another language
    cut_off: bool = False  # the text stops mid-sentence
    # One per sentence: its words in order, hashed with how long each is (rarity.encode).
    wording: list[list[int]] = field(default_factory=list)
    # German capitalises its nouns, so its names are kept strictly; these are all its
    # capitalised words, the ones another language's text also names being names too.
    loose: list[str] = field(default_factory=list)
    # attributions in the present, in the past, and the interviewer's own (English)
    tense: tuple[int, int, int] = (0, 0, 0)
    # The paragraph each of ``entities`` (and of ``loose``) stands in.
    ent_paras: list[int] = field(default_factory=list)
    loose_paras: list[int] = field(default_factory=list)
    sent_paras: list[int] = field(default_factory=list)  # the paragraph of each sentence
    page: int = 0  # which page of an article split over pages, when the page says
    dateline: str = ""  # the place a wire story opens with, and its mark (provenance.dateline)
    panel: list[str] = field(default_factory=list)  # who answers the questions of a Q&A (folded)

    def to_state(self) -> dict:
        d = {k: getattr(self, k) for k in self.__slots__}
        d["sentences"] = [array("H", s).tobytes().hex() for s in self.sentences]
        d["wording"] = [array("H", s).tobytes().hex() for s in self.wording]
        d["keys"] = array("I", self.keys).tobytes().hex()
        d["info"] = array("I", self.info).tobytes().hex()
        return d

    @classmethod
    def from_state(cls, d: dict) -> Features:
        d = dict(d)
        d["sentences"] = [array("H", bytes.fromhex(h)).tolist() for h in d["sentences"]]
        d["wording"] = [array("H", bytes.fromhex(h)).tolist() for h in d.get("wording", [])]
        d["keys"] = array("I", bytes.fromhex(d["keys"])).tolist()
        d["info"] = array("I", bytes.fromhex(d["info"])).tolist()
        return cls(**d)


def features(article: Article, ex: Extraction | None = None) -> Features:
    return read(article, ex)[0]


def read(article: Article, ex: Extraction | None = None) -> tuple[Features, list[str], list[str]]:
    """The article's features, its words and the words of its prose."""
    text = article.text
    # Paragraphs part where the text has spaces, so their words are the text's words.
    para_texts = PARA.split(text)
    as_written, para_words = zip(*map(written_and_folded, para_texts), strict=True)
    ws = [w for p in para_words for w in p]
    lang = article.language if article.language != "en" else language(ws)
    stop = ES_STOP if lang == "es" else EN_STOP
    written = set().union(*as_written)
    ents = entities(text, lang, written=written)[:MAX_ENTITIES]
    site = outlets(article)
    # The outlet's own name runs through its byline, footer and newsletter box alike.
    names = {e for e in distinctive(ents) if not e[0].isdigit() and e not in site}
    sketch, keys, info, said, where, prose_words, crcs = lines(text, stop, names)
    named = {e for e in ents if not e[0].isdigit()}
    wording = encode_all(said, named, crcs)
    loose = entities(text, lang, strict=False, written=written)[:MAX_ENTITIES] if lang == "de" else []
    paras = [set(p) for p in para_words]
    return Features(
        id=article.id,
        date=article.date or head_date(text),
        lang=lang,
        n_words=len(ws),
        n_paras=len([p for p in para_texts if p.strip()]),
        entities=ents,
        quotes=speech_quotes(article, ex)[:MAX_QUOTES],
        outlets=site,
        credits=source_credits(text),
        sentences=sketch,
        keys=keys,
        info=info,
        polish=polish(text),
        garble=garble(text),
        wires=wires(text),
        leak=english_leak(ws) if lang != "en" else 0,
        cut_off=bool(text.strip()) and text.rstrip()[-1] not in ".!?…\"”’»)]:",
        wording=wording,
        loose=loose,
        ent_paras=paragraphs_of(ents, paras),
        loose_paras=paragraphs_of(loose, paras),
        sent_paras=where,
        page=page_number(text),
        dateline=dateline(text),
        tense=tense(text) if lang == "en" else (0, 0, 0),
        panel=panel(ex),
    ), ws, prose_words
