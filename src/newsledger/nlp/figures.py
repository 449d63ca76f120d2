"""What a figure is: whether a number is a claim, what it counts, its measure, place and qualifier.

The claims stage (``claims.py``) finds who states a figure and when; this module reads the figure itself
from the parse: the counted noun ("10,000 North Korean troops" → troops), the verb that says what happened
to it and its first phrase ("killed in Hatay"), the place named for it, a qualifier ("at least"), whether it
is the earlier value of a change ("up from 3,000"), and whether the number is no claim at all (a date, an
age, a magnitude, a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .docindex import entity_at
from .lexicon import words
from .numbers import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "CONTRAST_MARKS",
    "SPEECH_LEMMAS",
    "About",
    "anchor_token",
    "counted_noun",
    "describe",
    "earlier_value",
    "measure_of",
    "not_a_claim",
    "qualifier_of",
]

SPEECH_LEMMAS = words("statement_verbs")

CHANGE_LEMMAS = {
    "rise",
    "increase",
    "climb",
    "jump",
    "grow",
    "raise",
    "revise",
    "fall",
    "drop",
    "decline",
    "decrease",
    "soar",
    "surge",
    "up",
    "down",
    "mount",
    "swell",
    "reduce",
    "lower",
    "go",
}

EARLIER_WORDS = {"previous", "earlier", "initial", "prior", "former", "preliminary"}
TIME_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centur(?:y|ies))"
)
LENGTH_UNITS = r"(?:km|kms|kilometers?|kilometres?|miles?|mi|metres?|meters?|m|feet|ft|foot|inches|cm|mm|yards?)"

_QUALIFIERS: list[tuple[str, str]] = [
    (r"at\s+least", "at least"),
    (r"no\s+fewer\s+than", "at least"),
    (r"a\s+minimum\s+of", "at least"),
    (r"(?:just\s+|well\s+)?(?:more\s+than|over|above|in\s+excess\s+of|upwards\s+of|exceeding)", "over"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of", "up to"),
    (r"nearly|almost|close\s+to|approaching|just\s+under|just\s+short\s+of", "nearly"),
    (r"some|around|about|approximately|roughly|an\s+estimated|approx\.?|circa|an\s+approximate", "about"),
]
_QUALIFIER_RE = [(re.compile(rf"\b(?:{p})\s*$", re.IGNORECASE), q) for p, q in _QUALIFIERS]
_VERB_QUALIFIERS = {
    "exceed": "over",
    "top": "over",
    "surpass": "over",
    "cross": "over",
    "pass": "over",
    "approach": "nearly",
    "near": "nearly",
}
# the kinds of event a story reports on; "two earthquakes", "three blasts" name the event rather than count it
_EVENT_NOUNS = {
    "earthquake",
    "quake",
    "tremor",
    "blast",
    "explosion",
    "storm",
    "cyclone",
    "hurricane",
    "flood",
    "attack",
}
CONTRAST_MARKS = {"while", "whereas", "although", "though"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP", "LOC"}
_SKIP_LABELS = {"DATE", "TIME", "ORDINAL"}


def anchor_token(span: Span) -> Token:
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return nums[-1] if nums else span.root


def counted_noun(anchor: Token) -> Token | None:
    """What the figure counts: "10,000 North Korean troops" → troops, "dozens of people" → people."""
    tok = anchor
    while tok.dep_ in ("quantmod", "compound", "nummod", "nmod", "amod") and tok.head.i != tok.i:
        if tok.dep_ in ("nummod", "amod", "nmod") or (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN")):
            head = tok.head
            if head.pos_ in ("NOUN", "PROPN") and not head.like_num and head.lower_ not in ("%", "percent"):
                return head
        tok = tok.head
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return None


_STATE_WORDS = {
    "dead": "killed",
    "killed": "killed",
    "injured": "injured",
    "wounded": "wounded",
    "hurt": "injured",
    "missing": "missing",
    "displaced": "displaced",
    "homeless": "homeless",
    "evacuated": "evacuated",
    "rescued": "rescued",
}
# nouns that stand for a count of something else: "the death toll rose to 3,703", "the number of injured"
_TALLY_NOUNS = {"toll", "number", "tally", "count", "figure", "total", "balance"}
# "death toll" → deaths; a bare toll in the news is a death toll
_TALLY_KINDS = {
    "death": "deaths",
    "fatality": "deaths",
    "casualty": "casualties",
    "injury": "injuries",
    "injured": "injuries",
}
# verbs that carry a figure without saying what it measures ("stood at", "reached", "registered")
_BARE_VERBS = {"be", "have", "stand", "reach", "hit", "record", "register", "count", "include", "total", "put"}
_PLACE_PREPS = {"in", "across", "throughout", "inside", "within"}
_PLACE_NOUNS = {
    "area",
    "region",
    "province",
    "city",
    "town",
    "village",
    "district",
    "zone",
    "country",
    "territory",
    "governorate",
    "state",
    "county",
    "northwest",
    "north-west",
    "northeast",
    "north-east",
    "southwest",
    "south-west",
    "southeast",
    "south-east",
}
_CLAUSE_DEPS = {"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "xcomp", "acl"}
# measure vocabulary of about texts, checked in this order ("toll of injured" is injured, not killed)
_MEASURES: list[tuple[str, re.Pattern[str]]] = [
    ("missing", re.compile(r"\b(?:missing|unaccounted)\b", re.I)),
    ("injured", re.compile(r"\b(?:injur\w*|wound\w*|hurt|treated|serious condition|hospitali[sz]ed)\b", re.I)),
    ("killed", re.compile(r"\b(?:kill\w*|dead|deaths?|died|die|dying|fatalit\w+|lives|bodies|perished|toll)\b", re.I)),
    ("rescued", re.compile(r"\b(?:rescued|pulled|saved|extricated|brought out alive)\b", re.I)),
    (
        "displaced",
        re.compile(
            r"\b(?:displaced|evacuat\w*|homeless|shelters?|sheltered|housed|refuge|relocated|camps?|tents?|fled)\b",
            re.I,
        ),
    ),
]


@dataclass(slots=True)
class About:
    unit: str | None
    core: str | None  # the counted noun and its measure: "people moved to relief camps"
    noun: Token | None  # the counted noun in the text, when there is one
    place: str | None = None

    @property
    def about(self) -> str | None:
        if self.core is None or not self.place or self.place in self.core:
            return self.core
        return f"{self.core} in {self.place}"


def measure_of(about: str | None) -> str:
    """The measure an ``about`` text names: killed, injured, missing, rescued, displaced or other."""
    for name, pattern in _MEASURES:
        if about and pattern.search(about):
            return name
    return "other"


def _phrase(tok: Token, limit: int = 8) -> str:
    """The words of ``tok``'s subtree up to a comma, a relative clause or ``limit`` words, without a leading "the"."""
    words: list[Token] = []
    nested = {x.i for d in tok.subtree if d.dep_ in ("relcl", "appos") and d.i != tok.i for x in d.subtree}
    for t in tok.subtree:
        if t.i < tok.i and t.dep_ == "det":
            continue
        if (t.is_punct and t.text != "-") or t.i in nested:
            break
        if len(words) >= limit and not (t.ent_iob_ == "I" and words and words[-1].ent_type_):
            break  # never cut a name: "in the Turkish province of Hatay"
        words.append(t)
    return _join(words)


