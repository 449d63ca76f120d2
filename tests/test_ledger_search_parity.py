"""PostgreSQL's full-text search (tsvector, GIN) finds what SQLite's FTS5 finds, on the test corpus:
the same articles for search, the same quotes for quotes --about, the same timeline entries."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from newsledger.ledger import Ledger
from newsledger.ledger.synthetic import place_names, synthetic_records, vocabulary
from newsledger.record import Article, Claim, Record
from test_ledger_story import story_records

# words the two tokenizers could read differently: accents, decimals, hyphens, digits in words, possessives
AWKWARD = (
    "Erdoğan said the Nato-led mission cost 3.5 million euros in Ankara's port; covid19 cases rose "
    "to 1,200 and the co-operation of São Paulo's mayor, Zelenskyy's aide and the U.N. was welcome. "
) * 3


def _corpus() -> list[Record]:
    awkward = Record(
        id="awkward",
        article=Article(body=AWKWARD, title="Café talks: Erdoğan and the Nato-led mission", published="2025-01-05"),
        claims=[
            Claim(
                value=3.5,
                unit="million euros",
                about="cost of the Nato-led mission",
                text=AWKWARD[:60],
                start=0,
                end=60,
            )
        ],
    )
    return [*story_records(), awkward, *synthetic_records(300, words=80, places=30, speakers=60)]


@pytest.fixture(scope="module")
def ledgers(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Ledger]]:
    targets = {"sqlite": str(tmp_path_factory.mktemp("parity") / "l.db"), "postgresql": pg_server.new_ledger_url()}
    opened = {}
    for name, target in targets.items():
        with Ledger(target) as ledger:
            ledger.ingest(_corpus())
        opened[name] = Ledger(target, readonly=True)
    yield opened
    for ledger in opened.values():
        ledger.close()


def _queries() -> list[str]:
    rng = random.Random(3)
    vocab = vocabulary()
    words = [rng.choice(vocab[:300]) for _ in range(15)] + [rng.choice(vocab[300:5000]) for _ in range(15)]
    pairs = [f"{rng.choice(vocab[:500])} {rng.choice(vocab[:500])}" for _ in range(10)]
    fixed = [
        "Teller floods",
        "Velikov",
        "Velykov",
        "evacuated",
        "killed",
        "people died",
        "Red Cross",
        "erdogan",
        "Erdoğan",
        "nato",
        "led",
        "3.5 million",
        "5",
        "covid19",
        "cafe",
        "Sao Paulo",
        "Ankara",
        "co-operation",
        "U.N.",
        "the",
        "and of",
        "troops",
        "floods rescue",
    ]
    return [*fixed, *words, *pairs, *place_names(30)[:10]]


@pytest.mark.parametrize("query", _queries())
def test_ledger_search_finds_the_same_on_both_backends(ledgers: dict[str, Ledger], query: str) -> None:
    found = {name: {r["article"] for r in ledger.search(query, limit=10_000)} for name, ledger in ledgers.items()}
    assert found["postgresql"] == found["sqlite"]
    quotes = {name: {q["id"] for q in ledger.quotes(about=query, limit=10_000)} for name, ledger in ledgers.items()}
    assert quotes["postgresql"] == quotes["sqlite"]
    timelines = {
        name: [(e.group, e.value, e.as_of, e.source, len(e.reports)) for e in ledger.timeline(query)]
        for name, ledger in ledgers.items()
    }
    assert timelines["postgresql"] == timelines["sqlite"]


def test_ledger_search_parity_is_not_empty(ledgers: dict[str, Ledger]) -> None:
    """The comparison above means something: most queries find articles, and snippets mark the words."""
    hits = [len(ledgers["sqlite"].search(q)) for q in _queries()]
    assert sum(1 for h in hits if h) >= len(hits) * 3 // 4
    for ledger in ledgers.values():
        (row,) = ledger.search("Erdoğan mission")
        assert row["id"] == "awkward" and "[" in row["snippet"]


def test_postgres_snippet_marks_words_sharing_a_stem() -> None:
    """PostgreSQL's snippet (made in Python): the window of twelve words with the most query words, each marked
    when a folded piece of it starts with a query word's stem; an ASCII body (searched in one pass) and one with
    an accent (folded word by word) mark the same words."""
    from newsledger.ledger.postgres import PostgresDialect

    body = (
        "Officials met on Monday. Later the troop convoy left Kessa, and evacuation of (Troops) began; "
        "anti-troops protesters and the U.N. watched as 3.5 tonnes of aid arrived. The end came quietly at last."
    )
    dialect = PostgresDialect()
    marked = dialect.snippet(body, ["troops", "evacuated"], ("[", "]"))
    assert marked == ("…Later the [troop] convoy left Kessa, and [evacuation] of [(Troops)] began; [anti-troops]…")
    accented = dialect.snippet(body.replace("Officials", "Officiàls"), ["troops", "evacuated"], ("[", "]"))
    assert accented == marked
    assert dialect.snippet(body, ["u.n."], ("[", "]")).count("[U.N.]") == 1
    assert dialect.snippet("", ["troops"], ("[", "]")) == ""
    assert dialect.snippet("Short text here.", ["nothing"], ("[", "]")) == "Short text here."
