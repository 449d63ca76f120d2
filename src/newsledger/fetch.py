"""Fetching pages and RSS/Atom feeds over HTTP, politely.

``Fetcher`` wraps one ``httpx.Client`` (pass ``transport=`` to serve canned responses in
tests): it checks robots.txt, waits ``per_host_delay`` seconds between two requests to one
host, sends the configured User-Agent, gives up after ``fetch_timeout`` seconds in all (one
deadline for every redirect hop and the whole body), refuses bodies over ``fetch_max_bytes`` and
follows redirects, checking each target against robots.txt, recording the final URL. A URL that cannot be
fetched becomes ``Rejected("fetch", reason, detail)`` so that a batch goes on.
"""

from __future__ import annotations

import hashlib
import re
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from .errors import FetchError
from .inputs import Document, decode, detect_kind, document_from_string
from .record import Rejected
from .settings import Settings
from .sitemaps import is_sitemap, sitemap_documents

__all__ = ["FetchResult", "Fetcher", "is_feed", "is_url"]

STAGE = "fetch"
MAX_REDIRECTS = 10
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def is_feed(content_type: str, data: bytes) -> bool:
    """Whether a response is an RSS or Atom feed (by its type, or by its root element for generic XML)."""
    ctype = content_type.split(";", maxsplit=1)[0].strip().lower()
    if ctype in _FEED_TYPES:
        return True
    if ctype in ("text/html", "application/xhtml+xml"):
        return False
    head = data[:2048].lstrip().lower()
    return (ctype.endswith("xml") or head.startswith(b"<?xml")) and (
        b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    )


@dataclass(slots=True)
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str
    content: bytes


