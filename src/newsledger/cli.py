"""The ``newsledger`` command line: a thin layer over the library."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import click

from ._cli_options import jobs_option, reference_date_option
from ._version import __version__
from .errors import LedgerError
from .inputs import read_inputs
from .pipeline import analyze_documents
from .record import Record, Rejected
from .settings import Settings, load_settings

__all__ = ["cli", "main"]

EXIT_REJECTED = 1


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    try:
        return load_settings(ctx.obj.get("config") if ctx.obj else None, **overrides)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


def _dump(obj: dict[str, Any], pretty: bool) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    envvar="NEWSLEDGER_CONFIG",
    help="TOML settings file (see docs/settings.md).",
)
@click.pass_context
def cli(ctx: click.Context, config: str | None) -> None:
    """newsledger: read news pages into a ledger of who said what, which numbers, and when."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--jsonl",
    "jsonl_inputs",
    multiple=True,
    type=click.Path(),
    help="A .jsonl batch (one input object per line); implies --format jsonl.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default=None,
    help="json: one pretty object (a list for several inputs); jsonl: one record per line.",
)
@reference_date_option
@click.option("--model", "spacy_model", help="spaCy pipeline to use (default: setting spacy_model).")
@jobs_option
@click.pass_context
def analyze(
    ctx: click.Context,
    paths: tuple[str, ...],
    jsonl_inputs: tuple[str, ...],
    fmt: str | None,
    reference_date: str | None,
    spacy_model: str | None,
    jobs: int,
) -> None:
    """Analyse news pages: .html/.htm, .txt page text, .jsonl batches, or - for stdin.

    Prints one record per article. Inputs that cannot be analysed are printed as
    {"rejected": {"stage", "reason", "detail"}} and reported on stderr; the exit status
    is 1 when any input was rejected, 0 when all were analysed.
    """
    inputs = list(paths) + list(jsonl_inputs)
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for stdin)")
    if fmt is None:
        fmt = "jsonl" if jsonl_inputs or len(inputs) > 1 or any(p.endswith(".jsonl") for p in inputs) else "json"
    settings = _settings(ctx, reference_date=reference_date, spacy_model=spacy_model)
    results = analyze_documents(read_inputs(inputs, max_bytes=settings.max_input_bytes), settings, jobs=jobs)
    rejected = _emit(results, fmt)
    if rejected:
        click.echo(f"newsledger: {rejected} input(s) rejected", err=True)
        ctx.exit(EXIT_REJECTED)


def _emit(results: Iterator[Record | Rejected], fmt: str) -> int:
    rejected = 0
    collected: list[dict[str, Any]] = []
    try:
        for result in results:
            if isinstance(result, Rejected):
                rejected += 1
                click.echo(
                    f"newsledger: rejected {result.source or result.id}: [{result.stage}/{result.reason}] "
                    f"{result.detail}",
                    err=True,
                )
            obj = result.to_dict()
            if fmt == "jsonl":
                click.echo(_dump(obj, pretty=False))
            else:
                collected.append(obj)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(_dump(collected[0] if len(collected) == 1 else collected, pretty=True))  # type: ignore[arg-type]
    return rejected


from .cli_ledger import register as _register_ledger  # noqa: E402 - commands attach to the group above
from .cli_serve import serve as _serve  # noqa: E402

_register_ledger(cli)
cli.add_command(_serve)

from .cli_corpus import register as _register_corpus  # noqa: E402 - commands attach to the group above

_register_corpus(cli)


def main() -> None:
    cli(prog_name="newsledger")


if __name__ == "__main__":  # pragma: no cover
    main()
