"""Quotes and attributions with resolved speakers. (first version: none yet)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import DateMention, Entity, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, entities: list[Entity], dates: list[DateMention]) -> list[Quote]:
    return []
