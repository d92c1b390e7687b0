"""Verbs that report speech, in the languages byline reads, in the forms a frame uses."""

from __future__ import annotations

import re

_REGULAR = """explain add recall remember joke tweet post continue note quip admit insist declare reveal
    describe call tease hint share state claim argue confirm laugh recount observe suggest
    acknowledge concede promise warn stress emphasize emphasise offer reply respond answer ask
    wonder muse whisper shout scream shriek yell cry sigh deadpan gush rave boast confess counter
    reflect predict reason elaborate finish conclude announce text caption thank praise dub snap
    mutter plead beg blurt exclaim remind vow reiterate clarify maintain express mention highlight
    disclose opine remark convey indicate comment divulge detail pen assure explain recollect
    reminisce chuckle grin smile shrug scoff sneer retort interject propose affirm assert admit
    confide urge lament marvel enthuse caution dish slam blast cite belt croon taunt query accuse allege deny
    demand growl hiss murmur gasp bark scold""".split()
_IRREGULAR = [
    "said", "says", "saying", "say", "told", "tells", "telling", "tell", "sings", "sang", "singing", "raps",
    "wrote", "writes", "writing", "written",
    "spoke", "speaks", "speaking", "went on", "goes on", "going on", "put it", "puts it",
    "summed up", "sums up", "pointed out", "points out", "opened up", "opens up", "chimed in", "chimes in",
    "fired back", "fires back", "hit back", "hits back", "shot back", "shoots back", "clapped back",
    "claps back", "weighed in", "weighs in", "piped up", "pipes up",
]


def _inflect(base: str) -> list[str]:
    """``quip`` → quip, quips, quipped, quipping: the forms a frame uses."""
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    third = base + ("es" if base.endswith(("sh", "ch", "s", "x")) else "s")
    before = base[-3:-2]
    # one short vowel between consonants doubles the last one: snapped, admitted, quipped
    double = (len(base) <= 5 and base[-1] in "bdgmnpt" and base[-2] in "aeiou"
              and (before not in "aeiou" or base[-4:-2] == "qu"))
    stem = base + base[-1] if double else base
    return [base, third, stem + "ed", stem + "ing"]


