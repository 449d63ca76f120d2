"""The analysis pipeline: Document → extract → nlp (entities, dates, quotes, claims) → Record.

Each stage is a function from typed values to typed values; a stage that refuses an input
returns ``Rejected`` and the batch goes on with the next input.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date

from ._version import __version__
from .errors import LedgerError
from .extract import Extracted, extract_html, extract_text
from .inputs import Document
from .nlp.claims import extract_claims
from .nlp.dates import extract_dates
from .nlp.engine import load_nlp
from .nlp.entities import extract_entities
from .nlp.quotes import extract_quotes
from .record import Article, Provenance, Record, Rejected
from .settings import Settings

__all__ = ["STAGE_VERSIONS", "analyze_documents", "extract_document", "parse_iso_date"]

log = logging.getLogger(__name__)

# Versioned implementation names, written into every record's provenance.
STAGE_VERSIONS: dict[str, str] = {
    "extract.html": "news.extract.html.v1",
    "extract.text": "news.extract.text.v1",
    "nlp.entities": "news.entities.rules.v1",
    "nlp.dates": "news.dates.rules.v1",
    "nlp.quotes": "news.quotes.rules.v1",
    "nlp.claims": "news.claims.rules.v1",
}

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def extract_document(doc: Document, settings: Settings) -> Article | Rejected:
    """Stage ``extract``: from a decoded document to a clean Article (body + metadata)."""
    if doc.is_body:
        # the caller vouches the text is a clean body: keep it exactly, offsets must line up
        return Article(body=doc.content, url=doc.url, published=doc.published, language="en")
    result: Extracted | Rejected
    try:
        result = extract_html(doc.content, doc.url) if doc.kind == "html" else extract_text(doc.content)
    except LedgerError as exc:
        result = Rejected("extract", "error", exc.message)
    except Exception as exc:
        log.warning("extract failed on %s: %r", doc.source, exc)
        result = Rejected("extract", "error", f"extractor failed: {type(exc).__name__}: {exc}")
    if isinstance(result, Rejected):
        result.id, result.source = doc.id, doc.source
        return result
    words = len(result.body.split())
    if words < settings.min_body_words:
        return Rejected(
            "extract",
            "no_article",
            f"no article found: the main text has {words} words "
            f"(fewer than min_body_words={settings.min_body_words}); an index page or login wall?",
            id=doc.id,
            source=doc.source,
        )
    return Article(
        body=result.body,
        url=doc.url,
        title=result.title,
        publisher=result.publisher,
        published=doc.published or result.published,
        dateline=result.dateline,
        byline=result.byline,
        language=result.language,
    )


def analyze_documents(
    docs: Iterable[Document | Rejected], settings: Settings, batch_size: int = 16
) -> Iterator[Record | Rejected]:
    """Analyse documents in order; rejected inputs pass through as ``Rejected`` values."""
    nlp = None
    pending: list[tuple[Document, Article]] = []

    def flush() -> Iterator[Record]:
        nonlocal nlp
        if not pending:
            return
        if nlp is None:
            nlp = load_nlp(settings.spacy_model)
        bodies = [article.body for _, article in pending]
        for (doc, article), parsed in zip(pending, nlp.pipe(bodies, batch_size=batch_size), strict=True):
            reference = parse_iso_date(article.published) or parse_iso_date(settings.reference_date)
            entities = extract_entities(parsed)
            dates = extract_dates(parsed, reference)
            quotes = extract_quotes(parsed, entities, dates)
            claims = extract_claims(parsed, quotes, dates, reference)
            yield Record(
                id=doc.id,
                article=article,
                entities=entities,
                quotes=quotes,
                claims=claims,
                dates=dates,
                provenance=Provenance(
                    package_version=__version__, stages=dict(STAGE_VERSIONS), input_sha256=doc.sha256, source=doc.source
                ),
            )
        pending.clear()

    for doc in docs:
        if isinstance(doc, Rejected):
            yield from flush()
            yield doc
            continue
        article = extract_document(doc, settings)
        if isinstance(article, Rejected):
            yield from flush()
            yield article
            continue
        pending.append((doc, article))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
