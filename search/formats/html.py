"""Saved web pages: the article's own text and metadata, without the site around it.

The body comes from the fullest ``<article>`` or ``<main>`` (else the element whose paragraphs
hold the most text), minus navigation, asides, scripts, styles, headers, footers, forms and
page furniture (share bars, ad slots, "related" rails, "RELATED:" cross-links). Every block
element (paragraph, heading, list item, quotation) becomes one paragraph; paragraphs are
separated by a blank line.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..language import detect
from ..model import Article
from .bylines import BYLINE, dateline_date
from .common import article
from .dates import normalise_date

_DROP = ("nav, aside, script, style, noscript, template, footer, header, form, button, select, "
         "iframe, svg, canvas, [hidden], [aria-hidden=true], [role=navigation], "
         "[role=complementary], [style*='display:none'], [style*='display: none'], "
         ".byline, .author, .dateline, .sr-only, .visually-hidden, .screen-reader-text")
# Class or id words that mark page furniture inside an article: share bars, ad slots, "related" rails.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|social|related|recommended|newsletter|subscribe|signup|promo|advert\w*|ads?"
    r"|sponsor\w*|comments?|cookie\w*|popup|modal|breadcrumbs?|tags|sidebar|widget|outbrain|taboola|paywall"
    r"|read-?more|more-stories|jump-?links?|byline|dateline|timestamp|meta|date|posted-on"
    r"|author-?bio|follow|print-only)(?:$|[-_\s])",
    re.IGNORECASE,
)
# Paragraphs that are page furniture written as text: ad labels and cross-links to other stories.
_FURNITURE_TEXT = re.compile(
    r"^(?:(?:advertisement|sponsored|story continues below(?: advertisement)?|continue reading(?: below)?"
    r"|scroll (?:down )?to continue(?: with content)?)\W*$"
    r"|(?:related|read more|read next|also read|see also|more|watch|recommended)\s*:"
    r"|(?:sign up|subscribe)\b.{0,80}\bnewsletter\b.{0,60}$|follow us on\b.{0,80}$)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4})|\ball rights reserved\W*$", re.IGNORECASE)
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
           "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption",
           "hr", "address", "details", "summary", "body", "center"}
_SITE_SUFFIX = re.compile(r"\s+[|–—•·-]\s+(?:[^\s|–—•·]+\s?){1,5}$")
_PARAGRAPHS = frozenset({"p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd"})
_NOT_PROSE = frozenset({"a", "nav", "aside", "footer", "header", "form", "button", "figcaption", "select"})
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_CDATA = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_TOP_BLOCKS = 6
MIN_ARTICLE_CHARS = 200  # less paragraph text than this in <article>/<main> means the markup is not the story


def parse_html(text: str, rel: str, source: str = "") -> Article:
    tree = LexborHTMLParser(text)
    ld = _json_ld(tree)
    container = _container(tree)
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
        own_header = _ancestor(h1, "header", container) if h1 is not None else None
        if h1 is not None:
            h1.decompose()
        _drop_furniture(container, keep=own_header)
        paragraphs = blocks(container, drop_link_only=True)
        # No metadata: the printed byline and dateline at the top of the story.
        for para in paragraphs[:_TOP_BLOCKS]:
            date = date or dateline_date(para)
            if author is None and (m := BYLINE.match(para)):
                author = m["name"].rstrip(" .")
        body = "\n\n".join(p for p in paragraphs if not _furniture_text(p))
    if not body.strip():
        body = _text(ld.get("articleBody")) or ""
    found = article(rel, source, title, body, date=date, author=author, url=url)
    found.language = detect(found.text, default=hint or "en")
    return found


def _furniture_text(paragraph: str) -> bool:
    if _FURNITURE_TEXT.match(paragraph):
        return True
    if len(paragraph) < 150 and _COPYRIGHT.search(paragraph):
        return True
    return len(paragraph) < 60 and dateline_date(paragraph) is not None


def _ancestor(node: LexborNode, tag: str, limit: LexborNode) -> LexborNode | None:
    node = node.parent
    while node is not None and node.mem_id != limit.mem_id:
        if node.tag == tag:
            return node
        node = node.parent
    return None


def _drop_furniture(container: LexborNode, keep: LexborNode | None = None) -> None:
    for node in container.css(_DROP):
        if keep is None or node.mem_id != keep.mem_id:
            node.decompose()
    total = len(container.text() or "")
    for node in container.css("[class], [id]"):
        words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        # A wrapper named "article-body ad-free" still holds the story: never drop most of the text.
        if _FURNITURE.search(words) and len(node.text() or "") < total / 2:
            node.decompose()


def html_text(fragment: str) -> str:
    """Reading text of an HTML fragment (a body stored as HTML in a JSON export)."""
    tree = LexborHTMLParser(fragment)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css("script, style, noscript, template"):
        node.decompose()
    return "\n\n".join(blocks(root))


def blocks(node: LexborNode, drop_link_only: bool = False) -> list[str]:
    """The paragraphs under ``node``: inline text gathered until the next block element starts.

    With ``drop_link_only``, a paragraph made of nothing but links (a list of other stories, an
    archive menu) is left out.
    """
    out: list[str] = []
    buf: list[str] = []
    plain = [False]  # does the paragraph being gathered hold any text outside a link?

    def flush() -> None:
        # Source line breaks are plain white space in HTML; only <br> (kept as "\n") breaks a line.
        para = "\n".join(" ".join(line.split()) for line in "".join(buf).split("\n"))
        para = para.strip("\n ")
        if para and (plain[0] or not drop_link_only):
            out.append(para)
        buf.clear()
        plain[0] = False

    def walk(n: LexborNode, in_link: bool) -> None:
        for child in n.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text(deep=False) or ""
                buf.append(_SPACE.sub(" ", text))
                if not in_link and text.strip(" \t\n\r\u00a0|·•,;:-–—/"):
                    plain[0] = True
            elif tag == "br":
                buf.append("\n")
            elif tag == "pre":
                flush()
                out.append((child.text() or "").strip("\n"))
            elif tag in _BLOCKS:
                flush()
                walk(child, in_link)
                flush()
            elif tag and not tag.startswith("-"):
                walk(child, in_link or tag == "a")

    walk(node, False)
    flush()
    return out


def _container(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the story: the fullest <article>/<main>, else where the paragraphs are."""
    selectors = ("article", "main", "[role=main]", "[itemprop=articleBody]")
    candidates = [n for sel in selectors for n in tree.css(sel)]
    best = max(candidates, key=_paragraph_chars) if candidates else None
    if best is not None and _paragraph_chars(best) >= MIN_ARTICLE_CHARS:
        return best
    dense = _densest(tree)
    while dense is not None and dense.tag in _PARAGRAPHS and dense.parent is not None:
        dense = dense.parent  # one paragraph is never the whole story
    if best is not None and (dense is None or _contains(best, dense)):
        return best
    return dense or tree.body or tree.root


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node = inner
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _paragraph_chars(node: LexborNode) -> int:
    return sum(len(p.text() or "") for p in node.css("p"))


