"""Who said a quoted span, and what kind of quote it is: a precision-first sieve.

Rules run from the most to the least reliable — an explicit frame around the span,
then continuation of the previous speaker, then a lead-in sentence — and a span no
rule is sure about is left unattributed: a wrong name is worse than none.  All text
matching runs on a *masked* copy of the article in which every quotation is blanked
out, so words inside quotes never look like frames or antecedents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.extract.names import literal_hits, word_char
from search.extract.quotes.names import _NOT_FIRST, NAME, Names
from search.model import IN_SHOW, SCARE, SPEECH

_REGULAR = """explain add recall remember joke tweet post continue note quip admit insist declare reveal
    describe call tease hint share state claim argue confirm laugh recount observe suggest
    acknowledge concede promise warn stress emphasize emphasise offer reply respond answer ask
    wonder muse whisper shout scream shriek yell cry sigh deadpan gush rave boast confess counter
    reflect predict reason elaborate finish conclude announce text caption thank praise dub snap
    mutter plead beg blurt exclaim remind vow reiterate clarify maintain express mention highlight
    disclose opine remark convey indicate comment divulge detail pen assure explain recollect
    reminisce chuckle grin smile shrug scoff sneer retort interject propose affirm assert admit
    confide urge lament marvel enthuse caution dish slam blast cite""".split()
_IRREGULAR = [
    "said", "says", "saying", "say", "told", "tells", "telling", "tell",
    "wrote", "writes", "writing", "written",
    "spoke", "speaks", "speaking", "went on", "goes on", "going on", "put it", "puts it",
    "summed up", "sums up", "pointed out", "points out", "opened up", "opens up", "chimed in", "chimes in",
    "fired back", "fires back", "hit back", "hits back", "shot back", "shoots back", "clapped back",
    "claps back", "weighed in", "weighs in", "piped up", "pipes up",
]


def _inflect(base: str) -> list[str]:
    """``quip`` → quip, quips, quipped, quipping: the forms a frame uses."""
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    third = base + ("es" if base.endswith(("sh", "ch", "s", "x")) else "s")
    before = base[-3:-2]
    # one short vowel between consonants doubles the last one: snapped, admitted, quipped
    double = (len(base) <= 5 and base[-1] in "bdgmnpt" and base[-2] in "aeiou"
              and (before not in "aeiou" or base[-4:-2] == "qu"))
    stem = base + base[-1] if double else base
    return [base, third, stem + "ed", stem + "ing"]


# bare base forms are nouns too often ("a note", "the post", "his answer") to count as frames
_VERB_FORMS = sorted(
    {f for b in _REGULAR for f in _inflect(b)[1:]} | set(_IRREGULAR) | {"explain", "add", "ask"},
    key=len, reverse=True,
)
_VERBS_EN = "|".join(re.escape(f) for f in _VERB_FORMS)
_VERBS_ES = (
    r"dijo|dice|afirmó|afirma|contó|cuenta|explicó|explica|aseguró|asegura|añadió|añade|agregó|agrega|señaló|"
    r"señala|adelantó|comentó|comenta|confesó|reconoció|declaró|indicó|sostuvo|resumió|bromeó|apuntó|destacó|"
    r"relató|recordó|insistió|admitió|subrayó|expresó|manifestó|advirtió|concluyó|respondió|escribió|publicó|"
    r"tuiteó|confirmó|reveló|precisó|prosiguió|continuó|detalló|aclaró|opinó|valoró|lamentó|celebró|"
    r"agradeció|"
    r"sentenció|zanjó|ironizó|reflexionó|matizó|remarcó|puntualizó|lanzó|contestó|narró|defendió|compartió|"
    r"bromea|confiesa|reconoce|asegura|recuerda|advierte|admite|insiste|sostiene|subraya|resume|"
    # Spain's perfect tense: "ha dicho", "ha asegurado"
    r"dicho|afirmado|asegurado|explicado|contado|añadido|reconocido|confesado|declarado|indicado|comentado|"
    r"apuntado|subrayado|destacado|manifestado|expresado|recordado|admitido|señalado|escrito|publicado|"
    r"respondido|insistido|bromeado|adelantado|revelado|confirmado|agregado|precisado|aclarado"
)
VERB = rf"(?:{_VERBS_EN}|{_VERBS_ES})"
_VERB_RE = re.compile(rf"\b(?:{VERB})\b")
_ONSCREEN = re.compile(r"\b(?:(?:le |les )?(?:grita|gritaba|susurra|suplica|ruega|responde)|"
                       r"screams|screaming|shrieks|shrieking|yells|yelling|cries|crying|snaps|mutters|"
                       r"muttering|whispers|whispering|growls|pleads|pleading|begs|begging|hisses|sobs|barks|"
                       r"(?:tells|telling|asks|asking) (?:him|her|them|his \w+|her \w+|their \w+|"
                       r"[A-Z]\w+(?=,)))\b")
_LINE_NOUN = (r"(?:line|lines|last words|words|cry|wail|scream|plea|catchphrase|quip|retort|monologue|"
              r"farewell)")
_AUX = (r"(?:has|have|had|was|is|also|later|then|once|previously|recently|reportedly|publicly|would|will|"
        r"quickly|simply|flatly|proudly|jokingly|finally|first|further|even|since|never|quietly|"
        r"ha|había|también|luego|later|earlier|once|memorably|famously|candidly|bluntly|happily)")
_PRONOUN = r"(?:he|she|they|He|She|They|él|ella|ellos|ellas|Él|Ella)"
_DESCRIPTOR = re.compile(
    r"\b(?:the|The|el|El|la|La)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:actor|actress|actriz|star|director|directora|showrunner|"
    r"creator|creadora|creador|filmmaker|writer|singer|comedian|host|producer|author|novelist|cineasta|"
    r"intérprete|protagonista|guionista|veteran|newcomer|rapper|musician|\d+-year-old|actors|stars|winner|"
    r"nominee|alum|alumna|icon|legend|performer|playwright|screenwriter|co-?star|co-?creator|hitmaker|"
    r"ganadora?|nominada?|cantante)\s*$"
)
_WRITTEN_VERBS = (r"(?:read|reads|said|says|stated|states|continued|continues|added|adds|went on|concluded|"
                  r"decía|dice|dijo)")
_SUBORDINATE = re.compile(r"\s*(?:When|As|After|While|Before|Once|If|Although|Though|Since|Until|Because|"
                          r"Asked|Speaking|Pressed|Reached|Questioned|Preguntad[oa]|Consultad[oa]|"
                          r"Cuando|Mientras|Aunque|Después de que|Antes de que|Si)\b")
_WRITINGS = r"(?:statement|post|tweet|caption|message|letter|note)"
_CLAUSE_WORD = re.compile(r"\b(?:whether|if|that|when|how|why|what|si|que)\s+$")
_ACTING_WORD = re.compile(r"\b(?:actor|actress|actriz|star|co-?star|intérprete|protagonista)\b", re.I)
# a sentence whose subject is a description of someone ("The star continued", "The 41-year-old said")
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Still|Yet|So|Now|Pero|Y)\s+)?(?:[Tt]he|[Ee]l|[Ll]a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:actor|actress|actriz|star|director|directora|showrunner|"
    r"creator|creadora|creador|filmmaker|singer|comedian|host|producer|\d+-year-old)\s+"
    r"(?!who\b|que\b)(?:[a-zà-ÿ]\w*(?:s|ed|ó)|\w+n['’]t|was|is|has|had|also|then|later|también|además|luego)"
    r"(?!\w)")
# someone described only by their tie to another person: "Her brother jumped in", "His rep told Variety"
RELATIONAL = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ss]u|[Mm]i)\s+(?:[\w-]+\s+)?(?:brother|sister|"
    r"mother|father|son|daughter|wife|"
    r"husband|partner|boyfriend|girlfriend|fiancée?|co-?star|castmate|colleague|friend|manager|agent|rep|"
    r"representative|publicist|spokesperson|lawyer|attorney|director|producer|hermano|hermana|madre|padre|"
    r"hijo|hija|esposa|esposo|pareja|compañer[oa])\b(?!,?\s+[A-ZÀ-Þ])")  # "Her co-star Jonah Pike" is named
_ANONYMOUS = re.compile(
    r"\b(?:one|a|an|another|two|several|some|un|una)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:executive|source|sources|insider|insiders|spokesperson|spokesman|spokeswoman|representative|rep|"
    r"publicist|observer|analyst|critic|critics|"
    r"person|people|official|officials|fan|fans|viewer|viewers|user|users|commenter|commenters|exec|"
    r"follower|followers|reader|readers|staffer|member|members|colleague|friend|"
    r"neighbou?r|witness|attendee|employee|fuente|fuentes|portavoz|ejecutivo|ejecutiva|allegado)\b"
    r"|\b(?:sources|insiders|fuentes)\b",
    re.I,
)
_ANON_NOUNS = (r"(?:executive|exec|source|sources|insider|insiders|spokesperson|spokesman|spokeswoman|"
               r"representative|rep|publicist|observer|analyst|critic|critics|person|people|"
               r"official|officials|"
               r"fan|fans|viewer|viewers|user|users|commenter|commenters|follower|followers|staffer|member|"
               r"members|colleague|friend|neighbou?r|witness|attendee|employee|reader|readers|"
               r"fuente|fuentes|portavoz|ejecutivo|ejecutiva|allegado|seguidor|seguidora|usuario|usuaria)")
# "one fan", "a rival studio executive", "another user" — someone the article does not name
_SOMEONE = (rf"(?:[Oo]ne|[Aa]n?|[Aa]nother|[Uu]n|[Uu]na|[Oo]tro|[Oo]tra)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"{_ANON_NOUNS}\b")
# lower-case role words in front of a name: "showrunner Helena Marsh said", "co-star Dev Rao wrote"
_ROLE_WORDS = (r"(?:(?!(?:while|and|but|as|when|because|though|although|whereas|so|or|if|after|before|since|"
               r"until|where|whom|who|which|that|then|y|pero|mientras|cuando)\b)"
               r"(?:[a-z][\w-]*|[A-Z][\w+-]*['’]s)\s+){1,3}?(?!I\b)")
_ACCOUNT = re.compile(r"\baccount\b|\bcuenta\b")
_SCARE_BEFORE = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|titled|entitled|tagline|slogan|stage direction|"
    r"reads|the word|the words|the phrase|the term|known as|billed as|llamad[oa]|titulad[oa]|"
    r"(?<=, )described as|(?<=, )descrit[oa] como|"
    r"denominad[oa]|la palabra|el lema)\b[^.!?]{0,25}$",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:episode|episodio|film|movie|series|season|finale|premiere|novel|book|album|song|single|track|"
    r"play|musical|show|title|título|debut|comedy|drama|horror|documentary|thriller|feature|special|"
    r"podcast|segment|chapter|sequel|spinoff|spin-off|titled|called|named|película|serie|libro)[,:]?\s*$",
    re.I,
)
_SMALL = frozenset("a an the of and or in on at to for with by from but nor as is it de la el y en".split())
_SENT_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘«¿¡(A-ZÀ-Þ0-9x])")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|No|Mt|Lt|Sgt|Capt|Prof|Rev|Gen|Col|Vol|Ep))$")


def _ends(masked: str, lo: int, hi: int):
    """Sentence ends in ``masked[lo:hi]``, not fooled by ``Dr.`` or an initial."""
    for m in _SENT_END.finditer(masked, lo, hi):
        if masked[m.start()] == "." and _ABBREV.search(masked, max(lo, m.start() - 5), m.start()):
            continue
        yield m


# verbs that report words, as opposed to labelling ("called it", "described as")
SAYING = re.compile(r"(?:said|says|saying|told|tells|telling|wrote|writes|writing|added|adds|adding|stated|"
                    r"states|explained|explains|announced|posted|tweeted|shared|replied|responded|insisted|"
                    r"continued|"
                    r"dijo|afirmó|aseguró|explicó|contó|añadió|señaló|declaró|escribió)")
# a name in subject position: followed by its verb ("Okoye laughed", "Okoye, who …,")
_ACTING = re.compile(r"(?:\s+(?!who\b|whose\b|which\b|and\b|or\b|as\b)(?:[a-z]\w*(?:s|ed)|was|is|has|had|did|"
                     r"does|kept|took|made|gave|went|spoke|told|said|wrote|felt|got|would|could|"
                     r"will|can|should|"
                     r"might|must|may|wouldn['’]t|won['’]t|can['’]t|couldn['’]t|didn['’]t|"
                     r"doesn['’]t|isn['’]t|"
                     r"wasn['’]t|hasn['’]t|hadn['’]t|refused|declined)\b|,\s+(?:who|whose)\b)")
_NOT_A_FRAME = re.compile(r"(?:\b(?:been|be|being|is|was|are|were)\s+(?:\w+ly\s+)?|"
                          r"(?:^|\b(?:When|when|If|if|Once|once|After|after|Before|before|While|while)\s+))$")
# handles speak for themselves: "@moonrakersroom", Reddit's "u/lighthousekeeper99"
_NAME_RUN = re.compile(rf"@\w+|\bu/[\w-]+|{NAME}")


_TITLED: dict[tuple[str, str], bool] = {}


@dataclass(slots=True)
class Mention:
    kind: str  # "person", "character", "pronoun", "descriptor", "anonymous", "unknown", "self"
    name: str | None = None  # full person name or cast character
    actor: str | None = None
    written: str = ""
    at: int = -1  # where a pronoun is written: its antecedent comes before it


@dataclass(slots=True)
class Verdict:
    kind: str
    speaker: str | None = None
    actor: str | None = None
    how: str = ""  # which rule decided, for tests and debugging

    @property
    def attributed(self) -> bool:
        return self.kind != SCARE


def mask(text: str, spans) -> str:
    """The text with every quotation (marks included) blanked to ``x``, keeping offsets."""
    chars = list(text)
    for s in spans:
        lo, hi = s.start - 1, min(len(text), s.end + 1)
        for i in range(max(lo, 0), hi):
            if not chars[i].isspace():
                chars[i] = "x"
        # “… nights.” The statement continued — the quotation ended its sentence; keep that visible
        if s.closed and s.end < len(text) and text[s.start:s.end].rstrip()[-1:] in (".", "!", "?", "…"):
            chars[s.end] = "."
    return "".join(chars)


def sentence_bounds(masked: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The sentence of ``masked[lo:hi]`` (one paragraph) that contains ``pos``."""
    start = lo
    for m in _ends(masked, lo, hi):
        if m.end() <= pos:
            start = m.end()
        else:
            return start, m.start() + 1
    return start, hi


