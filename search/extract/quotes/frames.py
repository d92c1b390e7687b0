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
from search.extract.quotes.sentences import Lazy, sentences
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

# read after every quotation too (compiled on first use, as the names and verbs in them are big)
_NAME_ONLY = Lazy(NAME)
_PAST_OR_SAYS = re.compile(r"\w+ed|said|told|wrote|says")
_PAST = re.compile(r"\w+ed|said|told|wrote")
_NAME_LAST = Lazy(rf"(?:^|\s)({NAME})$")
_SOMEONE_RE = Lazy(_SOMEONE)
_HANDLE_OR_NAME_LAST = Lazy(rf"(?:^|\s)(@\w+|{NAME})$")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b")
_PRONOUN_FIRST = Lazy(rf"\s*({_PRONOUN})\b")
_PRONOUN_OPENING = Lazy(rf"\s*({_PRONOUN})")
_APPOSITIVE = Lazy(rf",\s*({NAME})\s*(?:[.,;:!?]|$)")
_DETERMINED = re.compile(r"\s*(?:the|a|an|its|his|her|their|[\w-]+['’]s)\b", re.I)
_INDEFINITE_OR_OWNED = re.compile(r"\s*(?:a|an|his|her|their)\s")
_SPANISH_AFTER = Lazy(rf"\s*[,—–-]?\s*(?:{_AUX}\s+)?(?:{IMPLICIT_SUBJECT})\b")
_PLACE_WORD = re.compile(r"\s(?:in|at|on|for|to|from|during|via|en|para|a)\s")
_TO_OR_NOTHING = re.compile(r"\s*(?:to|ante|in|on|at|from)\b|\s*$")
_DETERMINER = re.compile(r"\s*(?:a|an|the|his|her|their)\s")
_THE_OR_OWNED = re.compile(r"\s*(?:the|its|[\w-]+['’]s)\s", re.I)
_CREDIT = Lazy(rf"\s*(?:[—–]|(?<!\w)-)\s*({NAME})\s*(?:\((@\w+)\))?")
_CREDIT_TAIL = re.compile(r",\s+(?:on|about|in|at)\b|,\s+[A-ZÀ-Þ][^.!?\n]*$")
_EMBEDDED_POST = re.compile(r"\s*[—–]\s*([^\n()—–]{1,50}?)\s*\((@\w+)\)")
_HANDLE = re.compile(r"(?<![\w.])@\w+")
_INCISO = Lazy(rf"[—–]\s*(?:{VERB})\b([^—–\n]{{0,60}})[—–]")


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
        if m and m.group("adverb") and _NAME_ONLY.fullmatch(m.group(1)) and not _PAST_OR_SAYS.fullmatch(
                m.group("verb")):
            # "“…,” Agnes coldly replies": a recap narrating a scene, the name is the story's
            men = self.mention(m.group(1))
            if men.kind in ("person", "unknown") and not self.names.is_actor(men.name or m.group(1)):
                return Mention("character", men.name or m.group(1).strip(), written=m.group(1))
        if m and m.group("adverb") and not (_NAME_ONLY.fullmatch(m.group(1)) and _PAST.fullmatch(m.group("verb"))):
            m = None  # "Wells dryly noted": an adverb between a name and its verb in the past
        if m:
            who = m.group(1)
            if _LATTER.fullmatch(who):
                return self.latter(at)
            if who.split()[0] in ("the", "The"):
                named = _NAME_LAST.search(who)
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
            if _SOMEONE_RE.match(who) or who == "it":  # "it said in a statement": a company, a show, a body
                return Mention("anonymous")  # "one fan wrote", "a rival executive told Variety"
            named = _HANDLE_OR_NAME_LAST.search(who)
            return self.mention(named.group(1) if named else who)
        m = _VERB_THEN_SPEAKER.match(post)  # "said Samuel T. Okonkwo"
        if m:
            chunk = m.group(2)
            if _LATTER.match(chunk.strip()):
                return self.latter(at)  # "a déclaré cette dernière"
            # French puts the pronoun after the verb: "confie-t-elle", "a-t-il ajouté"
            inverted = m.group("inverted") or (_INVERTED_PRONOUN.match(chunk) or [None, None])[1]
            if inverted:
                return Mention("pronoun", written=inverted)
            if _PRONOUN_FIRST.match(chunk):
                return self.mention(_PRONOUN_OPENING.match(chunk).group(1))
            epithet = EPITHET.match(chunk)
            if epithet and not _NAME_RUN.search(chunk, epithet.end()) and not _NAME_RUN.fullmatch(
                    chunk.strip()) and self._unnamed(chunk[:epithet.end()]):
                # "”, sagte der Schauspieler", "ha explicado el artista": the person so described
                return Mention("descriptor", written=epithet.group())
            appositive = _APPOSITIVE.match(post[m.end():])
            if appositive and _DETERMINED.match(chunk):
                # "said the show's co-creator, Imogen Blackthorn."
                self.here = at + m.end() + appositive.start(1)
                men = self.mention(appositive.group(1))
                if men.kind == "person":
                    return men
            if _INDEFINITE_OR_OWNED.match(chunk) and not _SPANISH_AFTER.match(post):
                # "Dunne, citing “…,” posted a message": the verb's subject stands before the quote
                return None
            # "wrote Harold Pinsky in The Daily Courant": the writer, not the paper he wrote in
            cut = _PLACE_WORD.search(chunk)
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
            spanish = _SPANISH_AFTER.match(post)
            if (_TO_OR_NOTHING.match(chunk) or spanish) and not (
                    not spanish and _DETERMINER.match(chunk)):
                return Mention("pronoun", written="")  # "”, afirmó." — the subject is implicit
            if _THE_OR_OWNED.match(chunk):
                return Mention("anonymous")  # "said the studio's statement": a frame, but nobody named
        # a credit after the line: "“…” — Maren Holt", "“…” - Nam Se Hee" in a list of a show's quotes
        # also "“…” — Han Ji Woo, Spring Letters": the work after the name
        m = _CREDIT.match(post)
        if m and (m.group(2) or at + m.end() >= hi - 2
                  or _CREDIT_TAIL.match(post[m.end():])):
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
        m = _EMBEDDED_POST.match(self.text[at:hi])
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
        handles = list(_HANDLE.finditer(self.masked[max(0, at - 600):at]))
        if handles:
            return Mention("person", handles[-1].group(), written=handles[-1].group())
        return Mention("anonymous")

    def inciso(self, lo: int, hi: int) -> Mention | None:
        """Spanish ``«Nunca pensé —confesó Ibarra— llegar aquí»``: the frame sits inside the quote."""
        inside = self.text[lo:hi]
        # (no dash, no frame: most quotes have none, and then the verbs need not be looked for)
        m = ("—" in inside or "–" in inside) and _INCISO.search(inside)
        if not m:
            return None
        self.here = lo + m.start()
        for r in reversed(_NAME_RUN.findall(m.group(1))):
            men = self.mention(r)
            if men.kind != "unknown":
                return men
        return Mention("pronoun", written="")

