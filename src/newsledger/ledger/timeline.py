"""Claim timelines: the claims a query finds, lined up by what they count (their series) and by as-of date.

One entry is one statement: a source giving a value (or range) for a series as of a day, with every
article that reports it. Reports are one statement when they have the same series, the same canonical
source (the ledger's speaker id: one person or organisation under all its names), the same figure (its
qualifier aside: "at least 10,000" and "10,000") and the same as-of day; a report dated only by its
publication day joins the latest statement stated for a day on or before it (a publication day only bounds
when a figure was given). A figure no one is said
to give joins the one named source giving that exact figure in the series when it is distinctive or its article
gives the named statement too (a headline's "12 dead"); one given by a
description joins the named source it describes (a role the source is titled by, "the governor's office";
a body's kind whose name holds it, "Seoul's spy agency"), distinctive or not. One named source's distinctive
figure told as two things is one statement. Syndicated copies are reports too, counted as one origin.

A series is what ``series.py`` names: subject, owner, measure, place. A claim naming no place takes the
place its source gives the same thing elsewhere, else its source's own country (a "Kelvorian" ministry or
president), else the one place its article's claims name, else the one place that thing is counted in; an
owner likewise (its source's when it gives one only, else its article's one owner of the thing), and a
surname or a first word is the one fuller owner it fits ("Brel" is "Ana Brel"). A place only named inside
another ("the Teller valley in Norvania"), with no other place beside it, is that other place's series.

Flags: ``revision`` (and ``superseded`` on the earlier entry) is the same source in the same series at a
later *stated* day with a different figure, or a claim linked by ``revises``: a figure dated only by its
publication day never supersedes. ``disagreement`` is two sources in one series on the same stated day (or
set against each other in one article) with figures that cannot both hold ("at least 40" and 45 can; 40 and
45 cannot).
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ..names import CONNECTORS, acronym_of, fold, name_key, nation_of, role_words, word_family, written_from
from ..nlp.figures import MEASURE_NAMES, normalise_place, unit_kind
from ..nlp.lexicon import table, words
from .series import (
    HEADCOUNT_SUBJECTS,
    MEASURE_SUBJECTS,
    PEOPLE_SUBJECTS,
    SUBJECTS,
    UNREAD_PLACE,
    VAGUE_MEASURES,
    VAGUE_SUBJECTS,
    Series,
    measure_for,
    measure_word,
    place_key,
    subject_of,
)
from .speakers import firm_head

__all__ = [
    "WINDOW_DAYS",
    "ClaimRow",
    "TimelineEntry",
    "TimelineQuery",
    "assign_series",
    "build_timeline",
    "home_place",
    "parse_query",
    "place_candidates",
]

WINDOW_DAYS = 3  # the default of the ``timeline_window_days`` setting


@dataclass(slots=True)
class ClaimRow:
    """One stored claim with the article that reports it (and what the analysis found about it)."""

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
    measure: str | None = None
    place: str | None = None
    as_of_basis: str | None = None  # "stated" | "published"
    subject: str | None = None
    owner: str | None = None
    stated_measure: str | None = None  # the claims stage's own word ("killed", "needed"); None: it stated none
    start: int | None = None  # where its text starts in its article's body
    source_place: str | None = None  # the source's own country ("Belgaran Ministry of Health" → Belgara)
    source_titles: tuple[str, ...] = ()  # the titles the ledger has seen the source under ("Governor")
    source_key: str = field(init=False, repr=False)  # who states it, as statements compare sources

    def __post_init__(self) -> None:
        if self.source_id is not None:
            self.source_key = f"s{self.source_id}"
        elif _named(self.source):
            self.source_key = "n" + name_key(self.source or "")
        elif self.source and (described := _described_body(self.source)):
            # "the provincial health department": a body's kind and field, one source across outlets
            self.source_key = "d" + "|".join(sorted(described))
        else:
            # an unattributed figure, or "officials" in one story, is one source only within one syndication group
            self.source_key = f"o{self.origin_id}:{fold(self.source or '')}"

    @property
    def own_measure(self) -> bool:
        """Whether the claim says what happened to what it counts in a word the measure vocabulary does not
        know ("870,000 people need hot meals", "78 aftershocks occurred"): it takes no measure from other
        figures, and names none of its own (an event's verb would split one thing counted in two series)."""
        return not self.measure and self.stated_measure is not None and self.stated_measure not in MEASURE_NAMES

    @property
    def basis(self) -> str | None:
        """ "stated" or "published"; a claim stored without it (an older analysis) counts as stated."""
        if self.as_of is None:
            return None
        return self.as_of_basis or "stated"


@dataclass(slots=True)
class TimelineEntry:
    """One statement: a source's figure for a series as of a day, with the reports of it."""

    series: Series
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    about: str | None
    qualifier: str | None
    source: str | None
    source_id: int | None
    as_of: str | None
    as_of_basis: str | None = None
    reports: list[ClaimRow] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    revises: TimelineEntry | None = None

    @property
    def group(self) -> str:
        """The series' name: "people killed in Drasna"."""
        return self.series.label

    @property
    def keyed(self) -> bool:
        return self.series.keyed

    @property
    def measure(self) -> str | None:
        return self.series.measure or None

    @property
    def place(self) -> str | None:
        return self.series.place if self.series.place and self.series.place != UNREAD_PLACE else None

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
            "series": self.series.key,
            "subject": self.series.subject or None,
            "measure": self.measure,
            "place": self.place,
            "value": _number(self.value),
            "low": _number(self.low),
            "high": _number(self.high),
            "unit": self.unit,
            "about": self.about,
            "qualifier": self.qualifier,
            "source": self.source,
            "as_of": self.as_of,
            "as_of_basis": self.as_of_basis,
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
                    "qualifier": r.qualifier,
                    "as_of": r.as_of,
                    "as_of_basis": r.basis,
                    "copy_of": None if r.origin_id == r.article_id else r.origin_id,
                }
                for r in sorted(self.reports, key=lambda r: (r.published or "9999", r.article_id))
            ],
        }


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------- sources


def _named(source: str | None) -> bool:
    """A name ("VDA", "Tomas Velikov"), not a description ("officials", "a spokesman")."""
    return bool(source) and any(c.isupper() for c in source or "")


def _source_key(row: ClaimRow) -> str:
    return row.source_key


def _attributed(row: ClaimRow) -> bool:
    return row.source_id is not None or _named(row.source)


@functools.cache
def _countries() -> dict[str, str]:
    """Folded nationality adjectives and country names → the country ("belgaran" → Belgara)."""
    out = {fold(k): v for k, v in table("demonyms").items()}
    out.update({fold(v): v for v in table("demonyms").values()})
    return out


