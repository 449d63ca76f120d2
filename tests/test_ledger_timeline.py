"""Claim timelines from claim rows: series by what is counted, one entry per statement, revisions, disagreements."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.api import analyze_text
from newsledger.ledger import Ledger
from newsledger.ledger.series import Series, measure_for, place_key, subject_of
from newsledger.ledger.timeline import ClaimRow, assign_series, build_timeline, home_place, parse_query
from newsledger.record import Record

_ids = itertools.count(1)


def row(
    value: float | None,
    source: str | None,
    as_of: str | None,
    *,
    article: int,
    origin: int | None = None,
    unit: str = "people",
    about: str = "people killed in the floods",
    measure: str | None = None,
    place: str | None = None,
    basis: str | None = "stated",
    qualifier: str | None = None,
    revises: int | None = None,
    claim_id: int | None = None,
    published: str = "2025-03-06",
    sid: int | None = None,
    source_place: str | None = None,
) -> ClaimRow:
    subject, owner = subject_of(unit or None, about or None)
    return ClaimRow(
        claim_id=claim_id or next(_ids),
        value=value,
        low=None,
        high=None,
        unit=unit or None,
        about=about or None,
        qualifier=qualifier,
        source=source,
        source_id=sid,
        as_of=as_of,
        text=f"{value}",
        revises_id=revises,
        article_id=article,
        record_id=f"r{article}",
        url=None,
        publisher=f"Outlet {article}",
        published=published,
        origin_id=origin or article,
        measure=measure_for(measure, about or None, unit or None),
        place=place,
        as_of_basis=basis if as_of else None,
        subject=subject or None,
        owner=owner,
        stated_measure=measure,
        source_place=source_place,
    )


def by_value(entries: list[Any]) -> dict[float | None, Any]:
    return {e.value: e for e in entries}


def test_ledger_timeline_same_statement_is_one_entry_with_reports() -> None:
    rows = [row(42, "Directorate", "2025-03-03", article=a, origin=1, sid=7) for a in (1, 2, 3, 4)]
    rows.append(row(42, "Directorate", "2025-03-03", article=5, sid=7))  # an independent report of it
    (entry,) = build_timeline(rows)
    assert len(entry.reports) == 5
    assert entry.origins == 2  # syndicated copies count as one origin
    assert entry.flags == []
    d = entry.to_dict()
    assert {"value", "low", "high", "source", "as_of", "reports", "flags", "group"} <= set(d)
    assert {"series", "measure", "place", "as_of_basis"} <= set(d)
    assert d["value"] == 42 and isinstance(d["value"], int)
    assert d["measure"] == "killed" and d["as_of_basis"] == "stated" and d["group"] == "people killed"


def test_ledger_timeline_qualifier_does_not_split_a_statement() -> None:
    entries = build_timeline(
        [
            row(10000, "Pentagon", "2024-10-28", article=1, sid=1, qualifier="at least"),
            row(10000, "Pentagon", "2024-10-28", article=2, sid=1),
            row(10000, "Pentagon", "2024-10-28", article=3, sid=1, qualifier="at least"),
        ]
    )
    (entry,) = entries
    assert len(entry.reports) == 3 and entry.qualifier == "at least"
    assert sorted(str(r["qualifier"]) for r in entry.to_dict()["reports"]) == ["None", "at least", "at least"]


def test_ledger_timeline_publication_day_joins_the_latest_stated_day_before_it() -> None:
    stated = row(1200, "Velikov", "2025-03-03", article=1, sid=6, about="people evacuated")
    late = row(1200, "Velikov", "2025-03-04", article=2, sid=6, about="people evacuated", basis="published")
    much_later = row(1200, "Velikov", "2025-03-09", article=3, sid=6, about="people evacuated", basis="published")
    entries = build_timeline([stated, late, much_later])
    (first,) = entries
    assert [r.article_id for r in first.reports] == [1, 2, 3] and first.as_of == "2025-03-03"
    assert first.as_of_basis == "stated" and first.flags == []  # the same figure, reported again: no revision
    restated = row(1200, "Velikov", "2025-03-06", article=4, sid=6, about="people evacuated")
    by_day = {e.as_of: sorted(r.article_id for r in e.reports) for e in build_timeline([stated, restated, much_later])}
    assert by_day == {"2025-03-03": [1], "2025-03-06": [3, 4]}
    earlier = row(1200, "Velikov", "2025-03-02", article=5, sid=6, about="people evacuated", basis="published")
    assert len(build_timeline([stated, earlier], window_days=0)) == 2  # published before the day it was given


def test_ledger_timeline_revision_by_later_stated_value() -> None:
    entries = build_timeline(
        [
            row(57, "Directorate", "2025-03-05", article=2, sid=7),
            row(42, "Directorate", "2025-03-03", article=1, sid=7),
        ]
    )
    assert [e.as_of for e in entries] == ["2025-03-03", "2025-03-05"]
    early, late = entries
    assert "revision" in late.flags and late.revises is early
    assert "superseded" in early.flags
    assert late.to_dict()["revises"] == {"value": 42, "as_of": "2025-03-03", "source": "Directorate"}


def test_ledger_timeline_a_publication_day_never_supersedes_a_stated_one() -> None:
    """An outlet printing an old figure days later, its as-of only its publication day: no revision."""
    entries = build_timeline(
        [
            row(57, "Directorate", "2025-03-05", article=1, sid=7),
            row(42, "Directorate", "2025-03-09", article=2, sid=7, basis="published"),
        ]
    )
    assert all(e.flags == [] for e in entries)


def test_ledger_timeline_revision_by_link_without_dates() -> None:
    earlier = row(3000, "Pentagon", None, article=1, claim_id=501)
    later = row(10000, "Pentagon", None, article=1, revises=501)
    entries = build_timeline([later, earlier])
    assert "revision" in by_value(entries)[10000].flags


def test_ledger_timeline_disagreement_on_a_stated_day() -> None:
    entries = build_timeline(
        [
            row(57, "Directorate", "2025-03-05", article=1, sid=7),
            row(61, "Red Cross", "2025-03-05", article=2, sid=8),
            row(61, "Red Cross", "2025-03-04", article=3, sid=8),
        ]
    )
    values = by_value([e for e in entries if e.as_of == "2025-03-05"])
    assert "disagreement" in values[57].flags and "disagreement" in values[61].flags
    # the same source repeating a figure a day later is neither
    assert all("revision" not in e.flags for e in entries)


def test_ledger_timeline_disagreement_of_two_figures_set_against_each_other_in_one_article() -> None:
    def near(value: float, source: str, sid: int, start: int, article: int = 1) -> ClaimRow:
        r = row(value, source, "2026-04-14", article=article, sid=sid, basis="published", about="workers on strike")
        r.start = start
        return r

    # "The union said 12,000 were on strike. The operator put the number at 7,500.": a publication's day, but
    # the article sets the two against each other
    entries = build_timeline([near(12000, "Union", 1, 40), near(7500, "Operator", 2, 160)])
    assert all("disagreement" in e.flags for e in entries)
    # far apart in one article, or in two: figures of one publication day need not be of one day
    far = build_timeline([near(12000, "Union", 1, 40), near(7500, "Operator", 2, 2400)])
    apart = build_timeline([near(12000, "Union", 1, 40), near(7500, "Operator", 2, 160, article=2)])
    assert not any("disagreement" in e.flags for e in far + apart)


@pytest.mark.parametrize(
    ("first", "second", "disagree"),
    [
        ((40, None), (45, None), True),
        ((40, "at least"), (45, None), False),  # an "at least" is not contradicted by a larger figure
        ((40, "at least"), (35, None), True),
        ((40, "about"), (42, None), False),
        ((40, "up to"), (35, None), False),
        ((40, "nearly"), (41, None), True),
    ],
)
def test_ledger_timeline_disagreement_reads_qualifiers(
    first: tuple[int, str | None], second: tuple[int, str | None], disagree: bool
) -> None:
    entries = build_timeline(
        [
            row(first[0], "Directorate", "2025-03-05", article=1, sid=7, qualifier=first[1]),
            row(second[0], "Red Cross", "2025-03-05", article=2, sid=8, qualifier=second[1]),
        ]
    )
    assert all(("disagreement" in e.flags) == disagree for e in entries)


def test_ledger_timeline_no_disagreement_on_publication_days() -> None:
    entries = build_timeline(
        [
            row(57, "Directorate", "2025-03-05", article=1, sid=7, basis="published"),
            row(61, "Red Cross", "2025-03-05", article=2, sid=8),
        ]
    )
    assert all(e.flags == [] for e in entries)


def test_ledger_timeline_same_value_different_sources_agree() -> None:
    entries = build_timeline(
        [
            row(57, "Directorate", "2025-03-05", article=1, sid=7),
            row(57, "Red Cross", "2025-03-05", article=2, sid=8),
        ]
    )
    assert len(entries) == 2
    assert all(e.flags == [] for e in entries)


def test_ledger_timeline_undated_report_joins_dated_statement() -> None:
    entries = build_timeline(
        [
            row(42, "Directorate", "2025-03-03", article=1, sid=7),
            row(42, "Directorate", None, article=2, sid=7),
        ]
    )
    (entry,) = entries
    assert len(entry.reports) == 2 and entry.as_of == "2025-03-03"


def test_ledger_timeline_series_by_what_is_counted() -> None:
    entries = build_timeline(
        [
            row(42, "Directorate", "2025-03-03", article=1, sid=7),
            row(57, "Directorate", "2025-03-05", article=2, unit="deaths", about="deaths in the floods", sid=7),
            row(1200, "Directorate", "2025-03-04", article=1, about="people evacuated", sid=7),
        ]
    )
    assert {e.group for e in entries} == {"people killed", "people displaced"}
    killed = [e for e in entries if e.group == "people killed"]
    assert [e.value for e in killed] == [42, 57]
    assert "revision" in killed[1].flags
    assert next(e for e in entries if e.group == "people displaced").flags == []


def test_ledger_timeline_synonyms_and_owner_are_one_series() -> None:
    rows = [
        row(
            3000,
            "Pentagon",
            "2024-10-23",
            article=1,
            sid=1,
            unit="troops",
            about="North Korean troops",
            measure="deployed",
        ),
        row(8000, "Pentagon", "2024-10-25", article=2, sid=1, unit="soldiers", about="soldiers", measure="deployed"),
        row(
            10000,
            "Pentagon",
            "2024-10-28",
            article=3,
            sid=1,
            unit="servicemen",
            about="North Korean servicemen",
            measure="deployed",
        ),
        row(5, "Pentagon", "2024-10-28", article=3, sid=1, unit="soldiers", about="North Korean soldiers killed"),
    ]
    entries = build_timeline(rows)
    groups = {e.group for e in entries}
    assert groups == {"North Korean troops deployed", "North Korean troops killed"}
    deployed = [e for e in entries if e.group == "North Korean troops deployed"]
    assert [e.value for e in deployed] == [3000, 8000, 10000]
    assert [bool(e.revises) for e in deployed] == [False, True, True]
    assert deployed[0].series == Series("troops", "deployed", "", "north korea", "count")


def test_ledger_timeline_unattributed_figures_merge_only_within_one_origin() -> None:
    entries = build_timeline(
        [
            row(9, None, "2025-03-03", article=1),
            row(9, None, "2025-03-03", article=2, origin=1),
            row(9, None, "2025-03-03", article=3),
        ]
    )
    assert sorted(len(e.reports) for e in entries) == [1, 2]


def test_ledger_timeline_an_unattributed_distinctive_figure_joins_the_named_statement() -> None:
    entries = build_timeline(
        [
            row(2274, "White Helmets", "2025-02-14", article=1, sid=4),
            row(2274, None, "2025-02-16", article=2, basis="published"),
            row(2274, "officials", "2025-02-15", article=3, basis="published"),
            row(40, None, "2025-02-14", article=4),  # a round, small figure: anyone's
            row(40, "White Helmets", "2025-02-14", article=5, sid=4, about="people injured"),
        ]
    )
    (named, *_) = [e for e in entries if e.value == 2274]
    assert sorted(r.article_id for r in named.reports) == [1, 2, 3] and named.source == "White Helmets"
    assert len([e for e in entries if e.value == 40]) == 2


def test_ledger_timeline_a_described_source_joins_across_what_one_leaves_unsaid() -> None:
    """ "400, the governor said" (naming nothing it counts) joins the governor's "400 buildings lost"."""
    varn = row(400, "Ilse Varn", "2025-07-11", article=1, sid=4, unit="buildings", about="buildings lost")
    varn.source_titles = ("Governor",)
    entries = build_timeline([varn, row(400, "governor", None, article=2, unit="", about="")])
    assert [(e.source, len(e.reports)) for e in entries] == [("Ilse Varn", 2)]


