"""Pipeline wiring: references for relative dates, per-stage results, provenance."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsledger import pipeline
from newsledger.api import analyze_text
from newsledger.cli import cli
from newsledger.inputs import document_from_string
from newsledger.ledger.records import record_from_dict
from newsledger.pipeline import STAGE_VERSIONS, analyze_documents
from newsledger.record import Record, Rejected
from newsledger.settings import load_settings

UNDATED_PAGE = """Flood waters recede in Kessa valley
Rescue boats move along a flooded street in Kessa, Arland, Monday, March 3, 2025. (Photo: Harbour Gazette)

The regional emergency office said on Tuesday that 1,240 people had been moved to shelters, up from 800 a day
earlier, as the river began to fall.

"We expect most families to return home by the weekend," the office's director, Mara Quill, told reporters.

Aid groups said at least 300 homes had been damaged across the valley.

More stories
Market prices steady - Friday, April 18, 2025
"""


def test_undated_page_takes_its_reference_from_a_caption_above_the_article() -> None:
    record = analyze_text(UNDATED_PAGE)
    assert isinstance(record, Record)
    assert record.article.published is None
    assert "Market prices" not in record.article.body
    tuesday = [d for d in record.dates if d.text.endswith("Tuesday")]
    assert tuesday and tuesday[0].value == "2025-03-04"  # the Tuesday after the captioned Monday, not April's


def test_a_copy_run_after_its_datelines_day_tells_that_days_statements() -> None:
    page = (
        "Harbour Gazette\nHome  Nation  World\n"
        "Kessa port strike enters second day\n"
        "KESSA, March 3 (Orvel Wire) - Dock workers at the port of Kessa stayed off work for a second day, and "
        "the port authority said 41 ships were waiting to unload.\n\n"
        "The dockers' union said 2,300 of its members had joined the strike.\n"
    )
    next_day = analyze_text(page, published="2025-03-04")
    same_day = analyze_text(page, published="2025-03-03")
    week_on = analyze_text(page, published="2025-03-10")
    assert isinstance(next_day, Record) and isinstance(same_day, Record) and isinstance(week_on, Record)
    assert [c.as_of for c in next_day.claims] == [c.as_of for c in same_day.claims] == ["2025-03-03"] * 2
    # (a copy run much later is read as its own page: the dateline's day may be a typo or a template's)
    assert [c.as_of for c in week_on.claims] == ["2025-03-10"] * 2


def test_a_page_with_no_date_is_dated_by_its_datelines_day() -> None:
    # the day it was written, though the text looks ahead to later days; its figures with no day are of it
    page = (
        "Harbour Gazette\nHome  Nation  World\n"
        "Kessa port signs dredging deal\n"
        "KESSA, May 8, 2026 (Orvel Wire) - The port board signed a dredging contract that runs from June 1. The "
        "dockers' union said on Tuesday that 2,150 of its members would work on it.\n\n"
        "The board said the contract would cost 12 million dalers a year.\n"
    )
    record = analyze_text(page)
    assert isinstance(record, Record) and record.article.published is None
    assert [(c.value, c.as_of) for c in record.claims if c.value in (2150, 12_000_000)] == [
        (2150, "2026-05-05"),
        (12_000_000, "2026-05-08"),
    ]


def test_records_carry_provenance() -> None:
    record = analyze_text(UNDATED_PAGE, published="2025-03-05")
    assert isinstance(record, Record) and record.provenance is not None
    assert record.provenance.stages == STAGE_VERSIONS
    assert record.provenance.input_sha256


def test_a_body_too_long_to_parse_is_rejected_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_BODY_CHARS", 200)
    docs = [
        document_from_string("word " * 100, id="long", is_body=True),
        document_from_string("The council said on Monday that the bridge would reopen.", id="short", is_body=True),
    ]
    long, short = analyze_documents(docs, load_settings())
    assert isinstance(long, Rejected) and long.reason == "too_long" and long.id == "long"
    assert isinstance(short, Record) and short.id == "short"


BODY = (
    "The harbour authority of the fictional port of Valdora said on Tuesday that 40 ships were waiting to "
    "unload, up from 25 last week. Harbour master Ines Okafor said yesterday that more cranes would arrive."
)


@pytest.mark.issue(13)
def test_a_lone_surrogate_costs_no_neighbour_in_analyze_or_ingest(tmp_path: Path) -> None:
    lines = [{"id": f"d{i}", "text": BODY.replace("40", str(40 + i)), "is_body": True} for i in range(6)]
    lines[2]["text"] = str(lines[2]["text"]) + " \udc80"
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", "--jsonl", str(batch)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [f"d{i}" for i in range(6)]
    assert out[2]["article"]["body"].endswith(" \ufffd")
    assert "surrogate" in out[2]["provenance"]["warnings"][0]
    db = str(tmp_path / "l.db")
    result = runner.invoke(cli, ["ingest", str(batch), "--db", db])
    assert result.exit_code == 0, result.output
    assert "6 added" in result.output


@pytest.mark.issue(13)
def test_a_document_spacy_fails_on_is_rejected_and_the_batch_goes_on() -> None:
    import spacy
    from spacy.language import Language

    @Language.component("newsledger_test_fails_on_d1")
    def fails_on_d1(doc: Any) -> Any:  # a component that breaks on one text, as a spaCy bug would
        if "second" in doc.text:
            raise ValueError("the component broke")
        return doc

    settings = load_settings()
    broken = spacy.load(settings.spacy_model)  # the real pipeline, loaded apart from the shared one
    broken.add_pipe("newsledger_test_fails_on_d1")
    docs = [document_from_string(f"{BODY} The {n} page.", id=f"d{i}") for i, n in enumerate(("first", "second"))]
    results = [pipeline.analyze_document(doc, settings, nlp=broken) for doc in docs]
    bad = results[1]
    assert isinstance(bad, Rejected) and (bad.stage, bad.reason, bad.id) == ("nlp", "error", "d1")
    assert "ValueError: the component broke" in bad.detail
    assert isinstance(results[0], Record)  # the same pipeline on the other document still gives its record


@pytest.mark.issue(13)
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_at_the_calendar_edge_skips_the_date_not_the_article(published: str) -> None:
    text = BODY + " The port will reopen next month, as it did in March and in December, and on Friday."
    record = analyze_text(text, published=published, is_body=True)
    assert isinstance(record, Record)
    assert record.article.published == published
    for mention in record.dates:  # a date that would fall in year 0 or 10000 is skipped, the others kept
        for value in (mention.value, mention.end_value or mention.value):
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) and not value.startswith("0000"), mention
    assert record.dates


def test_analyze_output_escapes_unicode_line_breaks(tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 are legal raw in JSON but break line-based readers: one record a line."""
    batch = tmp_path / "b.jsonl"
    lines = [{"id": "a", "text": BODY + "\u2028next\u2029para\x85end", "is_body": True}, {"id": "b", "text": BODY}]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "--jsonl", str(batch)])
    out = result.stdout.splitlines()  # splitlines() breaks at U+2028 too: it must find two lines
    assert len(out) == 2 and json.loads(out[0])["article"]["body"].endswith("\u2028next\u2029para\x85end")