def sentences(masked: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for m in _ends(masked, lo, hi):
        out.append((start, m.start() + 1))
        start = m.end()
    if start < hi:
        out.append((start, hi))
    return out


_ARTICLES = ("The", "El", "La", "Los", "Las")


def _article_before(text: str, i: int) -> bool:
    """``The``/``El``/... as a whole word, then white space, right before ``i``."""
    j = i
    while j and text[j - 1].isspace():
        j -= 1
    if j == i:
        return False
    for art in _ARTICLES:
        k = j - len(art)
        if k >= 0 and text.startswith(art, k) and (k == 0 or not word_char(text[k - 1])):
            return True
    return False


def _ends_name(text: str, end: int) -> bool:
    """A name ends at ``end``: a word boundary, no hyphen or apostrophe, no lower-case word next."""
    nxt = text[end] if end < len(text) else ""
    if word_char(text[end - 1]) == (nxt != "" and word_char(nxt)):
        return False
    if nxt and nxt in "-–'’":
        return False
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    return not (k > end and k < len(text) and ("a" <= text[k] <= "z" or "à" <= text[k] <= "ÿ"))


def is_title_like(q: str) -> bool:
    """``Low Tide at the Edge of Everything`` or ``THE TREES LEAN IN``: a title or a script line."""
    words = re.findall(r"[\w’'-]+", q)
    letters = [c for c in q if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    big = [w for w in words if w.lower() not in _SMALL]
    if len(big) < 2 or re.search(r"[!?]|, \w|\. \w", q.strip().rstrip(".,")):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in big)


class Attributor:
    """Holds one article's masked text and names; decides one span at a time."""

    def __init__(self, text: str, masked: str, names: Names):
        self.text = text
        self.masked = masked
        self.names = names
        self.last_speaker: Mention | None = None
        self.here = len(text)  # where the name being resolved is written
        self.gap = 0  # words between the last frame verb found and its quote
        self.verb = ""


    # -- names -------------------------------------------------------------------------------
    def mention(self, written: str) -> Mention:
        written = written.strip()
        w = written.split()
        if not w:
            return Mention("unknown")
        low = written.lower()
        if re.fullmatch(_PRONOUN, written):
            return Mention("pronoun", written=written)
        if low in ("i", "we", "yo"):
            return Mention("self", written=written)
        if written.startswith(("@", "u/")):
            return Mention("person", written, written=written)
        if written.split()[0] in _NOT_FIRST:
            return Mention("unknown")
        shared = self.shared_surname(written)
        if shared:
            return Mention("person", shared, written=written)
        listed = self.names.listed(written)
        if listed and not self.titled(listed):
            return Mention("person", listed, written=written)
        cast = self.names.character(written)
        if cast:
            return Mention("character", cast.character, cast.actor, written)
        person = self.names.person(written) or self.nearest_full(written)
        if person and not self.titled(person):
            return Mention("person", person, written=written)
        return Mention("unknown", written=written)

    def titled(self, name: str) -> bool:
        """``The Daily Courant``, ``El Heraldo Nacional``: a name the article writes with an article in
        front is a publication or a company, never a speaker."""
        if " " not in name:
            return False
        key = (self.text, name)
        if key not in _TITLED:
            if len(_TITLED) > 4096:
                _TITLED.clear()
            # "in The Daily Courant," — but not "the Ava Marsh film" or "the Ava Marsh-produced series"
            _TITLED[key] = any(_article_before(self.text, i) and _ends_name(self.text, i + len(name))
                               for i in literal_hits(self.text, name))
        return _TITLED[key]

    def shared_surname(self, written: str) -> str | None:
        """``Pell`` with Augustin and Rosalind Pell in the article.  Style guides keep the bare surname
        for the person the story is about and call a relative by first name, so it is the person named
        first — unless another one was named in full in this paragraph or the one before."""
        bare = re.sub(r"['’]s?$", "", written)
        if " " in bare or not bare[:1].isupper():
            return None
        pool = {p for p in set(self.names.people) | set(self.names.full)
                if len(p.split()) >= 2 and p.split()[-1] == bare}
        # "Creator Bram Okonjo-Tate" and "Bram Okonjo-Tate" are one person
        pool = {p for p in pool if not any(q != p and p.endswith(" " + q) for q in pool)}
        if len({p.split()[-2] for p in pool}) < 2:
            return None
        last = self.last_speaker
        if last is not None and last.name in pool:
            return last.name  # "Duffer also shared…" right after Matt Duffer's quote: still Matt
        near = self.nearest_full(bare)
        if near is not None:
            at = self.masked.rfind(near, 0, self.here)
            if at >= 0 and self.text.count("\n\n", at, self.here) <= 1:
                return near
        first = {p: self.masked.find(p) for p in pool}
        first = {p: i for p, i in first.items() if 0 <= i < self.here}
        return min(first, key=first.get) if first else None

    def nearest_full(self, written: str) -> str | None:
        """``Duffer`` right after ``Ross Duffer explained…`` is Ross, though Matt is in the article too."""
        if " " in written.strip():
            return None
        pool = set(self.names.people) | set(self.names.full)
        pool = {p for p in pool if written in (p.split()[0], p.split()[-1])}
        if len(pool) < 2:
            return None
        lo = max(0, self.here - 1500)
        best, at = None, -1
        for p in pool:
            i = self.masked.rfind(p, lo, self.here)
            if i > at:
                best, at = p, i
        return best

    def mentions_in(self, lo: int, hi: int, subjects: bool = False) -> list[Mention]:
        return [men for men, _, _ in self.placed_mentions(lo, hi, subjects)]

    def placed_mentions(self, lo: int, hi: int, subjects: bool = False) -> list[tuple[Mention, int, int]]:
        out = []
        for m in _NAME_RUN.finditer(self.masked, lo, hi):
            run = m.group()
            possessive = run.endswith(("’s", "'s", "’", "'")) or self.masked[m.end():m.end() + 1] in "'’"
            if subjects and possessive:
                continue
            toks = run.split()
            self.here = m.start()
            # "Speaking to the Reel Ledger" / "In Season 2" — try the run, then its tail
            for k in range(len(toks)):
                men = self.mention(" ".join(toks[k:]))
                if men.kind in ("person", "character"):
                    out.append((men, m.start(), m.end()))
                    break
        return out

    def described(self, men: Mention, block: tuple[int, int], pos: int) -> Mention | None:
        """Who "the actress" / "the director" is: an actor named lately for an acting word, else the
        person the paragraph's previous sentence is about ("Ashdown sounded relieved. “…,” the director
        said")."""
        if _ACTING_WORD.search(men.written):
            # never a name in the descriptor's own sentence ("The actress, who plays Greta Lind, …")
            pos = sentence_bounds(self.masked, block[0], block[1], pos)[0]
            lo = max(0, pos - 1500)
            seen: list[tuple[Mention, bool]] = []
            intro: dict[str, set[str]] = {}
            # introductions come early; scanning the opening and the last stretch keeps long texts linear
            head = min(lo, 3000)
            runs = [*_NAME_RUN.finditer(self.masked, 0, head), *_NAME_RUN.finditer(self.masked, lo, pos)]
            for m in runs:
                self.here = m.start()
                found = self.mention(m.group())
                if found.kind != "person" or not found.name:
                    continue
                # an actor in the cast, or someone introduced as one ("La actriz mexicana Valeria Montes")
                introduced = _ACTING_WORD.search(self.masked[max(0, m.start() - 30):m.start()])
                if introduced:
                    intro.setdefault(found.name, set()).add(introduced.group())
                if m.start() >= lo:
                    seen.append((found, bool(introduced) or bool(self.names.is_actor(found.name))))
            for found, acting in reversed(seen):
                # "la actriz" is not the man introduced as "el actor"
                if acting and not any(_other_gender(men.written, w) for w in intro.get(found.name, ())):
                    return found
        lo = sentence_bounds(self.masked, block[0], block[1], pos)[0]
        for s_lo, s_hi in reversed(sentences(self.masked, block[0], lo)):
            placed = [p for p in self.placed_mentions(s_lo, s_hi) if p[0].kind == "person"]
            if placed:
                return self.sentence_subject(s_lo, s_hi, placed)
        return None

    def antecedent(self, block_lo: int, pos: int, prev_block: tuple[int, int] | None) -> Mention | None:
        """What a pronoun at ``pos`` refers to: the subject of the nearest sentence that names someone."""
        ranges = sentences(self.masked, block_lo, pos)
        if prev_block:
            ranges = sentences(self.masked, *prev_block) + ranges
        for lo, hi in reversed(ranges):
            described = _DESCRIBED_SUBJECT.match(self.masked, lo)
            if described and _ACTING_WORD.search(described.group()):
                found = self.described(Mention("descriptor", written=described.group()), (lo, hi), lo)
                if found is not None:
                    return found
            if described and self.last_speaker is not None:
                return self.last_speaker  # "The star continued by saying …": the one already speaking
            placed = self.placed_mentions(lo, min(hi, pos))
            if not placed:
                continue
            if re.match(r"\s*(?:His|Her|Their|Su|Sus)\s", self.masked[lo:hi]) and not any(
                    _ACTING.match(self.masked, end) for _, _, end in placed) and not re.match(
                    rf"\s*\w+\s+[\w-]+(?:\s+[\w-]+)?,\s*(?:{NAME}),", self.masked[lo:hi]):
                continue  # "His breakthrough came as Lt. Harold Beck": about someone named earlier
            subject = self.sentence_subject(lo, min(hi, pos), placed)
            if subject is not None:
                return subject
            # "… was written on the day, according to Achebe. “…,” she said": the one the sentence cites
            cited = re.search(rf"\b(?:according to|per|says|said|told|tells|según)\s+({NAME})",
                              self.masked[lo:hi])
            if cited:
                self.here = lo + cited.start(1)
                men = self.mention(cited.group(1))
                if men.kind == "person":
                    return men
            # "The film, directed by A, stars B. “…,” he said": no subject to lean on
            last = self.last_speaker
            return last if last is not None and last.name in {m.name for m, _, _ in placed} else None
        return self.last_speaker

    def sentence_subject(self, lo: int, hi: int, placed=None) -> Mention | None:
        """The person a sentence is about: its only one, the one with a verb, or the one it opens with."""
        placed = self.placed_mentions(lo, hi) if placed is None else placed
        opener = _SUBORDINATE.match(self.masked, lo, hi)
        if opener and placed:
            # "When Kwarteng walked in, director Sol Ibarra knew": the main clause's subject
            comma = self.masked.find(",", lo, hi)
            main = [p for p in placed if p[1] > comma] if comma >= 0 else []
            placed = main or placed
            if main:
                lo = comma + 1
        if not placed:
            return None
        first, start, _ = placed[0]
        if len({m.name for m, _, _ in placed}) == 1:
            return first
        # "… whether Wren would return": a name inside a that/whether clause is not the subject
        acting = [m for m, at, end in placed if _ACTING.match(self.masked, end)
                  and not _CLAUSE_WORD.search(self.masked, lo, at)]
        if acting:
            return acting[0]
        return first if len(self.masked[lo:start].split()) <= 2 else None

    # -- frames ------------------------------------------------------------------------------
    def subject_before(self, lo: int, verb_at: int) -> Mention | None:
        """The grammatical subject of a speech verb at ``verb_at`` in the sentence starting at ``lo``."""
        self.here = verb_at
        seg = self.masked[lo:verb_at]
        if re.fullmatch(r"\s*(?:(?:Y|E|Luego|Después|Además|También|Más tarde|Finalmente)\s*,?\s*)?",
                        seg) and \
                re.match(rf"(?:{_VERBS_ES})\b", self.masked[verb_at:verb_at + 20]):
            # "Y añadió: «…»" — Spanish leaves the subject implicit
            return Mention("pronoun", written="", at=lo)
        seg = re.sub(rf"(?:\s+{_AUX})+\s*$", "", seg)
        seg = re.sub(r",\s*(?:who|whose|which|que|quien|cuyo|cuya)\b[^,]*,\s*$", "", seg)
        seg = re.sub(r",\s*(?:[^,A-ZÀ-Þ]|\b[a-z]\w*\s[A-Z])[^,]*,\s*$", "", seg) if not re.search(
            rf"(?:{NAME}),\s*$", seg) else seg
        seg = seg.rstrip()
        pair = re.search(rf"({NAME})\s*\(({NAME})\)$", seg)
        if pair:
            # "Agnes (Mira Holt) whispers": a cast pair as subject; the side that is no person is the role
            role = " ".join(t for t in pair.group(1).split() if t not in _NOT_FIRST)
            first, second = self.mention(role), self.mention(pair.group(2))
            if first.kind in ("person", "character"):
                return first
            if second.kind == "person" and role and " " not in role:
                return Mention("character", role, second.name, role)
        if _ACCOUNT.search(re.split(r"[,;:—–]\s+", seg)[-1]):
            return self.account(lo + len(seg))  # "the official account of the show wrote"
        m = re.search(rf"(?:^|[\s(—–-])({_PRONOUN}|I|We)$", seg)
        if m:
            men = self.mention(m.group(1))
            men.at = lo + m.start(1)
            return men
        m = re.search(rf"(@\w+|{NAME})\s*,?\s*(?:who|que|quien)?$", seg)
        if m and re.search(rf"(?:{NAME})\s+(?:and|&|y)\s+$", seg[: m.start(1)]):
            # "Hadid and Arkwright added": both, so neither alone
            return Mention("anonymous", written="joint")
        if m and not seg[: m.start(1)].rstrip().endswith(",") and not re.search(r"['’]s?$", m.group(1)):
            men = self.mention(m.group(1))
            if men.kind != "unknown" or (men.written and men.written.split()[0] not in ("The", "El", "La")):
                return men
        clause = re.split(r"[,;:—–]\s+", seg)[-1]
        if re.match(rf"\s*{_SOMEONE}", clause) or RELATIONAL.match(clause.strip()) or re.search(
                r"['’]s?\s+(?:[\w-]+\s+)?(?:critic|reviewer|columnist|editor|reporter|crítico|crítica)\s*$",
                clause):
            # "The Evening Ledger's critic described …": someone the article does not name
            return Mention("anonymous")  # "A representative for the actress told People"
        if _DESCRIPTOR.search(seg):
            return Mention("descriptor", written=_DESCRIPTOR.search(seg).group())
        anon = _ANONYMOUS.search(seg[-60:])
        if anon and re.fullmatch(r"(?:\s+[a-z][\w-]*){0,5}\s*", seg[-60:][anon.end():]):
            return Mention("anonymous")  # "one crew member described…", "sources close to the set said"
        placed = self.placed_mentions(lo, lo + len(seg), subjects=True)
        # "As Teddy breaks down, Delphine straightens his collar and says": the nearest clause subject
        acting = [men for men, _, end in placed if _ACTING.match(self.masked, end)]
        if acting:
            return acting[-1]
        if placed:
            return placed[0][0]
        if _ANONYMOUS.search(seg):
            return Mention("anonymous")
        m = re.match(rf"\s*(?:[^,]*,\s*)?({_PRONOUN})\b", seg)
        if m:
            men = self.mention(m.group(1))
            men.at = lo + m.start(1)
            return men
        if re.search(rf"\b(?:The|El|La|Los|Las)\s+(?:{NAME})$", seg):
            return Mention("anonymous")  # "The Daily Courant called it …": a publication, not a person
        return None

    def post_frame(self, at: int, hi: int) -> Mention | None:
        """``"…," X said`` / ``said X`` / ``according to X`` / ``”, dijo X`` right after the closing mark."""
        post = self.masked[at:hi]
        self.here = at
        m = re.match(rf"\s*[,—–-]?\s*(@\w+|{NAME}|{_PRONOUN}|the [\w-]+(?: [\w-]+){{0,3}}?"
                     rf"|{_ROLE_WORDS}{NAME}|{_SOMEONE})"
                     rf"(?:,\s*[^,]{{1,40}},|\s*\([^)]*\))?\s+(?:{_AUX}\s+)*({VERB})\b", post)
        if m:
            who = m.group(1)
            if who.split()[0] in ("the", "The"):
                named = re.search(rf"(?:^|\s)({NAME})$", who)
                if named and self.mention(named.group(1)).kind == "person":
                    return self.mention(named.group(1))  # "the first-time director Jane Doe said"
                if _ACCOUNT.search(who):
                    return self.account(at)
                # "the actor said" is the last speaker; "the studio said" is nobody by name
                return Mention("descriptor", written=who) if _DESCRIPTOR.search(who + " ") else Mention(
                    "anonymous")
            if re.match(_SOMEONE, who):
                return Mention("anonymous")  # "one fan wrote", "a rival executive told Variety"
            named = re.search(rf"(?:^|\s)(@\w+|{NAME})$", who)
            return self.mention(named.group(1) if named else who)
        m = re.match(rf"\s*[,—–-]?\s*(?:{_AUX}\s+)?(?:{VERB}|according to|según)\b\s*"
                     r"((?:[^,.;:!?—]|(?<=\b[A-Z])\.(?=\s?[A-Z]))*)", post)  # "said Samuel T. Okonkwo"
        if m:
            chunk = m.group(1)
            if re.match(rf"\s*({_PRONOUN})\b", chunk):
                return self.mention(re.match(rf"\s*({_PRONOUN})", chunk).group(1))
            appositive = re.match(rf",\s*({NAME})\s*(?:[.,;:!?]|$)", post[m.end():])
            if appositive and re.match(r"\s*(?:the|a|an|its|his|her|their|[\w-]+['’]s)\b", chunk, re.I):
                # "said the show's co-creator, Imogen Blackthorn."
                self.here = at + m.end() + appositive.start(1)
                men = self.mention(appositive.group(1))
                if men.kind == "person":
                    return men
            if re.match(r"\s*(?:a|an|his|her|their)\s", chunk) and not re.match(
                    rf"\s*[,—–-]?\s*(?:{_AUX}\s+)?(?:{_VERBS_ES})\b", post):
                # "Dunne, citing “…,” posted a message": the verb's subject stands before the quote
                return None
            # "wrote Harold Pinsky in The Daily Courant": the writer, not the paper he wrote in
            cut = re.search(r"\s(?:in|at|on|for|to|from|during|via|en|para|a)\s", chunk)
            if cut and _NAME_RUN.search(chunk, 0, cut.start()):
                chunk = chunk[:cut.start()]
            runs = [r for r in _NAME_RUN.findall(chunk)]
            for r in reversed(runs):
                toks = r.split()
                for k in range(len(toks)):
                    men = self.mention(" ".join(toks[k:]))
                    if men.kind != "unknown":
                        return men
            runs = [r for r in runs if r.split()[0] not in _NOT_FIRST]
            if runs:
                return Mention("unknown", written=runs[-1])
            if _ANONYMOUS.search(" " + chunk):
                return Mention("anonymous")
            spanish = re.match(rf"\s*[,—–-]?\s*(?:{_AUX}\s+)?(?:{_VERBS_ES})\b", post)
            if (re.match(r"\s*(?:to|ante|in|on|at|from)\b|\s*$", chunk) or spanish) and not (
                    not spanish and re.match(r"\s*(?:a|an|the|his|her|their)\s", chunk)):
                return Mention("pronoun", written="")  # "”, afirmó." — the subject is implicit
            if re.match(r"\s*(?:the|its|[\w-]+['’]s)\s", chunk, re.I):
                return Mention("anonymous")  # "said the studio's statement": a frame, but nobody named
        m = re.match(rf"\s*[—–]\s*({NAME})\s*(?:\((@\w+)\))?", post)
        if m and (m.group(2) or at + m.end() >= hi - 2):
            men = self.mention(m.group(1))
            if men.kind == "person":
                return men
            if m.group(2):
                return Mention("person", m.group(2))
        # an embedded post, "“…” — kat 🌙 (@katsaints) February 1, 2025": the account, whatever its display
        # name
        m = re.match(r"\s*[—–]\s*([^\n()—–]{1,50}?)\s*\((@\w+)\)", self.text[at:hi])
        if m:
            men = self.mention(m.group(1))
            if men.kind == "person" and men.name and " " in men.name:
                return men
            return Mention("person", m.group(2))
        return None

    def account(self, at: int) -> Mention:
        """"the account posted": the handle named last before it, or nobody when none is written."""
        handles = list(re.finditer(r"(?<![\w.])@\w+", self.masked[max(0, at - 600):at]))
        if handles:
            return Mention("person", handles[-1].group(), written=handles[-1].group())
        return Mention("anonymous")

    def inciso(self, lo: int, hi: int) -> Mention | None:
        """Spanish ``«Nunca pensé —confesó Ibarra— llegar aquí»``: the frame sits inside the quote."""
        m = re.search(rf"[—–]\s*(?:{VERB})\b([^—–\n]{{0,60}})[—–]", self.text[lo:hi])
        if not m:
            return None
        self.here = lo + m.start()
        for r in reversed(_NAME_RUN.findall(m.group(1))):
            men = self.mention(r)
            if men.kind != "unknown":
                return men
        return Mention("pronoun", written="")

    def pre_frame(self, sent_lo: int, at: int, max_gap: int = 22) -> tuple[Mention | None, bool]:
        """A speech verb earlier in the sentence and its subject; the flag says a verb was found."""
        pre = self.masked[sent_lo:at]
        # "Okoro's statement read:", "In Fitzgerald's words, …", "En palabras de Ortiz, …"
        owned = re.search(rf"(?:\b[Ii]n\s+|^\s*)({NAME})['’]s?\s+(?:own\s+)?(?:[\w-]+\s+)?"
                          rf"(?:{_WRITINGS}|words)\b(?:\s+{_WRITTEN_VERBS})?"
                          r"[^.!?]{0,60}$", pre) or re.search(
            rf"\b[Ee]n\s+palabras\s+de\s+({NAME})[^.!?]{{0,60}}$", pre)
        if owned:
            self.here = sent_lo + owned.start(1)
            toks = owned.group(1).split()
            for k in range(len(toks)):  # "Showrunner Delia Okoro's statement": the name at the tail
                men = self.mention(" ".join(toks[k:]))
                if men.kind == "person":
                    return men, True
        theirs = re.search(r"\b(?:[Ii]n|[Ee]n)\s+(?:his|her|their|sus)\s+(?:own\s+|propias\s+)?"
                           r"(?:words|palabras)\b", pre)
        if theirs:
            # "In his words, …"
            return Mention("pronoun", written=theirs.group(), at=sent_lo + theirs.start()), True
        if re.match(rf"\s*(?:The|That|This|Her|His|Their|El|La)\s+(?:[\w-]+\s+)?"
                    rf"(?:{_WRITINGS}|comunicado|mensaje)\s+{_WRITTEN_VERBS}", pre):
            return Mention("descriptor", written="statement"), True  # "The statement continued, …"
        m = re.search(r"\b(?:according to|según|as per|per)\s+([^,.;]*)", pre, re.I)
        if m and _ANONYMOUS.search(m.group(1)) and not _NAME_RUN.search(m.group(1)):
            return Mention("anonymous"), True
        if m:
            for r in reversed(_NAME_RUN.findall(m.group(1))):
                men = self.mention(r)
                if men.kind in ("person", "character"):
                    return men, True
            rest = self.mentions_in(sent_lo + m.end(), at)
            if rest:
                return rest[0], True
        verbs = list(_VERB_RE.finditer(pre))
        for v in reversed(verbs):
            gap = pre[v.end():]
            if len(gap.split()) > max_gap:
                break
            if _NOT_A_FRAME.search(pre[:v.start()]):
                continue  # "has been called", "When asked": nobody is speaking here
            subj = self.subject_before(sent_lo, sent_lo + v.start())
            self.gap = len(gap.split())
            self.verb = v.group()
            if subj is None:
                # inverted: "xxx," dijo Oduya, "…" / said Okoye: "…"
                inv = re.match(rf"\s+({NAME})\s*[,:—–]", gap)
                if inv:
                    self.here = sent_lo + v.end()
                    subj = self.mention(inv.group(1))
            if subj is not None:
                return subj, True
            if v.group().endswith("ing") and v is not verbs[0]:
                continue  # "The star continued by saying that …": the subject belongs to the main verb
            return None, True
        return None, False

    def resolve(self, men: Mention | None, block: tuple[int, int], pos: int,
                prev_block: tuple[int, int] | None) -> Mention | None:
        if men is None:
            return None
        if men.kind in ("pronoun", "descriptor"):
            if men.at >= 0:
                pos = min(pos, men.at)
            if men.kind == "descriptor":
                found = self.described(men, block, pos)
                if found is not None:
                    return found
            if men.kind == "descriptor" and self.last_speaker is not None:
                return self.last_speaker
            if men.kind == "descriptor":
                # "The actress … shared a photo with the caption: …" before anyone has spoken: someone
                # named in an earlier sentence, never a name inside the descriptor's own clause
                pos = sentence_bounds(self.masked, block[0], block[1], pos)[0]
            ant = self.antecedent(block[0], pos, prev_block)
            return ant
        return men


def _other_gender(descriptor: str, introduced: str) -> bool:
    said = _ACTING_WORD.search(descriptor)
    if said is None:
        return False
    a, b = said.group().lower(), introduced.lower()
    female, male = ("actress", "actriz"), ("actor",)
    spanish = bool(re.search(r"\b(?:el|la)\s", descriptor, re.I))
    return (a in female and b in male) or (spanish and a in male and b in female)


def verdict_of(men: Mention | None, how: str) -> Verdict | None:
    if men is None:
        return None
    if men.kind == "person":
        return Verdict(SPEECH, men.name, None, how)
    if men.kind == "character":
        return Verdict(IN_SHOW, men.name, men.actor, how)
    if men.kind in ("anonymous", "unknown", "pronoun", "descriptor", "self"):
        return Verdict(SPEECH, None, None, how)
    return None


def in_show_cue(att: Attributor, sent_lo: int, at: int, context: str = "") -> Verdict | None:
    """``Eddie's last words … "…"``, ``Agnes screams "…"``, ``the line … is "…"``."""
    pre = att.masked[sent_lo:at]
    m = re.search(rf"({NAME})['’]s?\s+(?:\([^)]*\)\s+)?(?:[\w,-]+\s+){{0,4}}{_LINE_NOUN}\b"
                  rf"(?:\s+(?:of|to|was|is)\b)?(?:\s+[\w]+|\s+\([^)]*\)){{0,4}}[\s,:—–-]*$", pre)
    if m:
        who = m.group(1)
        men = att.mention(who)
        if men.kind == "character":
            return Verdict(IN_SHOW, men.name, men.actor, "line-of")
        actor = att.names.is_actor(who, context)
        if actor:
            return Verdict(IN_SHOW, actor.character, actor.actor, "line-of")
        if men.kind == "unknown" and " " not in who:
            return Verdict(IN_SHOW, who, None, "line-of")
    m = re.search(rf"(@?{NAME})\s+(?:\w+\s+){{0,3}}?(?:{_ONSCREEN.pattern})", pre)
    if m:
        men = att.mention(m.group(1))
        if men.kind == "character":
            return Verdict(IN_SHOW, men.name, men.actor, "onscreen")
        if men.kind == "unknown" and " " not in m.group(1).strip():
            return Verdict(IN_SHOW, m.group(1).strip(), None, "onscreen")
    if re.search(rf"\b(?:the|a|single|one|famous|her|his|their)\s+(?:\w+\s+)?{_LINE_NOUN}\b", pre, re.I):
        actor = next((a for r in _NAME_RUN.findall(pre) if (a := att.names.is_actor(r, context))), None)
        if actor:
            return Verdict(IN_SHOW, actor.character, actor.actor, "line")
        if re.search(r"\b(?:line|catchphrase)\b", pre, re.I):
            return Verdict(IN_SHOW, None, None, "line")
    # "Harriet's “Pick a number” is already a meme": a character's own words
    m = re.search(rf"({NAME})['’]s?\s*$", pre)
    if m and (men := att.mention(m.group(1))).kind == "character":
        return Verdict(IN_SHOW, men.name, men.actor, "line-of")
    return None
