"""WARC and WARC.gz files (web crawls such as Common Crawl's CC-NEWS) as ``Document``s.

Every HTTP ``response`` record is one input: its page URL (``WARC-Target-URI``) becomes the
document's id and url, its ``WARC-Date`` the document's ``fetched`` date, and its source is
``path#offset`` (the record's byte offset), which names it uniquely and stably, so a batch can
resume. A response that is not a page (an image, a PDF), not a success (a redirect, a 404) or too
large is a ``Rejected`` value; other records (requests, metadata, warcinfo) are not inputs.

``select=(k, n)`` keeps only the response records whose number in the file is ``k`` modulo ``n``:
Spark tasks split one file that way without an index of its offsets.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .inputs import Document, decode_bytes, document_from_string
from .record import Rejected

__all__ = ["is_warc", "warc_documents"]

STAGE = "read"
_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str) -> bool:
    return path.lower().endswith((".warc", ".warc.gz"))


def _iso(warc_date: str | None) -> str | None:
    """``2025-03-04T08:15:00Z`` → ``2025-03-04T08:15:00+00:00``; other forms are kept as written."""
    if not warc_date:
        return None
    return warc_date[:-1] + "+00:00" if warc_date.endswith("Z") else warc_date


def warc_documents(
    path: str, *, max_bytes: int, select: tuple[int, int] | None = None, stream: Any = None
) -> Iterator[Document | Rejected]:
    """One ``Document`` (or ``Rejected``) per HTTP response record of the WARC file at ``path``.

    ``stream`` is an open binary file to read instead of opening ``path`` (a Spark executor
    reading from object storage passes one).
    """
    from warcio.archiveiterator import ArchiveIterator

    name = Path(path).name
    try:
        fh = contextlib.nullcontext(stream) if stream is not None else Path(path).open("rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        if select is None or select[0] == 0:  # the file's own rejection comes from one slice only
            yield Rejected(STAGE, "unreadable", f"cannot read {path}: {exc.strerror or exc}", id=name, source=path)
        return
    with fh as raw:
        try:
            records = ArchiveIterator(raw)
            responses = 0
            for record in records:
                if record.rec_type != "response":
                    continue
                responses += 1
                if select is None or (responses - 1) % select[1] == select[0]:
                    # the payload first: asking for the offset reads the record to its end
                    data = _read_payload(record.content_stream(), max_bytes)
                    # the record's declared length not all there: the file was cut inside this record
                    cut = len(data) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0
                    source = f"{path}#{records.get_record_offset()}"
                    yield _document(record, data, source, max_bytes, cut=cut)
        except Exception as exc:  # warcio raises anything on a corrupt or cut file (even AttributeError)
            # what was read stands, the rest of the file is one rejection (from one slice only)
            if select is None or select[0] == 0:
                yield Rejected(STAGE, "bad_warc", f"cannot read {path} as WARC: {exc}", id=name, source=path)


def _document(record: Any, data: bytes, source: str, max_bytes: int, *, cut: bool = False) -> Document | Rejected:
    url = record.rec_headers.get_header("WARC-Target-URI") or source
    fetched = _iso(record.rec_headers.get_header("WARC-Date"))
    http = record.http_headers
    if http is None:
        return Rejected(STAGE, "not_http", "the WARC response record holds no HTTP response", id=url, source=source)
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return Rejected(STAGE, "http_status", f"the crawled response has HTTP status {status}", id=url, source=source)
    ctype = (http.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if ctype and ctype not in _PAGE_TYPES:
        return Rejected(STAGE, "not_html", f"the crawled response is {ctype}, not an HTML page", id=url, source=source)
    if len(data) > max_bytes:
        detail = f"the page is over the limit of {max_bytes:,} bytes (setting max_input_bytes)"
        return Rejected(STAGE, "too_large", detail, id=url, source=source)
    if cut:
        detail = f"the WARC record is cut short after {len(data):,} bytes of the page (a truncated file?)"
        return Rejected(STAGE, "truncated", detail, id=url, source=source)
    if not data.strip():
        return Rejected(STAGE, "empty", "the crawled page is empty", id=url, source=source)
    text = decode_bytes(data)
    if text is None:
        return Rejected(STAGE, "binary", "the crawled page is not text", id=url, source=source)
    doc = document_from_string(text, id=url, kind="html", url=url, source=source)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.fetched = fetched
    return doc


def _read_payload(stream: Any, max_bytes: int) -> bytes:
    """The payload, read in chunks (warcio's decoding reader may return nothing for one large read) up to
    ``max_bytes + 1`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(65536, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
