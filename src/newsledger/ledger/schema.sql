-- The newsledger ledger schema, version 1: the tables both backends share, in SQLite's types
-- (PostgreSQL reads INTEGER as BIGINT, REAL as DOUBLE PRECISION, BLOB as BYTEA, TEXT as TEXT COLLATE "C",
-- an INTEGER PRIMARY KEY as an identity column: storage.py). Full-text search is in schema_sqlite.sql
-- and schema_postgresql.sql; later versions are migrations (migrations.py), never edits of this file.
-- Every data row carries provenance_id (package and stage versions) and ingested_at.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS provenance (
    id INTEGER PRIMARY KEY,
    package_version TEXT NOT NULL,
    stages TEXT NOT NULL,               -- JSON object: stage -> versioned implementation name
    UNIQUE (package_version, stages)
);

-- One row per article (a URL, or a record id when there is no URL); holds the current revision.
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL,
    url TEXT,
    title TEXT,
    publisher TEXT,
    published TEXT,
    body_sha256 TEXT NOT NULL,
    revision INTEGER NOT NULL,          -- number of the current revision (1 = first seen)
    copy_of INTEGER REFERENCES articles (id),   -- earliest article of its syndication group, NULL for an origin
    similarity REAL,                    -- estimated similarity to copy_of
    shingles INTEGER NOT NULL,          -- size of the body's shingle set (for containment)
    minhash BLOB NOT NULL,              -- MinHash signature of the body (uint32 little-endian)
    source TEXT,
    input_sha256 TEXT,
    provenance_id INTEGER NOT NULL REFERENCES provenance (id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_copy_of ON articles (copy_of);
CREATE INDEX IF NOT EXISTS articles_record_id ON articles (record_id);

-- Every version of every article, with what changed since the one before.
CREATE TABLE IF NOT EXISTS revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    revision INTEGER NOT NULL,
    body_sha256 TEXT NOT NULL,
    record BLOB NOT NULL,               -- the record JSON (Record.to_dict()), zlib-compressed
    diff TEXT,                          -- unified diff of the body against the previous revision
    provenance_id INTEGER NOT NULL REFERENCES provenance (id),
    ingested_at TEXT NOT NULL,
    UNIQUE (article_id, revision),
    UNIQUE (article_id, body_sha256)
);

-- LSH bands of the MinHash signatures (one hash of band number and rows per band): articles
-- sharing a band hash are syndication candidates.
CREATE TABLE IF NOT EXISTS minhash_bands (
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id)
);
CREATE INDEX IF NOT EXISTS minhash_bands_hash ON minhash_bands (hash);

CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                 -- canonical name
    type TEXT NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance (id),
    ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS speaker_aliases (
    alias TEXT PRIMARY KEY,             -- normalised key of a surface form
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    text TEXT NOT NULL,                 -- the surface form as first seen
    pinned INTEGER NOT NULL DEFAULT 0   -- set by a manual merge or split: never re-assigned automatically
);
CREATE INDEX IF NOT EXISTS speaker_aliases_speaker ON speaker_aliases (speaker_id);

CREATE TABLE IF NOT EXISTS speaker_titles (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id),
    title TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    seen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (speaker_id, title)
);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    revision_id INTEGER NOT NULL REFERENCES revisions (id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    cue TEXT,
    speaker_id INTEGER REFERENCES speakers (id),
    speaker_name TEXT,
    speaker_text TEXT,
    speaker_alias TEXT,                 -- alias key the speaker was resolved from (for split)
    title TEXT,
    medium TEXT,
    polarity TEXT,
    date TEXT,
    provenance_id INTEGER NOT NULL REFERENCES provenance (id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id);

CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    revision_id INTEGER NOT NULL REFERENCES revisions (id),
    idx INTEGER NOT NULL,               -- index in the record's claims
    value REAL,
    low REAL,
    high REAL,
    unit TEXT,
    about TEXT,
    qualifier TEXT,
    source_name TEXT,
    source_id INTEGER REFERENCES speakers (id),
    source_alias TEXT,
    as_of TEXT,
    text TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    revises_id INTEGER REFERENCES claims (id),
    provenance_id INTEGER NOT NULL REFERENCES provenance (id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id);
CREATE INDEX IF NOT EXISTS claims_source ON claims (source_id);
CREATE INDEX IF NOT EXISTS claims_revises ON claims (revises_id) WHERE revises_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS rejections (
    id INTEGER PRIMARY KEY,
    record_id TEXT,
    source TEXT,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    provenance_id INTEGER NOT NULL REFERENCES provenance (id),
    ingested_at TEXT NOT NULL
);
