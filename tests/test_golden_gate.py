"""The golden corpus is the one the floors were measured on, and the floors only go up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "benchmarks" / "gate.py"
sys.path.insert(0, str(GATE.parent))
from gate import corpus_hashes  # noqa: E402


@pytest.mark.shared
def test_corpus_is_the_pinned_one() -> None:
    pinned = json.loads((ROOT / "tests" / "golden" / "corpus.sha256.json").read_text(encoding="utf-8"))
    changed = sorted(k for k, v in corpus_hashes().items() if pinned.get(k) != v)
    assert not changed, f"../shared changed since the floors were pinned: {changed[:5]}"


def test_gate_refuses_to_lower_a_floor(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"score": 0.5}')
    code = (
        "import sys, gate; from pathlib import Path; gate.BASELINE = Path(sys.argv[1]); "
        "sys.exit(gate.main(sys.argv[2:]))"
    )
    run = [sys.executable, "-c", code, str(baseline)]
    env = {"PYTHONPATH": str(GATE.parent)}
    lowered = subprocess.run([*run, "set", "score=0.4"], capture_output=True, text=True, env=env, check=False)
    assert lowered.returncode == 1 and "refusing" in lowered.stdout
    assert json.loads(baseline.read_text())["score"] == 0.5
    raised = subprocess.run([*run, "set", "score=0.6"], capture_output=True, text=True, env=env, check=False)
    assert raised.returncode == 0 and json.loads(baseline.read_text())["score"] == 0.6
    forced = [*run, "set", "score=0.1", "--allow-lower"]
    assert subprocess.run(forced, capture_output=True, env=env, check=False).returncode == 0
