"""Frames before a quotation: a speech verb earlier in the sentence, and who its subject is."""

from __future__ import annotations

import re

from search.extract.quotes.cues import (
    _ACCOUNT,
    _ACTING,
    _ANONYMOUS,
    _AUX,
    _DESCRIPTOR,
    _NAME_RUN,
    _NOT_A_FRAME,
    _PRONOUN,
    _SOMEONE,
    _WRITINGS,
    _WRITTEN_VERBS,
    EPITHET,
    RELATIONAL,
)
from search.extract.quotes.mentions import Mention
from search.extract.quotes.names import _NOT_FIRST, NAME, POSSESSIVE
from search.extract.quotes.sentences import Lazy
from search.extract.quotes.verbs import _VERB_RE, IMPLICIT_SUBJECT, SAYING

# "Dana Wells' rep told E! News": someone speaking for her, not her
_THEIR_REP = re.compile(rf"{NAME}['’]s?\s+(?:[\w-]+\s+)?(?:rep|reps|representative|representatives|spokesperson|"
                        r"spokesman|spokeswoman|publicist|lawyer|lawyers|attorney|attorneys|agent|manager|team|camp|"
                        r"management|label)\s*$")


_SUIT = r"(?:lawsuit|suit|complaint|countersuit|petition|filing)"
_FILING = re.compile(rf"\s*(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?{_SUIT}\b")
_FILED_BY = Lazy(rf"\b{_SUIT}\s+(?:was\s+)?filed\s+by\s+(?:[a-z]+\s+){{0,2}}({NAME})"
                 rf"|\b({NAME})\s+(?:has\s+|had\s+)?(?:sued|filed\s+(?:a|the)\b)")
# read before every quotation (compiled on first use, as the names and verbs in them are big)
_SPANISH_OPENING = re.compile(r"\s*(?:(?:Y|E|Luego|Después|Además|También|Más tarde|Finalmente)\s*,?\s*)?")
_IMPLICIT = Lazy(rf"(?:{IMPLICIT_SUBJECT})\b")
_AUX_TAIL = Lazy(rf"(?:\s+{_AUX})+\s*$")
_RELATIVE_TAIL = re.compile(r",\s*(?:who|whose|which|que|quien|cuyo|cuya)\b[^,]*,\s*$")
_ASIDE_TAIL = re.compile(r",\s*(?=\S)(?:[^,A-ZÀ-Þ]|\b[a-z]\w*\s[A-Z])[^,]*,\s*$")
_NAME_COMMA_TAIL = Lazy(rf"(?:{NAME}),\s*$")
_PAIR_TAIL = Lazy(rf"({NAME})\s*\(({NAME})\),?$")
_CLAUSES = re.compile(r"[,;:—–]\s+")
_PRONOUN_TAIL = Lazy(rf"(?:^|[\s(—–-])({_PRONOUN}|I|We)$")
_SOMEONE_FOR = Lazy(rf"\s*{_SOMEONE}\s+(?:for|of|to|at|from|close to|representing|para|de)\b")
_SUBJECT_TAIL = Lazy(rf"(?<![\w-])(@\w+|{NAME})\s*,?\s*(?:who|que|quien)?$")
_NAME_AND_TAIL = Lazy(rf"(?:{NAME})\s+(?:and|&|y)\s+$")
_DETERMINER_TAIL = re.compile(r"\b(?:the|a|an|der|die|das|den|dem|des|einer?|seiner?|ihrer?|le|la|les|il|lo|"
                              r"o|os|as|um|uma|zur|zum)\s+$", re.I)
_SOMEONE_FIRST = Lazy(rf"\s*{_SOMEONE}")
_CRITIC_TAIL = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:critic|reviewer|columnist|editor|reporter|crítico|crítica)\s*$")
_FEW_SMALL_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){0,5}\s*")
_CLAUSE_PRONOUN = Lazy(rf"\s*(?:[^,]*,\s*)?({_PRONOUN})\b")
_THE_NAME_TAIL = Lazy(rf"\b(?:The|El|La|Los|Las)\s+(?:{NAME})$")
_IN_THEIR_WORDS = Lazy(rf"(?:\b[Ii]n\s+|^\s*)({NAME})['’]s?\s+(?:own\s+)?(?:[\w-]+\s+)?"
                       rf"(?:{_WRITINGS}|words)\b(?:\s+{_WRITTEN_VERBS})?"
                       r"[^.!?]{0,60}$")
