"""kill -9 during an ingest of 10k records, then the same ingest again: no corruption, no duplicates, nothing lost."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsledger.ledger.synthetic import synthetic_records

N = 10_000


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute(sql).fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not created yet


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_ledger_kill_9_then_ingest_again(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as fh:
        for record in synthetic_records(N, words=120):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    db = tmp_path / "ledger.db"
    command = [
        sys.executable,
        "-m",
        "newsledger",
        "ingest",
        "--records",
        str(big),
        "--db",
        str(db),
        "--batch-size",
        "200",
        "--no-progress",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _count(db, "SELECT COUNT(*) FROM articles")
        if stored >= 600:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed: make N larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    partial = _count(db, "SELECT COUNT(*) FROM articles")
    assert 0 < partial < N

    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{N - partial} added" in done.stderr and f"{partial} unchanged" in done.stderr

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT COUNT(*), COUNT(DISTINCT record_id) FROM articles").fetchone() == (N, N)
        assert con.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == N
        assert con.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == N
        assert con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 3 * N
        assert con.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == N
        assert con.execute("SELECT COUNT(*) FROM quotes_fts").fetchone()[0] == N
        assert con.execute("SELECT COUNT(*) FROM claims_fts").fetchone()[0] == 3 * N
        assert con.execute("SELECT COUNT(DISTINCT article_id) FROM minhash_bands").fetchone()[0] == N
        ids = {row[0] for row in con.execute("SELECT record_id FROM articles")}
        assert ids == {f"synthetic-{i}" for i in range(N)}
    finally:
        con.close()
