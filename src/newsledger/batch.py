"""The batch runner: a corpus through the worker pool into an output folder, resumable.

::

    OUT/records/part-00000.jsonl      one record per line (``Record.to_dict()``), or part-00000.parquet
    OUT/rejections/part-00000.jsonl   one rejection per line, or part-00000.parquet
    OUT/records/part-00000.keys       the sources in a closed JSONL part (resuming reads these)
    OUT/inputs.done                   inputs (files, URLs) whose every document has been written
    OUT/stats.json                    counts over the whole folder, rejections by reason, the last run's speed

Every document is keyed by its source (``page.html``, ``batch.jsonl:12``, ``crawl.warc.gz#1234``, a
URL), and written as soon as its worker returns it (JSONL: a line, flushed; Parquet: a part written
to a temporary name and renamed once it holds ``part_size`` rows). What is in the folder is what is
done: a rerun after a crash, ``kill -9`` or Ctrl-C reads the keys back (cutting a torn last line),
skips those documents and whole inputs listed in ``inputs.done``, and writes new parts, so no
document is written twice. The Spark job writes the same columns (``spark.py``).
"""

from __future__ import annotations

import json
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .corpus import expand_inputs
from .errors import InputError, OutputError
from .fetch import Fetcher
from .inputs import Document
from .pipeline import BatchDays, BatchNames
from .record import Record, Rejected
from .settings import Settings
from .workers import WorkerPool

__all__ = [
    "FORMATS",
    "RECORD_COLUMNS",
    "REJECTION_COLUMNS",
    "BatchProgress",
    "BatchReport",
    "record_row",
    "rejection_row",
    "result_json",
    "result_key",
    "run_batch",
]

FORMATS = ("jsonl", "parquet")
RECORD_COLUMNS = ("id", "source", "url", "title", "publisher", "published", "fetched", "record")
REJECTION_COLUMNS = ("id", "source", "stage", "reason", "detail")
_KINDS = ("records", "rejections")
_PARQUET_HINT = "Parquet output needs pyarrow: pip install 'newsledger[parquet]'"


def result_key(result: Record | Rejected) -> str:
    """The key a result is written under: the source of its input (unique within a corpus)."""
    if isinstance(result, Record):
        return (result.provenance.source if result.provenance else None) or result.id
    return result.source or result.id or "?"


def result_json(result: Record | Rejected) -> str:
    """A record or rejection as one JSON line, exactly as ``analyze --format jsonl`` prints it."""
    return json.dumps(result.to_dict(), ensure_ascii=False)


def record_row(record: Record) -> dict[str, Any]:
    """A record as a row: the fields one filters on, and the whole record as JSON."""
    prov = record.provenance
    art = record.article
    return {
        "id": record.id,
        "source": result_key(record),
        "url": art.url,
        "title": art.title,
        "publisher": art.publisher,
        "published": art.published,
        "fetched": prov.fetched if prov else None,
        "record": result_json(record),
    }


def rejection_row(rejected: Rejected) -> dict[str, Any]:
    return {
        "id": rejected.id,
        "source": result_key(rejected),
        "stage": rejected.stage,
        "reason": rejected.reason,
        "detail": rejected.detail,
    }


# ---------------------------------------------------------------- what the folder holds


@dataclass(slots=True)
class _Done:
    """Keys already written (record keys, and rejection keys with their ``stage/reason``)."""

    records: set[str] = field(default_factory=set)
    rejections: dict[str, str] = field(default_factory=dict)
    inputs: set[str] = field(default_factory=set)
    next_part: dict[str, int] = field(default_factory=dict)  # per kind: the number the next part takes

    def __contains__(self, key: str) -> bool:
        return key in self.records or key in self.rejections


def _read_jsonl_part(part: Path) -> list[tuple[str, str]]:
    """(key, kind) of each complete line; a torn last line (a write cut by a kill) is cut off the file."""
    out: list[tuple[str, str]] = []
    good = 0
    with part.open("rb") as fh:
        for line in fh:
            try:
                if not line.endswith(b"\n"):
                    raise ValueError("torn line")
                obj = json.loads(line)
            except ValueError:
                break
            rej = obj.get("rejected")
            if isinstance(rej, dict):
                out.append((str(rej.get("source") or obj.get("id") or "?"), f"{rej.get('stage')}/{rej.get('reason')}"))
            else:
                out.append((str((obj.get("provenance") or {}).get("source") or obj.get("id")), "record"))
            good += len(line)
    if good < part.stat().st_size:
        with part.open("r+b") as fh:
            fh.truncate(good)
    return out


