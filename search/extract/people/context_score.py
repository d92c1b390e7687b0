"""How strongly the words around one capitalised run say that it names a person."""

from __future__ import annotations

import re

from search.extract.names.lexicon import (
    CREDIT_LABELS,
    FIRST_NAMES,
    HONORIFICS,
    PERSON_VERBS,
    ROLE_NOUNS,
    STOP,
    word_set,
)
from search.extract.names.runs import Run
from search.extract.names.shape import role_noun

# "inspired by X": X is as often a work or a place as a person
_NOT_BY_PERSON = word_set("inspired influenced owned distributed financed backed acquired followed "
                           "replaced hit struck led powered surrounded")


PERSONAL_NOUNS = ("performance|directorial|character|turn|role|portrayal|career|husband|wife|son|daughter|"
                   "mother|father|co-star|costar|publicist|rep|agent|death|birthday|memoir|comments|remarks|"
                   "statement|fans|family|partner|novel|novels|memoir|poems|album|debut|autobiography|documentary|"
                   "documentaries|book|books|songs|lyrics|speech|interview|comments|lawsuit|lawyers?")


WEAK_VERBS = word_set("is was has had would will")


# (a lookahead for the first letters of a long alternation: the engine tries it only where one may begin)
_PLAY_BEFORE = re.compile(
    r"\b(?=[paivd])(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|"
    r"as(?!\s+(?:did|does|do|is|was|were|are|well|if|though|soon|much|many|far|long|part|of)\b)|"
    r"interpreta(?:rá|ba)?\s+al?|"
    r"da\s+vida\s+al?)\s+"
    # "the stage play director, X": a role noun says X is the person behind the play
    r"(?:(?:(?!(?:by|por|and|alongside|with|opposite|for|to|in|on|at|y|con|director|producer|writer|creator|"
    r"composer|designer|choreographer)\b)[a-zà-ÿ][\w'’-]*"
    r"|[A-Z][\w-]*['’]s),?\s+){0,6}$")


_APPOSITIVE_ROLE = re.compile(r"^,\s+(?:the|a|an|our|his|her|their|its|el|la|un|una|su|nuestro|nuestra)\s+"
                              r"((?:[\w'’-]+\s+){0,4}[\w-]+)")


_PHOTO_CREDIT = re.compile(r"(?=[PICF©])(?:\b(?:Photos?|Photograph|Image|Credit|Foto)s?:\s*"
                           r"|\b(?:Photos?|Photographs?|Images?) by\s+"
                           r"|\bCourtesy of\s+(?:[\w+&-]+(?: [\w+&-]+)?/)?|©\s*)$")


_ITS_AFTER = re.compile(r",? (?:[a-z][\w'’-]* ){1,6}its\b")
_CREDIT_GLUED = re.compile(r"-(?:starring|led|fronted|helmed|directed|penned)\b")


_AGENCY_AFTER_SLASH = re.compile(r"/(?:Getty|WireImage|AP|Reuters|Shutterstock|Courtesy)\b")


# the clause after "is repped by" lists agencies, managers and lawyers up to the sentence end
_REPPED_BY = re.compile(r"\b(?=[rm])(?:repped|represented|managed)\s+by\b[^.!?\n]*$")
_REPPED_WORDS = ("repped", "represented", "managed")  # one is in every match: most windows need no search


def _last_words(before: str, words: int) -> int:
    """Where the last ``words`` whitespace-separated words of ``before`` begin, or a little earlier:
    a pattern that ends at the end of ``before`` and spans at most that many words starts no sooner."""
    parts = before.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


_CREDIT_LINE = re.compile(r"[^,\n]{3,40}, [A-Z“\"‘'][^\n]{1,60}\([^()\n]{1,30}\)\s*$")


_LABEL_OF_WORK = re.compile(r"\s+(?:actor|actress|star|creator|showrunner|alum|castmate|co-star|costar|cast|"
                            r"director|writer|fans?)\b")


SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\"“‘(—]\s*)$")


_PASSIVE_PLAYED = re.compile(
    r",?\s+(?:(?:is|was|will be)\s+)?(?:played|portrayed|voiced)(?:\s+[a-z]+){0,4}\s+by\b")


def on_credit_line(text: str, r: Run) -> bool:
    """``Devon Achterberg, Shadow Pact (Streamly)``: a name and its credit, not a list of names."""
    line_start = text.rfind("\n", 0, r.start) + 1
    line_end = text.find("\n", r.start)
    return not text[line_start: r.start].strip() and bool(
        _CREDIT_LINE.match(text[r.start: line_end if line_end != -1 else len(text)]))


def capitalised_title(text: str, r: Run) -> bool:
    """``Father Anselm`` mid-sentence is a title; ``Father`` opening a sentence may be the noun."""
    opens_sentence = SENTENCE_START.search(text[max(0, r.start - 3): r.start])
    return r.words[0].lower().strip(".") in HONORIFICS and not opens_sentence


def has_role_noun(words: str) -> bool:
    return any(role_noun(w.lower()) for w in words.split())


# compiled once: these run for every capitalised run of every article
_LABEL_BEFORE = re.compile(r"\s*([A-Za-z ]{2,30}):\s")


_LETTER_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


_OPEN_PAREN = re.compile(r"\s*\(")


AGE_AFTER = re.compile(r",\s+\d{1,3},")


_COLON_AFTER = re.compile(r"\s*:\s")
# what follows a speaker's label is speech, with lower-case words; a page label's value
# ("Release Date: June 12, 2025", "Running Time: 2 hours") is a date, a number or a list of names
_SPOKEN_LINE = re.compile(r"\s*:\s+(?!\d)[^\n]*?\b[a-zà-ÿ]{3,}")


_WORD_COMMA_BEFORE = re.compile(r"\b([\w-]+),\s*$")


NEXT_WORD = re.compile(r",?\s+([^\W\d_]+)")


_IN_RELATIVE = re.compile(r",\s+(?:who|whose|que|cuyo|cuya)\b[^,]*$")


_PASSIVE_BY = re.compile(r",?\s+[^\W\d_]+\s+by\b")


SAID_BEFORE = re.compile(r"\b(?:said|says|dijo)\s+$")


_ABOUT_SOMEONE = word_set("documentary documentaries biopic biopics biography biographies docuseries "
                          "memoir profile")
_WORKED_WITH = word_set("co-wrote cowrote wrote worked collaborated co-starred costarred starred partnered "
                        "teamed toured recorded duet duets sang performed married engaged co-created co-hosted "
                        "hosted spoke speaks talked talks chatted met meets sat danced dated feuded posed")
# "Thanks to X!", "Congratulations, X", "shout-out to X": only people are thanked and congratulated
_THANKED = re.compile(r"\b(?:[Tt]hanks?(?: you)?|[Cc]ongrat(?:ulation)?s|[Cc]heers|[Ss]hout-?outs?|"
                      r"[Hh]appy birthday|RIP|[Mm]erci|[Gg]racias|[Gg]razie|[Dd]anke|[Ff]élicitations|"
                      r"[Ff]elicidades)(?: (?:to|à|a))?,?\s+$")
# "J. R. Tolliver", "Arlo K. Whitcombe": an initial inside a name is a person's, not a title's
_INITIALS = re.compile(r"^[A-Z][\w'’-]*\.? (?:[A-Z]\. )+[A-Z]")


# compiled once, not looked up in the module cache at every run scored
_OPENING_INITIALS = re.compile(r"[A-Z]\. ?[A-Z]\. [A-Z]")
_WON_FOR = re.compile(r"\s+(?:won|wins|was nominated|is nominated) for\b")
_OWNS_PERSONAL = re.compile(r"['’]s?\s+(?:[a-z\d'’-]+\s+)?(?:" + PERSONAL_NOUNS + r")\b")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_ARTICLE_AT_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_CREDIT_AHEAD = re.compile(r"\s*\([^()\n]{1,60}\)")
_EXECUTIVE_PRODUCING = re.compile(r"\s+executive[- ]produc(?:es|ed|ing|e)\b")


