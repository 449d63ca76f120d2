"""A throwaway PostgreSQL server for tests and benchmarks: ``initdb`` and ``pg_ctl`` on a temporary
directory and a free loopback port, stopped (and its directory removed) by ``stop()``.

The ledger connects as an unprivileged role that has only what docs/ledger.md asks of a real server:
USAGE and CREATE on its schema (one fresh schema per ``new_ledger_url()``). ``initdb`` refuses to run
as root, so as root the server runs as ``nobody``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["PostgresServer", "find_pg_bin", "start_server"]

ROLE = "ledger_user"


def find_pg_bin() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``: $NEWSLEDGER_PG_BIN, then PATH, then the usual places."""
    candidates = [os.environ.get("NEWSLEDGER_PG_BIN", "")]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0))
    candidates += reversed(versions)
    candidates += ["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/pgsql/bin"]
    for candidate in candidates:
        if candidate and all((Path(candidate) / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bin: Path
    root: Path
    port: int
    run_as: dict[str, Any] = field(default_factory=dict)  # subprocess user/group when we are root
    _schemas: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def admin_url(self, database: str = "newsledger") -> str:
        return f"postgresql://newsledger@127.0.0.1:{self.port}/{database}"

    def url(self, schema: str) -> str:
        return f"postgresql://{ROLE}@127.0.0.1:{self.port}/newsledger?options=-csearch_path%3D{schema}"

    def admin(self, *statements: str, database: str = "newsledger") -> None:
        import psycopg

        with psycopg.connect(self.admin_url(database), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]  # our own literal SQL

    def new_ledger_url(self, prefix: str = "t") -> str:
        """A URL to a fresh, empty schema the ledger role may use (USAGE and CREATE, not owner)."""
        schema = f"{prefix}_{os.getpid()}_{next(self._schemas)}"
        self.admin(f"CREATE SCHEMA {schema}", f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {ROLE}")
        return self.url(schema)

    def stop(self) -> None:
        subprocess.run(
            [str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
            **self.run_as,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_server(bin_dir: Path, *, durable: bool = False) -> PostgresServer:
    """Start a server. ``durable``: keep fsync on (for benchmarks); tests run without it."""
    root = Path(tempfile.mkdtemp(prefix="newsledger-pg-"))
    run_as: dict[str, Any] = {}
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(root, nobody.pw_uid, nobody.pw_gid)
        run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
    env = {**os.environ, "LC_ALL": "C", "TZ": "UTC"}
    try:
        initdb = [str(bin_dir / "initdb"), "-D", str(root / "data"), "-A", "trust", "-U", "newsledger"]
        subprocess.run(
            [*initdb, "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
            capture_output=True,
            check=True,
            cwd=root,
            env=env,
            **run_as,
        )
        port = _free_port()
        options = f"-h 127.0.0.1 -p {port} -k {root} -c max_connections=60 -c shared_buffers=128MB"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "server.log")]
        subprocess.run(
            [*pg_ctl, "-w", "-t", "60", "-o", options, "start"],
            capture_output=True,
            check=True,
            cwd=root,
            env=env,
            **run_as,
        )
    except subprocess.CalledProcessError as exc:
        log = root / "server.log"
        detail = (exc.stderr or b"").decode(errors="replace") + (log.read_text() if log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"cannot start PostgreSQL ({' '.join(exc.cmd[:1])}): {detail}") from exc
    server = PostgresServer(bin_dir, root, port, run_as)
    try:
        server.admin(f"CREATE ROLE {ROLE} LOGIN", "CREATE DATABASE newsledger", database="postgres")
    except BaseException:
        server.stop()
        raise
    return server
