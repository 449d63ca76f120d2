"""The mention resolver: one chain per participant, and every kind of mention resolved to its name.

Fictional sentences through the real spaCy model; each test states one mechanism.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsledger.nlp.engine import load_nlp
from newsledger.nlp.entities import extract_entities
from newsledger.nlp.mentions import resolve_mentions
from newsledger.nlp.quotes import extract_quotes
from newsledger.nlp.speakers import SpeakerResolver, speakers_for
from newsledger.record import Quote


def resolver(text: str) -> SpeakerResolver:
    doc = load_nlp()(text)
    return speakers_for(doc, extract_entities(doc))


def quotes(text: str) -> list[Quote]:
    speakers = resolver(text)
    return extract_quotes(speakers.doc, speakers, [])


def speaker_of(text: str, fragment: str) -> str | None:
    hits = [q for q in quotes(text) if fragment in q.text]
    assert hits, f"no quote with {fragment!r}: {[q.text for q in quotes(text)]}"
    return hits[0].speaker.name if hits[0].speaker else None


def read_as_person(text: str, name: str) -> Doc:
    """``text`` parsed, with every mention of ``name`` tagged a person, as the tagger sometimes does."""
    return retagged(text, name, "PERSON")


def retagged(text: str, name: str, label: str) -> Doc:
    """``text`` parsed, with every mention of ``name`` tagged ``label``, as the tagger sometimes does."""
    doc = load_nlp()(text)
    n = len(name.split())
    at = [t.i for t in doc if doc[t.i : t.i + n].text == name]
    doc.ents = [e for e in doc.ents if not any(e.start < k + n and k < e.end for k in at)] + [
        Span(doc, k, k + n, label=label) for k in at
    ]
    return doc


def speaker_in(doc: Doc, fragment: str) -> str | None:
    """The resolved speaker of the quote holding ``fragment`` in a ``doc`` parsed (and perhaps retagged) by the test."""
    found = extract_quotes(doc, speakers_for(doc, extract_entities(doc)), [])
    said = next(q for q in found if fragment in q.text)
    return said.speaker.name if said.speaker else None


def test_mentions_surname_joins_the_full_name() -> None:
    text = "Foreign Minister Dmitra Kolvak met her counterparts on Monday. Kolvak said the talks had gone well."
    assert speaker_of(text, "the talks had gone well") == "Dmitra Kolvak"


def test_mentions_spelling_variants_of_a_surname_are_one_person() -> None:
    m = resolver("Pavlo Zelenskyy spoke first. Later Zelenskiy said the border was calm.").mentions
    people = [c for c in m.chains if c.type == "PERSON"]
    assert len(people) == 1 and people[0].name == "Pavlo Zelenskyy"


def test_mentions_acronym_and_expansion_are_one_body() -> None:
    text = (
        "The Norland Security Intelligence Service (NSIS) warned of new threats. "
        "An NSIS report said the risk had grown."
    )
    m = resolver(text).mentions
    bodies = [c for c in m.chains if c.type == "ORG" and c.name in ("NSIS", "Norland Security Intelligence Service")]
    assert len({c.id for c in bodies}) == 1


def test_mentions_description_resolves_to_the_organisation_the_article_is_about() -> None:
    text = (
        "Harbour Air cancelled 40 flights on Tuesday. Harbour Air blamed the storm. "
        "“We expect to resume service tomorrow,” the airline said."
    )
    assert speaker_of(text, "We expect to resume service") == "Harbour Air"


def test_mentions_description_of_another_kind_is_not_the_central_body() -> None:
    text = (
        "Kessa Rail Network said repairs would take weeks. Kessa Rail Network blamed the floods. "
        "“This is a betrayal of our members,” the union said."
    )
    assert speaker_of(text, "betrayal of our members") != "Kessa Rail Network"


def test_mentions_description_of_a_nation_s_body_is_not_a_central_body_tied_to_no_nation() -> None:
    text = (
        "Orvel Camp Trust ran the camp for years. Orvel Camp Trust asked for more tents. "
        "The Danish government said it had admitted 14,000 refugees."
    )
    assert speaker_of(text, "14,000 refugees") != "Orvel Camp Trust"


def test_mentions_an_organ_of_state_is_not_a_central_body_whose_name_says_no_kind() -> None:
    """ "the government", "the police" are called by their kind; a brand-like name ("Velmora Air") is none of them,
    while a description of its own kind ("the airline") still is it."""
    text = (
        "Velmora Air cancelled 80 flights on Monday. Velmora Air blamed a computer fault. "
        "The government said it would review the airline's licence. The airline said it regretted the disruption."
    )
    assert speaker_of(text, "review the airline") == "government"
    assert speaker_of(text, "regretted the disruption") == "Velmora Air"


def test_mentions_it_after_a_body_described_as_the_subject_is_that_body() -> None:
    """ "Velmora Air has argued … The regulator does not agree: it fined the airline": "it" is the body the
    clause before it describes as its subject, not the one named before."""
    text = (
        "According to the Velmoran Civil Aviation Authority (VCAA), passengers are owed 250 crowns. "
        "Velmora Air has argued that the failure was at its supplier, Corbel Data Systems. The regulator does not "
        "agree: it fined the airline 6.5 million crowns on 13 June."
    )
    mentions = resolver(text).mentions
    chain = mentions.antecedent(text.index("it fined"), "it")
    assert chain is not None and chain.name == "Velmoran Civil Aviation Authority"


def test_mentions_a_pronoun_closing_a_quotation_looks_before_the_quotation() -> None:
    """'“A. B,” she said': the sentence before the pronoun is the one before the quotation opened, not the
    quotation's own first sentence; so "she" is the analyst named just before it, not a woman who spoke earlier."""
    text = (
        "Ilse Varn, the union's general secretary, said turnout had never fallen below 88%.\n\n"
        "A long strike could cost the airline 150 million crowns, according to Rosalind Teague, an analyst at "
        "Kellbrook Securities.\n\n"
        "“That is half of what the airline earned last year. This is no longer just a labour dispute,” she said."
    )
    mentions = resolver(text).mentions
    chain = mentions.antecedent(text.index("she said"), "she")
    assert chain is not None and chain.name == "Rosalind Teague"


