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
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..record import Claim, DateMention, Quote
from .docindex import entity_at, ents, ents_within
from .figures import (
    CONTRAST_MARKS,
    SPEECH_LEMMAS,
    anchor_token,
    counted_noun,
    describe,
    earlier_value,
    measure_of,
    not_a_claim,
    qualifier_of,
)
from .numbers import Quantity, currency_code, find_quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_claims", "measure_of"]

# verbs whose subject is data, not a speaker: "figures from the ministry showed 5,000 deaths"
SHOW_LEMMAS = {"show", "indicate", "suggest", "reveal"}
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

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_GROUP = {"they", "it", "we"}


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
        self.persons = [e for e in ents(doc) if e.label_ == "PERSON"]
        # "the Disaster and Emergency Management Authority (AFAD)": one name for both, so that a figure repeated
        # under either is one claim; the acronym, as it is written the same way by outlets that translate the name
        self.aliases: dict[str, str] = {}
        for e in ents(doc):
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
        ent = entity_at(subj)
        if ent is not None and ent.label_ == "PERSON":
            return self.canonical_person(re.sub(r"['’]s$", "", ent.text), ent.start_char)
        sub = list(subj.subtree)
        for e in ents(self.doc):
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
                e for e in ents(self.doc) if e.label_ == "PERSON" and sub[0].i <= e.start and e.end <= sub[-1].i + 1
            ]
            if named:
                return self.canonical_person(re.sub(r"['’]s$", "", named[0].text), named[0].start_char)
            at = after
            while at < len(self.doc) and self.doc[at].pos_ == "PROPN" and not self.doc[at].ent_type_:
                at += 1  # "Yunus" left out of the entity "Sezer"
            following = next((e for e in ents(self.doc) if e.label_ == "PERSON" and e.start == at), None)
            if following is not None and at - after <= 2:
                return self.canonical_person(self.doc[after : following.end].text, self.doc[after].idx)
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
            return ent.text
        for c in subj.children:
            c_ent = entity_at(c)
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
    window_ents = ents_within(doc, window.start, window.end)
    if not window_ents:
        # "…, Orhan Tatar, risk reduction manager of AFAD, said": a person opening an appositive chunk
        chunk = ents_within(doc, max(0, verb.i - 30), verb.i)
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


# what a figure counts when no noun follows it: "5,000 injured", "1,400 dead"


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
        if tok.dep_ == "advcl" and tok.i > tok.head.i and any(c.lower_ in CONTRAST_MARKS for c in tok.children):
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
        if not_a_claim(text, q, span, ctx.date_spans):
            continue
        anchor = anchor_token(span)
        sent = anchor.sent
        noun = counted_noun(anchor)
        qualifier, q_start = qualifier_of(text, q, anchor)
        skip = {t.i for t in span}
        described = describe(noun, anchor, span, skip)
        unit = q.unit or (currency_code(noun.text) if noun is not None else None) or described.unit
        about = described.about
        earlier = earlier_value(anchor)

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