def test_ledger_timeline_a_body_by_its_kinds_noun_alone_joins_the_body_named_with_it() -> None:
    """ "11 killed, police said" in an article that never names the force joins "Kessmark Police" saying 11 that
    day; "authorities" are no one body."""
    entries = build_timeline(
        [
            row(11, "Kessmark Police", "2025-10-17", article=1, sid=3),
            row(11, "police", "2025-10-17", article=2),
            row(11, "Kessmark Health Authority", "2025-10-18", article=3, sid=4, about="people killed in the crash"),
            row(11, "authorities", "2025-10-18", article=4, about="people killed in the crash"),
        ]
    )
    police = next(e for e in entries if e.source == "Kessmark Police")
    assert sorted(r.article_id for r in police.reports) == [1, 2]
    assert any(e.source == "authorities" for e in entries)


def test_ledger_timeline_a_described_source_joins_the_source_it_describes_whatever_the_figure() -> None:
    velde = row(140, "Amara Velde", "2026-08-11", article=1, sid=7)
    velde.source_titles = ("Governor",)
    entries = build_timeline(
        [
            velde,
            # "the governor's office said": a role the named source is titled by
            row(140, "governor's office", "2026-08-13", article=2, basis="published"),
            # "the city's election commission": words the named body's name holds; stated the day before the
            # named body's report, dated only by its publication
            row(240, "Kessa Election Commission", "2026-03-09", article=3, sid=8, basis="published"),
            row(240, "city's election commission", "2026-03-08", article=4),
            row(240, "transport commission", "2026-03-08", article=5),  # another body
            # words of one family: an observer mission is the Observation Mission, an electoral board the Election
            # Board
            row(17, "Varsa Election Observation Mission", "2026-03-09", article=9, sid=10),
            row(17, "observer mission", "2026-03-10", article=10, basis="published"),
            row(36, "Varsa Election Board", "2026-03-09", article=11, sid=11),
            row(36, "the electoral board", "2026-03-09", article=12),
            # a body's kind by its class, its owner (a possessive, a nationality) aside
            row(3000, "National Intelligence Service", "2024-10-18", article=6, sid=9, unit="troops", about="troops"),
            row(3000, "Seoul's spy agency", "2024-10-18", article=7, unit="troops", about="troops"),
            row(
                3000,
                "South Korean spy agency",
                "2024-10-19",
                article=8,
                unit="troops",
                about="troops",
                basis="published",
            ),
        ]
    )
    by = {(e.value, e.source): e for e in entries}
    assert sorted(r.article_id for r in by[(140, "Amara Velde")].reports) == [1, 2]
    commission = by[(240, "Kessa Election Commission")]
    assert sorted(r.article_id for r in commission.reports) == [3, 4]
    assert (commission.as_of, commission.as_of_basis) == ("2026-03-08", "stated")
    assert (240, "transport commission") in by
    assert sorted(r.article_id for r in by[(17, "Varsa Election Observation Mission")].reports) == [9, 10]
    assert sorted(r.article_id for r in by[(36, "Varsa Election Board")].reports) == [11, 12]
    assert sorted(r.article_id for r in by[(3000, "National Intelligence Service")].reports) == [6, 7, 8]


def test_ledger_timeline_a_candidates_votes_under_a_surname_are_the_full_names_series() -> None:
    entries = build_timeline(
        [
            row(
                48.6,
                "Election Commission",
                "2026-03-08",
                article=1,
                sid=1,
                unit="percent",
                about="vote share for Ana Brel",
            ),
            row(
                49.2, "Election Commission", "2026-03-09", article=2, sid=1, unit="percent", about="vote share for Brel"
            ),
            row(
                44.5,
                "Election Commission",
                "2026-03-09",
                article=2,
                sid=1,
                unit="percent",
                about="vote share for Dorran",
            ),
            row(5900, "Election Commission", "2026-03-09", article=2, sid=1, unit="votes", about="votes"),
        ]
    )
    groups = {e.value: e.group for e in entries}
    assert groups[48.6] == groups[49.2] == "Ana Brel vote share won (%)"
    assert groups[44.5] == "Dorran vote share won (%)"  # no fuller name for him: his own
    assert groups[5900] == "votes"  # a margin of votes is no one's, and won by no one
    brel = [e for e in entries if e.group == groups[48.6]]
    assert [e.value for e in brel] == [48.6, 49.2] and "revision" in brel[1].flags


def test_ledger_timeline_one_sources_one_distinctive_figure_told_as_two_things_is_one_statement() -> None:
    entries = build_timeline(
        [
            row(412e6, "Halvern Motors", None, article=1, sid=3, unit="USD", about="third-quarter net loss"),
            row(412e6, "Halvern Motors", "2026-11-02", article=2, sid=3, unit="USD", about="losses"),
            row(40, "Halvern Motors", "2026-11-02", article=2, sid=3, unit="USD", about="fines"),  # round: any two
            row(40, "Halvern Motors", "2026-11-02", article=1, sid=3, unit="USD", about="third-quarter net loss"),
        ]
    )
    (loss,) = [e for e in entries if e.value == 412e6]
    assert loss.group == "third-quarter net loss" and sorted(r.article_id for r in loss.reports) == [1, 2]
    assert loss.as_of == "2026-11-02"
    assert len([e for e in entries if e.value == 40]) == 2