# bare base forms are nouns too often ("a note", "the post", "his answer") to count as frames
_VERB_FORMS = sorted(
    {f for b in _REGULAR for f in _inflect(b)[1:]} | set(_IRREGULAR) | {"explain", "add", "ask"},
    key=len, reverse=True,
)
_VERBS_EN = "|".join(re.escape(f) for f in _VERB_FORMS)
_VERBS_ES = (
    r"dijo|dice|afirmó|afirma|contó|cuenta|explicó|explica|aseguró|asegura|añadió|añade|agregó|agrega|señaló|"
    r"señala|adelantó|comentó|comenta|confesó|reconoció|declaró|indicó|sostuvo|resumió|bromeó|apuntó|destacó|"
    r"relató|recordó|insistió|admitió|subrayó|expresó|manifestó|advirtió|concluyó|respondió|escribió|publicó|"
    r"tuiteó|confirmó|reveló|precisó|prosiguió|continuó|detalló|aclaró|opinó|valoró|lamentó|celebró|"
    r"agradeció|recalcó|consideró|enfatizó|externó|compartió|mencionó|"
    r"reprocha|reprochó|pregunta|preguntó|grita|gritó|suplica|suplicó|exclama|exclamó|susurra|susurró|"
    r"responde|sentenció|zanjó|ironizó|reflexionó|matizó|remarcó|puntualizó|lanzó|contestó|narró|defendió|compartió|"
    r"bromea|confiesa|reconoce|asegura|recuerda|advierte|admite|insiste|sostiene|subraya|resume|"
    # Spain's perfect tense: "ha dicho", "ha asegurado"
    r"dicho|afirmado|asegurado|explicado|contado|añadido|reconocido|confesado|declarado|indicado|comentado|"
    r"apuntado|subrayado|destacado|manifestado|expresado|recordado|admitido|señalado|escrito|publicado|"
    r"respondido|insistido|bromeado|adelantado|revelado|confirmado|agregado|precisado|aclarado"
)
# Portuguese and Italian, like Spanish, often leave the subject implicit: "”, disse.", "ha detto"
_VERBS_PT = (
    r"disse|diz|afirmou|afirma|contou|conta|explicou|explica|declarou|declara|revelou|revela|comentou|"
    r"comenta|acrescentou|acrescenta|completou|completa|brincou|brinca|confessou|confessa|admitiu|admite|"
    r"lembrou|lembra|destacou|destaca|ressaltou|ressalta|garantiu|garante|escreveu|respondeu|responde|"
    r"contou|desabafou|desabafa|opinou|avaliou|reconheceu|reconhece|concluiu|continuou|relatou|disparou|"
    r"finalizou|finaliza|pontuou|pontua|falou"
)
_VERBS_IT = (
    r"detto|dichiarato|spiegato|raccontato|aggiunto|confessato|ammesso|scritto|commentato|rivelato|"
    r"affermato|sottolineato|precisato|confidato|risposto|ricordato|"
    r"dice|dichiara|spiega|racconta|aggiunge|confessa|ammette|scrive|commenta|rivela|afferma|sottolinea|"
    r"precisa|confida|risponde|ricorda|disse|dichiarò|spiegò|raccontò|aggiunse|confessò|ammise|scrisse|"
    r"commentò|rivelò|affermò|sottolineò|rispose|ricordò"
)
IMPLICIT_SUBJECT = rf"(?:{_VERBS_ES}|{_VERBS_PT}|{_VERBS_IT})"
# French: "déclare-t-elle", "a-t-il ajouté", "confie Frédérique Bel", "a expliqué l'actrice"
_VERBS_FR = (
    r"déclare|déclaré|confie|confié|confiait|explique|expliqué|expliquait|raconte|raconté|racontait|ajoute|"
    r"ajouté|affirme|affirmé|assure|assuré|précise|précisé|souligne|souligné|confesse|confessé|avoue|"
    r"avoué|admet|admis|dit|lance|lancé|poursuit|poursuivi|reconnaît|reconnu|indique|indiqué|écrit|révèle|"
    r"révélé|estime|estimé|confirme|confirmé|répond|répondu|rappelle|rappelé|insiste|insisté|"
    r"s'amuse|s’amuse|plaisante|glisse|glissé|résume|résumé|témoigne|témoigné|partage|partagé"
)
# German: "sagte er", "erklärt die Schauspielerin", "Koch sagte"
_VERBS_DE = (
    r"sagte|sagt|gesagt|erklärte|erklärt|erzählte|erzählt|verriet|verrät|verraten|betonte|betont|meinte|"
    r"meint|schrieb|schreibt|gestand|gesteht|berichtete|berichtet|fügte|ergänzte|ergänzt|schwärmte|"
    r"schwärmt|räumte|gab zu|gibt zu|sagen"
)
_VERBS_NL = (r"zegt|zei|vertelt|vertelde|verklaart|verklaarde|schrijft|schreef|reageert|reageerde|"
             r"laat weten|liet weten|legt uit|legde uit|voegt toe|voegde toe|benadrukt|benadrukte")
VERB = rf"(?:{_VERBS_EN}|{IMPLICIT_SUBJECT}|{_VERBS_FR}|{_VERBS_DE}|{_VERBS_NL})"
_VERB_RE = re.compile(rf"\b(?:{VERB})\b")


# verbs that report words, as opposed to labelling ("called it", "described as")
SAYING = re.compile(r"(?:said|says|saying|told|tells|telling|wrote|writes|writing|added|adds|adding|stated|"
                    r"states|explained|explains|announced|posted|tweeted|shared|replied|responded|insisted|"
                    r"continued|"
                    r"dijo|afirmó|aseguró|explicó|contó|añadió|señaló|declaró|escribió|"
                    r"disse|diz|afirmou|contou|explicou|detto|dichiarato|dice|déclare|dit|explique|"
                    r"sagte|sagt|erklärte|erklärt)")
