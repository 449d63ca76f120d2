"""Who states a figure: names of one body, contrasts and coordinated clauses, through the real spaCy model."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims, parsed, record_of
from newsledger.api import analyze_text
from newsledger.nlp.syntax import owner_of_its_own
from newsledger.record import Claim, Record


def of_value(found: list[Claim], value: float) -> list[Claim]:
    return [c for c in found if c.value == value]


def test_claims_sources_acronym_and_full_name_are_one_body() -> None:
    text = (
        "The Kessa Relief Authority (KRA) said on Monday that 1,200 people had been moved to relief camps. "
        "On Tuesday the KRA said 1,200 people had been moved to relief camps."
    )
    # one body under both names; said on two days, the figure is two statements (the timeline's rule too)
    assert [c.source for c in of_value(claims(text), 1200)] == ["Kessa Relief Authority", "Kessa Relief Authority"]


def test_claims_sources_contrast_after_the_attribution_is_the_outlet_s() -> None:
    found = claims("1,200 people had been moved, the KRA said on Monday, while the toll in the hills was 4,000.")
    assert of_value(found, 1200)[0].source == "KRA"
    (toll,) = of_value(found, 4000)
    assert toll.source is None and toll.unit == "deaths"
    assert of_value(found, 1200)[0].about == "people moved"


def test_claims_sources_contrast_inside_what_is_reported_is_the_source_s() -> None:
    found = claims("The KRA said 1,200 people had been moved, while 300 volunteers were helping with the effort.")
    assert of_value(found, 1200)[0].source == "KRA"
    assert of_value(found, 300)[0].source == "KRA"


def test_claims_sources_coordinated_speech_clause_is_no_attribution() -> None:
    text = "The two sides reached a deal on Monday to open 14 additional bridges, but critics say the deal is late."
    (bridges,) = of_value(claims(text), 14)
    assert bridges.source is None


def test_claims_sources_titled_person_named_after_the_title() -> None:
    text = (
        "The rise to 412 deaths was announced on Sunday by the head of the Kessa civil defence service, Ivo Marchetti."
    )
    (toll,) = of_value(claims(text), 412)
    assert toll.source == "Ivo Marchetti" and toll.as_of == "2024-10-27"


def test_claims_sources_full_name_and_surname_repeat_is_one_claim() -> None:
    text = (
        "Civil defence chief Ivo Marchetti said 412 people had died in Kessa province. "
        "“The toll stands at 412,” Marchetti told reporters."
    )
    (toll,) = of_value(claims(text), 412)
    assert toll.source == "Ivo Marchetti"


def test_claims_sources_decision_is_the_decider_s() -> None:
    found = claims("The Bank of Norland kept its policy rate at 4.5 per cent on Thursday.")
    assert of_value(found, 4.5)[0].source == "Bank of Norland"


def test_claims_sources_a_reported_decision_is_stated_by_who_reports_it() -> None:
    text = "Korvath Motors will cut 1,100 jobs by March, chief executive Lena Sorvik said."
    assert of_value(claims(text), 1100)[0].source == "Lena Sorvik"
    text = "The planemaker will cut 900 jobs, Kestrel Aerospace's chief executive Ana Ruiz said on Monday."
    assert of_value(claims(text), 900)[0].source == "Ana Ruiz"


def test_claims_sources_figures_from_a_body_the_article_only_describes_are_its() -> None:
    text = "The economy grew 2.3% in the first quarter, according to preliminary figures from the statistics office."
    assert of_value(claims(text), 2.3)[0].source == "statistics office"
    text = "A survey by a local charity found that 40% of families skip meals."
    assert of_value(claims(text), 40)[0].source == "local charity"


def test_claims_sources_decision_by_a_pronoun_resolves_to_the_body() -> None:
    text = "The Bank of Norland expects growth to pick up. It left its forecast for next year unchanged at 2.1 percent."
    assert of_value(claims(text), 2.1)[0].source == "Bank of Norland"


def test_claims_sources_finding_of_a_poll_is_its_issuer_s() -> None:
    found = claims("A Harbour Times poll taken last week found the mayor's approval rating at 41%.")
    assert of_value(found, 41)[0].source == "Harbour Times"


def test_claims_sources_document_speaks_for_its_issuer() -> None:
    text = "Offences rose to 4,120 last year, according to figures released by the Norland Statistics Office (NSO)."
    assert of_value(claims(text), 4120)[0].source == "Norland Statistics Office"


def test_claims_sources_later_sentence_of_the_paragraph_continues_the_attribution() -> None:
    text = (
        "The Kessa health board says there have been 310 cases since March. "
        "Of the 40 people taken to hospital, 12 needed intensive care."
    )
    found = claims(text)
    assert {c.source for c in found if c.value in (310, 40, 12)} == {"Kessa health board"}


def test_claims_sources_next_paragraph_does_not_continue_the_attribution() -> None:
    text = "The Kessa health board says there have been 310 cases since March.\n\nThe town has 9,000 residents."
    assert of_value(claims(text), 9000)[0].source is None


def test_claims_sources_elaboration_after_a_dash_is_the_statement_s() -> None:
    text = "The Kessa health board says there have been 310 cases since March — 250 of them confirmed."
    assert of_value(claims(text), 250)[0].source == "Kessa health board"


def test_claims_sources_attribution_cut_off_by_an_abbreviated_title() -> None:
    text = "On Thursday, 14 homes were searched in the old town, Police Supt. Mara Lind said at a briefing."
    assert of_value(claims(text), 14)[0].source == "Mara Lind"


def test_claims_sources_a_body_s_guidelines_speak_for_the_body() -> None:
    text = (
        "The Border Health Agency published new rules on Monday. Although the Border Health Agency's guidelines "
        "recommend holding children for no longer than 48 hours, many are held for weeks."
    )
    (claim,) = of_value(claims(text), 48)
    assert claim.source == "Border Health Agency"


def test_claims_sources_a_subject_the_parser_hangs_on_an_opening_participle() -> None:
    text = "Delivering judgment, Justice Marta Olsen, also sentenced Brand to pay a fine of N80,000."
    (claim,) = of_value(claims(text), 80000)
    assert claim.source == "Marta Olsen"


def test_claims_sources_a_name_written_before_a_document_noun_is_its_issuer() -> None:
    text = (
        "Exit polls have forecast a Labour victory. The TV-Kessa V-Meter projection suggested the party "
        "may win 50-58 seats."
    )
    (claim,) = of_value(claims(text), 50)
    assert claim.source == "TV-Kessa V-Meter"  # a name the tagger does not recognise


def test_claims_sources_a_capitalised_first_word_is_no_name() -> None:
    found = claims("Exit polls have forecast that the party may win 50-58 seats.")
    assert all(c.source != "Exit" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Orvel Foods jumped on Monday. The stock added 4% after the results.",
        "The cabin is quiet. Ambient lighting offers 30 colours in the new Velmora sedan.",
        "The latest twists in the talks have left firms unsure whether a 15 percent tariff will apply.",
    ],
)
def test_claims_a_thing_is_no_source(text: str) -> None:
    assert all(c.source is None for c in claims(text)), [(c.value, c.source) for c in claims(text)]


def test_claims_people_and_bodies_described_still_state() -> None:
    found = claims(
        "Analysts said the lender would cut 300 jobs. Money markets see a 60% chance of a rate cut. "
        "According to state television, 41 people were hurt."
    )
    assert by_value(found, 300).source == "analysts"  # capitalised only because it opens the sentence
    assert by_value(found, 60).source is not None
    assert by_value(found, 41).source is not None


def test_claims_a_decision_owns_only_the_figures_of_its_own_clause() -> None:
    found = claims(
        "Velmora Air kept its seat on the board of the Coastal Alliance, which gave $2 million to the fund. "
        "Orvel Media has offered its film service since 2019 and Kestrel Games launched its own in 13 markets. "
        "Kessa Power pledged that its solar output would double to 450 gigawatts by 2030. "
        "The central bank kept its main rate at 4.25%."
    )
    assert by_value(found, 2_000_000).source is None
    assert by_value(found, 13).source != "Orvel Media"
    assert by_value(found, 450).source == "Kessa Power"
    assert by_value(found, 4.25).source is not None


def test_claims_a_closed_quotation_ends_its_speakers_turn() -> None:
    found = claims(
        "“The harbour is busier than ever,” said Ines Marlow, the port director. She grew up in Kessa and ran "
        "a fleet of 12 trawlers before the port hired her.\n\n"
        "According to the port authority, 340 ships docked in May. Another 90 waited offshore."
    )
    assert by_value(found, 12).source is None  # the outlet's own narrative after the quotation
    assert by_value(found, 90).source == "port authority"  # "according to" heads the paragraph


@pytest.mark.parametrize(
    ("sentence", "value", "source"),
    [
        (
            "The Red Cross said on Thursday that 61 people had died, more than the 57 deaths confirmed by the "
            "National Emergency Directorate on the same day.",
            57,
            "National Emergency Directorate",
        ),
        ("The charity said the toll of 412 reported by the Health Ministry was too low.", 412, "Health Ministry"),
        ("Aid groups said 300 homes were destroyed by the floods in the valley.", 300, "aid groups"),
    ],
)
def test_claims_sources_a_figure_s_own_agent_gives_it(sentence: str, value: float, source: str) -> None:
    """ "the 57 deaths confirmed by X" are X's figure, in whoever's statement they sit; a flood is no agent."""
    assert by_value(claims(sentence), value).source == source


def test_claims_sources_a_description_owned_by_another_body_is_not_the_central_one() -> None:
    """With one organisation named, "the government's emergency directorate" is still not it: its possessor
    says whose body it is."""
    text = (
        "The Norvanian Red Cross said on Thursday that 61 people had died in the floods, a higher figure than "
        "the 57 deaths confirmed by the government's emergency directorate on the same day."
    )
    assert by_value(claims(text), 57).source != "Norvanian Red Cross"
    assert by_value(claims(text), 61).source == "Norvanian Red Cross"


def test_claims_sources_subject_of_a_passive_forecast_is_not_its_source() -> None:
    text = (
        "According to the Tarn Weekly poll, the Reform Bloc could win 55-62 seats, "
        "while the Green Union is projected to secure 18-24 seats."
    )
    found = claims(text)
    assert by_value(found, 55).source == "Tarn Weekly"
    assert by_value(found, 18).source == "Tarn Weekly"


def test_claims_sources_a_closing_attribution_covers_the_paragraph_before_it() -> None:
    text = (
        "Shoppers bought 208,560 new bicycles in Varnia this year, down 5 percent. Cargo bike sales fell 2.6 percent. "
        "Dealers sold 303,417 bicycles last year, according to the Varnia Cycle Registry.\n\n"
        "A total of 28 people who met the patient were quarantined. None has shown symptoms, the Tarn health "
        "commission said.\n\n"
        "The mill employs 400 workers. But the Tarn Labour Office said the town needs more jobs.\n\n"
        "The mill employs 500 workers. “We are proud,” Mira Olsen said.\n\n"
        "The mill cut 60 jobs. Olsen said the cuts were painful.\n\n"
        "The plant made 900 engines. In May, the Tarn Motor Board announced an order for new tools."
    )
    found = claims(text)
    for value in (208560, 5, 2.6, 303417):
        assert by_value(found, value).source == "Varnia Cycle Registry"
    assert by_value(found, 28).source == "Tarn health commission"
    for value in (400, 500, 60, 900):  # a turn, a quotation, a source opening its sentence, an announcement
        assert by_value(found, value).source is None


def test_claims_sources_a_relative_clause_of_saying_gives_only_its_noun_s_figure() -> None:
    """ "…, above the 700 units analysts had expected": the analysts give the 700, not the sentence's other
    figures nor those of the sentences before it."""
    text = (
        "Varnia Cycle Works sold 900 bicycles in May. Output reached 1,200 frames, above the 700 frames analysts "
        "had expected.\n\n"
        "Prices rose 3.1 percent in June, beating the 2.8 percent that economists had forecast."
    )
    found = claims(text)
    assert by_value(found, 700).source == "analysts"
    assert by_value(found, 2.8).source == "economists"
    for value in (900, 1200, 3.1):
        assert by_value(found, value).source is None


def test_claims_sources_a_description_before_the_body_named_next_is_that_body() -> None:
    """ "announced by the electoral commission" in a lede, before "the Kessa Electoral and Boundaries Commission":
    a description whose head and modifiers the name holds, fitting no body named before, is that body."""
    text = (
        "The Harvest Party won 31 of the 61 seats in the regional assembly, according to final results announced "
        "by the electoral commission on Friday.\n\n"
        "The Kessa Electoral and Boundaries Commission said on Friday that the Renewal Party had won 26 seats."
    )
    found = claims(text)
    assert {by_value(found, v).source for v in (31, 26)} == {"Kessa Electoral and Boundaries Commission"}


def test_claims_sources_equal_figures_of_two_bodies_one_name_ends_are_two_claims() -> None:
    """Three soldiers by one nation's "Ministry of Defence" and three civilians by the "Ostrian Ministry of
    Defence" are two claims: the mention chains hold the bodies apart, however much of one name ends the other."""
    text = (
        "Velland's Ministry of Defence said three of its soldiers had been killed near the border. Major General "
        "Ivo Tarnek, a spokesman for the Ostrian Ministry of Defence, said Ostrian units had not fired first.\n\n"
        "On the Ostrian side of the river, the Ostrian Ministry of Defence said three civilians had died when a "
        "shell hit a farmhouse."
    )
    sources = {c.about.split()[0]: c.source for c in claims(text) if c.value == 3 and c.about}
    assert sources == {"soldiers": "Ministry of Defence", "civilians": "Ostrian Ministry of Defence"}


