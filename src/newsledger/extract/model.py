from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Extracted"]


@dataclass(slots=True)
class Extracted:
    """What the extract stage learns from a page. ``body`` excludes title, dateline and footers."""

    body: str
    title: str | None = None
    byline: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date or datetime
    dateline: str | None = None
    language: str | None = None