class Fetcher:
    """A polite HTTP client for pages and feeds. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_redirects: int = MAX_REDIRECTS,
    ) -> None:
        self.settings = settings or Settings()
        self.max_redirects = max_redirects
        self._client = httpx.Client(
            transport=transport,
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.fetch_timeout,
            follow_redirects=False,  # followed hop by hop: each target is checked against robots.txt
        )
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.per_host_delay - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _get(self, url: str, *, robots: bool = False) -> FetchResult:
        """GET ``url``, following redirects hop by hop, within one deadline of ``fetch_timeout`` seconds.

        With ``robots``, every redirect target is checked against its host's robots.txt before it is
        asked for. The deadline covers all hops and the whole body, not each read: a server that
        trickles a byte at a time is cut off once the time is up (at the latest one read later).
        """
        timeout = self.settings.fetch_timeout
        deadline = self._clock() + timeout
        current = url
        for hop in range(self.max_redirects + 1):
            if hop:
                if not is_url(current) or not _parses(current):
                    raise FetchError(f"redirected to a URL that is not http(s): {current}", source=url, code="E021")
                if robots and not self.allowed(current):
                    raise FetchError(f"robots.txt disallows the redirect target {current}", source=url, code="E022")
            self._wait_for(current)
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise FetchError(f"timed out after {timeout}s", source=url, code="E025")
            result = self._request(url, current, deadline, min(timeout, remaining))
            if isinstance(result, FetchResult):
                return result
            current = result
        raise FetchError(f"more than {self.max_redirects} redirects", source=url, code="E024")

    def _request(self, url: str, current: str, deadline: float, timeout: float) -> FetchResult | str:
        """One hop: the response, or the URL it redirects to."""
        limit = self.settings.fetch_max_bytes
        try:
            with self._client.stream("GET", current, timeout=timeout) as response:
                if response.next_request is not None:
                    return str(response.next_request.url)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(
                        f"response of {int(declared):,} bytes is over fetch_max_bytes={limit:,}",
                        source=url,
                        code="E023",
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"response is over fetch_max_bytes={limit:,}", source=url, code="E023")
                    if self._clock() > deadline:
                        raise FetchError(
                            f"timed out after {self.settings.fetch_timeout}s (fetch_timeout is a total deadline)",
                            source=url,
                            code="E025",
                        )
                    chunks.append(chunk)
                return FetchResult(
                    url=url,
                    final_url=str(response.url),
                    status=response.status_code,
                    content_type=response.headers.get("content-type", ""),
                    content=b"".join(chunks),
                )
        except (httpx.InvalidURL, ValueError) as exc:  # ValueError: IDNA host names (UnicodeError) among others
            raise FetchError(f"not a URL that can be fetched: {exc}", source=url, code="E021") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.settings.fetch_timeout}s", source=url, code="E025") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"request failed: {type(exc).__name__}: {exc}", source=url, code="E026") from exc

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets our User-Agent fetch it (no robots.txt: yes)."""
        if not self.settings.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                result = self._get(urljoin(origin, "/robots.txt"))
            except FetchError:
                result = None  # an unreachable robots.txt does not forbid anything
            if result is not None:
                parser = urllib.robotparser.RobotFileParser()
                if result.status in (401, 403):
                    parser.parse(["User-agent: *", "Disallow: /"])
                elif result.status < 400:
                    parser.parse(result.content.decode("utf-8", "replace").splitlines())
                else:
                    parser.parse([])  # no robots.txt: everything is allowed
            self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    def fetch(self, url: str) -> FetchResult:
        """GET one URL (robots.txt, rate limit, size cap, redirects); failures raise ``FetchError``."""
        if not is_url(url):
            raise FetchError("only http:// and https:// URLs can be fetched", source=url, code="E021")
        if not _parses(url):
            raise FetchError("not a URL that can be fetched (bad host, port or characters)", source=url, code="E021")
        if not self.allowed(url):
            raise FetchError("robots.txt disallows this URL for our User-Agent", source=url, code="E022")
        result = self._get(url, robots=True)
        if result.status >= 400:
            raise FetchError(f"HTTP status {result.status}", source=url, code="E027")
        return result

    def document(self, result: FetchResult, *, published: str | None = None) -> Document | Rejected:
        """A fetched page as a ``Document`` whose url is the final URL."""
        charset = _CHARSET.search(result.content_type)
        decoded = decode(result.content, declared=charset.group(1) if charset else None)
        if decoded is None or not decoded.text.strip():
            return Rejected(STAGE, "not_text", "the response is empty or not text", id=result.url, source=result.url)
        text = decoded.text
        kind = "html" if "html" in result.content_type.lower() else detect_kind(text, urlsplit(result.final_url).path)
        doc = document_from_string(
            text,
            id=result.final_url,
            kind=kind,
            url=result.final_url,
            published=published,
            source=result.url,
            warnings=decoded.warnings,
        )
        doc.sha256 = hashlib.sha256(result.content).hexdigest()
        return doc

    def feed_entries(self, result: FetchResult) -> list[tuple[str, str | None]]:
        """(entry URL, published ISO date or None) of each entry of a fetched RSS/Atom feed."""
        import feedparser

        parsed = feedparser.parse(result.content)
        out: list[tuple[str, str | None]] = []
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                continue
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            day = time.strftime("%Y-%m-%d", stamp) if stamp else None
            out.append((urljoin(result.final_url, str(link)), day))
        return out

    def documents(self, urls: Iterable[str]) -> Iterator[Document | Rejected]:
        """One Document (or Rejected) per page URL, and per entry of each feed URL."""
        for url in urls:
            try:
                result = self.fetch(url)
            except FetchError as exc:
                yield _rejected(exc, url)
                continue
            if is_sitemap(result.content_type, result.content):
                yield from sitemap_documents(self, result)
                continue
            if not is_feed(result.content_type, result.content):
                yield self.document(result)
                continue
            entries = self.feed_entries(result)
            if not entries:
                yield Rejected(STAGE, "empty_feed", "the feed has no entries with links", id=url, source=url)
            for entry_url, published in entries:
                try:
                    yield self.document(self.fetch(entry_url), published=published)
                except FetchError as exc:
                    yield _rejected(exc, entry_url)


def _parses(url: str) -> bool:
    try:
        httpx.URL(url)
        urlsplit(url).port  # noqa: B018 - raises on a bad port or IPv6 literal
    except (httpx.InvalidURL, ValueError):
        return False
    return True


_REASONS = {
    "E021": "bad_url",
    "E022": "robots",
    "E023": "too_large",
    "E024": "redirects",
    "E025": "timeout",
    "E026": "network",
    "E027": "http_status",
    "E028": "blocked",
    "E029": "timeout",
}


def _rejected(exc: FetchError, url: str) -> Rejected:
    return Rejected(STAGE, _REASONS.get(exc.code, "error"), exc.message, id=url, source=url)