def test_a_no_break_space_is_read_as_the_space_it_shows() -> None:
    # a page sets a title off its name, and a quote off its speaker, with no-break spaces: one name to the
    # tagger, and every offset into the body still true
    text = (
        "The ferry pier will reopen on Monday, Port\u00a0Commissioner Ada Vellum said on Friday.\n\n"
        "“We lost a week of trade,”\u00a0Vellum told reporters at the harbour office."
    )
    record = analyze_text(text, published="2025-03-07")
    assert isinstance(record, Record)
    body = record.article.body
    assert "\u00a0" not in body and len(body) == len(text)
    assert {q.speaker.name for q in record.quotes if q.speaker} == {"Ada Vellum"}
    assert all(body[q.start : q.end] == q.text for q in record.quotes if not q.spans)


DATED_COUNT_PAGE = """Merrow Herald
News

River keeps rising in Harnvik

HARNVIK, Oct 13 - Mayor Varn Kessa asked regional minister Mara Sorrel for boats on Monday as the Harnvik River \
Office warned that the water would rise again overnight.

The river office said 1,530 homes stood in water. Kessa told families in Merrowport to stay with relatives.
"""

UNDATED_COUNT_PAGE = """Orvel Daily
Regions

Minister sends boats to Harnvik

MERROWPORT, Oct 14 (Orvel) - Regional minister Mara Sorrel on Tuesday sent 38 boats to Harnvik, her office \
said.

Mayor Varn Kessa said more were needed. The Harnvik River Office said on Oct. 14 that 2,440 homes stood in \
water.
"""


