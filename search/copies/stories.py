"""Stories: articles joined by copy or same-story edges, grouped by union-find.

The groups are built from the stored edges when first needed, then kept up to date as
articles are added and removed.
"""

from __future__ import annotations

from search.copies.direction import LIKELY, SURE
from search.copies.shared_origin import SITTING_DAYS, days_apart
from search.copies.store import CopyStore


def is_copy(store: CopyStore, doc_id: str) -> bool:
    return any(v.original == other and v.confidence in (SURE, LIKELY)
               for other, v in store.copies_of(doc_id).items())


def component(store: CopyStore, start: set[str]) -> tuple[set[str], list[tuple[str, str]]]:
    """The articles linked to ``start`` through any chain of edges, and those edges."""
    seen, todo, edges = set(start), list(start), []
    while todo:
        x = todo.pop()
        for y in list(store.copies_of(x)) + list(store.stories_of(x)):
            edges.append((x, y))
            if y not in seen:
                seen.add(y)
                todo.append(y)
    return seen, edges


def join_sitting(store: CopyStore, doc_id: str, date: str | None, others: set[str]) -> None:
    """Link ``doc_id`` to the transcripts of its sitting, ``others``. An undated transcript
    of two people matches each of their sittings: it joins none when the stories of those
    it matches are dated apart, so that two stories never merge through it."""
    if not others:
        return
    found = sorted({d for d in [date, *map(store.date, component(store, others)[0])] if d})
    if found and (days_apart(found[0], found[-1]) or 0) > SITTING_DAYS:
        return
    for other in others:
        store.add_story(doc_id, other)


class Stories:
    def __init__(self, store: CopyStore) -> None:
        self._store = store
        self._parent: dict[str, str] | None = None  # rebuilt lazily

    def find(self, x: str) -> str:
        """The story of ``x``: the id of its earliest member."""
        parent = self._parents()
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def joined(self, a: str) -> None:
        """``a`` was added with its edges."""
        if self._parent is None:
            return
        for b in list(self._store.copies_of(a)) + list(self._store.stories_of(a)):
            self._union(a, b)

    def left(self, a: str, neighbours: set[str]) -> None:
        """``a`` was removed with its edges to ``neighbours``: its story may split in two, so
        the stories of what was linked to it are regrouped from the edges left (a walk over
        that one story, not over the corpus)."""
        if self._parent is None:
            return
        self._parent.pop(a, None)
        if not neighbours:
            return
        seen, edges = component(self._store, neighbours)
        for x in seen:
            self._parent.pop(x, None)
        for x, y in edges:
            self._union(x, y)

    def _parents(self) -> dict[str, str]:
        if self._parent is None:
            self._parent = {}
            for a, b in self._store.edges():
                self._union(a, b)
        return self._parent

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The root is the story's earliest member, so its id is the story id.
            first, second = sorted((ra, rb), key=self._age)
            self._parents()[second] = first

    def _age(self, doc_id: str) -> tuple[str, bool, str]:
        """Earliest date first; among undated articles an original before its copies."""
        return (self._store.date(doc_id) or "9999-99-99", is_copy(self._store, doc_id), doc_id)
