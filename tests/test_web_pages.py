"""The server-rendered pages: what they show, and that stored strings stay text (the browser proof is in
tests/test_web_browser.py)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from lxml import html

from newsledger.settings import Settings
from newsledger.web import create_app
from newsledger.web.render import highlight
from test_ledger_story import MERIDIAN, WIRE
from web_helpers import PAYLOADS, XSS_ID, build_ledger, xss_record

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(build_ledger(tmp_path / "pages.db"), Settings())
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as c:
            yield c
    finally:
        app.state.ledgers.close()


def dom(text: str) -> html.HtmlElement:
    return html.fromstring(text)


async def test_web_pages_search_with_facets(client: httpx.AsyncClient) -> None:
    page = await client.get("/", params={"q": "Teller"})
    assert page.status_code == 200
    tree = dom(page.text)
    assert len(tree.cssselect("li.hit")) == 6
    assert tree.cssselect(".snippet mark")
    publishers = [a.text for a in tree.cssselect(".facets a[href*='publisher=']")]
    assert "The Harbour Times" in publishers
    narrowed = dom((await client.get("/", params={"q": "Teller", "publisher": "Daily Meridian"})).text)
    assert len(narrowed.cssselect("li.hit")) == 2 and narrowed.cssselect("a.chip")
    bad = await client.get("/", params={"q": '"unclosed'})
    assert bad.status_code == 400 and "E017" in bad.text and "quote is not closed" in bad.text


async def test_web_pages_article_highlights(client: httpx.AsyncClient) -> None:
    tree = dom((await client.get(f"/articles/{WIRE}")).text)
    quotes = tree.cssselect(".body .quote")
    assert quotes and "spk-" in quotes[0].get("class")
    tip = quotes[0].get("data-tip")
    assert "speaker: Tomas Velikov" in tip and "cue: " in tip and "direct quote" in tip
    claims = tree.cssselect(".body .claim")
    assert any("source: National Emergency Directorate" in c.get("data-tip") for c in claims)
    assert any("as of: 2025-03-03" in c.get("data-tip") for c in claims)
    mention = tree.cssselect(".body a.mention")[0]
    assert re.fullmatch(r"/speakers/\d+", mention.get("href"))
    body_text = tree.cssselect(".body")[0].text_content()
    stored = (await client.get(f"/api/articles/{WIRE}")).json()["record"]["article"]["body"]
    assert body_text == stored  # highlighting adds markup, never text
    copy = dom((await client.get(f"/articles/{MERIDIAN}")).text)
    assert copy.cssselect(".notice a[href='/articles/1']")
    assert copy.cssselect("ul.group pre.diff .add") or copy.cssselect("ul.group pre.diff .del")


async def test_web_pages_evidence_target(client: httpx.AsyncClient) -> None:
    page = await client.get(f"/articles/{WIRE}", params={"evidence": "At least 42 people were killed"})
    target = dom(page.text).cssselect("#evidence")
    assert target and "target" in target[0].get("class") and target[0].text_content().startswith("At least 42")


def test_web_pages_highlight_nests_overlapping_spans() -> None:
    record = xss_record().to_dict()
    record["claims"].append({**record["claims"][0], "start": record["quotes"][0]["start"] - 3, "end": 5 + len("x")})
    markup = str(highlight(record))
    assert dom(f"<div>{markup}</div>").text_content() == record["article"]["body"]


async def test_web_pages_speaker(client: httpx.AsyncClient) -> None:
    page = await client.get("/speakers/Velykov")
    tree = dom(page.text)
    assert tree.cssselect("h1")[0].text.strip() == "Tomas Velikov"
    assert "Interior Minister" in page.text
    assert tree.cssselect("svg.bars rect")
    links = [a.get("href") for a in tree.cssselect(".quote-item .meta a")]
    assert links and all(re.fullmatch(r"/articles/\d+#q-\d+", h) for h in links)
    assert len(tree.cssselect(".quote-item")) == 2  # the wire quote (4 reports) and the follow-up's
    assert tree.cssselect("form[action$='/merge']") and tree.cssselect("form[action$='/split'] select option")
    assert (await client.get("/speakers/Nobody")).status_code == 404


async def test_web_pages_merge_and_split_forms(client: httpx.AsyncClient) -> None:
    merged = await client.post("/speakers/Velikov/merge", data={"other": "Lena Marchetti"}, follow_redirects=False)
    assert merged.status_code == 303
    page = await client.get(merged.headers["location"])
    assert "Lena Marchetti" in page.text
    split = await client.post(
        merged.headers["location"] + "/split", data={"alias": "Lena Marchetti"}, follow_redirects=False
    )
    assert split.status_code == 303
    assert dom((await client.get(split.headers["location"])).text).cssselect("h1")[0].text.strip() == "Lena Marchetti"


async def test_web_pages_timeline_plot(client: httpx.AsyncClient) -> None:
    tree = dom((await client.get("/timeline", params={"q": "killed Teller"})).text)
    points = tree.cssselect("svg.timeline-chart a.point")
    assert len(points) == 3
    assert any("flag-disagreement" in p.get("class") for p in points)
    assert tree.cssselect("svg.timeline-chart .ring") and tree.cssselect("svg.timeline-chart .revision-link")
    for point in points:
        assert point.get("href").startswith("/articles/") and "evidence=" in point.get("href")
        assert point.cssselect("title")[0].text
    rows = tree.cssselect("table.timeline tbody tr")
    assert len(rows) == 3 and "superseded" in rows[0].get("class")
    assert "No claims match" in (await client.get("/timeline", params={"q": "zeppelins"})).text
    listed = dom((await client.get("/timeline")).text)  # no query: the series with the most reports
    assert listed.cssselect("section.series h2")[0].text.strip() == "people killed"


async def test_web_pages_stored_strings_stay_text(client: httpx.AsyncClient) -> None:
    for path in (f"/articles/{XSS_ID}", "/?q=barrier", "/speakers/Ada%20Brill", "/timeline?q=rescued"):
        page = await client.get(path)
        assert page.status_code == 200, path
        tree = dom(page.text)
        scripts = tree.cssselect("script")
        assert [s.get("src") for s in scripts] == ["/static/app.js"] and not any(s.text for s in scripts), path
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            assert not any(name.startswith("on") for name in element.attrib), (path, element.tag, element.attrib)
            for name in ("href", "src", "action"):
                assert not (element.get(name) or "").strip().lower().startswith("javascript:"), (path, element.attrib)
        for payload in PAYLOADS:
            assert payload not in page.text
    article = (await client.get(f"/articles/{XSS_ID}")).text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in article
    assert "source: javascript:window.__pwned = 4" in dom(article).text_content().replace("\n", " ") or (
        "javascript:window.__pwned = 4" in dom(article).text_content()
    )


async def test_web_pages_article_shows_why_it_was_not_analysed(tmp_path: Path) -> None:
    """A page in another language is kept unanalysed; its page says so rather than showing an empty analysis."""
    from newsledger.api import analyze_text
    from newsledger.ledger import Ledger
    from newsledger.record import Record

    body = (
        "A câmara municipal anunciou na segunda-feira que a nova linha de barcos vai abrir na primavera, e que o "
        "atraso foi causado por uma disputa com os construtores, disse o chefe dos transportes da cidade. "
    ) * 2
    record = analyze_text(body, is_body=True, url="https://example.org/barcos")
    assert isinstance(record, Record)
    with Ledger(tmp_path / "pt.db") as ledger:
        ledger.ingest([record])
    app = create_app(tmp_path / "pt.db", Settings())
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8000") as c:
            page = await c.get("/articles/1")
    finally:
        app.state.ledgers.close()
    notices = [n.text_content() for n in dom(page.text).cssselect("p.notice")]
    assert any("language 'pt'" in n and "English only" in n for n in notices), notices
