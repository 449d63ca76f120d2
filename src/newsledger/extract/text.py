"""Scraped page text: keep the article, cut footers, sidebars and teasers, find the dateline.

Page text as scraped from the web is the article among lines of site furniture: menus,
teaser lists, share and cookie lines, captions, tweets, comments, a "Published in The Kessa Daily,
November 14th, 2021" footer. Each line gets a score from its shape and vocabulary (a paragraph
of prose scores its words; a short line without terminal punctuation, a repeated line, a
boilerplate line or an end-of-article heading costs; a paragraph standing alone between
short lines, like a teaser, or below a comments heading counts little) and the article is
the run of lines with the highest total (a maximum-sum subarray). The run then takes in a
list it introduces, a summary box just above it ("Key points" over bulleted sentences, as a live
blog opens) and a paragraph just below it that names what the article names. Inside
the run, furniture is dropped; short lines followed by prose stay as subheadings. Title,
byline, dateline, publisher and date come from the lines around the run and the footer.

The body is made of the input's own lines, unchanged except that a dateline is cut from the
front of the first paragraph and a "(Reporting by ...)" credit from the end of the last;
paragraphs are joined with a blank line. Later stages point offsets into this body and quote
it word for word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ..record import Rejected
from . import text_rules as rules
from .model import Extracted

__all__ = ["extract_text"]

STAGE = "extract"

# a run needs this many words of prose to count as an article (the pipeline then applies min_body_words)
MIN_ARTICLE_WORDS = 20
_CREDIT = re.compile(
    r"\W*(?:photo|image|picture|credit)s?\b|.{0,60}(?:Getty Images|/\s*AP|/\s*AFP|/\s*Reuters)\W*$", re.I
)
_CREDIT_WORDS = 8  # the most words a photo credit has ("Photo: Ana Ruiz for the Kessa Herald / Reuters")
_SENTENCE_END = re.compile(r"[.!?][\"”’')»]*\s*$")  # a sentence's full stop, perhaps inside its closing marks
_ITEM = re.compile(rf"(?:[•●▪◦·*–-]\s|\d{{1,2}}[.)]\s|(?:{rules.MONTH})\s\d{{1,2}}\b)")
# upper-case labels that open a paragraph the way a dateline does: "EXCLUSIVE: ..."
_NOT_PLACES = frozenset(
    [
        "BREAKING",
        "BREAKING NEWS",
        "EXCLUSIVE",
        "UPDATE",
        "UPDATED",
        "WATCH",
        "LISTEN",
        "READ",
        "OPINION",
        "ANALYSIS",
        "EDITORIAL",
        "LIVE",
        "PHOTOS",
        "VIDEO",
        "CORRECTION",
        "CLARIFICATION",
        "NOTE",
        "EDITOR'S NOTE",
        "FILE",
        "FACT CHECK",
        "REVIEW",
        "INTERVIEW",
        "COMMENT",
        "URGENT",
        "ALERT",
        "FLASH",
        "SPONSORED",
        "ADVERTISEMENT",
    ]
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_COUNTER = re.compile(r"\s\(\d+\)$")
_DECORATION = " -–—|•*·[](){}<>«»=_#~"
_TERMINAL = (".", "?", "!", '"', "”", "’", "'", ")", ":", "»", "。", "！", "？", "」", "』")


@dataclass(slots=True)
class _Line:
    text: str
    words: int
    # prose | long | medium | short | table | boiler | barrier | comments | caption | tweet | teaser | stamp | credits
    # | footer
    kind: str
    score: float
    repeated: bool = False
    isolated: bool = False  # a paragraph with no paragraph beside it
    entry: bool = False  # a paragraph of a live page's timed entry


def _word_count(text: str) -> int:
    """Words in a line; Chinese and Japanese write none of the spaces, so two characters count as one word."""
    words = len(text.split())
    if len(text) > 12 * words:
        words = max(words, len(_CJK.findall(text)) // 2)
    return words


def _glued_headline(text: str) -> bool:
    """A Title Case headline run into its teaser with no space: "...In Northern MichiganMichigan Department"."""
    m = rules.GLUED_TEASER.match(text)
    if not m:
        return False
    # a sentence's first word is capitalised anyway, and a time or number is no Title Case ("The 19:05 InterCity
    # service left …" is prose)
    head = m.group(0).split()[1:-1]
    return bool(head) and sum(w[:1].isupper() for w in head) >= 0.7 * len(head)


def _classify(text: str, repeated: bool) -> tuple[str, float]:
    words = _word_count(text)
    terminal = text.endswith(_TERMINAL) and not text.endswith("...")
    # "- Advertisement -", "[ 167 comments ]", "|Share": the words without their decoration
    core = text.strip(_DECORATION)
    if words <= 12 and rules.COMMENTS.match(core):
        return "comments", -40.0
    if words <= 12 and rules.BARRIER.match(core):
        return "barrier", -20.0
    if words <= 16 and rules.FOOTER_PUBLISHED.match(text):
        return "footer", -60.0
    if words <= 25 and rules.CREDITS.match(text):
        return "credits", -2.0
    if words <= 40 and (rules.BOILERPLATE.fullmatch(core) or rules.BOILERPLATE_PHRASE.search(text)):
        return "boiler", -6.0
    if words <= 20 and rules.COPYRIGHT.match(text):
        return "boiler", -6.0
    if _glued_headline(text):
        return "teaser", -4.0
    if ("twitter.com/" in text or "(@" in text) and rules.TWEET.search(text):
        return "tweet", -3.0
    # cheap test first: every stamp has a colon, "ago", a leading number or is one or two words
    if words <= 14 and (":" in text or "ago" in text or text[:1].isdigit() or words <= 2) and rules.STAMP.search(text):
        return "stamp", -10.0
    if words <= 40 and (rules.CAPTION_START.match(core) or rules.CAPTION_END.search(text[-80:])):
        return "caption", -3.0
    if text.endswith(")") and _COUNTER.search(text):
        # "Kessa striker faces a long suspension (148)": a most-read list with comment counts
        return "short", -2.0
    if repeated and words < 8:
        # the same short line twice on a page is a menu entry or a sidebar title
        return "short", -4.0
    if words <= 30 and text.endswith(rules.TEASER_END):
        return "teaser", -4.0
    if words >= 8 and terminal:
        return "prose", float(words)
    if words >= 16:
        return "long", words * 0.6
    if terminal and words >= 3:
        return "medium", 1.0
    return "short", -2.0


_TEXTUAL = ("prose", "long", "medium")
_INLINE = ("boiler", "caption", "tweet")  # furniture inside an article: ads, photo captions, embedded tweets


def _neighbour(lines: list[_Line], i: int, step: int) -> _Line | None:
    i += step
    while 0 <= i < len(lines) and lines[i].kind in _INLINE:
        i += step
    return lines[i] if 0 <= i < len(lines) else None


def _subheaded(lines: list[_Line]) -> set[int]:
    """Paragraphs of sentences right under a subheading of four words or fewer ("Homes", "Roads"), when
    the page has two or more: sections of an article, not teasers under the longer titles of other stories (nor a
    headline under a section label, "World › Europe", which is no sentence)."""
    out = {
        i
        for i, line in enumerate(lines)
        if line.kind == "prose"
        and i > 0
        and lines[i - 1].kind == "short"
        and not lines[i - 1].repeated
        and 0 < lines[i - 1].words <= 4
        and not lines[i - 1].text.endswith((*_TERMINAL, ":"))
    }
    return out if len(out) >= 2 else set()


def _damp_isolated(lines: list[_Line]) -> None:
    """A paragraph with no paragraph beside it is a teaser between sidebar titles; it counts little, unless it is a
    section under a subheading of its own (``_subheaded``)."""
    sections = _subheaded(lines)
    for i, line in enumerate(lines):
        if line.kind not in ("prose", "long") or line.entry or i in sections:
            continue
        before, after = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
        if not any(n is not None and n.kind in _TEXTUAL for n in (before, after)):
            line.score, line.isolated = (min(line.score * 0.2, 3.0) if line.words < 60 else line.score * 0.5), True


# a line that is a time of day alone: "16:40", "9.05am", "11:10 GMT"
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.IGNORECASE)


def _live_entries(lines: list[_Line]) -> None:
    """A live page is one article in timed entries: three or more lines that are a time alone, each followed
    within three lines by a paragraph, above any comments. Their times separate entries and cost nothing, and an
    entry's one paragraph is no teaser."""
    comments = next((i for i, line in enumerate(lines) if line.kind == "comments"), len(lines))
    entries = []
    for i in range(comments):
        if lines[i].kind == "stamp" and _ENTRY_TIME.fullmatch(lines[i].text):
            below = [k for k in range(i + 1, min(i + 4, comments)) if lines[k].kind in ("prose", "long")]
            if below:
                entries.append((i, below[0]))
    if len(entries) < 3:
        return
    for stamp, first in entries:
        lines[stamp].score = 0.0
        k = first
        while k < comments and lines[k].kind in ("prose", "long"):
            lines[k].entry = True
            k += 1


