"""The fictional multi-article story in tests/fixtures/story: syndication, speakers, timelines, CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsledger.api import analyze_text
from newsledger.cli import cli
from newsledger.ledger import Ledger
from newsledger.record import Article, Claim, Cue, Provenance, Quote, Record, Speaker

STORY = Path(__file__).resolve().parent / "fixtures" / "story"
WIRE, HARBOUR, MERIDIAN, NORTHLINE, HARBOUR_FOLLOWUP, MERIDIAN_FOLLOWUP = range(1, 7)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def story_records() -> list[Record]:
    """The story's articles as hand-built records (offsets found from the annotated texts)."""
    manifest = json.loads((STORY / "story.json").read_text(encoding="utf-8"))
    records = []
    for art in manifest["articles"]:
        body = (STORY / art["file"]).read_text(encoding="utf-8").strip()
        quotes = []
        for q in art["quotes"]:
            start, end = _span(body, q["text"])
            m_start = body.index(q["mention"], end)
            cue_start = body.index("said" if "said" in body[end : end + 60] else "told", end)
            quotes.append(
                Quote(
                    kind=q["kind"],
                    text=q["text"],
                    start=start,
                    end=end,
                    cue=Cue(body[cue_start : cue_start + 4], cue_start, cue_start + 4),
                    speaker=Speaker(
                        name=q["speaker"],
                        text=q["mention"],
                        start=m_start,
                        end=m_start + len(q["mention"]),
                        type=q["type"],
                        title=q.get("title"),
                    ),
                )
            )
        claims = []
        for c in art["claims"]:
            start, end = _span(body, c["evidence"])
            claims.append(
                Claim(
                    value=c["value"],
                    unit=c["unit"],
                    about=c["about"],
                    text=c["evidence"],
                    start=start,
                    end=end,
                    qualifier=c.get("qualifier"),
                    source=c["source"],
                    as_of=c["as_of"],
                    revises=c.get("revises"),
                )
            )
        records.append(
            Record(
                id=art["id"],
                article=Article(
                    body=body,
                    url=art["url"],
                    title=art["title"],
                    publisher=art["publisher"],
                    published=art["published"],
                    language="en",
                ),
                quotes=quotes,
                claims=claims,
                provenance=Provenance(
                    package_version="test", stages={"nlp.claims": "hand.built.v1"}, source=art["file"]
                ),
            )
        )
    return records


@pytest.fixture
def ledger(db: str) -> Any:
    with Ledger(db) as led:
        led.ingest(story_records())
        yield led


def test_ledger_story_syndicated_copies_link_to_the_wire(ledger: Ledger) -> None:
    stats = ledger.stats()
    assert stats["articles"] == 6
    assert stats["copies"] == 3
    assert stats["origins"] == 3  # the wire story and the two follow-ups
    for copy in (HARBOUR, MERIDIAN, NORTHLINE):
        found = ledger.article(copy)
        assert found is not None and found["copy_of"] == WIRE
        assert found["similarity"] >= 0.7
    assert ledger.article(WIRE)["copies"] == [HARBOUR, MERIDIAN, NORTHLINE]  # type: ignore[index]
    for independent in (HARBOUR_FOLLOWUP, MERIDIAN_FOLLOWUP):
        assert ledger.article(independent)["copy_of"] is None  # type: ignore[index]


def test_ledger_story_copy_ingested_first_relinks_to_earliest(db: str) -> None:
    records = story_records()
    with Ledger(db) as led:
        # the Daily Meridian copy (4 March) arrives first, then the wire (3 March), then two copies of 3 March
        led.ingest([records[2], records[0], records[1], records[3]])
        wire = led.article("cp-2025-03-03-floods")
        assert wire is not None and wire["copy_of"] is None
        meridian = led.article("meridian-2025-03-04-floods")
        assert meridian is not None and meridian["copy_of"] == wire["id"]
        # same day as the wire, ingested later: ties go to ingest order
        assert sorted(wire["copies"]) == [1, 3, 4]
        assert led.stats()["origins"] == 1


def test_ledger_story_speakers_merge_spellings(ledger: Ledger) -> None:
    rows = {r["name"]: r for r in ledger.speakers()}
    assert "Tomas Velikov" in rows
    assert not any(name.endswith("Velykov") for name in rows)
    velikov = rows["Tomas Velikov"]
    assert velikov["quotes"] == 5
    assert {"Velikov", "Velykov", "Tomas Velykov"} <= set(velikov["aliases"])
    assert "Interior Minister" in [t["title"] for t in velikov["titles"]]
    assert "National Emergency Directorate" in rows
    assert rows["National Emergency Directorate"]["claims"] == 7
    assert len(ledger.quotes(speaker="Velykov")) == 5
    assert len(ledger.quotes(speaker="Velikov", about="mud grief")) == 1


