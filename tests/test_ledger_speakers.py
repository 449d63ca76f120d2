"""Speakers across articles: name keys, titles, transliteration variants, merge and split."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import sql
from newsledger.errors import StoreError
from newsledger.ledger import Ledger
from newsledger.ledger.speakers import (
    SpeakerIndex,
    SpeakerInfo,
    better_name,
    name_key,
    same_person,
    skeleton,
    split_title,
)
from newsledger.record import Article, Claim, Entity, Quote, Record, Speaker


@pytest.mark.parametrize(
    ("written", "name", "title"),
    [
        ("Nato chief Mark Rutte", "Mark Rutte", "Nato chief"),
        ("Ukrainian Foreign Minister Andrii Sybiha", "Andrii Sybiha", "Ukrainian Foreign Minister"),
        ("President Volodymyr Zelensky", "Volodymyr Zelensky", "President"),
        ("Mark Rutte", "Mark Rutte", None),
        ("Ursula von der Leyen", "Ursula von der Leyen", None),
        ("A North Korean foreign ministry official", "A North Korean foreign ministry official", None),
    ],
)
def test_ledger_speakers_split_title(written: str, name: str, title: str | None) -> None:
    assert split_title(written) == (name, title)


def test_ledger_speakers_name_key_ignores_case_accents_and_the() -> None:
    assert name_key("the Pentagon") == name_key("Pentagon") == "pentagon"
    assert name_key("NATO") == name_key("Nato")
    assert name_key("Recep Tayyip Erdoğan") == "recep tayyip erdogan"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelenskiy", "Zelensky"),
        ("Volodymyr Zelenskyy", "Zelensky"),
        ("Mark Rutte", "Rutte"),
        ("Andriy Yermak", "Andrii Yermak"),
        ("M. Rutte", "Mark Rutte"),
        ("Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("Raed Saleh", "Raed al Saleh"),
    ],
)
def test_ledger_speakers_same_person(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Yo Jong"),
        ("Mark Rutte", "Anna Rutte"),
        ("Andrii Sybiha", "Andriy Yermak"),
        ("Rutte", "Ruth"),
        ("Li", "Lee"),
        ("Recep Tayyip Erdogan", "Emine Erdogan"),
    ],
)
def test_ledger_speakers_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_ledger_speakers_skeleton_of_transliterations() -> None:
    assert skeleton("Zelensky") == skeleton("Zelenskyy") == skeleton("Zelenskiy")


def test_ledger_speakers_index_prefers_same_first_name() -> None:
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Anna Rutte", "PERSON", seen=10))
    index.add_speaker(SpeakerInfo(2, "Mark Rutte", "PERSON", seen=1))
    assert index.match("Mark Rutte", "PERSON") == 2
    assert index.match("Rutte", "PERSON") == 1  # ambiguous: the most seen
    assert index.match("Rutte", "ORG") is None  # a surname taken for an organisation: two people have it
    index.add_speaker(SpeakerInfo(3, "Ilse Varga", "PERSON", seen=1))
    assert index.match("Varga", "ORG") == 3  # one person has it


def test_ledger_speakers_a_business_is_its_full_name_with_its_trade_and_company_word() -> None:
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Orvane Tin Mining Company", "ORG", seen=1))
    assert index.match("Orvane Tin", "ORG") == 1
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Orvane Tin", "ORG", seen=1))
    assert index.match("Orvane Tin Mining Company", "ORG") == 1
    assert index.match("Orvane Tin Mining Trust", "ORG") is None  # a trust is no company's full name


def _record(rid: str, speakers: list[str], body_word: str, source: str | None = None) -> Record:
    body = f"{body_word} " * 40
    quotes = [
        Quote(
            kind="direct", text=body_word, start=0, end=len(body_word), speaker=Speaker(name=s, text=s, start=0, end=1)
        )
        for s in speakers
    ]
    claims = []
    if source:
        claims.append(Claim(value=5, unit="people", about="people hurt", text=body_word, start=0, end=3, source=source))
    return Record(id=rid, article=Article(body=body + rid, published="2025-01-02"), quotes=quotes, claims=claims)


def test_ledger_speakers_one_entity_across_articles(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest(
            [
                _record("a", ["Nato chief Mark Rutte"], "alpha"),
                _record("b", ["Rutte"], "beta"),
                _record("c", ["Mark Rutte", "Volodymyr Zelenskyy"], "gamma"),
                _record("d", ["Zelensky"], "delta", source="Zelenskiy"),
                _record("e", ["the Pentagon"], "epsilon", source="Pentagon"),
            ]
        )
        rows = {r["name"]: r for r in ledger.speakers()}
        assert set(rows) == {"Mark Rutte", "Volodymyr Zelenskyy", "Pentagon"}
        assert rows["Mark Rutte"]["quotes"] == 3
        assert rows["Mark Rutte"]["titles"][0]["title"] == "Nato chief"
        assert {"Rutte", "Mark Rutte"} <= set(rows["Mark Rutte"]["aliases"])
        assert rows["Volodymyr Zelenskyy"]["quotes"] == 2
        assert rows["Volodymyr Zelenskyy"]["claims"] == 1
        assert rows["Pentagon"]["quotes"] == 1 and rows["Pentagon"]["claims"] == 1
        assert len(ledger.quotes(speaker="Zelenskiy")) == 2


def test_ledger_speakers_merge_and_split(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest([_record("a", ["Defence Ministry"], "alpha"), _record("b", ["War Office"], "beta")])
        assert len(ledger.speakers()) == 2
        merged = ledger.merge_speakers("War Office", "Defence Ministry")
        assert merged["quotes"] == 2
        assert len(ledger.speakers()) == 1
        # a later article using the merged-away name goes to the kept speaker
        ledger.ingest([_record("c", ["Defence Ministry"], "gamma")])
        assert [r["quotes"] for r in ledger.speakers()] == [3]
        assert len(ledger.quotes(speaker="Defence Ministry")) == 3

        split = ledger.split_speaker("War Office", "Defence Ministry")
        assert split["quotes"] == 2
        assert {r["name"]: r["quotes"] for r in ledger.speakers()} == {"Defence Ministry": 2, "War Office": 1}
        ledger.ingest([_record("d", ["Defence Ministry"], "delta")])
        assert {r["name"]: r["quotes"] for r in ledger.speakers()} == {"Defence Ministry": 3, "War Office": 1}
        with pytest.raises(StoreError):
            ledger.merge_speakers("Nobody Known", "Defence Ministry")
        with pytest.raises(StoreError):
            ledger.split_speaker("Defence Ministry", "Defence Ministry")


def test_ledger_speakers_descriptions_are_not_entities(db: str) -> None:
    with Ledger(db) as ledger:
        ledger.ingest([_record("a", ["officials", "he"], "alpha", source="a police spokesman")])
        assert ledger.speakers() == []
        assert ledger.stats()["quotes"] == 2


def test_ledger_speakers_a_role_alone_is_no_one(db: str) -> None:
    # "Mayor defends plan" in one headline and "Prime Minister says" in another name no one across articles
    with Ledger(db) as ledger:
        ledger.ingest(
            [
                _record("a", ["Mayor", "Prime Minister", "Janet Osei"], "alpha", source="Spokesman"),
                _record("b", ["Mayor Janet Osei"], "beta", source="Harbour Board"),
            ]
        )
        rows = {r["name"]: r for r in ledger.speakers()}
        assert set(rows) == {"Janet Osei", "Harbour Board"}
        assert rows["Janet Osei"]["quotes"] == 2


def test_ledger_speakers_keeps_only_plausible_titles(db: str) -> None:
    def rec(rid: str, title: str) -> Record:
        speaker = Speaker(name="Raed al Saleh", text="Raed al Saleh", start=0, end=5, title=title)
        quote = Quote(kind="direct", text="x", start=0, end=1, speaker=speaker)
        return Record(id=rid, article=Article(body=f"{rid} body " * 30), quotes=[quote])

    with Ledger(db) as ledger:
        ledger.ingest([rec("a", "head of the White Helmets"), rec("b", "who heads the White Helmets group")])
        (row,) = ledger.speakers()
        assert [t["title"] for t in row["titles"]] == ["head of the White Helmets"]


_NAMES = st.lists(
    st.sampled_from(
        ["Mark", "Rutte", "Andriy", "Andrii", "Yermak", "Zelensky", "Zelenskyy", "Kim", "Jong", "Un", "M."]
    ),
    min_size=1,
    max_size=3,
).map(" ".join)


@given(_NAMES, _NAMES)
def test_ledger_speakers_same_person_is_symmetric(a: str, b: str) -> None:
    assert same_person(a, b) == same_person(b, a)
    assert same_person(a, a)


@given(
    st.lists(st.sampled_from(["Nato", "chief", "Mark", "Rutte", "of", "Ministry", "the", "Dr."]), max_size=6).map(
        " ".join
    )
)
def test_ledger_speakers_split_title_keeps_the_name_as_written(written: str) -> None:
    name, title = split_title(written)
    assert written.strip().endswith(name)
    if title is not None:
        assert written.startswith(title)


def test_ledger_speakers_a_courtesy_word_or_a_possessive_is_no_title() -> None:
    from newsledger.ledger.database import _plausible_title

    assert not [t for t in ("'s", "’s", "Mr.", "Mr. ’s", "Mrs") if _plausible_title(t)]
    assert all(_plausible_title(t) for t in ("Dr.", "CEO", "MP", "Harbour Board chair", "former special envoy"))


def test_ledger_speakers_a_role_of_a_body_named_in_full_may_run_long() -> None:
    """A title naming its body in full after "of", "for" or "at" is a title up to 14 words; a clause is not."""
    from newsledger.ledger.database import _plausible_title

    assert _plausible_title("general secretary of the Orland Nurses' and Midwives' Union")
    assert _plausible_title("head of communications at the Velm Regional Health and Social Care Network")
    assert not _plausible_title("who said on Monday that the plan would fail because of the Harbour Board")
    assert not _plausible_title("general secretary of the union that represents most nurses in the region")


def test_ledger_speakers_a_description_names_the_one_known_body(db: str) -> None:
    """ "the government's emergency directorate" is the National Emergency Directorate a stored article named,
    when exactly one known body's name ends so and its other words are in the article or only say the level
    of government; a description creates no speaker."""

    def described(rid: str, source: str, body: str) -> Record:
        claim = Claim(value=7, unit="people", about="people killed", text=body[:20], start=0, end=20, source=source)
        return Record(id=rid, article=Article(body=body, published="2025-01-03"), claims=[claim])

    with Ledger(db) as ledger:
        ledger.ingest(
            [
                _record("a", ["National Emergency Directorate"], "alpha"),
                _record("b", ["Kelvorian Health Ministry"], "beta"),
                _record("c", ["Coastal Flood Agency", "Inland Flood Agency"], "gamma"),
                _record("j", ["Ministry of Transport"], "delta"),
                _record("m", ["Varnese Fire Service Directorate"], "epsilon"),
            ]
        )
        guard = Speaker(name="Kelvorian Coast Guard", text="Kelvorian Coast Guard", start=0, end=5, type="ORG")
        body = "kappa " * 40
        ledger.ingest(
            [
                Record(
                    id="k",
                    article=Article(body=body),
                    quotes=[Quote(kind="direct", text="kappa", start=0, end=5, speaker=guard)],
                )
            ]
        )
        ledger.ingest(
            [
                described("d", "the government's emergency directorate", "Seven died, the directorate said. " * 5),
                described("e", "the health ministry", "Seven died in Ostrel, officials said. " * 5),
                described("f", "the health ministry", "Seven Kelvorian towns were hit, officials said. " * 5),
                described("g", "the flood agency", "Seven died on the coast, officials said. " * 5),
                described("h", "the directorate", "Seven died, officials said. " * 5),
                # a kind of body written in two words that the word list writes as one
                described("i", "the country's coast guard", "Seven died off Kelvorian shores, it said. " * 5),
                # a portfolio's body as a description writes it
                described("l", "the transport ministry", "Seven died on the roads, officials said. " * 5),
                # a body's name going on past the kind described ("Fire Service Directorate")
                described("n", "the fire service", "Seven Varnese homes burned, officials said. " * 5),
            ]
        )
        sources = dict(
            sql(
                db,
                "SELECT a.record_id, s.name FROM claims c JOIN articles a ON a.id = c.article_id "
                "LEFT JOIN speakers s ON s.id = c.source_id",
            )
        )
        assert sources == {
            "d": "National Emergency Directorate",
            "e": None,  # the article names no Kelvoria
            "f": "Kelvorian Health Ministry",
            "g": None,  # two flood agencies fit
            "h": None,  # one word says nothing of which directorate
            "i": "Kelvorian Coast Guard",
            "l": "Ministry of Transport",
            "n": "Varnese Fire Service Directorate",
        }
        rows = {r["name"]: r for r in ledger.speakers()}
        assert len(rows) == 7  # a description makes no speaker of its own
        assert rows["National Emergency Directorate"]["claims"] == 1


def test_ledger_speakers_a_company_with_or_without_its_legal_form_is_one(db: str) -> None:
    records = [_record("a", ["Halden Foods Inc"], "alpha"), _record("b", ["Halden Foods"], "beta")]
    for record in records:
        for quote in record.quotes:
            assert quote.speaker is not None
            quote.speaker.type = "ORG"  # as the entity stage types a company's name
    with Ledger(db) as ledger:
        ledger.ingest(records)
        assert [s["name"] for s in ledger.speakers()] == ["Halden Foods Inc"]


def test_ledger_speakers_an_acronym_is_not_a_shorter_ones_plural() -> None:
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Drevanian Railways", "ORG", seen=1))
    assert index.match("DRS", "ORG") is None  # the Drevanian Relief Society, not the railways ("DR")
    assert index.match("DR", "ORG") == 1


def test_ledger_speakers_a_ministry_of_several_portfolios_goes_by_its_first() -> None:
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Ministry of Agriculture and Fisheries", "ORG", seen=1))
    assert index.match("Ministry of Agriculture", "ORG") == 1
    assert index.match("Ministry of Fisheries", "ORG") is None  # the first portfolio only
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Ministry of Health", "ORG", seen=1))
    assert index.match("Ministry of Health and Social Care", "ORG") == 1  # in either order
    # a body's name that joins no portfolios is two bodies' ("Bank of Kessa and Orvel" is no Bank of Kessa)
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Bank of Kessa", "ORG", seen=1))
    assert index.match("Bank of Kessa and Orvel", "ORG") is None


def test_ledger_speakers_a_first_word_two_bodies_share_merges_neither(db: str) -> None:
    """One article reads "Marvale" as the Marvale Water Board, another as the Marvale Fire Service (the region
    both are named after): two bodies with full names of their own stay two."""

    def short_form(rid: str, body_name: str) -> Record:
        record = _record(rid, [body_name], rid)
        for quote in record.quotes:
            assert quote.speaker is not None
            quote.speaker.type = "ORG"
        record.entities = [Entity(text="Marvale", label="ORG", start=0, end=7, canonical=body_name)]
        return record

    with Ledger(db) as ledger:
        ledger.ingest([short_form("a", "Marvale Water Board")])
        ledger.ingest([short_form("b", "Marvale Fire Service")])
        assert sorted(s["name"] for s in ledger.speakers()) == ["Marvale Fire Service", "Marvale Water Board"]


def test_ledger_speakers_a_business_goes_by_the_first_word_of_its_name(db: str) -> None:
    """ "Kellarin said" in one article and "Kellarin Home Appliances" in another are one business, in either
    order; a public body's name opening on a place's ("Marvale Water Board") takes no such short name."""

    def org(rid: str, name: str) -> Record:
        record = _record(rid, [name], rid)
        for quote in record.quotes:
            assert quote.speaker is not None
            quote.speaker.type = "ORG"
        return record

    with Ledger(db) as ledger:
        ledger.ingest([org("a", "Kellarin")])
        ledger.ingest([org("b", "Kellarin Home Appliances"), org("c", "Marvale Water Board")])
        ledger.ingest([org("d", "Kellarin"), org("e", "Marvale")])
        rows = {r["name"]: r["quotes"] for r in ledger.speakers()}
    assert rows == {"Kellarin Home Appliances": 3, "Marvale Water Board": 1, "Marvale": 1}


def test_ledger_speakers_a_body_opening_on_its_country_or_its_nationality_is_one() -> None:
    """ "Belvoria's army" in one outlet is "the Belvorian army" in another, as "Ukraine's army" is the
    "Ukrainian army"; two kinds of body of one nation stay two ("Belvorian government", "Belvorian army")."""
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Belvorian army", "ORG", seen=1))
    index.add_speaker(SpeakerInfo(2, "Ukraine's defence ministry", "ORG", seen=1))
    index.add_speaker(SpeakerInfo(3, "Belvorian government", "ORG", seen=1))
    assert index.match("Belvoria's army", "ORG") == 1
    assert index.match("Ukrainian defence ministry", "ORG") == 2
    assert index.match("Belvorian authorities", "ORG") is None


def test_ledger_speakers_a_ministry_of_a_portfolio_is_its_portfolios_ministry_in_one_country_only() -> None:
    """ "the Belvorian Ministry of Health" is "Belvoria's health ministry"; the Ministry of Health once named as
    Belvoria's is not the Kessarian one, however alike the names."""
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Ministry of Health", "ORG", seen=1))
    index.add_alias(name_key("Belvorian Ministry of Health"), 1, "Belvorian Ministry of Health")
    assert index.match("Belvoria's health ministry", "ORG") == 1
    assert index.match("Belvorian health ministry", "ORG") == 1
    assert index.match("Kessarian Ministry of Health", "ORG") is None
    assert index.match("Kessaria's health ministry", "ORG") is None
    index.add_speaker(SpeakerInfo(2, "Bank of Kessaria", "ORG", seen=1))
    assert index.match("Kessaria", "ORG") is None  # a bank "of" a place is no body of a portfolio


