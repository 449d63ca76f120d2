"""Quote attribution on PolNeAR: run newsledger over the articles and score with the shared scorer.

    .venv/bin/python benchmarks/polnear.py [--split dev|train] [--gold FILE] [--out /tmp/polnear.jsonl]
                                           [--limit N | --sample N [--seed S]]

``--split dev`` (the default, 84 articles) is the set we report; ``--split train`` (840 articles, about ten
minutes) is the one to develop on. ``--limit N`` keeps the first N articles, ``--sample N`` N articles drawn
at random (``--seed``, default 0), for quick runs.

Each article goes through the pipeline as ``{"id", "text", "is_body": true}`` (so offsets are offsets into
the gold text), and ``../shared/eval/score_polnear.py`` scores the records.

The records are scored as newsledger writes them: the quotes stage draws contents the way PolNeAR does
(a reported clause starts at its complementiser, "said *that* …"; one attribution covers a speaker's
quoted turn in a paragraph, '“A,” she said. “B.”', with the fragments in ``spans``). One mapping from
records to attributions (``attributions``): the record lists the quoted clause of a mixed quote ('said
the delay is fine because “the budget was never the problem”') again as a direct quote of its own, for
readers who want the speaker's exact words; that is the same attribution (same cue, same speaker, a
fragment of the same content), which PolNeAR counts once, so it is left out here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsledger.inputs import document_from_string
from newsledger.pipeline import analyze_documents
from newsledger.record import Record
from newsledger.settings import load_settings

__all__ = ["SHARED", "attributions", "run", "score"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPLITS = {name: SHARED / "eval" / "polnear" / f"{name}.jsonl" for name in ("dev", "train")}
SCORER = SHARED / "eval" / "score_polnear.py"


def _records(articles: list[dict[str, Any]]) -> Iterator[Record]:
    """Every article through the whole pipeline, as an already clean body (``is_body``)."""
    docs = [document_from_string(a["text"], id=a["id"], kind="text", is_body=True) for a in articles]
    for result in analyze_documents(docs, load_settings()):
        if not isinstance(result, Record):
            raise SystemExit(f"newsledger rejected {result.id}: {result.reason} ({result.detail})")
        yield result


def attributions(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The record's quotes as attributions: a direct quote that repeats a fragment of a mixed quote with
    the same cue and speaker is that mixed attribution's own words, not an attribution of its own."""

    def repeats(q: dict[str, Any], other: dict[str, Any]) -> bool:
        return (
            q["kind"] == "direct"
            and other["kind"] == "mixed"
            and other["start"] <= q["start"]
            and q["end"] <= other["end"]
            and q.get("cue") == other.get("cue")
            and q.get("speaker") == other.get("speaker")
        )

    return [q for q in quotes if not any(repeats(q, other) for other in quotes if other is not q)]


def run(gold: Path, out: Path, *, limit: int | None = None, sample: int | None = None, seed: int = 0) -> Path:
    """Analyse the gold articles and write one record per line to ``out``; returns the (possibly cut) gold."""
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if sample is not None and sample < len(articles):
        keep = sorted(random.Random(seed).sample(range(len(articles)), sample))
        articles = [articles[k] for k in keep]
    if limit is not None or sample is not None:
        articles = articles[:limit]
        cut = out.with_suffix(".gold.jsonl")
        cut.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        gold = cut
    with out.open("w", encoding="utf-8") as fh:
        for record in _records(articles):
            row = record.to_dict()
            row["quotes"] = attributions(row["quotes"])
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return gold


def score(gold: Path, out: Path) -> tuple[str, dict[str, float]]:
    """Run the shared scorer; returns its report (warnings first) and the summary figures."""
    run = subprocess.run([sys.executable, str(SCORER), str(gold), str(out)], capture_output=True, text=True, check=True)
    # "record body differs from the gold text" means the pipeline changed an is_body input: say so
    report = run.stderr + run.stdout
    m = re.search(r"content-span F1 ([\d.]+) source-span F1 ([\d.]+) linked F1 ([\d.]+)", report)
    if m is None:
        raise SystemExit(f"unexpected scorer output:\n{report}")
    return report, {"content_f1": float(m[1]), "source_f1": float(m[2]), "linked_f1": float(m[3])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev")
    ap.add_argument("--gold", type=Path, help="a gold file in PolNeAR format (overrides --split)")
    # one file per run by default: two runs at once (dev and train) must not write each other's records
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / f"newsledger-polnear-{os.getpid()}.jsonl")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--sample", type=int, help="N articles drawn at random")
    ap.add_argument("--seed", type=int, default=0, help="seed of --sample")
    args = ap.parse_args()
    gold_path = args.gold or SPLITS[args.split]
    if not gold_path.exists():
        raise SystemExit(f"no PolNeAR gold at {gold_path} (needs ../shared beside the checkout)")
    gold = run(gold_path, args.out, limit=args.limit, sample=args.sample, seed=args.seed)
    report, _ = score(gold, args.out)
    print(report, end="")


if __name__ == "__main__":
    main()
