"""Q&A transcripts: each answer is a speech quote of the one who answers, labels left out."""

from __future__ import annotations

import re
from collections import Counter

from search.extract.names.runs import stands_alone
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.names import NAME
from search.extract.quotes.spans import Span
from search.extract.quotes.transcripts import Turn
from search.model import SPEECH, Quote

_TALK = (r"(?:spoke|speaks|talked|talks|chatted|chats|sat down|sits down|caught up|catches up|"
         r"convers(?:ó|a)|habl(?:ó|a)|charl(?:ó|a)|platic(?:ó|a)|conversou|falou)")
_TALKED_WITH = re.compile(
    rf"\b(?:{_TALK}\s+(?:to|with)|interviewed|asked)\s+(?:(?:the\s+)?[a-z-]+\s+){{0,2}}(?P<after>{NAME})"
    rf"|(?!(?:We|I|They|He|She|You|It)\b)(?P<before>{NAME})(?:,[^,.\n]{{3,90}},)?\s+(?:(?:recently|also|exclusively)\s+)?"
    rf"{_TALK}\s+(?:to|with|con|com)\b")


class TranscriptAnswers:
    """Mixin of the quote finder."""

    # -- transcripts -------------------------------------------------------------------------
    def _interviewee(self) -> str | None:
        first = min(self.turns)
        # "We sat down with Rao", "showrunner Alex Gansa talks to EW": the intro says who is answering
        for b in reversed(self.blocks[:first]):
            for m in _TALKED_WITH.finditer(self.att.masked, b.start, b.end):
                men = self.att.mention(m.group("after") or m.group("before"))
                if men.kind == "person" and men.name:
                    return men.name
        counts: Counter[str] = Counter()
        for n, b in enumerate(self.blocks[:first]):
            if n == self.headline:
                continue  # (the headline may name a role: it only tips a tie, below)
            placed = [(m, lo, hi) for m, lo, hi in self.att.placed_mentions(b.start, b.end)
                      if m.kind == "person" and m.name]
            for m, lo, hi in placed:
                # a name on a line of its own, like a caption over the interview, counts twice
                alone = len(placed) == 1 and not self.text[b.start:lo].strip() and not self.text[hi:b.end].strip()
                counts[m.name] += 2 if alone else 1
        if self.headline is not None:
            head = self.text[self.blocks[0].start:self.blocks[0].end]
            for name in list(counts):  # "Gansa on the finale": the surname will do
                if stands_alone(head, name.split()[-1]):
                    counts[name] += 2
        if not counts:
            return None
        (best, n), *rest = counts.most_common(2) + [("", 0)]
        return best if n > rest[0][1] else None

    def _label_speaker(self, label: str | None, interviewee: str | None) -> str | None:
        if label is None or re.fullmatch(r"A|ANSWER|RESPUESTA|R", label, re.I):
            return interviewee
        fuller = [t.label for t in self.turns.values() if t.label and " " in t.label
                  and label in t.label.split() and t.label != label]
        if " " not in label and len(set(fuller)) == 1:
            # "CALDER:" after "CALDER PRYCE:" is Calder Pryce, whoever else is called Calder
            label = fuller[0]
        if re.fullmatch(r"[A-Z]{2,3}", label):
            # "IM:" after one full mention of Ines Marlow: the one person with those initials
            known = {*self.names.people, *self.names.full}
            match = {p for p in known if "".join(w[0] for w in p.split()) == label}
            if len(match) == 1:
                return match.pop()
        written = label.title() if label.isupper() else label
        men = self.att.mention(written)
        full = len(written.split()) >= 2
        # a label with the name in full: a word the article puts before the name is no part of it
        if men.kind == "person" and not (full and (men.name or "").endswith(" " + written)):
            return men.name
        if full:
            return written
        # "KAYDO:" answering throughout, with no one else to be: a stage name is a name
        return interviewee or (written if len(written) >= 4 and re.search(r"[aeiouy]", written.lower()) else None)

    def _answer(self, turn: Turn, spans: list[Span], interviewee: str | None) -> None:
        speaker = self._label_speaker(turn.label, interviewee)
        end = turn.end
        while end > turn.start and self.text[end - 1].isspace():
            end -= 1
        start = turn.start
        while start < end and self.text[start] in "—–- \t":
            start += 1  # "—Muchísimo." — the raya opens the turn, it is not said
        # "Ludwig Hahn: „Absolut.“" — the marks around a whole answer are not said either
        wrapper = next((s for s in spans if s.start - 1 == start and s.end >= end - 1), None)
        if wrapper is not None:
            start, end = wrapper.start, wrapper.end
            spans = [s for s in spans if s is not wrapper] + wrapper.inner
        if start >= end:
            return
        v = Verdict(SPEECH, speaker, None, "transcript")
        self.out.append(Quote(self.text[start:end], start, end, speaker, SPEECH, via="transcript"))
        if speaker:
            self.att.last_speaker = self.inner_att.last_speaker = Mention("person", speaker)
        for s in spans:
            sv = self._decide_inner(s, start, end, start, v, self.att)
            self.out.append(Quote(self.text[s.start:s.end], s.start, s.end, sv.speaker, sv.kind, sv.actor, sv.how))
            self._inner(s, sv, s.start, self.inner_att)
        self.prev = None

    # -- the sieve ---------------------------------------------------------------------------
