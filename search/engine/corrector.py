"""The words of a field close to a misspelled one, for did-you-mean."""

from __future__ import annotations

from whoosh.spelling import ReaderCorrector
from whoosh.support.levenshtein import distance as whoosh_distance

from search.engine.whoosh_internals import reader_cache


class Corrector(ReaderCorrector):
    """Whoosh's reader corrector, comparing the word only with words of a length that can be
    close enough: Whoosh read the field's every word from disk and measured its distance, for
    each word looked up (a third of a second per word on a large corpus)."""

    def _suggestions(self, text: str, maxdist: int, prefix: int):
        field = self.fieldobj.spelling_fieldname(self.fieldname)
        by_length = _lexicon(self.reader, field)
        letters = set(text)
        for n in range(max(1, len(text) - maxdist), len(text) + maxdist + 1):
            for word in by_length[n].split("\n") if n in by_length else ():
                # An edit adds or removes at most one letter: more letters apart cannot be close.
                if len(letters.symmetric_difference(word)) > 2 * maxdist or not word.startswith(text[:prefix]):
                    continue
                if whoosh_distance(word, text, limit=maxdist) <= maxdist:
                    yield 0 - (maxdist + (1.0 / (self.reader.frequency(self.fieldname, word) or 1) * 0.5)), word


def _lexicon(reader, field: str) -> dict[int, str]:
    """A field's words by length, each length's words in one string (compact in memory), read
    once per reader: a new reader comes with every change to the index."""
    cache = reader_cache(reader)
    key = ("lexicon", field)
    if key not in cache:
        to_text = reader.schema[field].from_bytes
        grouped: dict[int, list[str]] = {}
        for btext in reader.lexicon(field):
            word = to_text(btext)
            grouped.setdefault(len(word), []).append(word)
        cache[key] = {n: "\n".join(words) for n, words in grouped.items()}
    return cache[key]
