"""Reading inputs: decoding, kinds, batches, and rejections that leave the rest of a batch alone."""

from __future__ import annotations

import io
import json
import os
import threading
import time
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.inputs import Document, bounded_lines, decode, decode_bytes, detect_kind, line_limit, read_inputs
from newsledger.record import Rejected, json_schema

MAX = 1_000_000


def _read(paths: list[str], **kw: object) -> list[Document | Rejected]:
    return list(read_inputs(paths, max_bytes=MAX, **kw))  # type: ignore[arg-type]


def test_decode_declared_charset_wins() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body>café – “x”</body></html>'
    data = html.replace("–", "-").replace("“", '"').replace("”", '"').encode("latin-1")
    assert "café" in (decode_bytes(data) or "")


def test_decode_misdeclared_charset_falls_back() -> None:
    # declared utf-8, but the bytes are cp1252 (curly quotes 0x93/0x94): must not crash or lose the text
    data = '<meta charset="utf-8"><p>He said “no” to the café plan.</p>'.encode("cp1252")
    text = decode_bytes(data)
    assert text is not None
    assert "said" in text and "plan" in text


def test_decode_keeps_curly_quotes_and_normalises_nfc() -> None:
    decomposed = "Cafe\u0301 “quoted”".encode()
    assert decode_bytes(decomposed) == "Café “quoted”"


def test_decode_utf8_bom() -> None:
    assert decode_bytes("Hello".encode("utf-8-sig")) == "Hello"


def test_decode_rejects_binary() -> None:
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))) is None


@given(st.binary(max_size=2000))
def test_decode_never_raises(data: bytes) -> None:
    out = decode_bytes(data)
    assert out is None or isinstance(out, str)


@pytest.mark.parametrize(
    ("content", "name", "kind"),
    [
        ("<html><body><p>x</p></body></html>", "page", "html"),
        ("plain words", "page.txt", "text"),
        ("<p>x</p>", "page.txt", "text"),
        ("plain", "page.htm", "html"),
        ("<!DOCTYPE html><title>t</title>", "", "html"),
    ],
)
def test_detect_kind(content: str, name: str, kind: str) -> None:
    assert detect_kind(content, name) == kind


def test_read_rejections_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A story.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX + 1))
    out = _read([str(empty), str(binary), str(tmp_path / "missing.txt"), str(big), str(good)])
    reasons = [o.reason if isinstance(o, Rejected) else "ok" for o in out]
    assert reasons == ["empty", "binary", "not_found", "too_large", "ok"]
    assert all(o.detail for o in out if isinstance(o, Rejected))
    doc = out[-1]
    assert isinstance(doc, Document)
    assert doc.id == "good" and doc.kind == "text" and doc.sha256


