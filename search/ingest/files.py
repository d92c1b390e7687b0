"""Read a corpus from disk into ``Article`` objects, naming every file it skips and why.

Formats: ``.txt`` (optional `` date YYYY-MM-DD`` header), ``.md`` with front matter, ``.html``/
``.htm``, ``.json`` (one object or a list) and ``.jsonl`` (one record per line, id ``PATH#N``
with N the line number, so a broken line never renumbers the records after it). Folders are
read recursively; hidden files and folders (``.git`` and the like) are left out, a symlink that
leads back into a folder already read is not followed again, and a file reached by several
links is read once. Every text field of an article is made inert (``sanitize.inert``) here, so
the index, snippets, CLI and UI never see a raw control character.

A file that cannot be read is never an exception: it is a ``Skipped`` naming the file (or
``PATH line N`` for one JSON Lines record) and the reason in plain words, e.g.
``Skipped huge.txt: 6.0 MiB exceeds the 5 MiB limit``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from search.ingest import language, sanitize
from search.ingest.formats.decode import NotText, decode, is_binary, newlines
from search.ingest.formats.plain import parse_txt as _parse_txt
from search.ingest.formats.records import line_name, parse_line
from search.ingest.formats.registry import PARSERS, SUFFIXES
from search.model import Article, Skipped

MAX_BYTES = 5 * 1024 * 1024
JSON_FILE_FACTOR = 64  # a .json file holds many articles; the cap is per article
LINE_RECORDS = frozenset({".jsonl", ".ndjson"})
BINARY_PROBE = 65536
MARKUP = frozenset({".html", ".htm"})
MARKDOWN = frozenset({".md", ".markdown"})
NO_TEXT = "no article text"
NO_TEXT_HTML = "no article text in the page (it may be filled in by a script when viewed)"
SKIP_DIRS = frozenset({"CVS", "_darcs", "__pycache__", "node_modules"})
# Marks a Source that could not be listed or stat'ed; ``read`` turns it into a skip with the reason.
_MISSING = -1
_VANISHED = "disappeared before it could be read"


class NotAFile(OSError):
    """A path that is a named pipe, socket or device: opening a pipe waits for a writer for ever."""

    def __init__(self, mode: int) -> None:
        super().__init__(not_a_file(mode))


def not_a_file(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
             (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder"))
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"not a regular file ({kind}), left unopened"


def open_file(path: str | Path):
    """``path`` opened for binary reading, if it is a regular file; else ``NotAFile``.

    Listing checks this without opening anything; this is for a file swapped for a pipe since:
    opened without blocking, a pipe opens at once and its mode says what it is."""
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotAFile(mode)
        if nonblocking:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


@dataclass(slots=True)
class Source:
    """One file of a corpus and the id its articles get."""

    where: str | Path
    rel: str
    size: int
    mtime_ns: int
    problem: str | None = None  # why it could not even be looked at

    def __post_init__(self) -> None:
        # A string, not a Path: a Path keeps each part of itself as another string, and an
        # index build holds a Source for every file it has yet to write.
        self.where = str(self.where)

    @property
    def path(self) -> Path:
        return Path(self.where)


def walk(paths: list[Path]) -> Iterator[Source]:
    """Every article file under ``paths``, in a stable order; never raises for a bad entry."""
    for root in paths:
        root = Path(root)
        try:
            root = root.resolve()
            st = root.stat()
        except FileNotFoundError:
            yield Source(root, shown_name(root.name or str(root)), _MISSING, 0, "no such file or folder")
            continue
        except OSError as e:
            yield Source(root, shown_name(root.name or str(root)), _MISSING, 0, _os_reason(e))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk_dir(root)
        elif not stat.S_ISREG(st.st_mode):
            yield Source(root, shown_name(root.name), _MISSING, 0, not_a_file(st.st_mode))
        else:
            # A file named on the command line is read whatever its suffix.
            yield Source(root, shown_name(root.name), st.st_size, st.st_mtime_ns)


def _walk_dir(root: Path) -> Iterator[Source]:
    seen: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    unreadable: list[Source] = []

    def onerror(e: OSError) -> None:
        p = Path(e.filename) if e.filename else root
        unreadable.append(Source(p, _rel(p, root), _MISSING, 0, f"folder {_os_reason(e)}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        yield from unreadable
        unreadable.clear()
        here = Path(dirpath)
        try:
            st = here.stat()
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink back to a folder already read
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        # Strings, not Paths, for each file: at 100,000 files Path's parsing was most of the
        # time of a start-up check that found nothing to do.
        folder = os.path.relpath(dirpath, root).replace(os.sep, "/")
        prefix = "" if folder == "." else folder + "/"
        for name in sorted(filenames):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            p = os.path.join(dirpath, name)
            try:
                fst = os.stat(p)
            except FileNotFoundError:
                broken = os.path.islink(p)
                reason = "is a link to a file that does not exist" if broken else _VANISHED
                yield Source(p, shown_name(prefix + name), _MISSING, 0, reason)
                continue
            except OSError as e:
                yield Source(p, shown_name(prefix + name), _MISSING, 0, _os_reason(e))
                continue
            if not stat.S_ISREG(fst.st_mode):
                yield Source(p, shown_name(prefix + name), _MISSING, 0, not_a_file(fst.st_mode))
                continue
            if (fst.st_dev, fst.st_ino) in seen_files:  # the same file again, by a link
                continue
            seen_files.add((fst.st_dev, fst.st_ino))
            yield Source(p, shown_name(prefix + name), fst.st_size, fst.st_mtime_ns)
    yield from unreadable


def read(src: Source, max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[Skipped]]:
    """The articles of one file, or the reason it was skipped; never raises for a bad file.

    ``max_bytes`` caps one article: a whole file, or one record of a JSON Lines export (which
    is read a line at a time, however large). A ``.json`` file may hold many records, so it
    may be ``JSON_FILE_FACTOR`` times larger.
    """
    if src.problem:
        return [], [Skipped(src.rel, src.problem)]
    path = src.path  # a Path made once: making one was a tenth of reading a short file
    suffix = path.suffix.lower()
    if suffix in LINE_RECORDS and not _starts_with_utf16_bom(path):
        return _read_lines(src, max_bytes)
    limit = max_bytes * JSON_FILE_FACTOR if suffix in (".json", *LINE_RECORDS) else max_bytes
    if src.size > limit:
        return [], [Skipped(src.rel, too_big(src.size, limit))]
    try:
        with open_file(path) as f:
            data = f.read(limit + 1)
    except OSError as e:
        return [], [Skipped(src.rel, _os_reason(e))]
    if len(data) > limit:  # it grew after it was listed
        return [], [Skipped(src.rel, too_big(len(data), limit))]
    try:
        text, notice = decode(data, markup=suffix in MARKUP)
    except NotText as e:
        return [], [Skipped(src.rel, str(e))]
    parse = PARSERS.get(suffix, PARSERS[".txt"])
    try:
        articles, skipped = parse(text, src.rel, str(path))
    except Exception as e:  # noqa: BLE001  one malformed file must never stop the others
        what = path.suffix.lstrip(".").upper() or "text"
        return [], [Skipped(src.rel, f"could not be read as {what} ({type(e).__name__}: {e})")]
    if suffix in MARKUP | MARKDOWN:
        # A page saved before its script filled it in, or a note that is all front matter.
        empty = [a for a in articles if not a.text.strip() or a.text.strip() == a.title.strip()]
        skipped += [Skipped(a.id, NO_TEXT_HTML if suffix in MARKUP else NO_TEXT) for a in empty]
        articles = [a for a in articles if a not in empty]
    return [finish(a, notice) for a in articles], skipped


def _read_lines(src: Source, max_bytes: int) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    try:
        with open_file(src.path) as f:
            head = f.read(BINARY_PROBE)
            if not head.strip():
                return [], [Skipped(src.rel, "file is empty")]
            if _mostly_binary(head):
                return [], [Skipped(src.rel, "not a text file (binary data)")]
            f.seek(0)
            for n, raw in enumerate(_lines(f, max_bytes), 1):
                if raw is None:
                    skipped.append(Skipped(line_name(src.rel, n), f"longer than the {_mib(max_bytes)} limit"))
                    continue
                if not raw.strip():
                    continue
                try:
                    text, notice = decode(raw)
                except NotText as e:
                    reason = "binary data, not a record" if is_binary(raw) else str(e)
                    skipped.append(Skipped(line_name(src.rel, n), reason))
                    continue
                a, s = parse_line(text, src.rel, n, str(src.path))
                articles += [finish(x, notice) for x in a]
                skipped += s
    except OSError as e:
        return articles, [*skipped, Skipped(src.rel, _os_reason(e))]
    return articles, skipped


def _mostly_binary(head: bytes) -> bool:
    """Whether most lines at the start of a JSON Lines file are binary: one bad line is skipped
    on its own, the rest of the records kept."""
    lines = [line for line in head.split(b"\n") if line.strip()]
    return sum(map(is_binary, lines)) * 2 > len(lines)


def _starts_with_utf16_bom(path: Path) -> bool:
    try:
        with open_file(path) as f:
            return f.read(2) in (b"\xff\xfe", b"\xfe\xff")
    except OSError:
        return False  # the reader that follows names the problem


def _lines(f, max_bytes: int) -> Iterator[bytes | None]:
    """Each line of ``f``; None for a line over ``max_bytes``, which is read past, never held whole."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def finish(article: Article, notice: str | None = None) -> Article:
    """Make every field inert and fill what the format left open (language, notice)."""
    article.title = sanitize.inert(article.title)
    article.text = sanitize.inert(article.text)
    if article.author:
        article.author = sanitize.inert(article.author)
    if article.url:
        article.url = sanitize.inert(article.url)
    # The real path, for scripts to open (``--json`` escapes it); only bytes that are not UTF-8
    # are replaced, so it can be stored and encoded. Shown, it is made inert like any text.
    article.source = _utf8(article.source)
    if not article.language:
        article.language = language.detect(article.text)
    if notice:
        article.notice = notice
    return article