def _damp_comments(lines: list[_Line]) -> None:
    """Reader comments are prose too; after the first comments heading below some prose, lines count a third.

    ("Comments" in a menu above the article starts nothing.)"""
    start, prose_above = len(lines), 0
    for i, line in enumerate(lines):
        if line.kind == "comments" and prose_above >= 50:
            start = i
            break
        if line.kind in ("prose", "long"):
            prose_above += line.words
    for line in lines[start:]:
        if line.score > 0:
            line.score *= 0.3


def _best_run(lines: list[_Line]) -> tuple[int, int, float]:
    """Maximum-sum run of line scores (Kadane): (start, end exclusive, total)."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, line in enumerate(lines):
        if total <= 0:
            start, total = i, 0.0
        total += line.score
        if total > best[2]:
            best = (start, i + 1, total)
    return best


_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_RUN_ENDS = ("barrier", "comments", "footer", "credits")


def _names(text: str) -> set[str]:
    return set(_NAME.findall(text))


def _extend(lines: list[_Line], start: int, end: int) -> int:
    """Take in a paragraph just below the run that names what the article names.

    An inline link ("November 14, 18:30 / Media: ...") can cut an article short; a teaser of
    another story rarely shares the article's names."""
    names = set().union(*(_names(ln.text) for ln in lines[start:end] if ln.kind in ("prose", "long")))
    while True:
        nxt = None
        for k in range(end, min(end + 4, len(lines))):
            if lines[k].kind in _RUN_ENDS:
                break
            if lines[k].kind in ("prose", "long") and lines[k].words >= 15:
                nxt = k
                break
        if nxt is None:
            return end
        own = _names(lines[nxt].text)
        shared = own & names
        if len(shared) < 2 or len(shared) < 0.3 * len(own):
            return end
        names |= own
        end = nxt + 1


