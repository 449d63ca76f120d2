"""A time limit per document, and worker processes that analyse documents under it.

``time_limit(seconds)`` raises ``DocumentTimeout`` inside the running code when the time is up (a
``SIGALRM`` timer: the main thread of a POSIX process only). It is a ``BaseException`` so that the
stages' own ``except Exception`` handlers do not turn it into an ordinary error.

``WorkerPool`` runs ``pipeline.analyze_document`` in worker processes that each load the spaCy
pipeline once, take one document at a time and send back plain records. A worker enforces the
limit itself; one that does not come back (stuck in C code, stopped) is killed at the limit plus a
grace, its document becomes a ``timeout`` rejection, and a fresh worker takes its place, so the
rest of the batch is not lost.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from .errors import LedgerError, NLPError
from .record import Record, Rejected

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from .inputs import Document
    from .settings import Settings

__all__ = ["DocumentTimeout", "WorkerPool", "hard_limit", "time_limit", "timeout_rejection"]

STAGE = "analyze"


class DocumentTimeout(BaseException):
    """The document's time is up (raised by ``time_limit``)."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in this thread once ``seconds`` have passed (no limit when ``seconds <= 0``,
    off the main thread, or where ``SIGALRM`` does not exist)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    outer = signal.getitimer(signal.ITIMER_REAL)[0]
    if outer and outer <= seconds:  # a caller's own timer fires first: leave it alone
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeout(seconds)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # the caller's timer goes on with the time it had left
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


def hard_limit(seconds: float) -> float:
    """When the pool kills a worker that overran ``seconds``: a quarter more, at least 2 s more."""
    return seconds + max(2.0, seconds / 4)


def timeout_rejection(doc: Document, seconds: float, where: str) -> Rejected:
    return Rejected(
        STAGE,
        "timeout",
        f"analysis ran past the time limit of {seconds:g} s (setting time_limit) {where}",
        id=doc.id,
        source=doc.source,
    )


# ---------------------------------------------------------------- worker side


def _worker_main(conn: Connection, settings: Settings) -> None:
    """One worker: load the pipeline, then analyse documents one by one until told to stop (``None``)."""
    from .nlp.engine import load_nlp
    from .pipeline import analyze_document

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    try:
        nlp = load_nlp(settings.spacy_model)
        nlp("warm up")  # the first call allocates; keep it out of the first document's time
    except Exception as exc:
        code = exc.code if isinstance(exc, LedgerError) else "E040"
        message = exc.message if isinstance(exc, LedgerError) else f"{type(exc).__name__}: {exc}"
        conn.send(("error", code, message))
        return
    conn.send(("ready",))
    # a thread takes documents off the pipe while this (main) thread analyses, so the parent can queue the
    # next document without blocking on a full pipe; the time limit's timer needs the main thread
    tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                task = None
            tasks.put(task)
            if task is None:
                return

    threading.Thread(target=receive, daemon=True).start()
    while True:
        task = tasks.get()
        if task is None:
            return
        seq, doc = task
        result = analyze_document(doc, settings, nlp)
        try:
            conn.send(("result", seq, result))
        except (BrokenPipeError, EOFError):
            return  # the parent is gone (killed): so is its batch


# ---------------------------------------------------------------- parent side


# documents queued on one worker: the one it works on and the next, so it never waits for the parent
_DEPTH = 2


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    tasks: deque[tuple[int, Document]] = field(default_factory=deque)
    started: float = 0.0  # when it started on tasks[0]


