"""HTML pages → ``Extracted``: the article body (``html_body``), metadata (``html_meta``), rejections.

A page without an article — an index of links, a login or paywall, a navigation shell — is
rejected with reason ``no_article`` and a detail naming what the page looked like.
Broken or truncated markup is parsed as far as it goes; nothing here raises on bad HTML.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

from ..record import Rejected
from .html_body import Block, article_blocks, clean_blocks, join_blocks, split_dateline
from .html_meta import read_meta
from .model import Extracted

__all__ = ["extract_html"]

STAGE = "extract"

_WORD = re.compile(r"\w+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Text of login and paywall pages; checked only when the page yields little article text.
_WALL = re.compile(
    r"(?:subscribe|log\s*in|sign\s*in|register)\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading"
    r"|(?:already\s+a\s+subscriber|already\s+have\s+an\s+account)"
    r"|this\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:available\s+)?(?:for|to)\s+(?:subscribers|members)"
    r"|(?:create|start)\s+(?:a\s+)?(?:free\s+)?(?:account|subscription)\s+to\s+(?:read|continue)"
    r"|forgot\s+(?:your\s+)?password",
    re.I,
)
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf€™œ\u201a-\u201e\u2020-\u2026\u2030\u2039\u203a]")
# A paywall teaser is a paragraph or two; longer texts on pages with a "sign in" header are articles.
_WALL_MAX_WORDS = 100


def _repair_mojibake(text: str) -> str:
    """UTF-8 bytes that were decoded as cp1252/latin-1 upstream ("Ã©", "â€™") → the intended text."""
    if next(itertools.islice(_MOJIBAKE.finditer(text), 1, None), None) is None:  # fewer than two
        return text
    for enc in ("cp1252", "latin-1"):
        try:
            return text.encode(enc).decode("utf-8")
        except UnicodeError:
            continue
    return text


# libxml2 stops reading a page nested deeper than 256 elements unless told otherwise ("huge_tree");
# trafilatura and readability parse with its defaults, so a deeper page is flattened for them
_PARSER = lxml_html.HTMLParser(huge_tree=True)
_LIBXML_DEPTH = 250  # a tree this deep may have been cut short
_MAX_DEPTH = 200


def _deeper_than(tree: Any, depth: int) -> bool:
    """Whether an element sits more than ``depth`` levels down (one XPath query, no walk in Python)."""
    return bool(tree.xpath(f"boolean(//*[count(ancestor::*) >= {depth}])"))


def _parse(html: str) -> Any:
    """An ``lxml.html`` document, or ``None`` when nothing parseable is left.

    trafilatura's own loader first: the tree is then exactly the one trafilatura would build, so the
    page is parsed once and handed to it (it works on a copy).
    """
    tree = load_html(html)
    if tree is not None and not _deeper_than(tree, _LIBXML_DEPTH - 1):
        return tree
    # nothing, or a tree cut at libxml2's default depth: parse again with no depth limit (then flatten)
    try:
        return lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=_PARSER)
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on some shells ("<html></html>")
        return None


def _too_deep(tree: Any) -> list[Any]:
    """The elements on a path deeper than ``_MAX_DEPTH`` (empty for an ordinary page), in document order."""
    depth, deepest = 0, 0
    below: dict[Any, int] = {}  # element -> depth of its deepest descendant
    order: list[tuple[Any, int]] = []
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            order.append((el, depth))
            continue
        below[el] = max(below.get(el, depth), depth)
        parent = el.getparent()
        if parent is not None:
            below[parent] = max(below.get(parent, 0), below[el])
        deepest = max(deepest, depth)
        depth -= 1
    if deepest <= _MAX_DEPTH:
        return []
    return [el for el, _ in order if below[el] > _MAX_DEPTH]


def _flatten(tree: Any) -> bool:
    """Unwrap elements until the page is at most ``_MAX_DEPTH`` deep; whether anything changed.

    Wrappers first (an element holding one element and no text of its own, as in 255 nested
    ``div``s), so that paragraphs keep their tags; then whatever still sits too deep.
    """
    if not _deeper_than(tree, _MAX_DEPTH):
        return False
    deep = _too_deep(tree)
    for el in deep:
        if (
            el.tag not in ("html", "head", "body")
            and len(el) == 1
            and not (el.text or "").strip()
            and not (el[0].tail or "").strip()
        ):
            el.drop_tag()
    depth, still = 0, []
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if event == "start" and depth > _MAX_DEPTH:
            still.append(el)
    for el in still:
        el.drop_tag()
    return True


def _byline_from_page(tree: Any) -> str | None:
    """A visible byline: ``rel=author``, ``itemprop=author`` or an element with a ``byline`` class."""
    for el in tree.xpath('//*[@rel="author" or @itemprop="author" or contains(@class, "byline")]')[:3]:
        text = re.sub(r"\s+", " ", el.text_content()).strip()
        text = re.sub(r"^(?:by|from)\s+", "", text, flags=re.I)
        if 2 <= len(text) <= 80 and not any(c.isdigit() for c in text):
            return text
    return None


def _opening(text: str) -> str:
    return " ".join(_WORD.findall(text.lower())[:8])


def _texts_after_headline_links(tree: Any) -> set[str]:
    """Openings of the text that directly follows each headline-like link (four words or more).

    On an index page every teaser sits under its headline link; in an article, paragraphs do not
    start right after a link of their own.
    """
    found: set[str] = set()
    waiting = False
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        text = el.text if event == "start" else el.tail
        if waiting and text and text.strip():
            found.add(_opening(text))
            waiting = False
        if event == "end" and el.tag == "a" and len(_WORD.findall(el.text_content())) >= 4:
            waiting = True
    return found


def _no_article(tree: Any, blocks: list[Block]) -> str | None:
    """Why the page holds no article (a human-readable reason), or ``None`` if it does."""
    words = sum(b.words for b in blocks)
    prose = sum(b.words for b in blocks if b.link_ratio < 0.5 and b.words >= 8)
    if words == 0:
        return "no article text found in the page"
    if words < _WALL_MAX_WORDS:
        page_text = " ".join(tree.itertext()) if tree is not None else ""
        if words < 60 and tree is not None and tree.xpath('//input[@type="password"]'):
            return f"login wall: the page asks for a password and holds only {words} words of text"
        if _WALL.search(page_text):
            return f"paywall or login wall: the page asks to subscribe or sign in ({words} words of text)"
    # teasers are short; one real paragraph of 40 words or more means an article with links in it
    if max(b.words for b in blocks) < 40:
        after_links = _texts_after_headline_links(tree)
        teasers = [b for b in blocks if b.words >= 5 and _opening(b.text) in after_links]
        if len(teasers) >= 3 and sum(b.words for b in teasers) >= 0.7 * prose:
            return f"index page: {len(teasers)} of the text blocks are teasers under headline links"
    if prose < 40 or prose < 0.3 * words:
        return f"no running text: {words} words, mostly links or short lines (an index page, navigation or a gallery?)"
    return None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def extract_html(html: str, url: str | None = None) -> Extracted | Rejected:
    """The article in an HTML page, with its metadata; ``Rejected`` when the page has none."""
    if not html or not html.strip():
        return Rejected(STAGE, "empty", "the HTML page is empty")
    # C0 control characters (but tab, newline, carriage return) are invalid in HTML and make lxml-based
    # readers log a traceback per page
    html = _repair_mojibake(_CONTROL.sub("", html))
    tree = _parse(html)
    if tree is None:
        return Rejected(STAGE, "unparseable", "the input could not be parsed as HTML")
    if not tree.text_content().strip():
        return Rejected(STAGE, "no_article", "the page has no text at all")
    if _flatten(tree):
        html = lxml_html.tostring(tree, encoding="unicode")
    blocks = article_blocks(html, url, tree)
    reason = _no_article(tree, blocks)
    if reason:
        return Rejected(STAGE, "no_article", reason)
    page_byline = _byline_from_page(tree)  # before read_meta: htmldate may prune the tree it reads
    meta = read_meta(tree, url)
    blocks = clean_blocks(blocks, (meta.title, meta.h1))
    dateline, body = split_dateline(join_blocks(blocks))
    if not body.strip():
        return Rejected(STAGE, "no_article", "no article text left after removing boilerplate")
    return Extracted(
        body=body,
        title=meta.title,
        byline=meta.byline or page_byline,
        publisher=meta.publisher,
        published=meta.published,
        dateline=dateline,
        language=meta.language,
    )
