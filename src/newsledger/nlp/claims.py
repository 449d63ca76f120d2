"""Attributed numeric claims. (first version: none yet)"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..record import Claim, DateMention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_claims"]


def extract_claims(doc: Doc, quotes: list[Quote], dates: list[DateMention], published: date | None) -> list[Claim]:
    return []
