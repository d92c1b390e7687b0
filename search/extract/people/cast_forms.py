"""The sentence forms that state who plays whom, as regular expressions over ``NAME``."""

from __future__ import annotations

import re

from search.extract.people.name_pattern import CAP, NAME, SLASH, name_not_after
from search.extract.people.scanning import at_line_starts, gate, needs
from search.extract.people.verbs_abroad import PLAY_ABROAD_OPENINGS, PLAY_VERBS_ABROAD

# "(pictured)", "(left)": where the person stands in the photo, never a role
_PHOTO_POSITION = r"\((?:pictured|left|right|center|centre|above|below|top|bottom|middle|inset)\)"


# A form that opens with a name is tried at every capital letter; the rest of it, from a literal
# on, is searched first: a text it is not in holds no match of the whole form (``scan``).
def _gated(head: str, tail: str, flags: int = 0) -> re.Pattern:
    """``head + tail`` compiled, scanned only over a text where ``tail`` alone is found."""
    pattern = re.compile(head + tail, flags)
    gate(pattern, re.compile(tail, flags))
    return pattern


_AWARD = r"(?:Emmy|Oscar|Tony|Golden Globe|Academy Award|BAFTA|Grammy|SAG)"


_LOWER_WORD = rf"(?:[a-zà-ÿ\d][\w'’-]*|{_AWARD}[\w-]*)"
# a capitalised word inside a description only between lower-case ones ("the iconic Nintendo hero")
_DESC_WORD = (rf"(?:{_LOWER_WORD}|(?<=[a-zà-ÿ] )[A-Z][\w-]*(?: [A-Z][\w-]*)?"
              rf"(?= (?!(?:and|or|y|et|und|e|on|in|at|for|with|to|from|by|of|as)\b)[a-zà-ÿ]))")


_DESC = rf"(?:{_LOWER_WORD},? (?:{_DESC_WORD},? ){{0,5}})?"  # "plays her son, Tobias"


PRONOUN = r"(?:he|she|they|él|ella)"


_PLAY_PREFIX = (r"(?:(?:will|would|also|now|then|has been|have been|had been|has|have|had|be|is|was|is set to|to|"
                r"que|quien|who|qui|che|der|die|"
                r"vuelve a|volverá a|conocid[oa]|"
                r"currently|previously|famously|memorably|once|going to)\s+)*")
_PLAY = (_PLAY_PREFIX +
         r"(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|"
         r"(?:(?<=will )|(?<=to )|(?<=would )|(?<=also ))voice|"
         r"(?:co-?)?star(?:s|red|ring)? as|return(?:s|ed|ing)? as|appear(?:s|ed|ing)? as|"
         r"(?:re)?cast as|broke out as|debut(?:s|ed)? as|reprise(?:s|d)? (?:(?:his|her|their) role )?as|"
         r"(?:land(?:s|ed)?|win(?:s)?|won|took(?: on)?|take(?:s)?(?: on)?|got|get(?:s)?|nab(?:s|bed)?|"
         r"earn(?:s|ed)?|secure(?:s|d)?|score(?:s|d)?|inherit(?:s|ed)?|fill(?:s|ed)?) the "
         r"(?:(?:lead|title|main|key|recurring) )?"
         r"(?:role|part) of|(?:his|her|their) (?:[\w-]+ )?character,?(?= [A-Z])|"
         r"(?:his|her|their) (?:[\w-]+ ){0,4}?(?:portrayal|turn|role|performance|run|stint) "
         r"(?:of|as)|"
         r"(?:in|for) the (?:(?:lead|title|main|key|recurring) )?role of|en el papel de|"
         r"step(?:s|ped|ping)? into the (?:role|shoes) of|(?:lend(?:s|ing)?|lent) (?:his|her|their) voice to|"
         r"interpreta(?:rá|ba)? al?|da vida al?|dio vida al?|encarna(?:rá)? al?|"
         r"(?:se )?mete(?:rá)? en la piel del?|ponerse en la piel del?|pone(?:rá)? (?:rostro|cara) al?|"
         r"dará vida al?|daba vida al?|interpreta(?:rá|ba)? (?:de nuevo|otra vez) al?|"
         r"(?:por |con )?su papel (?:de|como)|hace de|hacía de|hará de|"
         r"[Ee]n la piel de|(?:pone|puso|pondrá|da|dio|dará) (?:la )?voz al?|"
         r"(?:presta|prestó|prestará) su voz al?)")


