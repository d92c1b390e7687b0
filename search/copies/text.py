"""Text primitives copy detection shares: folding, words, names and figures, prose."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

_MARKS = re.compile(r"[\u0300-\u036f]")
# Possessive: nothing follows a word to give back letters to, and no state is kept for it.
_WORD = re.compile(r"[^\W_]++(?:['’][^\W_]++)*+")
# Spanish, French, Italian and Portuguese write their months in lower case; they are dates
# all the same.
_MONTH_ALTERNATIVES = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    "diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    "décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro")
_LOWER_MONTHS = frozenset(_MONTH_ALTERNATIVES.split("|"))
_CAP = re.compile(rf"(?<![\w'’])([A-ZÁÉÍÓÚÑÜ][\w+&'’.-]*[\w+]|[A-Z]\+?|\d[\d,.]*\d|\d|(?:{_MONTH_ALTERNATIVES})\b)")
# ``_CAP`` without the months, for a text that holds none. Its first character is matched
# before what stands behind it is looked at: the regex engine then skips to capitals and
# digits instead of trying a lookbehind at every letter.
_CAP_NO_MONTH = re.compile(r"([A-ZÁÉÍÓÚÑÜ\d](?<![\w'’].)(?:(?<=[A-ZÁÉÍÓÚÑÜ])[\w+&'’.-]*[\w+]|(?<=[A-Z])\+?|"
                           r"(?<=\d)[\d,.]*\d|(?<=\d)))")
# A month ``_CAP`` finds is a word of the text, or begins one with an apostrophe after it.
# A pattern that opens with a literal is searched for as a string, so each apostrophe has
# its own; the months behind it are looked for in one lookbehind for each length.
_AFTER_MONTH = "|".join(f"(?<=(?:{'|'.join(ms)}).)"
                        for _, ms in groupby(sorted(_LOWER_MONTHS, key=lambda m: (len(m), m)), key=len))
_MONTH_APOSTROPHES = tuple(re.compile(f"{a}(?:{_AFTER_MONTH})") for a in "'’")
# A full stop, then an optional closing quote and spaces; or line breaks. The first
# character is matched before the stop behind it is looked at: the regex engine then
# skips to the quotes and spaces instead of trying a lookbehind at every letter.
SENT_END = re.compile(r"[\"”’\s](?:(?<=[.!?…][\"”’])\s+|(?<=[.!?…]\s)\s*|(?<=\n)\n*)")
QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^»]{2,}?)»")
# Text just before a sentence's first word: a capital there says nothing about names.
_OPENS = re.compile(r"(?:[.!?…:][\"”’'»)]?\s*[\"“‘'«(]?|\n\s*[\"“'‘«—–-]?\s*|[\"“«—¿¡]\s*)\Z")
PARA = re.compile(r"\n\s*\n|\n(?=[A-Z“\"¿¡«])")


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
# Months that are also words or names elsewhere ("mars", "Marco", "August") count only in
# their own language.
_MONTHS_IN = {lang: _numbered(names) for lang, names in (
    ("fr", "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"),
    ("de", "januar februar marz april mai juni juli august september oktober november dezember"),
    ("it", "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    ("pt", "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro"))}


def fold(text: str) -> str:
    """Lower case without accents and with one kind of apostrophe and quote mark."""
    text = text.lower()
    if text.isascii():
        return text
    # Six replaces run in C over the string; a translate table is looked up per character.
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("«", '"').replace("»", '"')
    if text.isascii():  # only quote marks were not: nothing to decompose
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# What ``fold`` changes besides ASCII letters' case, and no letter or digit among them.
_QUOTE_MARKS = ("’", "“", "”", "«", "»")


def written_and_folded(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` as written, and ``words(text)``. In a text of ASCII and quote
    marks, folding changes no character's kind, so the words stand where they stood and
    are folded one by one; any other text is read twice."""
    written = _WORD.findall(text)
    plain = text
    for mark in _QUOTE_MARKS:
        plain = plain.replace(mark, "")
    if not plain.isascii():
        return written, words(text)
    return written, "\n".join(written).lower().replace("’", "'").split("\n") if written else []


# Small words that one of these languages writes often and the others (English included)
# hardly ever, as folded: accents off.
_OWN_STOP = {lang: _wordset(ws) for lang, ws in (
    ("es", "el los las del y segun pero fue muy tambien este esta sus hasta donde"),
    ("fr", "le des du et est une pour dans sur au aux avec ce cette elle ne pas qui sont nous vous "
           "leur mais ou comme plus ete etre"),
    ("de", "der die das und ist nicht ein eine zu den von mit sich auf fur im dem auch wird wurde "
           "hat sie er ich wir aber oder wie noch nach bei"),
    ("it", "il lo gli della che per non nel sono anche ma alla degli delle questo"),
    ("pt", "do da dos das em um uma nao ao foi tambem sao"))}
# English words that are also small words of those languages.
_SHARED = _wordset("a no me i he on in an was will so die")
_EN_ONLY = EN_STOP - _SHARED


