"""Keeps copies, stories, drift and the people/cast tables in step with the index, one
article at a time: adding an article looks up its candidates, it never rescans the corpus."""

from __future__ import annotations

from pathlib import Path

from search.copies.index import CopyIndex
from search.engine.records import apply_link, article_fields, link_changed, load_extraction
from search.engine.schema import with_pairs
from search.engine.tables import FILE as TABLES
from search.engine.tables import CorpusTables
from search.model import Extraction

COPIES = "copies.sqlite"


class Linker:
    def __init__(self, index_dir: Path):
        self.copies = CopyIndex(index_dir / COPIES)
        self.tables = CorpusTables(index_dir / TABLES)
        self.affected: set[str] = set()  # articles already written whose links may have moved

    def remove(self, article_ids) -> None:
        for aid in article_ids:
            if aid in self.copies:
                self.affected.update(self.copies.related(aid))
                self.copies.remove(aid)
        self.tables.remove(article_ids)

    def add(self, doc: dict, ex: Extraction, copy_doc) -> None:
        """Link one article and write its copy/story fields into its Whoosh ``doc``."""
        link = self.copies.add(copy_doc)
        apply_link(doc, link)
        self.tables.add(doc["id"], ex)
        self.affected.update(self.copies.related(doc["id"]))

    def relink(self, docs: list[dict]) -> None:
        """Bring the links of article documents not yet written up to date."""
        for doc in docs:
            aid = doc["id"]
            if doc.get("type") == "article" and aid in self.affected and aid in self.copies:
                apply_link(doc, self.copies.link_for(aid))

    def commit(self) -> None:
        """Before the Whoosh commit: a crash then leaves these ahead, and re-adding is idempotent."""
        self.copies.commit()
        self.tables.commit()

    def rewrite_affected(self, ix, writer_factory) -> int:
        """Rewrite the committed articles whose copy or story link changed; how many."""
        changed = []
        with ix.searcher() as s:
            for aid in sorted(self.affected):
                stored = s.document(id=aid)
                if stored is None or aid not in self.copies:
                    continue
                link = self.copies.link_for(aid)
                if link_changed(stored, link):
                    changed.append((stored, link))
        if changed:
            writer = writer_factory(ix)
            for stored, link in changed:
                doc = with_pairs(article_fields(*load_extraction(stored)))
                apply_link(doc, link)
                writer.update_document(**doc)
            writer.commit()
        self.affected.clear()
        return len(changed)

    def close(self) -> None:
        self.copies.close()
        self.tables.close()
