"""Robustness of the whole pipeline on every real page in ``../shared``: invariants and per-document time.

    .venv/bin/python benchmarks/robustness.py VIOLATIONS.json [--corpus NAME ...] [--limit N] [--slow 5.0]

Corpora (each skipped with a message when absent):

* ``zyte-html``: the 181 Zyte pages (``eval/article-extraction/html/*.html.gz``) as HTML, with their URL;
* ``zyte-text``: the same pages flattened to text by the scorer's own ``flatten_html``;
* ``story-dev``: the 25 story-dev ``.txt`` pages, with the manifest's ``published`` date;
* ``polnear``: the 84 PolNeAR dev texts as clean bodies (``is_body``), with their publication date;
* ``seed``: the founding example;
* ``stress``: a few generated fictional bodies far longer than usual (1,000 clauses in one sentence, 1,000
  quoted figures, 20,000 words without a full stop, 2,000 fragments with unbalanced quote marks, a body past
  spaCy's ``max_length``).

Every document goes alone through ``newsledger.pipeline.analyze_documents`` (one model load for the run)
and its result is checked by ``check_result``: no stage may answer ``Rejected(…, "error")``, every span
must be the body's text at its offsets, dates ISO, claims numeric with ``low <= high``, and the record
must validate against the shipped JSON Schema. A document slower than ``--slow`` seconds is a violation
too; the ten slowest are re-run stage by stage to show where the time goes.

The summary table goes to stdout; the full list of violations (with tracebacks for errors) to the JSON
file named on the command line.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import math
import re
import signal
import statistics
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

from extraction import load_scorer  # benchmarks/extraction.py: the shared scorer, imported by path
from newsledger.inputs import Document, document_from_string, plain_spaces
from newsledger.pipeline import analyze_documents, extract_document, parse_iso_date
from newsledger.record import Record, Rejected, json_schema, quote_text
from newsledger.settings import Settings, load_settings

__all__ = ["CORPORA", "Violation", "check_result", "load_corpus", "main"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EVAL = SHARED / "eval"

QUOTE_KINDS = {"direct", "indirect", "mixed"}
GRANULARITIES = {"day", "month", "year", "range"}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")


@dataclass(slots=True)
class Violation:
    """One broken invariant on one document."""

    corpus: str
    doc: str
    kind: str
    detail: str
    item: dict[str, Any] | None = None  # the offending entity/quote/claim/date as written in the record
    traceback: str | None = None


# -- invariants ---------------------------------------------------------------------------------------------


def _iso_ok(value: object, *, datetime_ok: bool = False) -> bool:
    """An ISO date ``YYYY-MM-DD`` (or coarser ``YYYY-MM`` / ``YYYY``) naming a real calendar day or month."""
    if not isinstance(value, str):
        return False
    m = _ISO_DATETIME.match(value) if datetime_ok else None
    m = _ISO.match(m.group(1) if m else value)
    if m is None:
        return False
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _number_ok(value: object) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value))


def _span_problem(body: str, text: object, start: object, end: object) -> str | None:
    """Why ``text``/``start``/``end`` is not an exact non-empty span of ``body``, or None."""
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
        return f"offsets/text of the wrong type: start={start!r} end={end!r} text={text!r}"
    if not 0 <= start < end <= len(body):
        return f"span [{start}:{end}] is empty or outside the body (length {len(body)})"
    if body[start:end] != text:
        return f"body[{start}:{end}] is {body[start:end]!r}, the record says {text!r}"
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_result(
    result: Record | Rejected, *, corpus: str = "-", doc: str = "-", body_input: str | None = None
) -> list[Violation]:
    """Every invariant the record contract promises, checked on one pipeline result.

    ``body_input`` is the text given with ``is_body``: the record's body must then equal it, its set-width spaces
    written as plain ones.
    A ``Rejected`` with a reason other than ``"error"`` is a legitimate answer and breaks nothing.
    """
    out: list[Violation] = []

    def bad(kind: str, detail: str, item: dict[str, Any] | None = None) -> None:
        out.append(Violation(corpus, doc, kind, detail, item))

    if isinstance(result, Rejected):
        if result.reason == "error":
            bad("error", f"{result.stage}: {result.detail}")
        return out
    body = result.article.body
    # kept one character for one: set-width spaces become the plain space they show (docs/record.md)
    body_input = None if body_input is None else plain_spaces(body_input)
    if body_input is not None and body != body_input:
        at = next((i for i, (a, b) in enumerate(zip(body, body_input, strict=False)) if a != b), None)
        at = min(len(body), len(body_input)) if at is None else at
        bad("body_not_input", f"is_body input changed: first difference at {at}: {body_input[at : at + 20]!r}")
    if result.article.published is not None and not _iso_ok(result.article.published, datetime_ok=True):
        bad("published_not_iso", repr(result.article.published))
    try:
        data = result.to_dict()
        json.dumps(data, allow_nan=False)
    except (TypeError, ValueError) as exc:
        bad("not_json", f"{type(exc).__name__}: {exc}")
    else:
        for problem in _schema_problems(data):
            bad("schema", problem)

    for e in result.entities:
        if p := _span_problem(body, e.text, e.start, e.end):
            bad("entity_span", p, e.to_dict())
        if not e.label or not e.canonical:
            bad("entity_empty", "empty label or canonical", e.to_dict())

    date_spans = {(d.start, d.end) for d in result.dates}
    for q in result.quotes:
        item = q.to_dict()
        # a turn split by its attribution: ``text`` is its fragments joined, ``start``/``end`` the whole turn
        whole = body[q.start : q.end] if q.spans else q.text
        if p := _span_problem(body, whole, q.start, q.end):
            bad("quote_span", p, item)
        elif q.spans and q.text != quote_text(body, q.spans):
            bad("quote_span", f"text {q.text!r} is not the fragments {q.spans} joined", item)
        if q.kind not in QUOTE_KINDS:
            bad("quote_kind", repr(q.kind), item)
        # a turn split by its attribution ('“A,” she said, “B.”') is content only in its ``spans``
        pieces = [(q.start, q.end)]
        if q.spans:
            pieces = list(q.spans)
            edges = [x for piece in pieces for x in piece]
            if edges != sorted(edges) or edges[0] < q.start or edges[-1] > q.end or any(a >= b for a, b in pieces):
                bad("quote_spans", f"spans {pieces} are not ordered, non-empty pieces of [{q.start}:{q.end}]", item)
        if q.cue is not None:
            if p := _span_problem(body, q.cue.text, q.cue.start, q.cue.end):
                bad("cue_span", p, item)
            elif any(_overlaps((q.cue.start, q.cue.end), piece) for piece in pieces):
                bad("cue_in_content", f"cue {q.cue.text!r} overlaps the content", item)
        if q.speaker is not None:
            if p := _span_problem(body, q.speaker.text, q.speaker.start, q.speaker.end):
                bad("speaker_span", p, item)
            elif any(_overlaps((q.speaker.start, q.speaker.end), piece) for piece in pieces):
                bad("speaker_in_content", f"speaker {q.speaker.text!r} overlaps the content", item)
            if not any(ch.isalnum() for ch in q.speaker.name):
                bad("speaker_no_name", f"speaker name {q.speaker.name!r} has no letter or digit", item)
        if (q.start, q.end) in date_spans:
            bad("quote_is_date", f"the content is only the date {q.text!r}", item)
        if q.date is not None and not _iso_ok(q.date):
            bad("quote_date_not_iso", repr(q.date), item)

    for i, c in enumerate(result.claims):
        item = c.to_dict()
        if p := _span_problem(body, c.text, c.start, c.end):
            bad("claim_span", p, item)
        if not all(_number_ok(v) for v in (c.value, c.low, c.high)):
            bad("claim_not_numeric", f"value={c.value!r} low={c.low!r} high={c.high!r}", item)
        elif c.low is not None and c.high is not None:
            if c.low > c.high:
                bad("claim_low_gt_high", f"low={c.low!r} > high={c.high!r}", item)
            elif c.value is not None and not c.low <= c.value <= c.high:
                bad("claim_value_outside_range", f"value={c.value!r} not in [{c.low!r}, {c.high!r}]", item)
        if c.as_of is not None and not _iso_ok(c.as_of):
            bad("claim_as_of_not_iso", repr(c.as_of), item)
        if c.revises is not None and (not 0 <= c.revises < len(result.claims) or c.revises == i):
            bad("claim_revises_index", f"revises={c.revises!r} with {len(result.claims)} claims", item)

    for d in result.dates:
        item = d.to_dict()
        if p := _span_problem(body, d.text, d.start, d.end):
            bad("date_span", p, item)
        if not _iso_ok(d.value):
            bad("date_not_iso", repr(d.value), item)
        if d.granularity not in GRANULARITIES:
            bad("date_granularity", repr(d.granularity), item)
        if d.end_value is not None and not _iso_ok(d.end_value):
            bad("date_end_not_iso", repr(d.end_value), item)
        elif d.end_value is not None and _iso_ok(d.value) and d.end_value < d.value:
            bad("date_end_before_start", f"{d.value} .. {d.end_value}", item)
    return out


@functools.cache
def _validator() -> Any:
    """The record's JSON Schema, compiled once; None when jsonschema (a dev dependency) is not installed."""
    try:
        from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
    except ImportError:
        return None
    return Draft202012Validator(json_schema())


