"""Who plays whom: actor/character pairs stated in an article.

Forms read: ``Character (Actor)`` and ``Actor (Character)`` (the order decided by which
side the article treats as a person), ``Actor's Character``, ``Actor as Character``,
``Actor plays/portrays/voices Character`` (also ``who plays``, ``he plays``, Spanish
``que interpreta a``/``da vida a``), ``Character, played by Actor``, multi-alias
``A/B/C (Actor)`` and one actor in two roles (``Abel and Cain Marrow``). Credits in
parentheses (``(Paper Saints)``, ``(2019)``, ``(HBO, 9/8c)``) are not pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from search.extract.names import (
    COMPOUND_TAILS,
    FIRST_NAMES,
    HONORIFICS,
    NON_PERSON,
    PARTICLES,
    STOP,
    literal_hits,
    non_person_word,
    person_shaped,
    word_char,
    word_set,
)
from search.model import Article, CastPair

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒ" + "ŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_ABBREVIATIONS = "Dr Mr Mrs Ms Mx St Jr Sr Capt Prof Rev Sgt Lt Det Gen Col".split()
_TAILS = "|".join(sorted(COMPOUND_TAILS))
# "Ji-woon", "Hyun-oh": a lower-case given-name syllable after a hyphen, never "-born" or "-winning"
_SYLLABLE = rf"-(?!(?:{_TAILS})(?![\w]))[a-zà-ÿ]{{1,5}}(?<!ed)(?<!ing)(?<!er)(?<!ly)"
# An initial or abbreviation (``J.``, ``Dr.``) written with its first letter taken out front: every
# name then opens with one character class, so the regex engine skips straight to capital letters.
_ABBR_REST = "|".join([r"(?<=[A-Z])\."] + [rf"(?<={a[0]}){a[1:]}\." for a in _ABBREVIATIONS])


def _cap(not_after: str = "") -> str:
    """A capitalised name word; ``not_after``: a character class the word may not follow, checked
    once its first letter is read (``(?<![x].)``) so the pattern still opens with that letter."""
    guard = rf"(?<![{not_after}].)" if not_after else ""
    rest = rf"[^\W_]*(?:-[{_UP}][^\W\d_]*|{_SYLLABLE}|['’](?!s\b)[^\W\d_]+)*(?![\w-])"
    return rf"(?:[{_UP}]{guard}(?:{_ABBR_REST}|{rest}))"


_CAP = _cap()
# "(pictured)", "(left)": where the person stands in the photo, never a role
_PHOTO_POSITION = r"\((?:pictured|left|right|center|centre|above|below|top|bottom|middle|inset)\)"
_INNER = r"(?:the|of|de|del|van|von|der|da|di|le|la)"
_NICK = r"(?: [\"“‘][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’](?= [A-Z]))?"  # Theo "Moss" Abernathy
NAME = rf"{_CAP}{_NICK}(?: (?:{_INNER} ){{0,2}}{_CAP})*"  # "Anouk de la Roche", "Hendrik van der Wal"


def _name(not_after: str) -> str:
    """``NAME`` not preceded by a character of the class ``not_after``."""
    return rf"{_cap(not_after)}{_NICK}(?: (?:{_INNER} ){{0,2}}{_CAP})*"


SLASH = rf"{NAME}(?: ?/ ?{NAME})*"
_AWARD = r"(?:Emmy|Oscar|Tony|Golden Globe|Academy Award|BAFTA|Grammy|SAG)"
_DESC_WORD = rf"(?:[a-zà-ÿ\d][\w'’-]*|{_AWARD}[\w-]*)"
_DESC = rf"(?:{_DESC_WORD},? ){{0,6}}"  # "plays her son, Tobias"
_BLOCK_DESC = word_set("on in at for with to from by no and or but not nobody himself herself itself "
                        "per via themselves it this that than version versions")
_PRONOUN = r"(?:he|she|they|él|ella)"
_PLAY = (r"(?:(?:will|would|also|now|then|has been|have been|had been|has|have|had|be|is|was|is set to|to|"
         r"que|quien|who|"
         r"vuelve a|volverá a|conocid[oa]|"
         r"currently|previously|famously|memorably|once|going to)\s+)*"
         r"(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|"
         r"(?:co-?)?star(?:s|red|ring)? as|return(?:s|ed|ing)? as|appear(?:s|ed|ing)? as|"
         r"(?:re)?cast as|broke out as|debut(?:s|ed)? as|reprise(?:s|d)? (?:(?:his|her|their) role )?as|"
         r"(?:land(?:s|ed)?|win(?:s)?|won|took(?: on)?|take(?:s)?(?: on)?|got|get(?:s)?|nab(?:s|bed)?|"
         r"earn(?:s|ed)?|secure(?:s|d)?|score(?:s|d)?|inherit(?:s|ed)?|fill(?:s|ed)?) the "
         r"(?:(?:lead|title|main|key|recurring) )?"
         r"(?:role|part) of|(?:his|her|their) (?:[\w-]+ ){0,4}?(?:portrayal|turn|role|performance|run|stint) "
         r"(?:of|as)|"
         r"(?:in|for) the (?:(?:lead|title|main|key|recurring) )?role of|en el papel de|"
         r"interpreta(?:rá|ba)? al?|da vida al?|dio vida al?|encarna(?:rá)? al?|"
         r"(?:se )?mete(?:rá)? en la piel del?|ponerse en la piel del?|pone(?:rá)? (?:rostro|cara) al?|"
         r"dará vida al?|daba vida al?|interpreta(?:rá|ba)? (?:de nuevo|otra vez) al?|"
         r"(?:por |con )?su papel (?:de|como)|hace de|hacía de|hará de)")
_OWNER = rf"(?:{NAME}['’]s? )?"  # "played Petronella's son, Rupert Ashby"
_PLAY_RE = re.compile(rf"\b{_PLAY} (?P<desc>{_OWNER}{_DESC})(?:, )?[“\"]?(?P<char>{SLASH})(?!['’])")
# "Marnie (Esme Hollinrake, “Glass Orchard”)": the actor with a quoted credit, recap style
_PAREN_CREDIT_RE = re.compile(
    rf"(?P<char>{SLASH}) \((?P<actor>{NAME}), [“\"][^”\"\n]{{1,60}}[”\"](?:,? (?:\d{{4}}|[\w ]{{1,20}}))?\)")
# "Valdés Ortuño is Father Anselm Crewe, the village priest": a known actor "is" a role
_IS_RE = re.compile(
    rf"(?P<actor>{NAME}) (?:is|will be|es|será) (?P<char>{NAME}),? (?:a|an|the|el|la|un|una) ")
# "After five seasons as dispatcher Rosie Kilbane on Copper Saints, Lena X is leaving"
_SEASONS_AS_RE = re.compile(
    rf"\b(?:seasons?|years?|episodes?|decades?|films?|movies?) (?:as|playing) "
    rf"(?P<desc>{_DESC})(?P<char>{SLASH})"
    rf"(?: (?:on|in) [^,.;]{{1,40}})?, (?P<actor>{NAME})")
# "(newcomer Ellis Montague-Roe)", "(Jerome Abara, left)": the actor with a note on who or where
_PAREN_RE = re.compile(rf"[“\"]?(?P<left>{SLASH})[”\"]?(?:['’]s?)? "
                       rf"\((?:(?P<who>newcomer|guest star|veteran) )?(?P<right>{SLASH})"
                       rf"(?P<where>, (?:left|right|center|centre|pictured|above|below))?\)")
_PAREN_VERB_RE = re.compile(
    rf"(?P<char>{SLASH}),? [(\[](?:(?:who is |who was )?(?:played|portrayed|voiced) by|interpretad[oa] por) "
    rf"(?P<desc>{_DESC})(?P<actor>{NAME})[)\]]")
_PAREN_LIST_RE = re.compile(
    rf"(?P<c1>{NAME}) (?:and|&|y) (?P<c2>{NAME}) \((?P<a1>{NAME}) (?:and|&|y) (?P<a2>{NAME})\)")
_ROLE_WENT_RE = re.compile(
    rf"\b[Tt]he (?:(?:lead|title|main|key|recurring) )?(?:role|part) of (?P<char>{SLASH}) "
    rf"(?:went|goes|has gone) to "
    rf"(?P<desc>{_DESC})(?P<actor>{NAME})")
_NOT_AFTER_QUOTE = r"""‘'"“\w-"""
_POSS_RE = re.compile(rf"(?P<actor>{_name(_NOT_AFTER_QUOTE)})['’]s? (?P<char>{NAME})")
_PLAYED_BY_RE = re.compile(
    rf"(?P<char>{SLASH}),? (?:(?:who|que) (?:is|was|will be|es|fue) |(?:is|was|will be|to be) "
    rf"|will (?:now |also |still )?be |has (?:now |also )?been )?"
    rf"(?:played|portrayed|voiced|interpretad[oa]|encarnad[oa])(?: [a-z]+){{0,4}} (?:by|por) "
    rf"(?P<desc>{_DESC})(?P<actor>{NAME})")
