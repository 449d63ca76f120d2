"""What a figure is: whether a number is a claim, what it counts, its unit, measure, place, qualifier and day.

The claims stage (``claims.py``) finds who states a figure; this module reads the figure itself from the text
and the parse (``read_figure``): the unit it is written in ("$210 million" → USD, "18 months" → months), what
it counts (``about``: the counted noun with its modifiers and owner, "4,500 Moravan reservists" → "Moravan
reservists"; for a figure in a unit, what the unit measures, "$210 million in lost revenue" → "lost
revenue", or what the figure is predicated of, "the base rate was held at 4.25%" → "base rate"), the
``measure`` (what happened to what is counted, one vocabulary in ``lexicons/measures.txt``, else the verb's
own participle), the ``place`` it is counted in, a qualifier ("at least"), whether it is the earlier value
of a change ("up from 2,500"), the day its own words give (``stated_day``), and whether the number is no
claim at all (``not_a_claim``: a date, an age, a relative time, a position, a conversion, a name).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..names import given_name_gender
from .docindex import doc_text, entity_at, ents, lower_case_words
from .lexicon import table, words
from .numbers import Quantity, currency_code, find_quantities, has_large_scale, time_unit, unit_of_word
from .syntax import lemma_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..record import DateMention

__all__ = [
    "CONTRAST_MARKS",
    "FINITE_TAGS",
    "MEASURE_NAMES",
    "SPEECH_LEMMAS",
    "Figure",
    "anchor_token",
    "continuation",
    "counted_by_another",
    "counted_in",
    "day_index",
    "earlier_value",
    "list_intro",
    "measure_of",
    "measure_word",
    "names_period",
    "normalise_place",
    "not_a_claim",
    "of_another_period",
    "participle",
    "qualifier_of",
    "read_figure",
    "stated_day",
    "unit_kind",
]

SPEECH_LEMMAS = words("statement_verbs")
CONTRAST_MARKS = {"while", "whereas", "although", "though"}

CHANGE_LEMMAS = words("change_verbs")
EARLIER_WORDS = words("earlier_words")
_QUALIFIERS = table("qualifiers")
_QUALIFIER_RE = re.compile(
    r"(?<![A-Za-z])(?P<q>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_VERB_QUALIFIERS = table("qualifier_verbs")
_EVENT_NOUNS = words("event_nouns")
_STATE_WORDS = table("state_words")
_TALLY_NOUNS = words("tally_nouns")
_LINKING_LEMMAS = frozenset(("be", "remain", "stay"))  # verbs whose complement says what the subject is
_TALLY_KINDS = table("tally_kinds")
_BARE_VERBS = words("bare_verbs")
# verbs whose object's participle is the state they leave or find it in ("left 400 people stranded", "found 12
# people trapped", "kept 30 patients sedated")
_STATE_MAKERS = frozenset({"leave", "find", "keep", "see", "get", "want", "need", "make"})
# verbs that give a figure as the value of their object: "put losses at 40", "estimated the damage at $2m"
_PUTTING_LEMMAS = frozenset({"put", "place", "estimate", "set", "peg"})
_OWNING_DEPS = ("amod", "compound", "poss")
_PLACE_NOUNS = words("place_nouns")
_COMPASS = frozenset(w for w in _PLACE_NOUNS if re.fullmatch(r"(?:north|south)?-?(?:east|west)?", w))
_AMOUNT_NOUNS = words("amount_nouns")
_CHANGE_NOUNS = words("change_nouns")
_CHANGE_UNITS = words("change_units")
_MEASURES = table("measures")
_CONTROL_VERBS = words("object_control")
_JOINING_VERBS = words("joining_verbs")
# verbs of finding or issuing what a figure counts: a day in their phrases may name what it is about
_FINDING_VERBS = words("evidence_verbs") | words("issuing_verbs")
_RAISING_WORDS = words("raising_words")
_WINNING = words("winning_verbs")
_AGE_WORDS = frozenset(w for w, role in table("age_words").items() if role == "limit")
# nouns for bodies, which act rather than being what a figure is of
_BODY_NOUNS = words("org_nouns") | words("commercial_nouns") | words("generic_org_nouns")
# a text naming two measures takes the one of the earliest line ("people lost their lives" → killed)
_MEASURE_RANK = {m: i for i, m in enumerate(dict.fromkeys(_MEASURES.values()))}
# the measures of the vocabulary ("killed", "deployed"): a series' measure is one of them
MEASURE_NAMES = frozenset(_MEASURES.values())
_PARTICIPLES = table("participles")
_VERB_PREFIXES = words("verb_prefixes")
_DEMONYMS = table("demonyms")
_PLACE_ALIASES = table("place_aliases")
_COUNTRIES = {c.lower(): c for c in _DEMONYMS.values()}
# two countries joined by a hyphen, as a border or its region: "Norwegian-Swedish border", "Norway-Sweden"
_BORDER_PAIR = re.compile(
    r"([^\W\d_]+)[-–]([^\W\d_]+)(?:\s+(?:border|frontier)(?:\s+(?:region|area|zone))?)?", re.IGNORECASE
)
_RELATIVE_AFTER = words("relative_time_after")
_RELATIVE_BEFORE = words("relative_time_before")
_LOCATING = words("locating_words")
_TIME_UNIT_NAMES = set(table("time_units").values())
_MEASURE_UNIT_NAMES = set(table("measure_units").values())
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_WEEKDAY_RE = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# a word that names a day of the week or a month, which no number after it counts or names ("Monday 300")
_DAY_NAME = re.compile(rf"{_WEEKDAY_RE}|{_MONTH_RE}")

_CLAUSES_KEY = "newsledger.figures.clauses"
_PLACES_KEY = "newsledger.figures.places"
_VERBLESS_KEY = "newsledger.figures.verbless"
FINITE_TAGS = ("MD", "VBD", "VBP", "VBZ")  # a finite verb: a line that holds one states something
BULLET_MARKS = " \t\n-–•*·▪"  # what a list item's bullet is written with, and the space around it
# a bracketed run of small whole numbers: a note or citation marker ("(25)", "[1]", "(38, 39)")
_MARK_BEFORE = re.compile(r"[(\[]\s*(?:\d{1,3}\s*[,–-]\s*)*$")
_MARK_AFTER = re.compile(r"\s*(?:[,–-]\s*\d{1,3}\s*)*[)\]]")
# words that open a count, not a name, when capitalised at the start of a sentence ("About 300", "Some 40")
# words before a spelled number that refer back to people or things named before ("these two", "the two")
_REFERRING_WORDS = frozenset(("the", "these", "those", "both", "all"))
_COUNT_OPENERS = frozenset(_QUALIFIERS) | {"some", "only", "all", "just", "another", "the", "top", "first", "last"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP", "LOC"}
_PLACE_PREPS = {"in", "across", "throughout", "inside", "within"}
_CLAUSE_DEPS = {"ccomp", "advcl", "conj", "relcl", "parataxis", "csubj", "xcomp", "acl"}
_DATE_DEPS = ("npadvmod", "tmod", "pobj", "obl", "advmod", "nmod")
REFERENCE_PREPS = frozenset({"from", "since", "after", "following", "before", "until"})
# where a period a count covers starts; where a period that has ended ends ("had been cancelled until March 9",
# "were cancelled before … on March 9") is the day the count was reached (not a plan's: "to raise 300 million
# before the end of April")
_PERIOD_STARTS = REFERENCE_PREPS - {"before", "until"}
_AREA_SUFFIX = re.compile(
    r"\s+(?:province|region|district|county|governorate|state|city|municipality|prefecture)$", re.IGNORECASE
)
_AREA_PREFIX = re.compile(
    r"^(?:the\s+)?(?:province|region|district|county|governorate|state|city|municipality|prefecture)\s+of\s+",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Figure:
    """What ``read_figure`` reads about one quantity."""

    anchor: Token
    noun: Token | None  # the counted noun in the text, when there is one
    unit: str | None
    about: str | None
    measure: str | None
    place: str | None  # normalised: "Drasna", "Kelvoria"
    qualifier: str | None
    start: int  # the evidence phrase: qualifier, number, unit, noun (and its verb when it is the subject)
    end: int
    earlier: bool  # the earlier value of a change ("up from 2,500")
    counted: str | None = None  # ``about`` without its place: "deaths", "civilians evacuated"
    place_text: str | None = None  # the place as written: "Drasna province"
    continues: str | None = None  # how a figure with no counted noun continues an earlier one (``continuation``)
    adjunct: bool = False  # the figure sits in a prepositional phrase of its clause ("from two villages")
    framed: bool = False  # its verb frames another ("are expected to leave"): the measure is not its own


@dataclass(slots=True)
class _About:
    unit: str | None
    core: str | None  # the counted noun and its measure phrase: "people moved to relief camps"
    noun: Token | None
    place: str | None = None  # as written: "Drasna province", "Kelvoria's"
    verb: Token | None = None  # the verb that says what happened to what is counted
    changed: bool = False  # ``noun`` is a change the figure sizes, ``core`` what changed ("a 38% fall in profit")

    @property
    def text(self) -> str | None:
        return counted_in(self.core, self.place)


def counted_in(core: str | None, place: str | None) -> str | None:
    """What a figure counts, with its place: "deaths" in "Drasna province" → "deaths in Drasna province"."""
    if core is not None:
        core = re.sub(r"^[-–—•*·▪]\s+", "", core)  # a list item's bullet is no word of it
    first = re.split(r",|\s+and\s+", place or "")[0]
    if core is None or not first or first in core:
        return core
    core = re.sub(r"\s+(?:in|at|across|throughout)$", "", core)  # "… valley in" + "Norvania"
    return f"{core} in {place}"


# what follows "N times" when it is a ratio: a comparison ("as", "more", "higher") or what is multiplied ("the
# figure", "its size")
_RATIO_AFTER = re.compile(
    r"\s+times\s+(?:as|more|less|fewer|[a-z]+er|the|that|this|these|those|what|its|their|his|her|our|over|above|"
    r"below|normal|average|higher|lower)\b",
    re.IGNORECASE,
)


# a verb of change before "N times" makes it a ratio: "rose 10 times", "has grown nearly five times"
_CHANGED_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|increased|grew|grown|jumped|multiplied|fell|fallen|dropped|declined|soared)\s+"
    r"(?:by\s+)?(?:about|some|nearly|almost|roughly|more\s+than|over|at\s+least)?\s*$",
    re.IGNORECASE,
)


def _times_counted(text: str, start: int, end: int, span: Span) -> bool:
    """Is "N times" a count of what a verb did ("struck more than 260 times", "shelled 40 times on Monday"), not a
    ratio ("three times higher", "twice the size", "rose 10 times") nor occasions ("there have been six times
    when …")?"""
    after = text[end : end + 40]
    if not re.match(r"\s+times\b", after, re.IGNORECASE) or _RATIO_AFTER.match(after):
        return False
    times = span.doc[span.end] if span.end < len(span.doc) else None
    if times is None or times.lower_ != "times" or times.head.pos_ != "VERB" or times.head.lemma_ == "be":
        return False
    return not _CHANGED_BEFORE.search(text[max(0, start - 40) : start])


def unit_kind(unit: str | None) -> str:
    """The kind of a claim's unit: money (an ISO code), percent (also points and ratios), temperature, time,
    measure (length, area, mass, volume) or count (a counted noun, or none)."""
    if not unit:
        return "count"
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money"
    if unit in ("percent", "percentage points", "basis points", "ratio"):
        return "percent"
    if unit.startswith("degrees "):
        return "temperature"
    if unit in _TIME_UNIT_NAMES:
        return "time"
    return "measure" if unit in _MEASURE_UNIT_NAMES or unit.startswith("square ") else "count"


def measure_word(word: str) -> str | None:
    """The measure one word names ("died" → killed, "deployment" → deployed), or None."""
    return _MEASURES.get(word.lower())


# a month's name that is also a measure's word, written as the month: with a day or a year, or after a word that
# dates ("March 3", "3 March", "in March", "mid-March")
_MONTH_WRITTEN = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+March|March\s+\d{1,4}(?:st|nd|rd|th)?\b"
    r"|(?i:in|on|since|until|till|by|from|of|to|early|late|mid|last|next|this)[\s-]+March)\b"
)


def measure_of(text: str | None) -> str | None:
    """The measure a text names, whole words only ("people killed in Drasna" → killed; "soldiers" → None); of
    two, the one listed first in the vocabulary ("people lost their lives" → killed, not lost). A word in a
    hyphenated compound describes a thing, not what happened to it ("the rebel-held north" holds nothing), and a
    month is no event ("36 nurses hired on 9 March" marched nowhere)."""
    text = _MONTH_WRITTEN.sub(" ", text or "")
    found = [m for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()) if (m := _MEASURES.get(w))]
    return min(found, key=_MEASURE_RANK.__getitem__) if found else None


def participle(verb: Token) -> str:
    """The verb's past participle ("cancelled", "held", "sent"): as written when it is one, else from its lemma."""
    low = verb.lower_
    if verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() not in _PARTICIPLES):
        return low
    lemma = verb.lemma_.lower()
    if lemma in _PARTICIPLES:
        return _PARTICIPLES[lemma]
    for prefix in _VERB_PREFIXES:
        # a prefixed irregular verb goes like its stem: "repay" → "repaid", "rebuild" → "rebuilt"
        if lemma.startswith(prefix) and lemma[len(prefix) :] in _PARTICIPLES:
            return prefix + _PARTICIPLES[lemma[len(prefix) :]]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma):
        return lemma + lemma[-1] + "ed"  # one syllable ending consonant-vowel-consonant: "ban" → "banned"
    return lemma + "ed"


def normalise_place(raw: str | None) -> str | None:
    """One form per place: "Kelvorian" = "Kelvoria's" = an alias in place_aliases.txt → Kelvoria; "Drasna
    province" = "the province of Drasna" → Drasna; places joined by "and" each so; an area phrase
    ("army-held districts") stays as written."""
    if not raw:
        return None
    parts = []
    for part in re.split(r"\s+and\s+|\s*,\s*", raw.strip()):
        p = re.sub(r"^the\s+", "", part.strip(), flags=re.IGNORECASE)
        p = re.sub(r"['’]s?$", "", p).strip()
        p = _AREA_PREFIX.sub("", _AREA_SUFFIX.sub("", p)).strip()
        pair = _border_pair(p)
        if pair:
            parts.extend(pair)
            continue
        low = p.lower()
        p = _PLACE_ALIASES.get(low) or _DEMONYMS.get(low) or p
        if p:
            parts.append(p)
    return " and ".join(dict.fromkeys(parts)) or None


def _border_pair(place: str) -> list[str]:
    """The two countries of "the Norwegian-Swedish border (region)" or "Norway-Sweden": [] unless both halves
    are countries or their adjectives (``lexicons/demonyms.txt``)."""
    m = _BORDER_PAIR.fullmatch(place)
    if not m:
        return []
    found = [_DEMONYMS.get(w.lower()) or _COUNTRIES.get(w.lower()) for w in m.group(1, 2)]
    return [c for c in found if c] if all(found) else []


def anchor_token(span: Span) -> Token:
    """The number token of the figure that the parse attaches outside it ("40" of "40-46 seats")."""
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    outward = [t for t in nums if not span.start <= t.head.i < span.end]
    return outward[-1] if outward else nums[-1] if nums else span.root


