"""Shared test fixtures. Tests needing ../shared are marked ``shared`` and skip when it is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI runs the same examples every time (a red CI must mean a regression); locally they vary.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).resolve().parent / "golden" / "baseline.json"
EXAMPLES = ROOT / "src" / "newsledger" / "examples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason=f"../shared (real evaluation articles) is not beside the checkout: {SHARED}")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


def baseline_floor(key: str) -> Any:
    """The pinned score floor for ``key`` (floors only go up: see benchmarks/gate.py)."""
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    if key not in floors:
        pytest.fail(f"no floor {key!r} in {BASELINE}")
    return floors[key]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"../shared is absent: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsledger.nlp.engine import load_nlp

    return load_nlp()
