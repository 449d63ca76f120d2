"""Claims on fictional sentences, through the real spaCy model."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_helpers import PUBLISHED, by_value, claims
from newsledger.record import Cue, Quote, Speaker


def test_claims_estimate_with_revision_and_dates() -> None:
    text = (
        "The Defence Ministry said on Monday that rebels had seized two border posts. "
        "The Defence Ministry estimated 10,000 Corvan troops had been deployed to the northern hills, "
        "up from an estimate of 3,000 troops last Wednesday."
    )
    found = claims(text)
    later, earlier = by_value(found, 10000), by_value(found, 3000)
    assert later.source == earlier.source == "Defence Ministry"
    assert later.unit == "troops" and "Corvan troops" in (later.about or "")
    assert later.as_of == "2024-10-28"  # the ministry's dated statement earlier in the article
    assert earlier.as_of == "2024-10-23"  # the date in the earlier figure's own phrase
    assert later.revises == found.index(earlier)
    assert earlier.revises is None


def test_claims_source_from_the_quotes_stage() -> None:
    text = "“Over 4,000 fishermen have lost their boats,” the minister told reporters."
    start = text.index("Over")
    quote = Quote(
        kind="direct",
        text=text[start : text.index(",”")],
        start=start,
        end=text.index(",”"),
        cue=Cue("told reporters", text.index("told"), text.index("told") + 14),
        speaker=Speaker(
            name="Ana Velasquez",
            text="the minister",
            start=text.index("the minister"),
            end=text.index("the minister") + 12,
        ),
        date="2024-10-27",
    )
    c = by_value(claims(text, [quote]), 4000)
    assert (c.source, c.as_of, c.qualifier, c.unit) == ("Ana Velasquez", "2024-10-27", "over", "fishermen")


def test_claims_fallback_inside_quotation_marks() -> None:
    text = "“We counted 312 damaged houses in Orla alone,” Mayor Tomas Grell said on Sunday."
    c = by_value(claims(text), 312)
    assert (c.source, c.as_of) == ("Tomas Grell", "2024-10-27")


def test_claims_surname_resolves_to_full_name_written_earlier() -> None:
    text = "Interior Minister Ivo Marchetti visited the camp. Marchetti said 1,250 families had been moved to tents."
    assert by_value(claims(text), 1250).source == "Ivo Marchetti"


def test_claims_according_to_and_postposed_attribution() -> None:
    text = (
        "Some 48 schools were closed, according to the Education Board. "
        "At least 19 people were injured in the blast, police said."
    )
    found = claims(text)
    assert by_value(found, 48).source == "Education Board"
    assert by_value(found, 48).qualifier == "about"
    assert by_value(found, 19).source == "police"
    assert by_value(found, 19).qualifier == "at least"


def test_claims_he_added_continues_the_last_speaker() -> None:
    text = "Vice President Sara Holm said the bridge would reopen. He added that 26 ferries were in service."
    assert by_value(claims(text), 26).source == "Sara Holm"


def test_claims_outlet_voice_has_no_source_and_the_paper_date() -> None:
    text = "The island has 14,000 inhabitants and 3 hospitals."
    found = claims(text)
    for value in (14000, 3):
        c = by_value(found, value)
        assert c.source is None and c.as_of == "2024-10-29"


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("more than 500 people", "over"),
        ("over 500 people", "over"),
        ("nearly 500 people", "nearly"),
        ("almost 500 people", "nearly"),
        ("up to 500 people", "up to"),
        ("around 500 people", "about"),
        ("an estimated 500 people", "about"),
        ("at least 500 people", "at least"),
        ("500 people", None),
    ],
)
def test_claims_qualifiers(phrase: str, qualifier: str | None) -> None:
    c = by_value(claims(f"Officials said {phrase} were evacuated."), 500)
    assert c.qualifier == qualifier


def test_claims_ranges_money_percent_spelled_and_vague() -> None:
    text = (
        "The agency said 11,000 to 12,000 workers were idle, that repairs would cost $1.2 billion, "
        "that prices rose 4.5% and that five thousand homes and dozens of shops were damaged."
    )
    found = claims(text)
    rng = by_value(found, 11000)
    assert (rng.low, rng.high, rng.unit) == (11000, 12000, "workers")
    assert by_value(found, 1_200_000_000).unit == "USD"
    assert by_value(found, 4.5).unit == "percent"
    assert by_value(found, 5000).unit == "homes"
    vague = [c for c in found if c.value is None]
    assert len(vague) == 1 and vague[0].unit == "shops"
    assert all(c.source == "agency" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude-7.8 earthquake struck at a depth of 10 km.",
        "The 2-1/2-year conflict has killed many.",
        "Rescuers pulled a girl out after 116 hours.",
        "A 26-year-old man was arrested on Monday.",
        "The vote is at 4:17 p.m. local time.",
        "The storm of 1999 was the last one.",
        "It was the first time the Group of 20 met there.",
        "Call 0800 555 0199 for help.",
        "2 min read",
        "The quake was felt in 10 provinces.",
        "The vent lies 7 kilometers (4.3 miles) below the seabed.",
        "The two leaders met in Varno.",
        "The bridge opened four years ago.",
        "The ferry sank 116 hours after the storm, in the last 2,000 years the worst.",
        "The census is held every four years.",
        "Talks resume in three days.",
        "She gave a month's wage to the fund.",
        "Today is a day of mourning.",
        "Crews have been working for more than 55 hours.",
        "The tremor lasted about 30 seconds.",
        "The first tremor measured a magnitude of 7.7 and a second, a little later, measured 7.6.",
    ],
)
def test_claims_not_claims(text: str) -> None:
    assert claims(text) == []


def test_claims_odd_formats_never_crash() -> None:
    text = "Figures: 1.2bn, 0.92pc, 3-4,000, 11 000, $-5, 1,00,000, ½, 10e6, 1.2.3, --7, 9/11, 24/7."
    for c in claims(text):
        assert text[c.start : c.end] == c.text


def test_claims_data_subject_and_change_from() -> None:
    text = (
        "Figures released by the Harbour Authority showed 230 ships waiting. "
        "The agency said the toll rose to 500 from 350, and could reach 50,000 or more."
    )
    found = claims(text)
    assert by_value(found, 230).source == "Harbour Authority"
    later, earlier = by_value(found, 500), by_value(found, 350)
    assert later.revises == found.index(earlier) and earlier.as_of is None
    assert by_value(found, 50000).qualifier == "at least"


def test_claims_repeated_figure_is_one_claim() -> None:
    text = (
        "The Red Lantern Society said 812 people had died. "
        "“So far 812 people have died,” the Red Lantern Society said on Sunday."
    )
    found = claims(text)
    assert [c.value for c in found] == [812]
    assert found[0].as_of == "2024-10-27"  # the dated repeat fills in the day


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1.2bn",
                "3-4,000",
                "11 000",
                "$",
                "%",
                "pc",
                "said",
                "he",
                "“",
                "”",
                "on Monday",
                "last week",
                "five",
                "hundred",
                "and",
                "-",
                "to",
                "from",
                "up",
                "according to",
                "the",
                "Rutte",
                ",",
                ".",
                "0",
                "1999",
                "Feb.",
                "6",
                "dozens",
                "of",
                "people",
                "(",
                ")",
                "\n\n",
                "magnitude",
                "7.7",
            ]
        ),
        max_size=30,
    )
)
def test_claims_and_dates_never_raise_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    for published in (PUBLISHED, None):
        for c in claims(text, published=published):
            assert c.revises is None or c.revises >= 0


def test_claims_deep_time_is_a_finding() -> None:
    # a thousand years or more ago is what the scientists found, not when the story happened
    found = claims(
        "Scientists found fossils of a bird in Velostra that they say lived about 150 million years ago, "
        "nearly 10 million years earlier than thought. The ferry sank four years ago."
    )
    values = {c.value: c.source for c in found}
    assert values.get(150_000_000) == "scientists" and values.get(10_000_000) == "scientists"
    assert 4 not in values


def test_claims_who_a_figure_is_according_to_is_no_count() -> None:
    found = claims("The rules could cost the firm up to $2 billion a year, according to two people familiar with them.")
    assert [c.text for c in found if c.value == 2] == []
    assert by_value(found, 2_000_000_000).source == "two people"


def test_claims_an_amount_the_tagger_ran_a_name_into_is_still_an_amount() -> None:
    # NER tags "Baltline 2.5 million" as one person; a sum in a currency is no number inside a name
    found = claims("A court in Kessa on Tuesday fined ferry operator Baltline 2.5 million euros over an accident.")
    assert by_value(found, 2_500_000).unit == "EUR"
