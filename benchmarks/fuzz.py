"""Fuzzing ``newsledger analyze --jsonl`` with generated hostile batches: no input may cost another one.

    .venv/bin/python benchmarks/fuzz.py /tmp/fuzz.json                     # 100,000 inputs (an hour or more)
    .venv/bin/python benchmarks/fuzz.py /tmp/fuzz.json --inputs 2000 --chunk 500 --seed 7

Each input is one ``.jsonl`` line, drawn from a seeded generator (``fuzz_line``): clean bodies
(``is_body``, most of them, short), page text and HTML pages built from hostile fragments - lone
surrogates, C0/C1 control characters, zero-width and bidi marks, odd numbers (``3-4,000``, 26-digit
integers, ``1e9``), impossible and edge dates (``Feb. 30``, ``0001-01-01``, ``9999-12-31``), quote
marks, HTML junk, nesting hundreds of elements deep - and bad lines: broken JSON, fields of the wrong
type (``"url": ["a"]``, ``"is_body": "false"``, ``"published": 20250303``), bytes that are not UTF-8,
JSON nested too deep to read.

Batches of ``--chunk`` lines go through the real command, one process each, and every batch is checked:

* ``crash``: the command exits with a status other than 0 or 1, prints a traceback or an ``Error:`` line;
* ``lost``: an input line without exactly one output line, in order (each output names its line in
  ``provenance.source`` or ``rejected.source``);
* ``offsets`` and the other record invariants: ``check_result`` of ``benchmarks/robustness.py`` (every span
  is the body's text at its offsets, dates ISO, the record valid against its JSON Schema; a clean body is
  kept as given, lone surrogates aside);
* ``no_reason``: a rejection without a stage, a reason code and a detail; ``stage_error``: a stage that
  failed (reason ``error``), counted apart.

Quote-quality kinds of ``check_result`` (``speaker_in_content`` …) are counted but are not failures here.
The JSON report holds the counts, rejections by reason, and up to 20 examples of each failure with the
input line. ``tests/test_fuzz.py`` runs a small derandomised slice of the same generator in CI.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.inputs import clean_text
from newsledger.ledger.records import record_from_dict
from newsledger.record import Record
from robustness import check_result  # benchmarks/robustness.py, imported by path like the tests do

__all__ = ["Expect", "FuzzReport", "check_batch", "fuzz_line", "main", "write_batch"]

# fmt: off
QUOTE_MARKS = ["“", "”", '"', "‘", "’", "«", "»", "'", "„", "‹", "›", "``", "''"]
NUMBERS = ["3-4,000", "1.2bn", "11 000", "0.92pc", "½", "$1.2 billion", "€4.8bn", "10,000", "5.3 million",
           "between 5 and 10 million", "4.5%", "six per cent", "several hundred", "One hundred and forty-seven",
           "99999999999999999999999999", "-40", "1e9", "3/4", "1,2,3", "0.0", "2-1/2-year", "No. 10", "4-3",
           "1e308", "1e-320", "NaN", "Infinity", "0x1F", "٣٤٥", "१२३", "1٬000", "12.5.3", "1,000,000,000,000,000"]
DATES = ["Monday", "on Tuesday", "last Wednesday", "next Friday", "May", "in March", "Feb. 30, 2023",
         "February 29", "31 April", "this week", "earlier this month", "last year", "in 1999", "yesterday",
         "2025-13-45", "0000-00-00", "on Sunday, March 2", "Mondays", "may", "9999", "0001-01-01", "9999-12-31",
         "December 31, 9999", "January 1, 0001", "next month", "tomorrow", "3 days ago", "in 10000"]
WORDS = ["He", "she", "They", "It", "I", "we", "who", "said", "told reporters", "according to", "added:",
         "estimated", "denied", "did not deny", "Ilse Varn", "the Kessa harbour authority", "Minister Oda Brenn",
         "The mayor of Kessa", "officials", "ferries", "the council", "FCA", "[FCA]", "(HSB)", "Mr.", "U.S.", "e.g.",
         "people were killed", "were injured", "died", "the death toll rose to", "up from", "at least"]
JUNK = [",", ".", ":", ";", "—", "–", "(", ")", "[", "]", "…", "?", "!", "\n", "\n\n", "\r\n", "\t", "\x00",
        "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029", "\u00ad",
        "\u202e", "\u2066", "\ufffd", "\ufffe", "\uffff", "\U0010ffff", "\ue000", "\u0301\u0301\u0301", "<div>",
        "</p>", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "<script>alert(1)</script>", "<!-- x -->", "<br/>", "🙂",
        "👩‍👩‍👧", "中文", "ﬁ", "ǅ", "İ", "ß", "\ud800", "\udfff", "\udc80", "\ud83d", "\U0001f600"]
# fmt: on
FRAGMENTS = QUOTE_MARKS + NUMBERS + DATES + WORDS + JUNK
PUBLISHED = [None, "2025-03-05", "2024-02-29", "1999-12-31", "0001-01-01", "9999-12-31", "2025-03-05T10:00:00Z", ""]
BAD_FIELDS: list[dict[str, Any]] = [
    {"url": ["a"]}, {"url": 42}, {"url": {"a": 1}}, {"id": ["x"]}, {"id": True}, {"id": {"a": 1}},
    {"published": "x2025-03-03y"}, {"published": "2025-02-30"}, {"published": 20250303}, {"published": True},
    {"published": ["2025-03-03"]}, {"published": "2025-03-03T25:99:99"}, {"is_body": "false"}, {"is_body": "true"},
    {"is_body": 0}, {"is_body": 1}, {"is_body": [True]}, {"text": 5}, {"text": ["a"]}, {"text": None},
    {"html": 7}, {"html": {"p": 1}}, {"text": float("nan")}, {"url": float("inf")},
]  # fmt: skip


def _char(rng: random.Random) -> str:
    """One code point from anywhere, surrogates and controls included."""
    pick = rng.random()
    if pick < 0.3:
        return chr(rng.randrange(0x20, 0x7F))
    if pick < 0.45:
        return chr(rng.randrange(0, 0x20)) if rng.random() < 0.5 else chr(rng.randrange(0x7F, 0xA0))
    if pick < 0.55:
        return chr(rng.randrange(0xD800, 0xE000))  # a lone surrogate
    return chr(rng.randrange(0xA0, 0x110000))


def _text(rng: random.Random, size: int) -> str:
    parts = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.75:
            parts.append(rng.choice(FRAGMENTS))
        elif roll < 0.9:
            parts.append("".join(_char(rng) for _ in range(rng.randrange(1, 6))))
        else:
            parts.append(f"“{rng.choice(WORDS)} {rng.choice(NUMBERS)} {rng.choice(DATES)},” {rng.choice(WORDS)} said.")
    return rng.choice([" ", " ", "", "\n"]).join(parts)


def _html(rng: random.Random) -> str:
    paras = "".join(f"<p>{_text(rng, rng.randrange(5, 40))}</p>" for _ in range(rng.randrange(1, 8)))
    depth = rng.choice([0, 0, 0, 3, 50, 260, 400])
    shell = rng.random()
    if shell < 0.1:
        return paras  # a fragment, no html/body
    head = f'<head><meta charset="{rng.choice(["utf-8", "utf-16", "latin-1", "bogus"])}"><title>{_text(rng, 4)}</title>'
    head += "<script>var x = '</p>';</script><style>p{}</style></head>"
    body = "<div class='story'>" * depth + paras + "</div>" * (depth if rng.random() < 0.8 else depth // 2)
    tail = rng.choice(["</body></html>", "", "<!-- unclosed", "<![CDATA[ x ]]>", "</html></html><p>after"])
    return f"<!DOCTYPE html><html>{head}<body>{body}{tail}"


@dataclass(slots=True)
class Expect:
    """What one generated line must give: one output, and for a clean body, that body (surrogates replaced)."""

    kind: str
    line: str  # the line as written (bytes shown with backslash escapes)
    output: bool = True  # a blank line gives none
    body: str | None = None


def fuzz_line(rng: random.Random) -> tuple[bytes, Expect]:
    """One generated ``.jsonl`` line (without its newline) and what it must give."""
    roll = rng.random()
    obj: dict[str, Any]
    if roll < 0.6:
        text = _text(rng, rng.randrange(1, 40) if rng.random() < 0.99 else rng.randrange(200, 600))
        obj = {"id": f"b{rng.randrange(10**6)}", "text": text, "is_body": True}
        kind, body = "body", text
    elif roll < 0.75:
        lines = [_text(rng, rng.randrange(1, 25)) for _ in range(rng.randrange(1, 12))]
        obj, kind, body = {"id": f"t{rng.randrange(10**6)}", "text": "\n".join(lines)}, "text", None
    elif roll < 0.9:
        obj, kind, body = {"id": f"h{rng.randrange(10**6)}", "html": _html(rng)}, "html", None
    else:
        return _bad_line(rng)
    if rng.random() < 0.5:
        obj["published"] = rng.choice(PUBLISHED)
    if rng.random() < 0.3:
        obj["url"] = rng.choice(["https://news.example/a", "", "http://[::1", "ftp://x", _text(rng, 2)])
    data = json.dumps(obj).encode("ascii")  # \uXXXX escapes: lone surrogates survive as valid JSON
    if body is not None:  # as JSON reads it back: a high and a low surrogate side by side are one character
        body = clean_text(json.loads(data)["text"])[0]
    return data, Expect(kind, data.decode("ascii"), body=body)


def _bad_line(rng: random.Random) -> tuple[bytes, Expect]:
    roll = rng.random()
    base = {"id": f"x{rng.randrange(10**6)}", "text": _text(rng, rng.randrange(1, 20)), "is_body": True}
    if roll < 0.4:
        obj = {**base, **rng.choice(BAD_FIELDS)}
        data = json.dumps(obj).encode("ascii")
    elif roll < 0.55:
        data = rng.choice([b"{", b"[]", b"null", b"123", b'"str"', b"{'a': 1}", b'{"text": "x"', b"}{", b"\x00"])
    elif roll < 0.7:  # bytes that are not UTF-8 inside a JSON string
        data = b'{"id": "u", "is_body": true, "text": "caf\xe9 \xff\xfe said \xc3 the mayor of Kessa"}'
    elif roll < 0.8:
        depth = rng.choice([50, 5_000, 200_000])
        data = b'{"text": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}"
    elif roll < 0.9:
        data = json.dumps({"id": rng.randrange(-(10**30), 10**30), "html": None, "text": _text(rng, 5)}).encode()
    else:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))).replace(b"\n", b" ")
    output = bool(data.decode("utf-8", "replace").strip())
    return data, Expect("bad", data.decode("utf-8", "backslashreplace"), output=output)


def write_batch(path: Path, count: int, seed: int, start: int = 0) -> list[Expect]:
    """``count`` generated lines (numbers ``start`` on) written to ``path``; the same arguments, the same lines."""
    expects = []
    with path.open("wb") as fh:
        for i in range(start, start + count):
            data, expect = fuzz_line(random.Random(seed * 1_000_003 + i))
            fh.write(data + b"\n")
            expects.append(expect)
    return expects


@dataclass(slots=True)
class FuzzReport:
    inputs: int = 0
    outputs: int = 0
    records: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    quality: Counter[str] = field(default_factory=Counter)
    rejections: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def fail(self, kind: str, detail: str, line: str | None = None) -> None:
        self.failures[kind] += 1
        if len(self.examples.setdefault(kind, [])) < 20:
            self.examples[kind].append({"detail": detail[:500], "line": (line or "")[:500]})

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "outputs": self.outputs,
            "records": self.records,
            "rejected": sum(self.rejections.values()),
            "failures": dict(self.failures),
            "quote_quality_kinds": dict(self.quality),
            "rejections_by_reason": dict(self.rejections.most_common()),
            "examples": self.examples,
        }


OFFSET_KINDS = {"entity_span", "quote_span", "cue_span", "speaker_span", "claim_span", "date_span", "quote_spans"}
QUALITY_KINDS = {"speaker_in_content", "cue_in_content", "speaker_no_name", "quote_is_date"}


def check_batch(report: FuzzReport, path: Path, expects: list[Expect], stdout: str, stderr: str, status: int) -> None:
    """Check one batch's output against its lines (see the module docstring)."""
    report.inputs += len(expects)
    if status not in (0, 1) or "Traceback" in stderr or any(ln.startswith("Error") for ln in stderr.splitlines()):
        report.fail("crash", f"exit status {status}: {stderr[-1500:]}")
    wanted = [(n, e) for n, e in enumerate(expects, 1) if e.output]
    outputs = [line for line in stdout.split("\n") if line.strip()]  # "\n" only: one record a line
    report.outputs += len(outputs)
    seen: list[int] = []
    for text in outputs:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            report.fail("not_json_output", str(exc), text)
            continue
        rejected = data.get("rejected")
        where = rejected.get("source") if rejected else (data.get("provenance") or {}).get("source")
        lineno = int(str(where).rsplit(":", 1)[-1]) if str(where).startswith(str(path)) else -1
        seen.append(lineno)
        expect = expects[lineno - 1] if 0 < lineno <= len(expects) else None
        if rejected:
            reason = f"{rejected.get('stage')}/{rejected.get('reason')}"
            report.rejections[reason] += 1
            if not all(isinstance(rejected.get(k), str) and rejected[k] for k in ("stage", "reason", "detail")):
                report.fail("no_reason", json.dumps(rejected), expect.line if expect else None)
            elif rejected["reason"] == "error":
                report.fail("stage_error", f"{reason}: {rejected['detail']}", expect.line if expect else None)
            continue
        report.records += 1
        _check_record(report, data, expect)
    if seen != [n for n, _ in wanted]:
        missing = sorted({n for n, _ in wanted} - set(seen))
        extra = sorted(set(seen) - {n for n, _ in wanted})
        report.fail(
            "lost",
            f"{path.name}: {len(wanted)} lines want an output, {len(seen)} came; missing {missing[:10]}, "
            f"unexpected {extra[:10]}, in order: {sorted(seen) == seen}",
            expects[missing[0] - 1].line if missing else None,
        )


