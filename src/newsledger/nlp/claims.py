"""Attributed numeric claims: every figure stated as fact, with who states it and the day it refers to.

Figures come from ``numbers.find_quantities`` over the body; the spaCy parse decides what is counted,
who asserts it and when. See ``docs/claims.md`` for what is and is not a claim.

Source, in order of trust:

1. a quote from the quotes stage whose content contains the figure (its speaker and date);
2. the figure's head chain reaching a speech or estimate verb ("The Pentagon estimated 10,000 troops
   had been deployed", "Erdogan said 5,385 people had been injured", "AFAD put the toll at 3,703");
3. "according to X" in the same sentence;
4. a quotation the figure sits in, attributed in the sentence that opens or closes it
   ("“Over 600,000 Russian soldiers have been killed …,” Rutte said");
5. an attribution after the figure in the same sentence ("…, officials said").

Otherwise the figure is in the outlet's own voice: ``source`` is None.

``about``: the counted noun (or what a tally noun stands for: "the death toll rose to 3,703" → deaths), its
measure (the verb and its first phrase: "moved to relief camps", "treated for injuries") and the place named
for it ("in Kessa province"); an earlier value takes the ``about`` of the figure it precedes. ``measure_of``
reads the measure (killed, injured, missing, rescued, displaced, other) back from an ``about``.

``as_of``: a date inside the figure's own phrase ("3,000 troops last Wednesday"), else the statement's
date (the quote's, or a date on the speech verb: "said on Monday"), else a date on the figure's clause,
else the last dated statement by the same source earlier in the article ("the Pentagon said on
Monday"), else the publication date. An earlier value ("up from 3,000") gets only the first three.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..record import Claim, DateMention, Quote
from .numbers import Quantity, currency_code, find_quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_claims", "measure_of"]

SPEECH_LEMMAS = {
    "say",
    "tell",
    "add",
    "announce",
    "report",
    "estimate",
    "state",
    "note",
    "confirm",
    "claim",
    "declare",
    "warn",
    "write",
    "tweet",
    "post",
    "explain",
    "stress",
    "reveal",
    "disclose",
    "put",
    "record",
    "register",
    "count",
    "tally",
    "cite",
    "quote",
    "inform",
    "brief",
    "assert",
    "insist",
    "acknowledge",
    "admit",
    "predict",
    "forecast",
    "project",
    "calculate",
    "document",
    "list",
    "publish",
    "release",
    "update",
    "reiterate",
    "emphasise",
    "emphasize",
    "mention",
    "indicate",
    "suggest",
    "believe",
    "think",
}
# verbs whose subject is data, not a speaker: "figures from the ministry showed 5,000 deaths"
SHOW_LEMMAS = {"show", "indicate", "suggest", "reveal"}
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
GROUP_NOUNS = {
    "group",
    "agency",
    "ministry",
    "organisation",
    "organization",
    "authority",
    "body",
    "service",
    "office",
    "department",
    "government",
    "council",
    "presidency",
    "committee",
    "network",
}
# subjects that carry figures for someone else: "data from the vice president showed"
DATA_NOUNS = {
    "data",
    "balance",
    "figure",
    "figures",
    "statistics",
    "tally",
    "count",
    "toll",
    "report",
    "statement",
    "record",
    "estimate",
    "estimates",
    "numbers",
}
EARLIER_WORDS = {"previous", "earlier", "initial", "prior", "former", "preliminary"}
TIME_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centur(?:y|ies))"
)
LENGTH_UNITS = r"(?:km|kms|kilometers?|kilometres?|miles?|mi|metres?|meters?|m|feet|ft|foot|inches|cm|mm|yards?)"
TITLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "general",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "foreign",
    "defence",
    "defense",
    "interior",
    "health",
    "chief",
    "head",
    "director",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "gov",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "commissioner",
    "chairman",
    "chairwoman",
    "deputy",
    "senior",
    "official",
    "coordinator",
    "representative",
    "king",
    "queen",
    "prince",
    "sheikh",
    "lt",
    "col",
    "gen",
    "maj",
    "capt",
    "adm",
    "professor",
    "prof",
    "judge",
}
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
_CONTRAST_MARKS = {"while", "whereas", "although", "though"}
_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_GROUP = {"they", "it", "we"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "NORP", "LOC"}
_SKIP_LABELS = {"DATE", "TIME", "ORDINAL"}


@dataclass(slots=True)
class _Attribution:
    source: str
    date: str | None
    start: int  # character offset of the cue
    person: bool  # a person (a "he"/"she" may refer to it), not a body


@dataclass(slots=True)
class _Found:
    claim: Claim
    earlier: bool  # an earlier value this sentence revises ("up from 3,000")
    sent_start: int
    dated: bool  # as_of comes from a date in the text, not the publication date


class _Context:
    """Per-document lookups: dates by token, canonical names, attributions in text order."""

    def __init__(self, doc: Doc, dates: list[DateMention], published: date | None) -> None:
        self.doc = doc
        self.published = published.isoformat() if published else None
        self.date_by_token: dict[int, DateMention] = {}
        for d in dates:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.date_by_token[t.i] = d
        self.date_spans = [(d.start, d.end) for d in dates]
        self.persons = [e for e in _ents(doc) if e.label_ == "PERSON"]
        # "the Disaster and Emergency Management Authority (AFAD)": one name for both, so that a figure repeated
        # under either is one claim; the acronym, as it is written the same way by outlets that translate the name
        self.aliases: dict[str, str] = {}
        for e in _ents(doc):
            if e.label_ not in ("ORG", "NORP", "GPE"):
                continue
            m = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", doc.text[e.end_char : e.end_char + 14])
            m = m or re.search(r"\(([A-Z][A-Za-z]{1,9})\)?$", e.text)
            full = _clean_name(e.text)
            if m and len(full.split()) > 1 and m.group(1) != full:
                self.aliases[full] = m.group(1)
        self.attributions: list[_Attribution] = []
        for tok in doc:
            if tok.lemma_ in SPEECH_LEMMAS and tok.pos_ == "VERB":
                # "the number of injured to 22,286, the Disaster … Authority said": the named body wins
                subj = _subject(tok)
                if subj is None or (subj.pos_ == "NOUN" and not subj.ent_type_):
                    subj = _postposed_subject(tok, tok.sent.start_char) or subj
                if subj is not None:
                    name = self.source_name(subj)
                    if name:
                        person = (
                            subj.ent_type_ == "PERSON"
                            or (subj.pos_ == "PROPN" and not subj.ent_type_)
                            or subj.lower_ in _PRONOUNS_PERSON
                        )
                        self.attributions.append(_Attribution(name, self.date_on(tok), tok.idx, person))

    def day_of(self, d: DateMention | None) -> str | None:
        if d is None:
            return None
        if d.granularity == "day":
            return d.value
        return None

    def date_on(self, tok: Token, depth: int = 2) -> str | None:
        """A day-granular date attached to ``tok``: "said on Monday", "as of Saturday", "last Wednesday"."""
        for c in tok.children:
            if c.i in self.date_by_token and c.dep_ in ("npadvmod", "tmod", "pobj", "obl", "advmod", "nmod"):
                return self.day_of(self.date_by_token[c.i])
            if c.dep_ == "prep" and depth > 0:
                found = self.date_on(c, depth - 1)
                if found:
                    return found
        return None

    def canonical_person(self, text: str, before: int) -> str:
        """A surname (or shorter name) → the longest full PERSON name written earlier with the same ending."""
        words = _strip_titles(text).split()
        if not words:
            return text
        best = " ".join(words)
        for e in self.persons:
            if e.start_char >= before:
                break
            cand = _strip_titles(re.sub(r"['’]s$", "", e.text)).split()
            if len(cand) > len(words) and cand[-len(words) :] == words:
                best = " ".join(cand) if len(cand) > len(best.split()) else best
        return best

    def _previous_person(self, at: int) -> str | None:
        """The person a "he"/"she"/"the minister" refers to: the latest person named or quoted before."""
        # a speaker beats a person merely mentioned: "He added" continues the last attribution
        speakers = [a for a in self.attributions if a.person and a.start < at]
        if speakers:
            return speakers[-1].source
        prev = [e for e in self.persons if e.end_char <= at]
        return self.canonical_person(prev[-1].text, prev[-1].start_char + 1) if prev else None

    def _titled_person(self, title: Token) -> str | None:
        """ "the vice president" → the latest person written with that title ("Vice President Fuat Oktay")."""
        for e in reversed(self.persons):
            if e.end_char > title.idx:
                continue
            before = self.doc[max(0, e.start - 3) : e.start]
            if any(t.lower_ == title.lower_ for t in before):
                return self.canonical_person(e.text, e.start_char + 1)
        return None

    def _previous_group(self, at: int) -> str | None:
        prev = [a for a in self.attributions if a.start < at and not a.person]
        return prev[-1].source if prev else None

    def source_name(self, subj: Token) -> str | None:
        """Canonical name of the speaker whose subject head is ``subj``."""
        name = self._source_name(subj)
        if name is None:
            return None
        name = _clean_name(name)
        if not name or re.search(r"\d", name):
            return None
        name = self.aliases.get(name, name)
        if len(name.split()) <= 2:
            full = self.canonical_person(name, subj.idx)  # "Marchetti" (even if tagged ORG) → "Ivo Marchetti"
            if len(full.split()) > len(name.split()):
                return full
        return name

    def _source_name(self, subj: Token) -> str | None:
        low = subj.lower_
        if subj.pos_ == "PRON" or low in ("who", "which", "that"):
            if low in ("who", "which", "that") and subj.head.dep_ == "relcl":
                return self.source_name(subj.head.head)  # "officials, who have reported 1,414"
            if low in _PRONOUNS_PERSON:
                return self._previous_person(subj.idx)
            if low in _PRONOUNS_GROUP:
                return self._previous_group(subj.idx)
            return None
        ent = _entity_at(subj)
        if ent is not None and ent.label_ == "PERSON":
            return self.canonical_person(re.sub(r"['’]s$", "", ent.text), ent.start_char)
        sub = list(subj.subtree)
        for e in _ents(self.doc):
            # "Vice President Fuat Oktay" or "Oktay, the vice president": the person is the speaker
            inside = e.label_ == "PERSON" and sub[0].i <= e.start and e.end - 1 <= sub[-1].i
            if inside and any(subj.i in (t.head.i, t.i) or subj.head.i == t.i for t in e):
                return self.canonical_person(re.sub(r"['’]s$", "", e.text), e.start_char)
        if subj.lemma_.lower() in TITLE_WORDS:
            # "the head of the disaster agency (AFAD) Yunus Sezer": the titled person named in the phrase, or
            # right after it when the parser cut the name off
            after = sub[-1].i + 1
            while after < len(self.doc) and self.doc[after].text in (")", "]", ","):
                after += 1
            named = [
                e for e in _ents(self.doc) if e.label_ == "PERSON" and sub[0].i <= e.start and e.end <= sub[-1].i + 1
            ]
            if named:
                return self.canonical_person(re.sub(r"['’]s$", "", named[0].text), named[0].start_char)
            at = after
            while at < len(self.doc) and self.doc[at].pos_ == "PROPN" and not self.doc[at].ent_type_:
                at += 1  # "Yunus" left out of the entity "Sezer"
            following = next((e for e in _ents(self.doc) if e.label_ == "PERSON" and e.start == at), None)
            if following is not None and at - after <= 2:
                return self.canonical_person(self.doc[after : following.end].text, self.doc[after].idx)
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
            return ent.text
        for c in subj.children:
            c_ent = _entity_at(c)
            if c.dep_ in ("compound", "appos") and c_ent is not None and c_ent.label_ == "ORG":
                return c_ent.text
            if c.dep_ == "appos" and c_ent is not None and c_ent.label_ == "PERSON":
                return self.canonical_person(c_ent.text, c_ent.start_char)
        if subj.pos_ == "PROPN":
            run = [subj]
            t = subj
            while t.i > 0 and t.nbor(-1).pos_ == "PROPN" and t.nbor(-1).dep_ == "compound":
                t = t.nbor(-1)
                run.insert(0, t)
            return _strip_titles(" ".join(x.text for x in run)) or subj.text
        mods = [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        if any(c.lower_ in ("the", "this") for c in subj.children if c.dep_ == "det") and all(
            c.lower_ in TITLE_WORDS or c.ent_type_ in ("NORP", "GPE") for c in mods
        ):
            # a definite description of someone named before: "the minister", "the vice president", "the group"
            resolved = None
            if subj.lemma_ in TITLE_WORDS:
                resolved = self._titled_person(subj) or self._previous_person(subj.idx)
            elif subj.lemma_ in GROUP_NOUNS and not mods:  # "the group"; not "the Syrian health ministry"
                resolved = self._previous_group(subj.idx)
            if resolved:
                return resolved
        if subj.lower_ in DATA_NOUNS or subj.lemma_ in DATA_NOUNS:
            for c in subj.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
                    inner = c if c.dep_ == "poss" else next((g for g in c.children if g.dep_ == "pobj"), None)
                    # "data from the vice president", "AFAD's figures"; not "Turkey's death toll"
                    if inner is not None and (
                        inner.ent_type_ in ("PERSON", "ORG")
                        or inner.lemma_ in TITLE_WORDS
                        or inner.lemma_ in GROUP_NOUNS
                    ):
                        return self.source_name(inner)  # "data from the vice president"
                if c.dep_ == "acl":
                    agent = next((g for g in c.children if g.dep_ == "agent"), None)
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                    if pobj is not None:
                        return self.source_name(pobj)  # "the provisional balance, offered by Fuat Oktay"
            return None
        # a common-noun source: "Ukrainian military intelligence", "officials", "the health ministry"
        left = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "case")]
        acronym = next((t for t in left if re.fullmatch(r"[A-Z]{3,}", t.text)), None)
        if acronym is not None:
            return acronym.text  # "the state-run SANA news agency": the body's name
        words = [t.text_with_ws for t in sorted([*[w for x in left for w in x.subtree], subj], key=lambda t: t.i)]
        return "".join(words).strip() or None

    def last_date_of(self, source: str, before: int) -> str | None:
        dated = [a for a in self.attributions if a.source == source and a.date and a.start < before]
        return dated[-1].date if dated else None


def _clean_name(text: str) -> str:
    """ "the World Health Organisation (WHO" → "World Health Organisation"."""
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]?\s*$", "", text)
    return _strip_det(re.sub(r"['’]s$", "", text.strip()))


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE).strip()


def _strip_titles(text: str) -> str:
    words = _strip_det(text).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def _ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once: spaCy rebuilds the tuple on every access, which made long articles quadratic."""
    cached: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = tuple(doc.ents)
        doc.user_data[_ENTS_KEY] = cached
    return cached