def _write_keys(part: Path, keys: list[tuple[str, str]]) -> None:
    tmp = part.with_suffix(".keys.tmp")
    tmp.write_text("".join(f"{k}\t{kind}\n" for k, kind in keys), encoding="utf-8")
    tmp.replace(part.with_suffix(".keys"))


def _read_keys(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, kind = line.rpartition("\t")
        out.append((key, kind))
    return out


def _load_done(out: Path) -> _Done:
    done = _Done()
    for kind in _KINDS:
        folder = out / kind
        done.next_part[kind] = 0
        if not folder.is_dir():
            continue
        for tmp in folder.glob("*.tmp"):
            tmp.unlink()  # a Parquet part or keys file that was being written when the run stopped
        for part in sorted(folder.iterdir()):
            if part.suffix not in (".jsonl", ".parquet"):
                continue
            done.next_part[kind] = max(done.next_part[kind], int(part.stem.rsplit("-", 1)[-1]) + 1)
            if part.suffix == ".parquet":
                keys = _parquet_keys(part)
            elif part.with_suffix(".keys").exists():
                keys = _read_keys(part.with_suffix(".keys"))
            else:  # the part a stopped run was writing: read it, cut a torn line, close it
                keys = _read_jsonl_part(part)
                _write_keys(part, keys)
            for key, what in keys:
                if what == "record":
                    done.records.add(key)
                else:
                    done.rejections[key] = what
    marker = out / "inputs.done"
    if marker.exists():
        done.inputs = set(marker.read_text(encoding="utf-8").splitlines())
    return done


def _parquet_keys(part: Path) -> list[tuple[str, str]]:
    import pyarrow.parquet as pq

    table = pq.read_table(part)
    sources = table.column("source").to_pylist()
    if "reason" not in table.column_names:
        return [(s, "record") for s in sources]
    stages, reasons = table.column("stage").to_pylist(), table.column("reason").to_pylist()
    kinds = [f"{st}/{r}" for st, r in zip(stages, reasons, strict=True)]
    return list(zip(sources, kinds, strict=True))


# ---------------------------------------------------------------- writing parts


def _output_folder(out: str | Path) -> Path:
    """The batch's output folder, made if missing; anything that is not a writable folder is an OutputError."""
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise OutputError(f"cannot write the batch: {str(out)!r} is not a folder", source=str(out)) from exc
    except OSError as exc:
        raise OutputError(f"cannot write the batch: {exc.strerror or exc}", source=str(out)[:200]) from exc
    return folder


class _Parts:
    """The parts of one kind (records or rejections) that this run writes."""

    def __init__(self, folder: Path, fmt: str, part_size: int, first: int) -> None:
        self.folder, self.fmt, self.part_size, self.number = folder, fmt, part_size, first
        self.rows: list[dict[str, Any]] = []
        self.keys: list[tuple[str, str]] = []
        self._fh: TextIO | None = None
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self) -> Path:
        return self.folder / f"part-{self.number:05d}.{self.fmt}"

    def add(self, key: str, kind: str, result: Record | Rejected) -> None:
        if self.fmt == "jsonl":
            if self._fh is None:
                self._fh = self._path().open("a", encoding="utf-8")
            self._fh.write(result_json(result) + "\n")
            self._fh.flush()  # what is in the file is done: a kill loses at most a torn line
        else:
            self.rows.append(record_row(result) if isinstance(result, Record) else rejection_row(result))
        self.keys.append((key, kind))
        if len(self.keys) >= self.part_size:
            self.close()

    def close(self) -> None:
        if not self.keys:
            return
        if self.fmt == "jsonl":
            assert self._fh is not None
            self._fh.close()
            self._fh = None
            _write_keys(self._path(), self.keys)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            tmp = self._path().with_suffix(".parquet.tmp")
            pq.write_table(pa.Table.from_pylist(self.rows), tmp)
            tmp.replace(self._path())
            self.rows = []
        self.keys = []
        self.number += 1


# ---------------------------------------------------------------- the run


@dataclass(slots=True)
class BatchProgress:
    records: int
    rejected: int
    skipped: int
    elapsed: float


