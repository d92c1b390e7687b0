"""What copy detection remembers about one article: compact, serialisable evidence.

Spins swap words, translations swap every word, so besides word shingles an article
keeps the things a rewrite leaves alone: names and numbers in order, quoted speech,
which outlet it is and which outlets it credits.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from dataclasses import dataclass, field

from search.model import SCARE, Article, Extraction

# Caps that keep judging one pair in the milliseconds even for a book-length file;
# a real article stays far below them.
MAX_QUOTES, MAX_ENTITIES, MAX_SENTENCES = 150, 400, 300
_MARKS = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Spanish writes its months in lower case; they are dates all the same.
_CAP = re.compile(r"(?<![\w'’])([A-ZÁÉÍÓÚÑÜ][\w+&'’.-]*[\w+]|[A-Z]\+?|\d[\d,.]*\d|\d|"
                  r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                  r"diciembre)\b)")
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’]?\s+|\n+")
_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^»]{2,}?)»")
# Text just before a sentence's first word: a capital there says nothing about names.
_OPENS = re.compile(r"(?:[.!?…:][\"”’'»)]?\s*[\"“‘'«(]?|\n\s*[\"“'‘«—–-]?\s*|[\"“«—]\s*)\Z")
_PARA = re.compile(r"\n\s*\n|\n(?=[A-Z“\"¿¡«])")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _numbered(words: str) -> dict[str, int]:
    return {w: i + 1 for i, w in enumerate(words.split())}


EN_STOP = _wordset(
    "a about after all also an and any are as at be been before being but by can could did do does "
    "for from had has have he her here him his how i if in into is it its just like many may me more "
    "most much my no not now of on one only or other our out over said says she so some such than "
    "that the their them then there these they this those through to too up us very was we were "
    "what when where which while who will with would you your")
ES_STOP = _wordset(
    "a al como con de del donde el ella ellos en entre era es esta este esto fue ha han hasta la las "
    "le les lo los mas más me mi muy no nos o para pero por que qué se según ser si sin sobre su sus "
    "también te un una uno unos y ya")
# Capitalised words that begin sentences or are weekdays and months: not names.
_NOT_NAMES = _wordset(
    "a an and as at but by for from he her his i if in it its my no not of on or our she so that the "
    "their then there these they this those to we what when where which while who with you your "
    "after before also although asked because during however meanwhile still though yet "
    "el la los las un una y en de del por para con pero según su sus este esta ese esa "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december lunes martes miércoles jueves viernes sábado "
    "domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "season temporada episode episodio volume")
_MONTHS = _numbered("january february march april may june july august september october november december")
_MESES = _numbered("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre")
# Phrases with which an article credits the outlet it took the story from.
_CREDIT_CUE = re.compile(
    r"\b(?:via|told|to|per|from|according to|(?:first )?reported by|(?:originally|first) (?:appeared|"
    r"published|ran) (?:on|in|at)|republished with permission of|(?:interview|spoke|speaking|"
    r"conversation|chat|sat down|caught up|got on the phone|chatted|talked|spoken) (?:with|to)|"
    r"(?:said|told|revealed|explained) to|source:|h/t|hat tip(?: to)?|"
    r"según|vía|fuente:|informó|declaró a|dijo a|contó a|en declaraciones (?:a|para)|"
    r"en (?:una )?(?:entrevista|conversación|charla) con|a través de|de acuerdo con|"
    r"as reported by|reportado por|publicado (?:originalmente )?en)\s+"
    r"(?:(?:the|el|la)\s+)?")
# ... and the outlet named before the verb: "Deadline reports", "Variety informó".
_CREDIT_BEFORE = re.compile(
    r"((?:[A-Z][\w+&-]*(?:\.[a-z]{2,4}\b)?)(?:[ \t]+[A-Z][\w+&-]*){0,2})[ \t]+(?:(?:first )?reported|"
    r"reports|has learned|was first to report|informó|informa|publicó|adelantó)\b")
# "Image via Netflix" credits a picture, not a story.
_PICTURE = re.compile(r"(?:image|images|photo|photos|photograph|picture|video|gif|credit)\s*\Z")
_LABEL = re.compile(r"^([A-Z][a-z][\w+&]*(?: [A-Z][\w+&]*)?): ", re.MULTILINE)
_CREDITED = re.compile(r"(?:[A-Z][\w+&-]*(?:\.[a-z]{2,4}\b)?|\d+)(?:[ \t]+(?:[A-Z][\w+&-]*|&))*")
_BYLINE = re.compile(r"^(?:by|por)\s+[^|\n]{2,80}?(?:\s*[|·,—–-]\s*([A-Z][^|\n·]{1,40}))?\s*$",
                     re.IGNORECASE | re.MULTILINE)


def fold(text: str) -> str:
    """Lower case without accents and with one kind of apostrophe and quote mark."""
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'}))
    text = text.lower()
    if text.isascii():
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def language(ws: list[str]) -> str:
    """``en`` or ``es`` by which language's function words are commoner in ``ws``."""
    ws = ws[:800]
    en = sum(w in EN_STOP for w in ws)
    es = sum(w in ES_STOP for w in ws) - sum(w in ("a", "no") for w in ws)
    return "es" if es > en else "en"


