"""Cast verbs of the European press (French, Italian, German, Portuguese, Dutch), as one alternation.

An elided article ends a verb ("dans la peau d’Elsa"); "su personaje, Rodolfo" names the owner's role.
"""

PLAY_VERBS_ABROAD = (
    r"joue(?:ra|rait|ait)?|incarne(?:ra|rait|ait)?|interprète|interprétera|"
    r"(?:[Dd]ans|se glisse(?:ra)? dans) la peau d(?:e|u|['’])|"
    r"(?:[Dd]ans|joue|tient|reprend(?:ra|re)?|décroche|obtient) le rôle d(?:e|u|['’])|"
    r"prête(?:ra)?(?: quant à (?:lui|elle)| aussi| également)? (?:ses traits|sa voix) (?:à|au)|"
    r"interpreta(?:rà|va)?|[Nn]ei panni di|veste(?:rà)? i panni di|presta(?:rà)? il volto a|"
    r"dà voce a|[Nn]el ruolo di|presta(?:rà|va)? la (?:sua )?voce a|doppia(?:va|rà)?|"
    r"spielt(?:e)?|mimt(?:e)?|verkörpert(?:e)?|(?:[Ii]n )?(?:die|der) Rolle (?:von|des|der|als)|"
    r"(?:dá|deu|dará) vida (?:a|ao|à)|[Nn]a pele d(?:e|o|a)|vive (?:o|a)|"
    r"speelt|speelde|vertolkt|vertolkte|(?:[Ii]n )?de rol van|"
    # "su personaje, Rodolfo", "seine Figur Karl": the owner's role by name
    r"(?:su|son|sa|seine?|ihre?|il suo|la sua|o seu|a sua|zijn|haar) (?:personaje|personnage|Figur|"
    r"Rolle als|personaggio|personagem|personage)(?:,| de| d['’]| di| de la)?(?= [A-ZÀ-Þ])"
)


# a rank written in lower case before a one-word role is part of how the role is named
# ("joue le commandant Olivier", "le rôle de la princesse Margaret")
RANKS_ABROAD = frozenset("""commandant capitaine lieutenant inspecteur inspectrice commissaire princesse prince roi
reine comte comtesse docteur commissario vicequestore ispettore ispettrice principessa principe conte contessa
inspector inspectora comisario comisaria capitán capitana princesa príncipe conde condesa delegado delegada
comandante princesa""".split())
