"""Claims of any kind: money, shares, points, durations, temperatures, distances, ranges and ratios, with the
unit the figure is written in and what it is of; through the real spaCy model, on sentences we wrote."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Velan Air said it lost $210 million in revenue.", 210_000_000, "USD"),
        ("The court ordered him to pay ₹4 lakh, the prosecutor said.", 400_000, "INR"),
        ("Profit was 80 cents a share, the company said.", 0.8, "USD"),
        ("The bank said it would lend Can$1.9 billion.", 1_900_000_000, "CAD"),
        ("The magistrate imposed a fine of N50,000, the agency said.", 50_000, "NGN"),
        ("The union said 63.6 per cent of members backed the strike.", 63.6, "percent"),
        ("Support fell 2 percentage points, the pollster said.", 2, "percentage points"),
        ("The central bank raised its rate by 50 basis points, officials said.", 50, "basis points"),
        ("The mean temperature was 14.2C, the weather service said.", 14.2, "degrees Celsius"),
        ("The judge ordered him to serve 36 months on supervised release.", 36, "months"),
        ("The coach said the striker faces a month on the sidelines.", 1, "months"),
        ("The survey spanned 15 months, the ministry said.", 15, "months"),
        ("Officials said a 3 km radius around the farm was sealed off.", 3, "km"),
        ("Police said 38.5 kg of cocaine was seized.", 38.5, "kg"),
        ("One in five adults smokes, the health board said.", 0.2, "ratio"),
    ],
)
def test_claims_kinds_value_and_unit(sentence: str, value: float, unit: str) -> None:
    c = by_value(claims(sentence), value)
    assert c.unit == unit, c


def test_claims_kinds_ranges() -> None:
    found = claims(
        "The exit poll gave the party 50-58 seats. A kilogram sells for $42,000 to $45,000, police said. "
        "The clinic said results take two or three days."
    )
    assert (by_value(found, 50).low, by_value(found, 50).high, by_value(found, 50).unit) == (50, 58, "seats")
    assert (by_value(found, 42000).high, by_value(found, 42000).unit) == (45000, "USD")
    assert (by_value(found, 2).high, by_value(found, 2).unit) == (3, "days")


@pytest.mark.parametrize(
    ("sentence", "value", "about"),
    [
        ("Velan Air said it lost $210 million in revenue.", 210_000_000, "revenue"),
        ("The airline said it cancelled 1,200 Velan Air flights.", 1200, "Velan Air flights"),
        ("The central bank kept the repo rate unchanged at 6.5 per cent, the governor said.", 6.5, "repo rate"),
        ("The mean temperature in Corvania was 14.2C, the weather service said.", 14.2, "mean temperature"),
        ("The union said 63.6 per cent of members backed the strike.", 63.6, "members backed"),
        ("Police said 38.5 kg of cocaine was seized.", 38.5, "cocaine"),
        ("The judge ordered him to do 300 hours of community service.", 300, "community service"),
        ("The court imposed a fine of $5,000 on the club, the league said.", 5000, "fine"),
    ],
)
def test_claims_kinds_about_names_what_the_figure_is_of(sentence: str, value: float, about: str) -> None:
    c = by_value(claims(sentence), value)
    assert (c.about or "").startswith(about), c.about


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        ("The airline said it cancelled 1,200 flights.", 1200, "cancelled"),
        ("The ministry said 4,000 soldiers were deployed to the border.", 4000, "deployed"),
        ("The ministry said 4,000 soldiers were sent to the border.", 4000, "deployed"),
        ("The ministry said 4,000 soldiers were in the capital.", 4000, None),
        ("The central bank kept the repo rate unchanged at 6.5 per cent, the governor said.", 6.5, "held"),
        ("The agency said 300 people were killed in the floods.", 300, "killed"),
        ("The agency said 300 people lost their lives.", 300, "killed"),
        ("Police said they arrested 12 people.", 12, "arrested"),
        ("The club said it signed 3 players.", 3, "signed"),
        ("The regulator said 20 banks were audited.", 20, "audited"),
        ("The chief executive said the outage would cost the airline $90 million.", 90_000_000, "cost"),
        ("The carmaker said it would shed 2,000 jobs.", 2000, "cut"),
        ("The board said the company would split 400 shares.", 400, "split"),
        # a prefixed irregular verb goes like its stem
        ("The judge ordered the firm to repay 1.1 million euros.", 1_100_000, "repaid"),
        ("The council said it would rebuild 40 homes.", 40, "rebuilt"),
        # damages sought in court are money owed, not damage done
        ("The council said it would seek 3 million euros in damages.", 3_000_000, "sought"),
    ],
)
def test_claims_kinds_measure_is_one_vocabulary_else_the_participle(
    sentence: str, value: float, measure: str | None
) -> None:
    assert by_value(claims(sentence), value).measure == measure


@pytest.mark.parametrize(
    ("sentence", "value", "place"),
    [
        ("The agency said 300 people were killed in Kessa province.", 300, "Kessa"),
        ("The agency said the Peruvian death toll rose to 300.", 300, "Peru"),
        ("The agency said 300 people were killed across Peru and Bolivia.", 300, "Peru and Bolivia"),
        ("The agency said Peru's death toll rose to 300.", 300, "Peru"),
        ("The agency said 300 people were killed in Türkiye.", 300, "Turkey"),
        ("Kelvoria has sent about 3,000 troops to Belgara, the ministry said.", 3000, "Belgara"),
        ("The airline said it would fly 300 passengers to Belgara.", 300, None),
    ],
)
def test_claims_kinds_place_is_normalised(sentence: str, value: float, place: str | None) -> None:
    assert by_value(claims(sentence), value).place == place


@pytest.mark.parametrize(
    "sentence",
    [
        "The party won 200 seats, the election board said. It took power four years ago.",
        "The crew returned a week ago.",
        "The tunnel runs 40 miles north of the city.",
        "The bridge cost 250 million liras (about $13 million), the mayor said.",
    ],
)
def test_claims_kinds_relative_times_positions_conversions_are_no_claims(sentence: str) -> None:
    values = {c.value for c in claims(sentence)}
    assert values <= {200, 250_000_000}, values


def test_claims_kinds_parenthesised_figure_without_a_unit_is_a_claim() -> None:
    found = claims("Offences rose 51 per cent since 2010 (30,620), the statistics office said.")
    assert by_value(found, 30620).source == by_value(found, 51).source


def test_claims_kinds_repeats_are_one_claim_only_for_the_same_thing() -> None:
    found = claims(
        "The governor said the repo rate stays at 6.5 per cent. "
        "He said growth is projected at 6.5 per cent, with the third quarter at 6.5 per cent."
    )
    assert [c.value for c in found] == [6.5, 6.5, 6.5]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "about"),
    [
        ("The Orvel test rig measured 38 dB of ambient noise, the lab said.", 38, "dB", "ambient noise"),
        ("Kestrel said the motor makes 540 Nm of torque.", 540, "Nm", "torque"),
        ("The firm said the tablet ships with 8GB of memory.", 8, "GB", "memory"),
    ],
)
def test_claims_kinds_units_of_machines_say_what_they_measure(
    sentence: str, value: float, unit: str, about: str
) -> None:
    c = by_value(claims(sentence), value)
    assert (c.unit, c.about) == (unit, about), c
