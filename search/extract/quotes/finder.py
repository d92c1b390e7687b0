"""Find quoted spans and say who spoke them.

``find_quotes`` is the entry point ``search.extract`` calls.  Spans come from
``spans``, transcript turns from ``transcripts`` (answered in ``answers``), and the
sieve that names speakers and kinds runs here, helped by ``headlines``, ``lead_ins``
and ``nested``; ``speakers`` (frames, mentions, antecedents) reads the words around
a span.  Nested quotes are emitted after their parent as quotes of their own; a
transcript answer is a speech quote of the interviewee, and the quoted spans inside
it are nested in it.
"""

from __future__ import annotations

import re

from search.extract.quotes.afterwards import Afterwards
from search.extract.quotes.answers import TranscriptAnswers
from search.extract.quotes.continuation import Continuation
from search.extract.quotes.cues import _MINE, _NAMING, _SCARE_BEFORE, _TITLE_BEFORE
from search.extract.quotes.groups import JointStatements
from search.extract.quotes.headlines import _LINK_LINE, HeadlineRules, _headline_block
from search.extract.quotes.lead_ins import LeadIns
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.names import NAME, Names
from search.extract.quotes.nested import NestedQuotes
from search.extract.quotes.onscreen import OnScreen
from search.extract.quotes.sentences import Lazy, is_title_like, mask, sentence_bounds
from search.extract.quotes.spans import Span, blocks, find_spans
from search.extract.quotes.speakers import Attributor, in_show_cue, verdict_of
from search.extract.quotes.transcripts import find_turns
from search.extract.quotes.verbs import IMPLICIT_SUBJECT, SAYING, VERB
from search.model import IN_SHOW, SCARE, SPEECH, Article, CastPair, Quote

# "“the Bible,” as everyone calls it": a name for a thing, whoever uses it
_AS_CALLED = re.compile(r"[,\s]*(?:as|like|como)\s+(?:[\w’']+\s+){0,3}?"
                        r"(?:calls?|called|dubs?|dubbed|nicknamed|"
                        r"refers? to|know|knows|llaman?|conocen?)\s+(?:it|him|her|them|the \w+|lo|la|le)\b")
_NICKNAME_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-ZÀ-Þ][\w'’-]+\s$")
# (a verb in lower case right after the full stop is the plainest of those: "“…”. finalizou.")
_NEXT_FRAME = Lazy(rf"[.\s]+(?:(?:{NAME}|he|she|He|She)\s+(?:also\s+)?(?:{VERB})\b"
                   rf"(?!\s+(?:that|about|of|how|if|whether)\b)|(?:{IMPLICIT_SUBJECT})[.,])")
_VERB_THEN_COMMA = Lazy(rf"\b(?:{VERB}),\s*$")
_NICKNAME_AFTER = re.compile(r"\s[A-ZÀ-Þ][\w'’-]+\b")
# an episode's write-up: a first name nobody in the article wears is one of the show's characters
# (a trailer's or a teaser's breakdown quotes the characters too)
_RECAP = re.compile(r"\b(?:[Rr]ecap|[Tt]railer|[Tt]easer|[Ee]pisode|[Ee]p\.\s*\d|[Ss]eason \d+,? [Ee]pisode|Folge|"
                    r"[Ee]pisodio|[Cc]apítulo|[ÉéEe]pisode|(?:[Dd]rama|[Ss]how|[Ss]eries|[Mm]ovie|[Ff]ilm)\s+(?:quotes|lines)"
                    r"|(?:[Qq]uotes|[Ll]ines|[Dd]ialogues)\s+from)\b")

_WORK = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*\s?){2,5}")
_LOWERED = re.compile(r"[\s.]*\.\s*[a-zà-ÿ]")
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")
_ONE_WORD_STOP = re.compile(r"[A-ZÀ-Þ][\w'’-]+[,.]?")
_OWNED_OR_PLACED = re.compile(r"(?:\w['’]s?|\b(?:of|in|on|from|for|at|with|de|en|del))\s*$")
_HASHTAG = re.compile(r"\s*[#@]\w+[,.]?\s*")
_NICKNAME = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*\s?){1,3}")
_YOU = re.compile(r"\b(?:you|your|You|Your)\b")


def find_quotes(article: Article, people: list[str], cast: list[CastPair]) -> list[Quote]:
    return _Finder(article, people, cast).run()


