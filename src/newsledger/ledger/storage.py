"""Where a ledger lives: a SQLite file (the default) or a PostgreSQL database, behind one interface.

``open_storage(target)`` takes what ``--db`` takes: a file path, or a ``postgresql://`` URL. The
ledger's SQL (``database.py``) is written once, with ``?`` placeholders and portable statements;
a ``Dialect`` supplies the parts that differ: column types in DDL, and full-text search (FTS5
tables in SQLite, ``tsvector`` columns with GIN indexes in PostgreSQL).

Sessions: ``read()`` is one read transaction (a snapshot; readers never wait for a writer:
WAL in SQLite, MVCC in PostgreSQL) under the ``query_timeout`` setting; ``write()`` is one
write transaction holding the ledger's single writer lock (``BEGIN IMMEDIATE``; an advisory
transaction lock in PostgreSQL), so writers in several processes take turns and each reads the
others' committed rows inside its own transaction.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import threading
import time
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from ..errors import StoreError
from ..settings import Settings
from .query import Search, Term, fts5_expression

__all__ = [
    "FTS_COLUMNS",
    "Dialect",
    "Session",
    "Storage",
    "fold_search",
    "fold_text",
    "fold_tokens",
    "is_postgres_url",
    "one_line",
    "open_storage",
    "redact",
    "script_statements",
]

Row = tuple[Any, ...]
Params = Sequence[Any]

# The indexed text columns of each full-text table, in order (a column filter names one of them).
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("title", "body"),
    "quotes": ("text", "speaker"),
    "claims": ("about", "unit", "text", "source"),
}
_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # FTS5's unicode61 tokens: letters and digits, "_" separates


def is_postgres_url(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def redact(target: str) -> str:
    """``target`` without a password, for messages."""
    if not is_postgres_url(target):
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


@functools.cache
def _combining_marks() -> re.Pattern[str]:
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]+")


def fold_tokens(text: str) -> list[str]:
    """The tokens FTS5's ``unicode61`` tokenizer reads in ``text``: lower-case, accents removed."""
    if not text.isascii():
        text = _combining_marks().sub("", unicodedata.normalize("NFKD", text))
    return _TOKEN.findall(text.lower())


@functools.cache
def _separators() -> tuple[bytes, re.Pattern[str]]:
    """The characters below U+3000 that are never part of a token, before or after NFKD: a table that makes
    the ASCII ones spaces (for ``bytes.translate``), and a pattern of the others."""
    ascii_table = bytearray(range(128)) + bytearray(128)
    others = []
    for code in range(0x3000):
        char = chr(code)
        # a character whose decomposition has a letter, a digit or an accent (dropped) can be in a token
        if any(part.isalnum() or unicodedata.combining(part) for part in unicodedata.normalize("NFKD", char)):
            continue
        if code < 128:
            ascii_table[code] = 0x20
        else:
            others.append(re.escape(char))
    return bytes(ascii_table), re.compile(f"[{''.join(others)}]")


_NOT_TOKEN_OR_SPACE = re.compile(r"[^\w ]|_")


def fold_text(text: str) -> str:
    """``fold_tokens(text)`` as one string, the tokens separated by whitespace (of any length).

    Several times faster on a long body: in most news text the only characters outside ASCII are
    punctuation (curly quotes, dashes), made spaces first; the rest is then folded as bytes. Tokens are
    cut out one by one only when letters outside ASCII are left.
    """
    ascii_table, others = _separators()
    folded = text if text.isascii() else others.sub(" ", text)
    if folded.isascii():
        return folded.encode("ascii").translate(ascii_table).decode("ascii").lower()
    folded = _combining_marks().sub("", unicodedata.normalize("NFKD", folded)).lower()
    return " ".join(_TOKEN.findall(folded)) if _NOT_TOKEN_OR_SPACE.search(folded) else folded


