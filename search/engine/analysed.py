"""An article's Whoosh documents, their text fields analysed where they are made.

Analysing and filing postings in the indexer's one process was the build's bottleneck while the
extraction workers idled; the workers now analyse what they extract, and the indexer files it.
"""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator
from itertools import chain, compress, islice
from operator import add, and_

from whoosh.formats import Positions

from search.engine.records import article_fields, quote_docs
from search.engine.schema import PAIR_COUNT_LIMIT, TEXT_FIELDS, paired_words, pairs_field, with_pairs
from search.engine.values import gaps_values
from search.engine.writer import Analysed
from search.query.analysis import stems


def whoosh_docs(article, ex) -> list[dict]:
    """An article's Whoosh document and one per quote."""
    return [with_pairs(d) for d in (article_fields(article, ex), *quote_docs(article, ex))]


class Analysing:
    """``whoosh_docs`` with the text fields analysed as ``schema`` (the index's own, which
    holds its common words) analyses them; sent to the worker processes with their work.

    Each text is read into words once, for its positions and its pairs both, as
    ``TEXT_ANALYZER`` reads it (``stems``, held to it by a test); the postings are those of
    the fields' own ``index``, a test holds them equal too."""

    def __init__(self, schema, packed: bool = False):
        self.formats = {name: schema[name].format for name in TEXT_FIELDS}
        self.stored = {name for name in TEXT_FIELDS if schema[name].stored}
        self.common = {name: paired_words(schema, name) for name in TEXT_FIELDS}
        self.packed = packed  # articles' texts as ``pack`` leaves them

    def __call__(self, article, ex) -> list[dict]:
        docs = whoosh_docs(article, ex)
        for doc in docs:
            for name, fmt in self.formats.items():
                if value := doc.get(name):
                    if name in self.stored:
                        doc[f"_stored_{name}"] = value
                    words = stems(value)
                    where = _where(words)
                    doc[name] = _positions(where, fmt)
                    if common := self.common[name]:
                        doc[pairs_field(name)] = _pairs(words, where, common)
        if self.packed:
            pack(docs[0])
        return docs


PACKED = "_packed"


def pack(doc: dict) -> None:
    """An article document's analysed and stored texts as one marshalled field, the rest as it
    was: the indexer links the article and waits for its batch's commit without unpickling its
    postings or marshalling them again (``Waiting``). ``unpacked`` restores it."""
    texts = {k: tuple(v) if type(v) is Analysed else v for k, v in doc.items()
             if type(v) is Analysed or k.startswith("_stored_")}
    for k in texts:
        del doc[k]
    doc[PACKED] = marshal.dumps(([k for k in texts if not k.startswith("_stored_")], texts))


def unpacked(doc: dict) -> dict:
    blob = doc.pop(PACKED, None)
    if blob is not None:
        analysed, texts = marshal.loads(blob)
        for name in analysed:
            texts[name] = Analysed(texts[name])
        doc.update(texts)
    return doc


def _where(words: list[str]) -> dict[str, list[int]]:
    """Each word's positions, the words in the order they first come."""
    where: dict[str, list[int]] = {}
    for n, word in enumerate(words):
        where.setdefault(word, []).append(n)
    return where


def _positions(where: dict[str, list[int]], fmt) -> Analysed:
    freqs = list(map(len, where.values()))
    boost = fmt.field_boost
    weights = list(map(float, freqs)) if boost == 1 else [freq * boost for freq in freqs]
    values = gaps_values(where.values()) if type(fmt) is Positions else list(map(fmt.encode, where.values()))
    return Analysed((list(map(str.encode, where)), freqs, weights, values))


def _pairs(words: list[str], where: dict[str, list[int]], common: frozenset[str]) -> Analysed:
    paired = list(map(common.__contains__, words))
    follows = map(and_, paired, islice(paired, 1, None))
    pairs = list(dict.fromkeys(compress(zip(words, islice(words, 1, None), strict=False), follows)))
    # ``pair_term`` and ``pair_weight`` of the words' counts, by maps of builtins rather than a
    # call of each for every pair (a test holds the postings to the fields' own analysis)
    counts = list(map(len, map(where.__getitem__, chain.from_iterable(pairs))))
    limit = PAIR_COUNT_LIMIT - 1
    if counts and max(counts) > limit:
        counts = [min(count, limit) for count in counts]
    weights = list(map(float, map(add, map(PAIR_COUNT_LIMIT.__mul__, counts[::2]), counts[1::2])))
    return Analysed((list(map(str.encode, map(" ".join, pairs))), [1] * len(pairs), weights, [b""] * len(pairs)))


class Waiting:
    """A batch's article documents until its commit (their links may still move), kept in an
    unnamed file in ``folder``: analysed, an article weighs ~100 KB in memory, and a batch is
    thousands of them."""

    def __init__(self, folder):
        self.folder = folder
        self.file = None

    def append(self, doc: dict) -> None:
        if self.file is None:
            self.file = tempfile.TemporaryFile(dir=self.folder)
        analysed = [name for name, value in doc.items() if type(value) is Analysed]
        blob = marshal.dumps((analysed, {k: tuple(v) if k in analysed else v for k, v in doc.items()}))
        self.file.write(len(blob).to_bytes(8, "little"))
        self.file.write(blob)

    def drain(self) -> Iterator[dict]:
        """The documents in the order they came, each once; the file starts empty again."""
        if self.file is None:
            return
        f, self.file = self.file, None
        with f:
            f.seek(0)
            while head := f.read(8):
                analysed, doc = marshal.loads(f.read(int.from_bytes(head, "little")))
                for name in analysed:
                    doc[name] = Analysed(doc[name])
                yield doc
