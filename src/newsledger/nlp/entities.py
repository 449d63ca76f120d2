"""Named entities with canonical names resolved within the article.

spaCy's NER finds the mentions; we normalise each one ("the Harbour Board" → "Harbour Board", "Mr. Marr" →
"Marr", "Norvania’s" → "Norvania") and resolve short person mentions to the fullest name the article uses
for the same person ("Eklund" → "Jonas Eklund"), preferring a full name seen earlier.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..record import Entity
from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["HONORIFICS", "LABELS", "extract_entities", "normalise_name", "resolve_person"]


LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}

# Courtesy and rank words written before a name are not part of it ("Foreign Minister Dmytra Kolvak").
HONORIFICS = words("titles")

_POSSESSIVE = re.compile(r"[’']s?$")
_EDGE = " \t\r\n,;:!?\"“”‘’'()[]—–-"


def _strip_stop(name: str) -> str:
    """Drop a sentence stop glued to a name ("X."), but keep the stops of "U.S."."""
    return name[:-1] if name.endswith(".") and name.count(".") == 1 and len(name) > 2 else name


def normalise_name(text: str, label: str) -> str:
    """The canonical form of one mention: no article, no possessive, no honorific, one-line spacing."""
    name = " ".join(text.split())
    name = re.sub(r"\s*\([^)]*\)?$", "", name) or name  # "Coastal Flood Authority (CFA": the acronym is no part
    name = _strip_stop(name.strip(_EDGE)).strip(_EDGE)
    name = _POSSESSIVE.sub("", name).strip(_EDGE)
    if name.lower().startswith("the "):
        name = name[4:]
    if label == "PERSON":
        words = name.split()
        # "EC Chairperson Ana Osei", "Kessa Mayor Ivo Rask": the name is what follows the last title
        titled = [k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in HONORIFICS]
        if titled:
            words = words[titled[-1] + 1 :]
        name = " ".join(words)
    return name


def resolve_person(name: str, full_names: list[str]) -> str:
    """Map a short person mention ("Eklund", "Jonas") to the first longer name that contains it."""
    words = name.split()
    if not words:
        return name
    for full in full_names:
        fw = full.split()
        if len(fw) <= len(words):
            continue
        # surname ("Eklund"), or first name alone ("Jonas") of a name seen in full
        if fw[-len(words) :] == words or (len(words) == 1 and fw[0] == words[0]):
            return full
    return name


def _capital_heading(body: str, start: int, end: int) -> bool:
    """Is the mention a heading in capitals, a line of its own ("NISSAN SENTRA" over a paragraph about the car)?
    Such a line names the topic that follows in a form the article never writes the name in."""
    text = body[start:end]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or not all(w.isupper() for w in words):
        return False
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start : len(body) if line_end < 0 else line_end]
    return not any(c.islower() for c in line)


def extract_entities(doc: Doc) -> list[Entity]:
    """Named entities of ``LABELS`` with offsets as written and a canonical name resolved in the article."""
    raw: list[tuple[str, str, int, int, str]] = []
    body = doc.text  # Doc.text joins every token on each access: read it once
    areas = words("place_nouns")
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        label = ent.label_
        after = doc[ent.end] if ent.end < len(doc) else None
        if label in ("ORG", "PERSON") and after is not None and after.is_lower and after.lower_ in areas:
            label = "GPE"  # a name before an area noun is the area's: "Drasna province", "Kessa district"
        start, end = ent.start_char, ent.end_char
        if "\n" in body[start:end]:
            # spaCy runs a name on over a line break into a heading or the next paragraph: the name is one line
            line = next((m for m in re.finditer(r"[^\n]+", body[start:end]) if re.search(r"[^\W\d_]", m.group())), None)
            if line is None:
                continue
            start, end = start + line.start(), start + line.end()
        # spaCy sometimes lets an entity run over a trailing newline or stop: keep the mention tight
        text = body[start:end]
        stripped = text.rstrip()
        if len(stripped) < len(text):
            stripped = _strip_stop(stripped)
        end -= len(text) - len(stripped)
        start += len(stripped) - len(stripped.lstrip())
        text = body[start:end]
        canonical = normalise_name(text, label)
        if not text or not canonical or _capital_heading(body, start, end):
            continue
        raw.append((text, label, start, end, canonical))
    # NER often takes a person's full name at a paragraph's start for an organisation: a short name without a
    # word of a body's, ending in a surname the article tags a person alone ("Eyamba Sowers" … "said Sowers")
    alone = {c for _, label, _, _, c in raw if label == "PERSON" and " " not in c}
    org_words = words("org_words")
    full = {
        c
        for _, label, _, _, c in raw
        if label == "ORG"
        and 2 <= len(c.split()) <= 3
        and c.split()[-1] in alone
        and all(w[:1].isupper() and w.lower() not in org_words for w in c.split())
    }
    persons = [c for _, label, _, _, c in raw if (label == "PERSON" or c in full) and len(c.split()) > 1]
    surnames = {p.split()[-1] for p in persons}
    out: list[Entity] = []
    for text, ner_label, start, end, name in raw:
        # NER often takes a bare surname for an organisation or a place
        label = "PERSON" if name in surnames or name in full else ner_label
        canonical = resolve_person(name, persons) if label == "PERSON" else name
        out.append(Entity(text=text, label=label, start=start, end=end, canonical=canonical))
    return out