# French, Italian, German, Portuguese, Dutch: kept apart from _PLAY so English text does not pay for them
_PLAY_ABROAD = _PLAY_PREFIX + rf"(?:{PLAY_VERBS_ABROAD})"


_OWNER = rf"(?:{NAME}['’]s? )?"  # "played Petronella's son, Rupert Ashby"


def _play_re(verbs: str, opens: str) -> re.Pattern:
    """``opens``: what every form opens with, tested before the forms are tried (else each
    is tried at every word's end too)."""
    return re.compile(rf"\b(?={opens}){verbs}(?: |(?<=['’]))(?P<desc>(?:(?:the|a|an) )?{_OWNER}{_DESC})"
                      rf"(?:, )?[“\"„«]? ?(?P<char>{SLASH})(?!['’])")


# the first three characters of every form: most word starts fail here at once
PLAY_OPENINGS = (r"E(?:n )|a(?:ls|pp)|b(?:e\s|ro)|c(?:as|he|o-|on|os|ur)|d(?:a |ab|ar|eb|er|ie|io)|e(?:ar|n |nc)|"
                 r"f(?:am|il|or)|g(?:et|oi|ot)|h(?:ac|ad|ar|as|av|er|is)|i(?:n |nh|nt|s\s)|l(?:an|en)|m(?:em|et)|"
                 r"n(?:ab|ow)|onc|p(?:la|on|or|re|us)|qu[ei]|r(?:ec|ep|et)|s(?:co|e |ec|ta|te|u )|t(?:ak|he|o\s|oo)|"
                 r"v(?:oi|ol|ue)|w(?:as|ho|il|in|on|ou)")
PLAY_RE = _play_re(_PLAY, PLAY_OPENINGS)
PLAY_ABROAD_RE = _play_re(_PLAY_ABROAD, PLAY_ABROAD_OPENINGS)


# "Marnie (Esme Hollinrake, “Glass Orchard”)": the actor with a quoted credit, recap style
PAREN_CREDIT_RE = _gated(
    rf"(?P<char>{SLASH})", rf" \((?P<actor>{NAME}), [“\"][^”\"\n]{{1,60}}[”\"](?:,? (?:\d{{4}}|[\w ]{{1,20}}))?\)")


# "Valdés Ortuño is Father Anselm Crewe, the village priest": a known actor "is" a role
IS_RE = _gated(
    rf"(?P<actor>{NAME})", rf" (?:is|will be|es|será) (?P<char>{NAME}),? (?:a|an|the|el|la|un|una) ")


# "After five seasons as dispatcher Rosie Kilbane on Copper Saints, Lena X is leaving"
SEASONS_AS_RE = re.compile(
    rf"\b(?:seasons?|years?|episodes?|decades?|films?|movies?) (?:as|playing) "
    rf"(?P<desc>{_DESC})(?P<char>{SLASH})"
    rf"(?: (?:on|in) [^,.;]{{1,40}})?, (?P<actor>{NAME})")
gate(SEASONS_AS_RE, re.compile(r"(?:season|year|episode|decade|film|movie)s? (?:as|playing) "))


# "(newcomer Ellis Montague-Roe)", "(Jerome Abara, left)": the actor with a note on who or where
PAREN_RE = re.compile(rf"[“\"]?(?P<left>{SLASH})[”\"]?(?:['’]s?)? "
                       rf"\((?:(?P<who>newcomer|guest star|veteran) )?(?P<right>{SLASH})"
                       rf"(?P<where>, (?:left|right|center|centre|pictured|above|below))?\)")


PAREN_VERB_RE = _gated(
    rf"(?P<char>{SLASH}),? ", rf"[(\[](?:(?:who is |who was )?(?:played|portrayed|voiced) by|interpretad[oa] por|"
    rf"(?:en la |con la |con )?voz de|(?:doblad[oa]|dublad[oa]|vivid[oa]|encarnad[oa]) por|"
    rf"(?:interprétée?|incarnée?|doublée?) par|"
    rf"(?:interpretat[oa]|doppiat[oa]) da|con la voce di|(?:gespielt|gesprochen|verkörpert) von|gespeeld door) "
    rf"(?P<desc>{_DESC})(?P<actor>{NAME})"
    # one role at two ages: "(played by X as a teenager and Y as an adult)"
    rf"(?: as (?:a |an )?[a-z-]+,? and (?P<actor2>{NAME}) as (?:a |an )?[a-z-]+)?[)\]]")


