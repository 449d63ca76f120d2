"""Build a WARC.gz of real news pages for the corpus checks: the Zyte article-extraction HTML pages,
repeated under distinct URLs until there are ``--pages`` of them (the file stays outside the repository).

    .venv/bin/python benchmarks/build_warc.py /tmp/zyte-1000.warc.gz [--pages 1000]

Every page becomes an HTTP ``response`` record (with its ``request`` record, as a crawler writes
them) whose ``WARC-Target-URI`` is the page's URL with ``?copy=N`` added from the second round on,
and whose ``WARC-Date`` steps by a minute per page from 2025-03-01, so every record is distinct.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["build", "main"]

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "article-extraction"


def build(out: Path, pages: int, data: Path = DATA) -> int:
    """Write ``pages`` response records to ``out``; returns how many distinct source pages were used."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    sources = []
    for doc_id in sorted(truth):
        html = data / "html" / f"{doc_id}.html.gz"
        if html.exists():
            sources.append((truth[doc_id]["url"], html))
    import gzip

    start = datetime(2025, 3, 1, tzinfo=UTC)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(pages):
            url, path = sources[n % len(sources)]
            round_ = n // len(sources)
            if round_:
                url += ("&" if "?" in url else "?") + f"copy={round_}"
            body = gzip.decompress(path.read_bytes())
            date = (start + timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("User-Agent", "bench")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(url, "request", http_headers=request, warc_headers_dict={"WARC-Date": date})
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=BytesIO(body),
                    length=len(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": date},
                )
            )
    return len(sources)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"skipped: {args.data} (the shared evaluation folder beside the checkout) is absent")
        return 0
    used = build(args.out, args.pages, args.data)
    print(f"{args.pages} pages from {used} distinct Zyte pages → {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
