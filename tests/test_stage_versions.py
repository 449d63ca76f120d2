"""Stage implementation names are stored in every record's provenance: a rename must be deliberate."""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.pipeline import STAGE_VERSIONS

PINNED = Path(__file__).resolve().parent / "golden" / "stage_versions.json"


def test_stage_versions_are_pinned() -> None:
    assert json.loads(PINNED.read_text(encoding="utf-8")) == STAGE_VERSIONS


def test_stage_names_are_versioned() -> None:
    assert all(name.rsplit(".", 1)[-1].startswith("v") for name in STAGE_VERSIONS.values())
