"""Which words of a Whoosh query are lit in an article; ``search.query.spans`` finds them in the text."""

from __future__ import annotations

from whoosh import query as Q

HIGHLIGHT_FIELDS = ("title", "body", "quote")


def query_terms(q: Q.Query, reader=None) -> tuple[set[str], list[list[str]], list[str]]:
    """Positive single terms, phrases (as term lists) and prefixes of ``q`` on the text fields."""
    terms: set[str] = set()
    phrases: list[list[str]] = []
    prefixes: list[str] = []

    def walk(node: Q.Query) -> None:
        if isinstance(node, Q.AndNot):
            walk(node.a)
            return
        if isinstance(node, Q.Not):
            return
        if isinstance(node, Q.Phrase):
            if node.fieldname in HIGHLIGHT_FIELDS:
                phrases.append([str(w) for w in node.words])
            return
        if isinstance(node, Q.Prefix) and node.fieldname in HIGHLIGHT_FIELDS:
            prefixes.append(str(node.text))
            return
        if isinstance(node, Q.FuzzyTerm) and node.fieldname in HIGHLIGHT_FIELDS and reader is not None:
            terms.update(t.decode() if isinstance(t, bytes) else t
                         for _, t in node.existing_terms(reader, expand=True))
            return
        if isinstance(node, Q.Term) and node.fieldname in HIGHLIGHT_FIELDS:
            terms.add(str(node.text))
            return
        for child in node.children() if hasattr(node, "children") else ():
            walk(child)

    walk(q)
    return terms, phrases, prefixes
