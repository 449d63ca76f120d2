"""``ingest --records``: each line checked field by field; one bad line never fails the batch (issue 13)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ledger import Ledger, read_records
from newsledger.ledger.records import LoadedRecord
from newsledger.ledger.synthetic import synthetic_records
from newsledger.record import Rejected

GOOD = [r.to_dict() for r in synthetic_records(3, words=60)]


def _broken(change: str) -> dict[str, Any]:
    rec = copy.deepcopy(GOOD[1])
    rec["id"] = f"bad-{change}"
    if change == "url-list":
        rec["article"]["url"] = ["a"]
    elif change == "start-string":
        rec["quotes"][0]["start"] = "5"
    elif change == "span-outside":
        rec["claims"][0]["end"] = len(rec["article"]["body"]) + 10
    elif change == "published":
        rec["article"]["published"] = "x2025-03-03y"
    elif change == "value-string":
        rec["claims"][0]["value"] = "3"
    elif change == "anonymous-string":
        rec["quotes"][0]["speaker"]["anonymous"] = "false"
    elif change == "unknown-field":
        rec["article"]["colour"] = "red"
    elif change == "entities-object":
        rec["entities"] = {"a": 1}
    return rec


CASES = {
    "url-list": "article.url must be a string, not a list",
    "start-string": "quotes[0].start must be an integer, not a string",
    "span-outside": "claims[0] spans",
    "published": "article.published",
    "value-string": "claims[0].value must be a number or null, not a string",
    "anonymous-string": "quotes[0].speaker.anonymous must be true or false, not a string",
    "unknown-field": "unknown field 'colour'",
    "entities-object": "entities must be a list, not an object",
}


@pytest.mark.issue(13)
@pytest.mark.parametrize("change", list(CASES))
def test_read_records_bad_field_is_named_and_the_rest_goes_on(tmp_path: Path, change: str) -> None:
    path = tmp_path / "records.jsonl"
    lines = [GOOD[0], _broken(change), GOOD[2]]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, bad, last = read_records(path)
    assert isinstance(first, LoadedRecord) and isinstance(last, LoadedRecord)
    assert isinstance(bad, Rejected) and bad.reason == "bad_record" and bad.source == f"{path}:2"
    assert CASES[change] in bad.detail and bad.id == f"bad-{change}"


@pytest.mark.issue(13)
def test_ingest_records_with_bad_lines_stores_the_good_ones(tmp_path: Path) -> None:
    surrogate = copy.deepcopy(GOOD[2])
    surrogate["article"]["body"] = surrogate["article"]["body"][:-1] + "\udc80"
    surrogate["id"] = "s\udc81"
    lines = [json.dumps(GOOD[0])]
    lines += [json.dumps(_broken(change)) for change in CASES]
    lines.append(json.dumps({"schema": "newsledger.record/1", "id": ["x"], "rejected": {"stage": ["a"], "source": 5}}))
    lines.append(json.dumps(surrogate))
    path = tmp_path / "records.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n" + b'{"id": "caf\xe9"}\n')
    db = str(tmp_path / "l.db")
    result = CliRunner().invoke(cli, ["ingest", "--records", str(path), "--db", db])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"2 added, 0 revised, 0 unchanged, {len(CASES) + 2} rejected" in result.output
    with Ledger(db) as ledger:
        stored = ledger.article("s\ufffd")
        assert stored is not None and stored["record"]["article"]["body"].endswith("\ufffd")
        assert "surrogate" in stored["record"]["provenance"]["warnings"][0]
        reasons = [r["reason"] for r in ledger.rejections()]
    assert reasons.count("bad_record") == len(CASES) + 1  # and the line that is not UTF-8
