"""The batch runner: records and rejections written as parts, counts by reason, resuming without duplicates
(after a clean stop, a torn write and kill -9), Parquet parts, and ingest --records reading both formats."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus_helpers import page, warc_of
from newsledger.batch import run_batch
from newsledger.cli import cli
from newsledger.ledger import Ledger, read_records
from newsledger.record import Record, Rejected
from newsledger.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def _jsonl(path: Path, count: int, start: int = 0) -> Path:
    lines = [
        json.dumps({"id": f"story-{n}", "html": page(n), "url": f"http://news.test/{n}"}) for n in range(start, count)
    ]
    lines.append(json.dumps({"id": "blank", "text": "   "}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _written(out: Path) -> Counter[str]:
    """How many times each source was written, over every part of the folder."""
    return Counter(
        (r.provenance.source if isinstance(r, Record) and r.provenance else r.source) or "?" for r in read_records(out)
    )


def test_batch_writes_records_and_rejections_and_resumes_without_duplicates(tmp_path: Path) -> None:
    batch = _jsonl(tmp_path / "batch.jsonl", 3)
    warc = warc_of(tmp_path / "crawl.warc.gz", 2)
    out = tmp_path / "out"
    settings = load_settings()
    report = run_batch([str(batch), str(warc)], out, settings, jobs=2, part_size=2)
    assert (report.records, report.rejected) == (5, 3)
    assert report.reasons == Counter({"read/empty": 1, "read/not_html": 1, "read/http_status": 1})
    stats = json.loads((out / "stats.json").read_text())
    assert stats["records"] == 5 and stats["rejected_by_reason"]["read/not_html"] == 1
    assert sorted(p.name for p in (out / "records").glob("*.jsonl")) == [
        "part-00000.jsonl",
        "part-00001.jsonl",
        "part-00002.jsonl",
    ]
    assert set((out / "inputs.done").read_text().split()) == {str(batch), str(warc)}
    written = _written(out)
    assert len(written) == 8 and set(written.values()) == {1}
    # a rerun skips whole inputs that are done; a new input is analysed, the rest is not written again
    more = _jsonl(tmp_path / "more.jsonl", 4, start=3)
    again = run_batch([str(batch), str(warc), str(more)], out, settings, jobs=1)
    assert (again.records, again.rejected, again.skipped_inputs) == (1, 1, 2)
    written = _written(out)
    assert len(written) == 10 and set(written.values()) == {1}
    assert json.loads((out / "stats.json").read_text())["records"] == 6


def test_a_torn_last_line_is_cut_and_its_document_done_again(tmp_path: Path) -> None:
    batch = _jsonl(tmp_path / "batch.jsonl", 3)
    out = tmp_path / "out"
    settings = load_settings()
    run_batch([str(batch)], out, settings, jobs=1)
    # as if killed while writing: the last record half written, its part not closed, the input not marked done
    part = out / "records" / "part-00000.jsonl"
    data = part.read_bytes()
    last = data.rstrip(b"\n").rfind(b"\n") + 1
    part.write_bytes(data[: last + 40])
    part.with_suffix(".keys").unlink()
    (out / "inputs.done").write_text("")
    again = run_batch([str(batch)], out, settings, jobs=1)
    assert (again.records, again.skipped) == (1, 3)
    written = _written(out)
    assert len(written) == 4 and set(written.values()) == {1}


def test_batch_parquet_parts_and_ingest_records_reads_them(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    batch = _jsonl(tmp_path / "batch.jsonl", 2)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(batch), "--out", str(out), "--format", "parquet", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "2 records, 1 rejected (read/empty 1)" in result.output
    import pyarrow.parquet as pq

    table = pq.read_table(out / "records" / "part-00000.parquet")
    assert table.column_names == ["id", "source", "url", "title", "publisher", "published", "fetched", "record"]
    assert sorted(table.column("id").to_pylist()) == ["story-0", "story-1"]
    db = tmp_path / "ledger.db"
    result = CliRunner().invoke(cli, ["ingest", "--records", str(out), "--db", str(db)])
    assert "2 added" in result.output and "1 rejected" in result.output
    with Ledger(db, load_settings()) as ledger:
        assert ledger.stats()["articles"] == 2
    # the JSONL parts of another run go in the same way
    jsonl_out = tmp_path / "jsonl-out"
    run_batch([str(batch)], jsonl_out, load_settings(), jobs=1)
    records = [r for r in read_records(jsonl_out / "records") if isinstance(r, Record)]
    parquet = [r for r in read_records(out / "records") if isinstance(r, Record)]
    assert sorted(r.to_dict()["article"]["body"] for r in records) == sorted(
        r.to_dict()["article"]["body"] for r in parquet
    )
    assert all(isinstance(r, Rejected) for r in read_records(out / "rejections"))


def test_batch_killed_with_sigkill_resumes_without_duplicates(tmp_path: Path) -> None:
    batch = _jsonl(tmp_path / "batch.jsonl", 12)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "newsledger",
        "batch",
        str(batch),
        "--out",
        str(out),
        "-j",
        "1",
        "--part-size",
        "5",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            parts = list((out / "records").glob("*.jsonl")) if (out / "records").exists() else []
            if sum(p.read_bytes().count(b"\n") for p in parts) >= 4:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the runner and its worker, as a crash would
    finally:
        proc.wait()
    first = _written(out)
    assert 4 <= sum(first.values()) < 13
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    written = _written(out)
    assert len(written) == 13 and set(written.values()) == {1}
    assert json.loads((out / "stats.json").read_text())["last_run"]["skipped_documents"] >= 4


def test_a_page_without_a_year_takes_its_storys_year_in_a_batch_run(tmp_path: Path) -> None:
    from test_pipeline import DATED_COUNT_PAGE, UNDATED_COUNT_PAGE

    batch = tmp_path / "count.jsonl"
    batch.write_text(
        json.dumps({"id": "dated", "text": DATED_COUNT_PAGE, "published": "2025-10-13"})
        + "\n"
        + json.dumps({"id": "undated", "text": UNDATED_COUNT_PAGE})
        + "\n",
        encoding="utf-8",
    )
    run_batch([str(batch)], tmp_path / "out", load_settings(), jobs=1)
    undated = next(r for r in read_records(tmp_path / "out") if isinstance(r, Record) and r.id == "undated")
    assert undated.provenance is not None and undated.provenance.batch_year == 2025
    assert next(c for c in undated.claims if c.value == 38).as_of == "2025-10-14"


def test_a_body_a_page_only_describes_takes_its_storys_name_in_a_batch_run(tmp_path: Path) -> None:
    from test_pipeline import DESCRIBING_PAGE, NAMING_PAGE

    batch = tmp_path / "regatta.jsonl"
    batch.write_text(
        json.dumps({"id": "named", "text": NAMING_PAGE, "published": "2025-06-02"})
        + "\n"
        + json.dumps({"id": "described", "text": DESCRIBING_PAGE, "published": "2025-06-03"})
        + "\n",
        encoding="utf-8",
    )
    run_batch([str(batch)], tmp_path / "out", load_settings(), jobs=1)
    described = next(r for r in read_records(tmp_path / "out") if isinstance(r, Record) and r.id == "described")
    assert described.provenance is not None and described.provenance.batch_names == {"police": "Kessa Harbour Police"}
    assert [c.source for c in described.claims if c.value == 17] == ["Kessa Harbour Police"]
