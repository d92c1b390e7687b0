"""Real people named in an article, as full names."""

from __future__ import annotations

from .model import Article


def find_people(article: Article) -> list[str]:
    return []
