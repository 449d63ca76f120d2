"""The ``newsledger`` command line: a thin layer over the library."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

import click

from ._cli_options import jobs_option, reference_date_option
from ._version import __version__
from .errors import ArgumentError, InternalError, LedgerError, StoreError
from .inputs import clean_text, read_inputs
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


# line breaks for str.splitlines() and many JSONL readers, legal unescaped in JSON: escaped, one record a line
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _dump(obj: dict[str, Any], pretty: bool) -> str:
    # a lone surrogate that slipped into a record would make the terminal's UTF-8 encoder raise
    text = clean_text(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None))[0]
    return text.translate(_LINE_BREAKS)


def _quiet_libraries() -> None:
    """The extractors' libraries log a traceback for every odd page they give up on (readability does):
    the page's rejection, if any, is reported by us. ``NEWSLEDGER_DEBUG=1`` shows their logs."""
    if os.environ.get("NEWSLEDGER_DEBUG"):
        logging.basicConfig(level=logging.WARNING)
        return
    for name in ("readability", "trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _fail(message: str, exit_code: int = 1) -> NoReturn:
    click.echo(f"Error: {clean_text(message)[0]}", err=True)
    sys.exit(exit_code)


class _Group(click.Group):
    """The ``newsledger`` group: every error is one line ``Error: [Ennn] …`` on stderr, never a traceback.

    ``[E002]`` marks a command line that cannot run (exit status 2), ``[E001]`` a bug (set
    ``NEWSLEDGER_DEBUG=1`` for its traceback); other codes come from ``errors.py``.
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        _quiet_libraries()
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            _fail(f"[{ArgumentError.code}] {exc.format_message()}{where}", exc.exit_code)
        except click.ClickException as exc:
            message = exc.format_message()
            _fail(message if message.startswith("[E") else f"[{ArgumentError.code}] {message}", exc.exit_code)
        except click.Abort:
            _fail("aborted")
        except LedgerError as exc:
            _fail(str(exc))
        except sqlite3.Error as exc:
            _fail(f"[{StoreError.code}] the ledger failed: {exc}")
        except Exception as exc:
            if os.environ.get("NEWSLEDGER_DEBUG"):
                raise
            _fail(
                f"[{InternalError.code}] internal error: {type(exc).__name__}: {exc} "
                "(a bug: please report it; NEWSLEDGER_DEBUG=1 shows the traceback)"
            )
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
    results = analyze_documents(
        read_inputs(inputs, max_bytes=settings.max_input_bytes, read_timeout=settings.read_timeout), settings, jobs=jobs
    )
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
                line = f"newsledger: rejected {result.source or result.id}: [{result.stage}/{result.reason}] "
                click.echo(clean_text(line + result.detail)[0], err=True)
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