def _check_record(report: FuzzReport, data: dict[str, Any], expect: Expect | None) -> None:
    try:
        record = record_from_dict(data)
    except Exception as exc:  # the record itself breaks its contract: report, go on
        kind = "offsets" if "spans" in str(exc) else "bad_record"
        report.fail(kind, f"{type(exc).__name__}: {exc}", expect.line if expect else None)
        return
    assert isinstance(record, Record)
    body = expect.body if expect is not None and expect.kind == "body" else None
    for v in check_result(record, corpus="fuzz", doc=record.id, body_input=body):
        if v.kind in QUALITY_KINDS:
            report.quality[v.kind] += 1
        else:
            report.fail("offsets" if v.kind in OFFSET_KINDS else v.kind, v.detail, expect.line if expect else None)


def run_batch(path: Path, extra: list[str]) -> tuple[str, str, int]:
    proc = subprocess.run(
        [sys.executable, "-m", "newsledger", "analyze", "--jsonl", str(path), *extra],
        capture_output=True,
        check=False,
        timeout=None,
    )
    return proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"), proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", type=Path, help="JSON report to write")
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=5_000, help="lines per batch (one process each)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--jobs", type=int, default=1, help="passed to analyze --jobs")
    args = parser.parse_args()
    report = FuzzReport()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsledger-fuzz-") as tmp:
        for start in range(0, args.inputs, args.chunk):
            path = Path(tmp) / f"fuzz-{start:07d}.jsonl"
            expects = write_batch(path, min(args.chunk, args.inputs - start), args.seed, start)
            t0 = time.perf_counter()
            stdout, stderr, status = run_batch(path, ["--jobs", str(args.jobs)])
            check_batch(report, path, expects, stdout, stderr, status)
            print(
                f"{start + len(expects):>7,} inputs  {time.perf_counter() - t0:6.1f} s  "
                f"failures {dict(report.failures) or 0}",
                file=sys.stderr,
                flush=True,
            )
            args.report.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False), encoding="utf-8")
    summary = report.to_dict()
    summary["seconds"] = round(time.perf_counter() - started, 1)
    args.report.write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "examples"}, indent=1, ensure_ascii=False))
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