def _unitish(tok: Token, in_span: set[int]) -> bool:
    """A token of the figure itself: its digits, scale, sign or unit ("$", "million", "per cent", "months")."""
    return tok.i in in_span or tok.like_num or tok.pos_ == "SYM" or unit_of_word(tok.text) is not None


def _of_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _people_in_a_state(tok: Token) -> bool:
    """ "the dead", "the injured", "the missing": an adjective or participle after "the", standing for the people
    a measure of the vocabulary counts."""
    return (
        tok.pos_ in ("ADJ", "VERB")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and measure_word(tok.lower_) is not None
    )


def _cut_off(tok: Token, head: Token) -> bool:
    """Does a word opening a clause or a noun phrase of its own stand between a figure and the noun it hangs on
    ("1,400 once agency staff were counted", "the 184 the chair announced")?"""
    between = tok.doc[tok.i + 1 : head.i + 1]
    return any(t.lower_ in words("clause_openers") or (t.dep_ == "det" and t.i < head.i) for t in between)


def _counted(anchor: Token, in_span: set[int], own_unit: bool = False) -> tuple[Token | None, Token]:
    """What the figure counts and the highest token of the figure itself: "4,500 Moravan reservists" →
    reservists; "dozens of people" → people; "41.2 per cent of shareholders" → shareholders (top: "cent");
    "$210 million" → None (top: "million"). A figure with a unit of its own (``own_unit``) counts no unit of
    time after it ("₹3,410 crore year on year")."""
    tok = anchor
    for _ in range(6):
        of = _of_object(tok)
        if of is not None and _people_in_a_state(of):
            return of, tok  # "47 of the dead", "12 of the injured": people, by what befell them
        if of is not None and of.pos_ in ("NOUN", "PROPN"):
            if not _unitish(of, in_span):
                return of, tok
            tok = of  # "12,000 square kilometres of farmland": what the unit measures
            continue
        head = tok.head
        if head.i < tok.i and _DAY_NAME.fullmatch(head.text):
            # "said on Monday 300 people died", parsed as "Monday 300": the noun after the number is counted
            following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            return (following if following is not None and following.pos_ == "NOUN" else None), tok
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.i != tok.i:
            if head.lemma_.lower() in _AMOUNT_NOUNS and _of_object(head) is not None:
                tok = head  # "$125 billion worth of goods": what the amount is of
                continue
            if time_unit(head.text) and any(t.like_num for t in tok.doc[tok.i + 1 : head.i]):
                break  # "at 48,500 two days later", "up from 2,226 four years ago": the next number's, a date
            if _cut_off(tok, head):
                break  # "was up to 1,400 once agency staff were counted": the noun is the next clause's
            if head.pos_ in ("NOUN", "PROPN") and not _unitish(head, in_span):
                return head, tok
            if own_unit and head.i not in in_span and time_unit(head.text):
                break
            if _unitish(head, in_span):
                tok = head
                continue
        break
    after = list(anchor.doc[max(in_span) + 1 : max(in_span) + 4])
    while after and (after[0].pos_ == "ADJ" or after[0].dep_ in ("amod", "compound")) and after[0].pos_ != "NOUN":
        after.pop(0)
    if (
        after
        and after[0].pos_ == "NOUN"
        and after[0].head.i == tok.head.i
        and not _unitish(after[0], in_span)
        and after[0].ent_type_ not in ("DATE", "TIME")  # "cost farmers $2.1 billion last summer": when, not what
    ):
        return after[0], tok  # "seized 2.4 lakh counterfeit packets" parsed as two objects of one verb
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        owner = tok.head.head
        if not _unitish(owner, in_span) and not _in_a_compound_preposition(owner):
            return owner, tok  # "a profit of $4.2 billion", "a fine of N75,000", "a toll of 1,862"
    return None, tok


def _in_a_compound_preposition(noun: Token) -> bool:
    """Is a noun before "of" part of a preposition of several words ("on top of", "in place of", "in front of"): a
    bare singular noun that a preposition governs, with nothing but its "of"?"""
    return (
        noun.dep_ == "pobj"
        and noun.tag_ == "NN"
        and noun.text.islower()  # not "with TCV of $2.6 billion"
        and noun.head.pos_ == "ADP"
        and all(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


def _phrase(tok: Token, limit: int = 8, before: Token | None = None) -> str:
    """The words of ``tok``'s subtree up to a comma, a relative clause, ``limit`` words or the phrase holding
    the figure ``before`` ("Q3 at 5.1 per cent" → Q3), without a leading article or possessive pronoun."""
    words_: list[Token] = []
    clauses = ("relcl", "appos", "pcomp", "ccomp")  # "arrested in what officials are describing as …": not the phrase
    nested = {x.i for d in tok.subtree if d.dep_ in clauses and d.i != tok.i for x in d.subtree}
    if before is not None:  # nor a phrase holding the figure or another one ("Q3 at 5.1 per cent" → Q3)
        nested |= {x.i for c in tok.rights if any(t.pos_ == "NUM" for t in c.subtree) for x in c.subtree}
    for t in tok.subtree:
        if t.i < tok.i and (t.dep_ == "det" or t.tag_ == "PRP$"):
            continue
        if (t.is_punct and t.text not in ("-", "’", "'")) or t.i in nested:
            break
        if len(words_) >= limit and not (t.ent_iob_ == "I" and words_ and words_[-1].ent_type_):
            break  # never cut a name: "in the Kelvorian province of Drasna"
        words_.append(t)
    return _join(words_)


def day_index(dates: dict[int, DateMention]) -> dict[int, str]:
    """The day-granular dates by token index (what ``stated_day`` reads), built once per document."""
    return {i: d.value for i, d in dates.items() if d.granularity == "day"}


def _join(tokens: list[Token]) -> str:
    """The tokens' words, spaced as in the text: a space wherever the text has one or a left-out token."""
    if not tokens:
        return ""
    out = [tokens[0].text]
    for a, b in itertools.pairwise(tokens):
        out.append((" " if a.whitespace_ or b.i != a.i + 1 else "") + b.text)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _clause_tokens(anchor: Token, where_said: bool = False) -> list[Token]:
    """The tokens of the clause that holds the figure, without the clauses nested in it (nor, unless
    ``where_said``, the phrases of a speech verb: "told reporters in Velmont"); once per figure."""
    cache: dict[tuple[int, bool], list[Token]] = anchor.doc.user_data.setdefault(_CLAUSES_KEY, {})
    key = (anchor.i, where_said)
    if key not in cache:
        cache[key] = _clause_walk(anchor, where_said)
    return cache[key]


def _clause_walk(anchor: Token, where_said: bool) -> list[Token]:
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
            if t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB" and c.dep_ == "prep" and not inside and not where_said:
                continue  # "told reporters in Velmont": where it was said, not what it counts
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _named_places(doc: Doc) -> frozenset[str]:
    """The names a document calls places somewhere: tagged a place (GPE, LOC) once, or standing as an area's
    name ("Morvaz province", "the province of Morvaz"), lower case; once per document."""
    cached: frozenset[str] | None = doc.user_data.get(_PLACES_KEY)
    if cached is None:
        found = set()
        for ent in ents(doc):
            after = doc[ent.end] if ent.end < len(doc) else None
            before = doc[ent.start - 2 : ent.start] if ent.start >= 2 else None
            # "Morvaz province", not "drove Morvaz north": a compass word after a name makes it no area
            area_after = after is not None and after.is_lower and after.lower_ in _PLACE_NOUNS - _COMPASS
            area_of = before is not None and before[1].lower_ == "of" and before[0].lower_ in _PLACE_NOUNS
            if ent.label_ in ("GPE", "LOC") or (ent.label_ in _NAME_LABELS and (area_after or area_of)):
                found.add(ent.text.lower())
        cached = frozenset(found)
        doc.user_data[_PLACES_KEY] = cached
    return cached


def _a_place(tok: Token) -> bool:
    """Whether ``tok`` is in a place's name: tagged a place, or a name its document calls a place elsewhere
    (the tagger reads one name as a place in one sentence and an organisation or a person in the next)."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    if tok.ent_type_ not in ("ORG", "PERSON", "NORP"):
        return False
    ent = entity_at(tok)
    return ent is not None and ent.text.lower() in _named_places(tok.doc)


def _place(tokens: list[Token], anchor: Token | None = None) -> str | None:
    """A place the tokens name for the figure ``anchor``: "in Kelvoria", "Belgara's toll", "the Kelvorian toll", "in
    army-held districts"; not the place of another figure in them ("40 were arrested: 12 in Harlow and 28 in
    Dunmere" places neither 40 nor 12 in Dunmere)."""
    for t in tokens:
        if anchor is not None and t.dep_ == "prep" and t.head.like_num and t.head.i != anchor.i:
            continue
        tally = t.head.lemma_ in _TALLY_NOUNS or t.head.lemma_ == "death"
        if t.dep_ in ("poss", "compound", "amod") and t.ent_type_ in ("GPE", "LOC", "NORP") and tally:
            ent = entity_at(t)
            return ent.text if ent is not None else t.text
        # where a deployment goes is where what it sends is: "sent 3,000 troops to Belgara"
        destination = t.lower_ in ("to", "into") and measure_word(t.head.lemma_) == "deployed"
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None) if t.dep_ == "prep" else None
        # "a toll of 6,000 for all of Belgara", "for the whole of Belgara": the whole place
        whole = t.lower_ == "for" and pobj is not None and pobj.lower_ in ("all", "whole")
        if t.dep_ != "prep" or (t.lower_ not in _PLACE_PREPS and not destination and not whole):
            continue
        if pobj is None or any(g.like_num for g in _unclaused(pobj)):
            continue  # "including 1,250 in the northwest": the place of another figure
        for g in pobj.subtree:
            if _a_place(g) and g.dep_ not in ("amod",):
                ent = entity_at(g)
                if ent is not None and not re.search(r"\d", ent.text):
                    # "in the provinces of Ostrel, Karvan, Quellin and Tessaly": a sum over a list, no one place's
                    return _with_conjuncts(ent) if _listed_places(g) < 3 else None
        if pobj.lemma_.lower() in _PLACE_NOUNS or pobj.lower_ in _PLACE_NOUNS:
            # "in (Belgaran) army-held districts", "in areas controlled by the militia"; not "… from the flood"
            acl = next((c for c in pobj.rights if c.dep_ == "acl"), None)
            toks = [t for t in pobj.subtree if t.i <= pobj.i and not (t.dep_ == "det" and t.i < pobj.i)]
            return _join(toks) + (f" {_phrase(acl, 5)}" if acl is not None else "")
    return None


def _unclaused(tok: Token) -> list[Token]:
    """``tok``'s subtree without its relative clauses: a figure in "Drasna, which had the highest toll of the
    10 provinces" is the clause's, not the phrase's."""
    clauses = [c for t in tok.subtree for c in t.children if c.dep_ == "relcl"]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in tok.subtree if t.i not in inside]


def _listed_places(tok: Token) -> int:
    """How many places ``tok`` is one of, counting the names coordinated with it ("Ostrel, Karvan and
    Quellin": 3, though the tagger took one for an organisation), each list item through the one before it."""
    first = tok
    while first.dep_ == "conj" and (_a_place(first.head) or first.head.pos_ == "PROPN"):
        first = first.head
    seen: set[int] = set()
    stack = [first]
    while stack:
        t = stack.pop()
        seen.add(t.i)
        for c in t.children:
            if c.dep_ == "conj" and (_a_place(c) or c.pos_ == "PROPN"):
                stack.append(c)
    return len(seen)


def _with_conjuncts(ent: Span) -> str:
    """ "Kelvoria" in "across Kelvoria and Belgara" → "Kelvoria and Belgara"."""
    end = ent.end
    for c in ent.root.children:
        if c.dep_ == "conj" and _a_place(c) and c.i >= end:
            other = entity_at(c)
            end = other.end if other is not None else c.i + 1
    return _join(list(ent.doc[ent.start : end]))


def _tallied_by(noun: Token, verb: Token) -> bool:
    """Is ``noun`` what a tally ``verb`` moves counts ("raised its count of cases", "lowered the number of
    missing")?"""
    of = noun.head
    tally = of.head if of.dep_ == "prep" and of.lower_ == "of" else noun
    return tally.lemma_ in _TALLY_NOUNS and tally.head.i == verb.i


def _stranded_subject_of(noun: Token) -> Token | None:
    """ "52,000 had been evacuated from their homes and 2,100 homes had been destroyed": the parser joined the
    second counted noun to the first clause's object, leaving the verb right after it with no subject; the noun
    is its subject. (The verb group must follow the noun directly.)"""
    if noun.dep_ != "conj" or noun.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    if verb.pos_ != "VERB" or verb.i <= noun.i or verb.dep_ not in ("conj", "ROOT", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def _raised(verb: Token) -> Token:
    """The infinitive a raising verb hands its subject to ("would have to be cancelled", "are expected to go",
    "were likely to be demolished"), through a chain of them; else the verb itself."""
    for _ in range(3):
        via = verb
        if verb.lemma_ == "be":  # "were likely to be demolished": the adjective carries the infinitive
            via = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_ in _RAISING_WORDS), verb)
        elif verb.lemma_ not in _RAISING_WORDS:
            break
        infinitive = next(
            (
                c
                for c in via.children
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
        if infinitive is None:
            break
        verb = infinitive
    return verb


def _measure_phrase(noun: Token, anchor: Token, own: bool = False) -> tuple[str, list[Token], Token | None]:
    """The verb that says what happened to the counted ``noun`` and its first phrase: "killed in Drasna",
    "moved to relief camps", "treated for injuries" (with the phrase's tokens, where a place may be, and the
    verb). With ``own``, only a verb inside the noun phrase ("the number of people evacuated from the valley").
    A raising verb's infinitive is the subject's ("300 jobs are expected to go" → jobs gone)."""
    its_verb = _raised(noun.head) if noun.dep_ in ("nsubj", "nsubjpass") and not own else None
    raised = its_verb is not None and its_verb != noun.head
    verb = its_verb if its_verb is not None and its_verb.pos_ == "VERB" else None
    if verb is None and not own:
        verb = _stranded_subject_of(noun)
    if (
        noun.dep_ == "dobj"
        and noun.head.tag_ in ("VBN", "VBD")
        and noun.head.lemma_ not in SPEECH_LEMMAS | _BARE_VERBS
        and any(c.dep_ == "prep" and c.i > noun.i for c in noun.head.children)
    ):
        verb = noun.head  # "hospitals had treated 300 people for injuries" → people treated for injuries
    if (verb is None or verb.lemma_ in _BARE_VERBS or verb.lemma_ in SPEECH_LEMMAS) and not _object_of_a_deed(noun):
        # "6,214 others injured by …" (however the parser attached "others")
        # (not an age: "12,400 adults aged 40 to 70" says who, not what happened to them)
        verb = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl")
                and c.pos_ == "VERB"
                and c.lower_ not in _AGE_WORDS
                and not _reports_a_clause(c)
            ),
            None,
        )
    if verb is not None and any(c.dep_ == "conj" and c.like_num and noun.i < c.i < verb.i for c in noun.children):
        return "", [], None  # "1,400 deaths and 2,700 injured": the verb is the figure's beside it
    if verb is not None and verb.lemma_ in CHANGE_LEMMAS and _tallied_by(noun, verb):
        return "", [], None  # "raised its count of confirmed cases to 180": a tally moved, nothing happened to them
    if verb is None or verb.lemma_ in _BARE_VERBS or verb.lemma_ in SPEECH_LEMMAS:
        return "", [], None
    # the first phrase after the verb, or after the noun ("treated 300 people for injuries"); not a date
    phrases = [c for c in verb.children if c.dep_ in ("prep", "agent", "dobj", "prt", "advcl", "acomp")]
    phrases += [c for c in noun.children if c.dep_ == "prep" and c.lower_ != "of" and verb.i < noun.i < c.i]
    for c in sorted(phrases, key=lambda c: c.i):
        has_figure = any(t.like_num for t in _unclaused(c))  # its own, or another figure's ("making 38.4%")
        dated = any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        # not "…, while the toll in the hills was 4,000": another statement
        other = c.dep_ == "advcl" and any(t.lower_ in CONTRAST_MARKS or t.like_num for t in c.subtree)
        # nor "according to the tracker", "citing shortages": who says it or why, not what happened
        attribution = (c.dep_ == "prep" and c.lower_ == "according") or (
            c.dep_ == "advcl" and c.lemma_.lower() in SPEECH_LEMMAS
        )
        if c.i > verb.i and c.i != noun.i and not has_figure and not dated and not other and not attribution:
            return f"{participle(verb) if raised else verb.text} {_phrase(c)}", list(c.subtree), verb
    return participle(verb) if raised else verb.text, [], verb


