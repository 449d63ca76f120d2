"""kill -9 during an ingest, then the same ingest again: no corruption, no duplicates, nothing lost (both backends)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import Backend, sql
from newsledger.errors import StoreError
from newsledger.ledger import Ledger
from newsledger.ledger.synthetic import synthetic_records

# records, and how many must be stored when the kill comes (PostgreSQL's ingest is slower on a loaded machine)
SIZES = {"sqlite": (10_000, 600), "postgresql": (2_000, 200)}


def _stored(db: str) -> int:
    try:
        return int(sql(db, "SELECT COUNT(*) FROM articles")[0][0])
    except StoreError:
        return 0  # not created yet


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_ledger_kill_9_then_ingest_again(tmp_path: Path, backend: Backend) -> None:
    n, kill_at = SIZES[backend.name]
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as fh:
        for record in synthetic_records(n, words=120):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    db = backend.target()
    command = [sys.executable, "-m", "newsledger", "ingest", "--records", str(big), "--db", db]
    command += ["--batch-size", "200", "--no-progress"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if _stored(db) >= kill_at:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed: make N larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    partial = _stored(db)
    assert 0 < partial < n

    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{n - partial} added" in done.stderr and f"{partial} unchanged" in done.stderr

    with Ledger(db, readonly=True) as ledger:
        assert ledger.integrity_check() == "ok"  # the backend's check, and every text index row against its row
    assert sql(db, "SELECT COUNT(*), COUNT(DISTINCT record_id), COUNT(DISTINCT key) FROM articles") == [(n, n, n)]
    assert sql(db, "SELECT COUNT(*) FROM revisions") == [(n,)]
    assert sql(db, "SELECT COUNT(*) FROM quotes") == [(n,)]
    assert sql(db, "SELECT COUNT(*) FROM claims") == [(3 * n,)]
    assert sql(db, "SELECT COUNT(*) FROM articles_fts") == [(n,)]
    assert sql(db, "SELECT COUNT(*) FROM claims_fts") == [(3 * n,)]
    assert sql(db, "SELECT COUNT(DISTINCT article_id) FROM minhash_bands") == [(n,)]
    assert (
        sql(db, "SELECT COUNT(*), COUNT(DISTINCT name) FROM speakers")[0][0]
        == sql(db, "SELECT COUNT(DISTINCT name) FROM speakers")[0][0]
    )
    ids = {row[0] for row in sql(db, "SELECT record_id FROM articles")}
    assert ids == {f"synthetic-{i}" for i in range(n)}
