# ruff: noqa: E501 — label text is kept whole, one quote per line where it fits
"""Write ../labels.json: hand labels for the invented real-world-form articles in ../articles.

The labels follow the devcorpus schema (tests/data/devcorpus/README.md).  Run it after
editing an article or a label; it checks that every quote (or part) appears verbatim.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ARTICLES = HERE / "articles"


def q(text, speaker, kind="speech", **extra):
    return {"text": text, "speaker": speaker, "kind": kind, **extra}


def split(parts, speaker, **extra):
    return q(" ".join(parts), speaker, parts=list(parts), form="split", **extra)


def paras(parts, speaker, kind="speech", **extra):
    return q(" ".join(parts), speaker, kind, parts=list(parts), form="multi-paragraph", **extra)


def answer(text, speaker, **extra):
    return q(text, speaker, "transcript", attribution="transcript-label", **extra)


def line(text, character, actor, **extra):
    return q(text, character, "in-show line", actor=actor, **extra)


def scare(text, **extra):
    return q(text, None, "scare/title", **extra)


def cast(character, actor, work=None):
    return {"character": character, "actor": actor, "work": work}


LABELS = [
    {
        "file": "salt-road-casting-exclusive.txt", "language": "en", "date": "2025-03-11",
        "title": "EXCLUSIVE: ‘The Salt Road’ Adds Priya Lindqvist, Marcus Obi-Hale As Series Regulars "
                 "For Season 2",
        "story": "salt-road-s2-casting", "author": "Dana Whitcombe",
        "people": ["Desmond Achterberg", "Gwen Hartigan", "Helena Marsh", "Marcus Obi-Hale", "Oren Falk",
                   "Priya Lindqvist", "Ruth Calloway"],
        "cast": [cast("Agnes Thorne", "Priya Lindqvist", "The Salt Road"),
                 cast("Elias Crowe", "Marcus Obi-Hale", "The Salt Road"),
                 cast("Marta Kell", "Ruth Calloway", "The Salt Road"),
                 cast("Judge Harlan Voss", "Desmond Achterberg", "The Salt Road"),
                 cast("Nurse Della Quint", "Priya Lindqvist", "Night Nurses"),
                 cast("Tommy Vance", "Marcus Obi-Hale", "The Copper Year")],
        "quotes": [
            scare("The Salt Road", in_title=True),
            scare("a preacher who lost his faith somewhere between two towns and never went back for it."),
            split(["Priya walked into the room and Agnes was just there, fully formed,",
                   "We had been searching for months. Marcus, meanwhile, made me cry in a chemistry read, "
                   "which is not something I admit often."], "Helena Marsh"),
            q("early next year, if the snow cooperates.", None, attribution="anonymous"),
            q("something with mud on it", "Priya Lindqvist", attribution="pronoun"),
            split(["I grew up on a farm outside Uppsala,", "Give me a horse and a bad winter and I’m happy."],
                  "Priya Lindqvist"),
            q("the best thing on my desk by a mile.", "Marcus Obi-Hale", attribution="pronoun"),
            q("thrilled with the response.", None, attribution="anonymous"),
            split(["Season one was about arriving,", "Season two is about what you have to give up to stay."],
                  "Helena Marsh"),
        ],
    },
    {
        "file": "ashfall-finale-interview.txt", "language": "en", "date": "2024-11-02",
        "title": "‘Ashfall’ Creator Tomasz Wren on That Finale Twist: “We Knew People Would Scream”",
        "story": "ashfall-s2-finale-interview",
        "people": ["Danny Ferro", "Sabine Okonkwo-Reyes", "Tomasz Wren"],
        "cast": [cast("Colonel Imogen Hale", "Sabine Okonkwo-Reyes", "Ashfall"),
                 cast("Lieutenant Cass Moreno", "Danny Ferro", "Ashfall")],
        "quotes": [
            scare("Ashfall", in_title=True),
            q("We Knew People Would Scream", "Tomasz Wren", in_title=True, attribution="before"),
            answer("At a diner in Vancouver, over very bad pancakes. [Laughs] I'd rehearsed it in the car. She "
                   "listened, she put her fork down, and she said, \"Well, it's about time somebody was brave "
                   "on this show.\" That's Sabine.", "Tomasz Wren",
                   inner=[q("Well, it's about time somebody was brave on this show.", "Sabine Okonkwo-Reyes")]),
            line("Keep the lights on.", "Colonel Imogen Hale", "Sabine Okonkwo-Reyes"),
            answer("No. In the script it was a whole speech, almost a page. On the day, Sabine came to me and "
                   "said the speech was for the audience and not for her daughter. She was right. We cut it "
                   "down to four words on set.", "Tomasz Wren"),
            scare("Hale Lives"),
            answer("I love it, honestly. I'm not going to tell them they're wrong... I'll just say that Ashfall "
                   "has never been a show where dead means done. [Pauses] Okay, that's more than I should've "
                   "said.", "Tomasz Wren"),
            answer("Six months later. Everyone's grieving in their own terrible way. Danny Ferro, who plays "
                   "Lieutenant Cass Moreno, has the hardest job next year, and he's been calling me at 2 a.m. "
                   "with questions, which I love.", "Tomasz Wren"),
        ],
    },
    {
        "file": "glass-orchard-abadi-qa.txt", "language": "en", "date": "2025-01-19",
        "title": "Noor Abadi Talks ‘The Glass Orchard’ and Learning to Ride a Motorbike in Six Days",
        "story": "glass-orchard-abadi-interview",
        "people": ["Felix Marrow", "Noor Abadi", "Ray Delacroix"],
        "cast": [cast("Dee Santangelo", "Noor Abadi", "The Glass Orchard")],
        "quotes": [
            scare("The Glass Orchard", in_title=True),
            answer("Badly at first! I fell off in the first ten minutes. The stunt coordinator, Ray Delacroix, "
                   "just looked at me and said, \"Good. Now you know what the ground feels like.\" After that I "
                   "wasn't scared of it anymore.", "Noor Abadi",
                   inner=[q("Good. Now you know what the ground feels like.", "Ray Delacroix")]),
            answer("Felix is the most generous actor I've ever worked with. We did a lot of improvising in "
                   "rehearsal. There's a moment in the diner where Dee says \"You owe me a car\" and that "
                   "wasn't in the script at all. It just came out and the director kept it.", "Noor Abadi",
                   inner=[line("You owe me a car", "Dee Santangelo", "Noor Abadi")]),
            answer("The barn. I won't spoil it, but I watched it once at the premiere and I had to go outside.",
                   "Noor Abadi"),
            answer("I'm writing something, which is terrifying. It's a comedy about my grandmother, who was "
                   "the funniest person in Beirut, and who would absolutely hate that I'm telling people that.",
                   "Noor Abadi"),
        ],
    },
    {
        "file": "moonrakers-finale-reactions.txt", "language": "en", "date": "2024-06-30",
        "title": "Fans Can't Stop Talking About That ‘Moonrakers’ Finale — Here Are the Best Reactions",
        "story": "moonrakers-s3-finale-reactions",
        "people": ["Benji Sato-Marsh", "Hazel Quennell", "Miriam Oyelaran", "Wendell Ostrowski"],
        "cast": [cast("Juniper", "Hazel Quennell", "Moonrakers"), cast("Arlo", "Benji Sato-Marsh", "Moonrakers"),
                 cast("Harbormaster", "Wendell Ostrowski", "Moonrakers")],
        "quotes": [
            scare("Moonrakers", in_title=True),
            q("Proud of this one. Go hug someone you love,", "Benji Sato-Marsh", attribution="pronoun"),
            q("We told you the lighthouse mattered,", "@moonrakersroom", attribution="descriptor"),
            q("Okay we're going to sleep now. Or not.", "@moonrakersroom", attribution="continuation"),
            q("I've been shipping them since episode two of season one, this is my Super Bowl,", None,
              attribution="anonymous"),
            q("me at 11:58 p.m.", None, attribution="anonymous"),
            q("If they cancel this show after THAT cliffhanger I will riot,", None, attribution="anonymous"),
            split(["I know. I KNOW,", "Season four is where we answer for all of it. Thank you for watching, "
                   "and please stop sending my mother messages."], "Miriam Oyelaran"),
        ],
    },
    {
        "file": "brinewood-episode-recap.txt", "language": "en", "date": "2025-02-09",
        "title": "‘Brinewood’ Season 2, Episode 6 Recap: “The Ferryman’s Debt”",
        "story": "brinewood-s2e6-recap",
        "people": ["Ansel Pruitt", "Colm Radley", "Delphine Achebe", "Ilse Varga", "Petra Lindgren"],
        "cast": [cast("Constance", "Ilse Varga", "Brinewood"), cast("Teddy Blackwood", "Ansel Pruitt", "Brinewood"),
                 cast("Harriet", "Delphine Achebe", "Brinewood")],
        "quotes": [
            scare("Brinewood", in_title=True),
            scare("The Ferryman’s Debt", in_title=True),
            scare("The Ferryman’s Debt,"),
            line("One more crossing, one more crossing", "Constance", "Ilse Varga"),
            line("You were never supposed to come back here,", "Teddy Blackwood", "Ansel Pruitt"),
            line("In this village? Pick a number.", "Harriet", "Delphine Achebe"),
            q("eleven nights and one very brave horse", "Petra Lindgren", attribution="before"),
            split(["It's the episode I'm proudest of,",
                   "Everybody was soaked, everybody was freezing, and nobody complained."], "Petra Lindgren"),
            line("He never drowned. He walked away.", "Teddy Blackwood", "Ansel Pruitt"),
            scare("ferryman"),
            line("Pick a number", "Harriet", "Delphine Achebe"),
        ],
    },
    {
        "file": "night-harbor-exit-spin.txt", "language": "en", "date": None,
        "title": "Rafael Ortega Opens Up About Leaving \"Night Harbor\" After 5 Seasons, Says It Was "
                 "\"The Hardest Decision Of My Life\"",
        "story": "night-harbor-ortega-exit",
        "people": ["Bethany Kroll", "Janelle Fairweather", "Rafael Ortega", "Tamsin Greaves"],
        "cast": [cast("Detective Luca Brandt", "Rafael Ortega", "Night Harbor"),
                 cast("Captain Rosa Imrie", "Janelle Fairweather", "Night Harbor")],
        "quotes": [
            scare("Night Harbor", in_title=True),
            q("The Hardest Decision Of My Life", "Rafael Ortega", in_title=True),
            scare("Night Harbor"),
            split(["Honestly it was the hardest decision of my life,",
                   "I love that cast like family, but I felt like Luca story had come to a natural end."],
                  "Rafael Ortega"),
            q("many, many times", "Rafael Ortega", attribution="before"),
            split(["Bethany was so supportive through the whole thing",
                   "She told me, 'Rafa, the door is never closed,' and that means alot to me."], "Rafael Ortega",
                  inner=[q("Rafa, the door is never closed,", "Bethany Kroll")]),
            q("Working with this man for five years has been the gift of my career. I'm gonna miss you every "
              "day on set brother.", "Janelle Fairweather", attribution="descriptor"),
            q("a huge mistake", None, attribution="anonymous"),
            scare("Burn Line"),
            q("Rafael gave Luca heart, humor and a whole lot of stubborness. We will miss him terribly.",
              "Bethany Kroll", attribution="before"),
            q("never say never.", "Rafael Ortega", attribution="before"),
            q("Who knows? Maybe Luca shows up at a wedding in season eight,", "Rafael Ortega",
              attribution="pronoun"),
        ],
    },
    {
        "file": "vasquez-lyle-break-instagram.txt", "language": "en", "date": "2024-09-14",
        "title": "Corinne Vasquez-Lyle Announces Break From Acting: ‘I Need to Be a Person for a While’",
        "story": "vasquez-lyle-break",
        "people": ["Corinne Vasquez-Lyle", "Dominic Farah", "Gemma Ruiz"],
        "cast": [cast("Rhys", "Dominic Farah", "Paper Lanterns")],
        "quotes": [
            q("I Need to Be a Person for a While", "Corinne Vasquez-Lyle", in_title=True),
            split(["I've been working since I was nine years old,",
                   "I love this job more than I can say, but I need to be a person for a while."],
                  "Corinne Vasquez-Lyle"),
            paras(["To everyone who watched Paper Lanterns and wrote to me about Ivy — thank you. You kept me "
                   "going on the hard days.",
                   "To Dominic, Gemma and the whole crew: I'll see you on the other side.",
                   "This isn't goodbye. It's a very long lunch break."], "Corinne Vasquez-Lyle"),
            q("Proud of you, always.", "Dominic Farah"),
            q("healthy and happy", None, attribution="anonymous"),
            q("entirely her own choice.", None, attribution="anonymous"),
            q("She has no projects scheduled for the rest of the year and is looking forward to some time with "
              "her family.", None, attribution="anonymous"),
            q("not at all surprised", "Gemma Ruiz"),
            split(["Corinne gives everything to every take,", "She's earned a rest. The rest of us will just "
                   "have to wait."], "Gemma Ruiz", attribution="descriptor"),
        ],
    },
    {
        "file": "harrow-house-feature.txt", "language": "en", "date": "2025-04-22",
        "title": "How ‘Harrow House’ Turned a Costume Drama Into a Ratings Monster",
        "story": "harrow-house-feature",
        "people": ["Hollis Grange", "Lena Okafor-Grant", "Margot Ellery-Shaw", "Tobias Fenn"],
        "cast": [cast("Lord Aubrey Harrow", "Tobias Fenn", "Harrow House"),
                 cast("Mrs. Pell", "Margot Ellery-Shaw", "Harrow House")],
        "quotes": [
            scare("Harrow House", in_title=True),
            q("a country-house drama, except everyone is lying.", "Lena Okafor-Grant"),
            split(["I was told, very politely, that nobody wanted corsets anymore,",
                   "I said, ‘Then let's make them want corsets.’ That meeting went on for four hours."],
                  "Lena Okafor-Grant", inner=[q("Then let's make them want corsets.", "Lena Okafor-Grant")]),
            split(["By the fourth one I was convinced they were just enjoying watching me suffer,",
                   "Which, to be fair, is the whole character."], "Tobias Fenn"),
            split(["My agent said it was ‘a small part with big eyebrows,’", "She was right about the eyebrows."],
                  "Margot Ellery-Shaw", inner=[q("a small part with big eyebrows,", None)]),
            split(["We expected a critical darling,", "We did not expect 14 million viewers in week one. "
                   "Nobody did."], "Hollis Grange"),
            q("terrifyingly organized.", "Hollis Grange", attribution="pronoun"),
            scare("the Bible,"),
            q("a very expensive set,", "Lena Okafor-Grant"),
            split(["People keep asking me when it ends,", "I tell them — honestly — when the lies run out. And "
                   "we have a lot of lies left."], "Lena Okafor-Grant", attribution="descriptor"),
        ],
    },
    {
        "file": "montes-entrevista-es.txt", "language": "es", "date": "2025-05-06",
        "title": "Valeria Montes: «Ahora me toca a mí elegir los papeles»",
        "story": "montes-entrevista",
        "people": ["Camila Duarte", "Julián Ferrer", "Valeria Montes"],
        "cast": [cast("Inés Aranda", "Valeria Montes", "Las hijas del volcán"),
                 cast("Tomás Aranda", "Julián Ferrer", "Las hijas del volcán")],
        "quotes": [
            q("Ahora me toca a mí elegir los papeles", "Valeria Montes", in_title=True),
            split(["Fue la temporada más difícil que he rodado",
                   "Pasamos cuatro meses en la sierra, con frío, con lluvia, y aun así no cambiaría nada"],
                  "Valeria Montes"),
            q("una escuela", "Julián Ferrer"),
            split(["Valeria es la persona más trabajadora que conozco", "Llega antes que nadie y se va la última"],
                  "Julián Ferrer"),
            split(["Tenemos la historia escrita hasta el final", "pero no vamos a adelantar nada"], "Camila Duarte"),
            answer("Para nada. Todas las historias tienen que terminar, y prefiero que esta termine bien a que "
                   "se alargue sin sentido.", "Valeria Montes"),
            answer("Una comedia, por fin. Me he pasado diez años llorando en pantalla —se ríe—. Ahora me toca a "
                   "mí elegir los papeles.", "Valeria Montes"),
            line("¡No vuelvas nunca!", "Inés Aranda", "Valeria Montes"),
            split(["Esa frase la improvisé", "El guion decía otra cosa, pero en ese momento me salió así"],
                  "Valeria Montes", attribution="pronoun"),
        ],
    },
    {
        "file": "starlight-cartel-panel.txt", "language": "en", "date": "2024-07-27",
        "title": "‘Starlight Cartel’ Panel: Cast Teases Heist Gone Wrong, Reveals Season 3 Villain",
        "story": "starlight-cartel-panel",
        "people": ["Abel Kostova", "Chris Albright", "Imani Rowe", "Marcus Bell", "Nina Kostova",
                   "Theo Lindqvist-Barr"],
        "cast": [cast("the Watchmaker", "Theo Lindqvist-Barr", "Starlight Cartel"),
                 cast("Frankie Dolan", "Imani Rowe", "Starlight Cartel"),
                 cast("Leo", "Marcus Bell", "Starlight Cartel")],
        "quotes": [
            scare("Starlight Cartel", in_title=True),
            q("We wrote the part for Theo and then spent a year pretending we hadn't,", "Nina Kostova"),
            q("She wrote it. I just said ‘yes’ a lot.", "Abel Kostova", attribution="descriptor",
              inner=[q("yes", "Abel Kostova", attribution="self")]),
            split(["I've played a lot of villains,",
                   "but never one with this many watches... I counted forty-one in one scene."],
                  "Theo Lindqvist-Barr"),
            q("Crying. Mostly me crying. [laughs] No, there's a car chase in episode two that we shot over nine "
              "nights, and I drove for real for about half of it,", "Imani Rowe"),
            q("aged ten years.", "Imani Rowe"),
            split(["I'm contractually forbidden from answering that,", "But Leo is... fine. Probably."],
                  "Marcus Bell"),
            line("Hold on to something!", "Frankie Dolan", "Imani Rowe"),
            line("You're all three minutes late.", "the Watchmaker", "Theo Lindqvist-Barr"),
            q("the biggest swing we've taken.", "Abel Kostova"),
            q("Not if we can help it.", "Abel Kostova", attribution="pronoun"),
        ],
    },
    {
        "file": "augustin-pell-tributes.txt", "language": "en", "date": "2025-08-02",
        "title": "Hollywood Remembers Augustin Pell, Veteran Character Actor, Dead at 81",
        "story": "augustin-pell-obituary",
        "people": ["Augustin Pell", "Dev Ramaswamy", "Rosalind Pell", "Simone Achebe-Lowry"],
        "cast": [cast("Lt. Harold Beck", "Augustin Pell", "Orbit Nine"),
                 cast("Pop Halvorsen", "Augustin Pell", "Porch Light")],
        "quotes": [
            split(["Dad died peacefully at home in Ojai, surrounded by his family, his records and an "
                   "unreasonable number of cats,",
                   "He would want you to know that he was never actually a cowboy."], "Rosalind Pell"),
            q("Augie could do more with a pause than most actors can do with a monologue. I'll miss his "
              "terrible jokes most of all.", "Simone Achebe-Lowry"),
            split(["My TV dad and my real friend,", "Thank you for teaching me where the camera is."],
                  "Dev Ramaswamy"),
            q("Rest easy, Pop Halvorsen. The porch light is always on for you.", None),
            q("the best 12 minutes of my life.", "Augustin Pell"),
            line("Not on my porch", "Pop Halvorsen", "Augustin Pell"),
            split(["I was never the star,", "I was the guy who made the star look good, and I was happy to do "
                   "it. Nobody ever asked me to carry a movie, thank God."], "Augustin Pell"),
        ],
    },
    {
        "file": "ironwood-box-office.txt", "language": "en", "date": "2025-03-16",
        "title": "Box Office: ‘Ironwood’ Tops Weekend With $41M as ‘Paper Kites’ Stumbles",
        "story": "box-office-ironwood",
        "people": ["Carla Mendes-Ruiz", "Hugh Ashdown", "Jonah Ellwood", "Willa Crane"],
        "cast": [cast("Opal Tate", "Willa Crane", "Ironwood")],
        "quotes": [
            scare("Ironwood", in_title=True),
            scare("Paper Kites", in_title=True),
            split(["We knew audiences were hungry for something big and old-fashioned,",
                   "This is the kind of movie you go to with your dad."], "Carla Mendes-Ruiz"),
            q("a dream", "Willa Crane"),
            split(["It's a tough one. There's no way around it,",
                   "The reviews hurt, and the marketing never explained what the movie was."], None,
                  attribution="anonymous"),
            q("always seen this as a long-legged film", None, attribution="anonymous"),
            split(["Honestly? I was terrified,",
                   "Westerns aren't supposed to open. Somebody forgot to tell the audience."], "Hugh Ashdown"),
            q("We're going to cross $100 million next weekend, no question,", "Jonah Ellwood"),
        ],
    },
    {
        "file": "showrunners-look-ahead.txt", "language": "en", "date": "2025-05-30",
        "title": "Showrunners on What Comes Next: Five Creators Tease Their Next Seasons",
        "story": "showrunners-look-ahead",
        "people": ["Annika Solberg", "Bea Ferrante", "Declan Moss", "Idris Calloway", "Keiko Branagh",
                   "Tomas Beaulieu"],
        "cast": [],
        "quotes": [
            q("The first season was about a town that keeps its secrets. The second is about what happens when "
              "one of them walks back in the front door. I'll say this much: nobody is safe, including the "
              "dog.", "Annika Solberg", form="block"),
            q("We always planned three seasons. The hospital closes at the end of the third, and the question "
              "is who's still standing in the parking lot. We've known the last shot since the pilot.",
              "Idris Calloway and Bea Ferrante", form="block"),
            q("Honestly? I don't know yet. We start breaking the story in July, and I've learned not to promise "
              "anything before the room has fought about it for a month.", "Declan Moss", form="block"),
            q("louder, sadder and a little bit shorter,", "Declan Moss"),
            q("Season three is the heist season. Everyone has been asking for it since the pilot, and it took "
              "us this long to figure out how to make it hurt.", "Keiko Branagh", form="block"),
            scare("mirror episode"),
            q("Ask me again in September,", "Keiko Branagh", attribution="pronoun"),
            q("We lost our lead, and we had to decide whether the show survives that. I think it does. It's a "
              "different show now, and I think it's a braver one.", "Tomas Beaulieu", form="block"),
        ],
    },
    {
        "file": "kettle-bay-star-profile.txt", "language": "en", "date": "2025-06-12",
        "title": "‘Kettle Bay’ Star Odile Marchetti Tells All About Her Big Season 3 Swing",
        "story": "kettle-bay-marchetti-profile",
        "people": ["Odile Marchetti", "Rupert Vance-Oyelowo", "Simon Adeyemi-Hart"],
        "cast": [cast("Wren Castellano", "Odile Marchetti", "Kettle Bay")],
        "quotes": [
            scare("Kettle Bay", in_title=True),
            split(["I called my manager and said, ‘They want me to do what?’",
                   "And then I read it again and realized it was the best thing I'd ever been handed."],
                  "Odile Marchetti", attribution="descriptor",
                  inner=[q("They want me to do what?", "Odile Marchetti", attribution="self")]),
            q("the reason the season exists.", "Simon Adeyemi-Hart"),
            split(["We built eight episodes backward from that cliff,",
                   "Odile didn't know that. I didn't want her carrying it around for five months."],
                  "Simon Adeyemi-Hart"),
            split(["I stopped rehearsing about a week before,",
                   "If I'd rehearsed it, it would have looked rehearsed."], "Odile Marchetti"),
            split(["Odile is terrifying to act opposite, in the best way,",
                   "She never does the same thing twice, so you have to actually listen."],
                  "Rupert Vance-Oyelowo"),
            q("Take nine is where she stopped acting,", "Simon Adeyemi-Hart", attribution="pronoun"),
            split(["Ask Simon,", "He knows. I genuinely don't."], "Odile Marchetti"),
        ],
    },
    {
        "file": "glimmer-exit-spin.txt", "language": "en", "date": None,
        "title": "Shocking! Fan Favorite Tobiah Grant EXITS \"The Glimmer Hour\" — Here's What He Said",
        "story": "glimmer-hour-grant-exit",
        "people": ["Brenna Fawcett", "Marla Quince", "Tobiah Grant"],
        "cast": [cast("Manny Ruiz", "Tobiah Grant", "The Glimmer Hour"),
                 cast("Lucia", "Brenna Fawcett", "The Glimmer Hour")],
        "quotes": [
            scare("The Glimmer Hour", in_title=True),
            scare("The Glimmer Hour"),
            split(["This was not an easy choice for me to make",
                   "Manny has been apart of my life for so long, I honestly dont know who I am without him"],
                  "Tobiah Grant"),
            q("try something completly different", "Tobiah Grant"),
            q("Tobiah is the heart of our set. Everybody loves him, the crew loves him, the dog that lives next "
              "door loves him,", "Marla Quince"),
            q("Gonna miss my favorite TV husband. The bar won't be the same without you!!", "Brenna Fawcett",
              attribution="pronoun"),
            q("I literally can't watch the show without Manny.", None, attribution="anonymous"),
            q("This is the worst news of 2025 so far.", None, attribution="anonymous"),
            split(["I'd never say never,", "If they want Manny back for a wedding or a funeral, I'm there."],
                  "Tobiah Grant"),
        ],
    },
    {
        "file": "petra-loom-qa.md", "format": "md", "language": "en", "date": "2025-02-27",
        "title": "Petra Loom on 'Signal Fire' and the Art of Saying No",
        "story": "signal-fire-loom-interview",
        "people": ["Caspian Reyes", "Petra Loom"],
        "cast": [cast("Hanne Solvik", "Petra Loom", "Signal Fire")],
        "quotes": [
            scare("Signal Fire", in_title=True),
            answer("She's wrong. She's brilliant and she's wrong, for most of the film, and she doesn't know it. "
                   "That was new for me. Usually the genius is the one who figures it out.", "Petra Loom"),
            answer("Exhausting! (laughs) No, it's wonderful, but you can't hide. On the first day he told me, "
                   "\"If you're bored, the audience is bored,\" and I thought, well, no pressure then.",
                   "Petra Loom", inner=[q("If you're bored, the audience is bored,", "Caspian Reyes")]),
            answer("I'm not going to say which one. But yes. I read the script and there was a line where my "
                   "character says \"Stand back, citizens\" and I just couldn't.", "Petra Loom",
                   inner=[line("Stand back, citizens", None, None)]),
            answer("Sleep. Then a play in London in the autumn, which I'm terrified about.", "Petra Loom"),
        ],
    },
    {
        "file": "marlow-street-fansite-uk.txt", "language": "en", "date": "2025-03-02",
        "title": "Marlow Street: Jess Okonedo-Price Says Goodbye to Nadia After Six Years",
        "story": "marlow-street-okonedo-price-exit",
        "people": ["Amara Lindqvist", "Ewan Strachan", "Jess Okonedo-Price"],
        "cast": [cast("Nadia Bright", "Jess Okonedo-Price", "Marlow Street"),
                 cast("Callum", "Ewan Strachan", "Marlow Street")],
        "quotes": [
            split(["I cried for about a week,", "Not because I'm sad to go, but because that cast are my family. "
                   "You don't walk away from six years without a few tears."], "Jess Okonedo-Price"),
            q("thrilled", "Jess Okonedo-Price"),
            split(["They gave her a proper send-off,", "She gets to leave on her own terms, which doesn't "
                   "happen very often in soaps."], "Jess Okonedo-Price"),
            split(["Jess taught me everything,", "I turned up on my first day not knowing where to stand, and "
                   "she just took me under her wing."], "Ewan Strachan"),
            split(["We never say never on Marlow Street,", "Nadia could come back for a wedding, a funeral, or a "
                   "very dramatic Christmas."], "Amara Lindqvist"),
            q("Watch this space,", "Jess Okonedo-Price", attribution="pronoun"),
        ],
    },
    {
        "file": "nunez-declaraciones-es.txt", "language": "es", "date": "2025-04-18",
        "title": "Rodrigo Núñez deja «La casa de los vientos» tras cinco temporadas",
        "story": "casa-de-los-vientos-nunez",
        "people": ["Lucía Benavides", "Marta Echeverría", "Rodrigo Núñez"],
        "cast": [cast("Esteban Lagos", "Rodrigo Núñez", "La casa de los vientos"),
                 cast("Clara Lagos", "Lucía Benavides", "La casa de los vientos")],
        "quotes": [
            scare("La casa de los vientos", in_title=True),
            split(["Fue una decisión muy pensada", "Cinco años con el mismo personaje es mucho tiempo, y sentía "
                   "que Esteban ya había dicho todo lo que tenía que decir"], "Rodrigo Núñez"),
            q("Gracias por cada escena, Rodri. Esta casa siempre será tuya", "Marta Echeverría"),
            q("Hay algo —dijo entre risas—, pero si lo cuento me matan", "Rodrigo Núñez"),
            q("muy emocionante", "Lucía Benavides"),
            q("Nos abrazamos al terminar y no pudimos parar de llorar", "Lucía Benavides"),
        ],
    },
    {
        "file": "velvet-hours-reactions.txt", "language": "en", "date": "2025-01-08",
        "title": "The ‘Velvet Hours’ Cast Just Reacted to Their Golden Globe Snub and It's Perfect",
        "story": "velvet-hours-globes-reactions",
        "people": ["Felix Danvers-Lowe", "Hugo Sterling", "Marguerite Osei"],
        "cast": [cast("Lady Constance Vale", "Marguerite Osei", "The Velvet Hours")],
        "quotes": [
            scare("Velvet Hours", in_title=True),
            q("Honestly relieved. Do you know how long it takes to get into that corset?", "Marguerite Osei"),
            q("Robbed. Absolutely robbed. I'm taking it up with the manager,", "Felix Danvers-Lowe",
              attribution="pronoun"),
            paras(["I'm so proud of what this cast and crew made. Awards are lovely, but they're not why we do it.",
                   "What matters is that you watched, and you argued about it, and you stayed up too late. "
                   "That's the prize."], "Hugo Sterling"),
            q("The Velvet Hours was the best show of the year and I will not be taking questions,", None,
              attribution="anonymous"),
            q("We'll be fine. Probably.", "@velvethourstv"),
        ],
    },
    {
        "file": "lantern-hill-casting-roundup.txt", "language": "en", "date": "2025-01-01",
        "title": "Casting Roundup: Three New Faces Join 'Lantern Hill'",
        "story": "lantern-hill-s2-casting",
        "people": ["Dorian Vasco", "Harriet Loame", "Imogen Blackthorn", "Jorge Alvarado", "Nils Ekdahl"],
        "cast": [cast("Agatha Pike", "Harriet Loame", "Lantern Hill")],
        "quotes": [
            scare("Lantern Hill", in_title=True),
            split(["Dorian has a stillness that you can't teach,",
                   "We saw forty actors. He was the only one who made us lean in."], "Imogen Blackthorn"),
            q("flattered and slightly terrified", "Dorian Vasco"),
            split(["I've never played a lawman,", "I've played plenty of people running from them."],
                  "Dorian Vasco"),
            split(["It's a very funny script,", "Don't let the mud fool you."], "Harriet Loame"),
            q("Nils is a force,", "Imogen Blackthorn"),
            q("I'm thrilled to be in Lantern Hill, even if I'm only there for the funeral.", "Jorge Alvarado"),
            split(["We're not a cozy show,", "We just look like one."], "Imogen Blackthorn"),
        ],
    },
    {
        "file": "copper-saints-trailer-reactions.txt", "language": "en", "date": "2025-02-01",
        "title": "Fans Go Wild Over 'Copper Saints' Trailer: See the Best Reactions",
        "story": "copper-saints-s2-trailer",
        "people": ["Benedict Oyelaran", "Delphine Moreau", "Ines Caruso", "Matteo Caruso", "Ollie Brandt"],
        "cast": [cast("Father Anselm", "Benedict Oyelaran", "Copper Saints")],
        "quotes": [
            scare("Copper Saints", in_title=True),
            q("SEASON TWO IS COMING AND I AM NOT OKAY", "Delphine Moreau", attribution="pronoun"),
            q("the way I screamed when Moreau showed up in that barn pic.twitter.com/aB3dE9fGh1", "@katsaints",
              attribution="embed"),
            q("Copper Saints season 2 is going to destroy us all and I'm ready", "Ollie Brandt",
              attribution="embed"),
            split(["We made this one for the fans who waited,", "Thank you for being patient with us."],
                  "Matteo Caruso and Ines Caruso"),
            q("Finally.", "Benedict Oyelaran"),
            q("bigger, meaner and much, much wetter.", "Delphine Moreau"),
            q("roughly half of the shoot", "Delphine Moreau", attribution="pronoun"),
            split(["I have never been so cold in my life,", "I'd do it again tomorrow."], "Delphine Moreau"),
        ],
    },
    {
        "file": "hollow-crown-vos-qa.txt", "language": "en", "date": "2025-03-01",
        "title": "Q&A: 'Hollow Crown' Director Anneke Vos on Shooting in the Dark",
        "story": "hollow-crown-vos-interview",
        "people": ["Anneke Vos", "Tamsin Royle"],
        "cast": [],
        "quotes": [
            scare("Hollow Crown", in_title=True),
            answer("Because electricity is boring! [laughs] No, really, I wanted the audience to lean forward. "
                   "When you can't see the corners of a room, you start filling them in yourself.", "Anneke Vos"),
            q("physically punishing.", "Tamsin Royle"),
            answer("Very fair. Tamsin was in a wet nightgown for nineteen days. She never complained once. Well, "
                   "once. She said, \"Anneke, I can't feel my feet,\" and I said, \"That's the film working.\"",
                   "Anneke Vos", inner=[q("Anneke, I can't feel my feet,", "Tamsin Royle"),
                                        q("That's the film working.", "Anneke Vos", attribution="self")]),
            answer("Mirrors. I still turn them around in hotel rooms.", "Anneke Vos"),
        ],
    },
    {
        "file": "hightide-feud-spin.txt", "language": "en", "date": None,
        "title": "Jenna Marlowe Breaks Silence On Feud Rumors With 'Hightide' Costar",
        "story": "hightide-feud-rumors",
        "people": ["Jenna Marlowe", "Kai Brennan"],
        "cast": [cast("Theo", "Kai Brennan", "Hightide"), cast("Skye Dalton", "Jenna Marlowe", "Hightide")],
        "quotes": [
            scare("Hightide", in_title=True),
            scare("Hightide"),
            split(["Honestly? That's so silly,", "Kai is like a brother to me. We literally text every day."],
                  "Jenna Marlowe"),
            split(["That was an accident! My phone did something weird,",
                   "I didn't even notice until my mom called me about it lol."], "Jenna Marlowe"),
            q("the real ones know 🌊", "Kai Brennan", attribution="pronoun"),
            q("closer than ever", None, attribution="anonymous"),
            q("one big happy family", None, attribution="anonymous"),
            scare("Hightide"),
        ],
    },
    {
        "file": "lamplighters-episode-recap.txt", "language": "en", "date": "2025-04-04",
        "title": "'The Lamplighters' Recap: Season 1, Episode 4 — \"Ash Wednesday\"",
        "story": "lamplighters-s1e4-recap",
        "people": ["Corinna Vetch", "Helene Marchbank", "Paulo Brandão", "Rhys Adebayo", "Tomos Pryce"],
        "cast": [cast("Mabel", "Corinna Vetch", "The Lamplighters"), cast("Edgar", "Tomos Pryce", "The Lamplighters"),
                 cast("Owen", "Rhys Adebayo", "The Lamplighters")],
        "quotes": [
            scare("The Lamplighters", in_title=True),
            scare("Ash Wednesday", in_title=True),
            line("Is anybody up there?", "Mabel", "Corinna Vetch"),
            line("I was at church, obviously,", "Edgar", "Tomos Pryce"),
            scare("Ash Wednesday."),
            line("You took your time.", "Mabel", "Corinna Vetch"),
            line("You're welcome.", "Owen", "Rhys Adebayo"),
            q("a coward with excellent posture,", "Tomos Pryce"),
            q("small people making big mistakes,", "Helene Marchbank"),
            q("Every character in this town is one bad decision away from ruin. That's what makes it fun to "
              "write.", "Helene Marchbank", attribution="pronoun"),
        ],
    },
    {
        "file": "maren-holt-profile.txt", "language": "en", "date": "2025-05-05",
        "title": "Why Maren Holt Walked Away From the Biggest Franchise in Hollywood",
        "story": "maren-holt-profile",
        "people": ["Dolores Fenn", "Maren Holt", "Nuno Saraiva", "Tomasz Orlik"],
        "cast": [],
        "quotes": [
            q("I didn't want to be the person who said yes to everything.", "Maren Holt", attribution="pull-quote"),
            split(["I was tired in a way sleep didn't fix,", "Every movie was the same movie. I didn't want to be "
                   "the person who said yes to everything."], "Maren Holt"),
            split(["She told me she was done, and I laughed, because I thought she was joking,",
                   "She wasn't joking."], "Dolores Fenn"),
            split(["She was buying bread and arguing with the baker about the weather,",
                   "I thought: that's my lead."], "Nuno Saraiva"),
            q("It was a very strong opinion about the weather,", "Maren Holt"),
        ],
    },
    {
        "file": "dead-reckoning-villain-feature.txt", "language": "en", "date": "2025-06-01",
        "title": "How the 'Dead Reckoning' Writers Built Their Most Hated Villain",
        "story": "dead-reckoning-villain",
        "people": ["Graham Pettigrew", "Ines Vantongeren", "Loretta Beaumont"],
        "cast": [cast("Mab Harrow", "Loretta Beaumont", "Dead Reckoning")],
        "quotes": [
            scare("Dead Reckoning", in_title=True),
            split(["We met a lot of ranchers and heard a lot of stories,",
                   "One of them was about a cattle baroness everybody called Queen Mab."], "Graham Pettigrew"),
            q("no relation to anyone real, I promise,", "Graham Pettigrew"),
            scare("Lolly"),
            split(["The truth is, you write a part and hope the right person walks in,", "Then Lolly walked in."],
                  "Graham Pettigrew"),
            split(["Graham is very generous,", "I just showed up and did my accent."], "Loretta Beaumont"),
            scare("the Baroness,"),
            line("Mind the fences,", "Mab Harrow", "Loretta Beaumont"),
            scare("Red River Morning"),
            q("about four minutes and two arguments.", "Ines Vantongeren"),
        ],
    },
    {
        "file": "ortiz-tierra-de-nadie-es.txt", "language": "es", "date": "2025-07-10",
        "title": "Ximena Ortiz, sobre su papel en «Tierra de nadie»: \"Nunca había pasado tanto miedo\"",
        "story": "tierra-de-nadie-ortiz",
        "people": ["Andrés Peralta", "Ximena Ortiz"],
        "cast": [cast("Rosa Ibáñez", "Ximena Ortiz", "Tierra de nadie")],
        "quotes": [
            scare("Tierra de nadie", in_title=True),
            q("Nunca había pasado tanto miedo", "Ximena Ortiz", in_title=True),
            q("Nunca había pasado tanto miedo en un rodaje. Grabábamos de noche, en medio del monte, y cada ruido "
              "me hacía saltar", "Ximena Ortiz", form="block"),
            q("una actriz que no tuviera miedo de parecer fea", "Andrés Peralta"),
            q("Ximena se ensució las manos desde el primer día", "Andrés Peralta", attribution="pronoun"),
            split(["Rosa es muy distinta a mí",
                   "Ella no se rinde nunca; yo me rindo todos los días a las once de la noche"], "Ximena Ortiz"),
            answer("Maravilloso. Es un director que escucha, y eso no es tan común como debería.", "Ximena Ortiz"),
            answer("Eso tendrán que preguntárselo a él. Yo estoy lista.", "Ximena Ortiz"),
        ],
    },
    {
        "file": "northern-lights-renewal.txt", "language": "en", "date": "2025-08-20",
        "title": "'Northern Lights' Renewed for Season 3 at Meridian; Cast Reacts",
        "story": "northern-lights-renewal",
        "people": ["Annika Berg", "Calum Fitzgerald", "Delia Okoro", "Priscilla Odom"],
        "cast": [cast("Erik Lund", "Calum Fitzgerald", "Northern Lights")],
        "quotes": [
            scare("Northern Lights", in_title=True),
            split(["Northern Lights has become appointment viewing for millions,",
                   "We can't wait to see where the story goes next."], "Priscilla Odom"),
            split(["THREE,", "See you in the snow."], "Calum Fitzgerald", attribution="descriptor"),
            q("We're going back to the cold, and I've already bought new socks.", "Annika Berg"),
            q("I'm grateful to Meridian and to every viewer who stuck with us through the long nights.",
              "Delia Okoro"),
            q("We have big plans for Erik. Big, cold plans.", "Delia Okoro", attribution="continuation"),
            q("changed my life and my relationship with frostbite.", "Calum Fitzgerald"),
            q("as long as the ice holds.", "Calum Fitzgerald"),
            q("in the deep of winter, naturally.", None, attribution="anonymous"),
        ],
    },
    {
        "file": "wolfsbane-casting-titles.txt", "language": "en", "date": "2025-01-01",
        "title": "Odessa Crane Joins the Cast of Halberd's 'Wolfsbane'",
        "story": "wolfsbane-casting",
        "people": ["Ezra Mbeki", "June Halloran", "Odessa Crane"],
        "cast": [],
        "quotes": [
            scare("Wolfsbane", in_title=True),
            scare("Vigil,"),
            scare("Wolfsbane,"),
            scare("Lantern"),
            scare("Copperhead."),
            split(["I've wanted to work with Ezra since I saw him in 'Copperhead,'", "He's the real thing."],
                  "Odessa Crane", inner=[scare("Copperhead,")]),
            scare("Tidal,"),
            q("fearless.", "Ezra Mbeki"),
            scare("folk horror procedural"),
            q("love letter to bad weather.", "June Halloran"),
            scare("The Late Hour,"),
            q("mostly me crying in a barn.", "Odessa Crane"),
        ],
    },
    {
        "file": "harbor-lights-reddit-reactions.txt", "language": "en", "date": "2025-02-14",
        "title": "'Harbor Lights' Fans Are Divided Over That Shocking Kiss",
        "story": "harbor-lights-kiss-reactions",
        "people": ["Nell Varga", "Sebastian Ruhl"],
        "cast": [cast("Captain Ada Moss", "Nell Varga", "Harbor Lights")],
        "quotes": [
            scare("Harbor Lights", in_title=True),
            scare("Harbor Lights"),
            q("Unrecognizable", "Nell Varga", attribution="related-link"),
            q("I've watched it six times and I still don't know how I feel,", None, attribution="anonymous"),
            q("It was earned. Three seasons of tension. Let them have this.", None, attribution="anonymous"),
            q("undid two seasons of character work,", "u/lighthousekeeper99"),
            split(["Y'all are so passionate and I love it,", "Please be nice to each other in the comments."],
                  "Nell Varga"),
            scare("Harbor Lights"),
            q("We Argue About Everything", None, attribution="related-link"),
            q("No comment 😇", "Sebastian Ruhl", attribution="pronoun"),
        ],
    },
    {
        "file": "solis-entrevista-raya-es.txt", "language": "es", "date": "2025-09-01",
        "title": "Marina Solís: \"El cine me salvó la vida\"",
        "story": "agua-quieta-solis",
        "people": ["Marina Solís"],
        "cast": [],
        "quotes": [
            q("El cine me salvó la vida", "Marina Solís", in_title=True),
            answer("De una conversación con mi abuela. Me contó que de niña había visto un barco hundirse frente "
                   "a su casa y que nadie en el pueblo volvió a hablar del tema.", "Marina Solís"),
            answer("Muchísimo. Perdimos dos cámaras y casi perdemos a un actor. —Se ríe—. No, es broma. Pero sí, "
                   "fue muy duro.", "Marina Solís"),
            answer("Nada. Bueno, que la gente la vea. Eso ya es mucho.", "Marina Solís"),
        ],
    },
    {
        "file": "paper-moons-sisters-feature.txt", "language": "en", "date": "2025-03-03",
        "title": "'Paper Moons' Stars on Playing Sisters Who Hate Each Other",
        "story": "paper-moons-feature",
        "people": ["Ama Kwarteng", "Efua Kwarteng", "Sol Ibarra", "Tova Reinholt"],
        "cast": [],
        "quotes": [
            scare("Paper Moons", in_title=True),
            split(["They started bickering about the coffee,", "I said, 'That's it. That's the show.'"],
                  "Sol Ibarra", attribution="pronoun",
                  inner=[q("That's it. That's the show.", "Sol Ibarra", attribution="self")]),
            split(["I was nervous and I talked too much,", "Tova just stared at me."], "Ama Kwarteng"),
            q("I stared because she was brilliant,", "Tova Reinholt", attribution="pronoun"),
            q("worse than real sisters.", "Efua Kwarteng"),
            q("The piano. I'm going to need a bigger flat.", "Tova Reinholt"),
            split(["If they'll have me,", "I'll be there."], "Sol Ibarra"),
        ],
    },
    {
        "file": "vesperine-season3-spin.txt", "language": "en", "date": None,
        "title": "Is 'Vesperine' Getting Season 3? Here's Everything We Know So Far",
        "story": "vesperine-s3-news",
        "people": ["Damien Okafor", "Lilah Strand", "Priya Natarajan"],
        "cast": [],
        "quotes": [
            scare("Vesperine", in_title=True),
            q("We have the whole third season mapped out. We just need the green light.", "Lilah Strand",
              attribution="according-to"),
            q("I would come back in a heartbeat", "Damien Okafor"),
            q("Vesperine is the best job I've ever had, and I've had a lot of jobs.", "Damien Okafor",
              attribution="pronoun"),
            q("100% down", "Priya Natarajan"),
            q("the fans deserve an ending.", "Priya Natarajan", attribution="pronoun"),
            q("within weeks", "Lilah Strand", attribution="according-to"),
            q("no decision has been made at this time.", None, attribution="anonymous"),
        ],
    },
    {
        "file": "quiet-hours-review-roundup.txt", "language": "en", "date": "2025-10-10",
        "title": "'The Quiet Hours' Review Roundup: Critics Love Mira Sandoval's Debut",
        "story": "quiet-hours-reviews",
        "people": ["Harold Pinsky", "Jonah Ferris", "Mira Sandoval"],
        "cast": [],
        "quotes": [
            scare("The Quiet Hours", in_title=True),
            q("a small miracle of a film.", None, attribution="outlet"),
            q("patient and ferocious at once,", None, attribution="anonymous"),
            q("the debut of the decade.", None, attribution="outlet"),
            q("It is beautiful and it is very, very slow,", "Harold Pinsky"),
            q("I read one review and then my mother took my phone away,", "Mira Sandoval", attribution="pronoun"),
            q("Best reviews of my life. I'm framing them,", "Jonah Ferris"),
        ],
    },
    {
        "file": "ironbound-series-order.txt", "language": "en", "date": "2025-11-02",
        "title": "Halberd Orders 'Ironbound' to Series From Creators Noor Hadid and Felix Arkwright",
        "story": "ironbound-series-order",
        "people": ["Felix Arkwright", "Noor Hadid", "Wendy Caldera"],
        "cast": [],
        "quotes": [
            scare("Ironbound", in_title=True),
            split(["Noor and Felix have built a world we couldn't stop thinking about,",
                   "We're thrilled to be in business with them."], "Wendy Caldera"),
            q("We've been carrying this story around for ten years. It's surreal to finally build it.",
              "Noor Hadid and Felix Arkwright", attribution="joint"),
            q("Well. That's showbiz.", "Felix Arkwright", attribution="pronoun"),
            q("Apparently showbiz also forgives.", "Felix Arkwright", attribution="pronoun"),
            split(["I didn't expect the call,", "I'd given up on it."], "Noor Hadid"),
        ],
    },
    {
        "file": "night-orchard-brothers-qa.txt", "language": "en", "date": "2025-12-01",
        "title": "The Brothers Behind 'Night Orchard' on Ending Their Show Their Way",
        "story": "night-orchard-pryce-interview",
        "people": ["Calder Pryce", "Rowan Pryce"],
        "cast": [],
        "quotes": [
            scare("Night Orchard", in_title=True),
            answer("Always. The last shot was the first thing we wrote.", "Calder Pryce"),
            answer("He's exaggerating. It was the second thing. The first thing was the title. [Laughs]",
                   "Rowan Pryce"),
            answer("Season three. We rushed it.", "Calder Pryce"),
            answer("I'll defend season three forever. But yes, we rushed it.", "Rowan Pryce"),
            answer("A nap.", "Calder Pryce"),
        ],
    },
    {
        "file": "glass-harbor-finale-trade.txt", "language": "en", "date": "2025-06-20",
        "title": "'Glass Harbor' Team Talks Season 2 Finale Twist, Recasting Drama and That Ending",
        "story": "glass-harbor-s2-finale",
        "people": ["Brendan Coyle-Mars", "Felix Adair", "Marisol Dunne", "Rosalind Achebe"],
        "cast": [cast("Detective Ines Falk", "Rosalind Achebe", "Glass Harbor"),
                 cast("Sergeant Tom Bright", "Felix Adair", "Glass Harbor")],
        "quotes": [
            scare("Glass Harbor", in_title=True),
            scare("Glass Harbor,"),
            split(["People are going to be angry, and I understand that,",
                   "But Ines has been walking toward that water since the pilot."], "Brendan Coyle-Mars"),
            split(["I told Brendan, 'If you don't do it, I'll quit,'", "I was joking. Mostly."], "Rosalind Achebe",
                  inner=[q("If you don't do it, I'll quit,", "Rosalind Achebe", attribution="self")]),
            q("creative differences,", "Marisol Dunne"),
            q("Some of us saw it coming.", "Marisol Dunne"),
            q("Marisol built this character with us, and she'll always be part of it,", "Brendan Coyle-Mars"),
            split(["I'm not a crier,", "Ask anyone. But that one got me."], "Felix Adair"),
            line("Don't wait up", "Detective Ines Falk", "Rosalind Achebe"),
            split(["It came out of rehearsal,", "Felix looked at me and I just said it."], "Rosalind Achebe"),
            split(["I'll say this,", "The sea gives things back."], "Brendan Coyle-Mars"),
        ],
    },
]


def _check(lab: dict) -> None:
    text = (ARTICLES / lab["file"]).read_text(encoding="utf-8")
    assert lab["people"] == sorted(lab["people"]), lab["file"]
    stack = list(lab["quotes"])
    while stack:
        quote = stack.pop()
        for part in quote.get("parts", [quote["text"]]):
            assert part in text, (lab["file"], part)
        stack.extend(quote.get("inner", []))


def main() -> None:
    out = []
    for lab in LABELS:
        _check(lab)
        out.append({"format": "txt", "duplicate_of": None, "quote_drift": [], "author": None, "url": None,
                    **lab})
    (HERE / "labels.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} articles, {sum(len(lab['quotes']) for lab in out)} top-level quotes")


if __name__ == "__main__":
    main()
