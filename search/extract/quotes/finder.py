"""Find quoted spans and say who spoke them.

``find_quotes`` is the entry point ``search.extract`` calls.  Spans come from
``quote_spans``, transcript turns from ``quote_transcripts``, and the sieve that
names speakers and kinds from ``quote_speakers``.  Nested quotes are emitted after
their parent as quotes of their own; a transcript answer is a speech quote of the
interviewee, and the quoted spans inside it are nested in it.
"""

from __future__ import annotations

import re
from collections import Counter

from search.extract.quotes.names import NAME, Names
from search.extract.quotes.spans import Block, Span, blocks, find_spans
from search.extract.quotes.speakers import (
    _ACTING,
    _SCARE_BEFORE,
    _TITLE_BEFORE,
    RELATIONAL,
    SAYING,
    VERB,
    Attributor,
    Mention,
    Verdict,
    in_show_cue,
    is_title_like,
    mask,
    sentence_bounds,
    sentences,
    verdict_of,
)
from search.extract.quotes.transcripts import Turn, find_turns
from search.model import IN_SHOW, SCARE, SPEECH, Article, CastPair, Quote

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
_ROLE_OPENING = re.compile(
    r"\s*(?:The|El|La)\s+(?:actor|actress|actriz|star|director|directora|showrunner|creator|creador|"
    r"creadora|filmmaker|cineasta|intérprete|protagonista)\b")
_SELF_FRAME = re.compile(rf"\b(?:I|[Ww]e)\s+(?:\w+\s+){{0,5}}?(?:{VERB})\b(?:\s+[\w’']+){{0,3}}[,:]?\s*$"
                         r"|\b(?:le |les )?dije\b(?:\s+[\w’']+){0,3}[,:]?\s*$")


# "“the Bible,” as everyone calls it": a name for a thing, whoever uses it
_AS_CALLED = re.compile(r"[,\s]*(?:as|like|como)\s+(?:[\w’']+\s+){0,3}?"
                        r"(?:calls?|called|dubs?|dubbed|nicknamed|"
                        r"refers? to|know|knows|llaman?|conocen?)\s+(?:it|him|her|them|the \w+|lo|la|le)\b")
