"""Stories end to end, on both backends (fixtures written for these tests): the analyser reads four outlets'
articles and the ledger lines up what they report. tests/fixtures/outage is a business story outside the
casualty domain (an airline's outage); tests/fixtures/deployment a war story told under several names for one
source and several words for troops; tests/fixtures/relief a flood story whose source gives a death toll and
a count of people in need; tests/fixtures/wildfire a fire's area, containment, homes and evacuations, from a
fire service, a sheriff and a governor's office; tests/fixtures/strike a union and a port operator who disagree;
tests/fixtures/election a mayoral count with vote shares and a commission named in one outlet, described in
another; tests/fixtures/inflation a rate told in two words by three outlets; tests/fixtures/cyberattack a
hospital trust, its cancellations and the machines hacked and restored."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.inputs import document_from_string
from newsledger.ledger import Ledger
from newsledger.pipeline import analyze_documents
from newsledger.record import Record
from newsledger.settings import load_settings

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@functools.cache
def _records(story: str = "outage") -> tuple[Record, ...]:
    manifest = json.loads((FIXTURES / story / "manifest.json").read_text(encoding="utf-8"))
    docs = [
        document_from_string(
            (FIXTURES / story / a["file"]).read_text(encoding="utf-8"),
            id=a["id"],
            kind="text",
            url=a["url"],
            published=a["published"],
        )
        for a in manifest["articles"]
    ]
    records = tuple(r for r in analyze_documents(docs, load_settings()) if isinstance(r, Record))
    assert len(records) == len(docs)
    return records


def test_outage_one_series_of_cancellations_one_entry_per_statement(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records()))
        entries = ledger.timeline("flights cancelled")
        assert {e.group for e in entries} == {"flights cancelled"}
        by = {(e.source, e.value): e for e in entries}
        # the tracker's Monday count, reported by two outlets, is one entry listing both
        tracker = by[("FlightLedger", 2340)]
        assert sorted(r.record_id for r in tracker.reports) == ["harbour-gazette", "meridian-post"]
        assert tracker.as_of == "2025-12-22" and tracker.as_of_basis == "stated"
        # the airline's own figures are its series too, each on the day the text gives
        airline = {e.value: e.as_of for e in entries if e.source == "Northwind Air"}
        assert airline == {2340: "2025-12-22", 1980: "2025-12-23", 610: "2025-12-24"}
        # the same words find it: the owner's name, or what happened
        for query in ("Northwind", "cancellations", "Northwind flights"):
            assert "flights cancelled" in {e.group for e in ledger.timeline(query)}, query


def test_outage_a_tally_that_rose_is_the_tally_it_began(db: str) -> None:
    """ "1,100 complaints" and "complaints had risen to 2,600" are one series, not complaints and "increased"."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records()))
        complaints = [e for e in ledger.timeline("complaints") if e.source == "Transport Department"]
        assert {e.group for e in complaints} == {"complaints"}
        assert sorted(e.value for e in complaints) == [1100, 2600]


def test_outage_sources_are_names_not_descriptions(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records()))
        sources = {e.source for e in ledger.timeline("Northwind") if e.source}
        assert not {s for s in sources if s[:1].islower() or s.lower().startswith(("the ", "company", "airline"))}
    listed = CliRunner().invoke(cli, ["timeline", "--db", db]).output
    assert listed.startswith("flights cancelled: ")


def test_outage_a_figure_in_a_when_clause_takes_the_day_it_hangs_on(db: str) -> None:
    """ "the disruption continued on Tuesday, when the airline had canceled another 1,980 flights": Tuesday."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records()))
        tracker = {e.value: e.as_of for e in ledger.timeline("flights cancelled") if e.source == "FlightLedger"}
        assert tracker[1980] == "2025-12-23"


def test_outage_analysts_at_a_firm_are_the_firm(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records()))
        lost = [e for e in ledger.timeline("revenue") if e.value == 140_000_000]
        assert [e.source for e in lost] == ["Harrow Securities"]


def test_deployment_one_series_under_every_word_for_troops_and_every_name_of_a_source(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("deployment")))
        entries = ledger.timeline("Kelvorian troops")
        deployed = {(e.source, e.value): e for e in entries if e.group == "Kelvorian troops deployed in Belgara"}
        # soldiers, servicemen and troops; the agency by its name and its acronym; two spellings of one president
        assert set(deployed) >= {
            ("Estarian Military Intelligence Agency", 10000),
            ("Oleksandr Haidenko", 10000),
            ("Estarian Military Intelligence Agency", 12000),
        }
        assert (
            deployed[("Estarian Military Intelligence Agency", 10000)].as_of == "2025-10-27"
            and deployed[("Estarian Military Intelligence Agency", 12000)].as_of == "2025-11-03"
        )
        assert "revision" in deployed[("Estarian Military Intelligence Agency", 12000)].flags
        assert deployed[("Oleksandr Haidenko", 10000)].qualifier == "at least"
        killed = [e for e in entries if e.group == "Kelvorian troops killed in Belgara"]
        assert [(e.source, e.value, e.as_of) for e in killed] == [("Oleksandr Haidenko", 7, "2025-11-02")]
        speakers = {s["name"]: s for s in ledger.speakers()}
        assert {"Estarian Military Intelligence Agency", "Oleksandr Haidenko", "Aleksa Marun"} <= set(speakers)
        assert not {"Haydenko", "Oleksandr Haydenko", "EMIA"} & set(speakers)
        # a title is a role: not a piece of the speaker's own name the quote stage took for one
        assert "Estarian President" in {t["title"] for t in speakers["Oleksandr Haidenko"]["titles"]}
        assert speakers["Estarian Defence Ministry"]["titles"] == []


def test_deployment_the_first_figure_is_the_series_of_the_later_ones(db: str) -> None:
    """ "Kelvoria has sent about 3,000 troops to Belgara": where a deployment goes is its place, and the one
    owner counted there owns it — Kelvorian troops deployed in Belgara."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("deployment")))
        first = [e for e in ledger.timeline("troops") if e.value == 3000]
        assert [(e.group, e.as_of) for e in first] == [("Kelvorian troops deployed in Belgara", "2025-10-22")]


