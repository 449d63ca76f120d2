"""Syndication links a page to an origin it resembles, never through another copy (issue 13)."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.ledger import Ledger
from newsledger.ledger.syndication import exact_similarity, shingle_hashes
from newsledger.ledger.synthetic import same_topic_records, vocabulary
from newsledger.record import Article, Provenance, Record
from newsledger.settings import Settings

THRESHOLD = Settings().syndication_threshold


def _sentences(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    words = vocabulary()
    return [" ".join(rng.choices(words[:5000], k=12)).capitalize() + "." for _ in range(n)]


def _record(rid: str, sentences: list[str], day: int) -> Record:
    return Record(
        id=rid,
        article=Article(body=" ".join(sentences), url=f"https://{rid}.example/", published=f"2025-03-{day:02d}"),
        provenance=Provenance(package_version="test"),
    )


def _sim(a: Record, b: Record) -> float:
    return exact_similarity(shingle_hashes(a.article.body), shingle_hashes(b.article.body))


@pytest.mark.issue(13)
def test_syndication_does_not_chain_through_a_copy(tmp_path: Path) -> None:
    s, t, u = _sentences(1, 100), _sentences(2, 10), _sentences(3, 10)
    a = _record("a", s, 1)
    b = _record("b", s[:90] + t, 2)  # a copy of a, one tenth rewritten
    c = _record("c", s[:80] + t + u, 3)  # a copy of b, another tenth rewritten: no longer like a
    assert _sim(a, b) >= THRESHOLD and _sim(b, c) >= THRESHOLD > _sim(a, c)
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.ingest([a, b, c])
        assert ledger.article("b")["copy_of"] == ledger.article("a")["id"]  # type: ignore[index]
        assert ledger.article("c")["copy_of"] is None  # type: ignore[index]


@pytest.mark.issue(13)
def test_syndication_links_to_the_origin_it_resembles_most_and_keeps_groups_apart(tmp_path: Path) -> None:
    s, t, u = _sentences(4, 100), _sentences(5, 20), _sentences(6, 6)
    first = _record("first", s[:80] + t, 1)  # two stories sharing 80 sentences: not copies of each other
    second = _record("second", s, 2)
    copy = _record("copy", s[:97] + u[:3], 3)  # a copy of the second
    assert _sim(first, second) < THRESHOLD <= _sim(copy, second)
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.ingest([first, second, copy])
        ids = {r: ledger.article(r)["id"] for r in ("first", "second", "copy")}  # type: ignore[index]
        assert ledger.article("copy")["copy_of"] == ids["second"]  # type: ignore[index]
        assert ledger.article("second")["copy_of"] is None  # type: ignore[index]
        assert ledger.article("first")["copies"] == []  # type: ignore[index]


@pytest.mark.issue(13)
def test_syndication_an_earlier_original_takes_over_the_groups_of_its_copies(tmp_path: Path) -> None:
    s, t, u = _sentences(7, 100), _sentences(8, 5), _sentences(9, 5)
    original = _record("original", s, 1)
    one = _record("one", s[:95] + t, 3)
    two = _record("two", s[:95] + u, 4)
    other = _record("other", s[:50] + _sentences(10, 50), 2)
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.ingest([one, other])
        ledger.ingest([two, original])  # the original, published first, arrives last
        origin = ledger.article("original")["id"]  # type: ignore[index]
        assert [ledger.article(r)["copy_of"] for r in ("original", "one", "two", "other")] == [  # type: ignore[index]
            None,
            origin,
            origin,
            None,
        ]


@pytest.mark.issue(13)
def test_syndication_distinct_stories_on_one_event_are_not_copies(tmp_path: Path) -> None:
    records = list(same_topic_records(300))
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.ingest(records, batch_size=50)
        stats = ledger.stats()
    assert stats["articles"] == 300
    assert stats["copies"] <= 3  # at most 1 % (benchmarks/syndication.py measures 4,000)


@pytest.mark.shared
@pytest.mark.issue(13)
def test_syndication_real_pages_and_their_copies(tmp_path: Path, shared_dir: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from syndication import KINDS, make_copy

    rng = random.Random(3)
    pages = sorted((shared_dir / "eval" / "story-dev").glob("*.txt"))  # 25 outlets on one earthquake
    records, want = [], {}
    for path in pages:
        text = path.read_text(encoding="utf-8")
        records.append(_record(f"story-{path.stem}", [text], 1))
        for kind in KINDS[:5]:
            records.append(_record(f"story-{path.stem}-{kind}", [make_copy(text, kind, rng)], 2))
            want[f"story-{path.stem}-{kind}"] = f"story-{path.stem}"
    rng.shuffle(records)
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.ingest(records)
        for path in pages:
            assert ledger.article(f"story-{path.stem}")["copy_of"] is None  # type: ignore[index]
        linked = 0
        for copy, original in want.items():
            found = ledger.article(copy)
            assert found is not None
            if found["copy_of"] is not None:
                assert ledger.article(int(found["copy_of"]))["record_id"] == original  # type: ignore[index]
                linked += 1
    assert linked >= 0.95 * len(want)


@pytest.mark.issue(12)
def test_syndication_finds_copies_in_the_batch_before_and_from_another_writer(db: str) -> None:
    """The band index a batch reads ahead of the writer lock (PostgreSQL) is completed with the batch
    written meanwhile, and read again when another writer wrote: every copy finds its origin."""
    stories = [_sentences(20 + i, 40) for i in range(6)]
    originals = [_record(f"o{i}", s, 1) for i, s in enumerate(stories)]
    copies = [_record(f"c{i}", s[:38] + _sentences(40 + i, 2), 2) for i, s in enumerate(stories)]
    # each copy lands in the batch after its original's (batches of two)
    stream = [originals[0], originals[1], copies[0], originals[2], copies[1], copies[2]]

    def interleaved() -> Iterator[Record]:
        yield from stream
        with Ledger(db) as other:  # another writer, between two batches of the first
            other.ingest([originals[3], originals[4]])
        yield from (copies[3], copies[4])

    with Ledger(db) as ledger:
        ledger.ingest(interleaved(), batch_size=2)
        ledger.ingest([originals[5], copies[5]], batch_size=1)
        for i in range(6):
            assert ledger.article(f"c{i}")["copy_of"] == ledger.article(f"o{i}")["id"], i  # type: ignore[index]
