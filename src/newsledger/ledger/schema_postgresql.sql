-- PostgreSQL full-text search, read as FTS5's 'porter unicode61' reads text: the ledger folds text to
-- lower-case tokens without accents before indexing (storage.fold_tokens), and this configuration
-- stems every token with the original Porter stemmer (no stop words), as FTS5's porter tokenizer does.
-- Each table holds one tsvector per row, a column's words weighted A, B, C, D in FTS_COLUMNS order
-- (a column filter is a weight); articles also keep title and body for snippets and revision diffs.
CREATE TEXT SEARCH DICTIONARY newsledger_porter (TEMPLATE = snowball, LANGUAGE = porter);
CREATE TEXT SEARCH CONFIGURATION newsledger (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION newsledger ADD MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
    hword_asciipart, hword_part, hword_numpart, int, uint, float, sfloat, version WITH newsledger_porter;

CREATE TABLE articles_fts (
    rowid BIGINT PRIMARY KEY,
    title TEXT COLLATE "C" NOT NULL,
    body TEXT COLLATE "C" NOT NULL,
    doc TSVECTOR NOT NULL
);
CREATE INDEX articles_fts_doc ON articles_fts USING GIN (doc);
CREATE TABLE quotes_fts (rowid BIGINT PRIMARY KEY, doc TSVECTOR NOT NULL);
CREATE INDEX quotes_fts_doc ON quotes_fts USING GIN (doc);
CREATE TABLE claims_fts (rowid BIGINT PRIMARY KEY, doc TSVECTOR NOT NULL);
CREATE INDEX claims_fts_doc ON claims_fts USING GIN (doc);
