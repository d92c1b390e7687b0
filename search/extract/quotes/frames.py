"""Frames: the words before or after a quotation that name who said it."""

from __future__ import annotations

import re

from search.extract.quotes.cues import (
    _ACCOUNT,
    _ANONYMOUS,
    _AUX,
    _DESCRIPTOR,
    _NAME_RUN,
    _PRONOUN,
    _ROLE_WORDS,
    _SOMEONE,
    EPITHET,
)
from search.extract.quotes.mentions import Mention
from search.extract.quotes.names import _NOT_FIRST, NAME
from search.extract.quotes.sentences import sentences
from search.extract.quotes.verbs import IMPLICIT_SUBJECT, VERB

# "according to" in the languages byline reads; German "so" only right before a name that ends the sentence
_ACCORDING = (r"according to|según|selon|laut|secondo|segundo|aldus|volgens"
              rf"|so(?=\s+(?:der\s+|die\s+)?{NAME}\s*[.!?]?\s*$)")

# any verb with the pronoun put after it reports the words before it: "plaide-t-il", "s'agace-t-elle"
_INVERTED = r"[a-zàâçéèêëîïôûù]{3,}(?=-(?:t-)?(?:il|elle|ils|elles)\b)"

# "the latter", "cette dernière": the last person the sentence before named
_LATTER = re.compile(r"(?:[Tt]he latter|[Cc]ette dernière|[Cc]e dernier|[Ee]st[ea] últim[oa]|[Ll]etzterer?)\b")


# compiled once: read after every quotation
_SPEAKER_THEN_VERB = re.compile(
    rf"\s*[,—–-]?\s*(@\w+|{NAME}|{_PRONOUN}|the [\w-]+(?: [\w-]+){{0,3}}?"
    rf"|{_ROLE_WORDS}{NAME}"
    rf"|{_SOMEONE}(?:\s+(?:for|of|at|from|close to|representing)(?:\s+[\w'’&.-]+){{1,4}}?)?"
    rf"|it)"
    rf"(?:\s*\([^)]*\))?(?:,\s*[^,]{{1,40}},)?\s+(?:{_AUX}\s+)*(?P<adverb>[a-z]{{3,}}ly\s+)?(?P<verb>{VERB})\b")
_VERB_THEN_SPEAKER = re.compile(
    rf"\s*[,—–-]?\s*(?:{_AUX}\s+|a-t-(?P<inverted>il|elle)\s+)?(?:{VERB}|{_ACCORDING}|{_INVERTED})\b"
    r"\s*((?:[^,.;:!?—]|(?<=\b[A-Z])\.(?=\s?[A-Z]))*)")  # "said Samuel T. Okonkwo"


