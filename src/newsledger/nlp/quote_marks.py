"""Quotation-mark scanning: where the quoted stretches of a body are.

Works paragraph by paragraph so that one unbalanced mark cannot swallow the rest of the article:
- curly “ ” (and NYT-style `` '' / ''…'') open and close explicitly; straight " opens before a word
  and closes after one, and toggles when the context says nothing; a closing ” typed where no
  quote is open and a word follows ("”Mr. Varn …") opens one;
- a paragraph that ends inside a quote which the next paragraph re-opens is the newspaper convention
  for a quote over several paragraphs: each paragraph gets its own span, the later ones ``continues``;
- a quote left open at the end of a paragraph otherwise ends there (``closed`` is False);
- ‘single’ curly quotes are quotes inside quotes and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quote_spans"]


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch: ``start``/``end`` is the content inside the marks, ``open``/``close`` the marks."""

    start: int
    end: int
    open: int
    close: int
    closed: bool = True
    continues: bool = False  # re-opened after a paragraph that ended inside the same quote


_MARK = re.compile(r"``|''|[\"“”«»]")
_OPENERS = {"“", "``", "«"}
_CLOSERS = {"”", "»"}
_SPACE_BEFORE = " \t\n([{—–-/"


def _role(text: str, i: int, mark: str) -> str:
    """'open', 'close' or 'either' for a straight mark from the characters around it."""
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if before in _SPACE_BEFORE and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-’'"):
        return "close"
    return "either"


def _mistyped_opener(text: str, i: int, mark: str) -> bool:
    """A closing curly mark where a quote must open ('… shame.” ”Mr. Varn …'): a typing slip."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    return mark == "”" and before in _SPACE_BEFORE and after.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n", text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _closes_all(roles: list[str], depth: int) -> bool:
    """Do the marks still to come (``roles``) close ``depth`` open quotes, inner ones first?"""
    for role in roles:
        depth += 1 if role == "open" else -1
        if depth == 0:
            return True
    return False


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted stretches of ``text`` in order; never crosses a paragraph break.

    A quotation inside a quotation in the same kind of marks (“He called it “safe” twice,” she said) is
    part of the outer one when the marks after it close both; otherwise a second opening mark means the
    first quote lost its closing mark.
    """
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    carried = False  # the previous paragraph ended inside a quote
    for p, (pstart, pend) in enumerate(paragraphs):
        marks = list(_MARK.finditer(text, pstart, pend))
        roles = [_role(text, m.start(), m.group()) for m in marks]
        open_at: int | None = None
        open_len = 0
        depth = 0  # quotes open inside the current one
        continues = False
        for k, m in enumerate(marks):
            mark, role = m.group(), roles[k]
            if open_at is None:
                if role == "close" and not _mistyped_opener(text, m.start(), mark):
                    continue  # a stray closing mark: ignore it
                open_at, open_len = m.start(), len(mark)
                continues = carried and text[pstart : m.start()].strip() == ""
                continue
            if role == "open":
                if _closes_all(roles[k + 1 :], depth + 2):
                    depth += 1  # a quotation inside the quotation
                    continue
                # a new opening mark while one is open: the earlier quote lost its closing mark
                s, e = _trim(text, open_at + open_len, m.start())
                if e > s:
                    spans.append(QuoteSpan(s, e, open_at, m.start(), closed=False, continues=continues))
                open_at, open_len, depth = m.start(), len(mark), 0
                continues = False
                continue
            if depth:
                depth -= 1  # the inner quotation closes
                continue
            s, e = _trim(text, open_at + open_len, m.start())
            if e > s:
                spans.append(QuoteSpan(s, e, open_at, m.end(), closed=True, continues=continues))
            open_at = None
        carried = False
        if open_at is not None:
            s, e = _trim(text, open_at + open_len, pend)
            if e > s:
                spans.append(QuoteSpan(s, e, open_at, pend, closed=False, continues=continues))
            nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
            carried = nxt is not None and _MARK.match(text, nxt[0]) is not None
    return spans
