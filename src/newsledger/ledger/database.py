"""The ledger store: every SQL statement newsledger runs lives behind the ``Ledger`` class.

SQLite in WAL mode with one write connection; every batch of writes runs inside one
``BEGIN IMMEDIATE`` transaction, so a process killed mid-ingest leaves the last committed
batch and nothing half-written, and ingesting the same input again only adds what is missing.
The SQL is plain (``INSERT … ON CONFLICT``, no SQLite-only functions outside FTS5) so that a
PostgreSQL backend can implement the same class.
"""

from __future__ import annotations

import collections
import difflib
import functools
import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

from .._version import __version__
from ..errors import StoreError
from ..record import Quote, Record, Rejected
from ..settings import Settings
from .query import compile_search
from .records import LoadedRecord
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
from .syndication import Signature, band_hashes, signature, similarity
from .timeline import ClaimRow, TimelineEntry, build_timeline, measure_terms

__all__ = ["EXPORT_TABLES", "IngestReport", "Ledger"]

SCHEMA_VERSION = "1"
EXPORT_TABLES = ("records", "articles", "quotes", "claims", "speakers", "rejections")
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "its",
        "this",
        "that",
        "who",
    ]
)
_WORD = re.compile(r"\w+", re.UNICODE)


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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fts_query(text: str, column: str | None = None) -> str | None:
    """A safe FTS5 query: every word of ``text`` must occur (optionally in one column)."""
    words = _WORD.findall(text)
    if not words:
        return None
    prefix = f"{column} : " if column else ""
    return " AND ".join(f'{prefix}"{w}"' for w in words)


def _body_diff(old: str, new: str) -> str:
    return "\n".join(difflib.unified_diff(old.splitlines(), new.splitlines(), "previous", "current", n=0, lineterm=""))


def _load_record(blob: bytes) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(zlib.decompress(blob))
    return record


def _plausible_title(title: str) -> bool:
    """A role ("Nato Secretary General"), not a clause the quote stage took for one."""
    words = title.split()
    return (
        0 < len(words) <= 8
        and words[0].lower() not in {"who", "which", "that", "and", "("}
        and (not any(c in title for c in "()"))
    )


def _day(published: str | None) -> str:
    return published[:10] if published else "9999-99-99"


@dataclass(slots=True)
class _Prepared:
    """What storing a record needs that does not touch the database."""

    signature: Signature
    record_blob: bytes