def _object_of_a_deed(noun: Token) -> bool:
    """Is the counted noun the object of a verb that does something to it ("is recalling 240,000 kettles sold in
    Kessa", "cancelled 1,200 flights scheduled for Monday"): then a participle on the noun only describes it; not a
    verb that reports or carries a figure ("reported 300 homes destroyed", "has 4,500 troops stationed")?"""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_ not in SPEECH_LEMMAS
        and verb.lemma_ not in _BARE_VERBS
        and verb.lemma_ not in _STATE_MAKERS
    )


def _stated_state(noun: Token) -> str | None:
    """What a verb's complement says the counted noun is or was made: after a linking verb ("212 villagers are
    dead" → killed, "80 climbers remain missing" → missing, "18 are in critical condition" → injured), or of
    the noun as the verb's passive subject or object, whatever the verb ("400 people were left homeless" →
    homeless, "100 are feared dead", "five were reported missing", "six were listed as missing", "found three
    people dead"). The state word or phrase is from ``lexicons/state_words.txt``."""
    verb = noun.head
    where = _state_in(noun)
    if where is not None:
        return where  # "with 27 people in hospital"
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i):
        # "fewer than the 51 reported missing", "40 people feared dead": a reduced relative clause says their state
        said = [c for c in acl.children if c.dep_ in ("acomp", "oprd", "xcomp")]
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
            said += [c for c in prep.children if c.dep_ in ("pcomp", "pobj", "amod")]
        state = next((c for c in said if c.lower_ in _STATE_WORDS), None)
        if state is not None:
            return _STATE_WORDS[state.lower_]
    linked = noun.dep_ == "nsubj" and verb.lemma_ in _LINKING_LEMMAS
    stated = noun.dep_ in ("nsubjpass", "dobj")
    if not (linked or stated) or (verb.i < noun.i and noun.dep_ != "dobj"):
        return None
    complements = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.i > noun.i]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        complements += [c for c in prep.children if c.dep_ in ("pcomp", "pobj", "amod")]
    state = next((c for c in complements if c.lower_ in _STATE_WORDS), None)
    if state is not None:
        return _STATE_WORDS[state.lower_]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (phrase := f"{prep.lower_} {obj.lower_}") in _STATE_WORDS:
                return _STATE_WORDS[phrase]  # "412 people have been admitted to hospital", "taken to hospital"
    if not linked:
        return None
    state_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _STATE_WORDS), None)
    if state_prep is not None:
        return _STATE_WORDS[state_prep.lower_]  # "90 people were aboard the boat"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (phrase := f"on {obj.lower_}") in _STATE_WORDS:
                return _STATE_WORDS[phrase]  # "13,000 workers were on strike"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for mod in (c for c in obj.children if c.dep_ == "amod"):
                if (phrase := f"{mod.lower_} {obj.lower_}") in _STATE_WORDS:
                    return _STATE_WORDS[phrase]
    return _state_in(verb)  # "27 people were in hospital"


def _state_in(tok: Token) -> str | None:
    """A state a place phrase on ``tok`` gives ("in hospital", "in intensive care", "in custody", "on board"), from
    ``lexicons/state_words.txt``."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mods = " ".join(c.lower_ for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i)
            for phrase in (f"{prep.lower_} {mods} {obj.lower_}", f"{prep.lower_} {obj.lower_}"):
                if phrase in _STATE_WORDS:
                    return _STATE_WORDS[phrase]
    return None


def _tally(noun: Token) -> tuple[str, str] | None:
    """(unit, about) of a tally noun: "death toll" → deaths, "number of injured" → people injured."""
    pobj = _of_object(noun)
    if pobj is not None:
        if pobj.lower_ in _STATE_WORDS:
            return "people", f"people {_STATE_WORDS[pobj.lower_]}"
        if pobj.lemma_ in _TALLY_KINDS:
            kind = _TALLY_KINDS[pobj.lemma_]
            return kind, kind
        if _people_pronoun(pobj) and noun.lemma_ in _TALLY_NOUNS:
            # "the number of those stranded", "of those missing": people, whom the word after the pronoun says what
            # happened to
            after = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
            measure, _, _ = _measure_phrase(pobj, pobj, own=True)
            if not measure and after is not None and after.lower_ in _STATE_WORDS:
                measure = _STATE_WORDS[after.lower_]
            if measure:
                return "people", f"people {measure}"
        if pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in ("GPE", "LOC"):
            measure, _, _ = _measure_phrase(noun, noun, own=True)  # "the number of people evacuated from the valley"
            return pobj.lower_, f"{_phrase(pobj, 6)} {measure or _restricting_clause(pobj)}".strip()
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _TALLY_KINDS:
            kind = _TALLY_KINDS[c.lemma_.lower()]
            return kind, kind
    if noun.lemma_ == "toll":
        return "deaths", "deaths"
    if noun.lemma_ in _TALLY_KINDS or noun.lower_ in ("fatalities", "deaths", "injuries", "casualties"):
        return noun.lower_, noun.lower_
    return None


def _people_pronoun(tok: Token) -> bool:
    """Is ``tok`` "those" or "these" standing for people ("the number of those stranded")?"""
    return tok.lower_ in ("those", "these") and tok.pos_ in ("PRON", "DET") and tok.dep_ == "pobj"


def _restricting_clause(noun: Token) -> str:
    """A short relative clause, set off by no comma, that says which of the counted a count counts ("the number of
    polling stations that lost power", "of trains that ran late"); "" when there is none."""
    doc = noun.doc
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
    if clause is None or doc[clause.left_edge.i - 1].text == ",":
        return ""
    # (a day in it, with the word that brings it in, is the count's, not which it counts: "ran late on Tuesday")
    days = [t for t in clause.subtree if t.ent_type_ in ("DATE", "TIME")]
    dated = {x.i for t in days for x in (t.head.subtree if t.head.i != clause.i else (t,))}
    words_ = [t for t in clause.subtree if t.i not in dated]
    if len(words_) > 8 or any(t.like_num or t.is_punct for t in words_):
        return ""
    return _join(words_)


def _verb_above(anchor: Token) -> Token | None:
    """The verb a figure hangs on, within four steps up its tree (the figure itself when it is one), or None."""
    tok = anchor
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _implicit(anchor: Token, span: Span) -> _About | None:
    """What a figure with no counted noun counts: "1,700 injured", "the death toll rose to 2,946"."""
    doc = anchor.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _STATE_WORDS:
        return _About("people", f"people {_STATE_WORDS[nxt.lower_]}", None)
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.lower_ in ("at", "to") and prep.i > 0 and doc[prep.i - 1].lower_ in _STATE_WORDS:
        # "raised the missing to 12 and the dead to seven": the state written before its own "to" is what it counts
        return _About("people", f"people {_STATE_WORDS[doc[prep.i - 1].lower_]}", None)
    if nxt is not None and nxt.lower_ == "more" and nxt.i + 1 < len(doc):
        # "2,100 homes destroyed, with about 9,800 more damaged": the figure continues another, in its own state
        participle = doc[nxt.i + 1]
        if participle.tag_ in ("VBN", "JJ") and measure_word(participle.lower_) is not None:
            return _About(None, None, None, verb=participle)  # counts what the other counts; its measure is its own
    if anchor.head.lower_ in _STATE_WORDS and anchor.dep_ in ("nummod", "npadvmod", "nsubj", "nsubjpass", "dobj"):
        return _About("people", f"people {_STATE_WORDS[anchor.head.lower_]}", None)
    # a bare number a verb's complement describes: "at least 20 are feared dead", "four remain in critical condition"
    if (state := _stated_state(anchor)) is not None:
        return _About("people", f"people {state}", None)
    # up to the verb: "rose to 2,946", "stood at 1,318", "put the toll at 2,946", "the toll was 4,087"
    tok = _verb_above(anchor)
    if tok is None:
        return None
    if anchor.head.i > anchor.i and _cut_off(anchor, anchor.head) and tok.dep_ in ("ccomp", "advcl"):
        tok = tok.head  # "the number of jobs was up to 1,400 once staff were counted", hung on "counted": "was"
    if anchor.head.lower_ in ("at", "to"):
        # "put the number of stations that lost power at 184", "bringing the number of people killed to 9": the
        # parser hangs "at 184" inside the tally's "of" phrase; the figure is the tally's
        tally_noun = next((up for up in tok.ancestors if up.lemma_ in _TALLY_NOUNS), None)
        if tally_noun is not None and (of := _of_object(tally_noun)) is not None and of.i < tok.i <= of.right_edge.i:
            counted = anchor.doc[of.left_edge.i : anchor.head.i].text.strip(" ,")
            done = _done_to(of, anchor)
            if _people_pronoun(of):
                return _About("people", "people" + counted[len(of.text) :], None, verb=done)
            return _About(of.lower_, counted, None, verb=done)
    cands = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != anchor.i]
    for c in sorted(cands, key=lambda c: c.dep_ != "dobj"):  # "put the number of houses at 6,000": the object
        measured = c.lemma_.lower() in _AMOUNT_NOUNS or unit_of_word(c.text) is not None  # "kilograms of cocaine"
        if c.lemma_.lower() not in _TALLY_NOUNS and not measured and _of_object(c) is not None:
            continue  # "sales of electric models dropped 18%": sales, no tally of models
        found = _tally(c)
        if found is not None:
            of_what = _of_object(c)
            return _About(found[0], found[1], None, verb=_done_to(of_what, anchor) if of_what is not None else None)
    return _tally_read_as_a_clause(tok)


def _done_to(counted: Token, anchor: Token) -> Token | None:
    """The participle after what a tally counts, before the figure: what happened to them ("the number of people
    stranded … 31" were stranded)."""
    return next((c for c in counted.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < anchor.i), None)


def _tally_read_as_a_clause(verb: Token) -> _About | None:
    """ "The number of people confirmed dead rose to 23", parsed with the participle as the main verb and the
    change verb as its clause: the tally is the change verb's subject, and the state after its noun ("dead") says
    what it counts."""
    up = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and not _name_after_a_noun(c) for c in verb.children)
    if verb.dep_ not in ("ccomp", "conj") or up.i > verb.i or up.tag_ not in ("VBD", "VBN") or own_subject:
        return None
    tally = next((c for c in up.children if c.dep_ == "nsubj" and c.lemma_ in _TALLY_NOUNS), None)
    counted = _of_object(tally) if tally is not None else None
    if counted is None or counted.pos_ != "NOUN":
        return None
    state = next((_STATE_WORDS[t.lower_] for t in verb.doc[counted.i + 1 : verb.i] if t.lower_ in _STATE_WORDS), None)
    return _About(counted.lower_, f"{counted.lower_} {state}", None) if state else None


def _name_after_a_noun(tok: Token) -> bool:
    """Is ``tok`` the last word of a name set right after a common noun ("the ferry Asta Marla"), which the
    parser may take for a subject of its own?"""
    k = tok.i
    while k > 0 and tok.doc[k - 1].pos_ == "PROPN":
        k -= 1
    return tok.pos_ == "PROPN" and k > 0 and tok.doc[k - 1].pos_ == "NOUN"


def _unit_phrase(top: Token) -> Token | None:
    """What a figure in a unit is of: "$210 million in lost revenue", "18 months on probation" (the
    phrase after it, on the figure or on the verb whose object it is)."""
    if top.dep_ == "pobj" and top.head.lower_ in ("to", "from") and top.head.head.lemma_ in CHANGE_LEMMAS:
        return None  # "shares jumped 37% to $36.90 in early trading": the level of what moved, not of the trading
    holders = [top]
    if top.dep_ in ("dobj", "npadvmod") or (top.dep_ == "pobj" and top.head.lower_ == "to"):
        holders.append(top.head if top.dep_ != "pobj" else top.head.head)
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i > top.i:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN" and not pobj.ent_type_:
                    return pobj
    return None


def _candidate(anchor: Token, noun: Token | None, top: Token, percent: bool) -> str | None:
    """Whose votes or share of the vote a figure is: "Atiku Abubakar won 7 million votes", "44.5% for Piet
    Dorran", "to Dorran's 44.5%", "Brel won 49.2%" — the name of who won them (a person or a party, as the
    tagger names it), or None."""
    votes = noun is not None and noun.lemma_.lower() in ("vote", "ballot")
    if not (votes or (percent and noun is None)):
        return None
    for holder in (t for t in (top, noun) if t is not None):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                named = next((_name_of(g) for g in c.children if g.dep_ == "pobj"), None)
                if named:
                    return named  # "44.5% for Piet Dorran"
            if c.dep_ == "poss" and (named := _name_of(c)):
                return named  # "Dorran's 44.5%"
    if top.dep_ == "pobj" and top.head.lower_ in ("against", "versus", "to"):
        # "won 49.2% against 44.5% for Piet Dorran": the rival's, named by "for" after it, never the winner's
        rival = [c for c in top.head.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > top.i]
        return next((_name_of(g) for c in rival for g in c.children if g.dep_ == "pobj"), None)
    verb = _verb_above(anchor)
    winning = _WINNING if votes else _WINNING - {"have", "get", "lead"}  # "had 20%" may be any share
    if verb is None or verb.lemma_.lower() not in winning:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = _name_of(subject) or next((_name_of(c) for c in subject.children if c.dep_ == "appos"), None)
    return named or None


def _name_of(tok: Token) -> str | None:
    """The name of a person or a body ``tok`` is part of, as written: the tagger's, else the proper nouns it
    heads (the tagger often misses or mistypes a name it has not seen: "Ana Brel", "Dorran's")."""
    entity = entity_at(tok)
    if entity is not None and entity.label_ in ("PERSON", "ORG", "NORP"):
        return re.sub(r"^the\s+|['’]s?$", "", entity.text, flags=re.IGNORECASE) or None
    if tok.pos_ != "PROPN" or (entity is not None and entity.label_ not in ("GPE", "LOC")):
        return None
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN":
        start -= 1  # the given names right before it: "Ana Brel"
    return tok.doc[start : tok.i + 1].text


