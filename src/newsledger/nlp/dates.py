"""Temporal expressions resolved against the publication date. (first version: none yet)"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..record import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_dates"]


def extract_dates(doc: Doc, reference: date | None) -> list[DateMention]:
    return []
