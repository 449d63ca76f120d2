"""The spaCy engine: a body is parsed a paragraph at a time and joined back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.nlp.engine import _paragraphs, load_nlp, parse

PARAGRAPH = (
    "The Kessa council met on Monday. “We will reopen the bridge in May,” Mayor Ines Marlow said, adding that "
    "repairs would cost $4.2 million.\n\n"
)


def test_engine_a_long_body_is_parsed_over_exactly_its_text() -> None:
    paragraphs = 400
    text = PARAGRAPH * paragraphs + "The end."
    doc = parse(load_nlp(), text)
    assert doc.text == text  # every offset into the body still holds
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    # every paragraph went through the whole pipeline: each one's amount is recognised
    assert sum(1 for e in doc.ents if e.label_ == "MONEY" and e.text == "$4.2 million") == paragraphs
    assert all("\n\n" not in s.text.strip() for s in doc.sents)


def test_engine_a_heading_without_a_full_stop_is_not_the_next_paragraphs_subject() -> None:
    # parsed whole, "case" heads a sentence running into the next paragraph and "Veldt" hangs on it
    text = "Kessa Buds 2 with wireless charging case\n\nVeldt offers the latest Kessa Buds for $150."
    doc = parse(load_nlp(), text)
    veldt = next(t for t in doc if t.text == "Veldt")
    assert veldt.is_sent_start and veldt.dep_ == "nsubj" and veldt.head.text == "offers"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["A b.", "\n", "\n\n", " ", "\n \n", "C", "\t", "\r\n\r\n"]), max_size=12))
def test_engine_paragraph_pieces_join_back_to_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    pieces = _paragraphs(text)
    assert "".join(pieces) == text
    assert all(pieces[:-1])  # no empty piece but perhaps the last, for an empty text
