"""Who said a quoted span, and what kind of quote it is: a precision-first sieve.

Rules run from the most to the least reliable — an explicit frame around the span,
then continuation of the previous speaker, then a lead-in sentence — and a span no
rule is sure about is left unattributed: a wrong name is worse than none.  All text
matching runs on a *masked* copy of the article in which every quotation is blanked
out, so words inside quotes never look like frames or antecedents.
"""

from __future__ import annotations

import re

from search.extract.quotes.antecedents import Antecedents
from search.extract.quotes.cues import _LINE_NOUN, _NAME_RUN, _ONSCREEN
from search.extract.quotes.frames import Frames
from search.extract.quotes.mentions import Mention, Mentions, Verdict
from search.extract.quotes.names import NAME, Names
from search.extract.quotes.subjects import Subjects
from search.model import IN_SHOW, SPEECH


class Attributor(Frames, Subjects, Antecedents, Mentions):
    """Holds one article's masked text and names; decides one span at a time."""

    def __init__(self, text: str, masked: str, names: Names):
        self.text = text
        self.masked = masked
        self.names = names
        self.last_speaker: Mention | None = None
        self._main: Mention | None = None
        self._genders: dict[str, str] | None = None
        self.here = len(text)  # where the name being resolved is written
        self.gap = 0  # words between the last frame verb found and its quote
        self.verb = ""
        self.recap = False  # an episode's write-up, where unknown first names are characters



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


# compiled once: read before every quotation
_LINE_OF = re.compile(rf"({NAME})['’]s?\s+(?:\([^)]*\)\s+)?(?:[\w,-]+\s+){{0,4}}{_LINE_NOUN}\b"
                      rf"(?:\s+(?:of|to|was|is)\b)?(?:\s+[\w]+|\s+\([^)]*\)){{0,4}}[\s,:—–-]*$")
_NAME_ONSCREEN = re.compile(rf"(@?{NAME})\s+(?:\w+\s+){{0,3}}?(?:{_ONSCREEN.pattern})")
_OWNER_LAST = re.compile(rf"({NAME})['’]s?\s*$")

_THE_LINE = re.compile(rf"\b(?<!drew )(?<!draw )(?<!draws )(?<!crossed )(?<!toe )(?:the|a|single|one|famous|her|his|"
                       rf"their)\s+(?:\w+\s+)?{_LINE_NOUN}\b(?!\s+(?:up|of|between))", re.I)
_LINE_WORD = re.compile(r"\b(?:line|catchphrase)\b", re.I)


def in_show_cue(att: Attributor, sent_lo: int, at: int, context: str = "") -> Verdict | None:
    """``Eddie's last words … "…"``, ``Agnes screams "…"``, ``the line … is "…"``."""
    pre = att.masked[sent_lo:at]
    # (both name patterns need an apostrophe: without one the names need not be looked for)
    apostrophe = "'" in pre or "’" in pre
    m = apostrophe and _LINE_OF.search(pre)
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
    m = _ONSCREEN.search(pre) and _NAME_ONSCREEN.search(pre)  # (the verb alone is far quicker to seek)
    if m:
        men = att.mention(m.group(1))
        if men.kind == "character":
            return Verdict(IN_SHOW, men.name, men.actor, "onscreen")
        if men.kind == "unknown" and " " not in m.group(1).strip():
            return Verdict(IN_SHOW, m.group(1).strip(), None, "onscreen")
    if _THE_LINE.search(pre):
        actor = next((a for r in _NAME_RUN.findall(pre) if (a := att.names.is_actor(r, context))), None)
        if actor:
            return Verdict(IN_SHOW, actor.character, actor.actor, "line")
        if _LINE_WORD.search(pre):
            return Verdict(IN_SHOW, None, None, "line")
    # "Harriet's “Pick a number” is already a meme": a character's own words
    m = apostrophe and _OWNER_LAST.search(pre)
    if m and (men := att.mention(m.group(1))).kind == "character":
        return Verdict(IN_SHOW, men.name, men.actor, "line-of")
    return None