# "Lena Ruiz (who plays Dora)", "Jonas Brandt (spielt Till)": the verb inside the bracket
PAREN_PLAYS_RE = re.compile(
    rf"(?P<actor>{NAME}) [(\[](?:who (?:plays|played|voices)|plays|played|voices|spielt|mimt|joue|qui joue|incarne|"
    rf"interpreta|interpreta a|dá vida a|da vida a) (?P<desc>{_DESC})(?P<char>{SLASH})[)\]]")


PAREN_LIST_RE = _gated(
    rf"(?P<c1>{NAME}) (?:and|&|y) (?P<c2>{NAME})", rf" \((?P<a1>{NAME}) (?:and|&|y) (?P<a2>{NAME})\)")


ROLE_WENT_RE = _gated(  # r"\b[Tt]he", the boundary tested after the letter: faster
    rf"[Tt](?<!\w.)he (?:(?:lead|title|main|key|recurring) )?(?:role|part) of (?P<char>{SLASH}) ",
    rf"(?:went|goes|has gone) to "
    rf"(?P<desc>{_DESC})(?P<actor>{NAME})")


_NOT_AFTER_QUOTE = r"""‘'"“\w-"""


POSS_RE = re.compile(rf"(?P<actor>{name_not_after(_NOT_AFTER_QUOTE)})['’]s? (?P<char>{NAME})")


PLAYED_BY_RE = re.compile(
    rf"(?P<char>{SLASH}),? (?:(?:(?:who|que) (?:is|was|will be|es|fue) |(?:is|was|will be|to be) "
    rf"|will (?:now |also |still )?be |has (?:now |also )?been )?"
    rf"(?:played|portrayed|voiced|brought to life|interpretad[oa]|encarnad[oa]|interpretat[oa]|doppiat[oa]|"
    rf"interprétée?|"
    rf"incarnée?|jouée?|doublée?|gespielt|verkörpert|gesprochen|dublad[oa]|vivid[oa])(?: [a-z]+){{0,4}} "
    rf"(?:by|por|par|da|von) "
    # the voice a role is given: "Mario, en la voz de X"
    rf"|(?:en la voz de|con la voz de|na voz de|con la voce di|avec la voix de|mit der Stimme von) )"
    rf"(?P<desc>{_DESC})(?P<actor>{NAME})")


IS_THE_PLAYED_BY_RE = re.compile(
    rf"(?P<char>{SLASH}),? (?:[a-z]+ [a-z]+, )?(?:is|was) (?:the|a|an) (?:[a-z-]+ ){{1,4}}"
    rf"(?:played|portrayed|voiced) by (?P<desc>{_DESC})(?P<actor>{NAME})")


A_QUIEN_RE = re.compile(  # Spanish, character first: "Silas, a quien da vida Benedikt Aro"
    rf"(?P<char>{SLASH}),? (?:(?:a quien|al que|a la que) (?:(?:da|dio|dará) vida|interpreta(?:rá|ba)?)"
    rf"|que (?:da|dio|dará) vida(?! al?\b)) (?P<desc>{_DESC})(?P<actor>{NAME})")


# "X leads the cast as Y", "X encabeza el reparto como Y": a short verb phrase, never a
# verb of saying or naming ("X described Y as", "known as")
_AS_GAP = (r"(?: (?!(?:said|says|told|described|called|known|such|well|same|seen|regarded|considered|"
           r"named|referred|identified|dubbed|billed|describes|calls|dijo|definió|conocido|conocida)\b)"
           r"[a-zà-ÿ][\w'’-]*){1,5}")


# "A alias X", "B, ovvero l’ispettrice Y": a nickname link, a pair only beside the list's plain pairs
ALIAS_RE = re.compile(
    rf"(?P<actor>{NAME}),? (?:alias|aka|a\.k\.a\.|ovvero|cioè|dit|dite) "
    rf"(?P<desc>(?:(?:l['’]|la |il |lo |le |the )[a-zà-ÿ]+ )?)(?P<char>{NAME})"
    # "il Professore Ada Rossi" in such a list: the role by its title, then the actor
    rf"|\b(?:il|lo|la|el|le) (?P<title>{CAP}) (?P<titled>{NAME})")