def fold_search(search: Search) -> Search | None:
    """``search`` with every word as the index's tokens (a word may be several: "3.5"); None when none is left."""

    def term(t: Term) -> Term | None:
        tokens = tuple(tok for w in t.words for tok in fold_tokens(w))
        return Term(tokens, t.prefix, t.negated) if tokens else None

    groups = [[f for f in (term(t) for t in g) if f is not None] for g in search.groups]
    groups = [g for g in groups if g]
    excluded = [f for f in (term(t) for t in search.excluded) if f is not None]
    return Search(groups, excluded) if groups else None


def script_statements(script: str) -> Iterator[str]:
    """The statements of a SQL script (``--`` comments dropped), one by one."""
    statement = ""
    for line in script.splitlines():
        if line.lstrip().startswith("--"):
            continue
        statement += line + "\n"
        if sqlite3.complete_statement(statement):
            yield statement.strip()
            statement = ""
    if statement.strip():
        yield statement.strip()


class Dialect(ABC):
    """What differs between the backends' SQL."""

    name: str

    def ddl(self, sql: str) -> str:
        """A statement of ``schema.sql`` (SQLite types) in this dialect."""
        return sql

    @abstractmethod
    def fts_expression(self, table: str, search: Search, column: str | None = None) -> str | None:
        """``search`` as this backend's full-text query text (in ``column`` only, when given); None when
        none of its words is a token."""

    @abstractmethod
    def fts_condition(self, table: str) -> str:
        """A condition on ``<table>_fts`` (in the FROM) taking the expression as its one parameter."""

    def fts_match(self, table: str, search: Search, column: str | None = None) -> tuple[str, str] | None:
        """A ``SELECT rowid FROM <table>_fts WHERE …`` of the rows ``search`` finds, and its one parameter."""
        expression = self.fts_expression(table, search, column)
        if expression is None:
            return None
        return f"SELECT rowid FROM {table}_fts WHERE {self.fts_condition(table)}", expression

    @abstractmethod
    def ranking(self, expression: str) -> tuple[str, tuple[Any, ...]]:
        """ORDER BY for article search, best first, and its parameters."""

    def ranked_hits(self, expression: str) -> tuple[str, tuple[Any, ...]] | None:
        """``SELECT rowid, rank FROM articles_fts …`` of the articles ``expression`` finds, best first, and its
        parameters: a search with no filter ranks them there before reading any article. None: rank in
        the query that joins the articles (SQLite: FTS5's rank comes from the index as it reads it)."""
        return None

    @abstractmethod
    def snippet_column(self, marks: tuple[str, str]) -> tuple[str, tuple[Any, ...]]:
        """The select-list expression of an article hit's snippet (or what ``snippet`` makes one of)."""

    def snippet(self, value: str, words: Sequence[str], marks: tuple[str, str]) -> str:
        """The search result's snippet column as shown."""
        return value

    def opens_with(self, column: str) -> str:
        """A condition that ``column``'s text opens with a word, taking two parameters: the word and a space,
        and the word and "!" (the character after the space), compared byte by byte on the column's index."""
        return f"({column} >= ? AND {column} < ?)"

    @abstractmethod
    def has_table(self, session: Session, name: str) -> bool: ...


