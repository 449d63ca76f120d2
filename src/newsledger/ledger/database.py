"""The ledger store: every SQL statement newsledger runs lives behind the ``Ledger`` class.

The SQL is written once, portable (``INSERT … ON CONFLICT``, ``RETURNING``, ``LEAST``), and runs on
a SQLite file or a PostgreSQL database (``storage.py``; the dialects differ in DDL types and in
full-text search). Every batch of writes is one transaction holding the ledger's writer lock, so a
process killed mid-ingest leaves the last committed batch and nothing half-written, ingesting the
same input again only adds what is missing, and writers in several processes take turns: each
batch first reads what the others committed (the speakers they created, the articles they stored).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import difflib
import functools
import hashlib
import itertools
import json
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from .._version import __version__
from ..errors import StoreError
from ..names import role_words
from ..nlp import lexicon
from ..record import Entity, Quote, Record, Rejected
from ..settings import Settings
from .migrations import SCHEMA_VERSION, claim_analysis, ensure_schema
from .query import parse_search, words_search
from .records import LoadedRecord, record_from_dict
from .series import SUBJECTS, VAGUE_SUBJECTS, Series, place_key, plural
from .speakers import (
    PERSON,
    SpeakerIndex,
    SpeakerInfo,
    better_name,
    looks_like_org,
    name_key,
    same_person,
    split_title,
)
from .storage import Row, Session, open_storage
from .syndication import (
    MAX_ORIGINS,
    Origin,
    Signature,
    any_near,
    band_hashes,
    matching_origins,
    shingle_hashes,
    signature,
)
from .timeline import (
    ClaimRow,
    TimelineEntry,
    TimelineQuery,
    build_timeline,
    home_place,
    parse_query,
    place_candidates,
)

__all__ = ["EXPORT_TABLES", "SCHEMA_VERSION", "IngestReport", "Ledger", "ReanalyzeReport"]

EXPORT_TABLES = ("records", "articles", "quotes", "claims", "speakers", "rejections")
# a pronoun is no speaker name: the one list of them the analysis reads too
PRONOUNS = frozenset(lexicon.table("pronouns"))
_MAX_INT = 2**63 - 1  # the largest id or limit either database takes


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: counts per outcome, and the rejected inputs."""

    added: int = 0
    unchanged: int = 0
    revised: int = 0
    rejected: int = 0
    rejections: list[Rejected] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.unchanged + self.revised + self.rejected

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "unchanged": self.unchanged, "revised": self.revised, "rejected": self.rejected}


@dataclass(slots=True)
class ReanalyzeReport:
    """What one ``reanalyze`` did: articles analysed again, skipped (revised meanwhile), refused by a stage."""

    reanalyzed: int = 0
    skipped: int = 0
    rejected: int = 0
    rejections: list[Rejected] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"reanalyzed": self.reanalyzed, "skipped": self.skipped, "rejected": self.rejected}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _body_diff(old: str, new: str) -> str:
    return "\n".join(difflib.unified_diff(old.splitlines(), new.splitlines(), "previous", "current", n=0, lineterm=""))


def _load_record(blob: bytes) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(zlib.decompress(blob))
    return record


def _plausible_title(title: str) -> bool:
    """A role ("Alliance Secretary General"), not a clause the quote stage took for one, nor another name, nor a
    courtesy word ("Mr.") or a possessive's ending ("'s") alone."""
    words = title.split()
    bare = [re.sub(r"[^\w-]", "", w).lower() for w in words]
    return (
        0 < len(words) <= (14 if _OF_A_BODY.match(title) else 8)
        and words[0].lower() not in {"who", "which", "that", "and", "(", "'s", "’s"}
        and (not any(c in title for c in "()"))
        and not _KNOWN_AS.match(title)
        and any(len(w) > 1 and w not in lexicon.words("courtesy") and w != "s" for w in bare)
    )


# a role of a body the title names in full, which may run long: "general secretary of the Lusmark Nurses' and
# Midwives' Union"
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|and|of|for|the|on|&)"
_OF_A_BODY = re.compile(rf"^[\w-]+(?:\s[\w-]+){{0,4}}\s(?:of|for|at)\s(?:the\s)?[A-Z][\w'’.&-]*(?:\s{_NAME_WORD})*$")
# a title that gives another name: "better known as the Green Vests", "also called ..."
_KNOWN_AS = re.compile(
    r"^(?:(?:better|also|commonly|widely|locally)\s+)?(?:known|called)\s+as\s+(?:the\s+)?(?P<name>.+)$", re.I
)


def _day(published: str | None) -> str:
    return published[:10] if published else "9999-99-99"


def _article_key(record: Record, body_sha: str) -> str:
    """An article's identity: its URL, or its body's hash (two files named 001.txt are two articles)."""
    return f"url:{record.article.url}" if record.article.url else f"sha:{body_sha}"


