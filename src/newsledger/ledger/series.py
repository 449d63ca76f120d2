"""What a claim counts, named once: its series.

A series is the canonical subject (the class of the counted noun, from ``lexicons/subjects.txt``: troops,
soldiers and servicemen are troops; people, residents and victims are people), with its owner when the
claim names one ("Norvanian troops", "Southwest flights"), the measure (what happened to what is counted: the
claims stage's word, from the one measure vocabulary of ``nlp/lexicons/measures.txt``) and the place
(normalised by the claims stage: Kelvoria = Kelvorian = Kelvoria's). Figures of different kinds (a count, money, a
percentage) are never one series. Its name reads as a reader would say it: "people killed in Drasna".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files

from ..names import fold
from ..nlp.dates import MONTHS, WEEKDAYS
from ..nlp.figures import MEASURE_NAMES, measure_of, measure_word, normalise_place, unit_kind
from ..nlp.lexicon import words

__all__ = [
    "MEASURE_SUBJECTS",
    "PEOPLE_SUBJECTS",
    "SUBJECTS",
    "SUBJECT_MEASURES",
    "TALLY_MOVES",
    "UNREAD_PLACE",
    "VAGUE_MEASURES",
    "VAGUE_SUBJECTS",
    "Series",
    "measure_for",
    "measure_word",
    "place_key",
    "plural",
    "subject_of",
]

# A figure listed among figures for named places by its source ("52 deaths in Drasna, 31 in Velmont,
# 13 ...") whose own place went unread: one place of several, not the total.
UNREAD_PLACE = "(one of several places)"
# subjects that say nothing of what is counted unless a measure does: none, "people", the name of a figure's kind
# (what ``subject_of`` gives a percentage or a sum whose ``about`` names nothing)
VAGUE_SUBJECTS = frozenset({"", "people", "money", "percent", "temperature", "time", "measure"})


def _table(name: str) -> dict[str, str]:
    """A ``key, key: value`` data file of ``ledger/lexicons/`` (the format of ``nlp/lexicons``)."""
    text = files("newsledger.ledger").joinpath(f"lexicons/{name}.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        keys, _, value = line.partition(":")
        for key in keys.split(","):
            if key.strip() and value.strip():
                out[key.strip()] = value.strip()
    return out


SUBJECTS = _table("subjects")
# the measure of a count of a class that names none ("4,500 troops in Kelvoria" are deployed)
SUBJECT_MEASURES = _table("subject_measures")
# the subject of a count that names none but says what happened ("over 8,000 killed" are people)
MEASURE_SUBJECTS = _table("measure_subjects")
# what "lost" means of a class of people ("lost four soldiers" are killed)
LOSS_MEASURES = _table("loss_measures")
# the classes that count people: "people" is any of them, unsaid
PEOPLE_SUBJECTS = frozenset(_table("people_subjects"))
# the classes that count the people holding jobs ("jobs", "workers"): one figure of one day may be told as either
HEADCOUNT_SUBJECTS = frozenset(_table("headcount_subjects"))
_LONGEST = max(len(k.split()) for k in SUBJECTS)
_AREA = re.compile(r"acres|hectares|square .+")
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
# words that start a noun phrase without naming an owner ("The Norvanian troops", "some 300 people")
_DETERMINERS = frozenset(
    re.findall(
        r"\S+",
        "the a an some all its their his her this these those about over nearly around more than least at up to "
        "another other further additional extra",
    )
)
# how settled a figure is, not what it is of ("provisional turnout" is turnout)
_STATUS_WORDS = words("status_words")
# a day or month before the counted noun says when, not whose ("Sunday's flights", "the June figures")
_TIME_NAMES = (
    frozenset(WEEKDAYS)
    | frozenset(m for m in MONTHS if len(m) > 3 and m != "may")
    | {"today", "tomorrow", "yesterday", "tonight"}
)
# words that end what a figure in money or percent is of ("costs of the company", "revenue in March")
_PHRASE_END = frozenset(
    re.findall(
        r"\S+",
        "in of for on to at from by with between across after before during as and or when who that which while "
        "than since until per a an",
    )
)


def plural(noun: str) -> str:
    """A counted noun as a series names it ("bridge" → bridges); a class name is already plural."""
    if not noun or noun in SUBJECTS.values() or noun.endswith("s"):
        return noun
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(about: str | None) -> tuple[list[str], list[str]]:
    """The words of ``about`` as written, and folded (a possessive "'s" dropped)."""
    tokens = _TOKEN.findall(about or "")
    folded = [re.sub(r"['’]s?$", "", fold(t)).strip(".'’-") for t in tokens]
    return tokens, folded


def _verb(word: str) -> bool:
    """A measure word that is no noun ("lost revenue" is revenue; "vaccination coverage" stays)."""
    return bool(measure_word(word)) and not word.endswith(("ion", "ions", "ment", "ments"))


def _owner(tokens: list[str], folded: list[str], head: int) -> str | None:
    """The capitalised words just before the counted noun: its nationality or owner ("Norvanian troops")."""
    start = head
    while (
        start > 0
        and tokens[start - 1][:1].isupper()
        and folded[start - 1] not in _DETERMINERS
        and folded[start - 1] not in _TIME_NAMES
    ):
        start -= 1
    if start == head:
        return None
    return re.sub(r"['’]s?$", "", " ".join(tokens[start:head])) or None


def _owner_after(tokens: list[str], folded: list[str], head: int) -> str | None:
    """The capitalised words after "for" right after the counted noun: whose it is ("votes for Atiku Abubakar",
    "vote share for Ana Brel")."""
    if folded[head + 1 : head + 2] != ["for"]:
        return None
    end = head + 2
    while end < len(tokens) and tokens[end][:1].isupper():
        end += 1
    return re.sub(r"['’]s?$", "", " ".join(tokens[head + 2 : end])) or None


@functools.lru_cache(maxsize=65_536)  # the same units and about texts recur in every query
def subject_of(unit: str | None, about: str | None) -> tuple[str, str | None]:
    """What a claim counts: (canonical subject, owner as written or None).

    For a count, the class of its counted noun (the unit, or a phrase of ``about`` that holds it:
    "search and rescue personnel" are rescuers, "personnel" troops), or the noun itself when it has no
    class; for money, a percentage or a measure, the noun phrase ``about`` starts with ("vaccination
    coverage", "revenue"). The owner is the capitalised words before the counted noun.
    """
    tokens, folded = _words(about)
    kind = unit_kind(unit)
    if kind == "measure" and _AREA.fullmatch(unit or ""):
        return unit or "", None  # land is counted in its unit: "acres burned", whatever burned them
    if kind != "count":
        core: list[int] = []
        for i, w in enumerate(folded):
            if w in _PHRASE_END and core:
                break
            core.append(i)
        owner = None
        lead = [i for i in core if tokens[i][:1].isupper() and folded[i] not in _DETERMINERS]
        if lead and lead == core[: len(lead)] and len(lead) < len(core):
            owner = _owner(tokens, folded, lead[-1] + 1)
        else:
            lead = []  # capitals alone are the words of what is counted ("Fares on the ferry")
        named = [i for i in core if i not in lead and folded[i] not in _DETERMINERS | _STATUS_WORDS]
        after = core[-1] + 1 if core else 0
        if len(named) == 1 and measure_word(folded[named[0]]) == "cost" and folded[after : after + 1] == ["of"]:
            # "the cost of the recall" is the recall's cost, as "the recall will cost" says ("sales of electric
            # models" stay sales: the sales are the thing)
            rest = " ".join(tokens[after + 1 :])
            return subject_of(unit, rest) if rest else (folded[named[0]], owner)
        # a measure word before the head is what happened ("lost revenue"); the head is the thing ("net loss",
        # "sales")
        words = [folded[i] for i in named if not (_verb(folded[i]) and i != named[-1])]
        # (a participle: one ending in "-ed" or the measure's own name, "cut", "lost"; not a noun, "net loss")
        if len(words) > 1 and _verb(words[-1]) and (words[-1].endswith("ed") or measure_word(words[-1]) == words[-1]):
            # "the line reopened" after its noun is what happened too: "40% of the line" counts the line, and "12% of
            # its crews cut" the crews
            words.pop()
        owner = owner or (_owner_after(tokens, folded, core[-1]) if core else None)
        phrase = " ".join(folded[i] for i in named)
        if phrase in SUBJECTS and " " in phrase:
            return SUBJECTS[phrase], owner  # "vote share": a phrase of a class, measure word and all
        if len(words) == 1 and words[0] in SUBJECTS:
            return _singular(SUBJECTS[words[0]]), owner  # "the blaze was 45% contained": the fire's share
        return " ".join(words[-3:]) or kind, owner
    unit_word = fold(unit or "").strip()
    head = None
    if unit_word:
        singular = _singular(unit_word)
        at = next((i for i, w in enumerate(folded) if w == unit_word or _singular(w) == singular), None)
        if at is not None:
            # a phrase ending in the unit names the class ("rescue personnel"), longest first
            for n in range(min(_LONGEST, at + 1), 1, -1):
                phrase = " ".join(folded[at - n + 1 : at + 1])
                if phrase in SUBJECTS:
                    return SUBJECTS[phrase], _owner(tokens, folded, at - n + 1)
            # a measure noun counts what the noun before it names: "1,150 job cuts" are jobs cut, "staff layoffs"
            if at and measure_word(unit_word) and (before := folded[at - 1]) in SUBJECTS:
                return SUBJECTS[before], _owner(tokens, folded, at - 1)
            head = at
        subject = SUBJECTS.get(unit_word) or SUBJECTS.get(singular) or singular
        if head is None:
            return subject, None
        return subject, _owner(tokens, folded, head) or _owner_after(tokens, folded, head)
    # no unit: the first counted noun of ``about`` ("deaths in Kelvoria")
    # before the phrase's end ("complaints from travellers" count complaints); "of" leads to what a number,
    # total or toll counts
    for i in range(min(len(folded), 6)):
        if i and folded[i] in _PHRASE_END and folded[i] != "of":
            break
        for n in range(min(_LONGEST, len(folded) - i), 0, -1):
            phrase = " ".join(folded[i : i + n])
            if phrase in SUBJECTS:
                return SUBJECTS[phrase], _owner(tokens, folded, i)
    # else the plural noun ``about`` opens with, as a unit would name it ("complaints had risen to 2,600"
    # counts complaints, as "1,100 complaints" does; "new complaints" too, not "rebel-held areas")
    for i, w in enumerate(folded):
        if w == "of" or folded[i + 1 : i + 2] == ["of"]:
            continue
        if w in _PHRASE_END or not tokens[i].islower() or "-" in w:
            break
        if w.endswith("s") and not w.endswith("ss") and w not in _DETERMINERS and not _verb(w):
            singular = _singular(w)
            return SUBJECTS.get(w) or SUBJECTS.get(singular) or singular, None
    return "", None


# measures that say how a tally moved, not what happened to what it counts: "complaints rose to 2,600" is the
# tally of complaints that "1,100 complaints" began, one series
TALLY_MOVES = frozenset({"increased", "decreased"})
# a measure that says only that something befell what is counted: an outlet's word for a figure another outlet
# tells with its own measure ("38,000 passengers affected" and "38,000 passengers on cancelled flights")
VAGUE_MEASURES = frozenset({"affected"})


def measure_for(measure: str | None, about: str | None, unit: str | None = None) -> str | None:
    """A claim's measure: the claims stage's when the measure vocabulary has it, or what ``about`` names in
    that vocabulary ("deaths in Kelvoria" → killed), else what a count of its subject's class counts when it
    names none (``lexicons/subject_measures.txt``: troops are deployed). A verb outside the vocabulary (the
    claims stage's "occurred", "rocked") names no measure: it would split one thing counted in two series, and
    neither does a tally's move (``TALLY_MOVES``)."""
    subject, owner = subject_of(unit, about)
    own = SUBJECT_MEASURES.get(subject)
    if measure is not None and measure not in MEASURE_NAMES:
        # a verb as written names its measure ("encrypted" → hacked), with its particle too ("laid off" → cut)
        measure = measure_word(measure) or measure_word(measure.split(" ", 1)[0]) or measure
    # whose votes they are: a measure the class's own noun names ("votes" → voted) is the class's (won)
    instead = own if own and owner else None
    if measure == "lost" and subject in LOSS_MEASURES:
        return LOSS_MEASURES[subject]  # "lost four soldiers": a side's losses of people are its dead
    if measure in MEASURE_NAMES and measure not in TALLY_MOVES:
        return instead if instead and measure == measure_of(subject) else measure
    found = measure_of(about) or measure_of(unit)
    if found and found not in TALLY_MOVES:
        return instead if instead and found == measure_of(subject) else found
    return own if unit_kind(unit) == "count" else None


@functools.lru_cache(maxsize=65_536)
def place_key(place: str | None) -> str:
    """The key one place is compared under: "Kelvorian", "Kelvoria's" and an alias in place_aliases.txt are Kelvoria."""
    if not place:
        return ""
    return fold(normalise_place(place) or place).strip()


@dataclass(frozen=True, slots=True)
class Series:
    """What a claim counts: the kind of figure, the canonical subject and owner, the measure and the place.

    Compared by their keys (``owner`` and ``place`` are normalised); ``owner_text`` and ``place`` are
    the forms the name shows.
    """

    subject: str
    measure: str = ""
    place: str = ""
    owner: str = ""  # key: "norvania"
    kind: str = "count"
    owner_text: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        """A stable identifier: kind, subject, owner, measure and place keys joined by "|"."""
        return "|".join((self.kind, self.subject, self.owner, self.measure, place_key(self.place)))

    @property
    def keyed(self) -> bool:
        """Whether the series is named well enough to compare figures in it: a subject other than "people"
        or the name of its kind ("percent", "money"), or a measure ("people" alone could be anything); not one
        place of a breakdown whose place went unread."""
        return bool(self.measure or self.subject not in VAGUE_SUBJECTS) and self.place != UNREAD_PLACE

    @property
    def label(self) -> str:
        """The name a reader would say: "people killed in Drasna", "Norvanian troops deployed in Kelvoria"."""
        subject = plural(self.subject) if self.kind == "count" else self.subject
        # a subject whose head names the measure says it once: "net loss", "sales (%)", not "net loss lost"
        said = measure_word(subject.rsplit(" ", 1)[-1]) == self.measure if subject else False
        what = " ".join(p for p in (self.owner_text, subject, "" if said else self.measure) if p)
        if self.kind == "percent":
            what += " (%)"
        what = what or "(unspecified)"
        if self.place == UNREAD_PLACE:
            return f"{what}, {UNREAD_PLACE[1:-1]}"
        return f"{what} in {self.place}" if self.place else what
