"""Whoosh's private internals are read in one module (and extended in the codec and the writer,
which subclass Whoosh's postings layout and segment writer, and in the postings a segment is
written from), so a whoosh3 upgrade is checked in one place."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
PRIVATE = re.compile(r"\._terms\b|\._read_(?:data|values|weights)\b|\._next_block|\._dbfile|\._perdoc|_lenfield"
                     r"|\._byteids|\._lastblock|_text_to_bytes|__dict__\.setdefault|whoosh\.codec")


def test_only_whoosh_internals_reads_whoosh_privates():
    offenders = [f"{path.relative_to(ROOT)}:{n}"
                 for folder in ("search", "tui") for path in sorted((ROOT / folder).rglob("*.py"))
                 if path.name not in ("whoosh_internals.py", "codec.py", "writer.py", "merging.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if PRIVATE.search(line)]
    assert offenders == []


def test_the_pattern_catches_what_the_fast_path_used_to_do():
    assert PRIVATE.search("matcher = reader._terms.matcher(field, reader._text_to_bytes(field, text), fmt)")
    assert PRIVATE.search("from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield")
    assert not PRIVATE.search("for ids, weights in internals.term_blocks(reader, field, text, fmt):")
