"""What one server holds: read-only ledger connections, one writer, the analysis thread and ingest jobs.

SQLite connections belong to the thread that opened them, so each kind of work has its own
threads: ``serve_readers`` reader threads each open a read-only ``Ledger`` (WAL: they read the
last committed state while an ingest writes); one writer thread owns the only writing
``Ledger`` (ingest batches, speaker merge and split); one analysis thread runs the spaCy
pipeline (analyze requests and ingest jobs, one at a time: the model is not shared between
threads). An ingest job analyses in the analysis thread and hands each batch to the writer.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

from ..errors import LedgerError, RequestError
from ..inputs import Document, document_from_string
from ..ledger import Ledger
from ..ledger.export import export_rows
from ..pipeline import analyze_documents
from ..record import Record, Rejected
from ..settings import Settings
from .guard import Resolver, check_url, guarded_fetcher

__all__ = ["IngestJob", "IngestRequest", "ServerState"]

T = TypeVar("T")
JOB_BATCH = 10  # records per write: progress shows, and the write lock is held briefly
KEEP_JOBS = 200


@dataclass(slots=True)
class IngestRequest:
    """One ingest: a URL (page or feed), or a body given as text or HTML."""

    url: str | None = None
    text: str | None = None
    html: str | None = None
    published: str | None = None
    is_body: bool = False
    id: str | None = None

    @property
    def label(self) -> str:
        if self.url:
            return self.url
        content = self.text if self.text is not None else self.html or ""
        return f"pasted {'HTML' if self.html is not None else 'text'} ({len(content):,} characters)"


@dataclass(slots=True)
class IngestJob:
    id: str
    source: str
    status: str = "queued"  # queued | running | done | failed
    seen: int = 0
    added: int = 0
    revised: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejections: list[dict[str, Any]] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    error: dict[str, str] | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "status": self.status,
            "seen": self.seen,
            "added": self.added,
            "revised": self.revised,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "rejections": list(self.rejections),
            "articles": list(self.articles),
            "error": self.error,
        }


class ServerState:
    """The ledger connections and worker threads of one app; ``close()`` ends them."""

    def __init__(
        self,
        db: str | Path,
        settings: Settings,
        *,
        fetch_transport: httpx.BaseTransport | None = None,
        resolve: Resolver | None = None,
    ) -> None:
        self.db = str(db)
        self.settings = settings
        self._fetch_transport = fetch_transport
        self._resolve = resolve
        self._local = threading.local()
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="newsledger-write")
        self._analysis = ThreadPoolExecutor(1, thread_name_prefix="newsledger-nlp")
        self._readers = ThreadPoolExecutor(max(1, settings.serve_readers), thread_name_prefix="newsledger-read")
        self._jobs: OrderedDict[str, IngestJob] = OrderedDict()
        self._jobs_lock = threading.Lock()
        self._exports = threading.BoundedSemaphore(2)
        self._stats: tuple[float, dict[str, int]] | None = None
        # the writer opens (and so creates) the ledger before any reader opens it
        self._writer.submit(self._writing_ledger).result()

    # ------------------------------------------------------------ connections

    def _writing_ledger(self) -> Ledger:
        ledger: Ledger | None = getattr(self._local, "writer", None)
        if ledger is None:
            ledger = self._local.writer = Ledger(self.db, self.settings)
        return ledger

    def _reading_ledger(self) -> Ledger:
        ledger: Ledger | None = getattr(self._local, "reader", None)
        if ledger is None:
            ledger = self._local.reader = Ledger(self.db, self.settings, readonly=True)
        return ledger

    async def read(self, fn: Callable[[Ledger], T]) -> T:
        """Run ``fn`` with a read-only ledger in a reader thread."""
        return await asyncio.wrap_future(self._readers.submit(lambda: fn(self._reading_ledger())))

    async def stats(self, max_age: float = 5.0) -> dict[str, int]:
        """The ledger's counts for display, at most ``max_age`` seconds old (they scan whole tables)."""
        if self._stats is None or time.monotonic() - self._stats[0] > max_age:
            self._stats = (time.monotonic(), await self.read(lambda ledger: ledger.stats()))
        return self._stats[1]

    def write_sync(self, fn: Callable[[Ledger], T]) -> T:
        return self._writer.submit(lambda: fn(self._writing_ledger())).result()

    async def write(self, fn: Callable[[Ledger], T]) -> T:
        """Run ``fn`` with the writing ledger in the writer thread."""
        return await asyncio.wrap_future(self._writer.submit(lambda: fn(self._writing_ledger())))

    async def analyze(self, doc: Document) -> Record | Rejected:
        """Analyse one document in the analysis thread; nothing is stored."""

        def run() -> Record | Rejected:
            return next(analyze_documents([doc], self.settings))

        return await asyncio.wrap_future(self._analysis.submit(run))

    def close(self) -> None:
        def close_writer() -> None:
            ledger: Ledger | None = getattr(self._local, "writer", None)
            if ledger is not None:
                ledger.close()

        self._analysis.shutdown(wait=True, cancel_futures=True)
        self._writer.submit(close_writer).result()
        self._writer.shutdown(wait=True)
        # reader threads end here; their thread-local connections are closed as they go
        self._readers.shutdown(wait=True)

    # ------------------------------------------------------------ ingest jobs

    async def check_url(self, url: str) -> None:
        """Refuse a URL to ingest at once (scheme, credentials, non-public host); hops are checked while fetching."""
        extra: tuple[Resolver, ...] = (self._resolve,) if self._resolve else ()
        await asyncio.to_thread(check_url, url, *extra)

    def job(self, job_id: str) -> IngestJob | None:
        with self._jobs_lock:
            return self._jobs.get(job_id)

    def start_ingest(self, request: IngestRequest) -> tuple[IngestJob, Future[None]]:
        job = IngestJob(id=uuid.uuid4().hex[:12], source=request.label)
        with self._jobs_lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.popitem(last=False)
        return job, self._analysis.submit(self._run_ingest, job, request)

    def _documents(self, request: IngestRequest) -> Iterator[Document | Rejected]:
        if request.url:
            extra: dict[str, Any] = {"resolve": self._resolve} if self._resolve else {}
            with guarded_fetcher(self.settings, transport=self._fetch_transport, **extra) as fetcher:
                yield from fetcher.documents([request.url])
            return
        html = request.html is not None
        content = (request.html if html else request.text) or ""
        doc_id = request.id or "web-" + hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        yield document_from_string(
            content,
            id=doc_id,
            kind="html" if html else "text",
            published=request.published,
            is_body=request.is_body and not html,
            source="<web>",
        )

    def _run_ingest(self, job: IngestJob, request: IngestRequest) -> None:
        job.status = "running"
        try:
            batch: list[Record | Rejected] = []
            for result in analyze_documents(self._documents(request), self.settings):
                job.seen += 1
                batch.append(result)
                if len(batch) >= JOB_BATCH:
                    self._store(job, batch)
                    batch = []
            if batch:
                self._store(job, batch)
            job.status = "done"
        except LedgerError as exc:
            job.status = "failed"
            job.error = {"code": exc.code, "message": exc.message}
        except Exception as exc:  # a job must end with a status, whatever broke
            job.status = "failed"
            job.error = {"code": "E000", "message": f"{type(exc).__name__}: {exc}"}
        finally:
            job.finished = time.time()

    def _store(self, job: IngestJob, batch: list[Record | Rejected]) -> None:
        def work(ledger: Ledger) -> list[int]:
            report = ledger.ingest(batch)
            job.added += report.added
            job.revised += report.revised
            job.unchanged += report.unchanged
            job.rejected += report.rejected
            job.rejections.extend(r.to_dict()["rejected"] for r in report.rejections)
            ids = []
            for item in batch:
                if isinstance(item, Record):
                    key = f"url:{item.article.url}" if item.article.url else f"id:{item.id}"
                    found = ledger.article(key)
                    if found is not None:
                        ids.append(int(found["id"]))
            return ids

        job.articles.extend(self.write_sync(work))

    # ------------------------------------------------------------ exports

    async def export(self, table: str, fmt: str) -> AsyncIterator[bytes]:
        """The rows of ``table`` as JSONL or CSV, produced by a thread of its own with its own connection."""
        import queue

        chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=64)
        stop = threading.Event()

        class _Sink:
            """A text stream handing 64 kB chunks to the response."""

            def __init__(self) -> None:
                self.parts: list[str] = []
                self.size = 0

            def write(self, text: str) -> int:
                self.parts.append(text)
                self.size += len(text)
                if self.size >= 65_536:
                    self.flush()
                return len(text)

            def flush(self) -> None:
                data = "".join(self.parts).encode("utf-8")
                self.parts, self.size = [], 0
                while not stop.is_set():
                    try:
                        chunks.put(data, timeout=0.5)
                        return
                    except queue.Full:
                        continue
                raise _Stopped

        def produce() -> None:
            try:
                sink = _Sink()
                with Ledger(self.db, self.settings, readonly=True) as ledger:
                    export_rows(ledger.rows(table), fmt, sink)  # type: ignore[arg-type]
                sink.flush()
                chunks.put(None)
            except _Stopped:
                pass
            except BaseException as exc:  # handed to the response, which ends the stream
                chunks.put(exc)
            finally:
                self._exports.release()

        if not self._exports.acquire(blocking=False):
            raise RequestError("two exports are running already; try again when one ends", code="E077")
        threading.Thread(target=produce, name="newsledger-export", daemon=True).start()
        loop = asyncio.get_running_loop()
        try:
            while True:
                item = await loop.run_in_executor(None, chunks.get)
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()


class _Stopped(Exception):
    """The client went away: the export thread stops."""