def test_ledger_timeline_a_sum_with_two_significant_digits_or_a_range_is_distinctive() -> None:
    """One source's TVM 85 million told as "the total cost of the recall" and "its estimate" is one statement,
    as is its range of 85 to 110 told as two things; a count of 85 is not."""
    cost = row(85e6, "Nerova", "2025-10-17", article=1, sid=3, unit="TVM", about="total cost of the recall")
    estimate = row(85e6, "Nerova", "2025-10-17", article=2, sid=3, unit="TVM", about="its estimate")
    ranged = [
        row(None, "Nerova", "2025-10-17", article=a, sid=3, unit="percent", about=about)
        for a, about in ((3, "staff affected"), (4, "share of the workforce"))
    ]
    for r in ranged:
        r.low, r.high = 8.0, 11.0
    counts = [
        row(85, "Nerova", "2025-10-17", article=5, sid=3, unit="stores", about="stores closed"),
        row(85, "Nerova", "2025-10-17", article=6, sid=3, unit="laptops", about="laptops returned"),
    ]
    entries = build_timeline([cost, estimate, *ranged, *counts])
    (money,) = [e for e in entries if e.value == 85e6]
    assert sorted(r.article_id for r in money.reports) == [1, 2]
    assert [sorted(r.article_id for r in e.reports) for e in entries if e.low == 8.0] == [[3, 4]]
    assert len([e for e in entries if e.value == 85]) == 2


def test_ledger_timeline_one_sources_round_figure_told_with_less_said_is_one_statement() -> None:
    """A figure that names nothing it counts ("63, the authority said") joins the same source's same figure of
    one day in a series that says what it counts; one stated for another day, one of another measure and a
    vague "people" beside a thing of its own ("70 aircraft") stay apart."""
    entries = build_timeline(
        [
            row(63, "Disaster Authority", "2025-09-11", article=1, sid=5, measure="killed"),
            row(63, "Disaster Authority", "2025-09-11", article=2, sid=5, unit="", about=""),
            row(63, "Disaster Authority", None, article=3, sid=5, unit="", about=""),
            row(63, "Disaster Authority", "2025-09-09", article=4, sid=5, unit="", about=""),
            row(63, "Disaster Authority", "2025-09-11", article=4, sid=5, about="people injured", measure="injured"),
            row(70, "Fleet Command", "2025-09-11", article=5, sid=6, unit="aircraft", about="aircraft"),
            row(70, "Fleet Command", "2025-09-11", article=6, sid=6, about="people"),
        ]
    )
    (killed,) = [e for e in entries if e.value == 63 and e.group.startswith("people killed")]
    assert sorted(r.article_id for r in killed.reports) == [1, 2, 3]
    assert len([e for e in entries if e.value == 63]) == 3  # and the 9 September figure, and the injured
    assert len([e for e in entries if e.value == 70]) == 2


def test_ledger_timeline_people_counted_are_any_class_of_people_left_unsaid() -> None:
    """One source's "11 people killed" and "11 soldiers killed" on one day are one statement: "people" is any
    class of people, unsaid; never a class of things ("11 drones"), nor another day."""
    entries = build_timeline(
        [
            row(11, "Ministry of Defence", "2025-09-13", article=1, sid=5, unit="soldiers", about="soldiers killed"),
            row(11, "Ministry of Defence", "2025-09-13", article=2, sid=5, about="people killed"),
            row(11, "Ministry of Defence", "2025-09-13", article=3, sid=5, unit="drones", about="drones destroyed"),
            row(11, "Ministry of Defence", "2025-09-10", article=4, sid=5, about="people killed"),
        ]
    )
    (one_day,) = [e for e in entries if e.as_of == "2025-09-13" and e.series.subject != "drones"]
    assert sorted(r.article_id for r in one_day.reports) == [1, 2]
    assert len(entries) == 3


def test_ledger_timeline_a_share_named_only_by_its_unit_joins_the_same_sources_share_of_one_day() -> None:
    """ "lost about 29 percent" and "lost about 29 percent of their value", one analyst, one stated day: one
    statement; a share of another thing of hers stays apart."""
    entries = build_timeline(
        [
            row(29, "Ilka Brandt", "2025-02-10", article=1, sid=3, unit="percent", about="value", measure="lost"),
            row(29, "Ilka Brandt", "2025-02-10", article=2, sid=3, unit="percent", about="", measure="lost"),
            row(29, "Ilka Brandt", "2025-02-10", article=3, sid=3, unit="percent", about="market share"),
        ]
    )
    assert sorted(sorted(r.article_id for r in e.reports) for e in entries) == [[1, 2], [3]]


def test_ledger_timeline_a_place_only_an_article_suggests_parts_no_statement() -> None:
    """One outlet's story names Corvale, another's Lusmark, neither figure names a place: the place each article
    suggests leaves one statement of "310 patients diverted" and "310 patients sent" one."""
    entries = build_timeline(
        [
            row(310, "Ambulance Service", "2025-04-07", article=1, sid=2, unit="patients", about="patients diverted"),
            row(9, "Ambulance Service", "2025-04-07", article=1, sid=2, unit="crews", about="crews", place="Corvale"),
            row(310, "Ambulance Service", None, article=2, sid=2, unit="patients", about="patients", measure="sent"),
            row(7, "Ambulance Service", None, article=2, sid=2, unit="crews", about="crews", place="Lusmark"),
        ]
    )
    assert [len(e.reports) for e in entries if e.value == 310] == [2]


def test_ledger_timeline_a_restatement_that_states_its_day_dates_the_statement() -> None:
    entries = build_timeline(
        [
            row(
                412e6, "Halvern Motors", "2026-11-03", article=1, sid=3, unit="USD", about="net loss", basis="published"
            ),
            row(412e6, "Halvern Motors", "2026-11-02", article=2, sid=3, unit="USD", about="losses"),
        ]
    )
    (loss,) = entries
    assert (loss.group, loss.as_of, len(loss.reports)) == ("net loss", "2026-11-02", 2)


def test_ledger_timeline_a_source_giving_several_owners_or_a_candidates_votes_lends_none_to_an_unsaid_one() -> None:
    entries = build_timeline(
        [
            row(58.2e6, "Tallyworks", "2026-10-15", article=1, sid=1, unit="phones", about="Orvel phones"),
            row(49.6e6, "Tallyworks", "2026-10-15", article=1, sid=1, unit="phones", about="Kestrel phones"),
            row(58.2e6, "Tallyworks", "2026-10-15", article=1, sid=1, unit="phones", about="Orvel phones"),
            row(289e6, "Tallyworks", "2026-10-15", article=2, sid=1, unit="phones", about="phones"),  # the market
            row(7e6, "Commission", "2026-03-09", article=3, sid=2, unit="votes", about="votes for Ana Brel"),
            row(5900, "Commission", "2026-03-09", article=3, sid=2, unit="votes", about="votes"),  # a margin
        ]
    )
    groups = {e.value: e.group for e in entries}
    assert (groups[289e6], groups[5900]) == ("phones", "votes")


def test_ledger_timeline_one_body_described_alike_by_two_outlets_is_one_source() -> None:
    entries = build_timeline(
        [
            row(214, "provincial health department", "2026-03-09", article=1, unit="cases", about="cases"),
            row(214, "the provincial health department", "2026-03-09", article=2, unit="cases", about="cases"),
            row(388, "provincial health department", "2026-03-11", article=2, unit="cases", about="cases"),
            row(40, "officials", "2026-03-09", article=1, unit="cases", about="cases"),  # anyone's, in each
            row(40, "officials", "2026-03-09", article=2, unit="cases", about="cases"),
        ]
    )
    (first,) = [e for e in entries if e.value == 214]
    assert sorted(r.article_id for r in first.reports) == [1, 2]
    assert "revision" in next(e for e in entries if e.value == 388).flags
    assert len([e for e in entries if e.value == 40]) == 2


def test_ledger_timeline_a_claim_without_a_place_takes_its_source_s() -> None:
    entries = build_timeline(
        [
            row(3703, "AFAD", "2023-02-07", article=1, sid=1, about="deaths in Turkey", unit="deaths", place="Turkey"),
            row(912, "AFAD", "2023-02-06", article=2, sid=1, about="people killed"),
            row(
                1262, "Ministry", "2023-02-08", article=3, sid=2, unit="deaths", about="deaths in Syria", place="Syria"
            ),
            # a body of one country, whose figure names no place
            row(1450, "Syrian TV", "2023-02-08", article=4, sid=3, source_place="Syria"),
            row(900, "Official", "2023-02-08", article=5, sid=5),  # nothing says where
        ]
    )
    groups = {e.value: e.group for e in entries}
    assert groups == {
        3703: "people killed in Turkey",
        912: "people killed in Turkey",
        1262: "people killed in Syria",
        1450: "people killed in Syria",
        900: "people killed",
    }
    assert "revision" in by_value(entries)[3703].flags


def test_ledger_timeline_a_place_only_named_inside_another_is_its_series() -> None:
    entries = build_timeline(
        [
            row(
                42,
                "NED",
                "2025-03-03",
                article=1,
                sid=1,
                about="people killed in the Teller valley in Norvania",
                place="Norvania",
            ),
            row(
                57, "Red Cross", "2025-03-05", article=2, sid=2, about="deaths in Teller", unit="deaths", place="Teller"
            ),
            # a pair of places does not hold either
            row(
                5000,
                "UN",
                "2025-03-05",
                article=3,
                sid=3,
                about="people killed in Estaria and Norvania",
                place="Estaria and Norvania",
            ),
        ]
    )
    assert {e.value: e.group for e in entries} == {
        42: "people killed in Norvania",
        57: "people killed in Norvania",
        5000: "people killed in Estaria and Norvania",
    }


