"""Cast pairs in the forms real trade, fan-site, recap and Spanish copy use."""

from search.extract.people.finder import people_and_cast
from search.model import Article


def cast(body: str) -> set[tuple[str, str]]:
    text = "A headline about a show\n\n" + body
    return {(c.character, c.actor) for c in people_and_cast(Article(id="t.txt", title="t", text=text))[1]}


def test_character_then_actor_with_a_quoted_credit():
    found = cast('We open on Marnie (Esme Hollinrake, "Glass Orchard") alone in the lamp room, and then '
                 "Jonty (Caspar Lisle) arrives.\n")
    assert ("Marnie", "Esme Hollinrake") in found and ("Jonty", "Caspar Lisle") in found


def test_actor_with_a_credit_or_photo_position_before_as():
    found = cast("Rounding out the cast are Leopold Harrington Jr. (The Last Ferry) as Edith's "
                 "estranged son, "
                 "Walter, and Dashiell O'Rourke-Lennox (pictured) as Edmund, a stable boy.\n")
    assert ("Walter", "Leopold Harrington Jr.") in found
    assert ("Edmund", "Dashiell O'Rourke-Lennox") in found


def test_a_nickname_inside_the_actor_name():
    found = cast('Theo "Moss" Abernathy as Wick\n\n'
                 "Abernathy, who got the nickname on set, said he loved it.\n")
    assert ("Wick", "Theo Abernathy") in found


def test_apposition_with_a_work_possessive():
    found = cast("Her co-star Rafe Donnelly-Saito, Static Bloom's reluctant pilot Corin Vale, "
                 "tweeted a photo. "
                 "Julian Ashby-Thorne, Velvet Court's Prince Aurel, wore velvet.\n")
    assert ("Corin Vale", "Rafe Donnelly-Saito") in found
    assert ("Prince Aurel", "Julian Ashby-Thorne") in found


def test_the_work_star_owns_a_later_turn_and_a_show_after_on_is_no_actor():
    found = cast("Oscar winner Margarethe Villanueva (Paper Moons) is set to star. Cinematographer Henrik "
                 "Dalgaard is on board. The Paper Moons star, who won in 2021 for her turn as poet "
                 "Clara Wieck, "
                 "has kept a low profile. Kwame Asante, who played the lawman, now stars on Cold Current as "
                 "Chief Marcus Bell.\n")
    assert ("Clara Wieck", "Margarethe Villanueva") in found
    assert not any(actor in ("Henrik Dalgaard", "Cold Current") for _, actor in found)


def test_won_for_playing_and_best_known_as():
    found = cast("Ebele Nwachukwu, 34, took home the biggest prize for playing Captain Ife Adaora "
                 "in the space "
                 "drama. Cyrus Okwuosa said he was thrilled. Okwuosa, meanwhile, is best known as "
                 "Detective Ray "
                 "Calloway on Night Shift.\n")
    assert ("Captain Ife Adaora", "Ebele Nwachukwu") in found
    assert ("Detective Ray Calloway", "Cyrus Okwuosa") in found


def test_seasons_as_a_role_before_the_actor_and_has_played():
    found = cast("After five seasons as tough-talking dispatcher Rosie Kilbane on Copper Saints, Lena "
                 "Marchetti-Oyelowo is leaving. Ezra Valcourt-Diaz has played Gullet since the pilot.\n")
    assert ("Rosie Kilbane", "Lena Marchetti-Oyelowo") in found
    assert ("Gullet", "Ezra Valcourt-Diaz") in found


def test_a_known_actor_is_a_titled_role_and_will_now_be_played_by():
    found = cast("Iker Valdés Ortuño said he was thrilled to be a regular. Valdés Ortuño is Father "
                 "Anselm Crewe, "
                 "the village priest. Fen's father Alder will now be played by Brennan Ashgrove-Tully.\n")
    assert ("Father Anselm Crewe", "Iker Valdés Ortuño") in found
    assert ("Alder", "Brennan Ashgrove-Tully") in found


def test_the_actor_who_plays_refers_to_the_person_just_named():
    found = cast("Fans are not okay, and neither is Devon Achterberg.\n\nThe actor, who plays the mercenary "
                 "Silas Crane on the series, responded on Tuesday. Mara, of course, is the rebel leader "
                 "played by Keiko Albrecht-Sunde.\n")
    assert ("Silas Crane", "Devon Achterberg") in found
    assert ("Mara", "Keiko Albrecht-Sunde") in found


def test_a_place_before_played_by_and_a_nationality_before_a_role_are_not_characters():
    found = cast("At the centre is the matriarch of an apple farm in 1950s Kent, played by Saoirse "
                 "Donnachie. "
                 "Hendrik van der Wal, who said yes at once, reprises his role as Dutch salvage captain "
                 "Joost Breedveld.\n")
    assert not any(character in ("Kent", "Dutch") for character, _ in found)
    assert ("Joost Breedveld", "Hendrik van der Wal") in found


def test_korean_names_as_roles_and_actors():
    found = cast("Seo Ji-woon plays Han Yeo-rim, a forensic accountant. Do Gyeom's half-sister Do Ha-na, "
                 "played by Yoon Da-seul, is his rival. Veteran actor Ma Dong-gil appears as the late "
                 "chairman Do Man-sik in flashbacks.\n")
    assert {("Han Yeo-rim", "Seo Ji-woon"), ("Do Ha-na", "Yoon Da-seul"), ("Do Man-sik", "Ma "
             "Dong-gil")} <= found