def test_deployment_a_multiple_is_no_count(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("deployment")))
        assert not [e for e in ledger.timeline("EMIA") if e.value == 3]


def test_outbreak_cases_deaths_and_a_wire_copy(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("outbreak")))
        cases = {e.value: e for e in ledger.timeline("dengue cases") if e.as_of_basis == "stated"}
        # one wire story carried by two outlets: two reports, one origin; its earlier figure revised
        assert (len(cases[388].reports), cases[388].origins, cases[388].as_of) == (2, 1, "2026-03-11")
        assert "revision" in cases[388].flags and "superseded" in cases[214].flags
        # a count of people the article says are in hospital is not the toll its source gave elsewhere
        deaths = sorted(e.value for e in ledger.timeline("deaths") if e.value is not None)
        assert deaths == [2, 4, 6]


def test_outbreak_the_department_speaks_not_the_province(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("outbreak")))
        sources = {e.source for e in ledger.timeline("dengue")}
        assert "Drasna" not in sources


def test_outbreak_an_age_is_no_count(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("outbreak")))
        assert not [e for e in ledger.timeline("dengue") if e.value == 15]


def test_relief_a_figure_whose_verb_no_measure_names_is_not_the_toll(db: str) -> None:
    """ "12,500 people need clean water" states a verb the measure vocabulary does not know: it is not in the
    source's series of people killed, as "52 people", which states none, is."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("relief")))
        entries = ledger.timeline("Red Crescent")
        killed = sorted(e.value for e in entries if e.measure == "killed" and e.value is not None)
        assert killed == [41, 46, 52]
        need = [e for e in entries if e.value == 12500]
        assert len(need) == 2  # each report on its own day
        # "people" alone: a series no listing names, not one named by the verb ("people needed")
        assert {(e.group, e.measure, e.keyed) for e in need} == {("people in Velostra", None, False)}
    listed = CliRunner().invoke(cli, ["timeline", "--db", db]).output
    assert listed.startswith("people killed in Velostra: ") and "12,500" not in listed


def test_wildfire_area_share_and_one_entry_per_statement_across_outlets(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("wildfire")))
        # "fire" names a class of things counted, but no series counts fires: it reads as the story's word
        entries = ledger.timeline("fire")
        by_group: dict[str, list[Any]] = {}
        for e in entries:
            by_group.setdefault(e.group, []).append(e)
        # land is counted in its unit, whatever burned it ("had burned", "grew to", "scorched")
        service = "Forestry and Fire Service"
        acres = [(e.value, e.as_of) for e in by_group["acres burned in Tessaly"] if e.source == service]
        assert acres == [(12400, "2026-08-09"), (18750, "2026-08-10"), (24000, "2026-08-11")]
        # a share of a state is the fire's ("the blaze, which was 5% contained", "the fire was 45% contained")
        assert [e.value for e in by_group["fire contained (%)"]] == [5, 20, 45]
        # the governor's figures: "her office said" is hers; "the governor's office said" in another outlet is
        # the same statement
        homes = [e for e in by_group["buildings destroyed in Tessaly"] if e.value == 140]
        assert len(homes) == 1 and homes[0].source == "Amara Velde"
        assert sorted(r.record_id for r in homes[0].reports) == ["harbour-times", "meridian-daily"]
        # "ordered to evacuate" and "had been evacuated": one statement of the sheriff's, in no place its articles
        # name for people (the county is the forestry service's place of the acres burned)
        evacuated = [e for e in by_group["people displaced"] if e.value == 6000]
        assert [sorted(r.record_id for r in e.reports) for e in evacuated] == [["continental-press", "valley-courier"]]
        assert {e.group for e in ledger.timeline("homes destroyed")} == {"buildings destroyed in Tessaly"}


def test_strike_union_and_operator_disagree_and_the_series_is_of_workers_on_strike(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("strike")))
        entries = [e for e in ledger.timeline("workers") if e.series.measure == "striking"]
        # "13,000 workers were on strike" (the union) against "the figure was 8,000" (the operator), set against
        # each other in one article: a disagreement, though only one of them states its day
        by = {(e.source, e.value): e for e in entries}
        assert "disagreement" in by[("Harbour Workers Union", 13000)].flags
        assert "disagreement" in by[("Velmar Terminals", 8000)].flags


def test_election_shares_are_the_candidates_and_the_described_commission_is_the_named_one(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("election")))
        entries = ledger.timeline("Kessa")
        groups = {e.group for e in entries}
        # "Brel won 49.2%" and "Ana Brel led … with 48.6% of the vote": one candidate's series
        assert "Ana Brel vote share won (%)" in groups and "Brel vote share won (%)" not in groups
        # "the city's election commission" (one outlet) and the Kessa Election Commission (another): one statement
        precincts = [e for e in entries if e.value == 240]
        assert len(precincts) == 1 and precincts[0].source == "Kessa Election Commission"
        assert sorted(r.record_id for r in precincts[0].reports) == ["continental-press", "valley-news"]
        assert "turnout (%)" in groups  # "Turnout was 38%", a sentence's first word the tagger took for a name


def test_inflation_two_words_for_one_rate_and_a_months_rate_superseded_by_none(db: str) -> None:
    """tests/fixtures/inflation: "consumer prices rose 4.1%" and "annual inflation fell to 4.1%" are one statement
    of one series; September's "down from 4.8%" is another month's rate, not an estimate October's revises."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("inflation")))
        entries = ledger.timeline("inflation")
        assert {e.group for e in entries} == {"inflation (%)"}
        office = {e.value: e for e in entries if e.source == "National Statistics Office"}
        # (and the economists who tell the rate again, a share with a decimal no one gives by chance)
        assert sorted(r.record_id for r in office[4.1].reports) == ["d2", "h3", "w1"]
        assert not office[4.8].flags and office[4.8].as_of is None


