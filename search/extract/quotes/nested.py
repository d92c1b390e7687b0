"""Quotes inside quotes: the outer speaker quoting themself or someone else, or a title."""

from __future__ import annotations

import re

from search.extract.quotes.cues import _SCARE_BEFORE
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.sentences import is_title_like, sentence_bounds
from search.extract.quotes.spans import Span
from search.extract.quotes.speakers import Attributor, in_show_cue, verdict_of
from search.extract.quotes.verbs import VERB
from search.model import SCARE, SPEECH

_SELF_FRAME = re.compile(rf"\b(?:I|[Ww]e)\s+(?:\w+\s+){{0,5}}?(?:{VERB})\b(?:\s+[\w’']+){{0,3}}[,:]?\s*$"
                         r"|\b(?:le |les )?dije\b(?:\s+[\w’']+){0,3}[,:]?\s*$")


_SAID_SENTENCE = re.compile(r"\s*[¿¡]?[A-ZÀ-Þ][^\n]*[.!?,…]\s*$")
# "Like, “…”", "we thought, “…”": the one answering voicing a thought ("she says, “…”" may be a role's line)
_VOICED = re.compile(r"(?:\b(?:[Ll]ike|thinking|wondering|(?:I|[Ww]e)\s+(?:\w+\s+){0,2}?"
                     r"(?:thought|think|went|go|was like|wondered)))"
                     r"[,:]?\s*$")


class NestedQuotes:
    """Mixin of the quote finder."""

    def _decide_inner(self, s: Span, lo: int, hi: int, chain_lo: int, pv: Verdict,
                      att: Attributor) -> Verdict:
        text = self.text
        q = text[s.start:s.end]
        sent_lo, _ = sentence_bounds(att.masked, lo, hi, s.start - 1)
        pre = att.masked[sent_lo:s.start - 1]
        if _SELF_FRAME.search(pre) and pv.kind == SPEECH:
            return Verdict(SPEECH, pv.speaker, None, "inner-self")
        cue = in_show_cue(att, sent_lo, s.start - 1, context=text[chain_lo:hi])
        if cue:
            cue = self._role_of_interviewee(cue, self._interviewee_name)
        if cue and cue.speaker:
            return cue
        if _SCARE_BEFORE.search(pre[-60:]) or is_title_like(q):
            return Verdict(SCARE, how="inner-title")
        post = None
        if s.closed:
            _, post_hi = sentence_bounds(att.masked, lo, hi, s.end + 1)
            post = att.post_frame(s.end + 1, max(post_hi, s.end + 1))
        men = post
        if men is None:
            # inside a quote, only a frame right before the nested one: "She said, ‘…’"
            men, _ = att.pre_frame(sent_lo, s.start - 1, max_gap=2)
        if men is not None and men.kind == "self":
            return Verdict(SPEECH, pv.speaker, None, "inner-self") if pv.kind == SPEECH else Verdict(SCARE)
        if men is not None and men.kind in ("pronoun", "descriptor"):
            found = [m for m in att.mentions_in(chain_lo, s.start - 1) if m.name != pv.speaker]
            men = found[-1] if found else self._only_other(s, pv.speaker, att)
            if men is None:
                return Verdict(SPEECH, None, None, "inner-pronoun")
        v = verdict_of(men, "inner")
        if v:
            return v
        if cue:
            return cue
        if not s.single and pv.how == "transcript" and pv.speaker and _SAID_SENTENCE.match(q) \
                and len(q.split()) >= 4 and _VOICED.search(pre):
            # "Like, “If we make this decision here, where does it lead?”": the speaker voicing a thought
            return Verdict(SPEECH, pv.speaker, None, "inner-outer")
        return Verdict(SCARE, how="inner-none")


    def _only_other(self, s: Span, speaker: str | None, att: Attributor) -> Mention | None:
        """"She said, ‘…’" inside someone's quote, with the one other person named just before (the
        question that asked about her, the first half of the quote): that person."""
        b = s.block
        lo = self.blocks[b - 1].start if b > 0 else self.blocks[b].start
        names = {m.name: m for m in att.mentions_in(lo, s.start - 1)
                 if m.kind == "person" and m.name != speaker}
        return next(iter(names.values())) if len(names) == 1 else None


