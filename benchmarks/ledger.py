"""Ledger benchmark: storing already-analysed records, timeline and search latency, and concurrent writers,
on SQLite and on PostgreSQL.

    .venv/bin/python benchmarks/ledger.py                              # 100,000 synthetic articles, both backends
    .venv/bin/python benchmarks/ledger.py --backend sqlite --articles 20000 --db /tmp/ledger-bench.db --keep
    .venv/bin/python benchmarks/ledger.py --backend postgresql --pg-url postgresql://user@host/db

Targets (issues 5 and 12): storing ≥ 1,000 records/s (PostgreSQL too); timeline and search p95 < 50 ms on 100k
articles. Records are synthetic (``newsledger.ledger.synthetic``): generated outside the timed part (all at
once unless ``--chunk`` says otherwise), then stored by one ``Ledger.ingest`` call, as a stream is. The
``--records`` path (JSON parsing included) and the CLI are timed separately on a smaller file, and so are 4
``newsledger ingest`` processes writing at once into one fresh ledger (overlapping inputs: each stores its own
quarter and half of the next one's). Without ``--pg-url`` the PostgreSQL figures come from a throwaway server
started here (tests/pg_server.py, fsync on). Prints one JSON object with the figures per backend.
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

ROOT = Path(__file__).resolve().parents[1]


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def _latency(run: Callable[[str], Any], queries: list[str]) -> tuple[dict[str, float], float]:
    times, cpu, sizes = [], [], []
    for q in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        result = run(q)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        sizes.append(len(result))
    # CPU time of this process too: on a loaded machine it says what the wall-clock time cannot
    cpu_p95 = {f"cpu_{k}": v for k, v in _percentiles(cpu).items() if k != "max_ms"}
    return {**_percentiles(times), **cpu_p95}, statistics.mean(sizes)


def _write_records(path: Path, count: int, start: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for record in synthetic_records(count, start=start):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    return path


def _cli_ingest(records: Path, db: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsledger", "ingest", "--records", str(records), "--db", db, "--no-progress"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _store_and_query(db: str, args: argparse.Namespace) -> dict[str, Any]:
    store_wall = store_cpu = 0.0
    with Ledger(db) as ledger:
        have = ledger.stats()["articles"]
        chunk_size = args.chunk or max(1, args.articles - have)
        for start in range(have, args.articles, chunk_size):
            count = min(chunk_size, args.articles - start)
            print(f"  generating {count:,} records", file=sys.stderr)
            chunk = list(synthetic_records(count, start=start))
            stored_now = [start]

            def report(n: int, stored_now: list[int] = stored_now) -> None:
                stored_now[0] += n
                if stored_now[0] % 10_000 < n:
                    print(f"  stored {stored_now[0]:,} records", file=sys.stderr)

            # one ingest call over the chunk, as a stream of records is stored: each call starts and ends
            # its pipeline (the next batch prepared while one is written) with one side idle
            t0, c0 = time.perf_counter(), time.process_time()
            ledger.ingest(chunk, batch_size=args.batch_size, progress=report)
            store_wall += time.perf_counter() - t0
            store_cpu += time.process_time() - c0
            del chunk
        stored = max(0, args.articles - have)
        stats = ledger.stats()
    with Ledger(db, readonly=True) as ledger:  # as the query commands open it
        rng = random.Random(5)
        places = place_names()
        vocab = vocabulary()
        timeline_queries = [rng.choice(places) for _ in range(args.queries)]
        timeline_queries += [f"people killed in {rng.choice(places)}" for _ in range(args.queries // 4)]
        search_queries = [rng.choice(vocab[200:5000]) for _ in range(args.queries // 2)]
        search_queries += [
            f"{rng.choice(vocab[50:2000])} {rng.choice(vocab[50:2000])}" for _ in range(args.queries // 2)
        ]
        ledger.timeline(timeline_queries[0])  # warm the caches once
        timeline_lat, timeline_size = _latency(ledger.timeline, timeline_queries)
        search_lat, search_size = _latency(ledger.search, search_queries)
        quotes_lat, _ = _latency(lambda q: ledger.quotes(about=q, limit=50), search_queries[: args.queries // 2])
        # broader timelines: no query (the series with the most reports), a measure and a subject alone
        broad_lat, _ = _latency(ledger.timeline, ["", "killed", "people killed", "people injured in " + places[0]])
    return {
        "articles": stats["articles"],
        "claims": stats["claims"],
        "quotes": stats["quotes"],
        "speakers": stats["speakers"],
        "store_records_per_s": round(stored / store_wall, 1) if stored else None,
        "store_records_per_cpu_s": round(stored / store_cpu, 1) if stored else None,
        "timeline": {**timeline_lat, "queries": len(timeline_queries), "mean_entries": round(timeline_size, 1)},
        "search": {**search_lat, "queries": len(search_queries), "mean_hits": round(search_size, 1)},
        "quotes_about": quotes_lat,
        "timeline_broad": broad_lat,
    }


def _paths(workdir: Path, args: argparse.Namespace) -> tuple[Path, list[Path]]:
    """The records file of the single-process runs, and the 4 overlapping inputs of the concurrent one."""
    size = args.records_file_size
    records_file = _write_records(workdir / "records.jsonl", size, start=10_000_000)
    quarter = size // 4
    writers = []
    for i in range(4):
        # its own quarter, then half of the next one's: every record is stored by one or two writers
        own = list(synthetic_records(quarter, start=20_000_000 + i * quarter))
        nxt = list(synthetic_records(quarter // 2, start=20_000_000 + ((i + 1) % 4) * quarter))
        path = workdir / f"writer-{i}.jsonl"
        path.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in own + nxt))
        writers.append(path)
    return records_file, writers


def _files_and_writers(fresh: Callable[[], str], records_file: Path, writers: list[Path], size: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    with Ledger(fresh()) as ledger:
        ledger.ingest(read_records(records_file))
    records_path_wall = time.perf_counter() - t0
    t0 = time.perf_counter()
    proc = _cli_ingest(records_file, fresh())
    _, err = proc.communicate()
    if proc.returncode:
        raise SystemExit(err.decode())
    cli_wall = time.perf_counter() - t0

    target = fresh()
    with Ledger(target):
        pass  # created before the writers start, as a shared ledger would be
    t0 = time.perf_counter()
    procs = [_cli_ingest(path, target) for path in writers]
    for p in procs:
        _, err = p.communicate()
        if p.returncode:
            raise SystemExit(err.decode())
    writers_wall = time.perf_counter() - t0
    with Ledger(target, readonly=True) as ledger:
        stats = ledger.stats()
        names = {s["name"] for s in ledger.speakers()}
        integrity = ledger.integrity_check()
    distinct = 4 * (size // 4)
    return {
        "records_file_records_per_s": round(size / records_path_wall, 1),
        "cli_ingest_records_per_s": round(size / cli_wall, 1),
        "four_writers": {
            "records_given": sum(1 for p in writers for _ in p.open()),
            "distinct_records": distinct,
            "articles": stats["articles"],
            "duplicate_articles": stats["articles"] - distinct,
            "duplicate_speaker_names": stats["speakers"] - len(names),
            "distinct_records_per_s": round(distinct / writers_wall, 1),
            "integrity": integrity,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument(
        "--chunk",
        type=int,
        default=0,
        help="records generated at once (outside the timing) and stored by one ingest call; 0: all of them "
        "(about 8 kB of memory a record)",
    )
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--records-file-size",
        type=int,
        default=5_000,
        help="records for the timed `ingest --records` runs (JSON parsing included) and the 4 writers",
    )
    parser.add_argument("--db", type=Path, help="SQLite ledger file (default: a temporary file)")
    parser.add_argument("--pg-url", help="an existing PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite ledger file")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsledger-bench-"))
    if args.db and args.db.exists() and not args.keep:
        sys.exit(f"{args.db} exists: remove it or pass --keep to reuse it")
    records_file, writers = _paths(workdir, args)
    result: dict[str, Any] = {}
    server = None
    try:
        if args.backend in ("sqlite", "both"):
            db = str(args.db or workdir / "bench.db")
            count = iter(range(1, 100))
            result["sqlite"] = _store_and_query(db, args)
            result["sqlite"]["db_megabytes"] = round(Path(db).stat().st_size / 1e6, 1)
            result["sqlite"].update(
                _files_and_writers(
                    lambda: str(workdir / f"fresh-{next(count)}.db"), records_file, writers, args.records_file_size
                )
            )
            print(json.dumps({"sqlite": result["sqlite"]}), file=sys.stderr)  # in case a later part fails
        if args.backend in ("postgresql", "both"):
            if args.pg_url:
                fresh = _schemas(args.pg_url)
            else:
                sys.path.insert(0, str(ROOT / "tests"))
                from pg_server import find_pg_bin, start_server

                bin_dir = find_pg_bin()
                if bin_dir is None:
                    sys.exit("no PostgreSQL server binaries (initdb, pg_ctl): install postgresql or give --pg-url")
                server = start_server(bin_dir, durable=True)
                fresh = server.new_ledger_url
            result["postgresql"] = _store_and_query(fresh(), args)
            result["postgresql"].update(_files_and_writers(fresh, records_file, writers, args.records_file_size))
    finally:
        if server is not None:
            server.stop()
        for path in workdir.iterdir():
            if not (args.keep and args.db is None and path.name == "bench.db"):
                path.unlink()
    print(json.dumps(result, indent=2))


def _schemas(url: str) -> Callable[[], str]:
    """Fresh schemas in an existing database (the URL's user needs CREATE on the database)."""
    import psycopg

    count = iter(range(1, 1000))
    stamp = int(time.time())

    def fresh() -> str:
        schema = f"newsledger_bench_{stamp}_{next(count)}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]  # our own name
        joiner = "&" if "?" in url else "?"
        return f"{url}{joiner}options=-csearch_path%3D{schema}"

    return fresh


if __name__ == "__main__":
    main()