def test_claims_sources_a_line_ending_in_a_colon_gives_its_source_to_the_list_under_it() -> None:
    text = (
        "According to the Kessa Relief Authority's latest report:\n\n"
        "• 1,200 families have been moved to camps. Most are in the north.\n"
        "• Another 300 homes were destroyed.\n\n"
        "Ivo Marchetti, the civil defence chief, told reporters:\n\n"
        "1. 412 people have died.\n"
        "2. 90 remain missing.\n\n"
        "Schools in Velmont reopened on Monday with 350 pupils."
    )
    found = claims(text)
    assert by_value(found, 300).source == "Kessa Relief Authority"
    assert by_value(found, 90).source == "Ivo Marchetti"
    assert by_value(found, 350).source is None  # after the list, the outlet's own


def test_claims_sources_a_heading_line_by_a_bodys_count_gives_it_the_list_under_it() -> None:
    text = (
        "Kessa Ferries said storms had stopped 310 sailings this week. By the company's count:\n"
        "• 52 sailings were stopped on Tuesday\n"
        "• 47 on Wednesday"
    )
    assert [c.source for c in record_of(text).claims] == ["Kessa Ferries"] * 3


def test_claims_sources_the_reporting_frame_outranks_the_clause_s_recorder() -> None:
    text = (
        "The Relief Council said on Monday that the province of Marvo had recorded 310 cholera cases. "
        "Tavin county had registered 45 deaths, the council said."
    )
    found = claims(text)
    assert by_value(found, 310).source == "Relief Council"
    assert by_value(found, 45).source == "Relief Council"