def _count_pages(*pages: tuple[str, str, str | None]) -> list[Any]:
    return [document_from_string(text, id=name, published=published) for name, text, published in pages]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_that_gives_no_year_takes_the_year_of_a_dated_page_of_its_story(jobs: int) -> None:
    docs = _count_pages(("dated", DATED_COUNT_PAGE, "2025-10-13"), ("undated", UNDATED_COUNT_PAGE, None))
    dated, undated = analyze_documents(docs, load_settings(), jobs=jobs)
    assert isinstance(dated, Record) and isinstance(undated, Record)
    assert undated.article.published is None
    assert undated.provenance is not None and undated.provenance.batch_year == 2025
    assert "'dated'" in undated.provenance.warnings[-1]
    complaints = next(c for c in undated.claims if c.value == 38)
    assert (complaints.as_of, complaints.as_of_basis) == ("2025-10-14", "stated")


def test_a_page_that_gives_no_year_keeps_none_without_a_dated_page_of_its_story_before_it() -> None:
    other_story = DATED_COUNT_PAGE.replace("Varn Kessa", "Tomas Pellar").replace("Mara Sorrel", "Orvane Calder")
    other_story = other_story.replace("Harnvik", "Gullen").replace("Merrowport", "Orvel")
    for docs in (
        _count_pages(("undated", UNDATED_COUNT_PAGE, None), ("dated", DATED_COUNT_PAGE, "2025-10-13")),
        _count_pages(("dated", other_story, "2025-10-13"), ("undated", UNDATED_COUNT_PAGE, None)),
    ):
        undated = next(r for r in analyze_documents(docs, load_settings()) if r.id == "undated")
        assert isinstance(undated, Record) and undated.provenance is not None
        assert undated.provenance.batch_year is None
        assert next(c for c in undated.claims if c.value == 38).as_of is None


def test_a_batch_year_is_kept_when_the_record_is_analysed_again() -> None:
    docs = _count_pages(("dated", DATED_COUNT_PAGE, "2025-10-13"), ("undated", UNDATED_COUNT_PAGE, None))
    undated = list(analyze_documents(docs, load_settings()))[1]
    assert isinstance(undated, Record)
    again = pipeline.reanalyze_record(record_from_dict(undated.to_dict()), load_settings())
    assert isinstance(again, Record) and again.provenance is not None and again.provenance.batch_year == 2025
    assert next(c for c in again.claims if c.value == 2440).as_of == "2025-10-14"


def test_a_page_with_no_date_tells_of_the_day_its_caption_writes_with_its_weekday() -> None:
    # the caption's "Friday, June 13" is the "Friday" the article speaks of: its figures with no day are of it
    page = (
        "Orvane Courier\nHome | Port | Sport\n"
        "Ferry crews turn down pay offer\n"
        "[Photo: Crews wait on the Orvane quay on Friday, June 13, 2025. Orvane Courier]\n"
        "Ferry crews on Friday turned down the latest pay offer from the port board.\n\n"
        "The crews' union said 1,150 of its members had voted against it.\n"
    )
    record = analyze_text(page)
    assert isinstance(record, Record) and record.article.published is None
    assert [(c.value, c.as_of) for c in record.claims if c.value == 1150] == [(1150, "2025-06-13")]
    # a caption's day written without its weekday may be the photograph's, not the article's
    undated = analyze_text(page.replace("on Friday, June 13, 2025", "on June 13, 2025"))
    assert isinstance(undated, Record)
    assert [(c.value, c.as_of) for c in undated.claims if c.value == 1150] == [(1150, None)]


FEW_NAMES_PAGE = """Orvel Daily
Regions

Boats reach the valley

Mayor Varn Kessa and regional minister Mara Sorrel said on Oct. 14 that 38 boats had reached the flooded valley \
overnight, carrying food, blankets and drinking water to the farms cut off by the rising river since the weekend.
"""


def test_a_page_that_names_few_takes_its_storys_year_from_two_names_it_shares() -> None:
    docs = _count_pages(("dated", DATED_COUNT_PAGE, "2025-10-13"), ("undated", FEW_NAMES_PAGE, None))
    undated = list(analyze_documents(docs, load_settings()))[1]
    assert isinstance(undated, Record) and undated.provenance is not None
    assert undated.provenance.batch_year == 2025
    assert next(c for c in undated.claims if c.value == 38).as_of == "2025-10-14"


NAMING_PAGE = """Merrow Herald
News

Crowd hurt at Kessa regatta

KESSA, June 2 - Fourteen people were hurt when a stand collapsed at the Kessa regatta on Sunday, the Kessa Harbour \
Police said. Mayor Tomas Varn said the stand had been checked on Friday.

The Orvel Lifeboat Trust said its crews had pulled nine people from the water.
"""

