"""`newsledger serve` in headless Chromium (Debian's chromium; `pytest -m browser`, not in `make test`).

A real server on a loopback port, a real browser: search → article → highlighted quote (tooltip) →
speaker page → timeline with its plotted points → the sentence a point links to; the hostile page
proven inert; the main pages render with no console error or CSP violation. With
``NEWSLEDGER_SCREENSHOTS=DIR`` the main pages are saved there as PNG (``make screenshots``).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import Ledger
from newsledger.settings import Settings
from test_ledger_story import STORY
from web_helpers import XSS_ID, build_ledger, xss_record

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "examples"


class Server:
    """uvicorn serving the app on 127.0.0.1 in a thread."""

    def __init__(self, db: Path, settings: Settings | None = None) -> None:
        import uvicorn

        from newsledger.web import create_app

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.app = create_app(db, settings or Settings())
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.app.state.ledgers.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: apt-get install -y chromium (the .ci/run browser step does)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def story_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(build_ledger(tmp_path_factory.mktemp("browser") / "story.db"))
    yield server
    server.stop()


class Watched:
    """A page that records console errors and CSP violations."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.add_init_script(
            "document.addEventListener('securitypolicyviolation', e => "
            "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
        )

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.close()


def test_web_browser_search_article_speaker_timeline(story_server: Server, watched: Watched) -> None:
    page = watched.page
    page.goto(story_server.url + "/")
    page.fill("form.search input[name=q]", "Teller")
    page.press("form.search input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit").count() == 6
    page.click("li.hit a.title >> text=At least 42 killed")
    page.wait_for_selector(".body .quote")
    quote = page.locator(".body .quote").first
    quote.hover()
    tooltip = page.locator(".tooltip")
    tooltip.wait_for(state="visible")
    assert "speaker: Tomas Velikov" in tooltip.inner_text()
    colour = quote.evaluate("el => getComputedStyle(el).borderBottomColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "")
    page.locator(".body .mention").first.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text().startswith("Tomas Velikov")
    assert page.locator(".quote-item").count() == 2
    page.goto(story_server.url + "/timeline?q=killed+Teller")
    points = page.locator("svg.timeline-chart a.point")
    assert points.count() == 3
    box = points.first.bounding_box()
    assert box is not None and box["width"] > 4 and box["height"] > 4  # drawn, not just in the markup
    assert page.locator("svg.timeline-chart .ring").count() >= 2  # the two disagreeing figures
    points.nth(1).click()
    page.wait_for_selector("#evidence")
    assert page.locator("#evidence").inner_text().startswith("57") or "57" in page.locator("#evidence").inner_text()
    assert page.locator("#evidence").is_visible()
    assert watched.problems == []


def test_web_browser_hostile_page_runs_nothing(story_server: Server, watched: Watched) -> None:
    page = watched.page
    for path in (f"/articles/{XSS_ID}", "/?q=barrier", "/speakers/Ada%20Brill", "/timeline?q=rescued"):
        page.goto(story_server.url + path)
        page.wait_for_load_state("load")
        for element in page.locator("[data-tip]").all()[:20]:
            element.hover()
        assert page.evaluate("window.__pwned") is None, path
        scripts = page.evaluate("[...document.scripts].map(s => s.src)")
        assert scripts == [story_server.url + "/static/app.js"], path
        assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"], [onerror], [onload]').length") == 0
    page.goto(story_server.url + f"/articles/{XSS_ID}")
    body = page.locator(".body").inner_text()
    assert "<script>window.__pwned = 1</script>" in body  # shown as text
    assert page.locator("h1").inner_text() == xss_record().article.title
    # a script that did get into a page would be blocked too: the CSP allows this origin's files only
    blocked = page.evaluate(
        "() => { try { const s = document.createElement('script'); s.textContent = 'window.__pwned = 99';"
        " document.head.appendChild(s); } catch (e) {} return window.__pwned; }"
    )
    assert blocked is None
    assert all("CSP violation" in p or "Content Security Policy" in p for p in watched.problems), watched.problems
    assert watched.problems


def _showcase_ledger(path: Path) -> Path:
    """The example articles and the story (as HTML pages with title and publisher) through the real analyser."""
    from html import escape

    from newsledger.api import analyze

    manifest = json.loads((STORY / "story.json").read_text(encoding="utf-8"))
    pages = []
    for art in manifest["articles"]:
        paragraphs = (STORY / art["file"]).read_text(encoding="utf-8").strip().split("\n\n")
        page = path.parent / (art["id"] + ".html")
        page.write_text(
            f"<!doctype html><html><head><title>{escape(art['title'])}</title>"
            f'<meta property="og:site_name" content="{escape(art["publisher"])}">'
            f'<meta property="article:published_time" content="{art["published"]}">'
            f'<link rel="canonical" href="{escape(art["url"])}"></head><body><article>'
            f"<h1>{escape(art['title'])}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs) + "</article>"
            "</body></html>",
            encoding="utf-8",
        )
        pages.append(page)
    examples = [p for p in sorted(EXAMPLES.iterdir()) if p.suffix != ".jsonl"]
    with Ledger(path) as ledger:
        ledger.ingest(analyze(*examples, *pages))
    return path


def test_web_browser_main_pages_render_cleanly(browser: Any, tmp_path: Path) -> None:
    server = Server(_showcase_ledger(tmp_path / "showcase.db"))
    shots = Path(os.environ.get("NEWSLEDGER_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    watched = Watched(browser)
    try:
        page = watched.page
        with Ledger(tmp_path / "showcase.db", readonly=True) as ledger:
            wire = ledger.article("cp-2025-03-03-floods")
            speaker = ledger.speaker("Velikov") or ledger.speakers(limit=1)[0]  # the most quoted, else
        assert wire is not None
        views = {
            "search": "/?q=floods",
            "article": f"/articles/{wire['id']}",
            "speaker": f"/speakers/{speaker['id']}",
            "timeline": "/timeline?q=killed",
            "ingest": "/ingest",
            "api-docs": "/docs",
        }
        for name, path in views.items():
            page.goto(server.url + path)
            page.wait_for_load_state("networkidle")
            if name == "api-docs":
                page.wait_for_selector(".opblock", timeout=15_000)
            if name == "article":
                page.locator(".body .quote").first.hover()
            page.screenshot(path=str(shots / f"{name}.png"), full_page=name not in ("api-docs", "article"))
            assert watched.problems == [], (name, watched.problems)
        assert page.locator(".opblock").count() >= 14  # every API operation listed by the vendored Swagger UI
    finally:
        watched.close()
        server.stop()