def test_ledger_story_timeline_flags(ledger: Ledger) -> None:
    entries = [e.to_dict() for e in ledger.timeline("Teller valley floods")]
    killed = [e for e in entries if e["group"] == "people killed"]
    assert [(e["source"], e["value"], e["as_of"]) for e in killed] == [
        ("National Emergency Directorate", 42, "2025-03-03"),
        ("National Emergency Directorate", 57, "2025-03-05"),
        ("Norvanian Red Cross", 61, "2025-03-05"),
    ]
    first, revised, red_cross = killed
    assert len(first["reports"]) == 5 and first["origins"] == 2  # four wire copies + the follow-up's "up from 42"
    assert "superseded" in first["flags"]
    assert "revision" in revised["flags"] and "disagreement" in revised["flags"]
    assert revised["revises"]["value"] == 42
    assert len(revised["reports"]) == 2
    assert red_cross["flags"] == ["disagreement"]
    displaced = [e for e in entries if e["group"] == "people displaced"]
    assert [(e["source"], e["value"]) for e in displaced] == [
        ("Tomas Velikov", 1200),
        ("Tomas Velikov", 3400),
        ("Lena Marchetti", 4500),
    ]
    assert "revision" in displaced[1]["flags"]
    assert displaced[2]["flags"] == []


def test_ledger_story_search_and_export(ledger: Ledger, tmp_path: Path) -> None:
    hits = ledger.search("field kitchens")
    assert {h["article"] for h in hits} == {WIRE, HARBOUR, MERIDIAN, NORTHLINE}
    assert ledger.search("Marchetti Geneva")[0]["article"] == MERIDIAN_FOLLOWUP
    records = list(ledger.rows("records"))
    assert len(records) == 6 and all(r["schema"] == "newsledger.record/2" for r in records)
    claims = list(ledger.rows("claims"))
    assert len(claims) == 15 and all(c["package_version"] == "test" for c in claims)


def test_ledger_story_cli(tmp_path: Path, db: str) -> None:
    records = tmp_path / "story.jsonl"
    records.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in story_records()), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", "--records", str(records), "--db", db])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["ingest", "--records", str(records), "--db", db])
    assert result.exit_code == 0 and "6 unchanged" in result.output
    stats = json.loads(runner.invoke(cli, ["stats", "--db", db, "--format", "json"]).output)
    assert stats["articles"] == 6 and stats["copies"] == 3
    result = runner.invoke(cli, ["timeline", "Teller valley floods", "--db", db, "--format", "json"])
    entries = json.loads(result.output)
    assert any(e["value"] == 57 and "revision" in e["flags"] for e in entries)
    table = runner.invoke(cli, ["timeline", "Teller floods", "--db", db]).output
    assert "Norvanian Red Cross" in table and "disagreement" in table
    assert "Red Cross" in runner.invoke(cli, ["timeline", "died", "--db", db]).output
    out = runner.invoke(cli, ["quotes", "--speaker", "Velykov", "--db", db]).output
    # the wire quote and its three copies are one line listing four reports, plus the follow-up's quote
    assert out.count("Tomas Velikov") == 2
    assert out.count("[article") == 5
    assert "Tomas Velikov" in runner.invoke(cli, ["speakers", "--db", db]).output
    article = runner.invoke(cli, ["article", "cp-2025-03-03-floods", "--db", db])
    assert article.exit_code == 0 and "At least 42 people were killed" in article.output
    assert "\x1b[" not in article.output  # no styling when not a terminal
    assert json.loads(runner.invoke(cli, ["article", "2", "--db", db, "--format", "json"]).output)["id"] == (
        "harbour-2025-03-03-floods"
    )
    assert runner.invoke(cli, ["article", "nope", "--db", db]).exit_code != 0
    result = runner.invoke(cli, ["speakers", "merge", "Tomas Velikov", "Lena Marchetti", "--db", db])
    assert result.exit_code == 0, result.output
    merged = json.loads(runner.invoke(cli, ["speakers", "--db", db, "--format", "json"]).output)
    assert not any(r["name"] == "Lena Marchetti" for r in merged)
    result = runner.invoke(cli, ["speakers", "split", "Tomas Velikov", "Lena Marchetti", "--db", db])
    assert result.exit_code == 0, result.output
    csv_out = runner.invoke(cli, ["export", "--format", "csv", "--table", "claims", "--db", db]).stdout
    assert csv_out.splitlines()[0].startswith("id,article_id,value")
    jsonl = runner.invoke(cli, ["export", "--db", db]).stdout
    assert len([line for line in jsonl.splitlines() if line.startswith("{")]) == 6


