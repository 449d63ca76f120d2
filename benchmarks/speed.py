"""Analysis speed against its floors, on the PolNeAR dev bodies (84 articles), as ratios measured in one run.

    .venv/bin/python benchmarks/speed.py [--gold ../shared/eval/polnear/dev.jsonl] [--rounds 2] [--limit N]

1. ``analyze``, one worker, against the bare spaCy parse of the same texts: both in this process, in
   CPU time (other processes on a shared machine do not count), each text parsed bare and analysed one
   right after the other, the best of ``--rounds`` per text and side.
   The analysis is ``analyze_document`` for every text plus the JSON line the CLI prints; the parse is
   the same ``nlp(text)`` call the pipeline makes, with nothing read from the docs (``nlp.pipe`` with
   its default batches measured slower here). Goal ≤ 1.15×.
2. Two workers against one: the worker pool (``newsledger.workers.WorkerPool``) with one and with two
   workers, each warmed up (pipeline loaded, one text analysed) before the clock starts, wall time for
   all texts. Goal ≥ 1.9× on two free cores; the load average is printed, since other processes on the
   machine take cores from the workers.

The per-stage split of (1) is printed too (entities, dates, quotes, claims, extraction, JSON), so that
the rest of the time can be traced to its stage.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from newsledger.inputs import Document, document_from_string
from newsledger.nlp.engine import load_nlp
from newsledger.pipeline import analyze_document
from newsledger.record import Record
from newsledger.settings import Settings, load_settings
from newsledger.workers import WorkerPool

__all__ = ["floor_ratio", "main", "stage_split", "workers_ratio"]

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "dev.jsonl"


def floor_ratio(docs: list[Document], settings: Settings, rounds: int) -> tuple[float, float]:
    """(bare parse CPU seconds, analyze CPU seconds) over all texts.

    Each text is parsed bare and then analysed, one right after the other, so that both see the same
    load from the rest of the machine; each side keeps its best time per text over ``rounds`` rounds.
    """
    nlp = load_nlp(settings.spacy_model)
    nlp("warm up")
    best_bare = [float("inf")] * len(docs)
    best_analyze = [float("inf")] * len(docs)
    for _ in range(rounds):
        for i, d in enumerate(docs):
            t0 = time.process_time()
            nlp(d.content)
            t1 = time.process_time()
            result = analyze_document(d, settings, nlp)
            json.dumps(result.to_dict(), ensure_ascii=False)
            t2 = time.process_time()
            assert isinstance(result, Record), result
            best_bare[i] = min(best_bare[i], t1 - t0)
            best_analyze[i] = min(best_analyze[i], t2 - t1)
    return sum(best_bare), sum(best_analyze)


def stage_split(docs: list[Document], settings: Settings) -> dict[str, float]:
    """CPU seconds per stage over all texts (one pass, the parse included for scale), called as the
    pipeline calls them (``pipeline._nlp_stages``)."""
    from newsledger.nlp.claims import extract_claims
    from newsledger.nlp.dates import extract_dates
    from newsledger.nlp.entities import extract_entities
    from newsledger.nlp.quotes import extract_quotes
    from newsledger.nlp.speakers import speakers_for
    from newsledger.pipeline import parse_iso_date

    nlp = load_nlp(settings.spacy_model)
    names = ("parse", "entities", "dates", "mentions", "quotes", "claims", "record+json")
    split = dict.fromkeys(names, 0.0)
    for d in docs:
        ticks = [time.process_time()]
        parsed = nlp(d.content)
        ticks.append(time.process_time())
        entities = extract_entities(parsed)
        ticks.append(time.process_time())
        dates = extract_dates(parsed, parse_iso_date(settings.reference_date))
        ticks.append(time.process_time())
        speakers = speakers_for(parsed, entities)
        ticks.append(time.process_time())
        quotes = extract_quotes(parsed, speakers, dates)
        ticks.append(time.process_time())
        extract_claims(parsed, quotes, dates, None, speakers)
        ticks.append(time.process_time())
        result = analyze_document(d, settings, nlp)
        t = time.process_time()
        json.dumps(result.to_dict(), ensure_ascii=False)
        ticks.append(ticks[-1] + time.process_time() - t)
        for name, t0, t1 in zip(names, ticks, ticks[1:], strict=False):  # ticks has one more
            split[name] += t1 - t0
    return split


def workers_ratio(docs: list[Document], settings: Settings) -> tuple[float, float]:
    """(one worker wall seconds, two workers wall seconds) for all texts, pools warmed up first."""
    walls = []
    for jobs in (1, 2):
        with WorkerPool(settings, jobs) as pool:
            list(pool.map(docs[:jobs]))  # every worker up and warm
            t0 = time.perf_counter()
            results = list(pool.map(docs))
            walls.append(time.perf_counter() - t0)
        assert all(isinstance(r, Record) for r in results)
    return walls[0], walls[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip", choices=["floor", "workers", "split"], action="append", default=[])
    args = ap.parse_args()
    if not args.gold.exists():
        raise SystemExit(f"no PolNeAR texts at {args.gold} (needs ../shared beside the checkout)")
    articles = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = articles[: args.limit]
    docs = [document_from_string(a["text"], id=a["id"], kind="text", is_body=True, source=a["id"]) for a in articles]
    words = sum(len(d.content.split()) for d in docs)
    settings = load_settings(time_limit=0)  # a slow moment on a shared machine must not drop a text
    load = os.getloadavg()[0]
    print(f"{len(docs)} PolNeAR dev bodies, {words:,} words; load average {load:.1f} on {os.cpu_count()} cores")
    if "floor" not in args.skip:
        bare, analyze = floor_ratio(docs, settings, args.rounds)
        print(f"bare spaCy parse      {bare:7.2f} s CPU ({words / bare:,.0f} words/s)")
        print(f"analyze, one worker   {analyze:7.2f} s CPU  ratio {analyze / bare:.3f}  (goal ≤ 1.15)")
    if "split" not in args.skip:
        split = stage_split(docs, settings)
        print("per stage, CPU s: " + ", ".join(f"{k} {v:.2f}" for k, v in split.items()))
    if "workers" not in args.skip:
        one, two = workers_ratio(docs, settings)
        print(
            f"one worker {one:.2f} s, two workers {two:.2f} s wall: {one / two:.2f}x faster (goal ≥ 1.9); "
            f"load average now {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
