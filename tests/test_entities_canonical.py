"""Canonical names of entities within an article (``nlp.entities``)."""

from __future__ import annotations

from spacy.tokens import Span

from newsledger.nlp.engine import load_nlp
from newsledger.nlp.entities import extract_entities, normalise_name, resolve_person
from newsledger.record import Entity


def test_entities_normalise_name() -> None:
    assert normalise_name("the Pentagon", "ORG") == "Pentagon"
    assert normalise_name("Russia’s", "GPE") == "Russia"
    assert normalise_name("Mr. Obama", "PERSON") == "Obama"
    assert normalise_name("U.S.", "GPE") == "U.S."
    assert normalise_name("Nato.\n", "ORG") == "Nato"
    # a name starts at its first capitalised word, and a place ends before a person's title
    assert normalise_name("the state Forestry and Fire Service", "ORG") == "Forestry and Fire Service"
    assert normalise_name("defense ministry", "ORG") == "defense ministry"
    assert normalise_name("eBay", "ORG") == "eBay"
    assert normalise_name("Tessaly County Sheriff", "GPE") == "Tessaly County"
    assert normalise_name("Carmaker Halvern", "ORG") == "Halvern"
    assert normalise_name("Company Shop Group", "ORG") == "Company Shop Group"


def test_entities_resolve_person() -> None:
    full = ["Sabrina Singh", "Mark Rutte"]
    assert resolve_person("Singh", full) == "Sabrina Singh"
    assert resolve_person("Rutte", full) == "Mark Rutte"
    assert resolve_person("Putin", full) == "Putin"


def test_entities_surname_maps_to_full_name_in_article() -> None:
    text = (
        "Harbour master Jonas Eklund said the storm had damaged three piers. "
        "Eklund said repairs would take a month. The Nordvik Port Authority agreed."
    )
    doc = load_nlp()(text)
    ents = extract_entities(doc)
    for e in ents:
        assert text[e.start : e.end] == e.text
    by_text = {e.text: e for e in ents}
    assert by_text["Eklund"].canonical == "Jonas Eklund"
    assert by_text["Eklund"].label == "PERSON"
    assert any(e.canonical == "Nordvik Port Authority" for e in ents)


def test_entities_a_name_before_an_area_noun_is_a_place() -> None:
    """The parser takes a province's name for an organisation; "the provincial health department" then read as
    that name made the province the speaker."""
    doc = load_nlp()("Health officials in Drasna province said on Monday that the Kessa district was flooded.")
    labels = {e.text: e.label for e in extract_entities(doc)}
    assert labels.get("Drasna") in (None, "GPE") and labels.get("Kessa") in (None, "GPE")
    assert "GPE" in labels.values()


def test_entities_a_name_is_one_line() -> None:
    """A name spaCy runs on over a line break into a heading is cut at the break."""
    text = "Shoppers crowded into Walmart\n\nNew Price Drop\n\nThe chain said sales rose."
    ents = extract_entities(load_nlp()(text))
    assert all("\n" not in e.text and text[e.start : e.end] == e.text for e in ents)
    assert all("\n" not in e.canonical for e in ents)


def test_entities_a_person_s_name_is_what_follows_the_last_title() -> None:
    assert normalise_name("EC Chairperson Ana Osei", "PERSON") == "Ana Osei"
    assert normalise_name("Kessa Mayor Ivo Rask", "PERSON") == "Ivo Rask"
    assert normalise_name("Mayor", "PERSON") == "Mayor"


def test_entities_a_description_in_lower_case_is_no_name() -> None:
    """ "the electoral commission" is a description the tagger may take for a name: not an entity, so that it is
    read as a description (of the Kessa Electoral and Boundaries Commission named next)."""
    text = (
        "The Harvest Party won 31 of the 61 seats, according to final results announced by the electoral "
        "commission on Friday.\n\nThe Kessa Electoral and Boundaries Commission said the Renewal Party won 26."
    )
    found = extract_entities(load_nlp()(text))
    assert all(e.canonical != "electoral commission" for e in found)
    assert any(e.canonical == "Kessa Electoral and Boundaries Commission" for e in found)


