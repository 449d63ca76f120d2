"""The ledger's Python API: ingest files, URLs and feeds (or stored records) into a ledger.

from newsledger.ledger.api import ingest, open_ledger
report = ingest("article.html", "https://example.org/feed.xml", db="news.db")  # or db="postgresql://…"
with open_ledger("news.db", readonly=True) as ledger:
    for entry in ledger.timeline("Norvanian troops"):
        print(entry.as_of, entry.source, entry.value, entry.flags)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..fetch import Fetcher, is_url
from ..inputs import Document, read_inputs
from ..pipeline import analyze_documents, reanalyze_records, stale_stages
from ..record import Record, Rejected
from ..settings import Settings, load_settings
from .database import IngestReport, Ledger, ReanalyzeReport
from .records import read_records

__all__ = ["documents", "ingest", "ingest_records", "open_ledger", "reanalyze", "to_reanalyze"]


def open_ledger(
    db: str | Path | None = None,
    *,
    settings: Settings | None = None,
    readonly: bool = False,
    create: bool = True,
) -> Ledger:
    """Open the ledger at ``db`` (a SQLite file or a ``postgresql://`` URL), or at the setting ``db_path``.

    ``readonly``: for queries only (nothing is written on open). ``create``: make the ledger when there
    is none; otherwise a missing ledger is a ``StoreError`` (E090). Either way, a ledger of an older
    schema is migrated by a writer and refused by a reader (E092); a newer one is refused (E091).
    """
    settings = settings or load_settings()
    return Ledger(db or settings.db_path, settings, readonly=readonly, create=create)


def documents(
    inputs: Iterable[str], settings: Settings, fetcher: Fetcher | None = None
) -> Iterator[Document | Rejected]:
    """Documents from paths, ``.jsonl`` batches, ``-`` (stdin), page URLs and RSS/Atom feed URLs, in order."""
    own = None
    try:
        for item in inputs:
            if is_url(item):
                if fetcher is None:
                    fetcher = own = Fetcher(settings)
                yield from fetcher.documents([item])
            else:
                yield from read_inputs([item], max_bytes=settings.max_input_bytes, read_timeout=settings.read_timeout)
    finally:
        if own is not None:
            own.close()


def ingest(
    *inputs: str | Path,
    db: str | Path | None = None,
    settings: Settings | None = None,
    fetcher: Fetcher | None = None,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Analyse the inputs with the pipeline and store them; rejected inputs are counted and stored."""
    settings = settings or load_settings()
    results = analyze_documents(documents([str(i) for i in inputs], settings, fetcher), settings)
    with open_ledger(db, settings=settings) as ledger:
        return ledger.ingest(results, batch_size=batch_size, progress=progress)


def ingest_records(
    *paths: str | Path,
    db: str | Path | None = None,
    settings: Settings | None = None,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store already-analysed records (``.jsonl`` of ``newsledger.record/1`` lines) without re-analysing."""

    def records() -> Iterator[Record | Rejected]:
        for path in paths:
            yield from read_records(path)

    with open_ledger(db, settings=settings) as ledger:
        return ledger.ingest(records(), batch_size=batch_size, progress=progress)


def _stale(stages: dict[str, str]) -> bool:
    return bool(stale_stages(stages))


def to_reanalyze(ledger: Ledger) -> int:
    """How many articles ``reanalyze`` would analyse again."""
    return len(ledger.stale_articles(_stale))


def reanalyze(
    ledger: Ledger,
    *,
    batch_size: int = 50,
    progress: Callable[[int], None] | None = None,
) -> ReanalyzeReport:
    """Run the analysis again, in place, on the stored articles whose analysis stages are older than this
    version's (``pipeline.STAGE_VERSIONS``): their records, quotes and claims are replaced, no revision added."""
    settings = ledger.settings

    def analyse(records: list[Record]) -> Iterator[Record | Rejected]:
        return reanalyze_records(records, settings)

    return ledger.reanalyze(analyse, _stale, batch_size=batch_size, progress=progress)
