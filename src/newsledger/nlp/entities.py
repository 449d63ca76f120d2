"""Named entities with canonical names resolved within the article. (first version)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_entities"]

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


def extract_entities(doc: Doc) -> list[Entity]:
    out: list[Entity] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        text = ent.text
        canonical = text[4:] if text.lower().startswith("the ") else text
        out.append(Entity(text=text, label=ent.label_, start=ent.start_char, end=ent.end_char, canonical=canonical))
    return out
