"""The shapes of the JSON API (they become the OpenAPI document's schemas).

Records are the shipped record JSON Schema (``Record`` in the OpenAPI components); timeline
entries allow fields beyond those listed, as ``TimelineEntry.to_dict()`` may grow.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AnalyzeIn",
    "ArticleOut",
    "ErrorOut",
    "GroupMember",
    "IngestIn",
    "JobOut",
    "MergeIn",
    "QuotesPage",
    "SearchPage",
    "SeriesOut",
    "SpeakerDetail",
    "SpeakerRow",
    "SpeakersPage",
    "SplitIn",
    "TimelineOut",
]

RECORD: dict[str, Any] = {"$ref": "#/components/schemas/Record"}


class ErrorInfo(BaseModel):
    code: str = Field(examples=["E017"], description="Stable error code (see errors.py).")
    message: str
    status: int


class ErrorOut(BaseModel):
    ok: Literal[False] = False
    error: ErrorInfo


class SearchHit(BaseModel):
    article: int = Field(description="Ledger id of the article.")
    id: str = Field(description="Record id.")
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    copy_of: int | None = Field(description="The article this one is a syndicated copy of.")
    snippet: str | None = Field(description="Matching words marked [like this]; null when listing without words.")


class Facet(BaseModel):
    value: str
    count: int
    id: int | None = None


class Facets(BaseModel):
    sampled: int = Field(description="Hits counted: the most recently added ones, at most 2,000.")
    publishers: list[Facet]
    months: list[Facet]
    speakers: list[Facet]


class SearchPage(BaseModel):
    total: int | None = Field(description="Number of hits, counted when facets=true (else null).")
    offset: int
    limit: int
    results: list[SearchHit]
    facets: Facets | None = None


class Revision(BaseModel):
    revision: int
    body_sha256: str
    diff: str | None
    ingested_at: str
    package_version: str
    stages: dict[str, str]


class GroupMember(BaseModel):
    article: int
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    copy_of: int | None
    similarity: float | None
    diff: str | None = Field(None, description="Unified diff from the origin's body to this one (copies only).")


class ArticleOut(BaseModel):
    id: int
    key: str
    record_id: str
    url: str | None
    title: str | None
    publisher: str | None
    published: str | None
    revision: int
    copy_of: int | None
    similarity: float | None
    ingested_at: str
    record: dict[str, Any] = Field(description="The current record (the Record schema).")
    revisions: list[Revision]
    copies: list[int]
    syndication: list[GroupMember] = Field(description="The syndication group: origin first, then copies.")


class QuoteRow(BaseModel):
    id: int
    kind: str
    text: str
    cue: str | None
    speaker: str | None
    speaker_text: str | None
    speaker_id: int | None
    date: str | None
    medium: str | None
    polarity: str | None
    article: int
    record_id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: str | None
    copy_of: int | None
    start: int
    end: int


class QuotesPage(BaseModel):
    offset: int
    limit: int
    results: list[QuoteRow]


class SpeakerTitle(BaseModel):
    title: str
    first_seen: str | None
    last_seen: str | None
    seen: int


class SpeakerRow(BaseModel):
    id: int
    name: str
    type: str
    quotes: int
    claims: int
    articles: int
    aliases: list[str]
    titles: list[SpeakerTitle]


class SpeakersPage(BaseModel):
    total: int
    offset: int
    limit: int
    results: list[SpeakerRow]


class SpeakerMonth(BaseModel):
    month: str
    quotes: int
    claims: int


class SpeakerArticle(BaseModel):
    article: int
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    copy_of: int | None
    quotes: int
    claims: int


class SpeakerDetail(SpeakerRow):
    by_month: list[SpeakerMonth]
    recent_articles: list[SpeakerArticle]


class MergeIn(BaseModel):
    into: str = Field(max_length=300, description="Speaker kept (id, name or alias).")
    other: str = Field(max_length=300, description="Speaker merged into it.")


class SplitIn(BaseModel):
    name: str = Field(max_length=300, description="Speaker (id, name or alias).")
    alias: str = Field(max_length=300, description="A form seen for it, to become a speaker of its own.")


class TimelineReport(BaseModel):
    model_config = ConfigDict(extra="allow")
    article: int
    id: str
    url: str | None
    publisher: str | None
    published: str | None
    text: str
    copy_of: int | None


class Revises(BaseModel):
    model_config = ConfigDict(extra="allow")
    value: float | None
    as_of: str | None
    source: str | None


class TimelineEntryOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    group: str = Field(description='The series\' name: "people killed in Kessa".')
    series: str | None = Field(None, description="The series' key: kind|subject|owner|measure|place.")
    subject: str | None = None
    measure: str | None = None
    place: str | None = None
    as_of_basis: str | None = Field(None, description='"stated" in the text, or "published" (the publication day).')
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    about: str | None
    qualifier: str | None
    source: str | None
    as_of: str | None
    flags: list[str]
    revises: Revises | None
    first_reported: str | None
    origins: int
    reports: list[TimelineReport]


class TimelineOut(BaseModel):
    query: str
    entries: list[TimelineEntryOut]


class SeriesGroup(BaseModel):
    group: str
    sources: list[str]
    entries: list[TimelineEntryOut]


class SeriesOut(BaseModel):
    query: str
    series: list[SeriesGroup]


class AnalyzeIn(BaseModel):
    text: str | None = Field(None, description="Page text as scraped (or a clean body with is_body).")
    html: str | None = Field(None, description="An HTML page.")
    url: str | None = Field(None, max_length=2000, description="Where the page came from (not fetched).")
    published: str | None = Field(None, max_length=40, description="ISO publication date.")
    is_body: bool = Field(False, description="The text is an already clean body: kept exactly.")


class IngestIn(BaseModel):
    url: str | None = Field(
        None, max_length=2000, description="A page or RSS/Atom feed URL to fetch (public hosts only)."
    )
    text: str | None = Field(None, description="Page text to analyse and store.")
    html: str | None = Field(None, description="An HTML page to analyse and store.")
    id: str | None = Field(None, max_length=300, description="Record id for a given text or HTML.")
    published: str | None = Field(None, max_length=40, description="ISO publication date of a given text or HTML.")
    is_body: bool = False
    wait: bool = Field(False, description="Answer when the job has ended (200) instead of at once (202).")


class JobRejection(BaseModel):
    model_config = ConfigDict(extra="allow")
    stage: str
    reason: str
    detail: str


class JobOut(BaseModel):
    id: str
    source: str
    status: Literal["queued", "running", "done", "failed"]
    seen: int
    added: int
    revised: int
    unchanged: int
    rejected: int
    rejections: list[JobRejection]
    articles: list[int] = Field(description="Ledger ids of the articles the job stored or found unchanged.")
    error: dict[str, str] | None
