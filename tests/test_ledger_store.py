"""The store: idempotent ingest, revisions with diffs, provenance, rejections, records round trip, export."""

from __future__ import annotations

import io
import json
import sqlite3
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import Backend, sql
from newsledger.cli import cli
from newsledger.errors import StoreError
from newsledger.ledger import Ledger, export_rows, read_records, record_from_dict
from newsledger.ledger.synthetic import synthetic_records
from newsledger.record import Article, Claim, Provenance, Record, Rejected
from newsledger.settings import Settings

BODY = "\n".join(f"Paragraph {i}: the council met on Tuesday to discuss the new harbour bridge." for i in range(8))


def _record(body: str = BODY, *, id: str = "r1", url: str | None = "https://paper.example/a") -> Record:
    return Record(
        id=id,
        article=Article(body=body, url=url, title="Bridge", publisher="Paper", published="2025-02-04"),
        claims=[
            Claim(
                value=12,
                unit="million euros",
                about="cost of the harbour bridge",
                text=body[:20],
                start=0,
                end=20,
                source="City council",
                as_of="2025-02-04",
            )
        ],
        provenance=Provenance(package_version="9.9.9", stages={"nlp.claims": "news.claims.rules.v7"}, source="a.html"),
    )


def test_ledger_store_idempotent_and_revisions(db: str) -> None:
    with Ledger(db) as ledger:
        report = ledger.ingest([_record(), _record()])
        assert (report.added, report.unchanged) == (1, 1)
        changed = BODY.replace("Paragraph 3: the council met on Tuesday", "Paragraph 3: the council met on Wednesday")
        report = ledger.ingest([_record(changed), _record(changed), _record()])
        assert (report.revised, report.unchanged) == (1, 2)  # going back to a stored body is not a new revision
        stats = ledger.stats()
        assert stats["articles"] == 1 and stats["revisions"] == 2 and stats["claims"] == 1
        article = ledger.article("https://paper.example/a")
        assert article is not None and article["revision"] == 2
        diff = article["revisions"][1]["diff"]
        assert (
            "-Paragraph 3: the council met on Tuesday" in diff and "+Paragraph 3: the council met on Wednesday" in diff
        )
        assert article["record"]["article"]["body"] == changed
        assert ledger.search("Wednesday")


def test_ledger_store_without_url_an_article_is_its_body(db: str) -> None:
    """Identity without a URL is the body's hash, not the record id (the file name: a/001.txt, b/001.txt)."""
    changed = BODY.replace("Tuesday", "Friday")
    with Ledger(db) as ledger:
        report = ledger.ingest([_record(url=None), _record(url=None), _record(url=None, id="other")])
        assert (report.added, report.unchanged) == (1, 2)  # the same body under another id is that article
        report = ledger.ingest([_record(changed, url=None)])  # same id, another body: another article
        assert (report.added, report.revised) == (1, 0)
        stats = ledger.stats()
        assert stats["articles"] == 2 and stats["revisions"] == 2


