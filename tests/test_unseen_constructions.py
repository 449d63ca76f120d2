"""Constructions of business, war, local, sport and science reporting that the development pages do not hold.

Each test is an article written for it, through the real spaCy model, and states one mechanism: who speaks
(the mention resolver and the entity types it starts from) or which figure is a claim.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from claim_helpers import by_value, claims, claims_of, parsed, record_of
from newsledger.api import analyze_text
from newsledger.names import spells_its_kind
from newsledger.nlp.claims import _reported
from newsledger.nlp.engine import load_nlp
from newsledger.nlp.entities import _sites_named, extract_entities
from newsledger.nlp.figures import _in_a_name
from newsledger.nlp.mentions import resolve_mentions
from newsledger.nlp.speakers import speakers_for
from newsledger.nlp.syntax import name_before
from newsledger.record import Record
from test_mentions import quotes, speaker_in, speaker_of


def _tagged_in_turn(text: str, word: str, labels: list[str]) -> Doc:
    """``text`` parsed, with the one-word name ``word`` tagged with each label in turn, as the tagger sometimes
    reads one name as several kinds of participant."""
    doc = load_nlp()(text)
    at = [t.i for t in doc if t.text == word]
    doc.ents = [e for e in doc.ents if not any(e.start <= k < e.end for k in at)] + [
        Span(doc, k, k + 1, label=label) for k, label in zip(at, labels, strict=True)
    ]
    return doc


def test_a_business_described_by_what_it_makes_is_the_company_just_named() -> None:
    text = (
        "Tarrow Networks said on Tuesday it would cut 900 jobs.\n\n"
        "The Denver-based maker of routers reported revenue of $1.2 billion for the quarter, down 4% from a "
        "year earlier."
    )
    hits = [q for q in quotes(text) if "revenue" in q.text]
    assert hits and hits[0].speaker is not None
    assert hits[0].speaker.name == "Tarrow Networks"


def test_the_study_the_article_introduced_speaks_for_itself_not_for_a_body_named_later() -> None:
    text = (
        "People who swam twice a week slept better, according to a study of 4,000 adults published on "
        "Wednesday.\n\n"
        "During the trial, 310 of them stopped swimming, the study found.\n\n"
        "Poor sleep affects about one in three adults, the Kessa Health Agency estimates."
    )
    assert speaker_of(text, "310 of them") == "study"


def test_the_report_a_body_released_speaks_for_that_body() -> None:
    text = (
        "The Kessa Transport Office released a report on Monday about the state of the bridges.\n\n"
        "The report said 40 bridges needed urgent repairs."
    )
    assert speaker_of(text, "40 bridges") == "Kessa Transport Office"


def test_officials_of_a_place_are_not_the_body_the_article_is_about() -> None:
    text = (
        "Velostra's Defence Ministry said its forces had downed 27 drones overnight.\n\n"
        "Meanwhile, officials in Velostra's Dorvan region said two civilians were killed by shelling."
    )
    speaker = speaker_of(text, "two civilians")
    assert speaker is not None and "Ministry" not in speaker


def test_an_hour_of_the_day_is_no_claim() -> None:
    text = "The regional governor said the strike hit at four in the morning, when everyone was asleep."
    assert not [c for c in claims(text) if c.value == 4]


def test_figures_a_player_adds_are_made_not_stated() -> None:
    text = (
        "Jaylen Marsh scored 31 points on Saturday. Dario Pell added 22 points and 11 rebounds for the Comets, "
        "who have won four straight."
    )
    found = claims(text)
    assert by_value(found, 11).source is None
    assert by_value(found, 4).source is None


def test_a_given_name_and_a_surname_tagged_an_organisation_is_a_person() -> None:
    text = "Marcus Bell added 22 points for the home side. Marcus Bell said the team had played well."
    people = {e.canonical for e in record_of(text).entities if e.label == "PERSON"}
    assert "Marcus Bell" in people


def test_a_plural_name_after_the_is_a_team_not_a_person() -> None:
    text = "The Riverton Comets rallied from 17 points down, and the Riverton Comets won again on Sunday."
    labels = {e.canonical: e.label for e in record_of(text).entities}
    assert labels.get("Riverton Comets") != "PERSON"


def test_scores_as_a_verb_is_no_vague_amount() -> None:
    found = record_of("Harlow scores 31 as Comets rally\n\nJaylen Harlow scored 31 points on Saturday.").claims
    assert all(c.value is not None for c in found)
    assert [c.value for c in record_of("Scores of people were hurt, police said.").claims] == [None]


def test_a_name_the_tagger_took_for_a_product_is_a_person_later_pronouns_stand_for() -> None:
    text = (
        "At the end of the meeting, Ivanka Kelly said the fund was short.\n\n"
        "The board will meet again in May, she said."
    )
    assert speaker_of(text, "meet again") == "Ivanka Kelly"


def test_the_one_a_participant_asked_is_someone_else() -> None:
    text = (
        "Radio Velo's Tamsin Orla asked the mayor whether the bridge would reopen. The mayor said it would reopen "
        "in May."
    )
    assert speaker_of(text, "reopen in May") != "Tamsin Orla"


def test_the_agent_of_a_deed_that_gives_no_figure_is_no_source() -> None:
    text = "Prosecutors said Dorn steered 14 contracts to two firms run by a longtime friend of his."
    assert by_value(claims(text), 2).source == "prosecutors"


def test_a_number_the_parser_sets_beside_a_mistyped_name_is_an_age() -> None:
    text = "Wexley, 58, pleaded guilty in March to one count of conspiracy."
    assert not [c for c in claims(text) if c.value == 58]


def test_a_decision_reported_by_a_speaker_sharing_a_subject_is_the_speakers_figure() -> None:
    text = (
        "Eastbridge Health said it had hired about 1,000 replacement nurses. The system's chief nursing officer, "
        "Dr. Alan Whitcombe, called the strike unnecessary and said the company had offered raises of 18% over "
        "three years."
    )
    assert by_value(claims(text), 18).source == "Alan Whitcombe"


def test_a_business_described_by_its_trade_is_the_business_just_in_subject_position() -> None:
    text = (
        "The Kessa Weather Service said up to 18 inches of snow had fallen by Sunday evening. The Kessa Aviation "
        "Office said it had slowed traffic into several airports.\n\n"
        "Kestrel Air said it had canceled about 800 flights on Sunday. The Atlanta-based carrier said it expected "
        "to resume normal operations by Tuesday."
    )
    assert speaker_of(text, "resume normal operations") == "Kestrel Air"


def test_a_spokesperson_speaks_for_the_body_whose_doings_they_report() -> None:
    text = (
        "Kestrel Air said it had canceled about 800 flights on Sunday.\n\n"
        "Bluewing Airways, which has a large presence in Boston, canceled 540 flights, a spokesperson said."
    )
    assert speaker_of(text, "540 flights") == "Bluewing Airways"


def test_results_speak_for_the_body_that_released_them() -> None:
    text = (
        "The ruling party won 71 of 150 seats, according to preliminary results released by the Velostra "
        "Electoral Commission on Monday."
    )
    assert speaker_of(text, "71 of 150") == "Velostra Electoral Commission"


def test_a_body_described_by_a_field_its_name_lacks_is_another_body_unless_just_in_focus() -> None:
    text = (
        "Turnout was 67.4%, the Velostra Electoral Commission said on Monday. Marta Hollis, the opposition "
        "leader, said voters wanted change.\n\n"
        "Housing costs have risen by about 40% since 2019, according to the national statistics office."
    )
    assert by_value(claims(text), 40).source != "Velostra Electoral Commission"


def test_the_body_just_in_subject_position_may_be_given_a_field_its_name_lacks() -> None:
    text = (
        "The Kessa Civil Defence said on Friday that 2,166 people had died. It added that 550 buildings had "
        "collapsed.\n\n"
        '"Search operations continue," the rescue service wrote on its website.'
    )
    assert speaker_of(text, "Search operations") == "Kessa Civil Defence"


def test_a_figure_of_a_period_running_to_today_stands_as_of_the_day_it_is_told() -> None:
    # PUBLISHED (claim_helpers) is 2024-10-29
    found = claims("Nationwide, the agency has confirmed 640 cases this year, the most since 2019.")
    assert (by_value(found, 640).as_of, by_value(found, 640).as_of_basis) == ("2024-10-29", "published")
    risen = by_value(claims("Housing costs have risen by about 40% since 2019, the statistics office said."), 40)
    assert risen.as_of == "2024-10-29"
    assert by_value(claims("Sales fell 4% in 2023, the company said."), 4).as_of is None  # a period of its own


def test_a_day_on_the_earlier_value_dates_neither_the_statement_nor_the_new_figure() -> None:
    text = (
        "Traders now see a 62% chance that the central bank will hold rates in December, according to "
        "Velo Exchange's RateWatch tool, up from 48% a week ago."
    )
    found = claims(text)
    assert by_value(found, 62).as_of == "2024-10-29"  # PUBLISHED: "now"
    assert by_value(found, 48).as_of == "2024-10-22"


def test_a_tool_speaks_for_the_body_that_owns_it() -> None:
    text = "Traders now see a 62% chance of a cut in December, according to Velo Exchange's RateWatch tool."
    assert by_value(claims(text), 62).source == "Velo Exchange"


def test_according_to_is_no_part_of_what_was_counted() -> None:
    text = "More than 2,700 flights were canceled on Sunday, according to the tracking website Skyroute."
    assert "according" not in (by_value(claims(text), 2700).about or "")


def test_the_number_of_a_date_is_no_other_figure_it_belongs_to() -> None:
    found = claims("On October 21, police arrested two men with the recovery of 29,920 pills, the chief said.")
    assert by_value(found, 29920).as_of == "2024-10-21"


def test_a_place_run_over_a_comma_into_a_surname_is_two_names() -> None:
    text = (
        "Mayor Janet Osei defended the plan on Thursday.\n\n"
        'Speaking at City Hall, Osei said the project remained "the best investment this city can make."'
    )
    assert speaker_of(text, "best investment") == "Janet Osei"


def test_a_role_opening_a_headline_is_the_one_the_article_names_in_it() -> None:
    text = "Mayor defends tunnel plan\n\nMayor Janet Osei on Thursday defended the city's plan to build a tunnel."
    assert speaker_of(text, "tunnel plan") == "Janet Osei"
    text = "Judge rejects request\n\nA judge rejected a request by Kessa Daily on Friday, Tom Brandt said."
    headline = [q for q in quotes(text) if q.start < text.index("\n")]
    assert all(q.speaker is None or q.speaker.name != "Tom Brandt" for q in headline)  # no judge is named


def test_the_terms_a_source_spoke_on_are_no_attribution() -> None:
    text = (
        "A manager at the agency, who asked not to be named because he was not authorized to speak, said six ships "
        "were waiting. One senior official, speaking on condition of anonymity to discuss internal deliberations, "
        "said aides had urged a delay."
    )
    assert sorted(q.text for q in quotes(text)) == ["aides had urged a delay", "six ships were waiting"]


def test_a_company_by_its_first_word_and_without_its_legal_form_is_one_speaker() -> None:
    text = (
        "Halden Foods Inc said on Monday it had agreed to buy Crisply Brands for $4.7 billion.\n\n"
        "Halden expects the deal to add to its earnings, and Halden Foods said it would fund it with new debt. "
        "Crisply's shares jumped 25%.\n\n"
        '"We sincerely apologize to our customers," Skyline said, a day after Skyline Airways canceled 1,400 '
        "flights."
    )
    names = {e.text: (e.label, e.canonical) for e in record_of(text.replace("\\\\n", "\\n")).entities}
    assert names["Halden"] == ("ORG", "Halden Foods Inc")
    assert names["Halden Foods"] == ("ORG", "Halden Foods Inc")
    assert names["Skyline"] == ("ORG", "Skyline Airways")


def test_a_statement_in_a_relative_clause_is_not_continued_by_the_next_sentence() -> None:
    text = (
        "Retail sales rose 0.7% last month from September, the Commerce Office said Friday, above the 0.3% gain "
        "that economists surveyed by Pollwise had forecast. Sales had risen 0.4% in September."
    )
    assert by_value(claims(text), 0.4).source == "Commerce Office"


def test_firing_back_that_is_saying() -> None:
    text = "Democrat Maria Castellano fired back that Hoffman had voted three times against new reservoirs."
    assert speaker_of(text, "voted three times") == "Maria Castellano"


def test_a_role_noun_before_a_name_is_a_title() -> None:
    text = "Moderator Lisa Grant twice asked the crowd to stay quiet, and Grant said the debate would go on."
    assert speaker_of(text, "debate would go on") == "Lisa Grant"


def test_putting_a_tally_at_any_figure_states_it() -> None:
    text = (
        "The UN refugee agency estimates that 1.2 million people have fled the fighting, while aid groups put "
        "the number closer to 2 million."
    )
    assert by_value(claims(text), 2_000_000).source == "aid groups"


def test_an_area_that_says_something_is_its_government() -> None:
    text = "Nearly a third of the city's 90 schools will close, the district announced on Monday."
    assert by_value(claims(text), 90).source == "district"
    assert speaker_of("The county announced that 40 roads were closed.", "40 roads") == "county"
    assert speaker_of("The city said the bridge would reopen in May.", "bridge") == "city"


def test_half_a_million_is_half_a_million() -> None:
    assert by_value(claims("Half a million people have lost power, the utility said."), 500_000).source == "utility"


def test_a_company_the_tagger_took_for_a_person_is_named_by_its_first_word_too() -> None:
    text = (
        "The launch comes as rival Corvex Labs struggles to meet demand. Corvex said last month that it had "
        "shipped 48,000 accelerators in the third quarter, citing shortages of memory."
    )
    assert speaker_of(text, "48,000") == "Corvex Labs"
    assert by_value(claims(text), 48_000).about == "accelerators shipped"


def test_a_branch_named_by_its_parent_a_field_and_a_kind_is_the_branch() -> None:
    text = "The UN refugee agency estimates that 1.2 million people have fled the fighting."
    assert by_value(claims(text), 1_200_000).source == "UN refugee agency"


def test_a_body_described_by_a_field_and_a_generic_noun_is_no_branch() -> None:
    text = (
        "The Kessa Civil Defence said on Monday that 40 people had been pulled from the rubble.\n\n"
        "Search operations are about to end, the Kessa Civil Defence main rescue group said on Tuesday."
    )
    assert speaker_of(text, "Search operations") == "Kessa Civil Defence"


def test_a_named_fire_is_an_event_not_the_body_that_speaks() -> None:
    text = (
        "Governor Hana Lisk declared an emergency on Tuesday as the Orwell Pass Fire destroyed 60 homes and "
        "forced 2,000 people to flee, her office said."
    )
    record = record_of(text)
    assert {e.canonical: e.label for e in record.entities}.get("Orwell Pass Fire") == "EVENT"
    assert by_value(record.claims, 60).source == "Hana Lisk"


def test_a_persons_office_speaks_for_that_person_and_an_unnamed_ones_for_no_body_named() -> None:
    named = "Senator Ilse Maren toured the harbour on Monday. Her office said 12 boats had sunk."
    assert speaker_of(named, "12 boats") == "Ilse Maren"
    unnamed = "The Kessa Port Authority closed the harbour on Monday.\n\nThe governor's office said 12 boats had sunk."
    assert speaker_of(unnamed, "12 boats") == "governor's office"


def test_what_people_were_made_to_do_is_the_measure() -> None:
    found = claims(
        "About 6,000 residents were ordered to evacuate, Sheriff Ana Quint said. The storm forced 900 people to "
        "flee their homes, officials said. Quint said 4,000 people had been allowed to return on Friday."
    )
    assert by_value(found, 6000).measure == "displaced"
    assert by_value(found, 900).measure == "displaced"
    assert by_value(found, 4000).measure == "returned"


def test_a_share_of_a_state_is_said_of_what_is_in_that_state() -> None:
    found = claims(
        "Crews were battling the blaze, which was 5% contained, the agency said. The fire had burned 9,000 acres "
        "and was 20 percent contained on Monday, the agency said."
    )
    five, twenty = by_value(found, 5), by_value(found, 20)
    assert (five.about, five.measure) == ("blaze", "contained")
    assert (twenty.about, twenty.measure) == ("fire", "contained")
    assert by_value(found, 9000).measure == "burned"


def test_a_company_report_figures_are_of_what_they_say() -> None:
    found = claims(
        "Halvern shares fell 11% in early trading. The carmaker reported a third-quarter net loss of $412 million. "
        "Sales of electric models dropped 18% in the quarter, the company said. The closure will cost the town "
        "2,300 jobs directly and perhaps 5,000 more at suppliers, Mayor Grace Oduya said."
    )
    # the thing that fell, not when it fell; ordinals stay in what is counted; sales, not a tally of models
    assert by_value(found, 11).about == "Halvern shares"
    assert by_value(found, 412_000_000).about == "third-quarter net loss"
    assert by_value(found, 18).about == "sales of electric models"
    # "5,000 more" are more of what the figure before it under the same verb counts
    assert (by_value(found, 5000).unit, by_value(found, 5000).measure) == ("jobs", "cost")


def test_a_name_beside_a_role_is_a_person_and_a_bodys_officer_is_not_whoever_spoke_last() -> None:
    named = (
        "Councillor Piet Dorran asked for a recount on Monday.\n\n"
        "The commission's chair, Ines Morrow, said 12 of the complaints concerned voters turned away."
    )
    assert speaker_of(named, "12 of the complaints") == "Ines Morrow"
    unnamed = (
        "Councillor Piet Dorran asked for a recount on Monday.\n\n"
        "The commission's chair said 12 of the complaints concerned voters turned away."
    )
    assert speaker_of(unnamed, "12 of the complaints") != "Piet Dorran"


def test_a_share_is_of_what_is_said_to_be_it_not_of_where() -> None:
    found = claims(
        "Turnout was 38%, down from 46% four years ago, the commission said. Turnout was 62% in the capital."
    )
    assert by_value(found, 38).about == "Turnout"
    assert by_value(found, 62).about == "Turnout"


def test_votes_and_shares_are_the_candidates_who_won_them() -> None:
    found = claims(
        "Incumbent mayor Ana Brel led the race with 48.6% of the vote, the commission said. The commission said "
        "Brel had won 49.2% against 44.5% for Piet Dorran. The electoral body said opposition candidate Atiku "
        "Abubakar won 7 million votes. The company had 20% of the market, the report said."
    )
    assert by_value(found, 48.6).about == "vote share for Ana Brel"
    assert by_value(found, 49.2).about == "vote share for Brel"
    assert by_value(found, 44.5).about == "vote share for Piet Dorran"
    assert by_value(found, 7_000_000).about == "votes for Atiku Abubakar"
    assert by_value(found, 20).about == "market"  # a share anyone "had" is no candidate's


def test_workers_on_strike_and_a_share_no_one_is_said_to_be() -> None:
    found = claims(
        "The union said 13,000 workers were on strike by Wednesday. The union said 12,000 of its members were on "
        "strike. The company has offered 4.5 per cent, the union said."
    )
    assert (by_value(found, 13000).measure, by_value(found, 12000).measure) == ("striking", "striking")
    assert by_value(found, 4.5).about is None  # a share is not of who offers it


def test_what_another_named_person_did_is_the_writers_account_not_the_last_speakers() -> None:
    text = (
        "Judge Helen Ardo said Tomas Reim had betrayed the city and ordered him to repay $1.8 million. Reim, 61, "
        "had pleaded guilty in March to 14 counts of bribery."
    )
    found = claims(text)
    assert by_value(found, 1_800_000).source == "Helen Ardo"
    assert by_value(found, 14).source is None


def test_what_another_body_decided_is_the_writers_account_not_the_last_speakers() -> None:
    """After the airline speaks, "The government set up a fund" is the writer's account of the government's
    decision; the speaker's own decision ("The airline cut 80 flights") still continues its account."""
    text = (
        "Velmora Air said bookings fell 12 percent in June. The government set up a $150 million fund for "
        "stranded travellers. The airline cut 80 flights from its summer schedule."
    )
    found = claims(text)
    assert by_value(found, 12).source == "Velmora Air"
    assert by_value(found, 150_000_000).source is None
    assert by_value(found, 80).source == "Velmora Air"


def test_a_change_and_a_level_are_two_figures_and_a_ranks_count_counts_what_the_ranks_do() -> None:
    found = claims(
        "Global smartphone shipments fell 12% to 289.4 million units in the third quarter, according to Tallyworks "
        "Research. Orvel kept the top spot with 58.2 million phones shipped, the research firm said. Kestrel Mobile "
        "was second with 49.6 million."
    )
    change = by_value(found, 12)
    assert (change.unit, change.low, change.high) == ("percent", None, None)  # not a range of 12 to 289.4 million
    assert by_value(found, 289_400_000).unit == "units"
    second = by_value(found, 49_600_000)
    assert (second.unit, second.source) == ("phones", "Tallyworks Research")


def test_an_age_says_who_is_counted_not_what_happened_to_them() -> None:
    found = claims("The researchers followed 12,400 adults aged 40 to 70 for a decade, the study said.")
    assert by_value(found, 12400).measure != "aged"


def test_a_war_report_a_titled_name_in_lower_case_shared_objects_and_phrasal_verbs() -> None:
    text = (
        "Kelvoria launched 48 drones and four ballistic missiles at Velostra overnight, the air force said, adding "
        "that air defences had shot down 40 of the drones.\n\n"
        "At least 12 people were killed in a strike on an apartment block, regional governor Ilko Maran said. "
        "Rescuers were still searching the rubble on Tuesday afternoon, he said."
    )
    found = claims(text)
    assert by_value(found, 4).measure == "launched"  # the object joined to "48 drones" shares its verb
    assert by_value(found, 40).measure == "shot down"
    assert speaker_of(text, "Rescuers were still searching") == "Ilko Maran"


def test_a_time_after_a_sum_is_when_not_what() -> None:
    found = claims("The institute estimated that heatwaves had cost farmers about $2.1 billion last summer.")
    assert by_value(found, 2_100_000_000).about != "last summer"


def test_who_comes_after_the_dateline_dash_not_the_dateline() -> None:
    text = (
        "KESSA, Velostra — President Ostap Vell promised on Tuesday to respond to an overnight missile strike "
        "that killed at least 12 people."
    )
    hits = [q for q in quotes(text) if "respond" in q.text]
    assert hits and hits[0].speaker is not None and hits[0].speaker.name == "Ostap Vell"


def test_a_trade_word_in_a_name_makes_it_a_companys_whatever_the_tagger_said() -> None:
    text = (
        "Tarvin Semiconductor is exploring a sale of its memory chip unit, according to people familiar with the "
        "matter.\n\nA Tarvin spokeswoman said the company would not comment on 40 market rumours."
    )
    assert speaker_of(text, "40 market rumours") == "Tarvin Semiconductor"


def test_the_last_word_of_a_body_named_earlier_describes_that_body() -> None:
    text = (
        "A cyberattack on the Orlen Valley Hospital Trust has forced it to cancel 2,100 appointments, the trust "
        "said on Monday.\n\n"
        "The Kessa Ice Hockey League postponed three games. The league said 40 players had been tested."
    )
    assert speaker_of(text, "2,100 appointments") == "Orlen Valley Hospital Trust"
    assert speaker_of(text, "40 players") == "Kessa Ice Hockey League"


def test_the_name_a_group_calls_itself_is_no_statement() -> None:
    text = "A group calling itself Grey Harbour has claimed the attack, saying it took 300 files."
    assert not [q for q in quotes(text) if q.text.startswith("itself")]
    assert speaker_of(text, "300 files") == "Grey Harbour"


def test_the_items_of_a_list_a_stated_clause_opens_are_that_sources_figures() -> None:
    text = (
        "The council said on Monday that the storm had damaged:\n\n"
        "- 45 school buildings across the district;\n"
        "- about 300 street lights.\n\n"
        "Ingredients:\n\n"
        "- 2 cups of flour\n"
    )
    found = claims(text)
    assert by_value(found, 45).source == "council"
    assert by_value(found, 300).source == "council"
    assert not [c for c in found if c.value == 2]  # a label's list states nothing


def test_a_list_without_bullets_runs_until_an_item_closes_it() -> None:
    text = (
        "Officials said the flood had cut off:\n\n"
        "12 villages in the valley;\n\n"
        "about 800 farms.\n\n"
        "Volunteers handed out 5,000 sandbags."
    )
    found = claims(text)
    assert by_value(found, 800).source == "officials"
    assert by_value(found, 5000).source is None  # the paragraph after the list is the writer's


def test_an_earlier_value_of_another_month_revises_nothing() -> None:
    found = claims(
        "Jobless claims fell to 5.1% in October, down from 5.6% in September, the statistics office said on "
        "Tuesday.\n\nThe toll rose to 3,100 on Tuesday, up from 2,500 on Monday, the ministry said."
    )
    october, september = by_value(found, 5.1), by_value(found, 5.6)
    assert october.revises is None and september.as_of is None  # September's rate, not an earlier estimate
    assert october.as_of is not None
    assert by_value(found, 3100).revises is not None  # a tally counted again the next day is revised


def test_a_finding_about_a_group_holding_the_figure_is_no_source_of_it() -> None:
    text = "Dr. Ilka Morr led the study. She added that people who drank more than six cups a day showed no benefit."
    assert by_value(claims(text), 6).source == "Ilka Morr"


def test_a_platform_a_statement_was_posted_on_is_neither_its_topic_nor_a_body() -> None:
    text = (
        "Air defences shot down 31 drones, the air force said in a statement on Telegram.\n\n"
        "Grid operator Kalvenergo said about 90,000 homes were without power. By evening, supplies had been "
        "restored to 60,000 of them, the company said."
    )
    assert not [q for q in quotes(text) if q.text == "Telegram"]
    assert speaker_of(text, "60,000 of them") == "Kalvenergo"


def test_a_role_that_opens_the_sentence_is_no_part_of_the_name() -> None:
    text = 'Midfielder Arno Kell scored twice.\n\n"We deserved it," said Kell, who joined in May.'
    assert speaker_of(text, "We deserved it") == "Arno Kell"


def test_a_business_described_by_its_trade_is_the_company_the_lede_names() -> None:
    text = (
        "Norrvale Systems will cut about 3,100 jobs, or 6% of its workforce, the software maker said on Tuesday. "
        "The Oslund-based company said the cuts would cost $240 million."
    )
    assert speaker_of(text, "3,100 jobs") == "Norrvale Systems"
    assert speaker_of(text, "$240 million") == "Norrvale Systems"


def test_where_a_body_is_based_is_a_place_not_a_body() -> None:
    text = (
        "Norrvale, the Oslund-based maker of accounting software, is laying off roughly 3,100 employees, the "
        "company confirmed on Tuesday.\n\nA Norrvale spokesperson said affected employees would receive 16 weeks "
        "of pay."
    )
    assert speaker_of(text, "3,100 employees") == "Norrvale"


def test_the_dateline_extraction_split_off_still_names_a_place() -> None:
    record = analyze_text(
        "Oslund braces for job losses\n\nOSLUND — City officials said on Wednesday they were preparing for job "
        "losses after Norrvale Systems announced cuts.\n\nNorrvale employs about 7,400 people in Oslund, "
        "according to the city's economic development office. The company has said the cuts will cost $240 "
        "million.",
        published="2026-11-20",
    )
    assert isinstance(record, Record)
    labels = {record.article.body[e.start : e.end]: e.label for e in record.entities}
    assert labels.get("Oslund") == "GPE"
    assert by_value(record.claims, 240_000_000).source == "Norrvale Systems"


def test_a_surname_the_tagger_left_out_of_a_given_name_joins_it() -> None:
    text = (
        "Norrvale employs about 7,400 people in Oslund, according to the city's economic development office. "
        'Mayor Tove Rask said she had spoken to the company\'s leadership.\n\n"It is painful," Rask said.'
    )
    assert speaker_of(text, "It is painful") == "Tove Rask"


def test_a_rate_a_year_earlier_is_another_period_a_tally_years_ago_grew() -> None:
    found = claims(
        "Cloud revenue grew 11%, down from 19% a year earlier, the company said.\n\n"
        "The census found 2,967 tigers, up from 2,226 four years ago, the ministry said."
    )
    assert by_value(found, 11).revises is None
    assert by_value(found, 2967).revises is not None


def test_a_modifier_a_number_sizes_is_no_part_of_what_is_counted() -> None:
    found = claims("The cuts amount to 6% of the company's 52,000-person workforce, the company said.")
    assert by_value(found, 6).about == "the company's workforce"


def test_who_surveyed_the_respondents_gives_their_count_and_they_do_not_do_what_they_expect() -> None:
    found = claims("All 18 economists surveyed by the Kessa Herald expect the bank to hold rates.")
    eighteen = by_value(found, 18)
    assert eighteen.source == "Kessa Herald"
    assert eighteen.measure != "held"  # the bank is to hold; the economists expect


def test_according_to_someone_a_holding_is_theirs_to_state_not_the_holders() -> None:
    found = claims("Heliotrope Semiconductor held 23% of the market, according to Corvane Insights.")
    assert by_value(found, 23).source == "Corvane Insights"


def test_a_document_no_one_issued_is_the_statement_of_the_body_its_clause_is_about() -> None:
    text = (
        "Kestrel Health will fund the deal with about $2.5 billion of new debt, according to a statement.\n\n"
        "Tessaly Bank's net profit rose 5% to 1.9 billion pounds, according to company filings."
    )
    found = claims(text)
    assert by_value(found, 2_500_000_000).source == "Kestrel Health"
    assert by_value(found, 5).source == "Tessaly Bank"


def test_a_regulator_and_a_watchdog_are_the_agency_named_before() -> None:
    assert (
        speaker_of(
            "The National Privacy Commission opened an inquiry into Brightpath Mobile on Monday. The inquiry will "
            "take a year, the regulator said.",
            "The inquiry",
        )
        == "National Privacy Commission"
    )
    assert (
        speaker_of(
            "The Financial Conduct Board fined Tessaly Bank on Monday. The bank failed to test its software, the "
            "watchdog said.",
            "failed to test",
        )
        == "Financial Conduct Board"
    )


def test_a_trade_word_in_a_name_makes_a_one_word_mention_that_company() -> None:
    text = "Mendel Freight's revenue rose 8% in the quarter.\n\nA Mendel spokesman said it would hire 300 drivers."
    assert speaker_of(text, "300 drivers") == "Mendel Freight"


def test_a_document_seen_by_an_outlet_is_no_statement_of_the_outlet() -> None:
    text = '"These decisions are never easy," chief executive Hanna Lind wrote in a memo seen by the Kessa Wire.'
    assert [q.speaker.name for q in quotes(text) if q.speaker] == ["Hanna Lind"]


def test_a_role_opening_the_sentence_leaves_a_person_whatever_the_tagger_said() -> None:
    text = (
        "Delphine Harrod said the deal was fair. Nurse Perpetua Wand said colleagues were exhausted. "
        '"We were running on fumes," she said.'
    )
    assert speaker_of(text, "running on fumes") == "Perpetua Wand"


def test_a_full_name_is_not_another_bodys_because_they_share_a_first_word() -> None:
    text = (
        "Velmont drivers said they would strike. Velmont Metro Lines said the offer was fair. Prices rose 5.1%, "
        "according to the Velmont Statistics Office."
    )
    assert by_value(claims(text), 5.1).source == "Velmont Statistics Office"


def test_a_survey_share_is_the_surveys_and_keeps_its_percent_sign() -> None:
    text = "In a survey by Hawks Together, 62% of respondents said the fee was too high."
    assert by_value(claims(text), 62).source == "Hawks Together"
    assert speaker_of(text, "the fee") == "62% of respondents"


def test_a_plural_possessive_inside_a_name_runs_on_to_its_body_word() -> None:
    text = "Drivers rejected the offer, the Transit Workers' Guild said. The guild said 1,032 members voted."
    assert speaker_of(text, "Drivers rejected") == "Transit Workers' Guild"
    assert speaker_of(text, "1,032 members") == "Transit Workers' Guild"


def test_a_ledes_role_does_not_wait_for_a_name_given_another_role() -> None:
    text = (
        "Drones hit the Krasnobor refinery overnight, the regional governor said. Production would resume within "
        "a week, the company's chief engineer, Pavel Drozd, said."
    )
    assert speaker_of(text, "Drones hit") != "Pavel Drozd"


def test_an_industry_major_is_the_company_the_article_is_about() -> None:
    text = (
        "Tarvin Systems said on Thursday its net profit rose 22% in the quarter.\n\n"
        "The IT major also raised its revenue guidance to 14 per cent."
    )
    assert by_value(claims(text), 14).source == "Tarvin Systems"


def test_an_h_after_a_consonant_is_a_transliteration_variant() -> None:
    text = (
        "Gen. Oleksandr Syrhenko said on Friday that the army had recruited 187,000 soldiers this year. "
        "Desertion cases had risen to about 6,000 a month, Syrenko said."
    )
    assert speaker_of(text, "Desertion cases") == "Oleksandr Syrhenko"


def test_a_state_owned_operator_is_the_company_later_described() -> None:
    text = (
        "Kelvoria's state grid operator, Energonet, said about 210,000 households were without power. "
        "The company said repairs could take up to three days."
    )
    assert speaker_of(text, "repairs") == "Energonet"


def test_a_speaker_telling_what_they_told_others_is_still_the_source() -> None:
    found = claims('"I said nothing," Stenn said. "I told them the wage bill rose 20%."')
    assert by_value(found, 20).source == "Stenn"


def test_a_contrast_that_attributes_itself_is_not_the_writers() -> None:
    text = (
        "A drone attack set fire to a refinery overnight, the regional governor said, while Drossia's defence "
        "ministry said its air defences had destroyed 96 drones."
    )
    assert by_value(claims(text), 96).source == "Drossia's defence ministry"


