"""The PolNeAR benchmark's mapping from a record's quotes to attributions (benchmarks/polnear.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import polnear
finally:
    sys.path.pop(0)

TEXT = 'The mayor said the delay is fine because "the budget was never the problem at all," aides said.'


def _quote(kind: str, start: int, end: int, cue: int = 10, speaker: str = "The mayor") -> dict[str, Any]:
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "text": TEXT[start:end],
        "cue": {"text": "said", "start": cue, "end": cue + 4},
        "speaker": {"name": speaker, "start": 0, "end": 9},
    }


def test_polnear_attributions_drop_the_quoted_clause_of_a_mixed_quote() -> None:
    mixed = _quote("mixed", 15, 83)
    clause = _quote("direct", 41, 83)
    assert polnear.attributions([mixed, clause]) == [mixed]


def test_polnear_attributions_keep_other_attributions() -> None:
    mixed = _quote("mixed", 15, 83)
    other_cue = _quote("direct", 41, 83, cue=90)  # a cue of its own: another attribution
    other_speaker = _quote("direct", 41, 83, speaker="Aides")
    outside = _quote("direct", 0, 14)
    quotes = [mixed, other_cue, other_speaker, outside]
    assert polnear.attributions(quotes) == quotes
