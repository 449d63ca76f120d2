"""The number parser: odd news formats parse, anything else is skipped, nothing raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.nlp.numbers import find_quantities, parse_number, range_apart, words_to_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("11,000", 11000),
        ("11 000", 11000),
        ("5.3 million", 5_300_000),
        ("1.2bn", 1_200_000_000),
        ("0.92", 0.92),
        ("five thousand", 5000),
        ("One hundred and forty-seven", 147),
        ("two", 2),
        ("a million", 1_000_000),
        ("twenty-one", 21),
        ("12,34,567", 1_234_567),
        ("3.63 lakh", 363_000),
        ("four lakh", 400_000),
        ("1,200 crore", 12_000_000_000),
        ("a dozen", 12),
        ("two dozen", 24),
    ],
)
def test_numbers_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,00", "12,345,67", "a", "and", "million million x", "1 00"])
def test_numbers_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def one(text: str) -> tuple[float | None, float | None, float | None, str | None, bool]:
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r} → {found}"
    q = found[0]
    return q.value, q.low, q.high, q.unit, q.vague


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11,000 to 12,000 troops", (11000, 11000, 12000, None, False)),
        ("3-4,000 people", (3000, 3000, 4000, None, False)),
        ("between 5 and 10 million", (5_000_000, 5_000_000, 10_000_000, None, False)),
        ("$1.2 billion", (1_200_000_000, None, None, "USD", False)),
        ("€4.8bn", (4_800_000_000, None, None, "EUR", False)),
        ("0.92pc", (0.92, None, None, "percent", False)),
        ("12%", (12, None, None, "percent", False)),
        ("6.1 per cent", (6.1, None, None, "percent", False)),
        ("several hundred people", (None, None, None, None, True)),
        ("dozens of homes", (None, None, None, None, True)),
        ("tens of thousands", (None, None, None, None, True)),
        ("₹4 lakh", (400_000, None, None, "INR", False)),
        ("Rs 1,23,456", (123_456, None, None, "INR", False)),
        ("N50,000", (50_000, None, None, "NGN", False)),
        ("Can$1.9 billion", (1_900_000_000, None, None, "CAD", False)),
        ("USD 5m", (5_000_000, None, None, "USD", False)),
        ("80 cents", (0.8, None, None, "USD", False)),
        ("45p", (0.45, None, None, "GBP", False)),
        ("310 million dollars", (310_000_000, None, None, "USD", False)),
        ("a 60-euro fee", (60, None, None, "EUR", False)),  # a currency's name hyphened to the amount it sizes
        ("$42,000 to $45,000", (42_000, 42_000, 45_000, "USD", False)),
        ("2 percentage points", (2, None, None, "percentage points", False)),
        ("50 basis points", (50, None, None, "basis points", False)),
        ("25bp", (25, None, None, "basis points", False)),
        ("14.98C", (14.98, None, None, "degrees Celsius", False)),
        ("2.7-degree Celsius", (2.7, None, None, "degrees Celsius", False)),
        ("1.5 °C", (1.5, None, None, "degrees Celsius", False)),
        ("36 months", (36, None, None, "months", False)),
        ("a month", (1, None, None, "months", False)),
        ("two or three days", (2, 2, 3, "days", False)),
        ("3 km", (3, None, None, "km", False)),
        ("380,000 square kilometres", (380_000, None, None, "square km", False)),
        ("38.5 kg", (38.5, None, None, "kg", False)),
        ("1 in 5", (0.2, None, None, "ratio", False)),
        ("one in four", (0.25, None, None, "ratio", False)),
    ],
)
def test_numbers_find_quantities_formats(text: str, expected: tuple[object, ...]) -> None:
    assert one(text) == expected


def test_numbers_and_is_two_figures_not_a_range() -> None:
    values = [q.value for q in find_quantities("912 dead and 5,000 injured")]
    assert values == [912, 5000]


def test_numbers_a_change_then_a_level_is_two_figures_not_a_range() -> None:
    found = [(q.value, q.low, q.high, q.unit) for q in find_quantities("fell 12% to 289.4 million units")]
    assert found == [(12, None, None, "percent"), (289_400_000, None, None, None)]
    assert one("5 to 10%") == (5, 5, 10, "percent", False)  # a range of shares, its unit written once


def test_numbers_spans_are_exact() -> None:
    text = "At least 912 people, up from five hundred, and 3-4,000 more."
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    ["COVID-19", "F-16 jets", "at 4:17 a.m.", "magnitude-7.8", "24/7", "N95 masks", "try harder", "a second quake"],
)
def test_numbers_glued_to_names_and_times_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_numbers_article_is_no_number_before_other_words() -> None:
    # "a five per cent rise": the article belongs to the phrase, the figure is five
    found = find_quantities("a five per cent rise")
    assert [(q.text, q.value, q.unit) for q in found] == [("five per cent", 5, "percent")]


def test_numbers_ratio_is_not_a_year_or_time() -> None:
    assert [q.unit for q in find_quantities("3 in 2020")] == [None, None]
    assert [q.unit for q in find_quantities("2 in 10 days")] == [None, "days"]


def test_numbers_words_to_number_needs_number_words() -> None:
    assert words_to_number("an hour") is None
    assert words_to_number("a hundred") == 100


@given(st.text(max_size=80))
def test_numbers_never_raise_on_arbitrary_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
    parse_number(text)


@given(st.integers(min_value=0, max_value=10**15))
def test_numbers_round_trip_formatted_integers(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", " ")) == n
    assert parse_number(str(n)) == n
    found = find_quantities(f"officials counted {n:,} votes")
    assert [q.value for q in found] == [n]


@given(st.integers(min_value=1, max_value=999_999))
def test_numbers_round_trip_spelled_integers(n: int) -> None:
    ones = [
        "",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def spell(k: int) -> str:
        parts = []
        if k >= 100:
            parts.append(f"{ones[k // 100]} hundred")
            k %= 100
            if k:
                parts.append("and")
        if k >= 20:
            parts.append(tens[k // 10] + (f"-{ones[k % 10]}" if k % 10 else ""))
        elif k:
            parts.append(ones[k])
        return " ".join(parts)

    words = spell(n // 1000) + " thousand " + spell(n % 1000) if n >= 1000 else spell(n)
    assert words_to_number(words.strip()) == n


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["$", "£", "€", "₹", "US$", "Can$"]))
def test_numbers_round_trip_money(n: int, sign: str) -> None:
    found = find_quantities(f"the fund paid {sign}{n:,} to the council")
    codes = {"$": "USD", "US$": "USD", "Can$": "CAD", "£": "GBP", "€": "EUR", "₹": "INR"}
    assert [(q.value, q.unit, q.kind) for q in found] == [(n, codes[sign], "money")]


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["lakh", "crore"]))
def test_numbers_round_trip_indian_scales(n: int, scale: str) -> None:
    hundredths = n / 100
    found = find_quantities(f"officials recovered ₹{hundredths} {scale} in cash")
    factor = 100_000 if scale == "lakh" else 10_000_000
    assert len(found) == 1 and found[0].unit == "INR"
    assert found[0].value == pytest.approx(hundredths * factor)


@given(
    st.decimals(min_value=0, max_value=999, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["%", " per cent", " percent", " percentage points", " basis points", "C"]),
)
def test_numbers_round_trip_shares_points_and_temperatures(x: object, suffix: str) -> None:
    found = find_quantities(f"it stood at {x}{suffix} on the day")
    assert len(found) == 1 and found[0].value == pytest.approx(float(str(x)))
    expected = {"%": "percent", " per cent": "percent", " percent": "percent", "C": "degrees Celsius"}
    assert found[0].unit == expected.get(suffix, suffix.strip())


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_numbers_ranges_are_ordered(a: int, b: int) -> None:
    found = find_quantities(f"between {a:,} and {b:,} people")
    if a < b:
        assert [(q.value, q.low, q.high) for q in found] == [(a, a, b)]
    else:
        assert all(q.low is None for q in found)


def test_numbers_a_figure_past_the_decimal_context_is_a_float() -> None:
    # found by benchmarks/fuzz.py: rounding 10**24 to six places raised decimal.InvalidOperation
    found = find_quantities("The fund claimed 1,000,000,000,000,000B in assets.")
    assert [q.value for q in found] == [1e24]


def test_numbers_a_rate_s_denominator_is_no_figure_of_its_own() -> None:
    # "a night" after a count opens the rate's denominator; "a month" after a verb is one month
    text = "Drivers who work ten hours a day, twice a week, pay $1,840 a year; she spent a month on the ward."
    found = [(q.text, q.unit) for q in find_quantities(text)]
    assert ("a month", "months") in found
    assert not any(t in ("a day", "a week", "a year") for t, _ in found)
    # so does one thing right before it: "an hour a day"
    assert [q.text for q in find_quantities("They walked more than an hour a day.")] == ["an hour"]


@pytest.mark.parametrize(
    ("text", "unit"), [("17 ounces", "ounces"), ("500 ml", "ml"), ("441 calories", "calories"), ("2 oz", "ounces")]
)
def test_numbers_volumes_and_energy_are_measures(text: str, unit: str) -> None:
    from newsledger.nlp.figures import unit_kind

    (q,) = find_quantities(text)
    assert q.unit == unit and unit_kind(q.unit) == "measure"


def test_half_a_scale_word_is_half_of_it() -> None:
    assert [(q.text, q.value) for q in find_quantities("Half a million people have lost power.")] == [
        ("Half a million", 500000)
    ]
    assert [q.value for q in find_quantities("half a dozen were hurt")] == [6]


def test_numbers_a_change_by_an_amount_to_a_level_is_no_range() -> None:
    found = find_quantities("Unemployment rose by 23,000 to 412,000, the office said.")
    assert [(q.value, q.low, q.high) for q in found] == [(23000, None, None), (412000, None, None)]
    ranged = find_quantities("The toll could rise to 300 to 400.")
    assert [(q.low, q.high) for q in ranged] == [(300, 400)]


def test_a_currency_code_no_table_holds_before_a_scaled_amount_is_money() -> None:
    """ "LDR 4.6m": three capitals before an amount with a scale are its currency's code, whatever the currency;
    before a bare number they are no money ("FTSE 100", "ABC 12")."""
    assert [(q.value, q.unit) for q in find_quantities("it approved LDR 4.6m in refunds")] == [(4_600_000, "LDR")]
    assert [(q.value, q.unit) for q in find_quantities("a cost of LDR 85 million")] == [(85_000_000, "LDR")]
    between = find_quantities("a cost of between LDR 85 million and LDR 110 million")
    assert [(q.low, q.high, q.unit) for q in between] == [(85_000_000, 110_000_000, "LDR")]
    assert all(q.unit not in ("ABC", "FTS") for q in find_quantities("the FTSE 100 rose and ABC 12 aired"))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the ministry set aside 40 billion hryvnias for repairs", "UAH"),
        ("a fine of 2.5 million roubles", "RUB"),
        ("the deal was worth 900 million zlotys", "PLN"),
        ("losses of 12 billion pesos", "MXN"),
    ],
)
def test_a_currency_written_after_an_amount_is_its_code(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the port will cost 2 billion Australian dollars", 2_000_000_000, "AUD"),
        ("a fine of 40 million Danish crowns", 40_000_000, "DKK"),
        ("fares rose to 15 Swiss francs", 15, "CHF"),
        ("a loan of 300 million Egyptian pounds", 300_000_000, "EGP"),
    ],
)
def test_a_currency_name_a_nationality_qualifies_is_that_nations_currency(text: str, value: int, unit: str) -> None:
    """ "2 billion Australian dollars" is AUD, not dollars with a stray adjective; the amount spans both words."""
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.kind) == (value, unit, "money")
    assert q.text.endswith(text.rsplit(maxsplit=1)[-1])


def test_a_qualified_currency_name_that_reads_as_other_words_is_no_unit() -> None:
    assert all(q.unit is None for q in find_quantities("it bought 2 Brazilian real estate firms"))


def test_a_currency_name_that_is_an_english_word_is_no_unit() -> None:
    assert all(q.unit is None for q in find_quantities("the party that in 2019 won 40 seats"))


def test_a_period_after_a_figure_with_its_scale_glued_on_is_its_rate() -> None:
    assert [q.text for q in find_quantities("to cost traders 3m crowns a month")] == ["3m"]
    assert [q.text for q in find_quantities("a loss of 2bn euros a year")] == ["2bn euros"]
    assert [q.text for q in find_quantities("He rested for a month.")] == ["a month"]


def test_range_apart_reads_a_range_as_its_two_figures() -> None:
    text = "costs went from 5 to 10 million dalers"
    (spread,) = [q for q in find_quantities(text) if q.high is not None]
    first, second = range_apart(spread)
    assert (first.value, second.value) == (5_000_000, 10_000_000)
    assert (text[first.start : first.end], text[second.start : second.end]) == ("5", "10 million")
    assert range_apart(find_quantities("409 dalers")[0])[0].value == 409
    # a falling figure takes the scale written on the second too, a figure written in full keeps its own
    (falling,) = find_quantities("cut from 1.5 to 1.2 million")
    assert [q.value for q in range_apart(falling)] == [1_500_000, 1_200_000]
    (full,) = find_quantities("from 900,000 to 1.2 million")
    assert [q.value for q in range_apart(full)] == [900_000, 1_200_000]
