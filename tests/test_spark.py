"""The pipeline on Spark in local[2]: the records of a WARC and a .jsonl batch are the ones `batch` writes.

Marked ``spark``: not part of ``make test``; ``.ci/run`` runs it as its own step after installing
``.[spark]``. Java 17 must be on the machine.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from corpus_helpers import page, warc_of
from newsledger.batch import run_batch
from newsledger.ledger import read_records
from newsledger.record import Record, Rejected
from newsledger.settings import load_settings

pytestmark = pytest.mark.spark


def _results(folder: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for r in read_records(folder):
        if isinstance(r, Record):
            assert r.provenance is not None
            out[r.provenance.source or r.id] = r.to_dict()
        else:
            assert isinstance(r, Rejected)
            out[r.source or "?"] = (r.stage, r.reason, r.detail)
    return out


def test_spark_local_writes_the_records_batch_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    from newsledger.spark import run_spark

    warc = warc_of(tmp_path / "crawl.warc.gz", 3)
    batch = tmp_path / "batch.jsonl"
    lines = [{"id": "story-9", "html": page(9), "url": "http://news.test/9"}, {"id": "x", "text": ""}]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    inputs = [str(warc), str(batch)]
    settings = load_settings()
    counts = run_spark(inputs, str(tmp_path / "spark"), settings, master="local[2]", partitions=4)
    assert counts["records"] == 4 and counts["rejected_by_reason"] == {
        "read/not_html": 1,
        "read/http_status": 1,
        "read/empty": 1,
    }
    assert list((tmp_path / "spark" / "records").glob("part-*.parquet"))
    run_batch(inputs, tmp_path / "batch", settings, jobs=1, fmt="parquet")
    spark, local = _results(tmp_path / "spark"), _results(tmp_path / "batch")
    assert len(spark) == 7 and spark == local
    fetched = [r["provenance"].get("fetched") for r in spark.values() if isinstance(r, dict)]
    assert fetched.count("2025-03-04T08:00:00+00:00") == 1
    assert os.environ["PYSPARK_PYTHON"] == sys.executable
