"""Golden test: the story dev set's timeline, scored by ../shared's timeline scorer, against floors.

The 25 pages are analysed (each with its manifest's URL and publication date), stored in a ledger, and the
timelines of the pooled measure words and of one natural query are scored (found, merged, groups per
series). Floors come from tests/golden/baseline.json; the real articles are read from ../shared by path.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re

import pytest

from conftest import SHARED, baseline_floor
from newsledger.api import analyze
from newsledger.ledger import Ledger
from newsledger.record import Record
from newsledger.settings import load_settings

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.exists(), reason=f"../shared (real evaluation articles) is absent: {SHARED}"),
]

STORY = SHARED / "eval" / "story-dev"
MODES = {"measure_words": ("killed", "injured", "rescued", "displaced", "missing"), "earthquake": ("earthquake",)}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    spec = importlib.util.spec_from_file_location("score_timeline", STORY.parent / "score_timeline.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    work = tmp_path_factory.mktemp("timeline")
    records = []
    for line in (STORY / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        settings = load_settings(reference_date=entry["published"]) if entry["published"] else load_settings()
        (record,) = list(analyze(STORY / entry["file"], settings=settings))
        assert isinstance(record, Record)
        record.article.url, record.article.published = entry["url"], record.article.published or entry["published"]
        records.append(record)
    out: dict[str, dict[str, float]] = {}
    with Ledger(work / "story.db") as ledger:
        ledger.ingest(records)
        for mode, queries in MODES.items():
            files = []
            for i, query in enumerate(queries):
                path = work / f"{mode}-{i}.json"
                path.write_text(json.dumps([e.to_dict() for e in ledger.timeline(query)]), encoding="utf-8")
                files.append(str(path))
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                scorer.main([str(STORY), *files])
            found = re.search(r"summary: found (\d+)/(\d+) merged (\d+)/(\d+) series ([\d.]+)", printed.getvalue())
            assert found, printed.getvalue()
            f, fn, m, mn, series = found.groups()
            out[mode] = {"found": int(f) / int(fn), "merged": int(m) / int(mn), "series": float(series)}
    return out


@pytest.mark.parametrize("mode", sorted(MODES))
def test_timeline_golden_story_dev(scores: dict[str, dict[str, float]], mode: str) -> None:
    got = scores[mode]
    assert got["found"] >= baseline_floor(f"story_dev_timeline_{mode}_found")
    assert got["merged"] >= baseline_floor(f"story_dev_timeline_{mode}_merged")
    # groups per gold series, 1.0 at best: its inverse has a floor (floors only go up)
    assert 1 / got["series"] >= baseline_floor(f"story_dev_timeline_{mode}_series_inverse")
