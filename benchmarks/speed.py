"""Analysis speed against its floors, on the PolNeAR dev bodies (84 articles), as ratios measured in one run.

    .venv/bin/python benchmarks/speed.py [--gold ../shared/eval/polnear/dev.jsonl] [--rounds 2] [--limit N]

1. ``analyze``, one worker, against the bare spaCy parse of the same texts: both in this process, in
   CPU time (other processes on a shared machine do not count), each text parsed bare and analysed one
   right after the other, the best of ``--rounds`` per text and side.
   The analysis is ``analyze_document`` for every text plus the JSON line the CLI prints; the parse is
   the same ``parse(nlp, text)`` call the pipeline makes (a paragraph at a time, through ``nlp.pipe``), with
   nothing read from the docs. Goal ≤ 1.15×.
2. Two workers against one: the worker pool (``newsledger.workers.WorkerPool``) with one and with two
   workers, each warmed up (pipeline loaded, one text analysed) before the clock starts, wall time for
   all texts. Goal ≥ 1.9× on two free cores. Since other processes on a shared machine take cores from
   the workers, it also prints the workers' CPU time (per text, and as a share of their cores' wall
   time) and the parent's: on free cores the speed-up is two times the ratio of those shares.

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
from newsledger.nlp.engine import load_nlp, parse
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
            parse(nlp, d.content)
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
        parsed = parse(nlp, d.content)
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


def _cpu_of(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes have used so far (Linux ``/proc``)."""
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def workers_ratio(docs: list[Document], settings: Settings) -> list[tuple[int, float, float, float]]:
    """(jobs, wall seconds, workers' CPU seconds, this process's CPU seconds) for all texts with one and
    with two workers, each pool warmed up (pipeline loaded, a text analysed) before the clock starts."""
    out = []
    for jobs in (1, 2):
        with WorkerPool(settings, jobs) as pool:
            list(pool.map(docs[:jobs]))  # every worker up and warm
            pids = pool.pids()
            cpu0, own0, t0 = _cpu_of(pids), time.process_time(), time.perf_counter()
            results = list(pool.map(docs))
            wall, cpu, own = time.perf_counter() - t0, _cpu_of(pids) - cpu0, time.process_time() - own0
        assert all(isinstance(r, Record) for r in results)
        out.append((jobs, wall, cpu, own))
    return out


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
        runs = workers_ratio(docs, settings)
        for jobs, wall, cpu, own in runs:
            print(
                f"{jobs} worker(s): {wall:.2f} s wall; workers {cpu:.2f} CPU s ({cpu / len(docs):.3f} per text, "
                f"{cpu / (wall * jobs):.0%} of their cores' time), parent {own:.2f} CPU s"
            )
        (_, one, cpu1, _), (_, two, cpu2, _) = runs
        print(
            f"two workers against one: {one / two:.2f}x faster in wall time (goal ≥ 1.9; load average now "
            f"{os.getloadavg()[0]:.1f}); CPU per text with two workers = {cpu2 / cpu1:.3f}x that with one"
        )


if __name__ == "__main__":
    main()
