"""Helpers shared by the claims tests: run the stage on a fictional sentence, pick a claim by value."""

from __future__ import annotations

from datetime import date

from newsledger.nlp.claims import extract_claims
from newsledger.nlp.dates import extract_dates
from newsledger.nlp.engine import load_nlp
from newsledger.nlp.entities import extract_entities
from newsledger.nlp.quotes import extract_quotes
from newsledger.nlp.speakers import speakers_for
from newsledger.record import Claim, Quote

__all__ = ["PUBLISHED", "by_value", "claims"]

PUBLISHED = date(2024, 10, 29)  # a Tuesday


def claims(text: str, quotes: list[Quote] | None = None, published: date | None = PUBLISHED) -> list[Claim]:
    """The claims of ``text`` through the real model (and the real quotes stage unless ``quotes`` are given);
    every evidence span must index the text."""
    doc = load_nlp()(text)
    speakers = speakers_for(doc, extract_entities(doc))
    dates = extract_dates(doc, published)
    if quotes is None:
        quotes = extract_quotes(doc, speakers, dates)
    found = extract_claims(doc, quotes, dates, published, speakers)
    for c in found:
        assert text[c.start : c.end] == c.text
    return found


def by_value(found: list[Claim], value: float) -> Claim:
    hits = [c for c in found if c.value == value]
    assert hits, f"no claim of {value} in {[(c.value, c.text) for c in found]}"
    return hits[0]
