"""Copies decided on evidence: which came first and why, what kind of copy, and shared
furniture (footers, newsletter boxes) that never makes two articles copies. Every article
here is invented."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from search.copies.index import CopyIndex
from search.copies.provenance import garble, head_date, polish, source_credits, tense, wires
from search.copies.text import entities
from search.extract.pipeline import extract_corpus, to_json
from search.ingest.files import load
from search.ingest.language import detect
from search.model import Article

# -- one wire story and what outlets made of it --------------------------------------------

DATA = Path(__file__).parent / "data" / "copy-evidence"

AP = (DATA / "quint-ap.txt").read_text(encoding="utf-8")

# A national agency's feed of the same story: its own credit, one sentence a paragraph.
PTI = (DATA / "quint-pti.txt").read_text(encoding="utf-8")

# A feed that mangled the apostrophes on the way.
GARBLED = AP.replace("Quint's", "Quint´s").replace("LOS ANGELES (AP) — ", "LOS ANGELES â€” ")

FRENCH_MT = (DATA / "quint-fr-machine.txt").read_text(encoding="utf-8")

GERMAN = (DATA / "quint-de.txt").read_text(encoding="utf-8")


def _article(name: str, text: str, date: str | None = None) -> Article:
    return Article(id=name, title=text.split("\n", 1)[0], text=text, date=date, language=detect(text))


def _links(*articles: Article) -> dict:
    idx = CopyIndex()
    for a in articles:
        idx.add(a)
    return idx.links()


def test_a_national_agencys_version_of_a_wire_story_is_its_copy():
    links = _links(_article("pti.txt", PTI), _article("ap.txt", AP))
    lk = links["pti.txt"]
    assert (lk.duplicate_of, lk.confidence) == ("ap.txt", "sure")
    assert "PTI's version of a story from AP" in lk.reason
    assert links["ap.txt"].duplicate_of is None and links["ap.txt"].copies == ["pti.txt"]


def test_garbled_characters_mark_the_copy_and_it_points_past_other_copies():
    links = _links(_article("feed.txt", GARBLED), _article("pti.txt", PTI), _article("ap.txt", AP))
    lk = links["feed.txt"]
    assert lk.duplicate_of == "ap.txt" and lk.kind == "republish"
    assert any("garbled" in e for e in lk.evidence)


def test_a_machine_translation_points_to_the_english_text_and_says_why():
    links = _links(_article("fr.txt", FRENCH_MT), _article("ap.txt", AP))
    lk = links["fr.txt"]
    assert (lk.duplicate_of, lk.kind) == ("ap.txt", "translation")
    assert any("English words left in" in e for e in lk.evidence)
    assert not lk.drift  # a translated quote is not a changed quote


def test_a_translation_of_the_first_part_only_is_found():
    part = "Accueil › Cinéma\n\n" + FRENCH_MT[:int(len(FRENCH_MT) * 0.45)]
    links = _links(_article("ap.txt", AP), _article("fr-part.txt", part))
    assert (links["fr-part.txt"].duplicate_of, links["fr-part.txt"].kind) == ("ap.txt", "translation")


def test_a_german_translation_is_found_though_german_capitalises_its_nouns():
    names = set(entities(GERMAN, "de"))
    assert {"marlowe", "quint", "idris", "vell", "selma", "okafor"} <= names
    assert not names & {"schwestern", "regen", "musik", "scheune", "zeremonie", "film"}
    links = _links(_article("de.txt", GERMAN), _article("ap.txt", AP))
    assert (links["de.txt"].duplicate_of, links["de.txt"].kind) == ("ap.txt", "translation")


def test_a_paragraph_cut_short_is_a_trim_and_a_text_cut_off_mid_sentence_is_not():
    from search.copies.direction import trims
    from search.copies.features import features

    ap = features(_article("ap.txt", AP))
    upto = AP.index("Vell said the barn")
    trimmed = features(_article("trimmed.txt", AP[:upto].rstrip()))
    cut_off = features(_article("cut.txt", AP[:upto] + "Vell said the"))
    assert trims(trimmed, ap) == 1 and trims(ap, trimmed) == 0
    assert cut_off.cut_off and trims(cut_off, ap) == 0


def test_evidence_signals():
    assert garble("Quint´s film") == 1 and garble("Quint’s film") == 0
    assert garble("the â€œbestâ€ film &amp; more") == 3
    # Each kind of debris alone, so none is missed by the quick look for any of them.
    for debris in ("the film\ufffds end", "a cafÃ© scene", "costs Â 5", "they don?t know", "it&#39;s",
                   "it& # 39 ;s", "Tom & amp ; Jerry", "the island. . The boat"):
        assert garble(debris) == 1, debris
    assert garble("Why? Because R&B sells. The end.") == 0
    for bait in ("let us know", "in the comments", "get ready", "stay tuned", "don't forget to",
                 "Don’t forget to", "what do you think", "sound off", "click here", "smash that"):
        assert polish(f"Thanks for reading. {bait} now.") == -0.5, bait
    assert polish("Dana Okafor (Chair) spoke.") > 0 == polish("Dana Okafor spoke.")
    for verb in ("first reported", "reported", "reports", "has learned", "was first to report", "informó",
                 "informa", "publicó", "adelantó"):
        assert source_credits(f"Later that day Wirebeat {verb} the deal.") == ["wirebeat"], verb
    # Present and past attributions are counted apart, "told me" as the interviewer's own.
    assert tense("“It works,” she says. Okafor said it twice. He told me so. They told him nothing. "
                 "Lee notes the cost; Ana noted it too.") == (3, 3, 1)
    assert tense("Reporters asked. Vell laughs, then she laughed again, and they told us twice.") == (2, 1, 1)
    assert wires(PTI) == ["PTI"] and wires(AP) == ["AP"]
    assert wires("Oct 3 (Reuters) - The studio said") == ["Reuters"]
    assert wires("A report from the Associated Press.") == ["AP"]
    assert wires("The ap said nothing. Apple rose.") == []
    assert head_date("Headline\n\n2023-11-22T18:33:10+00:00November 22nd, 2023|News|\n\nBody") == "2023-11-22"
    assert head_date("Headline\n\nUpdated March 3, 2024 10:14am PT\n\nBody") == "2024-03-03"
    assert head_date("Headline\n\nThe vote was on March 3, 2024, the mayor said.") is None


def test_extract_json_says_what_kind_of_copy_and_why():
    found = extract_corpus([_article("pti.txt", PTI), _article("ap.txt", AP)])
    copy = to_json(_article("pti.txt", PTI), found["pti.txt"])
    assert copy["duplicate_of"] == "ap.txt" and copy["copy_kind"] == "republish"
    assert copy["copy_evidence"][0].startswith("republishes the text")
    assert "PTI's version of a story from AP" in copy["copy_evidence"][-1]
    original = to_json(_article("ap.txt", AP), found["ap.txt"])
    assert original["copy_kind"] is None and original["copy_evidence"] == []


# -- furniture: what a site prints under every article ---------------------------------------

FOOTER = ("About our newsroom: The Millbrook Lantern is an independent, reader-supported newsroom that "
          "has covered the valley's towns, schools and courts since it was founded by a group of retired "
          "teachers. We do not take money from the people we write about, and corrections are published "
          "on this page within a day of being found. To send a tip, write to the newsroom desk or leave a "
          "message on our voicemail line, which is checked every weekday morning.")
BOX = ("Get the Lantern in your inbox. Our free morning newsletter brings the valley's news, weather and "
       "school scores before breakfast. Sign up on our website.")

BRIDGE = ("Bridge repairs close Orchard Road until spring\n\n"
          "Crews from the county highway office closed Orchard Road on Tuesday after inspectors found "
          "cracks in the supports of the old stone bridge over Tanner Creek. Engineer Ravi Castellano said "
          "the repairs would take about four months. Drivers are being sent along Mill Lane instead, adding "
          "about ten minutes to the trip into town. Castellano said the bridge was last rebuilt in 1962.")
LIBRARY = ("Library wins grant for a bookmobile\n\n"
           "The Millbrook public library will buy its first bookmobile with a state grant announced on "
           "Friday. Head librarian Odile Fenstermacher said the van would visit the three farm villages "
           "north of the reservoir twice a month, starting in the autumn. Fenstermacher said the library "
           "had asked for the money three years running before it was approved.")


def test_two_unrelated_stories_sharing_a_long_footer_are_not_copies():
    assert len(FOOTER.split()) >= 70
    links = _links(_article("bridge.txt", f"{BRIDGE}\n\n{FOOTER}", "2025-10-07"),
                   _article("library.txt", f"{LIBRARY}\n\n{FOOTER}", "2025-10-07"))
    for lk in links.values():
        assert lk.duplicate_of is None and not lk.copies and not lk.unsure_with
    assert links["bridge.txt"].story != links["library.txt"].story


def test_a_footer_longer_than_the_stories_decides_nothing():
    long_footer = f"{BOX}\n\n{FOOTER}\n\n{FOOTER.replace('About our newsroom', 'Our promise')}"
    links = _links(_article("bridge.txt", f"{BRIDGE}\n\n{long_footer}"),
                   _article("library.txt", f"{LIBRARY}\n\n{long_footer}"))
    assert all(lk.duplicate_of is None and not lk.unsure_with for lk in links.values())


FIRST = ["Ada", "Bram", "Cleo", "Dov", "Esme", "Fitz", "Gus", "Hana", "Ivo", "Jun", "Kit", "Lars"]
LAST = ["Abernathy", "Bellweather", "Crowhurst", "Dunmore", "Everly", "Farthing", "Grimsby", "Holloway"]
TOWNS = ["Millbrook", "Tanner Creek", "Ridgefield", "Orchard Vale", "Stonebridge", "Harlow Pines",
         "Westmoor", "Eastfield", "Quarry Hill", "Larkspur", "Fennick", "Otterby"]
NICKNAMES = ["Otters", "Hawks", "Foxes", "Rams", "Owls", "Bears", "Larks", "Badgers", "Herons", "Wolves",
             "Stags", "Moles"]


def _site(n: int = 30) -> list[Article]:
    """One site's game reports, each filled into the same template, with the same box and footer."""
    rng = random.Random(11)
    scores = rng.sample(range(40, 99), n)
    out = []
    for i in range(n):
        home, away, nxt = rng.sample(range(len(TOWNS)), 3)
        team = lambda k: f"{TOWNS[k]} {NICKNAMES[k]}"  # noqa: E731
        player = f"{FIRST[i % len(FIRST)]} {LAST[(i * 5) % len(LAST)]}"
        coach = f"{FIRST[(i * 7 + 3) % len(FIRST)]} {LAST[(i + 3) % len(LAST)]}"
        text = (f"{team(home)} beat {team(away)} {scores[i]}-{i + 10}\n\n"
                f"The {team(home)} beat the {team(away)} {scores[i]}-{i + 10} on Friday night. {player} "
                f"scored {100 + i} points for the {NICKNAMES[home]}, and coach {coach} said the team had spent "
                f"the week working on its defence. The {NICKNAMES[away]} play the {team(nxt)} next week."
                f"\n\n{BOX}\n\n{FOOTER}")
        out.append(_article(f"lantern/{i:02d}.txt", text, f"2025-10-{1 + i % 5:02d}"))
    return out


