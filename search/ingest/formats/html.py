"""Saved web pages: the story's headline, date, author, address and language, and its text.

``html_story`` finds the story and its paragraphs; this module reads the page's metadata
(``<meta>``, schema.org JSON-LD, ``<time>``, canonical link) and, where a page has none, the
byline and dateline printed at the top of the story.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from search.ingest.formats.bylines import BYLINE, dateline_date
from search.ingest.formats.common import article
from search.ingest.formats.dates import normalise_date
from search.ingest.formats.html_story import ancestor, blocks, drop_furniture, find_story, furniture_text
from search.ingest.language import detect
from search.model import Article

_SITE_SUFFIX = re.compile(r"\s+[|–—•·-]\s+(?:[^\s|–—•·]+\s?){1,5}$")
_CDATA = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
_TOP_BLOCKS = 6


def parse_html(text: str, rel: str, source: str = "") -> Article:
    tree = LexborHTMLParser(text)
    ld = _json_ld(tree)
    container = find_story(tree)
    h1 = container.css_first("h1") if container is not None else None
    declared = _site_free(_meta(tree, "og:title"), tree) or _meta(tree, "twitter:title") \
        or _text(ld.get("headline")) or _page_title(tree)
    printed = _clean(h1.text()) if h1 else None
    if printed and not _is_headline(printed, declared):
        printed = None
        declared = _without_site(declared, _clean(h1.text()))
    title = printed or _page_h1(tree, declared) or declared
    date = _date(tree, container, ld)
    author = _author(tree, container, ld)
    url = _attr(tree, "link[rel=canonical]", "href") or _meta(tree, "og:url") or _text(ld.get("url"))
    # Site templates often declare one language for every page; the words of the story decide.
    hint = (_attr(tree, "html", "lang") or "")[:2].lower()
    body = ""
    if container is not None:
        # The story's own <header> (the one around its headline) holds the standfirst: it stays.
        own_header = ancestor(h1, "header", container) if h1 is not None else None
        if h1 is not None:
            h1.decompose()
        drop_furniture(container, keep=own_header)
        paragraphs = blocks(container, drop_link_only=True)
        # No metadata: the printed byline and dateline at the top of the story.
        for para in paragraphs[:_TOP_BLOCKS]:
            date = date or dateline_date(para)
            if author is None and (m := BYLINE.match(para)):
                author = m["name"].rstrip(" .")
        body = "\n\n".join(p for p in paragraphs if not furniture_text(p))
    if not body.strip():
        body = _text(ld.get("articleBody")) or ""
    found = article(rel, source, title, body, date=date, author=author, url=url)
    found.language = detect(found.text, default=hint or "en")
    return found


def _is_headline(h1: str, declared: str | None) -> bool:
    """False for an <h1> that holds a photo caption, or a site or show name where the page's
    declared title says much more ("Good Morning America" above a story about something else)."""
    if len(h1) > 200:
        return False
    if not declared:
        return True
    own = _words(h1)
    return not (len(own) <= 4 and len(_words(declared) - own) >= 4)


def _without_site(declared: str | None, name: str | None) -> str | None:
    """"Blog Name: Post Title" → "Post Title" when the page's <h1> says "Blog Name"."""
    if declared and name and declared.startswith(name):
        rest = declared[len(name):].lstrip(" :|–—-·•")
        if len(rest) >= 10:
            return rest
    return declared


def _page_h1(tree: LexborHTMLParser, declared: str | None) -> str | None:
    """The page's headline as printed, when an <h1> outside the story agrees with the declared title.

    The printed one keeps the page's own typography (curly quotes, dashes) that SEO titles drop;
    agreement guards against an <h1> that holds the site's name.
    """
    wanted = _words(declared)
    for node in tree.css("h1"):
        text = _clean(node.text())
        if not text or len(text) < 15:
            continue
        if not wanted or len(_words(text) & wanted) >= 0.6 * len(wanted):
            return text
    return None


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", text.lower())) if text else set()


def _site_free(title: str | None, tree: LexborHTMLParser) -> str | None:
    site = _meta(tree, "og:site_name")
    if title and site and title.endswith(site) and _SITE_SUFFIX.search(title):
        return _SITE_SUFFIX.sub("", title)
    return title


def _date(tree: LexborHTMLParser, container: LexborNode | None, ld: dict) -> str | None:
    # Publication metadata first: a page's visible <time> is often "updated" or a display date.
    candidates = [
        _meta(tree, "article:published_time"), _meta(tree, "og:published_time"),
        _text(ld.get("datePublished")), _meta(tree, "datePublished"), _meta(tree, "date"),
        _meta(tree, "pubdate"), _meta(tree, "publish-date"), _meta(tree, "parsely-pub-date"),
        _meta(tree, "dc.date"), _meta(tree, "dc.date.issued"), _meta(tree, "sailthru.date"),
    ]
    if container is not None:
        candidates.append(_attr(container, "time[datetime]", "datetime"))
    candidates.append(_attr(tree, "time[datetime]", "datetime"))
    for value in candidates:
        if date := normalise_date(value):
            return date
    # No machine-readable date: a printed dateline ("June 21, 2023 9:02am PT") near the headline.
    for node in tree.css("time, [class*=date], [class*=byline], [class*=meta], [class*=posted]"):
        if date := dateline_date(_clean(node.text()) or ""):
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
        raw = _CDATA.sub("", node.text() or "")
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
                return item
    return {}


def _ld_items(data: object, depth: int = 0) -> list[dict]:
    if depth > 3:
        return []
    if isinstance(data, list):
        return [item for d in data for item in _ld_items(d, depth + 1)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph"), depth + 1)]
    return []


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
    # Heading permalinks ("Title¶") are page furniture, not part of the words.
    return " ".join(value.split()).rstrip(" ¶#") or None if value and value.strip() else None


def _text(value: object) -> str | None:
    return _clean(value) if isinstance(value, str) else None
