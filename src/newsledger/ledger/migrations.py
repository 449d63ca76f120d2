"""The ledger's schema versions: read on open, migrated forward by a writer, refused when newer.

A ledger's schema is ``schema.sql`` (version 1, with the backend's full-text tables) and then
every step below, in order, in one write transaction; a new ledger takes the same path, so a
fresh ledger and a migrated one cannot differ. ``meta.schema_version`` holds the version reached.
A change of the schema is a new step and ``SCHEMA_VERSION`` + 1, never an edit of an old step.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import StoreError
from .series import MEASURE_SUBJECTS, measure_for, subject_of
from .storage import Session, Storage, schema_text

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "claim_analysis", "ensure_schema", "stored_version"]


def _base(db: Session) -> None:
    """Version 1: the shared tables and the backend's full-text tables."""
    db.script(schema_text("schema.sql"))
    db.script(schema_text(f"schema_{db.dialect.name}.sql"), portable=False)


_V2 = """
-- Writers in several processes: each transaction advances ledger_clock.gen and stamps the speaker
-- and alias rows it writes with it, so another writer (or reader) reads only what changed since it
-- last looked; a merge or split sets reset_gen, and everyone reads all speakers again.
CREATE TABLE ledger_clock (
    id INTEGER PRIMARY KEY,
    gen INTEGER NOT NULL,
    reset_gen INTEGER NOT NULL
);
INSERT INTO ledger_clock (id, gen, reset_gen) VALUES (1, 0, 0);
ALTER TABLE speakers ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speaker_aliases ADD COLUMN gen INTEGER NOT NULL DEFAULT 0;
CREATE INDEX speakers_gen ON speakers (gen);
CREATE INDEX speaker_aliases_gen ON speaker_aliases (gen);
-- how often each speaker was quoted or cited: a lone surname goes to the most quoted person with it
UPDATE speakers SET seen = (SELECT COUNT(*) FROM quotes WHERE speaker_id = speakers.id)
    + (SELECT COUNT(*) FROM claims WHERE source_id = speakers.id);
"""
# SQLite's full-text rows were partly written by triggers; the ledger now writes them all itself
_V2_SQLITE = """
DROP TRIGGER IF EXISTS quotes_fts_insert;
DROP TRIGGER IF EXISTS claims_fts_insert;
DROP TRIGGER IF EXISTS quotes_fts_update;
DROP TRIGGER IF EXISTS quotes_fts_delete;
DROP TRIGGER IF EXISTS claims_fts_update;
DROP TRIGGER IF EXISTS claims_fts_delete;
"""


def _v2(db: Session) -> None:
    """Speakers safe under concurrent writers; an article without a URL is identified by its body.

    Version 1 keyed such an article by its record id (the file name: ``a/001.txt`` and
    ``b/001.txt`` were two revisions of one article). Each is re-keyed by the hash of its
    current body; its earlier bodies stay in its revision history. When two articles have one
    body, the first takes the key and the others keep theirs, which no new record matches.
    """
    db.script(_V2)
    if db.dialect.name == "sqlite":
        db.script(_V2_SQLITE)
    taken = {key for (key,) in db.all("SELECT key FROM articles WHERE substr(key, 1, 4) = 'sha:'")}
    for aid, sha in db.all("SELECT id, body_sha256 FROM articles WHERE substr(key, 1, 3) = 'id:' ORDER BY id"):
        if f"sha:{sha}" not in taken:
            db.run("UPDATE articles SET key = ? WHERE id = ?", (f"sha:{sha}", aid))
            taken.add(f"sha:{sha}")


_V3 = """
-- What the analysis found about each figure, stored with it (the timeline reads it, never recomputes it):
-- its measure, place, whether its as-of was stated or is the publication date, the type of its source,
-- and what it counts (the subject's class and owner, series.py).
ALTER TABLE claims ADD COLUMN measure TEXT;
ALTER TABLE claims ADD COLUMN place TEXT;
ALTER TABLE claims ADD COLUMN as_of_basis TEXT;
ALTER TABLE claims ADD COLUMN source_type TEXT;
ALTER TABLE claims ADD COLUMN subject TEXT;
ALTER TABLE claims ADD COLUMN owner TEXT;
CREATE INDEX claims_measure ON claims (measure);
CREATE INDEX claims_subject ON claims (subject, measure);
CREATE INDEX claims_place ON claims (place);
CREATE INDEX claims_owner ON claims (owner) WHERE owner IS NOT NULL;
"""


def claim_analysis(claim: dict[str, Any]) -> tuple[Any, ...]:
    """The analysis columns of a claim row (measure, place, as_of_basis, source_type, subject, owner,
    stated_measure) from the claim of a record's JSON."""
    subject, owner = subject_of(claim.get("unit"), claim.get("about"))
    measure = measure_for(claim.get("measure"), claim.get("about"), claim.get("unit"))
    if not subject and not claim.get("unit") and measure:
        subject = MEASURE_SUBJECTS.get(measure, "")  # "over 8,000 killed" are people
    return (
        measure,
        claim.get("place") or None,
        claim.get("as_of_basis") if claim.get("as_of") else None,
        claim.get("source_type"),
        subject or None,
        owner,
        claim.get("measure") or None,
    )