def _ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens ``start``..``end`` (``Span.ents`` walks the whole document each time)."""
    ents = _ents(doc)
    starts: list[int] | None = doc.user_data.get(_ENT_STARTS_KEY)
    if starts is None:
        starts = [e.start for e in ents]
        doc.user_data[_ENT_STARTS_KEY] = starts
    out = []
    for k in range(bisect_left(starts, start), len(ents)):
        if ents[k].start >= end:
            break
        if ents[k].end <= end:
            out.append(ents[k])
    return out


def _entity_at(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    by_token: dict[int, Span] | None = tok.doc.user_data.get(_ENT_BY_TOKEN_KEY)
    if by_token is None:
        by_token = {i: e for e in _ents(tok.doc) for i in range(e.start, e.end)}
        tok.doc.user_data[_ENT_BY_TOKEN_KEY] = by_token
    return by_token.get(tok.i)


_ENTS_KEY = "newsledger.claims.ents"
_ENT_BY_TOKEN_KEY = "newsledger.claims.ent_by_token"
_ENT_STARTS_KEY = "newsledger.claims.ent_starts"


def _subject(verb: Token) -> Token | None:
    """Who speaks: the subject, the agent of a passive, or X in "quoted X as saying"."""
    if verb.lemma_ in ("quote", "cite") and any(c.lower_ == "as" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    # "…, Türkiye's Disaster … Presidency (AFAD) also reported that": a name just before a verb left without a
    # subject by the parser
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].pos_ in ("ADV", "AUX") or verb.doc[i].text == ")"):
        i -= 1
    if i >= 0 and verb.doc[i].ent_type_ in ("ORG", "PERSON") and verb.doc[i].pos_ == "PROPN":
        return verb.doc[i]
    return None


def _postposed_subject(verb: Token, after: int) -> Token | None:
    """The speaker in "…, Vice President Fuat Oktay said": named between the last comma and the verb."""
    doc = verb.doc
    subj = _subject(verb)
    if subj is not None and subj.i > verb.i:
        return subj  # "…, said Vice President Fuat Oktay"
    i = verb.i - 1
    while i >= 0 and doc[i].idx >= after and doc[i].text not in (",", "”", '"', ";"):
        i -= 1
    if i < 0 or doc[i].idx < after:
        return None
    window = doc[i + 1 : verb.i]
    window_ents = _ents_within(doc, window.start, window.end)
    if not window_ents:
        # "…, Orhan Tatar, risk reduction manager of AFAD, said": a person opening an appositive chunk
        chunk = _ents_within(doc, max(0, verb.i - 30), verb.i)
        opened = [e for e in chunk if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].text == ","]
        opened = [e for e in opened if e.start_char > after]
        if opened:
            return opened[-1].root
    for label in ("PERSON", "ORG", "GPE", "NORP"):
        ents = [e for e in window_ents if e.label_ == label]
        if ents:
            return ents[-1].root
    if subj is not None and window.start <= subj.i < window.end:
        return subj
    return None


def _according_to(sent: Span) -> Token | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to":
            for c in t.nbor(1).children:
                if c.dep_ == "pobj":
                    return c
            if t.i + 2 < sent.end:
                return t.nbor(2) if t.nbor(2).pos_ != "DET" or t.i + 3 >= sent.end else t.nbor(3)
    return None


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans between curly or straight double quotation marks."""
    regions = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]*”|“[^“”\n]*(?=\n|$)", text)]
    regions += [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*"', text)]
    return regions


def _anchor(span: Span) -> Token:
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return nums[-1] if nums else span.root


def _counted_noun(anchor: Token) -> Token | None:
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


# what a figure counts when no noun follows it: "5,000 injured", "1,400 dead"
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
class _About:
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
            ent = _entity_at(t)
            return ent.text if ent is not None else t.text
        if t.dep_ != "prep" or t.lower_ not in _PLACE_PREPS:
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or any(g.like_num for g in pobj.subtree):
            continue  # "including 4,400 in the northwest": the place of another figure
        for g in pobj.subtree:
            if g.ent_type_ in ("GPE", "LOC") and g.dep_ not in ("amod",):
                ent = _entity_at(g)
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
            other = _entity_at(c)
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
        other = c.dep_ == "advcl" and any(t.lower_ in _CONTRAST_MARKS or t.like_num for t in c.subtree)
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


def _implicit(anchor: Token, span: Span) -> _About | None:
    """What a figure with no counted noun counts: "5,000 injured", "the death toll rose to 3,703"."""
    doc = anchor.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _STATE_WORDS:
        return _About("people", f"people {_STATE_WORDS[nxt.lower_]}", None)
    if anchor.head.lower_ in _STATE_WORDS and anchor.dep_ in ("nummod", "npadvmod", "nsubj", "nsubjpass", "dobj"):
        return _About("people", f"people {_STATE_WORDS[anchor.head.lower_]}", None)
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
            return _About(found[0], found[1], None)
    return None


def _describe(noun: Token | None, anchor: Token, span: Span, skip: set[int]) -> _About:
    """What the figure counts: the counted noun, its measure (the verb and its first phrase) and the place."""
    first = anchor.head if anchor.dep_ in ("conj", "appos") and anchor.head.i < anchor.i else None
    if first is not None and not first.like_num:
        first = next((c for c in first.children if c.dep_ == "nummod" and c.like_num), None)
    if noun is None and first is not None:
        # "47 deaths in Malatya, 20 in Osmaniye": the elided noun and measure are the first figure's
        head = _describe(_counted_noun(first), first, first.doc[first.i : first.i + 1], {first.i})
        if head.core is not None:
            place = _place(list(anchor.subtree))
            return _About(head.unit, head.core, None, place)
    if noun is None:
        found = _implicit(anchor, span)
        if found is None:
            return _About(None, None, None)
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
        return _About(unit, f"{text} {_STATE_WORDS[after.lower_]}", noun, _place(_clause_tokens(anchor)))
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _TALLY_NOUNS:
        holder = noun.head.head  # "a total of 7,840 people have been rescued": the verb is the total's
    measure, phrase_tokens = _measure_phrase(holder, anchor)
    if measure:
        text += " " + measure
    place = _place(phrase_tokens) or _place(list(noun.subtree)) or _place(_clause_tokens(anchor))
    return _About(unit, text, noun, place)


def _qualifier(text: str, q: Quantity, anchor: Token) -> tuple[str | None, int]:
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


def _not_a_claim(text: str, q: Quantity, span: Span, ctx: _Context) -> bool:
    """Dates, times, ordinals, durations, ages, magnitudes, distances, conversions, names, furniture."""
    if any(s < q.end and q.start < e for s, e in ctx.date_spans):
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
    anchor = _anchor(span)
    if q.spelled and q.value is not None and q.value <= 10:
        noun = _counted_noun(anchor)
        if noun is not None and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children if c.i < anchor.i
        ):
            return True  # "the two countries": a reference, not a count
    noun = _counted_noun(anchor)
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


