"""Reanalysis: a rule change (a stage's new version) reaches what the ledger stored, in place, resumably."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import sql
from newsledger import pipeline
from newsledger.api import analyze_text
from newsledger.cli import cli
from newsledger.ledger import Ledger
from newsledger.ledger.api import reanalyze, to_reanalyze
from newsledger.record import Record

# fictional articles
TEXTS = {
    "https://harbour.example/1": (
        "2025-03-03",
        "Floods swept through the Teller valley in Norvania on Monday. At least 42 people were killed, the "
        "National Emergency Directorate said on Monday. Rescue teams worked through the night in the villages "
        "along the river, and the army sent boats to reach the farms that were still cut off by the water.",
    ),
    "https://meridian.example/2": (
        "2025-03-05",
        "The death toll from the Teller valley floods in Norvania rose to 57 on Wednesday, the National "
        "Emergency Directorate said. Volunteers handed out food and blankets in the schools where families "
        "sheltered, and engineers began to inspect the bridges on the main road south of the valley.",
    ),
    "https://northline.example/3": (
        "2025-03-06",
        "The Norvanian Red Cross said on Thursday that 61 people had died in the Teller valley floods. Its "
        "volunteers were helping families who had lost their homes, and it asked for donations of clothes, "
        "bedding and clean water for the shelters in the towns along the river.",
    ),
}


def _records() -> list[Record]:
    out = []
    for url, (published, text) in TEXTS.items():
        record = analyze_text(text, is_body=True, url=url, published=published, id=url.rsplit("/", 1)[-1])
        assert isinstance(record, Record)
        out.append(record)
    return out


@pytest.fixture(scope="module")
def analysed() -> list[dict[str, Any]]:
    return [r.to_dict() for r in _records()]


def _stored(db: str, analysed: list[dict[str, Any]]) -> None:
    from newsledger.ledger import record_from_dict

    with Ledger(db) as ledger:
        ledger.ingest([record_from_dict(r) for r in analysed])


def _new_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed claims stage: every figure is now said to count people missing, and its version says so."""
    monkeypatch.setitem(pipeline.STAGE_VERSIONS, "nlp.claims", "news.claims.rules.test-next")
    extract = pipeline.extract_claims

    def missing(*args: Any, **kwargs: Any) -> Any:
        claims = extract(*args, **kwargs)
        for c in claims:
            c.about, c.measure = "people missing", "missing"
        return claims

    monkeypatch.setattr(pipeline, "extract_claims", missing)


def test_ledger_reanalyze_a_rule_change_reaches_the_ledger(
    db: str, analysed: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stored(db, analysed)
    with Ledger(db) as ledger:
        assert to_reanalyze(ledger) == 0  # made by this version's stages
        before = {e.value for e in ledger.timeline("killed")}
        assert {42, 57, 61} <= {int(v) for v in before if v is not None}
        assert ledger.timeline("missing") == []
    revisions = sql(db, "SELECT COUNT(*) FROM revisions")

    _new_rule(monkeypatch)
    with Ledger(db) as ledger:
        assert to_reanalyze(ledger) == 3
        steps: list[int] = []
        report = reanalyze(ledger, batch_size=2, progress=steps.append)
        assert (report.reanalyzed, report.skipped, report.rejected) == (3, 0, 0) and steps == [2, 1]
        # the stored analysis, the claim rows and the timeline all changed; no revision was added
        record = ledger.article("1")["record"]  # type: ignore[index]
        assert {c["measure"] for c in record["claims"]} == {"missing"}
        assert record["provenance"]["stages"]["nlp.claims"] == "news.claims.rules.test-next"
        assert ledger.timeline("killed") == []
        missing = ledger.timeline("missing")
        assert {e.measure for e in missing} == {"missing"} and all(
            e.group.startswith("people missing") for e in missing
        )
        assert {42, 57, 61} <= {int(e.value) for e in missing if e.value is not None}
        assert to_reanalyze(ledger) == 0
    assert sql(db, "SELECT COUNT(*) FROM revisions") == revisions
    assert sql(db, "SELECT DISTINCT measure FROM claims") == [("missing",)]
    assert sql(
        db,
        "SELECT COUNT(*) FROM revisions r JOIN provenance p ON p.id = r.provenance_id "
        "WHERE p.stages LIKE '%rules.test-next%'",
    ) == [(3,)]
    with Ledger(db) as ledger:
        assert ledger.integrity_check() == "ok"
        assert {s["name"]: s["claims"] for s in ledger.speakers()}["National Emergency Directorate"] >= 2


def test_ledger_reanalyze_goes_on_where_it_stopped(
    db: str, analysed: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stored(db, analysed)
    _new_rule(monkeypatch)
    calls = 0

    def failing(records: list[Record]) -> Iterator[Record]:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # stopped during the second batch
        return pipeline.reanalyze_records(records, ledger.settings)  # type: ignore[return-value]

    with Ledger(db) as ledger:
        with pytest.raises(KeyboardInterrupt):
            ledger.reanalyze(failing, lambda s: bool(pipeline.stale_stages(s)), batch_size=1)
        assert to_reanalyze(ledger) == 2  # the first batch was kept
    result = CliRunner().invoke(cli, ["reanalyze", "--db", db, "--progress"])
    assert result.exit_code == 0, result.output
    assert "2 reanalysed" in result.output and "reanalysing" in result.output
    assert "0 reanalysed" in CliRunner().invoke(cli, ["reanalyze", "--db", db]).output


def test_ledger_reanalyze_stale_stages() -> None:
    current = dict(pipeline.STAGE_VERSIONS)
    assert pipeline.stale_stages(current) == []
    older = {**current, "nlp.claims": "news.claims.rules.v1"}
    assert pipeline.stale_stages(older) == ["nlp.claims"]
    newer = {**current, "nlp.claims": "news.claims.rules.v999"}
    assert pipeline.stale_stages(newer) == []  # written by newer code: not undone
    assert set(pipeline.stale_stages({"synthetic": "news.synthetic.v1"})) == {
        s for s in current if s.startswith("nlp.")
    }
