"""The article body of an HTML page: trafilatura first, readability-lxml as a second opinion.

trafilatura runs on every page, readability only where trafilatura's text may be a fragment
(few words, or far fewer than the page's paragraphs hold); their outputs become ``Block``s (one
paragraph, heading, list item or table row each, with the share of its text that sits inside
links). We keep trafilatura's precise output unless it is evidently a fragment of the article that
readability found whole, then trim what both tend to leave at the edges: the headline
repeated as the first block, link lists, sidebar sections and "subscribe"/"share" lines.
An opening dateline ("VELMONT (Reuters) -") is split off by ``split_dateline``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import html as lxml_html
from readability import Document as ReadabilityDocument

from .dateline import split_dateline

__all__ = [
    "Block",
    "anchor_texts",
    "article_blocks",
    "blocks_from_tree",
    "clean_blocks",
    "join_blocks",
    "split_dateline",
]

# Tags (trafilatura XML and HTML) that start a new block of text.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "head",
        "item",
        "list",
        "quote",
        "code",
        "row",
        "table",
        "lb",
        "br",
        "div",
        "section",
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "tr",
        "main",
        "header",
        "footer",
        "aside",
        "figure",
        "form",
        "address",
        "hr",
        "tbody",
        "thead",
        "tfoot",
    }
)
_CELL_TAGS = frozenset({"cell", "td", "th"})
_LINK_TAGS = frozenset({"ref", "a"})
# Captions and media: readability keeps them, trafilatura drops them; the article text never needs them.
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "graphic",
        "img",
        "figcaption",
        "svg",
        "button",
        "select",
        "option",
        "iframe",
        "object",
        "video",
        "audio",
    }
)
_HEAD_TAGS = frozenset({"head", "h1", "h2", "h3", "h4", "h5", "h6"})

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2009\u200a\u200b\u202f]+")
_SENTENCE_END = tuple('.!?…"”’»)]:。！？」')
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of article text."""

    text: str
    link_ratio: float = 0.0  # share of the characters that are link text
    heading: bool = False

    @property
    def words(self) -> int:
        # scripts written without spaces (Japanese, Chinese) count about one word per two characters
        return max(len(_WORD.findall(self.text)), len(self.text) // 6)


# ---------------------------------------------------------------- tree -> blocks


def blocks_from_tree(root: Any) -> list[Block]:
    """Walk an lxml tree (trafilatura XML or HTML) into blocks, in document order."""
    blocks: list[Block] = []
    parts: list[tuple[str, bool]] = []
    heading = False

    def flush() -> None:
        nonlocal heading
        text = _SPACE.sub(" ", "".join(p for p, _ in parts)).strip()
        if text:
            linked = sum(len(p.strip()) for p, in_link in parts if in_link)
            total = sum(len(p.strip()) for p, _ in parts) or 1
            blocks.append(Block(text=text, link_ratio=min(1.0, linked / total), heading=heading))
        parts.clear()
        heading = False

    def walk(el: Any, in_link: bool) -> None:
        nonlocal heading
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:  # comments and processing instructions: only their tail is text
            if el.tail:
                parts.append((el.tail, in_link))
            return
        tag = tag.lower()
        if tag in _SKIP_TAGS or _is_caption(el):
            if el.tail:
                parts.append((el.tail, in_link))
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            heading = tag in _HEAD_TAGS
        link = in_link or tag in _LINK_TAGS
        if el.text:
            parts.append((el.text, link))
        for child in el:
            walk(child, link)
        if tag in _CELL_TAGS:
            parts.append((" ", False))
        if block:
            flush()
        if el.tail:
            parts.append((el.tail, in_link))

    walk(root, False)
    flush()
    return blocks


def _is_caption(el: Any) -> bool:
    cls = el.get("class") if hasattr(el, "get") else None
    return bool(cls) and "caption" in str(cls).lower()


def join_blocks(blocks: Iterable[Block]) -> str:
    return "\n\n".join(b.text for b in blocks)


# ---------------------------------------------------------------- extractors


def _trafilatura_blocks(page: Any, url: str | None, anchors: set[str], *, precision: bool) -> list[Block]:
    """trafilatura's text as blocks; ``page`` is the HTML or its tree from ``trafilatura.utils.load_html``."""
    # include_links=True would give link ratios directly but changes what trafilatura keeps (worse
    # recall), so link-only blocks are recognised by their text instead (``anchors``).
    doc = trafilatura.bare_extraction(
        page,
        url=url,
        include_comments=False,
        favor_precision=precision,
        no_fallback=precision,
        with_metadata=False,
        include_tables=True,
    )
    body = getattr(doc, "body", None)
    blocks = [] if body is None else blocks_from_tree(body)
    for block in blocks:
        if _key(block.text) in anchors:
            block.link_ratio = 1.0
    return blocks


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def anchor_texts(tree: Any) -> set[str]:
    """Normalised texts of the page's links of two words or more (headline links, menus)."""
    keys = (_key(a.text_content()) for a in tree.iter("a")) if tree is not None else iter(())
    return {k for k in keys if " " in k}


def _readability_blocks(html: str) -> list[Block]:
    # no url: readability would spend its time rewriting every link to an absolute one
    summary = ReadabilityDocument(html).summary(html_partial=True)
    if not summary or not summary.strip():
        return []
    root = lxml_html.fragment_fromstring(summary, create_parent="div")
    return blocks_from_tree(root)


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = _WORD.findall(text.lower())
    if len(toks) < 4:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + 4]) for i in range(len(toks) - 3)}