def test_ledger_store_provenance_on_every_row(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest([_record(), Rejected("read", "empty", "the input is empty", id="x", source="x.txt")])
    for table in ("articles", "revisions", "claims", "speakers", "rejections"):
        rows = sql(
            db,
            f"SELECT p.package_version, p.stages, t.ingested_at FROM {table} t "
            "JOIN provenance p ON p.id = t.provenance_id",
        )
        assert rows, table
        assert all(r[2] for r in rows)
    versions = sql(db, "SELECT p.package_version FROM articles a JOIN provenance p ON p.id = a.provenance_id")
    assert versions == [("9.9.9",)]
    ((stages,),) = sql(db, "SELECT p.stages FROM claims c JOIN provenance p ON p.id = c.provenance_id")
    assert json.loads(stages) == {"nlp.claims": "news.claims.rules.v7"}


def test_ledger_store_rejections_are_counted_and_stored(tmp_path: Path, db: str) -> None:
    bad = tmp_path / "in.jsonl"
    good = json.dumps(_record().to_dict())
    bad.write_text(
        "\n".join(
            [
                good,
                "not json",
                '{"schema": "other/1", "id": "z"}',
                json.dumps(Rejected("extract", "no_article", "index page", id="y").to_dict()),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["ingest", "--records", str(bad), "--db", db])
    assert result.exit_code == 1
    assert "1 added" in result.output and "3 rejected" in result.output
    with Ledger(db) as ledger:
        reasons = [r["reason"] for r in ledger.rejections()]
    assert reasons == ["bad_json", "bad_record", "no_article"]


def test_ledger_store_records_round_trip(tmp_path: Path, backend: Backend) -> None:
    records = list(synthetic_records(40, words=60))
    for r in records:
        assert record_from_dict(json.loads(json.dumps(r.to_dict()))) == r
    with Ledger(backend.target()) as first:
        first.ingest(records)
        out = io.StringIO()
        assert export_rows(first.rows("records"), "jsonl", out) == 40
        stats = first.stats()
    path = tmp_path / "export.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    with Ledger(backend.target()) as second:
        second.ingest(read_records(path))
        assert second.stats() == stats


def test_ledger_store_export_errors(tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Ledger(db) as ledger:
        ledger.ingest([_record()])
        with pytest.raises(StoreError):
            list(ledger.rows("secrets"))
        monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if the optional extra were not installed
        with pytest.raises(StoreError, match=r"pip install"):
            export_rows(ledger.rows("claims"), "parquet", tmp_path / "x.parquet")
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--format",
            "parquet",
            "--table",
            "claims",
            "-o",
            str(tmp_path / "x.parquet"),
            "--db",
            db,
        ],
    )
    assert result.exit_code == 1 and "pip install" in result.output


def test_ledger_store_progress_bar(tmp_path: Path, db: str) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text(
        "".join(json.dumps(r.to_dict()) + "\n" for r in synthetic_records(30, words=45)), encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli, ["ingest", "--records", str(records), "--db", db, "--progress", "--batch-size", "10"]
    )
    assert result.exit_code == 0, result.output
    assert "ingesting" in result.stderr and "30 added" in result.stderr
    quiet = CliRunner().invoke(cli, ["ingest", "--records", str(records), "--db", db])
    assert "ingesting" not in quiet.stderr


def test_ledger_store_default_db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps(_record().to_dict()) + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["ingest", "--records", str(records)]).exit_code == 0
    assert (tmp_path / "newsledger.db").exists()
    con = sqlite3.connect(tmp_path / "newsledger.db")
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_ledger_store_usage_errors(tmp_path: Path, db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--db", db]).exit_code == 2
    assert runner.invoke(cli, ["quotes", "--db", db]).exit_code == 2
    with Ledger(db):
        pass  # an empty ledger
    assert json.loads(runner.invoke(cli, ["timeline", "!!", "--db", db, "--format", "json"]).output) == []


def test_ledger_store_revision_replaces_syndication_bands(db: str) -> None:
    other = "\n".join(f"Line {i}: a completely different story about the harvest festival." for i in range(8))
    with Ledger(db) as ledger:
        ledger.ingest([_record(), _record(id="copy", url="https://other.example/a")])
        assert ledger.stats()["copies"] == 1
        ledger.ingest([_record(other)])  # the first article's new revision is another story
        assert ledger.stats()["copies"] == 0
        assert ledger.article("copy")["copy_of"] is None  # type: ignore[index]
        ledger.ingest([_record(other + "\nA last line.")])
        assert ledger.stats()["copies"] == 0 and ledger.stats()["revisions"] == 4
    per_article = dict(sql(db, "SELECT article_id, COUNT(*) FROM minhash_bands GROUP BY article_id"))
    assert per_article == {1: 20, 2: 20}


def test_ledger_store_record_file_given_as_path(tmp_path: Path, db: str) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(_record().to_dict()) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(records), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output


def test_ledger_store_signature_equals_datasketch() -> None:
    from datasketch import MinHash

    from newsledger.ledger.syndication import NUM_PERM, SCHEME, shingle_hashes, signature

    for body in (BODY, "one two", "", "Floods in the Teller valley: " * 40):
        mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=int)
        hashes = shingle_hashes(body).tolist()
        if hashes:
            mh.update_batch(hashes)
        sig = signature(body)
        assert sig.size == len(hashes)
        assert sig.to_bytes() == mh.hashvalues.astype("<u4").tobytes()


def test_ledger_store_one_batch_with_a_revision_inside(db: str) -> None:
    """Rows pending in a batch: a revision later in the same batch replaces them, ids and links hold."""
    first = _record()
    first.claims.append(
        Claim(value=15, unit="million euros", about="cost of the harbour bridge", text=BODY[20:40], start=20, end=40)
    )
    first.claims[1].revises = 0
    other = _record(BODY.replace("bridge", "tunnel"), id="r2", url="https://paper.example/b")
    revised = _record(BODY + "\nParagraph 9: the vote was postponed.", id="r3")
    with Ledger(db) as ledger:
        report = ledger.ingest([first, other, revised], batch_size=10)
        assert report.to_dict() == {"added": 2, "unchanged": 0, "revised": 1, "rejected": 0}
        ledger.ingest([_record(id="r4", url="https://paper.example/c")], batch_size=10)
        claims = sql(
            db,
            "SELECT a.url, c.idx, c.value, c.revises_id FROM claims c JOIN articles a ON a.id = c.article_id "
            "ORDER BY c.id",
        )
        assert [(u[-1], i, v) for u, i, v, _ in claims] == [("b", 0, 12.0), ("a", 0, 12.0), ("c", 0, 12.0)]
        assert sql(db, "SELECT COUNT(*) FROM claims_fts") == [(3,)]
        assert sql(db, "SELECT COUNT(*) FROM articles_fts") == [(3,)]
        assert sorted(sql(db, "SELECT rowid FROM claims_fts")) == sorted(sql(db, "SELECT id FROM claims"))
        assert ledger.integrity_check() == "ok"
        assert [e.value for e in ledger.timeline("harbour bridge cost")] == [12]


def test_ledger_store_revises_link_and_text_index_in_one_batch(db: str) -> None:
    record = _record()
    record.claims.append(
        Claim(value=15, unit="million euros", about="cost of the harbour bridge", text=BODY[20:40], start=20, end=40)
    )
    record.claims[1].revises = 0
    record.claims[1].source = "City council"
    record.claims[1].as_of = "2025-02-05"
    with Ledger(db) as ledger:
        ledger.ingest([_record(id="r0", url="https://paper.example/0"), record], batch_size=10)
        rows = sql(db, "SELECT id, revises_id FROM claims WHERE article_id = 2 ORDER BY idx")
        assert rows[1][1] == rows[0][0] and rows[0][1] is None
        entries = ledger.timeline("council")
        late = [e for e in entries if e.value == 15]
        assert late and "revision" in late[0].flags and late[0].revises is not None and late[0].revises.value == 12


def test_ledger_store_input_failing_keeps_the_batches_read_before(db: str) -> None:
    """Batches are prepared one ahead of the one written: when reading the input fails, every whole batch
    read before the failure is stored, as when they were written one by one."""

    def items() -> Iterator[Record]:
        for i in range(5):
            yield _record(BODY.replace("bridge", f"bridge {i}"), id=f"r{i}", url=f"https://paper.example/{i}")
        raise OSError("the input went away")

    with Ledger(db) as ledger:
        with pytest.raises(OSError, match="went away"):
            ledger.ingest(items(), batch_size=2)
        assert ledger.stats()["articles"] == 4  # two whole batches; the fifth record's batch was never whole


def test_ledger_store_next_batch_read_before_the_one_before_is_written(db: str) -> None:
    """A batch read ahead finds its articles unstored, yet the batch before stores them: the writer reads
    again under its lock, so a body stored by the batch before is unchanged and a new one revises."""
    changed = BODY.replace("Tuesday", "Thursday")
    batches = [_record(id="a1"), _record(id="b1"), _record(changed, id="c1"), _record(changed, id="d1")]
    with Ledger(db) as ledger:
        report = ledger.ingest(batches, batch_size=1)
        assert report.to_dict() == {"added": 1, "unchanged": 2, "revised": 1, "rejected": 0}
        assert ledger.stats()["revisions"] == 2 and ledger.integrity_check() == "ok"


def test_ledger_store_many_rows_as_one_statement(db: str) -> None:
    """``Session.many`` means one statement per row on both backends (PostgreSQL runs it as one statement over
    arrays of the rows' values): inserts with an upsert, NULLs, and an update of several rows."""
    with Ledger(db) as ledger, ledger._writing() as session:
        session.run("CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER NOT NULL, note TEXT, weight REAL)")
        upsert = (
            "INSERT INTO tally (name, n, note, weight) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET n = tally.n + excluded.n"
        )
        session.many(upsert, [("a", 1, None, 0.5), ("b", 2, "two", 1), ("c", 3, "é", None)])
        session.many(upsert, [("a", 10, "ignored", 2.0), ("d", 4, None, None)])
        session.many("UPDATE tally SET n = n * ?, note = ? WHERE name = ?", [(2, "x", "b"), (3, None, "c")])
        session.many("INSERT INTO tally (name, n) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", [("e", 1), ("e", 2)])
        # a column of NULLs only has no type of its own: it takes its column's
        session.many(
            "INSERT INTO tally (name, n, note, weight) VALUES (?, ?, ?, ?)",
            [("f", 1, None, None), ("g", 2, None, None)],
        )
        rows = session.all("SELECT name, n, note, weight FROM tally ORDER BY name")
        session.run("DROP TABLE tally")
    assert rows == [
        ("a", 11, None, 0.5),
        ("b", 4, "x", 1.0),
        ("c", 9, None, None),
        ("d", 4, None, None),
        ("e", 1, None, None),
        ("f", 1, None, None),
        ("g", 2, None, None),
    ]


def test_ledger_store_set_based_statement_text() -> None:
    from newsledger.ledger.postgres import set_based

    update = set_based("UPDATE speakers SET seen = seen + ?, gen = ? WHERE id = ?", [(1, 7, 3), (2, -7, 2**62)])
    assert update is not None and update[0] == (
        "UPDATE speakers SET seen = seen + r.c0, gen = r.c1 FROM unnest(%b::bigint[], %b::bigint[], %b::bigint[]) "
        "AS r(c0, c1, c2) WHERE id = r.c2"
    )

    def bigints(array: bytes) -> list[int]:  # PostgreSQL's binary array: a 20-byte header, then (length, value)
        ndim, has_null, oid, size, lower = struct.unpack(">iiIii", array[:20])
        assert (ndim, has_null, oid, lower) == (1, 0, 20, 1)
        return [struct.unpack(">iq", array[20 + 12 * i : 32 + 12 * i])[1] for i in range(size)]

    assert [bigints(p) for p in update[1]] == [[1, 2], [7, -7], [3, 2**62]]
    # an integer column holding a null goes as a list (the binary form here has no nulls)
    nulls = set_based("INSERT INTO t (a, b) VALUES (?, ?)", [(1, None), (2, 5)])
    assert nulls is not None and nulls[1][1] == [None, 5]
    insert = set_based("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO NOTHING", [("x", None), ("y", b"z")])
    assert insert is not None and insert[0] == (
        "INSERT INTO t (a, b) SELECT r.c0, r.c1 FROM unnest(%b::text[], %b::bytea[]) AS r(c0, c1) "
        "ON CONFLICT (a) DO NOTHING"
    )
    assert set_based("INSERT INTO t (a) VALUES (?)", [("x",), (1,)]) is None  # no one type: row by row
    assert set_based("DELETE FROM t WHERE a = ?", [(1,), (2,)]) is None


@pytest.mark.parametrize("pool", [1, 2])
def test_ledger_store_batches_written_whatever_the_pool(db: str, pool: int) -> None:
    """With one connection the PostgreSQL writer makes the text-search vectors itself (a second connection
    would wait for the writer's); with two a worker makes the next batch's ahead. Both store the same."""
    with Ledger(db, Settings(pg_pool_size=pool)) as ledger:
        assert ledger._store.indexes_ahead is (pool > 1 and db.startswith("postgresql://"))
        report = ledger.ingest(synthetic_records(9, words=60), batch_size=2)
        assert report.added == 9 and ledger.integrity_check() == "ok"
        body = ledger.article(5)
        assert body is not None
        word = body["record"]["article"]["body"].split()[3]
        assert 5 in [hit["article"] for hit in ledger.search(word, limit=50)]