@dataclass(slots=True)
class WorkerPool:
    """``jobs`` worker processes (spawned: a forked copy of a loaded pipeline is not safe).

    Use as a context manager; ``map`` yields one result per input, in input order or (``ordered=False``)
    as they finish. ``Rejected`` inputs pass through untouched.
    """

    settings: Settings
    jobs: int
    replaced: int = 0  # workers killed at the hard limit or lost, and started again
    _workers: list[_Worker] = field(default_factory=list)
    _context: Any = None

    def __enter__(self) -> WorkerPool:
        self._context = multiprocessing.get_context("spawn")
        self._workers = [self._start() for _ in range(self.jobs)]
        return self

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child, self.settings), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(kill=exc_type is not None)

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: asked to finish, or (``kill``, after an error or Ctrl-C) killed at once."""
        for w in self._workers:
            with contextlib.suppress(OSError):
                if kill:
                    w.process.kill()
                else:
                    w.conn.send(None)
        deadline = time.monotonic() + 5
        for w in self._workers:
            w.process.join(max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
        self._workers = []

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._workers[self._workers.index(worker)] = self._start()
        self.replaced += 1

    def map(self, docs: Iterable[Document | Rejected], *, ordered: bool = True) -> Iterator[Record | Rejected]:
        limit = self.settings.time_limit
        kill_after = hard_limit(limit) if limit > 0 else None
        source = enumerate(docs)
        retry: deque[tuple[int, Document]] = deque()  # queued on a worker that was replaced, not started
        exhausted = False
        done: dict[int, Record | Rejected] = {}
        next_out = 0
        in_flight = 0

        def take() -> tuple[int, Document] | None:
            nonlocal exhausted
            if retry:
                return retry.popleft()
            while not exhausted:
                try:
                    seq, doc = next(source)
                except StopIteration:
                    exhausted = True
                    return None
                if isinstance(doc, Rejected):
                    done[seq] = doc
                    continue
                return seq, doc
            return None

        def feed(worker: _Worker) -> None:
            nonlocal in_flight
            while len(worker.tasks) < _DEPTH:
                task = take()
                if task is None:
                    return
                if not worker.tasks:
                    worker.started = time.monotonic()
                worker.tasks.append(task)
                worker.conn.send(task)
                in_flight += 1

        while True:
            for worker in self._workers:
                if worker.ready:
                    feed(worker)
            # results in order (or as they come), then stop once every input has one
            while (next_out in done) if ordered else done:
                key = next_out if ordered else next(iter(done))
                yield done.pop(key)
                next_out += 1
            if exhausted and not retry and in_flight == 0 and not done:
                return
            timeout = None
            if kill_after is not None:
                busy = [w.started for w in self._workers if w.tasks]
                if busy:
                    timeout = max(0.0, min(busy) + kill_after - time.monotonic())
            ready = wait([w.conn for w in self._workers] + [w.process.sentinel for w in self._workers], timeout)
            now = time.monotonic()
            for worker in list(self._workers):
                lost = False
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        lost = True
                        worker.process.join(5)
                    else:
                        if message[0] == "ready":
                            worker.ready = True
                        elif message[0] == "error":
                            raise NLPError(f"a worker could not start: {message[2]}", code=message[1])
                        else:
                            _, seq, result = message
                            done[seq] = result
                            worker.tasks.popleft()
                            worker.started = now  # it goes straight on to the next queued document
                            in_flight -= 1
                        continue
                overran = bool(worker.tasks) and kill_after is not None and now - worker.started >= kill_after
                if lost or worker.process.sentinel in ready or overran:
                    if not worker.ready:
                        code = worker.process.exitcode
                        raise NLPError(f"a worker died while loading the pipeline (exit code {code})", code="E042")
                    if worker.tasks:
                        seq, doc = worker.tasks.popleft()
                        if overran:
                            done[seq] = timeout_rejection(doc, limit, "and its worker was stopped and replaced")
                        else:
                            done[seq] = Rejected(
                                STAGE,
                                "crashed",
                                f"the worker analysing it died (exit code {worker.process.exitcode}) and was replaced",
                                id=doc.id,
                                source=doc.source,
                            )
                        in_flight -= 1 + len(worker.tasks)
                        retry.extend(worker.tasks)
                    self._replace(worker)