def test_claims_sources_a_statement_in_a_clause_saying_when_is_its_own_speaker_s() -> None:
    """ "Traders said the prospect of a strike, coming a day after Orvane Motors announced 900 job cuts, had hit
    the shares": the 900 are Orvane's announcement, which the traders only date their account by."""
    text = (
        "Traders said the prospect of a strike, coming a day after Orvane Motors announced 900 job cuts and a weak "
        "outlook, had prompted a fresh round of selling."
    )
    assert by_value(claims(text), 900).source == "Orvane Motors"


def test_claims_sources_a_figure_pencilled_in_is_its_forecaster_s() -> None:
    """ "pencil in" is how analysts forecast: "the $860 million pencilled in by Ilse Varn" is her figure, and so is
    the rise "Analysts had pencilled in"."""
    text = (
        "Orvane Motors expects revenue of $790 million to $830 million, below the $860 million pencilled in by Ilse "
        "Varn, an analyst at Halden Securities. Analysts had pencilled in a 4% rise in sales."
    )
    found = claims(text)
    assert by_value(found, 860_000_000).source == "Ilse Varn"
    assert by_value(found, 4).source == "analysts"


def test_claims_sources_an_officer_telling_of_the_company_s_decision_states_it() -> None:
    """ "Orvane Rail's chief executive, Mara Lind, said that the company … was raising its payment": "the company" is
    Orvane Rail, whose officer speaks (not the body in subject position the sentence before), and its decision,
    told by her, is her statement."""
    text = (
        "The Rail Accident Branch said on Wednesday that a signal fault had caused the crash. Orvane Rail's chief "
        "executive, Mara Lind, said on Thursday that the company accepted the findings “in full” and was "
        "raising its payment to each family from 50,000 to 75,000 crowns."
    )
    assert by_value(claims(text), 50000).source == "Mara Lind"