@dataclass(slots=True)
class _Pending:
    """Rows of one batch written with one ``executemany`` per table when the batch is flushed.

    Quote and claim ids are given here (the one writer holds the write lock for the whole
    batch), so a claim's ``revises_id`` goes in with its row and the FTS rows of the batch
    follow with one ``INSERT … SELECT`` per table.
    """

    next_quote: int
    next_claim: int
    first_quote: int = 0
    first_claim: int = 0
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    bodies: list[tuple[int, str, str]] = field(default_factory=list)
    aliases: list[tuple[str, int, str]] = field(default_factory=list)
    titles: dict[tuple[int, str], list[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.first_quote, self.first_claim = self.next_quote, self.next_claim


def _prepare(record: Record) -> _Prepared:
    if isinstance(record, LoadedRecord) and record.json_text:
        text = record.json_text
    else:
        text = json.dumps(record.to_dict(), ensure_ascii=False)
    return _Prepared(
        signature=signature(record.article.body),
        # compressed: a record is mostly its body, and long rows waste most of their overflow pages
        record_blob=zlib.compress(text.encode("utf-8"), 1),
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
        name = name[4:]  # "the Pentagon" is listed as "Pentagon"
    key = name_key(name)
    if not key or key in PRONOUNS or not any(c.isupper() for c in name):
        return None
    return name, written_title, type_, key


class Ledger:
    """The ledger database. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path, settings: Settings | None = None, *, readonly: bool = False) -> None:
        """Open (creating) the ledger; ``readonly=True`` opens an existing one for queries only.

        A read-only ledger writes nothing, not even the schema, so opening one never waits for
        a running ingest's write lock (WAL readers see the last committed batch), and it notices
        other connections' commits (``PRAGMA data_version``) to refresh its speaker index.
        """
        self.path = str(path)
        self.settings = settings or Settings()
        self._readonly = readonly
        self._data_version: int | None = None
        self._index: SpeakerIndex | None = None
        self._provenance: dict[tuple[str, str], int] = {}
        self._pending: _Pending | None = None
        if readonly:
            if not Path(self.path).is_file():
                raise StoreError("no ledger at this path", source=self.path, code="E051")
            try:
                self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
                self._db.execute("PRAGMA query_only=ON")
                self._db.execute("PRAGMA cache_size=-16384")
                self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open the ledger: {exc}", source=self.path, code="E051") from exc
            return
        try:
            # autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            # before the first table exists; articles of a few kB then share pages instead of one each
            self._db.execute("PRAGMA page_size=16384")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # with WAL: safe against a killed process
            self._db.execute("PRAGMA cache_size=-65536")  # 64 MiB: the band and FTS indexes stay in memory
            self._db.execute("PRAGMA temp_store=MEMORY")
            self._db.executescript(resources.files("newsledger.ledger").joinpath("schema.sql").read_text("utf-8"))
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
                (SCHEMA_VERSION,),
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the ledger: {exc}", source=self.path, code="E051") from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ---------------------------------------------------------------- writing

    def ingest(
        self,
        items: Iterable[Record | Rejected],
        *,
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Store records (and rejections), ``batch_size`` per transaction. Idempotent."""
        report = IngestReport()
        batch: list[Record | Rejected] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                self._write_batch(batch, report)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            self._write_batch(batch, report)
            if progress:
                progress(len(batch))
        return report

    def _write_batch(self, batch: list[Record | Rejected], report: IngestReport) -> None:
        now = _now()
        counts = IngestReport()
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._pending = _Pending(
                next_quote=int(self._db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM quotes").fetchone()[0]),
                next_claim=int(self._db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM claims").fetchone()[0]),
            )
            for item in batch:
                if isinstance(item, Rejected):
                    self._store_rejection(item, now)
                    counts.rejected += 1
                    counts.rejections.append(item)
                    continue
                outcome = self._store_record(item, now)
                setattr(counts, outcome, getattr(counts, outcome) + 1)
            self._flush()
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            self._index = None  # the in-memory speaker index may hold rolled-back ids
            self._pending = None
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"ingest failed: {exc}", source=self.path, code="E052") from exc
            raise
        self._pending = None
        report.added += counts.added
        report.unchanged += counts.unchanged
        report.revised += counts.revised
        report.rejected += counts.rejected
        report.rejections.extend(counts.rejections)

    def _batch(self) -> _Pending:
        if self._pending is None:
            raise StoreError("rows written outside a batch", source=self.path, code="E052")
        return self._pending

    def _flush(self) -> None:
        """Write the batch's pending rows, then their full-text rows."""
        pending = self._batch()
        db = self._db
        db.executemany(
            "INSERT INTO speaker_aliases (alias, speaker_id, text) VALUES (?, ?, ?) ON CONFLICT (alias) DO NOTHING",
            pending.aliases,
        )
        db.executemany(
            "INSERT INTO speaker_titles (speaker_id, title, first_seen, last_seen, seen) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (speaker_id, title) DO UPDATE SET seen = speaker_titles.seen + excluded.seen, "
            "first_seen = MIN(COALESCE(speaker_titles.first_seen, excluded.first_seen), excluded.first_seen), "
            "last_seen = MAX(COALESCE(speaker_titles.last_seen, excluded.last_seen), excluded.last_seen)",
            [(sid, title, *seen) for (sid, title), seen in pending.titles.items()],
        )
        db.executemany(
            "INSERT INTO quotes (id, article_id, revision_id, kind, text, start_offset, end_offset, cue, speaker_id, "
            "speaker_name, speaker_text, speaker_alias, title, medium, polarity, date, provenance_id, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.quotes,
        )
        db.executemany(
            "INSERT INTO claims (id, article_id, revision_id, idx, value, low, high, unit, about, qualifier, "
            "source_name, source_id, source_alias, as_of, text, start_offset, end_offset, revises_id, provenance_id, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.claims,
        )
        db.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", pending.bodies)
        # the speaker's canonical name as it stands at the end of the batch
        db.execute(
            "INSERT INTO quotes_fts (rowid, text, speaker) SELECT q.id, q.text, COALESCE(s.name, q.speaker_name, '') "
            "FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id >= ? AND q.id < ?",
            (pending.first_quote, pending.next_quote),
        )
        db.execute(
            "INSERT INTO claims_fts (rowid, about, unit, text, source) SELECT c.id, COALESCE(c.about, ''), "
            "COALESCE(c.unit, ''), c.text, COALESCE(s.name, c.source_name, '') "
            "FROM claims c LEFT JOIN speakers s ON s.id = c.source_id WHERE c.id >= ? AND c.id < ?",
            (pending.first_claim, pending.next_claim),
        )
        self._pending = _Pending(next_quote=pending.next_quote, next_claim=pending.next_claim)

    def _provenance_id(self, package_version: str, stages: dict[str, str]) -> int:
        key = (package_version, json.dumps(stages, sort_keys=True))
        if key not in self._provenance:
            self._db.execute(
                "INSERT INTO provenance (package_version, stages) VALUES (?, ?) "
                "ON CONFLICT (package_version, stages) DO NOTHING",
                key,
            )
            row = self._db.execute("SELECT id FROM provenance WHERE package_version = ? AND stages = ?", key).fetchone()
            self._provenance[key] = int(row[0])
        return self._provenance[key]

    def _store_rejection(self, item: Rejected, now: str) -> None:
        prov = self._provenance_id(__version__, {})
        self._db.execute(
            "INSERT INTO rejections (record_id, source, stage, reason, detail, provenance_id, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item.id, item.source, item.stage, item.reason, item.detail, prov, now),
        )

    def _store_record(self, record: Record, now: str) -> str:
        article = record.article
        body_sha = hashlib.sha256(article.body.encode("utf-8", "surrogatepass")).hexdigest()
        key = f"url:{article.url}" if article.url else f"id:{record.id}"
        existing = self._db.execute("SELECT id, revision FROM articles WHERE key = ?", (key,)).fetchone()
        if (
            existing is not None
            and self._db.execute(
                "SELECT 1 FROM revisions WHERE article_id = ? AND body_sha256 = ?", (existing[0], body_sha)
            ).fetchone()
        ):
            return "unchanged"
        prepared = _prepare(record)
        sig, record_blob = prepared.signature, prepared.record_blob
        prov = record.provenance
        prov_id = self._provenance_id(prov.package_version if prov else __version__, prov.stages if prov else {})
        if existing is None:
            cur = self._db.execute(
                "INSERT INTO articles (key, record_id, url, title, publisher, published, body_sha256, revision, "
                "shingles, minhash, source, input_sha256, provenance_id, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                (
                    key,
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
                ),
            )
            article_id = int(cur.lastrowid or 0)
            revision, diff, outcome = 1, None, "added"
        else:
            article_id, previous = int(existing[0]), int(existing[1])
            self._flush()  # the rows to replace may still be pending
            old_body = self._db.execute("SELECT body FROM articles_fts WHERE rowid = ?", (article_id,)).fetchone()
            diff = _body_diff(old_body[0] if old_body else "", article.body)
            revision, outcome = previous + 1, "revised"
            self._clear_current(article_id)
            relink = self._regroup(article_id)
            self._db.execute(
                "UPDATE articles SET record_id = ?, title = ?, publisher = ?, published = ?, body_sha256 = ?, "
                "revision = ?, shingles = ?, minhash = ?, source = ?, input_sha256 = ?, provenance_id = ?, "
                "ingested_at = ? WHERE id = ?",
                (
                    record.id,
                    article.title,
                    article.publisher,
                    article.published,
                    body_sha,
                    revision,
                    sig.size,
                    sig.to_bytes(),
                    prov.source if prov else None,
                    prov.input_sha256 if prov else None,
                    prov_id,
                    now,
                    article_id,
                ),
            )
        cur = self._db.execute(
            "INSERT INTO revisions (article_id, revision, body_sha256, record, diff, provenance_id, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, revision, body_sha, record_blob, diff, prov_id, now),
        )
        revision_id = int(cur.lastrowid or 0)
        self._batch().bodies.append((article_id, article.title or "", article.body))
        self._link_syndication(article_id, article.published, sig)
        if outcome == "revised":
            # the new body may no longer be a copy of its group (or its group of it): link the group anew
            for member_id, member_published, member_sig in relink:
                self._link_syndication(member_id, member_published, member_sig, new=False)
        self._store_quotes(record, article_id, revision_id, prov_id, now)
        self._store_claims(record, article_id, revision_id, prov_id, now)
        return outcome

    def _clear_current(self, article_id: int) -> None:
        """Drop the rows derived from an article's current revision (its record stays in ``revisions``)."""
        for table in ("quotes", "claims"):  # their FTS rows go with them (triggers)
            self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        # the band rows are found through their hashes, recomputed from the stored signature
        old = self._db.execute("SELECT minhash, shingles FROM articles WHERE id = ?", (article_id,)).fetchone()
        hashes = band_hashes(Signature.from_bytes(old[0], int(old[1])))
        self._db.execute(
            f"DELETE FROM minhash_bands WHERE article_id = ? AND hash IN ({','.join('?' * len(hashes))})",
            (article_id, *hashes),
        )

    # ---------------------------------------------------------------- syndication

    def _regroup(self, article_id: int) -> list[tuple[int, str | None, Signature]]:
        """Dissolve the syndication group of a revised article; its other members, to link again."""
        row = self._db.execute("SELECT COALESCE(copy_of, id) FROM articles WHERE id = ?", (article_id,)).fetchone()
        members = self._db.execute(
            "SELECT id, published, minhash, shingles FROM articles WHERE (id = ? OR copy_of = ?) AND id <> ? "
            "ORDER BY published, id",
            (row[0], row[0], article_id),
        ).fetchall()
        self._db.execute(
            "UPDATE articles SET copy_of = NULL, similarity = NULL WHERE id = ? OR id = ? OR copy_of = ?",
            (article_id, row[0], row[0]),
        )
        return [(int(m[0]), m[1], Signature.from_bytes(m[2], int(m[3]))) for m in members]

    def _link_syndication(self, article_id: int, published: str | None, sig: Signature, new: bool = True) -> None:
        hashes = band_hashes(sig)
        if new:
            self._db.executemany(
                "INSERT INTO minhash_bands (hash, article_id) VALUES (?, ?)", [(h, article_id) for h in hashes]
            )
        marks = ",".join("?" * len(hashes))
        candidates = self._db.execute(
            f"SELECT DISTINCT a.id, a.minhash, a.shingles, a.copy_of FROM minhash_bands b "
            f"JOIN articles a ON a.id = b.article_id WHERE b.hash IN ({marks}) AND b.article_id <> ?",
            (*hashes, article_id),
        ).fetchall()
        threshold = self.settings.syndication_threshold
        origins: set[int] = set()
        best = 0.0
        for cid, blob, size, copy_of in candidates:
            score = similarity(sig, Signature.from_bytes(blob, int(size)))
            if score >= threshold:
                origins.add(int(copy_of) if copy_of is not None else int(cid))
                best = max(best, score)
        if not origins:
            return
        marks = ",".join("?" * len(origins))
        members = self._db.execute(
            f"SELECT id, published FROM articles WHERE id IN ({marks}) OR copy_of IN ({marks})", (*origins, *origins)
        ).fetchall()
        members.append((article_id, published))
        earliest = min(members, key=lambda m: (_day(m[1]), m[0]))[0]
        self._db.execute(
            f"UPDATE articles SET copy_of = ? WHERE (id IN ({marks}) OR copy_of IN ({marks})) AND id <> ?",
            (earliest, *origins, *origins, earliest),
        )
        self._db.execute("UPDATE articles SET copy_of = NULL, similarity = NULL WHERE id = ?", (earliest,))
        if earliest != article_id:
            self._db.execute(
                "UPDATE articles SET copy_of = ?, similarity = ? WHERE id = ?", (earliest, round(best, 3), article_id)
            )

    # ---------------------------------------------------------------- speakers

    def _speaker_index(self) -> SpeakerIndex:
        if self._readonly:
            version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
            if version != self._data_version:
                self._index, self._data_version = None, version  # another connection committed
        if self._index is None:
            index = SpeakerIndex()
            seen: dict[int, int] = {}
            for sid, count in self._db.execute(
                "SELECT speaker_id, COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id "
                "UNION ALL SELECT source_id, COUNT(*) FROM claims WHERE source_id IS NOT NULL GROUP BY source_id"
            ):
                seen[int(sid)] = seen.get(int(sid), 0) + int(count)
            for sid, name, type_ in self._db.execute("SELECT id, name, type FROM speakers"):
                index.add_speaker(SpeakerInfo(int(sid), name, type_, seen.get(int(sid), 0)))
            for alias, sid in self._db.execute("SELECT alias, speaker_id FROM speaker_aliases"):
                index.add_alias(alias, int(sid))
            self._index = index
        return self._index

    def _resolve_speaker(
        self,
        name: str,
        mention: str | None,
        type_: str | None,
        title: str | None,
        day: str | None,
        now: str,
        prov_id: int,
    ) -> tuple[int, str] | None:
        """The speaker id for a name (creating the speaker when new) and the alias key it came from."""
        index = self._speaker_index()
        form = _speaker_form(name, type_)
        if form is None:
            return None
        name, written_title, type_, key = form
        title = title or written_title
        sid = index.match(name, type_)
        if sid is None:
            kind = type_ or (PERSON if len(key.split()) > 1 and name[:1].isupper() else "ORG")
            cur = self._db.execute(
                "INSERT INTO speakers (name, type, provenance_id, ingested_at) VALUES (?, ?, ?, ?)",
                (name, kind, prov_id, now),
            )
            sid = int(cur.lastrowid or 0)
            index.add_speaker(SpeakerInfo(sid, name, kind))
        info = index.speakers[sid]
        if better_name(info.name, name, info.type):
            self._db.execute("UPDATE speakers SET name = ? WHERE id = ?", (name, sid))
            index.rename(sid, name)
        info.seen += 1
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
        pending = self._batch()
        for alias, text in forms:
            if alias in index.aliases:
                continue  # known already, for this speaker or (pinned by a manual split) for another
            pending.aliases.append((alias, sid, text))
            index.add_alias(alias, sid)
        if title and _plausible_title(title):
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
                resolved = self._resolve_speaker(sp.name, sp.text, sp.type, sp.title, q.date or day, now, prov_id)
            sid, alias = resolved if resolved else (None, None)
            pending = self._batch()
            pending.quotes.append(
                (
                    pending.next_quote,
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
            pending.next_quote += 1

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
        first = pending.next_claim
        count = len(record.claims)
        for idx, c in enumerate(record.claims):
            resolved = None
            if c.source:
                resolved = self._resolve_speaker(
                    c.source, None, self._source_type(record, c.source), None, day, now, prov_id
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
                )
            )
        pending.next_claim = first + count

    # ---------------------------------------------------------------- corrections

    def _find_speaker(self, name: str) -> int | None:
        index = self._speaker_index()
        if name.isdigit() and int(name) in index.speakers:
            return int(name)
        for sid, info in index.speakers.items():
            if name_key(info.name) == name_key(name):
                return sid
        return index.match(split_title(name)[0], PERSON) or index.match(name, "ORG")

    def _require_speaker(self, name: str) -> int:
        sid = self._find_speaker(name)
        if sid is None:
            raise StoreError(f"no speaker named {name!r} in the ledger", code="E053")
        return sid

    def _transaction(self, work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            result = work()
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"correction failed: {exc}", source=self.path, code="E052") from exc
            raise
        finally:
            self._index = None
        return result

    def merge_speakers(self, into: str, other: str) -> dict[str, Any]:
        """Make ``other`` the same speaker as ``into``: its aliases, titles, quotes and claims move over."""
        keep, drop = self._require_speaker(into), self._require_speaker(other)
        if keep == drop:
            raise StoreError(f"{into!r} and {other!r} are already one speaker", code="E054")

        def work() -> dict[str, Any]:
            self._db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep, drop))
            self._db.execute("UPDATE claims SET source_id = ? WHERE source_id = ?", (keep, drop))
            self._db.execute("UPDATE speaker_aliases SET speaker_id = ?, pinned = 1 WHERE speaker_id = ?", (keep, drop))
            self._db.execute(
                "INSERT INTO speaker_titles (speaker_id, title, first_seen, last_seen, seen) "
                "SELECT ?, title, first_seen, last_seen, seen FROM speaker_titles WHERE speaker_id = ? "
                "ON CONFLICT (speaker_id, title) DO UPDATE SET seen = speaker_titles.seen + excluded.seen",
                (keep, drop),
            )
            self._db.execute("DELETE FROM speaker_titles WHERE speaker_id = ?", (drop,))
            self._db.execute("DELETE FROM speakers WHERE id = ?", (drop,))
            self._index = None
            return self._speaker_row(keep)

        return self._transaction(work)

    def split_speaker(self, name: str, alias: str) -> dict[str, Any]:
        """Make ``alias`` (a form seen for speaker ``name``) its own speaker, with its quotes and claims."""
        sid = self._require_speaker(name)
        key = name_key(split_title(alias)[0])
        row = self._db.execute(
            "SELECT text FROM speaker_aliases WHERE alias = ? AND speaker_id = ?", (key, sid)
        ).fetchone()
        if row is None:
            raise StoreError(f"{alias!r} is not an alias of {name!r}", code="E055")
        info = self._speaker_index().speakers[sid]
        if name_key(info.name) == key:
            raise StoreError(
                f"{alias!r} is the canonical name of {info.name!r}: rename by merging instead", code="E056"
            )

        def work() -> dict[str, Any]:
            prov = self._provenance_id(__version__, {})
            cur = self._db.execute(
                "INSERT INTO speakers (name, type, provenance_id, ingested_at) VALUES (?, ?, ?, ?)",
                (row[0], info.type, prov, _now()),
            )
            new = int(cur.lastrowid or 0)
            self._db.execute("UPDATE speaker_aliases SET speaker_id = ?, pinned = 1 WHERE alias = ?", (new, key))
            self._db.execute(
                "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_alias = ?", (new, sid, key)
            )
            self._db.execute(
                "UPDATE claims SET source_id = ? WHERE source_id = ? AND source_alias = ?", (new, sid, key)
            )
            self._index = None
            return self._speaker_row(new)

        return self._transaction(work)

    # ---------------------------------------------------------------- reading

    def _speaker_row(self, sid: int) -> dict[str, Any]:
        rows = self.speakers(speaker_id=sid)
        return rows[0] if rows else {}

    def speakers(self, *, speaker_id: int | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Canonical speakers with their counts, aliases and titles, most quoted first."""
        where = "WHERE s.id = ?" if speaker_id is not None else ""
        params: tuple[Any, ...] = (speaker_id,) if speaker_id is not None else ()
        rows = self._db.execute(
            "SELECT s.id, s.name, s.type, "
            "(SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = s.id), "
            "(SELECT COUNT(*) FROM claims c WHERE c.source_id = s.id), "
            "(SELECT COUNT(DISTINCT article_id) FROM (SELECT article_id FROM quotes WHERE speaker_id = s.id "
            " UNION SELECT article_id FROM claims WHERE source_id = s.id) AS u) "
            f"FROM speakers s {where} ORDER BY 4 DESC, 5 DESC, s.name" + (" LIMIT ?" if limit else ""),
            params + ((limit,) if limit else ()),
        ).fetchall()
        out = []
        for sid, name, type_, quotes, claims, articles in rows:
            aliases = [
                t
                for (t,) in self._db.execute(
                    "SELECT text FROM speaker_aliases WHERE speaker_id = ? ORDER BY text", (sid,)
                )
            ]
            titles = [
                {"title": t, "first_seen": f, "last_seen": la, "seen": n}
                for t, f, la, n in self._db.execute(
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
        sid = self._find_speaker(str(ref))
        if sid is None:
            return None
        out = self._speaker_row(sid)
        if not out:
            return None
        months = self._db.execute(
            "SELECT m, SUM(qn), SUM(cn) FROM (SELECT SUBSTR(COALESCE(q.date, a.published), 1, 7) AS m, 1 AS qn, "
            "0 AS cn FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ? UNION ALL "
            "SELECT SUBSTR(COALESCE(c.as_of, a.published), 1, 7), 0, 1 FROM claims c JOIN articles a "
            "ON a.id = c.article_id WHERE c.source_id = ?) AS u WHERE m IS NOT NULL GROUP BY m ORDER BY m",
            (sid, sid),
        ).fetchall()
        out["by_month"] = [{"month": m, "quotes": int(q), "claims": int(c)} for m, q, c in months]
        rows = self._db.execute(
            "SELECT a.id, a.record_id, a.title, a.publisher, a.published, a.url, a.copy_of, "
            "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id AND q.speaker_id = ?), "
            "(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id AND c.source_id = ?) FROM articles a "
            "WHERE a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ? "
            "UNION SELECT article_id FROM claims WHERE source_id = ?) ORDER BY a.published DESC, a.id DESC LIMIT ?",
            (sid, sid, sid, sid, articles),
        ).fetchall()
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
        if speaker is not None:
            sid = self._find_speaker(speaker)
            if sid is None:
                return []
            clauses.append("q.speaker_id = ?")
            params.append(sid)
        if about:
            query = _fts_query(about, "text")
            if query is None:
                return []
            clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(query)
        if since:
            clauses.append("SUBSTR(COALESCE(q.date, a.published), 1, 10) >= ?")
            params.append(since[:10])
        if until:
            clauses.append("SUBSTR(COALESCE(q.date, a.published), 1, 10) <= ?")
            params.append(until[:10])
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._db.execute(
            "SELECT q.id, q.kind, q.text, q.cue, s.name, q.speaker_text, q.date, q.medium, q.polarity, "
            "a.id, a.record_id, a.url, a.publisher, a.published, a.copy_of, q.speaker_id, a.title, "
            "q.start_offset, q.end_offset FROM quotes q "
            "JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
            f"{where} ORDER BY COALESCE(q.date, a.published), q.id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
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
        text: str,
        syntax: str,
        publisher: str | None,
        since: str | None,
        until: str | None,
        speaker: str | None,
    ) -> tuple[str, list[Any], bool] | None:
        """The FROM … WHERE of a search and its parameters, and whether it matches full text; None: no hits."""
        if syntax == "web":
            query = compile_search(text)
        elif syntax == "words":
            query = _fts_query(text)
        else:
            raise StoreError(f"unknown search syntax {syntax!r}; choose words or web", code="E050")
        clauses: list[str] = []
        params: list[Any] = []
        if query is not None:
            clauses.append("articles_fts MATCH ?")
            params.append(query)
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
            sid = self._find_speaker(speaker)
            if sid is None:
                return None
            clauses.append(
                "a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ? "
                "UNION SELECT article_id FROM claims WHERE source_id = ?)"
            )
            params.extend((sid, sid))
        if query is None and syntax == "words":
            return None  # no searchable words
        source = "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid" if query else "FROM articles a"
        return source + (" WHERE " + " AND ".join(clauses) if clauses else ""), params, query is not None

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
        found = self._search_where(text, syntax, publisher, since, until, speaker)
        if found is None:
            return []
        where, params, ranked = found
        keys = ("article", "id", "title", "publisher", "published", "url", "copy_of", "snippet")
        cols = "a.id, a.record_id, a.title, a.publisher, a.published, a.url, a.copy_of"
        if ranked:
            sql = f"SELECT {cols}, snippet(articles_fts, 1, ?, ?, '…', 12) {where} ORDER BY rank LIMIT ? OFFSET ?"
            args: tuple[Any, ...] = (*marks, *params, limit, offset)
        else:
            sql = f"SELECT {cols}, NULL {where} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?"
            args = (*params, limit, offset)
        return [dict(zip(keys, r, strict=True)) for r in self._db.execute(sql, args).fetchall()]

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
        found = self._search_where(text, syntax, publisher, since, until, speaker)
        if found is None:
            return {"total": 0, "sampled": 0, "publishers": [], "months": [], "speakers": []}
        where, params, ranked = found
        total = int(self._db.execute(f"SELECT COUNT(*) {where}", params).fetchone()[0])
        # the full-text index hands its rows out in rowid order: no sort over every hit
        newest = "articles_fts.rowid" if ranked else "a.id"
        hits = f"SELECT a.id, a.publisher, a.published {where} ORDER BY {newest} DESC LIMIT ?"
        rows = self._db.execute(hits, (*params, sample)).fetchall()
        publishers = collections.Counter(p for _, p, _ in rows if p)
        months = collections.Counter(d[:7] for _, _, d in rows if d)
        speakers = self._db.execute(
            f"WITH hits AS ({hits}) SELECT s.id, s.name, COUNT(DISTINCT u.article_id) FROM ("
            "SELECT q.article_id, q.speaker_id AS sid FROM quotes q JOIN hits h ON h.id = q.article_id UNION "
            "SELECT c.article_id, c.source_id FROM claims c JOIN hits h ON h.id = c.article_id) AS u "
            "JOIN speakers s ON s.id = u.sid GROUP BY s.id, s.name ORDER BY 3 DESC, 2 LIMIT ?",
            (*params, sample, top),
        ).fetchall()
        return {
            "total": total,
            "sampled": len(rows),
            "publishers": [
                {"value": p, "count": n} for p, n in sorted(publishers.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
            ],
            "months": [{"value": m, "count": n} for m, n in sorted(months.items())],
            "speakers": [{"id": i, "value": name, "count": n} for i, name, n in speakers],
        }

    def timeline(self, query: str) -> list[TimelineEntry]:
        """The claims whose about, unit, text or source match ``query``, as merged and flagged entries.

        A word naming a measure matches its synonyms: "killed" also finds "deaths" and "died".
        """
        words = _WORD.findall(query)
        if not words:
            return []
        terms = []
        for word in words:
            stems = measure_terms(word)
            terms.append("(" + " OR ".join(f'"{w}"' for w in stems) + ")" if stems else f'"{word}"')
        fts = " AND ".join(terms)
        select = (
            "SELECT c.id, c.value, c.low, c.high, c.unit, c.about, c.qualifier, COALESCE(s.name, c.source_name), "
            "c.source_id, c.as_of, c.text, c.revises_id, a.id, a.record_id, a.url, a.publisher, a.published, "
            "COALESCE(a.copy_of, a.id) FROM claims c JOIN articles a ON a.id = c.article_id "
            "LEFT JOIN speakers s ON s.id = c.source_id "
        )
        rows = self._db.execute(
            select + "WHERE c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)", (fts,)
        ).fetchall()
        ids = [r[0] for r in rows]
        if ids:
            # a matched figure's explicit revision partner belongs on the same timeline
            marks = ",".join("?" * len(ids))
            linked = self._db.execute(
                select + f"WHERE c.id IN (SELECT revises_id FROM claims WHERE id IN ({marks}) "
                f"AND revises_id IS NOT NULL UNION SELECT id FROM claims WHERE revises_id IN ({marks}))",
                (*ids, *ids),
            ).fetchall()
            known = set(ids)
            linked = [r for r in linked if r[0] not in known]
            rows.extend(linked)
        return build_timeline([ClaimRow(*r) for r in rows], query)

    def article(self, ref: str | int) -> dict[str, Any] | None:
        """An article by ledger id, record id or URL: its current record, ledger fields and revisions."""
        cols = "id, key, record_id, url, title, publisher, published, revision, copy_of, similarity, ingested_at"
        row = None
        if isinstance(ref, int) or str(ref).isdigit():
            row = self._db.execute(f"SELECT {cols} FROM articles WHERE id = ?", (int(ref),)).fetchone()
        if row is None:
            row = self._db.execute(
                f"SELECT {cols} FROM articles WHERE record_id = ? OR url = ? OR key = ? ORDER BY id LIMIT 1",
                (str(ref), str(ref), str(ref)),
            ).fetchone()
        if row is None:
            return None
        keys = cols.split(", ")
        out = dict(zip(keys, row, strict=True))
        revisions = self._db.execute(
            "SELECT r.revision, r.body_sha256, r.diff, r.ingested_at, r.record, p.package_version, p.stages "
            "FROM revisions r JOIN provenance p ON p.id = r.provenance_id WHERE r.article_id = ? ORDER BY r.revision",
            (out["id"],),
        ).fetchall()
        out["record"] = _load_record(revisions[-1][4])
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
        out["copies"] = [
            r[0] for r in self._db.execute("SELECT id FROM articles WHERE copy_of = ? ORDER BY id", (out["id"],))
        ]
        return out

    def article_speakers(self, article_id: int) -> dict[str, int]:
        """The speakers of an article's quotes and claims: each name as its record writes it → speaker id."""
        rows = self._db.execute(
            "SELECT speaker_name, speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL "
            "UNION SELECT source_name, source_id FROM claims WHERE article_id = ? AND source_id IS NOT NULL",
            (article_id, article_id),
        ).fetchall()
        return {str(name): int(sid) for name, sid in rows if name}

    def syndication(self, article_id: int) -> list[dict[str, Any]]:
        """The syndication group of an article: its origin first, then the copies by date; [] when alone."""
        row = self._db.execute("SELECT COALESCE(copy_of, id) FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return []
        keys = ("article", "id", "title", "publisher", "published", "url", "copy_of", "similarity")
        rows = self._db.execute(
            "SELECT id, record_id, title, publisher, published, url, copy_of, similarity FROM articles "
            "WHERE id = ? OR copy_of = ? ORDER BY CASE WHEN copy_of IS NULL THEN 0 ELSE 1 END, published, id",
            (row[0], row[0]),
        ).fetchall()
        return [dict(zip(keys, r, strict=True)) for r in rows] if len(rows) > 1 else []

    def compare(self, ref: str | int, other: str | int) -> str | None:
        """A unified diff (no context) from the current body of ``ref`` to that of ``other``; None if one is missing."""
        first, second = self.article(ref), self.article(other)
        if first is None or second is None:
            return None
        return _body_diff(first["record"]["article"]["body"], second["record"]["article"]["body"])

    def stats(self) -> dict[str, Any]:
        """Counts: articles, revisions, quotes, claims, speakers, independent origins and copies, rejections."""

        def count(sql: str) -> int:
            return int(self._db.execute(sql).fetchone()[0])

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
        return [
            dict(zip(keys, r, strict=True))
            for r in self._db.execute(f"SELECT {', '.join(keys)} FROM rejections ORDER BY id")
        ]

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Rows to export: ``records`` (current record JSON per article) or a flat table."""
        if table not in EXPORT_TABLES:
            raise StoreError(f"cannot export {table!r}; choose one of {', '.join(EXPORT_TABLES)}", code="E057")
        if table == "records":
            for (record,) in self._db.execute(
                "SELECT r.record FROM articles a JOIN revisions r ON r.article_id = a.id "
                "AND r.revision = a.revision ORDER BY a.id"
            ):
                yield _load_record(record)
            return
        if table == "speakers":
            for row in self.speakers():
                yield {
                    **row,
                    "aliases": "; ".join(row["aliases"]),
                    "titles": "; ".join(t["title"] for t in row["titles"]),
                }
            return
        columns = {
            "articles": "a.id, a.record_id, a.url, a.title, a.publisher, a.published, a.revision, a.copy_of, "
            "a.similarity, a.body_sha256, a.source, p.package_version, p.stages, a.ingested_at "
            "FROM articles a",
            "quotes": "q.id, q.article_id, q.kind, q.text, q.cue, q.speaker_id, s.name AS speaker, q.speaker_text, "
            "q.date, q.medium, q.polarity, p.package_version, p.stages, q.ingested_at "
            "FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id",
            "claims": "c.id, c.article_id, c.value, c.low, c.high, c.unit, c.about, c.qualifier, "
            "s.name AS source, c.as_of, c.text, c.revises_id, p.package_version, p.stages, c.ingested_at "
            "FROM claims c LEFT JOIN speakers s ON s.id = c.source_id",
            "rejections": "r.id, r.record_id, r.source, r.stage, r.reason, r.detail, p.package_version, "
            "r.ingested_at FROM rejections r",
        }[table]
        alias = {"articles": "a", "quotes": "q", "claims": "c", "rejections": "r"}[table]
        cur = self._db.execute(
            f"SELECT {columns} JOIN provenance p ON p.id = {alias}.provenance_id ORDER BY {alias}.id"
        )
        names = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(names, row, strict=True))

    def integrity_check(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])
