"""The fictional claims benchmark (benchmarks/claims_corpus) stays at its measured level."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "claims.py"


def test_claims_corpus_scores() -> None:
    spec = importlib.util.spec_from_file_location("claims_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    s = bench.score_corpus()
    assert s["precision"] >= 0.9
    assert s["recall"] >= 0.9
    assert s["source_right"] >= 0.9
    assert s["as_of_right"] >= 0.9
    assert s["revises_right"] == 1.0
    assert s["not_claims_reported"] == 0