@functools.lru_cache(maxsize=65_536)
def home_place(*names: str | None) -> str | None:
    """The country a source's name or title names: "Belgaran Ministry of Health", "Kelvorian President",
    "Kelvoria's flood agency" → Belgara, Kelvoria, Kelvoria; None when none or several."""
    found = set()
    for name in names:
        tokens = re.findall(r"[A-Z][\w-]*(?:['’]s)?", name or "")
        for i in range(len(tokens)):
            for n in (2, 1):
                phrase = re.sub(r"['’]s$", "", " ".join(tokens[i : i + n]))
                place = _countries().get(fold(phrase))
                if place:
                    found.add(place)
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- series

_PLACE_NOUNS = words("place_nouns")
_EVENT_NOUNS = words("event_nouns")


def _place(row: ClaimRow) -> str | None:
    """The claim's place, when it names one: not a description of an area ("the region", "flood zone",
    "army-held districts"), which the claim's source or country places instead; one a nationality adjective
    opens is that country's."""
    place = (row.place or "").strip()
    if not place or place == UNREAD_PLACE or not any(c.isupper() for c in place):
        return None
    first, *rest = place.split()
    if rest and all(w.islower() for w in rest) and (country := _countries().get(fold(first))):
        return country  # "Kessan flood-hit districts": an area of the country its adjective names
    return place


def _what(row: ClaimRow) -> tuple[str, str, str, str, str]:
    """What a claim counts, place aside: (kind, subject, owner key, owner as written, measure)."""
    if row.subject is not None:
        subject, owner = row.subject, row.owner
    else:
        subject, owner = subject_of(row.unit, row.about)
    measure = measure_for(row.measure, row.about, row.unit)
    owner_text = owner or ""
    return unit_kind(row.unit), subject or "", place_key(owner_text), owner_text, measure or ""


_NONE: collections.Counter[Any] = collections.Counter()


