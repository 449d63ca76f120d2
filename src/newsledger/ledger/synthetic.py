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

__all__ = ["place_names", "synthetic_records", "vocabulary"]

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
