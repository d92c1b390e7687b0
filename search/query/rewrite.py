"""Query rewriting both engines share: a person's name searched as a person, and cast expansion.

Each engine asks these functions what to search for and runs it in its own query language,
so a change to how a name or a cast is read is made here once. ``tables`` is anything with
the ``search.engine.tables.CorpusTables`` reads (``is_person``, ``cast_of_actor``,
``cast_of_character``, ``alongside``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from search.model import Hit


def person_named(text: str, tables) -> str | None:
    """The lower-cased name when ``text`` is exactly a known person's name (quoted or not):
    the query then also matches them as a person."""
    name = text.strip().strip('"').lower()
    return name if name and tables is not None and tables.is_person(name) else None


@dataclass(frozen=True)
class CastLead:
    """Articles naming any of ``names`` and any of ``context`` (evidence of the same show)."""

    names: tuple[str, ...]
    context: tuple[str, ...]
    note: str
    field: str = ""  # the query's ``field:key`` term that led here, which the lead stands in for
    key: str = ""


def cast_leads(wanted: set[tuple[str, str]], tables) -> list[CastLead]:
    """``actor:X`` also finds articles that name only X's character, in the same show, and
    ``character:Y`` those that name only Y's actor. "The same show" is evidence in the text:
    the show's title, or another member of the cast stated beside the pair. ``wanted`` holds
    ("actor"|"character", lower-cased name or surname) pairs from the query."""
    if tables is None:
        return []
    rows = [(r, "actor", key) for f, key in sorted(wanted) if f == "actor" for r in tables.cast_of_actor(key)]
    rows += [(r, "character", key) for f, key in sorted(wanted) if f == "character"
             for r in tables.cast_of_character(key)]
    leads = []
    for row, by, key in rows:
        names = [row["character"], *row.get("aliases", [])]
        if by == "actor":
            other, note = names, f"as {row['character']}"
        else:
            # The character by name in the same show, or the actor alone.
            other, note = [*names, row["actor"]], f"{row['character']} ({row['actor']})"
        context = [row["work"]] if row.get("work") else []
        context += [n for r in tables.alongside(row) for n in (r["actor"], r["character"])]
        if context:
            leads.append(CastLead(tuple(other), tuple(context), note, by, key))
    return leads


Find = Callable[[CastLead, int], list[Hit]]


def expand_cast(wanted: set[tuple[str, str]], tables, seen: set[str], room: int, find: Find) -> list[Hit]:
    """Hits for the cast leads of ``wanted``, each noted with the role that led to it; ``find``
    is the engine's search for one lead (at most ``room`` articles)."""
    if not wanted or room <= 0:
        return []
    out: list[Hit] = []
    for lead in cast_leads(wanted, tables):
        for hit in find(lead, room):
            if hit.id not in seen:
                seen.add(hit.id)
                hit.note = lead.note
                out.append(hit)
    return out[:room]
