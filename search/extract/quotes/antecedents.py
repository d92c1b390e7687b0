"""Who a pronoun or a description ("the actress", "the 34-year-old") stands for."""

from __future__ import annotations

import re

from search.extract.names import FIRST_NAMES, literal_matches
from search.extract.quotes.cues import (
    _ACTING,
    _ACTING_WORD,
    _CLAUSE_WORD,
    _DESCRIBED_SUBJECT,
    _DESCRIPTION_OPENS,
    _NAME_RUN,
    _SUBORDINATE,
)
from search.extract.quotes.frames import _LATTER
from search.extract.quotes.genders import genders, pronoun_gender
from search.extract.quotes.mentions import Mention
from search.extract.quotes.names import NAME
from search.extract.quotes.sentences import sentence_bounds, sentences

# epithets for the star of a story, not for a role someone was introduced in ("the director")
_STAR_WORD = re.compile(r"(?:superstar|star|singer|artist|artista|artiste|rapper|icon|legend|hitmaker|musician|"
                        r"founder|mogul|entrepreneur|vocalist|frontman|frontwoman|songstress|diva|popstar|"
                        r"\d+-year-old|Jährige|cantante|cantora|chanteuse|chanteur|Sängerin|Sänger)\b", re.I)
# "el actor", "the actress" anywhere in a sentence: a real person, never the role they play
_ACTOR_NOUN = re.compile(r"\b(?:[Tt]he|[Ee]l|[Ll]a|[Ll]['’]|[Dd]er|[Dd]ie|[Oo]|[Aa])\s+(?:[\w-]+\s+)?"
                         r"(?:actor|actress|actriz|acteur|actrice|attore|attrice|ator|atriz|"
                         r"Schauspieler|Schauspielerin)\b")
# "il vicequestore interpretato da Marco Giallini": named as the one who plays a role
_PLAYED_BY = re.compile(r"\b(?:interpretat[oa] da|interpretad[oa] por|interprétée? par|played by|portrayed by|"
                        r"gespielt von)\s+$")