def test_a_body_described_with_a_nationality_is_what_it_later_refers_to() -> None:
    text = (
        "The Kelvorian air force said 41 drones were shot down. The Drossian defence ministry said all targets "
        "had been hit. It did not mention civilian buildings."
    )
    assert speaker_of(text, "civilian buildings") == "Drossian Ministry of Defence"


def test_a_one_word_name_after_a_body_noun_is_that_bodys_name() -> None:
    text = "Another 2,300 flights were delayed on Friday, according to tracking service PlaneMeter."
    assert by_value(claims(text), 2300).source == "PlaneMeter"


def test_a_first_word_means_the_body_not_the_product_it_names() -> None:
    text = (
        "Oriel Electronics on Tuesday unveiled the Oriel Flex, priced at $1,499. An Oriel spokeswoman said the "
        "phone would go on sale in 40 countries."
    )
    assert speaker_of(text, "40 countries") == "Oriel Electronics"


def test_a_relative_pronoun_stands_for_the_noun_it_hangs_on() -> None:
    found = claims("Brume warned that vacancy rates, which stand at 14% across the district, would not fall.")
    assert by_value(found, 14).about.startswith("vacancy rates")


def test_every_item_of_a_list_of_losses_shares_the_verb() -> None:
    found = claims(
        "The ministry said Drossian forces lost 1,230 servicemen, 14 tanks, 31 artillery systems and 52 drones."
    )
    assert {by_value(found, v).measure for v in (1230, 14, 31, 52)} == {"lost"}


def test_an_attribution_the_parser_hung_on_the_last_noun_is_still_one() -> None:
    text = "Drivers rejected a 3.5% wage offer, the Allied Porters Union said on Thursday."
    assert speaker_of(text, "Drivers rejected") == "Allied Porters Union"
    ended = text + "\n\nThe strike will begin on Monday."  # a paragraph break closes the sentence too
    assert speaker_of(ended, "Drivers rejected") == "Allied Porters Union"
    assert by_value(claims(text), 3.5).source == "Allied Porters Union"


def test_a_comment_in_apposition_to_a_clause_is_no_description_of_a_name() -> None:
    text = (
        "Drossia's defence ministry said on Tuesday its troops had captured the village of Ternivka, a claim "
        "Kelvoria's military rejected as false."
    )
    assert speaker_of(text, "a claim") == "Kelvoria's military"


def test_a_relative_clause_on_a_figure_does_not_take_the_sentence() -> None:
    text = (
        "The Centre for Strategic Balance estimated in a report this month that Drossian forces had suffered "
        "around 1,000 casualties a day, a figure Gorsk has not commented on."
    )
    assert speaker_of(text, "1,000 casualties") == "Centre for Strategic Balance"


def test_a_places_role_is_the_person_named_by_that_role_even_just_after() -> None:
    text = (
        "Kelvoria's top general said on Friday that the army had recruited only half the soldiers it needs. "
        "Gen. Oleksandr Syrhenko told lawmakers that the military had signed up 187,000 recruits."
    )
    assert speaker_of(text, "half the soldiers") == "Oleksandr Syrhenko"
    text = "Senator Ana Voss spoke first. Kessa's tax commissioner said no records were released."
    assert speaker_of(text, "no records") != "Ana Voss"  # no one the article names by that role


def test_the_name_a_body_is_known_by_is_no_statement() -> None:
    text = "The humanitarian office in Kelvoria, known by its acronym OCHAK, said 40,000 people had fled."
    assert [q.cue.text for q in quotes(text) if q.cue] == ["said"]


def test_the_level_a_price_moved_to_is_of_what_moved_not_of_when() -> None:
    found = claims("Lumora shares jumped 37% to $36.90 in early trading, the exchange said.")
    assert by_value(found, 36.9).about == "Lumora shares"


def test_a_group_placed_at_a_body_speaks_for_it() -> None:
    text = (
        'Shares of Corvane Systems fell 8% on Tuesday. "The guidance cut is worse than we feared," analysts at '
        "Brellin Securities wrote in a note to clients."
    )
    assert speaker_of(text, "guidance cut") == "Brellin Securities"
    text = '"We expect more cuts," said strategists at Dovecote Capital, who cut their target to $40.'
    assert speaker_of(text, "more cuts") == "Dovecote Capital"
    text = 'Keith Warrow\'s wife, Lena, spoke to reporters. "He did nothing wrong," his wife said.'
    assert speaker_of(text, "nothing wrong") != "Keith Warrow"  # a relation, not a workplace


def test_a_dateline_without_a_year_takes_the_year_of_the_pages_notice() -> None:
    page = (
        "The Lakeside Ledger\nHome > Health\n\nInfections climb to 112 in Wexmoor\n\n"
        "WEXMOOR, March 5 (NPW) - The number of confirmed infections linked to the city's tap water has climbed "
        "to 112, the regional health department said Wednesday, with 27 people in hospital.\n\n"
        "The department said the patients were in hospitals across the region and that no deaths had been "
        "reported. Engineers were flushing the network on Wednesday and testing every reservoir.\n\n"
        "Copyright 2025 National Press Wire. Content may not be republished without permission.\n"
    )
    found = analyze_text(page).claims
    assert {c.value: c.as_of for c in found}[112] == "2025-03-05"


def test_a_name_in_apposition_to_a_role_is_a_person_though_the_tagger_missed_it() -> None:
    text = (
        "Karvenia's Defence Minister, Taras Mykhalchuk, said on Saturday that 12,000 Belvorian troops were in the "
        "area. Mykhalchuk added that talks had failed."
    )
    assert speaker_of(text, "12,000 Belvorian troops") == "Taras Mykhalchuk"
    assert by_value(claims(text), 12000).source == "Taras Mykhalchuk"
    # a body in apposition to a role's holder stays a body
    text = "The ministry's spokesman, Colonel Ruiz of the Western Command, said the road was shut."
    assert speaker_of(text, "the road") != "Western Command"


def test_a_fact_box_credits_each_line_in_brackets_and_labels_what_it_counts() -> None:
    text = (
        "Shelling continued near the border on Tuesday, officials said.\n\n"
        "The latest figures\n"
        "- Displaced: 41,000 (IRRA, 10 November)\n"
        "- Karvenian soldiers killed: 19 (Karvenian defence ministry, 8 November)\n"
        "- Belvorian soldiers killed: 9 (Belvorian army, 8 November)\n"
    )
    found = analyze_text(text, is_body=True, published="2025-11-11").claims
    got = {c.value: (c.source, c.as_of, c.about, c.text) for c in found}
    assert got[41000][:2] == ("IRRA", "2025-11-10")
    assert got[19] == ("Karvenian defence ministry", "2025-11-08", "Karvenian soldiers killed", "19")
    assert got[9][:3] == ("Belvorian army", "2025-11-08", "Belvorian soldiers killed")
    assert [(c.unit, c.measure) for c in found if c.value in (19, 9)] == [(None, "killed")] * 2  # not "ministry"
    # a bracket that names no one credits nothing
    assert (
        by_value(
            analyze_text(
                "About 40,000 people (estimated) have fled the valley since the fighting began.", is_body=True
            ).claims,
            40000,
        ).source
        is None
    )


def test_each_item_of_a_list_is_a_sentence_of_its_own_under_its_heading() -> None:
    text = (
        "The Women's Football League published its annual review on Monday.\n\n"
        "The league's annual review also showed:\n"
        "- 612 goals were scored in 132 matches\n"
        "- nine clubs recorded record crowds\n"
        "- average attendance rose 38%\n"
    )
    found = analyze_text(text, is_body=True).claims
    assert {c.source for c in found} == {"Women's Football League"}
    assert by_value(found, 38).about == "average attendance"  # not run on from the line before
    # blank lines between the items, and a heading with no verb that says where the figures come from
    spaced = analyze_text(text.replace("\n- ", "\n\n- "), is_body=True).claims
    assert {c.source for c in spaced} == {"Women's Football League"}
    box = (
        "Quillstone Systems published its review of the outage on Friday.\n\n"
        "Key figures from Quillstone's report:\n- 96%: share of records restored automatically\n"
        "- 92,000: records repaired by hand\n"
    )
    assert {c.source for c in analyze_text(box, is_body=True).claims} == {"Quillstone Systems"}


def test_a_document_speaks_for_whoever_its_phrase_or_the_article_says_issued_it() -> None:
    text = (
        "A survey of members carried out by the Allied Transport Workers' Union in March found that 62 per cent "
        "had used a credit card to pay bills."
    )
    assert by_value(claims(text), 62).source == "Allied Transport Workers' Union"
    text = (
        "Quillstone Systems has published a root-cause analysis of the outage. According to the analysis, a field "
        "was mapped to the wrong column, breaking 2.3 million active bookings."
    )
    assert by_value(claims(text), 2300000).source == "Quillstone Systems"
    text = (
        "The study, published in the Journal of Ageing and Movement, found that the most active walkers had an "
        "18 per cent lower risk of dementia."
    )
    assert by_value(claims(text), 18).source == "Journal of Ageing and Movement"


def test_a_day_in_the_figures_clause_or_its_when_clause_dates_it() -> None:
    # another figure hung on the clause's verb ("…, or roughly 61%") does not take the clause's day from it
    text = (
        "According to data from FlightGrid, 1,450 flights had been scrapped by late Saturday, or roughly 61% of "
        "the schedule."
    )
    assert by_value(claims(text), 1450).as_of == "2024-10-26"
    text = (
        "The mayor said two people were killed and nine wounded when shells landed near the bus station on "
        "Monday morning."
    )
    assert {c.value: c.as_of for c in claims(text)} == {2: "2024-10-28", 9: "2024-10-28"}


def test_a_place_phrase_that_says_a_state_is_the_figures_measure() -> None:
    found = claims("Infections rose to 112, the department said on Wednesday, with 27 people in hospital.")
    assert (by_value(found, 27).about, by_value(found, 27).measure) == ("people hospitalised", "injured")
    assert by_value(claims("The police said 12 people were in custody."), 12).measure == "arrested"
    assert by_value(claims("The agency said 3,000 people were in shelters."), 3000).measure == "displaced"


def test_a_tally_moved_says_nothing_happened_to_what_it_counts() -> None:
    found = claims("The department raised its count of confirmed cases to 180 on Friday.")
    assert (by_value(found, 180).about, by_value(found, 180).measure) == ("confirmed cases", None)
    assert by_value(claims("The company raised its prices by 4%."), 4).measure == "raised"


def test_a_clause_of_time_after_a_closing_attribution_is_not_what_was_said() -> None:
    text = (
        "Belvoria has moved about 3,000 troops to the Sarvel Valley, Karvenia's defence ministry said, hours before "
        "shells struck Pelyn."
    )
    assert by_value(claims(text), 3000).source == "Karvenia's defence ministry"


def test_people_forced_driven_or_gone_from_their_homes_are_displaced() -> None:
    for text in (
        "The IRRA said on Monday that 41,000 people had been forced from their homes.",
        "The war has driven about 25,000 people from their homes, the IRRA said.",
        "About 25,000 people have left their homes, according to the IRRA.",
    ):
        assert [c.measure for c in claims(text)] == ["displaced"], text
    assert [c.measure for c in claims("The president said the state would build 200,000 homes.")] != ["displaced"]


def test_a_description_means_the_body_its_noun_heads_not_one_it_only_modifies() -> None:
    text = (
        "Talks between Carrick University and the union representing its staff resumed on Wednesday.\n\n"
        "The University Staff Association had been seeking 6.5 per cent.\n\n"
        "According to the university, the package would add £5.8 million to its pay bill."
    )
    assert by_value(claims(text), 5800000).source == "Carrick University"


def test_the_utility_is_the_body_just_spoken_of_whatever_its_kind() -> None:
    text = (
        "The Wexmoor Water Authority has widened its boil-water notice to cover 21,500 households, the utility "
        "said Tuesday."
    )
    assert by_value(claims(text), 21500).source == "Wexmoor Water Authority"


def test_a_short_title_before_a_name_ends_no_sentence() -> None:
    text = (
        "Mayor Patricia Vandermeer, who backed the higher figure after an amendment from Coun. Grace Oyelaran, "
        "said after Monday's vote that the $250 payments would go out within three weeks."
    )
    assert by_value(claims(text), 250).source == "Patricia Vandermeer"
    assert len(list(load_nlp()("The motion came from Supt. Ana Ruiz, who said it would pass.").sents)) == 1


def test_a_name_closing_the_sentence_after_a_description_is_who_it_describes() -> None:
    text = (
        "Eleven Karvenian soldiers have been killed and 27 wounded since Monday, according to the ministry's "
        "spokesman, Sgt. Andriy Bondarets. He gave the figures at a briefing."
    )
    assert {c.source for c in claims(text)} == {"Andriy Bondarets"}


def test_a_body_known_by_its_acronym_is_still_headed_by_its_full_names_noun() -> None:
    text = (
        "The Northvale Regional Health Department (NRHD) reported 180 cases on Friday. The Wexmoor Water "
        "Authority said repairs were under way.\n\n"
        "The department said sequencing of 64 samples had found them closely related."
    )
    assert by_value(claims(text), 64).source in ("NRHD", "Northvale Regional Health Department")


def test_a_breakdown_after_a_colon_counts_what_the_figure_before_it_counts() -> None:
    text = (
        "Frontline Watch said on Monday it had verified 37 civilian deaths since the fighting began on 3 November: "
        "29 in Karvenia and eight in Belvoria."
    )
    found = claims(text)
    assert [(c.value, c.measure, c.place) for c in found if c.value in (29, 8)] == [
        (29, "killed", "Karvenia"),
        (8, "killed", "Belvoria"),
    ]


def test_a_news_outlet_is_no_body_a_description_of_another_kind_means() -> None:
    text = (
        "A spokesperson told NBX News on Monday that the check-in system was back online. The airline said 1,200 "
        "flights were cancelled on Saturday."
    )
    assert by_value(claims(text), 1200).source != "NBX News"


def test_a_live_blogs_time_stamp_is_a_line_of_its_own() -> None:
    from newsledger.nlp.engine import parse

    doc = parse(load_nlp(), "Live updates\n\n16:48\nThe airline has just updated its numbers.\n\n09:30 GMT\nMore news.")
    assert [s.text.strip() for s in doc.sents][1:3] == ["16:48", "The airline has just updated its numbers."]


def test_a_relative_clause_on_the_source_says_when_it_gave_the_figure() -> None:
    text = (
        "About 25,000 people have left their homes because of the fighting, according to the International Refugee "
        "Relief Agency (IRRA), which gave that figure on Thursday."
    )
    assert by_value(claims(text), 25000).as_of == "2024-10-24"
    # and a clause in the source's phrase: the figures were published that day
    text = (
        "Consumer price inflation stood at 3.8 per cent in August, according to figures from the National "
        "Statistics Office published on Monday, down from 4.1 per cent in July."
    )
    assert by_value(claims(text), 3.8).as_of == "2024-10-28"


def test_the_sentence_after_figures_may_say_when_their_source_gave_them() -> None:
    text = (
        "Eleven soldiers have been killed and 27 wounded since the fighting began, according to the ministry's "
        "spokesman, Col. Andriy Bondarets. He gave the figures at a separate briefing on Monday evening."
    )
    assert {c.value: c.as_of for c in claims(text)} == {11: "2024-10-28", 27: "2024-10-28"}
    text = "The ministry said 40 people had died. It gave no figures for the injured on Monday."
    assert by_value(claims(text), 40).as_of == "2024-10-29"  # no figures given then: the publication day


def test_a_single_death_or_person_killed_is_a_count() -> None:
    assert [(c.value, c.measure) for c in claims("The NRHD said on Friday that one death had been recorded.")] == [
        (1, "killed")
    ]
    assert by_value(claims("Police said one person was killed and two were injured."), 1).measure == "killed"
    assert claims("He said one thing was clear.") == []


def test_whose_body_a_description_says_its_name_must_say_too() -> None:
    text = (
        "Dr Alan Pike of the Linford Teachers Association said the offer was too low.\n\n"
        "A poll by the students' union last month found that 68 per cent of students backed the lecturers."
    )
    assert by_value(claims(text), 68).source != "Linford Teachers Association"
    text = "The Tram Drivers Union called a strike. The drivers' union said 900 members voted for it."
    assert by_value(claims(text), 900).source == "Tram Drivers Union"


def test_a_ledes_description_waits_for_the_body_named_next_past_a_dateline_credit() -> None:
    text = (
        "VESTRA, Sept 11 (Meridian Press) - The death toll from floods in southern Drevania more than doubled to 63 "
        "on Thursday, the country's disaster agency said, as rescuers reached villages cut off for days.\n\n"
        "The National Disaster Response Authority (NDRA) said on Thursday evening that 40 people were still missing."
    )
    found = analyze_text(text, is_body=True, published="2025-09-11").claims
    assert {c.value: c.source for c in found} == {
        63: "National Disaster Response Authority",
        40: "National Disaster Response Authority",
    }


def test_figures_after_a_colon_closing_a_clause_that_gives_them_are_its_sources() -> None:
    text = (
        "The NDRA updated its figures on Saturday afternoon: the death toll now stands at 97, up from 88 on Friday "
        "evening, and 51 people are listed as missing."
    )
    assert {c.value: c.source for c in claims(text)} == {97: "NDRA", 88: "NDRA", 51: "NDRA"}
    assert by_value(claims("The ministry had one message: 40 schools would reopen."), 40).source is None


def test_an_earlier_value_a_day_or_a_week_before_is_of_that_day() -> None:
    text = (
        "The number of people killed in the floods rose to 31 on Monday, up from 14 a day earlier, the disaster "
        "authority said."
    )
    assert {c.value: c.as_of for c in claims(text)} == {31: "2024-10-28", 14: "2024-10-27"}
    text = "Sales rose to 40 on Friday, up from 30 the previous week, the company said."
    assert by_value(claims(text), 30).as_of == "2024-10-18"


def test_a_box_of_figures_heads_its_line_but_says_nothing() -> None:
    assert [c.source for c in claims("Key figures: 40 schools reopened.")] == [None]
    assert [q.speaker.name for q in quotes("Poll: 54% of voters back the plan to rebuild the harbour.") if q.speaker]


def test_its_press_office_is_the_bodys_own() -> None:
    text = "The Kessa Water Board has shut 40 wells, according to its press office."
    assert by_value(claims(text), 40).source == "Kessa Water Board"
    assert by_value(claims("Mayor Ana Voss has opened 12 shelters, according to her office."), 12).source == "Ana Voss"


def test_a_circumstance_closing_the_sentence_is_not_a_source_set_after_it() -> None:
    # "up from the 1,200 the club reported": a reduced relative clause in a phrase of comparison, not "A, X said"
    opening = "The Harwell Rovers sold out the stand. "
    text = opening + "Ticket sales reached 3,400 on Sunday, up from the 1,200 the club reported for Saturday alone."
    found = claims(text)
    assert by_value(found, 3400).source is None
    assert by_value(found, 1200).source == "Harwell Rovers"
    text = (
        opening + "A spokeswoman told reporters that 3,400 tickets had been sold since the box office opened on "
        "Saturday, up from the 1,200 the club reported for Saturday alone."
    )
    assert [q.text[:12] for q in quotes(text)] == ["that 3,400 t"]


def test_a_companys_first_name_opening_a_sentence_is_the_company() -> None:
    # the tagger reads a sentence's first word as a common noun; the article never writes it in lower case
    opening = "Tellvane Logistics shares fell on Monday. "
    text = opening + "Tellvane has updated its numbers. A spokesperson said that 3,400 parcels had been delayed."
    assert speaker_of(text, "3,400 parcels") == "Tellvane Logistics"
    text = opening + "Tellvane has delayed 3,400 parcels, a spokesperson told reporters."
    assert by_value(claims(text), 3400).source == "Tellvane Logistics"
    # a common word stays one: the article writes it in lower case elsewhere
    text = "Harbour Freight Partners sold 12 cranes. Harbour dues rose 4% as the harbour grew."
    assert [e.text for e in analyze_text(text, is_body=True).entities if e.label == "ORG"] == [
        "Harbour Freight Partners"
    ]


def test_a_count_since_a_day_is_of_the_day_it_is_told() -> None:
    # a day after "since" is where the count starts, in a headline's clipped clause as in a full one
    for text in (
        "Key points:\n- Tellvane Logistics says 3,400 parcels delayed since Saturday\n- Shares fell.",
        "Tellvane Logistics said 3,400 parcels had been delayed since Saturday.",
    ):
        found = analyze_text(text, is_body=True, published="2024-10-29").claims
        assert [(c.value, c.as_of) for c in found] == [(3400, "2024-10-29")]


def test_a_verb_read_as_a_participle_on_the_subject_still_reports() -> None:
    # the parser may take the sentence's verb for a participle on its subject; a participle takes no that-clause
    text = (
        "The prime minister, Radomir Kestel, who toured Corrow on Sunday, estimated on Monday that the floods had "
        "caused at least 9 billion kalons of damage."
    )
    found = analyze_text(text, is_body=True, published="2025-09-16")
    assert [(q.text[:14], q.speaker and q.speaker.name) for q in found.quotes] == [("that the flood", "Radomir Kestel")]
    # the relative clause's day is the tour's; the estimate is of Monday
    assert [(c.source, c.as_of) for c in found.claims] == [("Radomir Kestel", "2025-09-15")]
    text = "Mayor Ana Veld, who toured the site on Sunday, said that 40 homes were lost."
    assert analyze_text(text, is_body=True, published="2025-09-16").quotes[0].date is None
    text = "Mayor Ana Veld, who gave the figure on Sunday, said 40 homes were lost."
    assert analyze_text(text, is_body=True, published="2025-09-16").quotes[0].date == "2025-09-14"


def test_said_that_day_is_of_the_day_named_before() -> None:
    text = (
        "Mira Oduya, head of the Kessa Transit Board, which suspended the night buses on Tuesday, said that day "
        "that 14 routes would stay closed."
    )
    found = analyze_text(text, is_body=True, published="2025-03-06")
    assert [(c.source, c.as_of) for c in found.claims] == [("Mira Oduya", "2025-03-04")]


def test_a_scale_glued_to_the_digits_is_part_of_the_figure() -> None:
    # "$12m": split off as a unit of length, the "m" was tagged a verb, and the figure counted nothing
    assert [t.text for t in load_nlp()("from the $12m it sought on Thursday")][2:4] == ["$", "12m"]
    assert [t.text for t in load_nlp()("a 12 m wall, 5 km away")][1:3] == ["12", "m"]
    text = "The Kessa Food Fund on Monday raised its appeal to $30m, from the $12m it sought on Thursday."
    found = analyze_text(text, is_body=True, published="2025-09-16").claims
    assert [(c.value, c.about, c.as_of) for c in found] == [
        (30_000_000, "appeal", "2025-09-15"),
        (12_000_000, "appeal", "2025-09-11"),
    ]


def test_a_day_right_after_the_figure_is_its_day() -> None:
    text = (
        "The count has risen since the first cases were confirmed on Tuesday last week, when the board reported 14 "
        "cases. It reached 63 two days later and 104 on Monday."
    )
    found = analyze_text(text, is_body=True, published="2025-09-17").claims
    assert [(c.value, c.as_of) for c in found] == [(14, "2025-09-09"), (63, "2025-09-11"), (104, "2025-09-15")]


def test_a_day_after_the_figures_on_is_its_day_in_a_run_of_dated_figures() -> None:
    text = (
        "Kelvcast gave the Orvel dam's weekly readings on Friday: 52% on May 3, 47% on May 6, 44% on May 10 and "
        "40% on May 13."
    )
    found = analyze_text(text, is_body=True, published="2025-05-20").claims
    assert [(c.value, c.as_of) for c in found] == [
        (52, "2025-05-03"),
        (47, "2025-05-06"),
        (44, "2025-05-10"),
        (40, "2025-05-13"),
    ]


def test_a_relative_clause_without_that_after_a_figure_is_read_as_one_with_its_subject_and_day() -> None:
    # "the board reported on Monday" after a figure is "that the board reported", not a board reported
    text = (
        "The Orvel Harbour Board said on Tuesday that 31 trawlers had left the port since the weekend.\n\n"
        "Tove Marsk, who speaks for the board, said the fleet was now 86 boats, up from the 64 the board reported "
        "on Monday."
    )
    earlier = by_value(analyze_text(text, is_body=True, published="2025-07-17").claims, 64)
    assert (earlier.source, earlier.as_of) == ("Orvel Harbour Board", "2025-07-14")


def test_a_headlines_description_before_a_colon_is_the_body_its_text_names() -> None:
    # a live blog's post headline drops the article: the body is the one whose name holds the noun
    text = (
        "Monitoring group Harrow Watch counts 23 civilians killed.\n\nRefugee agency: 25,000 displaced\n\n"
        "The number of people forced from their homes has tripled, the Northern Refugee Relief Agency said."
    )
    assert by_value(analyze_text(text, is_body=True).claims, 25000).source == "Northern Refugee Relief Agency"
    # a sentence opening on a plural description is no headline
    text = "The Kessa Port Authority closed two berths. Port officials: the berths reopen on Friday after repairs."
    assert [q.speaker.name for q in quotes(text) if q.speaker] != ["Kessa Port Authority"]


def test_what_befell_the_counted_in_elided_and_misparsed_phrases() -> None:
    def read(text: str) -> list[tuple[int | float | None, str | None, str | None]]:
        return [(c.value, c.about, c.measure) for c in claims(text)]

    # "the dead", "the injured": people, by what befell them
    text = "The governor said that 47 of the dead were from the province, and 12 of the injured were children."
    assert read(text) == [(47, "dead", "killed"), (12, "injured", "injured")]
    # a reduced relative clause says their state
    text = "The agency said 35 people were still missing, fewer than the 51 reported missing at the weekend."
    assert read(text)[1] == (51, "people missing", "missing")
    # a second counted noun joined to the first clause's object is the next verb's subject; "9,800 more damaged"
    text = (
        "The agency said 52,000 had been evacuated from their homes and 2,100 homes had been destroyed, with about "
        "9,800 more damaged."
    )
    assert read(text)[1:] == [(2100, "homes destroyed", "destroyed"), (9800, "homes damaged", "damaged")]


def test_a_figure_heading_a_line_of_a_box_is_of_the_phrase_after_its_colon() -> None:
    text = (
        "Harwell Ferries has raised its estimate of the cost.\n\nBy the numbers\n"
        "- 4,100: sailings cancelled, the operator's earlier count\n"
        "- 61%: share of Harwell's timetable run on Sunday, the company said\n"
        "- $25mn: fine proposed by the Kessa Maritime Authority last Thursday\n"
    )
    found = analyze_text(text, is_body=True, published="2025-03-17").claims
    assert [(c.value, c.about, c.source, c.as_of) for c in found] == [
        (4100, "sailings cancelled", "Harwell Ferries", "2025-03-17"),
        (61, "share of Harwell's timetable run", "Harwell Ferries", "2025-03-16"),
        (25_000_000, "fine proposed", "Kessa Maritime Authority", "2025-03-13"),
    ]


def test_an_officer_telling_what_the_body_expects_is_the_source() -> None:
    # "A expects X, its finance chief told investors, as …": set after the clause, with a circumstance after it
    text = (
        "Tellvane Logistics expects the outage to cost at least $45mn in lost revenue, its finance chief told "
        "investors on Monday, as the number of parcels delayed reached 3,400.\n\n"
        "Mira Oduya, chief financial officer, said on a call with analysts that the estimate was preliminary."
    )
    found = analyze_text(text, is_body=True, published="2025-03-11")
    first = found.quotes[0]
    assert (first.text[:17], first.speaker and first.speaker.name) == ("Tellvane Logistic", "Mira Oduya")
    assert [(c.source, c.as_of) for c in found.claims if c.value == 45_000_000] == [("Mira Oduya", "2025-03-10")]


def test_a_comment_after_the_attribution_is_not_what_was_said() -> None:
    text = (
        "A wildfire in the north has burned 48,500 hectares of forest, the Kessa Fire Service said on Wednesday, "
        "a sharp upward revision that came as police said a fourth person had died."
    )
    found = analyze_text(text, is_body=True, published="2025-07-09")
    assert by_value(found.claims, 48500).source == "Kessa Fire Service"
    assert [q.text[:10] for q in found.quotes] == ["A wildfire", "a fourth p"]


def test_parallel_phrases_leave_out_the_first_ones_unit() -> None:
    text = (
        "The Kessa Fire Service put the burned area at 12,000 hectares in its first estimate, at 31,000 on Monday "
        "last week and at 48,500 two days later."
    )
    found = analyze_text(text, is_body=True, published="2025-07-16").claims
    assert [(c.value, c.unit) for c in found] == [(12000, "hectares"), (31000, "hectares"), (48500, "hectares")]
    assert [c.as_of for c in found][1:] == ["2025-07-07", "2025-07-09"]
    assert by_value(claims("The survey found 2,967 owls, up from 2,226 four years ago."), 2226).unit == "owls"
    # "to X hectares on 7 July and to Y on 9 July": coordinated phrases, a level each, not a change
    text = "In between, the figure went up in jumps: to 31,000 hectares on 7 July and to 48,500 on 9 July."
    found = analyze_text(text, is_body=True, published="2025-07-16").claims
    assert [(c.value, c.unit, c.measure, c.as_of) for c in found] == [
        (31000, "hectares", None, "2025-07-07"),
        (48500, "hectares", None, "2025-07-09"),
    ]


def test_a_description_spelling_an_acronym_only_name_is_that_body() -> None:
    # the article never expands "KFRS"; "the service" is it, not the health authority of the same class
    text = (
        "The KFRS said on Monday that 31,000ha had burned. The Halvenn Regional Health Authority said 27 people had "
        "been injured.\n\nThe service also said on Monday that 6,200 people had been evacuated."
    )
    found = analyze_text(text, is_body=True, published="2025-07-08").claims
    assert [(c.value, c.unit, c.source) for c in found if c.value in (31000, 6200)] == [
        (31000, "hectares", "KFRS"),
        (6200, "people", "KFRS"),
    ]
    # a modifier spells an earlier letter ("the fire service"): the body's field, though its name is not written
    text = "Dorran Vesk, the KFRS chief, toured the front.\n\nThe fire service said the blaze was 35% contained."
    assert by_value(analyze_text(text, is_body=True).claims, 35).source == "KFRS"


def test_a_level_a_change_reaches_is_not_measured_by_the_change() -> None:
    text = "The service's estimate has climbed from 12,000 hectares on Saturday to some 31,000 hectares on Monday."
    assert [c.measure for c in claims(text)] == [None, None]
    assert by_value(claims("The death toll rose to 40 on Friday."), 40).measure == "killed"


def test_a_name_set_off_after_a_role_and_its_place_is_the_role_holder() -> None:
    # the parser hangs the name on the role's place; the tagger may type it a body
    text = (
        "The planes were sent by neighbouring Ossmark. The governor of Halvenn Province, Ilse Varnholt, said on "
        'Tuesday the true figure was "closer to 60,000 hectares".'
    )
    assert by_value(analyze_text(text, is_body=True).claims, 60000).source == "Ilse Varnholt"


def test_a_total_continues_a_figure_in_a_unit_of_measure() -> None:
    text = (
        "The Kessa Fire Service told reporters that 12,000 hectares had burned. Eight days later, on 13 July, it put "
        "the total at 49,800, the number now printed on its website."
    )
    found = analyze_text(text, is_body=True, published="2025-07-16").claims
    assert [(c.value, c.unit, c.measure) for c in found] == [
        (12000, "hectares", "burned"),
        (49800, "hectares", "burned"),
    ]


def test_a_first_word_two_bodies_share_names_neither() -> None:
    # "across Kessmoor", which the tagger takes for a body: the Ambulance Service's or the Health Network's?
    text = (
        "The Kessmoor Ambulance Service said 19 patients were diverted on Monday. The Kessmoor Regional Health "
        "Network, which runs hospitals serving about 1.6 million people across Kessmoor, said it had informed the "
        "police and the national cyber agency."
    )
    found = analyze_text(text, is_body=True)
    assert {e.canonical for e in found.entities if e.text == "Kessmoor"} <= {"Kessmoor"}


def test_a_bulleted_line_of_figures_is_no_instruction_and_a_bracket_closing_it_credits_its_figure() -> None:
    """ "• 4,300: homes flooded in the valley": the bullet is parsed apart from the line (read with it, the tagger
    takes the lone "•" for a bare verb, an instruction); "(Varden Water Board, 12 May)" closing a line of a box
    of figures names who gives its figure and when. A bracket of words that name no one credits nothing."""
    record = record_of(
        "Rivers kept rising on Tuesday across the valley, officials said.\n\n"
        "The flood in numbers\n\n"
        "• 4,300: homes flooded in the valley (Varden Water Board, 12 May)\n"
        "• 310: patients moved to other hospitals (Varden Health Trust, 13 May)\n"
        "• 12: bridges shut (latest figures)\n"
    )
    homes = by_value(record.claims, 4300)
    assert (homes.source, homes.as_of, homes.measure) == ("Varden Water Board", "2026-05-12", "flooded")
    patients = by_value(record.claims, 310)
    assert (patients.source, patients.as_of) == ("Varden Health Trust", "2026-05-13")
    assert by_value(record.claims, 12).source is None


