"""Several processes on one ledger (both backends): concurrent writers duplicate nothing, queries read
read-only and never wait for a writer, a missing ledger is an error for every command but ingest."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import Backend, sql
from newsledger.cli import cli
from newsledger.errors import StoreError
from newsledger.ledger import Ledger
from newsledger.ledger.speakers import skeleton
from newsledger.ledger.synthetic import place_names, synthetic_records
from newsledger.record import Record
from newsledger.settings import Settings


def _records(n: int) -> list[Record]:
    """Records quoting and citing a small pool of people, so the writers keep meeting the same speakers."""
    records = list(synthetic_records(n, words=60, speakers=40))
    surnames = place_names(40, seed=13)
    # no two surnames of the pool may be one person's transliterations: then any order of arrival gives
    # the same speakers, and a difference can only be a duplicate
    assert len({skeleton(s.lower()) for s in surnames}) == len(surnames)
    return records


def _write(path: Path, records: list[Record]) -> Path:
    path.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in records), encoding="utf-8")
    return path


def _ingest(db: str, path: Path, *extra: str) -> subprocess.Popen[bytes]:
    """An ingest process; what it says goes to PATH.log."""
    command = [sys.executable, "-m", "newsledger", "ingest", "--records", str(path), "--db", db, "--no-progress"]
    with path.with_suffix(".log").open("wb") as log:
        return subprocess.Popen([*command, *extra], stdout=log, stderr=subprocess.STDOUT)


def _log(path: Path) -> str:
    return path.with_suffix(".log").read_text(encoding="utf-8", errors="replace")


def _speakers(db: str) -> dict[str, tuple[int, int, list[str]]]:
    with Ledger(db, readonly=True) as ledger:
        return {r["name"]: (r["quotes"], r["claims"], sorted(r["aliases"])) for r in ledger.speakers()}


def test_ledger_four_concurrent_writers_give_one_ingest(tmp_path: Path, backend: Backend) -> None:
    records = _records(80)
    inputs = [
        _write(tmp_path / "a.jsonl", records[:56]),
        _write(tmp_path / "b.jsonl", records[24:]),
        _write(tmp_path / "c.jsonl", records[12:68][::-1]),
        _write(tmp_path / "d.jsonl", records[::2] + records[1::2]),
    ]
    shared = backend.target()
    procs = [_ingest(shared, path, "--batch-size", "5") for path in inputs]
    for proc, path in zip(procs, inputs, strict=True):
        assert proc.wait(timeout=300) == 0, _log(path)

    single = backend.target()
    everything = _write(tmp_path / "all.jsonl", records)
    assert _ingest(single, everything).wait(timeout=300) == 0, _log(everything)

    count = "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM revisions), (SELECT COUNT(*) FROM quotes), "
    count += "(SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM speakers), (SELECT COUNT(*) FROM speaker_aliases)"
    assert sql(shared, count) == sql(single, count)
    assert sql(shared, "SELECT name FROM speakers GROUP BY name HAVING COUNT(*) > 1") == []
    assert _speakers(shared) == _speakers(single)  # names, aliases, and every quote and claim under one of them
    with Ledger(shared, readonly=True) as ledger:
        assert ledger.integrity_check() == "ok"


def test_ledger_queries_read_while_a_writer_ingests(tmp_path: Path, backend: Backend) -> None:
    db = backend.target()
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(50, words=60))
    # far more than the queries need: the writer is stopped once they are answered, and on a fast server 3,000
    # records were all stored before the thirtieth query
    big = _write(tmp_path / "big.jsonl", list(synthetic_records(12_000, start=50, words=60)))
    writer = _ingest(db, big, "--batch-size", "100")
    runner = CliRunner()
    try:
        deadline = time.monotonic() + 120
        while sql(db, "SELECT COUNT(*) FROM articles") == [(50,)] and time.monotonic() < deadline:
            time.sleep(0.05)  # until the writer's first batch is in: the queries below read while it writes
        answered = 0
        while writer.poll() is None and answered < 30:
            for args in (["stats"], ["timeline", "killed"], ["search", "people"], ["speakers", "--limit", "3"]):
                result = runner.invoke(cli, [*args, "--db", db, "--format", "json"])
                assert result.exit_code == 0, result.output
                assert "locked" not in result.output
                answered += 1
        assert writer.poll() is None, "the ingest ended before the queries: give it more records"
    finally:
        writer.terminate()  # enough: the kill -9 test shows what an interrupted ingest leaves
        writer.wait(timeout=60)
    assert answered >= 30
    with Ledger(db, readonly=True) as ledger:
        assert ledger.stats()["articles"] > 50 and ledger.integrity_check() == "ok"


def test_ledger_missing_is_an_error_but_for_ingest(tmp_path: Path, backend: Backend) -> None:
    missing = str(tmp_path / "no-such.db") if backend.name == "sqlite" else backend.target()  # PG: an empty schema
    runner = CliRunner()
    for args in (
        ["stats"],
        ["timeline", "killed"],
        ["quotes", "--speaker", "X"],
        ["search", "x"],
        ["speakers"],
        ["speakers", "merge", "A", "B"],
        ["speakers", "split", "A", "B"],
        ["article", "1"],
        ["export"],
        ["migrate"],
    ):
        result = runner.invoke(cli, [*args, "--db", missing])
        assert result.exit_code == 1, (args, result.output)
        assert "[E090]" in result.output and "Traceback" not in result.output, args
    if backend.name == "sqlite":
        assert not Path(missing).exists()
    else:
        import psycopg

        with psycopg.connect(missing) as conn:
            tables = conn.execute("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()
        assert tables == (0,)
    records = _write(tmp_path / "r.jsonl", list(synthetic_records(2, words=40)))
    assert runner.invoke(cli, ["ingest", "--records", str(records), "--db", missing]).exit_code == 0
    assert json.loads(runner.invoke(cli, ["stats", "--db", missing, "--format", "json"]).output)["articles"] == 2


def test_ledger_query_writes_nothing(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(5, words=40))
    with Ledger(db, readonly=True) as ledger:
        assert ledger.stats()["articles"] == 5
        with pytest.raises(StoreError, match=r"\[E096\]"):
            ledger.ingest(synthetic_records(1, start=9, words=40))
    with Ledger(db, readonly=True) as ledger:
        assert ledger.stats()["articles"] == 5


def _as_nobody() -> tuple[str, dict[str, Any]]:
    """A Python that user nobody can run (this one may sit in root's home), and how to run it as nobody."""
    import pwd

    nobody = pwd.getpwnam("nobody")
    run_as: dict[str, Any] = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
    # the same interpreter version elsewhere, reading this one's import path
    path = os.pathsep.join(p for p in sys.path if p and Path(p).is_dir())
    run_as["env"] = {**os.environ, "PYTHONPATH": path}
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, f"/usr/bin/{version}", f"/usr/local/bin/{version}"):
        try:
            subprocess.run([python, "-c", "import newsledger.cli"], capture_output=True, check=True, **run_as)
        except (OSError, subprocess.CalledProcessError):
            continue
        return python, run_as
    pytest.skip("running as root, and user nobody can run no Python with newsledger: no way to test a read-only file")


