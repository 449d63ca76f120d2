"""newsledger: read news pages into a ledger of articles, quotes, claims and dates."""

from __future__ import annotations

import logging

from ._version import __version__
from .api import analyze, analyze_html, analyze_text
from .errors import ConfigError, ExtractionError, FetchError, InputError, LedgerError, NLPError, StoreError
from .fetch import Fetcher, FetchResult
from .ledger import IngestReport, Ledger, TimelineEntry
from .ledger.api import ingest, ingest_records, open_ledger
from .record import SCHEMA, Article, Claim, Cue, DateMention, Entity, Provenance, Quote, Record, Rejected, Speaker
from .settings import Settings, load_settings

__all__ = [
    "SCHEMA",
    "Article",
    "Claim",
    "ConfigError",
    "Cue",
    "DateMention",
    "Entity",
    "ExtractionError",
    "FetchError",
    "FetchResult",
    "Fetcher",
    "IngestReport",
    "InputError",
    "Ledger",
    "LedgerError",
    "NLPError",
    "Provenance",
    "Quote",
    "Record",
    "Rejected",
    "Settings",
    "Speaker",
    "StoreError",
    "TimelineEntry",
    "__version__",
    "analyze",
    "analyze_html",
    "analyze_text",
    "ingest",
    "ingest_records",
    "load_settings",
    "open_ledger",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