def _join(words: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in words).strip()
    return re.sub(r"\s+", " ", text)


def _clause_tokens(anchor: Token) -> list[Token]:
    """The tokens of the clause that holds the figure, without the clauses nested in it."""
    head = anchor
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            inside = c.left_edge.i <= anchor.i <= c.right_edge.i
            if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and not inside:
                continue
            if t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB" and c.dep_ == "prep" and not inside:
                continue  # "told reporters in Ankara": where it was said, not what it counts
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _place(tokens: list[Token]) -> str | None:
    """A place the tokens name for the figure: "in Turkey", "Syria's toll", "in government-held areas"."""
    for t in tokens:
        tally = t.head.lemma_ in _TALLY_NOUNS or t.head.lemma_ == "death"
        if t.dep_ in ("poss", "compound") and t.ent_type_ in ("GPE", "LOC") and tally:
            ent = entity_at(t)
            return ent.text if ent is not None else t.text
        if t.dep_ != "prep" or t.lower_ not in _PLACE_PREPS:
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or any(g.like_num for g in pobj.subtree):
            continue  # "including 4,400 in the northwest": the place of another figure
        for g in pobj.subtree:
            if g.ent_type_ in ("GPE", "LOC") and g.dep_ not in ("amod",):
                ent = entity_at(g)
                if ent is not None and not re.search(r"\d", ent.text):
                    return _with_conjuncts(ent)
        if pobj.lemma_.lower() in _PLACE_NOUNS or pobj.lower_ in _PLACE_NOUNS:
            # "in (Syrian) regime-held areas", "in areas controlled by the opposition"; not "… from the quake"
            acl = next((c for c in pobj.rights if c.dep_ == "acl"), None)
            words = [t for t in pobj.subtree if t.i <= pobj.i and not (t.dep_ == "det" and t.i < pobj.i)]
            return _join(words) + (f" {_phrase(acl, 5)}" if acl is not None else "")
    return None