@dataclass(slots=True)
class BatchReport:
    """This run's counts, and the folder's totals (earlier runs included)."""

    out: Path
    records: int = 0
    rejected: int = 0
    skipped: int = 0  # documents written by an earlier run
    skipped_inputs: int = 0  # whole inputs finished by an earlier run
    reasons: Counter[str] = field(default_factory=Counter)  # "stage/reason" -> count, this run
    elapsed: float = 0.0
    cpu_seconds: float = 0.0  # this process and its workers: divided by documents, the cost on one free core
    replaced_workers: int = 0
    interrupted: bool = False
    total_records: int = 0
    total_reasons: Counter[str] = field(default_factory=Counter)

    @property
    def docs_per_second(self) -> float:
        return (self.records + self.rejected) / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.total_records,
            "rejected": sum(self.total_reasons.values()),
            "rejected_by_reason": dict(sorted(self.total_reasons.items())),
            "last_run": {
                "records": self.records,
                "rejected": self.rejected,
                "rejected_by_reason": dict(sorted(self.reasons.items())),
                "skipped_documents": self.skipped,
                "skipped_inputs": self.skipped_inputs,
                "seconds": round(self.elapsed, 3),
                "documents_per_second": round(self.docs_per_second, 3),
                "cpu_seconds": round(self.cpu_seconds, 3),
                "cpu_seconds_per_document": round(self.cpu_seconds / max(1, self.records + self.rejected), 4),
                "workers_replaced": self.replaced_workers,
                "interrupted": self.interrupted,
            },
        }


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_batch(
    inputs: Iterable[str],
    out: str | Path,
    settings: Settings,
    *,
    jobs: int = 2,
    fmt: str = "jsonl",
    part_size: int = 1000,
    progress: Callable[[BatchProgress], None] | None = None,
    fetcher: Fetcher | None = None,
) -> BatchReport:
    """Analyse every document of ``inputs`` (files, directories, ``.jsonl``, WARC, URLs, feeds, sitemaps)
    into ``out``, skipping what an earlier run there already wrote. Ctrl-C stops cleanly (the report
    says ``interrupted``; the same call resumes)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}", code="E013")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise InputError(_PARQUET_HINT, code="E018") from exc
    folder = _output_folder(out)
    done = _load_done(folder)
    report = BatchReport(out=folder)
    parts = {kind: _Parts(folder / kind, fmt, part_size, done.next_part[kind]) for kind in _KINDS}
    started = time.monotonic()
    cpu_started = _cpu_seconds()
    # per input: documents handed out and not yet written, and whether all of them have been read
    outstanding: Counter[str] = Counter()
    read_all: set[str] = set()
    input_of: dict[str, str] = {}
    marker = (folder / "inputs.done").open("a", encoding="utf-8")

    def finish(item: str) -> None:
        if item in read_all and outstanding[item] == 0:
            marker.write(item + "\n")
            marker.flush()
            read_all.discard(item)

    own_fetcher = None
    # documents handed out, by key, until their result comes back: a page without a year may be read again
    sent: dict[str, Document] = {}
    batch_days = BatchDays(settings)
    batch_names = BatchNames()

    def documents() -> Iterator[Any]:
        nonlocal own_fetcher
        from .ledger.api import documents as read

        for item in expand_inputs(inputs):
            if item in done.inputs:
                report.skipped_inputs += 1
                continue
            if fetcher is None and "://" in item and own_fetcher is None:
                own_fetcher = Fetcher(settings)
            for doc in read([item], settings, fetcher or own_fetcher):
                key = result_key(doc) if isinstance(doc, Rejected) else doc.source
                if key in done or key in input_of:
                    report.skipped += 1
                    continue
                input_of[key] = item
                outstanding[item] += 1
                if not isinstance(doc, Rejected):
                    sent[key] = doc
                yield doc
            read_all.add(item)
            finish(item)

    def tick() -> None:
        if progress is not None:
            progress(BatchProgress(report.records, report.rejected, report.skipped, time.monotonic() - started))

    try:
        with WorkerPool(settings, jobs) as pool:
            for returned in pool.map(documents(), ordered=False):
                key = result_key(returned)
                doc = sent.pop(key, None)
                result = batch_names.settle(returned if doc is None else batch_days.settle(doc, returned))
                if isinstance(result, Record):
                    parts["records"].add(key, "record", result)
                    report.records += 1
                    done.records.add(key)
                else:
                    reason = f"{result.stage}/{result.reason}"
                    parts["rejections"].add(key, reason, result)
                    report.rejected += 1
                    report.reasons[reason] += 1
                    done.rejections[key] = reason
                item = input_of.pop(key, None)
                if item is not None:
                    outstanding[item] -= 1
                    finish(item)
                tick()
            report.replaced_workers = pool.replaced
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        for part in parts.values():
            part.close()
        marker.close()
        if own_fetcher is not None:
            own_fetcher.close()
        report.elapsed = time.monotonic() - started
        report.cpu_seconds = _cpu_seconds() - cpu_started  # the workers are joined by now: their time counts
        report.total_records = len(done.records)
        report.total_reasons = Counter(done.rejections.values())
        stats = folder / "stats.tmp"
        stats.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
        stats.replace(folder / "stats.json")
    return report
