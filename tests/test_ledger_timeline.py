"""Claim timelines from claim rows: merging reports, revisions, disagreements, order."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.ledger.timeline import ClaimRow, build_timeline, measure_of, place_of, unit_key

_ids = itertools.count(1)


def row(
    value: float,
    source: str | None,
    as_of: str | None,
    *,
    article: int,
    origin: int | None = None,
    unit: str = "people",
    about: str = "people killed in the floods",
    revises: int | None = None,
    claim_id: int | None = None,
    published: str = "2025-03-06",
    sid: int | None = None,
    text: str | None = None,
) -> ClaimRow:
    return ClaimRow(
        claim_id=claim_id or next(_ids),
        value=value,
        low=None,
        high=None,
        unit=unit or None,
        about=about or None,
        qualifier=None,
        source=source,
        source_id=sid,
        as_of=as_of,
        text=text or f"{value}",
        revises_id=revises,
        article_id=article,
        record_id=f"r{article}",
        url=None,
        publisher=f"Outlet {article}",
        published=published,
        origin_id=origin or article,
    )


def by_value(entries: list[Any]) -> dict[float | None, Any]:
    return {e.value: e for e in entries}


def test_ledger_timeline_same_statement_is_one_entry_with_reports() -> None:
    rows = [row(42, "Directorate", "2025-03-03", article=a, origin=1, sid=7) for a in (1, 2, 3, 4)]
    rows.append(row(42, "Directorate", "2025-03-03", article=5, sid=7))  # an independent report of it
    (entry,) = build_timeline(rows)
    assert len(entry.reports) == 5
    assert entry.origins == 2
    assert entry.flags == []
    d = entry.to_dict()
    assert {"value", "low", "high", "source", "as_of", "reports", "flags"} <= set(d)
    assert d["value"] == 42 and isinstance(d["value"], int)


def test_ledger_timeline_revision_by_later_value() -> None:
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


def test_ledger_timeline_revision_by_link_without_dates() -> None:
    earlier = row(3000, "Pentagon", None, article=1, claim_id=501)
    later = row(10000, "Pentagon", None, article=1, revises=501)
    entries = build_timeline([later, earlier])
    assert "revision" in by_value(entries)[10000].flags


def test_ledger_timeline_disagreement_same_day() -> None:
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


def test_ledger_timeline_groups_by_what_is_counted() -> None:
    entries = build_timeline(
        [
            row(42, "Directorate", "2025-03-03", article=1, sid=7),
            row(57, "Directorate", "2025-03-05", article=2, unit="deaths", about="deaths in the floods", sid=7),
            row(1200, "Directorate", "2025-03-04", article=1, about="people evacuated", sid=7),
        ]
    )
    groups = {e.group for e in entries}
    assert groups == {"people (killed)", "people (displaced)"}
    killed = [e for e in entries if e.group == "people (killed)"]
    assert [e.value for e in killed] == [42, 57]
    assert "revision" in killed[1].flags
    displaced = [e for e in entries if e.group == "people (displaced)"]
    assert displaced[0].flags == []


def test_ledger_timeline_unattributed_figures_merge_only_within_one_origin() -> None:
    entries = build_timeline(
        [
            row(9, None, "2025-03-03", article=1),
            row(9, None, "2025-03-03", article=2, origin=1),
            row(9, None, "2025-03-03", article=3),
        ]
    )
    assert sorted(len(e.reports) for e in entries) == [1, 2]


@pytest.mark.parametrize(("unit", "key"), [("Troops", "troop"), ("troop", "troop"), ("people", "people"), (None, "")])
def test_ledger_timeline_unit_key(unit: str | None, key: str) -> None:
    assert unit_key(unit) == key


def test_ledger_timeline_measure_of() -> None:
    assert measure_of("Russian soldiers killed or wounded") == "killed+injured"
    assert measure_of("North Korean troops deployed to Russia") == ""


def test_ledger_timeline_places_are_separate_series() -> None:
    entries = build_timeline(
        [
            row(912, "WHO", "2023-02-06", article=1, about="people killed in Turkey", sid=3),
            row(560, "WHO", "2023-02-07", article=2, about="people killed in Syria", sid=3),
            row(700, "Red Crescent", "2023-02-07", article=3, about="people killed in Syria", sid=4),
            row(1000, "WHO", "2023-02-08", article=4, about="people killed in Syria", sid=3),
        ],
        query="earthquake killed",
    )
    groups = {e.group for e in entries}
    assert groups == {"people (killed) in turkey", "people (killed) in syria"}
    unplaced = build_timeline([*([r for e in entries for r in e.reports]), row(5, "WHO", "2023-02-06", article=9)])
    assert {e.group for e in unplaced} == {"people (killed) in turkey", "people (killed) in syria", "people (killed)"}
    turkey = [e for e in entries if e.group.endswith("turkey")]
    assert turkey[0].flags == []  # not a revision of the Syrian figure
    syria = {e.value: e for e in entries if e.group.endswith("syria")}
    assert "disagreement" in syria[560].flags and "disagreement" in syria[700].flags
    assert "revision" in syria[1000].flags and syria[1000].revises is syria[560]
    # asking for one place does not split its series by that place's name
    assert {
        e.group
        for e in build_timeline([row(1, "WHO", "2023-02-06", article=1, about="people killed in Syria")], query="Syria")
    } == {"people (killed)"}


def test_ledger_timeline_one_place_splits_nothing() -> None:
    entries = build_timeline(
        [
            row(
                10000, "Pentagon", "2024-10-28", article=1, unit="troops", about="North Korean troops in Russia", sid=1
            ),
            row(3000, "Pentagon", "2024-10-23", article=1, unit="troops", about="North Korean troops (earlier)", sid=1),
        ],
        query="North Korean troops",
    )
    assert {e.group for e in entries} == {"troop"}
    assert all("revision" in e.flags for e in entries)


def test_ledger_timeline_place_of() -> None:
    assert place_of("people killed by the 6 February earthquake in Hatay", "killed") == "hatay"
    assert place_of("people killed in Turkey", "Turkey") == ""


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


@given(
    st.lists(
        st.tuples(
            st.sampled_from([10, 20, 40, 41]),
            st.sampled_from(["A", "B", None]),
            st.sampled_from(["2025-03-03", "2025-03-04", None]),
            st.integers(1, 4),
            st.sampled_from(["people killed in Norvania", "people killed in Estaria", "people hurt"]),
        ),
        max_size=25,
    )
)
def test_ledger_timeline_every_report_lands_once(specs: list[tuple[int, str | None, str | None, int, str]]) -> None:
    rows = [row(v, s, d, article=a, about=about, sid={"A": 1, "B": 2}.get(s or "")) for v, s, d, a, about in specs]
    entries = build_timeline(rows)
    landed = sorted(r.claim_id for e in entries for r in e.reports)
    assert landed == sorted(r.claim_id for r in rows)
    for e in entries:
        assert all((r.value, r.source) == (e.value, e.source) for r in e.reports)
        assert set(e.flags) <= {"revision", "superseded", "disagreement"}


def test_ledger_timeline_revises_link_puts_both_in_one_series() -> None:
    """The Harbour Gazette case: 800 then "at least 1,200" moved to camps (linked), and 300 treated."""
    early = row(800, "Lena Varga", "2025-03-03", article=1, sid=5, unit="", about="", claim_id=901)
    treated = row(300, "Lena Varga", "2025-03-04", article=2, sid=5, about="people treated since the weekend")
    camps = row(1200, "Lena Varga", "2025-03-04", article=2, sid=5, about="people moved to relief camps", revises=901)
    entries = build_timeline([early, treated, camps], query="people")
    values = by_value(entries)
    assert values[800].group == values[1200].group == "people (displaced)"
    assert values[300].group == "people (treated)"
    assert values[1200].revises is values[800] and "superseded" in values[800].flags
    assert values[300].flags == []  # not a revision of the camp figure, nor revised by it
    assert all("disagreement" not in e.flags for e in entries)


def test_ledger_timeline_a_shared_unit_alone_is_no_series() -> None:
    entries = build_timeline(
        [
            row(300, "Lena Varga", "2025-03-03", article=1, sid=5, about="people at the stadium"),
            row(800, "Lena Varga", "2025-03-04", article=2, sid=5, about="people on the ferry"),
            row(500, "Ivo Berg", "2025-03-04", article=3, sid=6, about="people in the square"),
        ]
    )
    assert all(e.flags == [] for e in entries)
    # a unit that names what is counted is a series by itself
    troops = build_timeline(
        [
            row(3000, "Pentagon", "2024-10-23", article=1, sid=1, unit="troops", about="troops"),
            row(10000, "Pentagon", "2024-10-28", article=2, sid=1, unit="troops", about="troops"),
        ]
    )
    assert "revision" in by_value(troops)[10000].flags


def test_ledger_timeline_measure_and_place_from_the_evidence_text() -> None:
    entries = build_timeline(
        [
            row(
                42, "Directorate", "2025-03-03", article=1, sid=7, about="people", text="At least 42 people were killed"
            ),
            row(80, "Oktay", "2023-02-06", article=2, sid=8, unit="deaths", about="deaths", text="80 in Gaziantep"),
            row(47, "Oktay", "2023-02-06", article=2, sid=8, unit="deaths", about="deaths in Malatya", text="47"),
        ]
    )
    assert {e.group for e in entries} == {
        "people (killed)",
        "people (killed) in gaziantep",
        "people (killed) in malatya",
    }


def test_ledger_timeline_breakdown_item_without_its_place_is_not_the_total() -> None:
    """ "80 deaths in Gaziantep, 47 in Malatya, 13 ..." then "2,379 killed" the next day: 13 is no earlier total."""
    rows = [
        row(80, "Oktay", "2023-02-06", article=1, sid=8, unit="deaths", about="deaths in Gaziantep"),
        row(47, "Oktay", "2023-02-06", article=1, sid=8, unit="deaths", about="deaths in Malatya"),
        row(13, "Oktay", "2023-02-06", article=1, sid=8, unit="deaths", about="deaths"),
        row(2379, "Oktay", "2023-02-07", article=2, sid=8, about="people killed"),
        row(17674, "Oktay", "2023-02-09", article=3, sid=8, about="people killed"),
    ]
    values = by_value(build_timeline(rows))
    assert values[13].flags == [] and values[2379].revises is None
    assert values[17674].revises is values[2379]


def test_ledger_timeline_disagreement_needs_one_place_sources_and_figures() -> None:
    entries = build_timeline(
        [
            # Kessa province against a figure naming no place: maybe another flood
            row(800, "Lena Varga", "2025-03-03", article=1, sid=5, about="people evacuated in Kessa province"),
            row(1200, "Tomas Velikov", "2025-03-03", article=2, sid=6, about="people evacuated"),
            # the outlet's own figure, and a source's figure without a number ("dozens")
            row(1500, None, "2025-03-03", article=3, about="people evacuated"),
        ]
    )
    dozens = row(0, "Directorate", "2025-03-03", article=4, sid=7, about="people evacuated")
    dozens.value = None
    entries = build_timeline([r for e in entries for r in e.reports] + [dozens])
    assert all("disagreement" not in e.flags for e in entries)
    # the same place on both sides is one series
    kessa = build_timeline(
        [
            row(800, "Lena Varga", "2025-03-03", article=1, sid=5, about="people evacuated in Kessa province"),
            row(950, "Red Cross", "2025-03-03", article=2, sid=6, about="people evacuated in Kessa"),
        ]
    )
    assert all(e.flags == ["disagreement"] for e in kessa)


def test_ledger_timeline_source_words_are_no_place() -> None:
    assert place_of("people killed in Teller", exclude="Norvanian Red Cross") == "teller"
    assert place_of("Norvanian Red Cross volunteers", exclude="Norvanian Red Cross") == ""
    assert place_of("At least 42 people in Kessa were killed") == "kessa"
    assert place_of("Deaths in Hatay") == "hatay"