def test_claims_sources_a_nested_saying_keeps_its_own_speaker() -> None:
    text = "The Harbour Courier reported that the Marvo Relief Agency warned 52,000 people would need meals."
    assert by_value(claims(text), 52000).source == "Marvo Relief Agency"


def test_claims_sources_a_forecast_of_what_a_company_will_report_is_the_forecaster_s() -> None:
    text = "Analysts polled by Orrin Data had predicted Velt Motors would report sales of $4.2 billion."
    assert by_value(claims(text), 4.2e9).source == "Orrin Data"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at Harrow Securities estimated the outage would cost the airline $140 million.",
        "Harrow Securities analysts estimated the outage would cost the airline $140 million.",
        "Economists from Harrow Securities said the outage would cost the airline $140 million.",
    ],
)
def test_claims_sources_unnamed_people_at_a_body_speak_for_it(text: str) -> None:
    assert by_value(claims(text), 1.4e8).source == "Harrow Securities"


def test_claims_sources_a_named_analyst_at_a_body_is_the_person() -> None:
    text = "Mira Solberg, an analyst at Harrow Securities, estimated the outage would cost the airline $140 million."
    assert by_value(claims(text), 1.4e8).source == "Mira Solberg"


def test_claims_sources_paragraphs_of_figures_under_an_opening_according_to_are_its() -> None:
    text = (
        "Flights were grounded across Kessa on Friday.\n\n"
        "According to Skytrack, a flight-tracking site, 1,200 flights were cancelled by noon.\n\n"
        "Northwind Air cancelled 340 flights, or 28% of its schedule.\n\n"
        "Another 2,300 flights were delayed.\n\n"
        "Airport staff handed out blankets.\n\n"
        "The terminal holds 900 seats."
    )
    found = claims(text)
    assert [by_value(found, v).source for v in (1200, 340, 28, 2300)] == ["Skytrack"] * 4
    assert by_value(found, 900).source is None  # a paragraph without figures ends the run


def test_claims_sources_a_paragraph_with_an_estimate_of_its_own_is_no_continuation() -> None:
    text = (
        "According to the Kessa relief office, 1,200 families were moved.\n\n"
        "The camp's population is estimated at 40,000."
    )
    assert by_value(claims(text), 40000).source is None


def test_claims_sources_a_document_no_one_issued_is_not_a_source() -> None:
    found = claims("The same calculation would take a single desktop computer 15,000 years to finish.")
    assert all(c.source is None for c in of_value(found, 15000))


def test_claims_sources_a_figure_whose_clause_names_its_own_source_does_not_continue_the_paragraph() -> None:
    text = (
        "The Kessa Relief Authority has reported a toll of about 6,000 for the whole region. That figure is higher "
        "than those given by officials in the hill districts, who have reported 2,274 deaths."
    )
    (hills,) = of_value(claims(text), 2274)
    assert hills.source in (None, "officials")


def test_claims_sources_put_states_a_figure_only_as_an_estimate() -> None:
    assert of_value(claims("The agency put the toll at 2,946 on Monday."), 2946)[0].source == "agency"
    assert of_value(claims("Kessa Motors showed a new coupe. It puts out 151 horsepower."), 151)[0].source is None
    assert of_value(claims("Kessa Motors put $5 million into the fund."), 5_000_000)[0].source is None


@pytest.mark.parametrize(
    ("text", "made", "stated"),
    [
        # a verb of saying that also adds or makes things: its object is what was done, its subject no source
        ("Rik Moss added three assists to lead the Harbourmen, the league said on Monday.", 3, None),
        ("She wrote 300 songs that summer. Kessa Records said it sold 40,000 copies.", 300, 40000),
        ("Police released 40 prisoners on Monday, and the ministry released a toll of 19.", 40, 19),
    ],
)
def test_claims_sources_a_verb_that_makes_its_object_states_no_figure(
    text: str, made: float, stated: float | None
) -> None:
    found = claims(text)
    assert by_value(found, made).source in (None, "league")
    if stated is not None:
        assert by_value(found, stated).source is not None


def test_claims_sources_a_clause_of_circumstance_under_a_verb_of_stating_is_not_stated() -> None:
    found = claims("Rik Moss added a goal as the Harbourmen beat the Dockers for the eighth time in nine meetings.")
    assert by_value(found, 9).source is None
    reported = claims("The mayor said the bridge would close as 40 workers began repairs.")
    assert by_value(reported, 40).source == "mayor"