def _said_to_be(tok: Token, verb: Token | None) -> bool:
    """Is ``tok`` a sentence's first word the tagger took for a person's name, that a figure is said to be
    ("Turnout was 38%")? One word, no given name, before a linking verb: no person is a percentage."""
    one_word = tok.ent_iob_ == "B" and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
    linking = verb is not None and verb.lemma_ in _LINKING_LEMMAS
    return bool(tok.is_sent_start) and one_word and linking and given_name_gender(tok.text) is None


def _an_agent(tok: Token) -> bool:
    """Is the phrase headed by ``tok`` one that acts — a person, a body, a place — rather than a thing a
    figure is of ("shares", "revenue")?"""
    return _a_person(tok) or tok.ent_type_ in ("ORG", "GPE", "NORP") or tok.lemma_.lower() in _BODY_NOUNS


def _a_person(tok: Token) -> bool:
    """Is the phrase headed by ``tok`` a person: a person's name, a pronoun or a noun for a person?"""
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PRON" or tok.lemma_.lower() in words("person_nouns")


def _change_of(noun: Token, anchor: Token) -> Token | None:
    """What a change noun the figure sizes is a change in or of ("a 38% fall in quarterly profit" → profit), not
    the figure's own phrase ("a loss of 38 tonnes")."""
    if noun.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.left_edge.i <= anchor.i <= pobj.right_edge.i:
        return None
    return pobj


def _changed_thing(top: Token) -> Token | None:
    """What a change noun the figure goes from or to is a change in: "a reduction in module costs from $0.23
    to $0.10" → costs; the "from … to" phrase may hang on the noun or on the verb whose object it is ("calls
    for a cut in costs from $0.25 to $0.12")."""
    tok = top
    while tok.dep_ in ("pobj", "prep") and (tok.dep_ == "prep" or tok.head.lower_ in ("from", "to")):
        if tok.dep_ == "prep" and tok.lower_ not in ("from", "to"):
            break
        tok = tok.head
    if tok is top:
        return None
    change = tok if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CHANGE_NOUNS else None
    if change is None and tok.pos_ == "VERB":
        near = [g for c in tok.children for g in (c, *c.children) if g.dep_ in ("dobj", "pobj") and g.i < top.i]
        change = next((g for g in near if g.pos_ == "NOUN" and g.lemma_.lower() in _CHANGE_NOUNS), None)
    if change is None:
        return None
    prep = next((c for c in change.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") else None


def _state_measured(top: Token) -> tuple[Token | None, Token] | None:
    """A figure measuring how far a state holds ("the fire was 45% contained", "the blaze, which was 5%
    contained"): (what is in that state, the state's participle), the subject of "be" (through a relative
    pronoun, the noun the clause is on)."""
    state: Token | None = None
    if top.dep_ == "npadvmod" and top.head.dep_ == "acomp" and top.head.tag_ == "VBN":
        state, linking = top.head, top.head.head
    elif top.dep_ == "attr" and top.head.lemma_ in _LINKING_LEMMAS:
        state = next((c for c in top.children if c.dep_ in ("acl", "amod") and c.tag_ == "VBN"), None)
        linking = top.head
    if state is None:
        return None
    subject = next((c for c in linking.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and linking.dep_ == "conj":  # "had scorched 24,000 acres and was 20 percent contained"
        subject = next((c for c in linking.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and linking.dep_ == "relcl":
        subject = linking.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or _a_person(subject):
        return None
    return subject, state


def _predicate(top: Token) -> tuple[Token | None, Token | None]:
    """(what the figure is said of, the verb): "the temperature was 21.4C" → temperature; "held the base
    rate at 4.25%" → base rate (the object, for a figure reached through a preposition); "sales fell 3%" →
    sales. A pronoun or a subject holding the figure itself gives nothing."""
    state = _state_measured(top)
    if state is not None:
        return state
    at = top.head
    if top.dep_ == "pobj" and at.lower_ == "at" and at.head.pos_ in ("NOUN", "PROPN"):
        # "with Q3 at 5.1 per cent, … and Q4 at 4.8 per cent", "inflation at 2%": the noun right before "at"
        before = at.doc[at.i - 1]
        return (before if before.pos_ in ("NOUN", "PROPN") else at.head), None
    tok, via_prep = top, False
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        # a qualifier the parser read as a preposition ("cost the company about $132 million") is no phrase
        via_prep = via_prep or (tok.dep_ == "pobj" and tok.head.lower_ not in _QUALIFIERS)
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None, None

    def fits(c: Token) -> bool:
        # not the figure itself, nor another one ("grew 8.3 per cent to ₹3,410 crore")
        holds = c.left_edge.i <= top.i <= c.right_edge.i
        counted = c.like_num or any(g.like_num and g.dep_ in ("nummod", "quantmod") for g in c.children)
        return c.pos_ in ("NOUN", "PROPN") and not holds and not counted

    objects = [c for c in tok.children if c.dep_ == "dobj" and fits(c)] if via_prep else []
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and fits(c)]
    if not subjects and tok.dep_ == "xcomp" and _raised(tok.head) == tok:
        # "the recall is expected to cost about $132 million": the raising verb's subject is the infinitive's
        raiser = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        subjects = [c for c in raiser.children if c.dep_ in ("nsubj", "nsubjpass") and fits(c)]
    relative = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")), None)
    head = tok.head
    if not subjects and relative is not None and tok.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        # "vacancy rates, which stand at 14%": what the relative pronoun stands for; not the object of a
        # preposition, where the parser hangs a relative that may be of the noun before ("the proceeds from the
        # crime which was $500")
        subjects = [head] if head.dep_ != "pobj" else []
    participle = tok.dep_ in ("advcl", "conj") and tok.tag_ in ("VBG", "VBN")
    if not subjects and participle and not any(c.dep_ == "dobj" for c in tok.head.children):
        # "the bond has weakened, hitting 16%": a participle without a subject is said of its clause's subject,
        # unless that clause has an object the participle may describe ("lost seats, ranging from 5 to 54")
        shared = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and fits(c)]
        subjects = [c for c in shared if not _a_person(c)]  # a person "going from 175 to 450" is not it
    said_of = next(iter(objects + subjects), None)
    return said_of, tok


def _existential(tok: Token) -> bool:
    """Whether ``tok`` is what a "there is/are" clause says there is ("there were 60 deaths": deaths)."""
    verb = tok.head
    return tok.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)


def _earlier_existential(anchor: Token) -> Token | None:
    """The number of the nearest earlier "there were 60 deaths" in the sentence of a bare "there are 45": the
    figure whose counted noun the bare one leaves unsaid ("there were 60 deaths in Velmont, and in Drasna there
    are 45")."""
    if not anchor.like_num or not _existential(anchor):
        return None
    for tok in reversed(anchor.doc[anchor.sent.start : anchor.i]):
        if tok.dep_ == "attr" and tok.pos_ == "NOUN" and _existential(tok):
            return next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
    return None


def _moves_a_pronoun(anchor: Token) -> bool:
    """Is the figure where a verb of change moves "it" or "them" to ("raising it to 231", "cut them to 40")?"""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "to":
        return False
    verb = anchor.head.head
    return verb.lemma_ in CHANGE_LEMMAS and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in verb.children)


def _repeated_object(anchor: Token) -> Token | None:
    """The earlier figure a bare figure repeats the object of: the figure the same verb counted before it
    ("cancelled 1,250 flights since Monday and expected to cancel about 210 on Saturday"), or, for a verbless
    conjunct the parser hangs on a verb, that verb's last figure ("… to cancel 210 on Saturday and 180 on
    Sunday")."""
    verb = anchor.head
    if verb.pos_ != "VERB":
        return None
    if anchor.dep_ == "conj":
        verbs = {verb, *(c for c in verb.children if c.dep_ == "xcomp")}
        objects = [c for c in verb.subtree if c.i < anchor.i and c.dep_ == "dobj" and c.head in verbs]
        counted = [t for o in objects for t in (o, *o.children) if t.like_num and t.ent_type_ not in ("DATE", "TIME")]
        return max(counted, key=lambda t: t.i) if counted else None
    for t in reversed([t for t in anchor.sent if t.i < verb.i]):
        if t.like_num and t.dep_ == "nummod" and t.head.dep_ == "dobj" and t.ent_type_ not in ("DATE", "TIME"):
            earlier = t.head.head
            return t if earlier.lemma_ == verb.lemma_ and earlier != verb else None
    return None


def _describe(noun: Token | None, top: Token, anchor: Token, span: Span, skip: set[int]) -> _About:
    """What the figure counts: the counted noun, its measure phrase, the place; or, for a figure in a unit
    with no counted noun, what the unit is of or what the figure is said of."""
    first = anchor.head if anchor.dep_ in ("conj", "appos") and anchor.head.i < anchor.i else None
    if first is not None and not first.like_num:
        first = next((c for c in first.children if c.dep_ == "nummod" and c.like_num), None)
    after = anchor.doc[span.end] if span.end < len(anchor.doc) else None
    if first is None and noun is None and after is not None and after.lower_ == "more":
        # "2,300 jobs directly and perhaps 5,000 more": more of what the figure before it counts
        # (under the same verb: "killed 40 people and injured 60 more" are injured, which the verb says)
        earlier = [t for t in anchor.sent if t.i < anchor.i and t.like_num and t.dep_ == "nummod"]
        verb = _verb_above(anchor)
        first = earlier[-1] if earlier and verb is not None and _verb_above(earlier[-1]) == verb else None
    if first is None and noun is None and anchor.dep_ in ("dobj", "conj"):
        first = _repeated_object(anchor)
    if first is None and noun is None and anchor.i > 0 and anchor.doc[anchor.i - 1].text in (":", "—", "–", "-"):
        # "verified 37 civilian deaths: 29 in Karvenia and eight in Belvoria": a breakdown after a colon is of
        # the figure before it
        earlier = [
            t
            for t in anchor.sent
            if t.i < anchor.i and t.like_num and t.dep_ == "nummod" and t.ent_type_ not in ("DATE", "TIME")
        ]
        first = earlier[-1] if earlier else None
    if first is None and noun is None and _moves_a_pronoun(anchor):
        # "put the number of stations at 184, before raising it to 231": "it" is what the figure before counts
        earlier = [t for t in anchor.sent if t.i < anchor.i and t.like_num and t.ent_type_ not in ("DATE", "TIME")]
        first = earlier[-1] if earlier else None
    where = list(anchor.subtree)
    if noun is None and first is None and not (after is not None and after.lower_ in _STATE_WORDS):
        first = _earlier_existential(anchor)
        where = _clause_tokens(anchor) if first is not None else where  # "in Drasna there are 45"
    if noun is None and first is not None and not (after is not None and after.lower_ in _STATE_WORDS):
        # "31 deaths in Drasna, 12 in Velmont": the elided noun and measure are the first figure's
        fnoun, ftop = _counted(first, {first.i})
        head = _describe(fnoun, ftop, first, first.doc[first.i : first.i + 1], {first.i})
        if head.core is not None:
            return _About(head.unit, head.core, head.noun, _place(where, anchor), head.verb)
    if noun is None and anchor.dep_ == "nsubj" and anchor.head.lemma_ in _LINKING_LEMMAS:
        named = next((c for c in anchor.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if named is not None and named.lemma_ not in _TALLY_NOUNS and _of_object(named) is None:
            # "of the 50, 12 were children": children; not "are a majority of the 300", a share
            return _About(named.lower_, _phrase(named, 6), None, _place(_clause_tokens(anchor), anchor))
    if noun is None:
        changed = _changed_thing(top)
        if changed is not None:  # "a reduction in module costs from $0.23 to $0.10"
            return _About(None, _phrase(changed, 6), None, _place(_clause_tokens(anchor), anchor))
        found = _implicit(anchor, span)
        if found is not None:
            found.place = _place(_clause_tokens(anchor), anchor)
            return found
        of = _unit_phrase(top)
        said_of, verb = _predicate(top)
        tallied = _tally(said_of) if said_of is not None and said_of.lemma_ in _TALLY_NOUNS else None
        if tallied is not None and verb is not None and verb.dep_ == "relcl" and verb.head == said_of:
            # "put the number of homes that were destroyed at 1,300": the tally's value, hung on its clause
            return _About(tallied[0], tallied[1], None, _place(_clause_tokens(anchor), anchor), verb)
        if said_of is not None and (
            said_of.lemma_ in _TALLY_NOUNS or (_a_person(said_of) and not _said_to_be(said_of, verb))
        ):
            # "the number was 12,906": a tally that does not say what it counts; "Vann rushed for 101 yards":
            # a figure is of what a person did or has, not of the person
            said_of = None
        share = any(t.lower_ in ("%", "percent", "cent", "pct", "percentage") for t in (*span, top))
        if (
            share
            and said_of is not None
            and verb is not None
            and top.dep_ == "dobj"  # the share is what the subject offers, holds or leads by, not where it moved
            and top.head == verb
            and said_of.dep_ == "nsubj"
            and _an_agent(said_of)
            and not _said_to_be(said_of, verb)
            and verb.lemma_ not in _LINKING_LEMMAS
            and verb.lemma_ not in CHANGE_LEMMAS
        ):
            said_of = None  # "the company has offered 4.5%": a share is not of who offers or holds it
        on_the_verb = verb is not None and ((of is not None and of.head.head == verb) or verb.lemma_ in _LINKING_LEMMAS)
        acts = said_of is not None and _an_agent(said_of) and not _said_to_be(said_of, verb)
        if of is not None and said_of is not None and on_the_verb and not acts:
            # "shares fell 11% in early trading", "turnout was 62% in the capital": the thing that fell or was,
            # not when or where; not a firm that lost
            of = None
        if of is not None:  # "lost $210 million in revenue": of revenue, measure lost
            return _About(None, _phrase(of, 6), None, _place(_clause_tokens(anchor), anchor), verb)
        core = (_phrase(said_of, 6, before=top) or None) if said_of is not None else None
        return _About(None, core, None, _place(_clause_tokens(anchor), anchor), verb)
    if noun.lemma_ in _CHANGE_UNITS and noun.head.lemma_ in CHANGE_LEMMAS:
        said_of, verb = _predicate(noun)  # "the index fell 102 points": about the index, in points
        if said_of is not None and not _a_person(said_of):  # a player who gains points is not what changed
            return _About(noun.lower_, _phrase(said_of, 6), None, _place(_clause_tokens(anchor), anchor), verb)
    changed = _change_of(noun, anchor)
    if changed is not None:
        # "a 38% fall in quarterly profit", "a 5,000 increase in cases": the figure sizes a change of what follows
        return _About(changed.lower_, _phrase(changed, 6), noun, _place(_clause_tokens(anchor), anchor), changed=True)
    tally = _tally(noun) if noun.lemma_ in _TALLY_NOUNS else None
    if tally is None and noun.lemma_ in _TALLY_NOUNS and anchor.dep_ == "pobj" and anchor.head.head.i == noun.i:
        # "a figure of 4.7 million", "a total of 5,150": the tally's own value, which names nothing it counts
        return _About(None, None, None, _place(_clause_tokens(anchor), anchor))
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod", "poss") and t.i not in skip]
    left = [t for t in left if not (t.dep_ == "poss" and t.pos_ == "PRON")]
    # numbers out, ordinals in ("third-quarter net loss"); a modifier a number sizes is out whole ("the company's
    # 52,000-person workforce" counts the workforce)
    left = [x for x in left if x.dep_ == "poss" or not any(t.like_num and t.tag_ == "CD" for t in x.subtree)]
    toks = [t for x in left for t in x.subtree if t.i not in skip and not (t.like_num and t.tag_ == "CD")]
    toks = [t for t in toks if t.pos_ != "SYM"]
    toks = [t for t in toks if t.lower_ not in _ADDED_WORDS]  # "hundreds more homes" counts homes
    toks.append(noun)
    text = _join(sorted(set(toks), key=lambda t: t.i))
    unit = noun.text.lower()
    if noun.lower_ == "others":
        text, unit = "people", "people"  # "and 2,170 others injured"
    if tally is not None:
        unit, text = tally  # "a total of 4,315 people" has its own noun; "a toll of 1,862" does not
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in _STATE_WORDS and after.dep_ in ("oprd", "ccomp", "acomp", "amod"):
        return _About(unit, f"{text} {_STATE_WORDS[after.lower_]}", noun, _place(_clause_tokens(anchor), anchor))
    holder = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and (noun.head.head.lemma_ in _TALLY_NOUNS or noun.head.head == top)
    ):
        holder = noun.head.head  # "a total of 4,315 people have been evacuated", "41.2 per cent of shareholders voted"
    # "212 villagers are dead", "80 climbers remain missing", "12,000 of its members were on strike"
    state = _stated_state(noun) or (_stated_state(holder) if holder is not noun else None)
    if state is not None:
        return _About(unit, f"{text} {state}", noun, _place(_clause_tokens(anchor), anchor))
    measure, phrase_tokens, verb = _measure_phrase(holder, anchor)
    if measure:
        text += " " + measure
    else:
        first = holder
        while first.dep_ in ("conj", "appos") and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
            # "launched 48 drones and four missiles": the missiles are launched too; and the items of a longer
            # list, which the parser may set in apposition ("lost 1,230 servicemen, 14 tanks, 31 systems")
            if first.dep_ == "appos" and not any(c.dep_ == "nummod" for c in first.head.children):
                break  # "the victims, 40 children": an apposition that says who, not a list
            first = first.head
        if first.dep_ == "dobj" and first.head.pos_ == "VERB":
            verb = first.head  # "the airline cancelled 1,200 flights": the measure, though not part of the about
        elif _object_read_as_a_clause(first):
            verb = first.head
    place = (
        _place(phrase_tokens, anchor) or _place(list(noun.subtree), anchor) or _place(_clause_tokens(anchor), anchor)
    )
    put = _what_is_put(noun)
    if put is not None:
        # "put Norwegian losses at 40 sailors", "put Ukraine's losses at 400 troops": the counted are that
        # nation's
        nation = next((c for c in put.children if c.dep_ in _OWNING_DEPS and c.ent_type_ in ("NORP", "GPE")), None)
        if nation is not None and not any(t.ent_type_ in ("NORP", "GPE") for t in left):
            text = f"{nation.doc[nation.left_edge.i : nation.right_edge.i + 1].text} {text}"
    return _About(unit, text, noun, place, verb)


def _what_is_put(noun: Token) -> Token | None:
    """The object a figure gives the value of, as a count of ``noun``: "losses" of "put losses at 40 soldiers"."""
    at = noun.head
    verb = at.head
    if noun.dep_ != "pobj" or at.lower_ != "at" or verb.lemma_.lower() not in _PUTTING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < at.i), None)


def _object_read_as_a_clause(noun: Token) -> bool:
    """Is a counted noun the parser joined to a verb as a clause ("killing soldiers and five civilians": the
    civilians a conjunct of "killing") one more object of that verb: a verb that has an object before it, the
    noun no verb of its own?"""
    verb = noun.head
    return (
        noun.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.i < noun.i
        and any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in noun.children)
    )