def _keep(lines: list[_Line], i: int, end: int, in_list: bool) -> bool:
    """Should line ``i`` of the chosen run stay in the body?"""
    line = lines[i]
    if line.kind in ("prose", "long", "medium", "table"):
        return True
    if line.kind == "short" and not line.repeated and line.words <= 15:
        if in_list:
            return True
        # a subheading: followed by a paragraph of the article
        nxt = next((ln for ln in lines[i + 1 : end] if ln.kind != "caption"), None)
        return nxt is not None and nxt.kind in ("prose", "long")
    return False


def _list_end(lines: list[_Line], end: int) -> int:
    """A run that ends on "... tour dates:" goes on through the list that follows."""
    while end < len(lines) and lines[end].kind in ("short", "medium") and not lines[end].repeated:
        end += 1
    return end


def _items(lines: list[_Line]) -> set[int]:
    """Lines in a run of three or more numbered, bulleted or dated items ("1. ...", "• ...", "June 9 -- ...")."""
    marked = [ln.kind in ("short", "medium", "prose") and bool(_ITEM.match(ln.text)) for ln in lines]
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and marked[j]:
            j += 1
        if j - i >= 3:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


_POSTS_ABOVE = 8
_POST_KINDS = ("stamp", "short", "medium", "prose", "long")


