"""Stage ``nlp``: spaCy parses the body once; our own rules find entities, dates, quotes and claims.

spaCy is the engine here, never the data model: every function returns record dataclasses.
"""

from __future__ import annotations

from .engine import load_nlp

__all__ = ["load_nlp"]