def _body_sha(record: Record) -> str:
    return hashlib.sha256(record.article.body.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class _Prepared:
    """What storing a record needs that does not touch the database."""

    signature: Signature
    record_blob: bytes
    index_form: Any = None  # the article's full-text index form (Session.index_ahead), when made ahead


@dataclass(slots=True)
class _PreparedBatch:
    """A batch's records prepared (by id() of the record) and, read before the writer lock is taken, the
    stored articles sharing a band with them (``_BANDS_SQL``'s rows for ``hashes``) as the ledger stood at
    generation ``gen`` (None: not read ahead)."""

    records: dict[int, _Prepared] = field(default_factory=dict)
    hashes: list[int] = field(default_factory=list)
    band_rows: list[Row] = field(default_factory=list)
    gen: int | None = None


# a written batch's generation and its own articles' bands (_Bands.added)
_Carried = tuple[int, list[tuple[int, list[int], Signature]]]

# the stored articles sharing one of a set of band hashes
_BANDS_SQL = (
    "SELECT b.hash, a.id, a.minhash, a.shingles FROM minhash_bands b JOIN articles a "
    "ON a.id = b.article_id WHERE b.hash IN ({marks})"
)


class _InLine(concurrent.futures.Executor):
    """An executor that runs what it is given at once, in the caller's thread."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


class _Batch:
    """The items of one write transaction, with each record's body hash and article key (by id())."""

    __slots__ = ("items", "keys", "records", "shas")

    def __init__(self, items: list[Record | Rejected]) -> None:
        self.items = items
        self.records = [item for item in items if isinstance(item, Record)]
        self.shas = {id(r): _body_sha(r) for r in self.records}
        self.keys = {id(r): _article_key(r, self.shas[id(r)]) for r in self.records}


def _batches(items: Iterable[Record | Rejected], size: int) -> Iterator[list[Record | Rejected]]:
    batch: list[Record | Rejected] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(slots=True)
class _Known:
    """A stored article as the batch found it: its id, current revision and every body it had."""

    id: int
    revision: int
    bodies: set[str]


# the columns of the rows a batch writes, in the order its tuples hold them
_ARTICLE_COLUMNS = (
    "id",
    "key",
    "record_id",
    "url",
    "title",
    "publisher",
    "published",
    "body_sha256",
    "shingles",
    "minhash",
    "source",
    "input_sha256",
    "provenance_id",
    "ingested_at",
    "revision",
)
_REVISION_COLUMNS = ("id", "article_id", "revision", "body_sha256", "record", "diff", "provenance_id", "ingested_at")
_QUOTE_COLUMNS = (
    "id",
    "article_id",
    "revision_id",
    "kind",
    "text",
    "start_offset",
    "end_offset",
    "cue",
    "speaker_id",
    "speaker_name",
    "speaker_text",
    "speaker_alias",
    "title",
    "medium",
    "polarity",
    "date",
    "provenance_id",
    "ingested_at",
)
_CLAIM_COLUMNS = (
    "id",
    "article_id",
    "revision_id",
    "idx",
    "value",
    "low",
    "high",
    "unit",
    "about",
    "qualifier",
    "source_name",
    "source_id",
    "source_alias",
    "as_of",
    "text",
    "start_offset",
    "end_offset",
    "revises_id",
    "provenance_id",
    "ingested_at",
    "measure",
    "place",
    "as_of_basis",
    "source_type",
    "subject",
    "owner",
    "stated_measure",
)
_REJECTION_COLUMNS = ("record_id", "source", "stage", "reason", "detail", "provenance_id", "ingested_at")


@dataclass(slots=True)
class _Ids:
    """The next id of each table whose ids the writer gives (it holds the writer lock for the batch)."""

    articles: int
    revisions: int
    speakers: int
    quotes: int
    claims: int

    def take(self, table: str, count: int = 1) -> int:
        first: int = getattr(self, table)
        setattr(self, table, first + count)
        return first


@dataclass(slots=True)
class _Pending:
    """Rows of one batch written with one ``executemany`` per table when the batch is flushed.

    Ids are given here (``_Ids``), so a record costs no round trip to the database unless it
    revises an article or is a syndicated copy (those read and update rows already written).
    """

    speakers: list[tuple[Any, ...]] = field(default_factory=list)
    renamed: dict[int, str] = field(default_factory=dict)
    articles: list[tuple[Any, ...]] = field(default_factory=list)
    revisions: list[tuple[Any, ...]] = field(default_factory=list)
    bands: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    rejections: list[tuple[Any, ...]] = field(default_factory=list)
    bodies: list[tuple[int, str, str]] = field(default_factory=list)
    body_forms: list[Any] = field(default_factory=list)  # as _Prepared.index_form
    aliases: list[tuple[str, int, str]] = field(default_factory=list)
    titles: dict[tuple[int, str], list[Any]] = field(default_factory=dict)
    seen: dict[int, int] = field(default_factory=dict)
    # speakers an article names as one (kept, other, the name to give them), merged when the batch ends
    merges: list[tuple[int, int, str | None]] = field(default_factory=list)
    # the batch's new articles (by key) given ids before their records are stored, and the write of their
    # full-text rows meanwhile (Ledger._index_new_articles); kept when the rows are written
    new_ids: dict[str, int] = field(default_factory=dict)
    indexing: concurrent.futures.Future[None] | None = None

    def clear(self) -> None:
        """Written: empty every list (in place, as the record being stored holds this object)."""
        for rows in (self.speakers, self.articles, self.revisions, self.bands, self.quotes, self.claims):
            rows.clear()
        for more in (self.rejections, self.bodies, self.body_forms, self.aliases, self.renamed, self.titles, self.seen):
            more.clear()


@dataclass(slots=True)
class _Bands:
    """The batch's view of the MinHash band index: the stored articles sharing a band with a record
    of the batch (read once per batch), and the batch's own articles."""

    articles: dict[int, set[int]] = field(default_factory=dict)  # band hash -> article ids
    signatures: dict[int, Signature] = field(default_factory=dict)
    looked_up: set[int] = field(default_factory=set)  # band hashes read from the database
    added: list[tuple[int, list[int], Signature]] = field(default_factory=list)  # the batch's own articles

    def add(self, article_id: int, hashes: list[int], sig: Signature, *, own: bool = True) -> None:
        if own:
            self.added.append((article_id, hashes, sig))
        self.signatures[article_id] = sig
        for h in hashes:
            self.articles.setdefault(h, set()).add(article_id)

    def remove(self, article_id: int) -> None:
        sig = self.signatures.pop(article_id, None)
        if sig is not None:
            for h in band_hashes(sig):
                self.articles.get(h, set()).discard(article_id)

    def read(self, db: Session, hashes: Iterable[int]) -> None:
        """Read the stored articles of the band hashes not read yet."""
        todo = sorted(set(hashes) - self.looked_up)
        if todo:  # not for any record after the batch's first read
            self.take(db.all_in(_BANDS_SQL, todo), todo)

    def take(self, rows: Iterable[Row], hashes: Iterable[int]) -> None:
        """``_BANDS_SQL``'s rows for ``hashes``."""
        for h, aid, blob, size in rows:
            self.articles.setdefault(int(h), set()).add(int(aid))
            self.signatures.setdefault(int(aid), Signature.from_bytes(blob, int(size)))
        self.looked_up.update(hashes)


def _record_blob(record: Record) -> bytes:
    """The record as stored: its JSON, compressed (a record is mostly its body, and long rows waste most of
    their overflow pages)."""
    if isinstance(record, LoadedRecord) and record.json_text:
        text = record.json_text
    else:
        text = json.dumps(record.to_dict(), ensure_ascii=False)
    return zlib.compress(text.encode("utf-8"), 1)


def _prepare(record: Record) -> _Prepared:
    return _Prepared(signature=signature(record.article.body), record_blob=_record_blob(record))


def _place_forms(word: str) -> set[str]:
    """The other forms of a place a query word names ("kelvorian" → Kelvoria), lower case."""
    return {p.lower() for p in place_candidates(word) if p.lower() != word.lower()}


@functools.cache
def _story_families() -> dict[str, frozenset[str]]:
    """Each word of ``story_words`` with every word of its family ("wildfire" → fire, blaze, bushfire …)."""
    family_of = lexicon.table("story_words")
    members: dict[str, set[str]] = {}
    for word, family in family_of.items():
        members.setdefault(family, set()).add(word)
    return {word: frozenset(members[family]) for word, family in family_of.items()}


def _query_forms(word: str) -> set[str]:
    """The words a query word also finds articles by: a place's other forms, and the other words for the event a
    story is about ("wildfire" reads the articles that call it "the blaze" or "the fire")."""
    return _place_forms(word) | (set(_story_families().get(word.lower(), ())) - {word.lower()})


def _wanted(series: Series, plan: TimelineQuery, places: set[str]) -> bool:
    """Whether a series is one a query asks for: its measures, its subjects, and (beside them) its places."""
    if plan.measures and series.measure not in plan.measures:
        return False
    if plan.subjects and not _counts_a_subject(series.subject, plan.subjects):
        return False  # "fire" of "fire contained (%)" is of the class fires
    if places:
        own = {series.owner, place_key(series.place), *(place_key(p) for p in series.place.split(" and "))}
        return bool(own & places)
    return True


def _counts_a_subject(subject: str, wanted: set[str]) -> bool:
    """Does a series' subject name a thing a query asks for: itself, or a word before its noun ("laptops" asks
    for "laptop shipments", "jobs" for "job cuts")?"""
    words_ = subject.split()
    return any(
        w in wanted or plural(w) in wanted or SUBJECTS.get(w) in wanted or SUBJECTS.get(plural(w)) in wanted
        for w in [subject, *words_[:-1]]
    )


@functools.lru_cache(maxsize=65_536)
def _speaker_form(name: str, type_: str | None) -> tuple[str, str | None, str | None, str] | None:
    """A speaker name as the ledger lists it: (name, title written before it, type, alias key).

    None for a description ("officials", "a spokesman"), not one entity across articles. Cached:
    the same few thousand names recur in every batch.
    """
    written_title = None
    if type_ in (None, PERSON):
        name, written_title = split_title(name)
        if looks_like_org(name):
            type_ = "ORG"  # PERSON is the quote stage's default type; the name says otherwise
    if name[:4].lower() == "the ":
        name = name[4:]  # "the Harbour Board" is listed as "Harbour Board"
    key = name_key(name)
    if not key or key in PRONOUNS or not any(c.isupper() for c in name) or _only_a_role(key):
        return None
    return name, written_title, type_, key


_OWNER_BEFORE = re.compile(r"(\S+['’]s)\s+$")


def _as_owned(entity: Entity, body: str) -> str:
    """A body's name with the country whose possessive is written right before it ("Kelvoria's Flood Agency"):
    a form of its name that tells whose body it is, however it is named elsewhere ("KFA")."""
    owner = _OWNER_BEFORE.search(body, max(0, entity.start - 40), entity.start)
    if owner is None or home_place(owner[1]) is None:
        return entity.text
    return f"{owner[1]} {entity.text}"


def _opens_both(short: str, index: SpeakerIndex, one: int, other: int) -> bool:
    """A one-word name is only the first word of two bodies' longer names ("Marvale" of the Marvale Water
    Board and the Marvale Fire Service): the place both are named after, which makes them no one body."""
    if " " in short:
        return False
    names = [name_key(index.speakers[sid].name).split() for sid in (one, other)]
    return all(len(n) > 1 and n[0] == short for n in names)


def _only_a_role(key: str) -> bool:
    """Is a name only a role ("Mayor" of a headline, "Prime Minister"): no one across articles, every mayor?"""
    roles = role_words()
    return all(w in roles for w in key.split())


class Ledger:
    """The ledger database. Use as a context manager, or call ``close()``.

    ``path``: a SQLite file or a ``postgresql://`` URL. ``readonly``: for queries (nothing is
    written on open; SQLite opens the file ``mode=ro``). ``create``: make the ledger when there is
    none; otherwise a missing ledger is an error (code E090).
    """

    def __init__(
        self, path: str | Path, settings: Settings | None = None, *, readonly: bool = False, create: bool = True
    ) -> None:
        self.path = str(path)
        self.settings = settings or Settings()
        self.readonly = readonly
        self._store = open_storage(self.path, self.settings, readonly=readonly, create=create)
        self.location = self._store.location
        try:
            self.opened_version = ensure_schema(self._store, create=create)  # before any migration
        except BaseException:
            self._store.close()
            raise
        self._index: SpeakerIndex | None = None
        self._synced = 0  # the ledger_clock generation the speaker index reflects
        self._gen = 0  # the generation the write transaction in progress writes
        self._index_lock = threading.RLock()
        self._provenance: dict[tuple[str, str], int] = {}
        self._pending: _Pending | None = None
        self._ids = _Ids(0, 0, 0, 0, 0)  # given by the write batch in progress
        self._bands = _Bands()
        self._local = threading.local()  # the write transaction in progress on this thread

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ---------------------------------------------------------------- sessions

    @property
    def _tx(self) -> Session:
        tx: Session | None = getattr(self._local, "tx", None)
        if tx is None:
            raise StoreError("rows written outside a write transaction", source=self.location, code="E052")
        return tx

    @contextlib.contextmanager
    def _reading(self, *, limited: bool = True) -> Iterator[Session]:
        """The write transaction in progress (its rows are visible), or a read transaction."""
        tx: Session | None = getattr(self._local, "tx", None)
        if tx is not None:
            yield tx
            return
        with self._store.read(limited=limited) as db:
            yield db

    @contextlib.contextmanager
    def _writing(self, *, reset_speakers: bool = False) -> Iterator[Session]:
        """A write transaction: the speaker index brought up to what other writers committed, and the
        ledger's generation advanced, so their next transaction reads what this one changes."""
        try:
            with self._store.write() as db:
                self._speaker_index(db)
                self._local.tx = db
                try:
                    self._gen = self._synced + 1
                    db.run(
                        "UPDATE ledger_clock SET gen = ?, reset_gen = " + ("?" if reset_speakers else "reset_gen"),
                        (self._gen, self._gen) if reset_speakers else (self._gen,),
                    )
                    yield db
                finally:
                    self._local.tx = None
        except BaseException:
            # nothing of the transaction was kept: the cached ids may name rolled-back rows
            self._index = None
            self._provenance.clear()
            self._pending = None
            raise
        self._synced = self._gen
        if reset_speakers:
            self._index = None

    # ---------------------------------------------------------------- writing

    def ingest(
        self,
        items: Iterable[Record | Rejected],
        *,
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Store records (and rejections), ``batch_size`` per transaction. Idempotent.

        A batch is prepared (signatures, compressed records) before the one before it is written. When the
        database makes part of that (PostgreSQL, ``Storage.indexes_ahead``), threads keep the server busy
        while this one stores records: a worker prepares the next batch and reads the band index for it, a
        second thread has the server make its text-search vectors meanwhile, and a third writes a batch's new
        articles' full-text rows (most of the server's work) on the writer's connection while their records
        are stored. They spend most of their time waiting for the server, which releases the interpreter.
        Otherwise (SQLite) a thread would only contend for the interpreter with the writer (a fifth slower,
        measured), and the batch is prepared in line.
        """
        report = IngestReport()
        ahead_in_thread = self._store.indexes_ahead
        worker, indexer, early = (
            (
                concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newsledger-prepare"),
                concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newsledger-index"),
                concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newsledger-early"),
            )
            if ahead_in_thread
            else (_InLine(), _InLine(), None)
        )
        with worker, indexer, early or _InLine():
            ahead: tuple[_Batch, concurrent.futures.Future[_PreparedBatch]] | None = None
            carried: _Carried | None = None
            try:
                for items_read in _batches(items, batch_size):
                    batch = _Batch(items_read)
                    job = (batch, worker.submit(self._prepare_batch, batch, self._stored_now(batch), indexer))
                    if ahead is not None:
                        written, ahead = ahead, None
                        carried = self._write_batch(written[0], written[1].result(), report, progress, early, carried)
                    ahead = job
            finally:
                # the last batch read is written, even when reading the next one failed
                if ahead is not None:
                    self._write_batch(ahead[0], ahead[1].result(), report, progress, early, carried)
        return report

    def _known(self, db: Session, keys: Iterable[str]) -> dict[str, _Known]:
        """The stored articles among ``keys``, with every body each has had."""
        known: dict[str, _Known] = {}
        for key, aid, revision, sha in db.all_in(
            "SELECT a.key, a.id, a.revision, r.body_sha256 FROM articles a JOIN revisions r ON r.article_id = a.id "
            "WHERE a.key IN ({marks})",
            list(dict.fromkeys(keys)),
        ):
            known.setdefault(key, _Known(int(aid), int(revision), set())).bodies.add(sha)
        return known

    def _stored_now(self, batch: _Batch) -> dict[str, _Known]:
        """The stored articles among the batch's (read before taking the writer lock; what the batch
        does not need to prepare)."""
        with self._reading() as db:
            return self._known(db, batch.keys.values())

    def _prepare_batch(
        self, batch: _Batch, stored: dict[str, _Known], indexer: concurrent.futures.Executor
    ) -> _PreparedBatch:
        """What storing the batch needs that does not touch the database, for the records not stored yet.

        ``stored`` may be out of date (another writer, or the batch before, stored more since): the
        writer reads the stored articles again under its lock, and prepares what is missing then. The
        database's part (``Storage.indexes_ahead``) is asked of ``indexer`` first, and made by the server
        while the signatures are made here.
        """
        todo = []
        for item in batch.records:
            known = stored.get(batch.keys[id(item)])
            if known is None or batch.shas[id(item)] not in known.bodies:
                todo.append(item)
        ahead = bool(todo) and self._store.indexes_ahead
        forms = indexer.submit(self._index_ahead, todo) if ahead else None
        prepared = _PreparedBatch({id(item): _prepare(item) for item in todo})
        if ahead:
            # the band index is read here, off the writer's lock; the writer keeps what it read when nothing
            # but this ingest's batch before was written since (the ledger's generation says)
            prepared.hashes = sorted({h for p in prepared.records.values() for h in band_hashes(p.signature)})
            with self._store.read(limited=False) as db:
                prepared.gen = int(db.scalar("SELECT gen FROM ledger_clock") or 0)
                prepared.band_rows = db.all_in(_BANDS_SQL, prepared.hashes)
        if forms is not None:
            for item, form in zip(todo, forms.result(), strict=True):
                prepared.records[id(item)].index_form = form
        return prepared

    def _index_ahead(self, records: list[Record]) -> list[Any]:
        with self._store.read(limited=False) as db:
            return db.index_ahead("articles", [(r.article.title or "", r.article.body) for r in records])

    def _write_batch(
        self,
        batch: _Batch,
        prepared: _PreparedBatch,
        report: IngestReport,
        progress: Callable[[int], None] | None,
        early: concurrent.futures.Executor | None = None,
        carried: _Carried | None = None,
    ) -> _Carried:
        """Store one batch in one write transaction; what the next batch of the same ingest needs to know
        of it (``carried``: its generation and its articles' bands)."""
        now = _now()
        counts = IngestReport()
        with self._writing() as db:
            known = self._known(db, batch.keys.values())
            row = db.one("SELECT " + ", ".join(f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {t})" for t in _Ids.__slots__))
            self._ids = _Ids(*(int(v) for v in row or ()))
            pending = self._pending = _Pending()
            bands = self._bands = _Bands()
            self._bands_read_ahead(bands, prepared, carried)
            bands.read(db, prepared.hashes or (h for p in prepared.records.values() for h in band_hashes(p.signature)))
            try:
                if early is not None:
                    self._index_new_articles(db, batch, known, prepared, early)
                for item in batch.items:
                    if isinstance(item, Rejected):
                        self._store_rejection(item, now)
                        counts.rejected += 1
                        counts.rejections.append(item)
                        continue
                    body_sha = batch.shas[id(item)]
                    outcome = self._store_record(item, body_sha, known, prepared.records.get(id(item)), now)
                    setattr(counts, outcome, getattr(counts, outcome) + 1)
                self._flush()
                self._apply_merges(db)
            finally:
                # never leave the connection to the pool with a write of this batch still to run on it
                if pending.indexing is not None:
                    concurrent.futures.wait([pending.indexing])
        self._pending = None
        written = (self._gen, bands.added)
        report.added += counts.added
        report.unchanged += counts.unchanged
        report.revised += counts.revised
        report.rejected += counts.rejected
        report.rejections.extend(counts.rejections)
        if progress:
            progress(len(batch.items))
        return written

    def _bands_read_ahead(self, bands: _Bands, prepared: _PreparedBatch, carried: _Carried | None) -> None:
        """Keep the band rows ``prepared`` read before the lock when they are still all there is: nothing was
        written since, or only the batch before of this ingest (``carried``), whose own articles are added."""
        if prepared.gen is None:
            return
        start = self._gen - 1  # the generation this transaction found
        if start == prepared.gen:
            bands.take(prepared.band_rows, prepared.hashes)
        elif carried is not None and carried[0] == start == prepared.gen + 1:
            bands.take(prepared.band_rows, prepared.hashes)
            for article_id, hashes, sig in carried[1]:
                bands.add(article_id, hashes, sig, own=False)

    def _index_new_articles(
        self,
        db: Session,
        batch: _Batch,
        known: dict[str, _Known],
        prepared: _PreparedBatch,
        early: concurrent.futures.Executor,
    ) -> None:
        """Give the batch's new articles their ids now and write their full-text rows from ``early`` on the
        writer's connection, while the records are stored here: the index's part is most of what the server
        spends on a batch, and this thread has the rest of the batch to do meanwhile."""
        pending = self._batch()
        rows, forms = [], []
        for item in batch.records:
            key = batch.keys[id(item)]
            if key in known or key in pending.new_ids:
                continue  # stored, or a revision of an article new in this batch
            article_id = pending.new_ids[key] = self._ids.take("articles")
            rows.append((article_id, item.article.title or "", item.article.body))
            form = prepared.records.get(id(item))
            forms.append(form.index_form if form is not None else None)
        if rows:
            made = None if any(form is None for form in forms) else forms
            pending.indexing = early.submit(db.index, "articles", rows, made)

    def _batch(self) -> _Pending:
        if self._pending is None:
            raise StoreError("rows written outside a batch", source=self.location, code="E052")
        return self._pending

    def _flush(self) -> None:
        """Write the batch's pending rows and their full-text rows."""
        pending = self._batch()
        db = self._tx
        if pending.indexing is not None:
            pending.indexing.result()  # the new articles' full-text rows are written before anything reads them
        index = self._speaker_index(db)  # the write transaction's own
        gen = self._gen
        db.insert("speakers", ("id", "name", "type", "seen", "gen", "provenance_id", "ingested_at"), pending.speakers)
        db.many(
            "UPDATE speakers SET name = ?, gen = ? WHERE id = ?",
            [(name, gen, sid) for sid, name in sorted(pending.renamed.items())],
        )
        db.insert("articles", _ARTICLE_COLUMNS, pending.articles)
        db.insert("revisions", _REVISION_COLUMNS, pending.revisions)
        db.insert("minhash_bands", ("hash", "article_id"), pending.bands)
        db.many(
            "INSERT INTO speaker_aliases (alias, speaker_id, text, gen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (alias) DO NOTHING",
            [(*alias, gen) for alias in pending.aliases],
        )
        db.many(
            "INSERT INTO speaker_titles (speaker_id, title, first_seen, last_seen, seen) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (speaker_id, title) DO UPDATE SET seen = speaker_titles.seen + excluded.seen, "
            "first_seen = LEAST(speaker_titles.first_seen, excluded.first_seen), "
            "last_seen = GREATEST(speaker_titles.last_seen, excluded.last_seen)",
            [(sid, title, *seen) for (sid, title), seen in pending.titles.items()],
        )
        db.many(
            "UPDATE speakers SET seen = seen + ?, gen = ? WHERE id = ?",
            [(n, gen, sid) for sid, n in sorted(pending.seen.items())],
        )
        db.insert("quotes", _QUOTE_COLUMNS, pending.quotes)
        db.insert("claims", _CLAIM_COLUMNS, pending.claims)
        db.insert("rejections", _REJECTION_COLUMNS, pending.rejections)

        def name(sid: int | None, written: str | None) -> str:
            # the speaker's canonical name as it stands at the end of the batch
            return index.speakers[sid].name if sid is not None and sid in index.speakers else written or ""

        made = pending.body_forms
        db.index("articles", pending.bodies, None if any(form is None for form in made) else made)
        db.index("quotes", [(q[0], q[4], name(q[8], q[9])) for q in pending.quotes])
        db.index("claims", [(c[0], c[8] or "", c[7] or "", c[14], name(c[11], c[10])) for c in pending.claims])
        pending.clear()

    def _reindex_speaker_rows(self, sid: int) -> None:
        """Index the quotes and claims of speaker ``sid`` anew (their speaker's name changed)."""
        db = self._tx
        db.run("DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE speaker_id = ?)", (sid,))
        db.run("DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE source_id = ?)", (sid,))
        db.index(
            "quotes",
            db.all(
                "SELECT q.id, q.text, COALESCE(s.name, q.speaker_name, '') FROM quotes q "
                "JOIN speakers s ON s.id = q.speaker_id WHERE q.speaker_id = ?",
                (sid,),
            ),
        )
        db.index(
            "claims",
            db.all(
                "SELECT c.id, COALESCE(c.about, ''), COALESCE(c.unit, ''), c.text, COALESCE(s.name, c.source_name, '') "
                "FROM claims c JOIN speakers s ON s.id = c.source_id WHERE c.source_id = ?",
                (sid,),
            ),
        )

    def _provenance_id(self, package_version: str, stages: dict[str, str]) -> int:
        key = (package_version, json.dumps(stages, sort_keys=True))
        if key not in self._provenance:
            db = self._tx
            db.run(
                "INSERT INTO provenance (package_version, stages) VALUES (?, ?) "
                "ON CONFLICT (package_version, stages) DO NOTHING",
                key,
            )
            pid = db.scalar("SELECT id FROM provenance WHERE package_version = ? AND stages = ?", key)
            self._provenance[key] = int(pid)
        return self._provenance[key]

    def _store_rejection(self, item: Rejected, now: str) -> None:
        prov = self._provenance_id(__version__, {})
        self._batch().rejections.append((item.id, item.source, item.stage, item.reason, item.detail, prov, now))

    def _store_record(
        self, record: Record, body_sha: str, known: dict[str, _Known], prepared: _Prepared | None, now: str
    ) -> str:
        db = self._tx
        article = record.article
        key = _article_key(record, body_sha)
        existing = known.get(key)
        if existing is not None and body_sha in existing.bodies:
            return "unchanged"
        prepared = prepared or _prepare(record)
        sig, record_blob = prepared.signature, prepared.record_blob
        prov = record.provenance
        prov_id = self._provenance_id(prov.package_version if prov else __version__, prov.stages if prov else {})
        pending = self._batch()
        article_row = (
            record.id,
            article.url,
            article.title,
            article.publisher,
            article.published,
            body_sha,
            sig.size,
            sig.to_bytes(),
            prov.source if prov else None,
            prov.input_sha256 if prov else None,
            prov_id,
            now,
        )
        relink: list[tuple[int, str | None, Signature]] = []
        indexed = existing is None and key in pending.new_ids
        if existing is None:
            article_id = pending.new_ids[key] if indexed else self._ids.take("articles")
            pending.articles.append((article_id, key, *article_row, 1))
            revision, diff, outcome = 1, None, "added"
            known[key] = _Known(article_id, revision, {body_sha})
        else:
            article_id = existing.id
            self._flush()  # the rows to replace may still be pending
            old_body = db.scalar("SELECT body FROM articles_fts WHERE rowid = ?", (article_id,))
            diff = _body_diff(old_body or "", article.body)
            revision, outcome = existing.revision + 1, "revised"
            existing.revision = revision
            existing.bodies.add(body_sha)
            self._clear_current(article_id)
            relink = self._regroup(article_id)
            db.run(
                "UPDATE articles SET " + ", ".join(f"{c} = ?" for c in _ARTICLE_COLUMNS[2:]) + " WHERE id = ?",
                (*article_row, revision, article_id),
            )
        revision_id = self._ids.take("revisions")
        pending.revisions.append((revision_id, article_id, revision, body_sha, record_blob, diff, prov_id, now))
        if not indexed:
            pending.bodies.append((article_id, article.title or "", article.body))
            pending.body_forms.append(prepared.index_form)
        self._link_syndication(article_id, article.published, sig)
        # the new body may no longer be a copy of its group (or its group of it): link the group anew
        for member_id, member_published, member_sig in relink:
            self._link_syndication(member_id, member_published, member_sig, new=False)
        self._store_quotes(record, article_id, revision_id, prov_id, now)
        self._store_claims(record, article_id, revision_id, prov_id, now)
        self._learn_names(record)
        return outcome

    def _clear_current(self, article_id: int) -> None:
        """Drop the rows derived from an article's current revision (its record stays in ``revisions``)."""
        db = self._tx
        for table in ("quotes", "claims"):
            where = f"FROM {table} WHERE article_id = ?"
            db.run(f"DELETE FROM {table}_fts WHERE rowid IN (SELECT id {where})", (article_id,))
            db.run(f"DELETE {where}", (article_id,))
        db.run("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        # the band rows are found through their hashes, recomputed from the stored signature
        old = db.one("SELECT minhash, shingles FROM articles WHERE id = ?", (article_id,))
        if old is None:
            return
        hashes = band_hashes(Signature.from_bytes(old[0], int(old[1])))
        db.run(
            f"DELETE FROM minhash_bands WHERE article_id = ? AND hash IN ({','.join('?' * len(hashes))})",
            (article_id, *hashes),
        )
        self._bands.remove(article_id)

    # ---------------------------------------------------------------- syndication

    def _regroup(self, article_id: int) -> list[tuple[int, str | None, Signature]]:
        """Dissolve the syndication group of a revised article; its other members, to link again."""
        db = self._tx
        origin = db.scalar("SELECT COALESCE(copy_of, id) FROM articles WHERE id = ?", (article_id,))
        members = db.all(
            "SELECT id, published, minhash, shingles FROM articles WHERE (id = ? OR copy_of = ?) AND id <> ? "
            "ORDER BY published, id",
            (origin, origin, article_id),
        )
        db.run(
            "UPDATE articles SET copy_of = NULL, similarity = NULL WHERE id = ? OR id = ? OR copy_of = ?",
            (article_id, origin, origin),
        )
        return [(int(m[0]), m[1], Signature.from_bytes(m[2], int(m[3]))) for m in members]

    def _link_syndication(self, article_id: int, published: str | None, sig: Signature, new: bool = True) -> None:
        """Link the article to the origin it resembles most (``syndication.matching_origins``), if any."""
        hashes = band_hashes(sig)
        threshold = self.settings.syndication_threshold
        if new:
            self._batch().bands.extend(zip(hashes, itertools.repeat(article_id)))
            # most articles are nobody's copy: decided in memory, with no round trip
            bands = self._bands
            bands.read(self._tx, hashes)
            candidates = set().union(*filter(None, map(bands.articles.get, hashes))) - {article_id}
            bands.add(article_id, hashes, sig)
            if not any_near(sig, [bands.signatures[c] for c in candidates], threshold):
                return
        self._flush()  # the group's rows, and this article's, are read and updated in the database
        db = self._tx
        # candidate origins: the groups of the articles sharing a band, those sharing the most first
        rows = db.all(
            f"SELECT o.id, o.published, o.minhash, o.shingles, COUNT(*) AS shared FROM minhash_bands b "
            f"JOIN articles a ON a.id = b.article_id JOIN articles o ON o.id = COALESCE(a.copy_of, a.id) "
            f"WHERE b.hash IN ({','.join('?' * len(hashes))}) AND b.article_id <> ? AND o.id <> ? "
            f"GROUP BY o.id, o.published, o.minhash, o.shingles ORDER BY shared DESC, o.id LIMIT {MAX_ORIGINS}",
            (*hashes, article_id, article_id),
        )
        origins = [Origin(int(r[0]), r[1], bytes(r[2]), int(r[3])) for r in rows]
        matches = matching_origins(sig, origins, threshold, self._shingles, lambda: self._shingles(article_id))
        if not matches:
            return
        origin, score = matches[0]
        me = (_day(published), article_id)
        if me < (_day(origin.published), origin.id):
            # older than the origins it resembles: the page becomes the origin of their groups
            for other, other_score in matches:
                if me < (_day(other.published), other.id):
                    db.run(
                        "UPDATE articles SET copy_of = ? WHERE copy_of = ? OR id = ?", (article_id, other.id, other.id)
                    )
                    db.run("UPDATE articles SET similarity = ? WHERE id = ?", (round(other_score, 3), other.id))
            db.run("UPDATE articles SET copy_of = NULL, similarity = NULL WHERE id = ?", (article_id,))
        else:
            db.run(
                "UPDATE articles SET copy_of = ?, similarity = ? WHERE id = ?", (origin.id, round(score, 3), article_id)
            )

    def _shingles(self, article_id: int) -> Any:
        """An article's shingle hashes, from its stored body (the batch is flushed before this is asked)."""
        return shingle_hashes(self._tx.scalar("SELECT body FROM articles_fts WHERE rowid = ?", (article_id,)) or "")

    # ---------------------------------------------------------------- speakers

    def _speaker_index(self, db: Session) -> SpeakerIndex:
        """The speaker index as the ledger stands in ``db``'s transaction: what other processes committed
        since it was last read is read again (new and renamed speakers, new aliases; everything after
        a merge or split)."""
        if self._index is not None and getattr(self._local, "tx", None) is db:
            return self._index  # read when the write transaction began; it follows every change since
        gen, reset = db.one("SELECT gen, reset_gen FROM ledger_clock") or (0, 0)
        gen, reset = int(gen), int(reset)
        with self._index_lock:
            index = self._index
            if index is None or reset > self._synced or gen < self._synced:
                index = SpeakerIndex()
                for sid, name, type_, seen in db.all("SELECT id, name, type, seen FROM speakers"):
                    index.add_speaker(SpeakerInfo(int(sid), name, type_, int(seen)))
                for alias, sid, text in db.all("SELECT alias, speaker_id, text FROM speaker_aliases"):
                    index.add_alias(alias, int(sid), text)
            elif gen > self._synced:
                for sid, name, type_, seen in db.all(
                    "SELECT id, name, type, seen FROM speakers WHERE gen > ?", (self._synced,)
                ):
                    info = index.speakers.get(int(sid))
                    if info is None:
                        index.add_speaker(SpeakerInfo(int(sid), name, type_, int(seen)))
                        continue
                    info.type, info.seen = type_, int(seen)
                    if info.name != name:
                        index.rename(int(sid), name)
                aliases = db.all("SELECT alias, speaker_id, text FROM speaker_aliases WHERE gen > ?", (self._synced,))
                for alias, sid, text in aliases:
                    index.add_alias(alias, int(sid), text)
            self._index, self._synced = index, gen
            return index

    def _resolve_speaker(
        self,
        name: str,
        mention: str | None,
        type_: str | None,
        title: str | None,
        day: str | None,
        now: str,
        prov_id: int,
        body: str | None = None,
    ) -> tuple[int, str] | None:
        """The speaker id for a name (creating the speaker when new) and the alias key it came from; for a
        description ("the government's emergency directorate"), the one known organisation it names in an
        article whose ``body`` is given (nothing is created or learnt from a description)."""
        index = self._speaker_index(self._tx)
        form = _speaker_form(name, type_)
        if form is None:
            described = index.match_description(name, body) if body and name[:1].islower() else None
            return (described, name_key(name)) if described is not None else None
        name, written_title, type_, key = form
        title = title or written_title
        pending = self._batch()
        sid = index.match(name, type_)
        if sid is None:
            kind = type_ or (PERSON if len(key.split()) > 1 and name[:1].isupper() else "ORG")
            sid = self._ids.take("speakers")
            pending.speakers.append((sid, name, kind, 0, self._gen, prov_id, now))
            index.add_speaker(SpeakerInfo(sid, name, kind))
        info = index.speakers[sid]
        if better_name(info.name, name, info.type):
            pending.renamed[sid] = name
            index.rename(sid, name)
        info.seen += 1
        pending.seen[sid] = pending.seen.get(sid, 0) + 1
        forms = [(key, name)]
        if mention and mention[:1].isupper():
            mention_name = split_title(mention)[0] if info.type == PERSON else mention
            mention_key = name_key(mention_name)
            if (
                mention_key
                and mention_key not in PRONOUNS
                and mention_key != key
                and (same_person(mention_name, name) if info.type == PERSON else False)
            ):
                forms.append((mention_key, mention_name))
        for alias, text in forms:
            if alias in index.aliases:
                continue  # known already, for this speaker or (pinned by a manual split) for another
            pending.aliases.append((alias, sid, text))
            index.add_alias(alias, sid, text)
        # a title inside the speaker's own name is a piece of it ("Kessa" of "Kessa Port Authority"), no role
        if title and _plausible_title(title) and f" {name_key(title)} " not in f" {name_key(info.name)} ":
            seen = pending.titles.setdefault((sid, title.strip()), [day, day, 0])
            if day is not None:
                seen[0] = day if seen[0] is None else min(seen[0], day)
                seen[1] = day if seen[1] is None else max(seen[1], day)
            seen[2] += 1
        return sid, key

    def _store_quotes(self, record: Record, article_id: int, revision_id: int, prov_id: int, now: str) -> None:
        day = record.article.published[:10] if record.article.published else None
        for q in record.quotes:
            sp = q.speaker
            resolved = None
            if sp is not None and not sp.anonymous:
                resolved = self._resolve_speaker(
                    sp.name, sp.text, sp.type, sp.title, q.date or day, now, prov_id, record.article.body
                )
            sid, alias = resolved if resolved else (None, None)
            self._batch().quotes.append(
                (
                    self._ids.take("quotes"),
                    article_id,
                    revision_id,
                    q.kind,
                    q.text,
                    q.start,
                    q.end,
                    q.cue.text if q.cue else None,
                    sid,
                    sp.name if sp else None,
                    sp.text if sp else None,
                    alias,
                    sp.title if sp else None,
                    q.medium,
                    q.polarity,
                    q.date,
                    prov_id,
                    now,
                )
            )

    @staticmethod
    def _source_type(record: Record, source: str) -> str | None:
        """The type of a claim's source, from the record's speakers or entities when they name it."""
        quotes: list[Quote] = record.quotes
        for q in quotes:
            if q.speaker is not None and q.speaker.name == source:
                return q.speaker.type
        for e in record.entities:
            if source in (e.canonical, e.text):
                return e.label
        return None

    def _store_claims(self, record: Record, article_id: int, revision_id: int, prov_id: int, now: str) -> None:
        day = record.article.published[:10] if record.article.published else None
        pending = self._batch()
        count = len(record.claims)
        first = self._ids.take("claims", count)
        for idx, c in enumerate(record.claims):
            resolved = None
            if c.source:
                resolved = self._resolve_speaker(
                    c.source, None, self._source_type(record, c.source), None, day, now, prov_id, record.article.body
                )
            sid, alias = resolved if resolved else (None, None)
            revises = (
                first + c.revises if c.revises is not None and 0 <= c.revises < count and c.revises != idx else None
            )
            pending.claims.append(
                (
                    first + idx,
                    article_id,
                    revision_id,
                    idx,
                    c.value,
                    c.low,
                    c.high,
                    c.unit,
                    c.about,
                    c.qualifier,
                    c.source,
                    sid,
                    alias,
                    c.as_of,
                    c.text,
                    c.start,
                    c.end,
                    revises,
                    prov_id,
                    now,
                    *claim_analysis(
                        {
                            "unit": c.unit,
                            "about": c.about,
                            "measure": c.measure,
                            "place": c.place,
                            "as_of": c.as_of,
                            "as_of_basis": c.as_of_basis,
                            "source_type": c.source_type,
                        }
                    ),
                )
            )

    def _learn_names(self, record: Record) -> None:
        """Other names an article gives one of its speakers: the mention resolver's chains of an organisation
        ("Coastal Flood Authority" … "CFA") and common names ("Norvanian Rescue Service,
        better known as the Green Vests", which becomes its name). A name that is another speaker's
        makes the two one speaker when the batch ends."""
        named: list[tuple[str, str | None, str, bool]] = [
            (e.canonical, e.label, written, False)
            for e in record.entities
            if e.label == "ORG" and name_key(written := _as_owned(e, record.article.body)) != name_key(e.canonical)
        ]
        for q in record.quotes:
            sp = q.speaker
            found = _KNOWN_AS.match(sp.title.strip()) if sp is not None and sp.title else None
            if sp is not None and found:
                named.append((sp.name, sp.type, found["name"], True))
        if not named:
            return
        index = self._speaker_index(self._tx)
        pending = self._batch()
        for known, type_, other, common in named:
            form, other_form = _speaker_form(known, type_), _speaker_form(other, type_)
            if form is None or other_form is None:
                continue
            sid = index.aliases.get(form[3])
            if sid is None or sid not in index.speakers:
                continue
            other_id = index.aliases.get(other_form[3])
            if other_id is None:
                pending.aliases.append((other_form[3], sid, other_form[0]))
                index.add_alias(other_form[3], sid, other_form[0])
                other_id = sid
            if other_id != sid and not common and _opens_both(other_form[3], index, sid, other_id):
                continue
            if other_id != sid or common:
                pending.merges.append((sid, other_id, other_form[0] if common else None))

    def _apply_merges(self, db: Session) -> None:
        """Merge the speakers the batch's articles name as one (unless a manual merge or split pinned either)."""
        merges = self._batch().merges
        if not merges:
            return
        index = self._speaker_index(db)
        moved: dict[int, int] = {}

        def live(sid: int) -> int:
            while sid in moved:
                sid = moved[sid]
            return sid

        for first, second, name in merges:
            a, b = live(first), live(second)
            if a not in index.speakers or b not in index.speakers:
                continue
            keep = a
            if a != b:
                if db.scalar("SELECT COUNT(*) FROM speaker_aliases WHERE speaker_id IN (?, ?) AND pinned = 1", (a, b)):
                    continue
                # the organisation over a name typed as a person; else the speaker seen more often
                ranked = sorted((a, b), key=lambda s: (index.speakers[s].type != PERSON, index.speakers[s].seen, -s))
                keep, drop = ranked[1], ranked[0]
                self._merge_rows(db, keep, drop, pin=False)
                index.speakers[keep].seen += index.speakers[drop].seen
                index.merge(drop, keep)
                moved[drop] = keep
            if name and index.speakers[keep].name != name:
                db.run("UPDATE speakers SET name = ?, gen = ? WHERE id = ?", (name, self._gen, keep))
                index.rename(keep, name)
                self._reindex_speaker_rows(keep)
        if moved:
            # every reader and writer reads all speakers again
            db.run("UPDATE ledger_clock SET reset_gen = ?", (self._gen,))
        merges.clear()

    # ---------------------------------------------------------------- reanalysis

    def stale_articles(self, is_stale: Callable[[dict[str, str]], bool]) -> list[int]:
        """The articles whose current record was made by stages ``is_stale`` says are old (by its provenance)."""
        with self._reading(limited=False) as db:
            stale = [
                int(pid) for pid, stages in db.all("SELECT id, stages FROM provenance") if is_stale(json.loads(stages))
            ]
            rows = db.all_in(
                "SELECT a.id FROM articles a JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision "
                "WHERE r.provenance_id IN ({marks})",
                stale,
            )
        return sorted(int(a) for (a,) in rows)

    def reanalyze(
        self,
        analyse: Callable[[list[Record]], Iterable[Record | Rejected]],
        is_stale: Callable[[dict[str, str]], bool],
        *,
        batch_size: int = 50,
        progress: Callable[[int], None] | None = None,
    ) -> ReanalyzeReport:
        """Analyse again the stored articles whose stages are old, in place: each current revision's record and
        the quotes and claims made from it are replaced (no new revision), ``batch_size`` articles per
        transaction. Stopped and run again, it goes on where it stopped (done articles are no longer old).
        ``analyse`` takes the stored records and returns new ones, in order (``pipeline.reanalyze_records``)."""
        report = ReanalyzeReport()
        todo = self.stale_articles(is_stale)
        for at in range(0, len(todo), batch_size):
            chunk = todo[at : at + batch_size]
            with self._reading(limited=False) as db:
                stored = db.all_in(
                    "SELECT a.id, r.id, r.record FROM articles a JOIN revisions r ON r.article_id = a.id "
                    "AND r.revision = a.revision WHERE a.id IN ({marks}) ORDER BY a.id",
                    chunk,
                )
            records = [record_from_dict(_load_record(blob)) for _, _, blob in stored]
            # the analysis runs before the write transaction: other writers go on meanwhile
            results = list(analyse(records))
            with self._writing() as db:
                row = db.one(
                    "SELECT " + ", ".join(f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {t})" for t in _Ids.__slots__)
                )
                self._ids = _Ids(*(int(v) for v in row or ()))
                self._pending = _Pending()
                now = _now()
                for (aid, rid, _), result in zip(stored, results, strict=True):
                    if isinstance(result, Rejected):
                        report.rejected += 1
                        report.rejections.append(result)
                        continue
                    current = db.scalar(
                        "SELECT r.id FROM articles a JOIN revisions r ON r.article_id = a.id "
                        "AND r.revision = a.revision WHERE a.id = ?",
                        (aid,),
                    )
                    if current is None or int(current) != int(rid):
                        report.skipped += 1  # revised by a writer meanwhile: its new record is this version's
                        continue
                    self._replace_analysis(int(aid), int(rid), result, now)
                    report.reanalyzed += 1
                self._flush()
                self._apply_merges(db)
            self._pending = None
            if progress is not None:
                progress(len(chunk))
        return report

    def _replace_analysis(self, article_id: int, revision_id: int, record: Record, now: str) -> None:
        """Replace a current revision's record and the quotes and claims made from it."""
        db = self._tx
        self._flush()  # the rows to replace may still be pending
        index = self._speaker_index(db)
        for sid, n in db.all(
            "SELECT sid, COUNT(*) FROM (SELECT speaker_id AS sid FROM quotes WHERE article_id = ? UNION ALL "
            "SELECT source_id FROM claims WHERE article_id = ?) AS u WHERE sid IS NOT NULL GROUP BY sid",
            (article_id, article_id),
        ):
            db.run("UPDATE speakers SET seen = seen - ?, gen = ? WHERE id = ?", (int(n), self._gen, sid))
            if int(sid) in index.speakers:
                index.speakers[int(sid)].seen -= int(n)
        for table in ("quotes", "claims"):
            where = f"FROM {table} WHERE article_id = ?"
            db.run(f"DELETE FROM {table}_fts WHERE rowid IN (SELECT id {where})", (article_id,))
            db.run(f"DELETE {where}", (article_id,))
        prov = record.provenance
        prov_id = self._provenance_id(prov.package_version if prov else __version__, prov.stages if prov else {})
        blob = _record_blob(record)
        db.run("UPDATE revisions SET record = ?, provenance_id = ? WHERE id = ?", (blob, prov_id, revision_id))
        db.run("UPDATE articles SET provenance_id = ? WHERE id = ?", (prov_id, article_id))
        self._store_quotes(record, article_id, revision_id, prov_id, now)
        self._store_claims(record, article_id, revision_id, prov_id, now)
        self._learn_names(record)

    # ---------------------------------------------------------------- corrections

    def _find_speaker(self, db: Session, name: str) -> int | None:
        index = self._speaker_index(db)
        if name.isdigit() and int(name) in index.speakers:
            return int(name)
        for sid, info in index.speakers.items():
            if name_key(info.name) == name_key(name):
                return sid
        return index.match(split_title(name)[0], PERSON) or index.match(name, "ORG")

    def _require_speaker(self, db: Session, name: str) -> int:
        sid = self._find_speaker(db, name)
        if sid is None:
            raise StoreError(f"no speaker named {name!r} in the ledger", code="E053")
        return sid

    def merge_speakers(self, into: str, other: str) -> dict[str, Any]:
        """Make ``other`` the same speaker as ``into``: its aliases, titles, quotes and claims move over."""
        with self._writing(reset_speakers=True) as db:
            keep, drop = self._require_speaker(db, into), self._require_speaker(db, other)
            if keep == drop:
                raise StoreError(f"{into!r} and {other!r} are already one speaker", code="E054")
            self._merge_rows(db, keep, drop, pin=True)
            return self._speaker_row(keep)

    def _merge_rows(self, db: Session, keep: int, drop: int, *, pin: bool) -> None:
        """Move speaker ``drop``'s aliases (pinned by a manual merge), titles, quotes and claims to ``keep``."""
        db.run("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep, drop))
        db.run("UPDATE claims SET source_id = ? WHERE source_id = ?", (keep, drop))
        db.run(
            "UPDATE speaker_aliases SET speaker_id = ?, pinned = " + ("1" if pin else "pinned") + ", gen = ? "
            "WHERE speaker_id = ?",
            (keep, self._gen, drop),
        )
        db.run(
            "INSERT INTO speaker_titles (speaker_id, title, first_seen, last_seen, seen) "
            "SELECT ?, title, first_seen, last_seen, seen FROM speaker_titles WHERE speaker_id = ? "
            "ON CONFLICT (speaker_id, title) DO UPDATE SET seen = speaker_titles.seen + excluded.seen",
            (keep, drop),
        )
        db.run("DELETE FROM speaker_titles WHERE speaker_id = ?", (drop,))
        db.run(
            "UPDATE speakers SET seen = seen + (SELECT seen FROM speakers WHERE id = ?), gen = ? WHERE id = ?",
            (drop, self._gen, keep),
        )
        db.run("DELETE FROM speakers WHERE id = ?", (drop,))
        self._reindex_speaker_rows(keep)

    def split_speaker(self, name: str, alias: str) -> dict[str, Any]:
        """Make ``alias`` (a form seen for speaker ``name``) its own speaker, with its quotes and claims."""
        with self._writing(reset_speakers=True) as db:
            sid = self._require_speaker(db, name)
            key = name_key(split_title(alias)[0])
            text = db.scalar("SELECT text FROM speaker_aliases WHERE alias = ? AND speaker_id = ?", (key, sid))
            if text is None:
                raise StoreError(f"{alias!r} is not an alias of {name!r}", code="E055")
            info = self._speaker_index(db).speakers[sid]
            if name_key(info.name) == key:
                raise StoreError(
                    f"{alias!r} is the canonical name of {info.name!r}: rename by merging instead", code="E056"
                )
            prov = self._provenance_id(__version__, {})
            moved = int(
                db.scalar("SELECT COUNT(*) FROM quotes WHERE speaker_id = ? AND speaker_alias = ?", (sid, key))
            ) + int(db.scalar("SELECT COUNT(*) FROM claims WHERE source_id = ? AND source_alias = ?", (sid, key)))
            new = int(db.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM speakers"))
            db.run(
                "INSERT INTO speakers (id, name, type, seen, gen, provenance_id, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (new, text, info.type, moved, self._gen, prov, _now()),
            )
            db.run("UPDATE speakers SET seen = seen - ?, gen = ? WHERE id = ?", (moved, self._gen, sid))
            db.run(
                "UPDATE speaker_aliases SET speaker_id = ?, pinned = 1, gen = ? WHERE alias = ?", (new, self._gen, key)
            )
            db.run("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_alias = ?", (new, sid, key))
            db.run("UPDATE claims SET source_id = ? WHERE source_id = ? AND source_alias = ?", (new, sid, key))
            self._reindex_speaker_rows(new)
            return self._speaker_row(new)

    # ---------------------------------------------------------------- reading

    def _speaker_row(self, sid: int) -> dict[str, Any]:
        rows = self.speakers(speaker_id=sid)
        return rows[0] if rows else {}

    def speakers(self, *, speaker_id: int | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Canonical speakers with their counts, aliases and titles, most quoted first."""
        where = "WHERE s.id = ?" if speaker_id is not None else ""
        params: tuple[Any, ...] = (speaker_id,) if speaker_id is not None else ()
        with self._reading() as db:
            rows = db.all(
                "SELECT s.id, s.name, s.type, "
                "(SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = s.id), "
                "(SELECT COUNT(*) FROM claims c WHERE c.source_id = s.id), "
                "(SELECT COUNT(DISTINCT article_id) FROM (SELECT article_id FROM quotes WHERE speaker_id = s.id "
                " UNION SELECT article_id FROM claims WHERE source_id = s.id) AS u) "
                f"FROM speakers s {where} ORDER BY 4 DESC, 5 DESC, s.name" + (" LIMIT ?" if limit else ""),
                params + ((min(limit, _MAX_INT),) if limit else ()),
            )
            out = []
            for sid, name, type_, quotes, claims, articles in rows:
                aliases = [
                    t for (t,) in db.all("SELECT text FROM speaker_aliases WHERE speaker_id = ? ORDER BY text", (sid,))
                ]
                titles = [
                    {"title": t, "first_seen": f, "last_seen": la, "seen": n}
                    for t, f, la, n in db.all(
                        "SELECT title, first_seen, last_seen, seen FROM speaker_titles WHERE speaker_id = ? "
                        "ORDER BY first_seen, title",
                        (sid,),
                    )
                ]
                out.append(
                    {
                        "id": sid,
                        "name": name,
                        "type": type_,
                        "quotes": quotes,
                        "claims": claims,
                        "articles": articles,
                        "aliases": aliases,
                        "titles": titles,
                    }
                )
        return out

    def speaker(self, ref: str | int, *, articles: int = 50) -> dict[str, Any] | None:
        """One speaker by id, name or any alias: the fields of ``speakers()``, plus ``by_month``
        (quotes and claims per month of the statement, or of the article when it has no date) and
        ``recent_articles`` (at most ``articles``, newest first, with this speaker's counts in each)."""
        with self._reading() as db:
            sid = self._find_speaker(db, str(ref))
            if sid is None:
                return None
            out = self._speaker_row(sid)
            if not out:
                return None
            months = db.all(
                "SELECT m, SUM(qn), SUM(cn) FROM (SELECT SUBSTR(COALESCE(q.date, a.published), 1, 7) AS m, 1 AS qn, "
                "0 AS cn FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ? UNION ALL "
                "SELECT SUBSTR(COALESCE(c.as_of, a.published), 1, 7), 0, 1 FROM claims c JOIN articles a "
                "ON a.id = c.article_id WHERE c.source_id = ?) AS u WHERE m IS NOT NULL GROUP BY m ORDER BY m",
                (sid, sid),
            )
            rows = db.all(
                "SELECT a.id, a.record_id, a.title, a.publisher, a.published, a.url, a.copy_of, "
                "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id AND q.speaker_id = ?), "
                "(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id AND c.source_id = ?) FROM articles a "
                "WHERE a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ? "
                "UNION SELECT article_id FROM claims WHERE source_id = ?) ORDER BY a.published DESC, a.id DESC LIMIT ?",
                (sid, sid, sid, sid, min(articles, _MAX_INT)),
            )
        out["by_month"] = [{"month": m, "quotes": int(q), "claims": int(c)} for m, q, c in months]
        keys = ("article", "id", "title", "publisher", "published", "url", "copy_of", "quotes", "claims")
        out["recent_articles"] = [dict(zip(keys, r, strict=True)) for r in rows]
        return out

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        limit: int = 100,
        since: str | None = None,
        until: str | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotes by a speaker (any alias or spelling of them) and/or whose words match ``about``.

        ``since``/``until`` (ISO dates, inclusive) bound the day of the statement, or of its
        article when the statement has none.
        """
        clauses: list[str] = []
        params: list[Any] = []
        with self._reading() as db:
            if speaker is not None:
                sid = self._find_speaker(db, speaker)
                if sid is None:
                    return []
                clauses.append("q.speaker_id = ?")
                params.append(sid)
            if about:
                wanted = words_search(about)
                found = db.dialect.fts_match("quotes", wanted, "text") if wanted else None
                if found is None:
                    return []
                clauses.append(f"q.id IN ({found[0]})")
                params.append(found[1])
            if since:
                clauses.append("SUBSTR(COALESCE(q.date, a.published), 1, 10) >= ?")
                params.append(since[:10])
            if until:
                clauses.append("SUBSTR(COALESCE(q.date, a.published), 1, 10) <= ?")
                params.append(until[:10])
            where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
            rows = db.all(
                "SELECT q.id, q.kind, q.text, q.cue, s.name, q.speaker_text, q.date, q.medium, q.polarity, "
                "a.id, a.record_id, a.url, a.publisher, a.published, a.copy_of, q.speaker_id, a.title, "
                "q.start_offset, q.end_offset FROM quotes q "
                "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
                f"{where} ORDER BY COALESCE(q.date, a.published), q.id LIMIT ? OFFSET ?",
                (*params, min(limit, _MAX_INT), min(offset, _MAX_INT)),
            )
        keys = (
            "id",
            "kind",
            "text",
            "cue",
            "speaker",
            "speaker_text",
            "date",
            "medium",
            "polarity",
            "article",
            "record_id",
            "url",
            "publisher",
            "published",
            "copy_of",
            "speaker_id",
            "title",
            "start",
            "end",
        )
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def _search_where(
        self,
        db: Session,
        text: str,
        syntax: str,
        publisher: str | None,
        since: str | None,
        until: str | None,
        speaker: str | None,
    ) -> tuple[str, list[Any], str | None, list[str]] | None:
        """The FROM … WHERE of a search, its parameters, the full-text expression (None: no words) and the
        words sought; None when nothing can match."""
        if syntax == "web":
            wanted = parse_search(text)
        elif syntax == "words":
            wanted = words_search(text)
        else:
            raise StoreError(f"unknown search syntax {syntax!r}; choose words or web", code="E050")
        expression = db.dialect.fts_expression("articles", wanted) if wanted else None
        if (wanted is not None and expression is None) or (expression is None and syntax == "words"):
            return None  # words, none of them searchable
        clauses: list[str] = []
        params: list[Any] = []
        if expression is not None:
            clauses.append(db.dialect.fts_condition("articles"))
            params.append(expression)
        if publisher:
            clauses.append("a.publisher = ?")
            params.append(publisher)
        if since:
            clauses.append("SUBSTR(a.published, 1, 10) >= ?")
            params.append(since[:10])
        if until:
            clauses.append("SUBSTR(a.published, 1, 10) <= ?")
            params.append(until[:10])
        if speaker:
            sid = self._find_speaker(db, speaker)
            if sid is None:
                return None
            clauses.append(
                "a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ? "
                "UNION SELECT article_id FROM claims WHERE source_id = ?)"
            )
            params.extend((sid, sid))
        source = "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid" if expression else "FROM articles a"
        where = source + (" WHERE " + " AND ".join(clauses) if clauses else "")
        return where, params, expression, wanted.words() if wanted else []

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        publisher: str | None = None,
        since: str | None = None,
        until: str | None = None,
        speaker: str | None = None,
        syntax: str = "words",
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[dict[str, Any]]:
        """Full-text search over article titles and bodies, best matches first.

        ``syntax="words"`` (the default) needs every word of ``text``; ``syntax="web"`` reads
        phrases, OR, -exclusions and prefixes (``ledger/query.py``; a malformed query raises
        ``InputError`` [E017]) and, with no words, lists the articles the filters keep, newest
        first. Filters: ``publisher`` (exact), ``since``/``until`` (published, ISO, inclusive),
        ``speaker`` (quoted or cited in the article; any alias). The snippet marks hits with ``marks``.
        """
        keys = ("article", "id", "title", "publisher", "published", "url", "copy_of", "snippet")
        cols = "a.id, a.record_id, a.title, a.publisher, a.published, a.url, a.copy_of"
        with self._reading() as db:
            found = self._search_where(db, text, syntax, publisher, since, until, speaker)
            if found is None:
                return []
            where, params, expression, words = found
            dialect = db.dialect
            page = (min(limit, _MAX_INT), min(offset, _MAX_INT))
            ranked = dialect.ranked_hits(expression) if expression is not None else None
            if ranked is not None and not any((publisher, since, until, speaker)):
                # the page ranked in the full-text table alone, then its articles read
                snippet, snippet_params = dialect.snippet_column(marks)
                sql = (
                    f"SELECT {cols}, {snippet} FROM ({ranked[0]} LIMIT ? OFFSET ?) AS hits "
                    "JOIN articles_fts ON articles_fts.rowid = hits.rowid JOIN articles a ON a.id = hits.rowid "
                    "ORDER BY hits.rank DESC, hits.rowid"
                )
                rows = db.all(sql, (*snippet_params, *ranked[1], *page))
            elif expression is not None:
                snippet, snippet_params = dialect.snippet_column(marks)
                order, order_params = dialect.ranking(expression)
                sql = f"SELECT {cols}, {snippet} {where} ORDER BY {order} LIMIT ? OFFSET ?"
                rows = db.all(sql, (*snippet_params, *params, *order_params, *page))
            else:
                sql = f"SELECT {cols}, NULL {where} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?"
                rows = db.all(sql, (*params, *page))
        return [
            dict(zip(keys, (*r[:-1], None if r[-1] is None else dialect.snippet(r[-1], words, marks)), strict=True))
            for r in rows
        ]

    def search_facets(
        self,
        text: str,
        *,
        publisher: str | None = None,
        since: str | None = None,
        until: str | None = None,
        speaker: str | None = None,
        syntax: str = "web",
        top: int = 12,
        sample: int = 2_000,
    ) -> dict[str, Any]:
        """How the hits of a search spread: ``total``, and counts by publisher, month and speaker (top ``top``).

        The counts are over the ``sample`` hits added last (all of them when fewer): a word in most
        articles would otherwise cost a pass over the whole ledger. ``sampled`` is how many were counted.
        """
        with self._reading() as db:
            found = self._search_where(db, text, syntax, publisher, since, until, speaker)
            if found is None:
                return {"total": 0, "sampled": 0, "publishers": [], "months": [], "speakers": []}
            where, params, expression, _ = found
            total = int(db.scalar(f"SELECT COUNT(*) {where}", params))
            # the full-text index hands its rows out in rowid order: no sort over every hit
            newest = "articles_fts.rowid" if expression is not None else "a.id"
            hits = f"SELECT a.id, a.publisher, a.published {where} ORDER BY {newest} DESC LIMIT ?"
            rows = db.all(hits, (*params, sample))
            speakers = db.all(
                f"WITH hits AS ({hits}) SELECT s.id, s.name, COUNT(DISTINCT u.article_id) FROM ("
                "SELECT q.article_id, q.speaker_id AS sid FROM quotes q JOIN hits h ON h.id = q.article_id UNION "
                "SELECT c.article_id, c.source_id FROM claims c JOIN hits h ON h.id = c.article_id) AS u "
                "JOIN speakers s ON s.id = u.sid GROUP BY s.id, s.name ORDER BY 3 DESC, 2 LIMIT ?",
                (*params, sample, top),
            )
        publishers = collections.Counter(p for _, p, _ in rows if p)
        months = collections.Counter(d[:7] for _, _, d in rows if d)
        return {
            "total": total,
            "sampled": len(rows),
            "publishers": [
                {"value": p, "count": n} for p, n in sorted(publishers.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
            ],
            "months": [{"value": m, "count": n} for m, n in sorted(months.items())],
            "speakers": [{"id": i, "value": name, "count": n} for i, name, n in speakers],
        }

    def timeline(self, query: str = "", *, series: int = 10) -> list[TimelineEntry]:
        """The statements a query finds, by series (what is counted) and as-of day; merged and flagged.

        Words naming a measure ("killed", "deaths", "evacuated") or what is counted ("troops", "soldiers",
        "flights") pick series; other words pick the articles (the latest ``timeline_max_articles``) and claims
        that contain them, and, beside a measure or subject, a place or owner names the series' place
        ("people killed in Drasna", "Norvanian troops"). No query: the ``series`` series with the most reports.
        """
        plan = parse_query(query)
        found = self._timeline(query, plan, series)
        if not found and plan.subjects and not plan.measures:
            # a word naming a thing counted that no series counts ("fire" of a story about a fire): a story's word;
            # a measure none has ("killed") finds nothing
            found = self._timeline(query, plan.as_words(), series)
        return found

    def _timeline(self, query: str, plan: TimelineQuery, series: int) -> list[TimelineEntry]:
        settings = self.settings
        with self._reading() as db:
            places, place_words = self._query_places(db, plan) if plan.names_series else (set(), set())
            if not plan.words and not plan.names_series:
                articles = [] if query.strip() else self._top_series_articles(db, series)
            else:
                articles = self._timeline_articles(db, plan, only_places=set(plan.words) <= place_words)
                if plan.words and not plan.names_series:
                    articles = self._with_retellings(db, articles)
            # every claim of the articles read: the others say where and what a figure that does not say
            # counts, and a figure's earlier value ("up from 2,500", a ``revises`` link) is in its article
            rows = db.all_in(self._CLAIM_SELECT + "WHERE c.article_id IN ({marks})", articles)
            claim_rows = self._claim_rows(db, rows)
        entries = build_timeline(claim_rows, window_days=settings.timeline_window_days)
        if not plan.words and not plan.names_series:
            # a series that does not say what it counts ("(unspecified)", "percent") is none to list
            totals: dict[Series, int] = {}
            for e in entries:
                if e.keyed:
                    totals[e.series] = totals.get(e.series, 0) + len(e.reports)
            top = set(sorted(totals, key=lambda k: (-totals[k], k.label))[:series])
            return [e for e in entries if e.series in top]
        return [e for e in entries if _wanted(e.series, plan, places)]

    _CLAIM_SELECT = (
        "SELECT c.id, c.value, c.low, c.high, c.unit, c.about, c.qualifier, COALESCE(s.name, c.source_name), "
        "c.source_id, c.as_of, c.text, c.revises_id, a.id, a.record_id, a.url, a.publisher, a.published, "
        "COALESCE(a.copy_of, a.id), c.measure, c.place, c.as_of_basis, c.subject, c.owner, c.stated_measure, "
        "c.start_offset "
        "FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN speakers s ON s.id = c.source_id "
    )

    def _timeline_articles(self, db: Session, plan: TimelineQuery, *, only_places: bool) -> list[int]:
        """The articles a query reads (the latest ``timeline_max_articles``): those its words find, and those of
        the claims they find; else, when its words only name places ("Kelvorian troops") or it has none, those of
        the latest claims of the subjects and measures it names."""
        settings = self.settings
        found: set[int] = set()
        # a place is found under its other forms too: "Russian troops" reads an article that says "Russia"
        wanted = words_search(" ".join(plan.words), _query_forms) if plan.words else None
        if wanted is not None:
            articles = db.dialect.fts_match("articles", wanted)
            if articles is not None:
                sql = f"{articles[0]} ORDER BY rowid DESC LIMIT ?"
                found.update(int(r[0]) for r in db.all(sql, (articles[1], settings.timeline_max_articles)))
            claims = db.dialect.fts_match("claims", wanted)
            if claims is not None:
                sql = f"SELECT article_id FROM claims WHERE id IN ({claims[0]} ORDER BY rowid DESC LIMIT ?)"
                found.update(int(r[0]) for r in db.all(sql, (claims[1], settings.timeline_max_claims)))
        if plan.names_series and not found and only_places:
            clauses, values = [], []
            for column, named in (("subject", plan.subjects), ("measure", plan.measures)):
                if named:
                    clause = f"{column} IN ({','.join('?' * len(named))})"
                    values += sorted(named)
                    if column == "subject":
                        # and a subject a word of the thing opens ("laptop shipments" of "laptops")
                        openers = sorted({k for k, v in SUBJECTS.items() if v in named} | set(named))
                        clause = f"({clause}{f' OR {db.dialect.opens_with(column)}' * len(openers)})"
                        values += [bound for k in openers for bound in (f"{k} ", f"{k}!")]
                    clauses.append(clause)
            sql = (
                f"SELECT article_id, source_id, subject FROM claims WHERE {' AND '.join(clauses)} "
                "ORDER BY id DESC LIMIT ?"
            )
            rows = db.all(sql, (*values, settings.timeline_max_claims))
            found.update(int(r[0]) for r in rows)
            if plan.measures:
                found.update(self._unsaid_measures(db, rows))
        return sorted(found, reverse=True)[: settings.timeline_max_articles]

    def _with_retellings(self, db: Session, articles: list[int]) -> list[int]:
        """The articles a story's words find, and those that report a figure of theirs from the same source (the
        other outlets that tell it without the words): each statement is listed with every outlet that reports it.
        The latest ``timeline_max_claims`` claims of those sources are looked at, and ``timeline_max_articles``
        articles read in all."""
        cap = self.settings.timeline_max_articles
        if not articles or len(articles) >= cap:
            return articles
        pairs = db.all_in(
            "SELECT DISTINCT source_id, value FROM claims WHERE article_id IN ({marks}) "
            "AND source_id IS NOT NULL AND value IS NOT NULL",
            articles,
        )
        told = {(int(r[0]), float(r[1])) for r in pairs}
        sources = sorted({source for source, _ in told})
        limit = int(self.settings.timeline_max_claims)
        rows = db.all_in(
            f"SELECT article_id, source_id, value FROM claims WHERE source_id IN ({{marks}}) ORDER BY id DESC "
            f"LIMIT {limit}",
            sources,
        )
        found = set(articles)
        for article, source, value in rows:
            if value is not None and (int(source), float(value)) in told and len(found) < cap:
                found.add(int(article))
        return sorted(found, reverse=True)

    def _unsaid_measures(self, db: Session, rows: list[tuple[Any, ...]]) -> set[int]:
        """The articles of the figures whose measure went unsaid ("40,642 people") of the sources and subjects of
        ``rows`` (article, source, subject): such a figure takes its source's measure of the thing it counts
        (``timeline.assign_series``), so a query of that measure reads it too."""
        sources = sorted({int(r[1]) for r in rows if r[1] is not None and r[2]})
        subjects = sorted({str(r[2]) for r in rows if r[1] is not None and r[2]})
        if not sources:
            return set()
        cap = self.settings.timeline_max_claims
        sql = (
            "SELECT article_id FROM claims WHERE measure IS NULL AND source_id IN ({marks}) "
            f"AND subject IN ({','.join('?' * len(subjects))}) ORDER BY id DESC LIMIT {int(cap)}"
        )
        found: set[int] = set()
        for at in range(0, len(sources), 500):
            part = sources[at : at + 500]
            found.update(
                int(r[0]) for r in db.all(sql.replace("{marks}", ",".join("?" * len(part))), (*part, *subjects))
            )
        return found

    def _top_series_articles(self, db: Session, series: int) -> list[int]:
        """The articles of the latest claims of the things counted with the most claims (subject and measure)."""
        vague = sorted(VAGUE_SUBJECTS)
        top = db.all(
            "SELECT subject, COALESCE(measure, ''), COUNT(*) FROM claims WHERE subject IS NOT NULL "
            f"AND (measure IS NOT NULL OR subject NOT IN ({','.join('?' * len(vague))})) "
            "GROUP BY subject, COALESCE(measure, '') ORDER BY 3 DESC, 1, 2 LIMIT ?",
            (*vague, max(series, 1)),
        )
        found: set[int] = set()
        cap = max(self.settings.timeline_max_claims // max(len(top), 1), 1)
        for subject, measure, _ in top:
            where = "subject = ? AND measure = ?" if measure else "subject = ? AND measure IS NULL"
            params = (subject, measure) if measure else (subject,)
            sql = f"SELECT article_id FROM claims WHERE {where} ORDER BY id DESC LIMIT ?"
            found.update(int(r[0]) for r in db.all(sql, (*params, cap)))
        return sorted(found, reverse=True)[: self.settings.timeline_max_articles]

    def _claim_rows(self, db: Session, rows: list[tuple[Any, ...]]) -> list[ClaimRow]:
        """``ClaimRow`` values, each with its source's own country (from its name, its titles or the forms of its
        name)."""
        sources = sorted({int(r[8]) for r in rows if r[8] is not None})
        titles: dict[int, list[str]] = {}
        for sid, title in db.all_in(
            "SELECT speaker_id, title FROM speaker_titles WHERE speaker_id IN ({marks}) ORDER BY seen DESC", sources
        ):
            titles.setdefault(int(sid), []).append(title)
        # (and from the forms its name is written in: "Kelvoria's Flood Agency" of one known as "KFA")
        written: dict[int, list[str]] = {}
        for sid, text in db.all_in(
            "SELECT speaker_id, text FROM speaker_aliases WHERE speaker_id IN ({marks})", sources
        ):
            written.setdefault(int(sid), []).append(text)
        out = []
        for r in rows:
            home = (
                home_place(r[7], *titles.get(int(r[8]), ())[:3], *sorted(written.get(int(r[8]), ())))
                if r[8] is not None
                else home_place(r[7])
            )
            row = ClaimRow(*r)
            row.source_place = home
            row.source_titles = tuple(titles.get(int(r[8]), ())) if r[8] is not None else ()
            out.append(row)
        return out

    @staticmethod
    def _query_places(db: Session, plan: TimelineQuery) -> tuple[set[str], set[str]]:
        """The place keys a query's other words name (a place or owner the ledger's claims have), and those
        words."""
        words = plan.words
        phrases = {" ".join(words[i : i + n]): words[i : i + n] for n in (1, 2, 3) for i in range(len(words) - n + 1)}
        wanted = {c: p for p in phrases for c in place_candidates(p)}
        if not wanted:
            return set(), set()
        found = db.all_in("SELECT DISTINCT place FROM claims WHERE place IN ({marks})", sorted(wanted))
        found += db.all_in("SELECT DISTINCT owner FROM claims WHERE owner IN ({marks})", sorted(wanted))
        named = {p for (p,) in found if p}
        return {place_key(p) for p in named}, {w for p in named for w in phrases[wanted[p]]}

    def article(self, ref: str | int) -> dict[str, Any] | None:
        """An article by ledger id, record id or URL: its current record, ledger fields and revisions."""
        cols = "id, key, record_id, url, title, publisher, published, revision, copy_of, similarity, ingested_at"
        row = None
        with self._reading() as db:
            if (isinstance(ref, int) or str(ref).isdigit()) and int(ref) <= _MAX_INT:
                row = db.one(f"SELECT {cols} FROM articles WHERE id = ?", (int(ref),))
            if row is None:
                row = db.one(
                    f"SELECT {cols} FROM articles WHERE record_id = ? OR url = ? OR key = ? ORDER BY id LIMIT 1",
                    (str(ref), str(ref), str(ref)),
                )
            if row is None:
                return None
            keys = cols.split(", ")
            out = dict(zip(keys, row, strict=True))
            revisions = db.all(
                "SELECT r.revision, r.body_sha256, r.diff, r.ingested_at, r.record, p.package_version, p.stages "
                "FROM revisions r JOIN provenance p ON p.id = r.provenance_id WHERE r.article_id = ? "
                "ORDER BY r.revision",
                (out["id"],),
            )
            copies = [r[0] for r in db.all("SELECT id FROM articles WHERE copy_of = ? ORDER BY id", (out["id"],))]
            out["record"] = self._as_ledger_knows(db, {int(out["id"]): _load_record(revisions[-1][4])})[0]
        out["revisions"] = [
            {
                "revision": n,
                "body_sha256": sha,
                "diff": diff,
                "ingested_at": at,
                "package_version": pv,
                "stages": json.loads(st),
            }
            for n, sha, diff, at, _, pv, st in revisions
        ]
        out["copies"] = copies
        return out

    def article_speakers(self, article_id: int) -> dict[str, int]:
        """The speakers of an article's quotes and claims: each name as its record writes it → speaker id."""
        with self._reading() as db:
            rows = db.all(
                "SELECT speaker_name, speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL "
                "UNION SELECT source_name, source_id FROM claims WHERE article_id = ? AND source_id IS NOT NULL "
                "UNION SELECT s.name, s.id FROM speakers s WHERE s.id IN (SELECT speaker_id FROM quotes "
                "WHERE article_id = ? UNION SELECT source_id FROM claims WHERE article_id = ?)",
                (article_id, article_id, article_id, article_id),
            )
        return {str(name): int(sid) for name, sid in rows if name}

    def syndication(self, article_id: int) -> list[dict[str, Any]]:
        """The syndication group of an article: its origin first, then the copies by date; [] when alone."""
        keys = ("article", "id", "title", "publisher", "published", "url", "copy_of", "similarity")
        with self._reading() as db:
            origin = db.scalar("SELECT COALESCE(copy_of, id) FROM articles WHERE id = ?", (article_id,))
            if origin is None:
                return []
            rows = db.all(
                "SELECT id, record_id, title, publisher, published, url, copy_of, similarity FROM articles "
                "WHERE id = ? OR copy_of = ? ORDER BY CASE WHEN copy_of IS NULL THEN 0 ELSE 1 END, published, id",
                (origin, origin),
            )
        return [dict(zip(keys, r, strict=True)) for r in rows] if len(rows) > 1 else []

    def compare(self, ref: str | int, other: str | int) -> str | None:
        """A unified diff (no context) from the current body of ``ref`` to that of ``other``; None if one is missing."""
        first, second = self.article(ref), self.article(other)
        if first is None or second is None:
            return None
        return _body_diff(first["record"]["article"]["body"], second["record"]["article"]["body"])

    def stats(self) -> dict[str, Any]:
        """Counts: articles, revisions, quotes, claims, speakers, independent origins and copies, rejections."""
        with self._reading() as db:

            def count(sql: str) -> int:
                return int(db.scalar(sql))

            articles = count("SELECT COUNT(*) FROM articles")
            copies = count("SELECT COUNT(*) FROM articles WHERE copy_of IS NOT NULL")
            return {
                "articles": articles,
                "revisions": count("SELECT COUNT(*) FROM revisions"),
                "quotes": count("SELECT COUNT(*) FROM quotes"),
                "claims": count("SELECT COUNT(*) FROM claims"),
                "speakers": count("SELECT COUNT(*) FROM speakers"),
                "origins": articles - copies,
                "copies": copies,
                "syndicated_origins": count("SELECT COUNT(DISTINCT copy_of) FROM articles WHERE copy_of IS NOT NULL"),
                "rejections": count("SELECT COUNT(*) FROM rejections"),
            }

    def rejections(self) -> list[dict[str, Any]]:
        keys = ("id", "record_id", "source", "stage", "reason", "detail", "ingested_at")
        with self._reading() as db:
            rows = db.all(f"SELECT {', '.join(keys)} FROM rejections ORDER BY id")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Rows to export: ``records`` (current record JSON per article) or a flat table."""
        if table not in EXPORT_TABLES:
            raise StoreError(f"cannot export {table!r}; choose one of {', '.join(EXPORT_TABLES)}", code="E057")
        if table == "speakers":
            for row in self.speakers():
                yield {
                    **row,
                    "aliases": "; ".join(row["aliases"]),
                    "titles": "; ".join(t["title"] for t in row["titles"]),
                }
            return
        if table == "records":
            yield from self._records()
            return
        else:
            columns = {
                "articles": "a.id, a.record_id, a.url, a.title, a.publisher, a.published, a.revision, a.copy_of, "
                "a.similarity, a.body_sha256, a.source, p.package_version, p.stages, a.ingested_at "
                "FROM articles a",
                "quotes": "q.id, q.article_id, q.kind, q.text, q.cue, q.speaker_id, s.name AS speaker, "
                "q.speaker_text, q.date, q.medium, q.polarity, p.package_version, p.stages, q.ingested_at "
                "FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id",
                "claims": "c.id, c.article_id, c.value, c.low, c.high, c.unit, c.about, c.qualifier, "
                "s.name AS source, c.as_of, c.text, c.revises_id, p.package_version, p.stages, c.ingested_at "
                "FROM claims c LEFT JOIN speakers s ON s.id = c.source_id",
                "rejections": "r.id, r.record_id, r.source, r.stage, r.reason, r.detail, p.package_version, "
                "r.ingested_at FROM rejections r",
            }[table]
            alias = {"articles": "a", "quotes": "q", "claims": "c", "rejections": "r"}[table]
            sql = f"SELECT {columns} JOIN provenance p ON p.id = {alias}.provenance_id ORDER BY {alias}.id"
        # an export may take longer than a query may: no time limit
        with self._reading(limited=False) as db:
            names, stream = db.stream(sql)
            for values in stream:
                yield dict(zip(names, values, strict=True))

    def _records(self) -> Iterator[dict[str, Any]]:
        """Every article's current record, as the ledger knows its speakers now."""
        with self._reading(limited=False) as db:
            _, stream = db.stream(
                "SELECT a.id, r.record FROM articles a JOIN revisions r ON r.article_id = a.id "
                "AND r.revision = a.revision ORDER BY a.id"
            )
            while chunk := list(itertools.islice(stream, 500)):
                yield from self._as_ledger_knows(db, {int(aid): _load_record(blob) for aid, blob in chunk})

    @staticmethod
    def _as_ledger_knows(db: Session, records: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
        """Records (by article id) as the ledger's rows show them, so that the two never tell two stories: each
        quote's speaker and each claim's source by its speaker's name and id now (a merge or split changes
        them). The record's analysis otherwise stays as stored."""
        ids = list(records)
        quotes: dict[int, list[tuple[Any, Any]]] = {}
        for aid, sid, name in db.all_in(
            "SELECT q.article_id, q.speaker_id, s.name FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id "
            "WHERE q.article_id IN ({marks}) ORDER BY q.id",
            ids,
        ):
            quotes.setdefault(int(aid), []).append((sid, name))
        for aid, idx, sid, name in db.all_in(
            "SELECT c.article_id, c.idx, c.source_id, s.name FROM claims c JOIN speakers s ON s.id = c.source_id "
            "WHERE c.article_id IN ({marks})",
            ids,
        ):
            claims = records[int(aid)].get("claims") or []
            if 0 <= int(idx) < len(claims):
                claims[int(idx)]["source"], claims[int(idx)]["source_id"] = name, int(sid)
        for aid, record in records.items():
            for q, (sid, name) in zip(record.get("quotes") or [], quotes.get(aid, []), strict=False):
                if q.get("speaker") and sid is not None and name:
                    q["speaker"]["name"], q["speaker"]["id"] = name, int(sid)
        return list(records.values())

    def integrity_check(self) -> str:
        """What is wrong ("ok" when nothing): the backend's own check, then the index rows against theirs."""
        found = self._store.integrity_check()
        if found != "ok":
            return found
        with self._reading(limited=False) as db:
            for table in ("articles", "quotes", "claims"):
                missing = db.scalar(
                    f"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS "
                    f"(SELECT 1 FROM {table}_fts f WHERE f.rowid = t.id)"
                )
                stray = db.scalar(
                    f"SELECT COUNT(*) FROM {table}_fts f WHERE NOT EXISTS "
                    f"(SELECT 1 FROM {table} t WHERE t.id = f.rowid)"
                )
                if missing or stray:
                    return f"{table}: {missing} rows not in the full-text index, {stray} index rows without a row"
            current = db.scalar(
                "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                "(SELECT 1 FROM revisions r WHERE r.article_id = a.id AND r.revision = a.revision)"
            )
            if current:
                return f"articles: {current} without their current revision"
        return "ok"

    def schema_version(self) -> int:
        """The ledger's schema version (``SCHEMA_VERSION`` once opened)."""
        with self._reading() as db:
            return int(db.scalar("SELECT value FROM meta WHERE key = 'schema_version'"))
