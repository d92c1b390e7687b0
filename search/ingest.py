"""Read a corpus from disk into ``Article`` objects, naming every file it skips."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Article, Skipped
from .titles import derive_title

SUFFIXES = {".txt"}
HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2})[ \t]*(?:\n|(?=\S))")


@dataclass(slots=True)
class Source:
    """One file of a corpus and the id its articles get."""

    path: Path
    rel: str
    size: int
    mtime_ns: int


def walk(paths: list[Path]) -> Iterator[Source]:
    """Every readable article file under ``paths``, in a stable order."""
    for root in paths:
        root = root.resolve()
        if root.is_file():
            st = root.stat()
            yield Source(root, root.name, st.st_size, st.st_mtime_ns)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if name.startswith(".") or p.suffix.lower() not in SUFFIXES:
                    continue
                st = p.stat()
                yield Source(p, p.relative_to(root).as_posix(), st.st_size, st.st_mtime_ns)


def read(src: Source) -> tuple[list[Article], list[Skipped]]:
    data = src.path.read_bytes()
    if not data.strip():
        return [], [Skipped(src.rel, "file is empty")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return [], [Skipped(src.rel, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})")]
    return [parse_txt(text, src.rel, str(src.path))], []


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_txt(text: str, rel: str, source: str = "") -> Article:
    text = normalise_newlines(text)
    date = None
    m = HEADER.match(text)
    if m:
        date = m.group(1)
        text = text[m.end():]
    text = text.strip("\n")
    return Article(id=rel, title=derive_title(text), text=text, date=date, source=source)


def load(paths: list[Path]) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for src in walk(paths):
        a, s = read(src)
        articles += a
        skipped += s
    return articles, skipped
