"""Story dev set: analyse every ``NNN.txt`` of ``../shared/eval/story-dev``, write ``NNN.json`` records to a
directory and score them with ``../shared/eval/score_record.py --dir``.

    .venv/bin/python benchmarks/story_dev.py [--out DIR]

Each text is analysed with ``reference_date`` = the manifest's ``published`` when it is not null. Besides the
scorer's own lines this prints the claim precision on attributed claims only: the gold lists figures in the
outlet's own voice apart (``unattributed_figures``), so every such figure we report (with ``source`` null, as
the record contract asks) counts as an extra claim in the scorer's precision.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from newsledger.api import analyze
from newsledger.settings import load_settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
STORY = SHARED / "eval" / "story-dev"
SCORER = SHARED / "eval" / "score_record.py"
# the measures of the story dev gold (``measure``); everything else is "other" there
STORY_MEASURES = {"killed", "injured", "missing", "rescued", "displaced"}


def write_records(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for line in (STORY / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        settings = load_settings(reference_date=entry["published"]) if entry["published"] else load_settings()
        for result in analyze(STORY / entry["file"], settings=settings):
            data = result.to_dict()
            (out / entry["file"].replace(".txt", ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1))


def attributed_precision(out: Path) -> tuple[int, int]:
    """(attributed system claims whose value is a gold claim's value, attributed system claims)."""
    hit = total = 0
    for gpath in sorted(STORY.glob("*.gold.json")):
        gold = json.loads(gpath.read_text())
        rpath = out / gpath.name.replace(".gold.json", ".json")
        if not rpath.exists():
            continue
        values: list[float] = []
        for c in gold["claims"]:
            values += [float(v) for v in (c.get("value"), c.get("low"), c.get("high")) if isinstance(v, int | float)]
        for c in json.loads(rpath.read_text()).get("claims", []):
            if c.get("source") is None:
                continue
            total += 1
            mine = {float(v) for v in (c.get("value"), c.get("low"), c.get("high")) if isinstance(v, int | float)}
            if mine & set(values):
                hit += 1
                values.remove(next(iter(mine & set(values))))
    return hit, total


def story_measure(measure: str | None) -> str:
    """A claim's open ``measure`` in the story dev gold's closed vocabulary: any other measure is "other"."""
    return measure if measure in STORY_MEASURES else "other"


def about_agreement(out: Path) -> tuple[int, int, int]:
    """On attributed claims matched to a gold claim by value: (measure right, matched, gold place named).

    The measure is the record's ``measure`` folded into the gold's vocabulary; the place counts as named when
    the first word of the gold ``scope`` ("Hatay" of "Hatay province, Turkey") is in our ``place``.
    """
    measure_ok = matched = place_ok = 0
    for gpath in sorted(STORY.glob("*.gold.json")):
        rpath = out / gpath.name.replace(".gold.json", ".json")
        if not rpath.exists():
            continue
        gold = list(json.loads(gpath.read_text())["claims"])
        for c in json.loads(rpath.read_text()).get("claims", []):
            if c.get("source") is None or c.get("value") is None:
                continue
            g = next((x for x in gold if x.get("value") == c["value"]), None)
            if g is None:
                continue
            gold.remove(g)
            matched += 1
            measure_ok += story_measure(c.get("measure")) == g.get("measure")
            key = re.split(r"[\s,]", g.get("scope") or "")[0].lower()
            place_ok += bool(key) and key in (c.get("place") or "").lower()
    return measure_ok, matched, place_ok


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="directory for the NNN.json records")
    args = parser.parse_args(argv)
    if not STORY.exists():
        print(f"skipped: {STORY} is absent", file=sys.stderr)
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="story-dev-"))
    write_records(out)
    subprocess.run([sys.executable, str(SCORER), "--dir", str(STORY), str(out)], check=True)
    hit, total = attributed_precision(out)
    precision = hit / total if total else 0.0
    print(f"attributed claims (source not null): {total}, value in gold {hit}, precision {precision:.3f}")
    measure_ok, matched, place_ok = about_agreement(out)
    print(f"about on {matched} matched attributed claims: measure right {measure_ok}, gold place named {place_ok}")
    print(f"records in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