def test_a_site_of_templated_articles_is_not_one_original_with_copies():
    links = _links(*_site())
    assert not any(lk.duplicate_of or lk.copies or lk.unsure_with for lk in links.values())
    assert len({lk.story for lk in links.values()}) == 30


def test_a_republished_article_is_still_a_copy_on_a_site_full_of_furniture():
    site = _site()
    lifted = site[7].text.split("\n\n")[:2]  # the story without the Lantern's box and footer
    copy = _article("elsewhere.txt", "\n\n".join(lifted) + "\n\nShare this story with a friend.", "2025-10-09")
    links = _links(*site, copy)
    lk = links["elsewhere.txt"]
    assert lk.duplicate_of == site[7].id and lk.kind == "republish"
    assert links[site[7].id].copies == ["elsewhere.txt"]


@pytest.mark.parametrize("name, kind", [("copperline-syndicated.txt", "republish"),
                                        ("copperline-spin.txt", "spin"),
                                        ("copperline-es-traduccion.txt", "translation"),
                                        ("thornbury-qa-partial.txt", "partial")])
def test_each_form_of_copy_has_its_kind(name, kind):
    articles, _ = load([Path(__file__).parent / "data" / "copies"])
    found = extract_corpus(articles)
    assert found[name].copy_kind == kind and found[name].copy_evidence