def test_cyberattack_a_trust_named_once_and_machines_by_what_was_done_to_them(db: str) -> None:
    """tests/fixtures/cyberattack: "the trust said" is the hospital trust two outlets report; computers,
    devices and machines are one class, hacked and restored two series."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("cyberattack")))
        cancelled = ledger.timeline("appointments cancelled")
        trust = {e.value: e for e in cancelled if e.source == "Varnholt Regional Health Trust"}
        assert sorted(r.record_id for r in trust[4200].reports) == ["cp2", "nl1"]
        machines = ledger.timeline("computers")
        hacked = [e for e in machines if e.group.startswith("computers hacked")]
        # "the country's cyber agency" is the National Cyber Security Directorate the other outlet names
        assert len(hacked) == 2 and {e.value for e in hacked} == {1800}
        assert sorted(r.record_id for r in hacked[0].reports) == ["cp2", "nl1"]
        assert any(e.group.startswith("computers restored") and e.value == 400 for e in machines)
        assert not any("revision" in e.flags for e in machines)


def test_wildfire_a_query_for_the_event_reads_articles_that_call_it_by_another_word(db: str) -> None:
    """No outlet writes "inferno" and one never writes "blaze": either query reads all four, as "wildfire" does."""
    with Ledger(db) as ledger:
        ledger.ingest(list(_records("wildfire")))
        queries = ("inferno", "blaze", "wildfire")
        by_word = {q: {r.record_id for e in ledger.timeline(q) for r in e.reports} for q in queries}
        assert by_word["inferno"] == by_word["blaze"] == by_word["wildfire"] and len(by_word["wildfire"]) == 4


def test_a_query_for_an_event_reads_articles_that_name_it_in_two_words(db: str) -> None:
    """ "ransomware" reads an article that only writes "cyber attack" (a phrase of its story's words), not one
    that only writes "attack"."""
    from newsledger.api import analyze_text

    bodies = {
        "a": "A cyber attack on the Tarrow health trust forced 4,200 appointments to be cancelled, the trust said.",
        "b": "A knife attack in Tarrow left 3 people injured, police said on Monday.",
    }
    records = []
    for rid, body in bodies.items():
        record = analyze_text(body, is_body=True, published="2026-11-20")
        assert isinstance(record, Record)
        record.id = rid
        records.append(record)
    with Ledger(db) as ledger:
        ledger.ingest(records)
        found = {r.record_id for e in ledger.timeline("ransomware") for r in e.reports}
    assert found == {"a"}
