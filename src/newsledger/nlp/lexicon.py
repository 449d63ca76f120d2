"""Word lists are data: one file per list in ``nlp/lexicons/``, read once per process.

A list file holds lower-case words separated by whitespace; a line with ``|`` holds phrases separated by
``|`` instead ("the media | the press"); ``#`` starts a comment. A mapping file (``table``) holds
``key, key: value`` lines. Lists hold general vocabulary only, never the names of particular outlets,
people or organisations.
"""

from __future__ import annotations

import functools
from importlib.resources import files

__all__ = ["table", "words"]


def _lines(name: str) -> list[str]:
    text = files("newsledger.nlp").joinpath(f"lexicons/{name}.txt").read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of list ``name``."""
    out: set[str] = set()
    for line in _lines(name):
        if "|" in line:
            out.update(p.strip() for p in line.split("|") if p.strip())
        else:
            out.update(line.split())
    return frozenset(out)


@functools.cache
def table(name: str) -> dict[str, str]:
    """The ``key: value`` pairs of mapping ``name`` (keys sharing a value share a line: ``a, b: value``)."""
    out: dict[str, str] = {}
    for line in _lines(name):
        keys, _, value = line.partition(":")
        for key in keys.split(","):
            if key.strip():
                out[key.strip()] = value.strip()
    return out