def test_character_lists_with_a_title_make_every_pair_certain():
    found = cast("Corwin Tash (Jasper), Mabel Oyinlola (Fen) and Anouk de la Roche (Sister Ottilie) all "
                 "return. Sunita Varghese-Pell (Dr. June Abernathy) left after season 4.\n")
    assert {("Jasper", "Corwin Tash"), ("Fen", "Mabel Oyinlola"), ("Sister Ottilie", "Anouk de la Roche"),
            ("Dr. June Abernathy", "Sunita Varghese-Pell")} <= found


def test_spanish_forms():
    found = cast("Óscar Beltrán-Ugarte, que se mete en la piel del comisario Andrés Peralta, llega en mayo. "
                 "Tomás Villalba Roca vuelve a ponerse en la piel del estibador Joaquín Ruiz. "
                 "Valeria Montes-Ibáñez, quien dará vida a Inés Arriaga, está feliz. "
                 "Julieta Sanz de Aranda, que da vida a Carmen, repite.\n")
    assert {("Andrés Peralta", "Óscar Beltrán-Ugarte"), ("Joaquín Ruiz", "Tomás Villalba Roca"),
            ("Inés Arriaga", "Valeria Montes-Ibáñez"), ("Carmen", "Julieta Sanz de Aranda")} <= found
    assert not any(character.startswith("Julieta") for character, _ in found)


def test_a_title_with_lower_case_words_is_no_actor():
    found = cast("Or Fellowship of the Ring as they're just headed off towards Mordor.\n")
    assert found == set()


def test_a_role_as_a_label_before_the_actor_but_not_a_show():
    found = cast("The crowd screamed when Jon Marrow actor Callum Ashdown-Reyes walked out. Later, Iron Tide "
                 "star Noor Al-Hakim said hello.\n")
    assert ("Jon Marrow", "Callum Ashdown-Reyes") in found
    assert not any(character == "Iron Tide" for character, _ in found)


def test_korean_surnames_that_are_english_words():
    found = cast("Park Seo-yun will play Yoo Ha-rin, a palace herbalist. Rounding out the cast, Oh Jae-won "
                 "will appear as the ambitious minister Baek Do-hyun.\n")
    assert {("Yoo Ha-rin", "Park Seo-yun"), ("Baek Do-hyun", "Oh Jae-won")} <= found


def test_spanish_hace_de_and_an_implicit_subject():
    found = cast("La actriz Natalia Ferrer Quintana atraviesa su mejor momento. Tras el éxito de la serie en "
                 "la que da vida a Elvira Montalbán, prepara la segunda temporada. Carmen Valdivia, que hace "
                 "de mi suegra Doña Pilar, es encantadora.\n")
    assert ("Elvira Montalbán", "Natalia Ferrer Quintana") in found
    assert ("Doña Pilar", "Carmen Valdivia") in found


def test_a_young_version_of_a_role_is_not_the_role():
    found = cast("Amara Quist told us everything. Serena Whitlock-Obi play young version of Lena in the "
                 "flashbacks.\n")
    assert not any(actor == "Serena Whitlock-Obi" for _, actor in found)


def test_newcomer_and_photo_position_inside_the_parentheses():
    found = cast("Moss (Jerome Abara, left) searches the market. Best line goes to young Pip (newcomer Ellis "
                 "Montague-Roe).\n")
    assert ("Moss", "Jerome Abara") in found and ("Pip", "Ellis Montague-Roe") in found


def test_surname_mentions_decide_which_side_is_the_actor():
    found = cast("The cliffhanger left Tilly Beckwith (Rosalind Achebe-Kerr) locked in the archive. "
                 "Achebe-Kerr is on fire here. Meanwhile, Tilly's husband waits.\n")
    assert found == {("Tilly Beckwith", "Rosalind Achebe-Kerr")}


def test_best_known_after_an_apposition_and_a_pronoun_subject_across_sentences():
    found = cast("Cornelius Ashby-Trent, the gravel-voiced character actor best known as grumpy postmaster "
                 "Alfred Dibble on the soap Brambleton Green, has died. Later in his career he appeared in "
                 "the feature The Salt Crossing, directed by Ingrid Solheim, and voiced the villain Baron "
                 "Scratch.\n")
    assert ("Alfred Dibble", "Cornelius Ashby-Trent") in found
    assert not any(actor == "Ingrid Solheim" for _, actor in found)


def test_a_credit_between_actor_and_will_play():
    found = cast("Agena Tobin (Gilmore Lane) will play Nancy, a co-worker. Karna Vossberg (Scream Night) "
                 "will play Jimmy, a boyfriend.\n")
    assert {("Nancy", "Agena Tobin"), ("Jimmy", "Karna Vossberg")} <= found
    assert not any(character in ("Gilmore Lane", "Scream Night") for character, _ in found)


def test_max_is_a_character_name_in_a_cast_list():
    found = cast("Millie Brandt (Eleven), Finn Olafsson (Mike), Sadie Quill (Max) and someone we are sure is "
                 "Jonathan (Charlie Heston) were seen on set.\n")
    assert ("Max", "Sadie Quill") in found


def test_a_name_before_the_pronoun_is_its_antecedent():
    found = cast("Milo Strand is back as Rusty. New cast member for season four is Rafferty Boyd-Chukwu, "
                 "he will be playing the villain named Ash King.\n")
    assert ("Ash King", "Rafferty Boyd-Chukwu") in found
    assert ("Ash King", "Milo Strand") not in found
