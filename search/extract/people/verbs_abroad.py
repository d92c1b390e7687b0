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


# the first three characters of every form with the verbs above (and the prefix they share with
# the English forms): most word starts fail here at once
PLAY_ABROAD_OPENINGS = (r"Dan|In |N(?:a |ei|el)|a(?: s|ls)|be\s|c(?:he|on|ur)|d(?:an|ar|e |er|eu|ie|op|à |á |éc)|"
                        r"fam|goi|h(?:aa|ad|as|av)|i(?:hr|l |n |nc|nt|s\s)|jou|la |m(?:em|im)|n(?:a |ei|el|ow)|"
                        r"o(?: s|bt|nc)|p(?:re|rê)|q(?:ue|ui)|rep|s(?:a |e |ei|on|pe|pi|u )|t(?:he|ie|o\s)|"
                        r"v(?:er|es|iv|ol|ue)|w(?:as|ho|il|ou)|zij")
