"""The server-rendered pages: search, article, speakers, timeline, ingest. Usable without JavaScript.

Templates autoescape every value; the few HTML pieces made in Python (``render.py``) escape
what they take from the ledger. Forms post to this origin only (CSP ``form-action 'self'``)
and go through the same write checks as the API.
"""

from __future__ import annotations

import hmac
import math
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from ..errors import RequestError
from ..ledger import Ledger
from ..settings import Settings
from . import render
from .api import article_view, check_day, check_query, series_of, until_bound
from .app import TOKEN_COOKIE, require_write
from .state import IngestRequest, ServerState

__all__ = ["error_page", "router"]

PAGE = 20
router = APIRouter(include_in_schema=False)
_env = Environment(
    loader=PackageLoader("newsledger.web", "templates"),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
    auto_reload=False,  # templates ship in the package: no stat per render
)
_env.filters["number"] = render.number
_env.filters["safe_href"] = render.safe_href
_env.globals["mark"] = render.mark_svg
_env.globals["figure"] = render.figure
templates = Jinja2Templates(env=_env)


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.ledgers
    return state


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    settings = _settings(request)
    context = {
        "request": request,
        "needs_token": bool(settings.serve_token) and not request.cookies.get(TOKEN_COOKIE),
        **context,
    }
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, code: str, message: str, status: int) -> HTMLResponse:
    return _page(request, "error.html", {"code": code, "message": message, "status": status}, status)


def _link(request: Request, **changes: Any) -> str:
    """This page's URL with some parameters changed (None drops one)."""
    params = dict(request.query_params)
    params.pop("page", None)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def _int(value: str | None, default: int) -> int:
    try:
        return max(int(value or default), 1)
    except ValueError:
        return default


# ---------------------------------------------------------------- search


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request) -> Response:
    params = request.query_params
    q = params.get("q", "")
    filters: dict[str, Any] = {
        "publisher": params.get("publisher") or None,
        "since": params.get("since") or None,
        "until": params.get("until") or None,
        "speaker": params.get("speaker") or None,
    }
    settings = _settings(request)
    check_query(settings, "q", q)
    for name, value in filters.items():
        check_query(settings, name, value)
    check_day("since", filters["since"])
    check_day("until", filters["until"])
    page = _int(params.get("page"), 1)
    filters["until"] = until_bound(filters["until"])

    def run(ledger: Ledger) -> dict[str, Any]:
        hits = ledger.search(q, syntax="web", limit=PAGE, offset=(page - 1) * PAGE, marks=("\x02", "\x03"), **filters)
        return {"hits": hits, "facets": ledger.search_facets(q, **filters)}

    data = await _state(request).read(run)
    data["stats"] = await _state(request).stats()
    for hit in data["hits"]:
        snippet = str(render.escape(hit["snippet"] or ""))
        hit["snippet_html"] = render.Markup(snippet.replace("\x02", "<mark>").replace("\x03", "</mark>"))
    months = data["facets"]["months"]
    chart = render.bars_svg(
        [(m["value"], m["count"], _link(request, since=m["value"], until=m["value"])) for m in months],
        label="articles per month",
        height=90,
    )
    total = data["facets"]["total"]
    return _page(
        request,
        "search.html",
        {
            "q": q,
            "filters": {k: params.get(k) or None for k in filters},
            "hits": data["hits"],
            "facets": data["facets"],
            "stats": data["stats"],
            "months_chart": chart if len(months) > 1 else None,
            "total": total,
            "page": page,
            "pages": max(1, math.ceil(total / PAGE)),
            "link": lambda **kw: _link(request, **kw),
        },
    )


# ---------------------------------------------------------------- article


@router.get("/articles/{ref}", response_class=HTMLResponse)
async def article_page(request: Request, ref: str) -> Response:
    check_query(_settings(request), "ref", ref)

    def run(ledger: Ledger) -> tuple[dict[str, Any] | None, dict[str, int]]:
        found = article_view(ledger, ref)
        if found is None:
            return None, {}
        # only names the ledger keeps as speakers get a link ("officials" is no one)
        return found, ledger.article_speakers(int(found["id"]))

    found, ids = await _state(request).read(run)
    if found is None:
        raise RequestError(f"no article {ref!r} in the ledger", code="E073")
    record = found["record"]
    evidence = request.query_params.get("evidence")
    colours = render.speaker_classes(record)
    speakers: dict[str, dict[str, Any]] = {}
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        name = sp.get("name") or "(unknown)"
        entry = speakers.setdefault(
            name, {"name": name, "colour": colours.get(name), "quotes": 0, "title": None, "id": ids.get(name)}
        )
        entry["quotes"] += 1
        entry["title"] = entry["title"] or sp.get("title")
    return _page(
        request,
        "article.html",
        {
            "a": found,
            "art": record["article"],
            "record": record,
            "body": render.highlight(record, evidence, ids),
            "ids": ids,
            "speakers": list(speakers.values()),
            "evidence": evidence,
        },
    )


# ---------------------------------------------------------------- speakers


@router.get("/speakers", response_class=HTMLResponse)
async def speakers_page(request: Request) -> Response:
    page = _int(request.query_params.get("page"), 1)
    per = 50

    def run(ledger: Ledger) -> tuple[list[dict[str, Any]], int]:
        return ledger.speakers(limit=page * per)[(page - 1) * per :], ledger.stats()["speakers"]

    rows, total = await _state(request).read(run)
    return _page(
        request,
        "speakers.html",
        {"rows": rows, "page": page, "pages": max(1, math.ceil(total / per)), "total": total},
    )


