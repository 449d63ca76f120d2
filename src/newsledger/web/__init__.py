"""``newsledger serve``: a web app and an HTTP API over the ledger (needs the ``web`` extra).

``create_app(db)`` is the ASGI app (FastAPI): JSON under ``/api`` (OpenAPI 3.1 at
``/openapi.json``, docs at ``/docs``), server-rendered pages elsewhere. See ``docs/serve.md``.
"""

from __future__ import annotations

from .app import check_bind, create_app

__all__ = ["check_bind", "create_app"]