def test_ledger_timeline_places_of_a_breakdown_stay_apart() -> None:
    """ "80 deaths in Gaziantep, 47 in Malatya, 13 ...": each its place; the unread one no total."""
    rows = [
        row(80, "Oktay", "2023-02-06", article=1, sid=8, unit="deaths", about="deaths in Gaziantep", place="Gaziantep"),
        row(47, "Oktay", "2023-02-06", article=1, sid=8, unit="deaths", about="deaths in Malatya", place="Malatya"),
        row(13, "Oktay", "2023-02-06", article=1, sid=8, unit="deaths", about="deaths"),
        row(
            900, "Oktay", "2023-02-06", article=2, sid=8, about="people killed in Gaziantep and Turkey", place="Turkey"
        ),
        row(2379, "Oktay", "2023-02-07", article=2, sid=8, about="people killed", place="Turkey"),
        row(17674, "Oktay", "2023-02-09", article=3, sid=8, about="people killed"),
    ]
    values = by_value(build_timeline(rows))
    assert values[80].group == "people killed in Gaziantep" and values[47].group == "people killed in Malatya"
    assert values[13].group == "people killed, one of several places" and values[13].flags == []
    assert values[17674].group == "people killed in Turkey" and values[17674].revises is values[2379]


def test_ledger_timeline_a_figure_without_its_measure_takes_the_same_figure_s() -> None:
    entries = build_timeline(
        [
            row(2818, "Erdogan", "2023-02-06", article=1, sid=1, unit="buildings", about="buildings collapsed"),
            row(2818, "Erdogan", "2023-02-06", article=2, sid=1, unit="buildings", about="buildings"),
        ]
    )
    (entry,) = entries
    assert entry.group == "buildings destroyed" and len(entry.reports) == 2


def test_ledger_timeline_a_verb_outside_the_measure_vocabulary_names_no_series() -> None:
    assert measure_for("occurred", "aftershocks occurred after the quake", "aftershocks") is None
    assert measure_for("rocked", "aftershocks rocked the south", "aftershocks") is None
    assert measure_for("killed", "people killed", "people") == "killed"
    entries = build_timeline(
        [
            row(
                78,
                "Velmar Agency",
                "2025-03-02",
                article=1,
                sid=1,
                unit="aftershocks",
                measure="occurred",
                about="aftershocks occurred after the quake",
                place="Norvania",
            ),
            row(
                1500,
                "Velmar Agency",
                "2025-03-06",
                article=2,
                sid=1,
                unit="aftershocks",
                measure="rocked",
                about="aftershocks rocked the south",
            ),
        ]
    )
    assert {e.group for e in entries} == {"aftershocks in Norvania"}


def test_ledger_timeline_generic_sources_are_not_one_source() -> None:
    entries = build_timeline(
        [
            row(30, "officials", "2025-03-03", article=1),
            row(30, "officials", "2025-03-03", article=2),
            row(40, "officials", "2025-03-04", article=2),
        ]
    )
    assert sorted(len(e.reports) for e in entries) == [1, 1, 1]
    revised = [e for e in entries if e.value == 40]
    assert revised[0].flags == ["revision"]  # the same article's officials, a day later


def test_ledger_timeline_far_apart_figures_are_not_a_disagreement() -> None:
    entries = build_timeline(
        [
            row(37, "Health Ministry", "2025-11-03", article=1, unit="children", about="children in hospital", sid=1),
            row(250000, "UNICEF", "2025-11-03", article=2, unit="children", about="children", sid=2),
        ]
    )
    assert all(e.flags == [] for e in entries)


def test_ledger_timeline_a_people_count_without_measure_compares_with_nothing() -> None:
    entries = build_timeline(
        [
            row(300, "Lena Varga", "2025-03-03", article=1, sid=5, about="people at the stadium"),
            row(800, "Lena Varga", "2025-03-04", article=2, sid=5, about="people on the ferry"),
            row(500, "Ivo Berg", "2025-03-04", article=3, sid=6, about="people in the square"),
        ]
    )
    assert all(e.flags == [] for e in entries)


def test_ledger_timeline_revises_link_puts_both_in_one_series() -> None:
    """800 then "at least 1,200" moved to camps (linked), and 300 treated."""
    early = row(800, "Lena Varga", "2025-03-03", article=1, sid=5, unit="", about="", claim_id=901)
    treated = row(300, "Lena Varga", "2025-03-04", article=2, sid=5, about="people treated since the weekend")
    camps = row(1200, "Lena Varga", "2025-03-04", article=2, sid=5, about="people moved to relief camps", revises=901)
    values = by_value(build_timeline([early, treated, camps]))
    assert values[800].group == values[1200].group == "people displaced"
    assert values[300].group == "people injured"
    assert values[1200].revises is values[800] and "superseded" in values[800].flags
    assert values[300].flags == []


@given(
    st.lists(
        st.tuples(
            st.sampled_from([10, 20, 40, 41, 2274]),
            st.sampled_from(["A", "B", None]),
            st.sampled_from(["2025-03-03", "2025-03-04", None]),
            st.sampled_from(["stated", "published"]),
            st.integers(1, 4),
            st.sampled_from(
                [("people killed in Norvania", "Norvania"), ("people killed", None), ("people hurt", None)]
            ),
        ),
        max_size=25,
    )
)
def test_ledger_timeline_every_report_lands_once(
    specs: list[tuple[int, str | None, str | None, str, int, tuple[str, str | None]]],
) -> None:
    rows = [
        row(v, s, d, article=a, about=about, place=place, basis=basis, sid={"A": 1, "B": 2}.get(s or ""))
        for v, s, d, basis, a, (about, place) in specs
    ]
    entries = build_timeline(rows)
    landed = sorted(r.claim_id for e in entries for r in e.reports)
    assert landed == sorted(r.claim_id for r in rows)
    for e in entries:
        assert all(r.value == e.value for r in e.reports)
        assert set(e.flags) <= {"revision", "superseded", "disagreement"}
        if "revision" in e.flags and e.revises is not None:
            assert e.as_of_basis == "stated"


@pytest.mark.parametrize(
    ("unit", "about", "subject", "owner"),
    [
        ("people", "people killed in Hatay", "people", None),
        ("deaths", "deaths in Turkey", "people", None),
        (None, "deaths in Turkey", "people", None),
        ("troops", "10,000 North Korean troops", "troops", "North Korean"),
        ("soldiers", "The Norvanian soldiers deployed", "troops", "Norvanian"),
        ("personnel", "search and rescue personnel working in the field", "rescuers", None),
        ("flights", "Southwest's flights cancelled", "flights", "Southwest"),
        ("departures", "departures", "flights", None),
        ("residents", "residents evacuated", "people", None),
        ("bridges", "bridges", "bridge", None),
        ("USD", "lost revenue", "revenue", None),
        ("percent", "vaccination coverage", "vaccination coverage", None),
        # land in its unit, whatever burned it; a one-word share of a class; a measure noun that heads the phrase
        ("acres", "Calder Ridge Fire", "acres", None),
        ("square km", "affected area", "square km", None),
        ("percent", "blaze", "fire", None),
        ("USD", "third-quarter net loss", "third-quarter net loss", None),
        ("percent", "Sales of electric models", "sales", None),
        # what happened to it, after the noun: "40% of the Velmont line had reopened"
        ("percent", "Velmont line reopened", "line", "Velmont"),
        # whose votes: the name after "for"
        ("votes", "votes for Atiku Abubakar", "votes", "Atiku Abubakar"),
        ("percent", "vote share for Ana Brel", "vote share", "Ana Brel"),
        # a measure noun counts the noun before it: job cuts are jobs, flight delays flights
        ("cuts", "Halvern job cuts", "jobs", "Halvern"),
        ("losses", "job losses", "jobs", None),
        ("layoffs", "staff layoffs", "jobs", None),
        ("deaths", "traffic deaths", "people", None),
        # a day or month before the counted noun says when, not whose
        ("flights", "Sunday's flights", "flights", None),
        ("flights", "Sunday Tarrow flights", "flights", "Tarrow"),
        # the cost of a thing is that thing's cost; sales of a thing stay sales
        ("EUR", "the cost of the recall", "recall", None),
        ("EUR", "costs of the strike", "strike", None),
        # how settled a figure is says nothing of what it is of
        ("percent", "provisional turnout", "turnout", None),
        ("percent", "the final turnout", "turnout", None),
    ],
)
def test_ledger_timeline_subject_of(unit: str | None, about: str, subject: str, owner: str | None) -> None:
    assert subject_of(unit, about) == (subject, owner)


def test_ledger_timeline_series_names() -> None:
    assert Series("people", "killed", "Hatay").label == "people killed in Hatay"
    assert Series("troops", "deployed", "Russia", "north korea", owner_text="North Korean").label == (
        "North Korean troops deployed in Russia"
    )
    assert Series("bridge").label == "bridges"
    assert Series("vaccination coverage", kind="percent").label == "vaccination coverage (%)"
    assert Series("", "").label == "(unspecified)"
    # a subject whose head names the measure says it once
    assert Series("net loss", "lost", kind="money").label == "net loss"
    assert Series("sales", "sold", kind="percent").label == "sales (%)"
    assert Series("acres", "burned", "Tessaly", kind="measure").label == "acres burned in Tessaly"
    assert place_key("Turkish") == place_key("Türkiye") == place_key("Turkey") == "turkey"
    assert home_place("Syrian Ministry of Health") == "Syria"
    assert home_place("Tomas Velikov", "Turkish President") == "Turkey"
    assert home_place("Turkish-Syrian commission") is None


