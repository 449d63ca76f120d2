"""Temporal expressions resolved against the publication date, on fictional sentences."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.api import analyze_text
from newsledger.nlp.dates import (
    copyright_year,
    extract_dates,
    resolve_expression,
    url_year,
    year_nearest,
    yearless_days,
)
from newsledger.nlp.engine import load_nlp
from newsledger.record import DateMention

TUESDAY = date(2024, 10, 29)


def dates(text: str, reference: date | None = TUESDAY) -> list[DateMention]:
    found = extract_dates(load_nlp()(text), reference)
    for d in found:
        assert text[d.start : d.end] == d.text
    return found


def only(text: str, reference: date | None = TUESDAY) -> DateMention:
    found = dates(text, reference)
    assert len(found) == 1, f"{text!r} → {found}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The ministry said on Monday that talks had failed.", "on Monday", "2024-10-28"),
        ("Officials met last Wednesday in Varno.", "last Wednesday", "2024-10-23"),
        ("The mayor spoke on Thursday.", "on Thursday", "2024-10-24"),
        # a bare weekday is the most recent one on or before the paper's date: "on Tuesday" is today
        ("The council voted on Tuesday.", "on Tuesday", "2024-10-29"),
        ("The council voted last Tuesday.", "last Tuesday", "2024-10-22"),
        ("The port reopened yesterday.", "yesterday", "2024-10-28"),
        ("The border was closed three days ago.", "three days ago", "2024-10-26"),
    ],
)
def test_dates_weekday_arithmetic(text: str, mention: str, value: str) -> None:
    d = only(text)
    assert (d.text, d.value, d.granularity) == (mention, value, "day")


def test_dates_future_tense_looks_forward() -> None:
    d = only("The envoy will visit Varno on Friday.")
    assert d.value == "2024-11-01"


def test_what_must_happen_looks_forward_and_a_participle_saying_when_takes_its_verbs_tense() -> None:
    # published on Tuesday 2024-10-29
    assert only("The levy must be paid by Friday.").value == "2024-11-01"
    assert only("The bridge must be inspected by the council starting on Monday.").value == "2024-11-04"
    assert only("The keys must have been lost on Friday.").value == "2024-10-25"
    assert only("Flights were cancelled starting on Friday.").value == "2024-10-25"


def test_an_expected_infinitive_with_its_own_subject_looks_forward() -> None:
    d = only("The chief expected the water to fall below the levee by Friday.")
    assert d.value == "2024-11-01"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Troops crossed the river in August.", "2024-08"),
        ("The dam was finished in December.", "2023-12"),  # no December yet in October 2024: last year's
        ("Prices rose in March 2021.", "2021-03"),
    ],
)
def test_dates_months(text: str, value: str) -> None:
    d = only(text)
    assert (d.value, d.granularity) == (value, "month")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Fighting flared last week near the border.", "2024-10-21", "2024-10-27"),
        ("The mine closed earlier this month.", "2024-10-01", "2024-10-29"),
        ("The river rose this week.", "2024-10-28", "2024-10-29"),
        ("Exports fell last month.", "2024-09-01", "2024-09-30"),
    ],
)
def test_dates_ranges(text: str, start: str, end: str) -> None:
    d = only(text)
    assert (d.value, d.end_value, d.granularity) == (start, end, "range")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The quake struck on Feb. 6, 2023, before dawn.", "2023-02-06"),
        ("The treaty was signed on 6 February 2023 in Varno.", "2023-02-06"),
        ("The vote was held on February 6.", "2024-02-06"),
        ("The vote was held on 6 February.", "2024-02-06"),
        ("Shops reopened on October 30th.", "2023-10-30"),  # after the paper's date: last year's
        ("Data up to 2024-10-20 were included.", "2024-10-20"),
    ],
)
def test_dates_absolute(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "We were told to leave, and we left.",  # "we" is not Wednesday
        "The 2-1/2-year conflict has no end in sight.",
        "Rescuers worked for 116 hours without rest.",
        "Kyiv had been warning about the deployment for weeks.",
        "A 26-year-old man was arrested.",
        "The quake struck at 4:17 a.m. local time.",
        "Mondays are quiet in the market.",
        "She may resign, the minister said.",
    ],
)
def test_dates_rejects_non_dates(text: str) -> None:
    assert dates(text) == []


def test_dates_without_reference_use_a_full_date_in_the_text() -> None:
    found = dates("Monday, Feb. 6, 2023 — Rescuers said on Tuesday that 40 people were saved.", None)
    values = {d.text: d.value for d in found}
    assert values["on Tuesday"] == "2023-02-07"


def test_dates_relative_without_any_reference_are_dropped() -> None:
    assert dates("The ministry said on Monday that talks had failed.", None) == []


def test_dates_resolve_expression_invalid_day_is_none() -> None:
    assert resolve_expression("mdy", {"mon": "Feb", "d": "30", "y": "2023"}, "Feb 30, 2023", TUESDAY) is None


@pytest.mark.parametrize(
    ("mention", "value"),
    [
        # the page was written around its only full date (a Saturday): weekdays within three days either way
        ("on Friday", "2023-02-10"),
        ("On Sunday", "2023-02-12"),
        ("Thursday", "2023-02-09"),
        # a day without a year is the nearest such day, not one a year before the written date
        ("on Feb. 13", "2023-02-13"),
    ],
)
def test_dates_undated_page_resolves_around_its_written_date(mention: str, value: str) -> None:
    text = (
        "Kessa, Feb. 11, 2023 — The rescue group said on Friday that crews were tired. On Sunday more teams came; "
        "Thursday had been quiet. A vote is due on Feb. 13."
    )
    values = {d.text: d.value for d in dates(text, None)}
    assert values[mention] == value


def test_dates_yearless_day_without_any_written_year_is_dropped() -> None:
    # never the year of the clock
    assert dates("The ministry said on Feb. 11 that the bridge had reopened.", None) == []


def test_dates_undated_page_places_a_weekday_by_the_day_written_before_it() -> None:
    text = (
        "The update was pushed late on Friday, March 7, 2025. On Wednesday, March 12, the airline said it had "
        "cancelled 4,100 flights. A consumer group said Tuesday it had received 9,300 complaints."
    )
    values = {d.text: d.value for d in dates(text, None)}
    assert values["Tuesday"] == "2025-03-11"  # the Tuesday near March 12, not the one before March 7


def test_dates_undated_page_places_a_weekday_by_no_day_that_opens_a_span() -> None:
    text = (
        "On Friday, May 8, 2026, the board approved a ferry timetable that applies from June 1. "
        "The union said on Tuesday that it would sign."
    )
    values = {d.text: d.value for d in dates(text, None)}
    assert values["on Tuesday"] == "2026-05-05"  # near May 8, the day the text speaks of, not near the timetable's


def test_dates_undated_page_places_since_a_weekday_before_and_the_same_weekday_again_on_that_day() -> None:
    # Tuesday is three days after the Saturday written on the page and four before it: "since" says before
    text = (
        "Crews worked through Saturday, May 9, 2026.\n\n"
        "The ferry union said crossings had stopped since Tuesday. By its tally:\n"
        "• 40 crossings were dropped on Tuesday\n"
        "• 35 on Wednesday"
    )
    values = [(d.text, d.value) for d in dates(text, None)]
    assert values[1:] == [("Tuesday", "2026-05-05"), ("on Tuesday", "2026-05-05"), ("on Wednesday", "2026-05-06")]


def test_dates_undated_page_takes_its_year_from_its_copyright_notice() -> None:
    text = (
        "WEXMOOR, March 5 (NPW) - Infections rose to 112, the health department said Wednesday.\n\n"
        "© 2025 National Press Wire. All rights reserved."
    )
    values = {d.text: d.value for d in dates(text, None)}
    assert values == {"March 5": "2025-03-05", "Wednesday": "2025-03-05"}
    # a weekday before any day written is unknowable from a year alone
    assert dates("Officials said on Monday that 12 wells were shut. Copyright 2025 Wire.", None) == []


def test_dates_copyright_notice_year_may_follow_the_owner_name() -> None:
    text = "On 3 March the utility said 40 wells were shut.\n\nBrook & Vale is independent. © Brook & Vale 2025"
    assert {d.text: d.value for d in dates(text, None)} == {"3 March": "2025-03-03"}
    assert copyright_year("Copyright © The Ledger Times, 2024. All rights reserved.") == 2024
    # an owner's name is capitalised: a sentence about copyright gives no year
    assert copyright_year("The copyright law was changed in 2019.") is None


def test_dates_that_day_is_the_last_day_the_paragraph_named() -> None:
    text = "The board met on Friday and its chair resigned later that day.\n\nShe left the same day."
    assert [(d.text, d.value) for d in dates(text)] == [("on Friday", "2024-10-25"), ("that day", "2024-10-25")]
    text = "The depot said on October 2 it held 57 crates, and the port counted 318 on that date."
    assert [d.value for d in dates(text)] == ["2024-10-02", "2024-10-02"]


def test_dates_a_part_of_the_next_or_the_same_day_is_a_day() -> None:
    # TUESDAY is 2024-10-29: "by the following morning" is the day after the Friday named before it
    text = "The toll was six on Friday and 11 by the following morning. That evening it rose to 14."
    assert [(d.text, d.value) for d in dates(text)] == [
        ("on Friday", "2024-10-25"),
        ("the following morning", "2024-10-26"),
        ("That evening", "2024-10-26"),
    ]


def test_dates_a_weekday_of_last_week_and_days_counted_on() -> None:
    # TUESDAY is 2024-10-29: "Wednesday last week" is the 23rd; "two days later" counts on from the day before it
    text = "The levee failed on Wednesday last week. The river crested two days later and fell the next day."
    assert [(d.text, d.value) for d in dates(text)] == [
        ("on Wednesday last week", "2024-10-23"),
        ("two days later", "2024-10-25"),
        ("the next day", "2024-10-26"),
    ]
    assert [d.text for d in dates("Two days later, nothing had changed.")] == []  # no day to count from


def test_dates_a_named_day_after_for_is_a_day_but_a_span_is_not() -> None:
    text = "The club reported 1,200 for Saturday alone; the ground was shut for weeks."
    assert [(d.text, d.value) for d in dates(text)] == [("Saturday", "2024-10-26")]


def test_a_day_counted_from_an_event_the_text_dates() -> None:
    """ "the morning after the capsizing" is a day after the day a sentence naming the capsizing gives; "the day
    of the recall" the day the recall was announced; an event the text never dates gives no day."""
    text = (
        "The ferry capsized late on Thursday night off Harran Point. Norrvik Ferries said on the morning after "
        "the capsizing that 231 people had been aboard.\n\n"
        "Ostrel announced the recall on Monday. Its shares fell 18.4 percent on the day of the recall. They fell "
        "again the day after the strike."
    )
    values = {d.text: d.value for d in extract_dates(load_nlp()(text), date(2025, 9, 20))}
    assert values["the morning after the capsizing"] == "2025-09-19"
    assert values["the day of the recall"] == "2025-09-15"
    assert "the day after the strike" not in values