def context_score(text: str, r: Run, stripped: str | None) -> int:
    score = 0
    if stripped and has_role_noun(stripped) and not capitalised_title(text, r):
        score += 2
    line_start = text.rfind("\n", 0, r.start) + 1
    before = text[line_start: r.start]
    after = text[r.end: r.end + 40]
    if _ITS_AFTER.match(text, r.end, r.end + 60) and r.words[0].lower() not in FIRST_NAMES:
        score -= 2  # "Black Lantern added a bunch of names to its season": a thing's pronoun, no given name
    if _CREDIT_GLUED.match(after):
        score += 2  # "the Ada Brook-starring film", "a Teo Marr-directed short": who stars or directs
    if _PHOTO_CREDIT.search(before, _last_words(before, 4)) or _AGENCY_AFTER_SLASH.match(after):
        score += 3  # "Photo: Cai Thorsby/Northlight", "Courtesy of Brightwave/X", "X/Getty Images"
    window = text[max(0, r.start - 160): r.start]
    if any(map(window.__contains__, _REPPED_WORDS)) and _REPPED_BY.search(window) \
            and not has_role_noun(before[-30:]):
        return score - 4  # "repped by CAA and Hamilton Hodell": agencies, unless "attorney X"
    label = _LABEL_BEFORE.match(before)
    if label and label.group(1).split()[-1].lower() in CREDIT_LABELS:
        score += 3
    prev = _LETTER_WORDS.findall(before[-40:])
    prev_word = prev[-1].lower() if prev else ""
    prev_two = " ".join(p.lower() for p in prev[-2:])
    # "the actor X"; Spanish puts the adjective after the noun: "el actor venezolano X"
    role_two_back = (len(prev) >= 2 and prev[-2].lower() in ROLE_NOUNS and prev[-1].islower()
                     and prev[-1] not in STOP)  # "stars on X" is a verb and a show
    if prev_word in ROLE_NOUNS or role_two_back or prev_two in ("executive producer", "series creator"):
        score += 2
    elif prev_word in ("by", "por") and len(prev) >= 2 and prev[-2].lower() in _NOT_BY_PERSON:
        pass
    elif prev_word in ("by", "por", "opposite", "alongside", "starring", "featuring"):
        score += 2
    elif prev_word == "with" and len(prev) >= 2 and prev[-2].lower() in _WORKED_WITH:
        score += 2  # "co-wrote with X", "married to", "a duet with X": only people work with people
    elif prev_word in ("with", "and", "to"):
        score += 1
    elif prev_word == "of" and len(prev) >= 2 and prev[-2][:1].isupper() and prev[-2].lower() not in STOP:
        pass  # "The Miseducation of Lauryn Hill": a name inside a title neither proves nor disproves a person
    elif prev_word in ("in", "on", "at", "from", "of", "the", "as", "into", "aboard"):
        score -= 1
    elif prev_word in ("dirige", "protagoniza", "protagonizan", "produce", "escribe", "firma", "presenta"):
        score += 2  # Spanish puts the subject after the verb: "La serie la dirige X"
    elif prev_word == "about" and len(prev) >= 2 and prev[-2].lower() in _ABOUT_SOMEONE:
        score += 2  # "documentaries about X": the subject of a documentary or a biography is real
    elif prev_word in ("follows", "following", "about") or prev_two in ("centers on", "centres on"):
        score -= 2  # "the series follows X (Y)": X is the protagonist, a character
    if _THANKED.search(before[-40:]):
        score += 2
    if _INITIALS.match(text, r.start, r.end) or _OPENING_INITIALS.match(text[r.start: r.end]):
        score += 1
    if _OPEN_PAREN.match(after) and not r.possessive:
        score += 1
    if _PLAY_BEFORE.search(before, _last_words(before, 9)):
        return score - 3  # the object of "plays"/"as": a character
    if _PASSIVE_PLAYED.match(after):
        return score - 3  # passive "X, played by Y": X is the character
    if _WON_FOR.match(after):
        score += 2  # "when Lauryn Hill won for The Miseducation...": people win for a work, works win outright
    if AGE_AFTER.match(after):  # "Quarrie, 41, said"
        score += 2
    if r.possessive and _OWNS_PERSONAL.match(after):
        score += 2  # "Hart's performance", "Vane's longtime publicist"
    if not before.strip() and _COLON_AFTER.match(after) and _SPOKEN_LINE.match(text, r.end):
        score += 2  # a transcript label at the start of a line: "Lily Vance: I loved it."
    role_before = before.rstrip().endswith(",") and _WORD_COMMA_BEFORE.search(before)  # (most end otherwise)
    if role_before and role_before.group(1).lower() in ROLE_NOUNS:
        score += 2  # "our first AD, Brigid X"
    appositive = _APPOSITIVE_ROLE.match(text[r.end: r.end + 80])
    if appositive and not r.possessive and any(w.lower() in ROLE_NOUNS for w in appositive.group(1).split()):
        score += 2  # "X, the Northbound star", "X, our first AD"
    label_of = _LABEL_OF_WORK.match(text, r.end)
    labels_a_name = label_of and _CAPITAL_NEXT.match(text[label_of.end():])
    if label_of and (_ARTICLE_AT_END.search(before) or labels_a_name):
        score -= 3  # "the Velvet Court actress": a work (or a role) labelling someone else
    credit = _CREDIT_AHEAD.match(after)
    if credit:  # "Jessa Moreno (Hollow Street) has joined": the verb after the credit is hers
        after = text[r.end + credit.end(): r.end + credit.end() + 40]
    m = NEXT_WORD.match(after)
    # In "A, who starred in B, said" the verb belongs to A, not to B.
    comma = before.rfind(",")  # (no comma follows the relative word: the clause opens at the last one)
    in_relative = comma != -1 and _IN_RELATIVE.match(before, comma)
    # "A representative from Lumen Story said": the verb is the representative's
    owned = prev_word in ("from", "of", "at", "for")
    if m and not r.possessive and not owned and not (in_relative and after.startswith(",")):
        verb = m.group(1).lower()
        passive = _PASSIVE_BY.match(after)  # "The Salt Crossing, directed by X"
        if verb in PERSON_VERBS and not passive:
            score += 2 if verb not in WEAK_VERBS or strong_next(after) else 1
        elif _EXECUTIVE_PRODUCING.match(after):
            score += 2  # "Leonie Vasquez-Tran executive producing"; not "X executive producer Y"
    if on_credit_line(text, r):
        score += 2  # a nominee or credit line: "Bronagh McTeer, Harrow Point (Corvane+)"
    return score


_AFTER_AUX = word_set("play star return join direct write produce appear voice host lead recur "
                       "reprise co-star costar portray helm narrate executive")


def strong_next(after: str) -> bool:
    """``will play``, ``has also joined``: an auxiliary followed by something only people do."""
    words = _LETTER_WORDS.findall(after.lower())[:4]
    rest = [w for w in words[1:] if w not in ("also", "now", "not", "be", "been", "reportedly", "soon")]
    if not rest:
        return False
    stem = rest[0]
    for suffix in ("ed", "s", "d"):
        if stem.endswith(suffix) and stem[: -len(suffix)] in _AFTER_AUX:
            stem = stem[: -len(suffix)]
            break
    return stem in _AFTER_AUX or (rest[0] in PERSON_VERBS and rest[0] not in WEAK_VERBS)
