"""Corpus commands: ``batch`` (a worker pool on this machine) and ``spark`` (the same stages on a cluster)."""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import click

from ._cli_options import reference_date_option
from .batch import FORMATS, BatchProgress, BatchReport, run_batch
from .errors import LedgerError
from .settings import Settings, load_settings

__all__ = ["register"]

EXIT_INTERRUPTED = 130


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    try:
        return load_settings(ctx.obj.get("config") if ctx.obj else None, **overrides)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


def register(group: click.Group) -> None:
    for command in (batch, spark):
        group.add_command(command)


class _ProgressLine:
    """One line on stderr, rewritten at most four times a second: documents, documents per second, rejections."""

    def __init__(self) -> None:
        self._last = 0.0

    def __call__(self, p: BatchProgress, *, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self._last < 0.25:
            return
        self._last = now
        done = p.records + p.rejected
        rate = done / p.elapsed if p.elapsed > 0 else 0.0
        skipped = f", {p.skipped:,} done before" if p.skipped else ""
        line = f"\r{done:,} documents  {rate:.1f} docs/s  {p.rejected:,} rejected{skipped}  [{p.elapsed:,.0f} s]"
        click.echo(line, nl=final, err=True)


def _summary(report: BatchReport) -> str:
    reasons = ", ".join(f"{k} {v}" for k, v in report.reasons.most_common())
    return (
        f"newsledger: {report.records:,} records, {report.rejected:,} rejected"
        + (f" ({reasons})" if reasons else "")
        + (f", {report.skipped:,} documents and {report.skipped_inputs:,} inputs done before" if report.skipped else "")
        + f" in {report.elapsed:,.1f} s ({report.docs_per_second:.2f} docs/s) → {report.out}"
    )


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", "out", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1),
    default=lambda: os.cpu_count() or 1,
    show_default="the number of CPUs",
    help="Worker processes (each loads the spaCy pipeline once).",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--part-size", type=click.IntRange(1), default=1000, show_default=True, help="Documents per output part file."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress line (it is off anyway when stderr is not a terminal).")
@reference_date_option
@click.option("--model", "spacy_model", help="spaCy pipeline to use (default: setting spacy_model).")
@click.pass_context
def batch(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out: str,
    jobs: int,
    fmt: str,
    part_size: int,
    quiet: bool,
    reference_date: str | None,
    spacy_model: str | None,
) -> None:
    """Analyse a corpus into an output folder: files, folders, .jsonl, WARC/WARC.gz, URLs, feeds, sitemaps.

    Records and rejections are written as JSONL (or Parquet) parts under OUT/records and
    OUT/rejections, with counts by reason in OUT/stats.json. Rerunning the same command after a
    crash or Ctrl-C skips what is already written. Exit status 0 when the batch finished (rejections
    are counted, not failures), 130 when interrupted.
    """
    settings = _settings(ctx, reference_date=reference_date, spacy_model=spacy_model)
    show = not quiet and sys.stderr.isatty()
    line = _ProgressLine() if show else None
    try:
        report = run_batch(inputs, out, settings, jobs=jobs, fmt=fmt, part_size=part_size, progress=line)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if line is not None:
        line(BatchProgress(report.records, report.rejected, report.skipped, report.elapsed), final=True)
    click.echo(_summary(report), err=True)
    if report.interrupted:
        click.echo("newsledger: interrupted; run the same command again to go on", err=True)
        ctx.exit(EXIT_INTERRUPTED)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out", "-o", "out", required=True, help="Output folder (any path Spark can write: local, hdfs://, s3a://)."
)
@click.option("--master", help="Spark master (default: what spark-submit set, else local[*]).")
@click.option(
    "--partitions",
    type=click.IntRange(1),
    help="Tasks to split the inputs into (default: Spark's default parallelism).",
)
@reference_date_option
@click.option("--model", "spacy_model", help="spaCy pipeline to use (default: setting spacy_model).")
@click.pass_context
def spark(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out: str,
    master: str | None,
    partitions: int | None,
    reference_date: str | None,
    spacy_model: str | None,
) -> None:
    """Run the pipeline on Spark: WARC/WARC.gz, .jsonl and Parquet inputs → Parquet records and rejections.

    Writes OUT/records and OUT/rejections (the columns `batch --format parquet` writes). Needs the
    optional pyspark: pip install 'newsledger[spark]'. See docs/corpora.md for clusters.
    """
    from .spark import run_spark

    settings = _settings(ctx, reference_date=reference_date, spacy_model=spacy_model)
    try:
        counts = run_spark(list(inputs), out, settings, master=master, partitions=partitions)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(counts["rejected_by_reason"].items()))
    click.echo(
        f"newsledger: {counts['records']:,} records, {counts['rejected']:,} rejected"
        + (f" ({reasons})" if reasons else "")
        + f" in {counts['seconds']:,.1f} s → {out}",
        err=True,
    )