def test_mentions_the_company_is_the_one_whose_officer_speaks() -> None:
    """ "Orvane Rail's chief executive, Mara Lind, said that the company …": the company is Orvane Rail, though
    another body was the subject of the sentence before."""
    text = (
        "The Rail Accident Branch said on Wednesday that a signal fault had caused the crash. Orvane Rail's chief "
        "executive, Mara Lind, said on Thursday that the company accepted the findings."
    )
    speakers = resolver(text)
    company = next(t for t in speakers.doc if t.text == "company")
    chain = speakers.mentions.describe(company, company.idx)
    assert chain is not None and chain.name == "Orvane Rail"


def test_mentions_a_description_set_off_after_a_name_is_that_body() -> None:
    """ "KADP, the Kessa agency for displaced people, said": the body is KADP, not the Kessa its description holds,
    though the parser does not hang the description on the acronym."""
    text = (
        "Displacement is the number that grew fastest. KADP, the Kessa agency for displaced people, said on "
        "Tuesday that about 38,000 people had left their homes."
    )
    assert speaker_of(text, "38,000 people") == "KADP"


def test_mentions_role_acronym_names_the_titled_person() -> None:
    text = (
        "Commissioner of Police (CP) Arvid Dalmann told reporters the raid was planned for weeks. "
        "The CP said, “We recovered the stolen goods.”"
    )
    assert speaker_of(text, "We recovered the stolen goods") == "Arvid Dalmann"


def test_mentions_nationality_noun_refers_to_the_last_speaker() -> None:
    text = "“The squad is tired,” Lorenz Haber said after the match.\n\n“We need two weeks of rest,” the German added."
    assert speaker_of(text, "We need two weeks of rest") == "Lorenz Haber"


def test_mentions_nationality_in_a_description_must_agree() -> None:
    text = (
        "Norwegian Foreign Minister Eira Solberg met Spanish Foreign Minister Tomas Abril in Oslo. "
        "“The talks were useful,” the Spanish minister said."
    )
    assert speaker_of(text, "The talks were useful") == "Tomas Abril"


def test_mentions_person_named_after_a_title_without_ner() -> None:
    text = "Col. Ana Ruiz, the ministry's spokeswoman, said the convoy had arrived safely."
    assert speaker_of(text, "the convoy had arrived") == "Ana Ruiz"


def test_mentions_pronoun_after_a_title_with_a_name_in_apposition() -> None:
    text = (
        "The head of the regional health office, Marta Velasco, visited the camp. "
        "According to her, the camp needs more water. She said supplies would come on Friday."
    )
    assert speaker_of(text, "supplies would come on Friday") == "Marta Velasco"


def test_mentions_she_skips_a_man_the_article_called_he() -> None:
    text = (
        "Minister Lena Brandt said the plan would work. Jonas Weir arrived late. He said nothing. "
        "On her meeting with Weir, she said, “We agreed on the budget.”"
    )
    assert speaker_of(text, "We agreed on the budget") == "Lena Brandt"


def test_mentions_a_given_name_says_whom_she_and_he_can_mean() -> None:
    text = (
        "Helen Varga, the city's treasurer, presented the budget on Monday. Afterwards Robert Maas praised the "
        "plan in a long speech. “It is a careful budget,” she said."
    )
    assert speaker_of(text, "It is a careful budget") == "Helen Varga"
    text = (
        "The union's leader, Peter Lind, spoke first. Then Anna Borg took the stage and the crowd cheered. "
        "He said the strike would go on."
    )
    assert speaker_of(text, "the strike would go on") == "Peter Lind"


def test_mentions_an_owners_pronoun_in_a_role_says_nothing_of_the_person() -> None:
    # "his editor": his is the writer's; Teresa Hale is still a woman for "she"
    text = "Ford often visited his editor Teresa Hale at her office. “Life was short,” she recalled."
    assert speaker_of(text, "Life was short") == "Teresa Hale"
    text = "Pavel Lind came with his wife Orla Rehn. “We love the town,” she said."
    assert speaker_of(text, "We love the town") == "Orla Rehn"


def test_mentions_no_recent_person_of_the_wrong_gender_for_a_pronoun() -> None:
    # the only person named is a man: "she" is someone the article has not named, not him
    text = "Donald Kessler walked onto the stage and the crowd cheered. “Here he is,” she said, clapping."
    assert all(q.speaker is None or q.speaker.name != "Donald Kessler" for q in quotes(text))


def test_mentions_a_name_borne_by_both_says_nothing() -> None:
    text = (
        "Robin Tasker opened the hearing on Monday. Then Karl Wendt read the charges. "
        "“The court will hear the defence next,” she said."
    )
    assert speaker_of(text, "The court will hear the defence next") == "Robin Tasker"


def test_mentions_document_speaks_for_its_issuer() -> None:
    text = (
        "The Kessa Observer Mission published its findings on Monday. "
        "“The count lacked transparency,” read a statement released by the Kessa Observer Mission."
    )
    assert speaker_of(text, "The count lacked transparency") == "Kessa Observer Mission"


def test_mentions_two_bodies_of_one_kind_named_together_stay_ambiguous() -> None:
    text = (
        "The Coastal Flood Authority and the Harbour Transport Office met on Tuesday.\n\n"
        "“Crews are still pumping water out of the lower town,” the service said."
    )
    assert speaker_of(text, "Crews are still pumping") not in ("Coastal Flood Authority", "Harbour Transport Office")


def test_mentions_entities_carry_their_chain_name() -> None:
    text = "Harbour master Jonas Eklund said the storm had damaged three piers. Eklund said repairs would take a month."
    m = resolver(text).mentions
    by_text = {e.text: e for e in m.entities}
    assert by_text["Eklund"].canonical == "Jonas Eklund"


def test_mentions_bracketed_acronym_joins_the_name_before_it() -> None:
    text = (
        "Turkey's Disaster and Emergency Management Authority (DEMA) said 40 people had died. "
        "“Search teams are still working,” the ministry said. Later DEMA raised the toll."
    )
    m = resolver(text).mentions
    assert len([c for c in m.chains if "dema" in c.keys]) == 1
    assert speaker_of(text, "Search teams are still working") == "Disaster and Emergency Management Authority"


def test_mentions_a_name_takes_the_kind_it_is_tagged_as_most_often() -> None:
    text = (
        "Rail staff voted to reject Corvex Rail's offer of a pay rise. The union said members rejected the "
        "Corvex Rail offer. Corvex Rail said it was disappointed. Talks with Corvex Rail will resume next week. "
        "The public body, overseen by the Transport Office, said it had offered a five per cent pay rise."
    )
    r = resolver(text)
    tagged = {e.label for e in extract_entities(r.doc) if e.canonical == "Corvex Rail"}
    assert tagged == {"PERSON", "ORG"}  # the tagger disagrees with itself on this name
    rail = [c for c in r.mentions.chains if c.name == "Corvex Rail"]
    assert len(rail) == 1 and rail[0].type == "ORG"
    assert speaker_of(text, "a five per cent pay rise") == "Corvex Rail"


