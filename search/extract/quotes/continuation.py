"""Continuation: a quote with no frame of its own goes on with the previous speaker's words."""

from __future__ import annotations

import re
from itertools import pairwise

from search.extract.quotes.cues import _ACTING, RELATIONAL
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.sentences import is_title_like, sentences
from search.extract.quotes.spans import Block, Span
from search.extract.quotes.verbs import _VERB_RE, IMPLICIT_SUBJECT
from search.model import SPEECH, Quote

# "Asimismo, comentó que …": a sentence reporting more of what the one speaking said, subject left out
_REPORTS_ON = re.compile(rf"\s*(?:[A-ZÀ-Þ]\w*\s*,\s*|[YE]\s+)?(?:{IMPLICIT_SUBJECT})\s+(?:que|che)\b", re.I)

_SENTENCE_END = re.compile(r"[.!?]\s")
_SEE_ALSO = re.compile(r"\s*(?:See also|SEE ALSO|Read more|READ MORE|Also read|ALSO READ|Related|RELATED|Lee también|"
                       r"Leer más|Lire aussi|À lire aussi|Auch interessant|Leggi anche)\b[^\n]*$")


class Continuation:
    """Mixin of the quote finder."""

    def _still_speaking(self, post: Mention | None, open_at: int) -> Mention | None:
        """"«…», subrayó la actriz. Asimismo, comentó que … Antonia … «…», concluyó.": a subject left
        out through sentences that only report more of the same speaker's words is still that speaker,
        whoever those sentences name."""
        if post is None or post.kind != "pronoun" or post.written or self.prev is None:
            return None
        ps, pv = self.prev
        if pv.kind != SPEECH or not pv.speaker:
            return None
        spans = sentences(self.masked, ps.end + 1, open_at)
        if not any(_REPORTS_ON.match(self.masked, a, b) for a, b in spans):
            return None
        if all(_REPORTS_ON.match(self.masked, a, b) or not self.att.placed_mentions(a, b) for a, b in spans):
            return Mention("person", pv.speaker, written=pv.speaker)
        return None

    def _continues(self, s: Span, b: Block) -> bool:
        if self.prev is None:
            return False
        ps, pv = self.prev
        if not pv.attributed or is_title_like(self.text[s.start:s.end]):
            return False
        if ps.block == s.block:
            between = (ps.end + 1, s.start - 1)
            if RELATIONAL.search(self.masked[between[0]:between[1]]):
                return False  # "…,” Nina told the crowd. Her brother jumped in: “…”
            # "says Harriet Loame, who plays Agatha Pike. “…”": a role named in passing is not a new speaker
            known = set(self.names.people) or None
            others = [m for m, _, end in self.att.placed_mentions(*between) if m.name != pv.speaker
                      and not (pv.kind == SPEECH and m.kind == "character")
                      # "she told the podcast Set Visit": capitalised words the article never calls a person
                      and (known is None or m.kind != "person" or m.name in known)
                      # "said Wendy Caldera, President, Scripted Programming": a title, not a subject
                      and (_ACTING.match(self.masked, end) or not self._in_frame_of(pv, ps, end))]
            own_frame = _VERB_RE.search(self.masked[between[0]:between[1]])
            long_enough = len(self.text[s.start:s.end].split()) >= 4
            return not others and (bool(own_frame) or self._starts_sentence(s) or long_enough)
        if ps.block != s.block - 1 and not all(self._furniture(self.blocks[k])
                                               for k in range(ps.block + 1, s.block)):
            return False
        at_start = not self.text[b.start:s.start - 1].strip(" *_>\t")
        if not at_start:
            return False
        if not ps.closed:
            return True
        # the whole paragraph is the quote: nothing outside it names anyone
        rest = self.masked[s.end + 1:b.end] if s.closed else ""
        return not self.att.mentions_in(s.end + 1, b.end) and not _VERB_RE.search(rest)

    def _furniture(self, b: Block) -> bool:
        """An embed's leftovers between two paragraphs of a statement ("View this post on Instagram"):
        short lines that are no sentence and quote nothing."""
        if _SEE_ALSO.match(self.text, b.start, b.end):
            return True  # "See also  Band Unveils New Single …": a link to another story
        lines = [ln.strip() for ln in self.text[b.start:b.end].splitlines() if ln.strip()]
        short = all(len(ln) <= 80 and ":" not in ln and not ln.endswith((".", "!", "?", "”", '"')) for ln in lines)
        return len(lines) <= 3 and short and self.masked[b.start:b.end] == self.text[b.start:b.end]

    def _in_frame_of(self, pv: Verdict, ps: Span, at: int) -> bool:
        """Whether ``at`` lies in the sentence that attributes the previous quote to its speaker."""
        if not pv.speaker:
            return False
        frame = self.masked[ps.end + 1:at]
        return pv.speaker.split()[-1] in frame and not _SENTENCE_END.search(frame)

    def _starts_sentence(self, s: Span) -> bool:
        before = self.masked[max(0, s.start - 200):s.start - 1].rstrip()
        return not before or before[-1] in ".!?:…" or before.endswith("x")

    def _carried_back(self, decided: list[tuple[Span, Quote]]) -> None:
        """A quotation over several paragraphs opens each with a mark and closes only the last, where
        its speaker is named: the opening paragraphs nobody framed are that speaker's too."""
        for (s, q), (ns, nq) in reversed(list(pairwise(decided))):
            if s.closed or q.via != "none" or ns.block != s.block + 1 or nq.kind != SPEECH or not nq.speaker:
                continue
            b, nb = self.blocks[s.block], self.blocks[ns.block]
            opens = not self.text[b.start:s.start - 1].strip(" *_>\t")
            next_opens = not self.text[nb.start:ns.start - 1].strip(" *_>\t")
            if opens and next_opens and len(q.text.split()) >= 4 and not is_title_like(q.text):
                q.kind, q.speaker, q.via = SPEECH, nq.speaker, "carried-back"
