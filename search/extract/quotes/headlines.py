"""Headline grammar: a quote in the headline (or in a "RELATED:" link line) is speech only when
framed by a name, a colon or a verb, and it is the one person the headline names who said it."""

from __future__ import annotations

import re

from search.extract.quotes.lead_ins import _ROLE_OPENING
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.names import NAME
from search.extract.quotes.sentences import Lazy, is_title_like
from search.extract.quotes.spans import Block, Span
from search.model import SCARE, SPEECH, Article

_HEADLINE_CUE_BEFORE = re.compile(
    r"(?:[:：]|\b(?:[Ss]ays|[Tt]ells|[Aa]dmits|[Rr]eveals|[Ss]aid|[Dd]ice|[Aa]firma)"
    # "Says It Was '…'", "Says She's '…'": the headline's own paraphrase before the words
    r"(?:\s+(?:[Ii]t|[Ii]t['’]s|[Hh]e|[Ss]he|[Tt]hey|[Tt]hat|[Hh]e['’]s|[Ss]he['’]s|[Ww]as|[Ii]s|[Ww]ere|"
    r"[Ff]elt|[Ff]eels|[Ll]ike|[Hh]is|[Hh]er)){0,3})\s*$")
# "I told Imelda, ‘…’": the speaker quoting themself
_HEADLINE_CUE_AFTER = re.compile(r"\s*[,:—–-]?\s*(?:[Ss]ays|[Ss]aid|[Tt]ells|[Aa]dmits|[Dd]ice|[Aa]firma)\b"
                                 # "“I Was Terrified” — Maren Holt Opens Up …"
                                 rf"|\s*[—–]\s*(?P<name>{NAME})")
_TALKS = re.compile(r"(?:I|I['’]m|I['’]ve|I['’]ll|I['’]d|We|We['’]re|We['’]ve|You|You['’]re|It['’]s|My|Our|"
                    r"Yo|No|Nunca|Me|Mi)\b")
# a quoted thing after a preposition is a work or a name: "her role in 'X'", "su papel en «X»"
_OBJECT_OF = re.compile(r"\b(?:in|of|on|from|about|en|de|del|sobre|star|estrella)\s*$", re.I)
# a link to another story, set in its own paragraph: its quotes follow headline grammar
_LINK_LINE = re.compile(r"[ \t]*(?:RELATED|READ MORE|MORE|ALSO READ|READ ALSO|SEE ALSO|WATCH|"
                        r"LEER MÁS|LEE TAMBIÉN|"
                        r"TE PUEDE INTERESAR|MÁS)\s*[:：]\s*", re.I)
_RUBRIC = re.compile(r"(?:Exclusive|EXCLUSIVE|Watch|WATCH|Review|Interview|Trailer|Report|Recap|Update|"
                     r"Opinion|"
                     r"Video|Photos|Breaking|First Look|Listen|Podcast|Explainer|Analysis|Box Office|Ratings|"
                     r"Exclusiva|Entrevista|Crítica)")


def _headline_block(article: Article, bl: list[Block]) -> int | None:
    if len(bl) < 2:
        return None
    first = article.text[bl[0].start:bl[0].end].strip()
    if "\n" in first or len(first) > 220:
        return None
    second = article.text[bl[1].start:bl[1].end].strip()
    if len(bl) > 2 and len(first.split()) <= 3 and not re.search(r"[.!?:\"“”«»„]", first) \
            and "\n" not in second and len(second) <= 220 and re.search(r"[\"“”«»„]", second) \
            and not second.endswith("."):
        return 1  # a section label ("Music", "Esta noche") above a headline that quotes someone
    if first == (article.title or "").strip():
        return 0
    bare = first.rstrip("\"”’'»“ ")
    if len(first) <= 160 and not bare.endswith((".", ",", ";", ":", "!", "?")):
        return 0
    return None

_NAMED_COLON = Lazy(rf"(?<![\w&])({NAME})\s*[:：]\s*$")
_WORD_LAST = re.compile(r"\w\s*$")


class HeadlineRules:
    """Mixin of the quote finder."""

    def _headline(self, s: Span, block: int, start: int | None = None) -> Verdict:
        """The article's headline, or another's in a "RELATED:" link line: headline grammar either way."""
        b = self.blocks[block]
        lo = b.start if start is None else start
        after = self.text[s.end + 1:b.end] if s.closed else ""
        before = self.text[lo:s.start - 1]
        said_after = _HEADLINE_CUE_AFTER.match(after)
        if said_after and said_after.group("name"):
            toks = said_after.group("name").split()  # headline case glues words on: "Maren Holt Opens Up"
            if not any(self.att.mention(" ".join(toks[:k])).kind == "person"
                       for k in range(2, min(len(toks), 4) + 1)):
                said_after = None  # "“…” — Here's What He Said" names nobody
        cue = after.lstrip().startswith((":", "：")) or bool(_HEADLINE_CUE_BEFORE.search(before) or said_after)
        # "Okoye: 'I'm Done'" — a name, a colon, then the quote — is speech however short
        named_colon = _NAMED_COLON.search(before)
        if named_colon and (len(named_colon.group(1)) < 3 or _RUBRIC.fullmatch(named_colon.group(1))):
            named_colon = None  # "Q&A: 'Hollow Crown' …", "Exclusive: 'Title' …" — a rubric, not a person
        q = self.text[s.start:s.end]
        verb_cue = bool(said_after) or bool(_WORD_LAST.search(before)
                                            and _HEADLINE_CUE_BEFORE.search(before))
        # a short single-marked span is a title ('Vesper Lane') unless a verb frames it or it talks ('I Quit')
        talks = bool(_TALKS.match(q)) or q.rstrip().endswith(("!", "?"))
        if not cue or (s.single and not named_colon and not verb_cue and not talks and len(q.split()) < 4):
            return Verdict(SCARE, how="headline-title")
        if q[:1].isupper() and len(q.split()) <= 6 and _OBJECT_OF.search(before):
            return Verdict(SCARE, how="headline-title")  # "…, sobre su papel en «Tierra de nadie»: …"
        rubric_colon = before.rstrip().endswith((":", "：")) and not named_colon and not said_after \
            and not _HEADLINE_CUE_BEFORE.search(before.rstrip()[:-1]) \
            and not after.lstrip().startswith((":", "："))
        if rubric_colon and is_title_like(q):
            return Verdict(SCARE, how="headline-title")  # "Q&A: 'Hollow Crown' Director …"
        head = self.masked[lo:b.end]
        found = sorted({p for p in self.names.people if p in head})
        if not found:
            found = sorted({p for p in self.names.full if p in head})
        found = [p for p in found if not any(p != o and p in o for o in found)]
        if len(found) == 1:
            return Verdict(SPEECH, found[0], None, "headline")
        role = _ROLE_OPENING.match(before) if before.rstrip().endswith((":", "：")) else None
        if role and not named_colon:  # "L'attore in conferenza: «…»": the actor the article is about
            # (the headline names someone the body is about to introduce: read on into it)
            ahead = min(len(self.masked), b.end + 1500)
            men = self.att.described(Mention("descriptor", written=role.group()), (b.end, ahead), ahead)
            if men is not None and men.kind == "person":
                return Verdict(SPEECH, men.name, None, "headline-role")
        return Verdict(SCARE, how="headline-unsure")

