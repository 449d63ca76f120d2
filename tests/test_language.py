"""The body's language decides whether the English analysis runs (texts written for these tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsledger.api import analyze_html, analyze_text
from newsledger.extract.language import body_language
from newsledger.pipeline import reanalyze_record
from newsledger.record import Record
from newsledger.settings import load_settings

ENGLISH = (
    "The harbour council said on Monday that the new ferry line would open in the spring, and that "
    'it had been delayed by a dispute with the builders. "We are ready to sail," said Tomas Vell, '
    "the council's transport chief, adding that 4,000 passengers a day were expected."
)
PORTUGUESE = (
    "A câmara municipal anunciou na segunda-feira que a nova linha de barcos vai abrir na primavera, "
    'e que o atraso foi causado por uma disputa com os construtores. "Estamos prontos para navegar", '
    "disse o chefe dos transportes, que espera mais de 4.000 passageiros por dia quando a linha abrir."
)
SPANISH = (
    "El ayuntamiento dijo el lunes que la nueva línea de ferry abrirá en la primavera y que el retraso "
    'se debe a una disputa con los constructores. "Estamos listos para zarpar", dijo el jefe de '
    "transporte, que espera más de 4.000 pasajeros por día cuando la línea esté en servicio."
)
GERMAN = (
    "Der Stadtrat teilte am Montag mit, dass die neue Fährlinie im Frühjahr eröffnet werden soll und "
    "dass sich der Bau wegen eines Streits mit den Baufirmen verzögert hat. Man sei bereit, sagte der "
    "Verkehrschef, der mit mehr als 4.000 Fahrgästen pro Tag rechnet, wenn die Linie in Betrieb ist."
)
RUSSIAN = (
    "Городской совет сообщил в понедельник, что новая паромная линия откроется весной, а задержка "
    "связана со спором со строителями. Мы готовы отплыть, сказал глава транспортного отдела."
)
UKRAINIAN = (
    "Міська рада повідомила в понеділок, що нова поромна лінія відкриється навесні, а затримка пов'язана зі суперечкою."
)
JAPANESE = "市議会は月曜日、新しいフェリー航路が春に開通すると発表した。遅れは建設業者との争いによるものだという。"


def test_the_body_names_its_language() -> None:
    assert body_language(ENGLISH) == "en"
    assert body_language(PORTUGUESE) == "pt"
    assert body_language(SPANISH) == "es"
    assert body_language(GERMAN) == "de"
    assert body_language(RUSSIAN) == "ru"
    assert body_language(UKRAINIAN) == "uk"
    assert body_language(JAPANESE) == "ja"


def test_a_few_foreign_words_do_not_change_an_english_body() -> None:
    text = ENGLISH + ' The ferry is named "Estrela do Mar", a gift from the town of Porto Velho.'
    assert body_language(text) == "en"


def test_too_little_text_or_no_prose_is_no_language() -> None:
    assert body_language("Ferry opens") is None
    assert body_language("") is None
    assert body_language("Rockledge 14 11 6 15 44 Palm Bay 20 18 17 15 70 " * 5) is None


@given(st.text())
def test_any_text_gets_an_answer_or_none(text: str) -> None:
    code = body_language(text)
    assert code is None or (code.isalpha() and len(code) == 2)


def test_a_body_in_another_language_is_kept_unanalysed_with_the_reason() -> None:
    record = analyze_text(PORTUGUESE * 2, is_body=True)
    assert isinstance(record, Record)
    assert record.article.language == "pt"
    assert record.article.body.startswith("A câmara")
    assert not record.quotes and not record.claims and not record.entities
    assert record.provenance is not None
    assert any("reads English only" in w for w in record.provenance.warnings)


def test_an_english_body_is_analysed() -> None:
    record = analyze_text(ENGLISH, is_body=True, published="2025-03-03")
    assert isinstance(record, Record)
    assert record.article.language == "en"
    assert [q.speaker.name for q in record.quotes if q.kind == "direct" and q.speaker] == ["Tomas Vell"]


def test_the_body_outranks_a_page_declaring_english() -> None:
    body = f"<article><p>{SPANISH}</p><p>{SPANISH}</p></article>"
    page = f'<html lang="en"><head><title>Ferry</title></head><body>{body}</body></html>'
    record = analyze_html(page)
    assert isinstance(record, Record)
    assert record.article.language == "es"
    assert not record.quotes


def test_reanalysis_leaves_a_body_in_another_language_unanalysed() -> None:
    record = analyze_text(PORTUGUESE * 2, is_body=True)
    assert isinstance(record, Record)
    again = reanalyze_record(record, load_settings())
    assert isinstance(again, Record)
    assert not again.quotes and again.article.language == "pt"


def test_reanalysis_reads_the_language_a_record_stored_unread() -> None:
    """Records stored before the body's language was read said English of every clean body."""
    record = analyze_text(ENGLISH, is_body=True)
    assert isinstance(record, Record)
    record.article.body, record.article.language = PORTUGUESE * 2, "en"
    again = reanalyze_record(record, load_settings())
    assert isinstance(again, Record)
    assert again.article.language == "pt" and not again.quotes and not again.claims
