"""One exception hierarchy for newsledger.

::

    LedgerError                 root; every error carries a stable code ("E000")
    ├── InternalError           E001: a bug; the CLI shows it as one line, never a traceback
    ├── ArgumentError           E002: a command line that cannot run (unknown option, bad value)
    ├── InputError              a path, URL or batch line that cannot be read
    ├── FetchError              network fetch failed (status, robots.txt, size cap)
    ├── ExtractionError         page could not be turned into an article
    ├── NLPError                the language pipeline failed or its model is missing
    ├── StoreError              the ledger database refused an operation
    ├── ConfigError             a setting is unknown or has a bad value
    ├── RequestError            an HTTP request the server (``newsledger serve``) refuses
    └── OutputError             E080: an export cannot be written (missing folder, full disk)

Rejections of single inputs in a batch are *values* (``record.Rejected``), not exceptions:
these errors are for failures the caller must handle.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "ConfigError",
    "ExtractionError",
    "FetchError",
    "InputError",
    "InternalError",
    "LedgerError",
    "NLPError",
    "OutputError",
    "RequestError",
    "StoreError",
]


class LedgerError(Exception):
    """Root of newsledger's errors. ``code`` is stable and greppable; ``source`` names the input."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        self.source = source
        self.message = message
        super().__init__(f"[{self.code}] {message}" + (f" ({source})" if source else ""))


class InternalError(LedgerError):
    code = "E001"


class ArgumentError(LedgerError):
    code = "E002"


class InputError(LedgerError):
    code = "E010"


class FetchError(LedgerError):
    code = "E020"


class ExtractionError(LedgerError):
    code = "E030"


class NLPError(LedgerError):
    code = "E040"


class StoreError(LedgerError):
    code = "E050"


class ConfigError(LedgerError):
    code = "E060"


class RequestError(LedgerError):
    """Codes: E071 bad parameter, E072 body too large, E073 not found, E074 token missing or wrong,
    E075 cross-site write refused, E076 Host not served, E077 too many exports at once."""

    code = "E070"


class OutputError(LedgerError):
    code = "E080"