def test_a_day_the_sentence_opens_on_dates_each_of_its_clauses_that_gives_none() -> None:
    """ "On 17 November, …" before any verb is the time of every clause of the sentence with no day of its own,
    however the parser hangs it; a day something is counted from ("Since Monday") is none."""
    record = record_of(
        "On the morning of 17 November, a few hours after the ferry rolled over off Tarn Head, Holm Lines "
        "published the first number anyone had: 231 people on board.\n\n"
        "On 18 November the company raised its figure to 244, and the governor, Ilse Marn, told families she "
        "believed nearly 300 had been aboard.\n\n"
        "Since Monday, 40 people have died, the health ministry said on Friday.\n\n"
        "The coast guard said on Wednesday that the search was over. On Monday, after divers had entered the "
        "hull, the coast guard's toll reached 47."
    )
    assert by_value(record.claims, 47).as_of == "2026-11-16"  # not the day its source last spoke
    assert by_value(record.claims, 231).as_of == "2026-11-17"
    assert by_value(record.claims, 300).as_of == "2026-11-18"
    assert by_value(record.claims, 40).as_of == "2026-11-20"


def test_a_coast_guard_is_a_public_body_and_an_operator_a_business() -> None:
    """ "The operator" or "the company" is a business: never a guard (a coast guard, a border guard) the sentence
    before named."""
    record = record_of(
        "Holm Lines runs the crossing to the islands.\n\n"
        "The Tarn Coast Guard said on Friday that its divers had reached the hull.\n\n"
        "Later the operator said 244 people had been aboard."
    )
    assert by_value(record.claims, 244).source != "Tarn Coast Guard"


def test_a_count_given_on_a_day_is_of_that_day() -> None:
    """ "Its first count, given on Monday, was 12 dead": a participle of giving on the source phrase says the
    day the figures were given."""
    record = record_of(
        "The Tarn Coast Guard searched all night.\n\n"
        "Its first count, given on Monday, was 12 dead. Its latest count, released on Wednesday, showed 31 dead."
    )
    assert by_value(record.claims, 12).as_of == "2026-11-16"
    assert by_value(record.claims, 31).as_of == "2026-11-18"


def test_a_box_line_of_dated_figures_closed_by_a_name_is_that_sources_series() -> None:
    """ "• Dead: 12 (12 Sep), 31 (13 Sep), coast guard": a bracket holding only a day dates its figure, the label
    says what each figure of the line counts, and the name closing the line's part (up to a semicolon) after
    its last comma gives them."""
    record = record_of(
        "The ferry sank late on Thursday.\n\n"
        "• Dead: 12 (12 Nov), 31 (13 Nov), coast guard\n"
        "• On board: 231 (12 Nov), then 244 (13 Nov), Holm Lines; about 250 (12 Nov), Tarn Coast Guard\n"
    )
    dead = [by_value(record.claims, v) for v in (12, 31)]
    assert [(c.as_of, c.source, c.measure) for c in dead] == [
        ("2026-11-12", "coast guard", "killed"),
        ("2026-11-13", "coast guard", "killed"),
    ]
    assert [by_value(record.claims, v).source for v in (231, 244, 250)] == [
        "Holm Lines",
        "Holm Lines",
        "Tarn Coast Guard",
    ]
    assert by_value(record.claims, 244).as_of == "2026-11-13"


def test_a_figure_an_unnamed_group_holds_inside_a_named_statement_is_the_named_sources() -> None:
    """ "Kolvane said on Wednesday that investigators believed 240 were aboard": the named source vouches for what
    the unnamed group inside her statement holds; a group speaking on its own stays the source."""
    record = record_of(
        "Ingrid Kolvane, director of the Tarn Safety Agency, said on Wednesday that investigators believed at "
        "least 240 passengers had been on board.\n\n"
        "Investigators believe 30 people are still inside the hull."
    )
    assert (by_value(record.claims, 240).source, by_value(record.claims, 240).as_of) == ("Ingrid Kolvane", "2026-11-18")
    assert by_value(record.claims, 30).source == "investigators"


def test_a_surname_alone_is_the_person_ner_missed_both_times() -> None:
    """NER finds neither "Aled Brannock" nor, later, "Brannock has …": the name the article gave in full makes
    the surname alone that person, so "he said" after it is his."""
    text = (
        "Aled Brannock, the coxswain, has done this for 20 years.\n\n"
        'Henrik Dahle, a trawler skipper, pulled 23 people from the water. "It was dark," Dahle said.\n\n'
        'Brannock has his own question. "Somebody decided that ship could sail into that," he said.'
    )
    hits = [q for q in record_of(text).quotes if q.text.startswith("Somebody")]
    assert hits and hits[0].speaker is not None and hits[0].speaker.name == "Aled Brannock"


def test_a_subject_of_a_clause_coordinated_with_a_relative_one_is_no_topic() -> None:
    """ "Elin Vasko, who survived and whose sister Runa has not been found, has become …": the sister is the subject
    of a relative clause (coordinated with another), not of the sentence; "she" is Elin Vasko."""
    text = (
        "Elin Vasko, who survived the capsizing and whose sister Runa has not been found, has become something of "
        "a spokeswoman for the families.\n\n"
        '"I have stopped asking how many," she said.'
    )
    hits = [q for q in quotes(text) if q.text.startswith("I have")]
    assert hits and hits[0].speaker is not None and hits[0].speaker.name == "Elin Vasko"


def test_the_spokesperson_is_the_one_just_introduced_with_the_body_they_speak_for() -> None:
    """ "the spokesperson said" after "A spokesperson for Holm Lines said …" speaks for Holm Lines, though another
    body was the subject of the sentence between."""
    text = (
        "A spokesperson for Holm Lines said the company had begun paying the advance. The Tarn Lifeboat Society "
        "has sent two boats.\n\n"
        '"We will be here for as long as the families want us here," the spokesperson said.'
    )
    hits = [q for q in record_of(text).quotes if q.text.startswith("We will")]
    assert hits and hits[0].speaker is not None and hits[0].speaker.name == "Holm Lines"


def test_a_name_ending_on_a_landform_is_a_place() -> None:
    """ "when the lifeboat reached Grellin Head": a name ending (or opening) on a word for a landform is a place's,
    though the tagger took it for a person's; "he said" after it is no headland's."""
    record = record_of(
        "When the lifeboat reached Grellin Head, the ferry was already on its side. The crew worked by "
        "searchlight on Cape Orrin and off Tarn Point."
    )
    labels = {e.text: e.label for e in record.entities}
    assert all(labels.get(name, "LOC") != "PERSON" for name in ("Grellin Head", "Cape Orrin", "Tarn Point"))


def test_a_currency_code_before_an_amount_is_no_organisation() -> None:
    """ "between EUR 37m and EUR 39m": the tagger types the code an organisation; it names no one, so it is no
    source of a figure."""
    record = record_of("The firm said it had paid USD 7m, and an analyst expects between EUR 37m and EUR 39m.")
    assert not [e for e in record.entities if e.text in ("EUR", "USD")]
    assert by_value(record.claims, 7e6).source != "EUR"


def test_a_box_line_labelled_with_a_dash_credits_each_figure_in_brackets() -> None:
    """ "Fires — 14 (Kellarin, 3 Feb); 37 (ACSD, 5 Feb)": a line with no verb is a box of figures, not a table
    row, when a bracket after a figure credits it; the label before the dash is what each counts."""
    record = record_of(
        "The regulator gave new figures.\n\nFires — 14 (Kellarin, 3 Nov); 37 (ACSD, 5 Nov); at least 41 (fire "
        "service, 7 Nov)\nRice, 2 cups (estimated)\n"
    )
    got = [(c.value, c.source, c.as_of, c.about) for c in record.claims if c.value in (14, 37, 41)]
    assert got == [
        (14, "Kellarin", "2026-11-03", "Fires"),
        (37, "ACSD", "2026-11-05", "Fires"),
        (41, "fire service", "2026-11-07", "Fires"),
    ]


def test_a_figure_a_relative_clause_sets_is_the_group_it_hangs_on() -> None:
    """ "Tellaris has said it will not pay the group, which had demanded $8 million": the demand is the group's,
    and "the group" is the body an earlier "NullHarbor, the group that claimed the attack" set it beside."""
    record = record_of(
        "NullHarbor, the group that has claimed the attack, posted records on Sunday. Tellaris Communications "
        "said on Monday it was hit. Tellaris has said it will not pay the group, which had demanded $8 million."
    )
    assert by_value(record.claims, 8e6).source == "NullHarbor"


def test_what_a_body_deployed_is_its_figure() -> None:
    """ "The Kessa Observation Mission, which deployed 86 observers, said …": a body deploying people stands behind
    the number it sent."""
    record = record_of("The Kessa Observation Mission, which deployed 86 observers, said the vote had been orderly.")
    assert by_value(record.claims, 86).source == "Kessa Observation Mission"


def test_an_earlier_figure_reported_by_a_place_named_body_is_its_of_the_when_clauses_day() -> None:
    """ "up from the 14 reported by Kellarin when the recall was announced on Monday": the agent is the source
    (the tagger types the company a place), and the "when" clause dates it."""
    record = record_of(
        "Kellarin Home Appliances recalled its heaters on Monday. The Ardavian Consumer Safety Directorate said "
        "on Wednesday it now knew of 37 fires involving the heaters, up from the 14 reported by Kellarin when the "
        "recall was announced on Monday."
    )
    earlier = by_value(record.claims, 14)
    assert (earlier.source, earlier.as_of) == ("Kellarin Home Appliances", "2026-11-16")


def test_a_coordinated_verb_of_estimating_shares_its_subject() -> None:
    """ "the ACSD … widened the recall to 438,000 heaters and put the number of fires at 37": the second verb has
    no subject of its own and shares the first's (and "widened … to" sets a figure); a coordinated passive with
    its own subject ("and 51 people are listed as missing") shares none."""
    record = record_of(
        "Kellarin announced the recall on Monday, saying 14 fires had been reported to it. On Wednesday the ACSD, "
        "the product safety regulator, widened the recall to 438,000 heaters and put the number of fires at 37."
        "\n\nThe NDRA updated its figures on Saturday: the death toll now stands at 97, and 51 people are listed "
        "as missing."
    )
    assert [by_value(record.claims, v).source for v in (438000, 37)] == ["ACSD", "ACSD"]
    assert by_value(record.claims, 51).source != "death toll"


def test_a_one_word_name_a_spokesperson_speaks_for_is_a_body_not_a_place() -> None:
    text = (
        "A family escaped from their home after a heater caught fire, fire officers have confirmed. The fire "
        "service said the blaze had been started by a Kellmar WarmCore heater, one of the models recalled across "
        "the country on Monday.\n\n"
        "Kellmar has said it knows of 14 fires nationally. The recall covers 230,000 heaters, according to the "
        "company, and owners are being offered a refund.\n\n"
        "A spokesperson for Kellmar said the company had spoken to the family."
    )
    assert {e.label for e in record_of(text).entities if e.canonical == "Kellmar"} == {"ORG"}
    assert speaker_of(text, "230,000 heaters") == "Kellmar"


def test_a_figure_a_named_body_set_aside_in_its_own_relative_clause_is_that_bodys() -> None:
    text = (
        "Ostrel Home Appliances recalled 90,000 heaters in March.\n\n"
        "Consumer Voice wants a larger fine. Even that would be absorbed by the 55 million dollars that Ostrel "
        "has set aside for the recall."
    )
    assert by_value(claims(text), 55_000_000).source == "Ostrel Home Appliances"


def test_a_scale_before_a_full_stop_ends_the_sentence() -> None:
    """ "40m." is a figure and a full stop, not an initial's abbreviation the sentence runs on over."""
    doc = load_nlp()("The union wants at least $40m. Even that would be absorbed by the reserve.")
    assert [s.text for s in doc.sents] == [
        "The union wants at least $40m.",
        "Even that would be absorbed by the reserve.",
    ]
    assert [t.text for t in doc][4:7] == ["least", "$", "40m"]


def test_a_name_tagged_a_body_more_often_than_a_nationality_is_a_body() -> None:
    text = (
        "The fire service said on Tuesday that the blaze had been started by a Tessaro PureAir dehumidifier, one "
        "of the models recalled across the country on Monday.\n\n"
        "Tessaro has said it knows of nine such fires. The recall covers 230,000 units, according to the "
        "company.\n\n"
        "A spokesperson for Tessaro said the company had contacted the family."
    )
    assert speaker_of(text, "230,000 units") == "Tessaro"


def test_a_day_another_figures_relative_clause_gives_is_not_the_when_clauses_day() -> None:
    """ "… when it sank, 9 more than the 120 it gave on Friday": Friday is the 120's day, not the day of what
    happened when it sank; the 129 is of the day it was said."""
    found = claims(
        "Norrvik Ferries said late on Saturday that 129 people had been aboard the Tessel Queen when it sank off "
        "Harran Point, 9 more than the 120 it gave on Friday.",
        published=date(2025, 9, 14),
    )
    assert by_value(found, 129).as_of == "2025-09-13"
    assert by_value(found, 120).as_of == "2025-09-12"


def test_a_name_ending_in_lines_is_a_body_the_operator_is() -> None:
    text = (
        "Brennick Ferry Lines said on Friday that 120 people had been aboard the Tessel Queen. By the afternoon "
        "the Marrevian Coast Guard was saying that about 130 had been.\n\n"
        "The coast guard later settled on 134. The operator's admission on Sunday that nine passengers had been "
        "left off its list fits that pattern."
    )
    assert {e.label for e in record_of(text).entities if e.canonical == "Brennick Ferry Lines"} == {"ORG"}
    assert speaker_of(text, "nine passengers") == "Brennick Ferry Lines"


def test_a_business_described_paragraphs_on_is_the_one_business_the_article_named() -> None:
    """Long after the article last named the one business in it, among public bodies, "the retailer" is still
    that business."""
    agency = (
        "The Kessa Food Standards Agency said its inspectors had visited 40 shops across the region. "
        "The agency said it had found no further cases of contamination in the batches it tested. "
        "Officials at the agency said the tests would continue for another fortnight at least. "
    )
    text = (
        "Halden Foods withdrew its frozen pies from sale on Monday after three customers fell ill.\n\n"
        + agency * 8
        + "\n\nThe Kessa Health Board said 11 people had been treated in hospital.\n\n"
        "The retailer said it would refund every customer who returned a pie."
    )
    assert speaker_of(text, "refund every customer") == "Halden Foods"


def test_a_description_of_a_public_body_is_no_business_the_article_named() -> None:
    text = "Ostrel Home Appliances recalled 90,000 heaters on Monday. The regulator said it would fine the firm."
    assert speaker_of(text, "fine the firm") != "Ostrel Home Appliances"


def test_a_spokesperson_described_by_their_bodys_kind_speaks_for_that_body() -> None:
    """ "a company spokesperson" speaks for the company as "the company" would be read."""
    text = (
        "Ostrel Home Appliances recalled 90,000 heaters on Monday.\n\n"
        "Refunds would be paid within ten working days, a company spokesperson said."
    )
    assert speaker_of(text, "ten working days") == "Ostrel Home Appliances"


def test_one_sources_figure_stated_for_two_days_is_two_claims() -> None:
    text = (
        "The Norrish Coast Guard said on Wednesday that 24 people were still missing and that 47 had died.\n\n"
        "The toll climbed slowly. The coast guard's first count, given last Friday, was 9 dead and 120 saved. "
        "A day later it was 30 dead. On Monday, once divers could reach the lower deck, it reached 47."
    )
    days = sorted(c.as_of or "" for c in claims(text, published=date(2025, 9, 18)) if c.value == 47)
    assert days == ["2025-09-15", "2025-09-17"]


def test_a_document_a_relative_clause_says_who_gave_speaks_for_them() -> None:
    """ "according to the figure it gave on 12 September": the figure's giver, its pronoun resolved, is the
    source; so is "the report the ministry released"."""
    text = (
        "The Norrish Lifeboat Society, whose crews rescued 58 people on the night according to the figure it gave "
        "on 12 September, has offered to help the families."
    )
    assert by_value(claims(text, published=date(2025, 9, 20)), 58).source == "Norrish Lifeboat Society"
    found = claims(
        "The ministry said on Friday that 40 people had died. The agency counted 30 deaths according to the "
        "report the ministry released on Monday.",
        published=date(2025, 9, 20),
    )
    assert by_value(found, 30).source == "ministry"


def test_an_as_of_day_closing_coordinated_tallies_dates_each() -> None:
    """ "31 had died and 187 had been rescued as of Saturday evening": one tally, one time; a plain day in a
    later clause is that clause's own."""
    found = claims(
        "The Norrish Coast Guard said 31 people had died and 187 had been rescued as of Saturday evening.",
        published=date(2025, 9, 14),
    )
    assert (by_value(found, 31).as_of, by_value(found, 187).as_of) == ("2025-09-13", "2025-09-13")
    found = claims(
        "Police said two people had died on Sunday and three were missing on Monday.", published=date(2025, 7, 8)
    )
    assert (by_value(found, 2).as_of, by_value(found, 3).as_of) == ("2025-07-06", "2025-07-07")


def test_an_undated_statement_goes_on_from_the_last_one_not_from_one_told_as_earlier() -> None:
    """ "had said on Wednesday" is a statement before the one being reported: the source's undated statement
    after it goes on from its Monday one."""
    text = (
        "Varrow Telecom said on Monday that 9.8 million customers were affected.\n\n"
        "Varrow Telecom had said on Wednesday that 4.6 million customers were affected.\n\n"
        "About 2.1 million of those affected had passport numbers taken, Varrow Telecom said."
    )
    found = claims(text, published=date(2025, 3, 11))
    assert (by_value(found, 4_600_000).as_of, by_value(found, 2_100_000).as_of) == ("2025-03-05", "2025-03-10")


def test_a_figure_of_a_statement_told_as_earlier_has_no_day_of_its_own() -> None:
    """ "Harlow had initially put the number at 1.2 million": a statement made some day before the article's, not
    on the day of the source's last statement nor on the publication day; "said its teams had confirmed 156" is a
    reported statement's tense, of the day it was said."""
    text = (
        "Harlow Telecom said on Wednesday that 4.6 million customers were affected. Harlow Telecom had initially "
        "put the number of affected customers at up to 1.2 million.\n\n"
        "The KFRS said on Tuesday that its teams had so far confirmed 156 homes destroyed."
    )
    found = claims(text, published=date(2025, 3, 6))
    assert by_value(found, 4_600_000).as_of == "2025-03-05"
    assert (by_value(found, 1_200_000).as_of, by_value(found, 1_200_000).as_of_basis) == (None, None)
    assert by_value(found, 156).as_of == "2025-03-04"


def test_a_figure_the_speakers_own_people_told_inside_its_statement_is_the_speakers() -> None:
    """ "The KFRS said on Tuesday that its teams had confirmed 156 homes destroyed": the service's figure, of
    Tuesday, not "its teams"' (however the article introduced the service)."""
    text = (
        "The Kessa Fire and Rescue Service (KFRS) said on Monday that the fire was spreading. The KFRS said on "
        "Tuesday that its teams had so far confirmed 156 homes destroyed."
    )
    found = by_value(claims(text, published=date(2025, 3, 6)), 156)
    assert (found.source, found.as_of) == ("Kessa Fire and Rescue Service", "2025-03-04")


def test_a_second_that_clause_is_reported_by_the_verb_reporting_the_first() -> None:
    """ "said on Saturday that 14,200 had registered …, and that 3,100 of them were children": the governor's,
    of Saturday; "had registered" is no speaker of it."""
    text = (
        "Regional Governor Ilka Moravec said on Saturday that 14,200 people from Dovna and nearby villages had "
        "registered with the authorities in the Selka region since Monday, and that about 3,100 of them were "
        "children."
    )
    found = by_value(claims(text, published=date(2025, 11, 9)), 3100)
    assert (found.source, found.as_of) == ("Ilka Moravec", "2025-11-08")


def test_a_verb_reporting_a_clause_hung_on_the_counted_noun_is_no_participle_of_it() -> None:
    """The parser hangs "repeated on Monday that …" on "ostras": it says nothing of what is counted, and its day
    is its own statement's; the figure is of the minister's Friday statement."""
    text = (
        "Health Minister Ilse Varrow, who told parliament on Friday that the recovery would cost at least 30 million "
        "ostras, repeated on Monday that the government would not pay the ransom."
    )
    found = by_value(claims(text, published=date(2025, 4, 7)), 30_000_000)
    assert (found.as_of, found.measure) == ("2025-04-04", "cost")


def test_a_clause_the_parser_coordinated_with_a_since_clause_takes_no_day_from_it() -> None:
    """The day of "since the outage began on Saturday" is where a period starts; a figure the parser hangs on
    that clause as its conjunct is not of that day."""
    text = (
        "Tarrow Air said it had cancelled 3,400 flights since the outage began on Saturday and that roughly "
        "300,000 passengers had been affected."
    )
    assert by_value(claims(text, published=date(2025, 3, 11)), 300_000).as_of == "2025-03-11"


def test_the_figure_a_relative_clause_says_someone_gave_is_theirs() -> None:
    """ "well above the 2,300 the network gave on Wednesday": the network's figure, of Wednesday, inside the
    union's statement; "the blankets the charity gave" are goods, not a figure it gave."""
    text = (
        "The Dunmere Health Network said on Monday that 3,100 appointments had been cancelled.\n\n"
        "The nurses' union said 4,000 appointments had been cancelled, well above the 2,300 the network gave on "
        "Wednesday."
    )
    found = by_value(claims(text, published=date(2025, 4, 7)), 2300)
    assert (found.source, found.as_of) == ("Dunmere Health Network", "2025-04-02")
    found = claims(
        "Mayor Ilse Dorn said on Monday that volunteers had handed out the 500 blankets Kessa Relief gave.",
        published=date(2025, 4, 7),
    )
    assert by_value(found, 500).source == "Ilse Dorn"


def test_a_fact_box_credits_an_item_whose_bracket_follows_a_few_words_or_a_currency_code() -> None:
    """ "up to 600,000 still in homes (Tenant Voice, 6 Feb)" and "LDR 1.9m approved (Marrow, 6 Feb)": the
    bracket closing a labelled line's item credits and dates its figure; so does the bracket of a line a figure
    with a currency's code heads ("• OSR 45 million: the original demand (Quillon Security, 2 April)")."""
    box = (
        "THE RECALL IN NUMBERS\n"
        "Units recalled — 412,000 (Marrow, 3 Feb); up to 600,000 still in homes (Tenant Voice, 6 Feb)\n"
        "Refunds — LDR 1.9m approved (Marrow, 6 Feb); LDR 4.6m approved (Marrow, 10 Feb)\n\n"
        "THE HACK IN NUMBERS\n"
        "• 6,800: appointments cancelled (Dunmere Health, 7 Feb)\n"
        "• OSR 45 million: the original ransom demand (Quillon Security, 2 Feb)"
    )
    found = claims(box, published=date(2025, 2, 14))
    assert [(by_value(found, v).source, by_value(found, v).as_of) for v in (600_000, 1_900_000, 45_000_000)] == [
        ("Tenant Voice", "2025-02-06"),
        ("Marrow", "2025-02-06"),
        ("Quillon Security", "2025-02-02"),
    ]


def test_a_closing_attribution_the_parser_coordinated_with_the_clause_before_it_still_attributes() -> None:
    """ "…since Monday, Oskar Velling, director of operations at the ambulance service, said on Thursday": the
    parser makes "said" a second clause with no subject; with no "and" or "but" before it, it closes the first."""
    text = (
        "About 150 emergency patients had been taken to hospitals outside the Dorva region since Monday, Oskar "
        "Velling, director of operations at the Dorva Ambulance Service, said on Thursday."
    )
    found = by_value(claims(text, published=date(2025, 4, 4)), 150)
    assert (found.source, found.as_of) == ("Oskar Velling", "2025-04-03")
    found = claims("The city plans to reopen two bridges by March, but critics say repairs will cost $40 million.")
    assert by_value(found, 2).source is None


def test_a_one_word_name_of_a_group_is_a_body_not_a_place() -> None:
    """ "the Brask ransomware group": a one-word name the tagger reads as a place, heading a group of no stated
    kind, in an article that places nothing there, is the group's, and speaks for itself; not the body the
    article named last."""
    for name in ("Grelmaw", "Tarsk"):  # tagged a place; tagged a body but parsed as a word of "ransomware"
        text = (
            "The Dunmere Health Network said on Monday that 2.4 million records had been copied.\n\n"
            f"The revision came after the {name} ransomware group claimed on Saturday that it held 3.1 million "
            "records."
        )
        assert by_value(claims(text, published=date(2025, 4, 7)), 3_100_000).source == name
    record = record_of("Floods hit the Texas county on Monday.\n\nOfficials in Texas said 40 homes were lost.")
    assert {e.text: e.label for e in record.entities}.get("Texas") == "GPE"


def test_a_description_saying_whose_body_it_is_points_ahead_to_the_body_named_soon_after() -> None:
    """ "The nurses' union said …" before "… of the Lusmark Nurses' and Midwives' Union", with another body named
    before it: the union named after, whose name (joined over its "and") holds the description's words."""
    text = (
        "The Dunmere Health Network said on Monday that 2,300 appointments had been cancelled.\n\n"
        "The nurses' union said on Tuesday that 9,000 appointments had been cancelled.\n\n"
        "\"People are exhausted,\" said Hedda Marsk, general secretary of the Orland Nurses' and Midwives' Union."
    )
    assert by_value(claims(text, published=date(2025, 4, 9)), 9000).source == "Orland Nurses' and Midwives' Union"


def test_a_decision_in_a_second_reported_clause_is_reported() -> None:
    """ "said on Monday that it had set aside …, and that it had approved refunds worth LDR 4.6m": the approval
    is what Monday's statement reports, not a decision its maker owns (whose day would be its last statement's)."""
    doc = load_nlp()(
        "The company also said on Monday that it had set aside 55 million lodras to cover the recall, and that it "
        "had approved refunds worth LDR 4.6m for 52,000 customers."
    )
    approved = next(t for t in doc if t.lower_ == "approved")
    assert _reported(approved)


def test_the_company_is_the_one_body_named_lately_whose_name_says_it_is_a_business() -> None:
    """ "The company also said …" where a regulator, a retailer named by one word, a consumer group and
    "Dornvale Kitchen Appliances" were named lately: the one whose name says it is a business."""
    text = (
        "The Consumer Safety Directorate fined Dornvale Kitchen Appliances 12 million lodras on Monday. The Consumer "
        "Safety Directorate said Dornvale Kitchen Appliances had known of the fault, and the Consumer Safety "
        "Directorate will publish its report.\n\n"
        "The heaters were also sold by Halvard, and Tenant Voice Ardmor has collected complaints.\n\n"
        "Its chief executive, Ana Brel, said on Monday that she would not contest the facts.\n\n"
        "The company also said on Monday that it had set aside 55 million lodras."
    )
    assert by_value(claims(text, published=date(2025, 2, 12)), 55_000_000).source == "Dornvale Kitchen Appliances"


def test_a_description_naming_its_field_points_ahead_to_the_body_named_soon_after() -> None:
    """ "The lifeboat society's count …, more than 190 on 14 September" before "the Orran Lifeboat Society"
    is named: that society, though the ferry's operator was named before."""
    text = (
        "Norrvik Ferry Lines said only that 150 people were safe. The lifeboat society's count of "
        "people brought ashore alive, more than 190 on 14 September, was higher than the coast guard's.\n\n"
        "On 15 September the Orran Lifeboat Society said it would keep two boats at sea."
    )
    assert by_value(claims(text, published=date(2025, 9, 20)), 190).source == "Orran Lifeboat Society"


def test_a_speaker_before_a_set_off_participle_speaks_when_the_parser_hangs_them_elsewhere() -> None:
    """ "On 15 September the Orran Lifeboat Society, working from its own station logs, said …": the parser
    hangs the society on "On" and leaves "said" without a subject; the name before the participle speaks."""
    text = (
        "On 15 September the Orran Lifeboat Society, working from its own station logs, said more than 30 people "
        "were still unaccounted for."
    )
    assert by_value(claims(text, published=date(2025, 9, 20)), 30).source == "Orran Lifeboat Society"


def test_a_figure_beside_the_figure_a_source_gave_on_a_day_is_theirs_of_that_day() -> None:
    """ "The fire service's count of the area burned stood at 48,500ha, the figure it gave on Wednesday": the
    service's (the owner of the count), of Wednesday, not of the day the article was published."""
    text = (
        "The Kessa Fire and Rescue Service said on Monday the fire was contained. The fire service's count of the "
        "area burned stood at 48,500ha, the figure it gave on Wednesday."
    )
    found = by_value(claims(text, published=date(2025, 7, 10)), 48_500)
    assert (found.source, found.as_of) == ("Kessa Fire and Rescue Service", "2025-07-09")


def test_a_portfolio_a_title_before_it_takes_is_no_body() -> None:
    """ "Minister for Digital Affairs Farah Quayle": "Digital Affairs" is her portfolio, not a body the
    article names (which "the company" could then be)."""
    record = record_of("Minister for Digital Affairs Farah Quayle gave a statement in parliament on Thursday.")
    assert [(e.text, e.label) for e in record.entities] == [("Farah Quayle", "PERSON")]


def test_a_role_a_bodys_pronoun_owns_names_the_body() -> None:
    """ "Ola Tarn, its chief executive" after Harrow Bay Ferries is Harrow Bay Ferries' chief executive, in every
    quote of hers; "the union and its leader" leaves "its" to the union the article names only by a noun."""
    record = record_of(
        "Harrow Bay Ferries said on Monday that 231 people had been aboard. The next day Ola Tarn, its chief "
        'executive, raised that to 244, saying 13 foot passengers had not been counted. "We are sorry," Tarn '
        'said.\n\nThe union and its leader, Ana Brel, said 40 staff were hurt. "It hurts," Brel said.'
    )
    titles = {(q.speaker.name, q.speaker.title) for q in record.quotes if q.speaker is not None}
    assert ("Ola Tarn", "chief executive of Harrow Bay Ferries") in titles
    assert not any(name == "Ola Tarn" and title == "its chief executive" for name, title in titles)
    assert not any(name == "Ana Brel" and title and "Harrow" in title for name, title in titles)


def test_a_body_that_only_owns_a_noun_between_leaves_its_to_the_body_named() -> None:
    """ "The Orland Teachers' Guild disputed the council's account. Mara Venn, its general secretary, …": the
    council only owns the account; "its" is the guild's."""
    record = record_of(
        "The Orland Teachers' Guild disputed the council's account. Mara Venn, its general secretary, told the "
        'paper on Monday that 300 classes had been cancelled. "We are tired," Venn said.'
    )
    titles = {q.speaker.title for q in record.quotes if q.speaker is not None and q.speaker.name == "Mara Venn"}
    assert titles == {"general secretary of Orland Teachers' Guild"}


def test_a_body_is_named_by_the_name_its_acronym_spells_and_keeps_an_acronym_of_another_language() -> None:
    """ "The Kessa Fire and Rescue Service (KFRS) … The KFRS said …" is the Kessa Fire and Rescue Service in every
    claim; "The Kessan Disaster Relief Office (AFEM)" spells no AFEM: outlets translating the name share only the
    acronym, which stays its name."""
    spelled = claims(
        "The Kessa Fire and Rescue Service (KFRS) said on Monday that 40 homes had burned. The KFRS said on "
        "Tuesday that 156 homes were destroyed.",
        published=date(2025, 3, 6),
    )
    assert {c.source for c in spelled} == {"Kessa Fire and Rescue Service"}
    other = claims(
        "The Kessan Disaster Relief Office (AFEM) said on Monday that 300 people had died. AFEM said on Tuesday "
        "that 400 people had died.",
        published=date(2025, 3, 6),
    )
    assert {c.source for c in other} == {"AFEM"}


def test_a_repeat_keeps_the_fuller_name_of_its_source() -> None:
    """A summary bullet "Insurers give a first estimate: 1.8 billion" above "The Association of Kessan Insurers …
    put insured losses at 1.8 billion": one claim, the association's."""
    text = (
        "Live reporting by Ana Petrov\n\nSummary\n"
        "• Insurers give a first estimate of insured losses: 1.8 billion kalons\n"
        "• Rain is forecast to ease on Sunday\n\n"
        "The Association of Kessan Insurers on Saturday put insured losses from the floods at 1.8 billion kalons in "
        "a first estimate."
    )
    (found,) = [c for c in record_of(text).claims if c.value == 1_800_000_000]
    assert found.source == "Association of Kessan Insurers"


def test_a_number_the_parser_hangs_on_a_weekday_or_a_month_counts_the_noun_after_it() -> None:
    """ "said on Monday 300 people died" (parsed "Monday 300") counts 300 people; "In March 40 homes burned": 40 is
    no day of March."""
    found = claims("The agency said on Monday 300 people died. In March 40 homes burned, the mayor said.")
    assert (by_value(found, 300).unit, by_value(found, 300).measure) == ("people", "killed")
    assert by_value(found, 40).unit == "homes"


def test_a_bodys_own_people_state_what_it_states_and_go_on_with_its_statement() -> None:
    """ "The service said … on Sunday … Its teams had confirmed 312 homes destroyed": the service's figure (its
    teams are its own people), of Sunday (right after the service's statement, with no day of its own, "had" is
    the report's tense, not an earlier statement)."""
    text = (
        "The wildfire is under control, the Kessa Fire Service said on Sunday. The service said the fire was 85 per "
        "cent contained on Sunday evening. Its teams had confirmed 312 homes destroyed."
    )
    found = by_value(claims(text, published=date(2025, 7, 14)), 312)
    assert (found.source, found.as_of) == ("Kessa Fire Service", "2025-07-13")