_IS_THE_PLAYED_BY_RE = re.compile(
    rf"(?P<char>{SLASH}),? (?:[a-z]+ [a-z]+, )?(?:is|was) (?:the|a|an) (?:[a-z-]+ ){{1,4}}"
    rf"(?:played|portrayed|voiced) by (?P<desc>{_DESC})(?P<actor>{NAME})")
_A_QUIEN_RE = re.compile(  # Spanish, character first: "Silas, a quien da vida Benedikt Aro"
    rf"(?P<char>{SLASH}),? (?:(?:a quien|al que|a la que) (?:(?:da|dio|dará) vida|interpreta(?:rá|ba)?)"
    rf"|que (?:da|dio|dará) vida(?! al?\b)) (?P<desc>{_DESC})(?P<actor>{NAME})")
# "X leads the cast as Y", "X encabeza el reparto como Y": a short verb phrase, never a
# verb of saying or naming ("X described Y as", "known as")
_AS_GAP = (r"(?: (?!(?:said|says|told|described|called|known|such|well|same|seen|regarded|considered|"
           r"named|referred|identified|dubbed|billed|describes|calls|dijo|definió|conocido|conocida)\b)"
           r"[a-zà-ÿ][\w'’-]*){1,5}")
_AS_RE = re.compile(
    rf"(?P<actor>{NAME})(?: {_PHOTO_POSITION}| \([^()\n]{{1,60}}\))?"
    rf"(?:['’]s? (?:performance|turn|role|portrayal|work|stint|run)|, who(?: [\w'’-]+){{1,7}}|{_AS_GAP}"
    rf"|(?:,(?: [\w'’-]+,?){{1,6}})? (?:(?:is|was|remains) )?(?:still |perhaps |probably )?"
    rf"(?:best|better) known)?"
    rf" (?:as|como) (?P<desc>(?:(?:the|a|an|his|her|their|el|la) )?{_OWNER}{_DESC})(?:, )?"
    rf"(?P<char>{SLASH})(?!['’])")
