"""Passes over all of an article's quotes once each has its verdict."""

from __future__ import annotations

import re
from collections import Counter

from search.extract.names.runs import stands_alone
from search.extract.quotes.sentences import is_title_like
from search.model import IN_SHOW, SCARE, SPEECH, Quote


class Afterwards:
    """Mixin of the quote finder."""

    def _single_marks(self) -> None:
        if self.single_style:
            return
        # single marks in an article's body set off titles and words, never speech, unless the body
        # is British style; headlines quote with them, and a quote within a quote is its speaker's
        head = self.blocks[self.headline] if self.headline is not None else None
        for q in self.out:
            if q.kind == SCARE or not q.start or self.text[q.start - 1] not in "'‘‚" or (
                    head and head.start <= q.start < head.end):
                continue
            if not any(o.start <= q.start and q.end <= o.end and o is not q for o in self.out):
                q.kind, q.speaker, q.actor, q.via, q.alt_speakers = SCARE, None, None, "single-marks", []

    def _named_inside(self) -> None:
        """"Greta is the best partner," says the 45-year-old: whoever says it, it is not Greta. A speaker
        worked out from a pronoun or a description is dropped when the quote names them and the words
        around it do not."""
        dropped = None
        for q in self.out:
            if q.kind != SPEECH or not q.speaker or q.via in ("transcript", "headline", "headline-main", "inciso"):
                continue
            if q.via == "continuation" and q.speaker == dropped:
                q.speaker, q.alt_speakers, q.via = None, [], "continuation-named-inside"
                continue  # going on with words that were never theirs
            dropped = None
            words = [w for w in q.speaker.split() if len(w) > 2]
            inside = any(stands_alone(q.text, w) for w in words)
            # the quote's own sentence, outside the quote: where a frame would name the speaker
            before = _SENTENCE_BREAK.split(self.masked[max(0, q.start - 200):q.start - 1])[-1]
            after = _SENTENCE_BREAK.split(self.masked[q.end + 1:q.end + 120])[0]
            around = before + " " + after
            if inside and not any(stands_alone(around, w) for w in words):
                dropped = q.speaker
                q.speaker, q.alt_speakers, q.via = None, [], f"{q.via}-named-inside"

    def _pull_quotes(self) -> None:
        """A pull quote repeats a sentence the article quotes properly elsewhere, with no frame of its
        own: it is that speaker's, wherever it sits."""
        said: dict[str, list[Quote]] = {}
        for o in self.out:
            if o.kind == SPEECH and o.speaker:
                said.setdefault(_bare(o.text), []).append(o)
        head = self.blocks[self.headline] if self.headline is not None else None
        for q in self.out:
            # a headline may pull even a few words: "“I never stopped writing”: a late comeback"
            in_head = head is not None and head.start <= q.start < head.end and not is_title_like(q.text)
            shortest = 3 if in_head else 5
            if q.kind != SCARE or len(q.text.split()) < shortest:
                continue
            bare = _bare(q.text)
            # never the quotation it is nested in: "My mother used to say, ‘…’" is not the speaker's own line
            owners = {o.speaker for b, quotes in said.items() if bare in b
                      for o in quotes if not o.start <= q.start < o.end}
            if len(owners) == 1:
                q.kind, q.speaker = SPEECH, owners.pop()

    def _headline_speaker(self) -> None:
        """A headline quote that names nobody belongs to the one person the article quotes at length."""
        said = Counter(q.speaker for q in self.out if q.kind == SPEECH and q.speaker and q.via != "headline")
        ranked = said.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return
        if self.headline is None:
            return
        head = self.blocks[self.headline]
        for q in self.out:  # the article's own headline, not another's in a "READ MORE:" line
            if q.via == "headline-unsure" and head.start <= q.start < head.end:
                q.kind, q.speaker, q.via = SPEECH, ranked[0][0], "headline-main"

    def _trim_spaces(self) -> None:
        for q in self.out:  # « Je suis prête »: the spaces inside the guillemets are not said
            lead, trail = len(q.text) - len(q.text.lstrip()), len(q.text) - len(q.text.rstrip())
            if (lead or trail) and q.text.strip():
                q.text, q.start, q.end = q.text.strip(), q.start + lead, q.end - trail

    def _credited_lines(self) -> None:
        """In a list of a show's lines each credited "— Name", once one name is a character the others
        are characters too, whatever else the article calls them."""
        credited = [q for q in self.out if q.via == "after-credit"]
        if not self.recap and not any(q.kind == IN_SHOW for q in credited):
            return  # (a recap or a list of a show's lines credits its characters)
        for q in credited:
            if q.kind == SPEECH and q.speaker and not self.names.is_actor(q.speaker):
                q.kind = IN_SHOW


def _bare(text: str) -> str:
    return " ".join(_PUNCTUATION.sub("", text.replace("’", "'")).lower().split())


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_PUNCTUATION = re.compile(r"[^\w\s]")