def test_claims_sources_a_thing_that_adds_states_nothing() -> None:
    # "adds" with a thing for subject is not a verb of saying: the figure is in the councillor's statement
    text = (
        "Councillor Mira Tallis, who chairs the finance committee, said the budget adds 14 posts in the parks "
        "department and sets aside $2.3 million for road repairs."
    )
    found = claims(text)
    assert of_value(found, 14)[0].source == "Mira Tallis"
    assert of_value(found, 2_300_000)[0].source == "Mira Tallis"


def test_claims_sources_a_share_is_no_source() -> None:
    found = claims("About one in five reported sleeping less than six hours, the researchers said.")
    (hours,) = of_value(found, 6)
    assert hours.source == "researchers"
    (hurt,) = of_value(claims("Two of the officials said 40 people were hurt in the blast."), 40)
    assert hurt.source == "two of the officials"  # a part of a group that can speak still speaks
    assert of_value(claims("Two of the officials said 40 people were hurt."), 2) == []  # who speaks is no count


def test_claims_sources_a_clause_after_a_semicolon_is_its_own() -> None:
    # the parser hangs the first clause on the second's verb across the semicolon
    text = (
        "Nurses at Carrow General Hospital voted to strike, the Carrow Nurses Union said on Friday. "
        "The Carrow Nurses Union is seeking a 15% raise over three years; the hospital has offered 6%."
    )
    found = claims(text)
    assert of_value(found, 15)[0].source == "Carrow Nurses Union"
    assert of_value(found, 6)[0].source == "Carrow General Hospital"


def test_claims_sources_one_study_and_one_study_are_two_sources() -> None:
    # an indefinite description names someone new each time: the second figure is no repeat of the first
    text = (
        "In 2019, one study found that 17 people in the first town were ill. "
        "Later, one study found that 17 people in a second town were ill."
    )
    found = claims(text)
    assert len(of_value(found, 17)) == 2
    # a name that opens with the word is a name: its repeat is one claim
    named = claims("One Nation said 40 seats were at stake. Later, One Nation said 40 seats were at stake.")
    assert len(of_value(named, 40)) == 1


def test_claims_sources_a_relative_clause_that_reports_the_figure_gives_its_source() -> None:
    text = (
        "Police put the toll at 40 on Tuesday, above the 35 deaths that state media reported on Sunday. "
        "The 300 people who said they were hurt were taken to hospital, officials said."
    )
    found = claims(text)
    (earlier,) = of_value(found, 35)
    assert earlier.source == "state media" and earlier.as_of == "2024-10-27"
    assert of_value(found, 300)[0].source == "officials"  # who said they were hurt are what is counted


def test_claims_sources_the_companys_report_closing_a_sentence_is_the_one_body_the_sentence_names() -> None:
    # a country the tagger took for a body, named most often, is not "the company" of a sentence that names one
    text = (
        "Audit faults Varnland's mines agency\n\n"
        "Varnland checks fewer pits than any of its neighbours, its audit office found. Varnland's agency "
        "visited 40 pits last year.\n\n"
        "The Orvane pit yielded 9,400 tonnes of ore in 2024, about 27% of Merrow Copper's output, according to "
        "the company's annual report."
    )
    found = claims(text)
    assert by_value(found, 9400).source == "Merrow Copper"
    assert by_value(found, 27).source == "Merrow Copper"


def test_claims_sources_the_release_of_people_is_an_act_not_a_document() -> None:
    # a bullet headed by "the release of …" frees people: the agent of what holds them issued nothing
    text = (
        "The truce terms published on Tuesday set out three steps:\n\n"
        "• the release of 64 fishermen held by the coast guard, and of 12 divers held by the port police"
    )
    record = analyze_text(text, is_body=True, published="2026-05-09")  # (parsed a paragraph at a time)
    assert isinstance(record, Record)
    assert {c.value: c.source for c in record.claims if c.value in (64, 12)} == {64: None, 12: None}
    # a release a body issued is still its document
    issued = claims("The navy issued a release on Monday. The release put the number of sailors held at 210.")
    assert by_value(issued, 210).source == "navy"


def test_claims_according_to_written_right_after_a_figure_is_its_own_source() -> None:
    text = "The league says 900 beds have closed, though only about 600 according to Orvel Health."
    found = claims(text)
    assert (by_value(found, 900).source, by_value(found, 600).source) == ("league", "Orvel Health")


def test_claims_sources_a_forecasters_consensus_is_a_document_its_compiler_issued() -> None:
    text = "Traders had expected a loss of 40 million dalers, according to a consensus gathered by Pellar Research."
    assert by_value(claims(text), 40_000_000).source == "Pellar Research"


def test_claims_sources_a_bodys_tabulation_is_its_document_across_paragraphs() -> None:
    text = (
        "The Harnvik Ballot Watch said on Monday its 90 staff had visited 400 homes.\n\n"
        "The watch's tabulation of the returns gave Varn 41.5% and Kessa 38.2%."
    )
    assert {c.source for c in record_of(text).claims if c.value in (41.5, 38.2)} == {"Harnvik Ballot Watch"}


def test_claims_sources_a_measurement_given_by_a_body_is_that_bodys() -> None:
    text = (
        "The Varn Plume Watch said the plume was 15 kilometres high, above the 11 kilometres given by the Kessa "
        "Institute of Volcanology."
    )
    assert by_value(claims(text), 11).source == "Kessa Institute of Volcanology"


def test_claims_sources_a_clause_joined_to_a_recording_verb_shares_the_statement_framing_it() -> None:
    text = (
        "Orla Pike said the league's volunteers had counted 48 marchers at the gate and had buses for 12 of "
        "those counted by dusk."
    )
    found = claims(text)
    assert (by_value(found, 48).source, by_value(found, 12).source) == ("Orla Pike", "Orla Pike")