def _covered(part: str, whole: set[tuple[str, ...]]) -> float:
    """Share of ``part``'s word 4-grams that also occur in ``whole``."""
    s = _shingles(part)
    return len(s & whole) / len(s) if s else 0.0


def _words(blocks: list[Block]) -> int:
    return sum(b.words for b in blocks)


def _paragraph_words(tree: Any) -> int:
    """Words inside the page's ``<p>`` elements: a cheap upper bound of its running text."""
    if tree is None:
        return 0
    return len(_WORD.findall(" ".join(tree.xpath("//p//text()"))))


# Below this many words trafilatura's text may be a teaser or a notice: readability is asked too.
_SURE_WORDS = 60


def article_blocks(html: str, url: str | None = None, tree: Any = None) -> list[Block]:
    """The article's blocks, chosen between trafilatura (precise) and readability (whole).

    ``tree`` is the page parsed by ``trafilatura.utils.load_html`` (then trafilatura does not parse
    it again); its links mark link-only blocks.
    """
    anchors = anchor_texts(tree)
    page = html if tree is None else tree
    precise = _trafilatura_blocks(page, url, anchors, precision=True)
    wp = _words(precise)
    # readability costs more than trafilatura; it is only a second opinion, needed when trafilatura may
    # hold a fragment: few words, or the page's paragraphs hold twice as many (on the Zyte pages every
    # page where readability's text or trafilatura's default mode won passes this test, 16 of 181 do)
    if wp >= _SURE_WORDS and _paragraph_words(tree) < 2 * wp:
        return precise
    try:
        whole = _readability_blocks(html)
    except Exception:  # readability is only a second opinion; on odd pages it raises anything
        whole = []
    ww = _words(whole)
    if wp < 0.25 * ww or wp == 0:
        # precision mode kept only a fragment (a reprint notice, a teaser): ask trafilatura's
        # recall-friendlier default and take whichever of the two longer texts agrees with the other
        default = _trafilatura_blocks(page, url, anchors, precision=False)
        wd = _words(default)
        if wd >= ww and (not whole or _covered(join_blocks(default), _shingles(join_blocks(whole))) > 0.5):
            return default
        return whole or default or precise
    if whole and ww >= 1.8 * wp and _covered(join_blocks(precise), _shingles(join_blocks(whole))) >= 0.9:
        # trafilatura stopped inside the article (split article containers); readability holds all of it
        return whole
    return precise


# ---------------------------------------------------------------- cleaning

# Lines that are about the page, not the story: calls to action, sharing, sign-up, legal.
_BOILERPLATE = re.compile(
    r"""^(?:
        (?:click|tap)\s+here\b | sign\s+up\b | subscribe\b | (?:get|start)\s+(?:the|our|your)\b.*\bnewsletter
        | follow\s+(?:us|@|\w+\s+on\s+(?:twitter|facebook|instagram)) | share\s+(?:this|it|on)\b
        | like\s+this\s+(?:story|article)\b | also\s+(?:on\s+\w+\.\w+|read\b|see\b) | read\s+(?:more|also)\b
        | related\s*(?:stories|articles|:) | you\s+(?:may|might)\s+also\s+like
        | more\s+(?:great\s+)?(?:\w+\s+)?stories\s*:?$ | recommended(?:\s+(?:for\s+you|stories|reading))?\s*:?$
        | advertisement$ | © | \(c\)\s*\d{4} | copyright\s*(?:©|\(c\))?\s*\d{4} | all\s+rights\s+reserved
        | filed\s+under\b | tags?\s*:?$ | comments?$ | \d+\s+comments?$ | (?:leave|post)\s+a\s+comment
        | print(?:\s+article)?$ | order\s+reprints | source\s*:\s | this\s+copy\s+is\s+for\s+your\s+personal
        | an\s+error\s+has\s+occurred | thank\s+you$ | see\s+more\s+photos | (?:have|got)\s+a\s+tip\b
        | if\s+you\s+enjoyed\s+this\s+article
    )""",
    re.I | re.X,
)
_CREDIT = re.compile(
    r"^\(?\s*(?:(?:additional\s+)?reporting\s+by|editing\s+by|contributing\s*:|.{0,60}\bcontributed\s+"
    r"(?:to\s+this\s+report|reporting))",
    re.I,
)