def test_entities_a_name_before_of_a_body_and_a_verb_of_saying_is_a_person() -> None:
    """ "Rosalind Teague of Kellbrook Securities said": two capitalised words opening the clause, then "of" and a
    body, then "said", are the person who works there, though the tagger missed them; "The Bank of England said"
    stays one body."""
    found = extract_entities(
        load_nlp()("Rosalind Teague of Kellbrook Securities said a strike could cost the company 150 million crowns.")
    )
    assert ("Rosalind Teague", "PERSON") in {(e.canonical, e.label) for e in found}
    bank = extract_entities(load_nlp()("The Bank of England said rates would stay at 5%."))
    assert all(e.label != "PERSON" for e in bank)


def _tagged(text: str, names: dict[str, str]) -> list[Entity]:
    """``text`` parsed, with every mention of each name given the label the tagger sometimes gives it."""

    doc = load_nlp()(text)
    spans: list[Span] = []
    for name, label in sorted(names.items(), key=lambda item: -len(item[0])):  # a longer name before its parts
        n = len(name.split())
        for t in doc:
            if doc[t.i : t.i + n].text == name and not any(s.start < t.i + n and t.i < s.end for s in spans):
                spans.append(Span(doc, t.i, t.i + n, label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return extract_entities(doc)


def test_entities_a_short_body_name_ending_in_a_persons_surname_is_that_person() -> None:
    # at a paragraph's start the tagger may read a full name as an organisation's and the surname as a person's
    text = "Ilse Marrow did not expect the visit.\n\n“It was a surprise,” said Marrow, who runs a bakery."
    ents = _tagged(text, {"Ilse Marrow": "ORG", "Marrow": "PERSON"})
    assert {(e.text, e.label, e.canonical) for e in ents} == {
        ("Ilse Marrow", "PERSON", "Ilse Marrow"),
        ("Marrow", "PERSON", "Ilse Marrow"),
    }


def test_entities_a_body_name_with_a_body_word_stays_a_body() -> None:
    text = "Marrow Bakeries expanded.\n\n“It was a surprise,” said Marrow, who runs it."
    ents = _tagged(text, {"Marrow Bakeries": "ORG", "Marrow": "PERSON"})
    assert ("Marrow Bakeries", "ORG") in {(e.text, e.label) for e in ents}


def test_entities_a_heading_in_capitals_names_no_one() -> None:
    text = "Here are the new models:\n\nKESSA VOLT\n\nKessa is hoping its small electric car will sell."
    ents = _tagged(text, {"KESSA VOLT": "ORG", "Kessa": "ORG"})
    assert [e.text for e in ents] == ["Kessa"]


def test_entities_a_headline_in_title_case_keeps_only_names_the_text_writes() -> None:
    # the tagger runs a name into a headline's capitalised words: the text vouches for what is a name
    text = (
        "Varga Says Harbour Will Reopen Within Weeks\n\n"
        "Black Lawmakers Rip Tomas Grint As A Disgusting Fraud\n\n"
        "Hillary Osk Goes After Her Rivals\n\n"
        "The harbour will reopen, Mayor Varga said. Tomas Grint disagreed, and Osk said nothing."
    )
    names = {"Varga Says": "PERSON", "Rip Tomas Grint": "PERSON", "Hillary Osk Goes": "PERSON"}
    names |= {"Varga": "PERSON", "Tomas Grint": "PERSON", "Osk": "PERSON"}
    ents = _tagged(text, names)
    assert [(e.text, e.canonical) for e in ents] == [
        ("Varga", "Varga"),  # cut to the name the text writes
        ("Hillary Osk", "Hillary Osk"),  # a given name before a surname the text writes
        ("Varga", "Varga"),
        ("Tomas Grint", "Tomas Grint"),
        ("Osk", "Hillary Osk"),
    ]  # "Rip Tomas Grint": "Rip" is no given name, and the text never writes it


def test_entities_a_sentence_or_a_short_line_is_no_headline() -> None:
    text = "Rehn Warns Again\n\nThe Mayor and Pavla Rehn Met On Monday, aides said."
    ents = _tagged(text, {"Rehn Warns": "PERSON", "Pavla Rehn Met": "PERSON"})
    # three words are too few to tell a headline; a line with lower-case words beyond the minor ones is running text
    assert [e.text for e in ents] == ["Rehn Warns", "Pavla Rehn Met"]


def test_entities_a_given_name_left_out_of_the_name_after_it_joins_it() -> None:
    text = "The carmaker will cut jobs, chief executive Ana Ruiz said. Virginia Tech disagreed."
    ents = _tagged(text, {"Ruiz": "ORG", "Tech": "ORG"})
    # "Ana" is a given name: a person; "Virginia" is a place as much as a name, and stays out
    assert [(e.text, e.label) for e in ents] == [("Ana Ruiz", "PERSON"), ("Tech", "ORG")]


def test_entities_a_dateline_names_a_place_wherever_the_text_names_it() -> None:
    text = (
        "KESSA, Velostra (Ledger) — Drones struck the capital overnight, officials said.\n\n"
        "Debris fell on three districts of Kessa, the mayor said."
    )
    ents = _tagged(text, {"KESSA": "PERSON", "Velostra": "ORG", "Ledger": "ORG", "Kessa": "PERSON"})
    assert [(e.text, e.label) for e in ents] == [
        ("KESSA", "GPE"),  # named "Kessa", as the text writes it elsewhere
        ("Velostra", "GPE"),
        ("Ledger", "ORG"),  # the agency, in brackets
        ("Kessa", "GPE"),
    ]
    assert {e.canonical for e in ents if e.text.lower() == "kessa"} == {"Kessa"}


def test_entities_a_body_every_government_has_is_named_with_its_country() -> None:
    text = "Russia's Defence Ministry said 30 drones were downed. Norvania's Defence Ministry denied it."
    ents = _tagged(text, {"Russia": "GPE", "Defence Ministry": "ORG", "Norvania": "ORG"})
    # two countries' ministries are two bodies: the adjective when the demonym table knows it, else the possessive
    assert [e.canonical for e in ents if e.label == "ORG" and "Ministry" in e.text] == [
        "Russian Defence Ministry",
        "Norvania's Defence Ministry",
    ]
    text = "The Health Ministry in Velostra said 40 people died."
    ents = _tagged(text, {"Health Ministry": "ORG", "Velostra": "GPE"})
    assert ents[0].canonical == "Velostra's Health Ministry"
    # a name of its own keeps it: "Kessa Motors" after "Velostra's" is no government body
    ents = _tagged("Velostra's Kessa Motors cut jobs.", {"Velostra": "GPE", "Kessa Motors": "ORG"})
    assert [e.canonical for e in ents] == ["Velostra", "Kessa Motors"]


def test_entities_a_portfolio_before_a_title_names_no_body() -> None:
    from newsledger.nlp.engine import load_nlp
    from newsledger.nlp.entities import extract_entities

    doc = load_nlp()("Defence Minister Hana Orlik said the talks had failed. The Defence Ministry said 40 were hurt.")
    names = {(e.label, e.canonical) for e in extract_entities(doc)}
    assert ("ORG", "Defence") not in names
    assert ("ORG", "Defence Ministry") in names and ("PERSON", "Hana Orlik") in names


def test_entities_a_sports_club_s_name_is_an_organisation() -> None:
    from newsledger.nlp.engine import load_nlp
    from newsledger.nlp.entities import extract_entities
    from newsledger.nlp.mentions import resolve_mentions

    doc = load_nlp()("Kessa Rovers have signed striker Milo Dunne for about $12 million, the club said on Friday.")
    labels = {e.canonical: e.label for e in resolve_mentions(doc, extract_entities(doc)).entities}
    assert labels["Kessa Rovers"] == "ORG" and labels["Milo Dunne"] == "PERSON"


def test_entities_a_figure_the_tagger_ran_a_name_into_is_no_part_of_it() -> None:
    doc = load_nlp()(
        "The regulator said it had charged Orvel Mining 300 million dalers. Talks with Channel 4 and Merrow Foods "
        "broke down, and the council sent Sorrel Pike 40,000 dalers."
    )
    names = {e.canonical for e in extract_entities(doc)}
    assert not any(ch.isdigit() for name in names - {"Channel 4"} for ch in name), names
    assert {"Orvel Mining", "Channel 4"} <= names


def test_entities_a_line_ending_on_a_colon_is_running_text_not_a_headline() -> None:
    # every word capitalised but the minor ones, yet it introduces the list after it: its names stand
    text = "Wells ran dry.\n\nFigures from the Kessa-funded Orvane Water Board, as of Sunday:\n\n- 61 wells dry"
    ents = _tagged(text, {"Orvane Water Board": "ORG"})
    assert [e.text for e in ents] == ["Orvane Water Board"]


def test_entities_a_name_a_body_word_heads_is_a_body_whatever_the_tagger_typed_it() -> None:
    text = "The Orvane Living Wage Alliance said on Monday that 640 cleaners would stop work."
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == "Orvane")
    # the tagger may type such a name a law, a work or a product; one typed a law is still a body
    doc.ents = [Span(doc, at, at + 4, label="LAW")]
    assert [(e.canonical, e.label) for e in extract_entities(doc)] == [("Orvane Living Wage Alliance", "ORG")]
    # a law is still no participant
    law = load_nlp()("The Orvane Living Wage Act, which the council passed, set pay at 14 dalers an hour.")
    at = next(t.i for t in law if t.text == "Orvane")
    law.ents = [Span(law, at, at + 4, label="LAW")]
    assert extract_entities(law) == []


def test_entities_a_ledes_word_in_capitals_is_no_part_of_the_name_after_it() -> None:
    doc = load_nlp()("Pensioners lose savings to fake bank calls.\n\nNAN Orla Pike keeps her savings in a tin now.")
    doc.ents = [Span(doc, 9, 12, label="ORG")]  # as the tagger read a page of this kind
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Orla Pike", "PERSON")]
    # a determiner in capitals opens a name of its own
    doc = load_nlp()("THE Orla Pike Trust said 40 jets were sent.")
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    assert [e.canonical for e in extract_entities(doc)] == ["Orla Pike Trust"]


def test_entities_a_one_word_name_the_tagger_missed_that_speaks_is_a_body() -> None:
    nlp = load_nlp()
    doc = nlp("Skarvline said on Sunday that its ferries would sail again. Rivals of Skarvline kept their fares.")
    doc.ents = []  # as the tagger read a page of this kind
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Skarvline", "ORG"), ("Skarvline", "ORG")]
    # a given name, a plural, a surname after a given name, and a word the tagger types a place elsewhere, name no
    # business
    for text in ("Hanne said the firm paid her well. Hanne left in May.", "Ferrymen say fares rose. Ferrymen rest."):
        doc = nlp(text)
        doc.ents = []
        assert extract_entities(doc) == []
    doc = nlp("Orla Pike runs the depot. Pike said 40 vans were late. Kessa said the roads were shut.")
    at = next(t.i for t in doc if t.text == "Kessa")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, at, at + 1, label="GPE")]
    assert all(e.label != "ORG" for e in extract_entities(doc))