def test_a_day_counted_from_an_event_does_not_date_the_event() -> None:
    """ "the Sunday after the collision" is counted from the event, so its day is not the collision's; with no
    sentence giving the event's own day, "the evening of the collision" has none."""
    text = (
        "Orvel Ferries put the number of passengers hurt at 9 on the evening of the collision and at 16 by March 6. "
        "Its lawyers met the families on the Sunday after the collision."
    )
    values = {d.text: d.value for d in extract_dates(load_nlp()(text), date(2025, 3, 12))}
    assert values["Sunday"] == "2025-03-09"
    assert "the evening of the collision" not in values


def test_that_day_is_not_a_day_that_opens_a_span() -> None:
    text = "On Thursday, the council said, it had cleared 40 roads since Monday and reopened the ring road that day."
    values = {d.text: d.value for d in extract_dates(load_nlp()(text), date(2025, 3, 12))}
    assert values["that day"] == values["On Thursday"] == "2025-03-06"


def test_earlier_in_the_day_is_the_day_named_before_or_the_day_of_publication() -> None:
    text = (
        "The board met the union in the evening. Earlier in the day it had suspended two managers.\n\nThe strike "
        "began on Monday. Later in the day the depot closed."
    )
    found = [(d.text, d.value) for d in extract_dates(load_nlp()(text), date(2025, 3, 12))]
    assert found == [
        ("Earlier in the day", "2025-03-12"),
        ("on Monday", "2025-03-10"),
        ("Later in the day", "2025-03-10"),
    ]


