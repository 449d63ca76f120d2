"""Corpus inputs: directories walked recursively into the files newsledger reads.

A directory stands for every file under it whose name says it is an input (``.html``, ``.htm``,
``.xhtml``, ``.txt``, ``.jsonl``, ``.warc``, ``.warc.gz``), in sorted path order so that two runs
see the same sequence; hidden files and folders (``.git``) are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["INPUT_SUFFIXES", "expand_inputs", "walk_directory"]

INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".jsonl", ".warc", ".warc.gz")


def walk_directory(root: str | Path) -> Iterator[str]:
    """The input files under ``root``, recursively, sorted."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            os.path.join(folder, f) for f in files if not f.startswith(".") and f.lower().endswith(INPUT_SUFFIXES)
        )
    yield from sorted(found)


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Inputs with each directory replaced by the input files under it; URLs, files and ``-`` as given."""
    for item in inputs:
        if item != "-" and "://" not in item and Path(item).is_dir():
            yield from walk_directory(item)
        else:
            yield item
