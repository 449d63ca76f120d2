"""Numbers that state nothing about the world: note markers, list numbers, numbers closing a name, instructions
and lines with no verb (tables, ingredient lists, price tags); through the real spaCy model, on text we wrote.
Each case keeps a real claim beside the non-claim, so the rule cannot simply drop everything."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a note or citation marker in brackets
        ("A trial in 412 volunteers found the drug cut relapses (14).", 412, 14),
        ("Nurses hear up to 900 alarms a shift [3], the union said.", 900, 3),
        ("The board said 62 schools had closed (7, 8).", 62, 8),
        # the number of an item in a list, alone at the start of its line
        ("Velmora's plan\n\n3. Build the bridge first\n\nThe council said the bridge would cost $40 million.", 40e6, 3),
        # a bare number closing a capitalised name
        ("Orvel sold 2,300 Pax 9 phones last month.", 2300, 9),
        ("Crews worked 16 hours a day from Day 1, the contractor said.", 16, 1),
        # an instruction
        ("Stir in 2 cups of stock. The cafe said it served 340 bowls on Friday.", 340, 2),
        # a number word written as part of a name
        ("The coach said the Big Ten's leading passer had thrown for 2,300 yards.", 2300, 10),
        ("Rask said the Final Four drew 70,000 fans.", 70000, 4),
        # a postal address: a house number before a street, a box, a postcode after a state code
        ("Police said the man, of 3170 W. County Road 600S, carried 30 grams of the drug.", 30, 3170),
        ("The charity said it fed 410 families. Write to P.O. Box 6944, Kessa, KS 66044.", 410, 6944),
        ("The charity said it fed 410 families. Write to P.O. Box 6944, Kessa, KS 66044.", 410, 66044),
        ("Sign up for 3 months for just $5. The firm said 1,800 users joined.", 1800, 5),
        # a line with no verb: a table row, an ingredient list
        ("Keldon 14 11 6 15\n\nThe league said attendance rose to 8,200.", 8200, 14),
        ("Ingredients\n\n4 ripe pears\n1 tsp cinnamon\n\nThe orchard said it picked 90 tonnes.", 90, 4),
        # an age limit on people
        ("The clinic said most of its 400 new cases were in children under 15.", 400, 15),
        # a multiple is a ratio, not a count of what follows
        ("The agency said 10,000 troops were there, three times the figure given last week.", 10000, 3),
    ],
)
def test_claims_numbers_that_state_nothing(text: str, kept: float, dropped: float) -> None:
    found = claims(text)
    by_value(found, kept)
    assert all(c.value != dropped for c in found), [(c.value, c.text) for c in found]


def test_claims_a_line_with_only_a_participle_still_states() -> None:
    found = claims("Storm damage in Velmora\n\n1,200 homes destroyed across the coast\n\nIn Kessa 40 homes burned.")
    assert by_value(found, 1200).unit == "homes"
    assert by_value(found, 40).unit == "homes"


def test_claims_the_age_after_a_name_is_no_claim() -> None:
    found = claims("Lena Vortman, 54, said the clinic treated 230 patients. Kessa, 40 km away, was spared.")
    assert [c.value for c in found if c.value in (54, 230)] == [230]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Set aside 2 hours a week for planning. The survey found 64% of users plan meals.", 64, 2),
        ("Aim to sleep at least 8 hours a night. The clinic said 300 patients took part.", 300, 8),
        ("The stream runs at 1080p, and Orvel said 4,000 players joined.", 4000, 1080),
        ("“How did these two reach Kessa?” one user asked. The ministry said 12 cases were found.", 12, 2),
        ("The 180 page book comes with a record, and the label said it printed 5,000 copies.", 5000, 180),
        ("Seven big questions heading into the vote:\n\nThe poll found 41% backed the plan.", 41, 7),
    ],
)
def test_claims_more_numbers_that_state_nothing(text: str, kept: float, dropped: float) -> None:
    found = claims(text)
    by_value(found, kept)
    assert all(c.value != dropped for c in found), [(c.value, c.text) for c in found]


def test_claims_a_count_before_a_noun_compound_still_counts() -> None:
    found = claims("The firm agreed to hire close to 1,000 maintenance workers, the union said.")
    assert by_value(found, 1000).unit == "workers"


def test_claims_an_age_after_a_name_the_tagger_left_untagged_is_no_figure() -> None:
    found = claims("Braun, 38 – who manages singers – said the label had sold 40,000 copies.")
    assert [c.value for c in found] == [40000]


def test_claims_all_before_a_spelled_count_states_the_whole_count() -> None:
    # "the two lifeboats" refers back to boats named before; "all seven crew" counts them
    found = claims("The two lifeboats reached Kessa at dawn. Orla Pike said all seven crew had been treated.")
    assert [c.value for c in found] == [7]
