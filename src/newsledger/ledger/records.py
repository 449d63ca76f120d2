"""Reading already-analysed records back from their JSON form (``Record.to_dict()``).

Each line is checked against the record's typed fields before it is stored: a wrong type
(``"start": "5"``, ``"url": ["a"]``), an offset outside the body or a line that is not
UTF-8 is a ``Rejected("records", "bad_record", …)`` naming the line, and the rest of the
file goes on. Lone surrogates (valid JSON, not encodable) are replaced by U+FFFD.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..inputs import clean_text, jsonl_objects, line_limit, path_lines, read_error
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
# a record is its body (at most max_input_bytes) and the annotations on it
MAX_LINE = 2 * line_limit(10_000_000)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:[T ].*)?")  # the schema's "isodate"


@dataclass(slots=True)
class LoadedRecord(Record):
    """A record read back from its JSON line; the ledger stores that text as is instead of re-serialising."""

    json_text: str | None = None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _check(value: Any, hint: Any, where: str) -> None:
    """Raise ``InputError`` unless ``value`` (from JSON) fits the type ``hint`` of a record field."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return
        if value is not None and len(options) == 2 and type(None) in options:  # Optional: say what is wrong inside
            _check(value, next(o for o in options if o is not type(None)), where)
            return
        for option in options:
            if option is type(None):
                continue
            try:
                _check(value, option, where)
            except InputError:
                continue
            return
        expected = " or ".join(dict.fromkeys(_name(o) for o in options if not (o is int and float in options)))
        raise InputError(f"{where} must be {expected}, not {_kind(value)}", code="E016")
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise InputError(f"{where} must be a list, not {_kind(value)}", code="E016")
        args = typing.get_args(hint)
        if origin is tuple and len(value) != len(args):
            raise InputError(f"{where} must hold {len(args)} items, not {len(value)}", code="E016")
        for i, item in enumerate(value):
            _check(item, args[i] if origin is tuple else args[0], f"{where}[{i}]")
        return
    if origin is dict:
        if not isinstance(value, dict):
            raise InputError(f"{where} must be an object, not {_kind(value)}", code="E016")
        for key, item in value.items():
            _check(item, typing.get_args(hint)[1], f"{where}.{key}")
        return
    if is_dataclass(hint):
        if not isinstance(value, dict):
            raise InputError(f"{where} must be an object, not {_kind(value)}", code="E016")
        hints = _hints(hint)
        for key, item in value.items():
            if key not in hints:
                raise InputError(f"{where} has an unknown field {key!r}", code="E016")
            _check(item, hints[key], f"{where}.{key}")
        return
    ok = {
        str: isinstance(value, str),
        int: isinstance(value, int) and not isinstance(value, bool),
        float: isinstance(value, int | float) and not isinstance(value, bool),
        bool: isinstance(value, bool),
    }.get(hint, False)
    if not ok:
        raise InputError(f"{where} must be {_name(hint)}, not {_kind(value)}", code="E016")


def _name(hint: Any) -> str:
    if hint is type(None):
        return "null"
    if is_dataclass(hint):
        return "an object"
    if typing.get_origin(hint) in (list, tuple):
        return "a list"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(hint, str(hint))


_HINT_CACHE: dict[Any, dict[str, Any]] = {}


def _hints(cls: Any) -> dict[str, Any]:
    if cls not in _HINT_CACHE:
        resolved = typing.get_type_hints(cls)
        _HINT_CACHE[cls] = {f.name: resolved[f.name] for f in fields(cls)}
    return _HINT_CACHE[cls]


_PARTS: dict[str, Any] = {"entities": Entity, "quotes": Quote, "claims": Claim, "dates": DateMention}


def _check_record(obj: dict[str, Any]) -> None:
    """The record's fields have their types, and every span lies inside the body."""
    if not isinstance(obj.get("id"), str | int) or isinstance(obj.get("id"), bool):
        raise InputError(f'"id" must be a string, not {_kind(obj.get("id"))}', code="E016")
    if "article" not in obj:
        raise InputError('the record has no "article"', code="E016")
    _check(obj["article"], Article, "article")
    body = obj["article"].get("body")
    if not isinstance(body, str):
        raise InputError('"article.body" must be a string', code="E016")
    published = obj["article"].get("published")
    if published is not None and not _ISO.fullmatch(published):
        raise InputError(f'"article.published" must be an ISO date (YYYY-MM-DD), not {published[:40]!r}', code="E016")
    for key, cls in _PARTS.items():
        items = obj.get(key, [])
        _check(items, list[cls], key)  # type: ignore[valid-type]
        for i, item in enumerate(items):
            spans = [(f"{key}[{i}]", item)]
            spans += [(f"{key}[{i}].{part}", item[part]) for part in ("cue", "speaker") if item.get(part)]
            for where, span in spans:
                start, end = span.get("start"), span.get("end")
                if start is None or end is None or not 0 <= start <= end <= len(body):
                    raise InputError(
                        f"{where} spans {start}..{end}, outside the body of {len(body)} characters", code="E016"
                    )
    if obj.get("provenance") is not None:
        _check(obj["provenance"], Provenance, "provenance")


def _opt(d: dict[str, Any] | None, cls: Any) -> Any:
    return None if d is None else cls(**d)


