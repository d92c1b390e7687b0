"""Stories: articles joined by copy or same-story edges, grouped by union-find.

The groups are built from the stored edges when first needed, then kept up to date as
articles are added and removed.
"""

from __future__ import annotations

from search.copies.direction import LIKELY, SURE
from search.copies.store import CopyStore


def is_copy(store: CopyStore, doc_id: str) -> bool:
    return any(v.original == other and v.confidence in (SURE, LIKELY)
               for other, v in store.copies_of(doc_id).items())


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
        seen, todo, edges = set(neighbours), list(neighbours), []
        while todo:
            x = todo.pop()
            for y in list(self._store.copies_of(x)) + list(self._store.stories_of(x)):
                edges.append((x, y))
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
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