@pytest.mark.parametrize(
    ("place", "key"),
    [
        ("the Norwegian-Swedish border", "norway and sweden"),
        ("Norway-Sweden border region", "norway and sweden"),
        ("Norway and Sweden", "norway and sweden"),
        ("Kessa province", "kessa"),
        ("the rebel-held north", "rebel-held north"),
        ("Kessa-Drasna road", "kessa-drasna road"),
    ],
)
def test_ledger_timeline_place_key_reads_a_border_of_two_countries(place: str, key: str) -> None:
    assert place_key(place) == key


@pytest.mark.parametrize(
    ("query", "measures", "subjects", "words"),
    [
        ("quake deaths", {"killed"}, set(), ["quake"]),
        ("Norvanian soldiers", set(), {"troops"}, ["Norvanian"]),
        ("flights cancelled", {"cancelled"}, {"flights"}, []),
        ("people killed in Hatay", {"killed"}, {"people"}, ["Hatay"]),
        ("search and rescue personnel", set(), {"rescuers"}, []),
        ("earthquake", set(), set(), ["earthquake"]),
        # the event a story is about, though a measure has the word ("breach" of hacked, "strike" of striking)
        ("breach", set(), set(), ["breach"]),
        ("strike deaths", {"killed"}, set(), ["strike"]),
        ("hacked accounts", {"hacked"}, set(), ["accounts"]),
        ("the", set(), set(), []),
    ],
)
def test_ledger_timeline_parse_query(query: str, measures: set[str], subjects: set[str], words: list[str]) -> None:
    plan = parse_query(query)
    assert (plan.measures, plan.subjects, plan.words) == (measures, subjects, words)


def test_ledger_timeline_a_tally_s_move_names_no_measure() -> None:
    """How a tally moved ("rose", "fell") is not what happened to what it counts; what it counts stays."""
    assert measure_for("increased", "complaints", None) is None
    assert measure_for(None, "pay rise", "percent") is None
    assert measure_for("decreased", "deaths in Kelvoria", None) == "killed"
    assert measure_for("cancelled", "flights", "flights") == "cancelled"


def test_ledger_timeline_a_count_without_a_unit_counts_the_noun_its_about_opens_with() -> None:
    assert subject_of(None, "complaints from travellers") == subject_of("complaints", "complaints received")
    assert subject_of(None, "deaths in Kelvoria")[0] == "people"
    assert subject_of(None, "Kelvoria") == ("", None)  # a name is no counted noun


def test_ledger_timeline_an_unsaid_measure_is_not_the_source_s_toll_beside_another_toll() -> None:
    """A source's bare count takes the measure of its figures elsewhere ("52 people" after "40 people killed"),
    but not in an article giving that measure another figure: "88 people" beside "6 deaths" are others."""
    rows = [
        row(40, "Health Agency", "2025-03-01", article=1, sid=1, about="people killed", measure="killed"),
        row(52, "Health Agency", "2025-03-03", article=2, sid=1, about="people"),
        row(6, "Relief Group", "2025-03-05", article=3, sid=2, about="deaths", measure="killed"),
        row(88, "Health Agency", "2025-03-05", article=3, sid=1, about="people"),
    ]
    series = assign_series(rows)
    assert [series[r.claim_id].measure for r in rows] == ["killed", "killed", "killed", ""]


def test_ledger_timeline_a_verb_outside_the_measure_vocabulary_takes_no_other_measure() -> None:
    """A count whose verb the vocabulary does not know ("9,000 people need shelter kits") is no count of its
    source's toll, as one that states no verb ("52 people") is; a tally's move ("rose to 61") says no more
    than that."""
    rows = [
        row(40, "Health Agency", "2025-03-01", article=1, sid=1, about="people killed", measure="killed"),
        row(9000, "Health Agency", "2025-03-02", article=2, sid=1, about="people need kits", measure="needed"),
        row(52, "Health Agency", "2025-03-03", article=3, sid=1, about="people"),
        row(61, "Health Agency", "2025-03-04", article=4, sid=1, about="people", measure="increased"),
    ]
    assert [r.own_measure for r in rows] == [False, True, False, False]
    series = assign_series(rows)
    assert [series[r.claim_id].measure for r in rows] == ["killed", "", "killed", "killed"]
    assert series[rows[1].claim_id].label == "people"


def test_ledger_timeline_machines_hacked_and_restored_are_two_series_of_one_class() -> None:
    """Computers, devices and machines are one class; what was done to them (hacked, restored, postponed)
    is the vocabulary's, so figures of two verbs are never one series to compare."""
    rows = [
        row(
            1800,
            "Cyber Agency",
            "2025-03-01",
            article=1,
            sid=1,
            unit="computers",
            about="computers",
            measure="encrypted",
        ),
        row(1800, "Cyber Agency", "2025-03-02", article=2, sid=1, unit="devices", about="devices", measure="encrypted"),
        row(400, "Cyber Agency", "2025-03-03", article=3, sid=1, unit="machines", about="machines", measure="restored"),
        row(312, "Trust", "2025-03-03", article=3, sid=2, unit="operations", about="surgeries", measure="postponed"),
    ]
    series = assign_series(rows)
    labels = [series[r.claim_id].label for r in rows]
    assert labels == ["computers hacked", "computers hacked", "computers restored", "operations postponed"]


def test_ledger_timeline_consumer_prices_and_annual_inflation_are_one_series() -> None:
    rows = [
        row(4.1, "Statistics Office", "2025-03-01", article=1, sid=1, unit="percent", about="consumer prices in Kessa"),
        row(4.1, "Statistics Office", "2025-03-01", article=2, sid=1, unit="percent", about="annual inflation"),
        row(6.2, "Statistics Office", "2025-03-01", article=2, sid=1, unit="percent", about="food prices"),
        row(7.5, "Central Bank", "2025-03-01", article=1, sid=2, unit="percent", about="key rate", measure="held"),
        row(7.5, "Central Bank", "2025-03-02", article=2, sid=2, unit="percent", about="main rate", measure="held"),
    ]
    series = assign_series(rows)
    labels = [series[r.claim_id].label for r in rows]
    assert labels[0] == labels[1] != labels[2]
    assert labels[3] == labels[4] == "interest rate held (%)"


def test_a_common_word_opening_the_sentence_is_no_owner_of_what_is_counted() -> None:
    from claim_helpers import by_value, claims

    found = claims("Consumer prices rose 4.1% in October, the statistics office said.")
    assert by_value(found, 4.1).about == "consumer prices"
    found = claims("Norvanian troops numbered 4,000 in May, the ministry said.")
    assert by_value(found, 4000).about.startswith("Norvanian")
    # a participle opening the sentence is no owner either: "Reported thefts" are the reported thefts of other days
    found = claims("Reported thefts rose to 2,310 in May, the police said.")
    assert by_value(found, 2310).about == "reported thefts"


def test_ledger_timeline_a_measure_with_its_particle_names_the_verbs_measure() -> None:
    assert measure_for("laid off", "employees", "employees") == "cut"
    assert measure_for("shot down", "drones", "drones") is None  # a verb the vocabulary does not know


def test_a_capital_the_article_writes_in_lower_case_elsewhere_only_opens_the_sentence() -> None:
    from claim_helpers import by_value, claims

    found = claims("Growth in its cloud business slowed. Cloud revenue grew 11%, the company said.")
    assert by_value(found, 11).about == "cloud revenue"


def test_ledger_timeline_the_place_an_article_suggests_does_not_split_one_statement() -> None:
    """An outlet's article naming one place for one kind of thing ("1,200 flights cancelled in Halbrook") places
    its unplaced figures of that thing there, but not a statement another outlet reports with no place (one
    statement, one series), nor figures of another thing ("11,500 people employed in Halbrook" places no flights)."""
    flights = {"unit": "flights", "about": "flights cancelled", "measure": "cancelled"}
    rows = [
        row(4100, "Corvane Airways", "2025-03-12", article=1, sid=1, **flights),
        row(4100, "Corvane Airways", "2025-03-12", article=2, sid=1, **flights),
        row(1200, "Port Office", "2025-03-12", article=2, sid=2, place="Halbrook", **flights),
        row(300, "Harbour Authority", "2025-03-12", article=2, sid=3, **flights),
        row(90, "Tracker", "2025-03-12", article=3, sid=4, place="Osterby", **flights),
        row(11500, "Port Office", "2025-03-12", article=4, sid=2, about="people employed", place="Halbrook"),
        row(60, "Harbour Authority", "2025-03-12", article=4, sid=3, unit="ferries", about="ferries cancelled"),
    ]
    series = assign_series(rows)
    assert series[rows[0].claim_id] == series[rows[1].claim_id]
    assert series[rows[3].claim_id].place == "Halbrook"  # a figure no other outlet reports keeps the guess
    assert series[rows[6].claim_id].place != "Halbrook"
    entries = build_timeline(rows)
    assert sorted(r.record_id for e in entries if e.value == 4100 for r in e.reports) == ["r1", "r2"]
    assert len([e for e in entries if e.value == 4100]) == 1


