"""Find the story on a web page and turn it into paragraphs, leaving the site around it out.

The story is the fullest ``<article>`` or ``<main>`` (else the element where prose outweighs
page furniture the most). Navigation, asides, scripts, styles, headers, footers, forms and
furniture (share bars, ad slots, "related" rails, "RELATED:" cross-links, copyright lines)
are dropped. Every block element (paragraph, heading, list item, quotation) becomes one
paragraph.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from search.ingest.formats.bylines import dateline_date

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
_PARAGRAPHS = frozenset({"p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd"})
_NOT_PROSE = frozenset({"a", "nav", "aside", "footer", "header", "form", "button", "figcaption", "select"})
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")
MIN_ARTICLE_CHARS = 200  # less paragraph text than this in <article>/<main> means the markup is not the story


def furniture_text(paragraph: str) -> bool:
    if _FURNITURE_TEXT.match(paragraph):
        return True
    if len(paragraph) < 150 and _COPYRIGHT.search(paragraph):
        return True
    return len(paragraph) < 60 and dateline_date(paragraph) is not None


def ancestor(node: LexborNode, tag: str, limit: LexborNode) -> LexborNode | None:
    node = node.parent
    while node is not None and node.mem_id != limit.mem_id:
        if node.tag == tag:
            return node
        node = node.parent
    return None


def drop_furniture(container: LexborNode, keep: LexborNode | None = None) -> None:
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


def find_story(tree: LexborHTMLParser) -> LexborNode | None:
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
