"""Query capabilities the web app builds on: search filters, paging and facets, the web search syntax,
quotes by date range, one speaker over time, syndication groups, body comparison, read-only ledgers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import Backend
from newsledger.errors import InputError, StoreError
from newsledger.ledger import Ledger
from newsledger.ledger.query import compile_search
from test_ledger_story import HARBOUR, MERIDIAN, MERIDIAN_FOLLOWUP, NORTHLINE, WIRE, story_records


@pytest.fixture
def ledger(db: str) -> Iterator[Ledger]:
    with Ledger(db) as led:
        led.ingest(story_records())
        yield led


def test_ledger_queries_search_filters_and_paging(ledger: Ledger) -> None:
    everything = ledger.search("Teller", syntax="web", limit=50)
    assert len(everything) == 6
    page = ledger.search("Teller", syntax="web", limit=2, offset=2)
    assert [h["article"] for h in page] == [h["article"] for h in everything[2:4]]
    harbour = ledger.search("floods", publisher="The Harbour Times", syntax="web")
    assert {h["publisher"] for h in harbour} == {"The Harbour Times"} and len(harbour) == 2
    march_4_on = ledger.search("floods", since="2025-03-04", syntax="web", limit=50)
    assert all(h["published"] >= "2025-03-04" for h in march_4_on) and MERIDIAN in {h["article"] for h in march_4_on}
    until_3rd = ledger.search("floods", until="2025-03-03", syntax="web", limit=50)
    assert {h["article"] for h in until_3rd} == {WIRE, HARBOUR, NORTHLINE}
    by_marchetti = ledger.search("", speaker="Marchetti", syntax="web")
    assert [h["article"] for h in by_marchetti] == [MERIDIAN_FOLLOWUP]
    assert ledger.search("floods", speaker="Nobody Anyone", syntax="web") == []


def test_ledger_queries_search_empty_text(ledger: Ledger) -> None:
    assert ledger.search("") == []  # the words syntax keeps its answer
    newest = ledger.search("", syntax="web", limit=3)
    assert len(newest) == 3 and newest[0]["published"] >= newest[-1]["published"]
    assert newest[0]["snippet"] is None


def test_ledger_queries_search_marks(ledger: Ledger) -> None:
    hit = ledger.search("kitchens", marks=("\x02", "\x03"))[0]
    assert "\x02kitchens\x03" in hit["snippet"]


def test_ledger_queries_web_syntax(ledger: Ledger) -> None:
    phrase = {h["article"] for h in ledger.search('"field kitchens"', syntax="web", limit=50)}
    assert phrase == {WIRE, HARBOUR, MERIDIAN, NORTHLINE}
    excluded = {h["article"] for h in ledger.search("Teller -kitchens", syntax="web", limit=50)}
    assert excluded and not excluded & phrase
    either = {h["article"] for h in ledger.search("Geneva OR kitchens", syntax="web", limit=50)}
    assert either == phrase | {MERIDIAN_FOLLOWUP}
    assert {h["article"] for h in ledger.search("kitch*", syntax="web", limit=50)} == phrase


@pytest.mark.parametrize("bad", ['"field kitchens', "OR floods", "floods OR", "floods OR OR rain", "-floods", '""'])
def test_ledger_queries_web_syntax_errors(ledger: Ledger, bad: str) -> None:
    with pytest.raises(InputError) as info:
        ledger.search(bad, syntax="web")
    assert info.value.code == "E017"


@given(st.text(max_size=40))
def test_ledger_queries_compile_search_never_passes_raw_syntax(text: str) -> None:
    try:
        expr = compile_search(text)
    except InputError:
        return
    if expr is not None:
        # every user word is inside double quotes: FTS5 sees no operator the user typed
        outside = expr.split('"')[::2]
        assert all(set(part) <= set(" ()*ANDOTR") for part in outside), expr


def test_ledger_queries_facets(ledger: Ledger) -> None:
    facets = ledger.search_facets("floods")
    assert facets["total"] == 6
    assert {f["value"]: f["count"] for f in facets["publishers"]}["The Harbour Times"] == 2
    assert [f["value"] for f in facets["months"]] == ["2025-03"]
    speakers = {f["value"]: f["count"] for f in facets["speakers"]}
    assert speakers["Tomas Velikov"] >= 4
    narrowed = ledger.search_facets("floods", publisher="Daily Meridian")
    assert narrowed["total"] == 2
    assert ledger.search_facets("floods", speaker="Nobody Anyone")["total"] == 0
    sampled = ledger.search_facets("floods", sample=2)
    assert sampled["total"] == 6 and sampled["sampled"] == 2
    assert sum(f["count"] for f in sampled["publishers"]) == 2


def test_ledger_queries_quotes_by_date_and_paging(ledger: Ledger) -> None:
    every = ledger.quotes(speaker="Velikov")
    assert len(every) == 5
    assert {"start", "end", "speaker_id", "title"} <= set(every[0])
    later = ledger.quotes(speaker="Velikov", since="2025-03-05")
    assert later and all((q["date"] or q["published"])[:10] >= "2025-03-05" for q in later)
    early = ledger.quotes(speaker="Velikov", until="2025-03-04")
    assert len(early) + len(later) == 5
    assert ledger.quotes(speaker="Velikov", limit=2, offset=4) == every[4:]
    body = ledger.article(every[0]["article"])["record"]["article"]["body"]  # type: ignore[index]
    assert body[every[0]["start"] : every[0]["end"]] == every[0]["text"]


def test_ledger_queries_one_speaker(ledger: Ledger) -> None:
    velikov = ledger.speaker("Velykov")
    assert velikov is not None and velikov["name"] == "Tomas Velikov"
    assert ledger.speaker(velikov["id"])["name"] == "Tomas Velikov"  # type: ignore[index]
    assert sum(m["quotes"] for m in velikov["by_month"]) == 5
    assert [m["month"] for m in velikov["by_month"]] == ["2025-03"]
    articles = velikov["recent_articles"]
    assert len(articles) == velikov["articles"]
    assert articles[0]["published"] >= articles[-1]["published"]
    assert sum(a["quotes"] for a in articles) == 5
    assert ledger.speaker("Nobody Anyone") is None


def test_ledger_queries_article_speakers(ledger: Ledger) -> None:
    speakers = ledger.article_speakers(WIRE)
    velikov = ledger.speaker("Velikov")
    assert velikov is not None and speakers["Tomas Velikov"] == velikov["id"]
    assert "National Emergency Directorate" in speakers
    assert ledger.article_speakers(999) == {}


def test_ledger_queries_syndication_and_compare(ledger: Ledger) -> None:
    group = ledger.syndication(MERIDIAN)
    assert group[0]["article"] == WIRE
    assert {g["article"] for g in group} == {WIRE, HARBOUR, MERIDIAN, NORTHLINE}
    assert all(g["similarity"] >= 0.7 for g in group[1:])
    assert ledger.syndication(MERIDIAN_FOLLOWUP) == []
    diff = ledger.compare(WIRE, NORTHLINE)
    assert diff is not None and diff.startswith("--- previous")
    assert any(line.startswith("+") and not line.startswith("+++") for line in diff.splitlines())
    assert ledger.compare(WIRE, 999) is None


def test_ledger_queries_readonly_ledger_sees_commits_and_writes_nothing(backend: Backend) -> None:
    db = backend.target()
    with pytest.raises(StoreError):
        Ledger(db, readonly=True)  # nothing to read yet, and it does not create the file
    assert backend.name != "sqlite" or not Path(db).exists()
    records = story_records()
    with Ledger(db) as writer, Ledger(db, readonly=True) as reader:
        writer.ingest(records[:1])
        assert reader.speaker("Velikov") is not None
        assert reader.speaker("Marchetti") is None
        writer.ingest(records[1:])
        assert reader.speaker("Marchetti") is not None  # the speaker index follows the writer's commits
        assert reader.stats()["articles"] == 6
        with pytest.raises(StoreError):
            reader.merge_speakers("Tomas Velikov", "Lena Marchetti")
