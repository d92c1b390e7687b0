"""Understand articles: quotes and speakers, people, cast, copies and drift.

``extract_corpus`` is the one entry point: articles are compared with each other
(copies, stories, corpus-wide name resolution), so they are processed together.
"""

from __future__ import annotations

from dataclasses import asdict

from search.copies import index as copies
from search.extract.names import STOP
from search.extract.people import finder as people_mod
from search.extract.people.resolve import respell_actors
from search.extract.quotes import finder as quotes_mod
from search.model import IN_SHOW, SPEECH, Article, Extraction


def extract_one(article: Article) -> Extraction:
    people, cast = people_mod.people_and_cast(article)
    quotes = quotes_mod.find_quotes(article, people, cast)
    # Speakers are people too, but an account (@handle, u/name) is not a person's name.
    # an article or a possessive opening a "name" ("Der Charakter") makes it no one's
    speakers = {_as_person(q.speaker, people) for q in quotes
                if q.kind == SPEECH and q.speaker and q.speaker[0].isupper()
                and q.speaker.split()[0].lower() not in STOP}
    # whoever speaks a line inside the show is a character there, unless the article pairs them as an actor
    in_show = {q.speaker for q in quotes if q.kind == IN_SHOW and q.speaker} - speakers - {c.actor for c in cast}
    speakers = {s for s in speakers if people_mod.may_be_speaker(article.text, s)}
    people = sorted((set(people) | speakers) - in_show)
    return Extraction(quotes=quotes, people=people, cast=cast)


def _as_person(speaker: str, people: list[str]) -> str:
    """``Sein Co-Star Jack Lowden`` → ``Jack Lowden``: a speaker with words glued on either side,
    when the rest is a person the article names."""
    words = speaker.split()
    for size in range(len(words) - 1, 1, -1):
        for start in (len(words) - size, 0):
            part = " ".join(words[start: start + size])
            if part in people:
                return part
    return speaker


def extract_corpus(articles: list[Article]) -> dict[str, Extraction]:
    found = {a.id: extract_one(a) for a in articles}
    respell_actors(found)
    link_corpus(articles, found)
    return found


def link_corpus(articles: list[Article], found: dict[str, Extraction]) -> dict:
    """Fill the cross-article facts in place; return the corpus tables (cast, people)."""
    copies.link(articles, found)
    return {"cast": cast_table(found), "people": people_mod.known_people(found)}


def cast_table(found: dict[str, Extraction]) -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for aid, ex in found.items():
        for c in ex.cast:
            row = rows.setdefault((c.character, c.actor), {
                "character": c.character, "actor": c.actor, "aliases": list(c.aliases),
                "work": c.work, "articles": []})
            row["work"] = row["work"] or c.work
            row["articles"].append(aid)
    return sorted(rows.values(), key=lambda r: (r["actor"], r["character"]))


def to_json(article: Article, ex: Extraction) -> dict:
    """The scored ``byline extract --json`` record."""
    return {
        "path": article.id,
        "title": article.title,
        "date": article.date,
        "language": article.language,
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "kind": q.kind,
             "via": q.via if q.speaker else None, "alt_speakers": q.alt_speakers}
            for q in ex.quotes
        ],
        "people": ex.people,
        # a role with several names ("Bucky/Winter Soldier") is one pair per name it goes by
        "cast": [{"character": name, "actor": c.actor} for c in ex.cast for name in (c.aliases or (c.character,))],
        "story": ex.story,
        "duplicate_of": ex.duplicate_of,
        "copy_kind": ex.copy_kind,
        "copy_evidence": ex.copy_evidence,
        "drift": [asdict(d) for d in ex.drift],
    }