def outlet_key(name: str) -> str:
    """``Backlot Wire``, ``backlotwire.example`` and ``BacklotWire`` all become ``backlotwire``."""
    name = fold(name).strip()
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name)
    if "." in name and " " not in name:
        name = name.split(".")[0]
    return re.sub(r"[^a-z0-9+]", "", name)


def _headline(line: str) -> bool:
    ws = line.split()
    return len(ws) >= 4 and sum(w[:1].isupper() for w in ws) > 0.6 * len(ws)


def _opens(text: str, at: int) -> bool:
    return at == 0 or _OPENS.search(text[max(0, at - 4):at]) is not None


def entities(text: str) -> list[str]:
    """Names and numbers in reading order; month names become numbers so languages agree.

    Title-case headlines and capitalised words that the text also uses in lower case
    (sentence openers) are left out: they are not names.
    """
    lower = set(_WORD.findall(text))
    body = "\n".join("" if _headline(line) else line for line in text.split("\n"))
    found = [(m, _opens(body, m.start())) for m in _CAP.finditer(body)]
    mid_sentence = {m.group(1) for m, opener in found if not opener}
    out = []
    for m, opener in found:
        word = m.group(1)
        tok = fold(word).strip(".'-").replace("'s", "")
        if tok in _MONTHS or tok in _MESES:
            out.append(f"m{_MONTHS.get(tok) or _MESES[tok]}")
        elif word[0].isdigit():
            # 3,950 and 3.950, 61.3 and 61,3: separators differ by language, digits do not.
            out.append(re.sub(r"[.,]", "", tok))
        elif tok and tok not in _NOT_NAMES and word.lower() not in lower and (
                not opener or word in mid_sentence):
            out.append(tok)
    return out


def distinctive(entities: list[str]) -> set[str]:
    """Names and figures that say which story this is; months, years and small numbers
    are in every other article and would only crowd the LSH buckets."""
    return {e for e in entities
            if not (e[0] == "m" and e[1:].isdigit() or e.isdigit() and (len(e) == 1 or len(e) == 4))}


def _utterance(text: str) -> bool:
    """Quoted words that read as something said, not a title or a scare-quoted term."""
    n = len(text.split())
    return n >= 6 or n >= 3 and bool(re.search(r"[,?!;]\s|[.?!…]$", text.strip()))


def speech_quotes(article: Article, ex: Extraction | None) -> list[str]:
    """The quoted words that drift is checked on: what people (or characters) said.

    Scare quotes and titles are never drift, so the extractor's kinds are trusted; with no
    extraction at all, a quoted span that reads as an utterance stands in.
    """
    if ex is not None:
        return [q.text for q in ex.quotes if q.kind != SCARE]
    return [t for m in _QUOTE.finditer(article.text)
            if _utterance(t := next(g for g in m.groups() if g is not None))]


def prose(text: str) -> str:
    """The text with quoted speech cut out: another outlet's write-up of the same interview
    repeats the quotes, only a copy repeats the prose around them."""
    return _QUOTE.sub(lambda m: " " if len(m.group(0).split()) >= 4 else m.group(0), text)


