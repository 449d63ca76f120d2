"""The spaCy engine: a long body is parsed a stretch of paragraphs at a time and joined back exactly."""

from __future__ import annotations

from newsledger.nlp.engine import LONG_BODY_CHARS, load_nlp, parse

PARAGRAPH = (
    "The Kessa council met on Monday. “We will reopen the bridge in May,” Mayor Ines Marlow said, adding that "
    "repairs would cost $4.2 million.\n\n"
)


def test_engine_a_long_body_is_parsed_in_pieces_over_exactly_its_text() -> None:
    paragraphs = LONG_BODY_CHARS // len(PARAGRAPH) + 20
    text = PARAGRAPH * paragraphs + "The end."
    doc = parse(load_nlp(), text)
    assert doc.text == text  # every offset into the body still holds
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    # every piece went through the whole pipeline: each paragraph's amount is recognised
    assert sum(1 for e in doc.ents if e.label_ == "MONEY" and e.text == "$4.2 million") == paragraphs
    # a sentence never runs over a paragraph break, pieces or not
    assert all("\n\n" not in s.text.strip() for s in doc.sents)


def test_engine_an_ordinary_body_is_parsed_whole() -> None:
    nlp = load_nlp()
    text = PARAGRAPH * 3
    whole, parsed = nlp(text), parse(nlp, text)
    assert [(t.text, t.dep_, t.head.i) for t in whole] == [(t.text, t.dep_, t.head.i) for t in parsed]