def test_claims_sources_a_figure_a_named_source_expects_is_its_forecast() -> None:
    text = (
        "Orvel Motors cut its plan on Monday. Analyst Orla Pike said the savings would fall well below the 60 "
        "million dalers the carmaker expects, short of the 700 units that analysts had expected."
    )
    found = claims(text)
    assert (by_value(found, 60_000_000).source, by_value(found, 700).source) == ("Orvel Motors", "Orla Pike")


def test_claims_sources_a_document_under_the_initials_of_a_body_named_in_full_is_that_bodys() -> None:
    # the tagger reads the bare initials as a common word; they spell the board's name, never written as them
    text = (
        "The Harnvik Grain Safety Board inspected the port in June. Merrow Ferries cut 14 crossings on Monday. The "
        "damp silos numbered 61 by Friday, according to a HGSB notice."
    )
    assert by_value(claims(text), 61).source == "Harnvik Grain Safety Board"


def test_claims_sources_a_bodys_description_is_the_one_word_body_that_spoke_before() -> None:
    text = (
        "Skarvline ferry sailings halted\n\n"
        "PELLAR, June 9 (Kessa Wire) - Skarvline said on Sunday that 38 sailings had been cancelled after a fuel "
        "leak was found in the engine room of its flagship.\n\n"
        "In a notice, the carrier said six of its vessels were in dock."
    )
    assert by_value(record_of(text).claims, 6).source == "Skarvline"


def test_claims_sources_a_ledes_unnamed_speaker_is_the_person_the_next_paragraph_opens_on() -> None:
    text = (
        "PELLAR, May 14 (Kessa Wire) - A nurse at the Varn clinic said on Friday that 30 beds had stood empty since "
        "the spring because no night staff could be found.\n\n"
        "Hanne Orvik, who has worked on the ward for a decade, said the agency sent cover twice a week at most."
    )
    assert by_value(record_of(text).claims, 30).source == "Hanne Orvik"
    # one the article gives another role is someone else
    other = text.replace("Hanne Orvik, who has worked on the ward for a decade,", "Hanne Orvik, the clinic's director,")
    assert by_value(record_of(other).claims, 30).source == "nurse"


def test_claims_sources_a_box_line_labelled_by_a_participant_and_a_day_is_theirs_of_that_day() -> None:
    text = (
        "The Harnvik Ballot Watch (HBW) sent observers to every hall. Returning officer Ivo Tarrant spoke on "
        "Tuesday.\n\n"
        "The tallies so far:\n"
        "• HBW (May 2): 4,812 ballots cast at 31 halls\n"
        "• Returning officer Ivo Tarrant (May 3): 5,020 ballots cast, 17 spoilt\n"
        "• Halls closed early (May 3): 6"
    )
    found = record_of(text).claims
    assert [(by_value(found, v).source, by_value(found, v).as_of) for v in (4812, 17)] == [
        ("Harnvik Ballot Watch", "2026-05-02"),
        ("Ivo Tarrant", "2026-05-03"),
    ]
    assert by_value(found, 6).source is None  # a label naming no one counts the figure
    # with dashes for bullets, where the parser reads the role's first word as a verb
    found = record_of(text.replace("• ", "- ").replace("Halls closed early", "Halls closed in Kessa")).claims
    assert [by_value(found, v).source for v in (4812, 17, 6)] == ["Harnvik Ballot Watch", "Ivo Tarrant", None]


def test_claims_sources_a_figure_coordinated_with_one_a_count_holds_is_the_counts_too() -> None:
    found = claims(
        "Tove Marsk said the herd had shrunk, far below Merrow Dairy's own tally of 2,950 cows and 310 calves."
    )
    assert (by_value(found, 2950).source, by_value(found, 310).source) == ("Merrow Dairy", "Merrow Dairy")


def test_claims_sources_a_one_word_body_the_tagger_missed_that_changes_a_figure_is_found_again() -> None:
    text = (
        "Skarvline trims winter timetable\n\n"
        "Skarvline cut its winter timetable to 20 sailings a week on Thursday, after a fuel leak in its largest "
        "vessel.\n\n"
        "Asked about the cost, the ferry operator said the change would save about 2.5 million dalers."
    )
    found = record_of(text).claims
    assert [by_value(found, v).source for v in (20, 2_500_000)] == ["Skarvline", "Skarvline"]


def test_claims_sources_the_terms_a_proposal_calls_for_are_its_makers() -> None:
    text = (
        "The wage offer unveiled by Kessa Rail on Monday provides for 240 new drivers. Ivo Tarrant's counter-offer "
        "calls for 310 drivers."
    )
    found = claims(text)
    assert [by_value(found, v).source for v in (240, 310)] == ["Kessa Rail", "Ivo Tarrant"]


def test_claims_sources_a_bodys_name_right_after_its_kind_is_the_source_however_parsed() -> None:
    # the parser hangs the name on the verb
    found = claims("Crews had carried 9 climbers down alive, according to the news agency Kessapress.")
    assert by_value(found, 9).source == "Kessapress"


def test_claims_sources_a_figure_a_relative_clause_says_a_source_wants_is_its_demand() -> None:
    text = "The council has felled 38 elms, far fewer than the 90 the parks board wants felled, Ivo Tarrant said."
    found = claims(text)
    assert (by_value(found, 38).source, by_value(found, 90).source) == ("Ivo Tarrant", "parks board")
    # what a bare plural wants is no one's
    assert by_value(claims("The council approved 40 homes, short of the 60 residents want built."), 60).source != (
        "residents"
    )