def test_a_figure_the_reported_words_credit_to_no_one_is_the_reporters() -> None:
    """ "The institute said on Sunday that images taken that morning showed 26,400 hectares burned": images are no
    one; the figure is the institute's, of Sunday. A named source inside the words keeps it."""
    found = by_value(
        claims(
            "The Kessar Institute for Satellite Observation said on Sunday that images taken that morning showed "
            "26,400 hectares burned.",
            published=date(2025, 7, 8),
        ),
        26400,
    )
    assert (found.source, found.as_of) == ("Kessar Institute for Satellite Observation", "2025-07-06")
    inner = by_value(
        claims("The relief agency warned that 52,000 people need meals, the Velm Courier reported."), 52000
    )
    assert inner.source == "relief agency"


def test_an_unnamed_spokesperson_speaks_for_the_body_set_before_them() -> None:
    """ "At Port Sallow General Hospital, a spokeswoman said … 46 survivors had been treated": the hospital's
    figures, not those of the lifeboat society the article was talking about."""
    found = claims(
        "The Marrevian Lifeboat Society said its crews rescued 58 people. At Port Sallow General Hospital, a "
        "spokeswoman said on Friday evening that 46 survivors had been treated, and that nine were still in "
        "hospital.",
        published=date(2025, 9, 13),
    )
    assert (by_value(found, 46).source, by_value(found, 9).source) == ("Port Sallow General Hospital",) * 2
    assert by_value(found, 58).source == "Marrevian Lifeboat Society"


def test_a_figure_set_beside_an_owned_estimate_is_the_owners() -> None:
    """ "The HCG's estimate of the number on board, at least 262, is higher than the 244 given by Tarn Ferry Lines":
    262 is the coast guard's, 244 the ferry company's."""
    found = claims(
        "The Harrow Coast Guard (HCG) said on Monday that it was still searching. The HCG's estimate of the number on "
        "board, at least 262, is higher than the 244 now given by Tarn Ferry Lines (TFL), which on Friday put the "
        "figure at 231.",
        published=date(2025, 9, 16),
    )
    assert (by_value(found, 262).source, by_value(found, 244).source) == ("Harrow Coast Guard", "Tarn Ferry Lines")


def test_a_fact_box_label_credits_its_figures_in_a_bracket() -> None:
    """ "- Customers affected (Harlow): up to 1.2 million": the bracket in the label names who gives the line's
    figures, not a word of the next line."""
    record = record_of(
        "Harlow Telecom said on Monday that customers were affected.\n\n"
        "WHAT WE KNOW SO FAR\n"
        "- Detected: late Saturday, March 1\n"
        "- Customers affected (Harlow): up to 1.2 million\n"
        "- Records claimed (Darkfin): 14 million, 1.9TB\n"
        "- Ransom demand: $8 million, seven-day deadline"
    )
    sources = {c.value: c.source for c in record.claims}
    assert (sources[1_200_000], sources[14_000_000]) == ("Harlow Telecom", "Darkfin")


def test_a_group_is_no_company_by_its_word_alone() -> None:
    """ "the ransomware group BlackHarbor" is not what "the company said" means, where the article is about Harlow
    Communications: "group" names a company only when the article says whose business it is."""
    text = (
        "Harlow Communications said on Monday that 4.6 million customers were affected. Harlow Communications said "
        "card data was safe. Harlow Communications shares fell 11 per cent. The ransomware group BlackHarbor "
        "claimed to have stolen 14 million records. Ana Veld, an analyst, said the breach was serious. Ivo Rask, a "
        "lawyer, said customers could sue. Card payments in 21 stores remained offline on Wednesday, the company "
        "said."
    )
    assert by_value(claims(text, published=date(2025, 3, 6)), 21).source == "Harlow Communications"


def test_a_name_set_off_by_where_its_bearer_comes_from_is_a_person() -> None:
    """ "Ilse Varga, from Kessby, had waited five months … 'They told me at the door it was off,' she said": a
    person (the tagger reads the name as a body), whom "she" means."""
    record = record_of(
        "Patients were sent home by volunteers.\n\n"
        'Ilse Varga, from Kessby, had waited five months for an operation. "They told me at the door it was off," '
        "she said."
    )
    (quote,) = [q for q in record.quotes if "door" in q.text]
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.type) == ("Ilse Varga", "PERSON")


def test_a_bodys_name_joined_by_and_is_headed_by_its_last_word() -> None:
    text = (
        "Ilvo Stram, chair of the Rondel Electoral and Boundaries Commission, said 96 polling stations had "
        "closed early.\n\n"
        "The Ministry of Health said 40 people had been treated for heatstroke.\n\n"
        "Counting began at 12 centres, the commission said."
    )
    assert speaker_of(text, "12 centres") == "Rondel Electoral and Boundaries Commission"


def test_a_bodys_noun_written_bare_is_the_body_named_with_that_word() -> None:
    text = (
        "At least nine people were killed when a bus left the road near Ostrel, police said on Sunday.\n\n"
        "Inspector Mara Venn of Drasna Police told reporters the driver had survived.\n\n"
        "Police said 14 passengers were in hospital. Local authorities said 30 people had been evacuated."
    )
    assert speaker_of(text, "At least nine people") == "Drasna Police"
    assert speaker_of(text, "14 passengers") == "Drasna Police"
    assert speaker_of(text, "30 people") != "Drasna Police"


def test_a_bodys_noun_written_bare_before_the_body_is_named_is_that_body() -> None:
    text = (
        "Tarvel Rail said 300 passengers were aboard.\n\n"
        "Police had put the toll at four on Thursday. Kessmark Police said on Friday that seven people had died."
    )
    assert by_value(claims(text), 4).source == "Kessmark Police"


def test_a_day_owning_the_event_a_counted_thing_is_about_is_not_the_figures_day() -> None:
    text = (
        "The Rondel Electoral Commission ordered a recount on Wednesday after receiving 1,143 complaints about "
        "the conduct of Sunday's election.\n\n"
        "Prosecutors said 12 people were named in yesterday's charges."
    )
    found = claims(text, published=date(2025, 7, 23))  # a Wednesday
    assert by_value(found, 1143).as_of == "2025-07-23"
    assert by_value(found, 12).as_of == "2025-07-22"


def test_a_figure_of_a_bodys_estimate_is_the_bodys() -> None:
    text = (
        "The Harbour Agency's estimate of 4,000 jobs was too low, the union said.\n\n"
        "The Rondel Electoral Commission said 900 ballots had been set aside. The commission's preliminary "
        "figure of 58.3 percent for the region hides wide variation."
    )
    found = claims(text)
    assert by_value(found, 4000).source == "Harbour Agency"
    assert by_value(found, 58.3).source == "Rondel Electoral Commission"


def test_one_nations_body_is_not_anothers_of_the_same_name() -> None:
    """ "Karsenia's Ministry of Defence" and "the Dravonian Ministry of Defence" are two bodies, for nations no
    list knows: a possessive place or a demonym of a place the article names ties a body to it."""
    text = (
        "Fighting broke out on the border between Karsenia and Dravonia on Tuesday.\n\n"
        "Karsenia's Ministry of Defence said three of its soldiers had been killed.\n\n"
        "Major General Ivo Halvik, a spokesman for the Dravonian Ministry of Defence, said four Dravonian soldiers "
        "had died."
    )
    three = by_value(claims(text), 3).source
    assert three is not None and "Dravonian" not in three


def test_a_name_cut_at_a_link_word_is_the_whole_its_acronym_spells() -> None:
    text = (
        "The Kessaly Agency for Displaced Persons (KADP) said on Thursday that at least 18,000 people had been "
        "displaced.\n\n"
        "KADP said 7,000 of them had crossed the border."
    )
    found = claims(text)
    assert by_value(found, 18000).source == "Kessaly Agency for Displaced Persons"
    assert by_value(found, 7000).source == "Kessaly Agency for Displaced Persons"


def test_a_bodys_name_ending_on_a_plural_word_is_it() -> None:
    text = (
        "Nerova Technologies, Tarvonia's biggest laptop maker, said on Tuesday it would cut 1,150 jobs, about 9% "
        "of its workforce, after third-quarter profit fell 38% and it forecast fourth-quarter sales well below "
        "market expectations.\n\n"
        "The company, which has its headquarters in the city's Ostwharf district, said net profit fell to TVM 41.3 "
        "million in the three months to September. Revenue slipped 6% to TVM 812 million, it said."
    )
    found = claims(text)
    assert by_value(found, 41_300_000).source == "Nerova Technologies"
    assert by_value(found, 812_000_000).source == "Nerova Technologies"


def test_a_description_giving_a_field_is_the_body_whose_name_holds_it() -> None:
    text = (
        "New figures from Quillmark Research show the slide sped up over the summer.\n\n"
        "Sundholt Electronics held 24.9% of the laptop market in the third quarter, while Nerova's share fell to "
        "18.4% from 22.1%, according to the research firm's quarterly tracker."
    )
    assert by_value(claims(text), 18.4).source == "Quillmark Research"


def test_a_figure_among_the_dead_or_wounded_takes_their_measure() -> None:
    text = (
        "Dr Ana Petrash, director of the regional hospital, said 14 civilians were among the wounded. Among the "
        "dead were four soldiers, she said. Ten people were among the passengers."
    )
    found = claims(text)
    assert (by_value(found, 14).measure, by_value(found, 4).measure) == ("injured", "killed")
    assert by_value(found, 10).measure is None


def test_it_after_a_sentence_describing_a_business_is_that_business() -> None:
    text = (
        "Nerova Technologies recalled 212,000 laptops on Friday. The Consumers' Association said it had received "
        "300 complaints. The recall is the second blow for the company this week. On Tuesday it said it would "
        "cut 1,150 jobs."
    )
    assert by_value(claims(text), 1150).source == "Nerova Technologies"


def test_a_places_body_described_by_its_field_is_the_body_named_with_it() -> None:
    text = (
        "Tarvonia's product safety regulator said on Thursday it had received 71 reports of overheating.\n\n"
        "The National Product Safety Authority (NPSA) opened an inquiry last week. Its figures could not be "
        "checked."
    )
    assert by_value(claims(text), 71).source == "National Product Safety Authority"


def test_a_places_body_described_in_more_words_than_its_name_is_that_body() -> None:
    # the name says nothing the description does not (its people's word aside): "basketball" is only the description's
    text = (
        "Players' pay is the main worry for the Kessan Elite League this season, its chairman, Ivo Tarrant, told "
        "Kelvcast.\n\n"
        "On Tuesday Kessa's elite basketball league suspended 14 players for missed drug tests, it said."
    )
    assert by_value(record_of(text).claims, 14).source == "Kessan Elite League"
    # a name with a word the description lacks is another body
    text = (
        "The Kessan Ministry of Finance wants 230 clinic jobs cut by spring.\n\n"
        "Kessa's health ministry said on Tuesday that 14 clinics had closed."
    )
    assert by_value(record_of(text).claims, 14).source == "Kessan Ministry of Health"


def test_a_name_written_before_its_customers_is_a_business_the_company_can_mean() -> None:
    # the tagger may read a one-word brand as a place; a place has residents, a business has customers
    text = (
        "Anka Brel, 64, has rented her phone line from Skarvline since 1998.\n\n"
        "On Sunday she was among the Skarvline customers left without a dial tone when the network failed.\n\n"
        "The company said 8,400 homes were still offline on Monday."
    )
    assert by_value(record_of(text).claims, 8_400).source == "Skarvline"


def test_a_places_ministry_named_no_other_way_is_named_for_its_people_and_portfolio() -> None:
    # the name a reader looks it up by, with the people's word the article writes
    text = (
        "Kessa's transport ministry said on Friday that 95 bridges needed repairs. Kessan drivers have waited "
        "years for the work."
    )
    assert by_value(record_of(text).claims, 95).source == "Kessan Ministry of Transport"
    # a people's word written only in the plural, and one a list knows
    text = "Pellara's foreign ministry said 31 visas had been refused. Many Pellarines study abroad."
    assert by_value(record_of(text).claims, 31).source == "Pellarine Foreign Ministry"
    text = "Syria's health ministry said on Monday that 40 clinics had closed."
    assert by_value(record_of(text).claims, 40).source == "Syrian Ministry of Health"
    # no people's word known: the description as written, no word made up for it
    text = "Kessa's transport ministry said on Friday that 95 bridges needed repairs."
    assert by_value(record_of(text).claims, 95).source == "Kessa's transport ministry"
    # a people's word before the portfolio, however the tagger read the phrase
    text = (
        "Hanne Orvik, a press officer at the Kessan transport ministry, took questions on Friday. The ministry has "
        "counted 95 unsafe bridges since March."
    )
    assert by_value(record_of(text).claims, 95).source == "Kessan Ministry of Transport"


def test_a_list_line_labelled_by_its_day_counts_what_its_own_words_say() -> None:
    text = (
        "Volunteers signed up at the Orvel food bank, by the charity's weekly count:\n\n"
        "- Tuesday 4 June: 1,100 volunteers\n"
        "- Tuesday 11 June: 1,340 volunteers\n"
        "- Tuesday 18 June: 1,610 volunteers"
    )
    claim = by_value(record_of(text).claims, 1340)
    assert (claim.about, claim.unit, claim.as_of) == ("volunteers", "volunteers", "2026-06-11")


def test_a_places_ministry_written_with_its_own_name_goes_by_its_peoples_word() -> None:
    text = "Kessa's Ministry of Transport said 12 bridges had been closed. Kessan drivers face long detours."
    assert by_value(record_of(text).claims, 12).source == "Kessan Ministry of Transport"
    text = "Kessa's Transport Ministry said 12 bridges had been closed. Kessan drivers face long detours."
    assert by_value(record_of(text).claims, 12).source == "Kessan Transport Ministry"
    # no people's word written or known: as written
    text = "Kessa's Ministry of Transport said 12 bridges had been closed."
    assert by_value(record_of(text).claims, 12).source == "Kessa's Ministry of Transport"


def test_a_coordinated_statement_s_day_is_its_own() -> None:
    # "X has said A, and Y said on Tuesday B": Y's day dates Y's statement only; X's figure has no day of its own
    text = (
        "The health agency has said 218 people were treated for heatstroke at polling stations, and the water "
        "board said on Tuesday that supply had been restored to most homes."
    )
    found = analyze_text(text, is_body=True, published="2025-07-23")
    assert [(q.speaker and q.speaker.name, q.date) for q in found.quotes] == [
        ("health agency", None),
        ("water board", "2025-07-22"),
    ]
    assert [(c.value, c.as_of, c.as_of_basis) for c in found.claims if c.value == 218] == [
        (218, "2025-07-23", "published")
    ]
    # a shared subject shares the day: "The minister on Thursday did not deny it and said …"
    text = "The minister said on Thursday that 40 homes were lost and that 12 roads were closed."
    assert analyze_text(text, is_body=True, published="2025-09-16").quotes[0].date == "2025-09-11"


def test_a_that_clause_on_a_participle_in_the_subjects_phrase_is_the_sentences_report() -> None:
    # the parser may hang the sentence's verb on the last noun of the subject's appositive ("a group that tracks
    # the frontier, estimated …") and find no finite verb at all; a participle takes no that-clause
    text = (
        "Neither side has said how many soldiers it has at the border. The Frontier Watch Group, a monitoring body "
        "that tracks the frontier, estimated on Friday that Ostrava had between 4,000 and 5,000 troops near the "
        "river, not counting the 9,000 reservists called up by President Ilan Varo."
    )
    found = analyze_text(text, is_body=True, published="2025-09-13")
    assert [(c.value, c.source) for c in found.claims if c.value == 4000] == [(4000, "Frontier Watch Group")]


def test_an_event_noun_names_what_happened_to_the_count_it_is_of() -> None:
    # "the deaths of 19 civilians": what the noun of the event says happened, as "19 civilians were killed" would
    text = "The monitors said on Friday that they had confirmed the deaths of 19 civilians since the shelling began."
    found = analyze_text(text, is_body=True, published="2025-09-13").claims
    assert [(c.value, c.measure) for c in found] == [(19, "killed")]
    text = "The council ordered the evacuation of 300 residents from the lower town."
    assert [(c.value, c.measure) for c in analyze_text(text, is_body=True).claims] == [(300, "displaced")]


def test_a_breakdown_after_a_spaced_hyphen_is_of_the_count_before_it_and_places_only_its_own_part() -> None:
    # "19 civilians - 8 in Varnia and 11 in Oskaria": each part counts what the total counts, in its own place; the
    # parts' places are not the total's
    text = (
        "The monitors said they had confirmed the deaths of 19 civilians - 8 in Varnia and 11 in Oskaria - since "
        "the shelling began."
    )
    found = analyze_text(text, is_body=True, published="2025-09-13").claims
    assert [(c.value, c.about, c.measure) for c in found] == [
        (19, "civilians", "killed"),
        (8, "civilians in Varnia", "killed"),
        (11, "civilians in Oskaria", "killed"),
    ]
    text = "Police said 40 people were arrested: 12 in the old town and 28 in Dunmere."
    found = analyze_text(text, is_body=True, published="2025-09-13").claims
    assert [(c.value, c.place) for c in found] == [(40, None), (12, "old town"), (28, "Dunmere")]


def test_a_body_described_beside_a_persons_title_leaves_the_person_a_person() -> None:
    # "X, director of the Institute, the Ostrand-based group that …": the group is the Institute; X stays a
    # person, and "the group" later is the Institute
    text = (
        "“Each side's count of its own dead is close to the truth,” said Tobias Lerch, director of the Border "
        "Watch Institute (BWI), the Ostrand-based group that has tracked the frontier since 2012.\n\n"
        "The BWI published its own count on Tuesday. According to the group, at least 26 soldiers were killed "
        "between 9 and 15 September."
    )
    found = analyze_text(text, is_body=True, published="2025-09-17")
    assert [e.label for e in found.entities if e.canonical == "Tobias Lerch"] == ["PERSON"]
    assert [(c.value, c.source) for c in found.claims] == [(26, "Border Watch Institute")]


def test_a_toll_a_body_had_given_is_that_bodys_inside_a_spokespersons_statement() -> None:
    # "higher than the 11 dead the ministry had given on Saturday": "dead" says what happened, so the ministry
    # gave a figure (not goods), on its own day
    text = (
        "Oskarian Ministry of Defence officials met on Sunday. Major Ilse Varan, the ministry's spokeswoman, said "
        "on Monday that the toll among Oskarian troops was 14 killed, higher than the 11 dead the ministry had "
        "given on Saturday."
    )
    found = analyze_text(text, is_body=True, published="2025-09-15").claims
    assert [(c.value, c.source, c.as_of) for c in found if c.value == 11] == [
        (11, "Oskarian Ministry of Defence", "2025-09-13")
    ]


def test_a_verb_past_a_semicolon_reports_nothing_before_it() -> None:
    # "it said 6,700 had crossed; the police said 8,000": the parser may hang the first clause on the second verb
    text = (
        "The agency said on 13 September that 31,000 people had fled. On 15 September it said about 6,700 "
        "had crossed into Marvia; Marvia's border police said nearly 8,000."
    )
    found = analyze_text(text, is_body=True, published="2025-09-16").claims
    assert [(c.value, c.source) for c in found if c.value in (6700, 8000)] == [
        (6700, "agency"),
        (8000, "Marvia's border police"),
    ]
    # the parser may also hang the second statement on the first: neither frames the other
    text = (
        "The Norland Agency for Refugees (NAR) said on 13 September that 31,000 people had been displaced in both "
        "countries. On 15 September it said about 6,700 had crossed into Pellaria; Pellaria's border police said "
        "nearly 8,000."
    )
    found_all = analyze_text(text, is_body=True, published="2025-09-16")
    assert [(c.value, c.source) for c in found_all.claims if c.value in (6700, 8000)] == [
        (6700, "Norland Agency for Refugees"),
        (8000, "Pellaria's border police"),
    ]
    assert [q.text for q in found_all.quotes][1:] == ["about 6,700 had crossed into Pellaria", "nearly 8,000"]


def test_people_from_a_body_speak_for_its_part_named_for_what_they_do() -> None:
    # "observers from the Westmark Union" when the article names the Westmark Union Election Observation Mission:
    # the part of the body whose name holds what they are (by word family), not the whole union
    text = (
        "The Norland Union Election Observation Mission deployed 86 observers. Election observers from the Norland "
        "Union said on Saturday that between 15,000 and 25,000 ballots were probably marked in poor light.\n\n"
        "Economists at the Norland Union said growth would slow to 1.2 percent."
    )
    found = analyze_text(text, is_body=True, published="2025-07-26").claims
    assert [(c.value, c.source) for c in found if c.value in (15000, 1.2)] == [
        (15000, "Norland Union Election Observation Mission"),
        (1.2, "Norland Union"),
    ]


def test_a_figure_sizing_a_change_counts_what_changed() -> None:
    # "a 38% fall in quarterly profit": of profit, which fell; "a 5,000 increase in cases": cases, which rose
    text = "Halvern said on Tuesday it would close 12 stores after a 38% fall in quarterly profit."
    found = analyze_text(text, is_body=True, published="2025-10-15").claims
    assert [(c.value, c.about, c.measure) for c in found if c.value == 38] == [(38, "quarterly profit", "decreased")]
    text = "Health officials recorded a 5,000 increase in cases over the week."
    found = analyze_text(text, is_body=True, published="2025-10-15").claims
    assert [(c.value, c.about, c.measure) for c in found] == [(5000, "cases", "increased")]


def test_a_name_ending_on_a_bodys_noun_runs_on_through_of_and_a_name() -> None:
    # "The Port Tessan Chamber of Commerce said": the tagger may cut (and mistype) the name at "of"
    text = (
        "The Port Tessan Chamber of Commerce said a survey of 140 of its members found that hotels had lost between "
        "2.5 million and 3 million crowns in cancelled bookings."
    )
    found = analyze_text(text, is_body=True, published="2025-06-15")
    assert {c.source for c in found.claims} == {"Port Tessan Chamber of Commerce"}


def test_a_weekday_in_a_planned_or_reported_future_is_the_coming_one() -> None:
    # published on Thursday 12 June 2025
    cases = [
        # "would" reported by a statement dated on a weekday: that statement's future
        (
            "The airline said on Thursday it had cancelled 1,030 flights, and that it would cancel about 220 more on "
            "Friday.",
            220,
            "2025-06-13",
        ),
        # an infinitive of what is expected or planned
        ("The airline said on Thursday it expected to cancel about 210 flights on Saturday.", 210, "2025-06-14"),
        # "would" in an undated report: the day may be before the article
        ("The union said it would open a ballot among its roughly 2,300 members on Tuesday.", 2300, "2025-06-10"),
        # a figure over two days is as of the second
        ("The airline said on Thursday that it had cancelled 480 flights on Monday and Tuesday.", 480, "2025-06-10"),
    ]
    for text, value, day in cases:
        found = analyze_text(text, is_body=True, published="2025-06-12").claims
        assert [(c.value, c.as_of) for c in found if c.value == value] == [(value, day)], text


def test_a_number_with_a_scale_is_no_part_of_a_name_the_tagger_ran_it_into() -> None:
    # "fined Lunvar Air 6.5 million crowns": the tagger may read "Lunvar Air 6.5 million" as one product name
    text = "The Civil Aviation Authority said on Friday it had fined Lunvar Air 6.5 million crowns for the delays."
    found = analyze_text(text, is_body=True, published="2025-06-16").claims
    assert [(c.value, c.source) for c in found] == [(6_500_000, "Civil Aviation Authority")]


def test_a_span_of_days_on_the_counted_noun_is_as_of_its_last_day() -> None:
    text = "Port Tessan Airport lost 118 flights between Monday and Saturday, its managing director said."
    found = analyze_text(text, is_body=True, published="2025-06-15").claims
    assert [(c.value, c.as_of) for c in found] == [(118, "2025-06-14")]


def test_a_decision_by_a_body_to_fine_is_that_bodys_figure() -> None:
    # "the decision by the authority to fine the airline 6.5 million crowns": the maker of the decision sets it
    text = (
        "Passenger groups welcomed Friday's decision by the Civil Aviation Authority to fine the airline 6.5 "
        "million crowns."
    )
    found = analyze_text(text, is_body=True, published="2025-06-16").claims
    assert [(c.value, c.source) for c in found] == [(6_500_000, "Civil Aviation Authority")]


def test_a_running_total_so_far_is_as_of_its_statement() -> None:
    # "Tuesday's outage had cost it 45 million crowns so far": the day names the outage; the total is Wednesday's
    text = (
        "Lunvar Air said on Wednesday that the strike and Tuesday's computer outage had cost it about 45 million "
        "crowns so far."
    )
    found = analyze_text(text, is_body=True, published="2025-06-11").claims
    assert [(c.value, c.as_of) for c in found] == [(45_000_000, "2025-06-11")]
    text = "Two people were killed on Tuesday, police said on Wednesday."
    assert [c.as_of for c in analyze_text(text, is_body=True, published="2025-06-11").claims] == ["2025-06-10"]


def test_a_raising_verb_hands_its_subject_to_the_infinitive() -> None:
    # "would have to be cancelled", "are expected to go", "were likely to be demolished": what happened to the
    # figure's noun is the infinitive's verb, not the raising verb's
    text = (
        "The carrier said 180 flights would still have to be cancelled. The maker said 300 jobs are expected to "
        "go. The council said 120 homes were likely to be demolished."
    )
    found = analyze_text(text, is_body=True, published="2025-06-14").claims
    assert [(c.value, c.about, c.measure) for c in found] == [
        (180, "flights cancelled", "cancelled"),
        (300, "jobs gone", "gone"),
        (120, "homes demolished", "demolished"),
    ]


def test_a_bare_figure_repeats_what_the_same_verb_counted_before_it() -> None:
    # "cancelled 1,250 flights … expected to cancel about 210 on Saturday and 180 on Sunday": flights both; the
    # verbless conjunct repeats the infinitive, so its weekday is the coming one too
    text = (
        "The carrier said on Friday it had cancelled 1,250 flights since Monday and expected to cancel about 210 "
        "on Saturday and 180 on Sunday."
    )
    found = analyze_text(text, is_body=True, published="2025-06-13").claims
    assert [(c.value, c.about, c.as_of) for c in found] == [
        (1250, "flights cancelled", "2025-06-13"),
        (210, "flights cancelled", "2025-06-14"),
        (180, "flights cancelled", "2025-06-15"),
    ]


def test_money_a_raised_subject_costs_not_the_payer_after_a_qualifier() -> None:
    # "is expected to cost the company about 132 million euros": the recall costs it (the raising verb's
    # subject); "about" the parser reads as a preposition is a qualifier, so the company is no object it is of
    text = (
        "The recall is expected to cost the company about 132 million euros, finance chief Ilse Varn said. The "
        "strike was likely to cost the airline about 40 million euros, she said."
    )
    found = analyze_text(text, is_body=True, published="2025-10-22").claims
    assert [(c.value, c.about, c.measure) for c in found] == [
        (132_000_000, "recall", "cost"),
        (40_000_000, "strike", "cost"),
    ]


def test_the_figure_given_by_someone_is_theirs_and_their_paragraph_continues_it() -> None:
    # "the company's own figure, given by its finance chief, is about 96 million": the agent of the figure it is
    # said to be gives it (not the company its possessive names), and the next sentence of the paragraph goes on
    text = (
        "Tarrow Air had a difficult month. The company's own figure, given by chief financial officer Ilse Varn "
        "on Monday, is about 96 million euros. That includes 58 million euros for refunds."
    )
    found = analyze_text(text, is_body=True, published="2025-06-17").claims
    assert [(c.value, c.source, c.as_of) for c in found] == [
        (96_000_000, "Ilse Varn", "2025-06-16"),
        (58_000_000, "Ilse Varn", "2025-06-16"),
    ]


def test_an_indefinite_spokeswoman_is_someone_new_and_her_pronoun_speaks_for_her_body() -> None:
    # "A Tarrow spokeswoman said … she said": not the union leader who spoke before; her "she" is the body's voice
    text = (
        "Tarrow Networks plans to cut 1,150 jobs. The union's general secretary, Kasimir Orlen, said members were "
        "angry. A Tarrow Networks spokeswoman said the number of roles affected remained 1,150. Talks would "
        "continue next week, she said.\n\n"
        "Orlen said a first walkout could take place in November."
    )
    assert speaker_of(text, "Talks would") == "Tarrow Networks"
    assert speaker_of(text, "a first walkout") == "Kasimir Orlen"


def test_a_figure_counted_over_a_period_ending_on_a_day_is_as_of_that_day() -> None:
    # "in the week to Sunday": the period's last day, not the day the statement was made
    text = (
        "The agency said on Monday it had recorded 412 cases in the week to Sunday. Officials said on Tuesday that "
        "96 deaths were registered in the seven days to Sunday."
    )
    found = analyze_text(text, is_body=True, published="2025-06-17").claims
    assert [(c.value, c.as_of) for c in found] == [(412, "2025-06-15"), (96, "2025-06-15")]
    text = "In the week ending Sunday, 1,200 people were tested, the agency said on Tuesday."
    assert [c.as_of for c in analyze_text(text, is_body=True, published="2025-06-17").claims] == ["2025-06-15"]


def test_an_earlier_value_a_week_before_a_figure_of_no_stated_day_counts_back_from_it() -> None:
    # "rose to 14 from 11 a week earlier", said on no day: a week before the later figure's day
    found = analyze_text(
        "Deaths rose to 14 from 11 a week earlier, the agency said.", is_body=True, published="2025-06-17"
    ).claims
    assert [(c.value, c.as_of) for c in found] == [(14, "2025-06-17"), (11, "2025-06-10")]


def test_a_survey_no_one_is_said_to_have_issued_inside_a_statement_is_the_statements() -> None:
    # "the association, which said a survey of 1,200 owners found that 34% …": the survey names no issuer; the
    # association reports it. A survey with its issuer named is the issuer's.
    text = (
        "That is too slow, according to the Tarvonian Consumers' Association, which said a survey of 1,200 owners "
        "carried out for it last weekend found that 34% did not know about the recall.\n\nA poll by Kessa "
        "Research found that 55% backed the strike."
    )
    found = analyze_text(text, is_body=True, published="2025-10-22").claims
    assert [(c.value, c.source) for c in found if c.value in (34, 55)] == [
        (34, "Tarvonian Consumers' Association"),
        (55, "Kessa Research"),
    ]


def test_a_description_of_a_specific_kind_points_ahead_only_to_a_body_of_that_kind() -> None:
    # "the regional health directorate said" in a lede is no World Health Organization named later: a shared
    # field word is not enough when the kinds differ
    text = (
        "The number of confirmed cholera cases in Kessa province has risen to 1,318, the regional health "
        "directorate said on Thursday.\n\n"
        "The World Health Organization put the death toll at 27 in its latest bulletin."
    )
    found = analyze_text(text, is_body=True, published="2025-06-13").claims
    assert [(c.value, c.source) for c in found] == [
        (1318, "regional health directorate"),
        (27, "World Health Organization"),
    ]


def test_people_taken_or_admitted_to_hospital_are_hospitalised() -> None:
    text = "Officials said 412 people had been admitted to hospital and 40 patients were taken to hospital."
    found = analyze_text(text, is_body=True, published="2025-06-13").claims
    assert [(c.value, c.about) for c in found] == [(412, "people hospitalised"), (40, "patients hospitalised")]


def test_what_a_proposal_is_said_to_be_is_its_owners_terms() -> None:
    # "the airline's offer was 6%" after the union's ask: the airline's terms, not the union's continued
    text = "The pilots' union is asking for 14% over two years. The airline's offer was 6%."
    found = analyze_text(text, is_body=True, published="2025-06-12").claims
    assert [(c.value, c.source) for c in found] == [(14, "pilots' union"), (6, "airline")]


def test_a_bare_acronym_the_tagger_missed_is_the_body_it_was_defined_for() -> None:
    # "LAPU is asking for 14%": the acronym is the union the article defined it for, not a speaker of its own
    text = (
        "The Lunvarian Airline Pilots Union (LAPU) says its members' salaries have fallen 13% since 2021.\n\n"
        "LAPU is asking for 14% over two years."
    )
    found = analyze_text(text, is_body=True, published="2025-06-12").claims
    assert [(c.value, c.source) for c in found] == [
        (13, "Lunvarian Airline Pilots Union"),
        (14, "Lunvarian Airline Pilots Union"),
    ]


def test_a_body_and_a_persons_name_read_as_one_are_two_names() -> None:
    # "Kellan Securities' Ana Brel, who ..." is the analyst Ana Brel of Kellan Securities; a product after a
    # possessive ("Nerova's Oriel Flex") stays one name
    text = (
        "Analysts are more cautious. Kellan Securities' Ravel Ostrand, who had put the cost at 150 million "
        "crowns, now estimates 130 million."
    )
    record = analyze_text(text, is_body=True, published="2025-06-17")
    assert {c.source for c in record.claims} == {"Ravel Ostrand"}
    assert [(e.text, e.label) for e in record.entities] == [
        ("Kellan Securities", "ORG"),
        ("Ravel Ostrand", "PERSON"),
    ]


def test_according_to_closing_a_sentence_credits_the_clause_a_while_clause_hangs_on() -> None:
    # "A held 25% of the market, while B's share fell to 18%, according to X": X's figures, the first clause's
    # too, and X's words from the sentence's start; a holder of a share decides nothing
    text = (
        "Kessa Research published its tracker on Wednesday.\n\n"
        "Orvel Systems held 24.9% of the laptop market in the third quarter, while Nerova's share fell to 18.4% "
        "and Velmont was third with 11.2%, according to the research firm's tracker."
    )
    record = analyze_text(text, is_body=True, published="2025-10-15")
    assert [(c.value, c.source) for c in record.claims] == [
        (24.9, "Kessa Research"),
        (18.4, "Kessa Research"),
        (11.2, "Kessa Research"),
    ]
    assert [q.text[:20] for q in record.quotes if q.speaker and q.speaker.name == "Kessa Research"][-1] == (
        "Orvel Systems held 2"
    )


