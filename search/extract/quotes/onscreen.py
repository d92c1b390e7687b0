"""Who speaks on screen: a frame's verdict, with a recap's characters speaking their lines."""

from __future__ import annotations

import re

from search.extract.quotes.cues import _ONSCREEN
from search.extract.quotes.mentions import Mention, Verdict
from search.extract.quotes.names import NAME
from search.extract.quotes.spans import Span
from search.extract.quotes.speakers import verdict_of
from search.model import IN_SHOW

_SHOUTS = re.compile(r"\b(?:screams|shrieks|yells|tells (?:him|her)|snaps|cries|whispers)\b")
_CLAUSE = re.compile(r"[^.!?\n]*")
# (a recap tells its scenes in the present: "calls after her", "replies", "tells the caller")
_ON_SCREEN_FRAME = re.compile(rf"{_ONSCREEN.pattern}|\b[Vv]oice-?over\b"
                              r"|\b(?:calls (?:out|after)|replies|retorts|tells the \w+)\b")
# "“…,” Ines’s voice narrates as she walks off": a character's voice-over
_VOICE_AFTER = re.compile(rf"[,\s]*({NAME})['’]s?\s+(?:inner\s+)?(?:voice|voice-?over|narration)\b")

# a line opening its own line, a colon, then one bare name doing something, headline style:
# "- “Álex needs you”: Carmen scolds her son-in-law"
_ROLE_AFTER = re.compile(r"\s*[:：]\s*([A-ZÀ-Þ][a-zà-ÿ]+)\s+(?!y\b|e\b|and\b)[a-zà-ÿ]{3,}\b")


class OnScreen:
    """Mixin of the quote finder."""

    def _verdict(self, men: Mention | None, how: str, s: Span, pre: str) -> Verdict | None:
        if men is not None and men.kind == "unknown" and men.written and " " not in men.written.strip() \
                and men.written.strip() not in self.names.places:
            # a bare first name that is nobody in the article: a character when the frame is on screen
            if self.recap or _SHOUTS.search(self.masked[s.end:s.end + 60] + " " + pre):
                return Verdict(IN_SHOW, men.written.strip(), None, how + "-onscreen")
        if men is not None and men.kind == "person" and self.recap and not self.names.is_actor(men.name) and \
                _ON_SCREEN_FRAME.search(_CLAUSE.match(self.masked[s.end + 1:s.end + 80]).group() + " " + pre[-80:]):
            # a recap's "Carrie Dunmore snaps back, “…”": the story's people speak on screen
            return Verdict(IN_SHOW, men.name, None, how + "-onscreen")
        return verdict_of(men, how)

    def _voice_after(self, s: Span) -> Verdict | None:
        m = _VOICE_AFTER.match(self.masked, s.end + 1) if s.closed else None
        if m is None:
            return None
        men = self.att.mention(m.group(1))
        if men.kind == "character":
            return Verdict(IN_SHOW, men.name, men.actor, "line-of")
        actor = self.names.is_actor(m.group(1))
        if actor:
            return Verdict(IN_SHOW, actor.character, actor.actor, "line-of")
        return Verdict(IN_SHOW, men.name or m.group(1), None, "line-of") if men.kind in ("person", "unknown") else None

    def _line_then_role(self, s: Span) -> Verdict | None:
        line_start = self.text.rfind("\n", 0, s.start) + 1
        role = _ROLE_AFTER.match(self.text, s.end + 1) if s.closed else None
        if role is None or not self.names.cast or self.text[line_start:s.start - 1].strip(" -–—•*\t"):
            return None
        men = self.att.mention(role.group(1))
        if men.kind not in ("unknown", "character"):
            return None
        return Verdict(IN_SHOW, men.name or role.group(1), men.actor, "role-after")  # in a piece about a show
