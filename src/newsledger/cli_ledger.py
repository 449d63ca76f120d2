"""Ledger commands (ingest, timeline, quotes, search, speakers, article, stats, export, migrate, reanalyze)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from ._cli_options import jobs_option, limit_option, reference_date_option
from .errors import ArgumentError, LedgerError
from .inputs import clean_text, line_limit
from .ledger import EXPORT_TABLES, Ledger, TimelineEntry, read_records
from .ledger.api import documents, open_ledger, to_reanalyze
from .ledger.api import reanalyze as reanalyze_ledger
from .ledger.export import FORMATS, export_rows
from .ledger.migrations import SCHEMA_VERSION
from .ledger.records import count_records
from .pipeline import analyze_documents
from .record import SCHEMA, Record, Rejected
from .settings import Settings, load_settings

__all__ = ["register"]

EXIT_REJECTED = 1
T = TypeVar("T")

db_option = click.option(
    "--db",
    "db_path",
    metavar="FILE|URL",
    help="The ledger: a SQLite file or a postgresql:// URL (default: setting db_path, ./newsledger.db).",
)


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    try:
        return load_settings(ctx.obj.get("config") if ctx.obj else None, **overrides)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


def _open(ctx: click.Context, db_path: str | None, *, write: bool = False) -> Ledger:
    """An existing ledger: read-only for queries (nothing written, no writer waited for)."""
    settings = _settings(ctx, db_path=db_path)
    return _guard(lambda: open_ledger(settings.db_path, settings=settings, readonly=not write, create=False))


def _guard(fn: Callable[[], T]) -> T:
    """Run ``fn``, turning a ledger error into a clean CLI error."""
    try:
        return fn()
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _number(value: Any) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except OSError:  # a name too long, a loop of links: the reader rejects the input with the reason
        return False


def _is_record_file(path: str) -> bool:
    """A ``.jsonl`` of records (its first line names the record schema); only regular files are peeked into."""
    if not path.endswith(".jsonl") or not _is_file(path):
        return False
    with open(path, "rb") as fh:
        head = fh.read(1 << 16).lstrip()
    first = head.split(b"\n", 1)[0]
    return f'"schema": "{SCHEMA}"'.encode() in first or f'"schema":"{SCHEMA}"'.encode() in first


def _count_lines(path: str) -> int:
    """Non-empty lines of a regular file (for the progress bar); 0 for a FIFO or device."""
    if not _is_file(path):
        return 0
    count, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def register(group: click.Group) -> None:
    """Attach the ledger commands to the ``newsledger`` group."""
    for command in (ingest, timeline, quotes, search, speakers, article, stats, export, migrate, reanalyze):
        group.add_command(command)


@click.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--records",
    "record_files",
    multiple=True,
    type=click.Path(exists=True),
    help="Already-analysed records (newsledger.record/1) to store without re-analysing: a .jsonl, a Parquet "
    "file, or a folder of parts as `batch` and `spark` write them.",
)
@db_option
@click.option("--batch-size", type=click.IntRange(1), default=500, show_default=True, help="Records per transaction.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a TTY).")
@reference_date_option
@jobs_option
@click.pass_context
def ingest(
    ctx: click.Context,
    inputs: tuple[str, ...],
    record_files: tuple[str, ...],
    db_path: str | None,
    batch_size: int,
    progress: bool | None,
    reference_date: str | None,
    jobs: int,
) -> None:
    """Analyse and store articles: files (.html, .txt, .jsonl), URLs, RSS/Atom feed URLs, or - for stdin.

    Storing is idempotent: an article seen before with the same body is skipped, a changed
    body for the same URL (or id) is stored as a new revision with a diff. Rejected inputs
    are stored in the rejections table and reported on stderr; the exit status is 1 when any
    input was rejected.
    """
    if not inputs and not record_files:
        raise click.UsageError("give at least one PATH, URL or FEED (or - for stdin), or --records FILE")
    settings = _settings(ctx, db_path=db_path, reference_date=reference_date)
    # a .jsonl of records given as a PATH is stored like --records, not analysed again
    record_files += tuple(p for p in inputs if _is_record_file(p))
    inputs = tuple(p for p in inputs if p not in record_files)
    limit = 2 * line_limit(settings.max_input_bytes)  # a record line: its body and the annotations on it
    items: list[Iterable[Record | Rejected]] = [
        read_records(path, max_line=limit, timeout=settings.read_timeout) for path in record_files
    ]
    if inputs:
        items.append(analyze_documents(documents(inputs, settings), settings, jobs=jobs))
    # records for --records files and .jsonl batches (a line each), one for any other input; feeds are unknown
    expected = sum(count_records(p) for p in record_files)
    expected += sum(_count_lines(p) for p in inputs if p.endswith(".jsonl") and _is_file(p))
    expected += sum(1 for p in inputs if not p.endswith(".jsonl"))
    show = progress if progress is not None else sys.stderr.isatty()

    def stream(step: Callable[[int], None] | None = None) -> Iterator[Record | Rejected]:
        for chunk in items:
            for item in chunk:
                if step is not None:
                    step(1)  # as each input is read and analysed, before its batch is stored
                yield item

    try:
        with open_ledger(settings.db_path, settings=settings) as ledger:
            location = ledger.location
            if show:
                with click.progressbar(length=max(expected, 1), label="ingesting", file=sys.stderr) as bar:
                    report = ledger.ingest(stream(bar.update), batch_size=batch_size)
            else:
                report = ledger.ingest(stream(), batch_size=batch_size)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc
    for rej in report.rejections:
        line = f"newsledger: rejected {rej.source or rej.id}: [{rej.stage}/{rej.reason}] {rej.detail}"
        click.echo(clean_text(line)[0], err=True)  # a detail quoting the input may hold a lone surrogate
    click.echo(
        f"newsledger: {report.added} added, {report.revised} revised, {report.unchanged} unchanged, "
        f"{report.rejected} rejected → {location}",
        err=True,
    )
    if report.rejected:
        ctx.exit(EXIT_REJECTED)


@click.command()
@click.argument("query", required=False, default="")
@db_option
@click.option("--series", "top", default=10, show_default=True, help="Without QUERY: how many series to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def timeline(ctx: click.Context, query: str, db_path: str | None, top: int, fmt: str) -> None:
    """The statements QUERY finds, by what is counted (the series) and as-of date, across articles.

    QUERY names what is counted and what happened to it ("troops", "soldiers killed", "flights cancelled",
    "people killed in Drasna"; synonyms count) and/or other words for the story, a place, an owner or a
    source ("earthquake", "Norvanian troops", "Southwest"). Without QUERY: the series with the most reports.
    An as-of date marked ~ is the publication date (the text gave none).
    """
    with _open(ctx, db_path) as ledger:
        entries = _guard(lambda: ledger.timeline(query, series=top))
    if fmt == "json":
        _json([e.to_dict() for e in entries])
        return
    if not entries:
        click.echo(f"no claims match {query!r}" if query.strip() else "no claims in the ledger")
        return
    if not query.strip():
        _series_table(entries)
        return
    group = None
    for e in entries:
        if e.group != group:
            group = e.group
            click.echo(click.style(f"\n{group}", bold=True))
        figure = _figure(e)
        flags = f"  [{', '.join(e.flags)}]" if e.flags else ""
        outlets = sorted({r.publisher or r.record_id for r in e.reports})
        day = "(no date)" if e.as_of is None else ("~" if e.as_of_basis == "published" else "") + e.as_of
        click.echo(
            f"  {day:<11}  {figure:>14}  {e.source or '(unattributed)':<28} "
            f"{len(e.reports)} report(s), {e.origins} origin(s): {', '.join(outlets)}" + click.style(flags, fg="yellow")
        )


def _figure(e: TimelineEntry) -> str:
    """An entry's figure as a reader writes it: "at least 1,200", "300–400", a vague amount's own words."""
    figure = _number(e.value) if e.low is None else f"{_number(e.low)}–{_number(e.high)}"
    figure = figure or (e.reports[0].text if e.reports else "") or "—"
    return f"{e.qualifier} {figure}" if e.qualifier else figure


def _series_table(entries: list[TimelineEntry]) -> None:
    """One line per series: its name, statements, reports, sources and latest figure."""
    by_series: dict[str, list[TimelineEntry]] = {}
    for e in entries:
        by_series.setdefault(e.group, []).append(e)
    for name, members in by_series.items():
        dated = [e for e in members if e.as_of]
        last = max(dated, key=lambda e: e.as_of or "") if dated else members[-1]
        sources = len({e.source for e in members if e.source})
        click.echo(
            f"{click.style(name, bold=True)}: {len(members)} statement(s), {sum(len(e.reports) for e in members)} "
            f"report(s), {sources} source(s); latest {_figure(last)} ({last.source or 'unattributed'}, "
            f"{last.as_of or 'no date'})"
        )


@click.command()
@click.option("--speaker", help="Speaker name (any alias or spelling).")
@click.option("--about", help="Words the quote must contain.")
@limit_option(100)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def quotes(
    ctx: click.Context, speaker: str | None, about: str | None, limit: int, db_path: str | None, fmt: str
) -> None:
    """Quotes by a speaker and/or about a subject, across articles."""
    if not speaker and not about:
        raise click.UsageError("give --speaker NAME and/or --about TEXT")
    with _open(ctx, db_path) as ledger:
        rows = _guard(lambda: ledger.quotes(speaker=speaker, about=about, limit=limit))
    if fmt == "json":
        _json(rows)
        return
    if not rows:
        click.echo("no quotes match", err=True)
    # the same words by the same speaker in several outlets (wire copies) are one line with every report
    reports: dict[tuple[str | None, str], list[dict[str, Any]]] = {}
    for r in rows:
        reports.setdefault((r["speaker"], r["text"]), []).append(r)
    for (who, text), group in reports.items():
        first = group[0]
        when = first["date"] or (first["published"] or "")[:10]
        click.echo(f"{when:<10} {click.style(who or '(unknown)', bold=True)} ({first['kind']}): {text}")
        where = ", ".join(f"{r['publisher'] or r['record_id']} [article {r['article']}]" for r in group)
        click.echo(f"           — {where}")


@click.command()
@click.argument("text")
@limit_option(20)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def search(ctx: click.Context, text: str, limit: int, db_path: str | None, fmt: str) -> None:
    """Full-text search over the stored articles."""
    with _open(ctx, db_path) as ledger:
        rows = _guard(lambda: ledger.search(text, limit=limit))
    if fmt == "json":
        _json(rows)
        return
    for r in rows:
        copy = f" (copy of {r['copy_of']})" if r["copy_of"] else ""
        click.echo(f"[{r['article']}] {r['title'] or r['id']} — {r['publisher'] or ''} {r['published'] or ''}{copy}")
        click.echo(f"    {r['snippet']}")


@click.group(invoke_without_command=True)
@db_option
@limit_option(None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def speakers(ctx: click.Context, db_path: str | None, limit: int | None, fmt: str) -> None:
    """Canonical speakers with counts, aliases and titles; `merge` and `split` correct them."""
    ctx.obj = dict(ctx.obj or {}, db_path=db_path)
    if ctx.invoked_subcommand is not None:
        return
    with _open(ctx, db_path) as ledger:
        rows = ledger.speakers(limit=limit)
    if fmt == "json":
        _json(rows)
        return
    for r in rows:
        aliases = ", ".join(a for a in r["aliases"] if a != r["name"])
        titles = "; ".join(t["title"] for t in r["titles"])
        click.echo(
            f"{click.style(r['name'], bold=True)} ({r['type']}): {r['quotes']} quotes, {r['claims']} claims, "
            f"{r['articles']} articles"
            + (f"; aliases: {aliases}" if aliases else "")
            + (f"; titles: {titles}" if titles else "")
        )


@speakers.command("merge")
@click.argument("into")
@click.argument("other")
@db_option
@click.pass_context
def speakers_merge(ctx: click.Context, into: str, other: str, db_path: str | None) -> None:
    """Merge speaker OTHER into speaker INTO (INTO's name is kept)."""
    with _open(ctx, db_path or ctx.obj.get("db_path"), write=True) as ledger:
        row = _guard(lambda: ledger.merge_speakers(into, other))
    click.echo(f"merged into {row['name']}: aliases {', '.join(row['aliases'])}")


@speakers.command("split")
@click.argument("name")
@click.argument("alias")
@db_option
@click.pass_context
def speakers_split(ctx: click.Context, name: str, alias: str, db_path: str | None) -> None:
    """Make ALIAS, a form seen for speaker NAME, a speaker of its own."""
    with _open(ctx, db_path or ctx.obj.get("db_path"), write=True) as ledger:
        row = _guard(lambda: ledger.split_speaker(name, alias))
    click.echo(f"split off {row['name']}: {row['quotes']} quotes, {row['claims']} claims")


def _highlight(body: str, record: dict[str, Any]) -> str:
    """The body with quotes, claims and speaker mentions styled (plain text when not a terminal)."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for q in record.get("quotes", []):
        spans.append((q["start"], q["end"], {"fg": "cyan"}))
        if q.get("speaker"):
            spans.append((q["speaker"]["start"], q["speaker"]["end"], {"bold": True}))
    for c in record.get("claims", []):
        spans.append((c["start"], c["end"], {"fg": "yellow", "bold": True}))
    out, pos = [], 0
    for start, end, style in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end > len(body) or start >= end:
            continue  # overlapping or out-of-range spans are shown plain
        out.append(body[pos:start])
        out.append(click.style(body[start:end], **style))
        pos = end
    out.append(body[pos:])
    return "".join(out)


@click.command()
@click.argument("ref")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def article(ctx: click.Context, ref: str, db_path: str | None, fmt: str) -> None:
    """One stored article (by ledger id, record id or URL): the record, evidence highlighted."""
    with _open(ctx, db_path) as ledger:
        found = ledger.article(ref)
    if found is None:
        raise ArgumentError(f"no article {ref!r} in the ledger", code="E003")
    record = found["record"]
    if fmt == "json":
        _json(record)
        return
    art = record["article"]
    click.echo(click.style(art.get("title") or record["id"], bold=True))
    meta = [art.get("publisher"), art.get("published"), art.get("url")]
    click.echo(" · ".join(m for m in meta if m) + f"  [article {found['id']}, revision {found['revision']}]")
    if found["copy_of"]:
        click.echo(f"syndicated copy of article {found['copy_of']} (similarity {found['similarity']})")
    click.echo("")
    click.echo(_highlight(art["body"], record))
    click.echo("")
    for q in record.get("quotes", []):
        who = (q.get("speaker") or {}).get("name", "(unknown)")
        click.echo(f"quote  {click.style(who, bold=True)}: {q['text']}")
    for c in record.get("claims", []):
        click.echo(
            f"claim  {_number(c.get('value'))} {c.get('unit') or ''} — {c.get('about') or ''} "
            f"(source: {c.get('source') or '?'}, as of {c.get('as_of') or '?'})"
        )


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def stats(ctx: click.Context, db_path: str | None, fmt: str) -> None:
    """Counts: articles, revisions, quotes, claims, speakers, independent origins vs syndicated copies."""
    with _open(ctx, db_path) as ledger:
        counts = ledger.stats()
    if fmt == "json":
        _json(counts)
        return
    for key, value in counts.items():
        click.echo(f"{key:<20} {value:>10,}")


@click.command()
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="jsonl", show_default=True)
@click.option(
    "--table",
    type=click.Choice(list(EXPORT_TABLES)),
    default="records",
    show_default=True,
    help="records: one record JSON per article (re-ingestable with --records); or a flat table.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Output file (default: stdout; parquet needs one)."
)
@db_option
@click.pass_context
def export(ctx: click.Context, fmt: str, table: str, output: str | None, db_path: str | None) -> None:
    """Export the ledger as JSONL, CSV or Parquet (Parquet needs the optional pyarrow)."""
    with _open(ctx, db_path) as ledger:
        target: TextIO | str = sys.stdout
        if output:
            target = output
        count = _guard(lambda: export_rows(ledger.rows(table), fmt, target))
    click.echo(f"newsledger: exported {count} {table} row(s)", err=True)


@click.command()
@db_option
@click.pass_context
def migrate(ctx: click.Context, db_path: str | None) -> None:
    """Bring an existing ledger's schema up to this version of newsledger (any ingest does it too)."""
    settings = _settings(ctx, db_path=db_path)
    with _guard(lambda: Ledger(settings.db_path, settings, create=False)) as ledger:
        before = ledger.opened_version
    done = f"migrated from schema version {before} to" if before < SCHEMA_VERSION else "already at schema version"
    click.echo(f"newsledger: {ledger.location} {done} {SCHEMA_VERSION}", err=True)


@click.command()
@db_option
@click.option("--batch-size", type=click.IntRange(1), default=50, show_default=True, help="Articles per transaction.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a TTY).")
@click.pass_context
def reanalyze(ctx: click.Context, db_path: str | None, batch_size: int, progress: bool | None) -> None:
    """Analyse again the stored articles whose analysis is older than this version's stages, in place.

    Each article's stored body is analysed again (extraction is not re-run) and its current record, quotes
    and claims are replaced: no revision is added. Interrupted, run it again: it goes on where it stopped.
    """
    settings = _settings(ctx, db_path=db_path)
    show = progress if progress is not None else sys.stderr.isatty()
    try:
        with open_ledger(settings.db_path, settings=settings, create=False) as ledger:
            total = to_reanalyze(ledger)
            if show and total:
                with click.progressbar(length=total, label="reanalysing", file=sys.stderr) as bar:
                    report = reanalyze_ledger(ledger, batch_size=batch_size, progress=bar.update)
            else:
                report = reanalyze_ledger(ledger, batch_size=batch_size)
            location = ledger.location
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc
    for rej in report.rejections:
        click.echo(
            f"newsledger: kept the analysis of {rej.source or rej.id}: [{rej.stage}/{rej.reason}] {rej.detail}",
            err=True,
        )
    click.echo(
        f"newsledger: {report.reanalyzed} reanalysed, {report.skipped} revised meanwhile, "
        f"{report.rejected} refused → {location}",
        err=True,
    )