def test_entities_a_name_right_after_a_noun_for_a_kind_of_body_is_a_body_whatever_its_type() -> None:
    doc = load_nlp()("Six ferries were held in port, the state broadcaster Kelvcast reported.")
    at = next(t.i for t in doc if t.text == "Kelvcast")
    doc.ents = [Span(doc, at, at + 1, label="PRODUCT")]  # as the tagger read a page of this kind
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Kelvcast", "ORG")]


def test_entities_a_name_typed_a_thing_beside_a_description_of_a_business_is_a_body() -> None:
    doc = load_nlp()("Passengers of Skarvline, the Merrow-based airline, were stranded.")
    at = next(t.i for t in doc if t.text == "Skarvline")
    doc.ents = [Span(doc, at, at + 1, label="PRODUCT")]  # as the tagger read a page of this kind
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Skarvline", "ORG")]


def test_entities_an_untagged_name_the_article_calls_by_its_kind_is_a_body() -> None:
    doc = load_nlp()("Walkers from the Pellar Shore Watch Network counted the gulls. The network put the dead at 57.")
    doc.ents = []  # as the tagger read a page of this kind
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Pellar Shore Watch Network", "ORG")]


def test_entities_a_capitalised_run_is_no_body_without_a_clean_edge_or_a_lower_case_reference() -> None:
    nlp = load_nlp()
    for text in (
        "The Minister of Rural Transport Services spoke. The service said 40 routes were cut.",
        "Walkers from the Orvel Shore Watch Network counted 57 gulls.",  # never "the network": the tagger's call stands
        "The Merrow Anglers' Harbour Fund disagreed. The fund said 12 boats sank.",
    ):
        doc = nlp(text)
        doc.ents = []
        assert [e.text for e in extract_entities(doc)] == []
