"""The ledger's Python API: the same operations as the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.ledger.api import ingest, ingest_records, open_ledger
from newsledger.ledger.synthetic import synthetic_records
from newsledger.settings import Settings

STORY = Path(__file__).resolve().parent / "fixtures" / "story"


def test_ledger_api_ingest_files_and_records(tmp_path: Path, db: str) -> None:
    settings = Settings(db_path=str(db))
    report = ingest(
        STORY / "01-continental-press.txt",
        STORY / "02-harbour-times-wire.txt",
        tmp_path / "missing.txt",
        settings=settings,
    )
    assert (report.added, report.rejected) == (2, 1)
    assert report.rejections[0].reason == "not_found"
    records = tmp_path / "r.jsonl"
    records.write_text(
        "".join(json.dumps(r.to_dict()) + "\n" for r in synthetic_records(5, words=60)), encoding="utf-8"
    )
    assert ingest_records(records, db=db).added == 5
    assert ingest_records(records, db=db).unchanged == 5
    with open_ledger(settings=settings) as ledger:
        stats = ledger.stats()
        assert stats["articles"] == 7 and stats["copies"] == 1 and stats["rejections"] == 1
        assert ledger.search("Tellerburg")
