"""Quotes with no frame of their own: a lead-in sentence, a credit line, a colon after a subject."""

from __future__ import annotations

import re

from search.extract.quotes.cues import _PRONOUN, _WRITINGS, RELATIONAL
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.names import _NOT_FIRST, NAME
from search.extract.quotes.sentences import Lazy, is_title_like, sentences
from search.extract.quotes.spans import Block, Span
from search.extract.quotes.speakers import verdict_of
from search.model import IN_SHOW, SPEECH

_ROLE_OPENING = re.compile(
    r"\s*(?:The|El|La|Le|L['’]|Der|Die|Il|O|A)\s*(?:actor|actress|actriz|star|director|directora|showrunner|creator|"
    r"creador|creadora|filmmaker|cineasta|intérprete|protagonista|réalisateur|réalisatrice|acteur|actrice|"
    r"comédien|comédienne|Regisseur|Regisseurin|Schauspieler|Schauspielerin|regista|attore|attrice|ator|atriz)\b")
_CREDIT_LINE = re.compile(
    r"(?:Showrunners?|Creators?|Co-creators?|Creator and showrunner|Creators and showrunners|Director|"
    r"Writer|Writer-director|Executive producers?|Host|Star|Creadora?|Directora?|Showrunner y creadora?)"
    rf"\s*[:：]\s*(?P<names>{NAME}(?:(?:\s+(?:and|&|y)\s+|,\s*){NAME})*)\s*")


# "the statement, which read, …" / "a post that read:"
_WHICH_READ = re.compile(r"\b(?:statement|post|message|letter|note|caption|tweet)s?,?\s+(?:which|that)\s+read"
                         r"\s*[,:]\s*$")
_OWN_WRITING = re.compile(rf"\s*(Her|His)\s+(?:[\w-]+\s+)?(?:full\s+)?(?:{_WRITINGS})\b[^.!?]*:\s*$")
_TALKED_TO = Lazy(rf"\b(?:spoke|talked|chatted|sat down)\s+(?:to|with)\s+({NAME})\b(?![^.!?]*\b(?:said|told)\b)")
_SUBJECT_THEN_COMMA = re.compile(
    rf"\s*(?:(?:Then|Later|Finally|But|And|Still)\s*,?\s+)?({NAME})\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+(?:s|ed)|drew|took|made|gave|put|kept|got|struck|set|went|had|did)\b[^,;:]{0,50},\s*$")