def test_mentions_an_indefinite_description_is_named_in_apposition_next() -> None:
    text = (
        "More than 300 staff will lose their jobs, according to a group of nurses. "
        "The group, Nurses for Safe Wards, formed last month and wrote to the board."
    )
    assert speaker_of(text, "300 staff will lose their jobs") == "Nurses for Safe Wards"
    # without the naming sentence the description stays as it is
    assert speaker_of(text.split(". ", maxsplit=1)[0] + ".", "300 staff") == "group of nurses"


def test_mentions_a_name_right_after_an_organisation_noun_is_an_organisation() -> None:
    text = (
        "Nurses wrote to the health board on Monday. The nurses, members of a recently formed group Nurses for "
        "Safe Wards, have offered to staff a night clinic. The board said it would reply next week. "
        "“Winter has already begun, so we write with urgency,” the nurses said."
    )
    names = {(c.name, c.type) for c in resolver(text).mentions.chains}
    assert ("Nurses for Safe Wards", "ORG") in names
    assert speaker_of(text, "Winter has already begun") == "Nurses for Safe Wards"


def test_mentions_a_plural_description_is_not_one_person_the_article_named() -> None:
    text = (
        "Dr. Lena Ortiz, a family physician, belongs to the group Doctors for Open Wards. The doctors want a "
        "night clinic. “We write with urgency,” the doctors said."
    )
    assert speaker_of(text, "We write with urgency") == "Doctors for Open Wards"


def test_mentions_the_statement_speaks_for_whoever_just_spoke_in_one() -> None:
    text = (
        "Two soldiers were killed in a crash, the coastal army said in a statement on Friday. "
        "“The cause of the crash is under investigation,” the statement said."
    )
    assert speaker_of(text, "The cause of the crash") == "coastal army"


def test_mentions_two_names_joined_by_and_are_one_when_the_article_uses_their_acronym() -> None:
    from newsledger.nlp.mentions import resolve_mentions
    from newsledger.record import Entity

    text = "Harbour and Coast Guard said it would not run the clinic. An HCG spokesman confirmed it."
    doc = load_nlp()(text)
    split = [
        Entity(text="Harbour", label="ORG", start=0, end=7, canonical="Harbour"),
        Entity(text="Coast Guard", label="ORG", start=12, end=23, canonical="Coast Guard"),
    ]
    names = {c.name for c in resolve_mentions(doc, split).chains}
    assert names == {"Harbour and Coast Guard"}
    # without the acronym in the article they stay two bodies
    doc = load_nlp()(text.replace("An HCG spokesman", "A spokesman"))
    assert {c.name for c in resolve_mentions(doc, split).chains} == {"Harbour", "Coast Guard"}


def test_mentions_an_organisations_first_word_alone_is_that_organisation() -> None:
    text = (
        "Varn Transit Authority cut 40 routes on Monday. Varn said the cuts would save money. "
        "“We had no other choice,” a spokesperson said."
    )
    bodies = [c for c in resolver(text).mentions.chains if c.type == "ORG"]
    assert [c.name for c in bodies] == ["Varn Transit Authority"]


def test_mentions_the_company_is_the_organisation_just_in_subject_position() -> None:
    text = (
        "Harbour Media Group agreed to buy Tidewell last year. Earlier this year, Tidewell reportedly laid off "
        "60 employees (the company would not disclose the number but called it “small”)."
    )
    assert speaker_of(text, "small") == "Tidewell"


def test_mentions_they_after_an_unnamed_group_is_that_group() -> None:
    text = (
        "Ferro Motors will sell three electric models next year, its chief Tomas Veller said. "
        "Analysts expect the number of models to grow. They say longer range will lift sales."
    )
    assert speaker_of(text, "longer range will lift sales") == "analysts"


def test_mentions_a_plural_description_falls_back_to_no_one_person() -> None:
    r = resolver("Astronomer Lena Okafor built the simulation. Researchers believe the model works.")
    researchers = next(t for t in r.doc if t.text == "Researchers")
    assert r.mentions.describe(researchers, researchers.idx) is None


def test_mentions_a_name_in_quoted_words_is_not_what_a_pronoun_after_them_means() -> None:
    text = (
        "Senator Ana Ruiz spoke for an hour. A clerk who steals is punished, Ruiz said. Bankers are not.\n\n"
        "“The only way Tom Berg will change is if he faces jail time,” she said."
    )
    assert speaker_of(text, "The only way Tom Berg") == "Ana Ruiz"


def test_mentions_a_family_name_the_tagger_missed_is_the_person_named_in_full() -> None:
    text = (
        "The ferry deal could lift Kessa's economy, says Jon Spoons, a fund manager at Nordvik Capital.\n\n"
        "“Here is a company that pays for its passengers,” Spoons said."
    )
    assert speaker_of(text, "Here is a company") == "Jon Spoons"  # "Spoons" alone is tagged a common noun


def test_mentions_a_capitalised_person_noun_ending_a_name_is_that_name() -> None:
    # "Leader" closes a newspaper's name here: it matched no one, so it falls back to no person either
    text = (
        "Mayor Ana Lindqvist opened the bridge on Monday. "
        "The Kessa Valley Leader said the repairs had cost twice the estimate."
    )
    assert speaker_of(text, "the repairs had cost") == "Kessa Valley Leader"


def test_mentions_description_before_any_body_is_named_points_ahead() -> None:
    text = (
        "The island nation's electoral body said the ruling party won 8.8 million votes.\n\n"
        "Ivo Rask, the Independent Varnian Electoral Commission's chief, announced the result overnight."
    )
    assert speaker_of(text, "ruling party") == "Independent Varnian Electoral Commission"


def test_mentions_description_holding_a_name_does_not_point_ahead() -> None:
    text = (
        "The Velmar administration said it had vaccinated 400 migrants.\n\n"
        "The Velmar Office of Public Review disputed the figure on Monday."
    )
    assert speaker_of(text, "vaccinated") != "Velmar Office of Public Review"


def test_mentions_acronym_of_a_named_body_is_the_body_not_a_person_titled_by_it() -> None:
    text = (
        "The Velmar Space Agency (VSA) will fly again in May. Tomas Reyl, the VSA chief scientist, spoke on Monday.\n\n"
        "The VSA said that nine companies were eligible to bid."
    )
    assert speaker_of(text, "nine companies") == "Velmar Space Agency"


