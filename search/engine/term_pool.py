"""The writer's postings until its segment is written, kept by term rather than by posting.

Whoosh's pool holds a tuple per posting, sorts them all, spills sorted runs, merges the runs a
posting at a time and hands the codec one posting per call: most of the indexer's time. Here
each term's documents, weights and values grow in one list as documents come (already in
order), only the terms are sorted, and a term's postings reach the codec as whole slices.

A posting record is ``(field, text, start, seq, documents, weights, values)``: ``start`` is the
first document of the run it comes from and ``seq`` its place there, so records of one term
from several sources merge in document order.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Iterator
from itertools import islice

from whoosh.util import random_name

# Bytes in memory: a posting's document, weight and value in its term's list, and a term's
# first posting (its key, dict slot and list). Taken over 1,000 articles (tracemalloc, values'
# sizes added), the pool held 60 bytes a posting, terms included, where these count 75; one flat
# list a term holds what three arrays held to within 3%.
POSTING_BYTES = 64
TERM_BYTES = 400
RUN_CHUNK = 256  # terms marshalled at once: a run's reader holds one chunk in memory (2,048: +21 MB at 10k)


class TermPool:
    def __init__(self, tempstore, limit_bytes: float):
        self.tempstore = tempstore
        self.limit = limit_bytes
        self.fields: dict[str, dict[bytes, list]] = {}  # field: term: flat postings (``add``)
        self.start: int | None = None  # the current run's first document
        self.size = 0
        self.runs: list[tuple[int, str]] = []  # (first document, file) spilled
        self.held: list[tuple[int, dict]] = []  # (first document, terms) cut off but kept in memory

    def add(self, name: str, docnum: int, postings: tuple) -> None:
        """One document's postings of one field as columns (terms, frequencies, weights,
        values), in any term order, each term once."""
        terms = self.fields.get(name)
        if terms is None:
            terms = self.fields[name] = {}
        if self.start is None:
            self.start = docnum
        texts, _, weights, values = postings
        new = 0
        # A term's postings lie flat in one list, (document, weight, value) after each other: one
        # step a posting where three arrays took three, and split in three when written.
        for text, weight, value in zip(texts, weights, values, strict=True):
            entry = terms.get(text)
            if entry is None:
                entry = terms[text] = []
                new += 1
            entry += (docnum, weight, value)
        self.size += POSTING_BYTES * len(texts) + TERM_BYTES * new

    def full(self) -> bool:
        return self.size > self.limit

    def save(self) -> None:
        """The postings so far to a run on disk, terms in order."""
        if self.start is None:
            return
        path = f"{random_name()}.run"
        f = self.tempstore.create_file(path)
        records = ((name, text, ids.tobytes(), weights.tobytes(), values)
                   for name, text, ids, weights, values in _sorted(self.fields))
        while chunk := list(islice(records, RUN_CHUNK)):
            blob = marshal.dumps(chunk)
            f.write(len(blob).to_bytes(8, "little"))
            f.write(blob)
        f.close()
        self.runs.append((self.start, path))
        self._restart()

    def cut(self) -> None:
        """End the current run here (documents from elsewhere are numbered next), in memory."""
        if self.start is not None:
            self.held.append((self.start, self.fields))
            self._restart()

    def _restart(self) -> None:
        self.fields, self.start, self.size = {}, None, 0

    def sources(self) -> list[Iterator[tuple]]:
        """Each run's records in term order, the pool emptied."""
        self.cut()
        found = [self._read_run(start, path) for start, path in self.runs]
        found += [_records(start, fields) for start, fields in self.held]
        self.runs, self.held = [], []
        return found

    def _read_run(self, start: int, path: str) -> Iterator[tuple]:
        f = self.tempstore.open_file(path).raw_file()
        try:
            while head := f.read(8):
                for name, text, ids, weights, values in marshal.loads(f.read(int.from_bytes(head, "little"))):
                    yield name, text, start, 0, array("I", ids), array("d", weights), values
        finally:
            f.close()
            self.tempstore.delete_file(path)

    def cleanup(self) -> None:
        for _, path in self.runs:
            try:
                self.tempstore.delete_file(path)
            except OSError:
                pass
        self.runs, self.held = [], []
        self._restart()


def _sorted(fields: dict) -> Iterator[tuple]:
    """(field, text, documents, weights, values) in term order."""
    for name in sorted(fields):
        terms = fields[name]
        for text in sorted(terms):
            flat = terms[text]
            yield name, text, array("I", flat[0::3]), array("d", flat[1::3]), flat[2::3]


def _records(start: int, fields: dict) -> Iterator[tuple]:
    for name, text, ids, weights, values in _sorted(fields):
        yield name, text, start, 0, ids, weights, values
