-- SQLite full-text search: FTS5 tables whose rowids are the ids of the rows they index. The ledger
-- writes and deletes their rows itself (database.py), as it does in PostgreSQL: no triggers.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (title, body, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (text, speaker, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5 (about, unit, text, source, tokenize = 'porter unicode61');
