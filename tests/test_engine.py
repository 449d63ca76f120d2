"""The spaCy engine: a body is parsed a paragraph at a time and joined back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from newsledger.nlp.docindex import doc_text
from newsledger.nlp.engine import _paragraphs, _repair_parse, load_nlp, parse

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


def _parsed(rows: list[tuple[str, str, str, str, int, str]]) -> Doc:
    """A one-sentence doc with the parse given row by row (word, tag, pos, dep, head, lemma): the misreadings the
    parser makes on some sentences, written out so that each repair is tested on exactly that reading."""
    words, tags, pos, deps, heads, lemmas = (list(col) for col in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", ":", ";") for i in range(len(words))]
    return Doc(load_nlp().vocab, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def test_engine_a_verb_joined_past_an_aside_is_joined_to_the_verb_above_the_aside() -> None:
    # "cut" as the parser reads it: joined to "named", the relative clause's verb inside the aside
    doc = _parsed(
        [
            ("Varn", "NNP", "PROPN", "nsubj", 2, "Varn"),
            ("will", "MD", "AUX", "aux", 2, "will"),
            ("shut", "VB", "VERB", "ccomp", 18, "shut"),
            ("3", "CD", "NUM", "nummod", 4, "3"),
            ("mills", "NNS", "NOUN", "dobj", 2, "mill"),
            (",", ",", "PUNCT", "punct", 2, ","),
            ("up", "RB", "ADV", "advmod", 2, "up"),
            ("from", "IN", "ADP", "prep", 6, "from"),
            ("the", "DT", "DET", "det", 9, "the"),
            ("2", "CD", "NUM", "pobj", 7, "2"),
            ("it", "PRP", "PRON", "nsubj", 11, "it"),
            ("named", "VBD", "VERB", "relcl", 9, "name"),
            (",", ",", "PUNCT", "punct", 11, ","),
            ("and", "CC", "CCONJ", "cc", 11, "and"),
            ("cut", "VB", "VERB", "conj", 11, "cut"),
            ("450", "CD", "NUM", "dobj", 14, "450"),
            (",", ",", "PUNCT", "punct", 18, ","),
            ("Varn", "NNP", "PROPN", "nsubj", 18, "Varn"),
            ("said", "VBD", "VERB", "ROOT", 18, "say"),
            (".", ".", "PUNCT", "punct", 18, "."),
        ]
    )
    _repair_parse(doc)
    assert doc[14].head.text == "shut"


def test_engine_a_figure_after_a_verb_of_saying_with_its_subject_is_what_is_said() -> None:
    doc = _parsed(
        [
            ("the", "DT", "DET", "det", 1, "the"),
            ("registrar", "NN", "NOUN", "nsubj", 3, "registrar"),
            ("now", "RB", "ADV", "advmod", 3, "now"),
            ("says", "VBZ", "VERB", "ROOT", 3, "say"),
            ("3.1", "CD", "NUM", "compound", 5, "3.1"),
            ("million", "CD", "NUM", "nsubj", 3, "million"),
            (".", ".", "PUNCT", "punct", 3, "."),
        ]
    )
    _repair_parse(doc)
    assert [t.dep_ for t in doc[1:6]] == ["nsubj", "advmod", "ROOT", "compound", "dobj"]


def test_engine_a_relative_clause_in_an_opening_source_phrase_belongs_to_the_source() -> None:
    # "According to numbers the board sent, households used 310": the parser hangs the source phrase on "sent"
    # and makes "sent" the complement of "used"
    doc = _parsed(
        [
            ("According", "VBG", "VERB", "prep", 5, "accord"),
            ("to", "IN", "ADP", "prep", 0, "to"),
            ("numbers", "NNS", "NOUN", "pobj", 1, "number"),
            ("the", "DT", "DET", "det", 4, "the"),
            ("board", "NN", "NOUN", "nsubj", 5, "board"),
            ("sent", "VBD", "VERB", "ccomp", 8, "send"),
            (",", ",", "PUNCT", "punct", 8, ","),
            ("households", "NNS", "NOUN", "nsubj", 8, "household"),
            ("used", "VBD", "VERB", "ROOT", 8, "use"),
            ("310", "CD", "NUM", "dobj", 8, "310"),
            (".", ".", "PUNCT", "punct", 8, "."),
        ]
    )
    _repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text, doc[0].head.text) == ("relcl", "numbers", "used")


def test_engine_a_parsed_body_knows_its_text() -> None:
    text = PARAGRAPH * 3
    doc = parse(load_nlp(), text)
    assert doc_text(doc) == text == doc.text
    assert doc_text(load_nlp()("Kessa voted.")) == "Kessa voted."  # a doc parsed elsewhere reads its own
