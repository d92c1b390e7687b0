"""Real people named in an article, as full names."""

from __future__ import annotations

from .model import Article


def find_people(article: Article) -> list[str]:
    return []


def resolve(name: str, people: list[str]) -> str | None:
    """The one full name in ``people`` that ``name`` (a full name, surname or first name) means."""
    if name in people:
        return name
    found = [p for p in people if name in (p.split()[-1], p.split()[0])]
    return found[0] if len(found) == 1 else None