def test_mentions_a_described_body_as_a_source_is_a_participant_later_descriptions_mean() -> None:
    # a body the article only describes, with an owner or modifiers, is one participant: "the service" is it (a
    # place noun owning it says nothing a reader can look up: it is named without it)
    text = (
        "The island's border guard service said three of its officers were injured on Sunday. "
        "Kelvorian Defence Minister Ivo Rask denied any shelling. "
        "According to the service, 40 civilians have been evacuated from two villages."
    )
    m = resolver(text).mentions
    described = [c for c in m.chains if c.described]
    assert [c.name for c in described] == ["border guard service"]
    assert speaker_of(text, "three of its officers") == "border guard service"
    speakers = resolver(text)
    service = next(t for t in speakers.doc if t.text == "service" and t.head.text == "to")
    found = speakers.speaker(service)
    assert found is not None and found.name == "border guard service"


def test_mentions_a_described_body_is_meant_by_its_head_noun_not_by_another_owner_s() -> None:
    text = (
        "The tram drivers' union said members would strike on Friday. "
        "“We have no choice,” the union said. "
        "The nurses' union said it would not join the strike."
    )
    assert speaker_of(text, "We have no choice") == "tram drivers' union"
    m = resolver(text).mentions
    assert {c.name for c in m.chains if c.described} == {"tram drivers' union", "nurses' union"}


def test_mentions_a_described_body_is_not_another_organisation_beside_the_central_one() -> None:
    text = (
        "Kelvoria Flood Watch said 300 homes were flooded. "
        "The region's farmers' union said crops were lost on 2,000 hectares. "
        "“We expect more rain,” the agency said."
    )
    assert speaker_of(text, "We expect more rain") == "Kelvoria Flood Watch"


def test_mentions_a_described_body_is_forgotten_once_the_article_moves_on() -> None:
    filler = " ".join(f"Drasna Transit reported {n} delays on line {n}." for n in range(2, 40))
    text = (
        "The city's cycling federation said 40 bike lanes were closed. "
        + filler
        + " “The closures are temporary,” the federation said."
    )
    assert speaker_of(text, "The closures are temporary") != "city's cycling federation"


def test_mentions_a_body_introduced_by_an_indefinite_description_is_one_participant() -> None:
    text = (
        "A regional health board said 12 clinics had closed since March. "
        "Governor Tomas Reyl promised new funding. "
        "“We cannot staff them,” the board said."
    )
    assert speaker_of(text, "We cannot staff them") == "regional health board"


def test_mentions_a_description_owned_by_a_named_body_introduces_no_body_of_its_own() -> None:
    # "the lender's board": a part of the bank the article names, not a participant of its own
    text = (
        "Tomas Reyl was nominated to lead the Velmont Development Bank on Friday. "
        "The lender's board said it would decide by March."
    )
    m = resolver(text).mentions
    assert not [c for c in m.chains if c.described]


def test_mentions_a_description_the_article_wrote_after_a_name_is_that_body_s() -> None:
    text = (
        "A headline from the Kessa Times editorial board drew anger from the Velmont Farmers Party on Monday. "
        "Ana Veld is no conservative, the editorial board says."
    )
    m = resolver(text).mentions
    assert not [c for c in m.chains if c.described]


def test_mentions_a_report_does_not_speak_for_a_body_the_article_only_describes() -> None:
    text = (
        "The tram drivers' union said members would strike on Friday. "
        "The survey found that 60 per cent of commuters backed the strike."
    )
    assert speaker_of(text, "60 per cent of commuters") != "tram drivers' union"


def test_mentions_a_described_body_is_left_once_another_of_its_kind_is_written() -> None:
    text = (
        "The tram drivers' union said members would strike on Friday. "
        "Shares in Velmont Rail fell after the bus drivers' union joined the call. "
        "“We are ready,” the union said."
    )
    assert speaker_of(text, "We are ready") != "tram drivers' union"


def test_mentions_a_description_repeating_an_unnamed_one_is_not_the_last_named_person() -> None:
    text = (
        "Prince Edmund of Valdoria gave a long interview to the national broadcaster on Monday. "
        "“Edmund is not entitled to any form of immunity because of his position,” said one legal expert. "
        "“He is vulnerable to extradition,” the expert warned."
    )
    assert speaker_of(text, "vulnerable to extradition") == "expert"
    text = (
        "Mayor Tomas Reyl toured the camp on Monday. A reporter's source inside the camp, a nurse who asked "
        "not to be named, said the claim was false. “Nobody is stopping people from leaving,” the source said."
    )
    assert speaker_of(text, "Nobody is stopping people") == "source"


def test_mentions_a_spokesperson_speaks_for_the_body_their_phrase_names_not_the_topic() -> None:
    # the article is about the commission's inquiry; the spokesperson is the company's
    text = (
        "The Valdorian Trade Commission is investigating Deskly, according to two people familiar with the "
        "matter. “We received an inquiry and are cooperating,” said a Deskly spokesperson."
    )
    assert speaker_of(text, "We received an inquiry") == "Deskly"


def test_mentions_the_company_is_never_a_public_body() -> None:
    text = (
        "The Valdorian Trade Commission is investigating Deskly, according to two people familiar with the "
        "matter. The company confirmed on Monday that it had been contacted by the commission."
    )
    assert speaker_of(text, "it had been contacted") == "Deskly"
    text = "The Valdorian Trade Commission fined two lenders on Monday. The company said it would appeal."
    assert speaker_of(text, "it would appeal") != "Valdorian Trade Commission"


def test_mentions_an_untagged_name_keeps_the_type_the_tagger_gave_it_elsewhere() -> None:
    doc = load_nlp()(
        "Regulators are looking into Deskly. On Monday Deskly said it faced a restructuring, and Deskly "
        "declined to comment further."
    )
    first = next(e for e in doc.ents if e.text == "Deskly")
    # the tagger missed the later mentions, as it does with names it does not know
    doc.ents = [e for e in doc.ents if e.text != "Deskly" or e == first]
    m = speakers_for(doc, extract_entities(doc)).mentions
    assert {c.type for c in m.chains if c.name == "Deskly"} == {"ORG"}