def _densest(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the most prose and the least page furniture.

    Every run of text counts for each element around it: prose (in a block of 25+ characters,
    not a link, not inside navigation, a header or a footer) for, everything else against. The best
    element is the one where prose outweighs the rest by the most, so a wrapper that also
    holds menus and link lists loses to the story's own block, however deeply it is nested.
    """
    body = tree.body
    if body is None:
        return None
    score: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    block_chars: dict[int, int] = {}
    for node in body.traverse(include_text=True):
        if not node.is_text_node:
            continue
        length = len((node.text(deep=False) or "").strip())
        if not length:
            continue
        chain, prose, block = [], True, None
        parent = node.parent
        while parent is not None and parent.is_element_node:
            tag = parent.tag
            if tag in _INVISIBLE:
                chain = []
                break
            if block is None and tag in _BLOCKS:
                block = parent
                if block.mem_id not in block_chars:
                    block_chars[block.mem_id] = len((block.text() or "").strip())
                prose = prose and block_chars[block.mem_id] >= 25
            if tag in _NOT_PROSE:
                prose = False
            chain.append(parent)
            parent = parent.parent
        weight = length if prose else -length
        for el in chain:
            score[el.mem_id] = score.get(el.mem_id, 0.0) + weight
            nodes[el.mem_id] = el
    top = max((v for k, v in score.items() if nodes[k].tag != "html"), default=0.0)
    if top <= 0:
        return None
    # Near-ties go to the tighter element: a wrapper that adds only a copyright line is not the story.
    close = [k for k, v in score.items() if v >= 0.9 * top and nodes[k].tag != "html"]
    return nodes[min(close, key=lambda k: len(nodes[k].text() or ""))]


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