def _plausible_name(name: str) -> bool:
    """A speaker name from the quotes stage worth trusting: capitalised words, no digits."""
    return bool(re.search(r"[A-Z]", name)) and not re.search(r"\d", name)


def _in_quote(q: Quantity, quotes: list[Quote]) -> Quote | None:
    for quote in quotes:
        speaker = quote.speaker
        if quote.start <= q.start and q.end <= quote.end and speaker is not None and _plausible_name(speaker.name):
            return quote
    return None


def _speech_ancestor(anchor: Token) -> Token | None:
    tok = anchor
    chain = {anchor.i}
    for _ in range(12):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ == "advcl" and tok.i > tok.head.i and any(c.lower_ in _CONTRAST_MARKS for c in tok.children):
            return None  # "…, AFAD said on Friday, while the toll in Syria was 5,914": the outlet's own contrast
        tok = tok.head
        subj = _subject(tok) if tok.lemma_ in SPEECH_LEMMAS and tok.pos_ == "VERB" else None
        if subj is not None and subj.i not in chain:  # "72,879 others said" is a misparse, not a speaker
            return tok
        chain.add(tok.i)
        if tok.lemma_ in SHOW_LEMMAS and tok.pos_ == "VERB":
            return tok
    return None


def _data_source(verb: Token) -> Token | None:
    """ "figures from the ministry showed …" → ministry; "the ministry's figures showed" → ministry."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for c in subj.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "acl":
            for g in c.children:
                if g.dep_ == "agent":
                    return next((x for x in g.children if x.dep_ == "pobj"), None)
    return subj if subj.ent_type_ in ("ORG", "PERSON") else None


def _region_attribution(region: tuple[int, int], ctx: _Context) -> tuple[str | None, Token | None]:
    """The speaker of a quotation: a speech verb just after it closes, or just before it opens."""
    doc = ctx.doc
    # a region edge on whitespace gives an empty span, not None
    end_tok = doc.char_span(region[1] - 1, region[1], alignment_mode="expand")
    if end_tok:
        sent = end_tok[0].sent
        for t in sent:
            if t.idx >= region[1] and t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB":
                subj = _subject(t)
                if subj is not None:
                    return ctx.source_name(subj), t
    start_tok = doc.char_span(region[0], region[0] + 1, alignment_mode="expand")
    if start_tok:
        sent = start_tok[0].sent
        for t in reversed(list(sent)):
            if t.idx < region[0] and t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB":
                subj = _subject(t)
                if subj is not None:
                    return ctx.source_name(subj), t
    return None, None


def _earlier_value(anchor: Token) -> bool:
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


def _same_source(a: str | None, b: str | None) -> bool:
    """The same speaker, written in full once and by surname once ("Yunus Sezer", "Sezer")."""
    if a is None or b is None:
        return a == b
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return wa[-n:] == wb[-n:]


def _without_repeats(found: list[_Found]) -> list[_Found]:
    """A figure repeated by the same source (lead and quote, headline and body) is one claim: keep the first,
    filling in an as_of or qualifier only the repeat has."""
    kept: list[_Found] = []
    for f in found:
        c = f.claim
        same = next(
            (
                k
                for k in kept
                if c.value is not None
                and (k.claim.value, k.claim.low, k.claim.high) == (c.value, c.low, c.high)
                and _same_source(k.claim.source, c.source)
                and not f.earlier
                and not k.earlier
            ),
            None,
        )
        if same is None:
            kept.append(f)
            continue
        same.claim.qualifier = same.claim.qualifier or c.qualifier
        same.claim.unit = same.claim.unit or c.unit
        same.claim.about = same.claim.about or c.about
        if f.dated and not same.dated:
            same.claim.as_of, same.dated = c.as_of, True
    return kept


def extract_claims(doc: Doc, quotes: list[Quote], dates: list[DateMention], published: date | None) -> list[Claim]:
    """Every figure stated as fact in ``doc``, attributed and dated; see the module docstring."""
    text = doc.text
    ctx = _Context(doc, dates, published)
    regions = _quote_regions(text)
    found: list[_Found] = []
    for q in find_quantities(text):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _not_a_claim(text, q, span, ctx):
            continue
        anchor = _anchor(span)
        sent = anchor.sent
        noun = _counted_noun(anchor)
        qualifier, q_start = _qualifier(text, q, anchor)
        skip = {t.i for t in span}
        described = _describe(noun, anchor, span, skip)
        unit = q.unit or (currency_code(noun.text) if noun is not None else None) or described.unit
        about = described.about
        earlier = _earlier_value(anchor)

        # the figure's own phrase: any date on the chain up to its clause ("3,000 troops last Wednesday")
        np_date = None
        tok = anchor
        for _ in range(8):
            np_date = ctx.date_on(tok, depth=1) or np_date
            if np_date or tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
                break
            tok = tok.head
        clause = tok if tok.pos_ in ("VERB", "AUX") else None

        source: str | None = None
        statement_date: str | None = None
        cue_at = q.start
        quote = _in_quote(q, quotes)
        verb = _speech_ancestor(anchor)
        if (
            quote is not None
            and quote.speaker is not None
            and not (verb is not None and quote.start <= verb.idx < quote.end)
        ):
            # the quote's speaker, unless the quoted words themselves attribute the figure
            # ("The UN warned that 870,000 people need meals, AFP reported" → UN)
            source = _clean_name(quote.speaker.name.replace(" 's", "'s")) or None
            source = ctx.aliases.get(source, source) if source else None
            statement_date = quote.date if quote.date and re.fullmatch(r"\d{4}-\d\d-\d\d", quote.date) else None
            subj = _subject(verb) if verb is not None and verb.lemma_ in SPEECH_LEMMAS else None
            if subj is not None and quote.speaker.text.lower() in _PRONOUNS_PERSON and subj.lower_ in _PRONOUNS_PERSON:
                # "He added that …" continues the last attribution; our own reading of the pronoun wins
                source = ctx.source_name(subj) or source
            mention = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
            person = quote.speaker.type == "PERSON"
            # the quotes stage's kind of speaker disagrees with the mention: a title taken for the name ("the
            # Minister of Health, Dr. Hassan Al-Ghobash"), a person for "the group"; or a common-noun phrase
            # around a name ("the state-run SANA news agency"): our own reading of the mention
            mismatch = (
                mention is not None
                and len(mention) > 0
                and (
                    (not person and any(e.label_ == "PERSON" for e in mention.ents))
                    or (person and mention.root.lemma_ in GROUP_NOUNS)
                    or (source is not None and source[:1].islower())
                )
            )
            if mention is not None and mismatch:
                source = ctx.source_name(mention.root) or source
        if source is None and verb is not None:
            subj = _subject(verb) if verb.lemma_ in SPEECH_LEMMAS else _data_source(verb)
            if subj is not None:
                source = ctx.source_name(subj)
                statement_date = ctx.date_on(verb)
                cue_at = verb.idx
        if source is None:
            acc = _according_to(sent)
            if acc is not None:
                source = ctx.source_name(acc)
        if source is None:
            region = next((r for r in regions if r[0] <= q.start and q.end <= r[1]), None)
            if region is not None:
                source, verb = _region_attribution(region, ctx)
                if verb is not None:
                    statement_date, cue_at = ctx.date_on(verb), verb.idx
        if source is None:
            # "…, officials said": an attribution after the figure in the same sentence
            for t in sent:
                if t.idx > q.end and t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB" and t.dep_ != "conj":
                    # not "… to open two crossings, but critics say …": a coordinated clause says something else
                    subj = _postposed_subject(t, q.end)
                    if subj is not None:
                        source = ctx.source_name(subj)
                        statement_date, cue_at = ctx.date_on(t), t.idx
                        break

        if source is None:
            root = sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.lower_ in DATA_NOUNS or subj.lemma_ in DATA_NOUNS):
                source = ctx.source_name(subj)  # "figures released by the ministry put …"

        clause_date = ctx.date_on(clause) if clause is not None else None
        as_of = np_date or statement_date or clause_date
        if as_of is None and not earlier and source is not None:
            as_of = ctx.last_date_of(source, cue_at)
        dated = as_of is not None
        if as_of is None and not earlier:
            as_of = ctx.published

        ev_start = min(q_start, q.start)
        ev_end = q.end
        if noun is not None and noun.i > anchor.i:
            ev_end = max(ev_end, noun.idx + len(noun.text))
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i and noun.head.i - noun.i <= 6:
                ev_end = noun.head.idx + len(noun.head.text)
        ev_start = max(ev_start, sent.start_char)
        if source is not None and unit is not None and source.lower() in (unit, f"{unit}s"):
            source = None  # the counted noun parsed as the speaker ("Twelve percent indicated …")
        claim = Claim(
            value=q.value,
            unit=unit,
            about=about,
            text=text[ev_start:ev_end],
            start=ev_start,
            end=ev_end,
            low=q.low,
            high=q.high,
            qualifier=qualifier,
            source=source,
            as_of=as_of,
        )
        found.append(_Found(claim, earlier, sent.start, dated))

    found = _without_repeats(found)
    # "10,000 troops …, up from an estimate of 3,000": the later figure revises the earlier one
    for i, f in enumerate(found):
        if not f.earlier:
            continue
        later = [g for g in found[:i] if not g.earlier and g.sent_start == f.sent_start]
        if later:
            target = later[-1]
            target.claim.revises = i
            if f.claim.source is None:
                f.claim.source = target.claim.source
            # the earlier value counts the same thing: "up from 800 on Monday", "up from an estimate of 3,000"
            f.claim.about = target.claim.about or f.claim.about
            if f.claim.unit is None or f.claim.unit in DATA_NOUNS:
                f.claim.unit = target.claim.unit
    claims = [f.claim for f in found]
    for claim in claims:
        claim.measure = measure_of(claim.about)
    return claims