def _summary_above(lines: list[_Line], start: int) -> int:
    """Where a summary box just above the run starts: a heading like "Key points", "At a glance" or "The flood in
    numbers" over two or more bulleted
    items of a sentence's length ("- The airline says 3,400 flights are cancelled"), as a live blog opens; a few
    lines of its latest posts may stand between the items and the run. Its items become lines of the body;
    else ``start``."""
    i = start - 1
    # the latest posts (a time stamp, a headline, a line or two) may stand between the box and the run
    while i >= 0 and start - i <= _POSTS_ABOVE and lines[i].kind in _POST_KINDS and not _ITEM.match(lines[i].text):
        i -= 1
    items: list[int] = []
    while i >= 0:
        line = lines[i]
        if line.kind == "stamp":
            i -= 1
        elif line.kind in ("short", "medium", "prose", "long") and _ITEM.match(line.text) and line.words >= 4:
            items.append(i)
            i -= 1
        else:
            break
    heading = lines[i].text.strip(_DECORATION + ":") if i >= 0 else ""
    if len({lines[k].text for k in items}) < 2 or not rules.SUMMARY_HEADING.fullmatch(heading):
        return start
    for k in items:
        lines[k].kind = "medium"  # a statement of the article, though it has no full stop
    return i + 1


def _introduced_list_above(lines: list[_Line], start: int) -> int:
    """Where a paragraph starts that ends on a colon right above two or more bulleted or numbered items right
    above the run ("… according to the health office:" over "• 2,310 patients admitted", "• 31 deaths"): the lede
    and the list it introduces are the article's; else ``start``."""
    i = start - 1
    items: list[int] = []
    while i >= 0 and lines[i].kind in ("short", "medium", "prose", "long") and _ITEM.match(lines[i].text):
        items.append(i)
        i -= 1
    if len({lines[k].text for k in items}) < 2 or i < 0:
        return start
    if lines[i].kind not in ("prose", "long") or not lines[i].text.endswith(":"):
        return start
    for k in items:
        lines[k].kind = "medium"  # a statement of the article, though it has no full stop
    return i


def _lead_in(lines: list[_Line], end: int, items: set[int]) -> int | None:
    """A list just below the run is the article's, under at most one heading ("Tour dates") and one line that
    introduces it ("From the board's report:"): the index of its next item, or None."""
    k = end
    while k < len(lines) and k not in items and k - end < 2 and lines[k].kind in ("short", "medium"):
        k += 1
    if k not in items or (k - end == 2 and not lines[k - 1].text.endswith(":")):
        return None
    return k


def _body_lines(lines: list[_Line], start: int, end: int) -> list[int]:
    """The indices of the run's lines that make the body, one copy of each."""
    if end <= start:
        return []
    if lines[end - 1].text.endswith(":"):
        end = _list_end(lines, end)
    items = _items(lines)
    while (lead := _lead_in(lines, end, items)) is not None:
        end = lead + 1
    kept: list[int] = []
    seen: set[str] = set()
    in_list = False
    for i in range(start, end):
        line = lines[i]
        key = line.text.casefold()
        # a page printed twice (an AMP copy) or a standfirst repeated in the text: keep one copy
        if key not in seen and _keep(lines, i, end, in_list or i in items):
            kept.append(i)
            seen.add(key)
        if line.kind in ("prose", "long", "medium"):
            # the items of a list introduced by "...:" are short lines of the article
            in_list = line.text.endswith(":")
        elif line.kind != "short":
            in_list = False
    return kept


def _strip_dateline(first: str) -> tuple[str, str | None, bool]:
    """Cut a dateline from the front of the first paragraph: (rest, place, found)."""
    for rx in (rules.DATELINE_AGENCY, rules.DATELINE_CAPS):
        m = rx.match(first)
        if m and len(first) - m.end() > 20:
            place = _place(m)
            if place is None or place.upper() not in _NOT_PLACES:
                return first[m.end() :], place, True
    return first, None, False


def _place(m: re.Match[str]) -> str | None:
    place = m.groupdict().get("place") or m.groupdict().get("place2")
    return place.strip(" ,") if place else None


def _dateline_line(text: str) -> str | None:
    """The place of a dateline printed on a line of its own ("VELMONT (AP) —", "KESSA:")."""
    for rx in (rules.DATELINE_AGENCY, rules.DATELINE_CAPS):
        m = rx.match(text + " X")
        place = _place(m) if m and m.end() == len(text) + 1 else None
        if place and place.upper() not in _NOT_PLACES:
            return place
    return None