def test_ledger_story_parquet_export(tmp_path: Path, db: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    with Ledger(db) as led:
        led.ingest(story_records())
    out = tmp_path / "claims.parquet"
    result = CliRunner().invoke(cli, ["export", "--format", "parquet", "--table", "claims", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == 15


def test_ledger_story_end_to_end_through_the_analyzer(tmp_path: Path, db: str) -> None:
    """The real pipeline on the story's texts: loose checks that do not depend on extraction quality."""
    manifest = json.loads((STORY / "story.json").read_text(encoding="utf-8"))
    batch = tmp_path / "story-inputs.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for art in manifest["articles"]:
            text = (STORY / art["file"]).read_text(encoding="utf-8").strip()
            fh.write(
                json.dumps(
                    {"id": art["id"], "url": art["url"], "published": art["published"], "text": text, "is_body": True}
                )
                + "\n"
            )
    result = CliRunner().invoke(cli, ["ingest", str(batch), "--db", db])
    assert result.exit_code == 0, result.output
    with Ledger(db) as led:
        stats = led.stats()
        assert stats["articles"] == 6
        assert stats["copies"] == 3 and stats["origins"] == 3
        assert stats["quotes"] >= 1
        assert led.search("Velikov")
        record = led.article(WIRE)
        assert record is not None and record["record"]["provenance"]["stages"]
        assert record["revisions"][0]["package_version"]


def test_ledger_story_measure_words_match_synonyms(ledger: Ledger) -> None:
    killed = ledger.timeline("killed Teller")
    assert {e.value for e in killed} == {42, 57, 61}  # "died" and "deaths" too
    assert {e.value for e in ledger.timeline("evacuated")} >= {1200}


def test_ledger_story_revised_origin_leaves_its_copies_grouped(ledger: Ledger) -> None:
    wire = story_records()[0]
    wire.article.body = "Correction: this story has been withdrawn by Continental Press. " * 12
    wire.quotes, wire.claims = [], []
    assert ledger.ingest([wire]).revised == 1
    assert ledger.article(WIRE)["copy_of"] is None  # type: ignore[index]
    assert ledger.article(WIRE)["copies"] == []  # type: ignore[index]
    # the three outlet copies are still copies of one story: now of the earliest of them
    assert [ledger.article(a)["copy_of"] for a in (HARBOUR, MERIDIAN, NORTHLINE)] == [  # type: ignore[index]
        None,
        HARBOUR,
        HARBOUR,
    ]
    assert ledger.stats()["origins"] == 4


def test_ledger_story_examples_revision_partners_share_a_series(db: str) -> None:
    """The packaged examples through the analyzer: a claim and the claim it ``revises`` are one series."""
    from newsledger.api import analyze

    examples = sorted((Path(__file__).resolve().parents[1] / "src" / "newsledger" / "examples").iterdir())
    with Ledger(db) as led:
        led.ingest(analyze(*examples))
        entries = led.timeline("people")
        by_claim = {r.claim_id: e for e in entries for r in e.reports}
        linked = [(by_claim[r.revises_id], e) for e in entries for r in e.reports if r.revises_id in by_claim]
        for earlier, later in linked:
            assert earlier.group == later.group, (earlier.to_dict(), later.to_dict())
            assert "superseded" in earlier.flags and "revision" in later.flags
        for e in entries:
            if "disagreement" in e.flags:
                assert any(
                    o is not e and "disagreement" in o.flags and (o.group, o.as_of) == (e.group, e.as_of)
                    for o in entries
                )


def test_ledger_a_source_known_by_a_short_name_is_placed_by_its_written_full_name(db: str) -> None:
    # "DSB" names no country; "Norway's Directorate for Civil Protection (DSB)" does: the body's figures sit with
    # Norway's, not apart, when the series holds figures of two countries
    texts = [
        "Officials said on Monday that 1,200 people had been evacuated from the valley, according to Norway’s "
        "Directorate for Civil Protection (DSB). The DSB said roads were closed.",
        "About 3,400 people have been evacuated from the valley, the DSB said on Wednesday.",
        "Police said on Tuesday that 2,000 people had been evacuated in Norway.",
        "Police said on Tuesday that 300 people had been evacuated in Sweden.",
    ]
    records = [
        analyze_text(text, is_body=True, published=f"2026-11-1{6 + k}", url=f"https://news{k}.example/a")
        for k, text in enumerate(texts)
    ]
    with Ledger(db) as led:
        led.ingest([r for r in records if isinstance(r, Record)])
        groups = {e.value: e.group for e in led.timeline("evacuated")}
    assert groups[1200] == groups[3400] == groups[2000] != groups[300], groups
