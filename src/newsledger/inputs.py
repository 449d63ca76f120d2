"""Reading inputs: files, ``.jsonl`` batches, directories, WARC files and stdin, as decoded ``Document``s.

Every read is bounded: at most ``max_bytes + 1`` bytes of a file, device or stream, one
``.jsonl`` line at a time (a line too long is skipped in constant memory), and from a FIFO
or device each wait for data lasts at most ``read_timeout`` seconds.

Bytes are decoded by BOM first, then as strict UTF-8, then as UTF-8 with its few bad bytes
replaced by U+FFFD (never the whole file in a wrong charset), then by the declared charset
(``charset=`` in a ``<meta>``, or the response header of a fetch), then by detection
(charset-normalizer). What was replaced or guessed is a warning in the document, which the
record's provenance keeps. Text is NFC-normalised, except a clean body (``is_body``), kept as
given; lone surrogates (valid in JSON, not encodable) become U+FFFD one for one, so offsets hold.
Curly quotes and other typography are kept: they carry meaning for quote attribution.

A file or line that cannot become a document yields a ``Rejected`` value naming it, never
an exception, so one bad input does not stop a batch.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import os
import re
import select
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from .record import Rejected

__all__ = [
    "Decoded",
    "Document",
    "JsonLine",
    "LineTooLong",
    "ReadTimeout",
    "bounded_lines",
    "clean_text",
    "decode",
    "decode_bytes",
    "detect_kind",
    "document_from_string",
    "is_iso_date",
    "jsonl_objects",
    "line_limit",
    "open_bytes",
    "path_lines",
    "plain_spaces",
    "read_error",
    "read_inputs",
]

STAGE = "read"
_CHUNK = 1 << 16


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
    # what reading had to repair or guess (bad bytes replaced, charset detected); goes into provenance
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- text

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD (same length), and how many there were.

    Surrogates are the only code points a Python string can hold that UTF-8 cannot encode; JSON's
    ``"\\udc80"`` and undecodable file names produce them, and spaCy's tokenizer raises on them.
    """
    if text.isascii():
        return text, 0
    cleaned, count = _SURROGATE.subn("\ufffd", text)
    return cleaned, count


# spaces of a set width (no-break, narrow no-break, thin, hair, figure, en, em): the plain space they show, one
# character for one so that every offset into the text stays true. A name written "Sen.\u00a0Ada Holt" is then
# one name to the tagger, and a line's spaces are the same whatever the page set them with.
_SET_WIDTH_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f", " ")
)


def plain_spaces(text: str) -> str:
    """``text`` with every space of a set width written as a plain space (same length)."""
    return text if text.isascii() else text.translate(_SET_WIDTH_SPACES)


def _clean(text: str, what: str, warnings: list[str]) -> str:
    cleaned, count = clean_text(text)
    if count:
        warnings.append(f"{count} unencodable code point(s) (lone surrogates) in the {what} replaced by U+FFFD")
    return cleaned


