"""Ledger commands (ingest, timeline, quotes, search, speakers, article, stats, export)."""

from __future__ import annotations

import click

__all__ = ["register"]


def register(group: click.Group) -> None:
    """Attach the ledger commands to the ``newsledger`` group."""