def test_mentions_a_platform_is_never_a_person_a_pronoun_means() -> None:
    doc = read_as_person(
        "Last week, Mara Quill posted on Twitter accusing Redline Records of trying to stop her performing her "
        "old songs.\n\nShe claimed the label wanted a new recording.\n\n“I just want to play my own music,” she said.",
        "Twitter",
    )
    found = extract_quotes(doc, speakers_for(doc, extract_entities(doc)), [])
    said = {q.text[:12]: q.speaker.name if q.speaker else None for q in found}
    assert set(said.values()) == {"Mara Quill"}, said


def test_mentions_an_unnamed_one_stays_unnamed_however_long_ago_they_came_in() -> None:
    filler = " ".join(f"Dr. Ivo Rask reviewed test {n} of the case and filed it." for n in range(1, 41))
    text = (
        "A 43-year-old man from Kessa saw his doctor after months of feeling breathless. "
        + filler
        + " “It does not affect me at all now,” the man wrote."
    )
    assert speaker_of(text, "does not affect me") == "man"


def test_mentions_the_report_is_the_one_the_article_said_a_body_issued() -> None:
    text = (
        "According to a report in the Kessa Herald, Governor Ana Veld launched the campaign on Monday. "
        "The report says the ad agency Redline Co. designed the campaign."
    )
    assert speaker_of(text, "designed the campaign") == "Kessa Herald"


def test_mentions_a_body_whose_name_says_its_nation_is_not_another_nations_body() -> None:
    text = (
        "The Chilean Transit Authority rejected the plan on Monday. "
        "The Peruvian transport ministry said it regretted any decision to close the border."
    )
    assert speaker_of(text, "regretted any decision") != "Chilean Transit Authority"


def test_mentions_a_relative_of_a_named_person_is_not_the_last_person_who_spoke() -> None:
    text = (
        "Elin Marsh met the writer in 1993. “He never spoke about his family,” Marsh said. "
        "At some point, Rask's father told a neighbour that he had not heard from his son in years."
    )
    said = [q for q in quotes(text) if "heard from his son" in q.text]
    assert said and said[0].speaker is not None and said[0].speaker.name != "Elin Marsh"


def test_mentions_a_subject_inside_quoted_words_is_not_what_the_writer_s_pronoun_means() -> None:
    text = (
        "In each race, President Tomas Reyl tied himself to the outcome.\n\n“Governor Ivo Rask has done a "
        "wonderful job!” Reyl wrote before the vote. “Ivo has my complete endorsement.”\n\nReyl sent a similar "
        "message ahead of the city election. “Go out and vote today,” he said."
    )
    m = resolver(text).mentions
    # the narrative's subjects, the ones a pronoun may mean, are all outside the quotations
    assert [said.chain.name for said in m.history] == ["Tomas Reyl"] * len(m.history)
    assert speaker_of(text, "Go out and vote") == "Tomas Reyl"


def test_mentions_a_body_of_a_place_goes_by_the_initials_of_its_name_before_the_place() -> None:
    text = (
        "The Electoral Commission of Belgara declared the results on Friday. EC Chairperson Ana Osei read them "
        "out. These results, according to the EC, exclude four constituencies. The Electoral Commission said "
        "the four would not change the outcome."
    )
    assert speaker_of(text, "exclude four constituencies") == "Electoral Commission of Belgara"
    assert speaker_of(text, "the four would not change") == "Electoral Commission of Belgara"


def test_mentions_a_name_ending_in_a_corporate_word_is_a_body() -> None:
    doc = read_as_person(
        "Tomas Reyl Productions denied the report. Reyl Productions said the deal was not done.",
        "Tomas Reyl Productions",
    )
    m = speakers_for(doc, extract_entities(doc)).mentions
    assert {c.type for c in m.chains if "Productions" in c.name} == {"ORG"}


def test_mentions_a_name_written_with_an_article_is_no_person() -> None:
    doc = read_as_person(
        "Former astronaut Tom Vell testified on Tuesday. One thing Vell would cut is the Gateway. "
        "“I see no role for the Gateway in the landing,” he said.",
        "Gateway",
    )
    assert speaker_in(doc, "no role") == "Tom Vell"


def test_mentions_a_report_in_a_paper_the_tagger_did_not_know_is_that_paper_s() -> None:
    text = (
        "Thousands of people joked about the slogan on Twitter, and it became a top Twitter trend. "
        "According to a report in the Harbour Leader of Kessa Falls, Governor Ana Veld launched the campaign. "
        "The report says the agency Redline Co. designed the campaign."
    )
    assert speaker_of(text, "designed the campaign") == "Harbour Leader of Kessa Falls"


def test_bare_plural_findings_speak_for_themselves_not_the_body_last_heard() -> None:
    text = (
        "Turnout was low, the Kessa Electoral Board said on Monday. "
        "Polls show Mayor Ana Vell ahead by ten points in the capital."
    )
    assert speaker_of(text, "ahead by ten points") == "polls"


def test_a_name_read_as_a_person_by_its_role_lends_its_surname_to_later_mentions() -> None:
    text = (
        "“The evidence is not strong enough,” the deputy director of public prosecutions, Eva Lindqvist, said.\n\n"
        "Lindqvist explained that the complaint had first been deemed credible."
    )
    doc = load_nlp()(text)
    at = [t.i for t in doc if t.text == "Lindqvist"]
    doc.ents = [Span(doc, at[0] - 1, at[0] + 1, label="ORG"), Span(doc, at[1], at[1] + 1, label="ORG")]
    assert speaker_in(doc, "deemed credible") == "Eva Lindqvist"


def test_an_acronym_before_a_persons_name_is_no_family_name() -> None:
    text = (
        "The Kessa Investment Fund (KIF) warned of a slowdown.\n\nKIF Ana Osei\n\n"
        "“This is a delicate moment,” Osei said."
    )
    doc = load_nlp()(text)
    # the caption line as the tagger reads it: the name a person's, the acronym before it untagged
    caption = next(t.i for t in doc if t.text == "KIF" and t.i > 8)
    kept = [e for e in doc.ents if e.end <= caption or e.start > caption + 2]
    doc.ents = sorted([*kept, Span(doc, caption + 1, caption + 3, label="PERSON")], key=lambda e: e.start)
    assert speaker_in(doc, "delicate moment") == "Ana Osei"


def test_a_determined_wh_word_is_a_name_not_a_relative_pronoun() -> None:
    text = "The WHO on Monday confirmed 19 deaths.\n\nThe WHO also confirmed 39 suspected cases."
    doc = load_nlp()(text)
    for t in doc:
        if t.text == "WHO":
            t.tag_ = "WP"  # as the tagger reads it at a paragraph's start
    assert speaker_in(doc, "39 suspected cases") == "WHO"


