"""Timelines from a ledger (both backends): what the claim rows keep, queries a reader types, one entry per
statement across outlets under all of a source's names, and the record telling what the rows tell."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from conftest import sql
from newsledger.cli import cli
from newsledger.ledger import Ledger, record_from_dict
from newsledger.record import Article, Claim, Entity, Provenance, Quote, Record, Speaker


def _claim(body: str, value: float, about: str, source: str | None, as_of: str | None, **kw: Any) -> Claim:
    unit = kw.pop("unit", next(w for w in about.split() if w.islower()))  # "North Korean troops": troops
    return Claim(value=value, unit=unit, about=about, text=body[:20], start=0, end=20, source=source, as_of=as_of, **kw)


def _record(rid: str, published: str, claims: list[Claim], **kw: Any) -> Record:
    body = f"Report {rid} from {kw.pop('publisher', 'Outlet')}: " + " ".join(f"word{i}{rid}" for i in range(60))
    return Record(
        id=rid,
        article=Article(body=body, url=f"https://{rid}.example/", publisher=f"Outlet {rid}", published=published),
        claims=claims,
        quotes=kw.pop("quotes", []),
        entities=kw.pop("entities", []),
        provenance=Provenance(package_version="test", stages={"nlp.claims": "test.v1"}),
    )


def _war() -> list[Record]:
    """One deployment told by four outlets under three spellings of the source and three words for troops."""
    b = "North Korea has sent troops."
    return [
        _record(
            "a",
            "2024-10-24",
            [
                _claim(
                    b, 3000, "North Korean troops", "Pentagon", "2024-10-23", measure="deployed", as_of_basis="stated"
                ),
                _claim(b, 7, "soldiers killed", "Volodymyr Zelenskyy", "2024-10-23", as_of_basis="stated"),
            ],
        ),
        _record(
            "b",
            "2024-10-29",
            [
                _claim(
                    b,
                    10000,
                    "North Korean soldiers in Russia",
                    "the Pentagon",
                    "2024-10-28",
                    measure="deployed",
                    place="Russia",
                    as_of_basis="stated",
                    qualifier="at least",
                ),
                _claim(
                    b,
                    11000,
                    "North Korean servicemen",
                    "Zelensky",
                    "2024-10-28",
                    measure="deployed",
                    as_of_basis="stated",
                ),
            ],
        ),
        _record(
            "c",
            "2024-10-30",
            [
                # the Pentagon's figure of the 28th, reported two days later (no day of its own)
                _claim(
                    b,
                    10000,
                    "North Korean troops in Russia",
                    "Pentagon",
                    "2024-10-30",
                    measure="deployed",
                    place="Russia",
                    as_of_basis="published",
                ),
                _claim(
                    b, 11000, "North Korean troops", "Zelenskiy", "2024-10-28", measure="deployed", as_of_basis="stated"
                ),
            ],
        ),
        _record(
            "d",
            "2024-10-29",
            [
                _claim(
                    b,
                    10000,
                    "North Korean troops",
                    "Pentagon",
                    "2024-10-28",
                    measure="deployed",
                    place="Russia",
                    as_of_basis="stated",
                )
            ],
        ),
    ]


def test_ledger_series_claim_rows_keep_the_analysis(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(_war())
    rows = sql(
        db,
        "SELECT c.value, c.measure, c.place, c.as_of_basis, c.subject, c.owner FROM claims c "
        "JOIN articles a ON a.id = c.article_id WHERE a.record_id = 'b' ORDER BY c.idx",
    )
    assert rows == [
        (10000.0, "deployed", "Russia", "stated", "troops", "North Korean"),
        (11000.0, "deployed", None, "stated", "troops", "North Korean"),
    ]
    # a record without a measure: the one vocabulary's word for what its about says
    assert sql(db, "SELECT measure FROM claims WHERE value = 7") == [("killed",)]


def test_ledger_series_one_entry_per_statement_across_outlets(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(_war())
        entries = ledger.timeline("North Korean troops")
        assert {e.group for e in entries} == {"North Korean troops deployed in Russia", "North Korean troops killed"}
        deployed = {(e.source, e.value): e for e in entries if e.measure == "deployed"}
        assert set(deployed) == {("Pentagon", 3000), ("Pentagon", 10000), ("Volodymyr Zelenskyy", 11000)}
        pentagon = deployed[("Pentagon", 10000)]
        assert sorted(r.record_id for r in pentagon.reports) == ["b", "c", "d"]
        assert pentagon.as_of == "2024-10-28" and pentagon.as_of_basis == "stated"
        assert pentagon.revises is deployed[("Pentagon", 3000)]
        zelensky = deployed[("Volodymyr Zelenskyy", 11000)]
        assert sorted(r.record_id for r in zelensky.reports) == ["b", "c"]  # Zelensky, Zelenskiy
        # an "at least 10,000" and 11,000 of the same day can both hold
        assert "disagreement" not in zelensky.flags
        d = pentagon.to_dict()
        assert (d["series"], d["measure"], d["place"], d["as_of_basis"]) == (
            "count|troops|north korea|deployed|russia",
            "deployed",
            "Russia",
            "stated",
        )


def test_ledger_series_a_query_for_a_thing_finds_the_series_a_word_of_it_opens(db: str) -> None:
    # "laptops" asks for "laptop shipments" and "laptop sales" too, in articles that count no laptops themselves,
    # beside the laptops recalled; not for "desk lamps"
    b, lamps = "Shipments fell.", "Lamps sold out."
    records = [
        _record("r", "2025-10-13", [_claim(b, 212000, "laptops recalled", "Nerova", "2025-10-13")]),
        _record("s", "2025-10-14", [_claim(b, 11, "laptop shipments", "Kessa Data", "2025-10-14", unit="percent")]),
        _record("t", "2025-10-15", [_claim(b, 4, "laptop sales", "Kessa Data", "2025-10-15", unit="percent")]),
        _record("u", "2025-10-15", [_claim(lamps, 9, "desk lamps", "Kessa Data", "2025-10-15")]),
    ]
    with Ledger(db) as ledger:
        ledger.ingest(records)
        assert sorted(e.value for e in ledger.timeline("laptops")) == [4, 11, 212000]
        assert sorted(e.value for e in ledger.timeline("laptop")) == [4, 11, 212000]


def test_ledger_series_queries_a_reader_types(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(_war())
        for query in ("soldiers", "servicemen deployed", "troops in Russia", "North Korean soldiers"):
            groups = {e.group for e in ledger.timeline(query)}
            assert "North Korean troops deployed in Russia" in groups, query
        assert {e.group for e in ledger.timeline("soldiers killed")} == {"North Korean troops killed"}
        assert ledger.timeline("troops in Estaria") == []
        assert ledger.timeline("flights cancelled") == []
        # no query: the series with the most reports first
        listed = ledger.timeline("", series=1)
        assert {e.group for e in listed} == {"North Korean troops deployed in Russia"}
    result = CliRunner().invoke(cli, ["timeline", "--db", db])
    assert result.exit_code == 0 and result.output.startswith("North Korean troops deployed in Russia: 3 statement(s)")
    table = CliRunner().invoke(cli, ["timeline", "soldiers", "--db", db]).output
    assert "~2024-10-30" not in table and "3 report(s)" in table


def test_ledger_series_the_listing_leaves_out_figures_that_say_not_what_they_count(db: str) -> None:
    """Percentages of unrelated things in unrelated articles, and counts naming nothing, are no series to list
    first, however many there are: the listing names things counted ("troops deployed")."""
    b = "Polling and prices."
    vague = [
        _record(
            f"p{i}",
            "2024-10-20",
            [
                Claim(value=40 + i, unit="percent", about=None, text=b, start=0, end=len(b), source=f"Pollster {i}"),
                Claim(value=9 + i, unit=None, about=None, text=b, start=0, end=len(b), source=f"Agency {i}"),
                Claim(value=1_000_000 * i, unit="USD", about=None, text=b, start=0, end=len(b), source=f"Firm {i}"),
            ],
        )
        for i in range(1, 6)
    ]
    with Ledger(db) as ledger:
        ledger.ingest([*_war(), *vague])
        groups = [e.group for e in ledger.timeline("", series=3)]
        assert groups and all(g.startswith("North Korean troops") for g in groups)
        assert all(not e.keyed for e in ledger.timeline("Pollster"))
    table = CliRunner().invoke(cli, ["timeline", "--db", db]).output
    assert "(unspecified)" not in table and "percent" not in table and "money" not in table


def test_ledger_series_a_measure_query_reads_a_source_s_figures_whose_measure_went_unsaid(db: str) -> None:
    """A later article gives the source's new figure without saying what happened ("now stands at 52 people"):
    it is the source's killed figure, and the query for killed reads it although its row names no measure."""
    b = "The Norvanian Red Cross said the toll rose."
    records = [
        _record(
            "a",
            "2025-03-02",
            [_claim(b, 40, "people killed", "Norvanian Red Cross", "2025-03-02", measure="killed", place="Norvania")],
        ),
        _record("b", "2025-03-05", [_claim(b, 52, "people", "Norvanian Red Cross", "2025-03-05", place="Norvania")]),
    ]
    with Ledger(db) as ledger:
        ledger.ingest(records)
        assert sql(db, "SELECT value, measure FROM claims ORDER BY value") == [(40, "killed"), (52, None)]
        killed = ledger.timeline("killed")
        assert {(e.value, e.group) for e in killed} == {
            (40, "people killed in Norvania"),
            (52, "people killed in Norvania"),
        }


