"""Wording around a quotation that says who is speaking, or that nobody is: descriptions of people,
anonymous sources, relatives, scare and title cues."""

from __future__ import annotations

import re

from search.extract.quotes.names import NAME

_ONSCREEN = re.compile(r"\b(?:(?:le |les )?(?:grita|gritaba|susurra|suplica|ruega|responde)|"
                       r"screams|screaming|shrieks|shrieking|yells|yelling|cries|crying|snaps|mutters|"
                       r"muttering|whispers|whispering|growls|pleads|pleading|begs|begging|hisses|sobs|barks|"
                       r"(?:tells|telling|asks|asking) (?:him|her|them|his \w+|her \w+|their \w+|"
                       r"[A-Z]\w+(?=,)))\b")
_LINE_NOUN = (r"(?:line|lines|last words|words|cry|wail|scream|plea|catchphrase|quip|retort|monologue|"
              r"farewell|voice-over|voiceover|narration)")
_AUX = (r"(?:has|have|had|was|is|also|later|then|once|previously|recently|reportedly|publicly|would|will|"
        r"quickly|simply|flatly|proudly|jokingly|finally|first|further|even|since|never|quietly|"
        r"ha|había|también|luego|later|earlier|once|memorably|famously|candidly|bluntly|happily|"
        r"a|avait|aveva|hat|hatte|ainda|já|anche|poi|aussi|auch|dann)")
_PRONOUN = (r"(?:he|she|they|He|She|They|él|ella|ellos|ellas|Él|Ella|il|elle|Il|Elle|er|sie|Er|Sie|"
            r"lui|lei|Lui|Lei|ele|ela|Ele|Ela)")
_DESCRIPTOR = re.compile(
    # "the Don't Look Down singer": a title of three words or more may stand before the noun
    r"\b(?:the|The|el|El|la|La)\s+(?:(?:[\w-]+\s+){0,2}?|(?:[A-ZÀ-Þ0-9][\w'’-]*\s+){3,5})"
    r"(?:actor|actress|actriz|star|director|directora|showrunner|"
    r"creator|creadora|creador|filmmaker|writer|singer|comedian|host|producer|author|novelist|cineasta|"
    r"intérprete|protagonista|guionista|veteran|newcomer|rapper|musician|\d+-year-old|actors|stars|winner|"
    r"nominee|alum|alumna|icon|legend|performer|playwright|screenwriter|co-?star|co-?creator|hitmaker|"
    r"ganadora?|nominada?|cantante|songstress|superstar|popstar|diva|vocalist|frontman|frontwoman|artist)\s*$"
    # "Die 34-Jährige verrät": the age as a noun, German style
    r"|\b(?:[Dd]er|[Dd]ie)\s+\d+-[Jj]ährige\s*$"
)
# a description standing for a person, after a definite article, in the languages byline reads:
# "the Barbadian superstar", "l'actrice", "der 53-Jährige", "der Adolf-Grimme-Preis-Gewinner"
_EPITHET_NOUNS = (r"(?:[\w]+-)*(?:actor|actress|actriz|star|superstar|director|directora|showrunner|creator|"
                  r"creador|creadora|filmmaker|writer|singer|songwriter|comedian|host|producer|author|novelist|"
                  r"cineasta|intérprete|protagonista|guionista|veteran|newcomer|rapper|musician|\d+-year-old|"
                  r"winner|nominee|icon|legend|performer|playwright|screenwriter|co-?star|hitmaker|artist|artista|"
                  r"artiste|acteur|actrice|comédien|comédienne|chanteuse|chanteur|réalisateur|réalisatrice|"
                  r"attore|attrice|regista|cantante|cantora|cantor|ator|atriz|Schauspieler|Schauspielerin|"
                  r"Sänger|Sängerin|Regisseur|Regisseurin|Musiker|Musikerin|Star|Jährige|Gewinner|Gewinnerin|"
                  r"Preisträger|Preisträgerin|Moderator|Moderatorin|founder|mogul|entrepreneur|vocalist|"
                  r"frontman|frontwoman|songstress|diva|popstar)")