def sentence_sketch(text: str, lang_stop: frozenset[str]) -> list[list[int]]:
    """Each prose sentence as the 16-bit hashes of its content words (enough to align rewrites)."""
    out = []
    for sent in _SENT_END.split(prose(text)):
        ws = {w for w in words(sent) if w not in lang_stop and len(w) > 2}
        if len(ws) >= 3:
            out.append(sorted({zlib.crc32(w.encode()) & 0xFFFF for w in ws}))
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
    polish: float = 0.0

    def to_state(self) -> dict:
        d = {k: getattr(self, k) for k in self.__slots__}
        d["sentences"] = [array("H", s).tobytes().hex() for s in self.sentences]
        return d

    @classmethod
    def from_state(cls, d: dict) -> Features:
        d = dict(d)
        d["sentences"] = [array("H", bytes.fromhex(h)).tolist() for h in d["sentences"]]
        return cls(**d)


def _outlets(article: Article) -> list[str]:
    names = []
    if article.url:
        host = re.sub(r"^[a-z]+://", "", article.url.lower()).split("/")[0].split(":")[0]
        labels = [p for p in host.split(".") if p not in ("www", "m", "amp")]
        names += labels[:-1] or labels  # tv.variety.com is Variety; the TLD names nobody
    tail = re.search(r"\s[|–—-]\s+([A-Z][\w+&' ]{1,30})$", article.title or "")
    if tail and len(tail.group(1).split()) <= 3:
        names.append(outlet_key(tail.group(1)))
    head = "\n".join(article.text.split("\n")[:6])
    for m in _BYLINE.finditer(head):
        if m.group(1):
            names.append(outlet_key(m.group(1)))
    if article.author:
        for part in re.split(r"[|·,—–]", article.author)[1:]:
            names.append(outlet_key(part))
    return sorted({n for n in names if len(n) >= 3})


def _credits(text: str) -> list[str]:
    out = set()
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer: offsets would drift
        low = text
    for cue in _CREDIT_CUE.finditer(low):
        m = _CREDITED.match(text, cue.end())
        if not m or _PICTURE.search(low, max(0, cue.start() - 12), cue.start()):
            continue
        key = outlet_key(m.group(0).removesuffix("'s").removesuffix("’s"))
        if len(key) >= 3:
            out.add(key)
            # "told Collider's Steve" names the outlet as its first word too
            out.add(outlet_key(m.group(0).split()[0]))
    # A transcript that keeps the outlet's own interviewer label ("Collider: What did ...").
    for m in _LABEL.finditer(text):
        out.add(outlet_key(m.group(1)))
    for m in _CREDIT_BEFORE.finditer(text):
        name = m.group(1).split()
        while name and name[0] in ("As", "The", "El", "La", "Como"):
            name = name[1:]
        key = outlet_key(" ".join(name))
        if len(key) >= 3:
            out.add(key)
    return sorted(out)


def _polish(text: str) -> float:
    """Signs of a first-hand article that a scraped or spun copy tends to lose."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    glued = text.count("\n") - 2 * text.count("\n\n")  # paragraphs run together on one newline
    score = 0.0
    score += 0.5 * min(text.count("—") + text.count("–"), 6) / 6
    score += 0.5 * min(len(re.findall(r"\b[A-Z][\w'’]+ \([A-Z][\w .'’-]+\)", text)), 6) / 6
    score -= 0.5 * (glued > 0) * (len(paras) <= 3)
    bait = re.findall(r"let us know|in the comments|get ready|stay tuned|don'?t forget to|"
                      r"what do you think|sound off|click here|smash that", fold(text))
    score -= 0.5 * min(len(bait), 2)
    return score


def features(article: Article, ex: Extraction | None = None, ws: list[str] | None = None) -> Features:
    text = article.text
    ws = words(text) if ws is None else ws
    lang = article.language if article.language != "en" else language(ws)
    stop = ES_STOP if lang == "es" else EN_STOP
    return Features(
        id=article.id,
        date=article.date,
        lang=lang,
        n_words=len(ws),
        n_paras=len([p for p in _PARA.split(text) if p.strip()]),
        entities=entities(text)[:MAX_ENTITIES],
        quotes=speech_quotes(article, ex)[:MAX_QUOTES],
        outlets=_outlets(article),
        credits=_credits(text),
        sentences=sentence_sketch(text, stop)[:MAX_SENTENCES],
        polish=_polish(text),
    )


def shingles(ws: list[str], k: int = 3) -> set[str]:
    return {" ".join(ws[i:i + k]) for i in range(max(1, len(ws) - k + 1))}


def terms(ws: list[str]) -> set[str]:
    """Content words: spins keep most of them even when no three in a row survive."""
    return {w for w in ws if len(w) > 3 and w not in EN_STOP and w not in ES_STOP}