_FURNITURE = ("barrier", "comments", "boiler", "caption", "tweet", "teaser", "credits", "footer", "stamp")


def _header(lines: list[_Line], start: int) -> list[_Line]:
    """The lines above the article that may carry its headline, byline and date (nearest first)."""
    out: list[_Line] = []
    for line in reversed(lines[max(0, start - 30) : start]):
        if line.kind in ("barrier", "comments", "footer") or len(out) == 6:
            break
        if line.kind not in _FURNITURE or line.kind == "stamp":
            out.append(line)
    return out


def _title(header: list[_Line]) -> str | None:
    """The headline: the nearest title-shaped line above the article, preferring one of five words or more
    to a short photo label or kicker ("Tomas Velikov", "World news"); never a bar of links or menu entries."""
    shaped = [
        line.text
        for line in header
        if line.kind != "stamp"
        and 3 <= line.words <= 25
        and not line.text.endswith((".", ":"))
        and not rules.BYLINE.search(line.text)
        and not rules.DATE_LINE.search(line.text)
        and sum(line.text.count(mark) for mark in "|·•") < 2  # "Share: Facebook · X · Email": a bar of links
    ]
    return next((t for t in shaped if len(t.split()) >= 5), shaped[0] if shaped else None)


def _byline(candidates: list[str]) -> str | None:
    for text in candidates:
        m = rules.BYLINE.search(text)
        if m:
            # "MARTA KELLEN Associated Press", "Jane Doe, Staff Writer": the names only
            return rules.BYLINE_ROLE.sub("", m.group("who")).strip(" ,-–—") or None
    return None


def _credits_byline(text: str) -> str | None:
    m = rules.CREDITS.match(text)
    if m and text.lower().lstrip("( ").startswith(("reporting", "reported", "written", "writing")):
        return m.group("who").strip()
    return None


def _wrap_width(stripped: list[str]) -> int | None:
    """The column a hard-wrapped page is wrapped at, or None when its paragraphs are single lines."""
    long = sorted(len(ln) for ln in stripped if len(ln) >= 40)
    if len(long) < 4:
        return None
    width = long[int(0.9 * (len(long) - 1))]
    broken = sum(1 for ln, nxt in pairwise(stripped) if nxt and len(ln) >= 0.75 * width and not ln.endswith(_TERMINAL))
    # paragraphs apart, most long lines stop mid-sentence, and none runs much past the others
    return width if "" in stripped and width <= 100 and broken >= 0.5 * len(long) else None


def _unwrap(stripped: list[str]) -> list[str]:
    """Non-empty lines, a hard-wrapped paragraph ("...the river\\nbegan to fall.") rejoined as one line.

    On a page wrapped at a fixed width, a line continues the one above when that one is nearly as
    long as the width and no blank line comes between; elsewhere, when the one above is long and
    stops mid-sentence and this one starts in lower case. The newline between them is kept, so the
    text stays a copy of the page."""
    width = _wrap_width(stripped)
    out: list[str] = []
    joinable = False
    for ln in stripped:
        if not ln:
            joinable = False
            continue
        if joinable and (width is not None or ln[:1].islower()):
            out[-1] += "\n" + ln
        else:
            out.append(ln)
        if width is not None:
            joinable = len(ln) >= 0.75 * width
        else:
            joinable = len(ln) >= 40 and len(ln.split()) >= 7 and not ln.endswith(_TERMINAL)
    return out


