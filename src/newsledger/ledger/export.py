"""Exporting the ledger: JSONL, CSV, or Parquet (Parquet needs the optional ``pyarrow``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from ..errors import StoreError

__all__ = ["FORMATS", "PARQUET_HINT", "export_rows"]

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_HINT = "Parquet export needs pyarrow: pip install 'newsledger[parquet]' (or pip install pyarrow)"


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def export_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO | str | Path) -> int:
    """Write ``rows`` in ``fmt`` to a text stream (jsonl, csv) or a path (any); return the row count."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}", code="E058")
    if fmt == "parquet":
        return _parquet(rows, out)
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8", newline="") as fh:
            return export_rows(rows, fmt, fh)
    count = 0
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: _flat(v) for k, v in row.items()})
        count += 1
    return count


def _parquet(rows: Iterable[dict[str, Any]], out: TextIO | str | Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError(PARQUET_HINT, code="E059") from exc
    if not isinstance(out, str | Path):
        raise StoreError("Parquet export needs an output file (--output FILE)", code="E059")
    data = [{k: _flat(v) for k, v in row.items()} for row in rows]
    pq.write_table(pa.Table.from_pylist(data), str(out))
    return len(data)
