"""Helpers shared by the claims tests: run the stage on a fictional sentence, pick a claim by value."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from newsledger.api import analyze_text
from newsledger.nlp.claims import extract_claims
from newsledger.nlp.dates import extract_dates
from newsledger.nlp.engine import load_nlp
from newsledger.nlp.entities import extract_entities
from newsledger.nlp.quotes import extract_quotes
from newsledger.nlp.speakers import speakers_for
from newsledger.record import Claim, Quote, Record

__all__ = ["PUBLISHED", "by_value", "claims", "claims_of", "parsed", "record_of"]

PUBLISHED = date(2024, 10, 29)  # a Tuesday


def claims(text: str, quotes: list[Quote] | None = None, published: date | None = PUBLISHED) -> list[Claim]:
    """The claims of ``text`` through the real model (and the real quotes stage unless ``quotes`` are given);
    every evidence span must index the text."""
    return claims_of(load_nlp()(text), quotes, published)


def record_of(text: str, published: str = "2026-11-20") -> Record:
    """The record of a body ``text`` through the whole pipeline, which parses it a paragraph at a time (a list item,
    a heading line and the paragraph after it are read apart, as on a page)."""
    record = analyze_text(text, is_body=True, published=published)
    assert isinstance(record, Record), record
    return record


def claims_of(doc: Doc, quotes: list[Quote] | None = None, published: date | None = PUBLISHED) -> list[Claim]:
    """The claims of a parsed ``doc`` (one from ``parsed`` too) through the real stages after the parse."""
    speakers = speakers_for(doc, extract_entities(doc))
    dates = extract_dates(doc, published)
    if quotes is None:
        quotes = extract_quotes(doc, speakers, dates)
    found = extract_claims(doc, quotes, dates, published, speakers)
    for c in found:
        assert doc.text[c.start : c.end] == c.text
    return found


def parsed(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A one-sentence doc with the parse given row by row (word, tag, pos, dep, head, lemma): a misreading the
    parser makes on some sentences, written out so that what reads it is tested on exactly that reading."""
    words, tags, pos, deps, heads, lemmas = (list(col) for col in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", ":", ";", "'s") for i in range(len(words))]
    return Doc(load_nlp().vocab, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def by_value(found: list[Claim], value: float) -> Claim:
    hits = [c for c in found if c.value == value]
    assert hits, f"no claim of {value} in {[(c.value, c.text) for c in found]}"
    return hits[0]
