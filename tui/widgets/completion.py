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
        head = value[: m.start()]
        if m.group("word") is not None:
            word = m.group("word").lower()
            if len(word) < 2:
                return None
            field = next((f for f in FIELDS if f.startswith(word) and f != word + ":"), None)
            return head + field if field else None
        field, partial = m.group("field").lower(), m.group("name")
        if field not in NAME_FIELDS or len(partial) < 2:
            return None
        low = partial.lower()
        for name in self.names():
            # Full names start with it, or a surname does: actor:quin → actor:"Joseph Quinn".
            if name.lower().startswith(low) or any(w.lower().startswith(low) for w in name.split()[1:]):
                return f'{head}{m.group("field")}:"{name}"'
        return None