def _without(d: Any, key: str) -> Any:
    return {k: v for k, v in d.items() if k != key} if isinstance(d, dict) else d


def _without_ledger_ids(obj: dict[str, Any]) -> dict[str, Any]:
    """The record as the analysis made it: a record the ledger shows (``Ledger.article``, exports) carries
    the ledger's speaker ids (a quote's ``speaker.id``, a claim's ``source_id``), which are not the analysis's."""
    out = dict(obj)
    if isinstance(obj.get("quotes"), list):
        out["quotes"] = [
            {**q, "speaker": _without(q["speaker"], "id")} if isinstance(q, dict) and q.get("speaker") else q
            for q in obj["quotes"]
        ]
    if isinstance(obj.get("claims"), list):
        out["claims"] = [_without(c, "source_id") for c in obj["claims"]]
    return out


def record_from_dict(obj: dict[str, Any], cls: type[Record] = Record) -> Record:
    """Rebuild a ``Record`` from its JSON object; a wrong shape is an ``InputError`` saying where."""
    if obj.get("schema") not in READABLE_SCHEMAS:
        raise InputError(f"not a {SCHEMA} record (schema={obj.get('schema')!r})", code="E015")
    obj = _without_ledger_ids(obj)
    _check_record(obj)
    try:
        body = obj["article"]["body"]
        quotes = []
        for raw in obj.get("quotes", []):
            q = dict(raw)
            if obj["schema"] != SCHEMA and q.get("spans"):
                q["text"] = quote_text(body, q["spans"])  # record/1 gave a split turn's whole text
            q["cue"] = _opt(q.get("cue"), Cue)
            q["speaker"] = _opt(q.get("speaker"), Speaker)
            if q.get("spans") is not None:
                q["spans"] = [tuple(span) for span in q["spans"]]
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


def _cleaned(value: Any) -> tuple[Any, int]:
    """``value`` with lone surrogates in every string replaced by U+FFFD, and how many there were."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        items = [_cleaned(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        pairs = {clean_text(k)[0]: _cleaned(v) for k, v in value.items()}
        return {k: v for k, (v, _) in pairs.items()}, sum(n for _, n in pairs.values())
    return value, 0


def _text(value: Any) -> str | None:
    return None if value is None else clean_text(value if isinstance(value, str) else repr(value))[0]


def read_records(path: str | Path, *, max_line: int = MAX_LINE, timeout: float = 30.0) -> Iterator[Record | Rejected]:
    """Records from a ``.jsonl`` of records, a Parquet file of records or rejections (``batch`` and ``spark``
    write both), or a folder of such parts (read recursively, in path order); bad lines become ``Rejected``.

    A ``.jsonl`` is read a bounded line at a time (``inputs.path_lines``: a line over ``max_line`` bytes is
    skipped, a FIFO silent for ``timeout`` seconds ends the file with a rejection)."""
    path = Path(path)
    if path.is_dir():
        for part in sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".parquet") and p.is_file()):
            yield from read_records(part, max_line=max_line, timeout=timeout)
        return
    if path.suffix == ".parquet":
        yield from _parquet_records(path)
        return
    name = _text(str(path)) or ""
    lineno = 0

    def counted() -> Iterator[bytes | None]:
        nonlocal lineno
        for line in path_lines(str(path), max_line, timeout):
            lineno += 1
            yield line

    try:
        for item in jsonl_objects(counted(), name, STAGE, max_line):
            if isinstance(item, Rejected):
                yield item
            elif item.warnings:
                yield Rejected(
                    STAGE, "bad_record", "the line is not valid UTF-8", id=_text(item.obj.get("id")), source=item.where
                )
            else:
                yield _from_json(item.obj, item.text.strip(), item.where)
    except OSError as exc:
        yield read_error(exc, STAGE, name, lineno)


def _from_json(obj: dict[str, Any], text: str, where: str) -> Record | Rejected:
    replaced = 0
    if _SURROGATE_ESCAPE.search(text):
        obj, replaced = _cleaned(obj)
    if isinstance(obj.get("rejected"), dict):
        r = obj["rejected"]
        return Rejected(
            _text(r.get("stage")) or "?",
            _text(r.get("reason")) or "?",
            _text(r.get("detail")) or "",
            id=_text(obj.get("id")),
            source=_text(r.get("source")) or where,
        )
    try:
        record = record_from_dict(obj, LoadedRecord)
    except InputError as exc:
        return Rejected(STAGE, "bad_record", exc.message, id=_text(obj.get("id")), source=where)
    assert isinstance(record, LoadedRecord)
    if replaced and record.provenance is not None:
        record.provenance.warnings.append(f"{replaced} unencodable code point(s) (lone surrogates) replaced by U+FFFD")
    # an older record, or one whose surrogates were replaced, is stored as read now, not as written
    record.json_text = text if obj.get("schema") == SCHEMA and not replaced else None
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
    """About how many records (or rejections) ``read_records`` will yield, for a progress bar: lines for ``.jsonl``."""
    path = Path(path)
    if path.is_dir():
        return sum(count_records(p) for p in path.rglob("*") if p.suffix in (".jsonl", ".parquet") and p.is_file())
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    if not path.is_file():
        return 0  # a FIFO or device: read once, by read_records, never counted first
    count, last = 0, b"\n"
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):  # in pieces: a line may be longer than memory
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")
