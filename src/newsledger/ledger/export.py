"""Exporting the ledger: JSONL, CSV, or Parquet (Parquet needs the optional ``pyarrow``).

- CSV has the union of the rows' columns (records of different versions differ in keys), a
  cell missing from a row left empty.
- CSV cells are escaped against formula injection: a text cell starting with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (OWASP's advice), so a
  spreadsheet shows it as text instead of running it. Numbers are written as they are.
- A file is written atomically: into a temporary file beside it, renamed over the target
  only when complete, so a full disk or an interrupted export never leaves a partial file.
  A target that is not a regular file (``/dev/stdout``, a FIFO) is written directly.
- Any failure to write is an ``OutputError`` (``[E080]``) naming the file.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from ..errors import OutputError, StoreError

__all__ = ["FORMATS", "FORMULA_PREFIXES", "PARQUET_HINT", "export_rows"]

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_HINT = "Parquet export needs pyarrow: pip install 'newsledger[parquet]' (or pip install pyarrow)"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _cell(value: Any) -> Any:
    value = _flat(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO | str | Path) -> int:
    """Write ``rows`` in ``fmt`` to a text stream (jsonl, csv) or a path (any); return the row count."""
    try:
        return _export(rows, fmt, out)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:  # a generator reading the ledger ends its read now, not when collected later
            close()


def _export(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO | str | Path) -> int:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}", code="E058")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise StoreError(PARQUET_HINT, code="E059") from exc
        if not isinstance(out, str | Path):
            raise StoreError("Parquet export needs an output file (--output FILE)", code="E059")
    if isinstance(out, str | Path):
        return _to_file(rows, fmt, Path(out))
    try:
        count = _write(rows, fmt, out)
        out.flush()
    except BrokenPipeError:
        raise  # the reader went away (| head): the CLI ends quietly, as Unix tools do
    except OSError as exc:
        raise OutputError(f"cannot write the export: {exc.strerror or exc}") from exc
    return count


def _write(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    if fmt == "jsonl":
        count = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    # the columns are known only once every row is seen: park the rows in a temporary file meanwhile
    columns: dict[str, None] = {}
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for row in rows:
            columns.update(dict.fromkeys(row))
            spool.write(json.dumps(row) + "\n")
            count += 1
        spool.seek(0)
        if count:
            writer = csv.DictWriter(out, fieldnames=list(columns), restval="")
            writer.writeheader()
            for line in spool:
                writer.writerow({k: _cell(v) for k, v in json.loads(line).items()})
    return count


def _to_file(rows: Iterable[dict[str, Any]], fmt: str, target: Path) -> int:
    where = str(target)
    if target.is_dir():
        raise OutputError(f"cannot write the export: {where} is a directory", source=where)
    if not target.parent.is_dir():
        raise OutputError(f"cannot write the export: no folder {str(target.parent)!r}", source=where)
    try:
        if target.exists() and not stat.S_ISREG(target.stat().st_mode):
            with target.open("w", encoding="utf-8", newline="") as fh:  # a device or FIFO: no rename over it
                return _write(rows, fmt, fh)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write the export: {exc.strerror or exc}", source=where) from exc
    try:
        if fmt == "parquet":
            os.close(fd)
            count = _parquet(rows, tmp)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                count = _write(rows, fmt, fh)
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write the export: {exc.strerror or exc}", source=where) from exc
        raise
    return count


def _parquet(rows: Iterable[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = [{k: _flat(v) for k, v in row.items()} for row in rows]
    columns = list(dict.fromkeys(k for row in data for k in row))
    try:
        table = pa.Table.from_pylist([{k: row.get(k) for k in columns} for row in data])
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise OutputError(f"the rows do not fit one Parquet table: {exc}") from exc
    pq.write_table(table, path)
    return len(data)