def _with_conjuncts(ent: Span) -> str:
    """ "Turkey" in "across Turkey and Syria" → "Turkey and Syria"."""
    end = ent.end
    for c in ent.root.children:
        if c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") and c.i >= end:
            other = entity_at(c)
            end = other.end if other is not None else c.i + 1
    return _join(list(ent.doc[ent.start : end]))


def _measure_phrase(noun: Token, anchor: Token, own: bool = False) -> tuple[str, list[Token]]:
    """The verb that says what happened to the counted ``noun`` and its first phrase: "killed in Hatay",
    "moved to relief camps", "treated for injuries" (with the phrase's tokens, where a place may be).
    With ``own``, only a verb inside the noun phrase ("the number of people rescued from the rubble")."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" and not own else None
    if (
        noun.dep_ == "dobj"
        and noun.head.tag_ in ("VBN", "VBD")
        and noun.head.lemma_ not in SPEECH_LEMMAS | _BARE_VERBS
        and any(c.dep_ == "prep" and c.i > noun.i for c in noun.head.children)
    ):
        verb = noun.head  # "hospitals had treated 300 people for injuries" → people treated for injuries
    if verb is None or verb.lemma_ in _BARE_VERBS or verb.lemma_ in SPEECH_LEMMAS:
        # "72,879 others injured by …" (however the parser attached "others")
        verb = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ in _BARE_VERBS or verb.lemma_ in SPEECH_LEMMAS:
        return "", []
    # the first phrase after the verb, or after the noun ("treated 300 people for injuries"); not a date
    phrases = [c for c in verb.children if c.dep_ in ("prep", "agent", "dobj", "prt", "advcl", "acomp")]
    phrases += [c for c in noun.children if c.dep_ == "prep" and c.lower_ != "of" and verb.i < noun.i < c.i]
    for c in sorted(phrases, key=lambda c: c.i):
        has_figure = c.left_edge.i <= anchor.i <= c.right_edge.i
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        # not "…, while the toll in the hills was 4,000": another statement
        other = c.dep_ == "advcl" and any(t.lower_ in CONTRAST_MARKS or t.like_num for t in c.subtree)
        if c.i > verb.i and not has_figure and not dated and not other:
            return f"{verb.text} {_phrase(c)}", list(c.subtree)
    return verb.text, []


def _tally(noun: Token) -> tuple[str, str] | None:
    """(unit, about) of a tally noun: "death toll" → deaths, "number of injured" → people injured."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None:
        if pobj.lower_ in _STATE_WORDS:
            return "people", f"people {_STATE_WORDS[pobj.lower_]}"
        if pobj.lemma_ in _TALLY_KINDS:
            kind = _TALLY_KINDS[pobj.lemma_]
            return kind, kind
        if pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in ("GPE", "LOC"):
            measure, _ = _measure_phrase(noun, noun, own=True)  # "the number of people rescued from the rubble"
            return pobj.lower_, f"{_phrase(pobj, 6)} {measure}".strip()
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _TALLY_KINDS:
            kind = _TALLY_KINDS[c.lemma_.lower()]
            return kind, kind
    if noun.lemma_ == "toll":
        return "deaths", "deaths"
    if noun.lemma_ in _TALLY_KINDS or noun.lower_ in ("fatalities", "deaths", "injuries", "casualties"):
        return noun.lower_, noun.lower_
    return None


