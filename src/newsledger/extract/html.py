"""HTML pages: trafilatura for the main text, our own metadata fallbacks. (first version)"""

from __future__ import annotations

import trafilatura

from ..record import Rejected
from .model import Extracted

__all__ = ["extract_html"]

STAGE = "extract"


def extract_html(html: str, url: str | None = None) -> Extracted | Rejected:
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    if doc is None or not getattr(doc, "text", None):
        return Rejected(STAGE, "no_article", "no article text found in the page")
    return Extracted(
        body=doc.text, title=doc.title, byline=doc.author, publisher=doc.sitename,
        published=doc.date, language=doc.language,
    )
