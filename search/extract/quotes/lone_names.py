"""Evidence that a lone capitalised word is a person and not a show, a brand or a company: an age in
commas ("Zendaya, 24,"), a role word in front ("singer Rihanna"), a family tie ("Rihanna's son"),
or a verb followed by her/his ("Zendaya accepted her Emmy").

The evidence is looked for around each place the word is written, with patterns compiled once:
a pattern per word would be compiled again for every article and push fixed patterns out of
``re``'s small cache.
"""

from __future__ import annotations

import re

from search.extract.names.runs import literal_hits

_ROLE_BEFORE = (r"(?:singer|artist|artiste|artista|performer|rapper|actress|actor|star|superstar|popstar|pop star|"
                r"musician|model|comedian|"
                r"host|producer|DJ|songwriter|hitmaker|icon|diva|chanteuse|chanteur|cantante|cantora|"
                r"Sängerin|Sänger|Rapperin|Rapper|attrice|attore|atriz|ator)")
_FAMILY = r"(?:husband|wife|son|daughter|mother|father|mom|mum|dad|baby|boyfriend|girlfriend|partner|children|kids)"

_EDGE = re.compile(r"\b")
_ACTOR_NEXT = re.compile(r" \((?:voiced by |played by )?[A-ZÀ-ÖØ-ÞĀ-Ž]")
_AGE_NEXT = re.compile(r", \d{1,3},")
_FAMILY_NEXT = re.compile(rf"['’]s? (?:\w+ )?{_FAMILY}\b")
# role words are short: one that ends right before the name starts within 40 characters of it
_ROLE_ENDS = re.compile(rf"\b{_ROLE_BEFORE} \Z")
_CLAUSE_OPENER_ENDS = re.compile(r"(?:^|[.!?]\s+|,\s+|\b(?:and|but|as|while|when) )\Z", re.M)
_ACTS_ON_SELF_NEXT = re.compile(r" (?!being\b)(?:[a-z]+ly )?(?:(?:will|would|can|could|must|is|was|has|had) [a-z]+"
                                r"|[a-z]\w+(?:ed|s)|won|took|made|gave|wrote|told|spoke|sang) (?:[\w-]+ ){0,6}"
                                r"(?:her|his|herself|himself)\b")


def written_as_person(text: str, word: str) -> bool:
    """Somewhere the text writes ``word`` the way it writes a person."""
    return any(_person_around(text, at, at + len(word)) for at in literal_hits(text, word))


def _person_around(text: str, start: int, end: int) -> bool:
    return bool(_EDGE.match(text, start) and (_AGE_NEXT.match(text, end) or _FAMILY_NEXT.match(text, end))
                or _EDGE.match(text, end) and _ROLE_ENDS.search(text, max(0, start - 40), start)
                # rare, so the opener before it is looked for with no bound on its spaces
                or _ACTS_ON_SELF_NEXT.match(text, end) and _CLAUSE_OPENER_ENDS.search(text, 0, start))


def beside_its_actor(text: str, word: str) -> bool:
    """"Hiccup (Jay Baruchel)": somewhere the word is a character beside the actor who plays it."""
    return any(_EDGE.match(text, at) and _ACTOR_NEXT.match(text, at + len(word)) for at in literal_hits(text, word))