@router.get("/speakers/{ref}", response_class=HTMLResponse)
async def speaker_page(request: Request, ref: str) -> Response:
    settings = _settings(request)
    check_query(settings, "ref", ref)
    since = request.query_params.get("since") or None
    until = request.query_params.get("until") or None
    check_day("since", since)
    check_day("until", until)
    page = _int(request.query_params.get("page"), 1)
    per = 50

    def run(ledger: Ledger) -> dict[str, Any] | None:
        found = ledger.speaker(ref)
        if found is None:
            return None
        found["quote_rows"] = ledger.quotes(
            speaker=str(found["id"]), since=since, until=until_bound(until), limit=per, offset=(page - 1) * per
        )
        return found

    found = await _state(request).read(run)
    if found is None:
        raise RequestError(f"no speaker {ref!r} in the ledger", code="E073")
    months = found["by_month"]
    chart = render.bars_svg(
        [
            (m["month"], m["quotes"] + m["claims"], f"/speakers/{found['id']}?since={m['month']}&until={m['month']}")
            for m in months
        ],
        label="quotes and claims per month",
    )
    # the same words reported by several outlets (wire copies) are one item with every report
    grouped: dict[str, dict[str, Any]] = {}
    for q in found["quote_rows"]:
        item = grouped.setdefault(q["text"], {"quote": q, "reports": []})
        item["reports"].append(q)
    return _page(
        request,
        "speaker.html",
        {
            "s": found,
            "chart": chart,
            "quotes": list(grouped.values()),
            "since": since,
            "until": until,
            "page": page,
            "more": len(found["quote_rows"]) == per,
            "aliases": [a for a in found["aliases"] if a != found["name"]],
        },
    )


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.post("/speakers/{ref}/merge", dependencies=[Depends(require_write)])
async def merge_form(request: Request, ref: str) -> Response:
    form = await _form(request)
    other = form.get("other", "").strip()
    if not other:
        raise RequestError("name the speaker to merge into this one", code="E071")
    row = await _state(request).write(lambda ledger: ledger.merge_speakers(ref, other))
    return RedirectResponse(f"/speakers/{row['id']}", status_code=303)


@router.post("/speakers/{ref}/split", dependencies=[Depends(require_write)])
async def split_form(request: Request, ref: str) -> Response:
    form = await _form(request)
    alias = form.get("alias", "").strip()
    if not alias:
        raise RequestError("choose the alias to split off", code="E071")
    row = await _state(request).write(lambda ledger: ledger.split_speaker(ref, alias))
    return RedirectResponse(f"/speakers/{row['id']}", status_code=303)


# ---------------------------------------------------------------- timeline


@router.get("/timeline", response_class=HTMLResponse)
async def timeline_page(request: Request) -> Response:
    q = request.query_params.get("q", "").strip()
    check_query(_settings(request), "q", q)
    # no query: the series with the most reports
    entries = await _state(request).read(lambda ledger: [e.to_dict() for e in ledger.timeline(q)])
    series = series_of(entries)
    for s in series:
        s["styles"] = render.source_styles(s["entries"])
        s["chart"] = render.timeline_svg(s["entries"], s["styles"], label=s["group"])
        s["flags"] = sorted({f for e in s["entries"] for f in e.get("flags", [])})
        s["plotted"] = sum(1 for e in s["entries"] if e.get("as_of") and (e.get("value") or e.get("high")) is not None)
        for e in s["entries"]:
            e["href"] = render.evidence_href(e)
            e["style"] = s["styles"].get(e.get("source") or "(unattributed)", ("circle", 0))
    return _page(request, "timeline.html", {"q": q, "series": series, "count": len(entries)})


# ---------------------------------------------------------------- ingest


@router.get("/ingest", response_class=HTMLResponse)
async def ingest_page(request: Request) -> Response:
    return _page(request, "ingest.html", {})


@router.post("/ingest", dependencies=[Depends(require_write)])
async def ingest_form(request: Request) -> Response:
    form = await _form(request)
    url = form.get("url", "").strip()
    text = form.get("text", "")
    if bool(url) == bool(text.strip()):
        raise RequestError("give a URL (a page or a feed), or paste a text — one of the two", code="E071")
    published = form.get("published", "").strip() or None
    check_day("published", published)
    if url:
        await _state(request).check_url(url)
    is_html = form.get("kind") == "html"
    job, _ = _state(request).start_ingest(
        IngestRequest(
            url=url or None,
            text=None if url or is_html else text,
            html=text if is_html and not url else None,
            published=published,
        )
    )
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
async def job_page(request: Request, job_id: str) -> Response:
    job = _state(request).job(job_id)
    if job is None:
        raise RequestError(f"no job {job_id!r} (jobs are kept while the server runs)", code="E073")
    return _page(request, "job.html", {"job": job.to_dict(), "running": job.status in ("queued", "running")})


# ---------------------------------------------------------------- token


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request) -> Response:
    return _page(request, "login.html", {"next": request.query_params.get("next", "/")})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await _form(request)
    token = _settings(request).serve_token
    given = form.get("token", "")
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        raise RequestError("wrong token", code="E074")
    target = form.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(TOKEN_COOKIE, given, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response
