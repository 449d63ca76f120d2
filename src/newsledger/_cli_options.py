"""Options shared by several CLI commands, declared once."""

from __future__ import annotations

from collections.abc import Callable

import click
from click.decorators import FC

__all__ = ["jobs_option", "limit_option", "reference_date_option"]

# the largest integer SQLite (and PostgreSQL's bigint) can bind: a larger --limit is a usage error, not an OverflowError
MAX_SQL_INT = 2**63 - 1


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .pipeline import parse_iso_date

    if value is not None and parse_iso_date(value) is None:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    return value


reference_date_option = click.option(
    "--reference-date",
    callback=_iso_date,
    help="Resolve relative dates against this ISO date when a page has none.",
)

jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    default=1,
    show_default=True,
    help="Worker processes for analysis (each loads the spaCy pipeline once).",
)


def limit_option(default: int | None) -> Callable[[FC], FC]:
    """``--limit N``: at most N rows."""
    return click.option(
        "--limit", type=click.IntRange(0, MAX_SQL_INT), default=default, show_default=default is not None
    )
