"""Reading inputs: decoding, kinds, batches, and rejections that leave the rest of a batch alone."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.inputs import Document, decode_bytes, detect_kind, read_inputs
from newsledger.record import Rejected

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
