"""People on real-world forms: credits, agencies, nicknames, particles, Korean and Spanish names.

Floors for the real-world-style labelled set live here too; they only go up.
"""

import json
from pathlib import Path

from search.extract.people.finder import people_and_cast
from search.ingest.files import load
from search.model import Article
from search.tools.evaluate import score

REAL = Path(__file__).parent / "data" / "realworld" / "people"
PEOPLE_F1 = 0.97
PEOPLE_PRECISION = 0.99
CAST_F1 = 0.945
CAST_PRECISION = 0.98


def people(body: str) -> list[str]:
    text = "A headline about a show\n\n" + body
    return people_and_cast(Article(id="t.txt", title="t", text=text))[0]


def test_realworld_people_and_cast_floors():
    articles, _ = load([REAL / "articles"])
    records = []
    for a in articles:
        found, cast = people_and_cast(a)
        records.append({"path": a.id, "quotes": [], "people": found, "drift": [],
                        "cast": [{"character": c.character, "actor": c.actor} for c in cast]})
    result = score(records, json.loads((REAL / "labels.json").read_text(encoding="utf-8")))
    assert result["people"]["f1"] >= PEOPLE_F1, result["people"]
    assert result["people"]["precision"] >= PEOPLE_PRECISION, result["people"]
    assert result["cast"]["f1"] >= CAST_F1, result["cast"]
    assert result["cast"]["precision"] >= CAST_PRECISION, result["cast"]


def test_photo_credits_name_the_photographer():
    found = people("Tamsin Vale arrived early. (Pictured: Tamsin Vale. Photo: Ruan Okafor-Lee/Northlight)\n\n"
                   "Photo: Greta Lindqvist/Getty Images\n\nPhotos by Anselm Brook | Courtesy of "
                   "Halvard/Ilse Marr\n")
    for name in ("Ruan Okafor-Lee", "Greta Lindqvist", "Anselm Brook", "Ilse Marr"):
        assert name in found


def test_agencies_after_repped_by_are_not_people_but_the_attorney_is():
    found = people("Odile Marchetti stars. Marchetti is repped by CAA and Hamilton Hodell; "
                   "Quint by Kuranda Agencia and attorney Wendell Strouse-Ibarra.\n")
    assert "Wendell Strouse-Ibarra" in found
    assert "Hamilton Hodell" not in found and "Kuranda Agencia" not in found


def test_a_name_cut_off_by_an_ellipsis_is_no_person():
    found = people('"Our first animator was Rory Pem...honestly, we lost touch," Chidi Obi said.\n')
    assert "Rory Pem" not in found
    assert "Chidi Obi" in found


def test_nicknames_inside_a_name_and_a_son_kept_apart_from_his_father():
    found = people('Comedian Reggie "Big Reg" Okafor-Banks hosted. Rupert Gage Jr. said he was nervous. '
                   "His father, stage legend Rupert Gage, said nothing.\n")
    assert {"Reggie Okafor-Banks", "Rupert Gage Jr.", "Rupert Gage"} <= set(found)


def test_korean_names_with_hyphenated_given_names():
    found = people("Seo Ji-woon plays a forensic accountant. The series is directed by Jeon Sang-hoon and "
                   "written by Lim Bo-ra.\n")
    assert {"Seo Ji-woon", "Jeon Sang-hoon", "Lim Bo-ra"} <= set(found)


def test_compound_adjectives_are_not_name_syllables():
    found = people("The Emmy-nominated Odalys Ferreira told fans she was Brazilian-born.\n")
    assert "Odalys Ferreira" in found
    assert not any("Emmy" in name for name in found)


def test_work_labels_and_shows_after_on_are_not_people():
    found = people("The Velvet Court actress later won. Kwame Asante, who played the lawman, now stars on "
                   "Cold Current as Chief Marcus Bell.\n")
    assert "Velvet Court" not in found and "Cold Current" not in found
    assert "Kwame Asante" in found


def test_two_word_particles_and_a_double_surname_alone():
    found = people("Returning are Hendrik van der Wal, who said yes at once, and Anouk de la Roche, who "
                   "said no twice. La serie, creada por Ignacio Berrocal Santamaría, llega en mayo; "
                   "la música es del compositor Aitor Eguzkiza, habitual de Berrocal Santamaría.\n")
    assert {"Hendrik van der Wal", "Anouk de la Roche", "Ignacio Berrocal Santamaría", "Aitor "
            "Eguzkiza"} <= set(found)
    assert "Berrocal Santamaría" not in found


def test_creators_before_a_shared_surname_and_two_people_with_a_comma():
    found = people("Behind the camera, creators Felicity and Ambrose Kettleworth are back. The neighbour is "
                   "Edith's son, Walter, and Annika Sundqvist-Bale, who plays the neighbour.\n")
    assert {"Felicity Kettleworth", "Ambrose Kettleworth"} <= set(found)
    assert "Walter Sundqvist-Bale" not in found


def test_a_title_mid_sentence_is_a_character():
    found = people("Iker Ortuño said the priest was his favourite. Ortuño is Father Anselm Crewe, the "
                   "village priest.\n")
    assert "Anselm Crewe" not in found and "Iker Ortuño" in found


def test_seed_interview_people():
    seeds, _ = load([Path(__file__).parent.parent / "seeds"])
    interview = next(a for a in seeds if a.id.startswith("002"))
    found = people_and_cast(interview)[0]
    assert {"Matt Duffer", "Ross Duffer", "Steve Weintraub"} <= set(found)
    assert "Michael Mar" not in found  # "Michael Mar...he drew it up": cut off mid-name


def test_korean_surnames_that_are_words_and_a_company_before_said():
    found = people("Actress Park Seo-yun and actor Kang Min-jae lead the cast; Oh Jae-won will appear too. "
                   "The drama is helmed by PD Choi Yoon-seok. "
                   'A representative from Lumen Story said, "Yes."\n')
    assert {"Park Seo-yun", "Kang Min-jae", "Oh Jae-won", "Choi Yoon-seok"} <= set(found)
    assert "Lumen Story" not in found


def test_a_role_label_is_not_a_person_and_spanish_puts_the_subject_after_the_verb():
    found = people("The crowd screamed when Jon Marrow actor Callum Ashdown-Reyes walked out. "
                   "La serie la dirige Álvaro Quesada de la Torre.\n")
    assert "Jon Marrow" not in found
    assert {"Callum Ashdown-Reyes", "Álvaro Quesada de la Torre"} <= set(found)


def test_nominee_lines_are_people_and_their_shows_are_not():
    found = people("Outstanding Lead Actor in a Drama Series\nLucien Marchetti-Diallo, The Night Orchard "
                   "(Halvard+)\nDevon Achterberg, Shadow Pact (Streamly)\n\nThe feature The Salt Crossing, "
                   "directed by Ingrid Solheim, opens Friday.\n")
    assert {"Lucien Marchetti-Diallo", "Devon Achterberg", "Ingrid Solheim"} <= set(found)
    assert "Shadow Pact" not in found and "Salt Crossing" not in found


def test_a_show_before_starring_or_executive_producer_is_no_person():
    found = people("Harrow Point executive producer Lorcan DeVries said it would return. The drama Velvet "
                   "Court, starring Odile Marchetti, returns in May, with Leonie Vasquez-Tran executive "
                   "producing.\n")
    assert {"Lorcan DeVries", "Odile Marchetti", "Leonie Vasquez-Tran"} <= set(found)
    assert "Harrow Point" not in found and "Velvet Court" not in found