def _is_boilerplate(block: Block) -> bool:
    text = block.text.strip()
    if block.words > 40:
        return False
    if _BOILERPLATE.match(text) or "all rights reserved" in text.lower():
        return True
    # "copyright Kessa Review 2019 - ISSN …": a short line, unlike a sentence about copyright law
    return block.words <= 12 and text.lower().startswith("copyright") and bool(_YEAR.search(text))


_SIDEBAR_NOUNS = r"(?:stories|news|articles|headlines|posts|videos|content|coverage|reads?|picks|now)"
# Whole-line labels of sidebar sections; subheads inside articles are phrases ("More protests planned").
_SIDEBAR_LABEL = re.compile(
    rf"^(?:(?:top|latest|popular|partner|trending|related|recommended|featured|sponsored)(?:\s+{_SIDEBAR_NOUNS})?"
    rf"|more\s+(?:from|on|in)\s+.+|more\s+{_SIDEBAR_NOUNS}|most\s+(?:read|popular|viewed|shared)(?:\s+{_SIDEBAR_NOUNS})?"
    r"|editor['’]?s\s+picks?|further\s+reading|read\s+next|what\s+to\s+read\s+next|in\s+other\s+news"
    r"|you\s+(?:may|might)\s+also\s+like|recommended\s+for\s+you|trending\s+now)\s*:?$",
    re.I,
)


def _is_sidebar_label(block: Block) -> bool:
    text = block.text.strip()
    return block.words <= 5 and not text.rstrip(":").endswith(_SENTENCE_END) and bool(_SIDEBAR_LABEL.match(text))


def _is_teaser_link(block: Block) -> bool:
    """A headline-like link inside the article ("Also on …", a related story); URLs shown as text stay."""
    text = block.text.strip()
    return block.link_ratio >= 0.9 and block.words <= 20 and not text.endswith(_SENTENCE_END) and not _URL.match(text)


def _is_tail_junk(block: Block) -> bool:
    """After the article: link lists, boilerplate, credits and stray labels ("Comments", "Tags")."""
    if _is_boilerplate(block) or (block.words <= 40 and _CREDIT.match(block.text)):
        return True
    if block.heading or (block.link_ratio >= 0.8 and not _URL.match(block.text.strip())):
        return True  # a heading introduces what follows it, so one at the very end is the sidebar's
    ends = block.text.rstrip().endswith(_SENTENCE_END)
    return block.words <= 3 and not ends and not any(c.isdigit() for c in block.text)


def _norm(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _is_title(block: Block, titles: list[list[str]]) -> bool:
    words = _norm(block.text)
    if not words or len(words) > 60:
        return False
    for title in titles:
        if not title:
            continue
        if words == title:
            return True
        # "<Headline> | Site" in <title>, or the headline with a kicker word in front
        shorter, longer = (words, title) if len(words) <= len(title) else (title, words)
        if len(shorter) >= 4 and len(longer) - len(shorter) <= max(3, len(shorter) // 3) and _contains(longer, shorter):
            return True
    return False


def _contains(seq: list[str], sub: list[str]) -> bool:
    n = len(sub)
    return any(seq[i : i + n] == sub for i in range(len(seq) - n + 1))


def clean_blocks(blocks: list[Block], titles: Iterable[str | None] = ()) -> list[Block]:
    """Drop the repeated headline at the top, boilerplate lines anywhere, junk after the article."""
    norm_titles = [_norm(t) for t in titles if t]
    out = list(blocks)
    # the headline (and a kicker or "reading time" label above it) repeated at the top
    for i, block in enumerate(out[:4]):
        if _is_title(block, norm_titles):
            out = out[i + 1 :]
            break
    out = [b for b in out if not _is_boilerplate(b) and not _is_teaser_link(b)]
    # a sidebar label ("Top stories", "More from Business") in the second half: the rest is the sidebar
    for i in range(len(out) // 2, len(out)):
        if _is_sidebar_label(out[i]):
            out = out[:i]
            break
    while out and _is_tail_junk(out[-1]):
        out.pop()
    return out
