"""Golden tests for attribution on real articles in ../shared: the seed and PolNeAR dev.

Floors live in tests/golden/baseline.json (``seed_quotes_*``, ``polnear_*``); raise them with
``benchmarks/gate.py set`` when the extractor gets better.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import baseline_floor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "dawn-2024-10-29-north-korea-troops.txt"
SEED_GOLD = SHARED / "gold" / "dawn-2024-10-29-north-korea-troops.json"
POLNEAR = SHARED / "eval" / "polnear" / "dev.jsonl"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.exists(), reason=f"../shared (real evaluation articles) is absent: {SHARED}"),
]


def _score_seed(tmp_path: Path) -> str:
    from newsledger.api import analyze

    record = next(iter(analyze(SEED)))
    out = tmp_path / "seed.json"
    out.write_text(json.dumps(record.to_dict(), ensure_ascii=False), encoding="utf-8")
    scorer = SHARED / "eval" / "score_record.py"
    run = subprocess.run(
        [sys.executable, str(scorer), str(SEED_GOLD), str(out)], capture_output=True, text=True, check=True
    )
    return run.stdout


def test_quotes_golden_seed(tmp_path: Path) -> None:
    report = _score_seed(tmp_path)
    found = re.search(r"matched (\d+), required gold (\d+)", report)
    direct = re.search(r"direct quotes found: (\d+)/(\d+), speaker right: (\d+)/(\d+)", report)
    speaker = re.search(r"speaker right on matched quotes: (\d+)/(\d+)", report)
    assert found and direct and speaker, report
    assert int(found[1]) >= baseline_floor("seed_quotes_found"), report
    assert int(direct[3]) >= baseline_floor("seed_direct_speaker_right"), report
    assert int(speaker[1]) == int(speaker[2]), f"a matched quote has the wrong speaker:\n{report}"
    assert "WRONG speaker" not in report, report


def test_quotes_golden_polnear(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import polnear
    finally:
        sys.path.pop(0)
    out = tmp_path / "polnear.jsonl"
    gold = polnear.run(POLNEAR, out)
    report, figures = polnear.score(gold, out)
    assert figures["linked_f1"] >= baseline_floor("polnear_linked_f1"), report
    assert figures["content_f1"] >= baseline_floor("polnear_content_f1"), report
    assert figures["source_f1"] >= baseline_floor("polnear_source_f1"), report
