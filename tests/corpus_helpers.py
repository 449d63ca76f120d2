"""Fictional news pages and a WARC writer for the corpus tests (warcio writes what crawlers write)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TOWNS = ("Tellerburg", "Kessa", "Orrel", "Dravenport", "Saldane", "Pell", "Korvath", "Marnow", "Vell", "Ostra")


def page(n: int) -> str:
    """A fictional article page, different for every ``n``."""
    town = TOWNS[n % len(TOWNS)]
    paragraphs = "".join(
        f"<p>The council of {town} said on Monday that {120 + 7 * n + i} families had been moved to shelters "
        f"after the river rose, report {n}, paragraph {i} of the account of the floods in northern Norvania.</p>"
        for i in range(5)
    )
    quote = f"<p>“We expect most families to return home by the weekend,” said Mara Quill, the mayor of {town}.</p>"
    return (
        f"<html><head><title>Floods in {town}, report {n}</title></head><body><article>"
        f"<h1>Floods in {town}, report {n}</h1>{paragraphs}{quote}</article></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, str]], *, extra: bool = True) -> Path:
    """A WARC.gz with a request and a response record per (url, html); with ``extra``, also a PNG
    response, a 404 and a metadata record, which are not articles."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def response(url: str, body: bytes, status: str, ctype: str, n: int) -> None:
            date = {"WARC-Date": f"2025-03-04T08:{n:02d}:00Z"}
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "news.test")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request, warc_headers_dict=date))
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http, warc_headers_dict=date
            )
            writer.write_record(record)

        for n, (url, html) in enumerate(pages):
            response(url, html.encode("utf-8"), "200 OK", "text/html; charset=utf-8", n)
        if extra:
            response("http://news.test/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "200 OK", "image/png", 50)
            response("http://news.test/gone", b"not here", "404 Not Found", "text/html", 51)
            writer.write_record(
                writer.create_warc_record("http://news.test/", "metadata", payload=BytesIO(b"via: test"), length=9)
            )
    return path


def warc_of(path: Path, count: int, *, extra: bool = True) -> Path:
    return write_warc(path, [(f"http://news.test/story/{n}", page(n)) for n in range(count)], extra=extra)
