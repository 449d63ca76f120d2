"""Temporal expressions resolved against the publication date.

Candidates come from our own patterns over the body (weekdays, "last week", month names after a
preposition, absolute dates) plus spaCy DATE entities that name a month; each candidate span, never
the raw text, is resolved: weekdays and relative expressions by our own arithmetic, absolute dates by
pattern and, for the rest, by dateparser's ``DateDataParser`` (``search_dates`` over raw text reads
"we" as Wednesday).

Decisions (news speaks of the past by default):

- A bare weekday ("on Monday") is the most recent such day on or before the reference date, so
  "on Tuesday" in a Tuesday paper is that same day; "last Monday" is the most recent one strictly
  before it. In a clause in the future tense ("will meet on Monday", "next Monday"; "would" reported by a
  statement that names its weekday first, "said on Thursday it would cancel 220 on Friday"; an infinitive of
  what is expected or planned, "expected to cancel 210 on Saturday", "expected containment to reach 30% by
  Tuesday") the day is the next one on or after
  (strictly after, for "next").
- "in August" is the most recent August on or before the reference month (the coming one when the
  clause is in the future tense); granularity "month".
- "last week", "this week", "earlier this month", "last month" ... are ranges: ``value`` is the
  first day, ``end_value`` the last (capped at the reference date for "this"/"earlier this").
- "that day" and "the same day" are the last day the paragraph named before them; "two days later" and "the
  next day" are counted on from it. "Tuesday last week" is that day of the previous calendar week.
- "The day of the recall", "the morning after the capsizing": the earliest day the text gives in another
  sentence naming that event by any form of its word, a day on for "after", a day back for "before"; "the next
  day" after it counts on from it.
- Durations ("for weeks", "90 hours", "2-1/2-year"), ages and times of day are not dates.
- Without a reference date, the latest full date with a year written in the text ("Nov. 14, 2021")
  serves as reference; as the page was written around that date (on it or a few days after), a bare
  weekday then resolves to the nearest such day either way (within three days) and a day without a
  year to the nearest such day; a weekday or "yesterday" is placed by the last day written before it
  when there is one (the day the text is speaking of there). A page with no full date whose notice
  gives a year ("© 2025 Press Wire"), or whose address files it under one ("/2025/going-home"), has its
  days without a year in that year, and its weekdays placed only by a day written before them. Relative
  expressions with no reference at all are dropped; a day without a year never takes its year from the clock.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..record import DateMention
from .docindex import doc_text
from .lexicon import words
from .numbers import SMALL_NUMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "copyright_year",
    "extract_dates",
    "reference_from_text",
    "resolve_expression",
    "url_year",
    "year_nearest",
    "yearless_days",
]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    ("mdy", re.compile(rf"\b(?:on\s+)?(?:{_WD},?\s+)?(?P<mon>{_MON})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?")),
    (
        "dmy",
        re.compile(
            rf"\b(?:on\s+)?(?:{_WD},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})(?![a-z])"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<mod>(?i:last|this|next|past|on|this\s+past))\s+)?(?P<wd>{_WD})(?!s)\b"
            r"(?:\s+(?:morning|afternoon|evening|night))?(?P<week>\s+(?:of\s+)?(?i:last|next)\s+week\b)?"
        ),
    ),
    ("relday", re.compile(r"\b(?:yesterday|today|tonight|the\s+day\s+before\s+yesterday)\b", re.IGNORECASE)),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<u>days?|weeks?)\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<mod>last|this|next|earlier\s+this|later\s+this|past)\s+(?P<u>week|month|year)"
            r"(?:end)?\b(?!\s+(?:of|or))",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            # ("at the end of June" is a day; "by the end of June", a deadline, is none)
            rf"\b(?P<prep>(?i:(?<!\bby\s)(?:at\s+)?the\s+(?:end|close|start|beginning)\s+of|in|since|by|until|till|during|"
            rf"from|early|late|mid-|mid|last|this|next|earlier\s+in|later\s+in|through))\s+(?P<mon>{_MON})(?![a-z])"
            rf"(?:\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    ("monthyear", re.compile(rf"\b(?P<mon>{_MON})\s+(?P<y>{_YEAR})\b")),
    (
        "year",
        re.compile(rf"\b(?P<prep>(?i:in|since|by|until|during|from|early|late|mid-))\s+(?P<y>{_YEAR})\b(?![-/]\d)"),
    ),
]
# "two weeks ago", "a month ago": small counts spelled out
_NUMWORDS = {"a": 1, **{word: n for word, n in SMALL_NUMBERS.items() if 1 <= n <= 10}}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# what must happen is still to come ("must be paid by Thursday"), unless perfect ("must have left")
_OBLIGATION_AUX = {"must", "should"}
# the future of a reported statement ("said it would cancel 220 flights on Friday")
_REPORTED_FUTURE = {"would", "'d"}


@dataclass(frozen=True, slots=True)
class _Resolved:
    value: str
    granularity: str
    end_value: str | None = None


def _month_of(text: str) -> int | None:
    return MONTHS.get(
        text.lower().rstrip(".")[:3] if text.lower().rstrip(".") not in MONTHS else text.lower().rstrip(".")
    )


def _day_of(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(ref: date, month: int, day: int, future: bool, nearest: bool = False) -> date | None:
    """The (month, day) nearest the reference in the preferred direction, or either way with ``nearest``."""
    this = _safe_date(ref.year, month, day)
    if this is None:
        return None
    if nearest:
        options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, month, day))]
        return min(options, key=lambda d: abs((d - ref).days))
    if future:
        return this if this >= ref else _safe_date(ref.year + 1, month, day)
    return this if this <= ref else _safe_date(ref.year - 1, month, day)


def resolve_expression(
    kind: str,
    groups: dict[str, str | None],
    text: str,
    ref: date | None,
    future: bool = False,
    nearest: bool = False,
) -> _Resolved | None:
    """Resolve one matched candidate; None when it cannot be placed on the calendar. With ``nearest`` (the
    reference is a date written in the page, not its publication date), a day without a year or a bare
    weekday is the one nearest the reference, either way."""
    low = text.lower()
    if kind == "iso":
        d = _safe_date(int(groups["y"] or 0), int(groups["m"] or 0), int(groups["d"] or 0))
        return _Resolved(d.isoformat(), "day") if d else None
    if kind in ("mdy", "dmy"):
        month = _month_of(groups["mon"] or "")
        if month is None:
            return None
        day = _day_of(groups["d"] or "")
        if groups.get("y"):
            d = _safe_date(int(groups["y"] or 0), month, day)
        elif ref is not None:
            d = _nearest_year(ref, month, day, future, nearest)
        else:
            return None
        return _Resolved(d.isoformat(), "day") if d else None
    if kind == "monthyear":
        month = _month_of(groups["mon"] or "")
        return _Resolved(f"{int(groups['y'] or 0):04d}-{month:02d}", "month") if month else None
    if kind == "year":
        return _Resolved(groups["y"] or "", "year")
    if ref is None:
        return None
    if kind == "weekday":
        target = WEEKDAYS.index((groups["wd"] or "").lower())
        mod = (groups.get("mod") or "").lower()
        if groups.get("week"):
            # "Tuesday last week", "Friday of next week": that day of the calendar week before or after
            step = -1 if "last" in (groups["week"] or "").lower() else 1
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
            return _Resolved((monday + timedelta(days=target)).isoformat(), "day")
        if nearest and not future and mod in ("", "on"):
            delta = (target - ref.weekday() + 3) % 7 - 3  # within three days either way
            return _Resolved((ref + timedelta(days=delta)).isoformat(), "day")
        if mod == "next" or (future and mod not in ("last", "past", "this past")):
            delta = (target - ref.weekday()) % 7
            if mod == "next" and delta == 0:
                delta = 7
            return _Resolved((ref + timedelta(days=delta)).isoformat(), "day")
        delta = (ref.weekday() - target) % 7
        if mod in ("last", "past", "this past") and delta == 0:
            delta = 7
        return _Resolved((ref - timedelta(days=delta)).isoformat(), "day")
    if kind == "relday":
        offset = {"yesterday": -1, "today": 0, "tonight": 0}.get(low, -2)
        return _Resolved((ref + timedelta(days=offset)).isoformat(), "day")
    if kind == "ago":
        n = _NUMWORDS.get((groups["n"] or "").lower()) or int(groups["n"] or 0)
        days = n * (7 if (groups["u"] or "").lower().startswith("week") else 1)
        return _Resolved((ref - timedelta(days=days)).isoformat(), "day")
    if kind == "period":
        mod = re.sub(r"\s+", " ", (groups["mod"] or "").lower())
        unit = (groups["u"] or "").lower()
        step = {"last": -1, "past": -1, "next": 1}.get(mod, 0)
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
            start, end = monday, monday + timedelta(days=6)
        elif unit == "month":
            y, m = ref.year, ref.month + step
            y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
            start = date(y, m, 1)
            end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        else:
            start, end = date(ref.year + step, 1, 1), date(ref.year + step, 12, 31)
        if mod == "earlier this":
            end = min(end, ref)
        elif mod == "later this":
            start = max(start, ref)
        elif mod == "this":
            end = min(end, ref) if not future else end
        if mod == "past":
            return None  # "the past week" is a duration
        return _Resolved(start.isoformat(), "range", end.isoformat())
    if kind == "month":
        month = _month_of(groups["mon"] or "")
        if month is None:
            return None
        prep = " ".join((groups.get("prep") or "").lower().split())
        if groups.get("y"):
            year = int(groups["y"] or 0)
        elif prep == "next" or (future and prep != "last"):
            year = ref.year if month >= ref.month else ref.year + 1
        else:
            year = ref.year if month <= ref.month else ref.year - 1
            if prep == "last" and month == ref.month:
                year -= 1
        edge = re.search(r"(end|close|start|beginning) of$", prep)
        if edge is not None and year:
            # "at the end of June": the month's last day; "the start of March": its first
            last = calendar.monthrange(year, month)[1] if edge.group(1) in ("end", "close") else 1
            return _Resolved(date(year, month, last).isoformat(), "day")
        return _Resolved(f"{year:04d}-{month:02d}", "month")
    return None


def _reported_on_a_day(clause: Token) -> bool:
    """Is the clause reported by a statement that names a weekday before it ("said on Thursday it would cancel 220
    on Friday")? Only then is "would" the future of that day; undated ("said it would open a ballot on
    Thursday"), the day may be before the article."""
    tok = clause
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words("statement_verbs"):
            return any(re.fullmatch(_WD, t.text) for t in tok.sent if t.i < clause.left_edge.i)
    return False


def _is_future(doc: Doc, start: int, end: int) -> bool:
    """Is the clause governing this span in the future tense ("will meet on Monday", "said it would cancel 220 on
    Friday"), or an infinitive of what is expected or planned ("expected to cancel 210 on Saturday")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    infinitive = False
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            if infinitive and tok.lemma_.lower() in words("prospective_verbs"):
                return True
            aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            perfect = "have" in aux and tok.tag_ == "VBN"  # "would have cancelled": what did not happen
            reported = bool(aux & _REPORTED_FUTURE) and not perfect and _reported_on_a_day(tok)
            obliged = bool(aux & _OBLIGATION_AUX) and "have" not in aux
            if aux & _FUTURE_AUX or reported or obliged or ("going" in aux and tok.tag_ == "VB"):
                return True
            # an infinitive with a subject of its own is one too ("expected containment to reach 30% by Tuesday")
            to_clause = tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            # a participle saying when ("must be inspected starting on Tuesday") is in its verb's tense
            when = tok.dep_ in ("advcl", "prep") and tok.tag_ == "VBG" and not aux
            if tok.dep_ not in ("xcomp", "conj") and not to_clause and not when:
                return False
            infinitive = tok.dep_ == "xcomp" or to_clause
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj" and tok.pos_ not in ("VERB", "AUX"):
            # "expected to cancel 210 on Saturday and 180 on Sunday": a verbless conjunct of a verb with an
            # infinitive repeats that infinitive
            infinitive = any(c.dep_ == "xcomp" for c in tok.head.children)
        tok = tok.head
    return False


def _excluded(text: str, start: int, end: int, day: bool = False) -> bool:
    """Durations, ages and times glued to the candidate ("a 2-1/2-year", "Monday's 4 p.m.", "for weeks"); a named
    day after "for" is a day ("the 1,200 it reported for Saturday", "talks set for March 3")."""
    after = text[end : end + 12].lower()
    before = text[max(0, start - 6) : start].lower()
    return bool(re.match(r"[-\s]?(?:old|long)\b", after) or (not day and re.search(r"\bfor\s+$", before)))


def reference_from_text(text: str, year: int | None = None) -> date | None:
    """The latest full date written with a year, as reference for a page without one; with ``year`` (the
    page's, from its notice), a day written without one counts as of that year."""
    best: date | None = None
    for kind in ("iso", "mdy", "dmy"):
        for m in _PATTERNS_BY_KIND[kind].finditer(text):
            groups = m.groupdict()
            if not groups.get("y"):
                if year is None or kind == "iso":
                    continue
                groups = {**groups, "y": str(year)}
            r = resolve_expression(kind, groups, m.group(0), None)
            if r is not None:
                d = date.fromisoformat(r.value)
                best = d if best is None or d > best else best
    return best


_PATTERNS_BY_KIND = dict(_PATTERNS)


def yearless_days(text: str) -> list[tuple[int, int]]:
    """(month, day) of every day ``text`` writes without a year ("MERROWPORT, Oct 14 -", "by 3 March")."""
    days = []
    for kind in ("mdy", "dmy"):
        for m in _PATTERNS_BY_KIND[kind].finditer(text):
            month = _month_of(m.group("mon"))
            if m.group("y") is None and month is not None and _safe_date(2000, month, _day_of(m.group("d"))):
                days.append((month, _day_of(m.group("d"))))
    return days


def year_nearest(days: list[tuple[int, int]], around: date) -> int:
    """The year that puts ``days`` nearest the day ``around`` (a page of 30 December told of on 2 January is of
    the year before)."""

    def distance(year: int) -> int:
        placed = [_safe_date(year, m, d) for m, d in days]
        return sum(abs((d - around).days) if d is not None else 9999 for d in placed)  # 29 February: leap years

    return min((around.year, around.year - 1, around.year + 1), key=distance)


# the notice's year may follow its owner's name: "© 2025 Press Wire", "© Press Wire 2025", "Copyright © Wire, 2025"
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|\bcopyright)(?:\s*©)?\s*(?:(?-i:[A-Z&])[\w&'.-]*,?\s+){{0,4}}(?P<y>{_YEAR})\b", re.IGNORECASE
)
_ON_CALENDAR = re.compile(r"(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _dateparser_fallback(ent: Span, ref: date | None) -> _Resolved | None:
    """A spaCy DATE entity naming a month that our patterns missed ("the 14th of Nov")."""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if ref is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    elif not re.search(_YEAR, ent.text):
        return None
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(ent.text)
    except Exception:
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return _Resolved(f"{d.year:04d}-{d.month:02d}", "month")
    if data.period == "year":
        return _Resolved(f"{d.year:04d}", "year")
    return _Resolved(d.isoformat(), "day") if data.period == "day" else None


def copyright_year(text: str) -> int | None:
    """The year a page's notice gives ("© 2025 National Press Wire"), if any."""
    notice = _COPYRIGHT.search(text)
    return int(notice.group("y")) if notice else None


# a year a page's address files it under: "/2025/going-home", "/news/2025/06/09/…", "/2025-06-09-…"
_URL_YEAR = re.compile(r"/((?:19|20)\d{2})(?=[/-]|$)")


def url_year(url: str | None) -> int | None:
    """The year a page's URL path files it under ("https://example.com/2025/going-home" → 2025), if one only."""
    # by pattern, not ``urlsplit``, which raises on a malformed address ("http://[::1")
    path = re.sub(r"^[a-z]+://[^/]*", "", url or "", flags=re.IGNORECASE).split("?")[0]
    years = {int(y) for y in _URL_YEAR.findall(path)}
    return years.pop() if len(years) == 1 else None


def extract_dates(
    doc: Doc, reference: date | None, *, page_date: date | None = None, page_year: int | None = None
) -> list[DateMention]:
    """Every temporal expression in ``doc`` that can be placed on the calendar, in text order.

    ``reference`` is the publication date. Without one, ``page_date`` (a date written on the page,
    e.g. in a photo caption) or the latest full date in the body stands in: the page was written around
    it, so a bare weekday or a day without a year resolves to the nearest such day, either way. Without any,
    ``page_year`` (the year of the page's notice, read by the caller from the whole page) or a notice in the
    body gives days without a year their year.
    """
    text = doc_text(doc)
    ref = reference or page_date or reference_from_text(text)
    inferred = reference is None
    # a page with no full date at all may still say its year in its notice ("© 2025 Press Wire"): its days
    # without a year are of that year; weekdays are placed only by a day written before them
    year = (page_year or copyright_year(text)) if ref is None else None
    year_only = year is not None
    if year is not None:
        ref = date(year, 7, 1)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # where the days start that place no weekday after them on an undated page: one that opens a span ("a
    # timetable that applies from June 1"), or one the text looks forward to ("will meet the board on Monday")
    unplaced: set[int] = set()
    named_weekdays: dict[str, str] = {}  # a bare weekday's first three letters → the day it was placed on

    def overlaps(s: int, e: int) -> bool:
        return any(s < te and ts < e for ts, te in taken)

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if overlaps(s, e) or _excluded(text, s, e, day=kind in ("weekday", "mdy", "dmy", "iso")):
                continue
            # a page without a date is dated by a date written on it: days and weekdays near it, either way
            future = _is_future(doc, s, e)
            here = ref
            if inferred and kind not in ("iso", "mdy", "dmy", "monthyear", "year"):
                # on an undated page a weekday or "yesterday" is near the last day written before it, the day
                # the text is speaking of there ("On Wednesday, March 12, … said Tuesday")
                before = [d for d in found if d.granularity == "day" and d.end <= s and d.start not in unplaced]
                if before:
                    here = date.fromisoformat(max(before, key=lambda d: d.start).value)
                elif year_only:
                    continue
            bare_weekday = kind == "weekday" and (m.group("mod") or "on").lower() == "on" and not m.group("week")
            weekday_name = (m.group("wd") or "").lower()[:3] if bare_weekday else ""
            since = bare_weekday and _SINCE.search(text[max(0, s - 8) : s]) is not None
            try:
                r: _Resolved | None
                if inferred and weekday_name in named_weekdays:
                    # on an undated page a weekday named again is the day it named before ("crossings had stopped
                    # since Tuesday. By its tally: 40 on Tuesday, …")
                    r = _Resolved(named_weekdays[weekday_name], "day")
                else:
                    # "since Tuesday" is a day before the one the text speaks of, never one after it
                    nearest = inferred and not since
                    r = resolve_expression(kind, m.groupdict(), m.group(0), here, future, nearest=nearest)
            except (OverflowError, ValueError):  # a reference at the calendar's edge (0001-01-01, 9999-12-31)
                continue
            if r is None or not all(_ON_CALENDAR.fullmatch(v) for v in (r.value, r.end_value or r.value)):
                continue  # year 0 or 10000, from a reference at the calendar's edge
            taken.append((s, e))
            mention = DateMention(
                text=text[s:e], value=r.value, start=s, end=e, granularity=r.granularity, end_value=r.end_value
            )
            if inferred and (future or _opens_a_span(doc, mention)):
                unplaced.add(s)
            if weekday_name:
                named_weekdays.setdefault(weekday_name, r.value)
            found.append(mention)
    for ent in doc.ents:
        if ent.label_ != "DATE" or overlaps(ent.start_char, ent.end_char):
            continue
        if not re.search(_MON, ent.text) or _excluded(text, ent.start_char, ent.end_char):
            continue
        r = _dateparser_fallback(ent, ref)
        if r is not None:
            taken.append((ent.start_char, ent.end_char))
            found.append(
                DateMention(
                    text=ent.text,
                    value=r.value,
                    start=ent.start_char,
                    end=ent.end_char,
                    granularity=r.granularity,
                    end_value=r.end_value,
                )
            )
    found.sort(key=lambda d: d.start)
    # an event's day first: "the next day" may count on from "the morning after the capsizing"
    return _same_days(text, _event_days(text, found), reference)


# "said that day", "on the same day", "on that date", "later that same evening", "later in the afternoon": the day
# the text named last; "two days later", "the next day", "by the following morning": counted on from it (an earlier
# value's "a day earlier" is the claims stage's)
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
_SAME_DAY = re.compile(
    rf"\b(?:(?P<in_day>(?:earlier|later)\s+in\s+the\s+{_PART_OF_DAY})"
    rf"|(?:that|the\s+same|that\s+same)\s+(?:{_PART_OF_DAY}|date)"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+later"
    rf"|(?P<next>the\s+(?:next|following)\s+{_PART_OF_DAY}))\b",
    re.IGNORECASE,
)


_SPAN_OPENER = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _opens_a_span(doc: Doc, day: DateMention) -> bool:
    """Is ``day`` where a span starts ("from June 1", "since the strike vote of May 2"): written right after "since" or
    "from", or inside the phrase one of them opens?"""
    if _SPAN_OPENER.search(doc_text(doc)[max(0, day.start - 8) : day.start]):
        return True
    span = doc.char_span(day.start, day.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    for _ in range(6):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ in ("since", "from"):
            return True
        tok = tok.head
    return False


def _same_days(text: str, found: list[DateMention], published: date | None = None) -> list[DateMention]:
    """ "that day" and "the same day" are the last day the paragraph named before them ("which opened an inquiry
    on Tuesday, said that day …"); with no day before them in the paragraph they name none, except "earlier in
    the day" (or morning, afternoon…), which is then the day of publication, as "earlier today" is."""
    added: list[DateMention] = []
    for m in _SAME_DAY.finditer(text):
        s, e = m.start(), m.end()
        if any(d.start < e and s < d.end for d in found):
            continue
        paragraph = text.rfind("\n\n", 0, s) + 1
        before = [d for d in [*found, *added] if d.granularity == "day" and paragraph <= d.start and d.end <= s]
        before.sort(key=lambda d: d.start)  # "two days later … the next day": counted on from the last one
        # a day that opens a span ("had cleared 40 roads since Monday") is not the one the text is at
        points = [d for d in before if not _SPAN_OPENER.search(text[max(0, d.start - 8) : d.start])]
        before = points or before
        if before:
            day = date.fromisoformat(before[-1].value)
        elif m.group("in_day") and published is not None:
            day = published
        else:
            continue
        if m.group("n"):
            day += timedelta(days=_NUMWORDS.get(m.group("n").lower()) or int(m.group("n")))
        elif m.group("next"):
            day += timedelta(days=1)
        added.append(DateMention(text=m.group(0), value=day.isoformat(), start=s, end=e, granularity="day"))
    return sorted([*found, *added], key=lambda d: d.start) if added else found


# "on the day of the recall", "the morning after the capsizing": a day counted from an event the text dates
_EVENT_DAY = re.compile(
    r"\bthe\s+(?:day|morning|afternoon|evening|night)\s+(?P<rel>of|after|before)\s+the\s+(?P<event>[a-z]{4,})\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+")


def _stem(word: str) -> str:
    """ "capsizing", "capsized" → "capsiz"; "recall", "recalled" → "recall"; "announcement" → "announc"."""
    return re.sub(r"(?:ments?|ings?|ions?|ed|es|e|s)$", "", word.lower())


# a day counted from the event ("the Sunday after the collision", "since the recall") is not the event's own day
_COUNTED_FROM = frozenset({"after", "before", "since", "until", "following"})


def _dates_the_event(sentence: str, stem: str) -> bool:
    """Does the sentence name the event by any form of its word, other than as what a day is counted from?"""
    tokens = re.findall(r"[A-Za-z]+", sentence)
    return any(
        _stem(w) == stem and not (i >= 2 and tokens[i - 1].lower() == "the" and tokens[i - 2].lower() in _COUNTED_FROM)
        for i, w in enumerate(tokens)
    )


def _event_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "on the day of the recall" is the earliest day the text gives in a sentence naming that event, by any
    form of its word ("Kessa announced the recall on Monday"; "the ferry capsized late on Thursday" for "the
    morning after the capsizing"), a day on for "after", a day back for "before"; no such sentence, no day."""
    added: list[DateMention] = []
    days = [d for d in found if d.granularity == "day"]
    for m in _EVENT_DAY.finditer(text):
        s, e = m.start(), m.end()
        if any(d.start < e and s < d.end for d in found):
            continue
        stem = _stem(m.group("event"))
        tied: list[date] = []
        for sentence in _SENTENCE.finditer(text):
            if sentence.start() <= s < sentence.end():
                continue  # the phrase's own sentence dates nothing by it
            if not _dates_the_event(sentence.group(), stem):
                continue
            tied += [date.fromisoformat(d.value) for d in days if sentence.start() <= d.start < sentence.end()]
        if not tied:
            continue
        step = {"of": 0, "after": 1, "before": -1}[m.group("rel").lower()]
        day = min(tied) + timedelta(days=step)
        added.append(DateMention(text=m.group(0), value=day.isoformat(), start=s, end=e, granularity="day"))
    return sorted([*found, *added], key=lambda d: d.start) if added else found
