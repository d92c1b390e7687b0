"""What the status line and the reader's header say, as plain functions of the screen's state."""

from __future__ import annotations

from rich.text import Text

from search.model import ArticleView, Results

from ..widgets.text import one_line, plain


def idle_status(count: int, indexing: bool, progress: tuple[int, int] | None, listed: bool) -> str:
    """No query: how many articles there are, or how indexing is getting on.

    ``progress`` is (files read, files to read) while indexing; ``listed``: the list shows the
    corpus, newest first."""
    if indexing and progress:
        done, total = progress
        status = f"Indexing {total} article{'s' * (total != 1)}… {done}/{total}"
        return status + (f" · {count} searchable" if count else "")
    if indexing and not count:
        return "Indexing articles…"
    status = f"Type to search {count} article{'s' * (count != 1)}"
    if indexing:
        return status + " · checking for changed files…"
    return status + (" · newest first" if listed else "")


def results_status(results: Results, *, more: bool, sort: str, collapse: bool, indexing: bool,
                   progress: tuple[int, int] | None) -> Text:
    """A query's answer in one line: how many, how fast, and anything the user should know."""
    shown = len(results.quotes) if results.quotes else results.total
    noun = "quote" if results.quotes else "hit"
    plus = "+" if results.quotes and more else ""
    status = Text(f"{shown}{plus} {noun}{'s' * (shown != 1 or bool(plus))} · {results.elapsed_ms:.0f} ms")
    if sort == "date":
        status.append(" · newest first")
    if not collapse:
        status.append(" · copies shown")
    if not results.hits and not results.quotes:
        # A long query echoed whole would push what follows (the notice) off the line.
        status = Text("No articles match ‘") + plain(shorten(one_line(results.query), 40)) + Text("’")
    if results.notice:
        status.append(" · ")
        status.append_text(plain(results.notice, "italic"))
    if results.suggestion:
        status.append(" · did you mean ‘")
        status.append_text(plain(results.suggestion, "bold"))
        status.append("’? ctrl+y")
    if indexing:
        status.append(" · indexing" + (f" {progress[0]}/{progress[1]}" if progress else "…"), "dim")
    return status


def article_header(view: ArticleView, copies: list[tuple[str, str]], original: ArticleView | None) -> Text:
    """Title, date and file; then what it is a copy of, and its copies."""
    a = view.article
    head = plain(one_line(a.title), "bold")
    meta = Text("\n")
    meta.append_text(plain(a.date or "undated", "dim"))
    meta.append(" · ", "dim")
    meta.append_text(plain(a.id, "dim"))
    if a.notice:
        meta.append(" · ", "dim")
        meta.append_text(plain(a.notice, "italic"))
    head.append_text(meta)
    ex = view.extraction
    if ex.duplicate_of:
        title = original.article.title if original else ex.duplicate_of
        line = Text("\nCopy of ‘", "italic")
        # Short enough that "· N quotes changed" still fits on the header's one line.
        line.append_text(plain(shorten(one_line(title), 36), "italic"))
        line.append("’", "italic")
        if original and original.article.date:
            line.append(f" ({original.article.date})", "italic")
        changed = len(ex.drift)
        if changed:
            line.append(f" · {changed} quote{'s' * (changed != 1)} changed", "bold")
        head.append_text(line)
        if ex.copy_kind:
            # Why it is a copy, and why of that article: the first and last evidence.
            why = "; ".join(dict.fromkeys([ex.copy_kind, *ex.copy_evidence[:1], *ex.copy_evidence[-1:]]))
            head.append("\nWhy: ", "dim italic")
            head.append_text(plain(shorten(why, 110), "dim italic"))
    if copies:
        line = Text(f"\n{len(copies)} cop{'y' if len(copies) == 1 else 'ies'}: ", "italic")
        line.append_text(plain(", ".join(one_line(t) for _, t in copies[:3]), "dim"))
        head.append_text(line)
    return head


def shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[:width].rsplit(" ", 1)[0].rstrip(",.;:—-…") + "…"
