"""Reading already-analysed records back from their JSON form (``Record.to_dict()``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..inputs import jsonl_objects
from ..record import (
    READABLE_SCHEMAS,
    SCHEMA,
    Article,
    Claim,
    Cue,
    DateMention,
    Entity,
    Provenance,
    Quote,
    Record,
    Rejected,
    Speaker,
    quote_text,
)

__all__ = ["LoadedRecord", "count_records", "read_records", "record_from_dict"]

STAGE = "records"


@dataclass(slots=True)
class LoadedRecord(Record):
    """A record read back from its JSON line; the ledger stores that text as is instead of re-serialising."""

    json_text: str | None = None


def _opt(d: dict[str, Any] | None, cls: Any) -> Any:
    return None if d is None else cls(**d)


def record_from_dict(obj: dict[str, Any], cls: type[Record] = Record) -> Record:
    """Rebuild a ``Record`` from its JSON object; a wrong shape is an ``InputError``."""
    if obj.get("schema") not in READABLE_SCHEMAS:
        raise InputError(f"not a {SCHEMA} record (schema={obj.get('schema')!r})", code="E015")
    try:
        body = obj["article"]["body"]
        quotes = []
        for raw in obj.get("quotes", []):
            q = dict(raw)
            if obj["schema"] != SCHEMA and q.get("spans"):
                q["text"] = quote_text(body, q["spans"])  # record/1 gave a split turn's whole text
            q["cue"] = _opt(q.get("cue"), Cue)
            q["speaker"] = _opt(q.get("speaker"), Speaker)
            quotes.append(Quote(**q))
        prov = obj.get("provenance")
        return cls(
            id=str(obj["id"]),
            article=Article(**obj["article"]),
            entities=[Entity(**e) for e in obj.get("entities", [])],
            quotes=quotes,
            claims=[Claim(**c) for c in obj.get("claims", [])],
            dates=[DateMention(**d) for d in obj.get("dates", [])],
            provenance=None if prov is None else Provenance(**prov),
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"record has a wrong shape: {exc}", code="E016") from exc


def read_records(path: str | Path) -> Iterator[Record | Rejected]:
    """Records from a ``.jsonl`` of records, a Parquet file of records or rejections (``batch`` and ``spark``
    write both), or a folder of such parts (read recursively, in path order); bad lines become ``Rejected``."""
    path = Path(path)
    if path.is_dir():
        for part in sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".parquet") and p.is_file()):
            yield from read_records(part)
        return
    if path.suffix == ".parquet":
        yield from _parquet_records(path)
        return
    with path.open(encoding="utf-8") as fh:
        for item in jsonl_objects(fh, str(path), STAGE):
            if isinstance(item, Rejected):
                yield item
                continue
            yield _from_json(item.obj, item.text.strip(), item.where)


def _from_json(obj: dict[str, Any], text: str, where: str) -> Record | Rejected:
    if isinstance(obj.get("rejected"), dict):
        r = obj["rejected"]
        return Rejected(
            str(r.get("stage", "?")),
            str(r.get("reason", "?")),
            str(r.get("detail", "")),
            id=obj.get("id"),
            source=r.get("source") or where,
        )
    try:
        record = record_from_dict(obj, LoadedRecord)
    except InputError as exc:
        return Rejected(STAGE, "bad_record", exc.message, id=obj.get("id"), source=where)
    assert isinstance(record, LoadedRecord)
    if obj.get("schema") == SCHEMA:  # an older record is stored as upgraded, not as read
        record.json_text = text
    return record


def _parquet_records(path: Path) -> Iterator[Record | Rejected]:
    """Rows of a Parquet part: records (a ``record`` column of JSON) or rejections (``stage``, ``reason``)."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError("reading Parquet needs pyarrow: pip install 'newsledger[parquet]'", code="E018") from exc
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises its own error types for a file that is not Parquet
        raise InputError(f"cannot read {path} as Parquet: {exc}", code="E019") from exc
    columns = set(parquet.schema_arrow.names)
    for batch in parquet.iter_batches():
        rows = batch.to_pylist()
        for n, row in enumerate(rows):
            where = f"{path}#{n}"
            if "record" in columns:
                text = row["record"]
                try:
                    obj = json.loads(text)
                except (TypeError, ValueError) as exc:
                    yield Rejected(STAGE, "bad_record", f"the record column is not JSON: {exc}", source=where)
                    continue
                yield _from_json(obj, text, where)
            elif "reason" in columns:
                yield Rejected(
                    str(row.get("stage")),
                    str(row.get("reason")),
                    str(row.get("detail") or ""),
                    id=row.get("id"),
                    source=row.get("source") or where,
                )
            else:
                raise InputError(f"{path} holds neither records nor rejections", code="E019")


def count_records(path: str | Path) -> int:
    """How many records (or rejections) ``read_records`` will yield, for a progress bar; lines for ``.jsonl``."""
    path = Path(path)
    if path.is_dir():
        return sum(count_records(p) for p in path.rglob("*") if p.suffix in (".jsonl", ".parquet") and p.is_file())
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())