def test_the_end_or_start_of_a_month_is_its_last_or_first_day() -> None:
    text = (
        "The reservoir held 61% of its capacity at the end of June and 48% at the close of September 2023. It was "
        "at 70% at the start of March and should be full by the end of May."
    )
    found = [(d.text, d.value) for d in extract_dates(load_nlp()(text), date(2025, 3, 12))]
    # (a deadline, "by the end of May", is no day a figure is of)
    assert found == [
        ("at the end of June", "2024-06-30"),
        ("at the close of September 2023", "2023-09-30"),
        ("at the start of March", "2025-03-01"),
    ]


def test_the_next_day_counts_on_from_a_day_counted_from_an_event() -> None:
    text = (
        "The ferry capsized late on Thursday night off Harran Point.\n\nNorrvik Ferries said on the morning after "
        "the capsizing that 231 people had been aboard. The next day its chief raised that to 244. Two days later "
        "the coast guard said 262."
    )
    values = {d.text: d.value for d in extract_dates(load_nlp()(text), date(2025, 9, 20))}
    assert (values["The next day"], values["Two days later"]) == ("2025-09-20", "2025-09-22")


def test_dates_undated_page_takes_its_year_from_the_year_its_address_files_it_under() -> None:
    # "/2025/going-home": the year of an undated page's days written without one; its weekday after them is
    # the day they name
    text = (
        "Posted by Ana Brel\n\nOn Tuesday, 21 October, the camp beds in the sports hall began to empty. Police "
        "said on Tuesday that 3,100 residents had been allowed to go home."
    )
    record = analyze_text(text, url="https://kessatoday.example/2025/going-home-at-last")
    assert [(c.value, c.as_of) for c in record.claims] == [(3100, "2025-10-21")]
    assert url_year("https://a.example/news/2025/06/09/story") == 2025
    assert url_year("https://a.example/2019/a/2020/b") is None  # two years: none
    assert url_year("https://a.example/story?year=2025") is None  # a query is no path


