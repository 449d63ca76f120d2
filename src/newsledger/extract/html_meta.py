"""Page metadata from HTML: title, byline, publisher, publication date and language.

Each field is read from the most explicit source first (JSON-LD, then ``<meta>`` tags, then
the visible page or a library's guess). Every reader tolerates broken markup: a field it
cannot read is ``None``, never an exception.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

__all__ = ["PageMeta", "read_meta"]


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    byline: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    h1: str | None = None  # the visible headline, to drop it from the body


_SPACE = re.compile(r"\s+")
_ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "blogposting",
    "report",
    "webpage",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "liveblogposting",
    "scholarlyarticle",
)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    # some sites escape entities twice ("&amp;#8217;"); one more unescape is harmless on clean text
    text = _SPACE.sub(" ", html.unescape(value)).strip()
    return text or None


def _meta_map(tree: Any) -> dict[str, str]:
    """``<meta>`` content by lower-cased name/property/itemprop; the first occurrence wins."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = _clean(el.get("content"))
        if key and value:
            out.setdefault(key.strip().lower(), value)
    return out


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, ``@graph`` members included; bad JSON is skipped."""
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text.strip().rstrip(";"))
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    values = t if isinstance(t, list) else [t]
    return {v.lower() for v in values if isinstance(v, str)}


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value: a string, an object or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _clean(item.get("name")) if isinstance(item, dict) else _clean(item)
        if name and not name.lower().startswith(("http://", "https://")):
            names.append(name)
    return names


def _article_ld(tree: Any) -> dict[str, Any]:
    """The JSON-LD object that describes the article (the first with an article type and a headline)."""
    fallback: dict[str, Any] = {}
    for obj in _json_ld(tree):
        types = _types(obj)
        if any(t.endswith(_ARTICLE_TYPES) for t in types) and ("headline" in obj or "datePublished" in obj):
            if "webpage" not in types:
                return obj
            fallback = fallback or obj
    return fallback


_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?")


def _iso(value: str | None) -> str | None:
    """ISO date or datetime from common machine-readable forms; ``None`` if it is not one."""
    value = _clean(value)
    if not value:
        return None
    m = _ISO.match(value)
    if not m:
        return None
    y, mo, d, hh, mm, ss, tz = m.groups()
    try:
        datetime(int(y), int(mo), int(d))
    except ValueError:
        return None
    if not 1990 <= int(y) <= datetime.now().year + 1:  # placeholders such as 0001-01-01
        return None
    if hh is None:
        return f"{y}-{mo}-{d}"
    tz = "" if tz is None else ("+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}")
    return f"{y}-{mo}-{d}T{hh}:{mm}:{ss or '00'}{tz}"


_TITLE_SEPARATORS = re.compile(r"\s+[|–—•·:-]\s+|\s+-\s+")


def _strip_site(title: str | None, site: str | None) -> str | None:
    """``"Headline | Site"`` → ``"Headline"`` (and ``"Site: Headline"`` → ``"Headline"``) when a part names the site."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].lower()
    if site and (last in site.lower() or site.lower() in last):
        return _clean(title[: title.lower().rfind(parts[-1].lower())].rstrip(" |–—•·:-"))
    first = parts[0].lower()
    if site and (first in site.lower() or site.lower() in first):
        return _clean(title[len(parts[0]) :].lstrip(" |–—•·:-"))
    return title


def _publisher_name(value: str | None) -> str | None:
    """``"Kessa Daily | Norvania's popular news platform"`` → ``"Kessa Daily"``; a URL → its host name."""
    value = _clean(value)
    if not value:
        return None
    if re.match(r"^(?:https?://|www\.)", value, re.I):
        return _host_name(value if "//" in value else "http://" + value)
    return _clean(re.split(r"\s+[|–—•·]\s+|\s+-\s+", value)[0].lstrip("@"))


def _host_name(url: str | None) -> str | None:
    """``https://www.example-news.co.uk/x`` → ``example-news.co.uk``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition)\.", "", host.lower())
    return host or None


def _first_text(tree: Any, tag: str) -> str | None:
    for el in tree.iter(tag):
        text = _clean(el.text_content()) if hasattr(el, "text_content") else None
        if text:
            return text
    return None


def _language(tree: Any, meta: dict[str, str]) -> str | None:
    """The language the page declares (the pipeline checks it against the body)."""
    candidates = [
        tree.get("lang"),
        tree.get("xml:lang"),
        meta.get("content-language"),
        meta.get("og:locale"),
        meta.get("language"),
        meta.get("dc.language"),
    ]
    for value in candidates:
        code = value.strip() if isinstance(value, str) else ""
        if re.match(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$", code):
            return code.split("-")[0].split("_")[0].lower()
    return None


def _published(tree: Any, meta: dict[str, str], ld: dict[str, Any], url: str | None) -> str | None:
    for value in (
        ld.get("datePublished"),
        ld.get("dateCreated"),
        meta.get("article:published_time"),
        meta.get("og:published_time"),
        meta.get("datepublished"),
        meta.get("pubdate"),
        meta.get("publishdate"),
        meta.get("publish-date"),
        meta.get("parsely-pub-date"),
        meta.get("sailthru.date"),
        meta.get("dc.date.issued"),
        meta.get("dcterms.created"),
        meta.get("date"),
    ):
        iso = _iso(value) if isinstance(value, str) else None
        if iso:
            return iso
    for el in tree.iter("time"):
        iso = _iso(el.get("datetime"))
        if iso and (el.get("pubdate") is not None or "publish" in (el.get("itemprop") or "").lower()):
            return iso
    from htmldate import find_date

    try:
        # extensive_search would guess from any year in the page (a link to "/2024/" gives 2024-01-01)
        found = find_date(tree, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError, OverflowError):
        return None
    return _iso(found) if isinstance(found, str) else None


def read_meta(tree: Any, url: str | None) -> PageMeta:
    """Everything but the body, from a parsed page (an ``lxml.html`` document)."""
    meta = _meta_map(tree)
    ld = _article_ld(tree)
    publisher_ld = _names(ld.get("publisher"))
    publisher = (
        _publisher_name(meta.get("og:site_name"))
        or _publisher_name(publisher_ld[0] if publisher_ld else None)
        or _publisher_name(meta.get("application-name"))
        or _host_name(url or meta.get("og:url"))
    )
    h1 = _first_text(tree, "h1")
    title = (
        _clean(ld.get("headline"))
        or meta.get("og:title")
        or meta.get("twitter:title")
        or _strip_site(_first_text(tree, "title"), publisher)
        or h1
    )
    title = _strip_site(title, publisher)
    authors = _names(ld.get("author")) or _names(meta.get("author")) or _names(meta.get("article:author"))
    authors = [re.sub(r"^by\s+", "", a, flags=re.I) for a in authors]
    authors = [a for a in authors if not publisher or a.lower() != publisher.lower()]
    return PageMeta(
        title=title,
        byline=", ".join(dict.fromkeys(authors)) or None,
        publisher=publisher,
        published=_published(tree, meta, ld, url),
        language=_language(tree, meta),
        h1=h1,
    )
