"""``newsledger serve``: the web app and HTTP API over a ledger (the ``web`` extra)."""

from __future__ import annotations

import click

from .errors import LedgerError
from .ledger.storage import redact

__all__ = ["serve"]

WEB_HINT = "newsledger serve needs the web extra: pip install 'newsledger[web]'"


@click.command()
@click.option(
    "--db",
    "db_path",
    metavar="FILE|URL",
    help="The ledger: a SQLite file or a postgresql:// URL (default: setting db_path).",
)
@click.option("--host", default=None, help="Address to listen on (default: setting serve_host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default: setting serve_port, 8000).")
@click.pass_context
def serve(ctx: click.Context, db_path: str | None, host: str | None, port: int | None) -> None:
    """Serve the ledger: web pages and a JSON API (OpenAPI at /openapi.json, docs at /docs).

    Listens on loopback by default. To listen beyond it, set a token for the write
    endpoints first (NEWSLEDGER_SERVE_TOKEN); serve refuses to start without one.
    """
    try:
        import uvicorn

        from .web import create_app
    except ImportError as exc:
        raise click.ClickException(f"{WEB_HINT} ({exc})") from exc
    from .settings import load_settings

    try:
        settings = load_settings(
            ctx.obj.get("config") if ctx.obj else None, db_path=db_path, serve_host=host, serve_port=port
        )
        app = create_app(settings.db_path, settings, host=settings.serve_host)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc
    url_host = f"[{settings.serve_host}]" if ":" in settings.serve_host else settings.serve_host
    click.echo(f"newsledger: serving {redact(settings.db_path)} at http://{url_host}:{settings.serve_port}/", err=True)
    uvicorn.run(
        app,
        host=settings.serve_host,
        port=settings.serve_port,
        log_level="warning",
        server_header=False,
        limit_concurrency=200,
        timeout_keep_alive=5,
    )