class _Finder(HeadlineRules, TranscriptAnswers, LeadIns, NestedQuotes, JointStatements, Continuation,
              Afterwards, OnScreen):
    def __init__(self, article: Article, people: list[str], cast: list[CastPair]):
        self.text = text = article.text
        self.spans = find_spans(text)
        self.blocks = blocks(text)
        self.headline = _headline_block(article, self.blocks)
        body_from = self.blocks[self.headline + 1].start if self.headline is not None else 0
        # “Silver Arrow” in quotation marks anywhere is a work: never a person, nor a pronoun's antecedent
        works = {w for sp in self.spans if not sp.inner and _WORK.fullmatch(w := text[sp.start:sp.end].strip(" ,.!?"))}
        self.names = Names.of(text[body_from:], people, cast, frozenset(works))
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
        opening = article.title + " " + text[:300]
        self.recap = self.att.recap = self.inner_att.recap = bool(_RECAP.search(opening))
        self._joint_names: list[str] | None = None

    # -- driving -----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        by_block: dict[int, list[Span]] = {}
        for s in self.spans:
            by_block.setdefault(s.block, []).append(s)
        interviewee = self._interviewee_name = self._interviewee() if self.turns else None
        decided: list[tuple[Span, Quote]] = []
        for n in range(len(self.blocks)):
            turn = self.turns.get(n)
            spans = by_block.get(n, [])
            if turn is not None and not turn.question:
                self._answer(turn, spans, interviewee)
                continue
            for s in spans:
                v = self._decide(s, question=turn is not None, interviewee=interviewee)
                self._emit(s, v)
                decided.append((s, self.out[-1]))
                chain_lo = self.chain_lo if self.chain_lo is not None else s.start
                self._inner(s, v, chain_lo, self.inner_att)
                self.chain_lo = chain_lo if not s.closed else None
                if not self._furniture(self.blocks[n]):  # a "See also" title interrupts nobody
                    self.prev = (s, v)
        self._carried_back(decided)
        self._single_marks()
        self._named_inside()
        self._pull_quotes()
        self._credited_lines()
        self._headline_speaker()
        self._trim_spaces()
        return self.out

    def _emit(self, s: Span, v: Verdict) -> None:
        self.out.append(Quote(self.text[s.start:s.end], s.start, s.end, v.speaker, v.kind, v.actor, v.how,
                              list(v.alt)))
        if v.kind == SPEECH and v.speaker:
            self.att.last_speaker = self.inner_att.last_speaker = Mention("person", v.speaker)

    def _inner(self, parent: Span, pv: Verdict, chain_lo: int, att: Attributor) -> None:
        for s in parent.inner:
            v = self._decide_inner(s, parent.start, parent.end, chain_lo, pv, att)
            self.out.append(Quote(self.text[s.start:s.end], s.start, s.end, v.speaker, v.kind, v.actor, v.how))
            if s.inner:
                deeper = Attributor(self.text, mask(self.text, list(_walk(s.inner))), self.names)
                self._inner(s, v, s.start, deeper)

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
        joint = self._joint(s, b, sent_lo, open_at)
        if joint:
            return joint
        post, pre = None, self.masked[sent_lo:open_at]
        if s.closed:
            _, post_hi = sentence_bounds(self.masked, b.start, b.end, s.end + 1)
            post = att.post_frame(s.end + 1, max(post_hi, s.end + 1))
            # a frame running on into another quote is that quote's, when this one was framed before it
            # ("When Kai asks, “Who is he?”, Brin tells him, “…”")
            framed = q.rstrip().endswith(".") or (pre.rstrip().endswith(",")
                                                  and _VERB_THEN_COMMA.search(self.masked, sent_lo, open_at))
            if post is not None and framed and "xx" in self.masked[s.end + 1:post_hi]:
                post = None
            lowered = _LOWERED.match(self.masked[s.end + 1:s.end + 6])
            if post is None and (q.rstrip()[-1:] in ".!?" or lowered) and _NEXT_FRAME.match(self.masked, s.end + 1):
                # “… because of one person.” Feige told the crowd: a full stop where a comma belongs
                _, next_hi = sentence_bounds(self.masked, b.start, b.end, s.end + 3)
                post = att.post_frame(self.masked.index(".", s.end) + 1 if lowered else s.end + 1, next_hi)
        resolved = self._still_speaking(post, open_at) or (
            att.resolve(post, (b.start, b.end), open_at, prev_range) if post is not None else None)
        named = resolved is not None and resolved.kind in ("person", "character")
        single_title = s.single and not self.single_style and not pre.rstrip().endswith(":")
        # Halberd's “Wolfsbane,” / the cast of “Vigil” — one capitalised word owned or placed is a title
        single_title = single_title or bool(_ONE_WORD_STOP.fullmatch(q.strip()) and _OWNED_OR_PLACED.search(pre))
        # „Bild“ berichtet / wie der „Spiegel“ schreibt: one bare capitalised word names a paper or a work
        single_title = single_title or bool(_ONE_WORD.fullmatch(q.strip()))
        if not named and (is_title_like(q) or single_title):
            if not self._continues(s, b):
                return Verdict(SCARE, how="title")
        if _HASHTAG.fullmatch(q):
            return Verdict(SCARE, how="hashtag")  # fans trending “#SaveHarrowHouse”: a tag, not a sentence
        if s.closed and _NICKNAME_BEFORE.search(text, max(0, open_at - 40), open_at) and \
                _NICKNAME_AFTER.match(text, s.end + 1) and len(q.split()) <= 3 and \
                _NICKNAME.fullmatch(q):
            return Verdict(SCARE, how="nickname")  # Loretta “Lolly” Beaumont
        cue = in_show_cue(att, sent_lo, open_at) or self._voice_after(s)
        if cue and cue.how == "line-of":
            return cue  # "Ida's voice-over closes the episode: …" is hers, whatever "the episode:" suggests
        if _SCARE_BEFORE.search(pre[-60:]) or (q[:1].isupper() and _TITLE_BEFORE.search(pre)) or (
                s.closed and _AS_CALLED.match(text, s.end + 1)):
            return Verdict(SCARE, how="scare-cue")
        on_screen = cue is not None and cue.how == "onscreen" and self.names.character(cue.speaker or "")
        if cue and (cue.how == "line-of" or on_screen):
            return cue  # "the scene in which Inés screams at her brother: …" even after "she recalled"
        if post is not None:
            # an explicit frame whose "he" cannot be pinned on anyone is still speech, unattributed
            how = "after-credit" if post.written == "credit" else "after"
            return self._verdict(resolved, how, s, pre) or Verdict(SPEECH, None, None, "after-unsure")
        if question and interviewee and _YOU.search(pre) and not att.mentions_in(
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
        if men is None and not had_verb and pre.rstrip().endswith(","):
            men = self._comma_subject(sent_lo, open_at, q)
        if men is not None:
            v = self._verdict(att.resolve(men, (b.start, b.end), open_at, prev_range), "before", s, pre)
            if v:
                return v
            if men.kind == "pronoun":
                pv = self.prev[1] if self.prev and self.prev[0].block >= s.block - 1 else None
                if pv and pv.kind == IN_SHOW and pv.speaker:  # "…,” Brin tells him. Then he adds: “…”
                    return Verdict(IN_SHOW, pv.speaker, pv.actor, "before-onscreen")
                return Verdict(SPEECH, None, None, "before-unsure")
        cue = in_show_cue(att, sent_lo, open_at)
        if cue:
            return self._role_of_interviewee(cue, interviewee)
        if had_verb and men is None and att.gap <= 4 and SAYING.fullmatch(att.verb):
            # "In a statement, the studio said: …" / "Her rep told People, …": said, but by no one named
            return Verdict(SPEECH, None, None, "frame-unnamed")
        # "the superstar artist accuses UMG of promoting a “false and malicious narrative”": words woven
        # into a sentence that reports someone speaking are that someone's
        partial = had_verb and men is None and q[:1].islower() and len(q.split()) <= 8 and not _NAMING.match(att.verb)
        # "Lys settled “for the sake of my family,”": words in the first person are the subject's own
        own = men is None and q[:1].islower() and len(q.split()) <= 12 and _MINE.search(q)
        if partial or own:
            subject = att.resolve(att.sentence_subject(sent_lo, open_at), (b.start, b.end), open_at, prev_range)
            if subject is not None and subject.kind == "person":
                return verdict_of(subject, "partial")
        if self._continues(s, b):
            pv = self.prev[1]
            return Verdict(pv.kind, pv.speaker, pv.actor, "continuation", pv.alt)
        lead = self._lead_in(s, b, prev_b, sent_lo, open_at) or self._credit_line(s, b, prev_b)
        if lead:
            return lead
        if partial:
            return Verdict(SPEECH, None, None, "partial-unnamed")
        return self._scene_lead_in(s, b, prev_b) or self._line_then_role(s) or Verdict(SCARE, how="none")


def _walk(spans: list[Span]):
    for s in spans:
        yield s
        yield from _walk(s.inner)
