"""Markdown notes: front matter for the metadata, the body shown as plain reading text."""

from __future__ import annotations

import re

from search.ingest.formats.common import article
from search.ingest.formats.dates import normalise_date
from search.ingest.formats.frontmatter import split_front_matter
from search.model import Article

_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))+(?:\s+\"[^\"]*\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)")
_CODE = re.compile(r"`([^`]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")


def parse_md(text: str, rel: str, source: str = "") -> Article:
    fields, body = split_front_matter(text)
    body = plain_text(body)
    title = _text(fields.get("title"))
    if not title:
        first = body.split("\n", 1)[0]
        heading = _HEADING.match(first)
        title = heading.group(1) if heading else None
    return article(
        rel, source, title, body,
        date=normalise_date(fields.get("date") or fields.get("published") or fields.get("pubdate")),
        author=_author(fields.get("author") or fields.get("authors") or fields.get("byline")),
        url=_text(fields.get("url") or fields.get("canonical") or fields.get("link") or fields.get("source")),
        language=(_text(fields.get("lang") or fields.get("language")) or "")[:2].lower(),
    )


def plain_text(md: str) -> str:
    """The words a reader sees: markers of emphasis, headings, links and block quotes removed.

    Lines of one paragraph are joined with a space, as Markdown renders them; list items, hard
    breaks (two trailing spaces or a backslash) and fenced code keep their line breaks.
    """
    out: list[str] = []
    in_fence = False
    joinable = False  # may the next line continue the previous one?
    for line in md.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence, joinable = not in_fence, False
            continue
        if in_fence:
            out.append(line)
            continue
        if not line.strip() or _RULE.match(line):
            out.append("")
            joinable = False
            continue
        hard_break = line.endswith(("  ", "\\"))
        line = _inline(_QUOTE_MARK.sub("", line).rstrip(" \\"))
        heading = _HEADING.match(line)
        if heading:
            out.append(heading.group(1))
            joinable = False
            continue
        if joinable and not _LIST_ITEM.match(line):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
        joinable = not hard_break
    return "\n".join(out)


def _inline(line: str) -> str:
    line = _IMAGE.sub(lambda m: m.group(1), line)
    line = _LINK.sub(lambda m: m.group(1), line)
    line = _CODE.sub(lambda m: m.group(1), line)
    line = _STRONG.sub(lambda m: m.group(2), line)
    line = _EM_STAR.sub(lambda m: m.group(1), line)
    line = _EM_UNDER.sub(lambda m: m.group(1), line)
    return _ESCAPE.sub(lambda m: m.group(1), line)


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(str(value).split()) if value not in (None, "") else None


def _author(value: object) -> str | None:
    if isinstance(value, list):
        names = [_text(v) for v in value]
        return ", ".join(n for n in names if n) or None
    return _text(value)