# "Rafe Donnelly-Saito, Static Bloom's reluctant pilot Corin Vale, tweeted": the role in apposition
_APPOS_WORK_RE = re.compile(
    rf"(?P<actor>{NAME}), (?P<work>{NAME})['’]s? (?:[a-z][\w-]* ){{0,3}}(?P<char>{NAME})(?=[,;)])")
# "Jon Marrow actor Callum Ashdown-Reyes": a role used as a label; "Succession star X" names a work
_NOT_AFTER_WORD = r"\w'’-"
_ROLE_ACTOR_RE = re.compile(rf"(?P<char>{_name(_NOT_AFTER_WORD)}) (?:actor|actress) (?P<actor>{NAME})")
_WHOSE_RE = re.compile(rf"(?P<actor>{NAME}),? whose (?P<char>{NAME})")
_TWO_ROLES = re.compile(rf"(?P<a>{_CAP}) (?:and|y|&) (?P<b>{_CAP}) (?P<sur>{_CAP})")
_DE_RE = re.compile(rf"(?P<char>{NAME}) de (?P<actor>{NAME})")
_SENT_SPLIT = re.compile(r"(?<=[.!?…])[\"”’]?\s+(?=[\"“‘(A-Z¿¡])|\n+")
_LATER_CHAR_RE = re.compile(rf" (?:[a-zà-ÿ][\w'’-]* ){{1,3}}(?P<char>{SLASH})")

# Text every match of a pattern must contain: a pattern is not run over an article without it.
# The cast is read twice per article (the second time with more people), so matches are kept.
_NEEDS: dict[re.Pattern, tuple[str, ...]] = {
    _PAREN_RE: (" (",),
    _PAREN_VERB_RE: (" (", " ["),
    _PAREN_LIST_RE: (" (",),
    _A_QUIEN_RE: ("vida", "interpreta"),
    _ROLE_WENT_RE: (" to ",),
    _IS_THE_PLAYED_BY_RE: ("ed by ",),
    _PLAYED_BY_RE: (" by ", " por "),
    _AS_RE: (" as ", " como "),
    _APPOS_WORK_RE: ("'", "’"),
    _PAREN_CREDIT_RE: (" (",),
    _SEASONS_AS_RE: (" as ", " playing "),
    _IS_RE: (" is ", " will be ", " es ", " será "),
    _ROLE_ACTOR_RE: (" actor ", " actress "),
    _WHOSE_RE: (" whose ",),
    _POSS_RE: ("'", "’"),
    _DE_RE: (" de ",),
}


@lru_cache(maxsize=64)
def _scan(text: str, pattern: re.Pattern) -> tuple[re.Match, ...]:
    needs = _NEEDS.get(pattern)
    if needs and not any(n in text for n in needs):
        return ()
    return tuple(pattern.finditer(text))


@dataclass
class _Ctx:
    text: str
    people: list[str]
    scores: dict[str, int]
    works: frozenset[str]


def find_cast(article: Article, people: list[str]) -> list[CastPair]:
    """Pairs stated in ``article``; ``people`` are its full names (``find_people``)."""
    from search.extract.people.finder import cached_cast

    cached = cached_cast(article.text, people)
    return cached if cached is not None else find_cast_with(article, people)