def test_ledger_timeline_patients_are_people() -> None:
    assert subject_of(None, "patients hospitalised")[0] == subject_of(None, "people hospitalised")[0] == "people"


def test_ledger_timeline_a_sides_losses_of_people_are_its_dead() -> None:
    assert measure_for("lost", "soldiers", "soldiers") == measure_for("killed", "soldiers killed", "soldiers")
    assert measure_for("lost", "jobs", "jobs") == "cut"  # a firm's lost jobs are no deaths: its cuts


def test_ledger_timeline_a_statement_told_again_without_its_measure_takes_it_beside_another_sources() -> None:
    """The source's own figure, told again without its verb, counts what it counted where it was told: another
    source's figure of that measure in the same article does not make it something else."""
    rows = [
        row(31000, "Fire Service", "2025-07-07", article=1, sid=1, about="hectares burned", measure="burned"),
        row(31000, "Fire Service", "2025-07-07", article=2, sid=1, about="hectares"),
        row(52000, "Satellite Institute", "2025-07-09", article=2, sid=2, about="hectares burned", measure="burned"),
    ]
    series = assign_series(rows)
    assert [series[r.claim_id].measure for r in rows] == ["burned", "burned", "burned"]
    assert len(build_timeline(rows)) == 2


def test_ledger_timeline_a_person_speaking_for_a_body_and_the_body_are_one_statement() -> None:
    """One outlet credits the figure to the fire service's chief, another to the service: one statement, the
    person's; a person whose titles name another body, or none, stays apart."""
    about = "firefighters deployed"
    chief = row(900, "Dorran Vesk", "2025-07-07", article=1, sid=1, unit="firefighters", about=about)
    chief.source_titles = ("KFRS chief commissioner",)
    spokesperson = row(900, "Mira Holt", "2025-07-07", article=3, sid=3, unit="firefighters", about=about)
    spokesperson.source_titles = ("spokesperson for the fire service",)
    mayor = row(900, "Ana Veld", "2025-07-07", article=4, sid=4, unit="firefighters", about=about)
    mayor.source_titles = ("mayor of Kessa",)
    service = row(
        900, "Kessa Fire and Rescue Service", "2025-07-07", article=2, sid=2, unit="firefighters", about=about
    )
    entries = build_timeline([chief, service, mayor])
    assert sorted((e.source, len(e.reports)) for e in entries) == [("Ana Veld", 1), ("Dorran Vesk", 2)]
    entries = build_timeline([spokesperson, service])
    assert [(e.source, len(e.reports)) for e in entries] == [("Mira Holt", 2)]
    # one outlet says what the figure counts, the other leaves it unsaid: one thing, on one day
    unsaid = row(900, "Kessa Fire and Rescue Service", "2025-07-07", article=5, sid=2, unit="", about="")
    entries = build_timeline([chief, unsaid])
    assert [(e.source, len(e.reports)) for e in entries] == [("Dorran Vesk", 2)]
    unsaid.as_of = "2025-07-09"
    assert len(build_timeline([chief, unsaid])) == 2
    # the same thing counted, stated on two days: two statements, however alike
    later = row(900, "Kessa Fire and Rescue Service", "2025-07-08", article=6, sid=2, unit="firefighters", about=about)
    assert len(build_timeline([chief, later])) == 2


def test_ledger_timeline_a_figure_more_outlets_credit_to_the_body_is_the_bodys() -> None:
    """Three outlets credit the figure to the fire service, one to its spokesperson: one statement, the service's."""
    about = "firefighters deployed"
    spokesperson = row(700, "Mira Holt", "2025-07-07", article=1, sid=1, unit="firefighters", about=about)
    spokesperson.source_titles = ("spokesperson for the fire service",)
    service = [
        row(700, "Kessa Fire and Rescue Service", "2025-07-07", article=k, sid=2, unit="firefighters", about=about)
        for k in (2, 3, 4)
    ]
    entries = build_timeline([spokesperson, *service])
    assert [(e.source, len(e.reports)) for e in entries] == [("Kessa Fire and Rescue Service", 4)]


@pytest.mark.parametrize(
    ("acronym", "speaks_for", "speaks_for_another"),
    [
        # a title ending on the name the acronym spells
        (
            "ONMU",
            "general secretary of the Orland Nurses' and Midwives' Union",
            "general secretary of the Orland Teachers' Guild",
        ),
        # a title opening with it; a run of words that spells it across a comma does not
        ("HBF", "Harrow Bay Ferries chief executive", "head of Harrow, Bay Ferries"),
    ],
)
def test_ledger_timeline_a_body_known_by_its_acronym_is_the_one_a_persons_title_names(
    acronym: str, speaks_for: str, speaks_for_another: str
) -> None:
    """A person whose title holds the name an acronym spells speaks for the body known by it: the person's and
    the body's report of one figure are one statement, the person's."""
    about = "appointments cancelled"
    person = row(4000, "Hedda Marsk", "2025-04-03", article=1, sid=1, unit="appointments", about=about)
    person.source_titles = (speaks_for,)
    body = row(4000, acronym, "2025-04-03", article=2, sid=2, unit="appointments", about=about)
    assert [(e.source, len(e.reports)) for e in build_timeline([person, body])] == [("Hedda Marsk", 2)]
    person.source_titles = (speaks_for_another,)
    assert len(build_timeline([person, body])) == 2


def test_ledger_timeline_a_persons_statement_for_a_body_takes_the_series_that_says_what_it_counts() -> None:
    """Ola Tarn's bare "4,000" and the guild's "4,000 appointments cancelled" of one day are one statement, Tarn's,
    in the series that names what it counts, where the guild's later 9,000 is too."""
    tarn = row(4000, "Ola Tarn", "2025-04-03", article=1, sid=1, unit="", about="", measure=None)
    tarn.source_titles = ("general secretary of the Orland Teachers' Guild",)
    about = {"unit": "appointments", "about": "appointments cancelled", "measure": "cancelled"}
    guild = row(4000, "Orland Teachers' Guild", "2025-04-03", article=2, sid=2, **about)
    later = row(9000, "Orland Teachers' Guild", "2025-04-08", article=3, sid=2, **about)
    entries = build_timeline([tarn, guild, later])
    assert len({e.group for e in entries}) == 1
    (joined,) = [e for e in entries if e.value == 4000]
    assert joined.source == "Ola Tarn" and len(joined.reports) == 2 and joined.measure == "cancelled"


def test_ledger_timeline_a_body_described_joins_the_person_whose_title_names_it() -> None:
    """ "The fire service's chief said 41 fires" (credited to the fire service) and the chief fire officer of the
    Orland Fire and Rescue Service giving 41 fires that day: one statement, the officer's; a description of
    another body does not join."""
    about = {"unit": "fires", "about": "fires"}
    tillard = row(41, "Bram Tell", "2025-02-07", article=1, sid=1, **about)
    tillard.source_titles = ("chief fire officer of the Orland Fire and Rescue Service",)
    described = row(41, "fire service", "2025-02-07", article=2, **about)
    assert [(e.source, len(e.reports)) for e in build_timeline([tillard, described])] == [("Bram Tell", 2)]
    other = row(41, "the health board", "2025-02-07", article=2, **about)
    assert len(build_timeline([tillard, other])) == 2


def test_ledger_timeline_a_round_figure_without_a_source_joins_its_articles_named_statement() -> None:
    """A headline's "12 dead" and the body's "12 people died, Haldt said": one statement, Haldt's; the same bare 12
    in another article, or of another series in the same one, stays apart."""
    haldt = row(12, "Jonas Haldt", "2025-09-12", article=1, sid=1)
    headline = row(12, None, "2025-09-12", article=1)
    assert [(e.source, len(e.reports)) for e in build_timeline([haldt, headline])] == [("Jonas Haldt", 2)]
    elsewhere = row(12, None, "2025-09-12", article=2)
    assert len(build_timeline([haldt, elsewhere])) == 2
    injured = row(12, None, "2025-09-12", article=1, about="people injured in the floods")
    assert len(build_timeline([haldt, injured])) == 2


def test_ledger_timeline_a_figure_told_again_a_week_on_is_the_first_days_statement() -> None:
    """A report dated only by its publication restates the same source's figure however long after it was first
    stated, round or not: a publication day only bounds when the figure was given."""
    heaters = {"unit": "heaters", "about": "heaters recalled", "measure": "recalled"}
    rows = [
        row(412000, "Halvern", "2025-02-03", article=1, sid=1, **heaters),
        row(412000, "Halvern", "2025-02-11", article=2, sid=1, basis="published", **heaters),
        row(400, "Halvern", "2025-02-03", article=1, sid=1, **heaters),
        row(400, "Halvern", "2025-02-11", article=2, sid=1, basis="published", **heaters),
    ]
    entries = build_timeline(rows)
    assert sorted((e.value, e.as_of, len(e.reports)) for e in entries) == [
        (400, "2025-02-03", 2),
        (412000, "2025-02-03", 2),
    ]


def test_ledger_timeline_a_decimal_figure_counts_its_digits_after_the_point() -> None:
    """18.4% has three significant digits: told without a source a week later, it is the exchange's figure."""
    share = {"unit": "%", "about": "fall in the share price", "measure": None}
    rows = [
        row(18.4, "Kessa Stock Exchange", "2025-02-03", article=1, sid=1, **share),
        row(18.4, None, "2025-02-12", article=2, basis="published", **share),
    ]
    entries = build_timeline(rows)
    assert len(entries) == 1 and entries[0].source == "Kessa Stock Exchange"


