"""Fetching pages and feeds: robots.txt, rate limit, User-Agent, size cap, redirects, feeds, errors.

Canned responses only (httpx.MockTransport, or a local http.server on 127.0.0.1): no network.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.errors import FetchError
from newsledger.fetch import Fetcher, is_feed
from newsledger.inputs import Document
from newsledger.record import Rejected
from newsledger.settings import Settings

ARTICLE = (
    "<html><head><title>Bridge reopens in Tellerburg</title></head><body><article><h1>Bridge reopens</h1>"
    + "".join(
        f"<p>The bridge over the river Teller reopened on Friday, the city council said, paragraph {i} of the "
        "report on the repairs after the March floods in northern Norvania.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Norvania news</title><link>http://news.test/</link>
<item><title>One</title><link>http://news.test/one</link><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate></item>
<item><title>Two</title><link>/two</link></item>
<item><title>Gone</title><link>http://news.test/gone</link></item>
</channel></rss>"""


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def make_fetcher(
    handler: Callable[[httpx.Request], httpx.Response], clock: Clock | None = None, **settings: object
) -> Fetcher:
    clock = clock or Clock()
    return Fetcher(
        Settings().replace(**{"per_host_delay": 0.0, **settings}),
        transport=httpx.MockTransport(handler),
        sleep=clock.sleep,
        clock=clock,
    )


