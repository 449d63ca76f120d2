"""Sitemaps: news sitemaps (``<urlset>``, with ``<news:publication_date>``) and sitemap indexes.

A sitemap URL given to ``ingest`` or ``batch`` is fetched through the ``Fetcher`` (robots.txt,
rate limit, size cap), and so is each page it lists; an index's child sitemaps are followed up to
``MAX_DEPTH`` levels, each at most once. Gzipped sitemaps (``.xml.gz``) are read too, within the
fetch size cap. A news sitemap's publication date becomes the page's ``published`` date.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from lxml import etree

from .errors import FetchError, InputError
from .record import Rejected

if TYPE_CHECKING:
    from .fetch import Fetcher, FetchResult
    from .inputs import Document

__all__ = ["MAX_DEPTH", "Sitemap", "is_sitemap", "parse_sitemap", "sitemap_documents"]

STAGE = "fetch"
MAX_DEPTH = 3
_GZIP = b"\x1f\x8b"
# entities are not expanded (no "billion laughs"), nothing is loaded from the network
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


@dataclass(slots=True)
class Sitemap:
    index: bool  # a sitemap index (its entries are sitemaps) or a urlset (its entries are pages)
    entries: list[tuple[str, str | None]] = field(default_factory=list)  # (URL, published ISO date or None)


def _ungzip(data: bytes, max_bytes: int) -> bytes:
    if not data.startswith(_GZIP):
        return data
    out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, max_bytes + 1)
    if len(out) > max_bytes:
        raise InputError(f"the gzipped sitemap unpacks to more than {max_bytes:,} bytes", code="E012")
    return out


def _root_name(data: bytes) -> str | None:
    head = data[:4096]
    if head.startswith(_GZIP):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(data)).read(4096)
        except (OSError, EOFError):
            return None
    for name in ("urlset", "sitemapindex"):
        if f"<{name}".encode() in head or f":{name}".encode() in head:
            return name
    return None


def is_sitemap(content_type: str, data: bytes) -> bool:
    """Whether a fetched body is a sitemap or sitemap index (by its root element, gzipped or not)."""
    ctype = content_type.split(";", maxsplit=1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return False
    return _root_name(data) is not None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_sitemap(data: bytes, base_url: str, max_bytes: int) -> Sitemap:
    """The entries of a sitemap or sitemap index; a body that is not one raises ``InputError``."""
    data = _ungzip(data, max_bytes)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the sitemap is not XML: {exc}", source=base_url, code="E011") from exc
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise InputError("not a sitemap (no <urlset> or <sitemapindex>)", source=base_url, code="E011")
    sitemap = Sitemap(index=_local(root.tag) == "sitemapindex")
    for entry in root:
        if _local(entry.tag) not in ("url", "sitemap"):
            continue
        loc = published = None
        for el in entry.iter():
            name = _local(el.tag)
            if name == "loc" and el.text and loc is None:
                loc = el.text.strip()
            elif name == "publication_date" and el.text:
                published = el.text.strip()[:10]  # the day; a news sitemap gives W3C datetimes
        if loc:
            sitemap.entries.append((urljoin(base_url, loc), published))
    return sitemap


def sitemap_documents(
    fetcher: Fetcher, result: FetchResult, *, depth: int = 0, seen: set[str] | None = None
) -> Iterator[Document | Rejected]:
    """The pages a fetched sitemap lists, fetched as documents; an index's sitemaps are followed."""
    from .fetch import _rejected

    seen = seen if seen is not None else {result.final_url}
    url = result.url
    try:
        sitemap = parse_sitemap(result.content, result.final_url, fetcher.settings.fetch_max_bytes)
    except InputError as exc:
        yield Rejected(STAGE, "bad_sitemap", exc.message, id=url, source=url)
        return
    if not sitemap.entries:
        yield Rejected(STAGE, "empty_sitemap", "the sitemap lists no URLs", id=url, source=url)
        return
    for loc, published in sitemap.entries:
        if loc in seen:
            continue
        seen.add(loc)
        if sitemap.index and depth + 1 > MAX_DEPTH:
            detail = f"sitemap indexes nested deeper than {MAX_DEPTH} levels are not followed"
            yield Rejected(STAGE, "too_deep", detail, id=loc, source=loc)
            continue
        try:
            fetched = fetcher.fetch(loc)
        except FetchError as exc:
            yield _rejected(exc, loc)
            continue
        if sitemap.index:
            yield from sitemap_documents(fetcher, fetched, depth=depth + 1, seen=seen)
        else:
            yield fetcher.document(fetched, published=published)