class Session(ABC):
    """One transaction's statements. SQL uses ``?`` placeholders in both dialects."""

    dialect: Dialect

    @abstractmethod
    def _execute(self, sql: str, params: Params) -> Any:
        """Run one statement; a DB-API cursor."""

    @abstractmethod
    def many(self, sql: str, rows: Iterable[Params]) -> None: ...

    def run(self, sql: str, params: Params = ()) -> None:
        self._execute(sql, params)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        row = self._execute(sql, params).fetchone()
        return None if row is None else tuple(row)

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        return [tuple(r) for r in self._execute(sql, params).fetchall()]

    def all_in(self, sql: str, values: Sequence[Any], *, chunk: int = 1_000) -> list[Row]:
        """Rows of ``sql``, whose ``{marks}`` is filled with the placeholders of ``values`` (an IN list),
        queried ``chunk`` values at a time."""
        rows: list[Row] = []
        for start in range(0, len(values), chunk):
            part = values[start : start + chunk]
            rows += self.all(sql.format(marks=",".join("?" * len(part))), part)
        return rows

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        """Insert many rows."""
        if rows:
            self.many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)

    @abstractmethod
    def index(self, table: str, rows: Sequence[Row], made: Sequence[Any] | None = None) -> None:
        """Add full-text rows: the row id, then the text of each column of ``FTS_COLUMNS[table]``; ``made``:
        each row's index form as ``index_ahead`` made it (else it is made here)."""

    def index_ahead(self, table: str, texts: Sequence[tuple[str, ...]]) -> list[Any]:
        """The full-text index's form of each row's texts (the columns of ``FTS_COLUMNS[table]``), made before
        the rows are written (``Storage.indexes_ahead``)."""
        raise NotImplementedError

    def stream(self, sql: str, params: Params = ()) -> tuple[list[str], Iterator[Row]]:
        """Column names and the rows of a possibly large result, read as they are consumed."""
        cur = self._execute(sql, params)
        return [d[0] for d in cur.description], (tuple(r) for r in cur)

    def script(self, script: str, *, portable: bool = True) -> None:
        """Run a script; ``portable``: written in SQLite's types, read by ``Dialect.ddl``."""
        for statement in script_statements(script):
            self._execute(self.dialect.ddl(statement) if portable else statement, ())


class Storage(ABC):
    """A ledger's database: read and write sessions."""

    dialect: Dialect
    location: str  # for messages (a URL without its password)
    readonly: bool
    created: bool = False  # whether opening created the database (a new SQLite file)
    # whether the writer has the full-text index's form of its next batch made (``Session.index_ahead``) on
    # another connection while it writes the current one
    indexes_ahead: bool = False

    @abstractmethod
    def read(self, *, limited: bool = True) -> contextlib.AbstractContextManager[Session]:
        """A read transaction; ``limited``: under the ``query_timeout`` setting."""

    @abstractmethod
    def write(self) -> contextlib.AbstractContextManager[Session]:
        """A write transaction holding the ledger's writer lock; committed when the block ends."""

    @abstractmethod
    def integrity_check(self) -> str:
        """The backend's own check of its files ("ok" when sound)."""

    @abstractmethod
    def close(self) -> None: ...

    def _refuse_write(self) -> None:
        if self.readonly:
            raise StoreError("the ledger is open read-only", source=self.location, code="E096")


def one_line(exc: BaseException) -> str:
    """A database's message on one line (PostgreSQL's come with a DETAIL or HINT on the next)."""
    return " ".join(str(exc).split())


def query_failed(exc: Exception, location: str) -> StoreError:
    return StoreError(f"query failed: {one_line(exc)}", source=location, code="E095")


def timed_out(limit: float, location: str) -> StoreError:
    return StoreError(
        f"the query ran longer than query_timeout ({limit:g} s); narrow it or raise the setting",
        source=location,
        code="E093",
    )


# ---------------------------------------------------------------------------------------- SQLite


def _least(a: Any, b: Any) -> Any:
    """PostgreSQL's LEAST for two values (NULLs ignored), so the ledger's SQL is one text."""
    return b if a is None else a if b is None else min(a, b)