def test_ledger_series_organisations_under_their_other_names(db: str) -> None:
    """An acronym and its expansion, a name without the word for its kind, a common name."""
    b = "Agency said."
    with Ledger(db) as ledger:
        ledger.ingest(
            [
                _record("a", "2023-02-07", [_claim(b, 3703, "deaths", "AFAD", "2023-02-07", unit="deaths")]),
                _record(
                    "b",
                    "2023-02-08",
                    [
                        _claim(
                            b,
                            5000,
                            "deaths",
                            "Disaster and Emergency Management Authority",
                            "2023-02-08",
                            unit="deaths",
                        )
                    ],
                    entities=[
                        Entity("Disaster and Emergency Management Authority", "ORG", 0, 5, "AFAD"),
                        Entity("AFAD", "ORG", 6, 10, "AFAD"),
                    ],
                ),
                _record("c", "2023-02-14", [_claim(b, 40000, "deaths", "Anadolu Agency", "2023-02-14", unit="deaths")]),
                _record("d", "2023-02-15", [_claim(b, 41000, "deaths", "Anadolu", "2023-02-15", unit="deaths")]),
                _record("e", "2023-02-14", [_claim(b, 2274, "deaths", "White Helmets", "2023-02-14", unit="deaths")]),
                _record(
                    "f",
                    "2023-02-16",
                    [_claim(b, 2300, "deaths", "Syrian Civil Defense", "2023-02-16", unit="deaths")],
                    quotes=[
                        Quote(
                            kind="direct",
                            text="Report f",
                            start=0,
                            end=8,
                            speaker=Speaker(
                                "Syrian Civil Defense",
                                "Syrian Civil Defense",
                                0,
                                5,
                                "ORG",
                                "better known as the White Helmets",
                            ),
                        )
                    ],
                ),
                _record("g", "2023-02-17", [_claim(b, 2400, "deaths", "Civil Defense", "2023-02-17", unit="deaths")]),
                _record(
                    "h", "2023-02-17", [_claim(b, 90, "deaths", "Turkish government", "2023-02-17", unit="deaths")]
                ),
                _record(
                    "i", "2023-02-17", [_claim(b, 95, "deaths", "Turkish authorities", "2023-02-17", unit="deaths")]
                ),
            ]
        )
        names = {s["name"]: s["claims"] for s in ledger.speakers()}
        assert names == {
            "AFAD": 2,
            "Anadolu Agency": 2,
            "White Helmets": 3,
            "Turkish government": 1,
            "Turkish authorities": 1,
        }
        sources = {e.value: e.source for e in ledger.timeline("deaths")}
        assert sources[5000] == "AFAD" and sources[41000] == "Anadolu Agency" and sources[2400] == "White Helmets"
        # the stored records show the ledger's speaker too
        record = ledger.article("f")["record"]  # type: ignore[index]
        assert (
            record["claims"][0]["source"] == "White Helmets"
            and record["quotes"][0]["speaker"]["name"] == "White Helmets"
        )


