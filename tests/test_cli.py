"""The CLI as a user runs it: formats, batches with bad inputs, exit statuses, the record schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.record import json_schema

STORY = (
    "VALDORA: The harbour authority of the fictional port of Valdora said on Tuesday that 40 ships were "
    "waiting to unload, up from 25 last week.\n\n"
    "“We are working around the clock to clear the backlog,” harbour master Ines Okafor told reporters. "
    "She added that extra cranes would arrive within days.\n\n"
    "Shipping agents said the delays had cost exporters at least $3 million so far."
)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_analyze_prints_one_valid_record(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "story.txt", STORY)
    result = runner.invoke(cli, ["analyze", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    jsonschema.validate(record, json_schema())
    assert record["id"] == "story"
    assert "harbour authority" in record["article"]["body"]
    for kind in ("entities", "quotes", "claims", "dates"):
        for item in record[kind]:
            assert record["article"]["body"][item["start"] : item["end"]] == item["text"]


def test_analyze_batch_goes_on_after_bad_inputs(runner: CliRunner, tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", STORY)
    empty = _write(tmp_path, "empty.txt", "")
    short = _write(tmp_path, "login.txt", "Sign in to continue reading.\nSubscribe now")
    (tmp_path / "blob.html").write_bytes(bytes(range(256)) * 20)
    result = runner.invoke(cli, ["analyze", empty, str(tmp_path / "blob.html"), short, good])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("rejected", {}).get("reason") for line in lines] == ["empty", "binary", "no_article", None]
    for line in lines:
        jsonschema.validate(line, json_schema())
    assert lines[-1]["id"] == "good"
    assert "rejected" in result.stderr and "Traceback" not in result.output


def test_analyze_jsonl_is_body_keeps_text_exactly(runner: CliRunner, tmp_path: Path) -> None:
    body = "  Cafe\u0301 " + STORY.replace("\n\n", "\n") + "\n"  # decomposed é must survive
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "p1", "text": body, "is_body": True, "published": "2024-03-05"}) + "\n")
    result = runner.invoke(cli, ["analyze", "--jsonl", str(batch)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "p1"
    assert record["article"]["body"] == body
    assert record["article"]["published"] == "2024-03-05"


def test_analyze_stdin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["analyze", "-"], input=STORY.encode())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "stdin"


def test_analyze_huge_input_is_rejected_without_reading_it(runner: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "huge.html"
    with big.open("wb") as fh:  # 50 MB, sparse: the size check must come before any read
        fh.truncate(50 * 1024 * 1024)
    result = runner.invoke(cli, ["analyze", str(big)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["rejected"]["reason"] == "too_large"


def test_analyze_needs_a_path(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["analyze"])
    assert result.exit_code == 2
    assert "at least one PATH" in result.output


def test_bad_config_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    config = _write(tmp_path, "bad.toml", "min_body_words = 'many'\n")
    result = runner.invoke(cli, ["--config", config, "analyze", "-"], input=b"x")
    assert result.exit_code == 1
    assert "[E062]" in result.output and "Traceback" not in result.output


def test_analyze_with_two_jobs_gives_the_same_records_in_order(runner: CliRunner, tmp_path: Path) -> None:
    paths = [_write(tmp_path, f"s{i}.txt", STORY.replace("40 ships", f"{40 + i} ships")) for i in range(5)]
    paths.insert(2, _write(tmp_path, "empty.txt", ""))
    one = runner.invoke(cli, ["analyze", *paths, "--format", "jsonl"])
    two = runner.invoke(cli, ["analyze", *paths, "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == ["s0", "s1", "empty", "s2", "s3", "s4"]


def test_bad_reference_date_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["analyze", "-", "--reference-date", "yesterday"], input=STORY.encode())
    assert result.exit_code == 2
    assert "not an ISO date" in result.output


def test_timeline_shows_a_vague_amount_in_its_words(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "floods.txt"
    page.write_text(
        "Dozens of people were killed in Norvania on Monday, the National Emergency Directorate said. "
        "At least 42 people were killed, the directorate said on Tuesday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "l.db")
    assert runner.invoke(cli, ["ingest", str(page), "--db", db, "--reference-date", "2025-03-05"]).exit_code == 0
    result = runner.invoke(cli, ["timeline", "killed", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Dozens of people" in result.output and "—  " not in result.output
