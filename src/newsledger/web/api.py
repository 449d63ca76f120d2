"""The JSON API: a thin layer over ``Ledger``, ``analyze_*`` and ingest (one route, one library call)."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from ..errors import RequestError
from ..inputs import document_from_string
from ..ledger import EXPORT_TABLES, Ledger
from ..record import Record
from ..settings import Settings
from .app import require_write
from .models import (
    RECORD,
    AnalyzeIn,
    ArticleOut,
    ErrorOut,
    IngestIn,
    JobOut,
    MergeIn,
    QuotesPage,
    SearchPage,
    SeriesOut,
    SpeakerDetail,
    SpeakerRow,
    SpeakersPage,
    SplitIn,
    TimelineOut,
)
from .state import IngestRequest, ServerState

__all__ = ["article_view", "check_day", "check_page", "check_query", "router", "series_of", "until_bound"]

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in {
        400: "Bad parameter, search syntax error or refused URL",
        404: "Not found",
        413: "Request body too large",
    }.items()
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    401: {"model": ErrorOut, "description": "Token missing or wrong"},
    403: {"model": ErrorOut, "description": "Cross-site write refused"},
    409: {"model": ErrorOut, "description": "Correction not possible"},
}
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

router = APIRouter(prefix="/api", responses=ERRORS)


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.ledgers
    return state


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def check_page(settings: Settings, limit: int, offset: int) -> None:
    if not 1 <= limit <= settings.serve_max_page_size:
        raise RequestError(
            f"limit must be 1 to {settings.serve_max_page_size} (setting serve_max_page_size)", code="E071"
        )
    if not 0 <= offset <= 1_000_000:
        raise RequestError("offset must be 0 to 1,000,000", code="E071")


def check_query(settings: Settings, name: str, value: str | None) -> None:
    if value is not None and len(value) > settings.serve_max_query_chars:
        raise RequestError(
            f"{name} is longer than {settings.serve_max_query_chars} characters (setting serve_max_query_chars)",
            code="E071",
        )


def check_day(name: str, value: str | None) -> None:
    if value and not _DAY.match(value):
        raise RequestError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", code="E071")


def until_bound(value: str | None) -> str | None:
    """An inclusive upper bound: "2025-03" means up to the end of March."""
    if value and len(value) < 10:
        return value + "-99" if len(value) == 7 else value + "-99-99"
    return value


# ---------------------------------------------------------------- articles


@router.get("/articles", response_model=SearchPage, summary="Search articles")
async def search_articles(
    request: Request,
    q: str = Query("", description='Words; "a phrase"; a OR b; -left_out; prefix*. Empty: newest first.'),
    publisher: str | None = Query(None, description="Exact publisher name."),
    since: str | None = Query(None, description="Published on or after (YYYY[-MM[-DD]])."),
    until: str | None = Query(None, description="Published on or before (YYYY[-MM[-DD]])."),
    speaker: str | None = Query(None, description="Quoted or cited in the article (id, name or alias)."),
    limit: int = Query(20, description="Page size (at most serve_max_page_size)."),
    offset: int = 0,
    facets: bool = Query(False, description="Also count hits by publisher, month and speaker."),
) -> dict[str, Any]:
    settings = _settings(request)
    check_page(settings, limit, offset)
    for name, value in (("q", q), ("publisher", publisher), ("speaker", speaker)):
        check_query(settings, name, value)
    check_day("since", since)
    check_day("until", until)
    filters: dict[str, Any] = {"publisher": publisher, "since": since, "until": until_bound(until), "speaker": speaker}

    def run(ledger: Ledger) -> dict[str, Any]:
        hits = ledger.search(q, limit=limit, offset=offset, syntax="web", **filters)
        counts = ledger.search_facets(q, **filters) if facets else None
        total = counts["total"] if counts else None
        out: dict[str, Any] = {"total": total, "offset": offset, "limit": limit, "results": hits}
        if counts:
            out["facets"] = {k: counts[k] for k in ("sampled", "publishers", "months", "speakers")}
        return out

    return await _state(request).read(run)


def article_view(ledger: Ledger, ref: str) -> dict[str, Any] | None:
    """An article with its syndication group (each copy with its diff from the origin)."""
    found = ledger.article(ref)
    if found is None:
        return None
    group = ledger.syndication(int(found["id"]))
    if group:
        origin = group[0]["article"]
        for member in group[1:]:
            member["diff"] = ledger.compare(origin, member["article"])
    found["syndication"] = group
    return found


@router.get("/articles/{ref}", response_model=ArticleOut, summary="One article with its full record")
async def get_article(request: Request, ref: str) -> dict[str, Any]:
    check_query(_settings(request), "ref", ref)
    found = await _state(request).read(lambda ledger: article_view(ledger, ref))
    if found is None:
        raise RequestError(f"no article {ref!r} in the ledger", code="E073")
    return found


# ---------------------------------------------------------------- quotes and speakers


@router.get("/quotes", response_model=QuotesPage, summary="Quotes by speaker, subject and date")
async def list_quotes(
    request: Request,
    speaker: str | None = Query(None, description="Speaker id, name or any alias."),
    about: str | None = Query(None, description="Words the quote contains."),
    since: str | None = Query(None, description="Said on or after (YYYY[-MM[-DD]])."),
    until: str | None = Query(None, description="Said on or before (YYYY[-MM[-DD]])."),
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    settings = _settings(request)
    check_page(settings, limit, offset)
    check_query(settings, "speaker", speaker)
    check_query(settings, "about", about)
    check_day("since", since)
    check_day("until", until)
    rows = await _state(request).read(
        lambda ledger: ledger.quotes(
            speaker=speaker, about=about, since=since, until=until_bound(until), limit=limit, offset=offset
        )
    )
    return {"offset": offset, "limit": limit, "results": rows}


@router.get("/speakers", response_model=SpeakersPage, summary="Speakers, most quoted first")
async def list_speakers(request: Request, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    check_page(_settings(request), limit, offset)

    def run(ledger: Ledger) -> dict[str, Any]:
        rows = ledger.speakers(limit=offset + limit)[offset:]
        return {"total": ledger.stats()["speakers"], "offset": offset, "limit": limit, "results": rows}

    return await _state(request).read(run)


@router.get("/speakers/{ref}", response_model=SpeakerDetail, summary="One speaker: aliases, titles, activity")
async def get_speaker(request: Request, ref: str) -> dict[str, Any]:
    check_query(_settings(request), "ref", ref)
    found = await _state(request).read(lambda ledger: ledger.speaker(ref))
    if found is None:
        raise RequestError(f"no speaker {ref!r} in the ledger", code="E073")
    return found


@router.post(
    "/speakers/merge",
    response_model=SpeakerRow,
    responses=WRITE_ERRORS,
    dependencies=[Depends(require_write)],
    summary="Merge a speaker into another",
)
async def merge_speakers(request: Request, body: MergeIn) -> dict[str, Any]:
    return await _state(request).write(lambda ledger: ledger.merge_speakers(body.into, body.other))


@router.post(
    "/speakers/split",
    response_model=SpeakerRow,
    responses=WRITE_ERRORS,
    dependencies=[Depends(require_write)],
    summary="Split an alias off a speaker",
)
async def split_speaker(request: Request, body: SplitIn) -> dict[str, Any]:
    return await _state(request).write(lambda ledger: ledger.split_speaker(body.name, body.alias))


# ---------------------------------------------------------------- timelines

_Q = (
    "What is counted and what happened to it (troops, soldiers killed, flights cancelled; synonyms count), "
    "and/or words of the story, a place, an owner or a source. Empty: the series with the most reports."
)


async def _timeline(request: Request, q: str) -> list[dict[str, Any]]:
    check_query(_settings(request), "q", q)
    # no query: the series with the most reports
    return await _state(request).read(lambda ledger: [e.to_dict() for e in ledger.timeline(q)])


def series_of(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline entries by series (their ``group``), in the timeline's order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        groups.setdefault(entry["group"], []).append(entry)
    return [
        {"group": name, "sources": sorted({e["source"] or "(unattributed)" for e in members}), "entries": members}
        for name, members in groups.items()
    ]


@router.get("/timeline", response_model=TimelineOut, summary="Claims lined up by as-of date (newsledger timeline)")
async def timeline(request: Request, q: str = Query("", description=_Q)) -> Any:
    return {"query": q, "entries": await _timeline(request, q)}


@router.get("/series", response_model=SeriesOut, summary="The timeline grouped into series")
async def series(request: Request, q: str = Query("", description=_Q)) -> Any:
    return {"query": q, "series": series_of(await _timeline(request, q))}


# ---------------------------------------------------------------- stats and exports


@router.get("/stats", response_model=dict[str, int], summary="Counts")
async def stats(request: Request) -> dict[str, int]:
    return await _state(request).read(lambda ledger: ledger.stats())


@router.get(
    "/export/{table}",
    summary="Export a table (streamed)",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/x-ndjson": {}, "text/csv": {}}, "description": "The rows, streamed."},
        429: {"model": ErrorOut, "description": "Too many exports running"},
    },
)
async def export(request: Request, table: str, format: str = Query("jsonl", pattern="^(jsonl|csv)$")) -> Any:
    if table not in EXPORT_TABLES:
        raise RequestError(f"no table {table!r}; choose one of {', '.join(EXPORT_TABLES)}", code="E073")
    stream = _state(request).export(table, format)
    first = await anext(stream, b"")  # errors before the first byte are still a JSON error
    media = "application/x-ndjson" if format == "jsonl" else "text/csv"

    async def body() -> Any:
        yield first
        async for chunk in stream:
            yield chunk

    return StreamingResponse(
        body(),
        media_type=media,
        headers={"content-disposition": f'attachment; filename="newsledger-{table}.{format}"'},
    )


# ---------------------------------------------------------------- analysis and ingest


@router.post(
    "/analyze",
    summary="Analyse a text or HTML page (nothing stored)",
    responses={
        200: {"content": {"application/json": {"schema": RECORD}}, "description": "The record."},
        422: {"content": {"application/json": {"schema": RECORD}}, "description": "The rejection."},
    },
)
async def analyze(request: Request, body: AnalyzeIn) -> JSONResponse:
    if (body.text is None) == (body.html is None):
        raise RequestError("give exactly one of text or html", code="E071")
    content = body.html if body.html is not None else body.text or ""
    doc = document_from_string(
        content,
        id="input",
        kind="html" if body.html is not None else "text",
        url=body.url,
        published=body.published,
        is_body=body.is_body and body.html is None,
        source="<web>",
    )
    result = await _state(request).analyze(doc)
    status = 200 if isinstance(result, Record) else 422
    return JSONResponse(result.to_dict(), status_code=status)


@router.post(
    "/ingest",
    response_model=JobOut,
    status_code=202,
    responses={**WRITE_ERRORS, 200: {"model": JobOut, "description": "The ended job (with wait=true)."}},
    dependencies=[Depends(require_write)],
    summary="Fetch or take an article (or a feed's) and store it",
)
async def ingest(request: Request, body: IngestIn) -> Any:
    given = [x for x in (body.url, body.text, body.html) if x is not None]
    if len(given) != 1:
        raise RequestError("give exactly one of url, text or html", code="E071")
    if body.url is not None:
        await _state(request).check_url(body.url)
    job, done = _state(request).start_ingest(
        IngestRequest(
            url=body.url, text=body.text, html=body.html, published=body.published, is_body=body.is_body, id=body.id
        )
    )
    if body.wait:
        await asyncio.wrap_future(done)
        return JSONResponse(job.to_dict(), status_code=200)
    return JSONResponse(job.to_dict(), status_code=202, headers={"location": f"/api/jobs/{job.id}"})


@router.get("/jobs/{job_id}", response_model=JobOut, summary="An ingest job's progress")
async def get_job(request: Request, job_id: str) -> dict[str, Any]:
    job = _state(request).job(job_id)
    if job is None:
        raise RequestError(f"no job {job_id!r} (jobs are kept while the server runs)", code="E073")
    return job.to_dict()