def _classify_lines(raw: list[str]) -> list[_Line]:
    counts = Counter(ln.casefold() for ln in raw)
    lines: list[_Line] = []
    for i, ln in enumerate(raw):
        repeated = counts[ln.casefold()] > 1
        kind, score = _classify(ln, repeated)
        if repeated and (raw[i - 1 : i] == [ln] or raw[i + 1 : i + 2] == [ln]):
            # a line printed twice in a row is a photo caption and its alt text
            kind, score = "caption", -3.0
        lines.append(_Line(ln, _word_count(ln), kind, score, repeated))
    for prev, line in pairwise(lines):
        if line.kind == "tweet" and line.text.startswith(("—", "–", "-")) and prev.words <= 60:
            # "— Kessa Alerts (@KessaAlerts) November 14, 2021" signs the tweet's text above it
            prev.kind, prev.score = "tweet", -3.0
        if line.kind == "teaser" and prev.kind == "prose" and line.words >= 8 and line.text.endswith(rules.TEASER_END):
            # "... Kestrel Motors confirmed this in a statement…" below a paragraph: a lead-in to a quote
            line.kind, line.score = "prose", float(line.words)
        # a sentence just above a photo credit is the photo's caption; above a caption that opens on "PHOTO:" and
        # says what the photo shows itself (a credit names no more than its maker: "Photo: Ana Ruiz/Kessa Wire"),
        # a sentence of the story stays, and only a line with no full stop (a headline) goes
        credit = line.kind == "caption" and _CREDIT.match(line.text)
        told = line.words > _CREDIT_WORDS and _SENTENCE_END.search(prev.text) is not None
        if credit and not told and prev.kind in ("prose", "medium") and prev.words <= 25:
            prev.kind, prev.score = "caption", -3.0
    _tables(lines)
    _boxes(lines)
    _live_entries(lines)
    _damp_isolated(lines)
    _damp_comments(lines)
    return lines


def table_cells(text: str) -> list[str]:
    """A line's cells, when it is written as a row of cells between "|" or tabs, or aligned in columns by runs of
    spaces ("Ardal     6     2"; two separators or more); else []. The claims stage reads a table's cells with it
    too."""
    sep = "|" if text.count("|") >= 2 else "\t" if text.count("\t") >= 2 else None
    if sep is None and len(_COLUMN_GAP.findall(text.strip())) >= 2:
        return _COLUMN_GAP.split(text.strip())
    return [c.strip() for c in text.strip().strip("|").split(sep)] if sep else []


_COLUMN_GAP = re.compile(r"[ \t]{2,}")


def column_names(row: list[str], width: int) -> list[str] | None:
    """A table's row of column names for rows of ``width`` cells: the same number of cells, or one fewer when it
    names no column over the rows' labels (a line of text aligned in columns loses its leading spaces)."""
    if len(row) == width:
        return row
    return ["", *row] if len(row) == width - 1 else None


def _tables(lines: list[_Line]) -> None:
    """Rows of a table of figures ("Ardal | 6 | 2 | 1,240"), two or more with as many cells each and figures
    in most cells after the first, are a part of the article, as is the row of column names right above them;
    a menu ("Home | News | Sport") holds no figures."""
    cells = [table_cells(line.text) for line in lines]
    i = 0
    while i < len(lines):
        width = len(cells[i])
        j = i
        while j < len(lines) and width >= 3 and len(cells[j]) == width and _figures_row(cells[j]):
            j += 1
        if j - i >= 2:
            head = i - 1 if i > 0 and column_names(cells[i - 1], width) is not None else i
            for line in lines[head:j]:
                line.kind, line.score = "table", 1.0
            i = j
        else:
            i += 1


def box_row(text: str) -> re.Match[str] | None:
    """A line of a box of figures, as ``rules.BOX_ROW`` writes one, with a label of at most eight words; else None.
    The claims stage reads a box's lines with it too."""
    m = rules.BOX_ROW.fullmatch(text)
    return m if m is not None and len(m["label"].split()) <= 8 else None


