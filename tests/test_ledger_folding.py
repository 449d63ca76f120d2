"""The text the PostgreSQL index is given holds exactly FTS5's tokens (``fold_tokens``), however it is made."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.ledger.storage import fold_text, fold_tokens


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” the mayor said — on Friday.",
        "Erdoğan met São Paulo's mayor at the Café",
        "the ﬁrst ™ mark, ½ a loaf, ² and x²",
        "İstanbul and ΑΘΗΝΑ, snake_case and 3.5%",
        "",
        "\t\n  ",
    ],
)
def test_fold_text_has_the_tokens(text: str) -> None:
    assert fold_text(text).split() == fold_tokens(text)


@given(st.text(max_size=200))
def test_fold_text_has_the_tokens_of_any_text(text: str) -> None:
    assert fold_text(text).split() == fold_tokens(text)