def test_findings_in_general_are_no_body_heard_from() -> None:
    text = (
        "The Kessa Design Office studied long flights. Existing research into sleep shows it protects the crew, "
        "and several studies found that crews rest better in pods."
    )
    assert speaker_of(text, "it protects the crew") == "existing research"
    assert speaker_of(text, "crews rest better") == "several studies"


def test_an_occasion_where_things_are_said_says_nothing() -> None:
    text = "Mayor Ana Vell and Tomas Berg met on Tuesday. The debate failed to answer the question of who pays."
    assert all(q.speaker is None or "debate" not in q.speaker.name for q in quotes(text))


def test_the_statement_speaks_for_who_spoke_in_it_not_for_a_document_named_in_a_quote() -> None:
    text = (
        "Singer Vera Lind accused Kessa Records and its owner Tom Brand of blocking her concert. The company "
        "denied the allegations in a statement shared to its website.\n\n"
        '"As Vera Lind\'s partner for over a decade, we were shocked to see her statements," the statement read.'
    )
    assert speaker_of(text, "we were shocked") == "Kessa Records"


def _genders(text: str) -> dict[str, str | None]:
    doc = load_nlp()(text)
    chains = resolve_mentions(doc, extract_entities(doc)).chains
    return {c.name: c.gender for c in chains if c.type == "PERSON"}


def test_mentions_a_pronoun_teaches_a_gender_only_when_it_can_mean_one_person() -> None:
    # two people named before "She": a guess, which must not decide whom later pronouns can mean
    assert _genders("Kai Moreno sold the firm to Robin Hale. She called it a good deal.") == {
        "Kai Moreno": None,
        "Robin Hale": None,
    }
    assert _genders("Kai Moreno sold the firm on Monday. She called it a good deal.") == {"Kai Moreno": "f"}


def test_mentions_a_headline_names_no_one_the_tagger_missed() -> None:
    # capitalised subjects of a headline in title case are its style, not names
    for text in (
        "The mayor spoke for an hour.\n\n'All Bets Are Off.'\n\nEight years ago the port was busy.",
        "Harbour Talks Collapse As Unions Walk Out\n\nThe talks ended on Monday.",
    ):
        doc = load_nlp()(text)
        assert resolve_mentions(doc, extract_entities(doc)).chains == []


def test_mentions_an_industry_noun_describes_the_company() -> None:
    # business copy names a company by its trade: "the planemaker", "the chipmaker", "the brewer"
    for text, name in (
        ("Velo Semiconductor cut its forecast on Monday. “Demand is weak,” the chipmaker said.", "Velo Semiconductor"),
        ("Kestrel Aerospace delivered fewer jets in May. “Supply is tight,” the planemaker said.", "Kestrel Aerospace"),
        # "Air" makes a name an organisation's, whatever the tagger guessed
        ("Kessa Air grounded 12 planes on Monday. “Safety is first,” the airline said.", "Kessa Air"),
    ):
        assert speaker_of(text, "is") == name


def test_mentions_a_body_a_place_owns_is_not_the_body_last_named() -> None:
    # "Velostra's border guard service" after "Norvania fired": neither Norvania nor Velostra itself
    text = "Norvania fired 120 missiles at Velostra overnight, Velostra's border guard service said."
    assert speaker_of(text, "Norvania fired") == "Velostra's border guard service"
    # but a body whose own name holds the owner is the one meant
    text = (
        "The Kessa Port Authority closed the harbour on Monday. Norvania shelled the docks overnight, Kessa's port "
        "authority said."
    )
    assert speaker_of(text, "Norvania shelled") == "Kessa Port Authority"


def test_officials_of_a_place_or_field_are_not_the_body_last_heard() -> None:
    text = (
        "The Harbour Relief Agency said 4,000 people had left the valley. "
        "Local officials said power had been cut to most homes. "
        "Senior officials said more tents would arrive on Friday."
    )
    assert speaker_of(text, "power had been cut") == "local officials"
    assert speaker_of(text, "more tents would arrive") == "Harbour Relief Agency"


def test_a_name_in_apposition_to_a_kind_of_body_is_an_organisation() -> None:
    # the tagger took the company it did not know for a person; "the company" then had no one to mean
    text = (
        "Lumora, a Berlin-based battery startup, has raised $40 million in new funding, the company said on "
        "Tuesday. Mara Quist, a partner at the firm, said the deal was done."
    )
    assert speaker_of(text, "raised $40 million") == "Lumora"
    assert speaker_of(text, "the deal was done") == "Mara Quist"


def test_a_company_by_its_first_name_is_the_company() -> None:
    # the tagger named "Tarvin Semiconductor" and took "Tarvin" alone for a product
    text = (
        "The export rules could cost Tarvin Semiconductor up to $2 billion in annual sales. "
        "\u201cWe are reviewing the rules,\u201d a Tarvin spokeswoman said in an email. "
        "The company declined to comment further."
    )
    assert speaker_of(text, "We are reviewing the rules") == "Tarvin Semiconductor"


def test_mentions_a_name_used_only_as_a_place_is_no_person() -> None:
    # "in Ostrel", "through Ostrel", "the town of Ostrel": a place the tagger read as a person, so "she" is Venn
    doc = read_as_person(
        "Ana Venn, the mayor, said the crash near the town of Ostrel had shocked everyone.\n\n"
        "Trains through Ostrel and Kelm will not run this week. In Ostrel, shops stayed shut.\n\n"
        "“We will rebuild,” she said.",
        "Ostrel",
    )
    m = speakers_for(doc, extract_entities(doc)).mentions
    assert {c.type for c in m.chains if c.name == "Ostrel"} == {"GPE"}
    found = extract_quotes(doc, speakers_for(doc, extract_entities(doc)), [])
    assert [q.speaker.name for q in found if q.text.startswith("We will")] == ["Ana Venn"]


def test_mentions_a_person_named_after_in_once_is_still_a_person() -> None:
    doc = read_as_person("Lena Ostrel said the vote was fair. Voters put their trust in Ostrel.", "Lena Ostrel")
    m = speakers_for(doc, extract_entities(doc)).mentions
    assert {c.type for c in m.chains if "Ostrel" in c.name} == {"PERSON"}