def _greatest(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else max(a, b)


class SQLiteDialect(Dialect):
    name = "sqlite"

    def fts_expression(self, table: str, search: Search, column: str | None = None) -> str | None:
        folded = fold_search(search)
        return None if folded is None else fts5_expression(folded, column)

    def fts_condition(self, table: str) -> str:
        return f"{table}_fts MATCH ?"

    def ranking(self, expression: str) -> tuple[str, tuple[Any, ...]]:
        return "rank", ()

    def snippet_column(self, marks: tuple[str, str]) -> tuple[str, tuple[Any, ...]]:
        return "snippet(articles_fts, 1, ?, ?, '…', 12)", marks

    def has_table(self, session: Session, name: str) -> bool:
        return session.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None


class SQLiteSession(Session):
    def __init__(self, db: sqlite3.Connection, dialect: Dialect) -> None:
        self._db = db
        self.dialect = dialect

    def _execute(self, sql: str, params: Params) -> Any:
        return self._db.execute(sql, params)

    def many(self, sql: str, rows: Iterable[Params]) -> None:
        self._db.executemany(sql, rows)

    def index(self, table: str, rows: Sequence[Row], made: Sequence[Any] | None = None) -> None:
        columns = FTS_COLUMNS[table]
        self.many(f"INSERT INTO {table}_fts (rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})", rows)


class SQLiteStorage(Storage):
    """One connection (thread-safe by a lock), WAL journal; ``mode=ro`` when read-only."""

    def __init__(self, path: str, settings: Settings, *, readonly: bool, create: bool) -> None:
        self.location = path
        self.readonly = readonly
        self.dialect = SQLiteDialect()
        self._timeout = settings.query_timeout
        self._lock = threading.RLock()
        exists = Path(path).exists() or path == ":memory:"
        if not exists and (readonly or not create):
            raise StoreError("no ledger here (ingest creates one)", source=path, code="E090")
        self.created = not exists
        try:
            if readonly:
                self._db = self._connect_readonly(path, settings)
            else:
                self._db = sqlite3.connect(
                    path, isolation_level=None, timeout=settings.lock_timeout, check_same_thread=False
                )
                # before the first table exists; articles of a few kB then share pages instead of one each
                self._db.execute("PRAGMA page_size=16384")
                self._wal(settings.lock_timeout)
                self._db.execute("PRAGMA synchronous=NORMAL")  # with WAL: safe against a killed process
            self._db.execute("PRAGMA cache_size=-65536")  # 64 MiB: the band and FTS indexes stay in memory
            self._db.execute("PRAGMA temp_store=MEMORY")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the ledger: {one_line(exc)}", source=path, code="E051") from exc
        self._db.create_function("least", 2, _least, deterministic=True)
        self._db.create_function("greatest", 2, _greatest, deterministic=True)

    def _wal(self, timeout: float) -> None:
        """WAL journal (persistent: readers never wait for the writer). Setting it takes the file for a moment
        and does not wait for another process doing the same on a new ledger: try again until ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @staticmethod
    def _connect_readonly(path: str, settings: Settings) -> sqlite3.Connection:
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        db = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=settings.lock_timeout, check_same_thread=False
        )
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # a WAL ledger in a folder we cannot write (no -shm file can be made): read the file as it is
            db.close()
            db = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
        return db

    @contextlib.contextmanager
    def read(self, *, limited: bool = True) -> Iterator[Session]:
        limit = self._timeout if limited else 0.0
        with self._lock:
            if limit > 0:
                deadline = time.monotonic() + limit
                self._db.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
            # a read inside another on this thread (a query while an export streams) shares its transaction
            outer = self._db.in_transaction
            try:
                if not outer:
                    self._db.execute("BEGIN")
                try:
                    yield SQLiteSession(self._db, self.dialect)
                finally:
                    if not outer and self._db.in_transaction:
                        self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if limit > 0 and str(exc) == "interrupted":
                    raise timed_out(limit, self.location) from exc
                raise query_failed(exc, self.location) from exc
            except sqlite3.Error as exc:
                raise query_failed(exc, self.location) from exc
            finally:
                if limit > 0:
                    self._db.set_progress_handler(None, 0)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        self._refuse_write()
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                yield SQLiteSession(self._db, self.dialect)
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"write failed: {one_line(exc)}", source=self.location, code="E052") from exc
                raise

    def integrity_check(self) -> str:
        with self._lock:
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self._db.close()


def schema_text(name: str) -> str:
    return resources.files("newsledger.ledger").joinpath(name).read_text("utf-8")


def open_storage(target: str | Path, settings: Settings, *, readonly: bool = False, create: bool = True) -> Storage:
    """The storage at ``target`` (a SQLite file path, or a ``postgresql://`` URL).

    ``readonly``: queries only (SQLite ``mode=ro``; nothing is written on open). ``create``: make
    the ledger when there is none (else a missing ledger is an error, code E090).
    """
    if is_postgres_url(target):
        from .postgres import PostgresStorage

        return PostgresStorage(str(target), settings, readonly=readonly, create=create)
    return SQLiteStorage(str(target), settings, readonly=readonly, create=create)
