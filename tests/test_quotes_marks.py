"""Quotation-mark scanning (``nlp.quote_marks``): pairing, paragraphs, unbalanced marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsledger.nlp.quote_marks import find_quote_spans


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_quotes_marks_curly_and_straight() -> None:
    text = 'He called it “fake news” and "a hoax" on Monday.'
    assert texts(text) == ["fake news", "a hoax"]


def test_quotes_marks_single_quotes_inside_are_kept() -> None:
    text = "“They called it ‘a temporary measure’ three years ago,” she said."
    assert texts(text) == ["They called it ‘a temporary measure’ three years ago,"]


def test_quotes_marks_nyt_double_apostrophes() -> None:
    text = "''That isn't tax reform,'' said the economist."
    assert texts(text) == ["That isn't tax reform,"]


def test_quotes_marks_multi_paragraph_quote_continues() -> None:
    text = "“We warned them for years.\n\n“Nobody listened,” he said."
    spans = find_quote_spans(text)
    assert [text[q.start : q.end] for q in spans] == ["We warned them for years.", "Nobody listened,"]
    assert not spans[0].closed and spans[1].continues


def test_quotes_marks_unbalanced_mark_stays_in_its_paragraph() -> None:
    text = "The mayor called it “a disgrace and left.\n\nThe council said “no” to the plan."
    spans = find_quote_spans(text)
    assert texts(text) == ["a disgrace and left.", "no"]
    assert not spans[0].closed and not spans[1].continues


def test_quotes_marks_stray_closing_mark_is_ignored() -> None:
    assert texts("He left” early. “Yes,” she said.") == ["Yes,"]


@given(st.text(alphabet=st.sampled_from(list("ab “”\"'‘’\n.,")), max_size=80))
def test_quotes_marks_spans_are_ordered_inside_marks_and_paragraphs(text: str) -> None:
    last = -1
    for q in find_quote_spans(text):
        assert q.open < q.start <= q.end <= q.close <= len(text)
        assert "\n" not in text[q.open : q.close]
        assert q.open >= last
        last = q.close


def test_quotes_marks_mistyped_closing_mark_opens_a_quote() -> None:
    text = "”The ferry is late again.” ― Marta Lindgren"
    assert texts(text) == ["The ferry is late again."]
    assert texts("He said “no” and left.”") == ["no"]


def test_quotes_marks_nested_double_marks_stay_inside_the_outer_quote() -> None:
    text = "“The so-called “safe corridor” was never safe,” the harbour master said."
    assert texts(text) == ["The so-called “safe corridor” was never safe,"]
    text = '"The so-called "safe corridor" was never safe," the harbour master said.'
    assert texts(text) == ['The so-called "safe corridor" was never safe,']


def test_quotes_marks_nested_single_marks_stay_inside_the_outer_quote() -> None:
    text = "''They call it 'the safe corridor' for a reason,'' she said."
    assert texts(text) == ["They call it 'the safe corridor' for a reason,"]


def test_quotes_marks_an_opening_mark_that_nothing_closes_ends_the_earlier_quote() -> None:
    text = "“We warned them, he said. “Nobody listened,” she added."
    assert texts(text) == ["We warned them, he said.", "Nobody listened,"]