def find_cast_with(article: Article, people: list[str]) -> list[CastPair]:
    """One reading of the article's pairs, resolving actors against ``people``."""
    from search.extract.people.finder import candidates, resolve

    text = article.text
    body_start = _body_start(text)
    ctx = _Ctx(text, people, {n: e.score for n, e in candidates(text).items()}, titles_of_works(text))
    found: list[tuple[int, CastPair]] = []

    def add(pos: int, character: str, actor: str | None, explicit: bool = False) -> None:
        """``explicit``: a verb says who plays whom, so a quoted name is a role, not a title."""
        if pos < body_start or not actor:
            return
        character = _clean(character)
        if not character or _is_person(ctx, character) or (character in ctx.works and not explicit):
            return
        aliases: tuple[str, ...] = ()
        if "/" in character:
            parts = tuple(" ".join(p.split()) for p in character.split("/"))
            character = "/".join(parts)
            aliases = parts
        found.append((pos, CastPair(character, actor, aliases, _work_near(ctx, pos))))

    for pos, character, actor, quoted in _paren_pairs(ctx, body_start):
        add(pos, character, actor, explicit=quoted)
    for m in _scan(text, _PAREN_VERB_RE):
        add(m.start(), m.group("char"), _person(ctx, m.group("actor"), loose=True), explicit=True)
    for m in _scan(text, _PAREN_LIST_RE):
        a1, a2 = _person(ctx, m.group("a1"), loose=True), _person(ctx, m.group("a2"), loose=True)
        c1, c2 = _clean(m.group("c1")), _clean(m.group("c2"))
        if len(c1.split()) == 1 and len(c2.split()) >= 2:
            c1 = f"{c1} {c2.split()[-1]}"  # "Wren and Tobias Hale": both are Hales
        if a1 and a2 and not {c1, c2} & ({a1, a2} | ctx.works):
            add(m.start(), c1, a1)
            add(m.start("c2"), c2, a2)
    for m in _scan(text, _A_QUIEN_RE):
        if _desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), _person(ctx, m.group("actor"), loose=True), explicit=True)
    for m in _scan(text, _ROLE_WENT_RE):
        if _desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), _person(ctx, m.group("actor"), loose=True))
    for m in _scan(text, _IS_THE_PLAYED_BY_RE):
        if _desc_ok(m.group("desc")) and _looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), _person(ctx, m.group("actor"), loose=True), explicit=True)
    for m in _scan(text, _PLAYED_BY_RE):
        if re.search(r"\b(?:in|at|from|near|of|en|de)(?: \d+s?)? $", text[max(0, m.start() - 12): m.start()]):
            continue  # "a farm in 1950s Kent, played by X": a place, the role is further back
        if _desc_ok(m.group("desc")):
            add(m.start(), m.group("char"), _person(ctx, m.group("actor"), loose=True), explicit=True)
    for m in _scan(text, _PLAY_RE):
        if not _desc_ok(m.group("desc")):
            continue
        char, char_start = m.group("char"), m.start("char")
        if not _phrase_ends(text, m.end("char")):
            # "played amateur Nazi hunter Barry Kohl": the capitalised word was an adjective
            later = _LATER_CHAR_RE.match(text, m.end("char"))
            if not later or not _desc_ok(later.group()):
                continue
            char, char_start = later.group("char"), later.start("char")
        actor = _actor_before(ctx, m.start()) or _subject_after_clause(ctx, m)
        two = _TWO_ROLES.match(text, char_start)
        if two and actor:
            for given in (two.group("a"), two.group("b")):
                add(m.start(), f"{given} {two.group('sur')}", actor)
            continue
        add(m.start(), char, actor, explicit=True)
    for m in _scan(text, _AS_RE):
        if re.search(r"\b(?:on|in|en)\s$", text[max(0, m.start() - 4): m.start()]) \
                and ctx.scores.get(_clean(m.group("actor")), 0) < 2:
            continue  # "now stars on Cold Current as Y": the name is the show, not the actor
        actor = _person(ctx, m.group("actor"), loose=True)
        one_word = len(m.group("char").split()) == 1
        if actor and _desc_ok(m.group("desc")) and (not one_word or _phrase_ends(text, m.end("char"))):
            add(m.start(), m.group("char"), actor)  # not "as Dutch salvage captain X"
    for m in _scan(text, _APPOS_WORK_RE):
        actor = _person(ctx, m.group("actor"), loose=True)
        if actor and not _person(ctx, m.group("work")) and _looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), actor)
    for m in _scan(text, _PAREN_CREDIT_RE):
        actor = _person(ctx, m.group("actor"), loose=True)
        if actor and _person_weight(ctx, m.group("char")) < _person_weight(ctx, m.group("actor")):
            add(m.start(), m.group("char"), actor)
    for m in _scan(text, _SEASONS_AS_RE):
        actor = _person(ctx, m.group("actor"), loose=True)
        if actor and _desc_ok(m.group("desc")) and _looks_like_character(ctx, m.group("char")):
            add(m.start("char"), m.group("char"), actor)
    for m in _scan(text, _IS_RE):
        actor = resolve(_clean(m.group("actor")), ctx.people)  # only someone the article names as a person
        char = _clean(m.group("char"))
        weak = ctx.scores.get(char, 0) < 2 and not _person(ctx, char)
        if actor and weak and _looks_like_character(ctx, char):
            add(m.start(), char, actor)
    for m in _scan(text, _ROLE_ACTOR_RE):
        char = _clean(m.group("char"))
        actor = _person(ctx, m.group("actor"), loose=True)
        named = char.split()[0].lower() in FIRST_NAMES or char.split()[0].lower().strip(".") in HONORIFICS
        if actor and named and ctx.scores.get(char, 0) < 2 and _looks_like_character(ctx, char):
            add(m.start(), char, actor)
    for m in _scan(text, _WHOSE_RE):
        actor = _person(ctx, m.group("actor"))
        if actor and _looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), actor)
    for m in _scan(text, _POSS_RE):
        actor = _person(ctx, m.group("actor"))
        char = m.group("char")
        if actor and _looks_like_character(ctx, char):
            add(m.start(), char, actor)
    for m in _scan(text, _DE_RE):
        actor = _person(ctx, m.group("actor"))
        if actor and actor.endswith(m.group()):
            continue  # "Julieta Sanz de Aranda" is one person
        if actor and _looks_like_character(ctx, m.group("char")):
            add(m.start(), m.group("char"), actor)
    return _merge(ctx, found)