def _boxes(lines: list[_Line]) -> None:
    """A box of figures ("Lifejackets: 6" over "Fire doors: 11"), two lines or more of a label and a
    figure, is a part of the article, as are the short heading right above it and a line right below it or under
    the heading naming where its figures come from ("Source: Kessa Port Authority"); lines of a menu or a time
    stamp are not."""
    rows = [line.kind in ("short", "medium") and box_row(line.text) is not None for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j - i < 2:
            i += 1
            continue
        first, last = i, j
        if first > 0 and rules.BOX_SOURCE.fullmatch(lines[first - 1].text):
            first -= 1  # "Source: …" under the box's heading
        if first > 0 and lines[first - 1].kind in ("short", "medium") and lines[first - 1].words <= 12:
            first -= 1  # the box's heading
        if j < len(lines) and rules.BOX_SOURCE.fullmatch(lines[j].text):
            last = j + 1
        for line in lines[first:last]:
            line.kind, line.score = "table", 1.0
        i = last


def _figures_row(cells: list[str]) -> bool:
    """Do most cells after the row's label hold a figure?"""
    rest = cells[1:]
    return sum(bool(re.search(r"\d", c)) for c in rest) * 2 > len(rest)


def _footer(lines: list[_Line], start: int, end: int) -> tuple[str | None, str | None]:
    """Publisher and ISO date from a "Published in <Publisher>, <date>" footer, else from a copyright line."""
    for line in lines[start:]:
        m = rules.FOOTER_PUBLISHED.match(line.text) if line.kind == "footer" else None
        if m:
            return (m.group("pub").strip() if m.group("pub") else None), rules.parse_date(m.group("date"))
    for line in lines[end : end + 4]:
        # "Copyright 2021 The Kessa Daily. All Rights Reserved." just below the article
        m = rules.COPYRIGHT.match(line.text)
        if m and 1 <= len(m.group("owner").split()) <= 6:
            return m.group("owner").strip(" ,"), None
    return None, None


def extract_text(text: str) -> Extracted | Rejected:
    """Clean scraped page text into an article body plus the metadata written around it."""
    stamp = rules.PAGE_STAMP.match(text)
    if stamp:
        text = text[stamp.end() :]
    raw = _unwrap([ln.strip() for ln in text.splitlines()])
    if not raw:
        return Rejected(STAGE, "empty", "the page text is empty")

    lines = _classify_lines(raw)
    start, end, _ = _best_run(lines)
    start = _introduced_list_above(lines, _summary_above(lines, start))
    end = _extend(lines, start, end)
    kept = _body_lines(lines, start, end)
    prose_words = sum(lines[i].words for i in kept if lines[i].kind in ("prose", "long"))
    if not kept or prose_words < MIN_ARTICLE_WORDS:
        return Rejected(
            STAGE,
            "no_article",
            f"no article found in the page text: the longest run of prose has {prose_words} words "
            f"(fewer than {MIN_ARTICLE_WORDS}); a list of headlines, a login wall or a cookie notice?",
        )

    paragraphs_of_prose = [lines[i] for i in kept if lines[i].kind in ("prose", "long")]
    lone = [line.words for line in paragraphs_of_prose if line.isolated]
    # teasers are a sentence or two; a roundup of long paragraphs under subheadings is an article
    if len(lone) >= 3 and len(lone) == len(paragraphs_of_prose) and sorted(lone)[len(lone) // 2] <= 40:
        return Rejected(
            STAGE,
            "no_article",
            "no article found in the page text: every paragraph stands alone between short lines, "
            "like the teasers of a list of headlines",
        )

    # short lines at the top of the run are the headline, kicker or byline, not body
    header = _header(lines, start)
    while kept and lines[kept[0]].kind == "short":
        header.insert(0, lines[kept.pop(0)])
    paragraphs = [lines[i].text for i in kept]
    first, dateline, found = _strip_dateline(paragraphs[0])
    if found:
        paragraphs[0] = first
    elif header:
        dateline = _dateline_line(header[0].text)
    credits = rules.CREDITS_TAIL.search(paragraphs[-1])
    if credits and credits.start() > 0:
        # "... with hundreds evacuated. (Reporting by A; Editing by B)": the sentence stays, the credits go
        paragraphs[-1] = paragraphs[-1][: credits.start()]

    publisher, published = _footer(lines, start, end)
    if published is None and stamp:
        published = rules.parse_date(stamp.group("date"))
    if published is None:
        published = next((d for d in (rules.parse_date(ln.text) for ln in header if ln.words <= 14) if d), None)
    byline = _byline([ln.text for ln in header])
    if byline is None:
        tail = [credits.group(0).strip()] if credits else []
        byline = next((b for b in map(_credits_byline, tail + [ln.text for ln in lines[end - 1 : end + 3]]) if b), None)

    return Extracted(
        body="\n\n".join(paragraphs),
        title=_title(header),
        byline=byline,
        publisher=publisher,
        published=published,
        dateline=dateline,
    )