_EN_PALABRAS = Lazy(rf"\b[Ee]n\s+palabras\s+de\s+({NAME})[^.!?]{{0,60}}$")
_IN_HIS_WORDS = re.compile(r"\b(?:[Ii]n|[Ee]n)\s+(?:his|her|their|sus)\s+(?:own\s+|propias\s+)?(?:words|palabras)\b")
_STATEMENT_GOES_ON = Lazy(rf"\s*(?:The|That|This|Her|His|Their|El|La)\s+(?:[\w-]+\s+)?"
                          rf"(?:{_WRITINGS}|comunicado|mensaje)\s+{_WRITTEN_VERBS}")
_ACCORDING_TO = re.compile(r"\b(?:according to|según|as per|per|selon|laut|secondo|segundo|volgens)\s+([^,.;]*)", re.I)
_NAME_THEN_MARK = Lazy(rf"\s+({NAME})\s*[,:—–]")
_TELL = re.compile(r"t[eo]ll|tells|telling")
_PRONOUN_THEN_COLON = Lazy(rf"\s+({_PRONOUN})\b[^.!?]*[:,]\s*$")
_UP_TO_COLON = re.compile(r"[^.!?]*[:,]\s*")


class Subjects:
    """Mixin of ``Attributor``: frames before a span."""

    def subject_before(self, lo: int, verb_at: int) -> Mention | None:
        """The grammatical subject of a speech verb at ``verb_at`` in the sentence starting at ``lo``."""
        self.here = verb_at
        seg = self.masked[lo:verb_at]
        if _SPANISH_OPENING.fullmatch(seg) and _IMPLICIT.match(self.masked[verb_at:verb_at + 20]):
            # "Y añadió: «…»" — Spanish leaves the subject implicit
            return Mention("pronoun", written="", at=lo)
        if _FILING.match(seg):
            return self.plaintiff()  # "The lawsuit accuses the label of …": the words of whoever filed it
        seg = _AUX_TAIL.sub("", seg)
        seg = _RELATIVE_TAIL.sub("", seg)
        seg = _ASIDE_TAIL.sub("", seg) if not _NAME_COMMA_TAIL.search(seg) else seg
        seg = seg.rstrip()
        pair = _PAIR_TAIL.search(seg)  # "Their father, Edgar (Paul Stone), laughs"
        if pair:
            # "Agnes (Mira Holt) whispers": a cast pair as subject; the side that is no person is the role
            role = " ".join(t for t in pair.group(1).split() if t not in _NOT_FIRST)
            first, second = self.mention(role), self.mention(pair.group(2))
            if first.kind == "character" or (first.kind == "person" and (
                    second.kind != "person" or self.names.is_actor(first.name))):
                return first
            if second.kind == "person" and first.kind == "person" and first.name != second.name:
                # "Lisa Moyle (Ruth Banner) said": a name with an actor in brackets is the role, unless the
                # article casts the first one as an actor ("Ruth Banner (Lisa Moyle)")
                return Mention("character", role, second.name, role)
            if second.kind == "person" and role and " " not in role:
                return Mention("character", role, second.name, role)
        if _ACCOUNT.search(_CLAUSES.split(seg)[-1]):
            return self.account(lo + len(seg))  # "the official account of the show wrote"
        m = _PRONOUN_TAIL.search(seg)
        if m:
            men = self.mention(m.group(1))
            men.at = lo + m.start(1)
            return men
        if _SOMEONE_FOR.match(_CLAUSES.split(seg)[-1]) or (
                ("'" in seg or "’" in seg) and _THEIR_REP.search(seg)):
            return Mention("anonymous")  # "A spokesperson for Dana Wells said": not Dana Wells
        m = _SUBJECT_TAIL.search(seg)
        if m and _NAME_AND_TAIL.search(seg[: m.start(1)]):
            # "Hadid and Arkwright added": both, so neither alone
            return Mention("anonymous", written="joint")
        after_comma = m is not None and seg[: m.start(1)].rstrip().endswith(",")
        if after_comma and self.mention(m.group(1)).kind == "person" and self.mention(m.group(1)).written.count(" "):
            after_comma = False  # "E, mesmo antes de …, Adriana Esteves diz": a full name after the opening clause
        if m and not after_comma and not POSSESSIVE.search(m.group(1)):
            men = self.mention(m.group(1))
            # "Der Zeitung sagte er": a noun after a determiner is no name, whatever its capital
            noun = _DETERMINER_TAIL.search(seg[: m.start(1)])
            if men.kind != "unknown" or (men.written and men.written.split()[0] not in ("The", "El", "La")
                                         and not noun):
                return men
        clause = _CLAUSES.split(seg)[-1]
        if _SOMEONE_FIRST.match(clause) or RELATIONAL.match(clause.strip()) or _CRITIC_TAIL.search(clause):
            # "The Evening Ledger's critic described …": someone the article does not name
            return Mention("anonymous")  # "A representative for the actress told People"
        if _DESCRIPTOR.search(seg):
            return Mention("descriptor", written=_DESCRIPTOR.search(seg).group())
        anon = _ANONYMOUS.search(seg[-60:])
        if anon and _FEW_SMALL_WORDS.fullmatch(seg[-60:][anon.end():]):
            return Mention("anonymous")  # "one crew member described…", "sources close to the set said"
        placed = self.placed_mentions(lo, lo + len(seg), subjects=True)
        # "As Teddy breaks down, Delphine straightens his collar and says": the nearest clause subject
        acting = [men for men, _, end in placed if _ACTING.match(self.masked, end)]
        if acting:
            return acting[-1]
        if placed:
            return placed[0][0]
        if _ANONYMOUS.search(seg):
            return Mention("anonymous")
        m = _CLAUSE_PRONOUN.match(seg)
        if m:
            men = self.mention(m.group(1))
            men.at = lo + m.start(1)
            return men
        if _THE_NAME_TAIL.search(seg):
            return Mention("anonymous")  # "The Daily Courant called it …": a publication, not a person
        return None


    def plaintiff(self) -> Mention:
        """The one person the article says filed the suit: "the lawsuit filed by Dana Wells", "Wells sued"."""
        found = set()
        for m in _FILED_BY.finditer(self.masked):
            men = self.mention(m.group(1) or m.group(2))
            if men.kind == "person":
                found.add(men.name)
        return Mention("person", found.pop(), written="lawsuit") if len(found) == 1 else Mention("anonymous")

    def pre_frame(self, sent_lo: int, at: int, max_gap: int = 22) -> tuple[Mention | None, bool]:
        """A speech verb earlier in the sentence and its subject; the flag says a verb was found."""
        pre = self.masked[sent_lo:at]
        # "Okoro's statement read:", "In Fitzgerald's words, …", "En palabras de Ortiz, …"
        # (the words each pattern cannot do without, looked for first: the names in them are costly to seek)
        owned = (("'" in pre or "’" in pre) and _IN_THEIR_WORDS.search(pre)) or (
            "palabras" in pre and _EN_PALABRAS.search(pre))
        if owned:
            self.here = sent_lo + owned.start(1)
            toks = owned.group(1).split()
            for k in range(len(toks)):  # "Showrunner Delia Okoro's statement": the name at the tail
                men = self.mention(" ".join(toks[k:]))
                if men.kind == "person":
                    return men, True
        theirs = _IN_HIS_WORDS.search(pre)
        if theirs:
            # "In his words, …"
            return Mention("pronoun", written=theirs.group(), at=sent_lo + theirs.start()), True
        if _STATEMENT_GOES_ON.match(pre):
            return Mention("descriptor", written="statement"), True  # "The statement continued, …"
        m = _ACCORDING_TO.search(pre)
        if m and _ANONYMOUS.search(m.group(1)) and not _NAME_RUN.search(m.group(1)):
            return Mention("anonymous"), True
        if m:
            for r in reversed(_NAME_RUN.findall(m.group(1))):
                men = self.mention(r)
                if men.kind in ("person", "character"):
                    return men, True
            rest = self.mentions_in(sent_lo + m.end(), at)
            if rest:
                return rest[0], True
        verbs = list(_VERB_RE.finditer(pre))
        for v in reversed(verbs):
            gap = pre[v.end():]
            if len(gap.split()) > max_gap:
                break
            if _NOT_A_FRAME.search(pre[:v.start()]):
                continue  # "has been called", "When asked": nobody is speaking here
            subj = self.subject_before(sent_lo, sent_lo + v.start())
            self.gap = len(gap.split())
            self.verb = v.group()
            if subj is None:
                # inverted: "xxx," dijo Oduya, "…" / said Okoye: "…"
                # (only after a verb that takes no person as its object: "warns Ida: …" is said to Ida)
                inv = _NAME_THEN_MARK.match(gap) if SAYING.fullmatch(v.group()) and not _TELL.match(
                    v.group()) else None
                if inv:
                    self.here = sent_lo + v.end()
                    subj = self.mention(inv.group(1))
                # "sagte er im Interview: …", "sagte der Schauspieler: …": the subject after the verb
                elif (inv := _PRONOUN_THEN_COLON.match(gap)) and inv.group(1)[0].islower():
                    subj = Mention("pronoun", written=inv.group(1), at=sent_lo + v.start())
                elif (inv := EPITHET.match(gap)) and _UP_TO_COLON.fullmatch(gap[inv.end():]) \
                        and self._unnamed(inv.group()):
                    subj = Mention("descriptor", written=inv.group())
            if subj is not None:
                return subj, True
            if v.group().endswith("ing") and v is not verbs[0]:
                continue  # "The star continued by saying that …": the subject belongs to the main verb
            return None, True
        return None, False