class LeadIns:
    """Mixin of the quote finder."""

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
            return named[0][0] if named else self.att.last_speaker or Mention("descriptor", written=role.group())
        opening = re.match(rf"\s*({_PRONOUN})\b", seg)
        if opening:  # "Elle qui n'a peur de rien joue dans …: «…»": the sentence is hers
            men = self.att.mention(opening.group(1))
            men.at = lo + opening.start(1)
            return men
        label = re.fullmatch(rf"\s*({NAME})\s*:\s*", seg)
        if label and self.recap and " " not in label.group(1) and self.att.mention(label.group(1)).kind == "unknown":
            return Mention("unknown", written=label.group(1))  # a recap's script line, "Greta: “…”"
        placed = self.att.placed_mentions(lo, hi, subjects=True)
        first = re.match(rf"\s*(?:(?:Then|Later|Meanwhile|Finally|And|But|Now)\s*,?\s+)?({NAME})\s+[a-z]+(?:s|ed)\b",
                         seg)
        if first and first.group(1).split()[0] not in _NOT_FIRST and placed and placed[0][1] > lo + first.end() \
                and self.att.mention(first.group(1)).kind == "unknown":
            return Mention("unknown", written=first.group(1))  # "Then Marta warns Ida: …" is not Ida's
        if placed:
            return placed[0][0]
        m = re.match(rf"\s*(?:[^,]*,\s*)?({_PRONOUN})\b", seg)
        return self.att.mention(m.group(1)) if m else None

    def _comma_subject(self, lo: int, hi: int, quoted: str) -> Mention | None:
        """``Wells drew the line, “I will never …”`` / ``the statement, which read, “…”``: a sentence
        whose subject is a person and whose words end at a comma introduces what follows."""
        if not re.match(r"\s*[A-ZÀ-Þ¿¡]", quoted) or len(quoted.split()) < 3:
            return None
        seg = self.masked[lo:hi]
        if _WHICH_READ.search(seg):
            return Mention("anonymous")
        m = _SUBJECT_THEN_COMMA.match(seg)
        if m is None:
            return None
        men = self.att.mention(m.group(1))
        return men if men.kind == "person" else None

    def _role_of_interviewee(self, v: Verdict, interviewee: str | None) -> Verdict:
        """In an interview with an actor, "the line" with no one named is that actor's character's."""
        if v.kind == IN_SHOW and v.speaker is None and interviewee:
            role = self.names.is_actor(interviewee)
            if role:
                return Verdict(IN_SHOW, role.character, role.actor, v.how + "-interviewee")
        return v

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
        talked = _TALKED_TO.search(self.masked, lead_lo, lead_hi)
        if talked and (men is None or men.kind not in ("person", "character")):
            # "Screen Weekly recently spoke to Anya about the film:" — the one spoken to answers
            self.att.here = talked.start(1)
            men = self.att.mention(talked.group(1))
        if men is None:
            men = self.att.sentence_subject(lead_lo, lead_hi)
        if men is None:
            lead = self.masked[lead_lo:lead_hi]
            m = re.match(rf"\s*(?:[^,]*,\s*)?({_PRONOUN})\b", lead)
            if m is None and lead.rstrip().endswith(":"):
                # "Here's what she had to say:", "Voici ce qu'elle avait à dire :"
                found = re.findall(rf"\b({_PRONOUN})\b", lead)
                m = re.search(rf"\b({found[0]})\b", lead) if len(set(found)) == 1 else None
            men = self.att.mention(m.group(1)) if m else None
            if men is not None and men.kind == "pronoun":
                men.at = lead_lo + m.start(1)
            owner = _OWN_WRITING.match(lead)
            if men is None and owner:  # "Her statement in full read:" — hers, as "she wrote" would be
                men = Mention("pronoun", written="she" if owner.group(1).lower() == "her" else "he",
                              at=lead_lo + owner.start(1))
        if men is None:
            if re.search(rf"\b(?:{_WRITINGS}|statements|comunicado|déclaration|Erklärung)\b[^.!?]*:\s*$",
                         self.masked[lead_lo:lead_hi]):
                # "You can read the studio's statement in full below:": words, by no one named
                return Verdict(SPEECH, None, None, "lead-in-statement")
            return None
        if men.kind == "anonymous":
            return Verdict(SPEECH, None, None, "lead-in-anonymous")  # "Her rep told E! News:"
        if men.kind == "unknown":
            # someone named but not resolvable (``Duffer`` with two Duffers): speech, honestly unattributed
            return Verdict(SPEECH, None, None, "lead-in-unsure") if men.written else None
        if lead_block is not b:
            before = (lead_block.start, lead_block.end)
        else:
            before = (prev_b.start, prev_b.end) if prev_b else None
        men = self.att.resolve(men, (lead_block.start, lead_block.end), lead_lo, before)
        if men is not None and men.kind == "character" and men.actor:
            # "Playing Jorge, Ruiz agrees and says …": the role and its actor in one sentence — the actor speaks
            lead = self.masked[lead_lo:lead_hi]
            at = lead.find(men.actor.split()[-1])
            # "Marcy (Dee Hollis) quits": the actor in brackets is an aside, the role acts
            if at >= 0 and not re.search(rf"\([^()]*{re.escape(men.actor.split()[-1])}[^()]*\)", lead):
                men = Mention("person", men.actor, written=men.actor)
        return verdict_of(men, "lead-in") if men is not None and men.kind in ("person", "character") else None

    def _scene_lead_in(self, s: Span, b: Block, prev_b: Block | None) -> Verdict | None:
        """A recap's "Agnes finally confronts her father." then a paragraph that is only her line."""
        if not self.recap or prev_b is None or self.text[b.start:s.start - 1].strip() or len(
                self.text[s.start:s.end].split()) < 3:
            return None
        lead_lo, lead_hi = sentences(self.masked, prev_b.start, prev_b.end)[-1]
        m = re.match(rf"\s*(?:(?:Then|Later|Finally|Now)\s*,?\s+)?({NAME})\s+(?:[a-z]+ly\s+)?[a-z]+s\b",
                     self.masked[lead_lo:lead_hi])
        men = self.att.mention(m.group(1)) if m else None
        if men is not None and men.kind == "character":
            return Verdict(IN_SHOW, men.name, men.actor, "scene-lead-in")
        if men is not None and men.kind == "unknown" and " " not in m.group(1) and m.group(1) not in self.names.places:
            return Verdict(IN_SHOW, m.group(1), None, "scene-lead-in")
        return None