def test_ledger_speakers_a_bodys_own_name_beats_its_owners_possessive() -> None:

    assert better_name("Belvoria's army", "Belvorian army", "ORG")
    assert not better_name("Belvorian army", "Belvoria's army", "ORG")
    assert not better_name("Belvoria's army", "Belvorian government", "ORG")


def test_ledger_speakers_an_acronym_gives_way_to_the_name_it_spells() -> None:
    """ "KRA" first, "Kessa Relief Authority" later: the body is named in full; an acronym of a name in another
    language ("AFAD" beside "Disaster and Emergency Management Presidency") stays, and a full name never gives way
    to an acronym."""
    assert better_name("KRA", "Kessa Relief Authority", "ORG")
    assert not better_name("Kessa Relief Authority", "KRA", "ORG")
    assert not better_name("AFAD", "Disaster and Emergency Management Presidency", "ORG")


def test_ledger_speakers_a_ministry_of_the_portfolio_is_the_portfolio_ministry(db: str) -> None:
    # "<kind> of the <portfolio>" and "<kind> for <portfolio>" are the names "<portfolio> <kind>" writes
    records = [
        _record("a", ["Kessan Ministry of the Interior"], "alpha"),
        _record("b", ["Kessa's interior ministry"], "beta"),
        _record("c", ["Ministry for Development Cooperation"], "gamma"),
        _record("d", ["Development Cooperation Ministry"], "delta"),
    ]
    for record in records:
        for quote in record.quotes:
            assert quote.speaker is not None
            quote.speaker.type = "ORG"
    with Ledger(db) as ledger:
        ledger.ingest(records)
        rows = {r["name"]: r["quotes"] for r in ledger.speakers()}
        assert rows == {"Kessan Ministry of the Interior": 2, "Ministry for Development Cooperation": 2}


def test_ledger_speakers_a_bodys_name_before_of_is_that_body() -> None:
    """ "the Joint Command of the Kessan Forces" in one outlet is "the Joint Command" in another: the words before
    "of" are a name the body goes by, whichever was heard first."""
    index = SpeakerIndex()
    index.add_speaker(SpeakerInfo(1, "Joint Command of the Kessan Forces", "ORG", seen=1))
    assert index.match("Joint Command", "ORG") == 1
    other = SpeakerIndex()
    other.add_speaker(SpeakerInfo(1, "Joint Command", "ORG", seen=1))
    assert other.match("Joint Command of the Kessan Forces", "ORG") == 1
