"""The ledger: articles, revisions, speakers, syndication links and claim timelines, in SQLite or PostgreSQL."""

from __future__ import annotations

from .database import EXPORT_TABLES, IngestReport, Ledger
from .export import export_rows
from .records import read_records, record_from_dict
from .timeline import TimelineEntry

__all__ = [
    "EXPORT_TABLES",
    "IngestReport",
    "Ledger",
    "TimelineEntry",
    "export_rows",
    "read_records",
    "record_from_dict",
]
