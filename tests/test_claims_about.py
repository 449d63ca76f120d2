"""What a claim counts: ``about`` names the counted noun, its measure and the place, through the real spaCy model."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims, record_of
from newsledger.nlp.claims import measure_of


def test_claims_about_revision_inherits_what_is_counted() -> None:
    text = (
        "At least 1,200 people have been moved to relief camps in Kessa province, Health Minister Lena Varga "
        "said on Tuesday, up from 800 on Monday."
    )
    found = claims(text)
    later, earlier = by_value(found, 1200), by_value(found, 800)
    assert later.about is not None and "moved to relief camps" in later.about and "Kessa" in later.about
    assert earlier.about == later.about and earlier.unit == "people"
    assert later.revises == found.index(earlier)


def test_claims_about_object_of_a_verb_keeps_its_phrase() -> None:
    text = "She said field hospitals had treated more than 300 people for injuries and infections since the weekend."
    about = by_value(claims(text), 300).about or ""
    assert about.startswith("people treated for injuries"), about
    assert measure_of(about) == "injured"


def test_claims_about_death_toll_without_a_noun() -> None:
    found = claims("The death toll in Peru rose to 412 on Monday, the civil defence agency said.")
    toll = by_value(found, 412)
    assert toll.unit == "deaths" and toll.about == "deaths in Peru"
    assert measure_of(toll.about) == "killed"


def test_claims_about_number_of_injured() -> None:
    about = by_value(claims("The number of injured rose to 2,286, officials said."), 2286).about
    assert about == "people injured"


def test_claims_about_elided_noun_takes_the_first_figure_s() -> None:
    found = claims("There were 47 deaths in Lima, 20 in Cusco and 8 in Arequipa, officials said on Monday.")
    assert (by_value(found, 47).about or "").startswith("deaths")
    second = by_value(found, 20)
    assert second.unit == "deaths" and "Cusco" in (second.about or "")


def test_claims_about_place_of_the_clause_with_conjuncts() -> None:
    text = "The agency warned that 870,000 people need hot meals across Peru and Bolivia."
    assert "Peru and Bolivia" in (by_value(claims(text), 870000).about or "")


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the tagger reads the name as an organisation in both sentences; the article calls it a province
        (
            "The president told reporters in the southern province of Morvaz, which was hit hard by the storm. "
            "The president said 2,356 people have so far been killed in Morvaz.",
            "Morvaz",
        ),
        # the tagger reads it as a person by the figure and as a place in the next sentence
        (
            "Minister Ana Ruiz said 1,647 people were killed in Zarno alone, the highest toll of any province. "
            "At least 900 people had been rescued in Zarno as of Tuesday, Ruiz added.",
            "Zarno",
        ),
    ],
)
def test_claims_about_a_name_the_article_calls_a_place_is_the_figure_s_place(text: str, place: str) -> None:
    killed = next(c for c in claims(text) if c.measure == "killed")
    assert killed.place == place


@pytest.mark.issue(9)
def test_claims_about_a_bare_figure_there_is_counts_the_earlier_there_is_s_noun() -> None:
    text = (
        "In Karvan, the port city of the north, there were at least 60 deaths, and in neighbouring Tessaly, "
        "where 200 homes collapsed, there are currently 45, the governor said."
    )
    found = claims(text)
    second = by_value(found, 45)
    assert (second.unit, second.measure, second.place) == ("deaths", "killed", "Tessaly")
    assert by_value(found, 60).place == "Karvan"


@pytest.mark.issue(9)
def test_claims_about_a_figure_over_a_list_of_places_is_no_one_place_s() -> None:
    text = (
        "The Belgaran Ministry of Health has announced 612 deaths and 1,049 injured in the governorates of "
        "Ostrel, Karvan, Quellin, the countryside of Havrak and Tessaly as a result of the storm."
    )
    assert by_value(claims(text), 612).place is None
    # two places are a pair, the figure's place
    assert by_value(claims("Floods killed 61 people across Ostrel and Karvan."), 61).place == "Ostrel and Karvan"


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    [
        "The ministry counted 3,000 deaths for the whole of Belgara on Monday.",
        "The agency reported a toll of about 3,000 for all of Belgara, including 1,400 in the rebel-held east.",
    ],
)
def test_claims_about_for_all_of_a_place_is_the_figure_s_place(text: str) -> None:
    assert by_value(claims(text), 3000).place == "Belgara"


def test_claims_about_small_count_of_the_event_is_no_claim() -> None:
    text = "Two strong earthquakes struck the coast on Monday, and 40 people were killed, officials said."
    found = claims(text)
    assert [c.value for c in found] == [40]
    assert by_value(found, 40).about == "people killed"


@pytest.mark.parametrize(
    "text",
    [
        "Norvania has deployed about 10,000 soldiers to the border, two senior officials told the Daily Ledger.",
        "The deal is worth about 900 million euros, said three people familiar with the matter.",
        "Two officials confirmed that about 10,000 soldiers had been deployed.",
    ],
)
def test_claims_about_the_count_of_who_speaks_is_no_claim(text: str) -> None:
    found = claims(text)
    assert len(found) == 1 and found[0].value in (10_000, 900_000_000)


def test_claims_about_a_count_that_writes_no_report_is_a_claim() -> None:
    found = claims("Eight out of ten companies are writing apps of their own, Ana Ruiz told the conference.")
    assert by_value(found, 8).source == "Ana Ruiz"


@pytest.mark.parametrize(
    ("about", "measure"),
    [
        ("people killed in Peru", "killed"),
        ("deaths", "killed"),
        ("people lost their lives", "killed"),
        ("people injured", "injured"),
        ("the toll of injured", "injured"),
        ("people treated for injuries", "injured"),
        ("people missing", "missing"),
        ("people rescued from the rubble", "rescued"),
        ("people moved to relief camps", "displaced"),
        ("people evacuated from the valley", "displaced"),
        ("Corvan troops deployed to the border", "deployed"),
        ("Velan Air flights cancelled", "cancelled"),
        ("people carrying out search and rescue", None),
        ("soldiers in the capital", None),
        ("buildings collapsed", "destroyed"),
        ("people in the rebel-held north", None),
        ("people displaced from army-held towns", "displaced"),
        ("people crossed into Orvane", "crossed"),
        ("migrants arrived on the island", "arrived"),
        ("the toll crossed 7,700", "killed"),
        (None, None),
    ],
)
def test_claims_about_measure_vocabulary(about: str | None, measure: str | None) -> None:
    assert measure_of(about) == measure


def test_claims_about_a_phrase_ending_in_a_preposition_takes_its_place_once() -> None:
    from newsledger.nlp.figures import _About

    about = _About(unit="people", core="people killed when the river swept through the valley in", noun=None)
    about.place = "Norvania"
    assert about.text == "people killed when the river swept through the valley in Norvania"


@pytest.mark.parametrize(
    "text",
    [
        "The Norvanian Red Cross said the toll in the Teller valley has risen to more than 1,400 deaths and more "
        "than 2,700 injured, indicating that the number is likely to rise.",
        "The Norvanian Civil Defence said there were more than 1,400 deaths and more than 2,700 injured in the valley.",
    ],
)
def test_claims_about_a_verb_past_another_figure_is_that_figure_s(text: str) -> None:
    found = claims(text)
    deaths, injured = by_value(found, 1400), by_value(found, 2700)
    assert deaths.measure == "killed" and "injured" not in (deaths.about or ""), deaths.about
    assert injured.measure == "injured"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ('"Two hundred and twelve villagers are dead," the Norvanian Red Cross said on Monday.', 212, "killed"),
        ("Officials in Drasna said 80 climbers remain missing after the avalanche.", 80, "missing"),
        # a verb of making says what the counted were made
        (
            "Up to 1,200 residents may have been made homeless by the floods, the Velmont council said.",
            1200,
            "displaced",
        ),
        ("About 400 people were left homeless by the fire in Kessa, officials said.", 400, "displaced"),
        ("Some 300 families were rendered homeless, the mayor of Drasna said.", 300, "displaced"),
        # any verb's complement says what its passive subject or its object is: believed, reported, found
        ("At least 100 people are feared dead after the landslide, the Kessa governor said.", 100, "killed"),
        ("Twelve climbers are presumed dead, the Velmont rescue service said.", 12, "killed"),
        ("Five fishermen were reported missing on Monday, the Drasna coast guard said.", 5, "missing"),
        ("Police in Kessa found three people dead in the house, the chief said.", 3, "killed"),
        ("Some 40 miners were listed as missing, the Velmont mine operator said.", 40, "missing"),
        # a bare number as that subject counts people
        ("At least 20 are feared dead, the Drasna governor said.", 20, "killed"),
        ("Four remain in critical condition, the Kessa hospital said.", 4, "injured"),
        # "in … condition" after a linking verb is a state of the injured
        (
            "Over 90 people were hurt in Kessa on Monday, 18 people are in critical condition, the minister said.",
            18,
            "injured",
        ),
    ],
)
def test_claims_about_a_linking_verb_says_what_the_counted_are(text: str, value: float, measure: str) -> None:
    assert by_value(claims(text), value).measure == measure


def test_claims_about_a_figure_in_a_relative_clause_on_the_place_is_not_another_figure_s() -> None:
    text = (
        "Lena Varga said 3,356 people have so far been killed in Kessa, which registered the highest death toll "
        "among the 10 flood-hit provinces."
    )
    killed = by_value(claims(text), 3356)
    assert killed.place == "Kessa" and killed.about == "people killed in Kessa"


@pytest.mark.parametrize(
    ("sentence", "value", "about"),
    [
        # an amount noun says how much of what follows "of"
        ("Officials said tariffs apply to $40 billion worth of Velmoran steel.", 40e9, "Velmoran steel"),
        # a change in points is about what changed
        ("The Kessa 40 index fell 120 points on Friday, traders said.", 120, "Kessa 40 index"),
        # a value a participle reaches is said of its clause's subject
        ("The Orvel bond weakened sharply this week, hitting 14.5% on Monday.", 14.5, "Orvel bond"),
        # a figure a change goes from or to is about what changes
        ("The plan calls for a cut in panel costs from $0.25 to $0.12 by 2030.", 0.12, "panel costs"),
    ],
)
def test_claims_about_amounts_and_changes(sentence: str, value: float, about: str) -> None:
    assert by_value(claims(sentence), value).about == about


def test_claims_about_a_player_scoring_points_is_not_the_player() -> None:
    assert by_value(claims("Tomas Vell gained 25 points in the second half."), 25).about != "Tomas Vell"


def test_claims_about_a_bare_count_counts_what_the_last_count_did() -> None:
    found = claims(
        "The authority said 300 homes were flooded on Friday. Another 120 were damaged in Kessa.\n\n"
        "Ferries were cancelled. The death toll rose to 12."
    )
    assert (by_value(found, 120).unit, by_value(found, 120).about) == ("homes", "homes damaged in Kessa")
    assert by_value(found, 12).about == "deaths"  # a tally of its own, and another paragraph


def test_claims_about_is_never_the_person_who_did_it() -> None:
    found = claims("Tomas Vell rushed for 101 yards. The Kessa 40 index rose 3% on Friday.")
    assert by_value(found, 101).about != "Tomas Vell"
    assert by_value(found, 3).about == "Kessa 40 index"


# An elided figure (no counted noun, no unit of its own) counts what the figure it continues counts.


def test_claims_about_another_count_continues_the_figure_in_its_role_not_the_nearest_noun() -> None:
    found = claims(
        "Rescue teams said 65 families were evacuated from three hamlets near Drasna. "
        "Another 140 are expected to follow on Friday."
    )
    later = by_value(found, 140)
    assert (later.unit, later.about, later.measure) == ("families", "families evacuated", "displaced")


def test_claims_about_a_count_more_takes_the_earlier_count_s_noun() -> None:
    found = claims("The agency said 70 patients were moved to Velmont on Monday and 45 more on Tuesday.")
    assert by_value(found, 45).unit == "patients"


def test_claims_about_a_part_counts_the_whole_s_thing_in_its_own_area() -> None:
    found = claims("The ministry reported a death toll of 2,300 in Belgara, including 900 in the mountainous south.")
    part = by_value(found, 900)
    assert (part.unit, part.measure, part.about) == ("deaths", "killed", "deaths in mountainous south")
    assert part.place == "Belgara"  # an area with no name lies in the whole's place


def test_claims_about_a_part_keeps_what_its_own_verb_says() -> None:
    found = claims("Police detained 85 protesters in Velmont on Sunday, 30 of whom were later charged.")
    part = by_value(found, 30)
    assert (part.unit, part.measure, part.place) == ("protesters", "charged", "Velmont")


def test_claims_about_a_total_a_figure_brings_counts_that_figure_s_thing() -> None:
    found = claims(
        "Belgaran officials said 1,500 reservists had been sent to the coast this week, "
        "bringing the total there to 9,000."
    )
    total = by_value(found, 9000)
    assert (total.unit, total.measure) == ("reservists", "deployed")


def test_claims_about_the_number_without_of_is_the_number_of_what_the_sentence_before_counted() -> None:
    found = claims(
        "Hundreds more homes are thought to have been destroyed. The number could reach 3,000, the agency said."
    )
    assert (by_value(found, 3000).unit, by_value(found, 3000).about) == ("homes", "homes")


def test_claims_about_more_than_is_a_qualifier_not_a_continuation() -> None:
    found = claims(
        "Flooding destroyed 400 buildings in Velmont. The storm that hit Drasna in 1998 killed more than 9,000."
    )
    assert by_value(found, 9000).unit != "buildings"


def test_claims_about_a_subject_that_is_said_to_be_something_counts_that() -> None:
    found = claims("Of the 50 people taken to hospital in Drasna, 12 were children.")
    assert by_value(found, 12).unit == "children"


def test_claims_about_with_no_participant_counted_a_count_in_a_phrase_is_continued() -> None:
    found = claims("The census team spoke with 1,200 farmers in Drasna. Of those, 840 were counted as smallholders.")
    assert by_value(found, 840).unit == "farmers"


def test_claims_about_the_nearest_sentence_of_the_paragraph_with_a_figure_is_continued() -> None:
    found = claims(
        "Hundreds of parcels reached the depot in Velmont. Vans wait outside. Dozens more are stacked by the gate."
    )
    assert [c.unit for c in found] == ["parcels", "parcels"]


def test_claims_about_a_tally_noun_is_no_thing_to_continue() -> None:
    found = claims(
        "The 185,000 figure comes from the Kelvorian grain plan for the harvest this year. "
        "Another 40,000 would be added next year."
    )
    assert by_value(found, 40000).unit != "figure"


def test_claims_a_count_keeps_the_clause_that_says_which_it_counts() -> None:
    # "the number of X that …": the relative clause restricts what is counted
    found = claims("Orvel Rail said the number of trains that ran late had risen to 1,230.")
    assert [(c.value, c.about) for c in found] == [(1230, "trains that ran late")]


def test_claims_a_tallys_own_value_names_nothing_it_counts() -> None:
    # "a figure of 4.7 million" counts no figures: what it counts is unsaid, as for "the total stood at 5,150"
    found = claims("Calder Water first put the leak's cost at a figure of 4.7 million on Monday.")
    assert [(c.value, c.unit, c.about) for c in found] == [(4_700_000, None, None)]


def test_claims_those_a_tally_counts_are_people_and_the_participle_says_what_happened() -> None:
    # "the number of those stranded": people stranded, as "31 sailors stranded" would be
    stranded = by_value(claims("The storm lifted the number of those stranded on the ferry to 31, Orla Pike said."), 31)
    assert (stranded.unit, stranded.about, stranded.measure) == ("people", "people stranded on the ferry", "stranded")
    missing = by_value(claims("Orla Pike told the council that the count of those missing stood at 12."), 12)
    assert (missing.unit, missing.about, missing.measure) == ("people", "people missing", "missing")
    # a share of them is no tally: what it is a share of is left as it was
    share = by_value(claims("About 45 percent of those waiting at the quay are pensioners, Orla Pike said."), 45)
    assert share.about is None


def test_claims_taking_part_in_an_event_is_what_the_events_noun_names() -> None:
    march = by_value(claims("Some 2,100 people joined the march to the port on Friday, Kessa police said."), 2100)
    assert march.measure == "gathered"
    rally = by_value(claims("Up to 12,000 people took part in the rally, its organisers said on Friday."), 12000)
    assert rally.measure == "gathered"
    walkout = by_value(claims("Some 3,000 drivers joined the walkout on Friday, Orvel Rail said."), 3000)
    assert walkout.measure == "striking"
    # a company is no event: joining it is what it is
    hired = by_value(claims("Orvel Rail said 300 engineers joined the company last year."), 300)
    assert hired.measure == "joined"


def test_claims_a_crowd_is_people_gathered_whatever_gathered_them() -> None:
    # a protest, a rally and a match all draw a crowd: one measure, so a crowd's two counts are one series
    crowd = by_value(claims("Orvel's mayor said a crowd of 2,700 filled the square for the vigil."), 2700)
    assert crowd.measure == "gathered"
    gate = by_value(claims("The concert drew 21,310 spectators, the promoter said."), 21310)
    assert gate.measure == "gathered"
    marched = by_value(claims("The union said 6,300 nurses marched to the ministry on Friday."), 6300)
    assert marched.measure == "gathered"


def test_claims_a_figure_put_on_something_counts_what_befell_it() -> None:
    # "puts X at N people": the people counted are those X names
    crowd = by_value(claims("The vigil's organisers estimated the crowd at 2,600 to 2,900 people."), 2600)
    assert crowd.measure == "gathered"
    dead = by_value(claims("The coroner put the number of dead at 17 people on Friday."), 17)
    assert dead.measure == "killed"


def test_claims_a_month_is_no_march() -> None:
    found = claims("The clinic hired 36 nurses on 9 March, after 14 left in early March, its manager said.")
    assert by_value(found, 36).measure != "gathered"
    # the event, written as one, still is
    assert by_value(claims("About 1,900 people joined the march, the organisers said."), 1900).measure == "gathered"


def test_claims_troops_massed_are_deployed() -> None:
    found = claims("Observers said Varnia had massed 6,500 soldiers along the river, with 700 more arriving daily.")
    assert by_value(found, 6500).measure == "deployed"


def test_claims_taking_part_in_no_event_named_joins_the_one_its_sentence_named() -> None:
    text = "The tenants' league called a rally for Sunday and said 6,800 people took part."
    assert by_value(claims(text), 6800).measure == "gathered"
    text = "The farmers' union held a rally in Orvel on Sunday and said 3,150 members had come by tractor."
    assert by_value(claims(text), 3150).measure == "gathered"
    text = "The nurses' union led a walkout on Monday and said 1,340 of its members joined."
    assert by_value(claims(text), 1340).measure == "striking"
    # a count of deaths is no event anyone joins
    text = "The ministry, which records the deaths, said 700 people attended."
    assert by_value(claims(text), 700).measure == "attended"


def test_claims_the_participle_after_what_a_tally_counts_is_its_measure() -> None:
    # "the number of people stranded stood at 31": people stranded, as "31 people were stranded" would be
    found = by_value(claims("Orla Pike told reporters the number of people stranded at the pass stood at 31."), 31)
    assert (found.unit, found.measure) == ("people", "stranded")


def test_claims_a_list_items_bare_figure_counts_what_the_item_before_counted() -> None:
    text = (
        "Kessa Ferries said storms had stopped 310 sailings this week. By the company's count:\n"
        "• 52 sailings were stopped on Tuesday\n"
        "• 47 on Wednesday"
    )
    assert [(c.value, c.unit, c.measure) for c in record_of(text).claims][-1] == (47, "sailings", "stopped")


def test_claims_a_verb_written_with_back_measures_other_than_the_verb_alone() -> None:
    found = claims(
        "Ivo Tarrant said the barriers would be pulled back 300 metres and the council had cut back 25 posts."
    )
    assert (by_value(found, 300).measure, by_value(found, 25).measure) == ("pulled back", "cut")
