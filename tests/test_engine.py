"""The spaCy engine: a body is parsed a paragraph at a time and joined back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from claim_helpers import parsed
from newsledger.nlp.docindex import doc_text, tokens
from newsledger.nlp.engine import _paragraphs, _repair_parse, load_nlp, parse
from newsledger.nlp.syntax import subject_of

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


def test_engine_a_verb_joined_past_an_aside_is_joined_to_the_verb_above_the_aside() -> None:
    # "lease" as the parser can read it: joined to "listed", the relative clause's verb inside the aside
    doc = parsed(
        [
            ("Orvel", "NNP", "PROPN", "nsubj", 2, "Orvel"),
            ("will", "MD", "AUX", "aux", 2, "will"),
            ("sell", "VB", "VERB", "ccomp", 17, "sell"),
            ("4", "CD", "NUM", "dobj", 2, "4"),
            (",", ",", "PUNCT", "punct", 2, ","),
            ("beyond", "IN", "ADP", "prep", 2, "beyond"),
            ("the", "DT", "DET", "det", 7, "the"),
            ("2", "CD", "NUM", "pobj", 5, "2"),
            ("it", "PRP", "PRON", "nsubj", 9, "it"),
            ("listed", "VBD", "VERB", "relcl", 7, "list"),
            (",", ",", "PUNCT", "punct", 9, ","),
            ("and", "CC", "CCONJ", "cc", 9, "and"),
            ("lease", "VB", "VERB", "conj", 9, "lease"),
            ("90", "CD", "NUM", "dobj", 12, "90"),
            (",", ",", "PUNCT", "punct", 17, ","),
            ("the", "DT", "DET", "det", 16, "the"),
            ("firm", "NN", "NOUN", "nsubj", 17, "firm"),
            ("said", "VBD", "VERB", "ROOT", 17, "say"),
            (".", ".", "PUNCT", "punct", 17, "."),
        ]
    )
    _repair_parse(doc)
    assert doc[12].head.text == "sell"


def test_engine_a_figure_after_a_verb_of_saying_with_its_subject_is_what_is_said() -> None:
    doc = parsed(
        [
            ("Pike", "NNP", "PROPN", "nsubj", 1, "Pike"),
            ("says", "VBZ", "VERB", "ROOT", 1, "say"),
            ("17", "CD", "NUM", "nsubj", 1, "17"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ]
    )
    _repair_parse(doc)
    assert [t.dep_ for t in doc[:3]] == ["nsubj", "ROOT", "dobj"]


def _opening_source(end: str) -> Doc:
    """ "According to records the port keeps, ships waited 310 hours" (or the phrase alone, heading a list, when
    ``end`` is a colon), parsed with the source phrase hung on "keeps"."""
    rows = [
        ("According", "VBG", "VERB", "prep", 5, "accord"),
        ("to", "IN", "ADP", "prep", 0, "to"),
        ("records", "NNS", "NOUN", "pobj", 1, "record"),
        ("the", "DT", "DET", "det", 4, "the"),
        ("port", "NN", "NOUN", "nsubj", 5, "port"),
    ]
    if end == ",":
        return parsed(
            [
                *rows,
                ("keeps", "VBZ", "VERB", "ccomp", 8, "keep"),
                (",", ",", "PUNCT", "punct", 8, ","),
                ("ships", "NNS", "NOUN", "nsubj", 8, "ship"),
                ("waited", "VBD", "VERB", "ROOT", 8, "wait"),
                ("310", "CD", "NUM", "nummod", 10, "310"),
                ("hours", "NNS", "NOUN", "dobj", 8, "hour"),
                (".", ".", "PUNCT", "punct", 8, "."),
            ]
        )
    return parsed([*rows, ("keeps", "VBZ", "VERB", "ROOT", 5, "keep"), (":", ":", "PUNCT", "punct", 5, ":")])


def test_engine_a_relative_clause_in_an_opening_source_phrase_belongs_to_the_source() -> None:
    doc = _repair_parse(_opening_source(","))
    assert (doc[5].dep_, doc[5].head.text, doc[0].head.text) == ("relcl", "records", "waited")
    listed = _repair_parse(_opening_source(":"))
    assert (listed[5].dep_, listed[5].head.text, listed[0].dep_) == ("relcl", "records", "ROOT")


def test_engine_a_relative_clause_on_a_closing_source_phrase_belongs_to_the_source() -> None:
    # "Ships waited 310 hours, according to records the port keeps": parsed with "the port" as the object of
    # "waited" and "keeps" hung on it
    doc = parsed(
        [
            ("Ships", "NNS", "NOUN", "nsubj", 1, "ship"),
            ("waited", "VBD", "VERB", "ROOT", 1, "wait"),
            ("310", "CD", "NUM", "nummod", 3, "310"),
            ("hours", "NNS", "NOUN", "npadvmod", 1, "hour"),
            (",", ",", "PUNCT", "punct", 1, ","),
            ("according", "VBG", "VERB", "prep", 1, "accord"),
            ("to", "IN", "ADP", "prep", 5, "to"),
            ("records", "NNS", "NOUN", "pobj", 6, "record"),
            ("the", "DT", "DET", "det", 9, "the"),
            ("port", "NN", "NOUN", "dobj", 1, "port"),
            ("keeps", "VBZ", "VERB", "acl", 9, "keep"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ]
    )
    _repair_parse(doc)
    assert (doc[10].dep_, doc[10].head.text, doc[9].dep_, doc[9].head.text) == ("relcl", "records", "nsubj", "keeps")


def test_engine_a_verb_of_saying_hung_inside_a_relative_clause_is_the_names() -> None:
    # "Orla Kessan, who retires once talks end, said 40 …": the parser hangs "said" on "retires" and takes "end"
    # (read as a noun after "once") for its subject
    doc = parsed(
        [
            ("Orla", "NNP", "PROPN", "compound", 1, "Orla"),
            ("Kessan", "NNP", "PROPN", "ROOT", 1, "Kessan"),
            (",", ",", "PUNCT", "punct", 1, ","),
            ("who", "WP", "PRON", "nsubj", 4, "who"),
            ("retires", "VBZ", "VERB", "relcl", 1, "retire"),
            ("once", "RB", "ADV", "advmod", 9, "once"),
            ("talks", "NNS", "NOUN", "compound", 7, "talk"),
            ("end", "NN", "NOUN", "nsubj", 9, "end"),
            (",", ",", "PUNCT", "punct", 7, ","),
            ("said", "VBD", "VERB", "advcl", 4, "say"),
            ("40", "CD", "NUM", "dobj", 9, "40"),
            (".", ".", "PUNCT", "punct", 1, "."),
        ]
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    subject = subject_of(doc[9])
    assert subject is not None and subject.text == "Kessan"


def test_engine_a_parsed_body_knows_its_text() -> None:
    text = PARAGRAPH * 3
    doc = parse(load_nlp(), text)
    assert doc_text(doc) == text == doc.text
    assert doc_text(load_nlp()("Kessa voted.")) == "Kessa voted."  # a doc parsed elsewhere reads its own


def test_engine_a_parsed_bodys_tokens_are_made_once() -> None:
    doc = parse(load_nlp(), PARAGRAPH * 2)
    made = tokens(doc)
    assert [(t.i, t.text, t.dep_) for t in made] == [(t.i, t.text, t.dep_) for t in doc]
    assert tokens(doc) is made  # every stage walks the same list, not a new Token for each word each time


def test_engine_typographic_marks_are_read_as_the_plain_ones() -> None:
    curly = (
        "Five of the rover\u2019s nine cameras have been switched on, Ines Calder said. "
        "\u201cWe\u2019re pleased,\u201d she added."
    )
    plain = curly.translate(str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    nlp = load_nlp()
    read, expected = nlp(curly), nlp(plain)
    assert [(t.dep_, t.head.i, t.tag_) for t in read] == [(t.dep_, t.head.i, t.tag_) for t in expected]
    assert read.text == curly  # the words keep their marks as written


def test_engine_a_participle_with_a_by_agent_before_a_verb_of_saying_is_its_subjects_relative_clause() -> None:
    # parsed as "the aid office run by the Pellar Council" a clause of its own, "said" the verb of its complement
    text = "Up north, the aid office run by the Pellar Council said on Friday that 85 lorries had crossed."
    doc = parse(load_nlp(), text)
    said = next(t for t in doc if t.text == "said")
    subject = subject_of(said)
    assert subject is not None and subject.text == "office"
    assert next(t for t in doc if t.text == "run").dep_ == "acl"


def test_engine_the_figure_a_count_is_changed_to_is_the_verbs() -> None:
    # parsed with "to 715" hung on "torn", inside the relative clause on the homes
    text = "The council raised the number of homes whose roofs were torn off in the gale to 715 on Friday."
    to = next(t for t in parse(load_nlp(), text) if t.text == "to")
    assert to.head.text == "raised"
    # and "from 11" hung on the participle of the count's own phrase
    text = "Kessa Buses revised the number of drivers signed off to 6 from 11."
    from_ = next(t for t in parse(load_nlp(), text) if t.text == "from")
    assert from_.head.text == "revised"


def test_engine_a_word_of_saying_after_a_closing_quote_is_a_verb_though_read_as_a_noun() -> None:
    # '"…," the 61-year-old said': parsed as a noun "said" the age modifies
    text = (
        "Orla Pike runs the last bakery on Quay Street in Merrow.\n\n"
        "\u201cThe flour is wet. The oven is cold. The lease ends in June,\u201d the 61-year-old said, standing "
        "outside the shop she opened when the mill closed."
    )
    said = next(t for t in parse(load_nlp(), text) if t.text == "said")
    subject = subject_of(said)
    assert said.pos_ == "VERB" and subject is not None and subject.text == "old"


def test_engine_the_verb_after_a_relative_clauses_verb_of_saying_is_what_it_says() -> None:
    # "The board fined Calder Water over a leak that the utility says fouled 14 kilometres of river", parsed with
    # "that" and "the utility" both subjects of "says", and "fouled" hung on "fined"
    doc = parsed(
        [
            ("The", "DT", "DET", "det", 1, "the"),
            ("board", "NN", "NOUN", "nsubj", 2, "board"),
            ("fined", "VBD", "VERB", "ROOT", 2, "fine"),
            ("Calder", "NNP", "PROPN", "compound", 4, "Calder"),
            ("Water", "NNP", "PROPN", "dobj", 2, "Water"),
            ("over", "IN", "ADP", "prep", 2, "over"),
            ("a", "DT", "DET", "det", 7, "a"),
            ("leak", "NN", "NOUN", "pobj", 5, "leak"),
            ("that", "WDT", "PRON", "nsubj", 11, "that"),
            ("the", "DT", "DET", "det", 10, "the"),
            ("utility", "NN", "NOUN", "nsubj", 11, "utility"),
            ("says", "VBZ", "VERB", "relcl", 7, "say"),
            ("fouled", "VBD", "VERB", "ccomp", 2, "foul"),
            ("14", "CD", "NUM", "nummod", 14, "14"),
            ("kilometres", "NNS", "NOUN", "dobj", 12, "kilometre"),
            ("of", "IN", "ADP", "prep", 14, "of"),
            ("river", "NN", "NOUN", "pobj", 15, "river"),
            (".", ".", "PUNCT", "punct", 2, "."),
        ]
    )
    _repair_parse(doc)
    assert (doc[12].dep_, doc[12].head.text, doc[8].head.text) == ("ccomp", "says", "fouled")


def test_engine_a_surname_read_as_an_adverb_is_the_persons_name() -> None:
    # the tagger reads an unknown surname ending in "-ly" as an adverb, leaving the verb after it no subject
    doc = parse(
        load_nlp(),
        "Nurse Tomas Harnly led the walkout.\n\nHarnly, speaking at the gate on Monday, said 40 beds were shut.",
    )
    led = next(t for t in doc if t.lower_ == "led")
    said = next(t for t in doc if t.lower_ == "said")
    assert [(t.text, t.i) for t in (subject_of(led), subject_of(said)) if t is not None] == [
        ("Harnly", 2),
        ("Harnly", 8),
    ]


def test_engine_a_headlines_capitalised_adverb_is_no_name() -> None:
    doc = parse(load_nlp(), "Tomas Varn Finally Agrees To Talks\n\nTomas Varn said the talks would start on Monday.")
    assert next(t for t in doc if t.text == "Finally").pos_ == "ADV"


def test_engine_guillemets_are_read_as_the_quotation_marks_they_are() -> None:
    doc = parse(load_nlp(), "«We lost 70 million in a week», Orla Pike told the Herald.")
    closing = next(t for t in doc if t.text == "»")
    assert closing.pos_ == "PUNCT"


def test_engine_a_relative_clause_without_that_read_as_a_participle_after_a_figure_is_a_relative_clause() -> None:
    # "up from the 14 the board reported on Monday": the parser reads "the board reported" as a board that was
    rows = [
        ("up", "RB", "ADV", "ROOT", 0, "up"),
        ("from", "IN", "ADP", "prep", 0, "from"),
        ("the", "DT", "DET", "det", 3, "the"),
        ("14", "CD", "NUM", "pobj", 1, "14"),
        ("the", "DT", "DET", "det", 5, "the"),
        ("board", "NN", "NOUN", "attr", 0, "board"),
        ("reported", "VBN", "VERB", "acl", 5, "report"),
        ("on", "IN", "ADP", "prep", 6, "on"),
        ("Monday", "NNP", "PROPN", "pobj", 7, "Monday"),
        (".", ".", "PUNCT", "punct", 0, "."),
    ]
    doc = parsed(rows)
    _repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text, doc[6].dep_, doc[6].head.text) == ("nsubj", "reported", "relcl", "14")
    # with an agent ("the 14 the board reported by it"), the participle is one
    rows = [*rows[:7], ("by", "IN", "ADP", "agent", 6, "by"), ("it", "PRP", "PRON", "pobj", 7, "it"), rows[-1]]
    doc = parsed(rows)
    _repair_parse(doc)
    assert (doc[5].dep_, doc[6].dep_) == ("attr", "acl")


def test_engine_a_that_clause_hung_on_the_day_a_verb_of_saying_is_dated_by_is_what_is_said() -> None:
    # "Pike said the same day that the gauge showed 14.": the parser reads the clause as one on the day
    rows = [
        ("Pike", "NNP", "PROPN", "nsubj", 1, "Pike"),
        ("said", "VBD", "VERB", "ROOT", 1, "say"),
        ("the", "DT", "DET", "det", 4, "the"),
        ("same", "JJ", "ADJ", "amod", 4, "same"),
        ("day", "NN", "NOUN", "npadvmod", 1, "day"),
        ("that", "IN", "SCONJ", "advmod", 8, "that"),
        ("the", "DT", "DET", "det", 7, "the"),
        ("gauge", "NN", "NOUN", "nsubj", 8, "gauge"),
        ("showed", "VBD", "VERB", "relcl", 4, "show"),
        ("14", "CD", "NUM", "dobj", 8, "14"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    doc = parsed(rows)
    doc.ents = [Span(doc, 2, 5, label="DATE")]
    _repair_parse(doc)
    assert (doc[8].dep_, doc[8].head.text, doc[5].dep_) == ("ccomp", "said", "mark")
    # "the day that changed the harbour": "that" is the clause's own subject, a relative clause on the day
    rows = [
        ("Pike", "NNP", "PROPN", "nsubj", 1, "Pike"),
        ("wrote", "VBD", "VERB", "ROOT", 1, "write"),
        ("the", "DT", "DET", "det", 3, "the"),
        ("day", "NN", "NOUN", "npadvmod", 1, "day"),
        ("that", "WDT", "PRON", "nsubj", 5, "that"),
        ("changed", "VBD", "VERB", "relcl", 3, "change"),
        ("it", "PRP", "PRON", "dobj", 5, "it"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    doc = parsed(rows)
    doc.ents = [Span(doc, 2, 4, label="DATE")]
    _repair_parse(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("relcl", "day")


def test_engine_a_stop_after_a_unit_written_with_a_slash_ends_the_sentence() -> None:
    doc = load_nlp().tokenizer("The limit was 80 km/h. Drivers ignored it.")
    assert [t.text for t in doc][4:8] == ["km", "/", "h", "."]
