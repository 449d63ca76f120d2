"""Per-document lookups over a parsed ``Doc`` that spaCy would otherwise recompute on every access.

``Doc.ents`` rebuilds its tuple and ``Span.ents`` walks the whole document each time it is read; inside
loops over figures or mentions that made long articles quadratic. These helpers read each once per
document and cache the result in ``doc.user_data``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..extract.dateline import split_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "doc_text",
    "entity_at",
    "ents",
    "ents_within",
    "later_datelines",
    "lower_case_words",
    "remember_text",
    "tokens",
]

_ENTS_KEY = "newsledger.doc.ents"
_ENT_BY_TOKEN_KEY = "newsledger.doc.ent_by_token"
_ENT_STARTS_KEY = "newsledger.doc.ent_starts"
_SENT_STARTS_KEY = "newsledger.doc.sent_starts"
_LOWER_KEY = "newsledger.doc.lower_case_words"
_DATELINES_KEY = "newsledger.doc.later_datelines"
_TEXT_KEY = "newsledger.doc.text"
_TOKENS_KEY = "newsledger.doc.tokens"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once: spaCy joins every token's text on each access."""
    cached: str | None = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens, made once: ``Doc.__iter__`` and ``doc[i]`` build a new ``Token`` on every access,
    and the stages walk every token of an article a dozen times. (The parse is final before any stage reads it:
    the engine's retokenizing is done, so the list never goes stale.)"""
    cached: list[Token] | None = doc.user_data.get(_TOKENS_KEY)
    if cached is None:
        cached = list(doc)
        doc.user_data[_TOKENS_KEY] = cached
    return cached


def remember_text(doc: Doc, text: str) -> Doc:
    """``doc`` knowing that its text is ``text`` (what it was parsed from), so that no stage joins its tokens."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once: spaCy rebuilds the tuple on every access, which made long articles quadratic."""
    cached: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = tuple(doc.ents)
        doc.user_data[_ENTS_KEY] = cached
    return cached


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens ``start``..``end`` (``Span.ents`` walks the whole document each time)."""
    all_ents = ents(doc)
    starts: list[int] | None = doc.user_data.get(_ENT_STARTS_KEY)
    if starts is None:
        starts = [e.start for e in all_ents]
        doc.user_data[_ENT_STARTS_KEY] = starts
    out = []
    for k in range(bisect_left(starts, start), len(all_ents)):
        if all_ents[k].start >= end:
            break
        if all_ents[k].end <= end:
            out.append(all_ents[k])
    return out


def entity_at(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    by_token: dict[int, Span] | None = tok.doc.user_data.get(_ENT_BY_TOKEN_KEY)
    if by_token is None:
        by_token = {i: e for e in ents(tok.doc) for i in range(e.start, e.end)}
        tok.doc.user_data[_ENT_BY_TOKEN_KEY] = by_token
    return by_token.get(tok.i)


def sentence_starts(doc: Doc) -> list[int]:
    """The character offset where each sentence starts (``Doc.sents`` rebuilds its spans on every access)."""
    cached: list[int] | None = doc.user_data.get(_SENT_STARTS_KEY)
    if cached is None:
        cached = [sent.start_char for sent in doc.sents]
        doc.user_data[_SENT_STARTS_KEY] = cached
    return cached


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere (a common word, not a name), read once."""
    cached: frozenset[str] | None = doc.user_data.get(_LOWER_KEY)
    if cached is None:
        cached = frozenset(t.text for t in tokens(doc) if t.text.islower())
        doc.user_data[_LOWER_KEY] = cached
    return cached


def later_datelines(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, dateline) of each dateline opening a paragraph after the first ("KESSA, Oct 15 (Ledger) –"
    under a standfirst the extraction kept), read once for the entity and the mention stages."""
    cached: list[tuple[int, int, str]] | None = doc.user_data.get(_DATELINES_KEY)
    if cached is None:
        cached = []
        for para in re.finditer(r"(?<=\n\n)[^\n]+", doc_text(doc)):
            dateline, after = split_dateline(para.group())
            if dateline is not None:
                cached.append((para.start(), para.end() - len(after), dateline))
        doc.user_data[_DATELINES_KEY] = cached
    return cached
