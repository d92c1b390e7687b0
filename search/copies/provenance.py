"""Where an article comes from: the outlet it calls itself, the outlets it credits, and
the marks a first-hand article keeps and a scraped copy loses."""

from __future__ import annotations

import re
from itertools import groupby, islice
from operator import itemgetter

from search.copies.text import fold, prose
from search.ingest.formats.bylines import dateline_date
from search.model import Article

# Phrases with which an article credits the outlet it took the story from, in the order they
# are tried: at a place where two of them fit, the first one is the match.
_CUES = (
    "via", "told", "tells", "to", "per", "from", "according to", "first reported by", "reported by",
    *(f"{w} (?:appeared|published|ran) (?:on|in|at)" for w in ("originally", "first")),
    "republished with permission of",
    *(f"{w} (?:with|to)" for w in ("interview", "spoke", "speaking", "conversation", "chat", "sat down",
                                   "caught up", "got on the phone", "chatted", "talked", "spoken")),
    "said to", "told to", "revealed to", "explained to", "source:", "h/t", "hat tip(?: to)?",
    "según", "vía", "fuente:", "informó", "declaró a", "dijo a", "contó a", "en declaraciones (?:a|para)",
    "en (?:una )?(?:entrevista|conversación|charla) con", "a través de", "de acuerdo con",
    "as reported by", "reportado por", "publicado (?:originalmente )?en")
# One branch for each first letter, its phrases in their order within it: a place tries the
# one branch its letter opens instead of every phrase, and a letter opens phrases of one
# branch only, so the same phrase matches where it did.
_CREDIT_CUE = re.compile(
    r"\b(?:" + "|".join(f"{first}(?:{'|'.join(c[1:] for c in cues)})"
                        for first, cues in groupby(sorted(_CUES, key=itemgetter(0)), key=itemgetter(0)))
    + r")\s+(?:(?:the|el|la)\s+)?")
# ... and the outlet named before the verb: "Deadline reports", "Variety informó".
_CREDIT_BEFORE = re.compile(
    r"((?:[A-Z][\w+&-]*(?:\.[a-z]{2,4}\b)?)(?:[ \t]+[A-Z][\w+&-]*){0,2})[ \t]+(?:(?:first )?reported|"
    r"reports|has learned|was first to report|informó|informa|publicó|adelantó)\b")
# A piece of each of its verbs: a text with none names no outlet that way.
_CREDIT_BEFORE_VERBS = ("report", "has learned", "inform", "publicó", "adelantó")
# "Image via Netflix" credits a picture, not a story.
_PICTURE = re.compile(r"(?:image|images|photo|photos|photograph|picture|video|gif|credit)\s*\Z")
_LABEL = re.compile(r"^([A-Z][a-z][\w+&]*(?: [A-Z][\w+&]*)?): ", re.MULTILINE)
_CREDITED = re.compile(r"(?:[A-Z][\w+&-]*(?:\.[a-z]{2,4}\b)?|\d+)(?:[ \t]+(?:[A-Z][\w+&-]*|&))*")
_BYLINE = re.compile(r"^(?:by|por)\s+[^|\n]{2,80}?(?:\s*[|·,—–-]\s*([A-Z][^|\n·]{1,40}))?\s*$",
                     re.IGNORECASE | re.MULTILINE)


def outlet_key(name: str) -> str:
    """``Backlot Wire``, ``backlotwire.example`` and ``BacklotWire`` all become ``backlotwire``."""
    name = fold(name).strip()
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name)
    if "." in name and " " not in name:
        name = name.split(".")[0]
    return re.sub(r"[^a-z0-9+]", "", name)


def outlets(article: Article) -> list[str]:
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


def source_credits(text: str) -> list[str]:
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
    for m in _CREDIT_BEFORE.finditer(text) if any(v in text for v in _CREDIT_BEFORE_VERBS) else ():
        name = m.group(1).split()
        while name and name[0] in ("As", "The", "El", "La", "Como"):
            name = name[1:]
        key = outlet_key(" ".join(name))
        if len(key) >= 3:
            out.add(key)
    return sorted(out)


# A capital after no letter (what the word boundary said), tested after the capital: the
# regex engine skips to capitals instead of trying the boundary at every letter.
_ROLE_IN_PARENS = re.compile(r"[A-Z](?<!\w.)[\w'’]+ \([A-Z][\w .'’-]+\)")
_BAIT = re.compile(r"let us know|in the comments|get ready|stay tuned|don'?t forget to|"
                   r"what do you think|sound off|click here|smash that")
# A piece of each of those, as plain text: most articles hold none, and looking for them
# is quicker than trying every phrase at every letter.
_BAIT_HINTS = ("let us know", "in the comments", "get ready", "stay tuned", "forget to",
               "what do you think", "sound off", "click here", "smash that")