# "X laissera son rôle du Prince Y à Z", "X hands the role of Y to Z": one role, two actors
HANDOVER_RE = _gated(
    rf"(?P<actor>{NAME})", rf" (?:(?:will|a|va) )?(?:hand(?:s|ed)?(?: over)?|pass(?:es|ed)?(?: on)?|"
    rf"laisse(?:ra)?|laissé|cède|cédera|cédé|passe(?:ra)?|passé|lascia|lascerà|deja|dejará|cede|cederá) "
    rf"(?:the role of |(?:his|her|their) role (?:as|of) |the part of |(?:son|sa) rôle d(?:e|u|['’]) ?(?:la |le )?|"
    rf"(?:il suo|su) (?:ruolo|papel) de(?:l|lla)? ?(?:la |el )?)"
    rf"(?P<char>{NAME}) (?:over )?(?:to|à|a) (?P<actor2>{NAME})")


# "Carminha, personagem de Ana X", "Lupe, il personaggio di Ada Y": the role named, then whose it is
CHARACTER_OF_RE = re.compile(
    rf"(?P<char>{NAME}),? (?:(?:o|a|el|la|le|il|the) )?(?:personagem|personaje|personnage|personaggio) "
    rf"(?:(?:de|di|du|del|do|da)|d['’]) ?(?P<actor>{NAME})")
# "Lena Falk's character, Ines": the actor's role by name
ACTOR_CHARACTER_RE = _gated(rf"(?P<actor>{NAME})", rf"['’]s? (?:[a-z-]+ )?character,? (?P<char>{NAME})")


AS_RE = _gated(
    rf"(?P<actor>{NAME})(?: {_PHOTO_POSITION}| \([^()\n]{{1,60}}\))?"
    rf"(?:['’]s? (?:performance|turn|role|portrayal|work|stint|run)|, who(?: [\w'’-]+){{1,7}}|{_AS_GAP}"
    rf"|,{_AS_GAP}(?= com[eo] )"
    rf"|(?:,(?: [\w'’-]+,?){{1,6}})? (?:(?:is|was|remains) )?(?:still |perhaps |probably )?"
    rf"(?:best|better) known)?",
    rf" (?:as|como|come) (?P<desc>(?:(?:the|a|an|his|her|their|el|la) )?{_OWNER}{_DESC})(?:, )?"
    rf"(?P<char>{SLASH})(?!['’])")


# German "als" is also "than" and "when": only right after the name or "ist/war/wird"
ALS_RE = re.compile(rf"(?P<actor>{NAME})(?: (?:ist|war|wird|sind))? als (?P<desc>)(?P<char>{SLASH})(?!['’])")


# "Rafe Donnelly-Saito, Static Bloom's reluctant pilot Corin Vale, tweeted": the role in apposition
APPOS_WORK_RE = _gated(
    rf"(?P<actor>{NAME})", rf", (?P<work>{NAME})['’]s? (?:[a-z][\w-]* ){{0,3}}(?P<char>{NAME})(?=[,;)])")


# "Jon Marrow actor Callum Ashdown-Reyes": a role used as a label; "Succession star X" names a work
_NOT_AFTER_WORD = r"\w'’-"


ROLE_ACTOR_RE = _gated(rf"(?P<char>{name_not_after(_NOT_AFTER_WORD)})", rf" (?:actor|actress) (?P<actor>{NAME})")


WHOSE_RE = re.compile(rf"(?P<actor>{NAME}),? whose (?P<char>{NAME})")


TWO_ROLES = re.compile(rf"(?P<a>{CAP}) (?:and|y|&) (?P<b>{CAP}) (?P<sur>{CAP})")


DE_RE = re.compile(rf"(?P<char>{NAME}) de (?P<actor>{NAME})")


LATER_CHAR_RE = re.compile(rf" (?:[a-zà-ÿ][\w'’-]* ){{1,3}}(?P<char>{SLASH})")


