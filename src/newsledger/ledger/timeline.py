"""Claim timelines: the claims matching a query, lined up by what is counted and by as-of date.

One entry is one statement: a source giving a value (or range) for a thing as of a day. The
same statement reported by several articles (syndicated copies included) is one entry with
several reports. A source giving a different value for the same thing at a later day, or a
claim linked by ``revises``, is flagged ``revision``; different sources giving different
values for the same thing on the same day are flagged ``disagreement``.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from .speakers import fold

__all__ = [
    "ClaimRow",
    "Series",
    "TimelineEntry",
    "build_timeline",
    "measure_of",
    "measure_terms",
    "place_of",
    "unit_key",
]

# What a figure counts, beyond its unit: "people killed" and "people injured" are different series.
MEASURES: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "dead", "death", "died", "die", "fatalit", "toll", "lives lost", "lost their lives"),
    "injured": ("injur", "wound", "hurt", "hospitali", "serious condition"),
    "treated": ("treated", "treating", "treatment", "medical care"),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescu", "pulled alive", "saved"),
    "displaced": ("displac", "evacuat", "homeless", "shelter", "refugee", "fled", "relief camp", "relocat", "rehoused"),
    "arrested": ("arrest", "detain", "custody"),
}
# The words a query for a measure also matches (full words: the index stems them like the query).
MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "kill", "dead", "death", "deaths", "died", "toll", "fatalities"),
    "injured": ("injured", "injuries", "wounded", "hurt", "hospitalised", "hospitalized"),
    "treated": ("treated", "treatment"),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescued", "rescue", "saved"),
    "displaced": ("displaced", "evacuated", "evacuees", "homeless", "shelters", "refugees", "fled", "relocated"),
    "arrested": ("arrested", "detained", "arrests", "custody"),
}
_WORD = re.compile(r"[a-z]+")


def unit_key(unit: str | None) -> str:
    """A unit folded to a singular-ish key: "Troops" and "troop" are one unit."""
    if not unit:
        return ""
    words = _WORD.findall(fold(unit))
    if not words:
        return ""
    last = words[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def measure_terms(word: str) -> tuple[str, ...]:
    """The words of the measure ``word`` names ("died" → killed, dead, deaths, …), or ()."""
    folded = fold(word)
    for measure, stems in MEASURES.items():
        if any(folded.startswith(stem) for stem in stems if " " not in stem):
            return MEASURE_WORDS[measure]
    return ()


@functools.lru_cache(maxsize=65_536)  # the same about texts and words recur in every query
def measure_of(about: str | None) -> str:
    """The measure words of ``about`` ("killed", "killed+injured", ...) or "" when none."""
    text = fold(about or "")
    found = [name for name, stems in MEASURES.items() if any(stem in text for stem in stems)]
    return "+".join(found)


@dataclass(slots=True)
class ClaimRow:
    """One stored claim with the article that reports it."""

    claim_id: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    about: str | None
    qualifier: str | None
    source: str | None  # canonical speaker name
    source_id: int | None
    as_of: str | None
    text: str
    revises_id: int | None
    article_id: int
    record_id: str
    url: str | None
    publisher: str | None
    published: str | None
    origin_id: int  # the article itself, or the earliest article it is a syndicated copy of


@dataclass(slots=True)
class TimelineEntry:
    group: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    about: str | None
    qualifier: str | None
    source: str | None
    source_id: int | None
    as_of: str | None
    reports: list[ClaimRow] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    revises: TimelineEntry | None = None
    keyed: bool = True  # its series names what is counted (see ``Series.keyed``): figures in it compare
    places: set[str] = field(default_factory=set)  # the places its reports name, split or not

    @property
    def first_reported(self) -> str | None:
        dates = [r.published[:10] for r in self.reports if r.published]
        return min(dates) if dates else None

    @property
    def origins(self) -> int:
        return len({r.origin_id for r in self.reports})

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "value": _number(self.value),
            "low": _number(self.low),
            "high": _number(self.high),
            "unit": self.unit,
            "about": self.about,
            "qualifier": self.qualifier,
            "source": self.source,
            "as_of": self.as_of,
            "flags": list(self.flags),
            "revises": None
            if self.revises is None
            else {"value": _number(self.revises.value), "as_of": self.revises.as_of, "source": self.revises.source},
            "first_reported": self.first_reported,
            "origins": self.origins,
            "reports": [
                {
                    "article": r.article_id,
                    "id": r.record_id,
                    "url": r.url,
                    "publisher": r.publisher,
                    "published": r.published,
                    "text": r.text,
                    "copy_of": None if r.origin_id == r.article_id else r.origin_id,
                }
                for r in sorted(self.reports, key=lambda r: (r.published or "9999", r.article_id))
            ],
        }


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


# Units that count people and say what happened to them: "57 deaths" is 57 people killed.
PEOPLE_UNITS = frozenset(
    ["death", "dead", "fatality", "fatalitie", "live", "life", "victim", "body", "bodie", "person", "persons", "people"]
)


# The place of a figure listed among figures for named places by its source ("80 deaths in
# Gaziantep, 47 in Malatya, 13 ...") when its own place was not read: not the national figure.
UNREAD_PLACE = "(one of several places)"
# Units that say only that people are counted, not what happened to them: a figure in one of
# them names a series only together with a measure ("people treated" vs "people moved to camps").
GENERIC_UNITS = frozenset(["people", ""])


@dataclass(frozen=True, slots=True)
class Series:
    """What a claim counts: its unit, the measure words, and (when it tells series apart) the place."""

    unit: str
    measure: str
    place: str = ""

    @property
    def keyed(self) -> bool:
        """Whether the series is named well enough to compare figures in it: a specific unit
        ("troops", "aftershocks") or a measure; "people" alone could be anything, and an item of
        a breakdown by place whose place went unread is one place of several."""
        return (bool(self.measure) or self.unit not in GENERIC_UNITS) and self.place != UNREAD_PLACE

    @property
    def label(self) -> str:
        what = f"{self.unit} ({self.measure})" if self.unit and self.measure else self.unit or self.measure
        what = what or "(unspecified)"
        return f"{what} in {self.place}" if self.place else what


def _measure(row: ClaimRow) -> str:
    # ``about`` says what is counted; the evidence text's verbs ("were killed") only when it is silent
    measure = measure_of(" ".join(filter(None, (row.about, row.unit))))
    return measure or measure_of(row.text)


def _base_series(row: ClaimRow) -> Series:
    unit = unit_key(row.unit)
    if unit in PEOPLE_UNITS:
        unit = "people"
    return Series(unit, _measure(row))


_MONTHS_DAYS = frozenset(
    re.findall(
        r"\w+",
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday",
    )
)
# Capitalised words that start a clause or name no place ("At least 42 people", "The toll").
_NOT_PLACES = frozenset(
    re.findall(
        r"\w+",
        "a an the at in on of for from to by with and or but as after before since up over more than less "
        "nearly about around some almost least only just he she it they we this that these those there "
        "mr mrs ms dr president minister ministry officials official agency said says according",
    )
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


@functools.lru_cache(maxsize=65_536)
def place_of(about: str | None, query: str = "", *, exclude: str | None = None) -> str:
    """The capitalised words of ``about`` that the query does not name: where (or whose) the count is.

    "people killed in Turkey" and "people killed in Syria" are two series; for the query
    "Turkey" both words are the query's, so they do not split it. Words of ``exclude`` (the
    claim's source: "Turkish Red Crescent" names who counts, not where) are not places either.
    """
    skip = {fold(w) for w in re.findall(r"\w+", f"{query} {exclude or ''}")}
    words = [fold(w) for w in _CAPITALISED.findall(about or "")]
    # a measure word capitalised at the start ("Deaths in Hatay") is no place either
    places = (
        w for w in words if w not in skip and w not in _MONTHS_DAYS and w not in _NOT_PLACES and not measure_of(w)
    )
    return " ".join(dict.fromkeys(places))


def _place(row: ClaimRow, query: str) -> str:
    # the evidence text names the place when ``about`` does not ("10 in Adana")
    # nor are the words of its source and unit ("Norvanian Red Cross", "Syrians")
    exclude = f"{row.source or ''} {row.unit or ''}"
    return place_of(row.about, query, exclude=exclude) or place_of(row.text, query, exclude=exclude)


def _groups(rows: list[ClaimRow], query: str) -> tuple[dict[int, Series], dict[int, str]]:
    """Each claim's series: what is counted, and where when that tells series apart.

    A place splits a series only when its claims name two places or more ("people killed in
    Turkey" and "... in Syria"); claims naming no place then stay in the series without a
    place. One place alone splits nothing: "North Korean troops in Russia" and "North Korean
    troops (earlier estimate)" stay one series. A claim linked by ``revises`` goes to the series
    of the claim that revises it (or the one it revises, when its own says less). Also returns
    the place each claim names.
    """
    base = {r.claim_id: _base_series(r) for r in rows}
    place = {r.claim_id: _place(r, query) for r in rows}
    # a source's figures for one series in one article, by place: a breakdown when two places or more
    listed: dict[tuple[int, str, Series], set[str]] = {}
    for r in rows:
        listed.setdefault((r.article_id, _source_key(r), base[r.claim_id]), set()).add(place[r.claim_id])
    places: dict[Series, set[str]] = {}
    for cid, series in base.items():
        if place[cid]:
            places.setdefault(series, set()).add(place[cid])
    out = {}
    for r in rows:
        cid, series = r.claim_id, base[r.claim_id]
        split = len(places.get(series, ())) > 1 and place[cid]
        out[cid] = Series(series.unit, series.measure, place[cid]) if split else series
        if not place[cid] and len(listed[(r.article_id, _source_key(r), series)] - {""}) > 1:
            out[cid] = Series(series.unit, series.measure, UNREAD_PLACE)
    # claims joined by ``revises`` are one series: union them, named by the best-described member
    parent = {cid: cid for cid in out}

    def root(cid: int) -> int:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    for r in rows:
        if r.revises_id is not None and r.revises_id in parent:
            parent[root(r.revises_id)] = root(r.claim_id)
    members: dict[int, list[int]] = {}
    for cid in out:
        members.setdefault(root(cid), []).append(cid)
    for top, cids in members.items():
        if len(cids) > 1:
            best = max(cids, key=lambda c: (out[c].keyed, bool(out[c].measure), bool(out[c].place), c == top))
            for c in cids:
                out[c] = out[best]
    return out, place


def _source_key(row: ClaimRow) -> str:
    # an unattributed figure is one statement only within one syndication group
    if row.source_id is not None:
        return f"s{row.source_id}"
    if row.source and any(c.isupper() for c in row.source):
        return "n" + fold(row.source)
    # "officials" in one story are not "officials" in another
    return f"o{row.origin_id}:{fold(row.source or '')}"


def _flag(entry: TimelineEntry, flag: str) -> None:
    if flag not in entry.flags:
        entry.flags.append(flag)


def _new_entry(series: Series, row: ClaimRow, as_of: str | None) -> TimelineEntry:
    return TimelineEntry(
        group=series.label,
        value=row.value,
        low=row.low,
        high=row.high,
        unit=row.unit,
        about=row.about,
        qualifier=row.qualifier,
        source=row.source,
        source_id=row.source_id,
        as_of=as_of,
        keyed=series.keyed,
    )


def build_timeline(rows: list[ClaimRow], query: str = "") -> list[TimelineEntry]:
    """Merge claim rows into timeline entries, flag revisions and disagreements, and sort them."""
    groups, places = _groups(rows, query)
    entries: dict[tuple[Any, ...], TimelineEntry] = {}
    by_claim: dict[int, TimelineEntry] = {}
    undated: list[ClaimRow] = []
    for row in sorted(rows, key=lambda r: (r.as_of is None, r.claim_id)):
        series = groups[row.claim_id]
        figure = (row.value, row.low, row.high)
        if row.as_of is None:
            undated.append(row)
            continue
        key = (series, _source_key(row), figure, row.as_of)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _new_entry(series, row, row.as_of)
        entry.reports.append(row)
        if places[row.claim_id]:
            entry.places.add(places[row.claim_id])
        by_claim[row.claim_id] = entry
    statements: dict[tuple[Any, ...], list[TimelineEntry]] = {}
    for (series, source, figure, _), entry in entries.items():
        statements.setdefault((series, source, figure), []).append(entry)
    for row in undated:
        # a report without a day joins a dated report of the same statement
        series = groups[row.claim_id]
        figure = (row.value, row.low, row.high)
        dated = statements.get((series, _source_key(row), figure))
        if dated:
            entry = min(dated, key=lambda e: e.as_of or "")
        else:
            undated_key: tuple[Any, ...] = (series, _source_key(row), figure, None)
            entry = entries.get(undated_key) or _new_entry(series, row, None)
            entries[undated_key] = entry
        entry.reports.append(row)
        if places[row.claim_id]:
            entry.places.add(places[row.claim_id])
        by_claim[row.claim_id] = entry

    all_entries = list(entries.values())
    _flag_revisions(all_entries, by_claim)
    _flag_disagreements(all_entries)
    by_group: dict[str, list[TimelineEntry]] = {}
    for entry in all_entries:
        by_group.setdefault(entry.group, []).append(entry)
    ordered: list[TimelineEntry] = []
    for _, members in sorted(by_group.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ordered.extend(sorted(members, key=_date_key))
    return ordered


def _date_key(entry: TimelineEntry) -> tuple[str, int, str, float]:
    # undated statements sit after the dated ones of the day they were first reported
    day = entry.as_of or entry.first_reported or "9999"
    return (day, entry.as_of is None, entry.source or "", entry.value or 0.0)


def _mark_revision(earlier: TimelineEntry, later: TimelineEntry) -> None:
    _flag(later, "revision")
    _flag(earlier, "revision")
    _flag(earlier, "superseded")
    if later.revises is None:
        later.revises = earlier


def _flag_revisions(entries: list[TimelineEntry], by_claim: dict[int, TimelineEntry]) -> None:
    for entry in entries:
        for row in entry.reports:
            if row.revises_id is not None and row.revises_id in by_claim:
                earlier = by_claim[row.revises_id]
                if earlier is not entry:
                    _mark_revision(earlier, entry)
    # otherwise only a source's own figures for one named series, at a later day: two figures
    # merely sharing the unit "people" may count different things
    series: dict[tuple[str, str], list[TimelineEntry]] = {}
    for entry in entries:
        if entry.keyed and entry.as_of and (entry.source_id is not None or entry.source):
            series.setdefault((entry.group, _source_key(entry.reports[0])), []).append(entry)
    for members in series.values():
        members.sort(key=lambda e: e.as_of or "")
        for earlier, later in itertools.pairwise(members):
            same_figure = (earlier.value, earlier.low, earlier.high) == (later.value, later.low, later.high)
            if not same_figure and earlier.as_of != later.as_of:
                _mark_revision(earlier, later)


def _magnitude(entry: TimelineEntry) -> float | None:
    figures = [v for v in (entry.value, entry.low, entry.high) if v is not None]
    return max(abs(float(v)) for v in figures) if figures else None


def _flag_disagreements(entries: list[TimelineEntry]) -> None:
    by_day: dict[tuple[str, str], list[TimelineEntry]] = {}
    for entry in entries:
        # a figure-less claim ("dozens"), one in an unnamed series, or the outlet's own figure
        # (no source) disagrees with nothing
        has_source = entry.source_id is not None or bool(entry.source)
        if entry.as_of and entry.keyed and has_source and _magnitude(entry) is not None:
            by_day.setdefault((entry.group, entry.as_of), []).append(entry)
    for members in by_day.values():
        for a, b in itertools.combinations(members, 2):
            if _source_key(a.reports[0]) == _source_key(b.reports[0]):
                continue
            if (a.value, a.low, a.high) == (b.value, b.low, b.high):
                continue
            # one series only when both name the same place or neither does: a figure for "Kessa
            # province" and one naming no place may well count different things
            if a.places != b.places and not a.places & b.places:
                continue
            ma, mb = _magnitude(a), _magnitude(b)
            # figures a factor of five apart on one day are two counts ("37 children in hospital",
            # "250,000 children unvaccinated"), not two sources disagreeing on one
            if ma is not None and mb is not None and max(ma, mb) > 5 * max(min(ma, mb), 1e-9):
                continue
            _flag(a, "disagreement")
            _flag(b, "disagreement")