def _most(counts: collections.Counter[str]) -> str | None:
    """The most frequent value when it is more frequent than any other."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _contained(rows: Iterable[ClaimRow], place_of: dict[int, str | None], listed: set[str]) -> dict[str, str]:
    """Places named inside another's claim ("the Teller valley in Norvania"): place key → container key.
    Not a place of a breakdown (``listed``: "Drasna" of "4 in Drasna, 52 in Velmont" is a place of its own),
    nor a part of a pair ("Kelvoria" of "Kelvoria and Belgara")."""
    known = {place_key(p) for p in place_of.values() if p and p != UNREAD_PLACE} - listed
    longest = max((len(k.split()) for k in known), default=0)
    pairs: dict[str, set[str]] = {}
    for r in rows:
        outer = place_of[r.claim_id]
        if not outer or outer == UNREAD_PLACE or " and " in outer or not r.about:
            continue
        said = [fold(w) for w in re.findall(r"[A-Z][\w-]*", r.about)]
        named = {" ".join(said[i : i + n]) for n in range(1, longest + 1) for i in range(len(said) - n + 1)}
        for inner in (named & known) - {place_key(outer)}:
            pairs.setdefault(inner, set()).add(place_key(outer))
    return {inner: next(iter(outer)) for inner, outer in pairs.items() if len(outer) == 1}


def _fill_subjects(
    rows: list[ClaimRow], what: dict[int, tuple[str, str, str, str, str]]
) -> dict[int, tuple[str, str, str, str, str]]:
    """A count that names nothing it counts ("9,412" beside "9,412 people injured") counts what the same figure
    counts in its article, else what its measure counts (``lexicons/measure_subjects.txt``: "killed" are
    people)."""
    counted: dict[tuple[Any, ...], set[tuple[str, str, str]]] = {}
    for r in rows:
        kind, subject, owner, owner_text, _ = what[r.claim_id]
        if subject:
            counted.setdefault((r.article_id, kind, _figure(r)), set()).add((subject, owner, owner_text))
    out = dict(what)
    for r in rows:
        kind, subject, _, _, measure = what[r.claim_id]
        if subject or kind != "count":
            continue
        found = counted.get((r.article_id, kind, _figure(r)), set())
        if len(found) == 1:
            out[r.claim_id] = (kind, *next(iter(found)), measure)
        elif measure in MEASURE_SUBJECTS:
            out[r.claim_id] = (kind, MEASURE_SUBJECTS[measure], "", "", measure)
    return out


def _fill_measures(rows: list[ClaimRow], what: dict[int, tuple[str, str, str, str, str]]) -> dict[int, str]:
    """Each claim's measure; one left unsaid ("1,437 buildings") is what the same figure of the same thing
    counts in its article, else what the same source's same figure counts in another (a statement told again),
    else what its source's figures of that thing all count — unless its own article
    gives another figure of that thing in that place that measure: then the unsaid one counts something else
    ("88 people were in hospital" beside "six deaths", where the source's figures elsewhere are deaths). One
    whose verb the vocabulary does not know (``ClaimRow.own_measure``: "870,000 people need hot meals") was not
    left unsaid: it takes none."""
    out = {r.claim_id: what[r.claim_id][4] for r in rows}
    said_here: dict[tuple[Any, ...], set[Any]] = {}
    for r in rows:
        if out[r.claim_id]:
            here = (r.article_id, *what[r.claim_id][:2], out[r.claim_id], place_key(r.place))
            said_here.setdefault(here, set()).add(_figure(r))
    # the same figure in its article; the same source's same figure in any (a statement told again); then the
    # source's figures of that thing
    for scope in ("article", "statement", "source"):
        found: dict[tuple[Any, ...], set[str]] = {}

        def key(r: ClaimRow, scope: str = scope) -> tuple[Any, ...]:
            kind, subject = what[r.claim_id][:2]
            if scope == "article":
                return (r.article_id, kind, subject, _figure(r))
            return (_source_key(r), kind, subject, *((_figure(r),) if scope == "statement" else ()))

        for r in rows:
            if out[r.claim_id]:
                found.setdefault(key(r), set()).add(out[r.claim_id])
        for r in rows:
            by_source = scope != "article"
            if not out[r.claim_id] and what[r.claim_id][1] and not r.own_measure and (not by_source or _attributed(r)):
                measures = found.get(key(r), set())
                if len(measures) == 1:
                    measure = next(iter(measures))
                    figures = said_here.get((r.article_id, *what[r.claim_id][:2], measure, place_key(r.place)))
                    if scope == "source" and figures and _figure(r) not in figures:
                        continue
                    out[r.claim_id] = measure
    return out


def _lending_key(row: ClaimRow, base: tuple[str, str, str]) -> tuple[Any, ...]:
    """What an article's owner of a thing is lent by: the thing (kind and subject), and for people, the source
    too."""
    return (*base[:2], _source_key(row)) if base[1] == "people" else base[:2]


def assign_series(rows: list[ClaimRow]) -> dict[int, Series]:
    """Each claim's series (see the module's docstring for how a claim without a place or owner is placed)."""
    what = _fill_subjects(rows, {r.claim_id: _what(r) for r in rows})
    measure = _fill_measures(rows, what)
    base = {cid: (w[0], w[1], measure[cid]) for cid, w in what.items()}  # kind, subject, measure
    owner = {cid: (w[2], w[3]) for cid, w in what.items()}
    # an owner left unsaid is the one its source gives the same thing, else the one its article gives what it
    # counts ("7 soldiers killed" in an article on Norvanian troops); but people whose owner one source gives
    # are a part of everyone ("12 Sorrelian nationals aboard", told by their ministry): they lend no owner to
    # another source's people ("31 people killed", the coast guard's toll of everyone)
    source_owners: dict[tuple[str, Any], collections.Counter[tuple[str, str]]] = {}
    article_owners: dict[tuple[int, Any], set[tuple[str, str]]] = {}
    for r in rows:
        # a candidate's votes ("votes for Ana Brel") lend their name to no figure that names none: another's
        if owner[r.claim_id][0] and not _counted_for(r, owner[r.claim_id][1]):
            key = (_source_key(r), base[r.claim_id])
            source_owners.setdefault(key, collections.Counter())[owner[r.claim_id]] += 1
            article_owners.setdefault((r.article_id, _lending_key(r, base[r.claim_id])), set()).add(owner[r.claim_id])
    for r in rows:
        if not owner[r.claim_id][0]:
            counts = source_owners.get((_source_key(r), base[r.claim_id]), _NONE)
            # the one owner its source gives that thing; a source giving several (a research firm's figures for
            # each maker) tells none of an unsaid one's
            owners_given = {k[0] for k in counts}
            found = next(iter(owners_given)) if len(owners_given) == 1 else None
            here = article_owners.get((r.article_id, _lending_key(r, base[r.claim_id])), set())
            if found:
                owner[r.claim_id] = next(k for k in counts if k[0] == found)
            elif len(here) == 1:
                owner[r.claim_id] = next(iter(here))
    _join_owner_names(base, owner)
    what_key = {cid: (*base[cid], owner[cid][0]) for cid in base}

    place = _as_places({r.claim_id: _place(r) for r in rows})
    # a source's figures for one thing in one article, by place: a breakdown when two places or more
    listed: dict[tuple[int, str, Any], set[str]] = {}
    for r in rows:
        if place[r.claim_id]:
            listed.setdefault((r.article_id, _source_key(r), what_key[r.claim_id]), set()).add(
                place_key(place[r.claim_id])
            )
    breakdown = {k for k, v in listed.items() if len(v) > 1}
    listed_places: dict[Any, set[str]] = {}
    for (_, _, wk), keys in listed.items():
        if len(keys) > 1:
            listed_places.setdefault(wk, set()).update(keys)
    places: dict[Any, dict[str, str]] = {}  # what is counted → place key → place as shown
    # the places an article's claims name of one kind of thing, whatever happened to it ("2,662 deaths in Syria"
    # places "4,985 injured"), or that one source's claims name ("acres burned in Tessaly", "85 homes destroyed"):
    # another source's place of another thing ("4,200 households in Kilne") says nothing of where people were
    # treated
    article_places: dict[tuple[Any, ...], dict[str, str]] = {}
    for r in rows:
        if p := place[r.claim_id]:
            places.setdefault(what_key[r.claim_id], {}).setdefault(place_key(p), p)
            for scope in ((r.article_id, *base[r.claim_id][:2]), (r.article_id, _source_key(r))):
                article_places.setdefault(scope, {}).setdefault(place_key(p), p)
    filled: dict[int, str | None] = {}
    for r in rows:
        in_breakdown = (r.article_id, _source_key(r), what_key[r.claim_id]) in breakdown
        filled[r.claim_id] = place[r.claim_id] or (UNREAD_PLACE if in_breakdown else None)
    guessed: set[int] = set()  # placed only because their article's figures name one place
    # twice: a place found for a source's figure in one article tells where its figures elsewhere are
    for _ in range(2):
        source_places: dict[tuple[str, Any], collections.Counter[str]] = {}
        for r in rows:
            p = filled[r.claim_id]
            if p and p != UNREAD_PLACE and (r.article_id, _source_key(r), what_key[r.claim_id]) not in breakdown:
                by_source = (_source_key(r), what_key[r.claim_id])
                source_places.setdefault(by_source, collections.Counter())[place_key(p)] += 1
                places.setdefault(what_key[r.claim_id], {}).setdefault(place_key(p), p)
        for r in rows:
            cid, wk = r.claim_id, what_key[r.claim_id]
            if filled[cid]:
                continue
            known = places.get(wk, {})
            if found := _most(source_places.get((_source_key(r), wk), _NONE)):
                filled[cid] = known[found]
            elif (home := place_key(r.source_place)) and home in known:
                filled[cid] = known[home]
            elif named := _one_place(article_places, (r.article_id, *base[cid][:2]), (r.article_id, _source_key(r))):
                filled[cid] = known.get(next(iter(named)), next(iter(named.values())))
                guessed.add(cid)
            elif len(known) == 1:
                # a thing counted in one place only is counted there ("Norvanian troops", a county's homes)
                filled[cid] = next(iter(known.values()))
    # one statement reported by several outlets counts one thing: the place one outlet's article suggests does
    # not split it from the same source's same figure of that thing placed otherwise, or not at all, elsewhere
    reported: dict[tuple[Any, ...], set[str | None]] = {}
    for r in rows:
        if r.claim_id not in guessed:
            reported.setdefault((_source_key(r), what_key[r.claim_id], _figure(r)), set()).add(filled[r.claim_id])
    for r in rows:
        if r.claim_id in guessed and _attributed(r):
            elsewhere = reported.get((_source_key(r), what_key[r.claim_id], _figure(r)), set())
            if len(elsewhere) == 1 and filled[r.claim_id] not in elsewhere:
                filled[r.claim_id] = next(iter(elsewhere))
    # a place named only inside one other place ("the Teller valley in Norvania") is that place's series
    shown_as = {place_key(p): p for p in filled.values() if p and p != UNREAD_PLACE}
    inside = _contained(rows, filled, {k for keys in listed_places.values() for k in keys})
    siblings = collections.Counter(inside.values())
    within = {inner: outer for inner, outer in inside.items() if siblings[outer] == 1}
    out: dict[int, Series] = {}
    for r in rows:
        cid = r.claim_id
        shown = filled[cid] or ""
        if shown != UNREAD_PLACE and place_key(shown) in within:
            shown = shown_as[within[place_key(shown)]]
        kind, subject, what_measure = base[cid]
        out[cid] = Series(subject, what_measure, shown, owner[cid][0], kind, owner[cid][1])
    # an owner left unsaid is the one owner whose figures of that thing in that place the other claims give
    # ("3,000 troops sent to Belgara" beside "Kelvorian troops in Belgara"), when they give one only
    owners: dict[tuple[str, str, str, str], set[tuple[str, str]]] = {}
    for series in out.values():
        if series.owner and series.place and series.place != UNREAD_PLACE and series.measure:
            thing = (series.kind, series.subject, series.measure, place_key(series.place))
            owners.setdefault(thing, set()).add((series.owner, series.owner_text))
    for cid, series in out.items():
        if series.owner or not series.place or not series.measure:
            continue
        owned = owners.get((series.kind, series.subject, series.measure, place_key(series.place)), set())
        if len(owned) == 1:
            owner_key, owner_text = next(iter(owned))
            out[cid] = dataclasses.replace(series, owner=owner_key, owner_text=owner_text)
    _join_revision_links(rows, out)
    return out


def _as_places(place: dict[int, str | None]) -> dict[int, str | None]:
    """Each place a demonym no list knows stands for, as the place the rows name ("Dravonian" where another claim
    names Dravonia: its stem and a nationality's ending, "-n", "-ese", "-ish", "-i")."""
    written = {place_key(p): p for p in place.values() if p and p != UNREAD_PLACE}
    named: dict[str, str] = {}
    for key in written:
        if not re.search(r"(?:n|ese|ish|i)$", key) or " " in key:
            continue
        bases = [b for b in written if b != key and written_from(key, b)]
        if len(bases) == 1:
            named[key] = written[bases[0]]
    return {cid: named.get(place_key(p), p) if p else p for cid, p in place.items()}


def _one_place(named: dict[tuple[Any, ...], dict[str, str]], *scopes: tuple[Any, ...]) -> dict[str, str]:
    """The places of the first of ``scopes`` whose claims name exactly one, else none."""
    for scope in scopes:
        if len(found := named.get(scope, {})) == 1:
            return found
    return {}


def _counted_for(row: ClaimRow, owner_text: str) -> bool:
    """Is the claim's owner whom what it counts is for, written after "for" ("votes for Ana Brel")?"""
    return bool(re.search(rf"\bfor\s+{re.escape(owner_text)}", row.about or ""))


def _join_owner_names(base: dict[int, tuple[str, str, str]], owner: dict[int, tuple[str, str]]) -> None:
    """One owner under a short name and a full one, for one thing counted: "Brel" is "Ana Brel", "Southwest" is
    "Southwest Airlines", when the short name is the last or first word of one longer owner only."""
    owners: dict[tuple[str, str, str], set[tuple[str, str]]] = {}
    for cid, (key, text) in owner.items():
        if key:
            owners.setdefault(base[cid], set()).add((key, text))
    for cid, (key, _) in list(owner.items()):
        if not key or " " in key:
            continue
        longer = {o for o in owners.get(base[cid], ()) if " " in o[0] and key in (o[0].split()[0], o[0].split()[-1])}
        if len(longer) == 1:
            owner[cid] = next(iter(longer))


def _join_revision_links(rows: list[ClaimRow], out: dict[int, Series]) -> None:
    """Claims joined by ``revises`` count one thing: one series, the best-described member's."""
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
            best = max(
                cids,
                key=lambda c: (out[c].keyed, bool(out[c].measure), bool(out[c].place), bool(out[c].owner), c == top),
            )
            for c in cids:
                out[c] = out[best]


# ---------------------------------------------------------------- statements


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _within(later: str, earlier: str, window: int) -> bool:
    """Whether day ``later`` is ``earlier`` or up to ``window`` days after it."""
    a, b = _day(later), _day(earlier)
    if a is None or b is None:
        return later[:10] == earlier[:10]
    return b <= a <= b + timedelta(days=window)


def _restates(published: str, earlier: str) -> bool:
    """Can a report dated only by its publication day ``published`` restate a statement of day ``earlier``: any
    time after it (a publication day only bounds when a figure was given; one told again a week on, with no day
    of its own, is still the first day's)?"""
    a, b = _day(published), _day(earlier)
    return a is not None and b is not None and b <= a


def _figure(row: ClaimRow | TimelineEntry) -> tuple[float | None, float | None, float | None]:
    return (row.value, row.low, row.high)


def _distinctive(figure: tuple[float | None, float | None, float | None], kind: str = "count") -> bool:
    """A figure unlikely to be given by two sources (or told of two things) by chance: three significant digits or
    more (1,318, 638, 18.4%), two for a sum of money (TVM 85 million) or a share with a decimal (6.3%), or a
    range (two figures that both match)."""
    values = [abs(v) for v in figure if v is not None]
    if not values:
        return False
    _, low, high = figure
    if low is not None and high is not None and low != high:
        return True
    exact = Decimal(repr(float(max(values)))).normalize().as_tuple()
    fraction = isinstance(exact.exponent, int) and exact.exponent < 0
    return len(exact.digits) >= (2 if kind == "money" or (kind == "percent" and fraction) else 3)


def _new_entry(series: Series, row: ClaimRow) -> TimelineEntry:
    return TimelineEntry(
        series=series,
        value=row.value,
        low=row.low,
        high=row.high,
        unit=row.unit,
        about=row.about,
        qualifier=row.qualifier,
        source=row.source,
        source_id=row.source_id,
        as_of=row.as_of,
        as_of_basis=row.basis,
    )


def _statements(
    rows: list[ClaimRow], series: dict[int, Series], window: int
) -> tuple[list[TimelineEntry], dict[int, TimelineEntry]]:
    """The reports grouped into statements (see the module docstring)."""
    same: dict[tuple[Any, ...], list[ClaimRow]] = {}
    for r in rows:
        s = series[r.claim_id]
        same.setdefault((s, _source_key(r), _figure(r), _measured_in(r, s)), []).append(r)
    entries: list[TimelineEntry] = []
    by_claim: dict[int, TimelineEntry] = {}
    for (s, _, _, _), members in same.items():
        clusters: list[TimelineEntry] = []
        stated = sorted((r for r in members if r.basis == "stated"), key=lambda r: (r.as_of or "", r.claim_id))
        published = sorted((r for r in members if r.basis == "published"), key=lambda r: (r.as_of or "", r.claim_id))
        undated = [r for r in members if r.as_of is None]
        by_day: dict[str | None, TimelineEntry] = {}
        for r in stated:
            entry = by_day.get(r.as_of) or by_day.setdefault(r.as_of, _append(clusters, s, r))
            entry.reports.append(r)
        for r in published:
            near = [
                e
                for e in clusters
                if e.as_of and r.as_of and (e.as_of_basis == "published" or _restates(r.as_of, e.as_of))
            ]
            entry = max(near, key=lambda e: e.as_of or "") if near else _append(clusters, s, r)
            entry.reports.append(r)
        for r in undated:
            dated = [e for e in clusters if e.as_of]
            if dated:
                entry = min(dated, key=lambda e: e.as_of or "")
            else:
                entry = clusters[0] if clusters else _append(clusters, s, r)
            entry.reports.append(r)
        for entry in clusters:
            # outlets drop a qualifier more often than they add one: "at least 10,000" and "10,000" are
            # "at least 10,000"
            said = [r.qualifier for r in entry.reports if r.qualifier]
            entry.qualifier = collections.Counter(said).most_common(1)[0][0] if said else None
            for r in entry.reports:
                by_claim[r.claim_id] = entry
        entries.extend(clusters)
    joined = _join_spokespeople(_join_restatements(entries, by_claim, window), by_claim, window)
    return _join_unattributed(joined, by_claim, window), by_claim


def _measured_in(row: ClaimRow, series: Series) -> str | None:
    """The unit of a figure of measure: 400 tonnes are never the same figure as 400 litres."""
    return row.unit if series.kind == "measure" else None


def _append(clusters: list[TimelineEntry], series: Series, row: ClaimRow) -> TimelineEntry:
    entry = _new_entry(series, row)
    clusters.append(entry)
    return entry


def _join_restatements(
    entries: list[TimelineEntry], by_claim: dict[int, TimelineEntry], window: int
) -> list[TimelineEntry]:
    """One named source's one figure, on one day (or undated), told as two things is one statement: its reports
    join the entry whose series says most of what it counts. A distinctive figure of one kind, or one in a unit of
    measure, may be told as anything ("a third-quarter net loss of $412 million", "after losing $412 million");
    any other only as series that differ by what one of them leaves unsaid ("9 troops killed" and "9 Belvorian
    troops killed in Karvenia"; "63" and "63 people killed")."""
    groups: dict[tuple[Any, ...], list[TimelineEntry]] = {}
    for e in entries:
        if _attributed(e.reports[0]) and not _description_of(e.reports[0]):
            groups.setdefault((_source_key(e.reports[0]), _figure(e), _measured_in(e.reports[0], e.series)), []).append(
                e
            )
    gone: set[int] = set()
    for members in groups.values():
        if len({m.series for m in members}) < 2:
            continue
        best = max(members, key=_described)
        distinctive = _distinctive(_figure(best), best.series.kind)
        for e in members:
            if e is best or e.series == best.series or not _same_time(e, best, window):
                continue
            if (
                not (distinctive and e.series.kind == best.series.kind)
                and not _measured_alike(e, best)
                and not (_unsaid_apart(e, best) and _one_day(e, best, window))
            ):
                continue
            _absorb(best, e, by_claim)
            gone.add(id(e))
    return [e for e in entries if id(e) not in gone]


def _measured_alike(a: TimelineEntry, b: TimelineEntry) -> bool:
    """Are two entries of one figure in a unit of measure ("400 tonnes", "70 litres"; entries are grouped by that
    unit, ``_measured_in``)? A source gives the same number of litres of two things on one day by chance no more
    often than a figure of three digits: told as two things ("tonnes of grain lost", "the cargo"), it is one
    statement."""
    return a.series.kind == b.series.kind == "measure"


def _unsaid_apart(a: TimelineEntry, b: TimelineEntry) -> bool:
    """Do two entries' series differ only by what one of them leaves unsaid: its subject, or the words before
    its subject's noun ("net profit" and "quarterly profit"), its measure (a vague one, "affected", is none),
    its owner, its place (a place its reports do not name, only their article suggests, is unsaid)? A figure that
    names nothing it counts may be of any kind; "people" are not aircraft, and jobs are the workers holding them."""
    x, y = a.series, b.series
    if not (x.subject or x.measure) or not (y.subject or y.measure):
        return True
    if x.kind != y.kind:
        return False
    placed = all(any(_place(r) for r in e.reports) for e in (a, b))
    # a share or sum named only by its kind ("29 percent", "LDR 4m") says nothing of what it is of, nor a count named
    # only by what befell what it counts ("31 arrests" of people arrested, "12 cancellations" of flights cancelled)
    xs, ys = (s.subject if s.subject != s.kind and not _names_its_measure(s) else "" for s in (x, y))
    # "people" counted are any class of people, unsaid ("11 people killed" and "11 soldiers killed")
    people = "people" in (xs, ys) and {xs, ys} <= PEOPLE_SUBJECTS
    # jobs counted are the workers holding them ("cut 1,200 jobs", "1,200 workers laid off")
    staff = {xs, ys} <= HEADCOUNT_SUBJECTS
    return (
        (xs == ys or not xs or not ys or xs.split()[-1] == ys.split()[-1] or people or staff)
        and (x.measure == y.measure or not _told(x) or not _told(y))
        and (x.owner == y.owner or not x.owner or not y.owner)
        and (place_key(x.place) == place_key(y.place) or not x.place or not y.place or not placed)
    )


def _names_its_measure(series: Series) -> bool:
    """Is a series' subject one word for its measure ("arrests", arrested; "deaths", killed)?"""
    return bool(series.measure) and " " not in series.subject and measure_word(series.subject) == series.measure


def _told(series: Series) -> str:
    """The measure a series says befell what it counts: none for an unsaid or a vague one ("affected")."""
    return series.measure if series.measure not in VAGUE_MEASURES else ""


def _one_day(a: TimelineEntry, b: TimelineEntry, window: int) -> bool:
    """Are two entries one statement by their days: either undated, both of the same day, or one dated only by
    its publication that may restate the other (see ``_retold``)?"""
    if a.as_of is None or b.as_of is None or a.as_of[:10] == b.as_of[:10]:
        return True
    return _retold(a, b, window) or _retold(b, a, window)


def _retold(later: TimelineEntry, earlier: TimelineEntry, window: int) -> bool:
    """May ``later``, dated only by its publication, tell ``earlier`` again: a publication day after the other's
    day (see ``_restates``) for a distinctive figure, within ``window`` days for one that says nothing of what it
    counts ("the 70 given by the owner"), or two publication days, neither of which says when the figure
    was given?"""
    if later.as_of_basis != "published" or later.as_of is None or earlier.as_of is None:
        return False
    if earlier.as_of_basis == "published":
        return True
    if _distinctive(_figure(later), later.series.kind):
        return _restates(later.as_of, earlier.as_of)
    return not (later.series.subject or later.series.measure) and _within(later.as_of, earlier.as_of, window)


def _same_time(a: TimelineEntry, b: TimelineEntry, window: int) -> bool:
    """Could two entries be one statement by their days: either undated, or one near the other."""
    return a.as_of is None or b.as_of is None or _near(a, b, window) or _near(b, a, window)


def _absorb(keep: TimelineEntry, drop: TimelineEntry, by_claim: dict[int, TimelineEntry]) -> None:
    """Move ``drop``'s reports into ``keep``, which takes its day when it has none, or a day only its
    publication gave where ``drop``'s is stated."""
    keep.reports.extend(drop.reports)
    for r in drop.reports:
        by_claim[r.claim_id] = keep
    if drop.as_of is not None and (
        keep.as_of is None or (keep.as_of_basis, drop.as_of_basis) == ("published", "stated")
    ):
        keep.as_of, keep.as_of_basis = drop.as_of, drop.as_of_basis


def _join_spokespeople(
    entries: list[TimelineEntry], by_claim: dict[int, TimelineEntry], window: int
) -> list[TimelineEntry]:
    """A person speaking for a body ("NFRS chief commissioner", "spokesperson for the fire service": a title the
    ledger saw them under names the body) and the body, giving one figure of one thing on one day, make one
    statement: outlets credit the figure to either. Its source is the one more of them credit, else the person's
    (the more exact source). One thing: one series, or two that differ only by what one leaves unsaid, of one day."""
    groups: dict[tuple[Any, ...], list[TimelineEntry]] = {}
    for e in entries:
        if _attributed(e.reports[0]):
            groups.setdefault(_figure(e), []).append(e)
    gone: set[int] = set()
    for members in groups.values():
        for person in members:
            titles = _title_words(person.reports[0])
            if not titles or id(person) in gone:
                continue
            body = next(
                (
                    b
                    for b in members
                    if b is not person
                    and id(b) not in gone
                    and _source_key(b.reports[0]) != _source_key(person.reports[0])
                    and _speaks_for(titles, b.reports[0].source or "", person.reports[0].source_titles)
                    and (
                        (b.series == person.series and _same_time(person, b, window) and not _stated_apart(person, b))
                        or (_unsaid_apart(b, person) and _one_day(person, b, window))
                    )
                ),
                None,
            )
            if body is None:
                continue
            # the source more outlets credit the figure to (the person's, the more exact, when as many do), and
            # the series that says more of what it counts
            keep, drop = (body, person) if body.origins > person.origins else (person, body)
            if _says_no_more(keep, drop):
                keep.series = drop.series
            _absorb(keep, drop, by_claim)
            gone.add(id(drop))
    return [e for e in entries if id(e) not in gone]


def _stated_apart(a: TimelineEntry, b: TimelineEntry) -> bool:
    """Were two entries stated on two days (not dated only by their publication, nor undated)? Two statements,
    however alike."""
    return a.as_of_basis == b.as_of_basis == "stated" and (a.as_of or "")[:10] != (b.as_of or "")[:10]


def _says_no_more(a: TimelineEntry, b: TimelineEntry) -> bool:
    """Does ``a``'s series say nothing of what it counts that ``b``'s does not, and ``b``'s something more: its
    subject (a vague one, "people", is none), measure, place (one its reports do not name, only their article
    suggests, is none) and owner each unsaid or ``b``'s?"""
    x, y = a.series, b.series
    own_place = any(_place(r) for r in a.reports)
    fields = (
        (x.subject if x.subject not in VAGUE_SUBJECTS else "", y.subject if y.subject not in VAGUE_SUBJECTS else ""),
        (_told(x), _told(y)),
        (place_key(x.place) if x.place and own_place else "", place_key(y.place) if y.place else ""),
        (x.owner, y.owner),
    )
    return x != y and all(not p or p == q for p, q in fields) and any(q and not p for p, q in fields)


def _speaks_for(titles: frozenset[str], body: str, written: tuple[str, ...] = ()) -> bool:
    """Do a person's title words name ``body``: its acronym ("NFRS chief commissioner"), or two or more words of
    its name, its head noun among them ("spokesperson for the fire service": National Fire and Rescue Service)?
    A body known by its acronym is named by a title (``written``) ending on the name it stands for ("general
    secretary of the Lusmark Nurses' and Midwives' Union": LNMU)."""
    words_ = _TOKENS.findall(fold(body))
    if len(words_) < 2:
        if len(body) >= 3 and body.isupper() and any(_spells(body, title) for title in written):
            return True
        return fold(body) in titles  # a body named by one word or an acronym, written in the title as such
    if fold(acronym_of(" ".join(words_))) in titles:
        return True
    if firm_head(body) and words_[0] in titles:
        return True  # "Merrow spokeswoman": a business goes by its name's first word (Merrow Electric)
    return words_[-1] in titles and len(set(words_) & titles) >= 2


def _spells(acronym: str, title: str) -> bool:
    """Is a name a title holds ("Solvane Ferry Lines chief executive", "… of the Lusmark Nurses' and Midwives'
    Union", "… for the Ministry of Health") spelled by ``acronym``: a run of its words, within one clause,
    neither starting nor ending on a link word, whose initials are the acronym's letters?"""
    target = fold(acronym)
    for clause in re.split(r"[,;]", title):
        words_ = _TOKENS.findall(fold(clause))
        for i, first in enumerate(words_):
            if first in CONNECTORS:
                continue
            for j in range(i + 1, len(words_) + 1):
                spelled = fold(acronym_of(" ".join(words_[i:j])))
                if len(spelled) > len(target):
                    break
                if spelled == target and words_[j - 1] not in CONNECTORS:
                    return True
    return False


def _described(entry: TimelineEntry) -> tuple[bool, bool, bool, bool, int]:
    """How much a statement's series says of what it counts: a subject that names it, a measure that says what
    befell it, a place, an owner."""
    s = entry.series
    return (s.subject not in VAGUE_SUBJECTS, bool(_told(s)), bool(s.place), bool(s.owner), len(entry.reports))


def _join_unattributed(
    entries: list[TimelineEntry], by_claim: dict[int, TimelineEntry], window: int
) -> list[TimelineEntry]:
    """A figure given without a (named) source joins the one named source's statement of that exact figure
    in its series (in any place of the thing counted, when it names none itself; or in a series that differs
    from its own only by what one of them leaves unsaid)."""
    named: dict[tuple[Any, ...], list[TimelineEntry]] = {}
    for e in entries:
        if _attributed(e.reports[0]) and not _description_of(e.reports[0]):
            named.setdefault(_figure(e), []).append(e)
    kept = []
    for e in entries:
        role, described = _role_of(e.reports[0]), _description_of(e.reports[0])
        if _attributed(e.reports[0]) and not described:
            kept.append(e)
            continue
        own_place = any(_place(r) for r in e.reports)
        fits = [
            n
            for n in named.get(_figure(e), [])
            if (
                n.series == e.series
                or (not own_place and _placeless(n.series) == _placeless(e.series))
                or _unsaid_apart(e, n)
            )
            and (e.as_of is None or (n.as_of is not None and _near(e, n, window)))
            and (
                _distinctive(_figure(e), e.series.kind)
                or role & _title_words(n.reports[0])
                or _names(n.reports[0], described)
                or (bool(described) and _speaks_for_described(n.reports[0], e.reports[0].source or ""))
                or (
                    n.series == e.series and bool({r.article_id for r in e.reports} & {r.article_id for r in n.reports})
                )
            )
        ]
        if len({_source_key(n.reports[0]) for n in fits}) != 1:
            kept.append(e)
            continue
        target = min(fits, key=lambda n: n.as_of or "")
        target.reports.extend(e.reports)
        if target.as_of_basis == "published" and e.as_of_basis == "stated":
            target.as_of, target.as_of_basis = e.as_of, "stated"  # the day a report states beats a publication's
        for r in e.reports:
            by_claim[r.claim_id] = target
    return kept


def _speaks_for_described(person: ClaimRow, description: str) -> bool:
    """Does a person's title name the body a description means ("the fire service" for the chief fire officer
    of the Ardavian Fire and Rescue Service): outlets credit the person's figure to the body they speak for."""
    titles = _title_words(person)
    body = re.sub(r"^(?:the|a|an)\s+|^\S+['’]s?\s+", "", description.strip(), flags=re.IGNORECASE)
    return bool(titles) and _speaks_for(titles, body)


def _role_of(row: ClaimRow) -> frozenset[str]:
    """The role words of a source described, not named ("the governor's office" → governor)."""
    if _attributed(row) or not row.source:
        return frozenset()
    return frozenset(_TOKENS.findall(fold(row.source))) & role_words()


def _near(report: TimelineEntry, statement: TimelineEntry, window: int) -> bool:
    """Whether a report's day fits a statement's: up to ``window`` days after it, or before it when the
    statement's day is only its publication's."""
    if _within(report.as_of or "", statement.as_of or "", window):
        return True
    if report.as_of_basis == "published" and _restates(report.as_of or "", statement.as_of or ""):
        return True
    return statement.as_of_basis == "published" and _within(statement.as_of or "", report.as_of or "", window)


def _description_of(row: ClaimRow) -> frozenset[str]:
    """The words of a body's description as a source, its owner aside, by class ("the city's election
    commission" → election, agency); none for a name, a person's role or a bare noun ("officials")."""
    if row.source_id is not None or not row.source:
        return frozenset()
    return _described_body(row.source)


@functools.lru_cache(maxsize=65_536)  # the same few descriptions recur in every query
def _described_body(source: str) -> frozenset[str]:
    written = re.findall(r"[^\W\d_][\w'’]*", source)
    capitals = [w for w in written if w[:1].isupper() and not re.search(r"['’]s?$", w)]
    if capitals and not nation_of(" ".join(capitals)):
        # a name, not a description ("Seoul's spy agency", "the South Korean spy agency" are descriptions:
        # their capitals are their owner's)
        return frozenset()
    kept = [w for w in re.findall(r"[^\W\d_][\w'’]*", fold(source)) if not re.search(r"['’]s?$", w)]
    kept = [w for w in kept if w not in ("the", "a", "an", "its", "their")]
    if len(kept) == 1 and kept[0] in words("org_nouns") and not kept[0].endswith("s"):
        return _classes(kept)  # a body by its kind's noun alone ("police"), never several ("authorities")
    if len(kept) < 2 or kept[-1] in role_words():
        return frozenset()  # a person described ("the health minister"), not a body
    # a nationality is whose body it is, as a possessive is ("the South Korean spy agency")
    kept = [w for i, w in enumerate(kept) if not nation_of(w) and not nation_of(" ".join(kept[i : i + 2]))]
    return _classes(kept) if len(kept) >= 2 else frozenset()


def _classes(words_: Iterable[str]) -> frozenset[str]:
    """Words under the class a body's kind is compared by ("spy" is intelligence, "service" agency), each by its
    word family ("observer" and "observation", "electoral" and "election" are one)."""
    synonyms = table("role_synonyms")
    return frozenset(word_family(synonyms.get(w, w)) for w in words_)


def _names(row: ClaimRow, described: frozenset[str]) -> bool:
    """Does a named source's name hold every word of a description, by class ("the city's election commission":
    Kessa Election Commission; "Seoul's spy agency": National Intelligence Service)?"""
    return bool(described) and described <= _classes(_TOKENS.findall(fold(row.source or "")))


def _title_words(row: ClaimRow) -> frozenset[str]:
    return frozenset(w for title in row.source_titles for w in _TOKENS.findall(fold(title)))


_TOKENS = re.compile(r"[^\W\d_]+")


def _placeless(series: Series) -> tuple[str, str, str, str]:
    return (series.kind, series.subject, series.owner, series.measure)


# ---------------------------------------------------------------- flags


def _flag(entry: TimelineEntry, flag: str) -> None:
    if flag not in entry.flags:
        entry.flags.append(flag)


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
                if earlier is not entry and _figure(earlier) != _figure(entry):
                    _mark_revision(earlier, entry)
    # a source's own figures for one named series: a later stated day with another figure revises
    series: dict[tuple[Series, str], list[TimelineEntry]] = {}
    for entry in entries:
        if entry.keyed and entry.as_of and entry.reports[0].source:
            series.setdefault((entry.series, _source_key(entry.reports[0])), []).append(entry)
    for members in series.values():
        members.sort(key=lambda e: e.as_of or "")
        for i, later in enumerate(members):
            if later.as_of_basis != "stated":
                continue  # a publication day says when it was reported, not when it was counted
            before = [e for e in members[:i] if (e.as_of or "") < (later.as_of or "") and _plausible(e, later)]
            if before and _figure(before[-1]) != _figure(later):
                _mark_revision(before[-1], later)


def _plausible(earlier: TimelineEntry, later: TimelineEntry) -> bool:
    """Whether ``later`` can be the same count as ``earlier`` again: both figures, the later no less than a fifth
    of the earlier nor more than fifty times it (a toll grows fast in its first days; 2,946 then 6 is another
    count, of another place or event)."""
    a, b = _magnitude(earlier), _magnitude(later)
    return a is not None and b is not None and a > 0 and 0.2 <= b / a <= 50


def _bounds(entry: TimelineEntry) -> tuple[float, float] | None:
    """The values a figure allows, its qualifier read: "at least 40" is [40, ∞), "about 40" [36, 44]."""
    if entry.low is not None and entry.high is not None:
        return (float(entry.low), float(entry.high))
    if entry.value is None:
        return None
    v = float(entry.value)
    q = fold(entry.qualifier or "")
    if q in ("at least", "more than", "over", "above", "in excess of", "upwards of", "more", "at least some"):
        return (v, float("inf"))
    if q in ("at most", "up to", "under", "fewer than", "less than", "below", "no more than", "as many as"):
        return (float("-inf"), v)
    if q in ("nearly", "almost", "close to", "just under", "just below"):
        return (v * 0.9, v)
    if q:  # about, around, roughly, some, an estimated, approximately
        return (v * 0.9, v * 1.1)
    return (v, v)


def _magnitude(entry: TimelineEntry) -> float | None:
    figures = [v for v in _figure(entry) if v is not None]
    return max(abs(float(v)) for v in figures) if figures else None


# how near two figures of one article are to be set against each other: a paragraph or two
_AGAINST_CHARS = 400


def _set_against(a: TimelineEntry, b: TimelineEntry) -> bool:
    """Are two statements reported next to each other in one article (within ``_AGAINST_CHARS``)?"""
    return any(
        x.article_id == y.article_id
        and x.start is not None
        and y.start is not None
        and abs(x.start - y.start) <= _AGAINST_CHARS
        for x in a.reports
        for y in b.reports
    )


def _flag_disagreements(entries: list[TimelineEntry]) -> None:
    by_day: dict[tuple[Series, str], list[TimelineEntry]] = {}
    for entry in entries:
        # a figure-less claim ("dozens"), one in an unnamed series or an unattributed one disagrees with nothing
        if entry.as_of and entry.keyed and _attributed(entry.reports[0]) and _bounds(entry) is not None:
            by_day.setdefault((entry.series, entry.as_of or ""), []).append(entry)
    for members in by_day.values():
        for a, b in itertools.combinations(members, 2):
            if _source_key(a.reports[0]) == _source_key(b.reports[0]):
                continue
            # a day that is only a publication's says when a figure was reported, not when it held: unless both
            # are set against each other in one article ("The union said 12,000 … The company put it at 7,500")
            stated = a.as_of_basis == "stated" and b.as_of_basis == "stated"
            if not stated and not _set_against(a, b):
                continue
            ba, bb = _bounds(a), _bounds(b)
            if ba is None or bb is None or (ba[0] <= bb[1] and bb[0] <= ba[1]):
                continue  # both can hold
            ma, mb = _magnitude(a), _magnitude(b)
            # figures a factor of five apart on one day are two counts ("37 children in hospital",
            # "250,000 children unvaccinated"), not two sources disagreeing on one
            if ma is not None and mb is not None and max(ma, mb) > 5 * max(min(ma, mb), 1e-9):
                continue
            _flag(a, "disagreement")
            _flag(b, "disagreement")


# ---------------------------------------------------------------- the timeline


def build_timeline(rows: list[ClaimRow], *, window_days: int = WINDOW_DAYS) -> list[TimelineEntry]:
    """Merge claim rows into statements, flag revisions and disagreements, and order them: the series with
    the most reports first, each by as-of day."""
    rows = _named_for_their_kind(rows)
    series = assign_series(rows)
    entries, by_claim = _statements(rows, series, window_days)
    _flag_revisions(entries, by_claim)
    _flag_disagreements(entries)
    by_series: dict[Series, list[TimelineEntry]] = {}
    for entry in entries:
        by_series.setdefault(entry.series, []).append(entry)
    ordered: list[TimelineEntry] = []
    labels = {s: (s.label, s.key) for s in by_series}
    for _, members in sorted(by_series.items(), key=lambda kv: (-sum(len(e.reports) for e in kv[1]), labels[kv[0]])):
        ordered.extend(sorted(members, key=_date_key))
    return ordered


def _named_for_their_kind(rows: list[ClaimRow]) -> list[ClaimRow]:
    """A body described by its kind ("the army", "Orvania's army", "the fire office") is the one body the rows
    name whose name holds the description's words by class ("Orvanian Armed Forces"), when they name exactly one,
    and of no other country: outlets that name it and those that describe it tell one source's statements."""
    # (a description the ledger keeps as a speaker of its own, "Orvania's army", is still one)
    named: dict[str, ClaimRow] = {}
    for r in rows:
        if r.source and _attributed(r) and not _described_body(r.source):
            named.setdefault(r.source_key, r)
    found: dict[str, ClaimRow | None] = {}
    out = []
    for r in rows:
        described = _described_body(r.source) if r.source else frozenset()
        # (a kind any public body is, "the office", says too little; "the governor's office" is the governor's)
        if not described - {"agency"} or not r.source or _role_of(r):
            out.append(r)
            continue
        if r.source not in found:
            fits = [
                n
                for n in named.values()
                if _names(n, described) and not (r.source_place and n.source_place and r.source_place != n.source_place)
            ]
            found[r.source] = fits[0] if len(fits) == 1 else None
        body = found[r.source]
        if body is None:
            out.append(r)
            continue
        out.append(
            dataclasses.replace(
                r,
                source=body.source,
                source_id=body.source_id,
                source_place=body.source_place,
                source_titles=body.source_titles,
            )
        )
    return out


def _date_key(entry: TimelineEntry) -> tuple[str, int, str, float]:
    # undated statements sit after the dated ones of the day they were first reported
    day = entry.as_of or entry.first_reported or "9999"
    return (day, entry.as_of is None, entry.source or "", entry.value or 0.0)


# ---------------------------------------------------------------- queries

# words a reader types around what they ask for ("deaths in Drasna", "how many flights")
_QUERY_STOP = frozenset(
    re.findall(
        r"\S+",
        "the a an of in on at for to by from with and or per as is are was were how many much what who since "
        "number numbers toll tolls figure figures count counts total",
    )
)
_LONGEST = max(len(k.split()) for k in SUBJECTS)


@dataclass(slots=True)
class TimelineQuery:
    """A timeline query read: the measures and subjects it names, and its other words (a story, a place,
    an owner, a source)."""

    measures: set[str] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)  # every word but the stop words, as typed

    def as_words(self) -> TimelineQuery:
        """The query read as words of a story only ("fire" of a story about a fire, when no series counts fires)."""
        return TimelineQuery(words=list(self.typed), typed=list(self.typed))

    @property
    def names_series(self) -> bool:
        return bool(self.measures or self.subjects)