def test_days_written_without_a_year_take_the_year_nearest_their_storys_day() -> None:
    days = yearless_days("MERROWPORT, Dec 30 (Orvel) - The vote was held on 28 December, three days before 2026.")
    assert days == [(12, 30), (12, 28)]  # "three days before 2026" writes a year, not a day
    assert year_nearest(days, date(2026, 1, 2)) == 2025
    assert year_nearest(days, date(2025, 12, 20)) == 2025
    assert year_nearest([(1, 3)], date(2025, 12, 30)) == 2026
    assert year_nearest([(2, 29)], date(2025, 3, 1)) in (2024, 2026)  # a leap day only where there is one


def test_dates_undated_page_places_a_weekday_by_no_day_inside_a_phrase_since_opens() -> None:
    # "since the strike vote of May 2" starts a span: "on Saturday" is near the day the page was written
    text = "Orvane held its largest rally since the strike vote of May 2 on Saturday, the organisers said."
    found = extract_dates(load_nlp()(text), None, page_date=date(2025, 5, 10))
    values = {d.text: d.value for d in found}
    assert values["on Saturday"] == "2025-05-10"


def test_dates_undated_page_places_a_weekday_by_no_day_the_text_looks_forward_to() -> None:
    text = (
        "ORVANE, June 13 (Kessa Wire) - Port talks resumed on Friday. The ferry union will meet the board on "
        "Monday. On Wednesday it had said 1,150 crew were idle."
    )
    found = extract_dates(load_nlp()(text), None, page_date=date(2025, 6, 13))
    assert {d.text: d.value for d in found}["On Wednesday"] == "2025-06-11"  # not the one after that Monday
