"""The article record: typed dataclasses every stage reads and writes.

The JSON shape (``Record.to_dict()``) is the contract in ``docs/record.md`` and
``newsledger/schema/record.schema.json``; the scorers in ``../shared/eval`` read it.
Every offset (``start``/``end``) is a Python string index into ``Article.body``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "READABLE_SCHEMAS",
    "SCHEMA",
    "Article",
    "Claim",
    "Cue",
    "DateMention",
    "Entity",
    "Provenance",
    "Quote",
    "Record",
    "Rejected",
    "Speaker",
    "json_schema",
    "quote_text",
]

SCHEMA = "newsledger.record/2"
# earlier schemas that ``ledger.records.record_from_dict`` still reads (and upgrades)
READABLE_SCHEMAS = ("newsledger.record/1", SCHEMA)


def _fields(obj: Any) -> dict[str, Any]:
    """A flat record's fields as a dict (``dataclasses.asdict`` deep-copies, which costs on hot paths)."""
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


def _drop_none(d: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """Drop optional keys whose value is None, except those in ``keep``."""
    return {k: v for k, v in d.items() if v is not None or k in keep}


@dataclass(slots=True)
class Article:
    """Clean article text and metadata. ``body`` is the coordinate system of the record."""

    body: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date or datetime
    dateline: str | None = None
    byline: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published,
            "dateline": self.dateline,
            "byline": self.byline,
            "language": self.language,
            "body": self.body,
        }


@dataclass(slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(slots=True)
class Speaker:
    """Who is quoted: the mention as written (``text``/``start``/``end``) and the resolved ``name``."""

    name: str
    text: str
    start: int
    end: int
    type: str = "PERSON"  # PERSON | ORG | GPE | NORP | ...
    title: str | None = None
    anonymous: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = _fields(self)
        if not self.anonymous:
            d.pop("anonymous")
        return _drop_none(d)


FRAGMENT_JOIN = " … "


def quote_text(body: str, spans: list[tuple[int, int]] | list[list[int]]) -> str:
    """The words of a turn quoted in fragments: each fragment as written, joined by ``FRAGMENT_JOIN``."""
    return FRAGMENT_JOIN.join(body[start:end] for start, end in spans)


@dataclass(slots=True)
class Quote:
    kind: str  # "direct" | "indirect" | "mixed"
    # the reported words only; a turn split by its attribution joins its fragments with " … "
    text: str
    start: int  # the turn runs from ``start`` to ``end``; ``spans`` says where its fragments are
    end: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    medium: str | None = None
    polarity: str | None = None  # "negative" for "did not deny", "declined to confirm"
    date: str | None = None  # ISO date of the statement
    # the quoted fragments of one turn split by its attribution ('“A,” she said. “B.”'), when more than one
    spans: list[tuple[int, int]] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "spans": [list(span) for span in self.spans] if self.spans else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "medium": self.medium,
            "polarity": self.polarity,
            "date": self.date,
        }
        return _drop_none(d, keep=("cue", "speaker"))


@dataclass(slots=True)
class Claim:
    """A number stated as fact, with who states it and the day it refers to."""

    value: float | int | None
    unit: str | None
    about: str | None
    text: str
    start: int
    end: int
    low: float | int | None = None
    high: float | int | None = None
    qualifier: str | None = None
    source: str | None = None
    as_of: str | None = None
    # index (into Record.claims) of the earlier value this claim revises ("up from 2,500")
    revises: int | None = None
    # what happened to what is counted, an open word: killed, injured, deployed, cancelled, raised, ...
    measure: str | None = None
    place: str | None = None  # where what is counted is: "Kessa province", "Norvania"
    as_of_basis: str | None = None  # "stated": as_of read from the text; "published": the publication date
    source_type: str | None = None  # PERSON | ORG | GPE | NORP ... of the source, when there is one

    def to_dict(self) -> dict[str, Any]:
        d = _fields(self)
        return _drop_none(d, keep=("value", "unit", "about", "source", "as_of"))


@dataclass(slots=True)
class DateMention:
    text: str
    value: str  # ISO date, or YYYY-MM / YYYY for coarser granularity
    start: int
    end: int
    granularity: str = "day"  # day | month | year | range
    end_value: str | None = None  # for ranges ("last week")

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(_fields(self))


@dataclass(slots=True)
class Provenance:
    package_version: str
    stages: dict[str, str] = field(default_factory=dict)  # stage -> versioned implementation name
    input_sha256: str | None = None
    source: str | None = None  # path or URL the input came from
    fetched: str | None = None  # when the page was fetched (a WARC record's date), ISO 8601
    # what reading the input had to repair or guess: bad bytes replaced by U+FFFD, a charset detected
    warnings: list[str] = field(default_factory=list)
    # the year of a page that gives none, read off the dated pages of its batch (``pipeline.BatchDays``)
    batch_year: int | None = None
    # the names of bodies the page describes by their kind, read off its batch (``pipeline.BatchNames``)
    batch_names: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = _drop_none(_fields(self))
        if not self.warnings:
            d.pop("warnings")
        if not self.batch_names:
            d.pop("batch_names")
        return d


@dataclass(slots=True)
class Record:
    id: str
    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    provenance: Provenance | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "dates": [d.to_dict() for d in self.dates],
        }
        if self.provenance is not None:
            d["provenance"] = self.provenance.to_dict()
        return d


@dataclass(slots=True)
class Rejected:
    """An input a stage refused, with a stable reason code and a human-readable detail."""

    stage: str
    reason: str  # short snake_case code: "empty", "binary", "too_large", "no_article", ...
    detail: str
    id: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "rejected": _drop_none(
                {"stage": self.stage, "reason": self.reason, "detail": self.detail, "source": self.source}
            ),
        }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a record (``newsledger.record/2``), shipped in the package."""
    import json
    from importlib.resources import files

    text = files("newsledger").joinpath("schema/record.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
