"""The ASGI app of ``newsledger serve``: the JSON API under /api, the pages, the docs, the guards.

``create_app(db)`` builds one app over one ledger. What guards every request, outermost first:
the Host check (loopback names only when listening on loopback: no DNS rebinding), the body
cap (413 [E072]), security headers (a Content-Security-Policy allowing only this origin's
scripts and styles, no framing), and for every write a same-origin check (403 [E075]) and,
when a token is set, the token (401 [E074]). Errors are ``LedgerError``s rendered as
``{"ok": false, "error": {"code", "message", "status"}}`` under /api, as a page elsewhere.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._version import __version__
from ..errors import (
    ConfigError,
    ExtractionError,
    FetchError,
    InputError,
    LedgerError,
    NLPError,
    RequestError,
)
from ..record import json_schema
from ..settings import Settings, load_settings
from .guard import Resolver
from .state import ServerState

__all__ = ["TOKEN_COOKIE", "check_bind", "create_app", "error_status", "is_loopback"]

TOKEN_COOKIE = "newsledger_token"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# Swagger UI sets style attributes from its scripts
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
_STATUS = {
    "E017": 400,
    "E021": 400,
    "E028": 400,
    "E022": 403,
    "E053": 404,
    "E054": 409,
    "E055": 409,
    "E056": 409,
    "E057": 400,
    "E058": 400,
    "E071": 400,
    "E072": 413,
    "E073": 404,
    "E074": 401,
    "E075": 403,
    "E076": 400,
    "E077": 429,
}


def error_status(exc: LedgerError) -> int:
    """The HTTP status of an error: by its code, else by its class."""
    if exc.code in _STATUS:
        return _STATUS[exc.code]
    if isinstance(exc, InputError | RequestError):
        return 400
    if isinstance(exc, FetchError):
        return 502
    if isinstance(exc, ExtractionError):
        return 422
    if isinstance(exc, NLPError):
        return 503
    return 500


def is_loopback(host: str) -> bool:
    if host.strip("[]") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, settings: Settings) -> None:
    """Refuse to listen beyond loopback without a token for the write endpoints."""
    if not is_loopback(host) and not settings.serve_token:
        raise ConfigError(
            f"listening on {host} (beyond loopback) needs a token for the write endpoints: "
            "set NEWSLEDGER_SERVE_TOKEN (setting serve_token), or listen on 127.0.0.1",
            code="E065",
        )


def error_body(code: str, message: str, status: int) -> dict[str, Any]:
    return {"ok": False, "error": {"code": code, "message": message, "status": status}}


def _is_api(scope: Scope) -> bool:
    path = str(scope.get("path", ""))
    return path.startswith("/api/") or path == "/openapi.json"


class Guard:
    """Host check, body cap and security headers, as plain ASGI (it sees bodies before any route)."""

    def __init__(self, app: ASGIApp, settings: Settings, host: str) -> None:
        self.app = app
        self.max_body = settings.serve_max_body_bytes
        extra = {h.strip().lower() for h in settings.serve_allowed_hosts.split(",") if h.strip()}
        self.hosts: set[str] | None = {*LOOPBACK_NAMES, *extra} if is_loopback(host) or extra else None

    async def _refuse(self, scope: Scope, send: Send, code: str, message: str, status: int) -> None:
        body = json.dumps(error_body(code, message, status)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    *_security_headers(scope),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.hosts is not None:
            host = headers.get("host", "").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.hosts:
                await self._refuse(scope, send, "E076", f"this server does not answer for Host {host!r}", 400)
                return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await self._refuse(
                scope, send, "E072", f"request body over {self.max_body:,} bytes (setting serve_max_body_bytes)", 413
            )
            return
        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise RequestError(
                        f"request body over {self.max_body:,} bytes (setting serve_max_body_bytes)", code="E072"
                    )
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(h for h in _security_headers(scope) if h[0] not in names),
                ]
            await send(message)

        await self.app(scope, capped_receive, send_with_headers)


def _security_headers(scope: Scope) -> list[tuple[bytes, bytes]]:
    csp = DOCS_CSP if scope.get("path") == "/docs" else CSP
    return [
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]


def require_write(request: Request) -> None:
    """Writes come from this origin, and carry the token when one is set."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        if httpx.URL(origin).netloc.decode("ascii", "replace").lower() != request.headers.get("host", "").lower():
            raise RequestError("cross-site writes are refused", code="E075")
    elif request.headers.get("sec-fetch-site") == "cross-site" or origin == "null":
        raise RequestError("cross-site writes are refused", code="E075")
    token = request.app.state.settings.serve_token
    if not token:
        return
    auth = request.headers.get("authorization", "")
    given = auth[7:].strip() if auth.lower().startswith("bearer ") else request.cookies.get(TOKEN_COOKIE, "")
    if not given:
        raise RequestError("this server needs a token for writes: Authorization: Bearer TOKEN", code="E074")
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise RequestError("wrong token", code="E074")