def test_a_figure_hung_inside_a_tallys_of_phrase_counts_what_the_tally_counts() -> None:
    # "put the number of X that lost power at 184": the parser hangs "at 184" on "lost"; the figure still counts
    # the tally's X
    text = (
        "The commission put the number of polling stations that lost power at 184. "
        "Police put the number of people evacuated at 1,200. "
        "A woman died overnight, bringing the number of heat deaths linked to the vote to three."
    )
    found = analyze_text(text, is_body=True, published="2025-07-25").claims
    assert [(c.value, c.about) for c in found] == [
        (184, "polling stations that lost power"),
        (1200, "people evacuated"),
        (3, "heat deaths linked to the vote"),
    ]


def test_a_figure_a_verb_moves_it_to_counts_what_the_figure_before_counts() -> None:
    # "put the number at 184, before raising it to 231": "it" is the number of stations
    text = "The commission put the number of polling stations that lost power at 184, before raising it to 231."
    found = analyze_text(text, is_body=True, published="2025-07-25").claims
    assert [(c.value, c.about) for c in found] == [
        (184, "polling stations that lost power"),
        (231, "polling stations that lost power"),
    ]


def test_a_noun_past_a_word_opening_a_clause_is_not_what_a_figure_counts() -> None:
    # "was up to 1,400 once agency staff were counted": the parser makes 1,400 staff; the figure is the number
    # of jobs at risk
    text = "The union said the true number of jobs at risk was up to 1,400 once agency staff were counted."
    found = analyze_text(text, is_body=True, published="2025-10-15").claims
    assert [(c.value, c.about) for c in found] == [(1400, "jobs at risk")]


def test_a_gap_between_two_counts_and_a_figure_before_another_phrase_count_nothing_of_their_own() -> None:
    # "47 higher than the 184": a gap, not 47 more stations; "the 184 the chair announced": no chair counted
    text = (
        "The commission raised its count of polling stations that lost power to 231. "
        "The new figure is 47 higher than the 184 the chair announced on Sunday."
    )
    found = analyze_text(text, is_body=True, published="2025-07-22").claims
    assert [(c.value, c.about) for c in found] == [
        (231, "polling stations that lost power"),
        (47, None),
        (184, None),
    ]


def test_a_box_line_takes_the_day_its_heading_states() -> None:
    """A box of figures under a dated heading: each line without a day of its own is of the heading's day, one
    with its own day keeps it (blank lines between lines, as text extraction leaves them, aside); a line of figures
    after a paragraph of prose is not the box's."""
    text = (
        "Fighting along the Tarsk river went on for a fifth day.\n\n"
        "KEY FIGURES (as of Wednesday 23 October)\n"
        "Soldiers killed: 7 (Velorian Ministry of Defence)\n\n"
        "People displaced: 18,000 (Tarsk Relief Agency)\n"
        "Villages shelled: 12 (Border Monitoring Group, 21 October)\n\n"
        "Talks between the two sides are due to resume next week.\n\n"
        "Homes destroyed: 40 (Tarsk Relief Agency)\n"
    )
    record = analyze_text(text, is_body=True, published="2024-10-29")
    assert isinstance(record, Record)
    dated = {c.value: (c.as_of, c.as_of_basis) for c in record.claims}
    assert dated[7] == dated[18000] == ("2024-10-23", "stated")
    assert dated[12] == ("2024-10-21", "stated")
    assert dated[40] == ("2024-10-29", "published")


def test_a_figure_hung_on_the_clause_of_what_a_tally_counts_is_the_tallys_value() -> None:
    """ "raised the number of people who died in the floods to 45": the parser hangs "to 45" on the relative
    clause; it is still the number the ministry raised, and "put the number of homes that were destroyed at
    1,300" counts the homes destroyed."""
    text = (
        "Storms hit the Velorian coast on Monday.\n\n"
        "The Velorian Health Ministry raised the number of people who died in the floods to 45.\n\n"
        "The Coastal Housing Board put the number of homes that were destroyed at 1,300."
    )
    found = {c.value: c for c in record_of(text).claims}
    assert found[45].source == "Velorian Health Ministry"
    assert found[1300].source == "Coastal Housing Board"
    assert found[1300].about == "homes destroyed"


def test_a_business_recalling_its_goods_states_nothing_but_owns_the_figure() -> None:
    """ "Halden Foods recalled 1.2 million tins": goods taken back, no statement, and the recall's figure is the
    maker's; "the company recalled that …" still reports."""
    text = (
        "Halden Foods recalled 1.2 million tins of its infant formula on Monday.\n\n"
        "The company recalled that it had warned shops in 2019."
    )
    record = record_of(text)
    assert [q.text for q in record.quotes] == ["that it had warned shops in 2019"]
    assert {c.value: c.source for c in record.claims}[1_200_000] == "Halden Foods"
    # a person's memory still reports, though the tagger reads the surname alone as a body's name
    memory = "Donald Trump spoke in Iowa on Monday.\n\nTrump recalled a farmer he had met in Ohio as a kind man."
    assert [q.text for q in record_of(memory).quotes] == ["a farmer he had met in Ohio as a kind man"]
    # and a body "recalling" in a participle's clause remembers
    museum = "The Halden Museum opened on Monday.\n\nRecalling the floods of 1990, the museum urged calm."
    assert "the floods of 1990" in [q.text for q in record_of(museum).quotes]


def test_a_sports_clubs_name_says_it_is_a_club() -> None:
    """ "Kestrel United" is a club, not a person the tagger guessed: "the club" is Kestrel United, and "the
    league", another kind of body, is not."""
    text = (
        "Kestrel United have sacked manager Jon Baird after a 3-0 home defeat to Orwell Town, the club "
        "announced on Sunday.\n\n"
        "Attendance has fallen to an average of 18,400 this season, the league said."
    )
    assert speaker_of(text, "sacked manager") == "Kestrel United"
    assert speaker_of(text, "Attendance") not in ("Kestrel United", "Orwell Town")


def test_a_countable_report_noun_bare_in_the_singular_is_an_idiom() -> None:
    """ "will take charge for Saturday's match" reports nothing; "made the claim that …" still does."""
    text = (
        "The club is looking for a manager.\n\n"
        "Assistant manager Chris Dale will take charge for Saturday's match against Belford. Critics made the "
        "claim that the club was broke."
    )
    assert [q.text for q in record_of(text).quotes] == ["that the club was broke"]


def test_an_attribution_the_parser_coordinated_with_the_sentence_still_closes_it() -> None:
    """ "At least 14 people were killed and 52 wounded …, the regional governor, Piotr Senko, said on Saturday":
    the parser joins "said" to "killed" with the sentence's "and"; the governor still gives both figures and the
    clause before his name."""
    text = (
        "Drones struck the region overnight.\n\n"
        "At least 14 people were killed and 52 wounded overnight when drones struck power stations across the "
        "Velmora region, the regional governor, Piotr Senko, said on Saturday."
    )
    record = record_of(text)
    assert {c.value: c.source for c in record.claims if c.value in (14, 52)} == {14: "Piotr Senko", 52: "Piotr Senko"}
    assert [q.speaker.name for q in record.quotes if q.speaker is not None and "killed" in q.text] == ["Piotr Senko"]


def test_a_clause_opening_on_a_conjunction_is_no_source_phrase() -> None:
    """ "…, she said, while its broadband business added 35,000": "while its broadband business" is a clause of
    its own, not the source of the words before it; the chief executive said them."""
    text = (
        "Chief executive Lena Haug said the company would cut 1,200 jobs.\n\n"
        "Orbis lost 180,000 mobile customers in the quarter, she said, while its broadband business added 35,000."
    )
    speakers = [q.speaker.name for q in record_of(text).quotes if q.speaker is not None and "Orbis lost" in q.text]
    assert speakers == ["Lena Haug"]


def test_a_relative_clause_after_a_name_is_no_title() -> None:
    """ "Unison, which represents most of the council's 5,800 staff, said": Unison has no title; "Dr Anna Voss,
    who heads the paediatric unit, said": her title is "Dr"."""
    text = (
        "The council voted on Wednesday.\n\n"
        "Unison, which represents most of the council's 5,800 staff, said it would ballot members on strikes.\n\n"
        '"We have found no further cases," said Dr Anna Voss, who heads the paediatric unit at Rennes Hospital.'
    )
    titles = {q.speaker.name: q.speaker.title for q in record_of(text).quotes if q.speaker is not None}
    assert titles == {"Unison": None, "Anna Voss": "Dr"}


def test_a_closed_quotation_ends_the_statement_before_it_in_the_paragraph() -> None:
    """'Berg dismissed the result. "Polls don't vote," he told supporters. His party has lost 9 of the last 12
    by-elections.': the quotation closes his turn, and the indirect statement before it; the record after it is
    the outlet's."""
    text = (
        "The vote is on Sunday.\n\n"
        'Liberal leader Jonas Berg dismissed the result. "Polls don\'t vote, people do," he told supporters in '
        "Kessburg. His party has lost 9 of the last 12 by-elections."
    )
    assert {c.value: c.source for c in record_of(text).claims}.get(9) is None


def test_the_coastguard_is_a_body_of_state_that_gives_figures() -> None:
    """ "…, the coastguard said": a body (``org_nouns``) that gives the figure, and an organ of state
    (``state_organs``), never the ferry company the article named before."""
    text = (
        "A fire broke out on the Morning Star on Friday, a spokesperson for Tessan Ferries said.\n\n"
        "All 212 passengers were taken off safely, the coastguard said."
    )
    assert {c.value: c.source for c in record_of(text).claims}[212] == "coastguard"


def test_a_body_only_described_is_meant_by_its_own_head_noun_not_by_a_shared_field() -> None:
    """ "the regional health department said …; the national health ministry said …": the ministry is another
    body, though both descriptions name the health field."""
    text = (
        "Measles cases in the Dorran region have risen to 312, the regional health department said on Wednesday.\n\n"
        "The national health ministry said it had sent 20,000 extra doses to Dorran."
    )
    assert speaker_of(text, "20,000 extra doses") == "Ministry of Health"


def test_a_figure_opening_the_line_after_a_headline_ending_on_one_is_no_digit_run() -> None:
    """ "Bus crash kills 11" above "Eleven people were killed …": a number across a line break from another is
    no phone number; the lede's figure is a claim of its own, with its source."""
    text = (
        "Bus crash on mountain road kills 11\n\n"
        "Eleven people were killed and 23 injured when a bus plunged into a ravine late on Monday, according to "
        "police and hospital officials."
    )
    sources = [c.source for c in record_of(text).claims if c.value == 11]
    assert "police and hospital officials" in sources


def test_a_plus_sign_after_a_figure_says_more_than() -> None:
    """ "People displaced: 18,000+ (Tarsk Relief Agency)": more than 18,000, credited by the bracket after the sign."""
    text = (
        "Floods swept the valley on Monday.\n\n"
        "KEY FIGURES\n"
        "People displaced: 18,000+ (Tarsk Relief Agency)\n"
        "Homes destroyed: 400 (Tarsk Relief Agency)\n"
    )
    found = {c.value: c for c in record_of(text).claims}
    assert (found[18000].qualifier, found[18000].source) == ("over", "Tarsk Relief Agency")
    assert found[400].qualifier is None


def test_a_document_issued_by_a_described_body_speaks_for_that_body() -> None:
    """ "according to figures released by the ministry": the ministry's figures, though the article names no
    ministry, as "figures from the statistics office" are that office's; not "figures"."""
    text = (
        "Trade slowed in the spring.\n\n"
        "Exports fell 4%, according to figures released by the ministry.\n\n"
        "Imports rose 3%, figures published by the statistics office showed."
    )
    assert {c.value: c.source for c in record_of(text).claims} == {4: "ministry", 3: "statistics office"}


def test_a_body_described_by_one_nation_is_no_body_of_another_nation_the_list_does_not_know() -> None:
    text = (
        "Nine soldiers were killed in clashes on the border, Dravonia's defence ministry said on Tuesday.\n\n"
        "The Ostrelian defence ministry said three of its troops had died. Ostrelia's foreign ministry summoned "
        "the ambassador."
    )
    record = record_of(text)
    assert by_value(record.claims, 9).source == "Dravonia's defence ministry"
    assert by_value(record.claims, 3).source == "Ostrelian Ministry of Defence"


def test_a_public_bodys_description_is_no_body_the_article_called_a_company() -> None:
    text = (
        "Power company Brightvale said it had cut electricity to 9,500 customers. The utility expects to restore "
        "service within two days.\n\n"
        "Smoke levels in Olsby reached unhealthy levels on Saturday, the regional air board said."
    )
    assert speaker_of(text, "Smoke levels") == "regional air board"


def test_a_measure_word_in_the_verbs_prepositional_phrase_does_not_say_what_befell_the_counted() -> None:
    text = "The county sheriff, Lena Marsh, said two people had been arrested for looting in evacuated streets."
    assert by_value(record_of(text).claims, 2).measure == "arrested"


def test_a_name_the_tagger_read_as_a_place_beside_a_persons_role_is_a_person() -> None:
    text = (
        'The agency confirmed the attack on Tuesday. "This was a deliberate attack," Edda Morvell, a spokeswoman '
        "for the agency, said.\n\nShe said the agency had sent 14 specialists to the city."
    )
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == "Edda")
    doc.ents = [e for e in doc.ents if not (e.start <= at + 1 and at <= e.end)] + [Span(doc, at, at + 2, label="LOC")]
    assert speaker_in(doc, "14 specialists") == "Edda Morvell"


def test_a_lede_describing_a_body_before_naming_it_by_a_noun_no_list_knows_means_that_body() -> None:
    text = (
        "DUNVALE, March 11 (KPA) - Hospitals in Dunvale have diverted 140 patients to other towns since a "
        "ransomware attack crippled their systems, the city's hospital trust said on Tuesday, as the national "
        "cyber agency confirmed the nature of the attack.\n\n"
        "The National Cyber Security Office (NCSO) said criminals had used ransomware.\n\n"
        "The Dunvale Teaching Hospitals Trust and Dunvale City Council have switched to paper records."
    )
    assert by_value(record_of(text).claims, 140).source == "Dunvale Teaching Hospitals Trust"


def test_a_description_named_by_its_own_relative_clause_is_that_name() -> None:
    text = (
        "In a post on its leak site on Wednesday, the group, which calls itself Red Moth, said it had taken 1.2 "
        "terabytes of data from the Harwick Water Board."
    )
    assert by_value(record_of(text).claims, 1.2).source == "Red Moth"


def test_a_long_apposition_still_says_what_kind_of_body_a_name_is() -> None:
    text = (
        "Red Moth, the ransomware group which claimed the attack on the Harwick Water Board (HWB), posted about "
        "9,400 files on its leak site on Thursday.\n\n"
        '"This is real customer data," said Ola Brenn, a researcher at Quillmark Labs.\n\n'
        "The gang has said it took records on 480,000 customers."
    )
    assert by_value(record_of(text).claims, 480000).source == "Red Moth"


def test_a_number_the_tagger_alone_read_as_a_name_is_still_a_figure() -> None:
    text = (
        "Hospitals in Dunvale have cancelled 210 planned operations and diverted 140 patients to neighbouring "
        "towns since a ransomware attack crippled their computer systems, the city's hospital trust said on "
        "Tuesday."
    )
    assert by_value(record_of(text).claims, 210).measure == "cancelled"


def test_a_participle_set_off_after_a_place_speaks_for_the_subject_of_its_clause() -> None:
    text = (
        "A ransomware gang has claimed the attack that crippled hospitals in Dunvale, saying it stole the "
        "records of 480,000 patients."
    )
    assert by_value(record_of(text).claims, 480000).source == "ransomware gang"


def test_a_place_noun_owning_a_ledes_description_need_not_be_in_the_name_named_next() -> None:
    text = (
        "HARNLEY GAZETTE\n\n"
        "Hackers crippled Dunvale hospitals, agency says\n\n"
        "Published: 11 March 2025\n\n"
        "DUNVALE, March 11 (KPA) - Hospitals in Dunvale have diverted 140 patients to neighbouring towns, including "
        "Harnley, since a ransomware attack crippled their systems, the city's hospital trust said on Tuesday.\n\n"
        "The attack hit the Dunvale Teaching Hospitals Trust in the early hours of Monday.\n\n"
        "Harnley Community Hospital, which is run by the same trust, said its minor injuries unit remained open."
    )
    assert by_value(record_of(text).claims, 140).source == "Dunvale Teaching Hospitals Trust"


def test_a_public_bodys_description_is_the_one_named_next_by_its_field_and_a_word_of_its_kind() -> None:
    text = (
        "Hackers hit hospitals in Kessel\n\n"
        "The personal data of up to 310,000 people may have been compromised in the attack on the Kessel "
        "Hospitals Trust, the national data protection regulator said on Monday.\n\n"
        "The Office of the Data Protection Commissioner (ODPC) said the estimate would change."
    )
    assert by_value(record_of(text).claims, 310000).source == "Office of the Data Protection Commissioner"


def test_a_description_waits_for_the_person_named_soon_in_the_role_and_field_it_gives() -> None:
    text = (
        "By Lina Sorel\n\n"
        "The cyber attack on Dunvale City Council will cost at least 3.5 million euros to clear up, the council's "
        "finance chief has said.\n\n"
        "Aldo Renn, the council's director of finance, told the audit committee on Thursday that the figure was "
        "an early estimate.\n\n"
        "Council leader Ruth Ambler said six of the 31 affected services had been restored."
    )
    assert by_value(record_of(text).claims, 3500000).source == "Aldo Renn"


def test_a_one_word_name_read_as_a_place_as_often_as_a_person_is_a_place() -> None:
    text = (
        "Foreign Minister Samir Oudane hit back at Tarvel on Tuesday.\n\n"
        "Oudane said the boat had sunk in waters patrolled by Tarvel, and that Tarvel had been told of its position "
        "hours earlier.\n\n"
        '"We will not be lectured," he added. "Our coastguard has rescued thousands this year, with a fraction '
        "of Tarvel's means.\""
    )
    doc = _tagged_in_turn(text, "Tarvel", ["GPE", "PERSON", "PERSON", "GPE"])
    assert speaker_in(doc, "lectured") == "Samir Oudane"


def test_a_name_read_once_as_a_place_whose_demonym_the_article_writes_is_a_place() -> None:
    text = (
        "Foreign Minister Samir Oudane hit back at Tarvel on Tuesday.\n\n"
        "Oudane said the boat had sunk inside the Tarvelian rescue zone, and that Tarvel had been told of its "
        "position hours earlier.\n\n"
        '"Our Tarvelian friends know exactly where that boat was," he said. "Tarvel will not lecture us."'
    )
    doc = _tagged_in_turn(text, "Tarvel", ["GPE", "PERSON", "PERSON"])
    assert speaker_in(doc, "Our Tarvelian friends") == "Samir Oudane"


def test_a_medium_that_names_no_one_inside_a_statement_is_the_stating_persons() -> None:
    text = (
        "Ilse Varn, the agency's representative in Tarvel, said interviews with survivors suggested that between "
        "450 and 550 people had boarded the boat."
    )
    assert by_value(record_of(text).claims, 450).source == "Ilse Varn"


def test_a_relative_clause_on_the_last_of_coordinated_figures_dates_each() -> None:
    text = (
        "The coastguard said on Monday that it had rescued 31 people, up from the 23 survivors and four bodies it "
        "reported on Sunday."
    )
    found = record_of(text).claims
    assert by_value(found, 23).as_of == "2026-11-15"
    assert by_value(found, 4).as_of == "2026-11-15"


def test_a_name_the_parser_read_as_an_adverb_before_a_verb_of_saying_is_its_speaker() -> None:
    doc = load_nlp()('"They held on to each other," Belkacem told the Herald.')
    name = next(t for t in doc if t.text == "Belkacem")
    name.pos_, name.tag_ = "ADV", "RB"  # as the parser reads some unfamiliar surnames
    told = next(t for t in doc if t.text == "told")
    assert name.ent_type_ == "PERSON"
    found = name_before(told)
    assert found is not None and found.i == name.i


def test_a_named_speaker_after_a_colon_makes_a_statement_of_their_own() -> None:
    text = (
        "Patients' groups say the real numbers are higher: Ines Calloway of the Dunvale Patients' Forum puts "
        "diversions at more than 1,500."
    )
    record = record_of(text)
    assert by_value(record.claims, 1500).source == "Ines Calloway"
    assert [q.text for q in record.quotes if q.text.startswith("the real numbers")] == ["the real numbers are higher"]


def test_a_bodys_noun_written_as_two_words_is_still_a_bodys() -> None:
    text = "At least 12 people died after a boat capsized on Sunday, Tarvel's coast guard said."
    claim = by_value(record_of(text).claims, 12)
    assert (claim.source, claim.source_type) == ("Tarvel's coast guard", "ORG")


def test_a_place_the_parser_made_the_subject_yields_to_the_body_set_beside_it() -> None:
    doc = load_nlp()("In Port Arlo, the Tarvelian Crescent Society said 212 families had come forward.")
    by_text = {t.text: t for t in doc}
    place, body, said = by_text["Arlo"], by_text["Society"], by_text["said"]
    # the parser's reading on some names: the place the subject, the body in apposition to it
    place.head, place.dep_ = said, "nsubj"
    body.head, body.dep_ = place, "appos"
    doc.ents = [Span(doc, place.i - 1, place.i + 1, label="GPE"), Span(doc, body.i - 3, body.i + 1, label="ORG")]
    assert speaker_in(doc, "212 families") == "Tarvelian Crescent Society"


def test_a_one_word_name_listed_among_places_is_a_place_not_the_body_it_opens() -> None:
    text = (
        "HARNLEY GAZETTE\n\n"
        "Hospitals in Dunvale have diverted 140 patients to neighbouring towns, including Harnley, since the "
        "attack, the city's hospital trust said on Tuesday.\n\n"
        "The attack hit the Dunvale Teaching Hospitals Trust on Monday.\n\n"
        "Harnley Community Hospital, which is run by the same trust, said its unit remained open."
    )
    doc = load_nlp()(text)
    words_ = [t.text for t in doc]

    def at(name: str, label: str = "ORG") -> Span:
        n = len(name.split())
        start = next(i for i in range(len(doc)) if " ".join(words_[i : i + n]) == name)
        return Span(doc, start, start + n, label=label)

    doc.ents = [
        at("HARNLEY"),
        at("Dunvale", "GPE"),
        at("Harnley"),
        at("Dunvale Teaching Hospitals Trust"),
        at("Harnley Community Hospital"),
    ]
    assert speaker_in(doc, "140 patients") == "Dunvale Teaching Hospitals Trust"


def test_a_places_body_described_before_it_is_named_is_that_body() -> None:
    text = (
        "KESSIG, Kessia, Sept 14 (KPA) - At least 12 people died and 104 were rescued after an overcrowded boat "
        "capsized before dawn on Sunday, Kessia's coast guard said.\n\n"
        '"The boat turned over in seconds," said Commander Ida Renn, a spokeswoman for the Kessian Coast Guard '
        "(KCG)."
    )
    assert by_value(record_of(text).claims, 104).source == "Kessian Coast Guard"


def test_a_document_owned_by_a_pronoun_no_one_named_stands_for_is_no_body_heard_before() -> None:
    text = (
        "Dunvale chief prosecutor Aldo Renn told a news conference on Wednesday that the man had been detained.\n\n"
        "According to Renn, investigators have so far interviewed 46 survivors. Their statements indicate that "
        "passengers paid between 4,000 and 7,000 dollars each."
    )
    doc = load_nlp()(text)
    renn = next(t.i for t in doc if t.text == "Aldo")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, renn, renn + 2, label="PERSON")]
    assert speaker_in(doc, "passengers paid") == "their statements"


def test_figures_given_by_people_the_article_does_not_name_are_theirs() -> None:
    text = (
        "The data regulator said on Monday that up to 310,000 people may have been affected. Its figure is lower "
        "than the 480,000 patients claimed by the hackers but far higher than the 92,000 identified so far by "
        "researchers at Quillmark Security."
    )
    found = record_of(text).claims
    assert by_value(found, 480000).source == "hackers"
    assert by_value(found, 92000).source == "Quillmark Security"


def test_an_indefinite_body_is_the_one_a_noun_of_its_class_names_in_the_next_sentence() -> None:
    text = (
        "A hacking gang has claimed responsibility for the attack that shut the port of Dunmara, saying it stole "
        "the records of 90,000 workers and demanding $2 million for their return.\n\n"
        "In a post on its website on Tuesday, the group, which calls itself NightOwl, said it had taken 3 "
        "terabytes of data from the Dunmara Port Authority."
    )
    record = record_of(text)
    assert by_value(record.claims, 90000).source == "NightOwl"
    assert by_value(record.claims, 2000000).source == "NightOwl"


def test_a_bodys_short_name_read_as_a_nationality_is_the_body() -> None:
    text = (
        "Workers at Velkor Systems voted on Monday to strike over plans to close its plant in Dunmara.\n\n"
        "A Velkor spokeswoman said the company respected the right of employees to make their voices heard and "
        "that the number of roles affected remained 1,150, of which about 780 were in Dunmara."
    )
    doc = load_nlp()(text)
    short = [t.i for t in doc if t.text == "Velkor"][1]
    doc.ents = [e for e in doc.ents if not e.start <= short < e.end] + [Span(doc, short, short + 1, label="NORP")]
    assert speaker_in(doc, "about 780") == "Velkor Systems"


def test_a_word_shaped_like_a_demonym_stays_a_nationality_beside_a_body_it_opens() -> None:
    text = (
        "The Velmoran Coast Guard said on Monday that 27 bodies had been recovered.\n\n"
        "Velmoran officials said 104 people had been rescued."
    )
    doc = load_nlp()(text)
    word = [t.i for t in doc if t.text == "Velmoran"][1]
    doc.ents = [e for e in doc.ents if not e.start <= word < e.end] + [Span(doc, word, word + 1, label="NORP")]
    assert speaker_in(doc, "104 people") != "Velmoran Coast Guard"


def test_a_figure_a_pronoun_reported_in_its_own_clause_is_the_pronouns_antecedents() -> None:
    text = (
        "The Dunmara Electoral Commission said on Sunday that 184 polling stations had lost power.\n\n"
        "Opposition leader Ivan Marr said on Tuesday that turnout had been hit hard.\n\n"
        "Marr said the true number was far above the 150 it first reported."
    )
    assert by_value(record_of(text).claims, 150).source == "Dunmara Electoral Commission"


def test_figures_a_pointing_noun_credits_in_the_next_sentence_are_its_sources() -> None:
    text = (
        "Voters in Kessa chose a new president on Sunday.\n\n"
        "President Ivo Darr secured 4,713,277 votes, making 44.40% of valid votes cast.\n\n"
        "These results, according to the Kessa Electoral Commission, exclude four constituencies where voting "
        "was late."
    )
    record = record_of(text)
    assert by_value(record.claims, 4713277).source == "Kessa Electoral Commission"
    assert by_value(record.claims, 44.4).source == "Kessa Electoral Commission"
    text = (
        "Unemployment in Kessa rose to 7.2% in October.\n\n"
        "Those figures, released by the national statistics office on Friday, showed the sharpest rise in a "
        "decade.\n\n"
        "Exports fell 3% in the same month."
    )
    record = record_of(text)
    assert by_value(record.claims, 7.2).source == "national statistics office"
    assert by_value(record.claims, 3).source is None  # after the pointing sentence, not before it


def test_a_document_no_body_issued_speaks_for_the_one_author_the_article_names() -> None:
    text = (
        "The paper, published in the journal Oceans on Thursday, gave a best-case scenario of a third of all the "
        "4,300 coral reefs dying by 2080.\n"
        "The study’s lead author Mara Vell, a marine biologist at Kessa University, said it was a matter of "
        "choice.\n"
        "“We will lose many reefs,” Vell said."
    )
    assert by_value(record_of(text).claims, 4300).source == "Mara Vell"
    # two authors named: the paper speaks for itself
    text += "\nIvo Tarn, a co-author of the study, said the findings were grim."
    assert by_value(record_of(text).claims, 4300).source == "paper"


def test_figures_given_respectively_are_each_coordinated_sources() -> None:
    text = "The Kessa Health Agency and the Red Cross said 310 and 450 people had been injured, respectively."
    record = record_of(text)
    assert by_value(record.claims, 310).source == "Kessa Health Agency"
    assert by_value(record.claims, 450).source == "Red Cross"
    text = (
        "The toll is higher than those reported by the interior ministry and rescue officials in the north, who "
        "have reported 1,414 and 2,274 deaths respectively."
    )
    record = record_of(text)
    assert by_value(record.claims, 1414).source == "Ministry of Interior"
    assert by_value(record.claims, 2274).source == "rescue officials"


def test_a_hyphen_between_capitalised_words_joins_a_name_the_tagger_missed() -> None:
    text = (
        "A former port chief was jailed on Thursday.\n\n"
        "The Kessa Anti-Corruption Office, which brought the case, said it was investigating a further nine "
        "people."
    )
    assert by_value(record_of(text).claims, 9).source == "Kessa Anti-Corruption Office"


def test_a_trade_named_by_its_ending_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "A daily walk cuts heart risk, a study found.\n\n"
        "Statistician Jonas Berg of the Velk Institute said the real effect was closer to 10%."
    )
    assert by_value(record_of(text).claims, 10).source == "Jonas Berg"


def test_figures_a_body_noun_modifies_are_the_body_the_article_describes() -> None:
    text = (
        "The Velk Chamber of Commerce said on Monday that traders would lose 3 million crowns a month.\n\n"
        "The city council shut the bridge to all traffic on 2 March after inspectors found cracks in its "
        "supports. About 22,000 vehicles crossed it each day before the closure, council figures show."
    )
    assert by_value(record_of(text).claims, 22000).source == "city council"


def test_a_body_a_persons_pronoun_owns_is_the_body_their_role_names() -> None:
    text = (
        "Varn TV, owned by the media group Telvik, said the deal was no longer viable.\n\n"
        '"Some clubs will not survive this without help," said Lina Vos, chair of the Kessa Supporters Trust. '
        "Her group wants the government to pay 20 million crowns."
    )
    assert by_value(record_of(text).claims, 20000000).source == "Kessa Supporters Trust"


_TWO_SIDES = (
    "Drasnia's air defences shot down 14 of 17 drones launched by Velmont overnight, the Drasnian air force said "
    "on Tuesday.\n\n"
    "Velmont's defence ministry said its forces had struck military targets. It said separately that its own air "
    "defences had destroyed 22 Drasnian drones over three border regions."
)


def test_a_name_that_owns_a_state_organ_is_a_place_wherever_written() -> None:
    labels = {e.label for e in record_of(_TWO_SIDES).entities if e.text == "Velmont"}
    assert labels == {"GPE"}


def test_a_demonym_of_a_place_the_article_names_is_no_person() -> None:
    labels = {e.label for e in record_of(_TWO_SIDES).entities if e.text == "Drasnian"}
    assert "PERSON" not in labels


def test_a_description_the_tagger_took_for_a_name_is_a_body_pronouns_can_mean() -> None:
    assert by_value(record_of(_TWO_SIDES).claims, 22).source == "Velmont's defence ministry"


def test_a_source_the_parser_hung_as_an_apposition_on_the_noun_before_is_the_verbs_subject() -> None:
    text = "Forty-two people have died of cholera in Kessa, the country's health ministry said on Monday."
    record = record_of(text)
    assert by_value(record.claims, 42).source == "health ministry"
    assert by_value(record.claims, 42).as_of == "2026-11-16"


def test_a_places_body_is_no_international_body_named_after_it() -> None:
    text = (
        "DUNMARA, Nov 18 (Meridian) - Kessa's health ministry reported 42 deaths and 310 infections on Monday.\n\n"
        "The World Health Agency is sending 20,000 doses of vaccine, it said on Tuesday."
    )
    record = record_of(text)
    assert by_value(record.claims, 42).source == "Kessa's health ministry"


def test_a_day_closing_the_last_of_coordinated_figures_dates_each() -> None:
    text = "The health ministry reported 42 deaths and 310 infections on Monday."
    record = record_of(text)
    assert by_value(record.claims, 42).as_of == "2026-11-16"
    assert by_value(record.claims, 310).as_of == "2026-11-16"


def test_a_body_a_place_noun_owns_is_no_international_body_named_after_it() -> None:
    text = (
        "Forty-two people have died of cholera in Kessa, the country's health ministry said on Monday.\n\n"
        "The World Health Agency said on Tuesday it was sending 20,000 vaccine doses."
    )
    assert by_value(record_of(text).claims, 42).source == "health ministry"


def test_a_party_coordinated_before_a_name_is_no_title_of_it() -> None:
    """ "according to the tribunal and the Ministry of Transport": "tribunal and the" is another party, not the
    ministry's title (a title the ledger would keep and take for a role)."""
    text = (
        "The ferry sank on Friday.\n\n"
        "Since the storm, 84 boats have been found to be unsafe, according to the tribunal and the Ministry of "
        "Transport."
    )
    titles = {q.speaker.name: q.speaker.title for q in record_of(text).quotes if q.speaker is not None}
    assert titles == {"Ministry of Transport": None}


def test_coordinated_earlier_figures_revise_the_later_ones_in_order() -> None:
    """ "it had freed 40 miners and recovered three bodies, up from the 28 survivors and two bodies it reported
    on Sunday": 28 revises 40 and counts what 40 counts; two revises three."""
    text = (
        "The mine flooded on Saturday.\n\n"
        "The rescue service said on Monday that it had freed 40 miners and recovered three bodies, up from the 28 "
        "survivors and two bodies it reported on Sunday."
    )
    found = record_of(text).claims
    forty, three, twenty_eight, two = (by_value(found, v) for v in (40, 3, 28, 2))
    assert twenty_eight.about == forty.about
    assert forty.revises == found.index(twenty_eight) and three.revises == found.index(two)