def site(
    routes: dict[str, httpx.Response], seen: list[httpx.Request] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return routes.get(request.url.path, httpx.Response(404, text="not found"))

    return handler


def html(text: str = ARTICLE) -> httpx.Response:
    return httpx.Response(200, text=text, headers={"content-type": "text/html; charset=utf-8"})


def test_fetch_page_sends_user_agent_and_records_final_url() -> None:
    seen: list[httpx.Request] = []
    routes = {"/old": httpx.Response(301, headers={"location": "http://news.test/new"}), "/new": html()}
    with make_fetcher(site(routes, seen), user_agent="testbot/1.0") as fetcher:
        result = fetcher.fetch("http://news.test/old")
        assert result.final_url == "http://news.test/new" and result.url == "http://news.test/old"
        doc = fetcher.document(result)
    assert isinstance(doc, Document)
    assert doc.url == "http://news.test/new" and doc.kind == "html" and doc.source == "http://news.test/old"
    assert all(r.headers["user-agent"] == "testbot/1.0" for r in seen)
    assert [r.url.path for r in seen] == ["/robots.txt", "/old", "/new"]


def test_fetch_robots_txt_disallow() -> None:
    routes = {
        "/robots.txt": httpx.Response(200, text="User-agent: *\nDisallow: /private/\n"),
        "/private/a": html(),
        "/public/a": html(),
    }
    with make_fetcher(site(routes)) as fetcher:
        with pytest.raises(FetchError) as info:
            fetcher.fetch("http://news.test/private/a")
        assert info.value.code == "E022"
        assert fetcher.fetch("http://news.test/public/a").status == 200
        (rejected,) = list(fetcher.documents(["http://news.test/private/a"]))
    assert isinstance(rejected, Rejected) and (rejected.stage, rejected.reason) == ("fetch", "robots")
    with make_fetcher(site(routes), respect_robots=False) as fetcher:
        assert fetcher.fetch("http://news.test/private/a").status == 200


def test_fetch_per_host_rate_limit() -> None:
    clock = Clock()
    routes = {"/a": html(), "/b": html()}
    with make_fetcher(site(routes), clock, per_host_delay=2.0, respect_robots=False) as fetcher:
        fetcher.fetch("http://news.test/a")
        fetcher.fetch("http://news.test/b")
        fetcher.fetch("http://other.test/a")  # another host does not wait
    assert clock.slept == [2.0]


def test_fetch_size_cap() -> None:
    routes = {
        "/big": html("<p>" + "x" * 5000 + "</p>"),
        "/chunked": httpx.Response(200, content=iter([b"y" * 3000, b"y" * 3000])),
    }
    with make_fetcher(site(routes), fetch_max_bytes=4000, respect_robots=False) as fetcher:
        for path in ("/big", "/chunked"):
            with pytest.raises(FetchError) as info:
                fetcher.fetch("http://news.test" + path)
            assert info.value.code == "E023"


def test_fetch_errors_become_rejections() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/slow":
            raise httpx.ReadTimeout("timed out", request=request)
        if request.url.path == "/loop":
            return httpx.Response(302, headers={"location": "/loop"})
        return httpx.Response(500)

    with make_fetcher(handler, respect_robots=False) as fetcher:
        results = list(
            fetcher.documents(
                ["http://news.test/slow", "http://news.test/loop", "http://news.test/x", "ftp://news.test/file"]
            )
        )
    assert [(r.stage, r.reason) for r in results if isinstance(r, Rejected)] == [
        ("fetch", "timeout"),
        ("fetch", "redirects"),
        ("fetch", "http_status"),
        ("fetch", "bad_url"),
    ]


def test_fetch_feed_entries() -> None:
    routes = {
        "/feed.xml": httpx.Response(200, text=RSS, headers={"content-type": "application/rss+xml"}),
        "/one": html(),
        "/two": html(),
    }
    with make_fetcher(site(routes), respect_robots=False) as fetcher:
        results = list(fetcher.documents(["http://news.test/feed.xml"]))
    docs = [r for r in results if isinstance(r, Document)]
    assert [d.url for d in docs] == ["http://news.test/one", "http://news.test/two"]
    assert docs[0].published == "2025-03-03" and docs[1].published is None
    (gone,) = [r for r in results if isinstance(r, Rejected)]
    assert gone.source == "http://news.test/gone" and gone.reason == "http_status"


def test_fetch_is_feed() -> None:
    assert is_feed("application/atom+xml", b"")
    assert is_feed("text/xml", b'<?xml version="1.0"?><rss>')
    assert is_feed("application/xml", b"<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not is_feed("text/html", b"<rss>")
    assert not is_feed("application/xml", b"<sitemap>")


@pytest.fixture
def local_site() -> Iterator[str]:
    pages = {
        "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private\n"),
        "/feed.xml": ("application/rss+xml", RSS.replace("http://news.test", "")),
        "/one": ("text/html", ARTICLE),
        "/two": ("text/html", ARTICLE.replace("Friday", "Saturday")),
        "/private": ("text/html", ARTICLE),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/one")
                self.end_headers()
                return
            if self.path not in pages:
                self.send_error(404)
                return
            ctype, body = pages[self.path]
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_fetch_ingest_urls_and_feed_from_localhost(
    local_site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLEDGER_PER_HOST_DELAY", "0")
    db = str(tmp_path / "web.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", f"{local_site}/moved", f"{local_site}/private", "--db", db])
    assert result.exit_code == 1  # one rejected
    assert "1 added" in result.output and "1 rejected" in result.output and "robots" in result.output
    result = runner.invoke(cli, ["ingest", f"{local_site}/feed.xml", "--db", db])
    assert "1 added" in result.output and "1 unchanged" in result.output  # /one was stored via /moved
    stats = json.loads(runner.invoke(cli, ["stats", "--db", db, "--format", "json"]).output)
    assert stats["articles"] == 2 and stats["rejections"] == 2
    article = json.loads(runner.invoke(cli, ["article", f"{local_site}/one", "--db", db, "--format", "json"]).output)
    assert article["article"]["url"] == f"{local_site}/one"


@pytest.mark.issue(13)
def test_fetch_robots_txt_is_checked_on_every_redirect_hop() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "news.test":
            if request.url.path == "/robots.txt":
                return httpx.Response(200, text="User-agent: *\nDisallow:\n")
            return httpx.Response(302, headers={"location": "http://other.test/private/story"})
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: *\nDisallow: /private/\n")
        return html()

    with make_fetcher(handler) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://news.test/story")
    assert info.value.code == "E022" and "redirect target http://other.test/private/story" in info.value.message
    asked = [str(r.url) for r in seen]
    assert "http://other.test/robots.txt" in asked and "http://other.test/private/story" not in asked


def test_fetch_redirect_to_a_non_http_url_is_refused() -> None:
    routes = {"/a": httpx.Response(302, headers={"location": "file:///etc/passwd"})}
    with make_fetcher(site(routes), respect_robots=False) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://news.test/a")
    assert info.value.code in ("E021", "E026")


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """A loopback server that sends a page one byte every 0.2 s (for 60 s unless the client leaves)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            try:
                for _ in range(300):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass  # the client gave up

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.issue(13)
def test_fetch_timeout_is_a_total_deadline_not_per_read(trickling_server: str) -> None:
    settings = Settings().replace(fetch_timeout=1.0, respect_robots=False, per_host_delay=0.0)
    started = time.monotonic()
    with Fetcher(settings) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(trickling_server + "/slow")
    elapsed = time.monotonic() - started
    assert info.value.code == "E025"
    assert elapsed < 3.0  # each read took 0.2 s, under the per-read timeout: only a total deadline stops it


@pytest.mark.issue(13)
@pytest.mark.parametrize("url", ["http://[::1", "http://new\x00s.test/", "http://xn--/", "http://news.test:99999999/"])
def test_fetch_unparseable_url_is_a_rejection_not_a_crash(url: str) -> None:
    with make_fetcher(site({"/": html()})) as fetcher:
        results = list(fetcher.documents([url, "http://news.test/"]))
    assert isinstance(results[0], Rejected) and results[0].reason == "bad_url"
    assert isinstance(results[1], Document)
