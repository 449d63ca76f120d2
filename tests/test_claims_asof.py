"""The day a claim refers to (``as_of``) and where it comes from (``as_of_basis``), on sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import by_value, claims, record_of

LIST = "The rescue group announced Friday that the toll had risen to 2,166, with over 3,000 injured as of Saturday."


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        # the figure's own clause beats the day it was said
        ("Police said on Wednesday that 300 people were arrested on Friday.", 300, "2024-10-25"),
        # a count is of the day that ends the period it covers, not of the day that starts it; a plan's end is
        # no day its figure was reached
        (
            "Kessa Bank said on Monday it plans to raise 300 million dalers before the end of November.",
            300_000_000,
            "2024-10-28",
        ),
        ("Orvel Air said on Monday that 905 flights had been cancelled until Oct. 20.", 905, "2024-10-20"),
        (
            "Orvel Air said on Monday that 905 flights were cancelled before its timetable returned to normal on "
            "Oct. 20.",
            905,
            "2024-10-20",
        ),
        (
            "The Kessa Health Agency said on Monday that 40 people had died since the outbreak began on Oct. 2.",
            40,
            "2024-10-28",
        ),
        # the statement's day when the figure's clause has none
        ("The ministry said on Monday that 1,200 families had been moved to tents.", 1200, "2024-10-28"),
        # a count over a span of days is as of the span's last day
        ("The agency on Monday confirmed 19 deaths in an outbreak between October 1 and October 20.", 19, "2024-10-20"),
        # a date on the figure's participle; the other figure keeps the statement's day
        (LIST, 3000, "2024-10-26"),
        (LIST, 2166, "2024-10-25"),
        # a date that names a point of reference is not the figure's day
        ("The toll from the Oct. 6 floods has risen to 4,000, the minister said Monday.", 4000, "2024-10-28"),
        # a clause coordinated with a dated one shares its day
        ("Our team conducted a raid on Tuesday and recovered 3,000 pills, the police chief said.", 3000, "2024-10-29"),
        # a date on a noun of the figure's clause
        ("He said over 90 officers were involved in yesterday's arrests.", 90, "2024-10-28"),
        # where a period starts is not the figure's day, though the tagger reads its head as a noun
        (
            "Since the power cut on 20 July, 231 polling stations have been found to have lost power, the "
            "commission said on Friday.",
            231,
            "2024-10-25",
        ),
        # a "when" clause happens on the day of the clause it hangs on
        (
            "The strike spread on Tuesday, when 4,200 drivers stayed home, the union said on Wednesday.",
            4200,
            "2024-10-29",
        ),
    ],
)
def test_claims_asof_the_figure_s_own_day_first(text: str, value: float, as_of: str) -> None:
    c = by_value(claims(text), value)
    assert (c.as_of, c.as_of_basis) == (as_of, "stated")


def test_claims_asof_a_figure_list_continues_the_day_of_its_first_figure() -> None:
    text = (
        "The agency on Monday confirmed 19 deaths in an outbreak between October 1 and October 20. "
        "The agency also confirmed 39 suspected cases."
    )
    assert by_value(claims(text), 39).as_of == "2024-10-20"


def test_claims_asof_a_source_dated_under_another_of_its_names() -> None:
    text = (
        "On Monday, the International Rescue Committee said it was sending teams. "
        "The IRC said 40 clinics had closed in the north."
    )
    assert by_value(claims(text), 40).as_of == "2024-10-28"


def test_claims_asof_yearless_day_takes_the_latest_year_not_after_the_paper() -> None:
    found = claims(
        "On December 21, police seized 500 kg of heroin, the commissioner said.", published=date(2025, 1, 12)
    )
    assert by_value(found, 500).as_of == "2024-12-21"


def test_claims_asof_falls_back_to_the_publication_date() -> None:
    c = by_value(claims("The agency said 300 people were evacuated."), 300)
    assert (c.as_of, c.as_of_basis) == ("2024-10-29", "published")


def test_claims_asof_unknowable_stays_null() -> None:
    for text in ("The agency said 300 people were evacuated.", "The agency said on Feb. 11 that 300 had fled."):
        c = by_value(claims(text, published=None), 300)
        assert (c.as_of, c.as_of_basis) == (None, None)


def test_claims_asof_a_figure_told_as_given_before_has_no_day_of_the_new_one() -> None:
    text = "Kessa Port said on Monday that 41 berths were in use, previously 38, and that 12 cranes were working."
    found = claims(text)
    assert (by_value(found, 41).as_of, by_value(found, 38).as_of) == ("2024-10-28", None)
    # nor the day a list's heading gives
    text = (
        "Orvel Water said on Tuesday that its reservoirs stood as follows:\n"
        "• Kessa dam: 61 percent full (previously 58 percent)\n"
        "• Varn dam: 44 percent full, formerly 47 percent"
    )
    found = claims(text)
    assert by_value(found, 61).as_of == by_value(found, 44).as_of == "2024-10-29"
    assert by_value(found, 58).as_of is None and by_value(found, 47).as_of is None


def test_claims_asof_a_figure_read_from_a_record_is_of_the_day_the_record_was_made() -> None:
    text = (
        "Drone footage filmed over the valley on Friday showed about 140 flooded farms, according to the Kessa water "
        "board. A count made by the board on Sunday found 180."
    )
    found = claims(text)
    assert by_value(found, 140).as_of == "2024-10-25"


def test_claims_asof_a_day_in_brackets_closing_a_line_dates_all_its_figures() -> None:
    text = (
        "According to the Kessa Health Office:\n"
        "- 15 killed (October 21)\n"
        "- 190 infected, 14 dead (October 24)\n"
        "- 270 infected, 16 dead (October 27)\n"
        # (or a bracket whose other words say only that the figures were given then)
        "Of the samples, 220 were tested and 58 came back positive (figures released on October 28)."
    )
    found = claims(text)
    assert by_value(found, 220).as_of == by_value(found, 58).as_of == "2024-10-28"
    assert [by_value(found, v).as_of for v in (15, 190, 14, 270, 16)] == [
        "2024-10-21",
        "2024-10-24",
        "2024-10-24",
        "2024-10-27",
        "2024-10-27",
    ]


def test_claims_asof_earlier_in_a_part_of_the_day_is_the_days() -> None:
    text = "The Kessa fire service said 40 homes had burned. It had reported 25 earlier in the afternoon."
    assert by_value(claims(text), 25).as_of == "2024-10-29"


def test_a_paragraph_opening_on_a_dated_event_dates_the_past_figures_after_it() -> None:
    # the event's day, not the page's, for a figure stated later in its paragraph in the past tense
    found = claims(
        "The ferry ran aground off Merrow on Sunday in a gale. The coastguard said it had lifted 31 people from "
        "the deck, and the operator said 4 crew had been hurt.\n\n"
        "The coastguard says 12 boats are still searching the bay."
    )
    assert [(c.value, c.as_of) for c in found] == [(31, "2024-10-27"), (4, "2024-10-27"), (12, "2024-10-29")]


def test_claims_asof_an_earlier_value_some_days_before_counts_back_from_the_later() -> None:
    found = claims(
        "The ferry pilots' guild said on Thursday 83 pilots had signed its petition, up from 51 three days earlier. "
        "Tove Marsk said 19 berths were empty, up from 12 a few days earlier."
    )
    assert (by_value(found, 83).as_of, by_value(found, 51).as_of) == ("2024-10-24", "2024-10-21")
    assert by_value(found, 12).as_of is None  # no count of days: some day before, not a known one


def test_claims_asof_a_figure_a_relative_clause_dates_gives_no_day_the_paragraph_continues() -> None:
    text = (
        "On Monday the ferry board said 48 sailings had been cut, more than the 30 it listed on June 2. The board "
        "said it had now inspected 14 hulls."
    )
    found = record_of(text).claims
    assert [by_value(found, v).as_of for v in (48, 30, 14)] == ["2026-11-16", "2026-06-02", "2026-11-16"]


def test_a_bulleted_item_with_no_verb_is_of_the_day_it_names_for_every_figure_in_it() -> None:
    text = (
        "The board has counted wells every week since the drought began. According to the Merrow water board:\n\n"
        "• 18 wells dry and 7 pumps idle by the evening of October 3;\n\n"
        "• 29 wells dry and 11 pumps idle on October 10;\n\n"
        "• 12 farms without water since October 1"
    )
    found = record_of(text).claims
    assert [(c.value, c.as_of) for c in found] == [
        (18, "2026-10-03"),
        (7, "2026-10-03"),
        (29, "2026-10-10"),
        (11, "2026-10-10"),
        (12, "2026-11-20"),
    ]


def test_the_terms_a_proposal_calls_for_are_of_the_day_its_maker_presented_it() -> None:
    found = record_of(
        "The pay offer presented by Kessa Rail on Monday provides for 240 extra drivers and an 8 percent rise."
    ).claims
    assert [(c.value, c.source, c.as_of) for c in found] == [
        (240, "Kessa Rail", "2026-11-16"),
        (8, "Kessa Rail", "2026-11-16"),
    ]


def test_a_part_of_a_sentence_after_a_semicolon_opens_on_its_own_day() -> None:
    found = record_of(
        "On May 6 the water board counted 90 dry wells; on May 9 it said there were 140, including 38 in Orvel."
    ).claims
    assert [(c.value, c.as_of) for c in found] == [(90, "2026-05-06"), (140, "2026-05-09"), (38, "2026-05-09")]
    # a part with no day of its own shares the sentence's opening one
    found = record_of("On Tuesday the water board counted 90 dry wells; the farmers' union put it at 130.").claims
    assert [(c.value, c.as_of) for c in found] == [(90, "2026-11-17"), (130, "2026-11-17")]


def test_a_day_naming_the_event_a_finding_is_about_is_not_the_findings_day() -> None:
    # "in Sunday's vote" says which vote was checked; what was found is of the day it was said
    text = "Auditors said on Wednesday they had found 64 faulty ballot boxes in Sunday's referendum."
    assert by_value(record_of(text).claims, 64).as_of == "2026-11-18"
    text = "The board on Tuesday posted 2,045 scanned tally sheets from Sunday's referendum."
    assert by_value(record_of(text).claims, 2045).as_of == "2026-11-17"
    # what befell people in the event is of its day
    text = "The agency said on Wednesday that 61 people were hurt in Monday's stampede."
    assert by_value(record_of(text).claims, 61).as_of == "2026-11-16"


def test_a_when_clause_of_saying_after_a_day_is_of_that_day() -> None:
    text = "Orla Pike still remembers the meeting on June 4, when the water board said 40 wells were dry."
    assert by_value(record_of(text).claims, 40).as_of == "2026-06-04"
    # a "when" clause after no day gives none
    text = "Orla Pike still remembers the meeting, when the water board said 40 wells were dry."
    assert by_value(record_of(text).claims, 40).as_of == "2026-11-20"


def test_a_day_inside_what_a_verb_of_change_moves_names_the_thing_not_the_figures_day() -> None:
    text = (
        "On Wednesday the operator raised its estimate of the number of passengers stranded by Monday's landslide "
        "to 470."
    )
    assert by_value(record_of(text).claims, 470).as_of == "2026-11-18"


def test_a_statement_said_in_a_period_is_not_of_its_sources_last_dated_day() -> None:
    # 2026-11-20 is a Friday: "on Tuesday" is the 17th
    first = "The Merrow Ferry Union said on Tuesday that 40 crossings had been cancelled."
    text = f"{first} The union said last month that 12 boats were laid up."
    found = record_of(text).claims
    assert by_value(found, 40).as_of == "2026-11-17"
    assert (by_value(found, 12).as_of, by_value(found, 12).as_of_basis) == ("2026-11-20", "published")
    # with no time of its own, the statement goes on from the source's last dated one
    text = f"{first} The union said that 12 boats were laid up."
    assert by_value(record_of(text).claims, 12).as_of == "2026-11-17"


def test_a_figure_counted_in_a_record_made_on_a_day_is_of_that_day() -> None:
    # 2026-11-20 is a Friday: Wednesday is the 18th
    for text in (
        "Kelvcast counted 260 boats in the bay in images taken on Wednesday.",
        "Kelvcast, which counted 260 boats in the bay in images taken on Wednesday, expects new pictures soon.",
    ):
        assert by_value(record_of(text).claims, 260).as_of == "2026-11-18", text
