"""Synthetic records for benchmarks and crash tests: deterministic, fictional, shaped like real ones.

Bodies are random pseudo-words with a Zipf-like frequency, so full-text queries behave
like queries over real text; each record carries quotes by speakers from a pool and claims
about a place from a pool (1,000 places by default), so a timeline query for one place
returns a few hundred claims on a ledger of 100,000 articles.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

from .._version import __version__
from ..record import Article, Claim, Cue, Provenance, Quote, Record, Speaker

__all__ = ["place_names", "same_topic_records", "synthetic_records", "vocabulary"]

_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"]
_CODAS = ["", "n", "r", "s", "l", "k", "m"]
_MEASURES = ["killed", "injured", "missing", "displaced", "rescued", "arrested"]
_FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Katya", "Luis"]


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n))


class _Body:
    """A body built sentence by sentence, returning each sentence's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, sentence: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(sentence)
        self.pos += len(sentence) + 1
        return start, start + len(sentence)


def vocabulary(size: int = 20_000, seed: int = 7) -> list[str]:
    """``size`` distinct pseudo-words; earlier words are drawn more often (see ``_weights``)."""
    rng = random.Random(seed)
    words: dict[str, None] = {}
    while len(words) < size:
        words[_syllables(rng, rng.choice((1, 2, 2, 3)))] = None
    return list(words)


def place_names(count: int = 1_000, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    names: dict[str, None] = {}
    while len(names) < count:
        names[_syllables(rng, 3).capitalize()] = None
    return list(names)


def synthetic_records(
    n: int, *, start: int = 0, words: int = 250, places: int = 1_000, speakers: int = 2_000, seed: int = 1
) -> Iterator[Record]:
    """``n`` records numbered from ``start``; the same arguments always give the same records."""
    vocab = vocabulary()
    cum = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(vocab))))
    place_list = place_names(places)
    surnames = place_names(speakers, seed=13)
    for i in range(start, start + n):
        rng = random.Random(seed * 1_000_003 + i)
        place = rng.choice(place_list)
        tokens = rng.choices(vocab, cum_weights=cum, k=words)
        sentences = [" ".join(tokens[j : j + 15]).capitalize() + "." for j in range(0, words, 15)]
        quotes: list[Quote] = []
        claims: list[Claim] = []
        text = _Body()
        for k, sentence in enumerate(sentences):
            text.add(sentence)
            if k == 2:
                name = f"{rng.choice(_FIRST)} {rng.choice(surnames)}"
                said = sentences[k - 1]
                qs, qe = text.add(f"“{said}” {name} said.")
                quotes.append(
                    Quote(
                        kind="direct",
                        text=said,
                        start=qs + 1,
                        end=qs + 1 + len(said),
                        cue=Cue("said", qe - 5, qe - 1),
                        speaker=Speaker(name=name, text=name, start=qe - 6 - len(name), end=qe - 6),
                    )
                )
            if k in (1, 4, 7):
                value = rng.randrange(1, 5_000)
                measure = rng.choice(_MEASURES)
                source = f"{rng.choice(_FIRST)} {rng.choice(surnames)}"
                day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                evidence = f"{value:,} people were {measure} in {place}, {source} said."
                cs, ce = text.add(evidence)
                claims.append(
                    Claim(
                        value=value,
                        unit="people",
                        about=f"people {measure} in {place}",
                        text=evidence,
                        start=cs,
                        end=ce,
                        source=source,
                        as_of=day,
                        measure=measure,
                        place=place,
                        as_of_basis="stated",
                        source_type="PERSON",
                    )
                )
        body = " ".join(text.parts)
        yield Record(
            id=f"synthetic-{i}",
            article=Article(
                body=body,
                url=f"https://outlet{i % 50}.example/{i}",
                title=f"{place}: {tokens[0]}",
                publisher=f"Outlet {i % 50}",
                published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                language="en",
            ),
            quotes=quotes,
            claims=claims,
            provenance=Provenance(package_version=__version__, stages={"synthetic": "news.synthetic.v1"}),
        )


