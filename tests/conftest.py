"""Shared test fixtures. Tests needing ../shared are marked ``shared`` and skip when it is absent."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest
from hypothesis import settings

from pg_server import PostgresServer, find_pg_bin, start_server

# CI runs the same examples every time (a red CI must mean a regression); locally they vary.
# No per-example deadline anywhere: on a loaded two-core machine the first example of a
# test pays for lazy imports, and a timing failure there says nothing about the parser.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).resolve().parent / "golden" / "baseline.json"
EXAMPLES = ROOT / "src" / "newsledger" / "examples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason=f"../shared (real evaluation articles) is not beside the checkout: {SHARED}")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


def baseline_floor(key: str) -> Any:
    """The pinned score floor for ``key`` (floors only go up: see benchmarks/gate.py)."""
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    if key not in floors:
        pytest.fail(f"no floor {key!r} in {BASELINE}")
    return floors[key]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"../shared is absent: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsledger.nlp.engine import load_nlp

    return load_nlp()


# ------------------------------------------------------------------ ledger backends
# Ledger tests take the `backend` fixture and run once on SQLite and once on a real PostgreSQL server
# that the session starts itself (tests/pg_server.py) and stops at the end.

BACKENDS = ("sqlite", "postgresql")


def _no_postgres(reason: str) -> NoReturn:
    # CI (.ci/run) installs the server and sets NEWSLEDGER_REQUIRE_POSTGRES: there, a missing one is a failure
    if os.environ.get("NEWSLEDGER_REQUIRE_POSTGRES"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgres("psycopg is not installed: pip install -e '.[dev]' (or '.[postgres]')")
    bin_dir = find_pg_bin()
    if bin_dir is None:
        _no_postgres(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package `postgresql` "
            "or set NEWSLEDGER_PG_BIN (.ci/run installs it)"
        )
    server = start_server(bin_dir)
    yield server
    server.stop()


@dataclass
class Backend:
    """Where a test's ledgers live: ``target()`` is what ``--db`` takes, a fresh ledger each call."""

    name: str
    tmp_path: Path
    server: PostgresServer | None = None
    _count: int = 0

    def target(self) -> str:
        self._count += 1
        if self.server is not None:
            return self.server.new_ledger_url()
        return str(self.tmp_path / f"ledger-{self._count}.db")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "postgresql":
        return Backend("postgresql", tmp_path, request.getfixturevalue("pg_server"))
    return Backend("sqlite", tmp_path)


@pytest.fixture
def db(backend: Backend) -> str:
    """A fresh ledger target on the test's backend."""
    return backend.target()


def sql(target: str, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of ``query`` on the ledger at ``target`` (read-only), for checks below the public API."""
    from newsledger.ledger import Ledger

    with Ledger(target, readonly=True) as ledger, ledger._reading(limited=False) as session:
        return session.all(query, params)