def test_ledger_timeline_two_publication_days_of_one_sources_figure_are_one_undated_statement() -> None:
    """Two outlets give one source's figure, neither saying when it was given, one with its measure and one
    without: one statement, however far apart they were published; so is a stated day and a publication day
    after it."""
    rows = [
        row(
            23,
            "Henrik Dahle",
            "2025-09-12",
            article=1,
            sid=1,
            basis="published",
            about="people rescued",
            measure="rescued",
        ),
        row(23, "Henrik Dahle", "2025-09-16", article=2, sid=1, basis="published", about="people"),
        row(40, "Henrik Dahle", "2025-09-12", article=1, sid=1, about="people rescued", measure="rescued"),
        row(40, "Henrik Dahle", "2025-09-18", article=2, sid=1, basis="published", about="people"),
    ]
    entries = build_timeline(rows)
    assert [sorted(r.record_id for r in e.reports) for e in entries if e.value == 23] == [["r1", "r2"]]
    assert [sorted(r.record_id for r in e.reports) for e in entries if e.value == 40] == [["r1", "r2"]]


def test_ledger_timeline_a_demonym_no_list_knows_is_the_place_it_names() -> None:
    """ "killed in Dravonia" and a figure placed "Dravonian" (a nationality no list knows) are one place; a place
    that only shares a stem ("Kessaly" beside "Kessa") is another."""
    rows = [
        row(40, "Defence Ministry", "2025-09-10", article=1, sid=1, place="Dravonia"),
        row(40, "Defence Ministry", "2025-09-10", article=2, sid=1, place="Dravonian"),
        row(12, "Health Office", "2025-09-10", article=3, sid=2, place="Kessa"),
        row(15, "Health Office", "2025-09-11", article=4, sid=2, place="Kessaly"),
    ]
    entries = build_timeline(rows)
    (forty,) = [e for e in entries if e.value == 40]
    assert forty.place == "Dravonia" and sorted(r.article_id for r in forty.reports) == [1, 2]
    assert {e.place for e in entries if e.value in (12, 15)} == {"Kessa", "Kessaly"}


def test_ledger_timeline_one_sources_figure_told_with_other_words_before_one_noun_is_one_statement() -> None:
    """ "third-quarter profit fell 38%", "net profit fell 38%", one company, one day: one statement; its "revenue
    fell 38%" is another thing, and so is the same share of profit another day."""

    def share(article: int, about: str, as_of: str = "2025-10-14") -> ClaimRow:
        return row(38, "Halvern Motors", as_of, article=article, sid=3, unit="percent", about=about)

    entries = build_timeline(
        [
            share(1, "third-quarter profit"),
            share(2, "net profit"),
            share(3, "quarterly profit"),
            share(4, "revenue"),
            share(5, "net profit", "2025-10-21"),
        ]
    )
    assert sorted(sorted(r.article_id for r in e.reports) for e in entries) == [[1, 2, 3], [4], [5]]


def test_ledger_timeline_a_vague_measure_does_not_part_one_sources_figure_told_with_its_own() -> None:
    """ "38,000 passengers affected" and "38,000 passengers on cancelled flights", one airline, one day: one
    statement, in the series that says what befell them; the same figure of passengers delayed stays apart."""
    entries = build_timeline(
        [
            row(38000, "Orla Air", "2025-06-09", article=1, sid=4, unit="passengers", about="passengers affected"),
            row(38000, "Orla Air", "2025-06-09", article=2, sid=4, unit="passengers", about="passengers cancelled"),
            row(38000, "Orla Air", "2025-06-09", article=3, sid=4, unit="passengers", about="passengers delayed"),
        ]
    )
    assert sorted(sorted(r.article_id for r in e.reports) for e in entries) == [[1, 2], [3]]
    (joined,) = [e for e in entries if len(e.reports) == 2]
    assert joined.series.measure == "cancelled"


def test_another_sources_subset_lends_no_owner_to_a_total_in_its_article() -> None:
    # the ministry counts its own nationals aboard; the coast guard's toll in the same article is of everyone
    rows = [
        row(12, "Sorrelian Foreign Ministry", "2025-10-17", article=1, about="Sorrelian people on board", sid=1),
        row(31, "Coast Guard", "2025-10-17", article=1, about="people killed", measure="killed", sid=2),
        row(31, "Coast Guard", "2025-10-17", article=2, about="people killed", measure="killed", sid=2),
        # troops take their article's owner from any source: the article is on that side's troops
        row(4000, "Defence Ministry", "2025-10-17", article=3, unit="troops", about="Norvanian troops deployed", sid=3),
        row(7, "Field Hospital", "2025-10-17", article=3, unit="soldiers", about="soldiers killed", sid=4),
    ]
    series = assign_series(rows)
    by_id = {r.value: series[r.claim_id] for r in rows if r.article_id in (1, 3)}
    assert series[rows[1].claim_id] == series[rows[2].claim_id], (series[rows[1].claim_id], series[rows[2].claim_id])
    assert "sorrelian" not in str(by_id[31]).lower()
    assert "norvanian" in str(by_id[7]).lower(), by_id[7]


def test_ledger_timeline_an_area_a_nationality_adjective_opens_is_that_countrys() -> None:
    # "Norwegian flood-hit districts" describes an area of Norway: it is placed as "army-held districts" would be
    entries = build_timeline(
        [
            row(40, "Relief Office", "2025-03-04", article=1, sid=1, about="people killed in Norway", place="Norway"),
            row(52, "Relief Office", "2025-03-05", article=2, sid=1, place="Norwegian flood-hit districts"),
        ]
    )
    assert {e.group for e in entries} == {"people killed in Norway"}


def test_ledger_timeline_one_sources_figure_in_a_unit_of_measure_told_as_two_things_is_one_statement() -> None:
    # "400 tonnes of grain lost" and "400 tonnes of cargo", one source, one day: one statement; never 400 litres
    entries = build_timeline(
        [
            row(400, "Calder Lines", "2025-03-04", article=1, sid=1, unit="tonnes", about="grain lost"),
            row(400, "Calder Lines", "2025-03-04", article=2, sid=1, unit="tonnes", about="the cargo"),
            row(400, "Calder Lines", "2025-03-04", article=3, sid=1, unit="litres", about="the cargo"),
        ]
    )
    by_unit = {e.reports[0].unit: e for e in entries}
    assert len(by_unit["tonnes"].reports) == 2
    assert len(by_unit["litres"].reports) == 1


def test_ledger_timeline_jobs_lost_are_jobs_cut() -> None:
    # "cutting 1,300 jobs" and "1,300 jobs lost" of one firm on one day are one statement in one series
    assert measure_for("lost", "jobs lost", "jobs") == measure_for("cut", "jobs", "jobs") == "cut"
    assert measure_for("lost", "revenue lost", "dalers") == "lost"


def test_ledger_timeline_a_share_with_a_decimal_told_as_two_things_is_one_statement() -> None:
    # "6.3 percent of its loans in arrears" and "6.3 percent of borrowers behind" from one lender on one day: one
    # statement; a whole share ("40 percent") may be two things' by chance
    rows = [
        row(6.3, "Orvel Savings", "2025-03-04", article=1, sid=3, unit="percent", about="loans in arrears"),
        row(6.3, "Orvel Savings", "2025-03-04", article=2, sid=3, unit="percent", about="borrowers behind"),
        row(40, "Orvel Savings", "2025-03-04", article=1, sid=3, unit="percent", about="loans in arrears"),
        row(40, "Orvel Savings", "2025-03-04", article=2, sid=3, unit="percent", about="borrowers behind"),
    ]
    entries = build_timeline(rows)
    assert len([e for e in entries if e.value == 6.3]) == 1
    assert len([e for e in entries if e.value == 40]) == 2


def test_ledger_timeline_a_share_of_what_a_deed_befell_counts_the_thing_not_the_deed() -> None:
    # "12 percent of its crews cut" and "12 percent of the crews" are shares of the crews; "a net loss" stays a loss
    assert subject_of("percent", "maintenance crews cut") == subject_of("percent", "maintenance crews")
    assert subject_of("percent", "fleet lost")[0] == "fleet"
    assert subject_of("USD", "third-quarter net loss")[0] == "third-quarter net loss"


def test_ledger_timeline_people_aboard_take_no_toll_from_their_source() -> None:
    """People counted where they were ("212 people on board") are not the source's dead told elsewhere."""
    rows = [
        row(9, "Orvel Ferries", "2025-03-02", article=1, sid=1, about="people killed", measure="killed"),
        row(212, "Orvel Ferries", "2025-03-01", article=2, sid=1, about="people onboard", measure="aboard"),
    ]
    series = assign_series(rows)
    assert [series[r.claim_id].measure for r in rows] == ["killed", "aboard"]