def language(ws: list[str]) -> str:
    """The language whose function words are commonest in ``ws``: for a text the page
    calls English, or a machine translation that left enough English in to pass for it."""
    # Each distinct word looked up once: a text repeats its small words hundreds of times;
    # the words met in both it and a stop list are found by a set intersection in C.
    seen = Counter(ws[:800])
    count = seen.__getitem__
    en = sum(map(count, seen.keys() & _EN_ONLY))
    counts = {lang: sum(map(count, seen.keys() & stop)) for lang, stop in _OWN_STOP.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > en else "en"


def _headline(line: str) -> bool:
    ws = line.split()
    return len(ws) >= 4 and sum(map(str.isupper, map(itemgetter(0), ws))) > 0.6 * len(ws)


def _opens(text: str, at: int) -> bool:
    return at == 0 or _OPENS.search(text[max(0, at - 4):at]) is not None


# German capitalises every noun; its names are the capitalised words that stand beside
# another capitalised word somewhere ("Ben Stiller", then "Stiller") after no article.
_DE_ARTICLES = frozenset("der die das den dem des ein eine einer einem einen eines im am vom zum zur "
                         "beim ins ans aufs dieser diese dieses sein seine ihr ihre".split())


def _german_names(text: str) -> set[str]:
    names = set()
    for line in text.split("\n"):
        for m in re.finditer(r"(?:[A-ZÄÖÜ][\w'’.-]*[\w][ \t]+){1,3}[A-ZÄÖÜ][\w'’.-]*[\w]", line):
            run = m.group(0).split()
            before = line[:m.start()].split()[-1:]
            # After an article the first word is a noun: "des Komponisten Idris Vell".
            if before and before[0].lower() in _DE_ARTICLES or run[0].lower() in _DE_ARTICLES:
                run = run[1:]
            if len(run) >= 2:
                names.update(run)
    return names


def entities(text: str, lang: str = "en", strict: bool = True, written: set[str] | None = None) -> list[str]:
    """Names and numbers in reading order; month names become numbers so languages agree.

    Title-case headlines and capitalised words that the text also uses in lower case
    (sentence openers) are left out: they are not names; in German, so are capitalised
    words that never stand in a run of capitalised words (nouns), unless not ``strict``.
    ``written``: the words of the text as written, when the caller has them.
    """
    lower = set(_WORD.findall(text)) if written is None else written
    german = _german_names(text) if lang == "de" and strict else None
    months = _MONTHS_IN.get(lang, {})
    body = "\n".join("" if _headline(line) else line for line in text.split("\n"))
    month_free = lower.isdisjoint(_LOWER_MONTHS) and not any(p.search(body) for p in _MONTH_APOSTROPHES)
    found = [(m.group(1), m.start()) for m in (_CAP_NO_MONTH if month_free else _CAP).finditer(body)]
    # What each word stands for, decided once a word: always, or (a name) only if it also
    # stands somewhere that opens no sentence.
    said: dict[str, tuple[bool, list[str]]] = {}
    mid_sentence = set()
    # Whether a word opens a sentence depends only on the few characters before it.
    opens: dict[str, bool] = {}
    for word, at in found:
        kind = said.get(word)
        if kind is None:
            kind = said[word] = _entity(word, lower, months, german, lang == "de" and not strict)
        if not kind[0] and word not in mid_sentence:
            before = body[max(0, at - 4):at]
            opener = opens.get(before)
            if opener is None:
                opener = opens[before] = _opens(body, at)
            if not opener:
                mid_sentence.add(word)
    return [tok for word, _ in found for tok in said[word][1] if said[word][0] or word in mid_sentence]


def _entity(word: str, lower: set[str], months: dict[str, int], german: set[str] | None,
            compounds: bool) -> tuple[bool, list[str]]:
    """What ``word`` stands for in ``entities``, and whether it does wherever it stands."""
    tok = fold(word).strip(".'-").replace("'s", "")
    if tok in _MONTHS or tok in _MESES or tok in months:
        return True, [f"m{_MONTHS.get(tok) or _MESES.get(tok) or months[tok]}"]
    if word[0].isdigit():
        # 3,950 and 3.950, 61.3 and 61,3: separators differ by language, digits do not.
        return True, [tok.replace(".", "").replace(",", "")]
    if tok and tok not in _NOT_NAMES and word.lower() not in lower and (german is None or word in german):
        # "Apple-TV+-Serie": the names a German compound is built on
        return False, [p for p in tok.split("-") if p] if compounds and "-" in tok else [tok]
    return True, []


def distinctive(entities: list[str]) -> set[str]:
    """Names and figures that say which story this is; months, years and small numbers
    are in every other article and would only crowd the LSH buckets."""
    return {e for e in entities
            if not (e[0] == "m" and e[1:].isdigit() or e.isdigit() and (len(e) == 1 or len(e) == 4))}

def utterance(text: str) -> bool:
    """Quoted words that read as something said, not a title or a scare-quoted term."""
    n = len(text.split())
    return n >= 6 or n >= 3 and bool(re.search(r"[,?!;]\s|[.?!…]$", text.strip()))


@lru_cache(maxsize=4)  # an article's sentences and its attributions both read its prose
def prose(text: str) -> str:
    """The text with quoted speech cut out: another outlet's write-up of the same interview
    repeats the quotes, only a copy repeats the prose around them."""
    return QUOTE.sub(lambda m: " " if len(m.group(0).split()) >= 4 else m.group(0), text)


def shingles(ws: list[str], k: int = 3) -> set[str]:
    if k == 3 and len(ws) >= 3:  # the common case, without a slice per word, joined in C
        return set(map(" ".join, zip(ws, ws[1:], ws[2:], strict=False)))
    return {" ".join(ws[i:i + k]) for i in range(max(1, len(ws) - k + 1))}


def terms(ws: list[str]) -> set[str]:
    """Content words: spins keep most of them even when no three in a row survive."""
    return {w for w in set(ws) if len(w) > 3 and w not in EN_STOP and w not in ES_STOP}