def test_a_list_introduced_by_a_disclosure_is_its_issuers_as_of_the_day_written_before_it() -> None:
    text = (
        "Kelvcast Telecom apologised to its customers on Friday and said it had hired outside auditors.\n\n"
        "Figures from Kelvcast's Monday disclosure:\n\n"
        "• 210,000 account passwords taken\n\n"
        "• 48,000 card numbers taken"
    )
    found = record_of(text).claims
    assert [(c.value, c.source, c.as_of) for c in found] == [
        (210000, "Kelvcast Telecom", "2026-11-16"),
        (48000, "Kelvcast Telecom", "2026-11-16"),
    ]


def test_a_summary_or_a_breakdown_speaks_for_the_body_that_issued_it() -> None:
    found = record_of(
        "A summary issued by the Varn farm union said 65 farms had no water.\n\n"
        "A breakdown released by the Merrow water board put the number of dry wells at 420."
    ).claims
    assert {c.value: c.source for c in found} == {65: "Varn farm union", 420: "Merrow water board"}


def test_a_list_is_stated_by_whoever_hands_over_its_figures_as_of_the_document_its_line_names() -> None:
    opening = "Skarvline Ferries said sailings would resume on Friday.\n\n"
    items = "\n- 312 sailings cancelled since Sunday\n- about 27,000 travellers affected"
    handed = record_of(opening + "Skarvline handed reporters its latest tallies on Monday:" + items).claims
    assert [(c.source, c.as_of) for c in handed] == [("Skarvline Ferries", "2026-11-16")] * 2
    noticed = record_of(
        opening + "Skarvline shared its tallies with reporters, according to a notice posted on Monday:" + items
    ).claims
    assert [(c.source, c.as_of) for c in noticed] == [("Skarvline Ferries", "2026-11-16")] * 2


def test_a_list_told_side_by_side_credits_each_item_to_the_participant_its_label_names() -> None:
    text = (
        "Kessa Rail and the Varn Passengers' Forum have argued for a month about late trains.\n\n"
        "Their latest counts, given on Thursday, according to each of them:\n\n"
        "- Kessa Rail: 240 trains late in the past week, and 12 cancelled\n\n"
        "- Varn Passengers' Forum: about 900 delays logged since October"
    )
    found = record_of(text).claims
    assert [(c.value, c.source, c.as_of) for c in found] == [
        (240, "Kessa Rail", "2026-11-19"),
        (12, "Kessa Rail", "2026-11-19"),
        (900, "Varn Passengers' Forum", "2026-11-19"),
    ]


def test_an_item_of_a_list_its_line_credits_to_no_one_is_stated_by_whom_its_label_names() -> None:
    text = (
        "Skarvline Events runs the Kessa regatta, which the Kessa Harbour Police watch from the water.\n\n"
        "Boats counted at the regatta:\n\n"
        "- Skarvline Events, which ran it: 140 boats\n"
        "- Kessa Harbour Police: 162 boats on the water"
    )
    found = record_of(text).claims
    assert [(c.value, c.source) for c in found] == [(140, "Skarvline Events"), (162, "Kessa Harbour Police")]
    # a label that names no one counts the figures, and credits them to no one
    counted = record_of(text.replace("Skarvline Events, which ran it:", "Sailing boats:"))
    assert next((c.value, c.source) for c in counted.claims) == (140, None)


def test_a_body_a_named_person_is_said_to_lead_is_the_one_a_shorter_description_later_means() -> None:
    chairs = (
        "Orla Pike, who chairs the Varn regional water safety board, wants every well tested by spring.\n\n"
        "According to the regional board, 420 wells ran dry in the summer."
    )
    head_of = (
        "Orla Pike, head of the Varn regional water safety board, wants every well tested by spring.\n\n"
        "The water board said 420 wells ran dry in the summer."
    )
    for text in (chairs, head_of):
        assert by_value(record_of(text).claims, 420).source == "Varn regional water safety board"


def test_a_figure_set_beside_a_count_is_whoever_its_own_clause_says_reports_it() -> None:
    found = claims(
        "Inspectors cited the Varn water board's tally of 3,400 cracked pipes, almost three times the 1,250 that "
        "Kelvcast says need repair."
    )
    assert (by_value(found, 3400).source, by_value(found, 1250).source) == ("Varn water board", "Kelvcast")


def test_a_body_that_changes_what_a_clause_on_the_amount_says_it_pays_is_the_source() -> None:
    # the parser hangs the "to" figure on the clause inside the object, or on a clause inside that
    for text, value in (
        ("Kelvcast cut the refund it pays customers to 30 dalers.", 30),
        (
            "After the storm, Kelvcast raised the refund it owes travellers whose trains were cancelled to 40 dalers.",
            40,
        ),
    ):
        assert by_value(claims(text), value).source == "Kelvcast", text
    assert by_value(claims("Kelvcast raised the grant it gives to 300 schools."), 300).source is None


def test_a_name_before_an_owner_written_as_a_common_noun_is_no_name_of_the_body_it_owns() -> None:
    found = record_of("The Varn nurses' union said 300 nurses had quit. The union said 40 wards had closed.").claims
    assert [c.source for c in found] == ["Varn nurses' union", "Varn nurses' union"]