class Antecedents:
    """Mixin of ``Attributor``: pronouns and descriptions resolved to people named earlier."""

    def described(self, men: Mention, block: tuple[int, int], pos: int) -> Mention | None:
        """Who "the actress" / "the director" is: an actor named lately for an acting word, else the
        person the paragraph's previous sentence is about ("Ashdown sounded relieved. “…,” the director
        said")."""
        if _ACTING_WORD.search(men.written):
            # never a name in the descriptor's own sentence ("The actress, who plays Greta Lind, …")
            pos = sentence_bounds(self.masked, block[0], block[1], pos)[0]
            lo = max(0, pos - 1500)
            seen: list[tuple[Mention, bool]] = []
            intro: dict[str, set[str]] = {}
            # introductions come early; scanning the opening and the last stretch keeps long texts linear
            head = min(lo, 3000)
            runs = [*_NAME_RUN.finditer(self.masked, 0, head), *_NAME_RUN.finditer(self.masked, lo, pos)]
            for m in runs:
                self.here = m.start()
                found = self.mention(m.group())
                if found.kind != "person" or not found.name:
                    continue
                # an actor in the cast, or someone introduced as one ("La actriz mexicana Valeria Montes")
                introduced = _ACTING_WORD.search(self.masked[max(0, m.start() - 30):m.start()]) \
                    or _PLAYED_BY.search(self.masked, max(0, m.start() - 30), m.start())
                if introduced:
                    intro.setdefault(found.name, set()).add(introduced.group())
                if m.start() >= lo:
                    seen.append((found, bool(introduced) or bool(self.names.is_actor(found.name))))
            # "la actriz" is the one the article introduced so, before anyone merely cast; never the man
            # introduced as "el actor"
            for found, acting in [*((f, a) for f, a in reversed(seen) if intro.get(f.name)), *reversed(seen)]:
                if acting and not any(_other_gender(men.written, w) for w in intro.get(found.name, ())):
                    return found
        lo = sentence_bounds(self.masked, block[0], block[1], pos)[0]
        for s_lo, s_hi in reversed(sentences(self.masked, block[0], lo)):
            placed = [p for p in self.placed_mentions(s_lo, s_hi) if p[0].kind == "person"]
            if placed:
                return self.sentence_subject(s_lo, s_hi, placed)
        return None

    def gender_of(self, name: str | None) -> str | None:
        if self._genders is None:
            people = {*self.names.people, *self.names.full, *self.names.single}
            self._genders = genders(self.masked, sorted(people))
        return self._genders.get(name or "")

    def _fits(self, men: Mention | None, gender: str | None) -> bool:
        return men is None or gender is None or men.kind != "person" or self.gender_of(men.name) in (None, gender)

    def antecedent(self, block_lo: int, pos: int, prev_block: tuple[int, int] | None,
                   gender: str | None = None) -> Mention | None:
        """What a pronoun at ``pos`` refers to: the subject of the nearest sentence that names someone
        of the pronoun's gender."""
        ranges = sentences(self.masked, block_lo, pos)
        if prev_block:
            ranges = sentences(self.masked, *prev_block) + ranges
        found = self._antecedent(ranges, pos, gender)
        if gender and found is not None and found.kind == "person" and self.gender_of(found.name) is None \
                and not self._acting_subject(found, ranges, pos):
            # "Take her reunion with Pell. “…,” she sings": a woman named just before beats a name with no gender
            for lo, hi in reversed(ranges[-3:]):
                subject = self.sentence_subject(lo, min(hi, pos))
                if subject is not None and subject.kind == "person" and self.gender_of(subject.name) == gender:
                    return subject
            main = self.main_person()
            if main is not None and self.gender_of(main.name) == gender:
                return main
        return found

    def _acting_subject(self, found: Mention, ranges, pos: int) -> bool:
        """Whether the nearest sentence naming anyone has ``found`` as the subject of a verb
        ("Producer Ilse Dorn confirmed …"): then no one else is the "she" that follows."""
        for lo, hi in reversed(ranges):
            placed = self.placed_mentions(lo, min(hi, pos))
            if placed:
                return any(m.name == found.name and _ACTING.match(self.masked, end) for m, _, end in placed)
        return False

    def _antecedent(self, ranges, pos: int, gender: str | None) -> Mention | None:
        for lo, hi in reversed(ranges):
            described = _DESCRIBED_SUBJECT.match(self.masked, lo)
            if described and _ACTING_WORD.search(described.group()):
                found = self.described(Mention("descriptor", written=described.group()), (lo, hi), lo)
                if found is not None:
                    return found
            if described and self.last_speaker is not None:
                return self.last_speaker  # "The star continued by saying …": the one already speaking
            if _DESCRIPTION_OPENS.match(self.masked, lo, hi):
                continue  # "The actress, who stars opposite Peter Vance, …": about someone named before
            if _LATTER.match(self.masked, lo, hi):
                return self.latter(lo)  # "Cette dernière est revenue sur …": the last one named before
            framed = gender and any(pronoun_gender(f) == gender for f in re.findall(
                r"x[,.!?]?\s+(she|he|elle|il|ella|él|sie|er|lei|lui|ela|ele)\s", self.masked[lo:min(hi, pos)]))
            if framed and self.last_speaker is not None and self._fits(self.last_speaker, gender):
                return self.last_speaker  # "“…,” she sings, about her sister Ana": still the one singing
            placed = [p for p in self.placed_mentions(lo, min(hi, pos)) if self._fits(p[0], gender)]
            actor_noun = None if placed else _ACTOR_NOUN.search(self.masked, lo, min(hi, pos))
            if actor_noun:
                # "One thing the actor enjoyed was the city. “…,” he recalled": the actor, not his role
                found = self.described(Mention("descriptor", written=actor_noun.group()), (lo, hi), lo)
                if found is not None and self._fits(found, gender):
                    return found
            if not placed:
                continue
            if re.match(r"\s*(?:His|Her|Their|Su|Sus)\s", self.masked[lo:hi]) and not any(
                    _ACTING.match(self.masked, end) for _, _, end in placed) and not re.match(
                    rf"\s*\w+\s+[\w-]+(?:\s+[\w-]+)?,\s*(?:{NAME}),", self.masked[lo:hi]):
                continue  # "His breakthrough came as Lt. Harold Beck": about someone named earlier
            subject = self.sentence_subject(lo, min(hi, pos), placed)
            if subject is not None:
                return subject
            # "… was written on the day, according to Achebe. “…,” she said": the one the sentence cites
            cited = re.search(rf"\b(?:according to|per|says|said|told|tells|según)\s+({NAME})",
                              self.masked[lo:hi])
            if cited:
                self.here = lo + cited.start(1)
                men = self.mention(cited.group(1))
                if men.kind == "person":
                    return men
            # "The film, directed by A, stars B. “…,” he said": no subject to lean on
            last = self.last_speaker
            return last if last is not None and last.name in {m.name for m, _, _ in placed} else None
        return self.last_speaker if self._fits(self.last_speaker, gender) else None

    def sentence_subject(self, lo: int, hi: int, placed=None) -> Mention | None:
        """The person a sentence is about: its only one, the one with a verb, or the one it opens with."""
        placed = self.placed_mentions(lo, hi) if placed is None else placed
        opener = _SUBORDINATE.match(self.masked, lo, hi)
        if opener and placed:
            # "When Kwarteng walked in, director Sol Ibarra knew": the main clause's subject
            comma = self.masked.find(",", lo, hi)
            main = [p for p in placed if p[1] > comma] if comma >= 0 else []
            placed = main or placed
            if main:
                lo = comma + 1
        if not placed:
            return None
        first, start, _ = placed[0]
        if len({m.name for m, _, _ in placed}) == 1:
            return first
        # "… whether Wren would return": a name inside a that/whether clause is not the subject
        acting = [m for m, at, end in placed if _ACTING.match(self.masked, end)
                  and not _CLAUSE_WORD.search(self.masked, lo, at)]
        if acting:
            return acting[0]
        return first if len(self.masked[lo:start].split()) <= 2 else None

    def resolve(self, men: Mention | None, block: tuple[int, int], pos: int,
                prev_block: tuple[int, int] | None) -> Mention | None:
        if men is None:
            return None
        if men.kind == "pronoun" and men.written.lower() in ("they", "ellos", "ils"):
            return Mention("anonymous")  # "They added:" after a spokesperson, "they said" of a band: nobody named
        if men.kind in ("pronoun", "descriptor"):
            if men.at >= 0:
                pos = min(pos, men.at)
            aged = self.of_age(men.written) if men.kind == "descriptor" else None
            if aged is not None:
                return aged
            if men.kind == "descriptor":
                # "the Barbadian superstar", "el artista": the person the article is about, when there is one
                main = self.main_person() if _STAR_WORD.search(men.written) else None
                found = main or self.described(men, block, pos)
                if found is not None:
                    return found
            if men.kind == "descriptor" and self.last_speaker is not None:
                return self.last_speaker
            if men.kind == "descriptor":
                # "The actress … shared a photo with the caption: …" before anyone has spoken: someone
                # named in an earlier sentence, never a name inside the descriptor's own clause
                pos = sentence_bounds(self.masked, block[0], block[1], pos)[0]
            ant = self.antecedent(block[0], pos, prev_block,
                                  pronoun_gender(men.written) if men.kind == "pronoun" else None)
            if ant is None and men.kind == "pronoun" and men.written:
                main = self.main_person()  # "she" with no one named nearby: the article's subject
                return main if self._fits(main, pronoun_gender(men.written)) else None
            return ant
        return men

    def main_person(self) -> Mention | None:
        """The one person the article is about: named clearly more often than anyone else."""
        if self._main is None:
            # trusted names only: a capitalised run ("Hôtel Normandy") is a person when it opens with a given name,
            # or when the headline carries it
            headline = self.text[:self.text.find("\n")] if "\n" in self.text else ""
            people = {p for p in (*self.names.people, *self.names.single, *(c.actor for c in self.names.cast),
                                  *(f for f in self.names.full if f.split()[0].lower() in FIRST_NAMES
                                    or f in headline))
                      if not self.names.character(p) and not self.names.character(p.split()[-1])}
            counts = {}
            first_at = {p: (self.masked.find(p) if p in self.masked else len(self.masked)) for p in people}
            for p in people:
                key = p.split()[-1]
                kin = [q for q in people if q != p and q.split()[-1] == key]
                if any(first_at[q] < first_at[p] for q in kin):
                    key = p  # a relative named later is called by full or first name; the bare surname is not theirs
                counts[p] = sum(1 for _ in literal_matches(self.masked, key))
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            best = ranked[0] if ranked else ("", 0)
            second = ranked[1][1] if len(ranked) > 1 else 0
            self._main = Mention("person", best[0], written=best[0]) if best[1] >= 2 and best[1] >= 2 * second \
                else Mention("unknown")
        return self._main if self._main.kind == "person" else None


def _other_gender(descriptor: str, introduced: str) -> bool:
    said = _ACTING_WORD.search(descriptor)
    if said is None:
        return False
    a, b = said.group().lower(), introduced.lower()
    female, male = ("actress", "actriz"), ("actor",)
    spanish = bool(re.search(r"\b(?:el|la)\s", descriptor, re.I))
    return (a in female and b in male) or (spanish and a in male and b in female)