EPITHET = re.compile(r"\s*(?:the|el|la|le|l['’]|der|die|il|lo|o|a)\s*(?:[\w-]+\s+){0,3}?"
                     rf"{_EPITHET_NOUNS}\b", re.I)
_WRITTEN_VERBS = (r"(?:read|reads|said|says|stated|states|continued|continues|added|adds|went on|concluded|"
                  r"decía|dice|dijo)")
_SUBORDINATE = re.compile(r"\s*(?:When|As|After|While|Before|Once|If|Although|Though|Since|Until|Because|"
                          r"Asked|Speaking|Pressed|Reached|Questioned|Preguntad[oa]|Consultad[oa]|"
                          r"Cuando|Mientras|Aunque|Después de que|Antes de que|Si)\b")
_WRITINGS = r"(?:statement|post|tweet|caption|message|letter|note)"
_CLAUSE_WORD = re.compile(r"\b(?:whether|if|that|when|how|why|what|si|que)\s+$")
_ACTING_WORD = re.compile(r"\b(?:actor|actress|actriz|star|co-?star|intérprete|protagonista|acteur|actrice|"
                          r"comédien|comédienne|attore|attrice|ator|atriz|Schauspieler|Schauspielerin)\b", re.I)
# a sentence whose subject is a description of someone ("The star continued", "The 41-year-old said")
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Still|Yet|So|Now|Pero|Y)\s+)?(?:[Tt]he|[Ee]l|[Ll]a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:actor|actress|actriz|star|director|directora|showrunner|"
    r"creator|creadora|creador|filmmaker|singer|comedian|host|producer|\d+-year-old)\s+"
    r"(?!who\b|que\b)(?:[a-zà-ÿ]\w*(?:s|ed|ó)|\w+n['’]t|was|is|has|had|also|then|later|también|además|luego)"
    r"(?!\w)")
# someone described only by their tie to another person: "Her brother jumped in", "His rep told Variety"
RELATIONAL = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ss]u|[Mm]i)\s+(?:[\w-]+\s+)?(?:brother|sister|"
    r"mother|father|son|daughter|wife|"
    r"husband|partner|boyfriend|girlfriend|fiancée?|co-?star|castmate|colleague|friend|manager|agent|rep|"
    r"representative|publicist|spokesperson|lawyer|attorney|director|producer|hermano|hermana|madre|padre|"
    r"hijo|hija|esposa|esposo|pareja|compañer[oa])\b(?!,?\s+[A-ZÀ-Þ])")  # "Her co-star Jonah Pike" is named
_ANONYMOUS = re.compile(
    r"\b(?:one|a|an|another|two|several|some|un|una)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:executive|source|sources|insider|insiders|spokesperson|spokesman|spokeswoman|representative|rep|"
    r"publicist|observer|analyst|critic|critics|"
    r"person|people|official|officials|fan|fans|viewer|viewers|user|users|commenter|commenters|exec|"
    r"follower|followers|reader|readers|staffer|member|members|colleague|friend|"
    r"neighbou?r|witness|attendee|employee|fuente|fuentes|portavoz|ejecutivo|ejecutiva|allegado)\b"
    r"|\b(?:sources|insiders|fuentes)\b",
    re.I,
)
_ANON_NOUNS = (r"(?:executive|exec|source|sources|insider|insiders|spokesperson|spokesman|spokeswoman|"
               r"representative|rep|publicist|observer|analyst|critic|critics|person|people|"
               r"official|officials|"
               r"fan|fans|viewer|viewers|user|users|commenter|commenters|follower|followers|staffer|member|"
               r"members|colleague|friend|neighbou?r|witness|attendee|employee|reader|readers|"
               r"fuente|fuentes|portavoz|ejecutivo|ejecutiva|allegado|seguidor|seguidora|usuario|usuaria)")
