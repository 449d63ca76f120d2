"""Quote attribution on PolNeAR dev: run newsledger over the articles and score with the shared scorer.

    .venv/bin/python benchmarks/polnear.py [--gold ../shared/eval/polnear/dev.jsonl] [--out /tmp/polnear.jsonl]
                                           [--limit N]

Each article goes through the pipeline as ``{"id", "text", "is_body": true}`` (so offsets are offsets into
the gold text), and ``../shared/eval/score_polnear.py`` scores the records.

The records are scored exactly as newsledger writes them: the quotes stage draws contents the way
PolNeAR does (a reported clause starts at its complementiser, "said *that* …"; one attribution covers a
speaker's quoted turn in a paragraph, '“A,” she said. “B.”', with the fragments in ``spans``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsledger.inputs import document_from_string
from newsledger.pipeline import analyze_documents
from newsledger.record import Record
from newsledger.settings import load_settings

__all__ = ["SHARED", "run", "score"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "polnear" / "dev.jsonl"
SCORER = SHARED / "eval" / "score_polnear.py"


def _records(articles: list[dict[str, Any]]) -> Iterator[Record]:
    """Every article through the whole pipeline, as an already clean body (``is_body``)."""
    docs = [document_from_string(a["text"], id=a["id"], kind="text", is_body=True) for a in articles]
    for result in analyze_documents(docs, load_settings()):
        if not isinstance(result, Record):
            raise SystemExit(f"newsledger rejected {result.id}: {result.reason} ({result.detail})")
        yield result


def run(gold: Path, out: Path, *, limit: int | None = None) -> Path:
    """Analyse the gold articles and write one record per line to ``out``; returns the (possibly cut) gold."""
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit is not None:
        articles = articles[:limit]
        cut = out.with_suffix(".gold.jsonl")
        cut.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        gold = cut
    with out.open("w", encoding="utf-8") as fh:
        for record in _records(articles):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
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
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=Path("/tmp/newsledger-polnear.jsonl"))
    ap.add_argument("--limit", type=int, help="only the first N articles")
    args = ap.parse_args()
    if not args.gold.exists():
        raise SystemExit(f"no PolNeAR gold at {args.gold} (needs ../shared beside the checkout)")
    gold = run(args.gold, args.out, limit=args.limit)
    report, _ = score(gold, args.out)
    print(report, end="")


if __name__ == "__main__":
    main()
