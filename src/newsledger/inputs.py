"""Reading inputs: files, ``.jsonl`` batches, directories, WARC files and stdin, as decoded ``Document``s.

Bytes are decoded by BOM or declared charset first (HTTP-style ``charset=`` in a
``<meta>``), then by detection (charset-normalizer), then NFC-normalised. Curly quotes
and other typography are kept: they carry meaning for quote attribution.
A file that cannot become a document yields a ``Rejected`` value, never an exception,
so one bad file does not stop a batch.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .record import Rejected

__all__ = [
    "Document",
    "JsonLine",
    "decode_bytes",
    "detect_kind",
    "document_from_string",
    "jsonl_objects",
    "read_inputs",
]

STAGE = "read"


@dataclass(slots=True)
class Document:
    """One input to analyse: decoded text plus what the caller told us about it."""

    id: str
    content: str
    kind: str  # "html" | "text"
    source: str
    url: str | None = None
    published: str | None = None
    is_body: bool = False
    sha256: str | None = None
    fetched: str | None = None  # when a crawler fetched the page (WARC-Date), ISO 8601


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.I)


def _declared_charset(data: bytes) -> str | None:
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return name
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "ignore").lower()
        try:
            return codecs.lookup(name).name
        except LookupError:
            return None
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def decode_bytes(data: bytes) -> str | None:
    """Decode page bytes to NFC text; None when the bytes are not text."""
    if _looks_binary(data):
        return None
    declared = _declared_charset(data)
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue  # a mis-declared charset falls through to detection
        return unicodedata.normalize("NFC", text)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return unicodedata.normalize("NFC", str(best))


def detect_kind(content: str, name: str = "") -> str:
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith(".txt"):
        return "text"
    return "html" if _HTML_SNIFF.search(content[:2000]) else "text"


def document_from_string(
    content: str,
    *,
    id: str = "input",
    kind: str | None = None,
    url: str | None = None,
    published: str | None = None,
    is_body: bool = False,
    source: str = "<string>",
) -> Document:
    if not is_body:  # a given body is kept byte for byte: offsets into it must match the caller's text
        content = unicodedata.normalize("NFC", content)
    return Document(
        id=id,
        content=content,
        kind=kind or ("text" if is_body else detect_kind(content)),
        source=source,
        url=url,
        published=published,
        is_body=is_body,
        sha256=hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def _from_bytes(data: bytes, *, id: str, source: str, max_bytes: int) -> Document | Rejected:
    if len(data) > max_bytes:
        return Rejected(
            STAGE,
            "too_large",
            f"{len(data):,} bytes is over the limit of {max_bytes:,} (setting max_input_bytes)",
            id=id,
            source=source,
        )
    if not data.strip():
        return Rejected(STAGE, "empty", "the input is empty", id=id, source=source)
    text = decode_bytes(data)
    if text is None:
        return Rejected(
            STAGE, "binary", "the input is not text (binary data or undecodable bytes)", id=id, source=source
        )
    doc = document_from_string(text, id=id, kind=detect_kind(text, source), source=source)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc


@dataclass(slots=True)
class JsonLine:
    """One JSON object of a ``.jsonl`` stream, with where it came from."""

    lineno: int
    where: str  # "file.jsonl:12"
    obj: dict[str, Any]
    text: str  # the line as read


def jsonl_objects(lines: Iterable[str], source: str, stage: str = STAGE) -> Iterator[JsonLine | Rejected]:
    """The JSON objects of a ``.jsonl`` stream; a line that is not one is a ``bad_json`` rejection."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(stage, "bad_json", f"line {lineno} is not JSON: {exc.msg}", source=where)
            continue
        if not isinstance(obj, dict):
            yield Rejected(stage, "bad_json", f"line {lineno} is not a JSON object", source=where)
            continue
        yield JsonLine(lineno, where, obj, line)


def _jsonl_documents(lines: Iterable[str], source: str, max_bytes: int) -> Iterator[Document | Rejected]:
    for item in jsonl_objects(lines, source):
        if isinstance(item, Rejected):
            yield item
            continue
        lineno, where, obj = item.lineno, item.where, item.obj
        id_ = str(obj["id"]) if obj.get("id") is not None else f"{Path(source).stem}-{lineno}"
        content = obj.get("html") if obj.get("html") is not None else obj.get("text")
        if not isinstance(content, str):
            yield Rejected(STAGE, "bad_json", 'line has neither a "text" nor an "html" string', id=id_, source=where)
            continue
        if len(content.encode("utf-8", "surrogatepass")) > max_bytes:
            yield Rejected(STAGE, "too_large", f"input is over the limit of {max_bytes:,} bytes", id=id_, source=where)
            continue
        if not content.strip():
            yield Rejected(STAGE, "empty", "the input is empty", id=id_, source=where)
            continue
        published = obj.get("published")
        is_body = bool(obj.get("is_body"))
        kind = "html" if obj.get("html") is not None else "text"
        yield document_from_string(
            content,
            id=id_,
            kind=kind,
            url=obj.get("url"),
            published=str(published) if published else None,
            is_body=is_body,
            source=where,
        )


def read_inputs(paths: list[str], *, max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[Document | Rejected]:
    """Yield one Document (or Rejected) per input file, per ``.jsonl`` line, or for stdin (``-``)."""
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if data.lstrip().startswith(b"{"):
                # a batch: read it whole (the size limit holds per line), never cut at max_bytes
                data += stream.read()
                yield from _jsonl_documents(data.decode("utf-8", "replace").splitlines(), "<stdin>", max_bytes)
            else:
                yield _from_bytes(data, id="stdin", source="<stdin>", max_bytes=max_bytes)
            continue
        p = Path(path)
        if not p.exists():
            yield Rejected(STAGE, "not_found", f"no such file: {path}", id=p.stem, source=path)
            continue
        if p.is_dir():
            from .corpus import walk_directory

            yield from read_inputs(list(walk_directory(p)), max_bytes=max_bytes)
            continue
        if path.lower().endswith((".warc", ".warc.gz")):
            from .warc import warc_documents

            yield from warc_documents(path, max_bytes=max_bytes)
            continue
        try:
            if p.suffix.lower() == ".jsonl":
                with p.open(encoding="utf-8", errors="replace") as fh:
                    yield from _jsonl_documents(fh, path, max_bytes)
                continue
            size = p.stat().st_size
            if size > max_bytes:
                yield Rejected(
                    STAGE,
                    "too_large",
                    f"{size:,} bytes is over the limit of {max_bytes:,} (setting max_input_bytes)",
                    id=p.stem,
                    source=path,
                )
                continue
            data = p.read_bytes()
        except OSError as exc:
            yield Rejected(STAGE, "unreadable", f"cannot read {path}: {exc.strerror or exc}", id=p.stem, source=path)
            continue
        yield _from_bytes(data, id=p.stem, source=path, max_bytes=max_bytes)