_FOLLOW_OK = word_set("""
in on at for with and or but who whose which that from to the a an opposite alongside is was will
would has had as since until after before during when while where because though although so than
if y en con que de del para por durante desde hasta por el la los las un una
""")


def _phrase_ends(text: str, end: int) -> bool:
    """A name ends the noun phrase: ``played Nazi hunter Barry`` has an adjective, not a name."""
    nxt = re.match(r" ([a-zà-ÿ][\w'’-]*)", text[end: end + 30])
    return nxt is None or nxt.group(1) in _FOLLOW_OK


def _body_start(text: str) -> int:
    """Cast is read from the body: headline case makes every word look like a name."""
    first, sep, _ = text.partition("\n")
    return len(first) + len(sep) if sep and first.strip() and len(first) < 200 else 0


_QUOTED_NICKNAME = re.compile(r" [\"“‘][^\"“”‘’]+[\"”’](?= )")
_ENDS_ABBREVIATED = re.compile(r"(?:^| )(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Jr|Sr)\.$")


def _clean(name: str) -> str:
    name = _QUOTED_NICKNAME.sub("", " ".join(name.split()).strip(" ,;:"))
    if "/" in name:
        return name
    if name.endswith(".") and not _ENDS_ABBREVIATED.search(name):
        name = name[:-1]
    words = name.split(" ")
    while len(words) > 1 and words[0].lower() in STOP and not _korean_surname(words):
        words = words[1:]
    return " ".join(words)


_SYLLABLE_NAME = re.compile(rf"[{_UP}][^\W\d_]*{_SYLLABLE}$")


def _korean_surname(words: list[str]) -> bool:
    """``Do Ha-na``, ``So Ji-min``: a surname that is also an English word, before a given name."""
    return len(words[0]) <= 2 and len(words) == 2 and bool(_SYLLABLE_NAME.match(words[1]))


def _desc_ok(desc: str) -> bool:
    return not any(w in _BLOCK_DESC for w in desc.split())


def _person(ctx: _Ctx, name: str, loose: bool = False) -> str | None:
    """The full name of the person ``name`` means, or None.

    ``loose``: the name sits where only an actor can (``X co-stars as Y``), so a
    well-formed full name is enough.
    """
    from search.extract.people.finder import resolve

    name = _clean(name)
    if not name or name in ctx.works:
        return None
    found = resolve(name, ctx.people)
    if found:
        return None if found in ctx.works else found
    if _full_name(name) and name not in ctx.works and ctx.scores.get(name, 0) >= (0 if loose else 1):
        return name
    return None


def _is_person(ctx: _Ctx, name: str) -> bool:
    return name in ctx.people and ctx.scores.get(name, 0) >= 4


def _looks_like_character(ctx: _Ctx, name: str) -> bool:
    name = _clean(name)
    words = name.split()
    if not words or name in ctx.works or any(non_person_word(w, i, words) for i, w in enumerate(words)):
        return False
    if words[0].lower() in STOP or any(w.isupper() and len(w) > 1 for w in words):
        return False
    from search.extract.people.finder import resolve

    who = resolve(name, ctx.people)
    return who is None or ctx.scores.get(who, 0) < 4  # a weakly attested "person" may be the role


def _person_weight(ctx: _Ctx, name: str) -> int:
    """How strongly the article treats ``name`` as a real person."""
    from search.extract.people.finder import resolve

    name = _clean(name)
    if "/" in name:
        return -5
    words = name.split()
    if words and words[0].lower().strip(".") in HONORIFICS:
        return -3
    full = resolve(name, ctx.people)
    weight = ctx.scores.get(full or name, 0)
    if full:
        weight += 3
    if len(words) == 1 and not full:
        weight -= 3
    if words and words[0].lower() in FIRST_NAMES:
        weight += 1
    if len(words) >= 2 and not full:
        # people are called by surname later ("Achebe-Kerr is on fire"), characters by first name
        weight += _alone(ctx.text, words[-1], name) - _alone(ctx.text, words[0], name)
    return weight


def _alone(text: str, word: str, full: str) -> int:
    """1 when ``word`` appears on its own, outside mentions of ``full``."""
    if word.lower() in STOP or len(word) < 3:
        return 0
    rest = text.replace(full, " ")
    n = len(word)
    for i in literal_hits(rest, word):
        before = rest[i - 1] if i else ""
        if before and (word_char(before) or before in "'’-"):
            continue
        after = rest[i + n: i + n + 2]
        if after[:1] and (word_char(after[0]) or after[0] == "-"):
            continue
        if len(after) == 2 and after[0] == " " and "A" <= after[1] <= "Z":
            continue
        return 1
    return 0


