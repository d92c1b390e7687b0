"""Word lists and the tokenizer that finds runs of capitalised words which may be names.

The lists describe the language of entertainment journalism (role nouns, honorifics,
words that make a capitalised run an organisation or a place), never particular people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def word_set(text: str) -> frozenset[str]:
    """A lexicon written as white-space separated words."""
    return frozenset(text.split())


# Words capitalised in headlines or at sentence starts that never belong to a name.
STOP = word_set("""
a an and the of to in on at for with by from as is are was were be been has have had its his her
their our my your this that these those it he she they we i you but or nor so yet if when while whose
after before into over opposite vs versus says said not no all new how why what who where which
more most than then there here just also only even still now now's would can could should
may might must do does did about against between through during without within under up down out
off again once per via like unlike exclusive watch review recap interview report breaking update
first last best worst top inside outside despite since until among across around beside besides
according behind beyond everything nothing something anything every each
because although though unless whereas meanwhile yes oh hi hey
el la los las de del y en con por para un una que es se su sus al lo según o ni pero como
""")

# Lower-case particles that sit inside surnames (Guillermo del Toro, Vincent van Gogh).
PARTICLES = word_set("de del della di da das dos van von der den ter le la bin ibn al")

# Titles that open a name; in entertainment news they mostly mark characters (Dr. Wren Halloway).
HONORIFICS = word_set("""
dr mr mrs ms miss mx sir dame lady lord captain capt. commander general colonel major lieutenant
sergeant detective inspector chief sheriff deputy agent officer professor prof doctor reverend
father mother sister brother saint queen king prince princess duke duchess count countess baron
grandmother grandfather grandma grandpa nana uncle aunt auntie judge senator president governor
mayor pope bishop nurse coach superior constable emperor empress chancellor
doctora capitana capitán señor señora don doña inspectora sargento reina rey padre madre hermana
""")

# Nouns that introduce a real person ("showrunner Imelda Farrow", "director Oskar ...").
ROLE_NOUNS = word_set("""
actor actress star co-star costar lead newcomer veteran showrunner creator co-creator cocreator
creators director co-director directors writer co-writer writers screenwriter playwright novelist
author producer co-producer producers executive composer cinematographer editor designer
choreographer animator filmmaker comedian comic singer songwriter rapper musician host co-host
presenter journalist reporter critic columnist correspondent photographer ceo chairman chairwoman
chair president founder co-founder spokesperson spokesman spokeswoman publicist attorney lawyer
manager agent exec executives head boss chief anchor narrator voice cast castmate castmates
stars actors actresses brothers sisters siblings duo partner wife husband son daughter father
mother widow widower hosts showrunners co-stars costars newcomers veterans comedians singers
journalists ad dp assistant coordinator supervisor stylist rep friend colleague sister brother cousin
niece nephew grandson granddaughter fiancé fiancée girlfriend boyfriend reparto pd
actriz directora guionista productor productora creador creadora protagonista intérprete cantante
periodista presentador presentadora compañero compañera actores actrices directores intérpretes
compositor compositora cineasta realizador realizadora coguionista guionistas productores creadores
""")

# Verbs that follow a person's name as its subject ("Oduya said", "Hart, who plays").
PERSON_VERBS = word_set("""
said says told tells added adds explained explains recalled recalls admitted admits noted notes
wrote writes tweeted tweets posted posts joked jokes laughed laughs continued continues insisted
insists revealed reveals shared shares teased teases confirmed confirms announced announces
described describes stated states argued argues acknowledged acknowledges conceded concedes
stars starred directed directs produced produces co-wrote cowrote plays played portrays portrayed
voices voiced joins joined joining returns returned reprises reprised will would has had is was
who whose thanked thanks praised praises agreed agrees replied replies answered answers asked
asks went kept dijo afirmó contó explicó aseguró adelantó resumió confirmó señaló añadió comentó
reveló came leaned whispered smiled nodded shrugged directing producing
died worked appeared spoke called married grew thanked starred
""")

# Words that make a capitalised run something other than a person.
NON_PERSON = word_set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday season seasons episode episodes volume
part chapter series show film movie pictures picture studios studio entertainment films media
network networks channel tv television radio news daily weekly magazine times post journal
wire press records music group company inc llc ltd corp corporation agency talent artists
associates management productions production festival fest awards award prize hall street
avenue road center centre theater theatre arena stadium park university college school
museum gallery library church cathedral hotel club bar restaurant cafe city county state
river lake mountain island valley bay beach coast north south east west new los san santa
twitter instagram tiktok youtube facebook netflix hulu disney hbo amazon apple paramount
peacock prime marvel dc universe comic-con con expo summit league team live tonight
podcast images getty today academy guild bafta emmys oscars grammys globes festival's reuters
globe actor actress actors actresses drama comedy category nominee nominees winner winners square
garden gardens station airport bridge tower plaza palace castle house lab laboratory hospital prison
institute foundation fund society council committee department ministry office cup bowl tour
channel's editorial staff desk
""")

