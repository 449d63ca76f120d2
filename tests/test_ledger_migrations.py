"""Schema versions: a ledger written by version 1 (the fixture) migrates on open and answers; a writer
migrates, a reader refuses an older ledger; a newer ledger is refused; a new step runs on both backends."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import sql
from newsledger.cli import cli
from newsledger.errors import StoreError
from newsledger.ledger import Ledger, migrations
from newsledger.ledger.storage import Session
from newsledger.ledger.synthetic import synthetic_records

V1 = Path(__file__).resolve().parent / "fixtures" / "ledger_v1" / "ledger_v1.sql"


def loaded(dump: Path, path: Path) -> Path:
    """A ledger fixture's SQL dump (written by its ``make.py`` with that version's code), loaded into ``path``."""
    con = sqlite3.connect(path)
    try:
        con.executescript(dump.read_text(encoding="utf-8"))
    finally:
        con.close()
    return path


@pytest.fixture
def v1_ledger(tmp_path: Path) -> str:
    """The version-1 ledger of the fixture (tests/fixtures/ledger_v1/make.py), loaded into a file."""
    return str(loaded(V1, tmp_path / "v1.db"))


def test_ledger_v1_migrates_on_open_and_answers(v1_ledger: str) -> None:
    before = sql_v1(v1_ledger)
    runner = CliRunner()
    refused = runner.invoke(cli, ["stats", "--db", v1_ledger])  # a reader does not migrate
    assert refused.exit_code == 1 and "[E092]" in refused.output and "migrate" in refused.output
    result = runner.invoke(cli, ["migrate", "--db", v1_ledger])
    assert result.exit_code == 0 and "from schema version 1 to 5" in result.output
    assert "already at schema version 5" in runner.invoke(cli, ["migrate", "--db", v1_ledger]).output

    with Ledger(v1_ledger, readonly=True) as ledger:
        assert ledger.schema_version() == migrations.SCHEMA_VERSION
        stats = ledger.stats()
        assert {k: stats[k] for k in before} == before
        assert ledger.integrity_check() == "ok"
        assert ledger.timeline("people killed") or ledger.timeline("people injured")
        assert ledger.search("ferry lakeside")
        assert ledger.quotes(speaker="Ilse Varga")
        copy = ledger.article("copy-of-0")
        assert copy is not None and copy["copy_of"] is not None
        # the two files named 001.txt were one article of two revisions; now keyed by the current body
    ((key, revision),) = sql(v1_ledger, "SELECT key, revision FROM articles WHERE record_id = '001'")
    assert key.startswith("sha:") and revision == 2
    assert sql(v1_ledger, "SELECT name FROM sqlite_master WHERE type = 'trigger'") == []
    assert sql(v1_ledger, "SELECT COUNT(*) FROM speakers WHERE seen = 0") == [(0,)]

    with Ledger(v1_ledger) as ledger:
        # the synthetic records again: nothing new; the first 001.txt's body: an article of its own now
        again = ledger.ingest(synthetic_records(12, words=80, speakers=30))
        assert again.unchanged == 12 and again.added == 0
        quotes = len(ledger.quotes(speaker="Ilse Varga"))
        first = json.loads(_first_file_record())
        from newsledger.ledger import record_from_dict

        assert ledger.ingest([record_from_dict(first)]).added == 1
        assert len(ledger.quotes(speaker="Ilse Varga")) == quotes + 1  # the speaker of version 1, not a new one
        assert sql(v1_ledger, "SELECT COUNT(*) FROM speakers WHERE name = 'Ilse Varga'") == [(1,)]


def sql_v1(path: str) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            table: int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in ("articles", "revisions", "quotes", "claims", "speakers")
        }
    finally:
        con.close()


def _first_file_record() -> str:
    """The record of a/001.txt as the fixture stored it (its first revision)."""
    import zlib

    con = sqlite3.connect(":memory:")
    try:
        con.executescript(V1.read_text(encoding="utf-8"))
        blob = con.execute(
            "SELECT r.record FROM revisions r JOIN articles a ON a.id = r.article_id "
            "WHERE a.record_id = '001' AND r.revision = 1"
        ).fetchone()[0]
    finally:
        con.close()
    return zlib.decompress(blob).decode("utf-8")


def test_ledger_newer_schema_is_refused(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(2, words=40))
    with Ledger(db) as ledger, ledger._writing() as session:
        session.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    for readonly in (True, False):
        with pytest.raises(StoreError, match=r"\[E091\] the ledger has schema version 99, newer"):
            Ledger(db, readonly=readonly)
    result = CliRunner().invoke(cli, ["stats", "--db", db])
    assert result.exit_code == 1 and "[E091]" in result.output and "Traceback" not in result.output


def test_ledger_a_new_step_runs_once_on_open(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(3, words=40))
    runs: list[int] = []

    def step(session: Session) -> None:
        runs.append(1)
        session.script("ALTER TABLE articles ADD COLUMN language TEXT;\nUPDATE articles SET language = 'en';")

    future = migrations.SCHEMA_VERSION + 1
    steps: dict[int, Callable[[Session], None]] = {**migrations.MIGRATIONS, future: step}
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", future)
    with pytest.raises(StoreError, match=r"\[E092\]"):
        Ledger(db, readonly=True)
    with Ledger(db) as ledger:
        assert ledger.opened_version == future - 1 and ledger.schema_version() == future
    with Ledger(db) as ledger:
        assert ledger.opened_version == future
    assert runs == [1]
    assert sql(db, "SELECT DISTINCT language FROM articles") == [("en",)]


V2 = Path(__file__).resolve().parent / "fixtures" / "ledger_v2" / "ledger_v2.sql"


def test_ledger_v2_migrates_and_its_claims_keep_the_analysis(tmp_path: Path) -> None:
    """A ledger written by schema version 2 (tests/fixtures/ledger_v2/make.py): the claim rows gain the
    analysis of the stored records, and the timeline reads it."""
    path = loaded(V2, tmp_path / "v2.db")
    result = CliRunner().invoke(cli, ["migrate", "--db", str(path)])
    assert result.exit_code == 0 and "from schema version 2 to 5" in result.output
    rows = sql(
        str(path),
        "SELECT a.record_id, c.measure, c.place, c.as_of_basis, c.source_type, c.subject FROM claims c "
        "JOIN articles a ON a.id = c.article_id WHERE a.record_id LIKE 'story-%' ORDER BY a.record_id",
    )
    assert rows == [
        ("story-1", "killed", "Kessa", "stated", "ORG", "people"),
        ("story-2", "killed", "Kessa", "published", "ORG", "people"),
        ("story-3", "killed", "Kessa", "stated", "ORG", "people"),
    ]
    # synthetic records said nothing of their measure: the one vocabulary reads it from what they count
    assert sql(str(path), "SELECT COUNT(*) FROM claims WHERE measure IS NULL AND about LIKE '%killed%'") == [(0,)]
    with Ledger(str(path), readonly=True) as ledger:
        assert ledger.integrity_check() == "ok"
        kessa = ledger.timeline("people killed in Kessa")
        assert {e.group for e in kessa} == {"people killed in Kessa"}
        red_cross = next(e for e in kessa if e.value == 42)
        assert sorted(r.record_id for r in red_cross.reports) == ["story-1", "story-2"]  # the next day's report
        assert red_cross.as_of == "2025-03-03" and red_cross.as_of_basis == "stated"
    with Ledger(str(path)) as ledger:
        assert ledger.ingest(synthetic_records(8, words=80, speakers=20)).unchanged == 8


# what each step added, undone: a ledger this code wrote, taken back to an older version's schema
_DROP_STATED_MEASURE = "ALTER TABLE claims DROP COLUMN stated_measure"
_UNDO = {
    5: {"sqlite": _DROP_STATED_MEASURE, "postgresql": _DROP_STATED_MEASURE},
    4: {"postgresql": "ALTER TABLE articles_fts ALTER COLUMN doc SET STORAGE EXTENDED"},
}


def _back_to(db: str, version: int) -> None:
    with Ledger(db) as ledger, ledger._writing() as session:
        for step in range(migrations.SCHEMA_VERSION, version, -1):
            if statement := _UNDO[step].get(session.dialect.name):
                session.run(statement)
        session.run("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))


def test_ledger_v3_migrates_on_both_backends(db: str) -> None:
    """A ledger at schema version 3 opens at the current version; on PostgreSQL the article search
    vectors are then stored in their rows (STORAGE MAIN), and search finds what it found before."""
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(12, words=900))
        article = ledger.article(1)
        assert article is not None
        word = article["record"]["article"]["body"].split()[7]
        found = [hit["id"] for hit in ledger.search(word)]
    _back_to(db, 3)
    assert found
    with Ledger(db) as ledger:
        assert ledger.opened_version == 3 and ledger.schema_version() == migrations.SCHEMA_VERSION
        assert [hit["id"] for hit in ledger.search(word)] == found
        assert ledger.integrity_check() == "ok"
    if db.startswith("postgresql://"):
        storage = sql(
            db,
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'articles_fts'::regclass AND attname = 'doc'",
        )
        assert storage == [("m",)]


V4 = Path(__file__).resolve().parent / "fixtures" / "ledger_v4" / "ledger_v4.sql"


def test_ledger_v4_migrates_and_a_verb_outside_the_vocabulary_stays_out_of_the_toll(tmp_path: Path) -> None:
    """A ledger written by schema version 4 (tests/fixtures/ledger_v4/make.py) stored no measure for "12,500
    people need clean water", as for "52 people": its claim rows gain the claims stage's own word, and the
    timeline leaves the first out of the source's toll, which the second stays in."""
    path = loaded(V4, tmp_path / "v4.db")
    result = CliRunner().invoke(cli, ["migrate", "--db", str(path)])
    assert result.exit_code == 0 and "from schema version 4 to 5" in result.output
    rows = sql(str(path), "SELECT value, measure, stated_measure FROM claims ORDER BY id")
    assert rows == [(41, "killed", "killed"), (12500, None, "needed"), (46, "killed", "killed"), (52, None, None)]
    with Ledger(str(path), readonly=True) as ledger:
        assert ledger.integrity_check() == "ok"
        groups = {e.value: e.group for e in ledger.timeline("Red Crescent")}
    assert groups == {
        41: "people killed in Velostra",
        46: "people killed in Velostra",
        52: "people killed in Velostra",
        12500: "people in Velostra",
    }


def test_ledger_v4_migrates_on_both_backends(db: str) -> None:
    """A ledger at schema version 4 (its claim rows without ``stated_measure``) opens at 5 on either backend,
    the column backfilled from the stored records."""
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(6, words=80))
    expected = sql(db, "SELECT id, stated_measure FROM claims ORDER BY id")
    assert any(word for _, word in expected)
    _back_to(db, 4)
    with Ledger(db) as ledger:
        assert ledger.opened_version == 4 and ledger.schema_version() == 5
    assert sql(db, "SELECT id, stated_measure FROM claims ORDER BY id") == expected