def test_ledger_read_only_file_can_be_queried(tmp_path: Path) -> None:
    """A ledger on a read-only file in a read-only folder (say, a shared archive) answers queries."""
    folder = Path(tempfile.mkdtemp(prefix="newsledger-ro-"))
    try:
        db = folder / "archive.db"
        with Ledger(db) as ledger:
            ledger.ingest(synthetic_records(5, words=40))
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        folder.chmod(0o555)
        python, run_as = sys.executable, {}
        if os.geteuid() == 0:  # root ignores file modes: query as nobody
            python, run_as = _as_nobody()
        result = subprocess.run(
            [python, "-m", "newsledger", "stats", "--db", str(db), "--format", "json"],
            capture_output=True,
            text=True,
            check=False,
            **run_as,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["articles"] == 5
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_ledger_query_time_limit(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(3, words=40))
    endless = (
        "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 100000000) SELECT COUNT(*) FROM r"
    )
    with Ledger(db, Settings(query_timeout=0.3), readonly=True) as ledger:
        started = time.monotonic()
        limit = r"\[E093\] the query ran longer than query_timeout \(0.3 s\)"
        with pytest.raises(StoreError, match=limit), ledger._reading() as session:
            session.all(endless)
        assert time.monotonic() - started < 30
        assert ledger.stats()["articles"] == 3  # the ledger answers the next query
        with ledger._reading(limited=False) as session:  # exports have no limit
            assert session.all("SELECT COUNT(*) FROM articles") == [(3,)]