def parse_query(query: str) -> TimelineQuery:
    """Read a query: "flood deaths" names the measure killed and the word "flood"; "Norvanian soldiers" the
    subject troops and the word "Norvanian"; "flights cancelled" the subject flights and the measure cancelled.
    A word naming a measure is that measure ("deaths" is killed, not the subject people)."""
    tokens = re.findall(r"[^\W_][\w'’.-]*", query)
    folded = [re.sub(r"['’]s?$", "", fold(t)) for t in tokens]
    out = TimelineQuery(typed=[t for t, f in zip(tokens, folded, strict=True) if f not in _QUERY_STOP])
    i = 0
    while i < len(tokens):
        if folded[i] in _EVENT_NOUNS:
            # "breach", "strike": the event a story is about, though a measure has the word too ("hacked")
            out.words.append(tokens[i])
            i += 1
            continue
        measure = measure_word(folded[i])
        if measure:
            out.measures.add(measure)
            i += 1
            continue
        for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
            phrase = " ".join(folded[i : i + n])
            if phrase in SUBJECTS:
                out.subjects.add(SUBJECTS[phrase])
                i += n
                break
        else:
            if folded[i] not in _QUERY_STOP:
                out.words.append(tokens[i])
            i += 1
    return out


def place_candidates(phrase: str) -> set[str]:
    """The stored forms a place written in a query may have: "kelvorian" → Kelvoria; "drasna" → Drasna."""
    bare = phrase.strip()
    found = {bare, bare.title(), bare.upper()}
    normal = normalise_place(bare)
    if normal:
        found |= {normal, normal.title()}
    return {f for f in found if f}