DESCRIBING_PAGE = """Orvel Daily
Regions

Regatta stand had no permit

KESSA, June 3 (Orvel) - The stand that fell had no permit, police said on Monday, and they now count 17 hurt. "We \
have opened an inquiry," police said.

Mayor Tomas Varn said the regatta would go on. The Orvel Lifeboat Trust said its crews were still on the water.
"""


def _described_page(naming_page: str, jobs: int = 1, describing_page: str = DESCRIBING_PAGE) -> Record:
    docs = _count_pages(("named", naming_page, "2025-06-02"), ("described", describing_page, "2025-06-03"))
    record = list(analyze_documents(docs, load_settings(), jobs=jobs))[1]
    assert isinstance(record, Record)
    return record


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_body_a_page_describes_by_its_kind_is_the_one_its_storys_earlier_pages_name(jobs: int) -> None:
    described = _described_page(NAMING_PAGE, jobs)
    assert [c.source for c in described.claims if c.value == 17] == ["Kessa Harbour Police"]
    speaker = next(q.speaker for q in described.quotes if "inquiry" in q.text)
    assert speaker is not None and (speaker.name, speaker.text) == ("Kessa Harbour Police", "police")
    assert described.provenance is not None and described.provenance.batch_names == {"police": "Kessa Harbour Police"}
    assert "'named'" in described.provenance.warnings[-1]
    again = pipeline.reanalyze_record(record_from_dict(described.to_dict()), load_settings())
    assert isinstance(again, Record)
    assert [c.source for c in again.claims if c.value == 17] == ["Kessa Harbour Police"]


def test_a_name_made_of_a_description_is_the_one_its_storys_earlier_pages_name_in_full() -> None:
    # "the agriculture ministry" is read as "Ministry of Agriculture", a name the page never writes
    naming = NAMING_PAGE + "\nThe Ministry of Agriculture and Fisheries said 40 boats had been damaged.\n"
    describing = DESCRIBING_PAGE + "\nThe agriculture ministry said 52 boats had been damaged.\n"
    described = _described_page(naming, describing_page=describing)
    assert [c.source for c in described.claims if c.value == 52] == ["Ministry of Agriculture and Fisheries"]


def test_a_shorter_name_of_a_storys_body_is_no_other_but_two_countries_bodies_are_two() -> None:
    farming = pipeline._Story(
        bodies={"Ministry of Farming and Fisheries": "a", "Kessan Ministry of Farming": "b"}, places=set()
    )
    assert pipeline.BatchNames._named("farming ministry", set(), farming) == "Ministry of Farming and Fisheries"
    assert pipeline.BatchNames._named("farming ministry", {"Orvel Farming Ministry"}, farming) is None
    defence = pipeline._Story(
        bodies={"Kessan Ministry of Defence": "a", "Ministry of Defence of Orvel": "b"}, places={"kess", "orvel"}
    )
    assert pipeline.BatchNames._named("Ministry of Defence", set(), defence) is None


def test_a_description_owned_by_a_place_fits_a_name_opening_on_its_peoples_word() -> None:
    story = pipeline._Story(bodies={"Kessan Port Authority": "a", "Kessa Anglers Club": "b"}, places={"kess"})
    assert pipeline.BatchNames._named("Kessa's port authority", set(), story) == "Kessan Port Authority"
    assert pipeline.BatchNames._named("Orvel's port authority", set(), story) is None
    # a body's kind as its name writes it: "the army" of the Kessan Armed Forces
    forces = pipeline._Story(bodies={"Kessan Armed Forces": "a", "Kessa Harbour Police": "b"}, places={"kess"})
    assert pipeline.BatchNames._named("army", set(), forces) == "Kessan Armed Forces"
    crews = pipeline._Story(bodies={"Kessa Emergency Medical Service": "a", "Kessa Fire Service": "b"}, places=set())
    assert pipeline.BatchNames._named("ambulance service", set(), crews) == "Kessa Emergency Medical Service"


def test_a_described_body_stays_described_when_its_story_names_two_of_its_kind_or_another_story_names_it() -> None:
    two_forces = NAMING_PAGE + "\nThe Merrow City Police sent four officers to help.\n"
    other_story = NAMING_PAGE.replace("Tomas Varn", "Ivo Tarrant").replace("Kessa", "Pellar")
    other_story = other_story.replace("Orvel Lifeboat Trust", "Varn Rowing Club")
    for naming_page in (two_forces, other_story):
        described = _described_page(naming_page)
        assert [c.source for c in described.claims if c.value == 17] == ["police"]
        assert described.provenance is not None and not described.provenance.batch_names
