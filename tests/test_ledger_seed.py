"""The seed acceptance test (ingest twice → one article; the Pentagon's revised troop estimate),
on the real seed through the analyzer, and on a fictional article with a hand-built record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.record import Article, Claim, Cue, Quote, Record, Speaker

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "dawn-2024-10-29-north-korea-troops.txt"

FICTIONAL = (
    "The Defence Ministry of Estaria estimated on Monday that 12,000 Valdorian troops had been moved to the "
    "northern border for exercises, up from 4,000 last Wednesday. Defence Minister Ilse Varga told reporters "
    "that “the build-up is a threat to the whole region” and said Estaria would ask its allies for help. "
    "Valdoria's foreign ministry said the troops were on routine manoeuvres."
)


def _fictional_record() -> Record:
    body = FICTIONAL

    def span(text: str) -> tuple[int, int]:
        start = body.index(text)
        return start, start + len(text)

    q_start, q_end = span("the build-up is a threat to the whole region")
    s_start, s_end = span("Defence Minister Ilse Varga")
    c_start, c_end = span("told reporters")
    late = span("12,000 Valdorian troops")
    early = span("up from 4,000")
    return Record(
        id="estaria-troops",
        article=Article(
            body=body, url="https://estaria-herald.example/troops", published="2025-05-13", publisher="Estaria Herald"
        ),
        quotes=[
            Quote(
                kind="direct",
                text=body[q_start:q_end],
                start=q_start,
                end=q_end,
                cue=Cue("told reporters", c_start, c_end),
                speaker=Speaker(
                    name="Ilse Varga", text=body[s_start:s_end], start=s_start, end=s_end, title="Defence Minister"
                ),
            )
        ],
        claims=[
            Claim(
                value=12000,
                unit="troops",
                about="Valdorian troops moved to the northern border",
                text=body[late[0] : late[1]],
                start=late[0],
                end=late[1],
                source="Defence Ministry",
                as_of="2025-05-12",
                revises=1,
            ),
            Claim(
                value=4000,
                unit="troops",
                about="Valdorian troops (earlier estimate)",
                text=body[early[0] : early[1]],
                start=early[0],
                end=early[1],
                source="Defence Ministry",
                as_of="2025-05-07",
            ),
        ],
    )


def _check_revision(
    entries: list[dict[str, object]], source: str, early: tuple[int, str], late: tuple[int, str]
) -> None:
    mine = {(e["value"], e["as_of"]): e for e in entries if e["source"] == source}
    assert early in mine and late in mine, entries
    assert "revision" in mine[late]["flags"]  # type: ignore[operator]
    assert "revision" in mine[early]["flags"]  # type: ignore[operator]


def test_ledger_seed_fictional_ingested_twice(tmp_path: Path, db: str) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(_fictional_record().to_dict()) + "\n", encoding="utf-8")
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["ingest", "--records", str(records), "--db", db])
        assert result.exit_code == 0, result.output
    assert json.loads(runner.invoke(cli, ["stats", "--db", db, "--format", "json"]).output)["articles"] == 1
    quotes = json.loads(runner.invoke(cli, ["quotes", "--speaker", "Varga", "--db", db, "--format", "json"]).output)
    assert [q["speaker"] for q in quotes] == ["Ilse Varga"]
    entries = json.loads(runner.invoke(cli, ["timeline", "Valdorian troops", "--db", db, "--format", "json"]).output)
    _check_revision(entries, "Defence Ministry", (4000, "2025-05-07"), (12000, "2025-05-12"))


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason=f"the seed article is not beside the checkout: {SEED}")
def test_ledger_seed_ingested_twice(db: str) -> None:
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["ingest", str(SEED), "--db", db])
        assert result.exit_code == 0, result.output
    stats = json.loads(runner.invoke(cli, ["stats", "--db", db, "--format", "json"]).output)
    assert stats["articles"] == 1 and stats["revisions"] == 1
    assert stats["quotes"] > 0 and stats["claims"] > 0
    assert json.loads(runner.invoke(cli, ["quotes", "--speaker", "Rutte", "--db", db, "--format", "json"]).output)
    assert runner.invoke(cli, ["search", "Kursk", "--db", db]).output.strip()
    entries = json.loads(runner.invoke(cli, ["timeline", "North Korean troops", "--db", db, "--format", "json"]).output)
    _check_revision(entries, "Pentagon", (3000, "2024-10-23"), (10000, "2024-10-28"))
