"""Joint statements: words several people signed are credited to the first signatory, the others as
alternatives, when the frame names the group ("the bandmates said", "the statement concluded")."""

from __future__ import annotations

import re

from search.extract.quotes.cues import _AUX
from search.extract.quotes.mentions import Verdict
from search.extract.quotes.names import NAME
from search.extract.quotes.sentences import Lazy
from search.extract.quotes.spans import Block, Span
from search.extract.quotes.verbs import VERB
from search.model import SPEECH

_LIST = rf"{NAME}(?:\s*,\s*{NAME})*\s*,?\s*(?:and|&|et|y|und|e)\s+{NAME}"
_SIGNED = Lazy(
    r"\b(?:joint\s+)?(?:statement|letter|message|post|note)\b[^.!?\n]{0,60}?\b(?:signed|co-signed|issued|"
    rf"released|shared|posted|written)\s+by\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<list>{_LIST})"
    rf"|\bjoint\s+statement\s+(?:from|by)\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<list2>{_LIST})"
    rf"|(?P<list3>{_LIST})\s+(?:[a-z]\w*\s+){{0,2}}?(?:said|wrote|shared|posted|released|issued)\s+"
    r"(?:\w+\s+){0,3}?joint\s+statement")
_GROUP = (r"(?:bandmates|band\s?mates|band|members|group|couple|pair|duo|trio|quartet|signatories|"
          r"statement|joint statement|they|They|the four|the three|the two|both)")
_GROUP_AFTER = Lazy(rf"\s*[,—–-]?\s*(?:(?:the|their|his|her|[\w’'´]+['’´]s?)\s+)?(?:[\w-]+\s+){{0,2}}?"
                          rf"{_GROUP}\s+(?:{_AUX}\s+)*(?:{VERB}|concluded|continued|read)\b")
_GROUP_BEFORE = Lazy(rf"\b{_GROUP}\s+(?:[\w-]+\s+){{0,3}}?(?:{VERB})\b[^.!?]*$")

_TOGETHER_AFTER = Lazy(rf"\s*[,—–-]?\s*(?P<list>{_LIST})\s+(?:{_AUX}\s+)*(?:{VERB})\b")
_TOGETHER_BEFORE = Lazy(rf"(?:^|[.!?]\s+|,\s+)(?P<list>{_LIST})\s+(?:{_AUX}\s+)*(?:{VERB})\b[^.!?]{{0,40}}?[,:]\s*$")


_JOINT = re.compile(r"\bjoint\b|\bsigned\b|\bco-signed\b")


class JointStatements:
    """Mixin of the quote finder."""

    def _signatories(self) -> list[str]:
        if self._joint_names is None:
            names: list[str] = []
            # (the words themselves first: a plain scan is far cheaper than the pattern's, and most
            # articles have neither)
            joint = ("joint" in self.masked or "signed" in self.masked) and _JOINT.search(self.masked)
            for m in _SIGNED.finditer(self.masked) if joint else ():
                written = m.group("list") or m.group("list2") or m.group("list3")
                for part in re.split(r"\s*,\s*|\s+(?:and|&|et|y|und|e)\s+", written):
                    men = self.att.mention(part)
                    if men.kind == "person" and men.name not in names:
                        names.append(men.name)
                if len(names) >= 2:
                    break
                names = []
            self._joint_names = names
        return self._joint_names

    def _joint(self, s: Span, b: Block, sent_lo: int, open_at: int) -> Verdict | None:
        named = self._named_together(s, b, sent_lo, open_at)
        if named:
            return named
        if not self._joint_names and self._joint_names is not None:
            return None
        signed = self._signatories()
        if len(signed) < 2:
            return None
        after = _GROUP_AFTER.match(self.masked, s.end + 1, b.end) if s.closed else None
        before = _GROUP_BEFORE.search(self.masked, sent_lo, open_at)
        if after or before:
            return Verdict(SPEECH, signed[0], None, "joint", alt=tuple(signed[1:]))
        return None

    def _named_together(self, s: Span, b: Block, sent_lo: int, open_at: int) -> Verdict | None:
        """“…,” Rake and Strand said: the first one named, the others as alternatives."""
        m = _TOGETHER_AFTER.match(self.masked, s.end + 1, b.end) if s.closed else None
        # (the frame before must end in a comma or a colon: the names are sought only then)
        m = m or (self.masked[sent_lo:open_at].rstrip().endswith((",", ":"))
                  and _TOGETHER_BEFORE.search(self.masked, sent_lo, open_at)) or None
        if m is None:
            return None
        people = []
        for part in re.split(r"\s*,\s*|\s+(?:and|&|et|y|und|e)\s+", m.group("list")):
            men = self.att.mention(part)
            if men.kind != "person" or not men.name:
                return None
            if men.name not in people:
                people.append(men.name)
        if len(people) < 2:
            return None
        return Verdict(SPEECH, people[0], None, "joint", alt=tuple(people[1:]))