def qualifier_of(text: str, q: Quantity, anchor: Token) -> tuple[str | None, int]:
    """The hedge on the figure and where it starts: "at least", "over", "about", "nearly", "up to", "under"."""
    before = text[max(0, q.start - 30) : q.start]
    m = _QUALIFIER_RE.search(before)
    if m:
        phrase = re.sub(r"\s+", " ", m.group("q").lower())
        return _QUALIFIERS[phrase], q.start - (len(before) - m.start())
    if re.match(r"\s+or\s+(?:more|above)\b", text[q.end : q.end + 12]):
        return "at least", q.start
    if re.match(r"\+(?![\d+])", text[q.end : q.end + 2]):
        return "over", q.start  # "18,000+", "50+ killed": more than
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


def _words_before(text: str, at: int) -> list[str]:
    """The words before ``at``, past a qualifier, an article and "of" ("in at least the last 100 years" → [...,
    "in", "last"]; "at a depth of about 12.5 km" → [..., "at", "depth"])."""
    before = text[max(0, at - 60) : at]
    m = _QUALIFIER_RE.search(before)
    if m:
        before = before[: m.start()]
    before = re.sub(r"(?:\b(?:the|a|an|of)\s*)+$", "", before.rstrip(), flags=re.IGNORECASE)
    return [w.lower() for w in re.findall(r"[A-Za-z]+", before)][-3:]


def _word_after(text: str, at: int) -> str:
    """The word after ``at``, past a parenthesis ("9 kilometers (5.6 miles) below" → below)."""
    after = re.sub(r"^\s*\([^()]{0,40}\)", "", text[at : at + 80])
    m = re.match(r"[\s-]*([A-Za-z]+(?:-[A-Za-z]+)?)", after)
    return m.group(1).lower() if m else ""


def _elapsed(span: Span) -> bool:
    """A duration of something still going on or just over, not a quantity reported: the object of "last" or
    of "has been", or the span of a perfect progressive ("have been working for more than 40 hours")."""
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_ == "last" or (verb.lemma_ == "be" and verb.tag_ == "VBN"):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children)


def _restates(text: str, q: Quantity) -> bool:
    """A figure in parentheses right after a figure of the same kind of unit: a conversion ("9 kilometers (5.6
    miles)", "800 million lira (about $21.5 million)"), not a figure of its own ("in 2014/15 (18,240)")."""
    if q.kind not in ("money", "measure", "temperature"):
        return False
    before = text[max(0, q.start - 60) : q.start]
    m = re.search(r"\(\s*(?:(?:about|around|some|approximately|roughly|nearly|almost|over)\s+)?$", before)
    if m is None or not re.match(r"[^()]{0,30}\)", text[q.end : q.end + 32]):
        return False
    prior = before[: m.start()].rstrip()
    previous = find_quantities(prior)
    if not previous:
        return False
    between = prior[previous[-1].end :].split()
    if previous[-1].kind == q.kind and not between:
        return True
    # "800 million Kelvorian liras (about $21.5 million)": a unit of the same kind among the words between
    return len(between) <= 3 and any(unit_kind(unit_of_word(w) or "") == unit_kind(q.unit) for w in between)


def _age_limit(span: Span) -> bool:
    """ "children under 15", "people aged 65": a number after an age word on a noun for people, with no counted
    noun of its own, is an age."""
    first = span[0]
    if first.i < 2:
        return False
    limit, people = first.doc[first.i - 1], first.doc[first.i - 2]
    roles = table("age_words")
    if roles.get(limit.lower_) != "limit" or roles.get(people.lemma_.lower()) != "people":
        return False
    nxt = first.doc[span.end] if span.end < len(first.doc) else None
    return nxt is None or nxt.pos_ != "NOUN" or nxt.lemma_ == "year"


_STREET_CLOSE = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:"
    + "|".join(re.escape(w.capitalize()) for w in sorted(words("street_words"), key=len, reverse=True))
    + r")\b\.?"
)


def _address(text: str, q: Quantity, before: str) -> bool:
    """Is the number part of a postal address: a house number before a street's name, a post-office box, or a
    five-digit postcode after a two-letter state code?"""
    if _STREET_CLOSE.match(text, q.end):
        return True
    if re.search(r"\bBox\s*$", before):
        return True
    return bool(re.fullmatch(r"\d{5}", q.text.strip()) and re.search(r"\b[A-Z]{2}\s*$", before))


def _according_to(noun: Token) -> bool:
    """Is ``noun`` who a figure is "according to"?"""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _reports(verb: Token) -> bool:
    """Is ``verb`` a verb of saying that reports here: "say" or "tell", or one with a reported clause ("two
    officials confirmed that …"; not "ten companies are writing apps")?"""
    if verb.pos_ != "VERB" or verb.lemma_ not in SPEECH_LEMMAS:
        return False
    return verb.lemma_ in ("say", "tell") or any(c.dep_ == "ccomp" for c in verb.children)


_HOUR_AFTER = re.compile(r"\s*(?:o['’]clock|in the (?:morning|afternoon|evening)|at night)\b", re.IGNORECASE)
_HOUR_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after|around|since|from|past)\s+$", re.IGNORECASE)


def _hour_of_day(text: str, q: Quantity, before: str) -> bool:
    """A number of 1 to 12 after "at", "until"… and before "o'clock" or "in the morning": an hour, not a count."""
    if q.kind or q.value is None or not 1 <= q.value <= 12:
        return False
    return bool(_HOUR_BEFORE.search(before) and _HOUR_AFTER.match(text, q.end))


def _in_a_name(tok: Token) -> bool:
    """Is the number part of a name the tagger found: one with a word besides numbers ("Apollo 11", "Group of
    20"), not a number alone it tagged a name ("cancelled 210 planned operations")?"""
    if tok.ent_type_ not in _NAME_LABELS:
        return False
    ent = entity_at(tok)
    if ent is not None and ent.start == tok.i and tok.dep_ == "nummod" and tok.head.i >= ent.end:
        return False  # "845 Harnvik departures" tagged a name: a count of what comes after the name
    return ent is None or any(not (t.like_num or t.pos_ == "NUM" or t.is_punct) for t in ent)


