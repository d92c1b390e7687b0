"""Pairs written role first, the actor after, as the European press often does:
``Dans le rôle de X, on retrouve Y``, ``Nei panni di X troviamo Y``, ``Il ruolo di X è affidato a Y``."""

from __future__ import annotations

import re

from search.extract.names.lexicon import FIRST_NAMES
from search.extract.people.evidence import candidates
from search.extract.people.name_pattern import NAME, SLASH
from search.extract.people.roles import CastContext, clean_name, looks_like_character, person_of, person_weight
from search.extract.people.scanning import at_line_starts, needs, scan

_IN_THE_ROLE = (r"(?:[Dd]ans le rôle d(?:e |u |['’])|[Ii]n der Rolle (?:des|der|von) |[Nn]ei panni di |"
                r"[Nn]el ruolo di |[Ee]n el papel de |[Nn]o papel d[eoa] |[Nn]a pele d[eoa] |"
                r"[Aa] dar vida a |[Dd]ando vida a |[Dd]ando vita a |In the role of |Playing )")
# the verb that brings the actor on ("on retrouve", "troviamo", "está"); after a comma alone only
# when the phrase opens the sentence, since "X, dans le rôle de Y, Z ..." lists two actors
_BRINGS_ON = (r"(?:on (?:retrouve|découvre|verra|trouve|voit)|il y a|c['’]est|ist|war|wird|sieht man|"
              r"troviamo|ritroviamo|vediamo|c['’]è|c['’]era|está|estará|vemos|encontramos|tenemos|temos|"
              r"we (?:see|find|meet)|is|was|comes)")
ROLE_FIRST_RE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))(?=[A-Z]){_IN_THE_ROLE}(?P<char>{SLASH}),?\s(?:{_BRINGS_ON}\s)?"
    rf"(?P<actor>{NAME})(?![\w'’-])"
    rf"|(?<![\w-]){_IN_THE_ROLE}(?P<char3>{SLASH}),?\s{_BRINGS_ON}\s(?P<actor3>{NAME})(?![\w'’-])"
    # German puts the actor before "zu sehen": "Als Kommissarin X ist Y zu sehen"
    rf"|(?<![\w-])[Aa]ls (?:[A-ZÄÖÜ][a-zäöüß]+ )?(?P<char2>{NAME}) (?:ist|war|wird) "
    rf"(?P<actor2>{NAME}) zu sehen", re.MULTILINE)
# German passive: "Mark S. wird von Adam Scott gespielt"
PASSIVE_DE_RE = re.compile(rf"(?:(?:[Dd]er|[Dd]ie|[Dd]as) [A-ZÄÖÜ][a-zäöüß]+ )?(?P<char>{SLASH}) "
                           rf"(?:wird|wurde|würde) (?:[a-zäöüß]+ ){{0,2}}von (?P<actor>{NAME}) "
                           rf"(?:gespielt|verkörpert|gesprochen|dargestellt|synchronisiert)\b")
ROLE_GIVEN_RE = re.compile(
    rf"(?:[Ll]e rôle|[Ii]l ruolo|[Ee]l papel|[Oo] papel|[Dd]ie Rolle|[Tt]he (?:role|part)) "
    rf"(?:de |du |di |del |do |da |des |der |of |d['’])(?P<char>{SLASH}),? "
    rf"(?:a été confié|est confié|revient|è (?:stato )?affidato|è andato|va|recae|recayó|fue para|"
    rf"ging an|geht an|foi entregue|fica|was given|has been given|goes|went)e? (?:à|a|an|en|para|ad|to) "
    rf"(?P<actor>{NAME})")


# "Who plays Ted Mallory? Adrian Kell returns ...": an explainer's question, answered by the actor
WHO_PLAYS_RE = re.compile(rf"\b[Ww]ho (?:plays|played|is playing|will play|voices) (?P<char>{SLASH})"
                          rf"(?: in [^?\n]{{1,60}})?\?\s+(?P<actor>{NAME})(?![\w'’-])")
needs(ROLE_FIRST_RE, "rôle d", "Rolle ", "panni di ", "ruolo di ", "papel d", "pele d", "vida a ", "vita a ",
      "In the role of ", "Playing ", " zu sehen")
