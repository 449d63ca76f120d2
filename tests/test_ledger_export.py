"""Exports: the union of columns, CSV formula escaping, atomic files, and clean errors (issue 13)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.errors import OutputError
from newsledger.ledger import Ledger, export_rows
from newsledger.ledger.synthetic import synthetic_records

ROWS = [
    {"id": 1, "text": '=HYPERLINK("http://evil.example")', "value": -3},
    {"id": 2, "text": "+1 more", "extra": "@SUM(A1)"},
    {"id": 3, "nested": {"a": [1, 2]}, "text": "-minus", "tab": "\tx", "plain": "said -3"},
]


@pytest.mark.issue(13)
def test_export_csv_has_the_union_of_columns_and_escapes_formulas() -> None:
    out = io.StringIO()
    assert export_rows(ROWS, "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ["id", "text", "value", "extra", "nested", "tab", "plain"]
    assert rows[0]["text"] == '\'=HYPERLINK("http://evil.example")'
    assert rows[0]["value"] == "-3"  # a number is a number, not a formula
    assert rows[1]["text"] == "'+1 more" and rows[1]["extra"] == "'@SUM(A1)" and rows[1]["value"] == ""
    assert rows[2]["text"] == "'-minus" and rows[2]["tab"] == "'\tx" and rows[2]["plain"] == "said -3"
    assert json.loads(rows[2]["nested"]) == {"a": [1, 2]}


def test_export_parquet_has_the_union_of_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert export_rows(ROWS, "parquet", tmp_path / "x.parquet") == 3
    table = pq.read_table(tmp_path / "x.parquet")
    assert table.column_names == ["id", "text", "value", "extra", "nested", "tab", "plain"]
    assert table.column("extra").to_pylist() == [None, "@SUM(A1)", None]


@pytest.mark.issue(13)
def test_export_to_a_missing_folder_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        export_rows(ROWS, "csv", tmp_path / "no" / "such" / "x.csv")
    assert info.value.code == "E080" and "no folder" in info.value.message
    with pytest.raises(OutputError, match="is a directory"):
        export_rows(ROWS, "jsonl", tmp_path)


@pytest.mark.issue(13)
def test_export_failing_half_way_leaves_no_partial_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("the previous export\n", encoding="utf-8")

    def rows() -> list[dict[str, object]]:
        return [{"id": 1}, {"id": 2, "bad": object()}]  # the second row cannot be written

    with pytest.raises(TypeError):
        export_rows(rows(), "jsonl", target)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left behind


@pytest.mark.issue(13)
def test_export_onto_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    """A real write failure: the export runs with a file size limit (RLIMIT_FSIZE) below its size, as on a full disk."""
    db = tmp_path / "l.db"
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(300, words=400))
    target = tmp_path / "out" / "records.jsonl"
    target.parent.mkdir()
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))\n"
        "from newsledger.cli import main\n"
        "sys.argv = ['newsledger'] + sys.argv[1:]\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "export", "-o", str(target), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: [E080] cannot write the export: File too large")
    assert list(target.parent.iterdir()) == []


def test_export_cli_writes_the_file_atomically(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(5, words=50))
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--table", "claims", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("id,article_id,")
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