def test_ledger_series_record_follows_a_merge_and_a_split(db: str) -> None:
    b = "Officials said."
    with Ledger(db) as ledger:
        ledger.ingest(
            [
                _record("a", "2025-03-03", [_claim(b, 42, "people killed", "Defence Ministry", "2025-03-03")]),
                _record("b", "2025-03-04", [_claim(b, 57, "people killed", "War Office", "2025-03-04")]),
            ]
        )
        ledger.merge_speakers("War Office", "Defence Ministry")
        shown = ledger.article("a")["record"]["claims"][0]  # type: ignore[index]
        assert shown["source"] == "War Office" and shown["source_id"] == shown["source_id"]
        assert {e.source for e in ledger.timeline("killed")} == {"War Office"}
        exported = {r["id"]: r for r in ledger.rows("records")}
        assert exported["a"]["claims"][0]["source"] == "War Office"
        assert record_from_dict(exported["a"]).claims[0].source == "War Office"  # still re-ingestable
        ledger.split_speaker("War Office", "Defence Ministry")
        assert ledger.article("a")["record"]["claims"][0]["source"] == "Defence Ministry"  # type: ignore[index]
        killed = ledger.timeline("killed")
        assert {e.source for e in killed} == {"War Office", "Defence Ministry"}
        assert all("revision" not in e.flags for e in killed)  # two sources now