def test_ledger_timeline_a_title_naming_a_business_by_its_first_word_speaks_for_it() -> None:
    """ "Merrow spokeswoman" names Merrow Electric, which goes by its first word; a public body's place-name
    opening ("Kessa spokeswoman" of the Kessa Port Authority) does not name it."""
    about = {"unit": "litres", "about": "litres of fuel leaked", "measure": "leaked"}
    person = row(38000, "Ilke Dravon", "2025-04-03", article=1, sid=1, **about)
    person.source_titles = ("Merrow spokeswoman",)
    body = row(38000, "Merrow Electric", "2025-04-03", article=2, sid=2, **about)
    assert [(e.source, len(e.reports)) for e in build_timeline([person, body])] == [("Ilke Dravon", 2)]
    public = row(38000, "Kessa Port Authority", "2025-04-03", article=2, sid=3, **about)
    person.source_titles = ("Kessa spokeswoman",)
    assert len(build_timeline([person, public])) == 2


def test_ledger_timeline_a_figure_that_names_nothing_retells_its_sources_figure_of_days_before() -> None:
    """ "The 70 given by the owner" a day after the owner's "70 people onboard" is that statement told again,
    round as it is; a week on it is too far to say, and a figure that names what it counts is another thing."""
    onboard = row(70, "Orvel Ferries", "2025-04-03", article=1, sid=1, about="people onboard", measure="aboard")
    bare = row(70, "Orvel Ferries", "2025-04-04", article=2, sid=1, unit="", about="", basis="published")
    assert [len(e.reports) for e in build_timeline([onboard, bare])] == [2]
    bare.as_of = "2025-04-12"
    assert len(build_timeline([onboard, bare])) == 2
    named = row(
        70, "Orvel Ferries", "2025-04-04", article=2, sid=1, about="cars onboard", unit="cars", basis="published"
    )
    assert len(build_timeline([onboard, named])) == 2


def test_ledger_timeline_jobs_counted_are_the_workers_holding_them() -> None:
    """One source's "cut 1,200 jobs" and "1,200 workers laid off" of one day are one statement; so are a union's
    "1,950 members" and "1,950 workers"; workers striking are no jobs cut, and jobs are no passengers."""
    jobs = row(1200, "Merrow Electric", "2025-04-03", article=1, sid=1, unit="jobs", about="jobs cut", measure="cut")
    laid_off = {"unit": "workers", "about": "workers laid off", "measure": "laid off"}
    workers = row(1200, "Merrow Electric", "2025-04-03", article=2, sid=1, **laid_off)
    assert [len(e.reports) for e in build_timeline([jobs, workers])] == [2]
    members = row(1950, "Kessa Metalworkers Union", "2025-04-03", article=1, sid=2, unit="members", about="members")
    staff = row(1950, "Kessa Metalworkers Union", "2025-04-03", article=2, sid=2, unit="workers", about="workers")
    assert [len(e.reports) for e in build_timeline([members, staff])] == [2]
    striking = {"unit": "workers", "about": "workers striking", "measure": "striking"}
    strike = row(1200, "Merrow Electric", "2025-04-03", article=2, sid=1, **striking)
    assert len(build_timeline([jobs, strike])) == 2
    riders = row(1200, "Merrow Electric", "2025-04-03", article=2, sid=1, unit="passengers", about="passengers")
    assert len(build_timeline([jobs, riders])) == 2


def test_ledger_timeline_people_counted_by_their_trade_or_as_men_are_people() -> None:
    """One source's "44 sailors still missing" and "44 men still missing" of one day are one statement; sailors are
    no ships."""
    missing = {"about": "still missing", "measure": "missing"}
    sailors = row(44, "Kessa Coast Guard", "2025-04-03", article=1, sid=1, unit="sailors", **missing)
    men = row(44, "Kessa Coast Guard", "2025-04-03", article=2, sid=1, unit="men", **missing)
    assert [len(e.reports) for e in build_timeline([sailors, men])] == [2]
    ships = row(44, "Kessa Coast Guard", "2025-04-03", article=2, sid=1, unit="ships", about="ships searching")
    assert len(build_timeline([sailors, ships])) == 2


def test_ledger_timeline_names_on_a_list_and_crew_members_are_people() -> None:
    """One operator's "31 names" on its register and "31 crew members" aboard, of one day, are one statement."""
    names = row(31, "Orvel Ferries", "2025-04-03", article=1, sid=1, unit="names", about="names on the register")
    crew = row(31, "Orvel Ferries", "2025-04-03", article=2, sid=1, unit="crew members", about="crew members aboard")
    assert [len(e.reports) for e in build_timeline([names, crew])] == [2]
    cabins = row(31, "Orvel Ferries", "2025-04-03", article=2, sid=1, unit="cabins", about="cabins booked")
    assert len(build_timeline([names, cabins])) == 2


def test_ledger_timeline_a_storys_word_lists_every_outlet_that_reports_its_statements(db: str) -> None:
    """ "blockade" finds the article that says it; the statement it reports is listed with the outlet that reports
    it without the word too."""
    texts = [
        (
            "https://a.example/1",
            "The blockade of Kessa port entered its third week. The Orvane Aid League said on Monday that 340 "
            "boats were stuck at anchor.",
        ),
        (
            "https://b.example/2",
            "Ships are waiting off Kessa. The Orvane Aid League said on Monday that 340 boats were stuck there.",
        ),
    ]
    records = [analyze_text(t, is_body=True, url=u, id=u, published="2025-03-05") for u, t in texts]
    assert all(isinstance(r, Record) for r in records)
    with Ledger(db) as ledger:
        ledger.ingest([r for r in records if isinstance(r, Record)])
        entries = [e for e in ledger.timeline("blockade") if e.value == 340]
    assert [len({r.article_id for r in e.reports}) for e in entries] == [2]


def test_ledger_timeline_a_crowds_size_is_a_series_of_its_own_where_police_and_organisers_disagree(db: str) -> None:
    """ "2,100 joined the march" and "7,000 took part in the rally", of one day: two sources' counts of one crowd,
    listed as one series with no query."""
    text = (
        "Dock workers and their families filled the streets of Kessa on Friday. Some 2,100 people joined Friday's "
        "march, according to Orla Pike, the Kessa police chief. The Orvane Living Wage Alliance said 7,000 people "
        "took part in Friday's rally."
    )
    record = analyze_text(text, is_body=True, url="https://a.example/1", id="a1", published="2025-03-08")
    assert isinstance(record, Record)
    with Ledger(db) as ledger:
        ledger.ingest([record])
        crowd = [e for e in ledger.timeline(series=5) if e.group.startswith("people gathered")]
    assert sorted(e.value for e in crowd) == [2100, 7000]
    assert all("disagreement" in e.flags for e in crowd)


def test_ledger_timeline_a_body_described_by_its_kind_is_the_one_body_of_that_kind_the_rows_name() -> None:
    """ "the army" in one outlet is the Orvanian Armed Forces another names, when no other military is named; with
    two named, or one of another country, it stays as written."""
    killed = {"about": "soldiers killed", "unit": "soldiers", "measure": "killed"}
    named = row(64, "Orvanian Armed Forces", "2025-06-02", article=1, sid=1, source_place="Orvania", **killed)
    described = row(81, "army", "2025-06-05", article=2, **killed)
    sources = {e.value: e.source for e in build_timeline([named, described])}
    assert sources == {64: "Orvanian Armed Forces", 81: "Orvanian Armed Forces"}
    other = row(4, "Kessan Army", "2025-06-03", article=3, sid=2, source_place="Kessa", **killed)
    assert {e.value: e.source for e in build_timeline([named, described, other])}[81] == "army"
    foreign = row(81, "Kessa's army", "2025-06-05", article=2, source_place="Kessa", **killed)
    assert {e.value: e.source for e in build_timeline([named, foreign])}[81] == "Kessa's army"
    # a kind any public body is says too little, and a role's office is the role holder's
    service = row(64, "Orvane Fire Service", "2025-06-02", article=1, sid=3, **killed)
    for vague in ("the office", "the governor's office"):
        described = row(81, vague, "2025-06-05", article=2, **killed)
        assert {e.value: e.source for e in build_timeline([service, described])}[81] == vague


def test_ledger_timeline_a_count_named_only_by_what_befell_it_is_of_what_it_befell() -> None:
    """One source's "62 detentions" and "62 people detained" of one day are one statement: the noun names only
    the measure; "62 detentions" and "62 vehicles seized" are two."""
    held = {"unit": "detentions", "about": "detentions", "measure": "detained"}
    detentions = row(62, "Varn Police", "2025-04-03", article=1, sid=1, **held)
    people = row(62, "Varn Police", "2025-04-03", article=2, sid=1, about="people detained", measure="detained")
    assert [len(e.reports) for e in build_timeline([detentions, people])] == [2]
    seized = {"unit": "vehicles", "about": "vehicles seized", "measure": "seized"}
    vehicles = row(62, "Varn Police", "2025-04-03", article=2, sid=1, **seized)
    assert len(build_timeline([detentions, vehicles])) == 2


def test_ledger_timeline_people_whose_data_was_exposed_are_a_series_of_their_own() -> None:
    exposed = {"about": "people exposed", "measure": "exposed"}
    first = row(210000, "Kelvcast", "2025-04-03", article=1, sid=1, **exposed)
    again = row(210000, "Kelvcast", "2025-04-03", article=2, sid=1, **exposed)
    entries = build_timeline([first, again])
    assert [(e.series.measure, len(e.reports)) for e in entries] == [("exposed", 2)]
