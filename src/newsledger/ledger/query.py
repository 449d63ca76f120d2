"""The search syntax of the web app and ``Ledger.search(..., syntax="web")``, compiled to FTS5.

A small, portable language (PostgreSQL's ``websearch_to_tsquery`` reads the same)::

    flood toll              both words (stemmed)
    "death toll"            a phrase
    flood OR storm          either (OR binds two neighbouring terms)
    -storm, -"aid group"    leave out
    evacu*                  a prefix

Anything else is an error with a message saying where: an unclosed quote, an OR with
nothing on one side, a query that only leaves out. The user's text never reaches FTS5
unquoted, so FTS5 itself never sees a syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Search", "Term", "compile_search", "fts5_expression", "parse_search", "words_search"]

_TOKEN = re.compile(r'\s*(-?)(?:"([^"]*)("?)|(\S+))')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Term:
    """Words to find next to each other (a phrase; one word is a phrase of one), the last a prefix or not."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Search:
    """What a search asks for, whatever the index: every group (one of its terms), none of ``excluded``."""

    groups: list[list[Term]]
    excluded: list[Term]

    def words(self) -> list[str]:
        """The words sought (not those left out), for marking them."""
        return [w for group in self.groups for term in group for w in term.words]


def words_search(text: str, alternatives: Callable[[str], set[str]] | None = None) -> Search | None:
    """Every word of ``text`` (the default syntax), each or one of its ``alternatives`` (other forms of a word:
    "Kelvorian" or "Kelvoria"); None when it has none."""
    words = _WORD.findall(text)
    if not words:
        return None
    groups = []
    for w in words:
        others = [tuple(_WORD.findall(o)) for o in sorted(alternatives(w) - {w})] if alternatives else []
        groups.append([Term((w,))] + [Term(o) for o in others if o])
    return Search(groups, [])


def _bad(message: str, query: str) -> InputError:
    return InputError(f"search syntax: {message}", source=query[:200], code="E017")


def compile_search(query: str) -> str | None:
    """The FTS5 expression for ``query``; None when it has no words; ``InputError`` [E017] when malformed."""
    parsed = parse_search(query)
    return None if parsed is None else fts5_expression(parsed)


def fts5_expression(search: Search, column: str | None = None) -> str:
    """``search`` as an FTS5 MATCH expression (every word quoted), optionally in one column."""

    def term(t: Term) -> str:
        phrase = '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")
        return f"{column} : {phrase}" if column else phrase

    expr = " AND ".join(
        "(" + " OR ".join(term(t) for t in g) + ")" if len(g) > 1 else term(g[0]) for g in search.groups
    )
    for t in search.excluded:
        expr = f"({expr}) NOT {term(t)}"
    return expr


def parse_search(query: str) -> Search | None:
    """``query`` read; None when it has no words; ``InputError`` [E017] when malformed."""
    groups: list[list[Term]] = []  # ANDed groups of ORed terms
    pending_or = False
    for match in _TOKEN.finditer(query):
        minus, phrase, closed, bare = match.groups()
        if phrase is None and bare is None:
            continue
        if bare == "OR" and not minus:
            if not groups or pending_or:
                raise _bad("OR needs a term on each side", query)
            pending_or = True
            continue
        if phrase is not None:
            if not closed:
                raise _bad("a quote is not closed", query)
            words, prefix = _WORD.findall(phrase), False
            if not words:
                raise _bad('an empty phrase ""', query)
        else:
            text = bare or ""
            prefix = text.endswith("*") and len(text) > 1
            words = _WORD.findall(text)
            if not words:
                continue  # punctuation alone ("-", "&") is no term
        term = Term(tuple(words), prefix, bool(minus))
        if pending_or:
            if term.negated or groups[-1][0].negated:
                raise _bad("OR cannot join a left-out term", query)
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    if pending_or:
        raise _bad("OR needs a term on each side", query)
    if not groups:
        return None
    positive = [g for g in groups if not g[0].negated]
    negative = [g[0] for g in groups if g[0].negated]
    if not positive:
        raise _bad("a search cannot only leave words out", query)
    return Search(positive, negative)