def _schema_problems(data: dict[str, Any]) -> list[str]:
    """The most relevant JSON Schema error of one record (its ``oneOf`` makes the raw errors unreadable)."""
    validator = _validator()
    if validator is None:
        return []
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    error = best_match(validator.iter_errors(data))
    return [] if error is None else [f"/{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"]


# -- corpora --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Corpus:
    name: str
    path: Path
    load: Callable[[int | None], Iterator[Document]]


def _zyte_pages(limit: int | None) -> list[dict[str, Any]]:
    """The Zyte pages as the shared scorer loads them (``id``, ``html``, ``url``, ``truth``)."""
    pages: list[dict[str, Any]] = load_scorer().load_dataset(EVAL / "article-extraction", limit)
    return pages


def _zyte_html(limit: int | None) -> Iterator[Document]:
    for p in _zyte_pages(limit):
        yield document_from_string(p["html"], id=p["id"], kind="html", url=p["url"] or None, source=f"zyte/{p['id']}")


def _zyte_text(limit: int | None) -> Iterator[Document]:
    flatten = load_scorer().flatten_html
    for p in _zyte_pages(limit):
        yield document_from_string(flatten(p["html"]), id=p["id"], kind="text", source=f"zyte-text/{p['id']}")


def _story_dev(limit: int | None) -> Iterator[Document]:
    story = EVAL / "story-dev"
    entries = [json.loads(line) for line in (story / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    for e in entries[:limit]:
        text = (story / e["file"]).read_text(encoding="utf-8")
        yield document_from_string(
            text, id=e["file"], kind="text", url=e.get("url"), published=e.get("published"), source=e["file"]
        )


def _polnear(limit: int | None) -> Iterator[Document]:
    lines = (EVAL / "polnear" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    for line in [ln for ln in lines if ln.strip()][:limit]:
        a = json.loads(line)
        yield document_from_string(
            a["text"], id=a["id"], is_body=True, published=a.get("publication_date"), source=f"polnear/{a['id']}"
        )


def _seed(limit: int | None) -> Iterator[Document]:
    for path in sorted((SHARED / "seed").glob("*.txt"))[:limit]:
        yield document_from_string(path.read_text(encoding="utf-8"), id=path.name, kind="text", source=path.name)


def _stress(limit: int | None) -> Iterator[Document]:
    """Generated, fictional bodies at sizes real pages reach only rarely: where time grows faster than length."""
    clauses = " and ".join(f"the {i} harbours of Kessa will reopen on Monday" for i in range(1000))
    quoted = " ".join(f"“Ilse Varn said the {i} ferries will sail,” he said." for i in range(1000))
    bodies = {
        "long-sentence-1000-clauses": f"The minister said {clauses}.",
        "quoted-figures-1000": quoted,
        "no-punctuation-20000-words": " ".join(["harbour ferry on Monday 3-4,000 said he 1.2bn she told"] * 2000),
        "unbalanced-quotes-2000": " ".join(f'“The {i} ferries « said ‘ Varn " on Tuesday' for i in range(2000)),
        "over-spacy-max-length": "The council said the harbour will reopen. " * 25_000,  # 1,050,000 characters
    }
    for name, body in list(bodies.items())[:limit]:
        yield document_from_string(body, id=name, is_body=True, published="2025-03-05", source=f"stress/{name}")


CORPORA: dict[str, Corpus] = {
    c.name: c
    for c in (
        Corpus("zyte-html", EVAL / "article-extraction" / "ground-truth.json", _zyte_html),
        Corpus("zyte-text", EVAL / "article-extraction" / "ground-truth.json", _zyte_text),
        Corpus("story-dev", EVAL / "story-dev" / "manifest.jsonl", _story_dev),
        Corpus("polnear", EVAL / "polnear" / "dev.jsonl", _polnear),
        Corpus("seed", SHARED / "seed", _seed),
        Corpus("stress", REPO / "benchmarks", _stress),
    )
}


def load_corpus(name: str, limit: int | None = None) -> Iterator[Document]:
    """The documents of one corpus, as ``Document``s ready for ``analyze_documents``."""
    return CORPORA[name].load(limit)


# -- running ---------------------------------------------------------------------------------------------------


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so the pipeline's ``except Exception`` guards let it through."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


class _LastTraceback(logging.Handler):
    """Keeps the traceback the pipeline logs with ``log.exception`` when a stage fails."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.text: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.text = "".join(traceback.format_exception(record.exc_info[1]))


@dataclass(slots=True)
class DocRun:
    corpus: str
    doc: str
    seconds: float
    outcome: str  # "record", "rejected:<reason>", "timeout" or "exception"
    violations: list[Violation] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)  # filled in for the slowest documents only

    def timing(self) -> dict[str, Any]:
        d: dict[str, Any] = {"corpus": self.corpus, "doc": self.doc, "seconds": round(self.seconds, 4)}
        d["outcome"] = self.outcome
        if self.stages:
            d["stages"] = {k: round(v, 4) for k, v in self.stages.items()}
        return d


def run_document(doc: Document, settings: Settings, corpus: str, timeout: float, tb: _LastTraceback) -> DocRun:
    """One document through ``analyze_documents``, timed, with the alarm as a hard stop."""
    tb.text = None
    signal.setitimer(signal.ITIMER_REAL, timeout)
    t0 = time.perf_counter()
    try:
        result = next(analyze_documents([doc], settings))
    except _Timeout:
        v = Violation(corpus, doc.id, "timeout", f"no result after {timeout:.0f} s")
        return DocRun(corpus, doc.id, time.perf_counter() - t0, "timeout", [v])
    except Exception as exc:  # the pipeline promises Rejected values; an escaping exception is the worst case
        v = Violation(corpus, doc.id, "exception", f"{type(exc).__name__}: {exc}", traceback=traceback.format_exc())
        return DocRun(corpus, doc.id, time.perf_counter() - t0, "exception", [v])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seconds = time.perf_counter() - t0
    outcome = "record" if isinstance(result, Record) else f"rejected:{result.reason}"
    violations = check_result(result, corpus=corpus, doc=doc.id, body_input=doc.content if doc.is_body else None)
    for v in violations:
        if v.kind == "error":
            v.traceback = tb.text
    return DocRun(corpus, doc.id, seconds, outcome, violations)


def stage_times(doc: Document, settings: Settings, timeout: float) -> dict[str, float]:
    """Seconds per stage for one document, calling the stage functions in the pipeline's order.

    A stage the timeout cut off is named with a trailing ``+`` (it took at least that long); one that
    raised, with a trailing ``!``.
    """
    from newsledger.nlp.claims import extract_claims
    from newsledger.nlp.dates import extract_dates
    from newsledger.nlp.engine import load_nlp
    from newsledger.nlp.entities import extract_entities
    from newsledger.nlp.quotes import extract_quotes
    from newsledger.nlp.speakers import speakers_for

    times: dict[str, float] = {}
    clock, stage = time.perf_counter(), "extract"

    def lap(next_stage: str) -> None:
        nonlocal clock, stage
        now = time.perf_counter()
        times[stage] = now - clock
        clock, stage = now, next_stage

    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        article = extract_document(doc, settings)
        if isinstance(article, Rejected):
            lap("")
            return times
        lap("spacy")
        parsed = load_nlp(settings.spacy_model)(article.body)
        reference = parse_iso_date(article.published) or parse_iso_date(settings.reference_date)
        lap("entities")
        entities = extract_entities(parsed)
        lap("dates")
        dates = extract_dates(parsed, reference)
        lap("mentions")
        speakers = speakers_for(parsed, entities)
        lap("quotes")
        quotes = extract_quotes(parsed, speakers, dates)
        lap("claims")
        extract_claims(parsed, quotes, dates, reference, speakers)
        lap("")
    except _Timeout:
        times[f"{stage}+"] = time.perf_counter() - clock
    except Exception:  # already reported as a violation by the pipeline run
        times[f"{stage}!"] = time.perf_counter() - clock
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return times


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def summary_table(runs: list[DocRun]) -> str:
    """One markdown row per corpus: documents, outcomes, violations by kind and time percentiles."""
    lines = [
        "| corpus | docs | records | rejected (reason: n) | violations (kind: n) | p50 s | p95 s | max s |",
        "| --- | ---: | ---: | --- | --- | ---: | ---: | ---: |",
    ]
    corpora = list(dict.fromkeys(r.corpus for r in runs))
    for name in [*corpora, "all"]:
        rows = [r for r in runs if name in ("all", r.corpus)]
        outcomes = Counter(r.outcome for r in rows)
        rejected = ", ".join(f"{k.split(':', 1)[1]}: {n}" for k, n in sorted(outcomes.items()) if ":" in k) or "-"
        kinds = Counter(v.kind for r in rows for v in r.violations)
        broken = ", ".join(f"{k}: {n}" for k, n in kinds.most_common()) or "none"
        secs = [r.seconds for r in rows]
        lines.append(
            f"| {name} | {len(rows)} | {outcomes['record']} | {rejected} | {broken} | "
            f"{statistics.median(secs):.2f} | {_pct(secs, 0.95):.2f} | {max(secs):.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="JSON file for the full list of violations (and per-document times)")
    ap.add_argument("--corpus", action="append", choices=list(CORPORA), help="only these corpora (repeatable)")
    ap.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    ap.add_argument("--slow", type=float, default=5.0, help="a document slower than this (seconds) is a violation")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds before a document is abandoned")
    args = ap.parse_args(argv)

    settings = load_settings()
    logging.getLogger("newsledger").addHandler(tb := _LastTraceback())
    logging.getLogger("newsledger").propagate = False  # tracebacks go to the JSON file, not over the table
    signal.signal(signal.SIGALRM, _on_alarm)
    from newsledger.nlp.engine import load_nlp

    load_nlp(settings.spacy_model)  # outside the timings: the first document should not pay for it

    runs: list[DocRun] = []
    docs: dict[tuple[str, str], Document] = {}
    for name in args.corpus or list(CORPORA):
        if not CORPORA[name].path.exists():
            print(f"skipped {name}: {CORPORA[name].path} is absent (../shared beside the checkout?)")
            continue
        t0 = time.perf_counter()
        for doc in load_corpus(name, args.limit):
            run = run_document(doc, settings, name, args.timeout, tb)
            if run.seconds > args.slow and run.outcome != "timeout":
                run.violations.append(Violation(name, doc.id, "slow", f"{run.seconds:.2f} s > {args.slow:.1f} s"))
            runs.append(run)
            docs[name, doc.id] = doc
        n = sum(1 for r in runs if r.corpus == name)
        print(f"{name}: {n} documents in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if not runs:
        print("nothing to check: no corpus found under", SHARED)
        return 0

    slowest = sorted(runs, key=lambda r: r.seconds, reverse=True)[:10]
    for r in slowest:
        r.stages = stage_times(docs[r.corpus, r.doc], settings, args.timeout)
    violations = [v for r in runs for v in r.violations]
    report = {
        "summary": summary_table(runs),
        "violations": [asdict(v) for v in violations],
        "slowest": [r.timing() for r in slowest],
        "times": [r.timing() for r in runs],
    }
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")

    print(summary_table(runs))
    print("\nslowest documents (seconds; stage times from a second, stage-by-stage run):")
    for r in slowest:
        stages = " ".join(f"{k}={v:.2f}" for k, v in r.stages.items())
        print(f"  {r.seconds:7.2f}  {r.corpus}/{r.doc[:40]}  {r.outcome}  {stages}")
    print(f"\n{len(violations)} violations on {len({(v.corpus, v.doc) for v in violations})} documents -> {args.out}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
