"""Compare two output folders of ``newsledger batch`` / ``newsledger spark`` (JSONL or Parquet parts):
the same documents, each written once, with identical records and rejections.

    .venv/bin/python benchmarks/compare_outputs.py /tmp/out-batch /tmp/out-spark

Records are compared as parsed JSON objects (every field, offsets and provenance included), keyed by
their source (``crawl.warc.gz#offset``); rejections by stage, reason and detail. Exit status 1 when
anything differs or a document is written twice.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsledger.ledger import read_records
from newsledger.record import Record

__all__ = ["load", "main"]


def load(folder: Path) -> tuple[dict[str, Any], Counter[str]]:
    """(key → record dict or (stage, reason, detail), how many times each key was written)."""
    out: dict[str, Any] = {}
    seen: Counter[str] = Counter()
    for r in read_records(folder):
        if isinstance(r, Record):
            key = (r.provenance.source if r.provenance else None) or r.id
            out[key] = r.to_dict()
        else:
            key = r.source or r.id or "?"
            out[key] = (r.stage, r.reason, r.detail)
        seen[key] += 1
    return out, seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    a, seen_a = load(args.a)
    b, seen_b = load(args.b)
    ok = True
    for name, seen in ((args.a, seen_a), (args.b, seen_b)):
        twice = [k for k, n in seen.items() if n > 1]
        records = sum(1 for v in (a if seen is seen_a else b).values() if isinstance(v, dict))
        print(f"{name}: {len(seen)} documents ({records} records), {len(twice)} written more than once")
        ok &= not twice
    only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    differ = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    print(f"only in {args.a}: {len(only_a)}; only in {args.b}: {len(only_b)}; different: {len(differ)}")
    for key in (only_a + only_b + differ)[:5]:
        print(f"  e.g. {key}")
    ok &= not (only_a or only_b or differ)
    print("identical" if ok else "DIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
