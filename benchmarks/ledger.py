"""Ledger benchmark: storing already-analysed records, then timeline and search latency.

    .venv/bin/python benchmarks/ledger.py                    # 100,000 synthetic articles
    .venv/bin/python benchmarks/ledger.py --articles 20000 --db /tmp/ledger-bench.db --keep

Targets (issue 5): storing ≥ 1,000 records/s; timeline and search p95 < 50 ms on 100k articles.
Records are synthetic (``newsledger.ledger.synthetic``): generated in chunks outside the timed
part, then stored with ``Ledger.ingest``. The ``--records`` path (JSON parsing included) is timed
separately on a smaller file. Prints one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsledger.ledger import Ledger, read_records
from newsledger.ledger.synthetic import place_names, synthetic_records, vocabulary

__all__ = ["main"]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def _latency(run: Callable[[str], Any], queries: list[str]) -> tuple[dict[str, float], float]:
    times, sizes = [], []
    for q in queries:
        start = time.perf_counter()
        result = run(q)
        times.append(time.perf_counter() - start)
        sizes.append(len(result))
    return _percentiles(times), statistics.mean(sizes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=5_000, help="records generated at once (outside the timing)")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--records-file-size",
        type=int,
        default=5_000,
        help="records for the timed `ingest --records` run (JSON parsing included)",
    )
    parser.add_argument("--db", type=Path, help="ledger file (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the ledger file")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsledger-bench-"))
    db = args.db or workdir / "bench.db"
    if db.exists() and not args.keep:
        sys.exit(f"{db} exists: remove it or pass --keep to reuse it")

    store_wall = store_cpu = 0.0
    with Ledger(db) as ledger:
        have = ledger.stats()["articles"]
        for start in range(have, args.articles, args.chunk):
            chunk = list(synthetic_records(min(args.chunk, args.articles - start), start=start))
            t0, c0 = time.perf_counter(), time.process_time()
            ledger.ingest(chunk, batch_size=args.batch_size)
            store_wall += time.perf_counter() - t0
            store_cpu += time.process_time() - c0
            print(f"  stored {start + len(chunk):,} records", file=sys.stderr)
        stored = max(0, args.articles - have)
        stats = ledger.stats()

        rng = random.Random(5)
        places = place_names()
        vocab = vocabulary()
        timeline_queries = [rng.choice(places) for _ in range(args.queries)]
        timeline_queries += [f"people killed in {rng.choice(places)}" for _ in range(args.queries // 4)]
        search_queries = [rng.choice(vocab[200:5000]) for _ in range(args.queries // 2)]
        search_queries += [
            f"{rng.choice(vocab[50:2000])} {rng.choice(vocab[50:2000])}" for _ in range(args.queries // 2)
        ]
        ledger.timeline(timeline_queries[0])  # warm the page cache once
        timeline_lat, timeline_size = _latency(ledger.timeline, timeline_queries)
        search_lat, search_size = _latency(ledger.search, search_queries)
        quotes_lat, _ = _latency(lambda q: ledger.quotes(about=q, limit=50), search_queries[: args.queries // 2])

    # the CLI path: `newsledger ingest --records FILE` into a fresh ledger (process start-up included)
    records_file = workdir / "records.jsonl"
    with records_file.open("w", encoding="utf-8") as fh:
        for record in synthetic_records(args.records_file_size, start=10_000_000):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    with Ledger(workdir / "records.db") as fresh:
        fresh.ingest(read_records(records_file))
    records_path_wall = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "newsledger",
            "ingest",
            "--records",
            str(records_file),
            "--db",
            str(workdir / "cli.db"),
            "--no-progress",
        ],
        check=True,
        capture_output=True,
    )
    cli_wall = time.perf_counter() - t0

    result = {
        "articles": stats["articles"],
        "claims": stats["claims"],
        "quotes": stats["quotes"],
        "speakers": stats["speakers"],
        "db_megabytes": round(db.stat().st_size / 1e6, 1),
        "store_records_per_s": round(stored / store_wall, 1) if stored else None,
        "store_records_per_cpu_s": round(stored / store_cpu, 1) if stored else None,
        "records_file_records_per_s": round(args.records_file_size / records_path_wall, 1),
        "cli_ingest_records_per_s": round(args.records_file_size / cli_wall, 1),
        "timeline": {**timeline_lat, "queries": len(timeline_queries), "mean_entries": round(timeline_size, 1)},
        "search": {**search_lat, "queries": len(search_queries), "mean_hits": round(search_size, 1)},
        "quotes_about": quotes_lat,
    }
    print(json.dumps(result, indent=2))
    if not args.keep and args.db is None:
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()


if __name__ == "__main__":
    main()
