"""The per-document time limit: in one process, in the worker pool (a stuck worker is killed and replaced),
for analyze, ingest and batch alike."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus_helpers import page
from newsledger.api import analyze_text
from newsledger.batch import run_batch
from newsledger.cli import cli
from newsledger.inputs import document_from_string
from newsledger.pipeline import analyze_documents
from newsledger.record import Record, Rejected
from newsledger.settings import load_settings
from newsledger.workers import WorkerPool, hard_limit, time_limit

# about 40,000 words: parsing them takes seconds, far past a limit of a fraction of one
LONG_BODY = " ".join(f"The council of Kessa said on day {n} that {n * 3} homes were damaged." for n in range(3000))
SHORT = "The council of Kessa said on Monday that 40 homes had been damaged by the floods in the valley."


def test_time_limit_interrupts_python_code() -> None:
    from newsledger.workers import DocumentTimeout

    started = time.monotonic()
    with pytest.raises(DocumentTimeout), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - started < 2
    with time_limit(0):  # no limit
        time.sleep(0.01)


def test_time_limit_keeps_a_callers_own_timer() -> None:
    from newsledger.workers import DocumentTimeout

    fired: list[bool] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with time_limit(5):
            time.sleep(0.05)
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] < 0.5  # re-armed with what it had left
        with pytest.raises(DocumentTimeout), time_limit(0.1):
            while True:
                pass
        time.sleep(0.6)
        assert fired == [True]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_an_overrun_is_a_timeout_rejection_and_the_next_document_goes_on() -> None:
    settings = load_settings(time_limit=0.3)
    docs = [
        document_from_string(LONG_BODY, id="long", is_body=True, source="long"),
        document_from_string(SHORT, id="short", is_body=True, source="short"),
    ]
    started = time.monotonic()
    long, short = analyze_documents(docs, settings)
    assert isinstance(long, Rejected) and (long.stage, long.reason, long.id) == ("analyze", "timeout", "long")
    assert "time_limit" in long.detail
    assert isinstance(short, Record)
    assert time.monotonic() - started < 20
    assert isinstance(analyze_text(SHORT, is_body=True, settings=load_settings(time_limit=0)), Record)


def test_analyze_cli_reports_a_timeout(tmp_path: Path) -> None:
    page_file = tmp_path / "long.txt"
    page_file.write_text(LONG_BODY, encoding="utf-8")
    env = {"NEWSLEDGER_TIME_LIMIT": "0.3"}
    result = CliRunner(env=env).invoke(cli, ["analyze", str(page_file)])
    assert result.exit_code == 1 and "[analyze/timeout]" in result.output


def test_a_stuck_worker_is_killed_and_replaced_and_the_batch_goes_on() -> None:
    settings = load_settings(time_limit=1.0)
    docs = [document_from_string(page(n), id=f"p{n}", kind="html", source=f"p{n}") for n in range(4)]
    with WorkerPool(settings, 1) as pool:
        results = pool.map(iter(docs))
        first = next(results)  # the worker is up and has analysed one page
        assert isinstance(first, Record)
        (pid,) = pool.pids()
        os.kill(pid, signal.SIGSTOP)  # stuck where no signal handler runs: only the parent can end it
        started = time.monotonic()
        second = next(results)
        assert isinstance(second, Rejected) and (second.reason, second.id) == ("timeout", "p1")
        assert "replaced" in second.detail
        assert time.monotonic() - started >= hard_limit(1.0) - 0.5
        rest = list(results)
        assert [type(r).__name__ for r in rest] == ["Record", "Record"]
        assert pool.replaced == 1 and pool.pids() != [pid]


def test_a_worker_that_dies_is_a_crashed_rejection(tmp_path: Path) -> None:
    settings = load_settings(time_limit=0)
    docs = [document_from_string(page(n), id=f"p{n}", kind="html", source=f"p{n}") for n in range(3)]
    with WorkerPool(settings, 1) as pool:
        results = pool.map(iter(docs))
        assert isinstance(next(results), Record)
        (pid,) = pool.pids()
        os.kill(pid, signal.SIGSTOP)
        os.kill(pid, signal.SIGKILL)
        died = next(results)
        assert isinstance(died, Rejected) and died.reason == "crashed"
        assert isinstance(next(results), Record)


def test_batch_counts_timeouts(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [{"id": "long", "text": LONG_BODY, "is_body": True}, {"id": "short", "text": SHORT, "is_body": True}]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    report = run_batch([str(batch)], tmp_path / "out", load_settings(time_limit=0.3), jobs=1)
    assert report.records == 1 and report.reasons["analyze/timeout"] == 1


def test_a_missing_model_is_one_clear_error_from_the_pool() -> None:
    from newsledger.errors import NLPError

    settings = load_settings(spacy_model="no_such_pipeline_xx")
    with pytest.raises(NLPError) as info, WorkerPool(settings, 1) as pool:
        list(pool.map([document_from_string(SHORT, id="a", is_body=True)]))
    assert info.value.code == "E041"


def test_ingest_rejects_an_overrun_and_stores_the_rest(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [{"id": "long", "text": LONG_BODY, "is_body": True}, {"id": "short", "text": SHORT, "is_body": True}]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = CliRunner(env={"NEWSLEDGER_TIME_LIMIT": "0.3"}).invoke(cli, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 1
    assert "[analyze/timeout]" in result.output and "1 added" in result.output