def not_a_claim(text: str, q: Quantity, span: Span, date_spans: list[tuple[int, int]]) -> str | None:
    """Why the figure is no claim, or None when it is one: a date, year, clock time, ordinal, age, relative
    time ("four years ago"), position ("7 km below"), magnitude, conversion, number in a name, reference,
    phone number, page furniture, note marker, list number, an instruction, a line with no verb, or the
    count of the sources speaking ("two officials said")."""
    if any(s < q.end and q.start < e for s, e in date_spans):
        return "date"
    if _reference_mark(text, q):
        return "reference mark"  # "… linked to weight gain (25).", "[1]"
    if _list_number(text, q):
        return "list number"
    after = text[q.end : q.end + 24]
    before = text[max(0, q.start - 16) : q.start]
    if q.vague:
        time = re.match(r"\s+(?:of\s+)?(?:seconds|minutes|hours|days|weeks|months|years|decades)\b", after, re.I)
        if time:
            return "duration"
        if any(t.pos_ in ("VERB", "AUX") for t in span) or (
            q.text.lower() == "scores" and not re.match(r"\s+of\b", after)
        ):
            return "no amount"  # "Harlow scores 31", "the scores were level": "scores" counts only as "scores of"
        return None
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    scaled = has_large_scale(q.text)
    if q.kind not in ("money", "percent") and not scaled and any(_in_a_name(t) for t in nums):
        # but a sum in a currency, a percentage or a number with a scale is none, whatever the tagger ran a name into
        # ("Baltline 2.5 million euros", "fined Lunvar Air 6.5 million crowns")
        return "name"  # "Group of 20", "Apollo 11", "Route 66"
    if (re.match(r"[A-Za-z]", after) or re.search(r"\d[A-Za-z]$", q.text)) and not q.kind:
        return "glued"  # "1st", "G20s", "3D", "1080p"
    # (points are an amount, not a description: "a 6-point penalty", "a five-point lead")
    if not q.kind and re.match(r"-[A-Za-z]", after) and not re.match(r"-(?:odd|plus|points?)\b", after):
        return "modifier"  # "6.9-magnitude", "five-storey", "31-year-old", "a two-year sentence"
    if re.match(r"-\d+/\d+", after) or (q.low is None and (re.match(r"-\d", after) or re.search(r"\d-$", before))):
        return "score"  # "2-1/2", and scores or votes that are no range ("a 5-4 decision")
    if re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|local time|noon\b|midnight\b)", after, re.IGNORECASE):
        return "clock time"  # "at 9 a.m.", "as of 12 noon"
    if _hour_of_day(text, q, before):
        return "clock time"  # "at four in the morning", "until 11 o'clock"
    if (
        not q.kind
        and re.match(r"[\s-]*(?:times|fold)\b", after, re.IGNORECASE)
        and not _times_counted(text, q.start, q.end, span)
    ):
        return "multiple"  # "three times the figure given last week", "a tenfold rise": a ratio, not a count
    day_like = q.value is not None and 1 <= q.value <= 31 and float(q.value).is_integer()
    if day_like and (re.search(rf"\b{_MONTH_RE}\s*$", before) or re.match(rf"\s*{_MONTH_RE}(?![a-z])", after)):
        return "date"  # "Nov. 14" on a page whose dates could not be placed
    if q.kind == "time":
        # a thousand years or more ago, old or earlier is a finding ("lived 150 million years ago"), not when
        # something in the story happened; "the worst in the last 2,000 years" is still a period
        deep_time = q.unit == "years" and q.value is not None and q.value >= 1000
        if (_word_after(text, q.end) in _RELATIVE_AFTER and not deep_time) or re.match(r"\s*['’]s?\s", after):
            return "relative time"  # "four years ago", "90 hours after", "30 years old", "a month's wage"
        if any(w in _RELATIVE_BEFORE for w in _words_before(text, q.start)[-2:]) or re.search(r"\baged?\s*$", before):
            return "relative time"  # "in the last four years", "within 48 hours", "in the space of 10 hours"
        rate_of = re.search(
            r"(?:\d[\d,.]*%?(?:\s+[A-Za-z]+){0,5}|\b(?:once|twice|times|per))\s*$", text[max(0, q.start - 60) : q.start]
        )
        if q.spelled and rate_of:
            return "rate"  # "$5 a day", "85,000 passengers a day", "12 million tonnes of cargo a year", "twice a week"
        if _elapsed(span):
            return "elapsed time"  # "have been working for 40 hours", "lasted 30 seconds", "it has been 48 hours"
        if re.match(r"an?\s", q.text, re.IGNORECASE):
            unit_token = span[-1]
            object_of = unit_token.dep_ in ("dobj", "npadvmod") or (
                unit_token.dep_ == "pobj" and unit_token.head.lower_ == "to"
            )
            if not object_of or re.match(r"\s+of\b", after):
                return "article"  # "facing a week on the bench" is what is reported; not "a week of talks"
    if q.kind == "measure":
        near = _words_before(text, q.start)[-1:]
        if _word_after(text, q.end) in _LOCATING or near == ["depth"]:
            return "position"  # "7 km below the surface", "40 miles north of the city", "a depth of 10 km"
    if re.search(
        r"\b(?:magnitude|aged|ages?|No\.|number|page|level|grade|category|phase|round|chapter)[-\s]*$",
        before,
        re.IGNORECASE,
    ) or re.search(r"\b(?:FY|Q|H)\s*$", before):
        return "label"  # "page 12", "FY 22", "Q 3"
    if re.match(r"\s*(?:magnitude|on the richter)", after, re.IGNORECASE):
        return "magnitude"
    if _restates(text, q):
        return "conversion"
    if re.search(r"[+\d][ \t-]*$", before) or re.search(r"\d{3,}[-\s]\d{3,}", q.text) or re.match(r"0\d", q.text):
        return "digit run"  # phone numbers (on one line: a headline's "kills 11" above "Eleven people …" is none)
    if not q.kind and _address(text, q, before):
        return "address"  # "3170 W. County Road", "P.O. Box 6944", "Kessa, KS 66044"
    if re.search(r"\b[A-Z][a-z]+ of\s+$", before):
        return "name"  # "Group of 12", "Class of 1999": a number inside a name
    anchor = anchor_token(span)
    noun, _ = _counted(anchor, {t.i for t in span}, q.kind is not None)
    if not q.kind:
        years = [q.text.strip()] if q.low is None else [str(q.low), str(q.high)]
        if all(re.fullmatch(r"1\d\d\d|2[01]\d\d", y) for y in years):
            counted = noun is not None and noun.tag_ in ("NNS", "NNPS") and nums and nums[0].ent_type_ != "DATE"
            if not counted:
                return "year"  # but "2000 people"
        # a single death, case or person killed is a count ("one death had been recorded", "one person was
        # killed"): its noun, or the verb it is the subject of, names a measure
        person = noun is not None and (
            noun.lemma_.lower() in words("person_nouns")
            # "one deckhand died", "one passenger is missing" (not a name: "one Ilse Varn was arrested")
            or (noun.pos_ == "NOUN" and noun.lemma_.lower() in words("agent_nouns"))
            or noun.lower_ in ("child",)
        )
        measured = noun is not None and bool(
            measure_word(noun.lemma_)
            or (person and noun.dep_ in ("nsubj", "nsubjpass") and measure_word(noun.head.lemma_))
        )
        word = q.text.strip().lower()
        if (
            q.spelled
            and word in ("one", "a", "an", "zero")
            and (noun is None or q.value)
            and not (measured and word == "one")
        ):
            return "one"  # "one of the", "one day", "net zero": rarely a count stated as fact ("zero deaths" is)
    small = q.spelled and q.value is not None and q.value <= 10
    if small and noun is None and span.start > 0 and span.doc[span.start - 1].lower_ in _REFERRING_WORDS:
        return "reference"  # "how these two came to the city", "the two of you": people already named
    if (
        not q.kind
        and q.value != 1
        and noun is not None
        and noun.i == span.end
        and _modifies_a_noun(noun)
        and not has_large_scale(q.text)  # "the 6.5 million crown fine": an amount, however the noun after it reads
    ):
        return "modifier"  # "a 180 page book", "a 12 bedroom house": the unhyphenated "180-page"
    if q.spelled and q.value is not None and q.value <= 10 and noun is not None:
        # ("all seven crew" states the whole count, as "seven crew" does)
        det = any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "all") for c in noun.children if c.i < anchor.i
        )
        # (but the whole a part is counted of is a count: "five of the lander's nine cameras", "two of its three")
        whole = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num
        if det and noun.i > anchor.i and not whole:
            return "reference"  # "the two countries": a reference, not a count ("two of the 58 people" is one)
        if noun.lemma_ in _EVENT_NOUNS:
            return "event"  # "two strong storms battered …": names the event the story is about, not a tally
        # the subject is the counted noun, or the number itself when it counts "of" a group ("Two of the officials
        # said")
        subject = noun if noun.dep_ == "nsubj" else None
        if subject is None and anchor.dep_ == "nsubj" and noun.head.head == anchor:
            subject = anchor
        if (subject is not None and _reports(subject.head)) or _according_to(noun):
            return "sources"  # "two senior officials told …", "according to two people familiar with the matter"
    if noun is not None and not q.kind and unit_of_word(noun.text) in ("seconds", "minutes", "hours", "days"):
        return "duration"  # "three consecutive days": a span of time with words between
    if noun is not None and noun.lemma_ in ("province", "region", "district", "county") and q.kind != "percent":
        # (a share of one is a figure: "held 20 percent of the region")
        return "area"  # "felt in 6 provinces", "6 flood-hit provinces": names the area
    if noun is not None and noun.lemma_ in ("city", "state") and noun.head.lower_ in ("in", "across", "throughout"):
        return "area"
    if re.fullmatch(r"\d\.\d", q.text.strip()):
        sent = span[0].sent
        window = text[max(0, min(sent.start_char, q.start - 40)) : max(sent.end_char, q.end + 40)].lower()
        if re.search(r"magnitude|richter|tremor|quake", window):
            return "magnitude"  # "magnitude 6.4 and 5.9 earthquakes", "measured 6.4, and a second 5.9"
    if re.match(r"\s*min\s+read", after, re.IGNORECASE):
        return "furniture"
    if not q.kind and _age_of_named_person(text, q, span):
        return "age"  # "Lena Vortman, 54, said", "Braun, 38 – who …"
    if not q.kind and _age_limit(span):
        return "age"  # "most of the cases were in children under 15", "people aged 65 and over"
    if not q.kind and _in_name(span, q):
        return "name"  # "Day 1", "Galaxy Note 10", "Wi-Fi 6": a bare number closing a capitalised name
    if q.spelled and _capitalised_in_name(span):
        return "name"  # "the Big Ten", "the Final Four": a number word written as part of a name
    if _instruction(anchor):
        return "instruction"  # "Add 2 cups of flour", "Sign up for just $1": what to do, not what is
    if _verbless_line(text, q, span):
        return "list line"  # a table row, an ingredient list, a price tag: no clause states anything
    return None


def _modifies_a_noun(noun: Token) -> bool:
    """Is the singular noun after a number a modifier of a singular noun after it ("180 page book")? A plural
    noun after it is what the number counts ("1,000 maintenance workers")."""
    head = noun.head
    modifier = noun.tag_ == "NN" and noun.dep_ in ("compound", "amod", "nmod") and head.i > noun.i
    return modifier and head.tag_ == "NN"


def _reference_mark(text: str, q: Quantity) -> bool:
    """A note or citation marker: small whole numbers alone in brackets ("(25)", "[1]", "(38, 39)")."""
    if q.kind or not re.fullmatch(r"\d{1,3}", q.text.strip()):
        return False
    before, after = text[max(0, q.start - 24) : q.start], text[q.end : q.end + 24]
    return bool(_MARK_BEFORE.search(before) and _MARK_AFTER.match(after))


def _list_number(text: str, q: Quantity) -> bool:
    """The number of an item in a list, alone at the start of its line ("4. Ask for help", "2) Rinse")."""
    line_start = text.rfind("\n", 0, q.start) + 1
    if q.kind or text[line_start : q.start].strip(" \t#*•-") or not re.fullmatch(r"\d{1,2}", q.text.strip()):
        return False
    return re.match(r"[.)]\s+\S", text[q.end : q.end + 4]) is not None


def _in_name(span: Span, q: Quantity) -> bool:
    """A bare number that closes a capitalised name, not a count: "Day 1", "Galaxy Note 10", "Wi-Fi 6" (the word
    before is a proper noun, or capitalised inside the sentence, and no lower-case noun follows to be counted)."""
    doc = span.doc
    if q.low is not None or not re.fullmatch(r"\d{1,4}", q.text.strip()) or span.start == 0:
        return False
    prev, number = doc[span.start - 1], span[-1]
    if not prev.whitespace_ or not any(c.isupper() for c in prev.text) or prev.text.lower() in _COUNT_OPENERS:
        return False
    if _DAY_NAME.fullmatch(prev.text):
        return False  # "said on Monday 300 people died": a day is no name a number closes, however it is parsed
    if prev.pos_ != "PROPN" and (prev.is_sent_start or prev.pos_ in ("ADV", "ADP", "DET")):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN"):
        return True
    # "Pax 9 phones": the number belongs to the name; "in Kessa 40 homes burned" counts the homes
    return number.head.i == prev.i or prev.head.i == number.head.i == nxt.i


def _capitalised_in_name(span: Span) -> bool:
    """Is a number word capitalised inside its sentence, right after a capitalised word ("the Big Ten's
    passer", "the Final Four drew"): a name, where "Twelve people" opens a sentence?"""
    first = span[0]
    if not first.text[:1].isupper() or first.is_sent_start or first.i == 0:
        return False
    prev = span.doc[first.i - 1]
    return prev.text[:1].isupper() and not prev.is_sent_start and prev.whitespace_ != ""


def _age_of_named_person(text: str, q: Quantity, span: Span) -> bool:
    """A bare number set off by commas right after a person's name is their age ("Lena Vortman, 54, said")."""
    if q.low is not None or not re.fullmatch(r"\d{1,3}", q.text.strip()) or span.start < 2:
        return False
    comma, name = span.doc[span.start - 1], span.doc[span.start - 2]
    # a name the tagger left untagged counts too ("Braun, 38 – who …"): a place or a body is not given an age
    # and so does one the tagger called a body, when the parser sets the number beside it ("Wexley, 58, pleaded")
    plausible = name.tag_ == "NNP" and int(q.text) <= 120
    beside = any(t.dep_ == "appos" and t.head.i == name.i for t in span)
    named = name.ent_type_ == "PERSON" or (plausible and (not name.ent_type_ or (name.ent_type_ == "ORG" and beside)))
    if comma.text != "," or not named:
        return False
    return re.match(r"\s*(?:[,;)–—]|-\s|$)", text[q.end : q.end + 3]) is not None


def _instruction(anchor: Token) -> bool:
    """Does the figure sit in an instruction: a sentence whose main verb is an imperative (a bare verb with no
    subject, first in its sentence: "Add 2 cups of flour", "Set aside an hour a week to plan")?"""
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ == "VERB":
        verb = verb.head  # "Aim to squeeze in 8 hours a night"
    # a bare form, or a past form the tagger cannot tell from it at the start of a sentence ("Set aside an hour")
    bare = verb.tag_ in ("VB", "VBP") or (verb.tag_ in ("VBD", "VBN") and verb.lower_ == verb.lemma_.lower())
    if verb.dep_ != "ROOT" or not bare:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "csubj") for c in verb.children):
        return False
    return all(t.is_punct or t.pos_ in ("ADV", "CCONJ", "INTJ") for t in verb.sent if t.i < verb.i)


def _verbless_line(text: str, q: Quantity, span: Span) -> bool:
    """Is the figure on a line with no verb at all: a table row, a list of ingredients, a price tag ("Rice, 2
    cups", "Palm Bay 18 22 13 17")? A line that says something has a verb, even a participle ("1,200 homes
    destroyed"); a heading that ends in a colon needs a finite one ("Five questions heading into the vote:")."""
    if _BOX_CREDIT.match(text, q.end):
        return False  # "Fires — 14 (Kellarin, 3 Feb); 37 (ACSD, 5 Feb)": a box of figures credits each one
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    cache: dict[int, bool] = span.doc.user_data.setdefault(_VERBLESS_KEY, {})
    if start not in cache:
        line = span.doc.char_span(start, end, alignment_mode="expand")
        heading = text[start:end].rstrip().endswith(":")  # a heading that introduces what follows
        verbs = FINITE_TAGS if heading else None
        cache[start] = (
            line is not None
            and not any(t.tag_ in verbs if verbs else t.pos_ in ("VERB", "AUX") for t in line)
            and not _item_of_a_clause(text, start, span.doc)
        )
    return cache[start]


# a bracket right after a figure that credits it: a name ("(ACSD)", "(Kellarin, 3 Feb)"), or words and a day
# ("(fire service, 7 Feb)"); not a note ("(estimated)")
_BOX_CREDIT = re.compile(r"[ \t]*\((?:[A-Z][^()\n]{1,60}|[^()\n,]{2,40},[^()\n]{1,30}\d[^()\n]*)\)")
# a bulleted or numbered item: "- 96 terminals", "• 40 games", "2) three bridges"
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")


def list_intro(text: str, start: int) -> tuple[int, int] | None:
    """The line ending in a colon that opens the list whose item is the line at ``start`` (or the paragraph right
    after that line), over blank lines and the list's earlier items: bulleted lines, or short lines that do not
    close a sentence ("96 terminals at the main hospital;"). A paragraph after a list closed by a full stop is
    the writer's again."""
    line_start = start
    for _ in range(24):
        end = line_start - 1
        while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)  # over blank lines
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        before = text[begin:end].strip()
        if before.endswith(":"):
            return begin, end
        bulleted = _LIST_ITEM.match(text[line_start : line_start + 8]) and _LIST_ITEM.match(before)
        open_item = len(before) <= 200 and not before.endswith((".", "!", "?", '"', "”"))
        if not (bulleted or open_item):
            return None
        line_start = begin
    return None


def _item_of_a_clause(text: str, start: int, doc: Doc) -> bool:
    """Is the line at ``start`` an item of a list that a clause ending in a colon opens ("The affected systems
    include:")? Each item finishes that clause, so it states something though it has no verb; the items of a
    label ("Ingredients:") do not."""
    intro = list_intro(text, start)
    line = doc.char_span(*intro, alignment_mode="expand") if intro is not None else None
    return line is not None and any(t.tag_ in FINITE_TAGS for t in line)


def earlier_value(anchor: Token) -> bool:
    """Is this figure the earlier value of a change ("up from 2,500", "a previous toll of 2,500")?"""
    if any(c.dep_ == "advmod" and c.lower_ in EARLIER_WORDS for c in anchor.children):
        return True  # "41 berths in use, previously 38": the figure told as one given before
    if any(c.lower_ == "to" and c.dep_ == "quantmod" and c.i < anchor.i for c in anchor.children):
        return False  # "from 2,500 to 4,000" parsed as one range: the value the change went to
    tok = anchor
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        # (written before the figure: "38 former depots" are depots that were someone else's, of today's count)
        if tok.pos_ == "NOUN" and any(c.lower_ in EARLIER_WORDS and c.i < anchor.i for c in tok.children):
            return True
        head = tok.head
        if tok.lower_ == "to" and tok.dep_ == "prep" and head.lower_ == "from":
            return False  # "rose from 38 to 41": the value it went to, hung on the one it left
        if (
            tok.lower_ == "from"
            and tok.dep_ == "prep"
            and (head.lemma_ in CHANGE_LEMMAS or head.lower_ in ("up", "down"))
        ):
            return True  # "rose from 2,500", and "…, down from 21,000" with no verb of change
        if head.pos_ == "VERB" and head.lemma_ not in CHANGE_LEMMAS and tok.lower_ != "from":
            break
        tok = head
    return False


def of_another_period(anchor: Token, dates: dict[int, DateMention], rate: bool = False) -> bool:
    """Does an earlier value's own phrase name a period ("down from 4.8% in September", "from 5.4% in the second
    quarter", a ``rate``'s "from 19% a year earlier")? Then it is the figure of another month or quarter, not an
    earlier estimate the later figure revises; a day ("up from 2,500 on Monday") is an earlier count of the same
    tally."""
    phrase = anchor
    while phrase.lower_ != "from" and phrase.head.i != phrase.i and phrase.head.pos_ not in ("VERB", "AUX"):
        phrase = phrase.head
    for t in phrase.subtree:
        mention = dates.get(t.i)
        if (mention is not None and mention.granularity in ("month", "year")) or t.lemma_ == "quarter":
            return True
        if rate and t.lemma_ in ("year", "month") and t.head.lower_ in ("earlier", "ago", "before"):
            return True  # a rate "down from 19% a year earlier"; a tally "up from 2,226 four years ago" grew
    return False


