"""Corpus inputs: WARC files, directories walked recursively, news sitemaps and sitemap indexes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from corpus_helpers import page, warc_of, write_warc
from newsledger.cli import cli
from newsledger.corpus import walk_directory
from newsledger.fetch import Fetcher
from newsledger.inputs import Document, read_inputs
from newsledger.record import Rejected
from newsledger.settings import Settings
from newsledger.sitemaps import is_sitemap, parse_sitemap
from newsledger.warc import warc_documents

MAX = 1_000_000


def test_warc_responses_become_documents_with_url_fetch_date_and_offset(tmp_path: Path) -> None:
    warc = warc_of(tmp_path / "crawl.warc.gz", 2)
    out = list(read_inputs([str(warc)], max_bytes=MAX))
    docs = [o for o in out if isinstance(o, Document)]
    rejected = {o.id: o.reason for o in out if isinstance(o, Rejected)}
    assert [d.url for d in docs] == ["http://news.test/story/0", "http://news.test/story/1"]
    assert docs[0].id == docs[0].url and docs[0].kind == "html"
    assert docs[0].fetched == "2025-03-04T08:00:00+00:00" and docs[1].fetched == "2025-03-04T08:01:00+00:00"
    assert docs[0].content == page(0)
    assert docs[0].source.startswith(f"{warc}#") and docs[0].source != docs[1].source
    assert rejected == {"http://news.test/logo.png": "not_html", "http://news.test/gone": "http_status"}
    # the offset in the source names the record: reading from there gives the same page
    offset = int(docs[1].source.rsplit("#", 1)[1])
    with warc.open("rb") as fh:
        fh.seek(offset)
        from warcio.archiveiterator import ArchiveIterator

        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == "http://news.test/story/1"


def test_warc_slices_split_a_file_without_overlap(tmp_path: Path) -> None:
    warc = warc_of(tmp_path / "crawl.warc", 5, extra=False)  # uncompressed WARC too
    whole = [d.source for d in warc_documents(str(warc), max_bytes=MAX)]
    parts = [[d.source for d in warc_documents(str(warc), max_bytes=MAX, select=(k, 3))] for k in range(3)]
    assert len(whole) == 5 and sorted(s for part in parts for s in part) == sorted(whole)
    assert [len(part) for part in parts] == [2, 2, 1]  # responses are dealt out, requests between them do not count


@pytest.mark.parametrize(("name", "cut", "reason"), [("c.warc", 0.95, "truncated"), ("c.warc.gz", 0.5, "bad_warc")])
def test_a_cut_warc_keeps_what_was_read(tmp_path: Path, name: str, cut: float, reason: str) -> None:
    warc = warc_of(tmp_path / name, 3, extra=False)
    data = warc.read_bytes()
    warc.write_bytes(data[: int(len(data) * cut)])
    out = list(warc_documents(str(warc), max_bytes=MAX))
    assert isinstance(out[0], Document) and isinstance(out[-1], Rejected) and out[-1].reason == reason


def test_analyze_reads_a_warc_and_carries_url_and_fetch_date(tmp_path: Path) -> None:
    warc = warc_of(tmp_path / "crawl.warc.gz", 1)
    result = CliRunner().invoke(cli, ["analyze", str(warc), "--format", "jsonl"])
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    records = [r for r in lines if "article" in r]
    assert len(records) == 1 and len(lines) == 3 and result.exit_code == 1  # the PNG and the 404 are rejected
    rec = records[0]
    assert rec["article"]["url"] == "http://news.test/story/0"
    assert rec["provenance"]["fetched"] == "2025-03-04T08:00:00+00:00"
    assert rec["provenance"]["source"].startswith(str(warc))
    # "on Monday" resolves against the fetch date when the page gives no publication date
    monday = [d for d in rec["dates"] if d["text"].endswith("Monday")]
    assert rec["article"]["published"] is None and monday and monday[0]["value"] == "2025-03-03"


def test_directories_are_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.html").write_text(page(1), encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.txt").write_text("Some page text.", encoding="utf-8")
    (tmp_path / "b" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".hidden.html").write_text("hidden", encoding="utf-8")
    warc_of(tmp_path / "b" / "crawl.warc.gz", 1, extra=False)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in walk_directory(tmp_path)] == [
        "a.html",
        "b/crawl.warc.gz",
        "b/deep/c.txt",
    ]
    docs = list(read_inputs([str(tmp_path)], max_bytes=MAX))
    assert [d.id for d in docs] == ["a", "http://news.test/story/0", "c"]


NEWS_NS = (
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
)


def _news_sitemap(*paths: str) -> str:
    urls = "".join(
        f"<url><loc>http://news.test{p}</loc><news:news><news:publication><news:name>Norvania Daily</news:name>"
        f"</news:publication><news:publication_date>2025-03-0{n + 1}T08:00:00+01:00</news:publication_date>"
        f"<news:title>Story {n}</news:title></news:news></url>"
        for n, p in enumerate(paths)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NEWS_NS}>{urls}</urlset>'


def test_sitemap_index_news_sitemaps_and_gzip_through_the_fetcher() -> None:
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>http://news.test/news-1.xml</loc></sitemap>"
        "<sitemap><loc>/news-2.xml.gz</loc></sitemap>"
        "<sitemap><loc>http://news.test/news-1.xml</loc></sitemap></sitemapindex>"
    )
    routes = {
        "/sitemap.xml": httpx.Response(200, text=index, headers={"content-type": "application/xml"}),
        "/news-1.xml": httpx.Response(200, text=_news_sitemap("/a", "/b"), headers={"content-type": "text/xml"}),
        "/news-2.xml.gz": httpx.Response(
            200,
            content=gzip.compress(_news_sitemap("/c", "/missing").encode()),
            headers={"content-type": "application/x-gzip"},
        ),
    }
    for n, path in enumerate(("/a", "/b", "/c")):
        routes[path] = httpx.Response(200, text=page(n), headers={"content-type": "text/html"})
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return routes.get(request.url.path, httpx.Response(404, text="not found"))

    settings = Settings().replace(per_host_delay=0.0)
    with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        out = list(fetcher.documents(["http://news.test/sitemap.xml"]))
    docs = [o for o in out if isinstance(o, Document)]
    assert [(d.url, d.published) for d in docs] == [
        ("http://news.test/a", "2025-03-01"),
        ("http://news.test/b", "2025-03-02"),
        ("http://news.test/c", "2025-03-01"),
    ]
    (missing,) = [o for o in out if isinstance(o, Rejected)]
    assert (missing.id, missing.reason) == ("http://news.test/missing", "http_status")
    assert seen.count("/news-1.xml") == 1  # listed twice, fetched once


def test_sitemap_detection_and_a_bad_sitemap() -> None:
    assert is_sitemap("application/xml", _news_sitemap("/a").encode())
    assert is_sitemap("application/octet-stream", gzip.compress(_news_sitemap("/a").encode()))
    assert not is_sitemap("text/html", b"<html><body>urlset</body></html>")
    assert not is_sitemap("application/rss+xml", b"<rss><channel></channel></rss>")
    sitemap = parse_sitemap(_news_sitemap("/a").encode(), "http://news.test/s.xml", MAX)
    assert not sitemap.index and sitemap.entries == [("http://news.test/a", "2025-03-01")]
    # an entity bomb is not expanded
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://news.test/&b;</loc></url></urlset>'
    )
    entries = parse_sitemap(bomb.encode(), "http://news.test/s.xml", MAX).entries
    assert all(len(url) < 100 for url, _ in entries)


def test_write_warc_helper_writes_what_warcio_reads(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "one.warc.gz", [("http://news.test/x", page(3))], extra=False)
    (doc,) = list(warc_documents(str(warc), max_bytes=MAX))
    assert isinstance(doc, Document) and "report 3" in doc.content
