"""The typed Python API: the same functions the CLI calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .inputs import document_from_string, read_inputs
from .pipeline import analyze_documents
from .record import Record, Rejected
from .settings import Settings, load_settings

__all__ = ["analyze", "analyze_html", "analyze_text"]


def analyze(*paths: str | Path, settings: Settings | None = None) -> Iterator[Record | Rejected]:
    """Analyse files (``.html``, ``.txt``, ``.jsonl`` batches; ``-`` for stdin), one result per article."""
    settings = settings or load_settings()
    docs = read_inputs([str(p) for p in paths], max_bytes=settings.max_input_bytes, read_timeout=settings.read_timeout)
    return analyze_documents(docs, settings)


def _one(result: Iterator[Record | Rejected]) -> Record | Rejected:
    return next(result)


def analyze_html(
    html: str,
    *,
    url: str | None = None,
    published: str | None = None,
    id: str = "input",
    settings: Settings | None = None,
) -> Record | Rejected:
    """Analyse one HTML page given as a string."""
    settings = settings or load_settings()
    doc = document_from_string(html, id=id, kind="html", url=url, published=published)
    return _one(analyze_documents([doc], settings))


def analyze_text(
    text: str,
    *,
    published: str | None = None,
    is_body: bool = False,
    url: str | None = None,
    id: str = "input",
    settings: Settings | None = None,
) -> Record | Rejected:
    """Analyse scraped page text (or, with ``is_body=True``, an already clean article body)."""
    settings = settings or load_settings()
    doc = document_from_string(text, id=id, kind="text", url=url, published=published, is_body=is_body)
    return _one(analyze_documents([doc], settings))