_PART_WORDS = frozenset(("including", "excluding"))  # "a toll of 2,300, including 900 in the south"
_PART_PRONOUNS = frozenset(("them", "whom", "those", "these", "which"))  # "900 of them", "of whom 900"
_ADDED_WORDS = frozenset(("another", "more", "additional", "further"))  # "another 120", "120 more"


def _a_difference(span: Span) -> bool:
    """Is the figure a gap between two counts: set right before a comparative and "than" ("47 higher than")?"""
    doc = span.doc
    comparative = span.end + 1 < len(doc) and doc[span.end].lower_ in words("comparatives")
    return comparative and doc[span.end + 1].lower_ == "than"


def continuation(anchor: Token, span: Span) -> str | None:
    """How a figure with no counted noun of its own says it continues an earlier figure, whose counted thing it
    then counts: "part" of a whole ("including 900", "900 of them", "of whom 900"), the "total" or number
    a tally noun without "of" stands for ("bringing the total to 9,000", "the number could reach 3,000"),
    or "more" of it (an added count, "another 120", "120 more"; a bare subject, "120 were damaged"), or is
    "joined" to an earlier number ("for 9 seasons, and 12 in all"); None when it says none of these."""
    if _a_difference(span):
        return None  # "the new figure is 47 higher than the 184 …": the gap between two counts, neither of them
    if anchor.dep_ == "pobj" and anchor.head.lower_ in _PART_WORDS:
        return "part"
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _PART_PRONOUNS for g in c.children):
            return "part"
    if parallel_figure(anchor) is not None:
        return "joined"  # "at 12,000 hectares …, at 31,000 …": the figure of the phrase it parallels
    tok = _verb_above(anchor)
    if tok is not None and tok.i != anchor.i:
        for c in tok.children:
            tally = c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _TALLY_NOUNS
            if tally and _of_object(c) is None and not c.left_edge.i <= anchor.i <= c.right_edge.i:
                return "total"
    # "another 120", "120 more"; not "more than 120", a qualifier
    if any(c.lower_ in _ADDED_WORDS and (c.i > anchor.i or c.lower_ != "more") for c in anchor.children):
        return "more"
    after = anchor.doc[span.end] if span.end < len(anchor.doc) else None
    if after is not None and after.lower_ == "more" and after.head.i in (anchor.i, anchor.head.i):
        return "more"  # "120 more", "with 9,800 more damaged" (both hung on the participle)
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        return "more"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and anchor.head.head.lemma_ in _LINKING_LEMMAS:
        return "more"  # "Kestrel Mobile was second with 49.6 million": a rank's count, of what the ranks count
    if anchor.dep_ in ("conj", "appos") and anchor.head.i < anchor.i and anchor.head.like_num:
        return "joined"
    if anchor.dep_ == "ROOT" and _opens_a_list_item(span):
        return "more"  # "• 52 sailings were stopped on Tuesday / • 47 on Wednesday": the item before's count
    return None


def _opens_a_list_item(span: Span) -> bool:
    """Is the figure the first thing on a bulleted line, after its bullet?"""
    text = doc_text(span.doc)
    line = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    return bool(line.strip()) and not line.strip(BULLET_MARKS)


def parallel_figure(anchor: Token) -> Token | None:
    """The figure of an earlier phrase parallel to the figure's own ("put the area at 12,000 hectares in its first
    estimate, at 31,000 on Monday and at 48,500 …": the same preposition on the same verb), whose unit it leaves
    out."""
    prep = anchor.head
    if anchor.dep_ not in ("pobj", "nummod"):
        return None
    for _ in range(3):  # "at 48,500 two days later", the number read as the days' count
        if prep.pos_ == "ADP" or prep.head.i == prep.i:
            break
        prep = prep.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head
    if prep.pos_ != "ADP" or prep.dep_ not in ("prep", "conj"):
        return None
    same = [c for c in prep.head.children if c.dep_ in ("prep", "conj") and c.lower_ == prep.lower_]
    for sibling in (c for c in same if c.i < anchor.i):
        if sibling.i == anchor.head.i:
            continue
        for obj in (g for g in sibling.children if g.dep_ == "pobj"):
            number = obj if obj.like_num else next((n for n in obj.children if n.like_num), None)
            if number is not None and number.i < anchor.i:
                return number
    return None


def _adjunct(noun: Token | None, anchor: Token) -> bool:
    """Whether the figure's counted noun sits in a prepositional phrase of its clause ("evacuated from two
    villages"), not in one of its participants ("40 civilians were evacuated", "a toll of 6,000"); a bare number
    in such a phrase is a value ("rose from 2,500 to 2,946")."""
    if noun is None:
        return False
    tok = noun
    for _ in range(6):
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            tok = tok.head.head
        else:
            break
    # "12 towns with 300 shelters": a phrase of a noun, not of the clause
    return tok.dep_ == "pobj" and tok.head.lower_ != "of" and tok.head.head.pos_ in ("VERB", "AUX")


def _measure(about: _About) -> str | None:
    """What happened to what is counted: the verb's measure in the vocabulary, else one the ``about`` text
    names, else the verb's own participle (speech and bare verbs say nothing)."""
    verb = about.verb
    if about.core is None and verb is not None and (state := measure_word(verb.lower_)) is not None:
        return state  # "with 9,800 more damaged", however the tagger read the participle
    noun = about.noun
    be = noun.head if noun is not None and noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be" else None
    if be is not None:
        # "14 civilians were among the wounded", "among the dead were four soldiers": the group they are among
        among = [g for c in be.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children]
        state = next((m for g in among if g.dep_ == "pobj" and (m := measure_word(g.lower_))), None)
        if state is not None:
            return state
    if noun is not None and about.changed and (change := measure_word(noun.lower_)) is not None:
        return change  # "a 38% fall in profit": the change noun says what happened to it
    # "the deaths of 19 civilians", "the evacuation of 300 residents": the event noun names what happened
    event = noun.head.head if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if event is not None and event.pos_ == "NOUN" and (state := measure_word(event.lower_)) is not None:
        return state
    made_to = noun is None or noun.dep_ != "nsubj"  # not "18 economists expect the bank to hold"
    if verb is not None and verb.lemma_ in _CONTROL_VERBS and made_to:
        # "6,000 residents were ordered to evacuate", "forced 9,500 people to flee": what they were made to do
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), verb)
    setter = noun.head.head if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "at" else None
    if setter is not None and setter.pos_ == "VERB" and about.unit in (None, "people"):
        # "the organisers estimated the crowd at 2,600 people": what befell those counted is what the figure is put
        # on (a sum put on losses or a cost is money, as it is in a summary of the same estimate)
        put_on = next((c for c in setter.children if c.dep_ == "dobj"), None)
        if put_on is not None:
            # (or on what its noun is a number of: "put the number of dead at 17 people")
            of = (g for p in put_on.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
            put = next((m for t in (put_on, *of) if (m := measure_word(t.lemma_))), None)
            if put is not None:
                return put
    if verb is not None and (verb.lemma_ in SPEECH_LEMMAS or verb.lemma_ in _BARE_VERBS or verb.pos_ != "VERB"):
        verb = None
    # (a verb written with "back" means other than the verb alone, but for a change of amount: barriers "pulled
    # back" are no one rescued; posts "cut back" are cut)
    back = (
        verb is not None
        and verb.lemma_.lower() not in words("change_verbs")
        and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    )
    of_verb = (measure_word(verb.lemma_) or measure_word(verb.text)) if verb is not None and not back else None
    if verb is not None and not of_verb:
        # "2,100 people joined the march", "took part in the rally": taking part in an event is what the
        # event's noun names
        event = next((c for c in verb.children if c.dep_ == "dobj"), None)
        joining = verb.lemma_ in _JOINING_VERBS
        if event is not None and f"{verb.lemma_} {event.lower_}" in _JOINING_VERBS:
            joining = True
            where = [c for t in (verb, event) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
            event = next((g for c in where for g in c.children if g.dep_ == "pobj"), None)
        elif not joining:
            event = None
        if joining and event is None:
            # "called a rally for Sunday and said 6,800 took part": taking part in no event named is taking part
            # in the one the sentence named before it
            event = next((t for t in reversed(verb.sent[: verb.i - verb.sent.start]) if _names_an_event(t)), None)
        of_verb = measure_word(event.lemma_) if event is not None else None
    if verb is not None and not of_verb and (_from_home(verb) or (noun is not None and _from_home(noun))):
        of_verb = "displaced"  # "41,000 people had been forced from their homes", "have left their homes"
    if of_verb and about.noun is None:
        return of_verb  # "the bank kept the base rate at 4.25%" → held, whatever the rate is called
    text = about.text
    if of_verb and verb is not None and text:
        # a measure word the verb's prepositional phrase holds says where or why, not what happened to what is
        # counted: "two people arrested for looting in evacuated streets" were arrested
        placed = {t.lower_ for p in verb.children if p.dep_ == "prep" for t in p.subtree}
        text = " ".join(w for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()) if w not in placed)
    found = measure_of(text) or of_verb
    if found or verb is None or not re.fullmatch(r"[a-z]+", verb.lemma_):
        return found
    particle = next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "prt"
            or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in ("down", "up", "off", "out", "back"))
        ),
        None,
    )
    return f"{participle(verb)} {particle}" if particle else participle(verb)  # "shot down", not "shot"


def _names_an_event(tok: Token) -> bool:
    """Is ``tok`` a noun of an event a crowd takes part in ("march", "strike"; ``joined_events.txt``)?"""
    return tok.pos_ == "NOUN" and measure_word(tok.lemma_) in words("joined_events")


def _from_home(verb: Token) -> bool:
    """Does ``verb`` move people from where they live: "from their homes" on it, or their homes the object of
    leaving (``lexicons/home_nouns.txt``)? Also asked of the counted noun the parser hung "from their homes" on
    ("forcing about 6,000 people from their homes")."""
    homes = words("home_nouns")
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in homes and verb.lemma_.lower() in ("leave", "flee", "abandon"):
            return True  # not "constructing 200,000 homes", "would find their homes under water"
        from_homes = any(g.dep_ == "pobj" and g.lemma_.lower() in homes for g in c.children)
        if c.dep_ == "prep" and c.lower_ in ("from", "out") and from_homes:
            return True
    return False


def _uncapitalised(core: str | None, sent: Span) -> str | None:
    """What is counted, without the capital a common word has only because it opens the sentence ("Consumer
    prices rose 4.1%" counts consumer prices, "Reported thefts rose" reported thefts; a capital says a name,
    "Norvanian troops", to the ledger). A word is common when tagged so (a participle too), or when the article
    writes it in lower case elsewhere ("Cloud revenue grew" in an article on a "cloud business")."""
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if core is None or first is None or not core.startswith(first.text) or not first.text[1:].islower():
        return core
    rest = core[len(first.text) :]
    common = first.ent_type_ in ("", "DATE") and (
        first.pos_ in ("NOUN", "ADJ", "DET", "NUM") or first.tag_ in ("VBN", "VBG") or _written_in_lower_case(first)
    )
    return first.text.lower() + rest if common and (not rest or rest[0] == " ") else core


def _written_in_lower_case(word: Token) -> bool:
    """Does the article write ``word`` in lower case somewhere?"""
    return word.lower_ in lower_case_words(word.doc)


def _level_reached(anchor: Token, about: _About) -> bool:
    """Is the figure the level a change reaches or leaves in a unit of its own ("the estimate climbed from 12,000
    hectares to 31,000 hectares", "went up to 48,500")? It measures what the unit counts, which the change does
    not say: "increased" is no measure of the area itself (what is counted may say one: "the death toll rose
    to 40" is killed)."""
    verb = about.verb
    if verb is None or verb.lemma_.lower() not in CHANGE_LEMMAS:
        return False
    tok = anchor
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from"):
            prep = tok.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
                prep = prep.head  # "to 31,000 hectares on 7 July and to 48,500 on 9 July"
            if prep.head.i == verb.i:
                return not any(c.dep_ == "nummod" and c.i == anchor.i for c in verb.children)
        tok = tok.head
        if tok.i == verb.i:
            break
    return False


def read_figure(text: str, q: Quantity, span: Span) -> Figure:
    """Everything the figure's own words say: unit, about, measure, place, qualifier, evidence, earlier value."""
    anchor = anchor_token(span)
    in_span = {t.i for t in span}
    noun, top = _counted(anchor, in_span, q.kind is not None)
    qualifier, q_start = qualifier_of(text, q, anchor)
    about = _describe(noun, top, anchor, span, in_span)
    unit_word = unit_of_word(top.text) if top.i not in in_span else None  # "0.24 degrees"
    unit = q.unit or unit_word or (currency_code(noun.text) if noun is not None else None) or about.unit
    candidate = _candidate(anchor, noun, top, unit_kind(unit) == "percent")
    if candidate is not None:
        about.core = f"votes for {candidate}" if unit_kind(unit) == "count" else f"vote share for {candidate}"
    sent = anchor.sent
    about.core = _uncapitalised(about.core, sent)
    start, end = min(q_start, q.start), q.end
    if noun is not None and noun.i > anchor.i:
        end = max(end, noun.idx + len(noun.text))
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i and noun.head.i - noun.i <= 6:
            end = noun.head.idx + len(noun.head.text)
    return Figure(
        anchor=anchor,
        noun=noun,
        unit=unit,
        about=about.text,
        measure=_measure(about) if measure_of(about.text) or not _level_reached(anchor, about) else None,
        place=normalise_place(about.place),
        qualifier=qualifier,
        start=max(start, sent.start_char),
        end=end,
        earlier=earlier_value(anchor),
        counted=about.core,
        place_text=about.place,
        continues=continuation(anchor, span) if noun is None and unit is None else None,
        adjunct=_adjunct(noun, anchor),
        framed=about.verb is not None and any(c.dep_ == "xcomp" for c in about.verb.children),
    )


def _closes_its_clause(tok: Token) -> bool:
    """Does the phrase ``tok`` heads end its clause: the sentence's end or a punctuation mark right after it?"""
    following = next((t for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end] if not t.is_space), None)
    return following is None or following.is_punct


