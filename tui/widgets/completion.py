"""Completion in the search box: field names, and people's names after ``actor:``/``speaker:``/``person:``."""

from __future__ import annotations

import re

from textual.suggester import Suggester

FIELDS = ("title:", "date:", "quote:", "speaker:", "person:", "actor:", "character:", "kind:")
NAME_FIELDS = ("actor", "speaker", "person", "character", "who", "said", "people", "role")
_TAIL = re.compile(r'(?:(?P<field>\w+):(?P<quote>")?(?P<name>[^"]*)|(?P<word>\w+))$')


class QuerySuggester(Suggester):
    """Suggests the whole input with its last word completed; names come from ``names()``."""

    def __init__(self, names=lambda: ()) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        m = _TAIL.search(value)
        if not m:
            return None
        # Textual shows a suggestion as ghost text after what was typed, so it must extend the
        # value exactly: "actor:quin" → "actor:quinn", 'actor:"Jos' → 'actor:"Joseph Quinn"'.
        if m.group("word") is not None:
            word = m.group("word")
            if len(word) < 2:
                return None
            field = next((f for f in FIELDS if f.startswith(word.lower()) and f != word.lower() + ":"), None)
            return value + field[len(word):] if field else None
        field, partial = m.group("field").lower(), m.group("name")
        if field not in NAME_FIELDS or len(partial) < 2:
            return None
        low = partial.lower()
        for name in self.names():
            if m.group("quote"):
                if name.lower().startswith(low) and len(name) > len(partial):
                    return value + name[len(partial):] + '"'
                continue
            for w in name.split():
                if w.lower().startswith(low) and len(w) > len(partial):
                    return value + w[len(partial):]
        return None