# Line labels of credit blocks ("Director: Ansel Quarrie", "Cast: A, B, C").
CREDIT_LABELS = word_set("""
director directors writer writers screenplay cast starring producer producers creator creators
created showrunner composer music cinematography editor photo photos photograph image credit
interview reporting additional by por
""")

# A small lexicon of common given names: a hint, never required.
FIRST_NAMES = word_set("""
aaron abby abigail adam adrian aidan alan albert alex alexander alexandra alfred alice alicia
alison allison amanda amber amy ana andrea andrew andy angela angelina anna anne annie anthony
antonio anya april ariana ashley austin ava barbara ben benedict benjamin beth betty bill billy
bob bobby brad bradley brandon brenda brian bridget brie brittany bruce bryan caleb cameron
carl carla carlos carol caroline carrie catherine cate charles charlie charlotte chris christian
christina christine christopher claire clara colin connor courtney craig cynthia daisy dakota
dan dana daniel danielle danny dave david dean deborah debra denise dennis derek diana diane
diego dominic donald donna doris dorothy douglas dylan ed eddie edward elizabeth ella ellen
elle emily emma eric erica erin ethan eugene eva evan florence frances francis frank gabriel
gary gaten gemma george georgia gerald gina glenn gloria grace greg gregory hailee hannah harold
harrison harry heather helen helena henry hugh hugo ian isaac isabel isabella jack jackie jacob
jake james jamie jane janet jason javier jay jean jeff jeffrey jen jenna jennifer jenny jeremy
jerry jesse jessica jill jim jimmy joan joanna joe joel john johnny jon jonah jonathan jordan
jose joseph josh joshua joy juan judith judy julia julian julie justin karen kate katherine
kathleen kathryn katie kay keanu keith kelly ken kenneth kerry kevin kim kimberly kit kristen
kyle larry laura lauren lee leo leonardo liam lily linda lisa liz lois lori louis lucas lucia
lucy luis luke lupita lydia madison maggie malcolm margaret maria marie marion mark martha
martin mary matt matthew maya megan melissa meryl michael michelle miguel mike mila millie
miranda molly morgan nancy natalie natasha nathan neil nicholas nick nicole noah noor octavia
olivia oscar owen pamela pat patricia patrick paul paula pedro penelope peter philip phoebe
pierce rachel ralph randy ray raymond rebecca regina richard rick rita rob robert robin roger
ronald rosa rose ross ruby russell ruth ryan sadie sally sam samantha samuel sandra sara sarah
scarlett scott sean sebastian seth shane sharon shirley simon sofia sophia sophie stephanie
stephen steve steven susan sydney taylor ted teresa terry theresa thomas tilda tim timothy tina
todd tom tommy tony tracy tyler valerie vanessa victor victoria vincent viola virginia walter
wayne wendy will william winona xavier yvonne zach zachary zendaya zoe zoë
alejandro alberto andrés beatriz carmen cristina eduardo elena emilio enrique fernando
francisco gabriela guillermo ignacio isabel javier jorge josé lucía manuel marta mercedes
pablo paloma rafael ramón ricardo rodrigo santiago sergio ximena
""")

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a quoted nickname between a given name and a surname: Reggie "Big Reg" Okafor-Banks
_NICKNAME = re.compile(r"(?<=[^\W\d_]) ([\"“‘][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’]) (?=[A-Z])")
_NICKNAME_GAP = re.compile(_NICKNAME.pattern.removeprefix(r"(?<=[^\W\d_])").removesuffix(r"(?=[A-Z])"))
_KOREAN_GIVEN = re.compile(r" [A-Z][a-z]{1,5}-[a-z]{1,5}\b")
_POSSESSIVE = re.compile(r"['’]s?$")
_ABBREV = re.compile(r"(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Capt|Prof|Rev|Sgt|Lt|Gen|Col|Det)\.")


@dataclass(slots=True)
class Run:
    """Capitalised words that read as one name-like unit."""

    words: list[str]
    start: int
    end: int
    possessive: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def strip_possessive(word: str) -> tuple[str, bool]:
    """``Oduya’s`` → (``Oduya``, True); ``Marchbanks'`` → (``Marchbanks``, True)."""
    m = _POSSESSIVE.search(word)
    if m and len(word) - len(m.group()) >= 2 and not re.search(r"[A-Z]['’][A-Z]", word[-4:]):
        return word[: m.start()], True
    return word, False