class Frames:
    """Mixin of ``Attributor``: explicit frames after a span, and inside it."""

    def latter(self, at: int) -> Mention:
        """The last person named in the nearest earlier sentence of the paragraph that names anyone."""
        lo = self.masked.rfind("\n", 0, at) + 1
        for s_lo, s_hi in reversed(sentences(self.masked, lo, at)):
            people = [m for m, _, _ in self.placed_mentions(s_lo, min(s_hi, at)) if m.kind == "person"]
            if people:
                return people[-1]
        return Mention("anonymous")

    def titled_character(self, who: str) -> Mention | None:
        """"the sheriff says" in a recap whose one titled character is Sheriff Nora Quill: that character."""
        head = who.split()[-1].lower()
        found = {c for c in self.names.cast if len(c.character.split()) > 1
                 and c.character.split()[0].lower().rstrip(".") == head}
        if len({c.character for c in found}) != 1:
            return None
        pair = found.pop()
        return Mention("character", pair.character, pair.actor, written=who)

    def post_frame(self, at: int, hi: int) -> Mention | None:
        """``"…," X said`` / ``said X`` / ``according to X`` / ``”, dijo X`` right after the closing mark."""
        post = self.masked[at:hi]
        self.here = at
        m = _SPEAKER_THEN_VERB.match(post)
        if m and m.group("adverb") and re.fullmatch(NAME, m.group(1)) and not re.fullmatch(
                r"\w+ed|said|told|wrote|says", m.group("verb")):
            # "“…,” Agnes coldly replies": a recap narrating a scene, the name is the story's
            men = self.mention(m.group(1))
            if men.kind in ("person", "unknown") and not self.names.is_actor(men.name or m.group(1)):
                return Mention("character", men.name or m.group(1).strip(), written=m.group(1))
        if m and m.group("adverb") and not (re.fullmatch(NAME, m.group(1)) and re.fullmatch(
                r"\w+ed|said|told|wrote", m.group("verb"))):
            m = None  # "Wells dryly noted": an adverb between a name and its verb in the past
        if m:
            who = m.group(1)
            if _LATTER.fullmatch(who):
                return self.latter(at)
            if who.split()[0] in ("the", "The"):
                named = re.search(rf"(?:^|\s)({NAME})$", who)
                if named and self.mention(named.group(1)).kind == "person":
                    return self.mention(named.group(1))  # "the first-time director Jane Doe said"
                if _ACCOUNT.search(who):
                    return self.account(at)
                titled = self.titled_character(who)
                if titled is not None:
                    return titled
                # "the actor said" is the last speaker; "the studio said" is nobody by name
                return Mention("descriptor", written=who) if _DESCRIPTOR.search(who + " ") or EPITHET.fullmatch(
                    who) else Mention("anonymous")
            if re.match(_SOMEONE, who) or who == "it":  # "it said in a statement": a company, a show, a body
                return Mention("anonymous")  # "one fan wrote", "a rival executive told Variety"
            named = re.search(rf"(?:^|\s)(@\w+|{NAME})$", who)
            return self.mention(named.group(1) if named else who)
        m = _VERB_THEN_SPEAKER.match(post)  # "said Samuel T. Okonkwo"
        if m:
            chunk = m.group(2)
            if _LATTER.match(chunk.strip()):
                return self.latter(at)  # "a déclaré cette dernière"
            # French puts the pronoun after the verb: "confie-t-elle", "a-t-il ajouté"
            inverted = m.group("inverted") or (re.match(r"-(?:t-)?(il|elle|ils|elles)\b", chunk) or [None, None])[1]
            if inverted:
                return Mention("pronoun", written=inverted)
            if re.match(rf"\s*({_PRONOUN})\b", chunk):
                return self.mention(re.match(rf"\s*({_PRONOUN})", chunk).group(1))
            epithet = EPITHET.match(chunk)
            if epithet and not _NAME_RUN.search(chunk, epithet.end()) and not _NAME_RUN.fullmatch(
                    chunk.strip()) and self._unnamed(chunk[:epithet.end()]):
                # "”, sagte der Schauspieler", "ha explicado el artista": the person so described
                return Mention("descriptor", written=epithet.group())
            appositive = re.match(rf",\s*({NAME})\s*(?:[.,;:!?]|$)", post[m.end():])
            if appositive and re.match(r"\s*(?:the|a|an|its|his|her|their|[\w-]+['’]s)\b", chunk, re.I):
                # "said the show's co-creator, Imogen Blackthorn."
                self.here = at + m.end() + appositive.start(1)
                men = self.mention(appositive.group(1))
                if men.kind == "person":
                    return men
            if re.match(r"\s*(?:a|an|his|her|their)\s", chunk) and not re.match(
                    rf"\s*[,—–-]?\s*(?:{_AUX}\s+)?(?:{IMPLICIT_SUBJECT})\b", post):
                # "Dunne, citing “…,” posted a message": the verb's subject stands before the quote
                return None
            # "wrote Harold Pinsky in The Daily Courant": the writer, not the paper he wrote in
            cut = re.search(r"\s(?:in|at|on|for|to|from|during|via|en|para|a)\s", chunk)
            if cut and _NAME_RUN.search(chunk, 0, cut.start()):
                chunk = chunk[:cut.start()]
            runs = [r for r in _NAME_RUN.findall(chunk)]
            for r in reversed(runs):
                toks = r.split()
                for k in range(len(toks)):
                    men = self.mention(" ".join(toks[k:]))
                    if men.kind != "unknown":
                        return men
            runs = [r for r in runs if r.split()[0] not in _NOT_FIRST]
            if runs:
                return Mention("unknown", written=runs[-1])
            if _ANONYMOUS.search(" " + chunk):
                return Mention("anonymous")
            spanish = re.match(rf"\s*[,—–-]?\s*(?:{_AUX}\s+)?(?:{IMPLICIT_SUBJECT})\b", post)
            if (re.match(r"\s*(?:to|ante|in|on|at|from)\b|\s*$", chunk) or spanish) and not (
                    not spanish and re.match(r"\s*(?:a|an|the|his|her|their)\s", chunk)):
                return Mention("pronoun", written="")  # "”, afirmó." — the subject is implicit
            if re.match(r"\s*(?:the|its|[\w-]+['’]s)\s", chunk, re.I):
                return Mention("anonymous")  # "said the studio's statement": a frame, but nobody named
        # a credit after the line: "“…” — Maren Holt", "“…” - Nam Se Hee" in a list of a show's quotes
        # also "“…” — Han Ji Woo, Spring Letters": the work after the name
        m = re.match(rf"\s*(?:[—–]|(?<!\w)-)\s*({NAME})\s*(?:\((@\w+)\))?", post)
        if m and (m.group(2) or at + m.end() >= hi - 2
                  or re.match(r",\s+(?:on|about|in|at)\b|,\s+[A-ZÀ-Þ][^.!?\n]*$", post[m.end():])):
            men = self.mention(m.group(1))
            if men.kind in ("person", "character"):
                men.written = "credit"
                return men
            if m.group(2):
                return Mention("person", m.group(2))
            if self.recap and men.kind == "unknown" and " " not in m.group(1).strip():
                return Mention("character", m.group(1).strip(), written="credit")  # a recap's "“…” — Greta"
        # an embedded post, "“…” — kat 🌙 (@katsaints) February 1, 2025": the account, whatever its display
        # name
        m = re.match(r"\s*[—–]\s*([^\n()—–]{1,50}?)\s*\((@\w+)\)", self.text[at:hi])
        if m:
            men = self.mention(m.group(1))
            if men.kind == "person" and men.name and " " in men.name:
                return men
            return Mention("person", m.group(2))
        return None

    def _unnamed(self, words: str) -> bool:
        """No capitalised word in ``words`` is a person or character the article knows."""
        return all(self.mention(r).kind not in ("person", "character") for r in _NAME_RUN.findall(words))

    def account(self, at: int) -> Mention:
        """"the account posted": the handle named last before it, or nobody when none is written."""
        handles = list(re.finditer(r"(?<![\w.])@\w+", self.masked[max(0, at - 600):at]))
        if handles:
            return Mention("person", handles[-1].group(), written=handles[-1].group())
        return Mention("anonymous")

    def inciso(self, lo: int, hi: int) -> Mention | None:
        """Spanish ``«Nunca pensé —confesó Ibarra— llegar aquí»``: the frame sits inside the quote."""
        m = re.search(rf"[—–]\s*(?:{VERB})\b([^—–\n]{{0,60}})[—–]", self.text[lo:hi])
        if not m:
            return None
        self.here = lo + m.start()
        for r in reversed(_NAME_RUN.findall(m.group(1))):
            men = self.mention(r)
            if men.kind != "unknown":
                return men
        return Mention("pronoun", written="")