def polish(text: str) -> float:
    """Signs of a first-hand article that a scraped or spun copy tends to lose."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    glued = text.count("\n") - 2 * text.count("\n\n")  # paragraphs run together on one newline
    score = 0.0
    score += 0.5 * min(text.count("—") + text.count("–"), 6) / 6
    if " (" in text:  # what every "Name (Role)" has
        score += 0.5 * min(len(_ROLE_IN_PARENS.findall(text)), 6) / 6
    score -= 0.5 * (glued > 0) * (len(paras) <= 3)
    folded = fold(text)
    if any(hint in folded for hint in _BAIT_HINTS):
        score -= 0.5 * min(len(_BAIT.findall(folded)), 2)
    return score


# What a re-encoding or a careless feed leaves behind: the replacement character, UTF-8
# read as Latin-1 (Ã©, â€™), an acute accent or question mark standing in for an apostrophe,
# HTML entities never decoded. A machine translation run over such a text spaces the
# entity out (& # 39;) and leaves stray stops behind a full stop ("the island. . The"); an
# ellipsis written with spaces (". . .") is a writer's, not debris.
_GARBLE = re.compile(r"\ufffd|Ã[\u0080-\u00bf]|â€|Â[\s\u00a0]|[^\W\d_]´[^\W\d_]|"
                     r"[a-z]\?(?:s|t|ll|re|ve|d|m)\b|&(?:#\d{2,5}|[a-z]{2,6});|"
                     r"&\s?#\s?\d{2,5}\s?;|&\s(?:amp|quot|apos|nbsp)\s?;|"
                     r"(?<![.!?]\s)[.!?]\s+[.,](?=\s|$)(?!\s+\.)")


# Something every kind of debris above contains; most texts have none, and these are found
# (or not) many times faster than all the kinds tried at every letter: as strings, or by
# patterns that open with one, which the regex engine skips to as it would to a string.
_GARBLE_MARKS = ("\ufffd", "Ã", "Â", "´", "&", "â€")
_GARBLE_HINTS = tuple(re.compile(p) for p in (r"\?[stlrvdm]", r"\.\s+[.,]", r"!\s+[.,]", r"\?\s+[.,]"))


def garble(text: str) -> int:
    if not any(m in text for m in _GARBLE_MARKS) and not any(p.search(text) for p in _GARBLE_HINTS):
        return 0
    return len(_GARBLE.findall(text))


# International wires write stories; national agencies pass them on to their own
# clients. An article run "by PTI" that another article has "from AP" is the second link
# of a chain.
WIRES = {"ap": "AP", "associatedpress": "AP", "reuters": "Reuters", "afp": "AFP",
         "agencefrancepresse": "AFP", "bloomberg": "Bloomberg"}
AGENCIES = {"pti": "PTI", "presstrustofindia": "PTI", "aap": "AAP", "australianassociatedpress": "AAP",
            "ians": "IANS", "ani": "ANI", "dpa": "dpa", "efe": "EFE", "europapress": "Europa Press",
            "ansa": "ANSA", "apa": "APA", "kyodo": "Kyodo", "yonhap": "Yonhap", "xinhua": "Xinhua",
            "canadianpress": "CP", "pamedia": "PA Media", "belga": "Belga", "anp": "ANP", "lusa": "Lusa"}
_WIRE_NAMES = ("Associated Press|Agence France-Presse|Press Trust of India|Australian Associated Press|"
               "Canadian Press|PA Media|Europa Press")
_IN_PARENS = "AP|Reuters|AFP|PTI|AAP|IANS|ANI|dpa|EFE|ANSA|APA|Bloomberg"
_BYLINED = "AP|Reuters|AFP|PTI|AAP|IANS|ANI|dpa|EFE|ANSA|APA"
_NAMED = f"{_WIRE_NAMES}|Reuters|Kyodo|Yonhap|Xinhua|Belga|Lusa"
_SIGNED = "AP|AFP|PTI|AAP|IANS|ANI"
_WIRE_CREDIT = re.compile(
    rf"\((?:{_IN_PARENS})\)|^\s*(?:By|BY|With|Von|Por|Par)\s+(?:{_BYLINED})\b|"
    rf"\b(?:{_NAMED})\b|[—–-]\s*(?:{_SIGNED})\s*$",
    re.MULTILINE)
# Every credit names one of these as written: a text naming none is not read for credits.
# They are looked for in one pattern for each first letter: a pattern that opens with a
# literal is searched for as a string, and a dozen of those beat two dozen strings.
_WIRE_TOKENS = sorted(set("|".join((_IN_PARENS, _BYLINED, _NAMED, _SIGNED)).split("|")))
_WIRE_HINTS = tuple(re.compile(re.escape(first) + "(?:" + "|".join(re.escape(name[1:]) for name in names) + ")")
                    for first, names in groupby(_WIRE_TOKENS, key=itemgetter(0)))


def wires(text: str) -> list[str]:
    """The news agencies an article credits with the story, by their short names."""
    found: set[str] = set()
    if not any(p.search(text) for p in _WIRE_HINTS):
        return []
    for m in _WIRE_CREDIT.finditer(text):
        key = outlet_key(re.sub(r"^\s*(?:By|BY|With|Von|Por|Par)\s+|[()—–-]", "", m.group(0)))
        name = WIRES.get(key) or AGENCIES.get(key)
        if name:
            found.add(name)
    return sorted(found)


# The dateline a wire story's first paragraph opens with: "LOS ANGELES (AP) —", "ARIZONA:".
# Each agency writes it its own way, and a site that lifts an agency's version keeps it.
_DATELINE = re.compile(r"([A-Z][A-Za-z'’.-]+(?:,? [A-Z][A-Za-z'’.-]+){0,3})\s*(?:\([A-Za-z ]{2,30}\)\s*)?"
                       r"(:|—|–|--?)\s+(?=[A-Z\"“‘'])")


def dateline(text: str) -> str:
    """The place and the mark after it (``arizona:``) that one of the first paragraphs of
    prose opens with (a headline or a label ends in no full stop); "" when none does."""
    paras = (p.strip() for p in text.split("\n") if len(p.split()) >= 8 and p.strip()[-1] in ".!?\"”’")
    for para in islice(paras, 3):
        m = _DATELINE.match(para)
        if m:
            return outlet_key(m.group(1)) + (":" if m.group(2) == ":" else "—")
    return ""


# Function words that English has and French, Spanish, German and Italian do not: a
# machine translation leaves them in where it gave up.
_ENGLISH_ONLY = frozenset(
    "the and because you know with that this which would about they their what when where just "
    "really think been have from were there could should".split())


def english_leak(ws: list[str]) -> int:
    return sum(w in _ENGLISH_ONLY for w in ws)


# A page's own time stamp, as a CMS prints it at the top: "2023-11-22T18:33:10+00:00".
# (No digit before it, tested after the first digit: the regex engine skips to digits.)
_STAMP = re.compile(r"(\d(?<!\d\d)\d{3}-\d{2}-\d{2})T\d{2}:\d{2}")


def head_date(text: str) -> str | None:
    """The date printed at the top of an article whose file carried none: a time stamp, or
    a line that is only a date ("Dienstag, 09. Juni 2015, 22:18 Uhr" is not read)."""
    for line in text.split("\n", 8)[:8]:
        m = _STAMP.search(line)
        if m:
            return m.group(1)
        found = dateline_date(line.strip())
        if found:
            return found
    return None


# Who said what, in the present as an interviewer writes it up ("she tells Billboard",
# "he says") or in the past as a rewrite of that interview retells it.
# "he", "she", "they" or a capitalised word, each after no letter, or a comma or closing
# quote. The first character is matched before what stands behind it is looked at: the
# regex engine then skips to those few instead of trying a word boundary at every letter.
_SUBJECT = r"[hstA-Z,”\"](?:(?<=[,”\"])|(?<!\w.)(?:(?<=h)e|(?<=s)he|(?<=t)hey|(?<=[A-Z])[\w'’-]+)) "
# The interviewer's own "told me" is first-hand in any tense.
_NOW = (r"says|tells|adds|explains|recalls|admits|notes|continues|insists|laughs|"
        r"jokes|reveals|remembers|muses|confides|shares|told (?:me|us)\b")
_THEN = (r"said|told(?! (?:me|us)\b)|added|explained|recalled|admitted|noted|continued|"
         r"insisted|laughed|joked|revealed|remembered|mused|confided|shared")
# Both tenses in one pass, the present captured. No verb is a subject and no attribution in
# one tense can be one in the other, so the two never compete for the same words.
_ATTRIBUTION = re.compile(_SUBJECT + rf"(?:({_NOW})|(?:{_THEN}))\b")


_FIRST_HAND = re.compile(r"\b(?:told|tells|telling|reminded|assured) (?:me|us)\b|\bI asked\b|\bwe spoke\b")
_FIRST_HAND_HINTS = (" me", " us", "I asked", "we spoke")


def tense(text: str) -> tuple[int, int, int]:
    """Attributions in the present and in the past, outside the quotes, and the
    interviewer's own ("told me", "I asked")."""
    text = prose(text)
    present = _ATTRIBUTION.findall(text)
    past = present.count("")
    first_hand = len(_FIRST_HAND.findall(text)) if any(h in text for h in _FIRST_HAND_HINTS) else 0
    return len(present) - past, past, first_hand


# "Page 2 of 3", "Seite 2", "página 2": which page of an article split over several this is,
# as the top or the foot of the page says.
_PAGE = re.compile(r"\b(?:page|seite|p[áa]gina|pagina)\s+(\d{1,2})(?:\s*(?:of|/|von|de|sur|di)\s*\d{1,2})?\b",
                   re.IGNORECASE)


def page_number(text: str) -> int:
    """The page number an article's page states at its top or foot; 0 when it states none."""
    for part in (text[:300], text[-300:]):
        m = _PAGE.search(part)
        if m:
            return int(m.group(1))
    return 0