def test_mentions_a_plural_owner_inside_a_name_the_tagger_missed_is_part_of_it() -> None:
    # the tagger found no name at all: the capitalised words, the plural owner's apostrophe included, are one body
    doc = load_nlp()(
        "The Calder Innkeepers' Federation wrote to the council on Monday. "
        "\u201cHalf our rooms are empty,\u201d the federation said."
    )
    doc.ents = []
    assert speaker_in(doc, "Half our rooms are empty") == "Calder Innkeepers' Federation"


def test_mentions_a_state_organs_field_and_kind_name_no_body_of_another_kind() -> None:
    # "the health ministry" is no "Regional Health Authority", though both are agencies of the same field
    text = (
        "Clinics in the west are run by the Pellar Regional Health Authority, which opened two of them in May. "
        "\u201cWe will open 12 more,\u201d the health ministry said."
    )
    assert speaker_of(text, "We will open 12 more") == "Ministry of Health"


def test_mentions_a_peoples_word_only_ever_before_a_kind_of_body_is_no_bodys_name() -> None:
    # the tagger read "Kessan" as an organisation: written only before "operator", it says whose the operator is
    doc = load_nlp()(
        "Orvel Mobile said on Monday that hackers had taken customer records. "
        "\u201cWe found the intrusion late,\u201d the Kessan operator said."
    )
    at = next(t.i for t in doc if t.text == "Kessan")
    doc.ents = [e for e in doc.ents if not (e.start <= at < e.end)] + [Span(doc, at, at + 1, label="ORG")]
    assert speaker_in(doc, "We found the intrusion late") == "Orvel Mobile"


def test_mentions_a_noun_for_a_person_written_as_a_title_before_a_name_is_no_part_of_it() -> None:
    # the tagger ran "Widower" into the name and read it all as a body
    doc = load_nlp()("Widower Tomas Varn-Oden sold the farm in May. \u201cI had no choice,\u201d Tomas Varn-Oden said.")
    named = doc.char_span(0, len("Widower Tomas Varn-Oden"), label="ORG")
    assert named is not None
    doc.ents = [named] + [e for e in doc.ents if e.start >= named.end]
    m = speakers_for(doc, extract_entities(doc)).mentions
    assert [(c.name, c.type) for c in m.chains if "Varn" in c.name] == [("Tomas Varn-Oden", "PERSON")]


def test_mentions_a_given_name_alone_is_the_person_named_in_full() -> None:
    # "Orla told the meeting": the tagger read the given name as a body
    doc = load_nlp()(
        "Orla Pike-Marsk runs the bakery on Quay Street. \u201cWe lost a week of trade,\u201d Orla told the meeting."
    )
    at = [t.i for t in doc if t.text == "Orla"][-1]
    doc.ents = [e for e in doc.ents if not (e.start <= at < e.end)] + [Span(doc, at, at + 1, label="ORG")]
    assert speaker_in(doc, "We lost a week of trade") == "Orla Pike-Marsk"


def test_mentions_a_name_the_next_sentence_calls_he_is_a_person_though_read_as_a_body() -> None:
    doc = load_nlp()(
        "Ivo Tarrant-Lue ran the ferry to Harnvik for a decade. Last winter he sold it to the council.\n\n"
        "\u201cThe crossing paid for itself,\u201d the 58-year-old said."
    )
    named = doc.char_span(0, len("Ivo Tarrant-Lue"), label="ORG")
    assert named is not None
    doc.ents = [named] + [e for e in doc.ents if e.start >= named.end]
    assert speaker_in(doc, "The crossing paid for itself") == "Ivo Tarrant-Lue"


def test_mentions_a_possessive_opening_a_bodys_name_says_whose_it_is() -> None:
    # the tagger wrote "Orvania’s Ministry of Defence" as one name: no other nation's ministry
    doc = load_nlp()(
        "Norway's Ministry of Defence said 40 drones were shot down. "
        "Orvania\u2019s Ministry of Defence said 9 patrol boats had been moved."
    )
    second = doc.text.index("Orvania")
    named = doc.char_span(second, second + len("Orvania\u2019s Ministry of Defence"), label="ORG")
    assert named is not None
    doc.ents = [e for e in doc.ents if e.end <= named.start] + [named]
    m = speakers_for(doc, extract_entities(doc)).mentions
    assert len([c for c in m.chains if c.name.endswith("Ministry of Defence")]) == 2


def test_mentions_the_ministry_of_two_is_the_one_whose_minister_the_article_names_more() -> None:
    text = (
        "Transport Minister Anka Marsk opened the new rail line on Friday. \u201cIt is late, but it is here,\u201d "
        "Marsk said. Trade Minister Tomas Varn said exporters would use it from June. "
        "\u201cWe have ordered 36 more trains,\u201d the ministry said."
    )
    assert speaker_of(text, "We have ordered") == "Ministry of Transport"


def test_mentions_a_ministry_described_by_its_portfolio_alone_is_that_portfolios_ministry() -> None:
    # no minister named, no ministry named: "the transport ministry" is the Ministry of Transport all the same
    text = "\u201cWe have ordered 36 more trains,\u201d the transport ministry said on Tuesday."
    assert speaker_of(text, "We have ordered") == "Ministry of Transport"


def test_mentions_an_office_a_place_owns_is_a_body_named_after_it() -> None:
    # a person's office speaks for that person; an island's or a town's office is a body of its own
    text = (
        "Ferries to Kessa stopped on Monday. Harbour crews moved 2,140 people inland overnight, the island's coast "
        "guard office said. Its chief, Orla Pike of the Kessa Coast Guard Office, sent nine boats out at dawn."
    )
    assert speaker_of(text, "2,140 people") == "Kessa Coast Guard Office"


def test_mentions_the_group_closing_a_sentence_is_the_one_body_its_report_names() -> None:
    # "the group" says no kind: the one body named in the clause it reports, though another was the subject before
    text = (
        "Orvel Telecom said on Monday that the outage had ended. By Friday 8,300 households had signed a complaint "
        "drafted by the Pellar Consumers Federation, the group said."
    )
    assert speaker_of(text, "8,300") == "Pellar Consumers Federation"


def test_mentions_the_regulator_is_an_inspectorate_named_before() -> None:
    text = (
        "The Kessa Food Inspectorate shut two bakeries in Orvane on Friday. "
        "Bakers there sold 410 loaves a day with no licence, according to the regulator."
    )
    assert speaker_of(text, "410 loaves") == "Kessa Food Inspectorate"