def _paren_pairs(ctx: _Ctx, body_start: int) -> list[tuple[int, str, str, bool]]:
    """``Character (Actor)`` and ``Actor (Character)`` pairs, each oriented by evidence.

    ``Actor (X)`` is a credit far more often than a role in trade copy (``Annie Mumolo
    (Bridesmaids)``), so X counts as a character only when the article treats it as one
    elsewhere, or when a neighbouring pair in the same list was already certain.
    """
    decided: list[tuple[int, str, str, bool, bool]] = []  # (pos, character, actor, certain, quoted)
    for m in _scan(ctx.text, _PAREN_RE):
        if m.start() < body_start:
            continue
        left, right = _clean(m.group("left")), _clean(m.group("right"))
        if not left or not right or right in ctx.works or m.group("right").startswith("The "):
            continue
        right_words = right.replace("/", " ").split()
        if any(non_person_word(w, i, right_words) for i, w in enumerate(right_words)):
            continue
        wl, wr = _person_weight(ctx, left), _person_weight(ctx, right)
        if m.group("who") or m.group("where"):
            wr = max(wr, wl + 1)  # "(newcomer X)", "(X, left)": only a person is a newcomer or stands left
        if wr > wl or (wl == wr and _full_name(right)):
            actor = _person(ctx, right) or (right if _full_name(right) else None)
            # a quoted role ("“Alex” (Manolo Cardona)") is common in Spanish copy; a quoted
            # title with a person in parentheses is not, so only longer titles count as works
            quoted_role = m.group().startswith(("“", '"')) and len(left.split()) <= 3
            if actor and (left not in ctx.works or quoted_role):
                decided.append((m.start(), left, actor, True, quoted_role))
        elif wl > wr and _looks_like_character(ctx, right):
            actor = _person(ctx, left) or (left if _full_name(left) else None)
            if actor:
                decided.append((m.start(), right, actor, _character_elsewhere(ctx, right, m), False))
    out = []
    for pos, character, actor, certain, quoted in decided:
        if not certain:
            sent = _sentence_start(ctx.text, pos)
            certain = any(c and _sentence_start(ctx.text, p) == sent and p != pos and ch != character
                          and not _person(ctx, ch) for p, ch, _, c, _ in decided)
        if certain:
            out.append((pos, character, actor, quoted))
    return out


def _character_elsewhere(ctx: _Ctx, name: str, m: re.Match) -> bool:
    """The article refers to ``name`` (or one of its words) as a character outside this pair."""
    if "/" in name or _core(name) != name.split():
        return True  # aliases and honorifics are character signs
    body_start = _body_start(ctx.text)
    for word in _core(name):
        if word.lower() in STOP or len(word) < 3:
            continue
        for start, end in _whole_word_hits(ctx.text, word):
            if start < body_start or m.start() <= start < m.end():
                continue
            if not _work_context(ctx.text, start, end):
                return True
    return False


def _whole_word_hits(text: str, word: str):
    """Spans of ``word`` standing alone (not inside a longer or hyphenated word), left to right."""
    n, resume = len(word), 0
    for i in literal_hits(text, word):
        if i < resume:
            continue  # matches do not overlap
        if i and (word_char(text[i - 1]) or text[i - 1] == "-"):
            continue
        if i + n < len(text) and (word_char(text[i + n]) or text[i + n] == "-"):
            continue
        resume = i + n
        yield i, i + n


def _work_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30): start]
    after = text[end: end + 20]
    return bool(re.search(r"(?:\b(?:in|on|of|from|en|de)|['’]s?|[‘'\"“*_])\s*(?:[A-Z][\w+]*\s)*$", before)
                or re.match(r"(?:\s[A-Z][\w]*)*\s(?:star|co-star|alum|season|series|episode|finale|"
                            r"premiere|trailer|creator|cast|reboot|sequel|spinoff|franchise)\b", after)
                or re.match(r"[’'\"”*_]", after))


def _full_name(name: str) -> bool:
    words = name.split()
    if any(w[:1].islower() and w not in PARTICLES for w in words):
        return False  # "Fellowship of the Ring"
    return "/" not in name and 2 <= len(words) <= 4 and person_shaped(words) \
        and words[0].lower().strip(".") not in HONORIFICS