_NICKNAME_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-ZÀ-Þ][\w'’-]+\s$")
_NICKNAME_AFTER = re.compile(r"\s[A-ZÀ-Þ][\w'’-]+\b")
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
_CREDIT_LINE = re.compile(
    r"(?:Showrunners?|Creators?|Co-creators?|Creator and showrunner|Creators and showrunners|Director|"
    r"Writer|Writer-director|Executive producers?|Host|Star|Creadora?|Directora?|Showrunner y creadora?)"
    rf"\s*[:：]\s*(?P<names>{NAME}(?:(?:\s+(?:and|&|y)\s+|,\s*){NAME})*)\s*")


def find_quotes(article: Article, people: list[str], cast: list[CastPair]) -> list[Quote]:
    return _Finder(article, people, cast).run()


def _headline_block(article: Article, bl: list[Block]) -> int | None:
    if len(bl) < 2:
        return None
    first = article.text[bl[0].start:bl[0].end].strip()
    if "\n" in first or len(first) > 220:
        return None
    if first == (article.title or "").strip():
        return 0
    bare = first.rstrip("\"”’'»“ ")
    if len(first) <= 160 and not bare.endswith((".", ",", ";", ":", "!", "?")):
        return 0
    return None


class _Finder:
    def __init__(self, article: Article, people: list[str], cast: list[CastPair]):
        self.text = text = article.text
        self.spans = find_spans(text)
        self.blocks = blocks(text)
        self.headline = _headline_block(article, self.blocks)
        body_from = self.blocks[1].start if self.headline is not None else 0
        self.names = Names.of(text[body_from:], people, cast)
        self.masked = mask(text, self.spans)
        self.att = Attributor(text, self.masked, self.names)
        inner = [i for s in self.spans for i in _walk(s.inner)]
        self.inner_att = Attributor(text, mask(text, inner), self.names)
        self.turns = {t.block: t for t in find_turns(text, self.blocks)}
        # British style: single marks quote speech when the body has no double-marked quotation at all
        body = [s for s in self.spans if s.block != self.headline]
        self.single_style = bool(body) and all(s.single for s in body) and len(body) >= 2
        self.out: list[Quote] = []
        self.prev: tuple[Span, Verdict] | None = None
        self.chain_lo: int | None = None
        self._interviewee_name: str | None = None

    # -- driving -----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        by_block: dict[int, list[Span]] = {}
        for s in self.spans:
            by_block.setdefault(s.block, []).append(s)
        interviewee = self._interviewee_name = self._interviewee() if self.turns else None
        for n in range(len(self.blocks)):
            turn = self.turns.get(n)
            spans = by_block.get(n, [])
            if turn is not None and not turn.question:
                self._answer(turn, spans, interviewee)
                continue
            for s in spans:
                v = self._decide(s, question=turn is not None, interviewee=interviewee)
                self._emit(s, v)
                chain_lo = self.chain_lo if self.chain_lo is not None else s.start
                self._inner(s, v, chain_lo, self.inner_att)
                self.chain_lo = chain_lo if not s.closed else None
                self.prev = (s, v)
        self._pull_quotes()
        return self.out

    def _pull_quotes(self) -> None:
        """A pull quote repeats a sentence the article quotes properly elsewhere, with no frame of its
        own: it is that speaker's, wherever it sits."""
        said: dict[str, list[Quote]] = {}
        for o in self.out:
            if o.kind == SPEECH and o.speaker:
                said.setdefault(_bare(o.text), []).append(o)
        for q in self.out:
            if q.kind != SCARE or len(q.text.split()) < 5:
                continue
            bare = _bare(q.text)
            # never the quotation it is nested in: "My mother used to say, ‘…’" is not the speaker's own line
            owners = {o.speaker for b, quotes in said.items() if bare in b
                      for o in quotes if not o.start <= q.start < o.end}
            if len(owners) == 1:
                q.kind, q.speaker = SPEECH, owners.pop()

    def _emit(self, s: Span, v: Verdict) -> None:
        self.out.append(Quote(self.text[s.start:s.end], s.start, s.end, v.speaker, v.kind, v.actor, v.how))
        if v.kind == SPEECH and v.speaker:
            self.att.last_speaker = self.inner_att.last_speaker = Mention("person", v.speaker)

    def _inner(self, parent: Span, pv: Verdict, chain_lo: int, att: Attributor) -> None:
        for s in parent.inner:
            v = self._decide_inner(s, parent.start, parent.end, chain_lo, pv, att)
            self.out.append(Quote(self.text[s.start:s.end], s.start, s.end, v.speaker, v.kind, v.actor, v.how))
            if s.inner:
                deeper = Attributor(self.text, mask(self.text, list(_walk(s.inner))), self.names)
                self._inner(s, v, s.start, deeper)

    # -- transcripts -------------------------------------------------------------------------
    def _interviewee(self) -> str | None:
        first = min(self.turns)
        counts: Counter[str] = Counter()
        for b in self.blocks[:first]:
            for m in self.att.mentions_in(b.start, b.end):
                if m.kind == "person" and m.name:
                    counts[m.name] += 1
        if self.headline is not None:
            head = self.text[self.blocks[0].start:self.blocks[0].end]
            for name in list(counts):
                if name in head:
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
        written = label.title() if label.isupper() else label
        men = self.att.mention(written)
        if men.kind == "person":
            return men.name
        return written if len(written.split()) >= 2 else interviewee

    def _answer(self, turn: Turn, spans: list[Span], interviewee: str | None) -> None:
        speaker = self._label_speaker(turn.label, interviewee)
        end = turn.end
        while end > turn.start and self.text[end - 1].isspace():
            end -= 1
        start = turn.start
        while start < end and self.text[start] in "—–- \t":
            start += 1  # "—Muchísimo." — the raya opens the turn, it is not said
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
    def _decide(self, s: Span, question: bool, interviewee: str | None) -> Verdict:
        att, text = self.att, self.text
        b = self.blocks[s.block]
        prev_b = self.blocks[s.block - 1] if s.block > 0 else None
        prev_range = (prev_b.start, prev_b.end) if prev_b else None
        open_at = s.start - 1
        q = text[s.start:s.end]
        sent_lo, _ = sentence_bounds(self.masked, b.start, b.end, open_at)
        if s.block == self.headline:
            return self._headline(s, s.block)
        if _LINK_LINE.match(text, b.start, b.end):
            return self._headline(s, s.block, start=_LINK_LINE.match(text, b.start, b.end).end())
        post = None
        if s.closed:
            _, post_hi = sentence_bounds(self.masked, b.start, b.end, s.end + 1)
            post = att.post_frame(s.end + 1, max(post_hi, s.end + 1))
            if post is not None and q.rstrip().endswith(".") and "xx" in self.masked[s.end + 1:post_hi]:
                post = None
        pre = self.masked[sent_lo:open_at]
        resolved = att.resolve(post, (b.start, b.end), open_at, prev_range) if post is not None else None
        named = resolved is not None and resolved.kind in ("person", "character")
        single_title = s.single and not self.single_style and not pre.rstrip().endswith(":")
        # Halberd's “Wolfsbane,” / the cast of “Vigil” — one capitalised word owned or placed is a title
        single_title = single_title or bool(re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+[,.]?", q.strip()) and re.search(
            r"(?:\w['’]s?|\b(?:of|in|on|from|for|at|with|de|en|del))\s*$", pre))
        if not named and (is_title_like(q) or single_title):
            if not self._continues(s, b):
                return Verdict(SCARE, how="title")
        if re.fullmatch(r"\s*[#@]\w+[,.]?\s*", q):
            return Verdict(SCARE, how="hashtag")  # fans trending “#SaveHarrowHouse”: a tag, not a sentence
        if s.closed and _NICKNAME_BEFORE.search(text, max(0, open_at - 40), open_at) and \
                _NICKNAME_AFTER.match(text, s.end + 1) and len(q.split()) <= 3 and \
                re.fullmatch(r"(?:[A-ZÀ-Þ][\w'’.-]*\s?){1,3}", q):
            return Verdict(SCARE, how="nickname")  # Loretta “Lolly” Beaumont
        if _SCARE_BEFORE.search(pre[-60:]) or (q[:1].isupper() and _TITLE_BEFORE.search(pre)) or (
                s.closed and _AS_CALLED.match(text, s.end + 1)):
            return Verdict(SCARE, how="scare-cue")
        cue = in_show_cue(att, sent_lo, open_at)
        on_screen = cue is not None and cue.how == "onscreen" and self.names.character(cue.speaker or "")
        if cue and (cue.how == "line-of" or on_screen):
            return cue  # "the scene in which Inés screams at her brother: …" even after "she recalled"
        if post is not None:
            # an explicit frame whose "he" cannot be pinned on anyone is still speech, unattributed
            return self._verdict(resolved, "after", s, pre) or Verdict(SPEECH, None, None, "after-unsure")
        if question and interviewee and re.search(r"\b(?:you|your|You|Your)\b", pre) and not att.mentions_in(
                sent_lo, open_at):
            return Verdict(SPEECH, interviewee, None, "question-you")
        inciso = att.inciso(s.start, s.end)
        if inciso is not None:
            v = self._verdict(att.resolve(inciso, (b.start, b.end), open_at, prev_range), "inciso", s, pre)
            if v:
                return v
        men, had_verb = att.pre_frame(sent_lo, open_at)
        if (men is None or men.kind == "unknown") and pre.rstrip().endswith(":"):
            men = self._colon_subject(sent_lo, open_at) or men
        if men is not None:
            v = self._verdict(att.resolve(men, (b.start, b.end), open_at, prev_range), "before", s, pre)
            if v:
                return v
            if men.kind == "pronoun":
                return Verdict(SPEECH, None, None, "before-unsure")
        cue = in_show_cue(att, sent_lo, open_at)
        if cue:
            return self._role_of_interviewee(cue, interviewee)
        if had_verb and men is None and att.gap <= 4 and SAYING.fullmatch(att.verb):
            # "In a statement, the studio said: …" / "Her rep told People, …": said, but by no one named
            return Verdict(SPEECH, None, None, "frame-unnamed")
        if self._continues(s, b):
            pv = self.prev[1]
            return Verdict(pv.kind, pv.speaker, pv.actor, "continuation")
        lead = self._lead_in(s, b, prev_b, sent_lo, open_at) or self._credit_line(s, b, prev_b)
        if lead:
            return lead
        return Verdict(SCARE, how="none")

    def _credit_line(self, s: Span, b: Block, prev_b: Block | None) -> Verdict | None:
        """A round-up entry: ``Showrunner: Annika Solberg`` on the line before a paragraph that is
        all quotation.  Two names credited together are speech nobody can be named for alone."""
        line_start = self.text.rfind("\n", 0, s.start - 1) + 1
        if self.text[line_start:s.start - 1].strip(" *_>\t"):
            return None  # the quote must open its own line
        before = self.text[prev_b.start if prev_b else b.start:line_start].strip().splitlines()
        if not before:
            return None
        m = _CREDIT_LINE.fullmatch(before[-1].strip(" *_"))
        if not m:
            return None
        names = [n for n in re.split(r"\s+(?:and|&|y)\s+|,\s*", m.group("names")) if n]
        if len(names) != 1:
            return Verdict(SPEECH, None, None, "credit-line-joint")
        self.att.here = prev_b.end
        men = self.att.mention(names[0])
        return Verdict(SPEECH, men.name, None, "credit-line") if men.kind == "person" else None

    def _colon_subject(self, lo: int, hi: int) -> Mention | None:
        """``El actor también tuvo palabras…: “…”`` / ``Oduya didn't hesitate: "…"``: the subject."""
        seg = self.masked[lo:hi]
        if RELATIONAL.match(seg.strip()):
            return Mention("anonymous")  # "Her brother jumped in: …" is not her
        role = _ROLE_OPENING.match(seg)
        if role:
            # "La showrunner de la serie, Marta Echeverría, lo despidió: …" names her; bare, it is the last
            named = [p for p in self.att.placed_mentions(lo, hi, subjects=True)
                     if p[1] - lo <= role.end() + 30]
            return named[0][0] if named else self.att.last_speaker
        placed = self.att.placed_mentions(lo, hi, subjects=True)
        if placed:
            return placed[0][0]
        m = re.match(r"\s*(?:[^,]*,\s*)?(he|she|they|He|She|They)\b", seg)
        return self.att.mention(m.group(1)) if m else None

    def _role_of_interviewee(self, v: Verdict, interviewee: str | None) -> Verdict:
        """In an interview with an actor, "the line" with no one named is that actor's character's."""
        if v.kind == IN_SHOW and v.speaker is None and interviewee:
            role = self.names.is_actor(interviewee)
            if role:
                return Verdict(IN_SHOW, role.character, role.actor, v.how + "-interviewee")
        return v

    def _verdict(self, men: Mention | None, how: str, s: Span, pre: str) -> Verdict | None:
        if men is not None and men.kind == "unknown" and men.written and " " not in men.written.strip():
            # a bare first name that is nobody in the article: a character when the frame is on screen
            if re.search(r"\b(?:screams|shrieks|yells|tells (?:him|her)|snaps|cries|whispers)\b",
                         self.masked[s.end:s.end + 60] + " " + pre):
                return Verdict(IN_SHOW, men.written.strip(), None, how + "-onscreen")
        return verdict_of(men, how)

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
            own_frame = re.search(rf"\b(?:{VERB})\b", self.masked[between[0]:between[1]])
            long_enough = len(self.text[s.start:s.end].split()) >= 4
            return not others and (bool(own_frame) or self._starts_sentence(s) or long_enough)
        if ps.block != s.block - 1:
            return False
        at_start = not self.text[b.start:s.start - 1].strip(" *_>\t")
        if not at_start:
            return False
        if not ps.closed:
            return True
        # the whole paragraph is the quote: nothing outside it names anyone
        rest = self.masked[s.end + 1:b.end] if s.closed else ""
        return not self.att.mentions_in(s.end + 1, b.end) and not re.search(rf"\b(?:{VERB})\b", rest)

    def _in_frame_of(self, pv: Verdict, ps: Span, at: int) -> bool:
        """Whether ``at`` lies in the sentence that attributes the previous quote to its speaker."""
        if not pv.speaker:
            return False
        frame = self.masked[ps.end + 1:at]
        return pv.speaker.split()[-1] in frame and not re.search(r"[.!?]\s", frame)

    def _starts_sentence(self, s: Span) -> bool:
        before = self.masked[max(0, s.start - 200):s.start - 1].rstrip()
        return not before or before[-1] in ".!?:…" or before.endswith("x")

    def _lead_in(self, s: Span, b: Block, prev_b: Block | None, sent_lo: int, open_at: int) -> Verdict | None:
        pre = self.masked[sent_lo:open_at].strip()
        if pre and not pre.endswith(":"):
            return None
        if is_title_like(self.text[s.start:s.end]) or len(self.text[s.start:s.end].split()) < 3:
            return None
        if sent_lo > b.start:
            lead_lo, lead_hi = sentences(self.masked, b.start, sent_lo)[-1]
            lead_block = b
        elif prev_b is not None and (
                self.masked[prev_b.start:prev_b.end].rstrip().endswith(":")
                or (self.masked[prev_b.start:prev_b.end] == self.text[prev_b.start:prev_b.end]
                    and self.att.pre_frame(*sentences(self.masked, prev_b.start, prev_b.end)[-1])[0])):
            # "X shared a tribute on Sunday night." then the tribute, a paragraph of its own
            lead_lo, lead_hi = sentences(self.masked, prev_b.start, prev_b.end)[-1]
            lead_block = prev_b
        else:
            return None
        if self.prev is not None and self.prev[1].attributed and self.prev[0].end > lead_lo \
                and not pre.endswith(":"):
            return None  # the lead-in sentence is itself a quote's frame
        men, _ = self.att.pre_frame(lead_lo, lead_hi)
        if men is None:
            men = self.att.sentence_subject(lead_lo, lead_hi)
        if men is None:
            m = re.match(r"\s*(?:[^,]*,\s*)?(he|she|they|He|She|They)\b", self.masked[lead_lo:lead_hi])
            men = self.att.mention(m.group(1)) if m else None
        if men is None:
            return None
        if men.kind == "unknown":
            # someone named but not resolvable (``Duffer`` with two Duffers): speech, honestly unattributed
            return Verdict(SPEECH, None, None, "lead-in-unsure") if men.written else None
        if lead_block is not b:
            before = (lead_block.start, lead_block.end)
        else:
            before = (prev_b.start, prev_b.end) if prev_b else None
        men = self.att.resolve(men, (lead_block.start, lead_block.end), lead_lo, before)
        return verdict_of(men, "lead-in") if men is not None and men.kind in ("person", "character") else None

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
        named_colon = re.search(rf"(?<![\w&])({NAME})\s*[:：]\s*$", before)
        if named_colon and (len(named_colon.group(1)) < 3 or _RUBRIC.fullmatch(named_colon.group(1))):
            named_colon = None  # "Q&A: 'Hollow Crown' …", "Exclusive: 'Title' …" — a rubric, not a person
        q = self.text[s.start:s.end]
        verb_cue = bool(said_after) or bool(re.search(r"\w\s*$", before)
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
        return Verdict(SCARE, how="headline-unsure")

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
        return Verdict(SCARE, how="inner-none")


    def _only_other(self, s: Span, speaker: str | None, att: Attributor) -> Mention | None:
        """"She said, ‘…’" inside someone's quote, with the one other person named just before (the
        question that asked about her, the first half of the quote): that person."""
        b = s.block
        lo = self.blocks[b - 1].start if b > 0 else self.blocks[b].start
        names = {m.name: m for m in att.mentions_in(lo, s.start - 1)
                 if m.kind == "person" and m.name != speaker}
        return next(iter(names.values())) if len(names) == 1 else None


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.replace("’", "'")).lower().split())


def _walk(spans: list[Span]):
    for s in spans:
        yield s
        yield from _walk(s.inner)