def test_read_jsonl_batch(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Body “as given”.  ", "is_body": True, "published": "2024-10-29"}),
        "not json",
        json.dumps({"id": "c", "html": "<html><body><p>x</p></body></html>", "url": "https://example.com/c"}),
        json.dumps({"id": "d"}),
        "",
        json.dumps({"text": "   "}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = _read([str(path)])
    assert [type(o).__name__ for o in out] == ["Document", "Rejected", "Document", "Rejected", "Rejected"]
    first = out[0]
    assert isinstance(first, Document)
    assert first.content == "Body “as given”.  " and first.is_body and first.published == "2024-10-29"
    third = out[2]
    assert isinstance(third, Document) and third.kind == "html" and third.url == "https://example.com/c"
    assert [o.reason for o in out if isinstance(o, Rejected)] == ["bad_json", "bad_json", "empty"]


def test_read_stdin_text_and_jsonl() -> None:
    (doc,) = _read(["-"], stdin=io.BytesIO(b"Some page text."))
    assert isinstance(doc, Document) and doc.source == "<stdin>"
    batch = _read(["-"], stdin=io.BytesIO(b'{"id": "x", "text": "one"}\n{"id": "y", "text": "two"}\n'))
    assert [d.id for d in batch if isinstance(d, Document)] == ["x", "y"]


def test_read_stdin_batch_is_not_cut_at_the_size_limit() -> None:
    lines = b"".join(b'{"id": "%d", "text": "%s"}\n' % (i, b"x" * 50) for i in range(100))
    docs = list(read_inputs(["-"], max_bytes=500, stdin=io.BytesIO(lines)))
    assert [d.id for d in docs] == [str(i) for i in range(100)]
    assert all(isinstance(d, Document) for d in docs)


# ---------------------------------------------------------------- issue 13: every input isolated, reads bounded

STORY = (
    "The harbour authority of the fictional port of Valdora said on Tuesday that 40 ships were waiting to "
    "unload, up from 25 last week. “We are working around the clock,” harbour master Ines Okafor said."
)


@pytest.mark.issue(13)
def test_read_jsonl_lone_surrogate_is_replaced_one_for_one_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    text = STORY[:20] + "\udc80" + STORY[20:]
    path.write_text(json.dumps({"id": "s\ud800", "text": text, "is_body": True}) + "\n", encoding="utf-8")
    (doc,) = _read([str(path)])
    assert isinstance(doc, Document)
    assert doc.content == STORY[:20] + "\ufffd" + STORY[20:]  # same length: offsets into the body hold
    assert doc.id == "s\ufffd"
    assert doc.warnings and "surrogate" in doc.warnings[0]
    doc.content.encode("utf-8")  # encodable now


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("fields", "reason", "says"),
    [
        ({"url": ["a"]}, "bad_field", '"url" must be a string, not a list'),
        ({"url": 42}, "bad_field", '"url" must be a string, not the number 42'),
        ({"published": "x2025-03-03y"}, "bad_published", "ISO date"),
        ({"published": "2025-02-30"}, "bad_published", "ISO date"),
        ({"published": 20250303}, "bad_published", "not the number 20250303"),
        ({"is_body": "false"}, "bad_field", '"is_body" must be true or false, not the string "false"'),
        ({"is_body": 1}, "bad_field", '"is_body" must be true or false'),
        ({"id": ["x"]}, "bad_field", '"id" must be a string or a number, not a list'),
        ({"text": {"a": 1}}, "bad_field", '"text" must be a string, not an object'),
        ({"html": 5}, "bad_field", '"html" must be a string'),
    ],
)
def test_read_jsonl_bad_field_is_rejected_with_its_reason_and_the_batch_goes_on(
    tmp_path: Path, fields: dict[str, object], reason: str, says: str
) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [{"id": "before", "text": STORY}, {"id": "bad", "text": STORY, **fields}, {"id": "after", "text": STORY}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    before, bad, after = _read([str(path)])
    assert isinstance(before, Document) and isinstance(after, Document)
    assert isinstance(bad, Rejected) and bad.reason == reason and says in bad.detail
    assert bad.source == f"{path}:2"  # the input is named: file and line
    assert bad.id == ("bad" if "id" not in fields else "batch-2")


def test_read_jsonl_accepts_numbers_as_ids_and_dates_with_times(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    line = {"id": 7, "text": STORY, "published": "2025-03-03T10:00:00Z", "url": "", "is_body": False}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,) = _read([str(path)])
    assert isinstance(doc, Document) and doc.id == "7" and doc.published == "2025-03-03T10:00:00Z" and doc.url is None


@pytest.mark.issue(13)
def test_read_jsonl_line_too_long_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    huge = json.dumps({"id": "huge", "text": "x" * 200_000})
    path.write_text("\n".join([json.dumps({"id": "a", "text": "one"}), huge, json.dumps({"id": "b", "text": "two"})]))
    out = list(read_inputs([str(path)], max_bytes=1000))
    assert [o.id if isinstance(o, Document) else o.reason for o in out] == ["a", "too_large", "b"]
    assert isinstance(out[1], Rejected) and out[1].source == f"{path}:2"


@pytest.mark.parametrize("limit", [1, 5, 7, 100])
@given(st.lists(st.binary(max_size=12).filter(lambda b: b"\n" not in b), max_size=8), st.booleans())
def test_bounded_lines_splits_like_splitlines_and_marks_long_lines(limit: int, lines: list[bytes], end: bool) -> None:
    data = b"\n".join(lines) + (b"\n" if end and lines else b"")
    stream = io.BytesIO(data)
    got = list(bounded_lines(lambda n: stream.read(min(n, 3)), limit))
    expected = data.split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()
    assert got == [line if len(line) <= limit else None for line in expected]


@pytest.mark.issue(13)
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_read_device_is_cut_at_max_bytes(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else None
    (out,) = list(read_inputs([device], max_bytes=100_000))
    assert isinstance(out, Rejected) and out.reason == "too_large" and out.source == device
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before  # the device is closed again


@pytest.mark.issue(13)
def test_read_fifo_without_writer_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    started = time.monotonic()
    out = list(read_inputs([str(fifo), str(good)], max_bytes=MAX, read_timeout=0.3))
    assert time.monotonic() - started < 10
    assert isinstance(out[0], Rejected) and out[0].reason == "timeout" and out[0].source == str(fifo)
    assert isinstance(out[1], Document)


def test_read_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": "f", "text": STORY}) + "\n")

    writer = threading.Thread(target=write)
    writer.start()
    out = list(read_inputs([str(fifo)], max_bytes=MAX, read_timeout=10))
    writer.join()
    assert [o.id for o in out if isinstance(o, Document)] == ["f"]


@pytest.mark.issue(13)
def test_decode_utf8_with_bad_bytes_stays_utf8_with_a_warning() -> None:
    data = STORY.encode("utf-8")
    data = data[:40] + b"\xff\xfe\x80" + data[40:]
    decoded = decode(data)
    assert decoded is not None and decoded.encoding == "utf-8"
    assert decoded.text == STORY[:40] + "\ufffd" * 3 + STORY[40:]  # the curly quotes survive
    assert decoded.warnings == ["3 undecodable byte sequence(s) replaced by U+FFFD (utf-8)"]


def test_decode_cp1252_without_declaration_is_detected_not_replaced() -> None:
    text = "Le café “Belle Époque” a rouvert ses portes à Valdora, déclaré le maire élu en février."
    decoded = decode(text.encode("cp1252"))
    assert decoded is not None and decoded.text == text
    assert decoded.warnings and "detected" in decoded.warnings[0]


@pytest.mark.issue(13)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_decode_bom_is_honoured_before_the_binary_check(codec: str) -> None:
    bom = "\ufeff".encode(codec)
    decoded = decode(bom + STORY.encode(codec))
    assert decoded is not None and decoded.text == STORY and not decoded.warnings


@pytest.mark.issue(13)
def test_decode_meta_utf16_on_a_utf8_page_reads_utf8() -> None:
    page = f'<html><head><meta charset="utf-16"></head><body><p>{STORY}</p></body></html>'
    decoded = decode(page.encode("utf-8"))
    assert decoded is not None and STORY in decoded.text
    # and with bad bytes, the meta utf-16 is still not believed
    decoded = decode(page.encode("utf-8").replace(b"Valdora", b"Vald\xffra"))
    assert decoded is not None and "Vald\ufffdra" in decoded.text


@pytest.mark.issue(13)
def test_read_file_decoding_warnings_reach_the_record(tmp_path: Path) -> None:
    from newsledger.pipeline import analyze_documents
    from newsledger.record import Record
    from newsledger.settings import Settings

    path = tmp_path / "story.txt"
    data = (STORY + " " + STORY.replace("Tuesday", "Monday")).encode("utf-8")
    path.write_bytes(data[:30] + b"\x80" + data[30:])
    (record,) = analyze_documents(_read([str(path)]), Settings(min_body_words=5))
    assert isinstance(record, Record) and record.provenance is not None
    assert record.provenance.warnings == ["1 undecodable byte sequence(s) replaced by U+FFFD (utf-8)"]
    assert "“We are working around the clock,”" in record.article.body
    jsonschema.validate(record.to_dict(), json_schema())


@pytest.mark.issue(13)
def test_read_stdin_line_without_end_gives_up_in_bounded_memory() -> None:
    limit = line_limit(1000)
    stream = io.BytesIO(
        b'{"id": "a", "text": "one"}\n{"text": "' + b"z" * (3 * limit) + b'"}\n{"id": "b", "text": "two"}\n'
    )
    out = list(read_inputs(["-"], max_bytes=1000, stdin=stream))
    assert isinstance(out[0], Document) and out[0].id == "a"
    assert isinstance(out[1], Rejected) and out[1].reason == "too_large" and "without an end" in out[1].detail
    assert len(out) == 2  # a stream (not a file) is given up after a line that long: /dev/zero has no end