def parse_txt(text: str, rel: str, source: str = "") -> Article:
    """One ``.txt`` article from text already decoded (used by tests and tools)."""
    return finish(_parse_txt(newlines(text), rel, source))


normalise_newlines = newlines


def load(paths: list[Path], max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for src in walk(paths):
        a, s = read(src, max_bytes=max_bytes)
        articles += a
        skipped += s
    return articles, skipped


def too_big(size: int, limit: int) -> str:
    return f"{_mib(size)} exceeds the {_mib(limit)} limit"


def _mib(n: int) -> str:
    mib, kib = 1024 * 1024, 1024
    if n % mib == 0:
        return f"{n // mib} MiB"
    if n >= mib:
        return f"{n / mib:.1f} MiB"
    return f"{n / kib:.0f} KiB" if n >= kib else f"{n} bytes"


def _rel(p: Path, root: Path) -> str:
    try:
        return shown_name(p.relative_to(root).as_posix())
    except ValueError:
        return shown_name(p.name)


def shown_name(name: str) -> str:
    """A file name as ids and messages show it: bytes that are not UTF-8 as U+FFFD, controls inert.

    A name is article data too: ``evil\x1b[2J.txt`` must not clear the screen when a skip is printed.
    """
    if name.isascii() and name.isprintable():  # most names: nothing to show differently
        return name
    # A line break or tab in a name would split or shift a line of output that names the file.
    return sanitize.inert(_utf8(name)).replace("\n", "\u240a").replace("\t", "\u2409")


def _utf8(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _os_reason(e: OSError) -> str:
    if isinstance(e, NotAFile):
        return str(e)
    if isinstance(e, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(e, FileNotFoundError):
        return _VANISHED
    return f"cannot be read ({e.strerror or e})"