def _implicit(anchor: Token, span: Span) -> About | None:
    """What a figure with no counted noun counts: "5,000 injured", "the death toll rose to 3,703"."""
    doc = anchor.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _STATE_WORDS:
        return About("people", f"people {_STATE_WORDS[nxt.lower_]}", None)
    if anchor.head.lower_ in _STATE_WORDS and anchor.dep_ in ("nummod", "npadvmod", "nsubj", "nsubjpass", "dobj"):
        return About("people", f"people {_STATE_WORDS[anchor.head.lower_]}", None)
    # up to the verb: "rose to 3,703", "stood at 2,274", "put the toll at 3,703", "the toll was 5,914"
    tok = anchor
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    cands = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != anchor.i]
    for c in sorted(cands, key=lambda c: c.dep_ != "dobj"):  # "put the number of houses at 6,000": the object
        found = _tally(c)
        if found is not None:
            return About(found[0], found[1], None)
    return None


def describe(noun: Token | None, anchor: Token, span: Span, skip: set[int]) -> About:
    """What the figure counts: the counted noun, its measure (the verb and its first phrase) and the place."""
    first = anchor.head if anchor.dep_ in ("conj", "appos") and anchor.head.i < anchor.i else None
    if first is not None and not first.like_num:
        first = next((c for c in first.children if c.dep_ == "nummod" and c.like_num), None)
    if noun is None and first is not None:
        # "47 deaths in Malatya, 20 in Osmaniye": the elided noun and measure are the first figure's
        head = describe(counted_noun(first), first, first.doc[first.i : first.i + 1], {first.i})
        if head.core is not None:
            place = _place(list(anchor.subtree))
            return About(head.unit, head.core, None, place)
    if noun is None:
        found = _implicit(anchor, span)
        if found is None:
            return About(None, None, None)
        found.place = _place(_clause_tokens(anchor))
        return found
    tally = _tally(noun) if noun.lemma_ in _TALLY_NOUNS else None
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and t.i not in skip]
    words = [t for x in left for t in x.subtree if t.i not in skip and not t.like_num]
    words.append(noun)
    text = _join(sorted(set(words), key=lambda t: t.i))
    unit = noun.text.lower()
    if noun.lower_ == "others":
        text, unit = "people", "people"  # "and 5,385 others injured"
    if tally is not None:
        unit, text = tally  # "a total of 7,840 people" has its own noun; "a toll of 3,703" does not
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in _STATE_WORDS and after.dep_ in ("oprd", "ccomp", "acomp", "amod"):
        return About(unit, f"{text} {_STATE_WORDS[after.lower_]}", noun, _place(_clause_tokens(anchor)))
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _TALLY_NOUNS:
        holder = noun.head.head  # "a total of 7,840 people have been rescued": the verb is the total's
    measure, phrase_tokens = _measure_phrase(holder, anchor)
    if measure:
        text += " " + measure
    place = _place(phrase_tokens) or _place(list(noun.subtree)) or _place(_clause_tokens(anchor))
    return About(unit, text, noun, place)


def qualifier_of(text: str, q: Quantity, anchor: Token) -> tuple[str | None, int]:
    before = text[max(0, q.start - 30) : q.start]
    for pattern, name in _QUALIFIER_RE:
        m = pattern.search(before)
        if m:
            return name, q.start - (len(before) - m.start())
    if re.match(r"\s+or\s+(?:more|above)\b", text[q.end : q.end + 12]):
        return "at least", q.start
    tok = anchor
    for _ in range(3):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB":
            if tok.lemma_ in _VERB_QUALIFIERS:
                return _VERB_QUALIFIERS[tok.lemma_], q.start
            break
    return None, q.start