# "one fan", "a rival studio executive", "another user" — someone the article does not name
_SOMEONE = (rf"(?:[Oo]ne|[Aa]n?|[Aa]nother|[Uu]n|[Uu]na|[Oo]tro|[Oo]tra)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"{_ANON_NOUNS}\b")
# lower-case role words in front of a name: "showrunner Helena Marsh said", "co-star Dev Rao wrote"
_ROLE_WORDS = (r"(?:(?!(?:while|and|but|as|when|because|though|although|whereas|so|or|if|after|before|since|"
               r"until|where|whom|who|which|that|then|y|pero|mientras|cuando)\b)"
               r"(?:[a-z0-9][\w-]*|[A-Z][\w+-]*['’]s?)\s+){1,3}?(?!I\b)")
_ACCOUNT = re.compile(r"\baccount\b|\bcuenta\b")
_SCARE_BEFORE = re.compile(
    r"\b(?:so-called|so called|dubbed|nicknamed|titled|entitled|tagline|slogan|stage direction|"
    r"reads|the word|the words|the phrase|the term|known as|billed as|llamad[oa]|titulad[oa]|"
    r"(?<=, )described as|(?<=, )descrit[oa] como|"
    r"denominad[oa]|la palabra|el lema)\b[^.!?]{0,25}$",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:episode|episodio|film|movie|series|season|finale|premiere|novel|book|album|song|single|track|"
    r"play|musical|show|title|título|debut|comedy|drama|horror|documentary|thriller|feature|special|"
    r"podcast|segment|chapter|sequel|spinoff|spin-off|titled|called|named|película|serie|libro"
    r"|\w+(?:serie|film|roman))[,:]?\s*$",  # German compounds: "zur Erfolgsserie „Severance“"
    re.I,
)
_SMALL = frozenset("""a an the of and or in on at to for with by from but nor as is it de la el y en
    im am der die das des dem den und von vom zu zum zur mit auf für ein eine le les du et un une à au aux
    il lo di da del della e o os as do dos das um uma no na""".split())
# a name in subject position: followed by its verb ("Okoye laughed", "Okoye, who …,")
_ACTING = re.compile(r"(?:\s+(?!who\b|whose\b|which\b|and\b|or\b|as\b)(?:[a-z]\w*(?:s|ed)|was|is|has|had|did|"
                     r"does|kept|took|made|gave|went|spoke|told|said|wrote|felt|got|would|could|"
                     r"will|can|should|"
                     r"might|must|may|wouldn['’]t|won['’]t|can['’]t|couldn['’]t|didn['’]t|"
                     r"doesn['’]t|isn['’]t|"
                     r"wasn['’]t|hasn['’]t|hadn['’]t|refused|declined)\b|,\s+(?:who|whose)\b)")
_NOT_A_FRAME = re.compile(r"(?:\b(?:been|be|being|is|was|are|were)\s+(?:\w+ly\s+)?|"
                          r"(?:^|\b(?:When|when|If|if|Once|once|After|after|Before|before|While|while)\s+))$")
# handles speak for themselves: "@moonrakersroom", Reddit's "u/lighthousekeeper99"
_NAME_RUN = re.compile(rf"@\w+|\bu/[\w-]+|{NAME}")
# a sentence opening with a description and a clause ("The actress, who stars in …"): the names later
# in it are not its subject, the one described is someone named before
_DESCRIPTION_OPENS = re.compile(
    r"\s*(?:[Tt]he|[Ee]l|[Ll]a)\s+(?:[\w-]+\s+){0,2}?(?:actor|actress|actriz|star|superstar|director|singer|"
    r"rapper|comedian|host|producer|creator|showrunner|\d+-year-old)\s*(?:,\s*(?:who|whose|which|que)\b|who\b)"
    # "Celle qui joue la voisine … avec Helena Noguerra.": the one who, named before, never the name after
    r"|\s*(?:Celle|Celui|Elle|Lui|Colei|Colui|Aquela|Aquele|She|He)\s+(?:qui|che|que|who)\b")

# "critics keep calling the show “cosy horror”": a name for something, whoever gives it
_NAMING = re.compile(r"call|dub|label|name|nickname|term|brand", re.I)
# words in the first person: woven into a sentence, they are its subject's own
_MINE = re.compile(r"\b(?:I|my|me|mine|myself|we|our|us)\b")
