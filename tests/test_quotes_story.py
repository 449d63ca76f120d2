"""Who said what in a court story written for these tests (tests/fixtures/court): the person, not the
organisation, when the article names the person; a turn split by its attribution; 'adding'; a floating quote
paragraph after an indirect statement; the subject of a turn inside its quotation marks."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from newsledger.api import analyze_text
from newsledger.record import Quote, Record

ARTICLE = Path(__file__).resolve().parent / "fixtures" / "court" / "velmora-court.txt"


@functools.cache
def _record() -> Record:
    record = analyze_text(ARTICLE.read_text(encoding="utf-8"), is_body=True, published="2026-02-13")
    assert isinstance(record, Record)
    return record


def _direct(words: str) -> Quote:
    found = [q for q in _record().quotes if q.kind == "direct" and words in q.text]
    assert len(found) == 1, [q.text for q in _record().quotes if words in q.text]
    return found[0]


def test_court_a_spokeswoman_speaks_as_herself() -> None:
    q = _direct("We respect the court")
    assert q.speaker is not None and q.speaker.name == "Ines Varga"
    assert q.text.endswith("we will not give up on that.") and " … " in q.text  # one turn, two fragments


def test_court_adding_keeps_the_speaker() -> None:
    q = _direct("keeping people from voting")
    assert q.speaker is not None and q.speaker.name == "Tomas Reyl"


def test_court_a_quote_paragraph_after_an_indirect_statement() -> None:
    q = _direct("A routine clean-up does not remove whole villages")
    assert q.speaker is not None and q.speaker.name == "Lena Moreno"
    assert "'routine clean-up,'" in q.text  # the inner quotation does not end the turn


def test_court_figures_keep_their_source() -> None:
    by_value = {c.value: c for c in _record().claims}
    assert by_value[12000].source == "Electoral Integrity Forum"


@pytest.mark.xfail(strict=True, reason="quotes: a turn whose subject sits inside its quotation marks is one turn")
def test_court_a_subject_inside_the_quote_is_one_turn() -> None:
    turns = [q for q in _record().quotes if "back on the ballot" in q.text or "look again" in q.text]
    assert len(turns) == 1 and turns[0].speaker is not None and turns[0].speaker.name == "Okafor"


def test_court_the_judge_s_words_are_hers() -> None:
    """'X, writing for a majority, said the law "…"': her mixed quote (and its quoted words as her direct
    quote), not an indirect quote of "a majority"."""
    mine = [q for q in _record().quotes if q.speaker is not None and q.speaker.name == "Amara Okonjo"]
    assert [q.kind for q in mine] == ["mixed", "direct"]
    assert mine[0].text.startswith("the law") and mine[1].text.startswith("cannot stand")
