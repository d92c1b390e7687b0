"""An article's Whoosh documents, their text fields analysed where they are made.

Analysing and filing postings in the indexer's one process was the build's bottleneck while the
extraction workers idled; the workers now analyse what they extract, and the indexer files it.
"""

from __future__ import annotations

import marshal
import tempfile
from collections import Counter
from collections.abc import Iterator

from whoosh.formats import Positions

from search.engine.records import article_fields, quote_docs
from search.engine.schema import TEXT_FIELDS, pair_term, pair_weight, paired_words, pairs_field, with_pairs
from search.engine.values import gaps_value
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
                    doc[name] = _positions(words, fmt)
                    if common := self.common[name]:
                        doc[pairs_field(name)] = _pairs(words, common)
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


def _positions(words: list[str], fmt) -> Analysed:
    where: dict[str, list[int]] = {}
    for n, word in enumerate(words):
        where.setdefault(word, []).append(n)
    freqs = list(map(len, where.values()))
    boost = fmt.field_boost
    weights = list(map(float, freqs)) if boost == 1 else [freq * boost for freq in freqs]
    encode = gaps_value if type(fmt) is Positions else fmt.encode
    return Analysed(([word.encode() for word in where], freqs, weights, list(map(encode, where.values()))))


def _pairs(words: list[str], common: frozenset[str]) -> Analysed:
    counts = Counter(words)
    pairs = [(first, second) for first, second in dict.fromkeys(zip(words, words[1:], strict=False))
             if first in common and second in common]
    return Analysed(([pair_term(first, second).encode() for first, second in pairs], [1] * len(pairs),
                     [pair_weight(counts[first], counts[second]) for first, second in pairs], [b""] * len(pairs)))


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