def test_a_counted_noun_the_parser_joins_to_a_verb_is_one_more_object_of_it() -> None:
    """ "Shelling hit the town, killing livestock in the fields and at least seven villagers": the villagers
    were killed too, though the parser joins them to "killing" itself."""
    text = (
        "The truce ended on Monday.\n\n"
        "Shelling hit the town overnight, killing livestock in the fields and at least seven villagers, "
        "officials said on Tuesday."
    )
    assert by_value(record_of(text).claims, 7).measure == "killed"


def test_closer_to_and_nearer_hedge_a_figure_as_about() -> None:
    """ "the real figure was closer to 30", "nearer 900": a figure given as approximate."""
    text = (
        "The navy says it lost 11 sailors in the clash.\n\n"
        "A retired admiral told a radio station that the real figure was closer to 30. The port authority said "
        "600 containers were damaged, but dock workers said it was nearer 900."
    )
    found = record_of(text).claims
    assert (by_value(found, 30).qualifier, by_value(found, 900).qualifier) == ("about", "about")


def test_a_figure_put_at_takes_the_nation_of_what_is_put() -> None:
    """ "put Norwegian losses at 40 sailors": the sailors are Norwegian."""
    text = (
        "The clash lasted two hours.\n\n"
        "The admiral put Norwegian losses at 40 sailors, a figure the navy disputed. The agency put the damage at "
        "300 homes."
    )
    found = record_of(text).claims
    assert (by_value(found, 40).about, by_value(found, 300).about) == ("Norwegian sailors", "homes")


def test_a_bulleted_lines_closing_bracket_credits_its_figure() -> None:
    """ "* 300,000 customer records claimed stolen (RedHeron)": the bracket closing a fact box's bullet credits
    the figure, though words come between them."""
    text = (
        "The water company was hit by hackers on Monday.\n\n"
        "THE ATTACK IN NUMBERS\n"
        "* 300,000 customer records claimed stolen (RedHeron)\n"
        "* 45 pumping stations run by hand (Kessa Water)\n"
    )
    found = record_of(text).claims
    assert (by_value(found, 300_000).source, by_value(found, 45).source) == ("RedHeron", "Kessa Water")


def test_a_listing_speaks_for_whoever_posted_it() -> None:
    """ "A gang called RedHeron posted a listing … The listing claims 300,000 customer records": the listing is a
    document, the gang's."""
    text = (
        "A ransomware gang called RedHeron posted a listing on its leak site on Wednesday.\n\n"
        "The listing, which the Courier has seen, claims 300,000 customer records and carries a countdown clock."
    )
    assert by_value(record_of(text).claims, 300_000).source == "RedHeron"


def test_a_body_its_pronoun_ties_to_a_place_is_that_places() -> None:
    """ "Chile did not update its toll. Its defence ministry said …": the ministry is Chile's, not the Peruvian one
    named before; the Chilean one when the article names it."""
    opening = "Fighting between Peru and Chile went on overnight in the invented border war."
    rest = (
        "Colonel Ana Ruud, spokeswoman for the Peruvian Ministry of Defence, said on Thursday that seven soldiers "
        "had been killed.\n\n"
        "Chile did not update its own toll on Thursday. Its defence ministry said on Wednesday that six Chilean "
        "soldiers had died."
    )
    assert by_value(record_of(f"{opening}\n\n{rest}").claims, 6).source == "Chilean Ministry of Defence"
    named = f"{opening} The Chilean Ministry of Defence said on Tuesday that its forces had held the line."
    assert by_value(record_of(f"{named}\n\n{rest}").claims, 6).source == "Chilean Ministry of Defence"


def test_a_figure_of_a_claim_told_as_earlier_has_no_day_of_the_report() -> None:
    """ "She did not repeat her earlier estimate that 300 homes had been destroyed": the estimate was made on some
    day before, not on the Friday of her briefing; the briefing's own figure keeps its day."""
    text = (
        "Mayor Ines Vaal spoke to reporters at the town hall on Friday afternoon after the storm.\n\n"
        "She told the briefing on Friday that 12 people had been injured. She did not repeat her earlier estimate "
        "that 300 homes had been destroyed, saying only that the damage was severe."
    )
    found = record_of(text).claims
    assert (by_value(found, 12).as_of, by_value(found, 300).as_of) == ("2026-11-20", None)


def test_a_figure_with_a_scale_before_a_noun_modifying_another_is_an_amount() -> None:
    """ "the 6.5 million crown fine imposed by the regulator": an amount, not a modifier like "a 180 page book"."""
    text = (
        "The strike ended on Monday after two weeks.\n\n"
        "The ferry line paid the 6.5 million crown fine imposed by the maritime regulator on Friday. Its new "
        "terminal is a 180 page plan."
    )
    values = {c.value for c in record_of(text).claims}
    assert 6_500_000 in values and 180 not in values


def test_the_central_bank_is_no_commercial_bank_the_article_is_about() -> None:
    """ "The central bank said lending grew 2.1%" in an article about Vessel Bank is not Vessel Bank's, nor a
    rival bank's named later; it is the Central Bank of Kessa, or a nation's reserve bank, when the article names
    it."""
    story = (
        "Vessel Bank said on Tuesday it would cut 900 jobs after profit fell.\n\n"
        "The central bank said last month that lending to households grew 2.1% in the year to September.\n\n"
        "Vessel's rival, Harrow Bank, reported a 12% rise in profit on Monday."
    )
    assert by_value(record_of(story).claims, 2.1).source == "central bank"
    named = "The Central Bank of Kessa kept its rate at 4% in October.\n\n" + story
    assert by_value(record_of(named).claims, 2.1).source == "Central Bank of Kessa"
    # a nation's own bank is its central bank, whatever its name says
    national = "The Reserve Bank of Denmark kept its rate at 4% in October.\n\n" + story
    assert by_value(record_of(national).claims, 2.1).source == "Reserve Bank of Denmark"


def test_a_noun_of_a_compound_preposition_is_not_what_a_figure_counts() -> None:
    """ "on top of the 6 million it set aside", "in place of the 40 it promised": "top" and "place" are words of a
    preposition, not what the figures count; "a profit of 12 million euros" still counts profit."""
    text = (
        "The recall began on Thursday.\n\n"
        "The chief executive said the recall would cost the company about 18 million euros, on top of the 6 million "
        "it set aside in May. The company posted a profit of 12 million euros."
    )
    found = record_of(text).claims
    assert "top" not in (by_value(found, 6_000_000).about or "")
    assert by_value(found, 12_000_000).about == "profit"


def test_a_participle_on_the_object_of_a_deed_only_describes_it() -> None:
    """ "cancelled 1,200 trains scheduled for the weekend": the trains were cancelled, not scheduled; "reported
    300 homes destroyed" and "found 12 people trapped" still say what befell them."""
    text = (
        "The storm hit on Friday.\n\n"
        "The rail operator cancelled 1,200 trains scheduled for the weekend. The ministry reported 300 homes "
        "destroyed. Rescuers found 12 people trapped in the rubble."
    )
    found = record_of(text).claims
    assert [by_value(found, v).measure for v in (1200, 300, 12)] == ["cancelled", "destroyed", "trapped"]


def test_people_a_verb_moves_from_their_homes_are_displaced_wherever_the_parser_hangs_the_homes() -> None:
    """ "forcing about 6,000 people from their homes": the parser hangs "from their homes" on the people, not the
    verb; they are displaced all the same."""
    text = (
        "The river rose all week.\n\n"
        "Floodwater swept through three towns along the river on Thursday, forcing about 6,000 people from their "
        "homes and cutting power to 18,000 households, the regional emergency service said."
    )
    assert by_value(record_of(text).claims, 6000).measure == "displaced"


def test_a_name_set_off_after_a_bodys_noun_is_that_bodys_name() -> None:
    """ "The dockers' union, Malmfack, said": a name the tagger missed, in apposition to a body's noun, is the
    body's; the union's words are not the port operator's named before."""
    text = (
        "A crane collapsed at the port on Friday, the operator, Brimstad Terminals, said.\n\n"
        "The dockers' union, Malmfack, said it had warned of faulty brakes at least twice this year."
    )
    record = record_of(text)
    assert [q.speaker.name for q in record.quotes if q.speaker is not None] == ["Brimstad Terminals", "Malmfack"]


def test_people_still_unaccounted_for_are_missing() -> None:
    """ "12 climbers were still unaccounted for": missing, as "remain missing" is."""
    text = (
        "The avalanche struck on Saturday.\n\nThe governor said on Sunday that 12 climbers were still unaccounted for."
    )
    assert by_value(record_of(text).claims, 12).measure == "missing"


def test_a_year_after_a_figure_a_few_words_back_is_its_rate_not_a_figure() -> None:
    """ "handles about 12 million tonnes of cargo a year": "a year" is the rate of the tonnes, not a count of one."""
    text = "The port authority, which handles about 12 million tonnes of cargo a year, said it had cut its fees."
    assert [c.value for c in record_of(text).claims] == [12_000_000]


def test_figures_a_bodys_own_board_heard_are_the_bodys() -> None:
    """ "The trust has cancelled 1,140 operations since the attack, its board heard on Tuesday": the trust reports
    them to its own board. What a trial heard is someone's evidence: no source the paragraph had before."""
    text = (
        "Brenn Hospitals Trust was hit by a cyber attack on 10 March.\n\n"
        "The trust has cancelled 1,140 planned operations since the attack, its board heard on Tuesday. The trial "
        "of its former manager heard that he kept 300,000 crowns in a safe."
    )
    found = record_of(text).claims
    assert (by_value(found, 1140).source, by_value(found, 300_000).source) == ("Brenn Hospitals Trust", None)


def test_which_after_a_name_stands_for_it_when_hung_on_the_one() -> None:
    """ "higher than the one published by the Brenn Coast Guard itself, which said … that 56 bodies had been
    recovered": "which" is the coast guard, though the parser hangs it on "the one"."""
    text = (
        "The minister said on Friday that 61 people had died.\n\n"
        "The figure was higher than the one published by the Brenn Coast Guard itself, which said in its morning "
        "bulletin on Thursday that 56 bodies had been recovered."
    )
    assert by_value(record_of(text).claims, 56).source == "Brenn Coast Guard"


def test_a_name_ends_before_the_bracket_giving_its_short_name() -> None:
    # the tagger runs the name into "(TAWU": the short name in brackets is no part of the name
    record = record_of(
        "Veltor said four workers were hurt, while the Textile and Allied Workers’ Union (TAWU) said at least 11 "
        "people were unaccounted for."
    )
    assert by_value(record.claims, 11).source == "Textile and Allied Workers’ Union"
    assert not any("(" in e.canonical for e in record.entities), [e.canonical for e in record.entities]


def test_a_places_body_described_by_a_modifier_its_name_repeats_is_that_body() -> None:
    # the parser takes "labour" for an adjective: the body's name repeating it still says which body it is
    record = record_of(
        "Dorland’s labour inspectorate on Saturday proposed a fine of 2.5 million crowns against Kestrel Metals.\n\n"
        "The death toll rose to 12 on Saturday, the regional crisis unit said.\n\n"
        "In a report published on Saturday, the National Labour Inspectorate (NLI) said 14 of the 19 gas "
        "detectors had been switched off."
    )
    assert by_value(record.claims, 2_500_000).source == "National Labour Inspectorate"


def test_a_day_on_what_a_share_is_of_dates_the_share() -> None:
    # "four of the bodies recovered on Saturday": the day on the whole is the day of the share
    record = record_of(
        "Four of the bodies recovered on Wednesday were found on beaches near Kelm, regional police said."
    )
    claim = by_value(record.claims, 4)
    assert (claim.as_of, claim.as_of_basis) == ("2026-11-18", "stated")


def test_a_list_of_statements_with_the_verb_left_out_credits_each_its_own_source() -> None:
    # "… said six and the union at least 11": the participant before the figure, with no verb of its own, says it
    record = record_of(
        "On Wednesday, Berg said five people were missing, Kestrel Metals said six and the Harbour Workers Union "
        "(HWU) at least 11. The HWU said it would strike."
    )
    assert by_value(record.claims, 6).source == "Kestrel Metals"
    assert by_value(record.claims, 11).source == "Harbour Workers Union"
    record = record_of("The interior ministry put the toll at 40 on Tuesday, the Vell Rescue Service at 52.")
    assert by_value(record.claims, 52).source == "Vell Rescue Service"
    # a verb of deciding left out as well
    record = record_of(
        "The Kessa Red Cross has pledged $5 million in emergency aid and the Halden Foundation $2.5 million."
    )
    gift = by_value(record.claims, 2_500_000)
    assert (gift.source, gift.about) == ("Halden Foundation", "emergency aid")
    # a comparison is no participant
    record = record_of("The Harbour Authority put the number aboard at 354, well above the 336 on the operator's list.")
    assert "well" not in (by_value(record.claims, 336).source or "")


def test_a_day_in_an_infinitive_completing_the_figures_predicate_dates_it() -> None:
    # "were unable to return home on Wednesday": the day of the infinitive is the day the figure holds
    record = record_of(
        "On Kessa Island, about 400 of the 1,200 people evacuated during the storm were still unable to return home "
        "on Wednesday, the island directorate said."
    )
    claim = by_value(record.claims, 400)
    assert (claim.as_of, claim.as_of_basis) == ("2026-11-18", "stated")


def test_a_tally_the_parser_made_the_subject_of_its_participle_counts_what_its_state_says() -> None:
    # the small model reads "confirmed" as the main verb and "rose" as its clause
    for text in (
        "The number of people confirmed dead rose to 23 on Thursday, the coast guard said.",
        "The number of people confirmed dead in the capsizing of the ferry Marla rose to 23 on Thursday evening, the "
        "coast guard said.",
        "The number of people confirmed dead in the capsizing of the ferry Asta Marla rose to 23 on Thursday evening, "
        "the coast guard said, after navy divers recovered bodies from inside the upturned hull.",
    ):
        claim = by_value(record_of(text).claims, 23)
        assert (claim.about, claim.measure) == ("people killed", "killed"), (text, claim.about)


def test_a_ledes_description_of_a_body_is_the_one_of_its_kind_named_next() -> None:
    # "off Gullen Point" is a headland, no body; "its operator" is the body named next whose name says it operates
    record = record_of(
        "HALLEN, Oct 14 (OPA) – A passenger ferry carrying 312 passengers and 24 crew capsized in heavy seas off "
        "Gullen Point on Tuesday evening, its operator said.\n\n"
        "The MV Ardent, operated by Calder Lines, left Hallen at 19:15, the coast guard said."
    )
    assert by_value(record.claims, 312).source == "Calder Lines"
    assert {e.canonical: e.label for e in record.entities}.get("Gullen Point") == "LOC"


def test_what_an_unnamed_group_found_inside_a_statement_is_the_statements() -> None:
    record = record_of(
        "Rescue teams found two more bodies in the collapsed hall of the Kestrel Metals plant on Thursday, bringing "
        "the number of dead to nine, the Orland fire brigade said."
    )
    assert by_value(record.claims, 2).source == by_value(record.claims, 9).source == "Orland fire brigade"


def test_a_name_set_off_by_its_age_is_a_persons() -> None:
    # the tagger may take an unfamiliar full name for a body; "she" then skipped her for the governor
    text = (
        "Governor Ilse Marten said the evacuation would last two days.\n\n"
        "Mara Quill, 63, a retired teacher from Velle, said she heard “a bang like thunder, then another one” just "
        "before seven. “The windows shook. Then we saw the smoke, yellow and white,” she said."
    )
    speakers = {q.text[:18]: q.speaker.name for q in record_of(text).quotes if q.speaker}
    assert speakers["The windows shook."] == "Mara Quill", speakers


def test_a_site_an_owner_runs_is_a_place_not_a_body() -> None:
    # "the company's Varn plant": Varn is the plant, so "the company" is still the company named
    record = record_of(
        "The inspectorate proposed a fine against Dornell Chemicals on Saturday after finding that the company’s "
        "Varn plant stored three times the permitted amount of chlorine.\n\n"
        "The explosion on Tuesday destroyed the storage hall and damaged two production units at Varn, which will "
        "stay shut for at least three months, according to the company."
    )
    assert by_value(record.claims, 2).source == "Dornell Chemicals"
    assert {e.text: e.label for e in record.entities}["Varn"] == "LOC"


def test_a_bodys_name_is_as_long_as_the_acronym_after_it_spells() -> None:
    # the tagger cuts "the Merrow Emergency and Relief Office" in two; "(MERO)" spells the whole
    record = record_of(
        "The Merrow Emergency and Relief Office (MERO) said on Monday that 12,400 people had registered at 86 "
        "shelters across the country. MERO said 64 people were injured."
    )
    assert by_value(record.claims, 12_400).source == "Merrow Emergency and Relief Office"
    assert by_value(record.claims, 64).source == "Merrow Emergency and Relief Office"


def test_a_storms_given_name_is_an_event_that_states_nothing() -> None:
    record = record_of(
        "PORT AMBRY, Sept 16 (KPA) - Tropical Storm Hesta killed at least nine people and left 27 missing on the "
        "island, the country’s disaster agency said on Tuesday."
    )
    assert {e.text: e.label for e in record.entities}["Storm Hesta"] == "EVENT"
    assert by_value(record.claims, 27).source != "Storm Hesta"


def test_a_days_possessive_on_a_figure_says_when_not_whose() -> None:
    record = record_of("The national total of 34 deaths compares with Thursday's figure of 31, the agency said.")
    assert by_value(record.claims, 31).source == "agency"
    assert (
        by_value(record_of("The national total of 34 deaths compares with Thursday's figure of 31.").claims, 31).source
        is None
    )


def test_a_description_of_a_level_of_governments_body_is_no_business() -> None:
    record = record_of(
        "The inspectorate proposed a fine against Dornell Chemicals on Saturday after finding that the company’s "
        "Varn plant stored three times the permitted amount of chlorine.\n\n"
        "The death toll rose to 12 on Saturday after rescuers recovered the body of a maintenance worker, the "
        "regional crisis unit said."
    )
    assert by_value(record.claims, 12).source == "regional crisis unit"


def test_a_tables_cells_count_what_their_column_names_where_their_row_says() -> None:
    # the paragraph above the table says whose figures they are and of which day
    record = record_of(
        "Five days after the river burst its banks, the Kelm Flood Authority has published its first breakdown of "
        "the damage by district. The figures below are the authority's, as of noon on Wednesday.\n\n"
        "District | Dead | Missing | Homes flooded\n\n"
        "Ardal | 6 | 2 | 1,240\n\n"
        "Bressow | 3 | 0 | 860\n\n"
        "Total | 9 | 2 | 2,100\n\n"
        "The toll of nine compares with seven on Tuesday."
    )
    cell = by_value(record.claims, 1_240)
    assert (cell.about, cell.measure, cell.place) == ("homes flooded in Ardal", "flooded", "Ardal")
    assert (cell.source, cell.as_of, cell.as_of_basis) == ("Kelm Flood Authority", "2026-11-18", "stated")
    total = by_value(record.claims, 2_100)
    assert (total.about, total.place) == ("homes flooded", None)
    assert by_value(record.claims, 6).about == "people killed in Ardal"
    assert not [c for c in record.claims if c.text == "12"]  # "noon" is no figure
    # rows written between outer bars, with no spaces
    record = record_of(
        "The Kelm Flood Authority has published its first breakdown of the damage by district.\n\n"
        "|District|Dead|Homes flooded|\n\n|Ardal|6|1,240|\n\n|Bressow|3|860|"
    )
    assert (by_value(record.claims, 860).about, by_value(record.claims, 3).about) == (
        "homes flooded in Bressow",
        "people killed in Bressow",
    )


def test_a_figure_a_body_calls_its_own_is_that_bodys() -> None:
    record = record_of(
        "Police put the crowd at 18,000. The Harbour Alliance, which called the rally, stood by its own figure of more "
        "than 60,000 participants."
    )
    assert by_value(record.claims, 60_000).source == "Harbour Alliance"
    # inside reported words the figure is the reporter's statement
    record = record_of(
        "Kessa Labour chief Ivo Dren said the party would deliver a record performance, potentially surpassing its "
        "2005 tally of 67 out of 90 seats."
    )
    assert by_value(record.claims, 67).source == "Ivo Dren"


def test_a_places_body_described_by_its_field_is_no_other_body_of_that_place() -> None:
    text = (
        "The Pellar Civil Protection Directorate said four fishermen were missing. Pellar’s interior ministry said "
        "3,100 homes in Dunmere had lost power at the peak of the storm."
    )
    assert by_value(record_of(text).claims, 3_100).source != "Pellar Civil Protection Directorate"
    text = text.replace("Civil Protection Directorate", "Interior Ministry")
    assert by_value(record_of(text).claims, 3_100).source == "Pellar Interior Ministry"


def test_a_day_a_count_runs_from_is_not_its_day() -> None:
    # "since Saturday" is where the count starts; "as of Monday" is its time
    record = record_of(
        "The Lantern Rights Group said its count of people detained since Saturday stood at 271 as of Wednesday "
        "afternoon, up from 263 on Tuesday evening."
    )
    assert by_value(record.claims, 271).as_of == "2026-11-18"
    record = record_of("The centre's latest count, published on Thursday, puts detentions since November 12 at 437.")
    assert by_value(record.claims, 437).as_of == "2026-11-19"


def test_a_tally_that_names_what_it_counts_continues_no_figure_before_it() -> None:
    record = record_of(
        "The week's fines already total 186,000 dalers, Orlova said on Thursday.\n\n"
        "The LRG's latest count, published on Thursday, puts detentions since March 15 at 437."
    )
    assert by_value(record.claims, 437).about == "detentions"


def test_a_figure_a_source_repeats_is_not_of_the_day_it_is_repeated() -> None:
    # first given on another day, which the sentence does not say: no day, so the ledger can join it to that one
    record = record_of(
        "In a statement issued early on Wednesday, the city police said 11 officers had been injured, and repeated "
        "its estimate that about 8,000 people attended the rally."
    )
    assert by_value(record.claims, 11).as_of == "2026-11-18"
    assert by_value(record.claims, 8_000).as_of is None
    record = record_of(
        "The Harbour Alliance, which called the rally, stood by its own figure of more than 60,000 people."
    )
    assert by_value(record.claims, 60_000).as_of is None


def test_a_body_described_in_an_aside_attribution_is_the_one_its_shorter_description_means() -> None:
    # the aside introduces the district's office; "the flood office" later is that body, and a body of a level of
    # government is never "the company"
    record = record_of(
        "Crews pumped water from 40 streets on Monday, the Sorrel district flood office said, as the company "
        "promised 2,000 sandbags.\n\n"
        "Of the 40 streets, 12 were still closed, the flood office said on Tuesday.\n\n"
        "Merrow Plastics said on Tuesday that it had lost 9 days of work."
    )
    assert by_value(record.claims, 12).source == "Sorrel district flood office"
    assert by_value(record.claims, 2_000).source == "Merrow Plastics"


def test_a_ledes_business_description_is_the_first_body_named_after_whose_name_says_it_is_a_business() -> None:
    record = record_of(
        "Two workers were hurt at a plant in Varn, police said, as the company pledged 5,000 dalers to each of "
        "them.\n\nThe Kessa Transport Office closed the road. Merrow Plastics said on Tuesday that the line "
        "would stay shut."
    )
    assert by_value(record.claims, 5_000).source == "Merrow Plastics"


def test_a_relative_clause_about_what_a_source_will_do_to_a_figure_does_not_give_it() -> None:
    record = record_of(
        "Merrow Plastics rejects the audit. The Kessa Labour Inspectorate wants a penalty of 3.2 million dalers, "
        "which Merrow Plastics says it will appeal."
    )
    assert by_value(record.claims, 3_200_000).source == "Kessa Labour Inspectorate"


def test_a_relative_clause_about_what_a_source_says_it_did_to_what_is_counted_gives_the_count() -> None:
    record = record_of(
        "The Kessa Emergency Office ran the camps. Buses carried the 3,600 residents the office said on Friday it "
        "had moved out of the valley."
    )
    assert by_value(record.claims, 3_600).source == "Kessa Emergency Office"


def test_an_inspectorate_is_a_public_body_never_the_business_the_article_is_about() -> None:
    record = record_of(
        "Orvane's compensation plan was announced a week after the labour inspectorate proposed a penalty of 2.1 "
        "million dalers."
    )
    assert by_value(record.claims, 2_100_000).source == "labour inspectorate"


def test_what_a_bodys_total_is_said_to_be_is_that_bodys_figure() -> None:
    record = record_of(
        "Marches went on in Varn. The Pellar Interior Ministry's total, released on Tuesday, is 512 arrests."
    )
    assert by_value(record.claims, 512).source == "Pellar Interior Ministry"


def test_a_figure_a_bodys_document_holds_is_that_bodys() -> None:
    record = record_of(
        "The Calder Lines ferry sank off Gullen Point on Tuesday.\n\n"
        "The Kessa Maritime Authority now believes 241 people were on board, far more than the 228 in the "
        "operator's passenger manifest."
    )
    assert by_value(record.claims, 241).source == "Kessa Maritime Authority"
    assert by_value(record.claims, 228).source == "Calder Lines"


def test_a_business_described_before_any_is_named_is_the_one_of_its_kind_named_later() -> None:
    record = record_of(
        "The Kessa Coast Guard said on Thursday that 19 people had died, a count it based on the operator's "
        "manifest of 228.\n\n"
        "Halvard Marine Insurance, which insures the vessel, sent assessors to Gullen Point.\n\n"
        "Calder Lines did not reply to questions on Thursday."
    )
    assert by_value(record.claims, 228).source == "Calder Lines"


def test_a_bodys_name_the_tagger_cut_at_and_is_one_name_from_the_the_before_it() -> None:
    # the tagger reads the opening as a site, or as nothing
    for name in ("Kessa Emergency and Disaster Office", "Varn Emergency and Disaster Office"):
        record = record_of(
            f"Floods have now killed 17 people, the {name} said on Friday morning, and 30 people are still missing."
        )
        assert by_value(record.claims, 17).source == name
    record = record_of("Officials at the CDC and World Health Agency said 40 cases were found on Monday.")
    assert by_value(record.claims, 40).source == "World Health Agency"


def test_what_a_group_of_a_common_kind_told_inside_a_statement_is_that_statements() -> None:
    record = record_of(
        "The Harbour Alliance disputes the toll. Its chair, Ilse Varn, said dock workers had told the alliance "
        "that up to 260 passengers were on the vessel."
    )
    assert by_value(record.claims, 260).source == "Ilse Varn"


def test_the_union_is_never_a_business_whose_name_says_no_kind() -> None:
    record = record_of(
        "A fire gutted Orvane's depot in Kessa on Monday. By Friday the union counted 9 dead and the fire service 8."
    )
    assert by_value(record.claims, 9).source == "union"


def test_a_number_a_verb_of_saying_takes_bare_counts_what_the_figure_before_it_counted() -> None:
    record = record_of(
        "A fire gutted Orvane's depot in Kessa on Monday. On Tuesday, Pell said three workers were unaccounted "
        "for, Orvane said four and the union at least 9."
    )
    assert by_value(record.claims, 4).about == "workers"
    assert by_value(record.claims, 9).about == "workers"
    assert by_value(record.claims, 9).source == "union"


def test_a_box_of_figures_under_a_heading_naming_a_bodys_figures_is_that_bodys() -> None:
    record = record_of(
        "The Kessa Transport Authority raised its count of crashes to 40 on Friday.\n\n"
        "Kessa Transport Authority figures by region, as of Friday:\n"
        "Varn region: 21 crashes, 7 injured\n"
        "Pellar region: 12 crashes, 4 injured\n\n"
        "Orvane said in a statement it would study the findings."
    )
    assert by_value(record.claims, 21).source == "Kessa Transport Authority"
    assert by_value(record.claims, 4).source == "Kessa Transport Authority"


def test_a_list_of_changes_one_verb_makes_is_one_statement() -> None:
    record = record_of(
        "The Kessa Transport Authority on Friday lifted its tally of collisions to 41, of people hurt to 16 and "
        "of deaths to 2, and said it had received 900 complaints."
    )
    assert by_value(record.claims, 16).source == "Kessa Transport Authority"


def test_a_relative_clause_without_a_relative_word_read_as_an_apposition_still_gives_the_figure() -> None:
    record = record_of(
        "Pell said the repairs would now cost about 610 million dalers, more than double the 220 million dalers the "
        "company estimated on Monday."
    )
    assert by_value(record.claims, 220_000_000).source == "company"


def test_a_regional_body_described_is_no_ministry_of_the_nation() -> None:
    record = record_of(
        "The Ministry of Health said on Monday that 1,130 cases had been confirmed across the country.\n\n"
        "Clinics opened on Wednesday. The regional health authority said 8,700 residents had been vaccinated."
    )
    assert by_value(record.claims, 8_700).source == "regional health authority"


def test_a_share_a_body_gave_or_owns_is_that_bodys() -> None:
    record = record_of(
        "The Kessa Nurses' Union says 93 percent of hospital beds in Varn are taken, far above the 76 percent "
        "given by the health ministry on Tuesday."
    )
    assert by_value(record.claims, 76).source == "Ministry of Health"
    record = record_of(
        "On Tuesday the Kessa Nurses' Union put bed occupancy in Varn at 93 percent, against the Pellar Health "
        "Agency's 84 percent."
    )
    assert by_value(record.claims, 84).source == "Pellar Health Agency"


def test_the_day_of_a_clause_on_a_noun_of_what_is_said_is_not_the_statements() -> None:
    record = record_of(
        "Pell said the repairs would now cost about 610 million dalers, nearly triple the 220 million dalers the "
        "company estimated on Monday."
    )
    assert by_value(record.claims, 610_000_000).as_of == "2026-11-20"
    assert by_value(record.claims, 220_000_000).as_of == "2026-11-16"


def test_a_name_the_article_calls_a_kind_of_body_is_that_body_wherever_written() -> None:
    text = (
        "Kessa's flag carrier Orvel said it had grounded 164 flights on Tuesday as its cabin crews stopped work.\n\n"
        "The airline said it was operating roughly 47 percent of its timetable.\n\n"
        "The Kessan Airline Cabin Crew Union, which organised the stoppage, is seeking an 11 percent rise. Orvel has "
        "proposed 4 percent."
    )
    doc = _tagged_in_turn(text, "Orvel", ["PERSON", "GPE"])
    assert speaker_in(doc, "47 percent") == "Orvel"


def test_a_description_is_no_body_whose_name_is_headed_by_another_kind() -> None:
    # "the airline" is not the Airline Cabin Crew Union, the one body the article names
    text = (
        "The airline said on Tuesday it had grounded 27 flights and was operating two-thirds of its timetable.\n\n"
        "The Kessan Airline Cabin Crew Union called the stoppage after talks on pay broke down."
    )
    assert speaker_in(load_nlp()(text), "grounded 27 flights") != "Kessan Airline Cabin Crew Union"


def test_a_name_whose_shares_are_spoken_of_is_a_business() -> None:
    text = (
        "Shares in Orvel slid 6 percent on Tuesday as the stoppage by its cabin crews went into a third day.\n\n"
        "The airline said it had grounded 290 flights since the stoppage started.\n\n"
        "Halvard Research reckoned that each day of the stoppage cost 7 million dalers."
    )
    doc = _tagged_in_turn(text, "Orvel", ["PERSON"])
    assert speaker_in(doc, "grounded 290 flights") == "Orvel"


def test_a_box_of_labelled_figures_is_the_sources_its_source_line_names() -> None:
    # below the box, or under its heading; a line's own bracket still credits that line
    below = (
        "The Kessa Port Authority said on Friday that its inspectors had found 38 faults on ferries this year.\n\n"
        "Faults found on ferries this year, by kind\n\n"
        "Lifejackets ........ 6\n\n"
        "Fire doors: 11\n\n"
        "Radios: 21 (Calder Lines)\n\n"
        "Source: Kessa Port Authority, Friday"
    )
    got = {c.value: (c.source, c.as_of, c.about) for c in record_of(below).claims}
    assert got[6] == ("Kessa Port Authority", "2026-11-20", "Lifejackets")
    assert got[11][0] == "Kessa Port Authority" and got[21][0] == "Calder Lines"
    under = (
        "Calder Lines said it would contest two of the findings.\n\n"
        "THE FLEET AT A GLANCE\n\n"
        "Source: Calder Lines annual report 2025\n\n"
        "Passengers carried, 2025: 2.4 million\n\n"
        "Vessels in service: 14\n\n"
        "Kessa Times research"
    )
    got = {c.value: c.source for c in record_of(under).claims}
    assert got[2_400_000] == got[14] == "Calder Lines"


def test_a_table_aligned_in_columns_under_a_bodys_heading_is_that_bodys() -> None:
    text = (
        "The water began to fall on Friday for the first time since Sunday night.\n\n"
        "Kessa Relief Office figures, noon Friday\n\n"
        "Dead   Missing   Homes flooded\n\n"
        "Ardal           6         2           1,240\n\n"
        "Bressow         3         0             860"
    )
    got = {c.value: (c.source, c.about) for c in record_of(text).claims}
    assert got[1240] == ("Kessa Relief Office", "homes flooded in Ardal")
    assert got[3] == ("Kessa Relief Office", "people killed in Bressow")