def _openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The OpenAPI 3.1 document, with the record's JSON Schema as components (its $defs made components)."""

    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(
            title="newsledger",
            version=__version__,
            summary="Articles, quotes, speakers, claims and timelines of a newsledger ledger.",
            description=(
                'Errors are `{"ok": false, "error": {"code", "message", "status"}}` with a stable code '
                "(`E0xx`, see the project's errors.py). Write endpoints need `Authorization: Bearer TOKEN` "
                "when the server has a token."
            ),
            routes=app.routes,
        )
        record = json_schema()
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        text = json.dumps(record)
        for name in record.get("$defs", {}):
            text = text.replace(f'"#/$defs/{name}"', f'"#/components/schemas/Record_{name}"')
        record = json.loads(text)
        for name, schema in record.pop("$defs", {}).items():
            schemas[f"Record_{name}"] = schema
        for key in ("$schema", "$id"):
            record.pop(key, None)
        schemas["Record"] = record
        schemas["ArticleOut"]["properties"]["record"] = {"$ref": "#/components/schemas/Record"}
        app.openapi_schema = doc
        return doc

    return build


def create_app(
    db: str | Path,
    settings: Settings | None = None,
    *,
    host: str = "127.0.0.1",
    fetch_transport: httpx.BaseTransport | None = None,
    resolve: Resolver | None = None,
) -> FastAPI:
    """The app over the ledger at ``db`` (created when missing), as served on ``host``.

    ``fetch_transport`` and ``resolve`` replace the network and DNS of URL ingests (tests).
    """
    from . import api, pages

    settings = settings or load_settings()
    check_bind(host, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.ledgers.close()

    app = FastAPI(
        title="newsledger",
        version=__version__,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.ledgers = ServerState(db, settings, fetch_transport=fetch_transport, resolve=resolve)
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    static = resources.files("newsledger.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    async def ledger_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LedgerError)
        status = error_status(exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(exc.code, exc.message, status), status_code=status)
        return pages.error_page(request, exc.code, exc.message, status)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return await ledger_error(request, RequestError("; ".join(problems) or "invalid request", code="E071"))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if isinstance(exc.__cause__, LedgerError):  # FastAPI wraps errors raised while reading a body
            return await ledger_error(request, exc.__cause__)
        code = {404: "E073", 413: "E072", 401: "E074"}.get(exc.status_code, "E071")
        status = exc.status_code if exc.status_code >= 400 else 400
        message = str(exc.detail) if exc.detail else "request refused"
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}"
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(code, message, status), status_code=status, headers=exc.headers)
        return pages.error_page(request, code, message, status)

    app.add_exception_handler(LedgerError, ledger_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)

    async def crash(request: Request, exc: Exception) -> Response:
        # a bug still answers in the envelope (the traceback goes to the server log)
        return JSONResponse(error_body("E000", f"internal error: {type(exc).__name__}", 500), status_code=500)

    app.add_exception_handler(Exception, crash)
    app.add_middleware(Guard, settings=settings, host=host)

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        page = resources.files("newsledger.web").joinpath("static/docs.html").read_text("utf-8")
        return HTMLResponse(page)

    return app
