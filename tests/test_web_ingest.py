"""Ingest through the server: the URL guard (no private targets, every redirect hop checked, size and
time caps) over the Fetcher's injectable transport and resolver — no network — and the jobs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from newsledger.errors import FetchError
from newsledger.settings import Settings
from newsledger.web import create_app
from newsledger.web.guard import check_address, check_url, guarded_fetcher
from web_helpers import OpenAPICheck, build_ledger

pytestmark = pytest.mark.anyio

PUBLIC = {"news.example": "93.184.216.34", "wire.example": "198.51.100.7"}
PRIVATE = {"intranet.example": "10.1.2.3", "meta.example": "169.254.169.254", "local.example": "127.0.0.1"}
ARTICLE = (
    "<html><head><title>Bridge reopens in Kessa</title></head><body><article><h1>Bridge reopens in Kessa</h1>"
    "<p>KESSA, Norvania — The Vell river bridge reopened on Tuesday after repairs that took three weeks, the "
    "regional roads office said. “Traffic can move again between the two halves of the town,” said Mayor Ada "
    "Brill, who cut the ribbon. At least 4,000 vehicles crossed the bridge every day before the floods.</p>"
    "<p>Engineers said the repaired piers were checked twice and that a further inspection would follow in "
    "the summer, when the water is low. Shops near the bridge said trade had fallen by half while it was shut.</p>"
    "</article></body></html>"
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def resolve(host: str, port: int) -> list[str]:
    if host in PUBLIC:
        return [PUBLIC[host]]
    if host in PRIVATE:
        return [PRIVATE[host]]
    raise FetchError(f"cannot resolve {host!r}", source=host, code="E026")


def handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/robots.txt":
        return httpx.Response(404)
    if path == "/story":
        return httpx.Response(200, text=ARTICLE, headers={"content-type": "text/html; charset=utf-8"})
    if path == "/to-private":
        return httpx.Response(302, headers={"location": "http://intranet.example/admin"})
    if path == "/to-metadata":
        return httpx.Response(301, headers={"location": "http://169.254.169.254/latest/meta-data/"})
    if path == "/to-file":
        return httpx.Response(302, headers={"location": "file:///etc/passwd"})
    if path.startswith("/hop/"):
        n = int(path.rsplit("/", 1)[1])
        return httpx.Response(302, headers={"location": f"/hop/{n + 1}" if n < 20 else "/story"})
    if path == "/huge":
        return httpx.Response(200, content=b"<html>" + b"x" * 200_000, headers={"content-type": "text/html"})
    return httpx.Response(404)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    settings = Settings(per_host_delay=0.0, serve_fetch_max_bytes=100_000)
    app = create_app(
        build_ledger(tmp_path / "ingest.db"), settings, fetch_transport=httpx.MockTransport(handler), resolve=resolve
    )
    yield app
    app.state.ledgers.close()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.0.0.8", "172.16.3.4", "192.168.1.1", "169.254.169.254", "224.0.0.251", "0.0.0.0",
     "100.64.0.1", "::1", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"],
)  # fmt: skip
def test_web_guard_refuses_non_public_addresses(address: str) -> None:
    with pytest.raises(FetchError) as info:
        check_address(address, "http://x/")
    assert info.value.code == "E028"


def test_web_guard_accepts_public_addresses() -> None:
    for address in ("93.184.216.34", "2606:4700:4700::1111", "8.8.8.8"):
        check_address(address, "http://x/")


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("file:///etc/passwd", "E021"),
        ("ftp://news.example/x", "E021"),
        ("gopher://news.example/", "E021"),
        ("javascript:alert(1)", "E021"),
        ("http:///nohost", "E021"),
        ("http://user:pw@news.example/story", "E028"),
        ("http://intranet.example/", "E028"),
        ("http://127.0.0.1:8000/api/stats", "E028"),
        ("http://[::1]/", "E028"),
        ("http://2130706433/", "E028"),  # 127.0.0.1 as one number
        ("http://local.example/", "E028"),
    ],
)
def test_web_guard_check_url(url: str, code: str) -> None:
    def numeric(host: str, port: int) -> list[str]:
        try:
            return resolve(host, port)
        except FetchError:
            return [str(__import__("ipaddress").ip_address(int(host) if host.isdigit() else host.strip("[]")))]

    with pytest.raises(FetchError) as info:
        check_url(url, numeric)
    assert info.value.code == code


def test_web_guard_peer_address_is_checked_after_connecting() -> None:
    """A name that resolved to a public address but connected to a private one (DNS rebinding)."""

    class Stream:
        def get_extra_info(self, key: str) -> object:
            return ("10.0.0.5", 80) if key == "server_addr" else None

    def rebound(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=ARTICLE, extensions={"network_stream": Stream()})

    settings = Settings(per_host_delay=0.0, respect_robots=False)
    fetcher = guarded_fetcher(settings, transport=httpx.MockTransport(rebound), resolve=resolve)
    with fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://news.example/story")
    assert info.value.code == "E028"


def test_web_guard_bounds_the_time_of_a_response() -> None:
    now = [0.0]

    def clock() -> float:
        return now[0]

    def slow(request: httpx.Request) -> httpx.Response:
        def drip() -> Iterator[bytes]:
            for _ in range(100):
                now[0] += 1.0  # one byte a second: no read timeout fires
                yield b"x"

        return httpx.Response(200, content=drip(), headers={"content-type": "text/html"})

    settings = Settings(per_host_delay=0.0, respect_robots=False, serve_fetch_timeout=10.0)
    fetcher = guarded_fetcher(settings, transport=httpx.MockTransport(slow), resolve=resolve, clock=clock)
    with fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://news.example/slow")
    assert info.value.code == "E029"


async def ingest(client: httpx.AsyncClient, url: str) -> dict[str, object]:
    response = await client.post("/api/ingest", json={"url": url, "wait": True})
    assert response.status_code == 200, response.text
    job: dict[str, object] = response.json()
    return job


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://news.example/to-private", "blocked"),
        ("http://news.example/to-metadata", "blocked"),
        ("http://news.example/to-file", "bad_url"),
        ("http://news.example/hop/1", "redirects"),
        ("http://news.example/huge", "too_large"),
    ],
)
async def test_web_ingest_url_refusals_become_rejections(client: httpx.AsyncClient, url: str, reason: str) -> None:
    job = await ingest(client, url)
    assert job["status"] == "done" and job["added"] == 0 and job["rejected"] == 1
    rejection = job["rejections"][0]  # type: ignore[index]
    assert rejection["stage"] == "fetch" and rejection["reason"] == reason, rejection


async def test_web_ingest_refuses_private_targets_at_once(client: httpx.AsyncClient) -> None:
    for url, code in (
        ("http://intranet.example/", "E028"),
        ("http://local.example:8000/api/stats", "E028"),
        ("file:///etc/passwd", "E021"),
    ):
        response = await client.post("/api/ingest", json={"url": url})
        assert response.status_code == 400 and response.json()["error"]["code"] == code
    assert (await client.get("/api/stats")).json()["rejections"] == 0  # no job, nothing stored


async def test_web_ingest_a_page_through_redirects(client: httpx.AsyncClient) -> None:
    check = OpenAPICheck((await client.get("/openapi.json")).json())
    response = await client.post("/api/ingest", json={"url": "http://news.example/hop/17", "wait": True})
    job = check(response, "/api/ingest")
    assert job["status"] == "done" and job["added"] == 1, job
    article = (await client.get(f"/api/articles/{job['articles'][0]}")).json()
    assert article["url"] == "http://news.example/story" and "bridge" in article["record"]["article"]["body"]
    again = await ingest(client, "http://news.example/story")
    assert again["unchanged"] == 1 and again["articles"] == job["articles"]


async def test_web_ingest_job_progress_and_pasted_text(client: httpx.AsyncClient) -> None:
    check = OpenAPICheck((await client.get("/openapi.json")).json())
    text = ARTICLE.split("<p>", 1)[1].replace("</p>", "\n").split("</article>")[0].replace("<p>", "")
    started = await client.post("/api/ingest", json={"text": text, "published": "2025-03-11", "id": "pasted-1"})
    assert started.status_code == 202 and started.headers["location"].startswith("/api/jobs/")
    job = check(started, "/api/ingest")
    wait: Callable[[], object] = lambda: client.get(started.headers["location"])  # noqa: E731
    for _ in range(300):
        job = check(await wait(), "/api/jobs/{job_id}")  # type: ignore[arg-type]
        if job["status"] in ("done", "failed"):
            break
        await asyncio.sleep(0.05)
    assert job["status"] == "done" and job["added"] == 1 and job["seen"] == 1, job
    stored = (await client.get("/api/articles/pasted-1")).json()
    assert stored["published"] == "2025-03-11"
    assert (await client.get("/api/jobs/nope")).status_code == 404


async def test_web_ingest_form_redirects_to_its_progress_page(client: httpx.AsyncClient) -> None:
    response = await client.post("/ingest", data={"url": "http://news.example/story"})
    assert response.status_code == 303 and response.headers["location"].startswith("/ingest/jobs/")
    page = await client.get(response.headers["location"])
    assert page.status_code == 200 and "news.example/story" in page.text
    refused = await client.post("/ingest", data={"url": "http://intranet.example/x"})
    assert refused.status_code == 400 and "E028" in refused.text
    neither = await client.post("/ingest", data={"url": "", "text": "  "})
    assert neither.status_code == 400