def test_a_site_named_with_its_owner_is_no_facility_speaking() -> None:
    # a name ending on a word only a business's name ends on is the business, whatever the tagger made of it
    text = (
        "Divers reached the last crew members at Varn Metals' Pell coal depot on Monday.\n\n"
        "The company said 9 workers had been stranded by the flooding."
    )
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == "Varn")
    doc.ents = [e for e in doc.ents if not e.start <= at + 1 < e.end and not e.start <= at < e.end] + [
        Span(doc, at, at + 2, label="FAC")
    ]
    assert speaker_in(doc, "9 workers had been stranded") == "Varn Metals"


def test_a_persons_name_run_on_from_a_title_is_the_person() -> None:
    text = (
        "Velle District Magistrate Tomasz Orvel said on Monday that officers had questioned five engineers.\n\n"
        '"We will follow the evidence wherever it leads," Orvel said.'
    )
    assert speaker_of(text, "questioned five engineers") == "Tomasz Orvel"
    assert speaker_of(text, "follow the evidence") == "Tomasz Orvel"


def test_a_dateline_opening_a_later_paragraph_names_a_place() -> None:
    # under a standfirst the extraction kept, "KESSA, Oct 15 (Agency) –" still names a place, never a body
    text = (
        "Inspectors in Orvane will examine the engine-room fire on the ferry.\n\n"
        "ORVANE, Mar 3 (Pell News) – Investigators opened an inquiry on Tuesday into the fire on a ferry run by "
        "Calder Metals.\n\n"
        "The company has said 7 crew members were treated for smoke."
    )
    assert speaker_of(text, "7 crew members were treated") == "Calder Metals"


def test_a_possessive_in_a_phrase_opening_its_sentence_points_ahead_to_the_subject() -> None:
    text = (
        "The sinking of Calder Lines' ferry has put a spotlight on the board meant to prevent such losses.\n\n"
        "According to its latest yearly review, the Kessa Maritime Safety Board employs 23 surveyors to cover 310 "
        "vessels."
    )
    assert by_value(record_of(text).claims, 23).source == "Kessa Maritime Safety Board"


def test_a_branch_a_body_owns_by_name_speaks_for_the_body() -> None:
    text = (
        "Storms hit Pell on Sunday.\n\n"
        "The Harbour Alliance’s Orvane chapter said it had found beds for 640 people in six church halls."
    )
    assert by_value(record_of(text).claims, 640).source == "Harbour Alliance"


def test_adding_speaks_for_the_subject_of_a_verb_the_parser_took_for_an_adjective() -> None:
    text = (
        "The Harbour Alliance said 9,300 food parcels had gone out. Marta Kell, its chairwoman, thanked donors, "
        "adding that public gifts had reached 1.7 million dalers."
    )
    assert by_value(record_of(text).claims, 1_700_000).source == "Marta Kell"


def test_a_one_word_name_opening_a_sites_name_is_the_place_it_is_named_after() -> None:
    text = (
        "Relatives in Orvane waited outside the gates overnight.\n\n"
        "Calder Metals said 37 workers were below ground when a shaft at the Orvane East pit flooded."
        "\n\nThe company said it would pay each family 25,000 dalers."
    )
    doc = load_nlp()(text)
    at = [t.i for t in doc if t.text == "Orvane"]
    east = at[1]
    doc.ents = [e for e in doc.ents if not any(e.start <= k < e.end for k in at)] + [
        Span(doc, at[0], at[0] + 1, label="ORG"),
        Span(doc, east, east + 2, label="FAC"),
    ]
    labels = {e.text: e.label for e in extract_entities(doc)}
    assert labels["Orvane"] == "GPE"


def test_a_things_own_record_speaks_for_no_body_heard_from() -> None:
    # "the ferry's boarding register showed …" inside a spokeswoman's statement is hers, not the body named last
    text = (
        "The Kessa Dockers' Union is furious.\n\n"
        "Ilse Varn, a spokeswoman for the Kessa Port Authority, said on Friday that the ferry's boarding register "
        "showed 318 passengers had checked in for the late crossing."
    )
    assert by_value(record_of(text).claims, 318).source == "Ilse Varn"


def test_one_person_of_any_kind_killed_is_a_count() -> None:
    # "one" before a noun for a kind of person that a verb of a measure has as its subject; not before a name
    found = record_of("One deckhand was killed and 4 were hurt when the gangway gave way, Calder Lines said.").claims
    assert by_value(found, 1).source == "Calder Lines" and by_value(found, 1).measure == "killed"
    assert not [c for c in record_of("During questioning, one Ilse Varn was arrested in Pell.").claims if c.value == 1]


def test_a_figure_with_its_own_as_clause_of_saying_is_that_sources() -> None:
    # "not 40 as the company claims" beside the dockers' tally: the company's figure, not the tally's owner's
    text = (
        "Calder Lines said 40 sailings were cancelled. Ilse Varn, who speaks for the dockers, disputed that. "
        "She said 55 sailings had been lost by the dockers' tally, not 40 as the company claims."
    )
    forties = [c for c in record_of(text).claims if c.value == 40]
    assert [c.source for c in forties] == ["Calder Lines", "Calder Lines"]


def test_a_site_named_between_its_owner_and_what_it_yields_is_a_place() -> None:
    doc = load_nlp()("Firefighters reached the crew at Calder Energy's Orvane East gas plant on Friday.")
    assert "Orvane East" in _sites_named(doc)


def test_a_name_the_article_gives_a_thing_is_no_participant() -> None:
    # "the signalling system, known as Pellar": a thing's name, never a source "it" could stand for
    text = (
        "Kessa Rail said on Monday that its signalling system, known as Pellar, crashed before dawn. In all, the "
        "railway has cancelled 610 trains since Saturday, affecting some 70,000 travellers, it said."
    )
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == "Pellar")
    doc.ents = [e for e in doc.ents if not e.start <= at < e.end] + [Span(doc, at, at + 1, label="ORG")]
    assert "Pellar" not in {e.text for e in extract_entities(doc)}
    # a group or a body known by a name is named by it
    group = load_nlp()("A group known as Grey Harbour claimed the attack on Tuesday.")
    assert "Grey Harbour" in {e.text for e in extract_entities(group)}


def test_a_name_a_who_clause_follows_is_a_persons() -> None:
    # a name the tagger took for a body or a place, set off by ", who …", is a person's: a body is "which"
    text = (
        "Interior Minister Ilse Varn said on Monday that 12 ferries had been withdrawn.\n\n"
        "Marit Sorrelby, who runs the Harbour Alliance's desk in Orvane, said about 3,000 travellers were stranded. "
        "That could climb to 5,000 by the weekend, she warned."
    )
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == "Marit")
    doc.ents = [e for e in doc.ents if not (e.start <= at + 1 and at < e.end)] + [Span(doc, at, at + 2, label="ORG")]
    assert speaker_in(doc, "could climb to 5,000") == "Marit Sorrelby"


def test_a_description_of_a_business_is_no_news_outlet_the_article_names() -> None:
    # "the airline" is no "Gullen Coast News" a source spoke to: an outlet's name is headed by another kind
    text = (
        "A duty officer at the airport told Gullen Coast News that 14 of the 26 morning departures had been "
        "scrapped.\n\n"
        "The Kessa Civil Aviation Office said it would review the disruption. The Kessa Airports Authority said the "
        "terminals were crowded but calm.\n\n"
        "The airline said it had cancelled 530 flights since Friday."
    )
    assert by_value(record_of(text).claims, 530).source != "Gullen Coast News"


def test_a_name_before_a_title_only_a_business_holds_is_that_business() -> None:
    # "Merrowport chief executive Tomas Varn": the name before "chief executive" employs him, so "the company" is it
    text = (
        "Flour ran short at Merrowport on Monday, the bakery chain said.\n\n"
        "Merrowport chief executive Tomas Varn said on Tuesday that 30 shops were closed. The company said on "
        "Wednesday that 12 percent of its ovens were idle."
    )
    assert by_value(record_of(text).claims, 12).source == "Merrowport"


def test_a_relative_clause_after_an_apposition_is_about_the_name_it_describes() -> None:
    # ", which put …" hangs on the place inside "a survey group in Gullen Point"; it says what the group did
    text = (
        "The count came from Orvane Crop Watch, a survey group in Gullen Point, which put the flooded fields at about "
        "4,200."
    )
    assert by_value(record_of(text).claims, 4_200).source == "Orvane Crop Watch"


def test_the_report_a_body_spoke_in_speaks_for_it_after_a_misread_subject() -> None:
    # the parser makes the reported clause's "valve" the subject of "said"; the board, after the comma, said it, and
    # "the report" two sentences on is still the board's
    text = (
        "A cracked valve that the night shift had left open caused the flood in the lower tunnels at Pellar, the "
        "Kessa Mines Board said in an interim report on Monday.\n\n"
        "The report found that 12 pumps had failed. Divers are still searching the shafts.\n\n"
        "The water rose by 3 metres an hour, the report said."
    )
    claims_ = record_of(text).claims
    assert by_value(claims_, 12).source == "Kessa Mines Board"
    assert by_value(claims_, 3).source == "Kessa Mines Board"


def test_people_named_by_a_word_of_a_bodys_name_are_its_staff() -> None:
    # "the investigators" of the one body whose name holds "Investigation" speak for it
    text = (
        "The Kessa Mines Investigation Board opened an inquiry into the flood at Pellar on Monday.\n\n"
        "About 30 miners were underground at the time, the investigators believe."
    )
    assert by_value(record_of(text).claims, 30).source == "Kessa Mines Investigation Board"


def test_a_description_with_a_field_after_a_body_named_in_full_is_another_body() -> None:
    # the Roads Office, named in full as the last subject, is no "flood service": a new epithet continues only a
    # body the article has just called "it"
    text = (
        "Two bridges in Orvane were shut on Monday.\n\n"
        "The Kessa Roads Office said on Monday that 14 bridges were closed across the region.\n\n"
        "The flood service said on Monday that 300 homes had been evacuated."
    )
    assert by_value(record_of(text).claims, 300).source != "Kessa Roads Office"


def test_an_acronym_before_the_kind_it_spells_is_that_bodys_name() -> None:
    # "KNA" ends on the initials of "news agency": the agency itself, not a branch of a body called KNA
    text = (
        "Rescue teams reached the last villages on Tuesday.\n\n"
        "The toll in the south crossed 400, according to the official KNA news agency."
    )
    assert by_value(record_of(text).claims, 400).source == "KNA"


def test_a_plural_name_after_the_is_a_group_wherever_written() -> None:
    # the tagger read "the Grey Wardens" as a site; written once as a plural proper noun after "the", it is a group
    # at every mention, so "they" can stand for it
    text = (
        "The rescue group began work in the valley on Monday. Mara Sorrel leads the Grey Wardens.\n\n"
        "Pellar Radio spoke to the Grey Wardens on Thursday."
    )
    doc = load_nlp()(text)
    at = [t.i for t in doc if t.text == "Grey"]
    doc.ents = [e for e in doc.ents if not any(e.start <= k + 1 < e.end for k in at)] + [
        Span(doc, k - 1, k + 2, label="FAC") for k in at
    ]
    doc[at[0] + 1].tag_ = "NNPS"
    doc[at[1] + 1].tag_ = "NNP"
    labels = {e.label for e in extract_entities(doc) if "Wardens" in e.text}
    assert labels == {"ORG"}


def test_an_acronym_spells_the_initials_of_its_own_kind_not_an_owners() -> None:
    assert spells_its_kind("KNA", "news agency")
    assert spells_its_kind("KRSB", "board")
    assert spells_its_kind("AOFR", "refugee agency")  # an "Agency of the Orvane Fund for Refugees": words reordered
    assert not spells_its_kind("UN", "refugee agency")
    assert not spells_its_kind("NA", "news agency")  # the kind alone is no name
    assert not spells_its_kind("OBC", "board")  # one initial only counts at the end


def test_an_acronym_before_its_own_kind_is_the_speaker_with_the_kind_its_title() -> None:
    text = "Storms flooded the Orvane valley. The AOFR refugee agency said it had registered 3,900 new arrivals."
    (claim,) = claims(text)
    assert claim.source == "AOFR"


def test_a_figure_a_source_first_reported_is_of_an_earlier_day() -> None:
    # "initially estimated by" tells a statement made before the article's day; "said earlier in the day" is that day's
    text = (
        "The port authority said on Thursday that at least 900 tonnes of grain had spilled, far more than the 300 "
        "tonnes initially estimated by Calder Lines.\n\n"
        "About 400 people had left their homes, the mayor of Orvane said earlier in the day."
    )
    claims_ = record_of(text).claims
    assert by_value(claims_, 300).as_of is None
    assert by_value(claims_, 400).as_of == "2026-11-20"


def test_an_earlier_value_takes_only_a_day_its_own_phrase_gives() -> None:
    # "down from 21,000 at the height of the storm" was true before Thursday, the day of the statement; "from 900
    # acres on Sunday morning" says its own day
    text = (
        "Orvel Power said on Thursday that 6,000 homes were still without electricity, down from 21,000 at the height "
        "of the storm.\n\n"
        "The fire service said on Monday the blaze had spread from 900 acres on Sunday morning to 2,500."
    )
    claims_ = record_of(text).claims
    assert by_value(claims_, 6_000).as_of == "2026-11-19"
    assert by_value(claims_, 21_000).as_of is None
    assert by_value(claims_, 900).as_of == "2026-11-15"


def test_a_title_written_in_capitals_is_a_persons_role_not_a_bodys_acronym() -> None:
    # "The CEO said" is the chief executive who spoke just before, not a body called "CEO"
    text = (
        "Orvel Power will close two of its plants, its chief executive said on Wednesday.\n\n"
        '"We cannot run them at a loss," Tomas Varn told reporters in Gullen Point.\n\n'
        "The CEO said 300 jobs would go."
    )
    assert by_value(record_of(text).claims, 300).source == "Tomas Varn"


def test_a_day_on_the_cue_inside_the_content_it_splits_is_the_statements() -> None:
    # "…, the office said on Tuesday, as floodwater closed 14 more roads": the day is the saying's, and the figure
    # of the content after it is of that day
    text = (
        "A lorry overturned on the coast road near Orvane, the Kessa Roads Office said on Tuesday, as floodwater "
        "closed 14 more roads."
    )
    assert by_value(record_of(text).claims, 14).as_of == "2026-11-17"


def test_a_claim_a_noun_of_what_is_said_gives_its_owner_is_the_owners() -> None:
    # "rejected the claim by the union that the company had cut 40 percent …": the union's figure, not the company's,
    # whose cut the clause tells, nor the one who rejects it
    text = "Calder Lines rejected the claim by the Kessa Dockers Union that it had cut 40 percent of its crane drivers."
    assert by_value(record_of(text).claims, 40).source == "Kessa Dockers Union"


def test_a_union_described_by_a_field_is_no_business_holding_that_field() -> None:
    # "the rail union" is no rail operator the article named before, though the operator's description holds "rail"
    text = (
        "Calder Freight, the national rail operator, said on Monday that its trains would run again on Friday.\n\n"
        "In an interview on Thursday, Mara Sorrel rejected the rail union's claim that Calder Freight had cut 40 "
        "percent of its track staff."
    )
    assert by_value(record_of(text).claims, 40).source != "Calder Freight"


def test_a_bare_description_repeats_the_described_body_with_its_noun() -> None:
    # "the service" after "the lifeboat service" is that service, not another office named before it in full
    text = (
        "The Orvane Tide Office said on Monday that the river had risen 40 centimetres overnight.\n\n"
        "The lifeboat service said on Monday it had pulled 11 people from the water. By evening, 5 volunteers had "
        "been hurt, the service said."
    )
    assert by_value(record_of(text).claims, 5).source == "lifeboat service"


def test_the_agent_of_a_deed_done_to_what_is_counted_is_no_source() -> None:
    # "six sent by the city of Merrowport": the city sent them; Sorrel gives the figure
    text = "Mara Sorrel said 22 buses were carrying commuters, including six sent by the city of Merrowport."
    assert by_value(record_of(text).claims, 6).source == "Mara Sorrel"


def test_a_state_organ_or_a_body_of_a_level_of_government_is_no_body_of_no_nation() -> None:
    # "the farming ministry", "the provincial farming office" before any name: never the world body named next
    for description in ("The farming ministry", "The provincial farming office"):
        text = (
            f"{description} said on Friday that 75 wells had been tested.\n\n"
            "The Global Farming Agency (GFA), which lent two laboratories, said each laboratory could test 30 "
            "samples a day."
        )
        assert by_value(record_of(text).claims, 75).source != "Global Farming Agency", description


def test_a_ministry_no_body_named_fits_is_the_one_the_minister_named_heads() -> None:
    # "Transport Minister Mara Sorrel … according to ministry figures": her ministry, named for her portfolio
    text = (
        "Transport Minister Mara Sorrel opened a bridge in Orvane on Monday.\n\n"
        "According to ministry figures, 4,300 lorries crossed it in its first week. The ministry said 12 more "
        "bridges would be inspected."
    )
    found = record_of(text).claims
    assert by_value(found, 4300).source == "Ministry of Transport"
    assert by_value(found, 12).source == "Ministry of Transport"
    # a portfolio written as an adjective names its body before the kind
    text = "Foreign Minister Tomas Varn met the envoys on Friday. The ministry said 12 diplomats had left."
    assert by_value(record_of(text).claims, 12).source == "Foreign Ministry"


def test_a_sentence_by_someones_count_is_their_statement() -> None:
    # "By his count, 57 cattle had died": whose count, tally or estimate the sentence goes by
    text = (
        "Tomas Varn, the district's chief vet, keeps his own record of the outbreak.\n\n"
        "By his count, 57 cattle had died by Sunday. By the union's estimate, 120 boats stayed in port. By the "
        "guild's estimate, 45 more did."
    )
    found = record_of(text).claims
    assert by_value(found, 57).source == "Tomas Varn"
    assert by_value(found, 120).source == "union"
    assert by_value(found, 45).source == "guild"  # a guild is a body, as a union is


def test_what_a_participant_could_record_is_a_projection_of_who_says_so() -> None:
    # "Orvane could record 900 wildfires": Orvane states nothing; the one who says it may happen does
    for text in (
        "If the drought holds, Varn said, Orvane could record 900 wildfires by August.",
        "The Kessa central bank could lift its rate to 6 percent in July, economists said.",
    ):
        found = record_of(text).claims
        assert {c.source for c in found} <= {"Varn", "economists"}, text


def test_a_figure_the_speakers_own_people_told_is_the_speakers() -> None:
    # "Our crews tell us …" inside a quote, "her crews had told her …" inside a report: the speaker's own people
    for text in (
        '"Our crews tell us at least 19 depots are closed," said Mara Sorrel, the guild\'s general secretary.',
        "Mara Sorrel said her crews had told her 19 depots were closed.",
    ):
        assert by_value(record_of(text).claims, 19).source == "Mara Sorrel", text


def test_a_bodys_name_never_ends_on_a_link_word() -> None:
    # a name the tagger ended on "and" runs on through the capitalised words after it
    doc = load_nlp()("The Merrow Board for Trade and Tourism has received 212 complaints about the fair.")
    doc.ents = [Span(doc, 0, 6, label="ORG"), Span(doc, 6, 7, label="PERSON")]
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("The Merrow Board for Trade and Tourism", "ORG")]


def test_a_commission_is_no_body_whose_name_says_no_kind() -> None:
    # "the electoral commission" in an article whose one "body" is a town the tagger took for one
    text = (
        "Eight days after Harnvik went to the polls, Governor Tomas Varn has won again. Harnvik's tally was tight.\n\n"
        "The electoral commission said on Tuesday that Varn won 18,204 votes."
    )
    assert by_value(record_of(text).claims, 18204).source == "electoral commission"


def test_figures_a_bodys_noun_modifies_are_that_bodys() -> None:
    # "according to police figures" with no police force named: the police, described, not "police figures"
    for text in (
        "Some 31 people were hurt in the clashes, according to police figures.",
        "Police figures put the number hurt at 31.",
    ):
        assert by_value(record_of(text).claims, 31).source == "police", text


def test_the_pronoun_of_a_cue_after_its_report_means_no_one_named_in_it() -> None:
    # "Attendance reached …, she said": the tagger's one-word "person" opening the report is not "she"
    text = (
        "Mara Sorrel, the chair of the Kessa Arts Board, said the festival sold 9,400 tickets. Attendance reached "
        '70 percent, she said, "the best in years."'
    )
    assert by_value(record_of(text).claims, 70).source == "Mara Sorrel"


def test_findings_in_general_that_confirm_a_figure_are_no_source() -> None:
    # "19 confirmed by blood tests": how the figure is known; the board that says so states it
    text = (
        "Infections in the herd have reached 88, the Kessa farm board said on Monday, with 19 confirmed by blood tests."
    )
    assert by_value(record_of(text).claims, 19).source == "Kessa farm board"


def test_a_relative_clause_on_the_source_that_reports_keeps_its_day() -> None:
    # "Orvane Water, which had said on Monday that 30 …, said on Wednesday that …": each statement its own day
    text = (
        "Orvane Water, which had said on Monday that 30 homes lacked water, said on Wednesday that the number was 45."
    )
    found = record_of(text).claims
    assert by_value(found, 30).as_of == "2026-11-16"
    assert by_value(found, 45).as_of == "2026-11-18"


def test_a_day_still_to_come_is_no_day_a_source_goes_on_stating() -> None:
    # "would arrive on Sunday" dates that figure only; his next figures are of the day he spoke (Thursday)
    text = (
        "Farm Minister Tomas Varn said on Thursday that four depots were now open in Orvane and that the first 9,000 "
        "tonnes of feed would arrive on Sunday.\n\n"
        "At the same briefing, Varn gave the latest figures: 640 farms affected and 52 herds culled since the "
        "outbreak began."
    )
    found = record_of(text).claims
    assert by_value(found, 640).as_of == "2026-11-19"
    assert by_value(found, 52).as_of == "2026-11-19"


def test_a_day_right_after_a_changes_earlier_value_is_that_values() -> None:
    # "shrunk to about 350 from a high of 910 on Tuesday": Tuesday is the high's day, not the list's now
    text = "The waiting list had shrunk to about 350 from a high of 910 on Tuesday, the Orvane clinic said."
    found = record_of(text).claims
    assert by_value(found, 910).as_of == "2026-11-17"
    assert by_value(found, 350).as_of == "2026-11-20"


def test_a_name_the_tagger_typed_a_body_is_a_persons_when_its_given_name_says_so() -> None:
    # given names of many languages: "Jerzy Orvel", "Lidia Merrow" typed as bodies are people
    for name in ("Lidia Merrow", "Jerzy Orvel", "Ngozi Varn"):
        doc = load_nlp()(f"{name} opened the new library in Merrowport on Monday.")
        doc.ents = [Span(doc, 0, 2, label="ORG")]
        assert [(e.text, e.label) for e in extract_entities(doc)] == [(name, "PERSON")], name


def test_a_ministry_a_minister_heads_is_mentioned_once_however_often_it_is_asked_for() -> None:
    doc = load_nlp()(
        "Transport Minister Mara Sorrel opened a bridge. According to ministry figures, 4,300 lorries crossed."
    )
    mentions = resolve_mentions(doc, extract_entities(doc))
    ministry = next(t for t in doc if t.text == "ministry")
    for _ in range(3):
        organ = mentions.headed_by_a_titled_person(ministry, ministry.idx)
    assert organ is not None and organ.spans == [(ministry.idx, ministry.idx + len("ministry"))]


def test_a_sentence_the_parser_heads_by_a_documents_noun_is_that_documents_statement() -> None:
    # the parser reads "after debates ended" as the clause of "put" and heads the sentence by "poll"
    text = (
        "A snap poll by Harnvik Research released after debates ended on Thursday had put Sorrel on 52.4 percent "
        "and Kessa on 45.1 percent."
    )
    found = record_of(text).claims
    assert by_value(found, 52.4).source == "Harnvik Research"
    assert by_value(found, 45.1).source == "Harnvik Research"


def test_a_part_of_a_count_set_off_by_commas_is_no_speaker() -> None:
    # "412 of them confirmed" is how many of the wells were confirmed, not who said the sentence
    text = (
        "The Orvane water office counted 2,310 damaged wells on Wednesday, 412 of them confirmed, and 17 closed "
        "pumping stations."
    )
    record = record_of(text)
    assert all(q.speaker is None or q.speaker.name == "Orvane water office" for q in record.quotes)
    assert {by_value(record.claims, v).source for v in (2310, 412, 17)} == {"Orvane water office"}


def test_a_bracketed_acronym_the_parser_made_the_head_stands_for_the_name_before_it() -> None:
    doc = load_nlp()("The Orvane Dockworkers' Federation (ODF) said 83 percent of its members had voted.")
    acronym = next(t for t in doc if t.text == "ODF")
    said = next(t for t in doc if t.text == "said")
    # the parse the tagger gives in some contexts: the acronym heads the phrase, the name hangs on it
    acronym.head, acronym.dep_ = said, "nsubj"
    for t in doc[: acronym.i + 2]:
        if t.text in ("The", "(", ")", "Federation"):
            t.head = acronym
    next(t for t in doc if t.text == "Federation").dep_ = "nmod"
    doc.ents = [e for e in doc.ents if acronym not in e]  # and leaves the acronym untagged
    speaker = speakers_for(doc, extract_entities(doc)).speaker(acronym)
    assert speaker is not None and speaker.name.replace("'", "") == "Orvane Dockworkers Federation", speaker


def test_a_name_owning_a_place_the_article_writes_alone_elsewhere_is_the_owners() -> None:
    # "Merrow Automotive’s Calder plant": the carmaker and its plant, not a body called "Merrow Automotive’s Calder"
    text = (
        "Workers at Merrow Automotive’s Calder plant downed tools on Monday. Merrow said 640 of them had stayed at "
        "home."
    )
    assert by_value(record_of(text).claims, 640).source == "Merrow Automotive"


def test_a_persons_name_the_tagger_ran_into_of_and_a_firms_name_is_two_names() -> None:
    doc = load_nlp()("Ines Calder of Pellar & Orvane, an analyst, expects the yard to lose 18 percent of its orders.")
    for label in ("ORG", "PERSON"):
        doc.ents = [Span(doc, 0, 6, label=label)]
        assert [(e.text, e.label) for e in extract_entities(doc)] == [
            ("Ines Calder", "PERSON"),
            ("Pellar & Orvane", "ORG"),
        ]
    assert by_value(record_of(doc.text).claims, 18).source == "Ines Calder"


def test_a_bare_number_given_by_someone_is_theirs_inside_anothers_statement() -> None:
    text = (
        "Harbour police put the crowd at 260 on Saturday, far fewer than the 900 given by the Kessa Arts Guild, "
        "which organised the march."
    )
    found = record_of(text).claims
    assert by_value(found, 900).source == "Kessa Arts Guild"
    assert by_value(found, 260).source == "Harbour police"


def test_a_kinship_word_opening_the_sentence_before_a_name_is_no_part_of_it() -> None:
    text = 'Pensioner Mara Sorrel, 81, said the queue had taken four hours. "I brought a chair," she said.'
    assert {q.speaker.name for q in record_of(text).quotes if q.speaker is not None} == {"Mara Sorrel"}


def test_a_name_the_tagger_missed_after_a_role_opening_the_sentence_is_a_persons() -> None:
    doc = load_nlp()("Widower Ilke Dravon, 81, said the queue for bread had taken four hours.")
    doc.ents = []
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Ilke Dravon", "PERSON")]
    doc = load_nlp()("Forecaster Merrow Weather Service said the heat would last.")
    doc.ents = []
    assert extract_entities(doc) == []  # a body's word: no person's name


def test_a_persons_name_the_tagger_ran_into_a_link_word_ends_before_it() -> None:
    doc = load_nlp()("Mara Sorrel of Pellar & Orvane doubts the plan.")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 3, 6, label="ORG")]
    assert [(e.text, e.label) for e in extract_entities(doc)] == [("Mara Sorrel", "PERSON"), ("Pellar & Orvane", "ORG")]


def test_a_statement_before_a_semicolon_frames_none_after_it_either_way() -> None:
    text = "Pickets stayed out all day. The union counts 88% of members out; the management says 64%."
    found = record_of(text).claims
    assert (by_value(found, 88).source, by_value(found, 64).source) == ("union", "management")


def test_a_line_of_a_chronology_is_of_the_day_it_opens_on() -> None:
    text = (
        "Key dates\n\n"
        "November 16 – Pickets go up. The union counts 88% of members out; the management says 64%.\n\n"
        "November 18 – Orvel Holdings bids 410 million dalers to take over the yard."
    )
    found = record_of(text).claims
    assert by_value(found, 88).as_of == by_value(found, 64).as_of == "2026-11-16"
    assert by_value(found, 410_000_000).source == "Orvel Holdings"
    assert by_value(found, 410_000_000).as_of == "2026-11-18"


def test_a_name_holding_a_word_of_an_industry_is_a_business_whatever_the_tagger_guessed() -> None:
    for name in ("Merrow Automotive", "Orvel Electric", "Kessa Aviation", "Calder Insurance"):
        doc = load_nlp()(f"{name} will shut its depot in Harnvik with the loss of 900 jobs, the company said.")
        doc.ents = [Span(doc, 0, 2, label="PERSON")]
        assert [(e.text, e.label) for e in extract_entities(doc)][:1] == [(name, "ORG")], name


def test_a_day_saying_when_something_happened_dates_what_befell_the_counted_not_how_many_there_were() -> None:
    text = (
        "The Orvane fire service said on Wednesday that 160 people had been inside the hall when the roof gave way "
        "on Monday night. Two people were killed when the balcony collapsed on Monday, the service said on Tuesday."
    )
    found = record_of(text).claims
    assert by_value(found, 160).as_of == "2026-11-18"
    assert by_value(found, 2).as_of == "2026-11-16"


def test_a_count_credited_to_a_bare_body_noun_is_the_body_the_article_names_of_that_kind() -> None:
    text = (
        "Merrow Electric said on Tuesday it would shut its Kessa works.\n\n"
        "The works built 52,000 turbines last year, according to company figures."
    )
    assert by_value(claims(text), 52000).source == "Merrow Electric"


def test_a_fact_box_bracket_naming_a_bare_body_noun_credits_the_body_the_article_names() -> None:
    text = (
        "Merrow Electric said on Tuesday it would shut its Kessa works.\n\n"
        "At a glance\n\n"
        "• Turbines on order: 1,400 (company)\n"
        "• Homes flooded: 300 (police)"
    )
    found = record_of(text).claims
    assert by_value(found, 1400).source == "Merrow Electric"
    assert by_value(found, 300).source == "police"  # no body of that kind is named: the noun as written


def test_a_bracket_after_a_persons_name_on_a_box_line_is_whom_they_stand_for_not_who_counts() -> None:
    text = (
        "Mayor Ines Calder held her seat in Kessa by 2,140 votes, the Kessa Election Board said on Tuesday.\n\n"
        "The board released its final count on Tuesday evening:\n"
        "• Ines Calder (Harbour Party): 38,415 votes\n"
        "• Tomas Varn (Civic Union): 36,275 votes\n"
        "• Dock workers (Kessa Port Union): 410"
    )
    found = record_of(text).claims
    assert by_value(found, 38415).source == "Kessa Election Board"
    assert by_value(found, 36275).source == "Kessa Election Board"
    assert by_value(found, 410).source == "Kessa Port Union"  # a label of no one credits its bracket


def test_people_counted_where_they_were_are_aboard_not_a_toll() -> None:
    text = (
        "Rescuers reached the barge Sorrel Dawn, which had 212 people on board when it ran aground near Kessa.\n\n"
        "Orvel Ferries said 90 people were aboard its other boat."
    )
    found = claims(text)
    assert [by_value(found, v).measure for v in (212, 90)] == ["aboard", "aboard"]


def test_figures_a_body_noun_names_are_that_bodys_not_the_last_body_heard_from() -> None:
    text = (
        "Hundreds marched through Kessa on Sunday, organisers from the Harbour Party said.\n\n"
        "Police figures show 17 officers were hurt."
    )
    assert by_value(claims(text), 17).source == "police"


def test_a_description_names_the_body_named_after_it_by_the_first_part_of_a_compound() -> None:
    text = (
        "Merrow Electric denied on Thursday that crane crews were short-staffed. The dock union says 140 crane "
        "posts have gone unfilled.\n\n"
        "The Kessa Dockworkers' Federation will meet the company next week."
    )
    assert by_value(claims(text), 140).source == "Kessa Dockworkers' Federation"


def test_a_line_heading_its_figure_before_a_dash_and_who_gives_it_is_that_sources() -> None:
    text = (
        "The Kessa Harbour Police closed the bridges during the march on Saturday.\n\n"
        "Crowd estimates differ:\n\n"
        "• 5,200 — the march organiser, Merrow Lines, which hired stewards for both bridges;\n"
        "• 3,900 — the harbour police, which closed the bridges at noon and later raised its count from 3,100.\n\n"
        "By the numbers\n"
        "• 1,200 — jobs cut at the plant"
    )
    found = record_of(text).claims
    police = "Kessa Harbour Police"
    assert [by_value(found, v).source for v in (5200, 3900, 3100)] == ["Merrow Lines", police, police]
    assert by_value(found, 1200).source is None  # what is counted, not who counts


def test_a_state_written_before_a_figures_own_at_is_what_it_counts() -> None:
    text = "Harbour police raised the missing to 12 on Friday and the dead to seven."
    found = claims(text)
    assert [(by_value(found, v).measure) for v in (7, 12)] == ["killed", "missing"]


def test_a_body_kind_written_in_two_words_describes_the_body_named_with_them() -> None:
    text = "The Kessa Coast Guard Service sent two cutters on Thursday. The coast guard said 44 sailors were rescued."
    assert by_value(claims(text), 44).source == "Kessa Coast Guard Service"


