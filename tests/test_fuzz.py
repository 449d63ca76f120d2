"""A derandomised slice of ``benchmarks/fuzz.py`` through ``newsledger analyze --jsonl`` (issue 13).

The full run (100,000 inputs) is a benchmark; this slice of the same generator, with a fixed seed,
keeps the invariants in CI: no crash, one output per input line in order, every span on the body,
every rejection with a stage, a reason and a detail.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from fuzz import FuzzReport, check_batch, fuzz_line, write_batch


@pytest.mark.issue(13)
def test_fuzz_slice_through_analyze_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "fuzz.jsonl"
    expects = write_batch(path, 80, seed=2026)
    assert {e.kind for e in expects} == {"body", "text", "html", "bad"}
    result = CliRunner().invoke(cli, ["analyze", "--jsonl", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    report = FuzzReport()
    check_batch(report, path, expects, result.stdout, result.stderr, result.exit_code)
    assert report.inputs == 80 and report.outputs == sum(e.output for e in expects)
    assert not report.failures, report.examples
    assert report.rejections and report.records


def test_fuzz_generator_is_deterministic_and_hostile() -> None:
    lines = [fuzz_line(random.Random(i))[0] for i in range(300)]
    assert lines == [fuzz_line(random.Random(i))[0] for i in range(300)]
    joined = b"\n".join(lines)
    assert b"\\ud8" in joined or b"\\ud9" in joined or b"\\udc" in joined  # lone surrogates, as JSON escapes
    assert b'"is_body": "false"' in joined or b'"is_body": "true"' in joined
    assert b"\xff" in joined or b"\xe9" in joined  # bytes that are not UTF-8
