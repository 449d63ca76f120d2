"""What attribution costs next to the spaCy parse it reads, on the PolNeAR dev texts, in one run.

    .venv/bin/python benchmarks/quotes_speed.py [--gold ../shared/eval/polnear/dev.jsonl] [--limit N] [--repeat 3]

Parses every text once (timed), then times ``extract_entities`` + ``extract_quotes`` over the parsed docs
(best of ``--repeat`` runs, so a busy machine does not inflate it) and prints the ratio. Budget: ≤ 10 %.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsledger.nlp.engine import load_nlp
from newsledger.nlp.entities import extract_entities
from newsledger.nlp.quotes import extract_quotes
from newsledger.nlp.speakers import speakers_for

__all__ = ["measure"]

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "dev.jsonl"


def measure(texts: list[str], repeat: int = 3) -> tuple[float, float, float]:
    """(parse seconds, entities+quotes seconds, quotes-only seconds) over ``texts``."""
    nlp = load_nlp()
    nlp("warm up the pipeline")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0
    best_all = best_quotes = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        ents = [extract_entities(d) for d in docs]
        t1 = time.perf_counter()
        for d, e in zip(docs, ents, strict=True):
            extract_quotes(d, speakers_for(d, e), [])
        t2 = time.perf_counter()
        best_all = min(best_all, t2 - t0)
        best_quotes = min(best_quotes, t2 - t1)
    return parse, best_all, best_quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.gold.exists():
        raise SystemExit(f"no PolNeAR texts at {args.gold} (needs ../shared beside the checkout)")
    lines = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [a["text"] for a in lines[: args.limit]]
    parse, attribution, quotes = measure(texts, args.repeat)
    chars = sum(len(t) for t in texts)
    print(f"texts {len(texts)}, {chars:,} chars")
    print(f"spaCy parse           {parse:7.2f} s")
    print(f"entities + quotes     {attribution:7.2f} s  ratio {attribution / parse:.3f}")
    print(f"quotes alone          {quotes:7.2f} s  ratio {quotes / parse:.3f}")
    print(f"budget: attribution ≤ 10% of parse -> {'OK' if attribution / parse <= 0.10 else 'OVER'}")


if __name__ == "__main__":
    main()