def test_figures_a_described_body_owns_are_that_bodys_not_the_documents() -> None:
    text = (
        "Divers reached the wreck on Saturday. The harbour authority's latest figures, released on Sunday, show six "
        "people died."
    )
    assert by_value(claims(text), 6).source == "harbour authority"


def test_a_publications_masthead_is_no_body_a_description_of_another_kind_means() -> None:
    # the masthead shares the description's field word, as a later word of its name or as its first
    texts = (
        "ORVANE & HARBOUR GAZETTE\n\nBy Ilke Dravon\n\nPilots have complained about the quays for years, skippers "
        "told Orvane & Harbour Gazette.",
        "HARBOUR & SEA GAZETTE. By Ilke Dravon. Pilots have complained about the quays for years.",
    )
    for opening in texts:
        text = f"{opening} Repairs to 61 berths are overdue, according to the harbour ministry."
        assert by_value(record_of(text).claims, 61).source == "harbour ministry", opening


def test_a_body_kind_in_two_words_after_its_acronym_is_still_the_named_body() -> None:
    text = (
        "The Pellarian Coast Guard Service (PCGS) sent two cutters on Tuesday. Seven fishermen were winched to "
        "safety, the coast guard said."
    )
    assert by_value(claims(text), 7).source == "Pellarian Coast Guard Service"


def test_a_name_right_after_a_body_noun_is_the_subject_the_parser_split_off() -> None:
    text = (
        "Orvel Telecom's network failed on Friday. Outage-tracking service DownCount counted 1,240 Orvel Telecom "
        "complaints across the region by noon."
    )
    assert by_value(claims(text), 1240).source == "DownCount"


def test_a_tracker_that_logged_a_figure_gives_it() -> None:
    text = "Orvel Telecom's network failed on Friday. By Saturday evening DownCount had logged 3,875 complaints."
    assert by_value(claims(text), 3875).source == "DownCount"


def test_a_bare_figure_a_participant_owns_is_that_participants() -> None:
    text = "The tenants' union puts the number of damp flats in the district at 1,450, against Merrow Housing's 620."
    found = claims(text)
    assert (by_value(found, 1450).source, by_value(found, 620).source) == ("tenants' union", "Merrow Housing")
    # a side's tally set beside another's is no statement of that side's
    tally = claims("The commission said on Wednesday that Calder had 38,415 votes to Ines Varn's 37,902.")
    assert by_value(tally, 37902).source == "commission"


def test_the_airport_is_the_airport_the_article_names() -> None:
    text = (
        "Snow closed the runway at Harnvik Airport for six hours on Sunday.\n\n"
        "About 70 flights were diverted to other cities, the airport said."
    )
    assert by_value(claims(text), 70).source == "Harnvik Airport"


def test_a_bodys_log_or_list_speaks_for_it() -> None:
    text = (
        "The dock union says 53 men were on the night shift. Calder Shipping keeps to its own gate log of 47 men, "
        "and inspectors have asked to see Calder Shipping's list of 44 contractors."
    )
    found = claims(text)
    assert (by_value(found, 47).source, by_value(found, 44).source) == ("Calder Shipping", "Calder Shipping")


def test_records_whose_owner_a_relative_clause_gives_speak_for_that_owner() -> None:
    text = (
        "Merrow Lines says 41 men sailed. The Kessa Port Authority, whose turnstile data counted 46 passengers "
        "boarding, has not commented."
    )
    assert by_value(claims(text), 46).source == "Kessa Port Authority"


def test_a_box_lines_bracket_holding_a_day_dates_it_and_credits_no_one() -> None:
    text = "Latest figures\n\n- Homes flooded: 212, according to the Orvane Flood Office (Sunday)\n- Roads closed: 14"
    found = record_of(text).claims
    assert (by_value(found, 212).source, by_value(found, 212).as_of) == ("Orvane Flood Office", "2026-11-15")


def test_a_figure_the_parser_coordinated_with_a_day_takes_the_statements_day() -> None:
    text = (
        "The club said on Monday it would give 60 dalers to every member whose match was called off between March 2 "
        "and the end of the season, and 25 dalers to those who travelled."
    )
    found = claims(text)
    assert by_value(found, 25).as_of == by_value(found, 60).as_of == "2024-10-28"


def test_a_count_the_tagger_swept_into_the_name_after_it_is_still_a_count() -> None:
    # the tagger sometimes reads "845 Harnvik" as one organisation's name; "Route 66" is a name
    doc = load_nlp()("The operator said 845 Harnvik departures were cancelled on Route 66 Express services.")
    count = next(t for t in doc if t.text == "845")
    route = next(t for t in doc if t.text == "66")
    doc.ents = [Span(doc, count.i, count.i + 2, label="ORG"), Span(doc, route.i - 1, route.i + 2, label="ORG")]
    assert (_in_a_name(count), _in_a_name(route)) == (False, True)


def test_a_filing_no_one_is_named_issuing_is_the_statement_of_the_body_heard_from() -> None:
    text = (
        "Merrow Lines now puts the cost of the strike at 18 million dalers. That estimate, set out in a filing to "
        "regulators, is double the earlier one. It covers 11 million dalers in lost cargo fees, the filing said."
    )
    assert by_value(claims(text), 11_000_000).source == "Merrow Lines"


def test_a_day_a_period_starts_from_is_no_day_of_the_statement_or_its_figures() -> None:
    text = "Orvel Foods has announced 265 store closures since Aug. 12, about 8% of its shops."
    found = claims(text)
    assert by_value(found, 265).as_of == by_value(found, 8).as_of == "2024-10-29"


def test_a_body_name_the_tagger_cut_short_runs_on_to_the_body_word_heading_it() -> None:
    doc = load_nlp()("The Pellar District Water Inspectorate visited the plant on Monday.")
    assert doc[2].dep_ == "compound" and doc[2].head.i == 4  # the parse: "District" a compound of "Inspectorate"
    doc.ents = [Span(doc, 0, 3, label="ORG")]  # as the tagger sometimes cuts it: "The Pellar District"
    assert [e.canonical for e in extract_entities(doc)] == ["Pellar District Water Inspectorate"]


def test_an_unnamed_spokesman_for_a_body_the_article_only_describes_speaks_for_that_body() -> None:
    text = "Two wardens were suspended on Friday, a spokeswoman for the regional water inspectorate said."
    found = by_value(claims(text), 2)
    assert (found.source, found.source_type) == ("regional water inspectorate", "ORG")


def test_a_decision_told_inside_a_reported_clause_is_the_reporters_statement() -> None:
    text = (
        "The Orvane Health Board said it would close two wards. The Kessa Nurses' Union said the true loss was 300 "
        "beds, since the board had quietly cut 45 beds at its rural clinics."
    )
    assert by_value(claims(text), 45).source == "Kessa Nurses' Union"


def test_a_body_speaks_on_in_the_day_of_its_officers_dated_statement() -> None:
    text = (
        "Fire service spokeswoman Ilke Dravon said on Sunday afternoon that four crews were still at the scene. In "
        "all, 37 homes have been damaged since the fires started, according to the fire service."
    )
    assert by_value(claims(text, published=date(2025, 10, 21)), 37).as_of == "2025-10-19"


def test_an_opening_source_phrase_ends_at_its_comma_however_far_the_parser_ran_it() -> None:
    text = (
        "The Kessa Grain Office (KGO) opened an inquiry in May.\n\n"
        "According to the KGO, unsold barley in the north topped 41,000 tonnes."
    )
    assert by_value(claims(text), 41000).source == "Kessa Grain Office"


def test_a_figure_its_reporter_says_it_will_set_is_the_reporters() -> None:
    text = (
        "Harnvik Fund analysts want the Merrow Port Company to spend 60 million dalers on cranes, twice the 30 million "
        "dalers the port operator says it will earmark."
    )
    assert by_value(claims(text), 30_000_000).source == "Merrow Port Company"


def test_a_title_describes_the_person_holding_it() -> None:
    text = (
        "Interim registrar Sorrel Pike took over the college on Monday.\n\n"
        "The registrar said on Tuesday that 240 students had left."
    )
    assert by_value(claims(text), 240).source == "Sorrel Pike"


def test_a_figure_in_what_someone_expects_another_to_do_is_the_expecters() -> None:
    text = "Pellar Securities expects Orvel Lines to cut its fleet by 14 vessels."
    assert by_value(claims(text), 14).source == "Pellar Securities"


def test_a_box_line_whose_label_is_a_day_is_of_that_day() -> None:
    text = (
        "Orvane Water Board readings\n"
        "- Tuesday 22 October: 410 litres a head\n"
        "- Wednesday 23 October: 385 litres a head\n\n"
        "The board meets again in November."
    )
    found = claims(text)
    assert (by_value(found, 410).as_of, by_value(found, 385).as_of) == ("2024-10-22", "2024-10-23")


def test_a_body_a_named_person_owns_is_the_one_that_person_serves() -> None:
    text = (
        "Ines Calder, chair of the Pellar Tenants' Alliance, spoke on Monday. Orvel Homes Group said it would sell "
        "the estate.\n\nCalder's tenants' group put the number of empty flats at 2,300."
    )
    assert by_value(claims(text), 2300).source == "Pellar Tenants' Alliance"


def test_an_earlier_word_after_the_figure_describes_the_things_counted_not_an_earlier_figure() -> None:
    found = claims("Orvane Water now runs 26 former council reservoirs, the utility said on Monday.")
    assert by_value(found, 26).as_of == "2024-10-28"
    earlier = claims("Orvane Water now owns 40 reservoirs, above a previous count of 26, the utility said on Monday.")
    assert by_value(earlier, 26).as_of is None


def test_a_count_a_participant_owns_is_the_owners_whatever_verb_moves_it() -> None:
    assert by_value(claims("The Kessa Health Agency's toll rose to 40 on Monday."), 40).source == "Kessa Health Agency"
    # a count no one owns is no one's ("the death toll rose"), not the body last heard from
    text = "The Kessa Health Agency opened two clinics on Monday. The death toll rose to 40 on Tuesday."
    assert by_value(claims(text), 40).source is None


def test_a_court_paper_speaks_as_written_when_the_article_names_no_issuer() -> None:
    text = (
        "The trial of the harbour master Tomas Varn opened in Pellar on Monday.\n\n"
        "According to the indictment, Varn hid 1.9 million dalers in fees between 2019 and 2023."
    )
    assert by_value(claims(text), 1_900_000).source == "indictment"


def test_the_prosecution_is_a_party_of_its_own_never_the_body_the_article_is_about() -> None:
    text = "Merrow Freight's trial ended on Friday. The prosecution said the firm hid 1.9 million dalers."
    assert by_value(claims(text), 1_900_000).source == "prosecution"


def test_officers_of_a_body_the_article_cannot_name_make_its_decision() -> None:
    text = "The trial of the harbour master Tomas Varn ended on Friday.\n\nProsecutors had sought six years for Varn."
    assert by_value(claims(text), 6).source == "prosecutors"


def test_what_a_party_asks_for_is_its_own_figure() -> None:
    text = (
        "The trial of the harbour master Tomas Varn ended on Friday.\n\n"
        "Ilke Dravon, for the prosecution, asked for six years for Varn."
    )
    assert by_value(claims(text), 6).source == "Ilke Dravon"


def test_a_count_its_owner_gives_in_a_clause_under_a_verb_of_no_saying_is_the_owners() -> None:
    text = "Members were told on Monday that the Orvel Ferry Company's count of stranded cars had reached 240."
    assert by_value(claims(text), 240).source == "Orvel Ferry Company"


def test_records_whose_owner_a_whose_clause_gives_speak_for_it_however_the_clause_was_parsed() -> None:
    # the parser makes "showed" the complement of "said", with no relative clause on "inspectorate"
    text = (
        "Rescuers reached the lower level on Monday.\n\n"
        "The regional water inspectorate, whose gate-house records showed 129 trucks went in, said it was checking "
        "the hauliers' own logs."
    )
    assert by_value(record_of(text).claims, 129).source == "regional water inspectorate"


def test_a_figure_written_right_before_its_owners_record_is_held_in_it_wherever_the_parser_hung_it() -> None:
    # "Sensors show 412 lorries, 30 more than the 382 in Orvel's dispatch log.", with "in Orvel's dispatch log"
    # hung on "show" as the parser may read it
    rows = [
        ("Sensors", "NNS", "NOUN", "nsubj", 1, "sensor"),
        ("show", "VBP", "VERB", "ROOT", 1, "show"),
        ("412", "CD", "NUM", "nummod", 3, "412"),
        ("lorries", "NNS", "NOUN", "dobj", 1, "lorry"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("30", "CD", "NUM", "npadvmod", 6, "30"),
        ("more", "JJR", "ADJ", "advmod", 1, "more"),
        ("than", "IN", "ADP", "prep", 6, "than"),
        ("the", "DT", "DET", "det", 9, "the"),
        ("382", "CD", "NUM", "pobj", 7, "382"),
        ("in", "IN", "ADP", "prep", 1, "in"),
        ("Orvel", "NNP", "PROPN", "poss", 14, "Orvel"),
        ("'s", "POS", "PART", "case", 11, "'s"),
        ("dispatch", "NN", "NOUN", "compound", 14, "dispatch"),
        ("log", "NN", "NOUN", "pobj", 10, "log"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    doc = parsed(rows)
    doc.ents = [Span(doc, 11, 12, label="ORG")]
    assert by_value(claims_of(doc, published=None), 382).source == "Orvel"


def test_a_figure_a_verb_of_change_moves_a_figure_noun_to_is_the_movers() -> None:
    text = (
        "Orvel Mining said costs were rising. Separately, the Kessa Treasury cut its forecast for growth to 1.5%. "
        "The ministry also lowered the estimate of lost jobs to 4,000 on Monday."
    )
    found = claims(text)
    assert by_value(found, 1.5).source == "Kessa Treasury"
    assert by_value(found, 4000).source == "ministry"


def test_from_one_figure_to_another_on_a_word_of_change_is_a_change_not_a_range() -> None:
    text = (
        "The count of the dead rose from 38 to 41, the Pellar Health Office said on Tuesday. Kessa Water reported "
        "an increase from 5 to 10 million dalers in repair costs. Fares ranging from 40 to 90 dalers will stay."
    )
    found = claims(text)
    assert (by_value(found, 41).as_of, by_value(found, 38).as_of) == ("2024-10-29", None)
    assert by_value(found, 10_000_000).as_of is not None and by_value(found, 5_000_000).as_of is None
    fares = by_value(found, 40)
    assert (fares.low, fares.high) == (40, 90)
    # the earlier value counts what the value it went to counts, not what a figure before them does
    text = "Merrow Foods says 12% of its bakers quit and that the number of night shifts dropped from 52 to 31."
    found = claims(text)
    assert by_value(found, 52).about == by_value(found, 31).about == "night shifts"
    assert found[by_value(found, 31).revises or 0] == by_value(found, 52)


def test_a_body_of_no_kind_with_a_trade_before_it_is_a_business() -> None:
    text = (
        "Harnvik Motors is shutting two depots, the company said on Friday. The Kessa Works Council said it "
        "would fight the plan, and the Kessa Works Council asked for talks.\n\n"
        "The engineering group expects to move 75 fitters to its Varn plant."
    )
    assert by_value(claims(text), 75).source == "Harnvik Motors"


def test_a_figure_an_authority_ruled_is_its_own_whoever_mentions_it() -> None:
    text = (
        "Merrow Foods will not contest the 2 million dalers in fines the Kessa Food Agency imposed on Monday, its "
        "finance chief said on Wednesday. Sorrel Pike said the 300 posts Merrow Foods closed last year were never "
        "refilled."
    )
    found = claims(text)
    assert (by_value(found, 2_000_000).source, by_value(found, 2_000_000).as_of) == ("Kessa Food Agency", "2024-10-28")
    assert by_value(found, 300).source == "Sorrel Pike"


def test_a_verb_of_valuing_that_puts_a_figure_at_its_object_states_it() -> None:
    text = (
        "The Varn shipyard prices the ferry refit at 55 million dalers. The Kessa Treasury values the work at "
        "61 million dalers, a gap the shipyard disputes."
    )
    found = claims(text)
    assert by_value(found, 61_000_000).source == "Kessa Treasury"


def test_a_phrase_set_beside_an_owned_proposal_gives_the_owners_terms() -> None:
    text = (
        "Households in Varn welcomed the Orvel Energy Board's offer, a 4 percent tariff cut with a freeze on 90 "
        "standing fees, when it was published."
    )
    found = claims(text)
    assert by_value(found, 4).source == by_value(found, 90).source == "Orvel Energy Board"


def test_giving_a_figure_s_noun_is_a_statement_of_it() -> None:
    text = (
        "Commuters said hundreds of trains had been dropped. Orvel Rail gave a figure of 310 trains cancelled on "
        "Friday, against 270 the day before."
    )
    found = claims(text)
    assert by_value(found, 310).source == by_value(found, 270).source == "Orvel Rail"


def test_a_body_only_of_the_descriptions_class_yields_to_the_body_a_ministers_title_names() -> None:
    text = (
        "Health Minister Ines Calder said on Friday that the Kessa Wage Board would rule on the nurses' claim. "
        "The ministry said 1,300 nurses stayed away from wards on Thursday."
    )
    assert by_value(claims(text), 1300).source == "Ministry of Health"


def test_the_whole_a_part_is_counted_of_is_a_count() -> None:
    text = (
        "Five of the rover's nine cameras have been switched on and are working, Ines Calder said. The two pumps "
        "were fixed, the Kessa Water Board said."
    )
    found = claims(text)
    assert by_value(found, 9).source == by_value(found, 5).source == "Ines Calder"
    assert not [c for c in found if c.value == 2]  # "the two pumps" refers to pumps already told of


def test_a_bodys_nation_may_be_written_as_an_adjective_after_its_possessive() -> None:
    text = (
        'Norway\'s defence ministry said on Friday that 4,000 reservists had been called up. "We are ready," '
        "the Norwegian ministry added in a post on its website."
    )
    assert speaker_of(text, "We are ready") == "Norwegian Ministry of Defence"


def test_a_news_outlet_is_no_body_of_another_kind_that_shares_its_class() -> None:
    text = (
        "Orvel News Agency\n\nShelling resumed near Harnvik on Friday, residents said.\n\n"
        '"We will not answer such claims," the ministry said on Friday.'
    )
    assert speaker_of(text, "answer such claims") != "Orvel News Agency"


def test_a_relative_that_or_whose_stands_for_the_name_its_clause_describes() -> None:
    text = (
        "Merrow Capital, the fund that on Friday offered 31 million dalers for the ferry line, declined to comment. "
        "The Varn Pilots Guild, whose claim of 6.5 percent was turned down, will meet on Friday."
    )
    found = claims(text)
    assert by_value(found, 31_000_000).source == "Merrow Capital"
    assert by_value(found, 6.5).source == "Varn Pilots Guild"


def test_terms_or_a_limit_set_by_someone_are_theirs_whoever_counts_them() -> None:
    text = (
        "The ban was cut to 12 months from the 18 proposed by the disciplinary board, Orla Kessan said. Ticket "
        "sales of 8,120 fell short of the 9,000 allowed by the Kessa city council. The 300 jobs cut by Merrow Foods "
        "were in Varn, Tomas Varn said."
    )
    found = claims(text)
    assert by_value(found, 18).source == "disciplinary board"
    assert by_value(found, 9000).source == "Kessa city council"
    assert by_value(found, 300).source == "Tomas Varn"  # a deed others count stays the teller's


def test_an_owned_proposal_no_one_else_tells_gives_its_owners_terms() -> None:
    text = (
        "Merrow Capital's offer of 31 million dalers for the ferry line lapses on Friday. The crews said Orvel "
        "Holdings' offer of 26 million dalers was an insult."
    )
    found = claims(text)
    assert by_value(found, 31_000_000).source == "Merrow Capital"
    assert by_value(found, 26_000_000).source == "crews"


def test_points_written_before_a_noun_are_an_amount() -> None:
    text = "The Kessa rugby board imposed a 6-point penalty on Monday. Orla Kessan, 31, scored a five-yard try."
    found = claims(text)
    assert by_value(found, 6).source == "Kessa rugby board"
    assert not [c for c in found if c.value == 5]


def test_a_list_lines_topic_before_a_colon_is_no_speaker_when_the_line_reports_another() -> None:
    text = (
        "Losses rose again on Monday.\n\n"
        "- Sailors: Kessa's navy command said on Sunday that 64 of its sailors were unaccounted for.\n"
        "- Fishermen: the governor of Harnvik, Ines Calder, said on Sunday that 41 were missing."
    )
    found = record_of(text).claims
    assert by_value(found, 64).source == "Kessa's navy command"
    assert by_value(found, 41).source == "Ines Calder"


def test_verifying_a_count_states_it() -> None:
    text = (
        "The Orvel Monitoring Mission (OMMK) arrived in Harnvik in May. The mission had verified 23 deaths among "
        "aid workers by Sunday."
    )
    assert by_value(claims(text), 23).source == "OMMK"


def test_a_bodys_head_noun_capitalised_after_the_is_its_short_name() -> None:
    text = (
        "The Kessa Supporters' Trust said on Monday that 9,000 fans marched. The Trust said on Tuesday that 12,000 "
        "had signed its petition."
    )
    assert by_value(record_of(text).claims, 12_000).source == "Kessa Supporters' Trust"


def test_a_share_of_a_region_is_a_figure_and_a_count_of_regions_names_the_area() -> None:
    text = (
        "Tomas Varn, an analyst, said the rebels now held 14 percent of the Pellar region. The storm was felt "
        "in 6 provinces, the weather office said."
    )
    found = claims(text)
    assert by_value(found, 14).source == "Tomas Varn"
    assert not [c for c in found if c.value == 6]


def test_times_after_a_deed_count_events_and_times_in_a_comparison_are_a_ratio() -> None:
    text = (
        "The mayor said the ring road had been struck more than 260 times. Bread prices rose 10 times last year, "
        "the mayor said. Rents are three times higher than in Varn, Ines Calder said."
    )
    found = claims(text)
    assert by_value(found, 260).qualifier == "over"
    assert not [c for c in found if c.value in (10, 3)]


def test_a_bodys_name_tagged_up_to_a_link_word_runs_on_through_the_place_after_it() -> None:
    text = "The Kessa Monitoring Mission in Orvalia (KMMO) opened two field offices last spring, its director said."
    names = [e.canonical for e in extract_entities(load_nlp()(text)) if e.label == "ORG"]
    assert "Kessa Monitoring Mission in Orvalia" in names
    assert not [n for n in names if n.split()[-1] in ("in", "of", "and")]


def test_a_name_set_off_by_an_age_is_a_persons_whatever_the_tagger_read_its_surname_as() -> None:
    doc = _tagged_in_turn("Anka Marsk, 58, keeps goats near Pellar with her son.", "Marsk", ["GPE"])
    doc.ents = [e for e in doc.ents if e.text != "Anka"]
    names = {e.canonical: e.label for e in extract_entities(doc)}
    assert names.get("Anka Marsk") == "PERSON"


def test_a_subject_set_after_a_semicolon_is_who_speaks_not_the_lines_topic() -> None:
    text = (
        "Searches went on overnight.\n\n"
        "- Passengers: the OMMK patrol boats had counted 23 missing as of Sunday; Harnvik's harbour master, "
        "Ines Calder, reported 31 on Monday."
    )
    assert by_value(record_of(text).claims, 31).source == "Ines Calder"


def test_a_name_ending_on_a_bodys_word_is_no_persons_whatever_the_tagger_read() -> None:
    doc = load_nlp()("Kessa's General Staff said on Monday that 18,000 troops were massed on the border.")
    at = next(t.i for t in doc if t.text == "General")
    doc.ents = [e for e in doc.ents if not (e.start <= at + 1 and at < e.end)] + [Span(doc, at, at + 2, label="PERSON")]
    names = {e.canonical: e.label for e in extract_entities(doc)}
    assert names.get("General Staff") == "ORG"


def test_put_at_a_figure_the_parser_hung_on_a_noun_in_between_is_an_estimate() -> None:
    text = "The Kessa army's staff put Orvish losses since the start of the war at about 51,000 soldiers."
    assert by_value(claims(text), 51_000).source == "Kessa army's staff"


def test_a_trade_capitalised_to_open_the_sentence_is_no_part_of_the_name_after_it() -> None:
    found = quotes("Meteorologist Orla Kessan said the office had issued its highest warning.")
    assert found[0].speaker is not None and found[0].speaker.name == "Orla Kessan"


def test_a_name_before_a_whose_clause_the_parser_hung_on_the_verb_is_who_speaks() -> None:
    # "Orla Pike, whose brother is missing, said she spoke to him on Sunday. She said the sea was calm.", with "Pike
    # … is missing" hung on "said" as its complement and "whose brother" set beside her, as the parser may read it
    rows = [
        ("Orla", "NNP", "PROPN", "compound", 1, "Orla"),
        ("Pike", "NNP", "PROPN", "nsubj", 6, "Pike"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("whose", "WP$", "DET", "poss", 4, "whose"),
        ("brother", "NN", "NOUN", "appos", 1, "brother"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("is", "VBZ", "AUX", "ccomp", 9, "be"),
        ("missing", "JJ", "ADJ", "acomp", 6, "missing"),
        (",", ",", "PUNCT", "punct", 9, ","),
        ("said", "VBD", "VERB", "ROOT", 9, "say"),
        ("she", "PRP", "PRON", "nsubj", 11, "she"),
        ("spoke", "VBD", "VERB", "ccomp", 9, "speak"),
        ("to", "IN", "ADP", "prep", 11, "to"),
        ("him", "PRP", "PRON", "pobj", 12, "he"),
        ("on", "IN", "ADP", "prep", 11, "on"),
        ("Sunday", "NNP", "PROPN", "pobj", 14, "Sunday"),
        (".", ".", "PUNCT", "punct", 9, "."),
        ("She", "PRP", "PRON", "nsubj", 18, "she"),
        ("said", "VBD", "VERB", "ROOT", 18, "say"),
        ("the", "DT", "DET", "det", 20, "the"),
        ("sea", "NN", "NOUN", "nsubj", 21, "sea"),
        ("was", "VBD", "AUX", "ccomp", 18, "be"),
        ("calm", "JJ", "ADJ", "acomp", 21, "calm"),
        (".", ".", "PUNCT", "punct", 18, "."),
    ]
    doc = parsed(rows)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert speaker_in(doc, "spoke to him") == "Orla Pike"
    assert speaker_in(doc, "the sea was calm") == "Orla Pike"


def test_a_subject_read_as_the_object_of_the_word_opening_its_clause_is_the_verbs() -> None:
    # "Rovers face a fine after a review panel found that the club owed 40 coaches.", with "after" read as a
    # preposition, "panel" as its object and "found" hung on "face" without a subject, as the parser may read it
    rows = [
        ("Rovers", "NNPS", "PROPN", "nsubj", 1, "Rovers"),
        ("face", "VBP", "VERB", "ROOT", 1, "face"),
        ("a", "DT", "DET", "det", 3, "a"),
        ("fine", "NN", "NOUN", "dobj", 1, "fine"),
        ("after", "IN", "ADP", "prep", 1, "after"),
        ("a", "DT", "DET", "det", 7, "a"),
        ("review", "NN", "NOUN", "compound", 7, "review"),
        ("panel", "NN", "NOUN", "pobj", 4, "panel"),
        ("found", "VBD", "VERB", "advcl", 1, "find"),
        ("that", "IN", "SCONJ", "mark", 12, "that"),
        ("the", "DT", "DET", "det", 11, "the"),
        ("club", "NN", "NOUN", "nsubj", 12, "club"),
        ("owed", "VBD", "VERB", "ccomp", 8, "owe"),
        ("40", "CD", "NUM", "nummod", 14, "40"),
        ("coaches", "NNS", "NOUN", "dobj", 12, "coach"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    assert by_value(claims_of(parsed(rows), published=None), 40).source == "review panel"


def test_a_breakdown_after_a_colon_is_no_apposition_naming_the_speaker() -> None:
    text = "Harbour master Orla Kessan said 70 boats had sunk in all: 45 inside the harbour and 25 on the beach."
    found = record_of(text).claims
    assert {c.source for c in found if c.value in (70, 45, 25)} == {"Orla Kessan"}


def test_a_one_word_name_before_a_local_bodys_noun_is_the_place_it_serves() -> None:
    doc = _tagged_in_turn(
        "About 900 people joined the vigil in Pellar on Friday, according to Pellar police.", "Pellar", ["ORG", "ORG"]
    )
    assert [e.label for e in extract_entities(doc) if e.canonical == "Pellar"][-1] == "GPE"
    assert by_value(claims_of(doc), 900).source == "Pellar police"


def test_a_document_on_a_bodys_site_is_that_bodys() -> None:
    text = (
        "A notice on the Orvel Ferries website said 40 sailings were cancelled. A message on Merrow Crew's own page "
        "said the gang held the records of 52,000 patients."
    )
    found = claims(text)
    assert by_value(found, 40).source == "Orvel Ferries"
    assert by_value(found, 52_000).source == "Merrow Crew"


def test_a_second_that_clause_in_the_passive_is_reported_by_the_verb_reporting_both() -> None:
    text = (
        "Orla Kessan said Pellar District Clinic had admitted 64 children with burns overnight and that 12 nurses had "
        "been flown in from Varn."
    )
    assert by_value(claims(text), 12).source == "Orla Kessan"


def test_a_bodys_pronoun_after_its_report_is_the_reports_subject() -> None:
    # a body writes of itself by name: the figure is Orvel's, not that of the body named last before "it"
    text = (
        "Orvel Foods and Merrow Holdings have been in talks since June.\n\n"
        '"Both sides want a deal," said Orla Pike, who follows the industry for Sorrel Bank.\n\n'
        "Orvel Foods bought 2,750 tonnes of grain from Merrow Holdings last year, it said."
    )
    assert by_value(record_of(text).claims, 2750).source == "Orvel Foods"
    # a verb with an object of its own reports nothing before it
    text = "Once the Orvane Coast Guard Service had finished its two-day search of the bay, it reported 9 crew dead."
    assert by_value(record_of(text).claims, 9).source == "Orvane Coast Guard Service"


def test_a_proposals_terms_are_its_makers_whoever_rejects_them() -> None:
    # the directors speak of the bid only to refuse it: its terms are the bidder's, of the day it was tabled
    text = (
        "Merrow Holdings' directors said on Thursday they would not accept the bid of 640 dalers for each share "
        "that Orvel Foods tabled on Monday."
    )
    claim = by_value(record_of(text).claims, 640)
    assert (claim.source, claim.as_of) == ("Orvel Foods", "2026-11-16")


def test_a_bodys_kind_before_a_documents_nouns_names_its_issuer() -> None:
    text = (
        "The Orvane Ministry of Transport has not commented. According to a ministry safety bulletin, 1,160 "
        "drivers were caught without a valid licence this year."
    )
    assert by_value(record_of(text).claims, 1160).source == "Orvane Ministry of Transport"


def test_a_lists_items_are_of_the_day_its_introducing_line_gives() -> None:
    text = (
        "The Orvane Water Board has warned of a dry summer.\n\n"
        "According to figures from the board posted on Thursday:\n"
        "• the Kessa dam holds 48 percent of its capacity;\n"
        "• the Varn dam holds 39 percent."
    )
    claim = by_value(record_of(text).claims, 39)
    assert (claim.source, claim.as_of) == ("Orvane Water Board", "2026-11-19")


def test_an_acronym_a_bodys_noun_stands_beside_is_that_bodys_name() -> None:
    # the tagger may read an unknown acronym as a plural common noun and type it as nothing
    text = "The OTWU, the largest dockers' union at the port, said on Thursday that 3,450 of its members walked out."
    assert by_value(record_of(text).claims, 3450).source == "OTWU"


def test_a_ledes_description_of_a_role_waits_for_the_one_named_with_that_role() -> None:
    text = (
        "Floodwater cut the main road into Orvane overnight and 760 homes lost power, the chief of the district "
        "council said on Friday.\n\n"
        '"We have crews on every street," Tomas Varn, chief of the Orvane District Council, told reporters.\n\n'
        'Anka Marsk, a baker, lost her stock. "It came up through the floor," she said. "Nothing could be saved," '
        "she said."
    )
    assert by_value(record_of(text).claims, 760).source == "Tomas Varn"


def test_an_amount_a_figures_noun_is_of_is_given_by_that_figures_agent() -> None:
    # "the figure of 1,400 jobs given by X": the participle hangs on what the figure counts, and says who gave it
    text = (
        "Analysts at Sorrel Bank expect about 600 job cuts, far fewer than the figure of 1,400 jobs given by the "
        "Kessa Workers' Union on Monday."
    )
    claim = by_value(record_of(text).claims, 1400)
    assert (claim.source, claim.as_of) == ("Kessa Workers' Union", "2026-11-16")


def test_a_figure_in_what_a_verb_of_reacting_reacts_to_is_not_its_subjects() -> None:
    text = "The drivers' union condemned a 15% cut in night services."
    assert by_value(record_of(text).claims, 15).source is None
    # whoever the figure's own phrase says gave it still does
    text = "The union condemned the 400 job cuts announced by Orvel Foods on Monday."
    assert by_value(record_of(text).claims, 400).source == "Orvel Foods"


def test_what_a_passive_ruling_imposes_is_its_agents() -> None:
    text = "Orvel Air was fined 1.8 million euros by the Kessa Aviation Authority on Tuesday for late refunds."
    claim = by_value(record_of(text).claims, 1_800_000)
    assert (claim.source, claim.as_of) == ("Kessa Aviation Authority", "2026-11-17")