def _actor_before(ctx: _Ctx, pos: int) -> str | None:
    """The actor a ``plays`` phrase at ``pos`` is about: the name or pronoun before it."""
    text = ctx.text
    before = text[max(0, pos - 120): pos]
    # "Agena Tobin (Gilmore Lane) will play Nancy": a credit may sit between actor and verb
    m = re.search(rf"({NAME})(?: \([^()\n]{{1,60}}\))?,?(?: (?:who|que|quien))?\s*$", before)
    # "X has joined the cast to play Y"; "X, el actor venezolano que interpreta a Y"
    infinitive = text.startswith(("to ", "que ", "who ", "quien "), pos)
    if re.match(r"(?:his|her|their)\b", text[pos: pos + 6]):
        before = before + " he"  # "for his portrayal of Y": the owner is the actor
    if m:
        who = _person(ctx, m.group(1), loose=True)
        if who or not (before.rstrip().endswith(",") or infinitive):
            return who
    # "he appeared as X, and voiced Y": the subject carries over a coordinated verb
    pronoun = re.search(rf"\b{_PRONOUN}\s*$|,? and\s+$", before, re.IGNORECASE)
    gerund = (re.search(r"\b(?:for|by|after|while|since)\s+$", before)
              and text[pos:pos + 12].split()[0].endswith("ing"))
    if not pronoun and not infinitive and not gerund and not re.search(r",\s*$", before):
        return None  # "won the prize for playing Y": the owner is the sentence's subject
    sent_start = _sentence_start(text, pos)
    clause = text.rfind(";", sent_start, pos)
    sent_start = clause + 1 if clause != -1 else sent_start
    label = _WORK_LABEL.match(text, sent_start)
    if label:  # "The Paper Moons star, who won ... for her turn as Y"
        return _credited(ctx, label.group("work"))
    if _BARE_LABEL.match(text, sent_start):  # "The actor, who plays Y": the one just named
        prev = _sentence_start(text, max(0, sent_start - 2))
        return _first_person(ctx, prev, sent_start) or _last_full_name(ctx, prev, sent_start)
    subject = re.match(rf"(?:[^.;]{{0,60}}?[\s,])?{_PRONOUN}\b", text[sent_start:pos], re.IGNORECASE)
    # "Later in his career he appeared in X, directed by Y, and voiced Z": he, not Y
    named_first = subject and (_first_person(ctx, sent_start, sent_start + subject.end())
                               or _last_full_name(ctx, sent_start, sent_start + subject.end()))
    if subject and pronoun and not named_first:
        return _first_person(ctx, _sentence_start(text, max(0, sent_start - 2)), sent_start)
    who = _first_person(ctx, sent_start, pos) or _last_full_name(ctx, sent_start, pos)
    if who:
        return who
    spanish = re.match(r"(?:que |quien )?(?:da|dio|dará) vida|(?:que |quien )?interpreta", text[pos:pos + 20])
    if pronoun or spanish or re.match(r"\s*(?:his|her|their|su)\b", text[sent_start:pos], re.IGNORECASE):
        return _first_person(ctx, _sentence_start(text, max(0, sent_start - 2)), sent_start)
    return None


_BARE_LABEL = re.compile(r"\s*[Tt]he (?:actor|actress|star|performer|\d+-year-old)\b")
_WORK_LABEL = re.compile(rf"\s*[Tt]he (?P<work>{NAME}) (?:star|actress|actor|alum|lead)\b")


