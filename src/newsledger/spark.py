"""The pipeline on Spark: the same ``analyze_document`` in ``mapPartitions``, Parquet records out.

``run_spark`` (``newsledger spark`` or ``spark-submit`` on this file) reads

* WARC / WARC.gz files: each file is cut into slices (records ``k`` modulo ``n``) so that one file
  keeps several cores busy; an executor opens the path itself (a path with a scheme such as
  ``s3a://`` or ``gs://`` through ``fsspec``, which must then be installed on the executors);
* ``.jsonl`` input batches (the lines ``analyze --jsonl`` reads), sliced the same way;
* Parquet tables of inputs (columns ``id``, ``text`` or ``html``, and optionally ``url``,
  ``published``, ``is_body``), read by Spark itself,

and writes ``OUT/records`` and ``OUT/rejections`` as Parquet with the columns of
``batch.RECORD_COLUMNS`` and ``batch.REJECTION_COLUMNS``. The spaCy pipeline is loaded once per
executor Python process (``load_nlp`` is cached and Spark reuses its Python workers). Records are
the ones ``newsledger batch`` writes for the same inputs, byte for byte.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from .batch import RECORD_COLUMNS, REJECTION_COLUMNS, record_row, rejection_row
from .corpus import expand_inputs
from .errors import ConfigError
from .inputs import Document, document_from_string, read_inputs
from .pipeline import analyze_document
from .record import Record, Rejected
from .settings import Settings
from .warc import is_warc, warc_documents

__all__ = ["analyze_rows", "analyze_slices", "main", "run_spark"]

_COLUMNS = ("kind", *dict.fromkeys(RECORD_COLUMNS + REJECTION_COLUMNS))
SPARK_HINT = "the spark command needs pyspark: pip install 'newsledger[spark]'"


def _row(result: Record | Rejected) -> tuple[Any, ...]:
    if isinstance(result, Record):
        values = {"kind": "record", **record_row(result)}
    else:
        values = {"kind": "rejected", **rejection_row(result)}
    return tuple(values.get(c) for c in _COLUMNS)


def _open(path: str) -> Any:
    if "://" not in path or path.startswith("file://"):
        return open(path.removeprefix("file://"), "rb")
    import fsspec

    return fsspec.open(path, "rb").open()


def _slice_documents(task: tuple[str, int, int], settings: Settings) -> Iterator[Document | Rejected]:
    path, k, n = task
    if is_warc(path):
        with _open(path) as fh:
            yield from warc_documents(path, max_bytes=settings.max_input_bytes, select=(k, n), stream=fh)
        return
    for i, doc in enumerate(read_inputs([path], max_bytes=settings.max_input_bytes)):
        if i % n == k:
            yield doc


def _analyze(docs: Iterable[Document | Rejected], settings: Settings) -> Iterator[tuple[Any, ...]]:
    for doc in docs:
        yield _row(doc if isinstance(doc, Rejected) else analyze_document(doc, settings))


def analyze_slices(settings: Settings, tasks: Iterable[tuple[str, int, int]]) -> Iterator[tuple[Any, ...]]:
    """``mapPartitions`` over ``(path, k, n)`` slices of WARC and ``.jsonl`` files: one row per document."""
    for task in tasks:
        yield from _analyze(_slice_documents(task, settings), settings)


def analyze_rows(settings: Settings, rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """``mapPartitions`` over the rows of a Parquet table of inputs: one row per document."""

    def documents() -> Iterator[Document | Rejected]:
        for row in rows:
            d = row.asDict()
            html = d.get("html")
            content = html if html is not None else d.get("text")
            id_ = str(d.get("id"))
            source = f"parquet:{id_}"
            if not isinstance(content, str) or not content.strip():
                yield Rejected("read", "empty", 'the row has no "text" or "html"', id=id_, source=source)
                continue
            is_body = bool(d.get("is_body")) and html is None
            yield document_from_string(
                content,
                id=id_,
                kind="html" if html is not None else None,
                url=d.get("url"),
                published=d.get("published"),
                is_body=is_body,
                source=source,
            )

    yield from _analyze(documents(), settings)


def _tasks(files: list[str], partitions: int) -> list[tuple[str, int, int]]:
    """Each WARC or ``.jsonl`` file cut into enough slices that all files together give ``partitions`` tasks."""
    if not files:
        return []
    per_file = max(1, math.ceil(partitions / len(files)))
    return [(f, k, per_file) for f in files for k in range(per_file)]


def run_spark(
    inputs: list[str],
    out: str,
    settings: Settings,
    *,
    master: str | None = None,
    partitions: int | None = None,
    session: Any = None,
) -> dict[str, Any]:
    """Analyse ``inputs`` on Spark into ``out``/records and ``out``/rejections; returns the counts.

    ``session`` is a running ``SparkSession`` to use (left running); otherwise one is started
    (``master``, else what ``spark-submit`` configured, else ``local[*]``) and stopped at the end.
    """
    try:
        from pyspark import StorageLevel
        from pyspark.sql import SparkSession
        from pyspark.sql import functions as F
        from pyspark.sql.types import StringType, StructField, StructType
    except ImportError as exc:
        raise ConfigError(SPARK_HINT, code="E066") from exc
    started = time.monotonic()
    spark = session
    if spark is None:
        builder = SparkSession.builder.appName("newsledger")
        if master:
            builder = builder.master(master)
        elif not SparkSession.getActiveSession():
            from pyspark import SparkConf

            if not SparkConf().contains("spark.master"):
                builder = builder.master("local[*]")
        spark = builder.getOrCreate()
    try:
        sc = spark.sparkContext
        paths = list(expand_inputs(inputs))
        tables = [p for p in paths if p.rstrip("/").endswith(".parquet")]
        files = [p for p in paths if p not in tables]
        unknown = [p for p in files if not (is_warc(p) or p.endswith(".jsonl"))]
        if unknown:
            raise ConfigError(f"spark reads WARC, .jsonl and Parquet inputs; not {', '.join(unknown[:3])}", code="E067")
        tasks = _tasks(files, partitions or sc.defaultParallelism)
        rdd = sc.parallelize(tasks, max(1, len(tasks))).mapPartitions(partial(analyze_slices, settings))
        if tables:
            rdd = rdd.union(spark.read.parquet(*tables).rdd.mapPartitions(partial(analyze_rows, settings)))
        schema = StructType([StructField(c, StringType()) for c in _COLUMNS])
        # both writes read the analysed rows from this cache; nothing is analysed twice
        df = spark.createDataFrame(rdd, schema).persist(StorageLevel.MEMORY_AND_DISK)
        base = out.rstrip("/")
        df.filter(F.col("kind") == "record").select(*RECORD_COLUMNS).write.mode("overwrite").parquet(f"{base}/records")
        rejected = df.filter(F.col("kind") == "rejected").select(*REJECTION_COLUMNS)
        rejected.write.mode("overwrite").parquet(f"{base}/rejections")
        counts = df.groupBy("kind", "stage", "reason").count().collect()
        df.unpersist()
    finally:
        if session is None:
            spark.stop()
    by_reason = {f"{r['stage']}/{r['reason']}": r["count"] for r in counts if r["kind"] == "rejected"}
    return {
        "records": sum(r["count"] for r in counts if r["kind"] == "record"),
        "rejected": sum(by_reason.values()),
        "rejected_by_reason": by_reason,
        "seconds": time.monotonic() - started,
    }


def main(argv: list[str] | None = None) -> None:
    """``spark-submit newsledger/spark.py INPUT... --out DIR``: the same as ``newsledger spark``."""
    from .cli import cli

    cli(["spark", *(sys.argv[1:] if argv is None else argv)], prog_name="newsledger")


if __name__ == "__main__":  # pragma: no cover - spark-submit runs this file
    main()