# One event (floods in the fictional Teller valley) told by many outlets: the same facts in the same
# phrases, each story with its own choice and order of sentences, wording variants, figures and names.
_TOPIC_SENTENCES = [
    [
        "Floods in the Teller valley have killed {n} people, {agency} said on {day}.",
        "At least {n} people have died in the floods in the Teller valley, according to {agency}.",
        "The death toll from the Teller valley floods rose to {n} on {day}, {agency} said.",
    ],
    [
        "Rescue teams were still searching for {n2} people missing in {place} and {place2}.",
        "In {place}, rescuers searched through the night for {n2} people reported missing.",
        "Some {n2} people remain missing in {place}, officials in {place2} said.",
    ],
    [
        "“We have never seen the river rise this fast,” said {official}, the mayor of {place}.",
        "“The water came in minutes, not hours,” {official} of {place} told reporters.",
        "“This is the worst flood in living memory,” said {official}, who leads the council in {place}.",
    ],
    [
        "More than {n3} people have been moved to shelters in schools and sports halls.",
        "Around {n3} residents spent the night in emergency shelters across the valley.",
        "{agency} said {n3} people had been evacuated from their homes since {day}.",
    ],
    [
        "The river Teller burst its banks after {n4} millimetres of rain fell in two days.",
        "Forecasters said {n4} millimetres of rain had fallen on the valley since {day}.",
        "Rainfall of up to {n4} millimetres overwhelmed flood defences along the Teller.",
    ],
    [
        "Roads into {place} were cut off and power was down for {n5} households.",
        "About {n5} homes in and around {place} were without electricity on {day}.",
        "The regional grid operator said {n5} customers had lost power in {place2}.",
    ],
    [
        "The government has promised {n6} million crowns in emergency aid.",
        "{official2}, the interior minister, announced {n6} million crowns for the worst-hit towns.",
        "An emergency fund of {n6} million crowns will be released this week, the ministry said.",
    ],
    [
        "Army units with boats and helicopters joined the rescue effort in {place2}.",
        "Soldiers were sent to {place2} to help evacuate elderly residents by boat.",
        "Helicopters lifted {n7} people from rooftops in {place2}, the army said.",
    ],
    [
        "Hospitals in {place} said they had treated {n8} people for injuries and hypothermia.",
        "{n8} people were injured, most of them in {place}, according to health officials.",
        "Doctors in {place} treated {n8} people, several of them in a serious condition.",
    ],
    [
        "Farmers warned that much of the harvest in the lower valley had been lost.",
        "Large areas of farmland along the Teller remain under water, farmers said.",
        "The floods destroyed crops across the lower valley weeks before the harvest.",
    ],
    [
        "Schools in {place} and {place2} will stay closed until {day2}.",
        "Authorities closed schools across the valley until at least {day2}.",
        "Classes in {place2} were cancelled for the rest of the week.",
    ],
    [
        "{official3} of {agency2} said the water level had begun to fall on {day}.",
        "The river began to recede on {day}, {agency2} said, but warned of more rain.",
        "Water levels fell slowly on {day}, according to {official3} of {agency2}.",
    ],
    [
        "Residents criticised the authorities for sending flood warnings too late.",
        "Several residents of {place} said they received no warning before the water arrived.",
        "“Nobody told us to leave,” said {resident}, a shopkeeper in {place}.",
    ],
    [
        "The floods are the deadliest in the region since {year}.",
        "It is the worst disaster to hit the Teller valley since the floods of {year}.",
        "Not since {year} have floods killed so many people in the region.",
    ],
    [
        "Insurers estimate the damage at {n9} million crowns.",
        "Early estimates put the cost of the damage at {n9} million crowns.",
        "The damage could exceed {n9} million crowns, an insurance association said.",
    ],
    [
        "Rail services between {place} and the capital were suspended.",
        "Trains to {place2} were cancelled after a bridge was damaged.",
        "The national railway said the line through {place} would stay shut for {n10} days.",
    ],
    [
        "{agency} urged people not to return home until engineers had checked buildings.",
        "Officials told evacuated families to stay away until their houses were declared safe.",
        "Engineers were inspecting {n11} buildings in {place} for damage, {agency} said.",
    ],
    [
        "Volunteers handed out food, water and blankets at the shelters.",
        "Charities set up kitchens in {place2} to feed people who had lost their homes.",
        "The Red Cross said it had sent {n12} volunteers to the valley.",
    ],
]
_TOPIC_PLACES = [
    "Kessa",
    "Varnholm",
    "Orrel",
    "Dravenport",
    "Tarnby",
    "Pell",
    "Saldane",
    "Korvath",
    "Lunde",
    "Hesk",
    "Merrow",
    "Aldby",
    "Brenna",
    "Calder",
    "Istra",
    "Jorvik",
    "Nesta",
    "Olm",
    "Raskel",
    "Tovin",
]
_TOPIC_AGENCIES = [
    "the regional emergency office",
    "the civil protection agency",
    "the interior ministry",
    "the national weather service",
    "the valley authority",
    "the Red Cross",
    "police",
    "the fire service",
]
_TOPIC_SURNAMES = [
    "Varn",
    "Quill",
    "Okafor",
    "Velikov",
    "Lind",
    "Moreau",
    "Halloran",
    "Sato",
    "Brandt",
    "Novak",
    "Ferreira",
    "Kaur",
    "Mensah",
    "Rossi",
    "Dahl",
    "Ivanova",
    "Petrov",
    "Haas",
    "Lutz",
    "Berg",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def same_topic_records(n: int, *, start: int = 0, seed: int = 3) -> Iterator[Record]:
    """``n`` distinct stories on one event, as many outlets write it: no story is a copy of another.

    Each story tells most of the same facts in the same stock phrases, with the figures of the day
    it was written (14 days, each with its own figures) and the same officials, so that pairs of
    stories look alike to a shingle comparison (median estimated similarity about 0.6); each has
    its own choice and order of sentences, wording, and some figures and names of its own.
    The same arguments always give the same records.
    """
    event = random.Random(seed)
    days = [
        {
            "n": 40 + 25 * d + event.randrange(10),
            **{f"n{k}": f"{event.randrange(10, 9_000):,}" for k in range(2, 13)},
            "day": _DAYS[d % 7],
            "day2": _DAYS[(d + 3) % 7],
        }
        for d in range(2)
    ]
    officials = {key: f"{event.choice(_FIRST)} {event.choice(_TOPIC_SURNAMES)}" for key in ("2", "3")}
    mayors = {place: f"{event.choice(_FIRST)} {event.choice(_TOPIC_SURNAMES)}" for place in _TOPIC_PLACES}
    for i in range(start, start + n):
        rng = random.Random(seed * 1_000_003 + i)
        day = rng.randrange(2)
        chosen = [s for s in _TOPIC_SENTENCES[1:] if rng.random() < 0.9]
        for _ in range(len(chosen) // 3):  # the facts in about the usual order, some moved up or down
            k = rng.randrange(len(chosen) - 1)
            chosen[k], chosen[k + 1] = chosen[k + 1], chosen[k]
        places = rng.sample(_TOPIC_PLACES[:3], 2)
        sentences = []
        for variants in [_TOPIC_SENTENCES[0], *chosen]:
            facts = dict(days[day])
            if rng.random() < 0.1:  # an outlet's own figure for this sentence
                facts.update(
                    {"n": rng.randrange(20, 400), **{f"n{k}": f"{rng.randrange(10, 9_000):,}" for k in range(2, 13)}}
                )
            sentences.append(
                rng.choices(variants, weights=(5, 1, 1))[0].format(
                    **facts,
                    place=places[0],
                    place2=places[1],
                    agency=rng.choice(_TOPIC_AGENCIES[:3]),
                    agency2=rng.choice(_TOPIC_AGENCIES[:3]),
                    official=mayors[places[0]],
                    official2=officials["2"],
                    official3=officials["3"],
                    resident=f"{rng.choice(_FIRST)} {rng.choice(_TOPIC_SURNAMES)}",
                    year=1953,
                )
            )
        body = "\n\n".join(" ".join(sentences[j : j + 2]) for j in range(0, len(sentences), 2))
        yield Record(
            id=f"topic-{i}",
            article=Article(
                body=body,
                url=f"https://outlet{i}.example/teller-floods",
                title="Floods in the Teller valley",
                publisher=f"Outlet {i}",
                published=f"2025-03-{1 + day:02d}",
                language="en",
            ),
            provenance=Provenance(package_version=__version__, stages={"synthetic": "news.synthetic.topic.v1"}),
        )
