"""Reading already-analysed records back from their JSON form (``Record.to_dict()``)."""

from __future__ import annotations

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

__all__ = ["LoadedRecord", "read_records", "record_from_dict"]

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
    """Records from a ``.jsonl`` file of records; bad lines and rejected inputs become ``Rejected``."""
    with Path(path).open(encoding="utf-8") as fh:
        for item in jsonl_objects(fh, str(path), STAGE):
            if isinstance(item, Rejected):
                yield item
                continue
            obj, where, line = item.obj, item.where, item.text
            if isinstance(obj.get("rejected"), dict):
                r = obj["rejected"]
                yield Rejected(
                    str(r.get("stage", "?")),
                    str(r.get("reason", "?")),
                    str(r.get("detail", "")),
                    id=obj.get("id"),
                    source=r.get("source") or where,
                )
                continue
            try:
                record = record_from_dict(obj, LoadedRecord)
            except InputError as exc:
                yield Rejected(STAGE, "bad_record", exc.message, id=obj.get("id"), source=where)
                continue
            assert isinstance(record, LoadedRecord)
            if obj.get("schema") == SCHEMA:  # an older record is stored as upgraded, not as read
                record.json_text = line.strip()
            yield record