_PUBLISHED = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\S*)?")


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is an ISO date naming a real day (``YYYY-MM-DD``, optionally with a time after it)."""
    m = _PUBLISHED.fullmatch(value.strip())
    if not m:
        return False
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.I)
# longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True)
class Decoded:
    text: str  # NFC-normalised
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _charset_name(name: str | None) -> str | None:
    """The codec of a declared charset; a UTF-16/32 declaration on bytes without a BOM reads as UTF-8.

    The HTML standard does the same for ``<meta charset=utf-16>``: a page whose bytes could carry
    that meta tag readably is not UTF-16.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def _replaced(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad bytes; how many replacements that made (U+FFFD already in the text aside)."""
    text = data.decode(encoding, "replace")
    already = data.decode(encoding, "ignore").count("\ufffd")
    return text, text.count("\ufffd") - already


_REPLACED_RUN = re.compile("\ufffd+")


def _mostly_utf8(text: str) -> bool:
    """UTF-8 with a few bad bytes, not another charset: as many valid multi-byte characters as bad spots.

    In text of a single-byte charset (cp1252, latin-1) a valid UTF-8 multi-byte sequence is rare
    and nearly every non-ASCII byte is a bad spot of its own.
    """
    bad = len(_REPLACED_RUN.findall(text))
    valid = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
    return valid > 0 and valid >= bad


def decode(data: bytes, declared: str | None = None) -> Decoded | None:
    """Decode page bytes (``declared``: a charset from outside, e.g. an HTTP header); None when not text.

    Order: BOM; strict UTF-8; UTF-8 with its few bad bytes replaced; the declared charset
    (``declared``, else a ``<meta>`` one); detection.
    """
    warnings: list[str] = []
    encoding = _bom(data)
    if encoding is not None:  # before the binary check: UTF-16 text is full of NUL bytes
        text, errors = _replaced(data, encoding)
        if errors:
            warnings.append(f"{errors} undecodable byte sequence(s) replaced by U+FFFD ({encoding} by BOM)")
        return Decoded(unicodedata.normalize("NFC", text), encoding, warnings)
    if _looks_binary(data):
        return None
    try:
        return Decoded(unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few bad bytes stays UTF-8: read in any single-byte charset, every character would be wrong
    text, errors = _replaced(data, "utf-8")
    if _mostly_utf8(text):
        warnings.append(f"{errors} undecodable byte sequence(s) replaced by U+FFFD (utf-8)")
        return Decoded(unicodedata.normalize("NFC", text), "utf-8", warnings)
    charset = _charset_name(declared) or _charset_name(_meta_charset(data))
    if charset is not None and charset != "utf-8":
        try:
            return Decoded(unicodedata.normalize("NFC", data.decode(charset)), charset)
        except UnicodeDecodeError:
            warnings.append(f"the bytes are not the declared charset {charset}")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    warnings.append(f"not UTF-8 and no usable declared charset: decoded as {best.encoding} (detected)")
    return Decoded(unicodedata.normalize("NFC", str(best)), best.encoding, warnings)


def decode_bytes(data: bytes) -> str | None:
    """Decode page bytes to NFC text; None when the bytes are not text."""
    decoded = decode(data)
    return None if decoded is None else decoded.text


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
    warnings: list[str] | None = None,
) -> Document:
    warnings = list(warnings or [])
    content = _clean(content, "text", warnings)
    if not is_body:  # a given body is kept as given: offsets into it must match the caller's text
        content = unicodedata.normalize("NFC", content)
    return Document(
        id=clean_text(id)[0],
        content=content,
        kind=kind or ("text" if is_body else detect_kind(content)),
        source=clean_text(source)[0],
        url=None if url is None else _clean(url, "url", warnings),
        published=published,
        is_body=is_body,
        sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
        warnings=warnings,
    )


def _from_bytes(data: bytes, *, id: str, source: str, max_bytes: int) -> Document | Rejected:
    if len(data) > max_bytes:
        return Rejected(
            STAGE,
            "too_large",
            f"over the limit of {max_bytes:,} bytes (setting max_input_bytes)",
            id=id,
            source=source,
        )
    if not data.strip():
        return Rejected(STAGE, "empty", "the input is empty", id=id, source=source)
    decoded = decode(data)
    if decoded is None:
        return Rejected(
            STAGE, "binary", "the input is not text (binary data or undecodable bytes)", id=id, source=source
        )
    doc = document_from_string(
        decoded.text, id=id, kind=detect_kind(decoded.text, source), source=source, warnings=decoded.warnings
    )
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc


# ---------------------------------------------------------------- bounded reading


class ReadTimeout(OSError):
    """No data arrived from a FIFO or device within ``read_timeout`` seconds."""


def _reader(fd: int, timeout: float) -> Callable[[int], bytes]:
    """``read(n)`` on a FIFO, socket or device: each wait for data lasts at most ``timeout`` seconds.

    The descriptor is non-blocking and polled: a FIFO with no writer never wakes a blocking read.
    """
    poller = select.poll()
    poller.register(fd, select.POLLIN)

    def read(n: int) -> bytes:
        while True:
            if not poller.poll(max(0.0, timeout) * 1000):
                raise ReadTimeout(f"no data within {timeout:g} s (setting read_timeout)")
            try:
                return os.read(fd, n)
            except BlockingIOError:
                continue  # woken without data: wait again

    return read


def _read_upto(read: Callable[[int], bytes], limit: int) -> bytes:
    """At most ``limit`` bytes, in pieces (a device never reports its size)."""
    parts: list[bytes] = []
    size = 0
    while size < limit:
        chunk = read(min(_CHUNK, limit - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


class LineTooLong(OSError):
    """A line of a stream (not a regular file) runs on so long that the rest of the stream is given up."""


def bounded_lines(read: Callable[[int], bytes], limit: int, *, give_up: int | None = None) -> Iterator[bytes | None]:
    """The lines of a byte stream (without their newline); ``None`` stands for a line over ``limit`` bytes.

    A line too long is skipped up to its newline without being held in memory; with ``give_up``,
    once ``give_up`` more bytes of it have been skipped, ``LineTooLong`` is raised instead
    (``/dev/zero`` has no newline to skip to).
    """
    buf = bytearray()
    skipped: int | None = None  # bytes skipped of the current line, while skipping one
    while chunk := read(_CHUNK):
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            if skipped is None:
                buf += chunk[start:end]
            yield None if skipped is not None or len(buf) > limit else bytes(buf)
            buf.clear()
            skipped = None
            start = end + 1
        if skipped is None:
            buf += chunk[start:]
            if len(buf) > limit:
                skipped = len(buf)
                buf.clear()
        else:
            skipped += len(chunk) - start
        if give_up is not None and skipped is not None and skipped > limit + give_up:
            raise LineTooLong(f"a line runs on past {skipped:,} bytes without an end: the rest is not read")
    if skipped is not None:
        yield None
    elif buf:
        yield bytes(buf)


# ---------------------------------------------------------------- .jsonl batches


@dataclass(slots=True)
class JsonLine:
    """One JSON object of a ``.jsonl`` stream, with where it came from."""

    lineno: int
    where: str  # "file.jsonl:12"
    obj: dict[str, Any]
    text: str  # the line as read
    warnings: list[str] = field(default_factory=list)


def jsonl_objects(
    lines: Iterable[str | bytes | None], source: str, stage: str = STAGE, max_line: int | None = None
) -> Iterator[JsonLine | Rejected]:
    """The JSON objects of a ``.jsonl`` stream; a line that is not one is a ``bad_json`` rejection.

    ``lines`` may be bytes (decoded as UTF-8, bad bytes replaced with a warning) and ``None`` for a
    line ``bounded_lines`` found over ``max_line`` bytes.
    """
    for lineno, raw in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if raw is None:
            yield Rejected(stage, "too_large", f"line {lineno} is over {max_line or 0:,} bytes", source=where)
            continue
        warnings: list[str] = []
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line, errors = _replaced(raw, "utf-8")
                warnings.append(f"{errors} undecodable byte sequence(s) in the line replaced by U+FFFD")
        else:
            line = raw
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(stage, "bad_json", f"line {lineno} is not JSON: {exc.msg}", source=where)
            continue
        except RecursionError:
            yield Rejected(stage, "bad_json", f"line {lineno} nests too deeply to read", source=where)
            continue
        if not isinstance(obj, dict):
            yield Rejected(stage, "bad_json", f"line {lineno} is not a JSON object", source=where)
            continue
        yield JsonLine(lineno, where, obj, line, warnings)


def _kind_name(value: Any) -> str:
    if isinstance(value, bool):
        return f"the boolean {json.dumps(value)}"
    if isinstance(value, str):
        return f"the string {json.dumps(clean_text(value[:40])[0], ensure_ascii=False)}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _document_from_line(item: JsonLine, source: str, max_bytes: int) -> Document | Rejected:
    """One ``.jsonl`` input line as a Document, each field checked: a wrong one is a rejection saying which."""
    obj, where, warnings = item.obj, item.where, list(item.warnings)
    fallback_id = f"{Path(source).stem}-{item.lineno}"
    raw_id = obj.get("id")
    id_ = fallback_id

    def bad(reason: str, detail: str) -> Rejected:
        return Rejected(STAGE, reason, f"line {item.lineno}: {detail}", id=id_, source=where)

    if isinstance(raw_id, str) and raw_id.strip():
        id_ = _clean(raw_id, "id", warnings)
    elif isinstance(raw_id, int | float) and not isinstance(raw_id, bool):
        id_ = str(raw_id)
    elif raw_id not in (None, ""):
        return bad("bad_field", f'"id" must be a string or a number, not {_kind_name(raw_id)}')
    for name in ("text", "html", "url"):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return bad("bad_field", f'"{name}" must be a string, not {_kind_name(value)}')
    is_body = obj.get("is_body")
    if is_body is not None and not isinstance(is_body, bool):
        return bad("bad_field", f'"is_body" must be true or false, not {_kind_name(is_body)}')
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        return bad("bad_published", f'"published" must be an ISO date string (YYYY-MM-DD), not {_kind_name(published)}')
    if published is not None and published.strip() and not is_iso_date(published):
        return bad("bad_published", f'"published" must be an ISO date (YYYY-MM-DD), got {_kind_name(published)}')
    kind = "html" if obj.get("html") is not None else "text"
    content = obj.get(kind)
    if content is None:
        return bad("bad_json", 'the line has neither a "text" nor an "html" string')
    assert isinstance(content, str)
    if len(content.encode("utf-8", "surrogatepass")) > max_bytes:
        return bad("too_large", f"the {kind} is over the limit of {max_bytes:,} bytes (setting max_input_bytes)")
    if not content.strip():
        return bad("empty", "the input is empty")
    url = obj.get("url")
    return document_from_string(
        content,
        id=id_,
        kind=kind,
        url=url if url else None,
        published=published.strip() if published and published.strip() else None,
        is_body=bool(is_body),
        source=where,
        warnings=warnings,
    )


def _jsonl_documents(
    lines: Iterable[bytes | None], source: str, max_bytes: int, max_line: int
) -> Iterator[Document | Rejected]:
    for item in jsonl_objects(lines, source, max_line=max_line):
        yield item if isinstance(item, Rejected) else _document_from_line(item, source, max_bytes)


def line_limit(max_bytes: int) -> int:
    """Longest ``.jsonl`` line read: JSON escapes (``\\u0001``) write a character in up to six bytes."""
    return 6 * max_bytes + _CHUNK


# ---------------------------------------------------------------- files and streams


@contextlib.contextmanager
def open_bytes(path: str, timeout: float) -> Iterator[tuple[Callable[[int], bytes], bool]]:
    """``read(n)`` for a path, and whether it is a regular file.

    FIFOs and devices are opened non-blocking (opening a FIFO with no writer would wait forever)
    and read with a deadline of ``timeout`` seconds per wait (``ReadTimeout``).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            yield _reader(fd, timeout), False
            return
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            yield fh.read, True
    finally:
        os.close(fd)


def path_lines(path: str, limit: int, timeout: float) -> Iterator[bytes | None]:
    """The lines of a ``.jsonl`` file, FIFO or device, each read bounded (see ``bounded_lines``).

    Raises ``OSError`` (``ReadTimeout``, ``LineTooLong`` among them) when reading cannot go on.
    """
    with open_bytes(path, timeout) as (read, regular):
        yield from bounded_lines(read, limit, give_up=None if regular else limit)


def _read_path(path: str, *, max_bytes: int, timeout: float) -> Iterator[Document | Rejected]:
    if not path:  # Path("") is the current folder: an empty argument is a mistake, not "read everything here"
        yield Rejected(STAGE, "not_found", "an empty path", id="", source="")
        return
    p = Path(path)
    name = clean_text(path)[0]
    stem = clean_text(p.stem)[0]
    try:
        exists, is_dir = p.exists(), p.is_dir()
    except OSError as exc:  # a name too long, a loop of links
        yield read_error(exc, STAGE, name, id=stem)
        return
    if not exists:
        yield Rejected(STAGE, "not_found", f"no such file: {name}", id=stem, source=name)
        return
    if is_dir:
        from .corpus import walk_directory

        yield from read_inputs(list(walk_directory(p)), max_bytes=max_bytes, read_timeout=timeout)
        return
    if path.lower().endswith((".warc", ".warc.gz")):
        from .warc import warc_documents

        yield from warc_documents(path, max_bytes=max_bytes)
        return
    lineno = 0
    try:
        if p.suffix.lower() == ".jsonl":
            limit = line_limit(max_bytes)

            def counted() -> Iterator[bytes | None]:
                nonlocal lineno
                for line in path_lines(path, limit, timeout):
                    lineno += 1
                    yield line

            yield from _jsonl_documents(counted(), name, max_bytes, limit)
            return
        with open_bytes(path, timeout) as (read, _):
            data = _read_upto(read, max_bytes + 1)
    except OSError as exc:
        yield read_error(exc, STAGE, name, lineno, id=stem)
        return
    yield _from_bytes(data, id=stem, source=name, max_bytes=max_bytes)


def read_error(exc: OSError, stage: str, name: str, lineno: int = 0, *, id: str | None = None) -> Rejected:
    """The rejection for a read that could not go on (after ``lineno`` lines of a ``.jsonl``)."""
    where = f"{name}:{lineno + 1}" if lineno else name
    if isinstance(exc, ReadTimeout):
        return Rejected(stage, "timeout", f"{name}: {exc}", id=id, source=where)
    if isinstance(exc, LineTooLong):
        return Rejected(stage, "too_large", f"{name}: {exc}", id=id, source=where)
    return Rejected(stage, "unreadable", f"cannot read {name}: {exc.strerror or exc}", id=id, source=where)


def read_inputs(
    paths: list[str], *, max_bytes: int, stdin: BinaryIO | None = None, read_timeout: float = 30.0
) -> Iterator[Document | Rejected]:
    """Yield one Document (or Rejected) per input file, per ``.jsonl`` line, or for stdin (``-``)."""
    for path in paths:
        if path != "-":
            yield from _read_path(path, max_bytes=max_bytes, timeout=read_timeout)
            continue
        stream = stdin if stdin is not None else sys.stdin.buffer
        head = _read_upto(stream.read, max_bytes + 1)
        if not head.lstrip().startswith(b"{"):
            yield _from_bytes(head, id="stdin", source="<stdin>", max_bytes=max_bytes)
            continue
        # a batch: read line by line (the size limit holds per line), never cut at max_bytes
        pending = [head]

        def read(n: int, pending: list[bytes] = pending, stream: BinaryIO = stream) -> bytes:
            return pending.pop() if pending else stream.read(n)

        limit = line_limit(max_bytes)
        try:
            yield from _jsonl_documents(bounded_lines(read, limit, give_up=limit), "<stdin>", max_bytes, limit)
        except OSError as exc:
            yield read_error(exc, STAGE, "<stdin>")
