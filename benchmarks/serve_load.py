"""Load benchmark of `newsledger serve` on loopback: concurrent readers while an ingest writes.

    .venv/bin/python benchmarks/serve_load.py                      # 20 clients, 60 s, 2,000 articles ingested
    .venv/bin/python benchmarks/serve_load.py --seconds 20 --baseline-seconds 10 --articles 2000

A ledger of ``--articles`` synthetic articles (``newsledger.ledger.synthetic``) is served by
``newsledger serve`` in its own process on 127.0.0.1. ``--clients`` clients, each sending its next
request when the last one is answered, mix search, article and timeline requests (the JSON API
and the pages) for ``--baseline-seconds`` with nothing else running, then for ``--seconds`` while
another process ingests ``--ingest`` new synthetic articles in batches of 100 spread over the
window (each batch one write transaction: the readers must not fail while it holds the lock).
Reports errors (any non-2xx answer or failed request; goal 0), p50/p99 latency (goal p99 <
500 ms) and the ratio of the loaded phase to the baseline. Prints a JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from newsledger.ledger import Ledger
from newsledger.ledger.synthetic import place_names, synthetic_records, vocabulary

__all__ = ["main"]

INGEST_BATCH = 100


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _ingest_worker(db: str, start: int, count: int, seconds: float) -> None:
    """Store ``count`` synthetic records in batches spread evenly over ``seconds`` (a separate process).

    The records are generated first (the timed part is storing them, as ``ingest --records`` does);
    "ready" on stdout says the batches start.
    """
    records = list(synthetic_records(count, start=start))
    batches = [records[n : n + INGEST_BATCH] for n in range(0, count, INGEST_BATCH)]
    pause = seconds / max(1, len(batches))
    print("ready", flush=True)
    began = time.perf_counter()
    with Ledger(db) as ledger:
        for n, batch in enumerate(batches):
            ledger.ingest(batch, batch_size=INGEST_BATCH)
            wait = began + (n + 1) * pause - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
    print(json.dumps({"ingested": count, "seconds": round(time.perf_counter() - began, 1)}), flush=True)


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _summary(samples: list[tuple[str, float, bool]], seconds: float) -> dict[str, Any]:
    def stats(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        if not ordered:
            return {}
        return {
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p90_ms": round(ordered[int(0.90 * (len(ordered) - 1))] * 1000, 1),
            "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1),
        }

    kinds = sorted({k for k, _, _ in samples})
    return {
        "requests": len(samples),
        "errors": sum(1 for _, _, ok in samples if not ok),
        "per_second": round(len(samples) / seconds, 1),
        **stats([t for _, t, _ in samples]),
        "by_kind": {
            k: {"n": sum(1 for s in samples if s[0] == k), **stats([t for kk, t, _ in samples if kk == k])}
            for k in kinds
        },
    }


class Mix:
    """The requests: search (words, phrases, filters), one article, a timeline; as JSON and as pages."""

    def __init__(self, articles: int, seed: int = 5) -> None:
        self.rng = random.Random(seed)
        vocab = vocabulary()
        self.words = vocab[200:3000]  # middling frequency, as an analyst's words would be
        self.places = place_names()
        self.articles = articles

    def next(self) -> tuple[str, str, dict[str, Any]]:
        r = self.rng.random()
        page = self.rng.random() < 0.3
        if r < 0.4:
            q = " ".join(self.rng.sample(self.words, self.rng.choice((1, 1, 2))))
            if self.rng.random() < 0.2:
                q = f'"{q}"' if " " in q else f"{q}*"
            params: dict[str, Any] = {"q": q}
            if self.rng.random() < 0.3:
                params["publisher"] = f"Outlet {self.rng.randrange(50)}"
            if page:
                return "search page", "/", params
            params["facets"] = "true" if self.rng.random() < 0.5 else "false"
            return "search", "/api/articles", params
        if r < 0.7:
            ref = self.rng.randrange(1, self.articles + 1)
            return ("article page", f"/articles/{ref}", {}) if page else ("article", f"/api/articles/{ref}", {})
        place = self.rng.choice(self.places)
        q = place if self.rng.random() < 0.5 else f"people killed in {place}"
        return ("timeline page", "/timeline", {"q": q}) if page else ("timeline", "/api/timeline", {"q": q})


class _Connection:
    """A minimal HTTP/1.1 keep-alive client: the load generator must not eat the CPU the server needs."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


