"""Golden tests: claims and dates on the seed article and the story dev set, scored by ../shared's scorer.

Floors come from tests/golden/baseline.json (raise them with benchmarks/gate.py). The real articles are
read from ../shared by path and never copied into the repository; without ../shared these tests skip.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import SHARED, baseline_floor
from newsledger.api import analyze
from newsledger.record import Record
from newsledger.settings import load_settings

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.exists(), reason=f"../shared (real evaluation articles) is absent: {SHARED}"),
]

SEED = SHARED / "seed" / "dawn-2024-10-29-north-korea-troops.txt"
SEED_GOLD = SHARED / "gold" / "dawn-2024-10-29-north-korea-troops.json"
STORY = SHARED / "eval" / "story-dev"
NEWS = SHARED / "eval" / "news-dev"  # 30 pages in six domains, none of which the rules were written on
STORY_MEASURES = {"killed", "injured", "missing", "rescued", "displaced"}  # the gold's; the rest is "other"
TOTAL_KEYS = (
    "checks",
    "checks_ok",
    "q_sys",
    "q_tp",
    "q_req",
    "q_req_tp",
    "q_spk_ok",
    "d_gold",
    "d_tp",
    "d_spk_ok",
    "c_gold",
    "c_sys",
    "c_tp",
    "c_src_ok",
    "c_date_ok",
    "c_date_gold",
    "dt_gold",
    "dt_ok",
)


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_record", SHARED / "eval" / "score_record.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_of(path: Path, published: str | None) -> dict[str, Any]:
    settings = load_settings(reference_date=published) if published else load_settings()
    (result,) = list(analyze(path, settings=settings))
    assert isinstance(result, Record), f"{path.name} was rejected: {result}"
    return result.to_dict()


@pytest.fixture(scope="module")
def seed_totals() -> dict[str, int]:
    totals = dict.fromkeys(TOTAL_KEYS, 0)
    scorer().score_one(json.loads(SEED_GOLD.read_text()), record_of(SEED, "2024-10-29"), totals, verbose=False)
    return totals


@pytest.fixture(scope="module")
def story_records() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold, record) of every story dev text."""
    pairs = []
    for line in (STORY / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        gold = json.loads((STORY / entry["file"].replace(".txt", ".gold.json")).read_text())
        pairs.append((gold, record_of(STORY / entry["file"], entry["published"])))
    return pairs


@pytest.fixture(scope="module")
def story_totals(story_records: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, int]:
    score = scorer()
    totals = dict.fromkeys(TOTAL_KEYS, 0)
    for gold, record in story_records:
        score.score_one(gold, record, totals, verbose=False)
    return totals


def test_claims_golden_seed_claims(seed_totals: dict[str, int]) -> None:
    assert seed_totals["c_tp"] >= baseline_floor("seed_claims_found")
    assert seed_totals["c_src_ok"] >= baseline_floor("seed_claims_source_ok")
    assert seed_totals["c_date_ok"] >= baseline_floor("seed_claims_as_of_ok")


def test_claims_golden_seed_dates(seed_totals: dict[str, int]) -> None:
    assert seed_totals["dt_ok"] >= baseline_floor("seed_dates_ok")


def test_claims_golden_story_dev(story_totals: dict[str, int]) -> None:
    t = story_totals
    recall = t["c_tp"] / t["c_gold"]
    precision = t["c_tp"] / t["c_sys"] if t["c_sys"] else 0.0
    assert recall >= baseline_floor("story_dev_claims_recall")
    assert precision >= baseline_floor("story_dev_claims_precision")
    assert t["c_src_ok"] / t["c_tp"] >= baseline_floor("story_dev_claims_source_right")
    assert t["c_date_ok"] / t["c_date_gold"] >= baseline_floor("story_dev_claims_as_of_right")


def test_claims_golden_story_dev_measure(story_records: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """Our ``measure``, folded into the gold's closed vocabulary (killed, injured, missing, rescued, displaced,
    else other), agrees with the gold's on value-matched claims."""
    right = matched = 0
    for gold, record in story_records:
        pool = list(gold["claims"])
        for c in record["claims"]:
            g = next(
                (x for x in pool if c.get("source") and c.get("value") is not None and x["value"] == c["value"]), None
            )
            if g is not None:
                pool.remove(g)
                matched += 1
                right += (c.get("measure") if c.get("measure") in STORY_MEASURES else "other") == g["measure"]
    assert matched and right / matched >= baseline_floor("story_dev_claims_measure_right")


@pytest.fixture(scope="module")
def news_totals() -> dict[str, int]:
    score = scorer()
    totals = dict.fromkeys(TOTAL_KEYS, 0)
    for line in (NEWS / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        gold = json.loads((NEWS / entry["file"].replace(".txt", ".gold.json")).read_text())
        score.score_one(gold, record_of(NEWS / entry["file"], entry.get("published")), totals, verbose=False)
    return totals


def test_claims_golden_news_dev(news_totals: dict[str, int]) -> None:
    """Direct quotes with the right speaker and figures with the right source, over all gold items."""
    t = news_totals
    assert t["d_spk_ok"] / t["d_gold"] >= baseline_floor("news_dev_direct_speaker_right")
    assert t["c_src_ok"] / t["c_gold"] >= baseline_floor("news_dev_claims_source_right")
    assert t["c_date_ok"] / t["c_date_gold"] >= baseline_floor("news_dev_claims_as_of_right")
