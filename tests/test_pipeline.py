"""Pipeline wiring: references for relative dates, per-stage results, provenance."""

from __future__ import annotations

import pytest

from newsledger import pipeline
from newsledger.api import analyze_text
from newsledger.inputs import document_from_string
from newsledger.pipeline import STAGE_VERSIONS, analyze_documents
from newsledger.record import Record, Rejected
from newsledger.settings import load_settings

UNDATED_PAGE = """Flood waters recede in Kessa valley
Rescue boats move along a flooded street in Kessa, Arland, Monday, March 3, 2025. (Photo: Harbour Gazette)

The regional emergency office said on Tuesday that 1,240 people had been moved to shelters, up from 800 a day
earlier, as the river began to fall.

"We expect most families to return home by the weekend," the office's director, Mara Quill, told reporters.

Aid groups said at least 300 homes had been damaged across the valley.

More stories
Market prices steady - Friday, April 18, 2025
"""


def test_undated_page_takes_its_reference_from_a_caption_above_the_article() -> None:
    record = analyze_text(UNDATED_PAGE)
    assert isinstance(record, Record)
    assert record.article.published is None
    assert "Market prices" not in record.article.body
    tuesday = [d for d in record.dates if d.text.endswith("Tuesday")]
    assert tuesday and tuesday[0].value == "2025-03-04"  # the Tuesday after the captioned Monday, not April's


def test_records_carry_provenance() -> None:
    record = analyze_text(UNDATED_PAGE, published="2025-03-05")
    assert isinstance(record, Record) and record.provenance is not None
    assert record.provenance.stages == STAGE_VERSIONS
    assert record.provenance.input_sha256


def test_a_body_too_long_to_parse_is_rejected_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MAX_BODY_CHARS", 200)
    docs = [
        document_from_string("word " * 100, id="long", is_body=True),
        document_from_string("The council said on Monday that the bridge would reopen.", id="short", is_body=True),
    ]
    long, short = analyze_documents(docs, load_settings())
    assert isinstance(long, Rejected) and long.reason == "too_long" and long.id == "long"
    assert isinstance(short, Record) and short.id == "short"
