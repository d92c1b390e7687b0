"""Copies, stories and quote drift across a corpus."""

from __future__ import annotations

from .model import Article, Extraction


def link(articles: list[Article], found: dict[str, Extraction]) -> None:
    """Fill ``story``, ``duplicate_of`` and ``drift`` on each extraction in place."""
    for a in articles:
        found[a.id].story = a.id
