"""Pairs written role first, the actor after, as the European press often does:
``Dans le rôle de X, on retrouve Y``, ``Nei panni di X troviamo Y``, ``Il ruolo di X è affidato a Y``."""

from __future__ import annotations

import re

from search.extract.people.cast_forms import scan
from search.extract.people.name_pattern import NAME, SLASH
from search.extract.people.roles import CastContext, looks_like_character, person_of

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
ROLE_GIVEN_RE = re.compile(
    rf"(?:[Ll]e rôle|[Ii]l ruolo|[Ee]l papel|[Oo] papel|[Dd]ie Rolle|[Tt]he (?:role|part)) "
    rf"(?:de |du |di |del |do |da |des |der |of |d['’])(?P<char>{SLASH}),? "
    rf"(?:a été confié|est confié|revient|è (?:stato )?affidato|è andato|va|recae|recayó|fue para|"
    rf"ging an|geht an|foi entregue|fica|was given|has been given|goes|went)e? (?:à|a|an|en|para|ad|to) "
    rf"(?P<actor>{NAME})")


def role_first_pairs(ctx: CastContext) -> list[tuple[int, str, str]]:
    """(position, character, actor) for every pair stated role first."""
    out = []
    for pattern in (ROLE_FIRST_RE, ROLE_GIVEN_RE):
        for m in scan(ctx.text, pattern):
            found = m.groupdict()
            char = next((found[k] for k in ("char", "char2", "char3") if found.get(k)), None)
            actor_text = next((found[k] for k in ("actor", "actor2", "actor3") if found.get(k)), None)
            actor = person_of(ctx, actor_text, loose=True) if actor_text else None
            if actor and char and looks_like_character(ctx, char):
                out.append((m.start(), char, actor))
    return out
