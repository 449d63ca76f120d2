"""newsledger: read news pages into a ledger of articles, quotes, claims and dates."""

from __future__ import annotations

import logging

from ._version import __version__
from .api import analyze, analyze_html, analyze_text
from .errors import ConfigError, ExtractionError, FetchError, InputError, LedgerError, NLPError, StoreError
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
    "InputError",
    "LedgerError",
    "NLPError",
    "Provenance",
    "Quote",
    "Record",
    "Rejected",
    "Settings",
    "Speaker",
    "StoreError",
    "__version__",
    "analyze",
    "analyze_html",
    "analyze_text",
    "load_settings",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
