"""The HTTP API of `newsledger serve`, through the ASGI transport; every JSON answer is checked
against the app's own OpenAPI document."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from fastapi import FastAPI

from newsledger.cli import cli
from newsledger.errors import ConfigError
from newsledger.record import SCHEMA
from newsledger.settings import Settings
from newsledger.web import check_bind, create_app
from test_ledger_story import MERIDIAN, WIRE
from web_helpers import XSS_ID, OpenAPICheck, build_ledger

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_ledger(tmp_path / "web.db")


def make_app(db: Path, **settings: Any) -> FastAPI:
    return create_app(db, Settings(**settings))


@pytest.fixture
def app(db: Path) -> Iterator[FastAPI]:
    app = make_app(db)
    yield app
    app.state.ledgers.close()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.fixture
async def check(client: httpx.AsyncClient) -> OpenAPICheck:
    return OpenAPICheck((await client.get("/openapi.json")).json())


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["ok"] is False and body["error"]["code"] == code and body["error"]["status"] == status
    assert body["error"]["message"]
    return body


async def test_web_api_openapi_document(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/openapi.json")).json()
    assert doc["openapi"].startswith("3.1")
    for path in ("/api/articles", "/api/articles/{ref}", "/api/quotes", "/api/speakers", "/api/speakers/{ref}",
                 "/api/speakers/merge", "/api/speakers/split", "/api/timeline", "/api/series", "/api/stats",
                 "/api/export/{table}", "/api/analyze", "/api/ingest", "/api/jobs/{job_id}"):  # fmt: skip
        assert path in doc["paths"], path
    assert "Record" in doc["components"]["schemas"] and "Record_quote" in doc["components"]["schemas"]
    assert not any(p.startswith(("/articles", "/speakers/{ref}/")) for p in doc["paths"])  # pages are not API
    docs = await client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    bundle = await client.get("/static/swagger-ui/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 500_000


async def test_web_api_search_with_facets_and_paging(client: httpx.AsyncClient, check: OpenAPICheck) -> None:
    page = check(await client.get("/api/articles", params={"q": "Teller", "facets": "true"}), "/api/articles")
    assert page["total"] == 6 and len(page["results"]) == 6
    assert any("[" in (h["snippet"] or "") for h in page["results"])
    assert {f["value"] for f in page["facets"]["publishers"]} >= {"The Harbour Times", "Daily Meridian"}
    assert {"Tomas Velikov", "National Emergency Directorate"} <= {f["value"] for f in page["facets"]["speakers"]}
    second = check(await client.get("/api/articles", params={"q": "Teller", "limit": 4, "offset": 4}), "/api/articles")
    assert len(second["results"]) == 2
    narrowed = check(
        await client.get("/api/articles", params={"q": "Teller", "publisher": "Daily Meridian", "until": "2025-03-04"}),
        "/api/articles",
    )
    assert [h["article"] for h in narrowed["results"]] == [MERIDIAN]
    month = check(await client.get("/api/articles", params={"since": "2025-03", "until": "2025-03"}), "/api/articles")
    assert len(month["results"]) == 7  # every article of March 2025, newest first, no words needed


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"q": '"unclosed phrase'}, "E017"),
        ({"q": "floods OR"}, "E017"),
        ({"q": "-only -negative"}, "E017"),
        ({"q": "x" * 301}, "E071"),
        ({"limit": 201}, "E071"),
        ({"limit": 0}, "E071"),
        ({"offset": -1}, "E071"),
        ({"limit": "many"}, "E071"),
        ({"since": "March"}, "E071"),
    ],
)
async def test_web_api_search_refuses_bad_input_with_400(
    client: httpx.AsyncClient, check: OpenAPICheck, params: dict[str, Any], code: str
) -> None:
    response = await client.get("/api/articles", params=params)
    assert_error(response, 400, code)
    check(response, "/api/articles")


async def test_web_api_article_full_record_and_syndication(client: httpx.AsyncClient, check: OpenAPICheck) -> None:
    art = check(await client.get(f"/api/articles/{MERIDIAN}"), "/api/articles/{ref}")
    assert art["copy_of"] == WIRE and art["record"]["schema"] == SCHEMA
    group = art["syndication"]
    assert group[0]["article"] == WIRE and group[0]["diff"] is None
    assert all(m["diff"] is not None for m in group[1:])
    by_record_id = check(await client.get("/api/articles/cp-2025-03-03-floods"), "/api/articles/{ref}")
    assert by_record_id["id"] == WIRE and sorted(by_record_id["copies"]) == [2, 3, 4]
    missing = await client.get("/api/articles/999")
    assert_error(missing, 404, "E073")
    check(missing, "/api/articles/{ref}")


async def test_web_api_quotes_and_speakers(client: httpx.AsyncClient, check: OpenAPICheck) -> None:
    quotes = check(await client.get("/api/quotes", params={"speaker": "Velykov"}), "/api/quotes")["results"]
    assert len(quotes) == 5 and {q["speaker"] for q in quotes} == {"Tomas Velikov"}
    later = check(await client.get("/api/quotes", params={"speaker": "Velikov", "since": "2025-03-05"}), "/api/quotes")
    assert 0 < len(later["results"]) < 5
    about = check(await client.get("/api/quotes", params={"about": "boats"}), "/api/quotes")["results"]
    assert about and all("boats" in q["text"] for q in about)
    speakers = check(await client.get("/api/speakers", params={"limit": 3}), "/api/speakers")
    assert len(speakers["results"]) == 3 and speakers["total"] >= 3
    one = check(await client.get("/api/speakers/Velykov"), "/api/speakers/{ref}")
    assert one["name"] == "Tomas Velikov" and one["by_month"][0]["month"] == "2025-03"
    assert "Interior Minister" in [t["title"] for t in one["titles"]]
    assert_error(await client.get("/api/speakers/Nobody%20Anyone"), 404, "E073")


async def test_web_api_timeline_and_series(client: httpx.AsyncClient, check: OpenAPICheck) -> None:
    timeline = check(await client.get("/api/timeline", params={"q": "killed Teller"}), "/api/timeline")
    values = {e["value"] for e in timeline["entries"]}
    assert values == {42, 57, 61}
    assert any("disagreement" in e["flags"] for e in timeline["entries"])
    series = check(await client.get("/api/series", params={"q": "Teller valley floods"}), "/api/series")
    groups = {s["group"]: s for s in series["series"]}
    assert "Norvanian Red Cross" in groups["people killed"]["sources"]
    entry = groups["people killed"]["entries"][0]
    assert entry["measure"] == "killed" and entry["series"] and entry["as_of_basis"] in ("stated", "published")
    # no query: the series with the most reports, the most reported first
    top = check(await client.get("/api/series"), "/api/series")
    assert top["series"][0]["group"] == "people killed"
    assert check(await client.get("/api/timeline", params={"q": " "}), "/api/timeline")["entries"]


async def test_web_api_stats_and_exports(client: httpx.AsyncClient) -> None:
    stats = (await client.get("/api/stats")).json()
    assert stats["articles"] == 7 and stats["copies"] == 3
    jsonl = await client.get("/api/export/records")
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in jsonl.text.splitlines()]
    assert len(lines) == 7 and all(r["schema"] == SCHEMA for r in lines)
    csv = await client.get("/api/export/claims", params={"format": "csv"})
    assert csv.text.splitlines()[0].startswith("id,article_id,value") and len(csv.text.splitlines()) == 17
    assert_error(await client.get("/api/export/secrets"), 404, "E073")


async def test_web_api_merge_and_split_on_loopback(client: httpx.AsyncClient, check: OpenAPICheck) -> None:
    merged = await client.post("/api/speakers/merge", json={"into": "Tomas Velikov", "other": "Lena Marchetti"})
    row = check(merged, "/api/speakers/merge")
    assert row["name"] == "Tomas Velikov" and "Lena Marchetti" in row["aliases"]
    split = check(
        await client.post("/api/speakers/split", json={"name": "Tomas Velikov", "alias": "Lena Marchetti"}),
        "/api/speakers/split",
    )
    assert split["name"] == "Lena Marchetti"
    again = await client.post("/api/speakers/merge", json={"into": "Tomas Velikov", "other": "Tomas Velikov"})
    assert_error(again, 409, "E054")
    check(again, "/api/speakers/merge")
    assert_error(await client.post("/api/speakers/merge", json={"into": "Tomas Velikov"}), 400, "E071")


async def test_web_api_writes_need_the_token_when_set(db: Path) -> None:
    app = make_app(db, serve_token="s3cret-token")
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
            body = {"into": "Tomas Velikov", "other": "Lena Marchetti"}
            assert_error(await client.post("/api/speakers/merge", json=body), 401, "E074")
            wrong = {"authorization": "Bearer nope"}
            assert_error(await client.post("/api/speakers/merge", json=body, headers=wrong), 401, "E074")
            assert_error(await client.post("/api/ingest", json={"text": "x"}), 401, "E074")
            ok = await client.post("/api/speakers/merge", json=body, headers={"authorization": "Bearer s3cret-token"})
            assert ok.status_code == 200
            assert (await client.get("/api/stats")).status_code == 200  # reads need no token
            login = await client.post("/login", data={"token": "s3cret-token", "next": "/ingest"})
            assert login.status_code == 303 and "httponly" in login.headers["set-cookie"].lower()
            split = await client.post("/api/speakers/split", json={"name": "Tomas Velikov", "alias": "Lena Marchetti"})
            assert split.status_code == 200  # the login cookie
    finally:
        app.state.ledgers.close()


async def test_web_api_cross_site_writes_are_refused(client: httpx.AsyncClient) -> None:
    body = {"into": "Tomas Velikov", "other": "Lena Marchetti"}
    evil = await client.post("/api/speakers/merge", json=body, headers={"origin": "https://evil.example"})
    assert_error(evil, 403, "E075")
    fetch_site = await client.post("/api/speakers/merge", json=body, headers={"sec-fetch-site": "cross-site"})
    assert_error(fetch_site, 403, "E075")
    form = await client.post("/speakers/1/merge", data={"other": "x"}, headers={"origin": "http://evil.example"})
    assert form.status_code == 403 and "E075" in form.text  # a page, for a form


async def test_web_api_bodies_are_capped(db: Path) -> None:
    app = make_app(db, serve_max_body_bytes=1_000)
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
            declared = await client.post("/api/analyze", json={"text": "word " * 400})
            assert_error(declared, 413, "E072")

            async def chunks() -> AsyncIterator[bytes]:  # no content-length: counted as it arrives
                yield b'{"text": "'
                for _ in range(50):
                    yield b"word " * 20
                yield b'"}'

            streamed = await client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
            assert_error(streamed, 413, "E072")
    finally:
        app.state.ledgers.close()


async def test_web_api_host_header_and_bind(client: httpx.AsyncClient, db: Path) -> None:
    rebinding = await client.get("/api/stats", headers={"host": "attacker.example"})
    assert_error(rebinding, 400, "E076")
    assert (await client.get("/api/stats", headers={"host": "localhost:8000"})).status_code == 200
    with pytest.raises(ConfigError) as info:
        check_bind("0.0.0.0", Settings())
    assert info.value.code == "E065"
    check_bind("0.0.0.0", Settings(serve_token="t"))
    check_bind("::1", Settings())
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code != 0 and "E065" in result.output


async def test_web_api_security_headers(client: httpx.AsyncClient) -> None:
    for path in ("/", "/api/stats", f"/articles/{XSS_ID}", "/api/nothing-here"):
        response = await client.get(path)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
    assert_error(await client.get("/api/nothing-here"), 404, "E073")
    page = await client.get("/no/such/page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


async def test_web_api_analyze(client: httpx.AsyncClient, check: OpenAPICheck) -> None:
    text = (
        "Kessa, Norvania — At least 14 people were killed when the river burst its banks on Monday, the "
        "National Emergency Directorate said. “We will rebuild every bridge,” Interior Minister Tomas Velikov "
        "told reporters in the provincial capital. Aid groups said thousands of families had left their homes."
    )
    result = check(
        await client.post("/api/analyze", json={"text": text, "published": "2025-03-05", "is_body": True}),
        "/api/analyze",
    )
    assert result["article"]["body"] == text and result["quotes"]
    assert (await client.get("/api/stats")).json()["articles"] == 7  # nothing stored
    assert_error(await client.post("/api/analyze", json={}), 400, "E071")
    rejected = await client.post("/api/analyze", json={"text": "too short"})
    assert rejected.status_code == 422 and rejected.json()["rejected"]["reason"] == "no_article"
