"""A deterministic synthetic corpus of entertainment-news articles, for benchmarks.

Every article is a function of ``(seed, number)`` alone, so a corpus can be generated in any
order or in parts and is byte-identical for the same seed. Words are drawn from a real
English vocabulary with Zipf-like weights (a few words everywhere, most words rare), names
from a pool of a few thousand invented people, and the articles carry what byline
extracts: a headline, a `` date`` header, quotes in speaker frames and ``Character (Actor)``
pairs. A few articles are verbatim copies or light spins of earlier ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

COPY_RATE = 0.03
SPIN_RATE = 0.04
PER_FOLDER = 1000  # keeps folders small, as real archives are
ZIPF_S = 1.05
PEOPLE_S = 0.6
TOPICAL = 0.3  # share of an article's words drawn from its own topic words
TOPIC_WORDS = 40

# Ordered roughly by how often they occur in English news prose; the rank sets the weight.
_FUNCTION = """the of and to a in that is for it was on with as he she they at by this from be have
his her an their which or had not are but were its one been has also more after who all would
will about when there than into over up out some new other only could them so two can first
just like last most we what three while before where through back being then because during
under even our still those between each since any against both much another well many now""".split()

_NOUNS = """series season film show episode director actor actress star cast role character studio
network streamer premiere finale trailer sequel franchise story audience fan critic review box
office weekend release festival award nomination producer showrunner writer script plot scene
camera set production budget deal contract rights adaptation novel book comic drama comedy thriller
horror documentary musical album song tour stage theater performance interview statement source
report announcement campaign marketing poster teaser clip footage spinoff reboot remake pilot
storyline arc twist ending cliffhanger villain hero mother father daughter son family town city
year month week night day time life world home school war love death secret mystery murder case
investigation police detective doctor lawyer king queen prince empire ship island forest river
mountain winter summer spring autumn fire water storm light shadow dream memory voice heart money
power crew team writers room table read lot schedule date slot ratings viewers subscribers
numbers record opening gross revenue market industry strike union guild agent manager publicist
red carpet party gala panel convention screening showcase lineup slate catalogue library platform
channel broadcast cable service app chart single video game score soundtrack composer editor
cinematographer designer costume makeup effects animation voice talent newcomer veteran legend
icon favorite rumor report insider executive chief president chairman head division label
""".split()

# General news vocabulary beyond the trade's own words, so the Zipf tail is long.
_GENERAL = """account action activity address advantage advice afternoon age agreement air airport amount
analysis animal answer apartment appearance approach area argument arm army art article aspect
attack attempt attention attitude authority balance bank base basis battle beach bed beginning
behavior belief benefit bill bird birth blood board boat body bone border bottle bottom box boy brain
branch bread break breakfast bridge brother building bus business button cake call campaign cancer
candidate capital captain car card care career carpet cat cause cell center century chain chair
challenge champion chance change chapter charge check chicken child choice church circle citizen
claim class client climate clock club coach coast coffee cold collection college color column
command comment community company comparison competition computer concept concern condition
conference connection context control conversation cook corner cost council country county couple
course court cousin cover craft credit crime crisis crowd culture cup currency customer cycle damage
dance danger data deal debate decade decision definition degree delivery demand department design
desire desk detail development device difference difficulty dinner direction disaster discussion
disease distance district division dog door draft drawing dress drink driver economy edge education
effect effort election element emergency emotion employee energy engine engineer entry environment
equipment error escape estate event evidence exam example exchange exercise experience expert eye
face fact factor failure faith fall farm fashion fear feature feeling field figure finance finger
flight floor flower focus food foot force form fortune foundation frame freedom friend front fruit
fuel function fund future garden gas gate gift girl glass goal god gold government grade grass
ground group growth guest guide guitar hair half hall hand health hearing heat height help highway
hill history hole holiday horse hospital host hotel hour house husband idea image impact income
industry information injury insurance intention internet island issue item job joke journey judge
key kid kitchen knowledge lab lack lady lake land language law leader lesson letter level lie limit
line link list literature loan location loss lunch machine magazine mail maintenance majority
management map marriage match material matter meal meaning measure meat media medicine meeting
member membership menu message metal method middle midnight mind minute mirror mission mistake mix
model moment mood morning mouth move movie museum music name nation nature neck network news
newspaper night noise north note notice object occasion offer officer oil operation opinion
opportunity option order organization owner page pain painting paper parent park part partner
passage passenger past path patient pattern payment peace penalty people period person phone photo
piano picture piece pitch place plan plane plant plate player pleasure pocket poem poet point policy
politics pollution pool population position post potential pound practice preference presence
pressure price pride priority prison problem process product profession professor profit program
progress project promise property proposal protection psychology purpose quality quarter question
race radio rain range rate reaction reading reality reason reception recipe recognition recording
region relation relationship religion reputation request research resident resolution resource
response rest restaurant result return revolution reward rice road rock roof room rule safety salad
salary sale sample satisfaction scale scene science screen sea search seat secretary section sector
security selection sense sentence session setting shape share shirt shock shoe shop side sign
signal silence sister site situation size skill skin sky sleep society software soil soldier
solution sound south space speech speed sport square staff standard state station status step
stock stomach stone strategy street strength stress structure student studio style subject success
sugar suggestion summer sun supermarket support surgery surprise survey system table task taste tax
tea teacher technology telephone television temperature tennis term test text theory thing thought
ticket tone tool tooth topic total touch tourist towel tower trade tradition traffic train training
transportation tree trip trouble truck trust truth tune turn type uncle understanding unit
university user vacation valley value variety vehicle version victim view village virus visit
visitor volume wall war warning wave way wealth weather wedding weight wheel wife window wine wing
winner wish woman wood word work worker writing yard youth""".split()

_VERBS = """said says told added explained noted revealed confirmed announced insisted recalled admitted
joked praised called described teased promised hinted shared posted wrote joined signed cast
starred played directed produced wrote filmed shot premiered debuted opened earned grossed topped
dropped released renewed canceled ordered picked greenlit delayed moved shifted returned landed
won lost received scored claimed broke set reached passed followed led faced found left took made
gave brought kept turned showed saw felt knew thought wanted tried began ended started finished
remained became stayed helped built created developed adapted reimagined launched unveiled
""".split()

_ADJECTIVES = """new first last final next big major small early late young old original latest upcoming
second third former popular critical commercial strong weak top record global domestic
international local national dark bright quiet loud strange familiar emotional dramatic
surprising shocking long short brief full entire whole hit beloved acclaimed divisive bold
ambitious modest intimate sprawling epic gritty playful tender brutal haunting fresh classic
animated live limited exclusive official private public key real true rare special""".split()

_ADVERBS = """reportedly officially finally already recently currently quickly slowly nearly largely
mostly widely quietly openly briefly directly eventually initially previously reportedly""".split()

_FIRST = """Ada Alma Amara Anders Annika Arlo Astrid Beatrix Bram Calla Cassius Celeste Corin Dalia
Dashiell Delphine Desmond Edda Elio Elodie Emrys Esme Ezra Fenna Finnian Florian Gideon Greta
Hale Hollis Idris Ilse Imogen Ines Isolde Ivo Jasper Juno Kai Kasimir Leda Leif Linnea Lorcan
Lucian Mabel Maren Marlo Milo Mira Nell Nico Noor Odile Olan Orla Otto Pax Petra Quill Rafe Remy
Rhea Rosalind Rune Saoirse Selah Silas Sol Sorrel Talia Tamsin Teodor Thea Tobias Ulla Vesna
Viggo Wren Xavi Yara Ysolde Zeke Zora Agnes Bastian Cleo Dorian Effie Felix Hugo Iris Jonah
Kit Lena Magnus Nadia Oren Pia Quentin Rosa Sven Tove Una Vito Wilma""".split()

_LAST = """Ashgrove Aldane Ambrose Arden Ashworth Bellamy Birchall Blackwood Brightwater Calloway
Carrow Castellan Cinders Colborne Corvid Dalgleish Delacroix Dovecott Drummond Easterbrook Ellery
Fairweather Falconer Farrow Fenwick Fletcher Galloway Garrick Greaves Hallow Hartigan Hawthorne
Holloway Ingram Ives Jessop Kestrel Kilbride Lachance Larkspur Lockhart Lovell Marchbanks Merriweather
Mortlake Nettleton Northcott Oakes Ormsby Pembrook Penhaligon Quarrie Radcliffe Ravenscroft Redfern
Rookwood Saltmarsh Sandoval Sedgwick Shawcross Silverstone Sinclair Stirling Strand Tamsworth
Thackeray Thistlewood Tidewater Tremaine Underhill Vane Varga Wainwright Waverley Whitlock Wilder
Winslow Wolfe Wrenfield Yardley Yew Zeller Abernathy Brisk Coldwell Dunmore Eastwick Frost Grimsby
Haverford Inchbald Jardine Kingsley Loxley Montague Nightingale Ollerton Prescott Quigley Rowntree
Stanhope Trelawney Upton Verity Westmacott""".split()

_TITLE_WORDS = """Glass Orchard Vesper Lane Cinderfall Tidewater Saltmarsh Quiet Ninefold Ember Hollow
Crown Harbor Signal North Paper Saints Long Winter Black Meridian Lantern Iron Garden Silver
Static Kingdom Echo Valley Ashes Halcyon Drift Marrow Solstice Gilded Cage Night Shift Lighthouse
Cartographer Undertow Wildfire Parallax Fathom Orbit Tin Star Velvet Riot Paper Moon Copper""".split()

_OUTLETS = """Marquee Daily|Backlot Wire|Screenline|Trend Hub|Reel Report|Spotlight Weekly|Green Room
Gazette|Casting Call|Frame Rate|The Premiere Desk""".split("|")


def _inflect(words: list[str]) -> list[str]:
    """Grow the vocabulary the way English does, so the tail holds many rare forms."""
    out = []
    for w in words:
        out.append(w)
        if w.endswith(("s", "ly")) or w in _VERBS:
            continue
        if w.endswith("y") and len(w) > 3:
            out.append(w[:-1] + "ies")
        elif w.endswith(("s", "x", "ch", "sh")):
            out.append(w + "es")
        else:
            out.append(w + "s")
    return out


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[str, ...]
    cum: tuple[float, ...]


def _zipf(words: list[str]) -> Vocabulary:
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    ordered = list(seen)
    weights = (1.0 / (r ** ZIPF_S) for r in range(1, len(ordered) + 1))
    return Vocabulary(tuple(ordered), tuple(accumulate(weights)))


@lru_cache(maxsize=4)
def _world(seed: int):
    rng = random.Random(f"byline-world:{seed}")
    nouns = _inflect(_NOUNS + sorted(set(_GENERAL) - set(_NOUNS)))
    # Interleave the lists so content words of every kind reach the head of the Zipf curve;
    # function words lead it, as in any English text.
    content = []
    lists = [nouns, _VERBS, _ADJECTIVES, _ADVERBS]
    for i in range(max(map(len, lists))):
        content += [lst[i] for lst in lists if i < len(lst)]
    content = _FUNCTION + content
    people = sorted({f"{f} {last}" for f in _FIRST for last in _LAST})
    rng.shuffle(people)
    people = people[:4000]
    characters = sorted({f"{f} {last}" for f in reversed(_FIRST) for last in reversed(_LAST)} - set(people))
    rng.shuffle(characters)
    characters = characters[:3000]
    works = sorted({f"{a} {b}" for a in _TITLE_WORDS for b in _TITLE_WORDS if a != b})
    rng.shuffle(works)
    works = works[:600]
    return {
        "content": _zipf(content),
        "nouns": _zipf(nouns),
        "adjectives": _zipf(_ADJECTIVES),
        "verbs": _zipf(_VERBS),
        "people": Vocabulary(tuple(people), tuple(accumulate(1.0 / (r ** PEOPLE_S) for r in range(1, 4001)))),
        "characters": characters,
        "works": works,
    }


def vocabulary(seed: int = 1) -> dict[str, list[str]]:
    """The words and names the corpus draws from, most frequent first (for query mixes)."""
    w = _world(seed)
    return {"content": list(w["content"].words), "nouns": list(w["nouns"].words),
            "people": list(w["people"].words), "characters": list(w["characters"]), "works": list(w["works"])}


class _Writer:
    """One article's sentences, drawn from the article's own random stream."""

    def __init__(self, rng: random.Random, world: dict):
        self.rng = rng
        self.w = world
        content = world["content"].words
        self.topic = [content[rng.randrange(len(_FUNCTION), len(content))] for _ in range(TOPIC_WORDS)]

    def pick(self, vocab: Vocabulary, k: int = 1) -> list[str]:
        return self.rng.choices(vocab.words, cum_weights=vocab.cum, k=k)

    def person(self, bias: list[str]) -> str:
        # People recur: mentions follow a flatter Zipf curve than words, a few stars and a long tail.
        if bias and self.rng.random() < 0.5:
            return self.rng.choice(bias)
        return self.pick(self.w["people"])[0]

    def phrase(self, n: int) -> str:
        words = self.pick(self.w["content"], n)
        # Articles are bursty: each repeats its own handful of topic words far more often than
        # the language at large does, which keeps unrelated articles unlike each other.
        return " ".join(self.rng.choice(self.topic) if self.rng.random() < TOPICAL else w for w in words)

    def sentence(self, lo: int = 9, hi: int = 22) -> str:
        s = self.phrase(self.rng.randint(lo, hi))
        return s[0].upper() + s[1:] + self.rng.choice([".", ".", ".", ".", "?", "!"] if lo < 6 else ".")

    def quote_text(self) -> str:
        n = self.rng.randint(1, 2)
        return " ".join(self.sentence(6, 16) for _ in range(n)).rstrip(".!?")


def _frame(wr: _Writer, speaker: str, cast: list[tuple[str, str]]) -> str:
    """A quotation in one of the frames journalists use."""
    q = wr.quote_text()
    surname = speaker.split()[-1]
    rng = wr.rng
    form = rng.randrange(6)
    if form == 0:
        return f"\u201c{q},\u201d {speaker} said."
    if form == 1:
        return f"{speaker} said, \u201c{q}.\u201d"
    if form == 2:
        verb, work = rng.choice(['stars', 'appears', 'returns']), rng.choice(['series', 'film'])
        return f"\"{q},\" says {speaker}, who {verb} in the {work}."
    if form == 3 and cast:
        char, actor = rng.choice(cast)
        return f"\u201c{q},\u201d {actor} told {rng.choice(_OUTLETS)} of playing {char.split()[0]}."
    if form == 4:
        return f"\u201c{q},\u201d {surname} added. \u201c{wr.quote_text()}.\u201d"
    what = rng.choice(['season', 'film', 'finale'])
    return f"According to {speaker}, the {what} is \u201c{q.lower()}.\u201d"


def _headline(wr: _Writer, work: str, cast: list[tuple[str, str]], people: list[str]) -> str:
    rng = wr.rng
    char, actor = cast[0]
    forms = [
        f"{actor} Joins '{work}' Season {rng.randint(2, 6)} as {char}",
        f"'{work}' Review: A {wr.pick(wr.w['adjectives'])[0].title()} Return for {char}",
        f"Box Office: '{work}' {rng.choice(['Tops', 'Wins', 'Leads', 'Stumbles at'])} the Weekend",
        f"{people[0]} on the '{work}' Finale: \u2018We Knew It Was Coming\u2019",
        f"'{work}' Renewed After {rng.choice(['Record', 'Strong', 'Steady'])} "
        f"{rng.choice(['Ratings', 'Debut', 'Streams'])}",
        f"EXCLUSIVE: {actor} to Lead '{work}' Opposite {cast[-1][1]}",
    ]
    return rng.choice(forms)


def _original(seed: int, number: int) -> tuple[str, str, str]:
    """(date, headline, body) of a fresh article."""
    world = _world(seed)
    rng = random.Random(f"byline-article:{seed}:{number}")
    wr = _Writer(rng, world)
    date = f"{2019 + rng.randrange(7)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    work = rng.choice(world["works"])
    ncast = rng.randint(2, 4)
    actors = [wr.person([]) for _ in range(ncast)]
    cast = [(rng.choice(world["characters"]), a) for a in dict.fromkeys(actors)]
    people = [wr.person([a for _, a in cast]) for _ in range(3)]
    role = rng.choice(["showrunner", "director", "creator", "executive producer", "writer"])
    paras = []
    char, actor = cast[0]
    paras.append(
        f"{work} follows {char} ({actor}), a {wr.pick(world['adjectives'])[0]} "
        f"{wr.pick(world['nouns'])[0]} who {wr.phrase(rng.randint(8, 14))}. " + wr.sentence())
    words = sum(len(p.split()) for p in paras)
    target = rng.randint(430, 560)
    n = 0
    while words < target:
        n += 1
        parts = [wr.sentence() for _ in range(rng.randint(1, 3))]
        if n % 2 == 0:
            speaker = people[n // 2 % len(people)] if rng.random() < 0.7 else wr.person([])
            parts.insert(rng.randrange(len(parts) + 1), _frame(wr, speaker, cast))
        if n == 2:
            parts.insert(0, f"{role.capitalize()} {people[0]} {wr.phrase(6)}.")
        if n == 3 and len(cast) > 1:
            pairs = ", ".join(f"{c} ({a})" for c, a in cast[1:])
            parts.append(f"The {rng.choice(['cast', 'ensemble'])} also includes {pairs}.")
        p = " ".join(parts)
        paras.append(p)
        words += len(p.split())
    return date, _headline(wr, work, cast, people), "\n\n".join(paras)


def _spin(seed: int, number: int, rng: random.Random) -> tuple[str, str, str]:
    """An earlier article rewritten lightly, as content farms do."""
    date, headline, body = _content(seed, number)
    swap = {"said": "stated", "told": "shared with", "new": "brand-new", "film": "movie", "series": "show",
            "big": "huge", "says": "explains", "also": "additionally", "after": "following"}
    out = []
    for w in body.split(" "):
        out.append(swap.get(w, w) if rng.random() < 0.8 else w)
    paras = " ".join(out).split("\n\n")
    if len(paras) > 3 and rng.random() < 0.5:
        del paras[rng.randrange(1, len(paras))]
    return date, f"{headline} \u2014 Here's What We Know", "\n\n".join(paras)


def _content(seed: int, number: int) -> tuple[str, str, str]:
    rng = random.Random(f"byline-kind:{seed}:{number}")
    roll = rng.random()
    if number > 20 and roll < COPY_RATE:
        return _content(seed, rng.randrange(number))
    if number > 20 and roll < COPY_RATE + SPIN_RATE:
        return _spin(seed, rng.randrange(number), rng)
    return _original(seed, number)


def article(seed: int, number: int) -> str:
    """The file text of article ``number``: a `` date`` header, a headline, a blank line, the body."""
    date, headline, body = _content(seed, number)
    return f" date {date}\n{headline}\n\n{body}\n"


def rel_path(number: int) -> str:
    return f"{number // PER_FOLDER:03d}/{number:06d}.txt"


def articles(seed: int, start: int, stop: int) -> Iterator[tuple[str, str]]:
    for n in range(start, stop):
        yield rel_path(n), article(seed, n)


def write(root: Path, docs: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write articles ``start .. start+docs-1`` under ``root``; returns the files written."""
    written = []
    for rel, text in articles(seed, start, start + docs):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written
