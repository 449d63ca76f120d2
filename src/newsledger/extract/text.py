"""Scraped page text: cut footers, sidebars and teasers, find the dateline. (first version)"""

from __future__ import annotations

from ..record import Rejected
from .model import Extracted

__all__ = ["extract_text"]

STAGE = "extract"


def extract_text(text: str) -> Extracted | Rejected:
    body = text.strip()
    if not body:
        return Rejected(STAGE, "empty", "the page text is empty")
    return Extracted(body=body)
