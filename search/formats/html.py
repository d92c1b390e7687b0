"""Saved web pages: the article's own text and metadata, without the site around it.

The body comes from ``<article>`` (else ``<main>``, else the page), minus navigation, asides,
scripts, styles, headers, footers and forms. Every block element (paragraph, heading, list
item, quotation) becomes one paragraph; paragraphs are separated by a blank line.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Article
from .common import article
from .dates import normalise_date

_DROP = ("nav, aside, script, style, noscript, template, footer, header, form, button, select, "
         "iframe, svg, canvas, figure figcaption, [hidden], [aria-hidden=true], [role=navigation], "
         "[role=complementary], .byline, .author, .dateline, .share, .social, .related, .newsletter")
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
           "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption",
           "hr", "address", "details", "summary", "body", "center"}
_SITE_SUFFIX = re.compile(r"\s+[|–—•·-]\s+[^|–—•·]{2,60}$")
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")


def parse_html(text: str, rel: str, source: str = "") -> Article:
    tree = LexborHTMLParser(text)
    ld = _json_ld(tree)
    container = _container(tree)
    h1 = container.css_first("h1") if container is not None else None
    title = (_clean(h1.text()) if h1 else None) or _meta(tree, "og:title") or _meta(tree, "twitter:title") \
        or _text(ld.get("headline")) or _page_title(tree)
    date = _date(tree, container, ld)
    author = _author(tree, container, ld)
    url = _attr(tree, "link[rel=canonical]", "href") or _meta(tree, "og:url") or _text(ld.get("url"))
    lang = (_attr(tree, "html", "lang") or "")[:2].lower()
    body = ""
    if container is not None:
        if h1 is not None:
            h1.decompose()
        for node in container.css(_DROP):
            node.decompose()
        body = "\n\n".join(blocks(container))
    if not body.strip():
        body = _text(ld.get("articleBody")) or ""
    return article(rel, source, title, body, date=date, author=author, url=url, language=lang)


def blocks(node: LexborNode) -> list[str]:
    """The paragraphs under ``node``: inline text gathered until the next block element starts."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        # Source line breaks are plain white space in HTML; only <br> (kept as "\n") breaks a line.
        para = "\n".join(" ".join(line.split()) for line in "".join(buf).split("\n"))
        para = para.strip("\n ")
        if para:
            out.append(para)
        buf.clear()

    def walk(n: LexborNode) -> None:
        for child in n.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                buf.append(_SPACE.sub(" ", child.text(deep=False) or ""))
            elif tag == "br":
                buf.append("\n")
            elif tag == "pre":
                flush()
                out.append((child.text() or "").strip("\n"))
            elif tag in _BLOCKS:
                flush()
                walk(child)
                flush()
            elif tag and not tag.startswith("-"):
                walk(child)

    walk(node)
    flush()
    return out


def _container(tree: LexborHTMLParser) -> LexborNode | None:
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda n: len(n.text() or ""))
    for selector in ("main", "[role=main]", "[itemprop=articleBody]", "#content", ".content", "body"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.root


def _date(tree: LexborHTMLParser, container: LexborNode | None, ld: dict) -> str | None:
    candidates = []
    if container is not None:
        candidates.append(_attr(container, "time[datetime]", "datetime"))
    candidates += [
        _meta(tree, "article:published_time"), _meta(tree, "og:published_time"),
        _meta(tree, "datePublished"), _meta(tree, "date"), _meta(tree, "pubdate"),
        _meta(tree, "publish-date"), _meta(tree, "parsely-pub-date"), _meta(tree, "dc.date"),
        _text(ld.get("datePublished")), _attr(tree, "[itemprop=datePublished]", "content"),
        _attr(tree, "time[datetime]", "datetime"),
    ]
    for value in candidates:
        if date := normalise_date(value):
            return date
    return None


def _author(tree: LexborHTMLParser, container: LexborNode | None, ld: dict) -> str | None:
    named = _meta(tree, "author") or _ld_author(ld.get("author"))
    if named and not named.startswith("http"):
        return named
    scope = container if container is not None else tree
    for selector in ("[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]",
                     ".byline a", ".author a", ".author-name", ".author"):
        node = scope.css_first(selector)
        if node is not None and (name := _clean(node.text())):
            return re.sub(r"^(?:By|Por)\s+", "", name)
    return None


def _ld_author(value: object) -> str | None:
    if isinstance(value, list):
        names = [_ld_author(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _json_ld(tree: LexborHTMLParser) -> dict:
    """The page's schema.org Article object, if it declares one."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        items = data if isinstance(data, list) else []
        for item in items:
            kind = item.get("@type") if isinstance(item, dict) else None
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
                return item
    return {}


def _page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    title = _clean(node.text()) if node is not None else None
    return _SITE_SUFFIX.sub("", title) if title else None


def _meta(tree: LexborHTMLParser, name: str) -> str | None:
    for attr in ("property", "name", "itemprop"):
        node = tree.css_first(f'meta[{attr}="{name}" i]')
        if node is not None and (value := _clean(node.attributes.get("content"))):
            return value
    return None


def _attr(scope, selector: str, attr: str) -> str | None:
    node = scope.css_first(selector)
    return _clean(node.attributes.get(attr)) if node is not None else None


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _text(value: object) -> str | None:
    return _clean(value) if isinstance(value, str) else None
