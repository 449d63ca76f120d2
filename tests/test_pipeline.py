"""Pipeline wiring: references for relative dates, per-stage results, provenance."""

from __future__ import annotations

from newsledger.api import analyze_text
from newsledger.pipeline import STAGE_VERSIONS
from newsledger.record import Record

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