def test_ledger_series_cli_json_keeps_its_fields(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(_war())
    out = json.loads(CliRunner().invoke(cli, ["timeline", "troops", "--db", db, "--format", "json"]).output)
    keys = {"group", "value", "low", "high", "unit", "about", "qualifier", "source", "as_of", "flags", "revises"}
    assert all(
        keys | {"first_reported", "origins", "reports", "series", "measure", "place", "as_of_basis"} <= set(e)
        for e in out
    )


def test_ledger_series_an_owner_in_a_query_reads_articles_naming_its_country(db: str) -> None:
    """ "Russian troops" reads the article that only says "Russia has sent 3,000 troops to Belarus", and that
    unowned figure, in the place and measure only Russian troops are counted in, is theirs."""

    def record(rid: str, published: str, body: str, claim: Claim) -> Record:
        return Record(
            id=rid,
            article=Article(body=body, url=f"https://{rid}.example/", publisher=f"Outlet {rid}", published=published),
            claims=[claim],
            provenance=Provenance(package_version="test", stages={"nlp.claims": "test.v1"}),
        )

    first = "Russia has sent about 3,000 troops to Belarus, the ministry said on Wednesday. " * 3
    later = "About 10,000 Russian soldiers are now in Belarus, the agency said on Monday. " * 3
    records = [
        record(
            "a",
            "2025-10-24",
            first,
            Claim(
                value=3000,
                unit="troops",
                about="troops sent to Belarus",
                text="3,000 troops",
                start=21,
                end=33,
                source="Defence Ministry",
                as_of="2025-10-22",
                measure="deployed",
                place="Belarus",
                as_of_basis="stated",
            ),
        ),
        record(
            "b",
            "2025-10-29",
            later,
            Claim(
                value=10000,
                unit="soldiers",
                about="Russian soldiers in Belarus",
                text="10,000 Russian soldiers",
                start=6,
                end=29,
                source="Intelligence Agency",
                as_of="2025-10-27",
                place="Belarus",
                as_of_basis="stated",
            ),
        ),
    ]
    with Ledger(db) as ledger:
        ledger.ingest(records)
        groups = {e.value: e.group for e in ledger.timeline("Russian troops")}
        assert groups == {3000: "Russian troops deployed in Belarus", 10000: "Russian troops deployed in Belarus"}