async def _load(port: int, clients: int, seconds: float, mix: Mix) -> list[tuple[str, float, bool]]:
    samples: list[tuple[str, float, bool]] = []
    deadline = time.perf_counter() + seconds

    async def one_client() -> None:
        conn = _Connection("127.0.0.1", port)
        while time.perf_counter() < deadline:
            kind, path, params = mix.next()
            target = path + ("?" + urlencode(params) if params else "")
            start = time.perf_counter()
            try:
                ok = (await asyncio.wait_for(conn.get(target), 30.0)) < 400
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                ok = False
                await conn.close()
            samples.append((kind, time.perf_counter() - start, ok))
        await conn.close()

    await asyncio.gather(*(one_client() for _ in range(clients)))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles in the served ledger")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0, help="the loaded phase (ingest running)")
    parser.add_argument("--baseline-seconds", type=float, default=20.0, help="the phase with nothing else running")
    parser.add_argument("--ingest", type=int, default=2_000, help="articles ingested during the loaded phase")
    parser.add_argument("--db", type=Path, help="ledger file (default: a temporary one)")
    parser.add_argument("--ingest-worker", nargs=4, metavar=("DB", "START", "COUNT", "SECONDS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest_worker:
        db, start, count, seconds = args.ingest_worker
        _ingest_worker(db, int(start), int(count), float(seconds))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not db.exists():
            began = time.perf_counter()
            with Ledger(db) as ledger:
                ledger.ingest(synthetic_records(args.articles))
            print(f"built {args.articles:,} articles in {time.perf_counter() - began:.1f}s", file=sys.stderr)
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "newsledger", "serve", "--db", str(db), "--port", str(port)])
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    if httpx.get(base + "/api/stats", timeout=1.0).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise SystemExit("the server did not start")
            mix = Mix(args.articles)
            asyncio.run(_load(port, args.clients, 3.0, mix))  # warm-up: connections, caches
            cpu = _cpu_seconds(server.pid)
            baseline = _summary(
                asyncio.run(_load(port, args.clients, args.baseline_seconds, mix)), args.baseline_seconds
            )
            # what a request costs the server, whatever else the machine runs
            baseline["server_cpu_ms_per_request"] = round(
                (_cpu_seconds(server.pid) - cpu) * 1000 / max(1, baseline["requests"]), 2
            )
            worker = subprocess.Popen(
                [sys.executable, __file__, "--ingest-worker", str(db), str(args.articles), str(args.ingest),
                 str(args.seconds * 0.9)],
                stdout=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            assert worker.stdout is not None
            if worker.stdout.readline().strip() != "ready":
                raise SystemExit("the ingest worker failed")
            cpu = _cpu_seconds(server.pid)
            loaded = _summary(asyncio.run(_load(port, args.clients, args.seconds, mix)), args.seconds)
            loaded["server_cpu_ms_per_request"] = round(
                (_cpu_seconds(server.pid) - cpu) * 1000 / max(1, loaded["requests"]), 2
            )
            out, _ = worker.communicate(timeout=600)  # the batches end within the phase
            ingest = json.loads(out.strip().splitlines()[-1]) if out.strip() else {"failed": worker.returncode}
            stats = httpx.get(base + "/api/stats").json()
        finally:
            server.terminate()
            server.wait(timeout=30)
    report = {
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "clients": args.clients,
        "ledger_articles": args.articles,
        "baseline": {"seconds": args.baseline_seconds, **baseline},
        "with_ingest": {"seconds": args.seconds, "ingest": ingest, **loaded},
        "ratio_p50": round(loaded["p50_ms"] / baseline["p50_ms"], 2),
        "ratio_p99": round(loaded["p99_ms"] / baseline["p99_ms"], 2),
        "articles_after": stats["articles"],
        "goals": {"errors": loaded["errors"] == 0, "p99_under_500_ms": loaded["p99_ms"] < 500},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