def test_a_body_the_article_calls_a_business_is_the_company_though_its_name_says_a_level_of_government() -> None:
    text = (
        "A freight train stalled outside Varn on Sunday. The bus operator, Orvane Municipal Transit, ran extra "
        "coaches. Some 900 commuters were carried, the company said."
    )
    assert by_value(claims(text), 900).source == "Orvane Municipal Transit"
    # a name saying a level of government and nothing more is still no company
    text = "The Orvane Municipal Water Office fined a bottler. The company said 40 staff would go."
    assert by_value(claims(text), 40).source != "Orvane Municipal Water Office"


@pytest.mark.parametrize("verb", ["believed", "thought", "reported"])
def test_a_passive_of_belief_without_its_be_states_nothing_for_its_subject(verb: str) -> None:
    # "several of them believed to have been …" is "several of them are believed to have been …": a hedge on what the
    # speaker says, no statement by "several of them"
    text = f"Orla Pike said 30 divers were unaccounted for, several of them {verb} to have been aboard three boats."
    record = analyze_text(text, is_body=True)
    assert [(c.value, c.source) for c in record.claims] == [(30, "Orla Pike"), (3, "Orla Pike")]
    assert [q.speaker.name for q in record.quotes if q.speaker is not None] == ["Orla Pike"]


def test_a_body_a_lede_describes_is_the_one_the_next_sentence_opens_on_by_name() -> None:
    text = (
        "A dockers' campaign group said on Friday that 300 crane drivers had quit since May. "
        "The Varn Harbour Alliance had put the number at 250 in June."
    )
    assert [c.source for c in claims(text)] == ["Varn Harbour Alliance", "Varn Harbour Alliance"]
    # a description that says nothing of its kind is no state's body named next
    text = "A campaign group said on Monday that 40 wells had run dry. The Kessa Water Authority said 12 had."
    assert by_value(claims(text), 40).source == "campaign group"


def test_a_body_written_before_a_figures_document_noun_owns_the_figure() -> None:
    assert by_value(claims("Tomas Varn dismissed the police count of 64 arrests."), 64).source == "police"
    found = claims("Tomas Varn questioned both the union tally of 40 closures and the board's 52.")
    assert [(c.value, c.source) for c in found] == [(40, "union"), (52, "board")]
    # what a figure counts is no owner of it
    assert by_value(claims("Tomas Varn cited casualty figures of 64 deaths."), 64).source == "Tomas Varn"


def test_a_body_owning_a_sentences_subject_is_the_one_a_later_description_means() -> None:
    text = (
        "Orvel Bank cut 40 jobs in May. The Kessa Anglers Club's boats were idle all week. "
        "The group said 12 moorings were empty."
    )
    assert by_value(claims(text), 12).source == "Kessa Anglers Club"


def test_its_own_belongs_to_the_subject_of_a_clause_the_parser_set_beside_its_noun() -> None:
    # "a tally the Guild rejected with its own count of 9": the clause has no relative word, and the parser
    # hangs its subject on the noun as an apposition
    rows = [
        ("a", "DT", "DET", "det", 1, "a"),
        ("tally", "NN", "NOUN", "ROOT", 1, "tally"),
        ("the", "DT", "DET", "det", 3, "the"),
        ("Guild", "NNP", "PROPN", "appos", 1, "Guild"),
        ("rejected", "VBN", "VERB", "acl", 1, "reject"),
        ("with", "IN", "ADP", "prep", 4, "with"),
        ("its", "PRP$", "PRON", "poss", 8, "its"),
        ("own", "JJ", "ADJ", "amod", 8, "own"),
        ("count", "NN", "NOUN", "pobj", 5, "count"),
        ("of", "IN", "ADP", "prep", 8, "of"),
        ("9", "CD", "NUM", "pobj", 9, "9"),
    ]
    doc = parsed(rows)
    owner = owner_of_its_own(doc[6])
    assert owner is not None and owner.text == "Guild"
    rows[7] = ("latest", "JJS", "ADJ", "amod", 8, "late")  # "its latest count": a pronoun like any other
    assert owner_of_its_own(parsed(rows)[6]) is None


def test_what_a_body_had_on_a_day_in_a_clause_on_it_is_its_own_count() -> None:
    text = "The Orvel Lifeboat Trust, which had 12 crews at sea on Monday, said 20 were out by Tuesday."
    found = claims(text)
    assert [(c.value, c.source) for c in found] == [(12, "Orvel Lifeboat Trust"), (20, "Orvel Lifeboat Trust")]
    assert by_value(found, 12).as_of == "2024-10-28"
    # what it has with no day is no count it gives
    text = "The Orvel Lifeboat Trust, which has 300 volunteers, said 20 crews were out."
    assert by_value(claims(text), 300).source is None


def test_a_list_heading_says_who_gave_its_figures_in_a_participle_with_its_agent() -> None:
    text = (
        "The water board gave its count on Monday.\n\n"
        "The final figures, as given to the council by Tove Marsk on March 18:\n"
        "• 35 wells dry\n• 174 farms affected\n\nThe board said more rain was due."
    )
    found = record_of(text, published="2026-03-20").claims
    assert [(c.value, c.source, c.as_of) for c in found] == [
        (35, "Tove Marsk", "2026-03-18"),
        (174, "Tove Marsk", "2026-03-18"),
    ]


def test_a_body_that_corrects_or_updates_its_own_figure_states_the_new_one() -> None:
    for verb in ("corrected", "updated", "amended"):
        text = f"Orvel Bank {verb} its count of closed branches to 64."
        assert by_value(claims(text), 64).source == "Orvel Bank", verb