def not_a_claim(text: str, q: Quantity, span: Span, date_spans: list[tuple[int, int]]) -> bool:
    """Dates, times, ordinals, durations, ages, magnitudes, distances, conversions, names, furniture."""
    if any(s < q.end and q.start < e for s, e in date_spans):
        return True
    after = text[q.end : q.end + 24]
    before = text[max(0, q.start - 16) : q.start]
    if q.vague:
        return bool(re.match(rf"\s+(?:of\s+)?{TIME_UNITS}\b", after, re.IGNORECASE))
    if not q.unit and any(t.ent_type_ in _SKIP_LABELS for t in span if t.like_num or t.pos_ == "NUM"):
        return True  # spaCy tags "116 hours", "2-1/2-year" as DATE/TIME
    if any(t.ent_type_ in _NAME_LABELS for t in span if t.like_num or t.pos_ == "NUM"):
        return True  # "Group of 20", "Apollo 11", "Route 66"
    if re.match(r"[A-Za-z]", after) and not q.unit:
        return True  # "1st", "G20s", "3D"
    if re.match(r"-[A-Za-z]", after) and not re.match(r"-(?:odd|plus)\b", after):
        return True  # "7.8-magnitude", "five-storey", "26-year-old", "2-1/2-year": a modifier, not a count
    if re.match(r"-\d+/\d+", after) or (q.low is None and (re.match(r"-\d", after) or re.search(r"\d-$", before))):
        return True  # "2-1/2", and scores or votes that are no range ("a 5-4 decision")
    if re.match(rf"[-\s]*{TIME_UNITS}\b", after, re.IGNORECASE) or re.match(
        r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|local time)", after, re.IGNORECASE
    ):
        return True
    if re.match(rf"\s*{LENGTH_UNITS}\b", after) and not re.search(r"square\s*$", before, re.IGNORECASE):
        return True  # depths and distances ("7 kilometers below the surface")
    if re.search(
        r"\b(?:magnitude|aged|ages?|No\.|number|page|level|grade|category|phase|round|chapter)[-\s]*$",
        before,
        re.IGNORECASE,
    ):
        return True
    if re.match(r"\s*(?:magnitude|on the richter)", after, re.IGNORECASE):
        return True
    if re.search(r"\(\s*(?:about\s+|around\s+|some\s+|approximately\s+)?$", before) and re.match(
        r"[^()]{0,30}\)", after
    ):
        return True  # "(4.3 miles)", "(about $13.3 million)": a unit conversion
    if re.search(r"[+\d][\s-]*$", before) or re.search(r"\d{3,}[-\s]\d{3,}", q.text) or re.match(r"0\d", q.text):
        return True  # phone numbers and digit runs
    if re.search(r"\b[A-Z][a-z]+ of\s+$", before):
        return True  # "Group of 12", "Class of 1999": a number inside a name
    if q.value is not None and q.low is None and not q.unit:
        bare = q.text.strip()
        if re.fullmatch(r"(?:1[89]|20)\d\d", bare):
            return True  # a year
        if q.spelled and bare.lower() in ("one", "a", "an"):
            return True  # "one of the", "one day": rarely a count stated as fact
    anchor = anchor_token(span)
    if q.spelled and q.value is not None and q.value <= 10:
        noun = counted_noun(anchor)
        if noun is not None and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children if c.i < anchor.i
        ):
            return True  # "the two countries": a reference, not a count
    noun = counted_noun(anchor)
    if q.spelled and q.value is not None and q.value <= 10 and noun is not None and noun.lemma_ in _EVENT_NOUNS:
        return True  # "two strong earthquakes jolted …": names the event the story is about, not a tally
    if noun is not None and not q.unit and re.fullmatch(rf"{TIME_UNITS}", noun.lower_):
        return True
    if noun is not None and noun.lemma_ in ("province", "region", "district", "county"):
        return True  # "felt in 10 provinces", "10 quake-hit provinces": names the area
    if noun is not None and noun.lemma_ in ("city", "state") and noun.head.lower_ in ("in", "across", "throughout"):
        return True
    window = text[max(0, q.start - 40) : q.end + 40].lower()
    if re.fullmatch(r"\d\.\d", q.text.strip()) and re.search(r"magnitude|richter|tremor|quake", window):
        return True  # "magnitude 7.7 and 7.6 earthquakes", "put the magnitude at 7.4"
    return bool(re.match(r"\s*min\s+read", after, re.IGNORECASE))


def earlier_value(anchor: Token) -> bool:
    """Is this figure the earlier value of a change ("up from 3,000", "a previous toll of 3,000")?"""
    tok = anchor
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        if tok.pos_ == "NOUN" and any(c.lower_ in EARLIER_WORDS for c in tok.children):
            return True
        head = tok.head
        if tok.lower_ == "from" and tok.dep_ == "prep" and head.lemma_ in CHANGE_LEMMAS:
            return True
        if head.pos_ == "VERB" and head.lemma_ not in CHANGE_LEMMAS and tok.lower_ != "from":
            break
        tok = head
    return False