needs(ROLE_GIVEN_RE, "rôle ", "ruolo ", "papel ", "Rolle ", "he role ", "he part ")
needs(PASSIVE_DE_RE, " von ")
needs(WHO_PLAYS_RE, "ho plays", "ho played", "ho is playing", "ho will play", "ho voices")
# a cast list line: "Ted Mallory – Adrian Kell", "Kate Fleming: Vicky Norcross"
_LIST_LINE = re.compile(rf"^[ \t•*·]*(?P<a>{NAME})\s+[–—-]\s+(?P<b>{NAME})[ \t]*$"
                        rf"|^[ \t•*·]*(?P<c>{NAME}):\s+(?P<d>{NAME})[ \t]*$", re.MULTILINE)
at_line_starts(_LIST_LINE)


def cast_list_lines(ctx: CastContext) -> list[tuple[int, str, str]]:
    """Two or more ``Name – Name`` lines in a row; the side the article treats more as people is the actors'."""
    lines = [(m.start(), *(m.group("a", "b") if m.group("a") else m.group("c", "d")))
             for m in scan(ctx.text, _LIST_LINE)]
    if len(lines) < 2:
        return []
    left = sum(_weight(ctx, a) for _, a, _ in lines)
    right = sum(_weight(ctx, b) for _, _, b in lines)
    if abs(left - right) < len(lines):
        return []  # nothing but given names to tell the sides apart: none rather than wrong
    out = []
    for pos, a, b in lines:
        char, actor_text = (a, b) if right > left else (b, a)
        actor = person_of(ctx, actor_text, loose=True)
        if actor and looks_like_character(ctx, char):
            out.append((pos, char, actor))
    return out if len(out) >= 2 else []


def _weight(ctx: CastContext, name: str) -> int:
    """How much the article treats ``name`` as a person, leaving out how common its given name is."""
    ev = candidates(ctx.text).get(clean_name(name))
    return person_weight(ctx, name) - (ev.given if ev else 0) - (name.split()[0].lower() in FIRST_NAMES)


# "Der Charakter, den er verkörpert, trägt den Namen Y", "The character she plays is called Y": the
# pronoun is the person the article last named
CHARACTER_NAMED_RE = re.compile(
    rf"\b(?:[Dd]er Charakter|[Dd]ie Figur|[Dd]ie Rolle|[Tt]he (?:character|role)|[Ll]e personnage|"
    rf"[Ee]l personaje|[Ii]l personaggio|[Oo] personagem),? (?:den |die |that |which |que |qu['’]|che )?"
    rf"(?:er|sie|he|she|il|elle|él|ella|lui|lei|ele|ela) (?:[a-zà-ÿ]+ ){{0,2}}?[a-zà-ÿ]+,? "
    rf"(?:trägt den Namen|heißt|is called|is named|s['’]appelle|se llama|si chiama|se chama) (?P<char>{SLASH})")

needs(CHARACTER_NAMED_RE, "trägt den Namen", "heißt", "is called", "is named", "s'appelle", "s’appelle", "se llama",
      "si chiama", "se chama")


_WHOLE_NAME = re.compile(rf"(?<![\w-]){NAME}")


def _last_person(ctx: CastContext, end: int) -> str | None:
    names = [m.group() for m in _WHOLE_NAME.finditer(ctx.text[max(0, end - 2000): end])]
    return next((who for name in reversed(names) if (who := person_of(ctx, name))), None)


def role_first_pairs(ctx: CastContext) -> list[tuple[int, str, str]]:
    """(position, character, actor) for every pair stated role first."""
    out = cast_list_lines(ctx)
    for m in scan(ctx.text, CHARACTER_NAMED_RE):
        actor = _last_person(ctx, m.start())
        if actor and looks_like_character(ctx, m.group("char")):
            out.append((m.start(), m.group("char"), actor))
    for m in scan(ctx.text, WHO_PLAYS_RE):
        actor = person_of(ctx, m.group("actor"), loose=True)
        if actor and looks_like_character(ctx, m.group("char")):
            out.append((m.start(), m.group("char"), actor))
    for pattern in (ROLE_FIRST_RE, ROLE_GIVEN_RE, PASSIVE_DE_RE):
        for m in scan(ctx.text, pattern):
            found = m.groupdict()
            char = next((found[k] for k in ("char", "char2", "char3") if found.get(k)), None)
            actor_text = next((found[k] for k in ("actor", "actor2", "actor3") if found.get(k)), None)
            actor = person_of(ctx, actor_text, loose=True) if actor_text else None
            if actor and char and looks_like_character(ctx, char):
                out.append((m.start(), char, actor))
    return out
