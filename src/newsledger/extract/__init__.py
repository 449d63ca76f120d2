"""Stage ``extract``: a page (HTML or scraped page text) becomes a clean article body plus metadata."""

from __future__ import annotations

from .html import extract_html
from .model import Extracted
from .text import extract_text

__all__ = ["Extracted", "extract_html", "extract_text"]