def _reports_a_clause(verb: Token) -> bool:
    """A "participle" on a noun that reports a clause of its own ("…30 million ostras, repeated on Monday that the
    government would not pay") is the sentence's verb the parser hung on the noun: it says nothing of what the
    noun counts, and its day is its statement's."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _date_on(tok: Token, days: dict[int, str], depth: int) -> str | None:
    """A day attached to ``tok``: "on Friday", "as of Saturday", "last Wednesday", "on December 21"; on a
    figure, also one attached to its participle or to a relative clause after it ("2,500 injured as of Sunday",
    "the 35 deaths that state media reported on Sunday")."""
    for c in tok.children:
        if c.i in days and c.dep_ in _DATE_DEPS:
            return days[c.i]
        if c.dep_ == "prep" and (end := _span_end([c], days)) is not None:
            return end  # "118 flights between Monday and Saturday", "from Monday to Saturday": the span's last day
        if c.dep_ == "prep" and c.lower_ in REFERENCE_PREPS:
            continue  # "3,400 flights cancelled since Saturday": where the count starts, not its day
        if c.dep_ == "prep" and c.lower_ == "of" and tok.like_num:
            # "four of the bodies recovered on Saturday": what a share is of is the figure's own phrase
            whole = next((g for g in c.children if g.dep_ == "pobj"), None)
            found = _date_on(whole, days, depth) if whole is not None else None
            if found:
                return found
        clause = (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and c.pos_ == "VERB" and c.i > tok.i)
        participle = clause and tok.pos_ != "VERB" and not _reports_a_clause(c)
        if (c.dep_ == "prep" or participle) and depth > 0:
            found = _date_on(c, days, depth - 1 if c.dep_ == "prep" else 2)
            if found:
                return found
        if c.dep_ == "conj" and c.pos_ == "NOUN" and tok.pos_ == "NOUN" and depth > 0:
            # "the 23 survivors and four bodies it reported on Sunday": a relative clause on the last of
            # coordinated nouns says when of each
            told = [r for r in c.children if r.dep_ == "relcl" and r.pos_ == "VERB" and not _reports_a_clause(r)]
            found = _date_on(told[0], days, 2) if told else None
            # "reported 42 deaths and 310 infections on Monday": a day closing the last of them, the clause's
            closing = [p for p in c.children if p.dep_ == "prep" and p.i > c.i and _closes_its_clause(p)]
            found = found or (_date_on(closing[-1], days, 0) if closing else None)
            if found:
                return found
    return None


# nouns of a stretch of time a figure may be counted over ("in the week to Sunday")
_PERIOD_NOUNS = frozenset(("week", "day", "hour", "fortnight", "period", "weekend"))
_PERIOD_ENDS = frozenset(("to", "through", "ending", "ended"))


def _span_end(tokens: list[Token], days: dict[int, str]) -> str | None:
    """The last day of a span of days in the clause: a count "between March 3 and June 18" is as of June 18, one
    "on Monday and Tuesday" as of Tuesday."""
    for t in tokens:
        listed = t.lower_ in ("on", "over") and any(g.dep_ == "cc" and g.lower_ == "and" for g in t.subtree)
        if (t.lower_ in ("between", "from", "through") or listed) and t.dep_ == "prep":
            inside = sorted({days[g.i] for g in t.subtree if g.i in days})
            if len(inside) >= 2:
                return inside[-1]
        if t.lemma_.lower() in _PERIOD_NOUNS:
            # "in the week to Sunday", "in the seven days to Sunday", "the week ending Sunday": the period ends that
            # day, whether the parser hangs its end on the noun or, right after it, on the verb
            after = [t.doc[t.i + 1]] if t.i + 1 < len(t.doc) else []
            ends = [c for c in (*after, *t.children) if c.i > t.i and c.lower_ in _PERIOD_ENDS]
            for end in ends:
                if day := next((days[g.i] for g in end.subtree if g.i in days), None):
                    return day
    return None


def _not_the_figures(
    tok: Token, clause_head: Token, anchor: Token, references: frozenset[str] = REFERENCE_PREPS
) -> bool:
    """Whether the date ``tok`` is not the figure's day: it hangs off another figure of the clause ("…, with over
    2,500 injured as of Sunday") or names a point of reference ("the toll from the Nov. 9 floods")."""
    while tok.i not in (clause_head.i, tok.head.i):
        tok = tok.head
        if tok.i == clause_head.i:
            break  # the clause's own verb: another figure hanging on it ("…, or 61%") does not own its dates
        if tok.i != anchor.i and (tok.like_num or any(counted_by_another(c, anchor) for c in tok.children)):
            return True
        if tok.dep_ == "prep" and tok.lower_ in references:
            return True
        if any(c.dep_ == "mark" and c.lower_ in references for c in tok.children):
            # "the total since the strike began on Monday", "since the power cut on 20 July" (a noun the parser
            # reads as a clause's verb): where a period starts, not the figure's day
            return True
    return False


def counted_by_another(tok: Token, anchor: Token | None = None) -> bool:
    """Is ``tok`` a number (other than the figure ``anchor``'s), or a noun a number counts ("up from 48% a week
    ago")? A date's own number is none ("December 21")."""
    mine = anchor.i if anchor is not None else -1
    if tok.i == mine or tok.ent_type_ in ("DATE", "TIME"):
        return False
    return tok.like_num or any(
        g.like_num and g.dep_ == "nummod" and g.i != mine and g.ent_type_ not in ("DATE", "TIME") for g in tok.children
    )


def _clause_day(anchor: Token, head: Token, days: dict[int, str]) -> str | None:
    """A day in the figure's clause: the end of a span of days, else the date nearest the figure, not one
    that belongs to another figure of the clause."""
    tokens = _clause_tokens(anchor, where_said=True)
    # an infinitive completing the figure's predicate is of its clause ("400 were unable to return home on Saturday")
    # and so is a clause ending the period a count of what happened covers ("were cancelled before the timetable
    # returned to normal on March 9")
    ended = head.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    references = _PERIOD_STARTS if ended else REFERENCE_PREPS
    ending = (
        [
            c
            for t in tokens
            for c in t.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("before", "until", "till") for m in c.children)
        ]
        if ended
        else []
    )
    # (and the record the clause reads its figure from is of the day it was made: "footage filmed on Friday showed",
    # "counted 260 boats in images taken on Saturday")
    recorded = [
        c
        for t in tokens
        if t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ in ("in", "from", "on"))
        for c in t.children
        if c.dep_ == "acl" and lemma_in(c, words("recording_verbs"))
    ]
    tokens = sorted(
        [*tokens, *(t for c in [*_completing_infinitives(tokens), *ending, *recorded] for t in _clause_walk(c, True))],
        key=lambda t: t.i,
    )
    found = _span_end(tokens, days)
    if found:
        return found
    dated = [
        t
        for t in tokens
        if t.i in days
        and not _not_the_figures(t, head, anchor, references)
        and not _names_which(t, anchor)
        and _outside_the_day(t, days).lower_ not in references  # "detained since Saturday": where the count starts
        and not _after_an_earlier_value(t, anchor)
    ]
    # "as of Monday" says the figure's time outright, wherever the parser hung it
    stated = [t for t in dated if t.head.lower_ == "of" and t.head.head.lower_ == "as"]
    return days[min(stated or dated, key=lambda t: abs(t.i - anchor.i)).i] if dated else None


def _outside_the_day(tok: Token, days: dict[int, str]) -> Token:
    """The word a day's phrase hangs on, from any of its words ("since" for the "12" of "since Aug. 12")."""
    while tok.head.i in days and tok.head.i != tok.i:
        tok = tok.head
    return tok.head


def _after_an_earlier_value(day: Token, anchor: Token) -> bool:
    """Is ``day`` written right after the earlier value of the figure's change ("had shrunk to about 350 from a
    high of 910 on Tuesday"): the day of that value, a "from" phrase between the figure and it?"""
    doc = day.doc
    between = doc[anchor.i + 1 : day.i]
    start = next((t.i for t in between if t.lower_ == "from" and t.dep_ == "prep"), None)
    if start is None:
        return False
    phrase = doc[start + 1 : day.i]
    # the value, its noun phrase and "on" before the day: no verb, no comma, no other clause between
    return any(counted_by_another(t, anchor) for t in phrase) and not any(
        t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in phrase
    )


def _completing_infinitives(tokens: list[Token]) -> list[Token]:
    """The infinitives ("to return") the clause's own adjective or verb takes as its complement."""
    inside = {t.i for t in tokens}
    return [
        c
        for t in tokens
        for c in t.children
        if c.dep_ == "xcomp" and c.i not in inside and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _names_which(day: Token, anchor: Token) -> bool:
    """Is ``day`` a possessive in the phrase of what the figure counts, reached through nouns only ("1,143
    complaints about the conduct of Sunday's election", "tickets for Saturday's final"), in a phrase of a verb
    of finding or issuing ("posted 2,045 tally sheets from Sunday's referendum"), or inside what a verb of change
    moves? It says which event the thing is about, not the figure's day (unlike "named in yesterday's charges", a
    deed's day)."""
    if day.dep_ != "poss":
        return False
    tok = day.head
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.head.pos_ == "VERB" and lemma_in(prep.head, _FINDING_VERBS):
        return True  # "found 64 faulty ballot boxes in Sunday's referendum": what the finding is about
    up = tok
    for _ in range(8):
        # "raised its estimate of the number of passengers stranded by Monday's landslide to 470": inside what a
        # verb of change moves, the day says which landslide
        if up.dep_ == "dobj" and up.head.pos_ == "VERB" and lemma_in(up.head, CHANGE_LEMMAS):
            return True
        if up.i in (up.head.i, anchor.i):
            break
        up = up.head
    while tok.i not in (anchor.i, tok.head.i):
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.i == anchor.head.i:
            return True
        tok = tok.head
    return False


def _as_of_closing(verb: Token, days: dict[int, str]) -> str | None:
    """An "as of" day closing a later clause coordinated with the figure's ("31 had died and 187 had been rescued
    as of Saturday evening") is the time of the whole tally; a plain "on Saturday" there is its own clause's."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    for conj in (c for c in verb.conjuncts if c.i > verb.i):
        for t in _clause_tokens(conj):
            if t.i in days and t.i >= 2 and doc[t.i - 2].lower_ == "as" and doc[t.i - 1].lower_ in ("of", "at"):
                return days[t.i]
    return None


def _so_far(verb: Token) -> bool:
    """Does the clause say its figure is a running total up to now ("had cost it 45 million so far", "to date",
    "thus far")?"""
    for c in verb.children:
        if c.lower_ == "far" and any(g.lower_ in ("so", "thus") for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "date" and g.dep_ == "pobj" for g in c.children):
            return True
    return False


def _day_written_after(anchor: Token, days: dict[int, str]) -> str | None:
    """A day in the figure's own phrase ("the 14 reported by Kellarin when the recall was announced on Monday"), or
    written after the figure before its phrase ends ("from 900 acres on Sunday morning"): at a punctuation mark,
    "to" or another figure ("from 900 to 2,500 on Monday" is the later figure's day)."""
    phrase = anchor.head if anchor.dep_ == "nummod" else anchor
    inside = sorted(t.i for t in phrase.subtree if t.i in days)
    if inside:
        return days[inside[0]]
    for tok in anchor.doc[anchor.i + 1 : min(anchor.i + 8, anchor.sent.end)]:
        if tok.i in days:
            return days[tok.i]
        if tok.is_punct or tok.lower_ == "to" or tok.like_num:
            break
    return None


def _on_right_after(anchor: Token) -> Token | None:
    """The "on" written right after a bare figure or its percent sign ("38% on", "26 on"), if any."""
    doc = anchor.doc
    at = anchor.i + 1
    if anchor.like_num and at < len(doc) and doc[at].text == "%":
        at += 1
    return doc[at] if (anchor.like_num or anchor.text == "%") and at < len(doc) and doc[at].lower_ == "on" else None


def stated_day(anchor: Token, days: dict[int, str], phrase_only: bool = False) -> str | None:
    """The day the figure's own words give: a date in its phrase, up the chain to its clause ("1,200 troops
    last Thursday"), else a day in its clause ("between March 3 and June 18" → June 18, "were killed on
    Friday", "named in yesterday's charges"), else, for a clause coordinated with another, a day in that
    one ("raided a depot on Tuesday and seized 2.4 lakh packets"). Only day-granular dates count; with
    ``phrase_only`` (an earlier value: "…on Friday, down from 21,000") only one in its phrase."""
    if anchor.i + 1 in days and anchor.like_num:
        # "…, 63 two days later and 104 on Monday": a day written right after the figure is its day, however
        # the parser hung the elided figures
        return days[anchor.i + 1]
    after = _on_right_after(anchor)
    if after is not None and after.i + 1 in days:
        return days[after.i + 1]  # "52% on May 3, 47% on May 6 and 40% on May 13": the same, after its "on"
    tok: Token = anchor
    for _ in range(24):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ in ("conj", "appos") and tok.head.i in days and not tok.like_num:
            # "called off between March 2 and the end of the season, and 25 dalers to those who travelled",
            # "since Aug. 12, about 8% of its shops": the parser hung the figure on a day its clause gives
            # something else
            return None
        found = _date_on(tok, days, 1)
        if found:
            return found
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if phrase_only:
        return _day_written_after(anchor, days)
    if _so_far(tok):
        return None  # "Tuesday's outage had cost it 45 million so far": a running total, as of its statement
    found = _clause_day(anchor, tok, days) or _as_of_closing(tok, days)
    hung_on = [tok, *(tok.conjuncts if tok.pos_ in ("VERB", "AUX") else ())]  # "killed and nine wounded when …"
    # (what befell the counted on that day, not how many there were then: "160 had been inside the hall when
    # the roof gave way on Monday" is the count of the day it is told)
    hung_on = [v for v in hung_on if v.lemma_ != "be"]
    for when in (c for v in hung_on for c in v.children if c.dep_ == "advcl" and not found):
        if any(g.lower_ == "when" and g.i < when.i for g in when.children):
            # "two people were killed when shells landed on Monday": what happened on that day (not a day a
            # clause nested in it gives another figure: "when it overturned, 13 more than the 231 it gave on
            # Friday")
            within = sorted(t.i for t in _clause_tokens(when) if t.i in days)
            found = days[within[0]] if within else None
    if not found and tok.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in tok.children):
        # "the disruption continued on Tuesday, when the airline had cancelled another 1,980 flights": a "when"
        # clause happens on the day of what it hangs on
        head = tok.head
        if head.i in days:
            return days[head.i]
        dated = [t for t in _clause_tokens(head) if t.i in days and not tok.left_edge.i <= t.i <= tok.right_edge.i]
        return days[dated[0].i] if dated else None
    if found or tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX"):
        return found
    first = tok.head
    if first.dep_ in ("relcl", "acl"):
        return None  # "the storms that hit on Monday and left 400 dead": background, not the report
    if any(c.dep_ == "mark" and c.lower_ in REFERENCE_PREPS for c in first.children):
        return None  # "since the outage began on Saturday and that 300,000 …": where a period starts, no one's day
    dated = [t for t in _clause_tokens(first) if t.i in days and not tok.left_edge.i <= t.i <= tok.right_edge.i]
    if dated and not _not_the_figures(dated[0], first, anchor):
        return _span_end(_clause_tokens(first), days) or days[dated[0].i]
    return None


def names_period(anchor: Token, dates: dict[int, DateMention], today: str | None = None) -> bool:
    """Whether the figure's clause gives it a period rather than a day ("in the year to March", "for Q1",
    "last week", "in 2023"): the publication date then says nothing about it. A period running to ``today``
    ("640 cases this year", "a decline in growth this year", "up 40% since 2019") is none: its figure stands as
    of the day it is told."""
    for t in _clause_tokens(anchor):
        mention = dates.get(t.i)
        ongoing = mention is not None and (
            mention.text.lower().startswith("since ") or (mention.granularity == "range" and mention.end_value == today)
        )
        if mention is not None and mention.granularity != "day" and not ongoing:
            return True
        if re.fullmatch(r"Q[1-4]|FY\d*|H[12]", t.text) or t.lemma_ == "quarter":
            return True
    return False