def _credited(ctx: _Ctx, work: str) -> str | None:
    """The one person the article credits with ``work``: ``X (Work)`` or ``Work's X``."""
    w = re.escape(_clean(work))
    credit = re.compile(rf"(?P<who>{NAME}) \((?:[^()]*?, )?{w}[,)]|{w}['’]s (?P<who2>{NAME})")
    found = {_person(ctx, m.group("who") or m.group("who2"), loose=True) for m in credit.finditer(ctx.text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _last_full_name(ctx: _Ctx, start: int, end: int) -> str | None:
    """``Kestrel Hill's Ivo Santangelo, fresh off his turn``: the nearest full name owns the pronoun."""
    names = [m.group() for m in re.finditer(rf"(?<![\w-]){NAME}(?!['’])", ctx.text[start:end])]
    for name in reversed(names):
        who = _person(ctx, name, loose=True)
        if who and who not in ctx.works:
            return who
    return None


def _subject_after_clause(ctx: _Ctx, m: re.Match) -> str | None:
    """``Best known for playing Y on Z, she ...``: the actor is the subject after the clause."""
    if not re.match(r"(?:play|portray|voic)ing\b", m.group()):
        return None
    after = re.match(rf"[^.;]{{0,80}}?, (?:(?P<pronoun>he|she|they)|(?P<name>{NAME}))\b", ctx.text[m.end():])
    if not after:
        return None
    if after.group("name"):
        return _person(ctx, after.group("name"))
    sent_start = _sentence_start(ctx.text, m.start())
    return _first_person(ctx, _sentence_start(ctx.text, max(0, sent_start - 2)), sent_start)


def _first_person(ctx: _Ctx, start: int, end: int) -> str | None:
    for m in re.finditer(rf"(?<![\w-]){NAME}", ctx.text[start:end]):
        for k in range(len(m.group().split()), 0, -1):
            who = _person(ctx, " ".join(m.group().split()[-k:]))
            if who:
                return who
    return None


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENT_SPLIT.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


_GENRE = (r"(?:series|show|drama|comedy|thriller|film|movie|feature|sitcom|procedural|documentary|soap|"
          r"animation|anthology|telenovela|podcast|reboot|spinoff|spin-off|"
          r"miniseries|franchise|musical|novel|book|album|serie|película|comedia)")
_WORK_CUES = [
    # a quoted or emphasised title: capitalised, short, no sentence punctuation inside
    re.compile(r"(?<![^\W_])[‘'\"“*_«](?P<w>[A-ZÀ-Þ¡¿][^‘’'\"“”*_«»\n.,;:!?]{0,60}?)[’'\"”*_»](?![^\W_])"),
    re.compile(rf"\b{_GENRE},? (?P<w>{NAME})"),
    re.compile(rf"\b(?:on|in|of|from|en|de) (?P<owner>[\w+]+(?: [\w+]+)?)['’]s? (?P<w>{NAME})"),
    re.compile(rf"(?P<w>{NAME}) (?:Season|Volume|Part|season|temporada) \d"),
    # a network's or studio's possessive: "Peacock's Crystal Harbor", "HBO's", "Lumen+'s"
    re.compile(rf"(?<![\w-])(?P<org>[A-Z][\w&]*\+?(?: [A-Z][\w&]*\+?)?)['’]s? (?P<w>{NAME})"),
]


def _organisation(name: str) -> bool:
    words = name.split()
    return name.endswith("+") or any(w.isupper() and len(w) > 1 or w.lower() in NON_PERSON for w in words)


@lru_cache(maxsize=32)
def titles_of_works(text: str) -> frozenset[str]:
    """Titles the article treats as works: quoted, emphasised, after a genre noun
    (``the procedural Cold Ledger``), owned by a company (``Lumen+'s Paper Saints``),
    or followed by a season number."""
    from search.extract.people.finder import candidates

    people_like = {n for n, e in candidates(text).items() if e.score >= 2}
    surnames = {n.split()[-1] for n in people_like}
    works = set()
    for cue in _WORK_CUES:
        for m in cue.finditer(text):
            if "owner" in m.groupdict() and m.group("owner").split()[-1] in surnames:
                continue
            if "org" in m.groupdict() and not _organisation(m.group("org")):
                continue
            w = _clean(m.group("w"))
            if cue is _WORK_CUES[0] and len(w.split()) > 8:
                continue
            # quoted/emphasised titles are works whatever the verbs around them suggest
            if w and (cue is _WORK_CUES[0] or "org" in m.groupdict() or w not in people_like):
                works.add(w)
    return frozenset(works)


def _work_near(ctx: _Ctx, pos: int) -> str | None:
    end = ctx.text.find(".", pos)
    window = ctx.text[pos: end if end != -1 else pos + 200]
    cue = rf"\b(?=(?:on|in|of|en|de) (?:[\w+]+['’]s? )?(?:[a-z-]+ ){{0,3}}(?P<work>{NAME}))"
    for m in re.finditer(cue, window):
        w = _clean(m.group("work"))
        if w in ctx.works:
            return w
    # otherwise the work named last before the pair in the same paragraph ("Over at X, ...")
    para_start = ctx.text.rfind("\n\n", 0, pos) + 1
    best, best_at = None, -1
    for w in ctx.works:
        at = ctx.text.rfind(w, para_start, pos)
        if at > best_at:
            best, best_at = w, at
    if best:
        return best
    headline = ctx.text.split("\n", 1)[0]
    m = _WORK_CUES[0].search(headline)
    return _clean(m.group("w")) if m else None


def _merge(ctx: _Ctx, found: list[tuple[int, CastPair]]) -> list[CastPair]:
    """One pair per role, with the fullest spelling of the character the article gives."""
    found.sort(key=lambda t: t[0])
    out: list[CastPair] = []
    for _, pair in found:
        pair = _fullest(ctx, pair)
        dup = None
        for i, have in enumerate(out):
            if have.actor != pair.actor:
                continue
            if _same_role(have, pair):
                dup = i
                break
        if dup is None:
            out.append(pair)
        elif len(pair.character) > len(out[dup].character) and not out[dup].aliases:
            out[dup] = CastPair(pair.character, pair.actor, pair.aliases, pair.work or out[dup].work)
    return out


def _core(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:
        words = words[1:]
    return words


def _same_role(a: CastPair, b: CastPair) -> bool:
    names_a = {a.character, *a.aliases}
    names_b = {b.character, *b.aliases}
    for x in names_a:
        for y in names_b:
            cx, cy = _core(x), _core(y)
            if cx == cy or (set(cx) <= set(cy) or set(cy) <= set(cx)) and cx[-1:] == cy[-1:]:
                return True
            if len(cx) == 1 and cx[0] == cy[0] or len(cy) == 1 and cy[0] == cx[0]:
                return True
    return False


_NAME_RE = re.compile(_name(r"\w-"))


@lru_cache(maxsize=8)
def _name_mentions(text: str) -> tuple[str, ...]:
    """Every distinct capitalised name in ``text``, cleaned, in order of first mention."""
    return tuple(dict.fromkeys(c for c in (_clean(m.group()) for m in _NAME_RE.finditer(text)) if c))


def _fullest(ctx: _Ctx, pair: CastPair) -> CastPair:
    if pair.aliases:
        return pair
    core = _core(pair.character)
    best = pair.character
    for cand in _name_mentions(ctx.text):
        if len(cand) <= len(best):
            continue  # the cheap test first: most mentions are no longer than the role
        cw = _core(cand)
        if not cw or _is_person(ctx, cand) or cand in ctx.works:
            continue
        if len(core) == 1:
            ok = cw[0] == core[0] and len(cw) <= 3
        else:
            ok = set(core) <= set(cand.split()) and cw[-1] == core[-1]
        if ok and person_shaped(cw + ["X"] if len(cw) == 1 else cw) and all(w.lower() not in STOP for w in cw):
            best = cand
    return CastPair(best, pair.actor, pair.aliases, pair.work)