def _stored_claims(db: Session) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    """The claim rows with the claim of their stored record (its JSON), 500 revisions at a time."""
    revisions = [int(r) for (r,) in db.all("SELECT DISTINCT revision_id FROM claims ORDER BY revision_id")]
    for at in range(0, len(revisions), 500):
        chunk = revisions[at : at + 500]
        records = {
            int(rid): json.loads(zlib.decompress(blob))
            for rid, blob in db.all_in("SELECT id, record FROM revisions WHERE id IN ({marks})", chunk)
        }
        rows = []
        for cid, rid, idx in db.all_in("SELECT id, revision_id, idx FROM claims WHERE revision_id IN ({marks})", chunk):
            claims = records[int(rid)].get("claims") or []
            if 0 <= int(idx) < len(claims):
                rows.append((int(cid), claims[int(idx)]))
        yield rows


def _v3(db: Session) -> None:
    """Claim rows keep what the analysis found: backfilled from each article's current record."""
    db.script(_V3)
    for rows in _stored_claims(db):
        db.many(
            "UPDATE claims SET measure = ?, place = ?, as_of_basis = ?, source_type = ?, subject = ?, owner = ? "
            "WHERE id = ?",
            [(*claim_analysis(claim)[:6], cid) for cid, claim in rows],
        )


# Ranking a search reads the text-search vector of every article it matches: kept in the row (MAIN), not
# in the TOAST table, each costs one page read instead of two index lookups and a chunk read (a vector
# hardly compresses, and at a few kB it would always go out of line). Existing vectors are rewritten in line.
_V4_POSTGRESQL = """
ALTER TABLE articles_fts ALTER COLUMN doc SET STORAGE MAIN;
UPDATE articles_fts SET doc = doc || ''::tsvector;
"""


def _v4(db: Session) -> None:
    """PostgreSQL: article search vectors stored in their rows (SQLite: nothing changes)."""
    if db.dialect.name == "postgresql":
        db.script(_V4_POSTGRESQL, portable=False)


_V5 = """
-- The claims stage's own measure, as it gave it (an open word: "killed", "needed", "occurred"); ``measure`` is
-- the vocabulary's. NULL: the article stated none ("1,437 buildings"), and the timeline may read one from the
-- claim's other figures; a word the vocabulary does not know ("870,000 people need hot meals") keeps it from that.
ALTER TABLE claims ADD COLUMN stated_measure TEXT;
"""


def _v5(db: Session) -> None:
    """Claim rows keep the claims stage's own measure word: backfilled from each article's stored record."""
    db.script(_V5)
    for rows in _stored_claims(db):
        stated = [(word, cid) for cid, claim in rows if (word := claim_analysis(claim)[6]) is not None]
        db.many("UPDATE claims SET stated_measure = ? WHERE id = ?", stated)


# step number -> the change from the version before it
MIGRATIONS: dict[int, Callable[[Session], None]] = {1: _base, 2: _v2, 3: _v3, 4: _v4, 5: _v5}
SCHEMA_VERSION = max(MIGRATIONS)


def stored_version(db: Session) -> int:
    """The ledger's schema version; 0 when there is no ledger yet."""
    if not db.dialect.has_table(db, "meta"):
        return 0
    value = db.scalar("SELECT value FROM meta WHERE key = 'schema_version'")
    return int(value) if value is not None else 0


def _check(version: int, storage: Storage, create: bool) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the ledger has schema version {version}, newer than this newsledger reads ({SCHEMA_VERSION}): "
            "upgrade newsledger",
            source=storage.location,
            code="E091",
        )
    if version == 0 and (storage.readonly or not create):
        raise StoreError("no ledger here (ingest creates one)", source=storage.location, code="E090")
    if version < SCHEMA_VERSION and storage.readonly:
        raise StoreError(
            f"the ledger has schema version {version}, older than this newsledger reads ({SCHEMA_VERSION}): "
            "`newsledger migrate --db …` (or any ingest) brings it up to date",
            source=storage.location,
            code="E092",
        )


def ensure_schema(storage: Storage, *, create: bool = True) -> int:
    """Bring the ledger to ``SCHEMA_VERSION`` (creating it when ``create``); the version found before."""
    with storage.read(limited=False) as db:
        found = stored_version(db)
    _check(found, storage, create)
    if found == SCHEMA_VERSION:
        return found
    with storage.write() as db:
        version = stored_version(db)  # again, under the writer lock: another process may have migrated
        _check(version, storage, create)
        for step in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[step](db)
        db.run(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
    return found