# "Rhea Lund (Copperline's Tansy Marsh and Glass Bay's Edda)": earlier roles named by their works
PAREN_WORK_ROLES_RE = re.compile(rf"(?P<actor>{NAME}) \((?P<inner>[^()\n]{{3,160}}['’]s [^()\n]{{1,80}})\)")
WORK_ROLE_IN = re.compile(rf"[\w!?.+-]['’]s (?P<char>{NAME})(?=\s*(?:,|;|and\b|&|$))")


# a cast list line: "Maren Oduya is Wren Halloway" (a bullet or a dash and a note may follow)
IS_LINE_RE = _gated(rf"^[ \t•*·–-]*(?P<actor>{NAME})", rf" (?:is|es|est|ist|è|é) (?P<char>{SLASH})"
                        rf"[ \t]*(?:[.,;:–—-][^\n]*)?$", re.MULTILINE)
at_line_starts(IS_LINE_RE)


# German puts the verb last: "Lena Falk, die in der Serie die Rolle von Ines übernimmt"
GERMAN_RELATIVE_RE = re.compile(
    rf"(?P<actor>{NAME}), (?:der|die) (?:[^\W\d_]+ ){{0,6}}?(?:die Rolle (?:von|des|der) )?(?P<char>{SLASH}) "
    rf"(?:spielt|spielte|verkörpert|verkörperte|mimt|mimte|übernimmt|übernahm)\b")


# Text every match of a pattern must contain: a pattern is not run over an article without it.
_NEEDS: dict[re.Pattern, tuple[str, ...]] = {
    PAREN_RE: (" (",),
    PAREN_VERB_RE: (" (", " ["),
    PAREN_LIST_RE: (" (",),
    PAREN_PLAYS_RE: ("(who ", "(play", "(voice", "(spielt", "(mimt", "(joue", "(qui ", "(incarne", "(interpreta",
                     "(dá ", "(da ", "[who ", "[play"),
    A_QUIEN_RE: ("vida", "interpreta"),
    ROLE_WENT_RE: (" to ",),
    IS_THE_PLAYED_BY_RE: ("ed by ",),
    PLAYED_BY_RE: ("played", "portrayed", "voiced", "brought to life", "interpretad", "encarnad", "interpretat",
                   "doppiat", "interprét", "incarné", "joué", "doublé", "gespielt", "verkörpert", "gesprochen",
                   "dublad", "vivid", "voz de", "voce di", "voix de", "Stimme von"),
    AS_RE: (" as ", " como ", " come "),
    HANDOVER_RE: (" role ", " rôle ", " ruolo ", " papel ", " part of "),
    CHARACTER_OF_RE: ("personag", "personaje", "personnage"),
    ACTOR_CHARACTER_RE: (" character",),
    ALIAS_RE: ("alias ", "aka ", "a.k.a. ", "ovvero ", "cioè ", "dit ", "dite "),
    ALS_RE: (" als ",),
    PLAY_ABROAD_RE: ("joue", "incarn", "interpr", "peau", "rôle", "prête", "panni", "volto", "voce", "ruolo", "doppia",
                     "personaj", "personnage", "personagg", "personag", "Figur", "Rolle als",
                     "spielt", "mimt", "verkörper", "Rolle", "vida", "pele", "vive", "speel", "vertolk", "rol van"),
    GERMAN_RELATIVE_RE: (", der ", ", die "),
    IS_LINE_RE: (" is ", " es ", " est ", " ist ", " è ", " é "),
    PAREN_WORK_ROLES_RE: ("'s ", "’s "),
    APPOS_WORK_RE: ("'", "’"),
    PAREN_CREDIT_RE: (" (",),
    SEASONS_AS_RE: (" as ", " playing "),
    IS_RE: (" is ", " will be ", " es ", " será "),
    ROLE_ACTOR_RE: (" actor ", " actress "),
    WHOSE_RE: (" whose ",),
    POSS_RE: ("'", "’"),
    DE_RE: (" de ",),
}


# none of these matches spans a line break, and few lines hold their texts: only those lines are scanned
_BY_LINES = (PAREN_RE, PAREN_VERB_RE, ROLE_WENT_RE, IS_THE_PLAYED_BY_RE, PLAYED_BY_RE, AS_RE, HANDOVER_RE,
             ACTOR_CHARACTER_RE, APPOS_WORK_RE, ROLE_ACTOR_RE, POSS_RE)


for _pattern, _texts in _NEEDS.items():
    needs(_pattern, *_texts, lines=_pattern in _BY_LINES)