def test_mentions_where_a_body_is_based_is_an_epithet_for_the_one_just_named() -> None:
    # the story's business is no agency, and is not what "the Kessa-based agency" means; nor is a ratings firm
    # named like a person one
    text = (
        "Orvel Bank froze all accounts on Monday. Orvel Bank said savers could withdraw 200 dalers a day. "
        "Harnvik Ratings downgraded Orvel Bank twice in a week. "
        "The Kessa-based agency now expects the bank to lose 210 million dalers."
    )
    speakers = resolver(text)
    agency = next(t for t in speakers.doc if t.text == "agency")
    found = speakers.speaker(agency)
    assert found is not None and found.name == "Harnvik Ratings"


def test_mentions_where_a_body_is_based_is_said_of_one_that_acts_not_one_credited_with_a_finding() -> None:
    text = (
        "Orvel Systems posted a loss of 60 million dalers on Tuesday.\n\n"
        "Traders had expected a loss of 40 million dalers, according to a consensus gathered by Pellar Research.\n\n"
        "The Merrow-based group said it would close two plants and shed 2,400 posts."
    )
    assert speaker_of(text, "2,400 posts") == "Orvel Systems"


def test_mentions_where_a_body_is_based_is_said_of_one_named_not_one_only_described() -> None:
    # the union is only "the dockers' union" until a later paragraph names it
    text = (
        "Orvel Systems' new plan drew praise in Merrow, but the dockers' union said the firm was hiding the true "
        "number of cuts.\n\n"
        "The Kessa-based group said it would shed 2,400 posts.\n\n"
        "The chairman of the Merrow Dockers' Union, Ivo Tarrant, said 1,150 posts would go."
    )
    assert speaker_of(text, "2,400 posts") == "Orvel Systems"


def test_mentions_a_name_apposed_to_the_place_of_a_role_is_the_role_holder() -> None:
    # the parser hangs the name on the place ("of Orvane, Anka Tarrant-Lue"); the tagger missed the name
    text = (
        '"The roof came off in one piece," said Orla Pike, who chairs the tenants\' club.\n\n'
        "The mayor of Orvane, Anka Tarrant-Lue, said on Friday that 1,150 homes needed new roofs."
    )
    assert speaker_of(text, "1,150 homes") == "Anka Tarrant-Lue"


def test_mentions_a_name_after_a_role_of_a_place_is_the_role_holder_though_tagged_a_place() -> None:
    text = (
        '"The branch shut without warning," said Orla Pike, who chairs the savers\' club.\n\n'
        "The mayor of Kessa, Tove Marsk, said 412 families had lost their deposits."
    )
    assert speaker_in(retagged(text, "Tove Marsk", "GPE"), "412 families") == "Tove Marsk"


def test_mentions_a_name_after_a_courtesy_word_is_a_persons_though_tagged_a_body() -> None:
    text = (
        "Harbour master Ilse Marrow opened the new ferry quay on Tuesday.\n\n"
        "Ms Marrow said 40 boats would berth there by the spring."
    )
    for tagged in ("ORG", "GPE"):
        assert speaker_in(retagged(text, "Ms Marrow", tagged), "40 boats") == "Ilse Marrow"
    # a body's name may open on one ("Dame Orla Lifeboat Trust") and stays the body's
    body = "The Dame Orla Lifeboat Trust said 40 boats would berth at the quay by the spring."
    body_doc = retagged(body, "Dame Orla Lifeboat Trust", "ORG")
    assert [e.label for e in extract_entities(body_doc) if e.canonical.endswith("Lifeboat Trust")] == ["ORG"]


def test_mentions_a_festival_is_an_event_though_tagged_a_body_unless_it_speaks() -> None:
    text = "Skarvline Events, which runs the Kessa Jazz Festival, moved it to the harbour this year."
    doc = retagged(text, "Kessa Jazz Festival", "ORG")
    assert [e.label for e in extract_entities(doc) if "Festival" in e.text] == ["EVENT"]
    speaking = retagged("The Kessa Jazz Festival said it would add a second stage.", "Kessa Jazz Festival", "ORG")
    assert [e.label for e in extract_entities(speaking) if "Festival" in e.text] == ["ORG"]


def test_mentions_a_bodys_noun_opening_a_sentence_before_a_title_is_no_name() -> None:
    text = (
        "The fisheries ministry closed the northern grounds to trawlers on Monday.\n\n"
        "Ministry spokesman Ivo Rask said the ban would last a month."
    )
    assert [e.text for e in extract_entities(retagged(text, "Ministry", "ORG")) if e.label == "ORG"] == []
    # one followed by no title is still a name ("Parliament said")
    named = "Parliament said the ban would last a month."
    assert [e.text for e in extract_entities(retagged(named, "Parliament", "ORG"))] == ["Parliament"]


def test_mentions_a_name_with_an_age_set_beside_it_is_a_persons() -> None:
    text = (
        '"I lost my pension in a week," said Anka, 84, a retired teacher.\n\n'
        "Anka now rents a room from her nephew in Orvane."
    )
    doc = retagged(text, "Anka", "ORG")
    chains = speakers_for(doc, extract_entities(doc)).mentions.chains
    assert [(c.name, c.type, len(c.spans)) for c in chains if c.name == "Anka"] == [("Anka", "PERSON", 2)]


def test_mentions_a_name_before_a_spokespersons_noun_and_a_name_is_the_employer() -> None:
    text = (
        "Trains on the Orvel line ran late all week. Orvel spokeswoman Ana Brel blamed the signals. "
        "Orvel boss Tomas Varn flew back from Pellar on Friday."
    )
    doc = retagged(text, "Orvel", "PERSON")
    chains = speakers_for(doc, extract_entities(doc)).mentions.chains
    assert {c.type for c in chains if c.name == "Orvel"} == {"ORG"}


def test_mentions_people_a_body_says_it_has_speak_for_it() -> None:
    # "its 64 monitors": the monitors of the lede are the league's, though no name holds their word
    text = (
        "Foreign monitors said on Monday that ballot boxes at 17 stations had no seals.\n\n"
        "The Orvane Ballot League, which sent them, said its 64 monitors would stay until the count ends."
    )
    assert speaker_of(text, "17 stations") == "Orvane Ballot League"
    # a nation's monitors are that nation's, whoever else has monitors
    assert speaker_of(text.replace("Foreign monitors", "Kessan monitors"), "17 stations") != "Orvane Ballot League"


def test_mentions_a_dateline_the_parser_hung_on_a_description_is_no_part_of_it() -> None:
    text = "KESSA, May 6 (Orvel Wire) - Independent engineers said on Tuesday that 17 bridges needed repair."
    said = speaker_of(text, "17 bridges")
    assert said is not None and said.lower() == "independent engineers"