def runs(text: str) -> list[Run]:
    """Runs of capitalised words joined by single spaces (or an abbreviation's full stop).

    Lower-case particles are kept inside when a capitalised word follows; a possessive
    ends the run. Function words split runs, so headline case does not glue names to verbs.
    """
    out: list[Run] = []
    cur: Run | None = None
    pending: list[tuple[str, int, int]] = []  # particles waiting for a capitalised word
    prev_end = -1

    def close() -> None:
        nonlocal cur, pending
        if cur is not None and cur.words:
            out.append(cur)
        cur, pending = None, []

    nickname_words = {w.start() for n in _NICKNAME.finditer(text) for w in _WORD.finditer(text, *n.span(1))}
    for m in _WORD.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if cur is None and not word[:1].isupper():
            prev_end = end  # most words: lower case, outside a run, so nothing opens or closes
            continue
        if start in nickname_words and cur is not None:
            continue  # Theo "Moss" Abernathy is Theo Abernathy
        gap = text[prev_end:start] if prev_end >= 0 else "\n"
        dot_gap = gap == ". " and cur is not None and _ABBREV.fullmatch(cur.words[-1] + ".")
        joined = gap == " " or bool(dot_gap) or (cur is not None and _NICKNAME_GAP.fullmatch(gap) is not None)
        if end < len(text) and text[end] == "." and len(word) <= 4 and _ABBREV.fullmatch(word + "."):
            word_disp = word + "."
        else:
            word_disp = word
        prev_end = end + (1 if word_disp.endswith(".") else 0)
        if cur is not None and not joined:
            close()
        # "Will" opens names (Will Poulter) but is a verb inside headline-case runs;
        # "Oscar-winning" and "Emmy-nominated" describe a name without being part of it.
        # "Oh Jae-won", "Do Ha-na": a two-letter surname that is also an English word
        korean = cur is None and len(word) == 2 and is_cap(word) and _KOREAN_GIVEN.match(text, end)
        if (not is_cap(word) or (word.lower() in STOP and not korean) or (word == "Will" and cur is not None)
                or any(part[:1].islower() and not given_syllable(part) for part in word.split("-")[1:])):
            if cur is not None and word in PARTICLES and joined and len(pending) < 2:
                pending.append((word, start, end))
                continue
            close()
            continue
        bare, poss = strip_possessive(word_disp)
        if cur is None:
            cur = Run([bare], start, start + len(bare))
        else:
            cur.words += [p[0] for p in pending] + [bare]
            cur.end = start + len(bare)
            pending = []
        if poss:
            cur.possessive = True
            close()
    close()
    return out


# Lower-case tails of English compounds ("Emmy-nominated", "Brazilian-born", "Wick-centric"),
# as opposed to the second syllable of a Korean given name ("Ji-woon", "Hyun-oh").
COMPOUND_TAILS = word_set("""
born led like style era old year time up in out off free wide made run type ish esque only age level
fest con day based bound wise fan star set ever fold less ness ful man men way
""")


def given_syllable_name(word: str) -> bool:
    """``Seo-yun``: a capitalised syllable joined to a lower-case one, as Korean given names are written."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].islower() and given_syllable(parts[1])


def given_syllable(part: str) -> bool:
    """``woon`` in ``Ji-woon``: a short lower-case syllable that belongs to a given name."""
    return (len(part) <= 5 and part.isalpha() and part not in COMPOUND_TAILS
            and not part.endswith(("ed", "ing", "er", "ly")))


# Months that are also given names: "June Abernathy", "April Okafor".
_MONTH_NAMES = word_set("april june august")


def non_person_word(word: str, i: int, words: list[str]) -> bool:
    """``word`` (at ``i`` in ``words``) makes the run an organisation, place or date."""
    w = word.lower().strip(".")
    if i == 0 and len(words) == 2 and given_syllable_name(words[1]):
        return False  # "Park Seo-yun": a Korean surname that is also an English word
    if w in _MONTH_NAMES and i < len(words) - 1 and i == next(
            (k for k, x in enumerate(words) if x.lower().strip(".") not in HONORIFICS), 0):
        return False  # a given name before a surname, not "June 2024"
    return w in NON_PERSON


def person_shaped(words: list[str]) -> bool:
    """Two to five words, none of them an organisation, place or time word."""
    core = [w for w in words if w not in PARTICLES]
    if not 2 <= len(core) <= 5:
        return False
    if any(non_person_word(w, i, core) for i, w in enumerate(core)):
        return False
    # acronyms and SHOUTED script text are not names
    return not any(w.rstrip(".").isupper() and len(w.rstrip(".")) > 1 for w in core)


def strip_title(words: list[str]) -> tuple[list[str], str | None]:
    """Leading honorifics/role nouns off a run: (rest, what was stripped or None)."""
    i = 0
    while i < len(words) - 1 and (words[i].lower().strip(".") in HONORIFICS
                                  or words[i].lower() in ROLE_NOUNS):
        i += 1
    return words[i:], (" ".join(words[:i]) or None)


# Generational suffixes that end a full name without being its surname.
NAME_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")


def word_char(c: str) -> bool:
    """What ``\\w`` matches in a str pattern (alphanumeric or underscore)."""
    return c.isalnum() or c == "_"


def literal_hits(text: str, word: str, start: int = 0):
    """Every start of ``word`` in ``text``, overlapping ones included, as a regex search would try.

    Scanning for a literal with ``str.find`` avoids compiling one pattern per word, which
    would also push the module's fixed patterns out of ``re``'s small cache.
    """
    i = text.find(word, start)
    while i != -1:
        yield i
        i = text.find(word, i + 1)
