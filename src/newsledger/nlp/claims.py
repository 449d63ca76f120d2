"""Attributed numeric claims: every figure stated as fact, with who states it and the day it refers to.

Figures come from ``numbers.find_quantities`` over the body; ``figures.py`` reads what each counts and
whether it is a claim at all; this module finds who states it and when. See ``docs/claims.md``.

Who states a figure (the first mechanism that applies):

1. the attribution whose content holds it, as the quotes stage found it (direct, mixed or indirect: "Velikov
   said 2,170 people had been injured", '“Over 40,000 soldiers …,” Halvorsen said');
2. the verb the figure hangs on: a speech or estimate verb ("The ministry estimated 4,500 troops had been
   deployed"), a finding ("a poll found approval at 34%", "figures from the ministry showed"), or a decision
   by whoever takes it ("the central bank kept its rate at 4.25%", "the court sentenced him to three years");
3. "according to X" in the same sentence (a document speaks for whoever issued it);
4. a quotation the figure sits in, attributed where it opens or closes;
5. an attribution after the figure in the same sentence ("…, officials said");
6. the figures of an attributed sentence's paragraph: a later sentence of the paragraph without an
   attribution of its own continues the last one ("According to X, …. Another 300 …"); a closed direct
   quotation does not continue: the narrative after it is the outlet's again; nor does a figure whose clause
   names a source the article cannot resolve ("…, who have reported 2,274 deaths");
7. the source a later sentence of the paragraph closes on ("Sales fell 5%. Truck sales fell 2.6%, according to the
   registry."), when the figure's own sentence and those in between attribute nothing and no quotation intervenes;
8. the source of a line ending in a colon ("The authority said:", "According to the registry:") for the list
   items under it, or the one paragraph after it;
9. the source of a paragraph opening on "According to X," for the paragraphs of figures right after it that
   attribute nothing.

A verb that records the figure as its object ("Drasna had recorded 40 cases") inside what another source states
("…, the WHO said", "according to the WHO") gives the figure to that outer source (mechanism 2). Unnamed people
placed at a body the article names ("analysts at X", "economists surveyed by X") speak for that body.

Every source is read through the article's mention chains (``speakers.SpeakerResolver``): a pronoun, a
surname or a description ("the agency") comes out as the name the article gives. Otherwise the figure is
in the outlet's own voice: ``source`` is None.

``as_of``: the day the figure's own words give (``figures.stated_day``: a date in its phrase, the end of a span
of days or a date in its clause), else the statement's date (the quote's, or a date on the speech verb:
"said on Monday"), else the day of the same source's dated figure in this or the previous sentence, else the
last dated statement by the same source earlier in the article ("the ministry said on Monday"), else the
publication date unless the figure's clause gives it a period ("in the year to March"). ``as_of_basis`` says
whether it was read from the text ("stated") or is the publication date ("published"). An earlier value ("up
from 2,500") gets only its own day and the statement's.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..extract.text import box_row, column_names, table_cells
from ..extract.text_rules import BOX_SOURCE, SUMMARY_HEADING
from ..names import fold, same_person
from ..record import Claim, DateMention, Quote, Speaker
from .docindex import doc_text, tokens
from .figures import (
    BULLET_MARKS,
    CHANGE_LEMMAS,
    CONTRAST_MARKS,
    EARLIER_WORDS,
    FINITE_TAGS,
    REFERENCE_PREPS,
    SPEECH_LEMMAS,
    Figure,
    counted_in,
    day_index,
    list_intro,
    measure_of,
    measure_word,
    names_period,
    not_a_claim,
    of_another_period,
    parallel_figure,
    qualifier_of,
    read_figure,
    stated_day,
    unit_kind,
)
from .lexicon import table, words
from .numbers import SMALL_NUMBERS, Quantity, find_quantities, measure_unit, range_apart
from .speakers import governing_area
from .syntax import (
    according_source,
    believed_of,
    clause_before_a_colon,
    closes_its_sentence,
    lemma_in,
    owner_of_its_own,
    postposed_subject,
    subject_of,
    subject_read_as_an_object,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .speakers import SpeakerResolver

__all__ = ["extract_claims", "measure_of"]

# verbs whose subject is data or a study, not a speaker: "figures from the ministry showed 1,700 deaths"
SHOW_LEMMAS = {"show", "indicate", "suggest", "reveal", "find"}
_TALLY_UNITS = words("tally_nouns") | {f"{w}s" for w in words("tally_nouns")}  # "figure", "totals": no thing
_CUE_NOUNS = words("cue_nouns")
_REPEATABLE_NOUNS = _CUE_NOUNS | words("document_nouns")  # what a source repeats: "its estimate", "its figure"
# a body's own bodies that hear its reports ("its board heard", "the council's finance committee heard")
_OWN_HEARERS = frozenset({"board", "committee", "council", "shareholders", "members", "trustees", "governors"})
_CUE_AUX = ("aux", "auxpass", "neg")  # the words a verb's cue opens on ("did not repeat")
# "had initially/previously/earlier said": a statement told as made before the one just reported
_EARLIER_ADVERBS = frozenset({f"{w}ly" for w in EARLIER_WORDS} | {"earlier", "originally", "first", "before"})


@dataclass(slots=True)
class _Attribution:
    """A statement in the article: who made it, the day it carries, where its cue sits."""

    speaker: Speaker
    date: str | None
    start: int


@dataclass(slots=True)
class _Found:
    claim: Claim
    earlier: bool  # an earlier value this sentence revises ("up from 2,500")
    sent_start: int
    dated: bool  # as_of comes from a date in the text, not the publication date
    speaker: Speaker | None = None
    paragraph: int = 0
    cue: int = 0  # where the attribution's cue sits
    period: bool = False  # the figure's clause gives it a period, not a day: no publication-day fallback
    inherited: bool = False  # the source came from an earlier attribution of the paragraph
    counted: str | None = None  # what the figure counts, without its place ("civilians evacuated")
    place_text: str | None = None  # its place as written
    adjunct: bool = False  # in a prepositional phrase of its clause ("from two villages")
    anchor: int = -1  # the figure's number token
    voiced: bool = False  # its clause says who states it, someone the article cannot name ("who reported 40")
    aside: bool = False  # its statement sits in a relative clause ("the 0.3% economists had forecast")
    other_period: bool = False  # an earlier value of another month or quarter ("from 4.8% in September")

    def credit(self, speaker: Speaker) -> None:
        """Take the source a credit on the figure's own line names (a bracket, a box line's label)."""
        self.speaker, self.inherited = speaker, False
        self.claim.source, self.claim.source_type = speaker.name, speaker.type

    def inherit(self, speaker: Speaker, cue: int | None = None) -> None:
        """Take the source of another attribution of the paragraph (at ``cue``, when it is a verb's)."""
        self.speaker, self.inherited = speaker, True
        if cue is not None:
            self.cue = cue
        self.claim.source, self.claim.source_type = speaker.name, speaker.type


class _Context:
    """Per-document lookups: dates by token, speakers through the mention chains, statements in text order."""

    def __init__(self, doc: Doc, dates: list[DateMention], published: date | None, speakers: SpeakerResolver) -> None:
        self.doc = doc
        self.speakers = speakers
        self.published = published.isoformat() if published else None
        self.date_by_token: dict[int, DateMention] = {}
        for d in dates:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.date_by_token[t.i] = d
        self.date_spans = [(d.start, d.end) for d in dates]
        self.date_mentions = dates
        # the days the text names as days: a statement dated by a period ("has confirmed 640 cases this year")
        # gets the period's first day from the quotes stage, which is no day its figures describe
        days_named = {d.value for d in dates if d.granularity == "day"}
        self.period_starts = {d.value for d in dates if d.granularity != "day"} - days_named
        self.according: dict[int, Token | None] = {}
        self._statement_verbs: dict[int, list[Token]] = {}
        self.attributions: list[_Attribution] = []
        # where the cues of statements told in the past perfect sit ("had said on Wednesday"): statements before
        # the ones being reported
        self.earlier_cues: set[int] = set()
        self.earlier_claims: set[int] = set()  # of those, the cues of a claim told as earlier with no day given
        # the cues of a figure a source repeats or stands by ("repeated its estimate that …"): its statement's day
        # is the repeat's, not the figure's
        self.repeated: set[int] = set()
        for tok in tokens(doc):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in _REPEATABLE_NOUNS and _repeated(tok):
                repeating = tok.head.head if tok.dep_ == "pobj" else tok.head
                self.repeated |= {tok.idx, repeating.idx, *(c.idx for c in repeating.children if c.dep_ in _CUE_AUX)}
            if (
                tok.pos_ == "VERB"
                and tok.lemma_ in SPEECH_LEMMAS
                and any(c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and not c.n_rights for c in tok.children)
            ):
                # "the 300 tonnes initially estimated by Calder Lines", "had first put it at 1.2 million": a
                # statement made before, on a day the sentence does not give ("earlier in the day" gives it)
                self.earlier_cues |= {tok.idx, *(c.idx for c in tok.children if c.dep_ in _CUE_AUX)}
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CUE_NOUNS and _told_as_earlier(tok):
                # "his earlier claim that 40 soldiers had been killed", repeated or not: a statement made before,
                # on no day the sentence gives (its cue is the noun, or the verb it is the object of)
                verb = tok.head if tok.dep_ == "dobj" else None  # "did not repeat his earlier claim": from "did"
                cues = {tok.idx} | (
                    {verb.idx} | {c.idx for c in verb.children if c.dep_ in _CUE_AUX} if verb else set()
                )
                self.earlier_cues |= cues
                self.earlier_claims |= cues
            if tok.lemma_ in SPEECH_LEMMAS and tok.pos_ == "VERB":
                # "the number of injured to 9,412, the Flood … Authority said": the named body wins
                subj = subject_of(tok)
                if subj is None or (subj.pos_ == "NOUN" and not subj.ent_type_):
                    subj = postposed_subject(tok, tok.sent.start_char) or subj
                if subj is not None:
                    speaker = self.source(subj)
                    if speaker is not None:
                        day = self.date_on(tok)
                        # inside a statement reported in the past ("said its teams had confirmed 156"), or right
                        # after the same source's statement with no day of its own ("The service said … Its teams
                        # had confirmed 312 homes"), "had" is only the tense of the report
                        reported = any(a.lemma_ in SPEECH_LEMMAS and a.pos_ == "VERB" for a in tok.ancestors)
                        previous = self.attributions[-1] if self.attributions else None
                        window = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else tok.sent.start_char
                        told_as_earlier = any(
                            c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS for c in tok.children
                        )  # "had initially put the number at 1.2 million"
                        continued = (
                            day is None
                            and not told_as_earlier
                            and previous is not None
                            and previous.start >= window
                            and previous.speaker.name == speaker.name
                        )
                        self.attributions.append(_Attribution(speaker, day, tok.idx))
                        if reported or continued:
                            continue
                        if any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
                            # a cue is read from its verb or from the auxiliary before it
                            self.earlier_cues |= {tok.idx, *(c.idx for c in tok.children if c.dep_ == "aux")}

    def statement_verbs(self, sent: Span) -> list[Token]:
        """The verbs of stating in a sentence, in order (read once per sentence)."""
        found = self._statement_verbs.get(sent.start)
        if found is None:
            found = [t for t in sent if t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB"]
            self._statement_verbs[sent.start] = found
        return found

    def day_of(self, d: DateMention | None) -> str | None:
        if d is None:
            return None
        if d.granularity == "day":
            return d.value
        return None

    def opening_day(self, sent: Span) -> str | None:
        """The day a sentence opens on, before any verb ("On 13 September, …", "By Saturday evening the coast
        guard had …", "On the morning of 12 September, …"): the time of every clause that gives none of its own.
        Not a day something is counted from or to ("Since Monday", "Until Friday", "After Sunday's quake")."""
        for t in sent[:8]:
            mention = self.date_by_token.get(t.i)
            if mention is not None:
                before = sent.doc[sent.start : t.i]
                if any(w.lower_ in _NOT_OPENING_DAYS for w in before) or mention.text.lower().startswith(
                    tuple(_NOT_OPENING_DAYS)
                ):
                    return None
                return self.day_of(mention)
            if t.pos_ in ("VERB", "AUX", "PUNCT") and t.i > sent.start:
                break
        return self._line_day(sent)

    def _line_day(self, sent: Span) -> str | None:
        """The day a line of a chronology opens on ("March 3 – Talks collapse. The union says …"): the
        day of every sentence on that line."""
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, sent.start_char) + 1
        if line == sent.start_char:
            return None  # the line's first sentence: its own opening says
        first = self.doc.char_span(line, line + 1, alignment_mode="expand")
        mention = self.date_by_token.get(first[0].i) if first is not None and len(first) else None
        if mention is None or mention.start != line or not _CHRONOLOGY_DASH.match(text, mention.end):
            return None
        return self.day_of(mention)

    def date_on(self, tok: Token, depth: int = 2) -> str | None:
        """A day-granular date attached to ``tok``: "said on Monday", "as of Saturday", "last Wednesday"."""
        for c in tok.children:
            if c.i in self.date_by_token and c.dep_ in ("npadvmod", "tmod", "pobj", "obl", "advmod", "nmod"):
                return self.day_of(self.date_by_token[c.i])
            if c.dep_ == "prep" and depth > 0 and c.lower_ not in REFERENCE_PREPS:  # not where a count starts
                found = self.date_on(c, depth - 1)
                if found:
                    return found
        return None

    def said_in_a_period(self, cue_at: int) -> bool:
        """Does the verb of saying at ``cue_at`` have a time of its own that names no day ("said last week", "said
        earlier this month")? Then it was said on some day of that period, not on the source's last dated day."""
        span = self.doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
        verb = span[0] if span is not None and len(span) else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        for c in verb.children:
            mention = self.date_by_token.get(c.i)
            if mention is None and c.dep_ == "prep":
                mention = next((self.date_by_token[g.i] for g in c.children if g.i in self.date_by_token), None)
            if mention is not None and mention.granularity != "day":
                return True
        return False

    def source(self, tok: Token, span: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker a source phrase headed by ``tok`` (written over ``span``, when the parse does not bound
        it) names, read through the mention chains; None for a phrase that names a thing ("the stock added 2%",
        "ambient lighting offers 30 colours")."""
        speaker = self.speakers.speaker(tok, span)
        if speaker is None or not any(ch.isalpha() for ch in speaker.name) or re.search(r"\d", speaker.name):
            return None
        if self.names_a_thing(tok, speaker):
            return None
        return self.speakers.affiliation(tok, speaker) or speaker

    def names_a_thing(self, head: Token, speaker: Speaker) -> bool:
        """Is the source phrase headed by ``head`` a description of a thing the resolver could not tie to anyone
        named: a common noun for no person, body, document or medium ("the stock", "ambient lighting")?"""
        if head.pos_ != "NOUN" or head.ent_type_ or _can_state(head):
            return False
        return self.speakers.mentions.by_name(speaker.name) is None

    def quote_by_a_thing(self, quote: Quote) -> bool:
        """Is the quote's speaker phrase a thing ("The stock added 2%" read as a statement by the stock)?"""
        if quote.speaker is None:
            return False
        span = self.doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and self.names_a_thing(span.root, quote.speaker)

    def quote_speaker(self, quote: Quote) -> Speaker | None:
        """The quote's speaker, or the body an unnamed one speaks for ("analysts at X")."""
        speaker = quote.speaker
        if speaker is None:
            return None
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        found = self.speakers.affiliation(span.root, speaker) if span is not None and len(span) > 0 else None
        return found or speaker


# what follows the day opening a line of a chronology ("March 3 – …", "Oct. 3: …")
_CHRONOLOGY_DASH = re.compile(r"[ \t]*[–—:-][ \t]")


def _can_state(tok: Token) -> bool:
    """Can a phrase headed by the common noun ``tok`` state a figure: people, a body, a document or a medium?"""
    lemma, low = tok.lemma_.lower(), tok.lower_
    return any(lemma in words(name) or low in words(name) for name in _STATING_NOUNS) or governing_area(tok)


def _cannot_state(subj: Token, ctx: _Context) -> bool:
    """A verb of saying's subject that is a thing or a share, not anyone: a common noun naming no one the article
    knows and of no kind that states ("the budget adds 14 posts", "the plan says"), or a share ("one in five
    reported …"; "two of the officials said" still speak)."""
    if subj.pos_ == "NUM":
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return member is None or not _can_state(member)
    return subj.pos_ == "NOUN" and not subj.ent_type_ and not _can_state(subj) and ctx.source(subj) is None


_STATING_NOUNS = (
    "person_nouns",
    "org_nouns",
    "speaking_nouns",
    "representative_nouns",
    "document_nouns",
    "evidence_nouns",
    "media_nouns",
)


def _according_to(sent: Span) -> Token | None:
    """The source a sentence is "according to", or the one that conducted the finding it is told "in" ("In a
    survey by Hawks Together, 62% of respondents said …")."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to":
            found = according_source(t)
            if found is not None:
                return found[0]
            if t.i + 2 < sent.end:
                return t.nbor(2) if t.nbor(2).pos_ != "DET" or t.i + 3 >= sent.end else t.nbor(3)
    for t in sent:
        # "By his count, 57 cattle had died": whose count, tally or estimate the sentence is by (or a line heading
        # a list is: "By the company's count:")
        if t.lower_ == "by" and ((t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX")) or t.dep_ == "ROOT"):
            noun = next((c for c in t.children if c.dep_ == "pobj"), None)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
            if noun is not None and owner is not None and _figure_itself(noun):
                return owner
    for t in sent:
        if t.lower_ == "in" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
            finding = next((c for c in t.children if c.dep_ == "pobj"), None)
            if finding is None or finding.lemma_.lower() not in words("evidence_nouns"):
                continue
            by = next((c for c in finding.children if c.dep_ == "prep" and c.lower_ in ("by", "for")), None)
            who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if who is not None:
                return who
    return None


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans between curly or straight double quotation marks."""
    regions = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]*”|“[^“”\n]*(?=\n|$)", text)]
    regions += [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*"', text)]
    return sorted(regions)


# what a figure counts when no noun follows it: "1,700 injured", "650 dead"


def _plausible(speaker: Speaker | None) -> bool:
    """A speaker worth giving a figure to: a name with letters and no digits ("453 of them" is a misparse)."""
    return speaker is not None and any(c.isalpha() for c in speaker.name) and not re.search(r"\d", speaker.name)


class _Quotes:
    """The quotes with a plausible speaker, sorted, for finding the one whose content holds a figure."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted((q for q in quotes if _plausible(q.speaker)), key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]
        self.longest = max((q.end - q.start for q in self.quotes), default=0)

    def holding(self, q: Quantity) -> Quote | None:
        """The first quote (in text order) whose content, or one of its fragments, holds the figure."""
        found = None
        k = bisect_right(self.starts, q.start) - 1
        while k >= 0 and self.quotes[k].start >= q.start - self.longest:
            quote = self.quotes[k]
            pieces = quote.spans or [(quote.start, quote.end)]
            if q.end <= quote.end and any(a <= q.start and q.end <= b for a, b in pieces):
                found = quote
            k -= 1
        return found


def _contrasted(anchor: Token) -> bool:
    """Does the figure sit in the outlet's own contrast to a finished attribution ("A, the agency said on
    Friday, while the toll in the hills was 4,000")? A contrast inside what a source reports ("the agency said
    A, while B") is the source's, and so is one that attributes itself ("…, while the ministry said its
    defences had destroyed 96 drones")."""
    tok = anchor
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        if tok.i != anchor.i and tok.lemma_ in SPEECH_LEMMAS and subject_of(tok) is not None:
            return False
        head = tok.head
        if tok.dep_ == "advcl" and tok.i > head.i and any(c.lower_ in CONTRAST_MARKS for c in tok.children):
            reported = [c for c in head.children if c.dep_ in ("ccomp", "parataxis")]
            return head.lemma_ in SPEECH_LEMMAS and any(c.i < head.i for c in reported)
        tok = head
    return False


def _has_subject(verb: Token, chain: set[int]) -> Token | None:
    subj = subject_of(verb)
    return subj if subj is not None and subj.i not in chain else None


def _governing(anchor: Token, ctx: _Context) -> tuple[Token, Token, Token | None] | None:
    """(verb, source token, recorder) of the verb the figure hangs on that says who states it; the recorder is
    the verb that records the figure when an outer statement frames it ("X said Drasna had recorded 40 cases").

    Walking up from the figure: a speech or estimate verb with a subject of its own, a finding ("the poll
    found", "figures from the ministry showed"), or a decision whose subject is a participant the article
    names ("the bank kept its rate at 4.25%").
    """
    tok = anchor
    chain = {anchor.i}
    decisions = words("decision_verbs")
    nested = False  # the figure sits in a clause of its own below the verb reached
    for _ in range(12):
        if tok.head.i == tok.i:
            return None
        if tok.pos_ in ("VERB", "AUX"):
            # "Sony offered X and Rivo launched it in 13 markets": a coordinated clause with a subject of its own
            own = (
                (tok.dep_ in _NESTED_CLAUSES and not _a_tallys_value(tok, anchor))
                or _set_off(tok)
                or (tok.dep_ in _SHARED_CLAUSES and _has_subject(tok, chain) is not None)
            )
            nested = nested or own
        below, tok = tok, tok.head
        lemma = tok.lemma_.lower()
        if _second_report(below, tok):
            chain.add(tok.i)
            continue
        if tok.pos_ == "VERB" and lemma in SHOW_LEMMAS:
            subj = _data_source(tok)
            if subj is not None and _found_about(subj, anchor):
                return None
            if subj is not None and _unnamed_group(subj, kinds_too=True):
                # "Rescue teams found two more bodies …, the fire brigade said": what an unnamed group found, inside
                # another source's statement, is that statement's
                frame = _frame(tok, chain | {tok.i}, ctx)
                if frame is not None:
                    return (*frame, tok)
            if subj is not None:
                return tok, subj, None
        if (
            tok.pos_ == "VERB"
            and (lemma in SPEECH_LEMMAS or _values_at(tok, below) or _gives_a_figure(tok))
            and not _puts_out(tok)
            and not _makes(tok)
            and not _clause_of_circumstance(below)
            and not _past_a_semicolon(anchor, tok)
            and not _foreseen(tok)
            and not believed_of(tok)
        ):
            subj = _has_subject(tok, chain) or _shared_subject(tok, chain)  # not "6,214 others said", a misparse
            if subj is not None and _cannot_state(subj, ctx):
                subj = None  # "the budget adds …": not a statement, the figure is in whoever's reports it
            if subj is not None:
                # (a clause joined to the recording verb shares its subject and the statement framing it: "X said
                # the league's volunteers had counted 48 marchers and had buses for 12 of them")
                recorded = below.dep_ in _RECORDED or (below.dep_ == "conj" and below.pos_ in ("VERB", "AUX"))
                if (recorded or _unnamed_group(subj, kinds_too=True)) and not _clause_of_circumstance(tok):
                    # (not in a clause saying when: "the prospect, coming after Nerova announced 1,150 job cuts"
                    # is Nerova's announcement, whoever tells of it)
                    # the verb records the figure itself ("Drasna had recorded 40 cases"), or an unnamed group
                    # holds it ("Kolvane said investigators believed 240 were aboard", "deck crews had told
                    # it"; a group a common word says the kind of is unnamed too): inside another source's
                    # statement, that statement's source is who states it
                    chain.add(tok.i)
                    frame = _frame(tok, chain, ctx)
                    return (tok, subj, None) if frame is None else (*frame, tok)
                return tok, subj, None
        claimant = _claimant(tok) if tok.pos_ in ("VERB", "AUX") else None
        if claimant is not None and ctx.source(claimant) is not None:
            return tok.head, claimant, None  # "rejected the union's claim that Calder Lines had cut 40%": the union's
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.dep_ == "relcl"
            # ("which had 12 crews at sea on Monday": what a body had on a day)
            and (lemma_in(tok, decisions) or _gives_figures(tok) or (lemma == "have" and ctx.date_on(tok) is not None))
        ):
            # "the group, which had demanded $8 million": the relative clause's own subject is the noun it hangs on;
            # what a body had on a day is its own count then
            relative = next((c for c in tok.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None)
            if relative is not None and _participant(ctx, tok.head):
                return tok, tok.head, None
        if (
            tok.pos_ == "VERB"
            and lemma_in(tok, decisions)
            and not nested
            and not _reported(tok)
            and not (_nested_in_a_report(tok) and ctx.date_on(tok) is None)
            and not _foreseen(tok)
        ):
            # a decision owns the figures of its own clause, not of a clause nested in it ("he kept his plans
            # for a meeting of the association, which gave $5.9 million"), and is not stated by its maker when
            # someone reports it ("the carmaker will cut 1,100 jobs, its chief executive said"), nor when a clause
            # someone reports holds it, unless it has a day of its own ("said the true loss was 300 beds, since
            # the board had quietly cut 45")
            subj = _has_subject(tok, chain) or _shared_subject(tok, chain) or _maker_of(tok)
            if subj is not None and (_participant(ctx, subj) or _body_by_its_kind(ctx, subj)):
                return tok, subj, None
        chain.add(tok.i)
    return None


def _gives_a_figure(verb: Token) -> bool:
    """Does "give" have a figure's noun for its object ("gave a figure of 310 trains cancelled", "gave a toll of 14"):
    a statement, where "gave 40 blankets" is a deed?"""
    return verb.lemma_.lower() == "give" and any(c.dep_ == "dobj" and _figure_itself(c) for c in verb.children)


def _values_at(verb: Token, below: Token) -> bool:
    """Does a verb of valuing put the figure on its object "at" it ("prices the refit at 55 million")?"""
    return verb.lemma_.lower() in words("valuing_verbs") and below.dep_ == "prep" and below.lower_ == "at"


def _foreseen(verb: Token) -> bool:
    """Does a modal of possibility make the verb say what may happen ("Orvane could record 900 wildfires by August"):
    no statement of its subject, but a projection in whoever's statement holds it?"""
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in words("possibility_modals") for c in verb.children)


def _claimant(clause: Token) -> Token | None:
    """Whose claim a "that" clause on a noun of what is said is, when the noun names its owner ("the union's claim
    that …", "the claim by the union that …"): a statement of that owner's, whoever rejects or repeats it."""
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CUE_NOUNS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return owner or (next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None)


def _a_tallys_value(clause: Token, anchor: Token) -> bool:
    """Is the figure, hung by "to" or "at" on a relative clause of what a tally noun counts ("raised the number
    of people who died in the floods to 45"), the tally's value the parser hung on the clause, not a figure of
    the clause's own?"""
    prep = anchor.head
    if clause.dep_ != "relcl" or anchor.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.head.i != clause.i:
        return False
    of = clause.head.head
    return clause.head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in words("tally_nouns")


def _maker_of(verb: Token) -> Token | None:
    """Who makes a decision whose infinitive the verb is: "the decision by the authority to fine the airline 6.5
    million crowns", "the regulator's order to pay 40 million" (not a day's: "Friday's decision")."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or not any(c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    maker = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
    return maker or owner


def _past_a_semicolon(anchor: Token, verb: Token) -> bool:
    """Does the verb stand after a semicolon that follows the figure ("it said 6,700 had crossed; the police said
    8,000")? A verb reports nothing before a semicolon, however the parser hung the clause on it."""
    return verb.i > anchor.i and _semicolon_between(anchor, verb)


def _semicolon_between(a: Token, b: Token) -> bool:
    return any(t.text == ";" for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])


def _second_report(clause: Token, head: Token) -> bool:
    """Is ``clause`` a second thing reported beside ``head`` ("said that 14,200 had registered, and that 3,100 of
    them were children"): a coordinated clause with a subject of its own, opening on "that" or beside a
    reported clause? Then ``head``, its sibling, states nothing of it; the verb reporting both does."""
    # (a passive's subject is one of its own too: "and that two teams had been sent")
    own = subject_of(clause) is not None or any(c.dep_ in ("nsubjpass", "expl") for c in clause.children)
    if clause.dep_ != "conj" or clause.pos_ not in ("VERB", "AUX") or not own:
        return False
    return head.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _shared_subject(verb: Token, chain: set[int]) -> Token | None:
    """The subject a verb with none of its own shares with the verb it is coordinated with ("the ACSD widened
    the recall to 438,000 heaters and put the number of fires at 37")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or subject_of(verb) is not None:
        return None
    if any(c.dep_ in ("nsubjpass", "csubj", "csubjpass", "expl") for c in verb.children):
        return None  # "the toll stands at 97, and 51 people are listed as missing": a subject of its own
    return _has_subject(verb.head, chain)


def _owner_of_a_document(tok: Token) -> bool:
    """Is ``tok`` a possessive naming whose document it is ("the ministry's count", "its own figure"), not its
    day ("Thursday's figure")? A pronoun's only outside reported words: in "X said … its 2005 tally of 67" the
    figure is X's statement."""
    pronoun = tok.tag_ == "PRP$" and tok.lower_ in ("its", "their", "his", "her")
    if (
        pronoun
        and any(a.pos_ == "VERB" and a.lemma_ in SPEECH_LEMMAS for a in tok.ancestors)
        and owner_of_its_own(tok) is None
    ):
        return False
    owner = tok.pos_ in ("NOUN", "PROPN") or pronoun
    return tok.dep_ == "poss" and owner and tok.ent_type_ not in ("DATE", "TIME")


def _body_before_a_document(document: Token) -> Token | None:
    """A body's noun or name written before a figure's document noun ("the police count of 64", "the Kessa
    Water Board count of 40"): whose document it is, as a possessive would say; not what it counts ("casualty
    figures")."""
    for c in document.children:
        if c.dep_ != "compound" or c.i > document.i:
            continue
        if c.lemma_.lower() in words("org_nouns") or c.lower_ in words("org_nouns") or c.ent_type_ == "ORG":
            return c
    return None


def _unnamed_group(subj: Token, kinds_too: bool = False) -> bool:
    """A bare plural noun for people no name or owner says who they are: "investigators", "officials"; with
    ``kinds_too``, also one only a common word says the kind of ("rescue teams", "local officials")."""
    said = ("poss", "prep") if kinds_too else ("poss", "compound", "amod", "prep")
    return (
        subj.tag_ == "NNS"
        and not subj.ent_type_
        and not any(c.dep_ in said or c.pos_ == "PROPN" for c in subj.children)
    )


def _set_off(clause: Token) -> bool:
    """Is ``clause`` a sentence of its own the parser hung on a verb across a semicolon ("The union seeks 15%; the
    hospital has offered 6%"): a clause with a subject of its own and a semicolon between it and its head?"""
    head = clause.head
    if head.i == clause.i or subject_of(clause) is None:
        return False
    doc = clause.doc
    between = doc[clause.right_edge.i + 1 : head.i] if clause.i < head.i else doc[head.i + 1 : clause.left_edge.i]
    return any(t.text == ";" for t in between)


# verbs of forecasting that take another's deed as their object ("expects the bank to cut")
_EXPECTING = frozenset(("expect", "anticipate"))
# verbs by which a party wants a figure done ("the 90 elms the parks board wants felled"): its demand (as written
# too, for the parser may read the verb as an auxiliary, which it leaves unlemmatised)
_WANTING = frozenset(("want", "wants", "wanted", "wish", "wishes", "wished"))


def _reported(clause: Token) -> bool:
    """Is ``clause`` the content of a verb of saying with a subject of its own ("…, Sorvik said"), or one it
    shares with the verb it is coordinated with ("Sorvik called the strike needless and said …"), or a clause
    "according to" someone ("X held 23% of the market, according to Corvane")?"""
    if any(
        c.dep_ == "prep" and c.lower_ == "according" and any(g.lower_ == "to" for g in c.children)
        for c in clause.children
    ):
        return True
    # "X held 25% of the market, while Y's share fell to 18%, according to Z": an "according to" closing the
    # sentence reports every clause it sits in, however deep the parser hung it
    closing = next(
        (t for t in clause.sent if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to"),
        None,
    )
    if (
        closing is not None
        and closing.i > clause.i
        and clause.left_edge.i <= closing.i <= clause.right_edge.i
        and closes_its_sentence(closing)
    ):
        return True
    head = clause.head
    if _second_report(clause, head):
        return _reported(head)  # "said that it had set aside …, and that it had approved refunds of …"
    if _expected_of_another(clause):
        return True
    if clause.dep_ not in ("ccomp", "parataxis") or head.pos_ != "VERB" or head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    shared = head.head if head.dep_ == "conj" and head.head.pos_ == "VERB" else None
    return subject_of(head) is not None or (shared is not None and subject_of(shared) is not None)


def _expected_of_another(clause: Token) -> bool:
    """Is the clause what its subject is expected to do by someone else ("Pellar Securities expects Orvel Lines to
    cut its fleet by 14 vessels")? A forecast of another's deed is the forecaster's statement, not the deed's
    maker's."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in _EXPECTING:
        return False
    own, theirs = subject_of(clause), subject_of(head)
    return own is not None and theirs is not None and own.i > head.i and own.tag_ != "PRP"


def _nested_in_a_report(clause: Token) -> bool:
    """Is a clause ``clause`` is nested in reported (``_reported``): "the union said the true loss was 300 beds,
    since the board had quietly cut 45" reports the cut too?"""
    tok = clause
    for _ in range(7):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if _reported(tok):
            return True
    return False


def _puts_out(verb: Token) -> bool:
    """ "put" states a figure only as an estimate ("put the toll at 2,946", "put the number closer to 2 million":
    at a figure, or a tally as its object): "the engine puts out 151 hp", "put $5 million into the fund" say
    what something does."""
    if verb.lemma_.lower() != "put":
        return False
    at = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    # (or "at" a figure the parser hung on a noun in between: "put losses since the start of the war at 51,000")
    at = at or any(
        t.dep_ == "prep"
        and t.lower_ == "at"
        and any(g.like_num or any(c.like_num for c in g.children) for g in t.children)
        for t in verb.subtree
    )
    tally = any(c.dep_ == "dobj" and c.lemma_.lower() in words("tally_nouns") for c in verb.children)
    return not (at or tally)


def _clause_of_circumstance(clause: Token) -> bool:
    """ "added a goal as the Bruins beat the Devils for the eighth time in nine meetings": a clause with a marker and
    a subject of its own, hung on a verb of stating itself, says when or why, not what was stated ("said the
    bridge would close as 40 workers began" still reports the clause the marker sits in)."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    )


_CIRCUMSTANCE_MARKS = frozenset({"as", "when", "while", "after", "before", "since", "because", "until", "once"})


def _makes(verb: Token) -> bool:
    """ "added three assists", "wrote 300 songs", "released 40 prisoners": a verb of stating that also makes or
    adds things (``lexicons/making_senses.txt``) says what was made, not what was stated, when its object is a
    counted thing (and a noun the parser coordinated with the verb after that object is a second one: "added 22
    points and 11 rebounds"); "added that 40 died" and "released a toll of 40" still state."""
    if verb.lemma_.lower() not in words("making_senses"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return any(
        (obj.like_num or any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in obj.children))
        and obj.lemma_.lower() not in words("tally_nouns")
        for obj in objects
    )


# how a verb of stating holds what it reports as a clause ("said 40 people died"), and how a verb of recording
# holds the figure it records ("recorded 40 cases", "put the toll at 40")
_REPORTED = frozenset(("ccomp", "xcomp", "parataxis", "advcl"))
_RECORDED = frozenset(("dobj", "prep", "attr", "oprd", "npadvmod"))


def _frame(verb: Token, chain: set[int], ctx: _Context) -> tuple[Token, Token] | None:
    """(verb, source token) of the statement whose reported clause holds ``verb``: the outer "X said" of
    "X said Drasna had recorded 40 cases" or "Drasna had recorded 40 cases, X said", else "according to X" in
    the sentence."""
    tok = verb
    if clause_before_a_colon(verb) is not None:
        return None  # "groups say the numbers are higher: Ana Roe puts them at 1,500": her own statement
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in (*_REPORTED, "conj"):
            break
        dep, tok = tok.dep_, tok.head
        if dep == "conj":
            continue  # "X said A, and that Drasna had recorded B": the frame of the first conjunct
        if _semicolon_between(tok, verb):
            # "it said A; the police said 8,000", "the union counts 88%; the management says 64%": a semicolon
            # between two statements, either way, frames neither in the other
            break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_LEMMAS:
            subj = _has_subject(tok, chain)
            if subj is not None and ctx.source(subj) is not None:
                return tok, subj
        chain.add(tok.i)
    acc = _according(verb.sent, ctx)
    return acc if acc is not None and ctx.source(acc[1]) is not None else None


# clauses whose figures are their own, not a decision's above them: a relative clause or a clause modifying a
# noun ("the association, which gave $5.9 million"), and a coordinated or adverbial clause with a subject of its
# own; a complement ("pledged that output would double") and a participle sharing the subject stay the verb's
_NESTED_CLAUSES = frozenset(("relcl", "acl", "csubj", "parataxis"))
_SHARED_CLAUSES = frozenset(("conj", "advcl"))


# nouns for a figure, a count or the document holding one ("the toll", "the estimate", "the figure")
_FIGURE_NOUNS = words("document_nouns") | words("tally_nouns")
# the units a share is written in, which stand for the figure itself ("the ministry's 76 percent")
_SHARE_UNITS = ("percent", "%")


def _set_against(figure: Token) -> bool:
    """Is the figure what another is set against ("against Merrow's 4,100", "versus the union's 47")?"""
    return figure.dep_ == "pobj" and figure.head.lower_ in ("against", "versus", "vs", "vs.")


def _reacted_to(anchor: Token) -> bool:
    """Is the figure in what a verb of reacting reacts to ("condemned a 15% cut", "protested against the 400 job
    cuts", `reaction_verbs.txt`): its object, or the object of its preposition, reached through nouns only?"""
    tok = anchor
    while tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "nmod", "pobj", "prep", "npadvmod", "appos"):
            return False
        tok = tok.head
    verb = tok.head
    return (
        tok.dep_ in ("dobj", "prep")
        and verb.pos_ == "VERB"
        and verb.i != tok.i
        and verb.lemma_.lower() in words("reaction_verbs")
    )


def _figure_itself(noun: Token) -> bool:
    """Does the noun stand for the figure itself, not for what it counts: a figure's, a tally's or a document's
    noun ("the toll given by …"), or a share's or a measurement's unit ("the 76 percent given by the ministry", "the
    11 kilometres given by the institute")?"""
    return noun.lemma_.lower() in _FIGURE_NOUNS or noun.lower_ in _SHARE_UNITS or measure_unit(noun.text) is not None


def _agent(anchor: Token) -> tuple[Token, Token] | None:
    """(participle, agent) when the figure's own noun phrase says who gives it, in whoever's statement it sits:
    "a higher figure than the 57 deaths confirmed by the national directorate", "a toll reported by the
    ministry", or of the figure or toll it is said to be ("the toll given by police was 14"). The agent must be
    able to state (a name, or a noun for people, a body or a document): "300 homes destroyed by the floods" has
    none."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        # "the company's own figure, given by its finance chief, is 96 million": the figure it is said to be
        named = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if named is not None and named.lemma_.lower() in _FIGURE_NOUNS:
            noun = named
    contact = _contact_clause(noun)
    if contact is not None:
        return contact  # "the 220 million the company estimated on Monday", read as an apposition
    # "the figure of 2 billion dalers given by the minister": an amount a figure's noun is "of" is that figure
    figure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    itself = _figure_itself(noun) or (figure is not None and _figure_itself(figure))
    participles = [*noun.children, *(figure.children if figure is not None and itself else ())]
    for participle in participles:
        reporter = _reporter_of(participle) if participle.dep_ == "relcl" and participle.i > noun.i else None
        if reporter is not None:
            return participle, reporter  # "the 22 deaths the ministry reported on Monday"
        # a figure or toll "given by" someone is stated; "aid given by" is not; and what is counted "sent by" or
        # "produced by" someone is their deed ("six buses sent by a city"), told by whoever gives the figure
        stated = _giving(participle) if itself else _states_or_finds(participle)
        # a number written bare is the figure, given as one is ("the 900 given by the guild"); not what a deed
        # did to what it counts ("six sent by the city")
        stated = stated or (noun.pos_ == "NUM" and participle.lemma_.lower() == "give")
        # terms or a limit someone set are theirs, whoever counts them: "the 18 proposed by the board", "the 9,000
        # allowed by the council"
        stated = stated or lemma_in(participle, words("setting_verbs"))
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or not stated:
            continue  # "two firms run by a friend": the agent of another deed gives no figure
        by = next((c for c in participle.children if c.dep_ == "agent"), None)
        who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if who is not None and _a_method(who):
            continue  # "19 confirmed by blood tests": how, not who; the statement holding it says who
        if who is not None and (who.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _can_state(who)):
            return participle, who  # "the 14 reported by Kellarin", "deaths confirmed by Turkey"
    return None


def _moved_by(phrase: Token) -> tuple[Token, Token] | None:
    """(verb, whose) when the figure is where a verb of change moves a figure's noun to or from ("cut its
    forecast for growth to 1.5%", "lowered the estimate of lost jobs to 4,000"): the noun's owner's, else the
    subject's of the verb (or of the clause a participle of it hangs on) who can state it. A tally no one owns
    is no one's estimate ("lifting the tally of rescued hikers to 9": whoever reports the deed gives the figure)."""
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in ("to", "from"):
        return None
    verb = phrase.head.head
    if verb.pos_ != "VERB" or verb.lemma_ not in CHANGE_LEMMAS:
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if moved is None or not _figure_itself(moved):
        return None
    owner = next((c for c in moved.children if _owner_of_a_document(c)), None)
    if owner is None and moved.lemma_.lower() in words("tally_nouns"):
        return None  # "lifting the tally of rescued hikers to 9": a deed that changes a tally, whoever keeps it
    if owner is not None and owner.tag_ != "PRP$":
        return verb, owner  # "the ministry's forecast"
    subject = subject_of(verb)
    if subject is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VB"):
        subject = subject_of(verb.head)  # "the agency dropped a count, cutting the total to 8"
    if subject is not None and (subject.ent_type_ in ("PERSON", "ORG") or _can_state(subject)):
        return verb, subject  # "its" in its own subject's clause is that subject's
    return (verb, owner) if owner is not None else None


def _a_method(noun: Token) -> bool:
    """Is ``noun`` findings in general, written bare and plural ("blood tests", "studies"): a way of knowing,
    not a document anyone issued?"""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in words("evidence_nouns")
        and not any(c.dep_ in ("det", "poss", "nummod") or c.pos_ == "PROPN" for c in noun.children)
    )


def _contact_clause(noun: Token) -> tuple[Token, Token] | None:
    """(verb, subject) of a relative clause with no relative word the parser read as an apposition to the figure's
    noun ("the 220 million dalers the company estimated on Monday": "the company" beside the noun, "estimated"
    hung on it): a participant right after the noun, with no comma, whose verb of saying or giving follows it and
    takes no object of its own."""
    for appos in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i):
        if appos.left_edge.i != noun.i + 1 or not (appos.ent_type_ in ("PERSON", "ORG") or _can_state(appos)):
            continue
        for verb in (c for c in appos.children if c.dep_ in ("acl", "relcl") and c.i == appos.i + 1):
            objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
            if verb.tag_ in ("VBD", "VBN") and _giving(verb) and not objects:
                return verb, appos
    return None


def _decided_by(anchor: Token, ctx: _Context) -> tuple[Token, Token] | None:
    """(verb, maker) when the figure's own noun phrase says who set it, and no statement frames it: a relative
    clause of deciding with a named subject ("the 55 million lodras that Ostrel has set aside", "the 300 jobs
    the carmaker will cut")."""
    noun = anchor.head if anchor.dep_ in ("nummod", "quantmod", "compound") else anchor
    # (or on the bare plural saying what a sum is: "the 2 million dalers in fines the regulator imposed")
    kinds = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    for kind in [noun, *(g for g in kinds if g.tag_ == "NNS" and not any(c.dep_ == "det" for c in g.children))]:
        for clause in kind.children:
            if clause.dep_ != "relcl" or clause.i < kind.i or not lemma_in(clause, words("decision_verbs")):
                continue
            subj = subject_of(clause)
            if (
                subj is not None
                and subj.tag_ not in ("WP", "WDT")
                and subj.i > kind.i
                and (_participant(ctx, subj) or _body_by_its_kind(ctx, subj))
            ):
                return clause, subj
    # "Orvel Air was fined 1.8 million dalers by the authority": what a passive ruling imposes, with its agent
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children):
        # (the parser may hang the "by" on the amount)
        by = next((c for c in [*verb.children, *noun.children] if c.dep_ == "agent" or c.lower_ == "by"), None)
        who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if who is not None and lemma_in(verb, words("ruling_verbs")) and _participant(ctx, who):
            return verb, who
    return None


def _ruled(clause: Token) -> bool:
    """Is a clause of deciding a ruling told as made ("the tribunal ordered", "the fine it had imposed"), not one
    to come ("will order"), nor a deed others may count otherwise ("the posts the bakery closed")?"""
    if clause.tag_ not in ("VBD", "VBN") or not lemma_in(clause, words("ruling_verbs")):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _when_day(verb: Token, ctx: _Context) -> str | None:
    """The day a "when" clause on the verb gives ("the 14 reported by Kellarin when the recall was announced on
    Monday")."""
    return _day_of_a_clause(verb, ctx, lambda c: c.dep_ == "advcl" and any(g.lower_ == "when" for g in c.children))


def _given_on(source: Token, ctx: _Context) -> str | None:
    """The day a participle of giving on the source phrase says it was given ("The coast guard's first count,
    given last Friday, was 12 dead")."""
    return _day_of_a_clause(source, ctx, lambda c: c.dep_ in ("acl", "relcl") and _giving(c))


def _issued_on(source: Token, ctx: _Context) -> str | None:
    """The day a participle of giving anywhere in a source's phrase says it was given ("figures from the board posted
    on Thursday", however the parser hung the participle), else the day written before its document's noun ("the
    board's Monday notice", "Tuesday's figures")."""
    given = next(
        (day for t in source.subtree if t.dep_ in ("acl", "relcl") and _giving(t) and (day := ctx.date_on(t))), None
    )
    if given is not None or source.lemma_.lower() not in words("document_nouns"):
        return given
    before = (c for c in source.lefts if c.dep_ in ("compound", "poss", "nmod") and c.i in ctx.date_by_token)
    return next((day for c in before if (day := ctx.day_of(ctx.date_by_token[c.i]))), None)


def _day_of_a_clause(head: Token, ctx: _Context, fits: Callable[[Token], bool]) -> str | None:
    """The first day a clause hung on ``head`` that ``fits`` is dated by."""
    for c in head.children:
        if fits(c) and (day := ctx.date_on(c)):
            return day
    return None


def _gives_figures(verb: Token) -> bool:
    """A verb by which a source gives a figure: one of stating ("confirmed", "reported"), of issuing ("released",
    "published") or of finding ("estimated", "counted")."""
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_LEMMAS or lemma in words("issuing_verbs") or lemma in words("evidence_verbs")


def _hands_figures(verb: Token) -> bool:
    """Is ``verb``'s object figures or a document ("handed reporters its tallies:", "shared its count:")? Whoever hands
    them over gives them, whatever the verb."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in verb.children)


def _an_act(noun: Token) -> bool:
    """Is a document's noun an act done to what follows it ("the release of 64 fishermen"), no document?"""
    return noun.lemma_.lower() in words("act_nouns") and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1 for c in noun.children
    )


def _states_or_finds(verb: Token) -> bool:
    """A verb of stating ("confirmed", "reported"), of finding ("estimated", "counted") or of polling ("surveyed"),
    not of issuing: the agent of "released" or "sent" issues a document or does a deed."""
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_LEMMAS or lemma in words("evidence_verbs") or lemma in words("polling_verbs")


def _giving(verb: Token) -> bool:
    """A verb by which a source gives a figure, "give" itself among them ("the figure it gave on Wednesday")."""
    return verb.lemma_.lower() == "give" or _gives_figures(verb)


def _told_by_its_clause(figure: Token) -> tuple[Token, Token] | None:
    """(the clause, who it says reports) when a figure's own relative clause reports it ("the 1,250 that Kelvcast
    says need repair")."""
    for clause in (c for c in figure.children if c.dep_ == "relcl" and c.i > figure.i):
        reporter = _reporter_of(clause)
        if reporter is not None:
            return clause, reporter
    return None


def _reporter_of(clause: Token) -> Token | None:
    """The subject of a relative clause that reports the noun it hangs on ("the 22 deaths the ministry reported",
    "the toll that officials gave"): a verb of saying or recording whose own subject can state, not the relative
    pronoun standing for the noun ("the people who said …" are what is counted); or a verb of giving when the
    noun is the figure itself ("the 2,300 the network gave on Wednesday"; "the blankets the charity gave" were
    goods; "the 11 dead the ministry had given" were a toll: a noun that says what happened is a figure's)."""
    lemma = clause.lemma_.lower()
    noun = clause.head
    figure = noun.like_num or noun.lemma_.lower() in words("tally_nouns") or measure_word(noun.lower_) is not None
    given = lemma == "give" and figure
    # a forecast, or a demand: "the 90 the parks board wants felled" (the parser may make "wants" an auxiliary)
    wanting = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in _WANTING), None)
    expected = lemma in _EXPECTING or lemma in _WANTING or wanting is not None
    if clause.pos_ != "VERB" or (lemma not in SPEECH_LEMMAS and not given and not expected):
        return None
    subj = subject_of(clause) or next((c for c in (wanting.children if wanting else ()) if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.i < clause.head.i:
        return None
    if expected and not (subj.ent_type_ in ("PERSON", "ORG") or any(c.lower_ == "the" for c in subj.children)):
        return None  # "the 60 million the carmaker expects" is its forecast; "the 700 analysts expected" no one's
    # "a penalty of 3.2 million, which Merrow says it will appeal": the noun is what a deed someone says they will do
    # acts on, so the words are about the figure, not the figure; a deed they say they did counts it ("the 3,600
    # residents the office said it had moved", "the 40 which it says it confirmed"), and so does a deed that sets
    # the figure ("the 30 million it says it will earmark")
    deed = next((c for c in clause.children if c.dep_ == "ccomp"), None)
    if (
        deed is not None
        and subject_of(deed) is not None
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in deed.children)
        and not _giving(deed)
        and not lemma_in(deed, words("decision_verbs"))
    ):
        return None
    if subj.ent_type_ in ("PERSON", "ORG", "NORP") or (subj.pos_ in ("NOUN", "PROPN") and _can_state(subj)):
        return subj
    if subj.tag_ == "PRP" and subj.lower_ in ("he", "she", "it", "they"):
        return subj  # "the 184 it first reported": whoever the pronoun stands for, when it stands for someone
    return None


def _participant(ctx: _Context, tok: Token) -> bool:
    """Is the phrase a person or organisation the article names (directly, by pronoun or description)?"""
    speaker = ctx.source(tok)
    if speaker is None or speaker.anonymous or speaker.type not in ("PERSON", "ORG"):
        return False
    return ctx.speakers.mentions.by_name(speaker.name) is not None


def _body_by_its_kind(ctx: _Context, tok: Token) -> bool:
    """Is the phrase a body the article names only by its kind whose decisions are rulings or demands it states
    ("the court sentenced him to seven years", `ruling_bodies.txt`), or the officers of one in the plural
    ("prosecutors sought nine years", `body_officers.txt`)?"""
    lemma = tok.lemma_.lower()
    officers = tok.tag_ == "NNS" and lemma in words("body_officers")
    if lemma not in words("ruling_bodies") and not officers:
        return False
    speaker = ctx.source(tok)
    return speaker is not None and (officers or not speaker.anonymous)


def _data_source(verb: Token) -> Token | None:
    """Who a finding is by: its subject ("the poll found", "the ministry's figures showed", "figures from the
    ministry showed"); a document subject is resolved to its issuer by the speaker resolver. (A subject the parser
    read as the object of the word opening the clause is still its subject: "after the panel found that …")"""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) or subject_read_as_an_object(verb)


def _found_about(subj: Token, anchor: Token) -> bool:
    """Is a finding's subject what the finding is about, holding the figure ("people who drank six cups showed
    no benefit"), rather than the finding's own record ("a poll of 1,000 voters showed …")? Then the finding says
    nothing of who states the figure."""
    lemma = subj.lemma_.lower()
    record = lemma in words("evidence_nouns") or lemma in words("document_nouns")
    return subj.left_edge.i <= anchor.i <= subj.right_edge.i and not record


def _region_attribution(region: tuple[int, int], ctx: _Context) -> tuple[Token, Token] | None:
    """(verb, source token) of a quotation: a speech verb just after it closes, or just before it opens."""
    doc = ctx.doc
    # a region edge on whitespace gives an empty span, not None
    end_tok = doc.char_span(region[1] - 1, region[1], alignment_mode="expand")
    if end_tok:
        for t in end_tok[0].sent:
            if t.idx >= region[1] and t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB":
                subj = subject_of(t)
                if subj is not None:
                    return t, subj
    start_tok = doc.char_span(region[0], region[0] + 1, alignment_mode="expand")
    if start_tok:
        for t in reversed(list(start_tok[0].sent)):
            if t.idx < region[0] and t.lemma_ in SPEECH_LEMMAS and t.pos_ == "VERB":
                subj = subject_of(t)
                if subj is not None:
                    return t, subj
    return None


def _heard_by_its_own(sent: Span, after: int) -> tuple[Token, Token] | None:
    """(verb, owner) when the figure's sentence closes on a body's own board or committee hearing it ("… has
    cancelled 1,140 operations, its board heard on Tuesday"): the body reports it to itself, so it is the body's."""
    for verb in (t for t in sent if t.idx > after and t.lemma_ == "hear" and t.pos_ == "VERB"):
        hearer = subject_of(verb)
        owner = next((c for c in hearer.children if c.dep_ == "poss"), None) if hearer is not None else None
        if hearer is not None and hearer.lemma_.lower() in _OWN_HEARERS and owner is not None:
            return verb, owner
    return None


def _postposed(sent: Span, after: int, ctx: _Context) -> tuple[Token, Token] | None:
    """(verb, source token) of an attribution after the figure in its sentence ("…, officials said"), or of
    a next "sentence" that only attributes ("X said during a briefing."): the parser cut the sentence there,
    often after an abbreviated title ("…, Police Supt. | Ana Ruiz said.")."""
    tried = 0
    verbs = ctx.statement_verbs(sent)
    for t in verbs[bisect_right([v.idx for v in verbs], after) :]:
        if ";" in ctx.speakers.text[after : t.idx]:
            break  # "it said 6,700 had crossed; the police said 8,000": a verb past a semicolon says its own
        if _relative_on_a_noun(t):
            continue  # "beat the 2.8% economists had forecast": the clause gives that figure, not the sentence
        if t.dep_ != "conj" or _misjoined(t):
            # not "… to reopen two bridges, but critics say …": a coordinated clause says something else
            subj = postposed_subject(t, after)
            if subj is not None:
                return t, subj
            tried += 1
            if tried == 3:
                break  # the attribution of a figure follows it closely; a long run-on sentence stays linear
    doc = sent.doc
    if sent.end >= len(doc) or "\n" in doc[sent.end - 1].whitespace_ or "\n" in doc[sent.end].text:
        return None
    root = doc[sent.end].sent.root
    reports = any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in root.children)
    if root.lemma_ in SPEECH_LEMMAS and root.pos_ == "VERB" and not reports and root.i - sent.end <= 6:
        subj = subject_of(root)
        if subj is not None and subj.i < root.i:
            return root, subj
    return None


def _as_said(tok: Token) -> tuple[Token, Token] | None:
    """(verb, subject) of a clause of saying opened by "as" that hangs on a figure or its noun ("not 40 as the
    company claims", "16, as the union put it"): the figure's own source, whatever it stands beside."""
    for clause in tok.children:
        if clause.dep_ not in ("relcl", "advcl", "acl") or clause.i < tok.i or clause.lemma_ not in SPEECH_LEMMAS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        subject = subject_of(clause)
        if subject is not None and subject.tag_ not in ("WDT", "WP"):
            return clause, subject
    return None


def _according_right_after(phrase: Token) -> tuple[Token, Token] | None:
    """("according", its source) written right after a figure or its noun, no comma between: the figure's own
    source, whoever reports the clause it is in."""
    doc = phrase.doc
    if phrase.i + 2 >= len(doc) or doc[phrase.i + 1].lower_ != "according" or doc[phrase.i + 2].lower_ != "to":
        return None
    found = according_source(doc[phrase.i + 1])
    if found is None or found[0].lemma_.lower() in _FIGURE_NOUNS:
        return None  # "according to its own count": a document's, which the sentence's other readings resolve
    return doc[phrase.i + 1], found[0]


def _relative_on_a_noun(verb: Token) -> bool:
    """Is the verb a relative clause with a subject of its own on the noun before it ("the 700 units that analysts
    had expected", "the 57 percent its chair had estimated"), not an attribution after a comma the parser hung on
    a noun ("…, the union said.")?"""
    subject = subject_of(verb)
    if verb.dep_ != "relcl" or subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return False  # "Tarn Ferry Lines, which put the figure at 231": the noun itself speaks
    first = verb.left_edge
    return first.tag_ in ("WDT", "WP") or first.lower_ == "that" or (first.i > 0 and first.nbor(-1).text != ",")


def _source_of(
    q: Quantity, anchor: Token, quotes: _Quotes, regions: list[tuple[int, int]], ctx: _Context
) -> tuple[Speaker | None, str | None, int, bool]:
    """(speaker, the statement's date, where its cue sits, whether the figure's clause names a source at all)
    of the figure; see the module docstring."""
    sent = anchor.sent
    if _contrasted(anchor):
        return None, None, q.start, False  # "…, while the toll in the hills was 4,000": the outlet's own contrast
    phrase = anchor.head if anchor.dep_ == "nummod" else anchor
    own = _as_said(anchor) or _as_said(phrase)
    if own is not None and (speaker := ctx.source(own[1])) is not None:
        return speaker, ctx.date_on(own[0]), own[0].idx, True  # "not 40 as the company claims": the company's
    given = _according_right_after(phrase)
    if given is not None and (speaker := ctx.source(given[1])) is not None:
        return speaker, None, given[0].idx, True  # "900 beds, though only 600 according to the board": the board's
    told = _told_by_its_clause(anchor) if anchor.dep_ == "appos" else None
    if told is not None and (speaker := ctx.source(told[1])) is not None:
        # "the board's tally of 3,400, almost three times the 1,250 that Kelvcast says need repair": its own clause
        # says whose it is, whatever it is set beside
        return speaker, ctx.date_on(told[0]) or _when_day(told[0], ctx), told[0].idx, True
    beside = _set_beside(anchor) if anchor.dep_ != "appos" else None
    document = anchor.head if anchor.dep_ == "appos" else beside
    # (a figure coordinated with one is of its phrase too: "Merrow Dairy's tally of 2,950 cows and 310 calves")
    first = phrase
    while (
        first.dep_ == "conj"
        and first.head.i < first.i
        and first.head.pos_ in ("NOUN", "PROPN", "NUM")
        and not any(_owner_of_a_document(c) for c in first.children)  # "and the board's 52": its own owner's
    ):
        first = first.head
    if document is None and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
        document = first.head.head  # "the commission's preliminary figure of 58.3 percent"
    if document is None and first is not phrase and any(c.lower_ == "of" for c in first.children):
        document = first  # "Merrow Dairy's tally of 2,950 cows and 310 calves", the calves hung on the tally
    if document is None and (
        phrase.lower_ in _SHARE_UNITS
        or (phrase.pos_ == "NUM" and _set_against(phrase))
        # "the union tally of 40 and the board's 52": a bare figure with an owner of its own is the owner's
        or (phrase.pos_ == "NUM" and phrase.dep_ == "conj" and any(_owner_of_a_document(c) for c in phrase.children))
    ):
        # "against the ministry's 76 percent", "against Merrow's 4,100": a figure its owner gives (not a side's
        # tally, "432 votes to Calder's 426")
        document = phrase
    held_in = next(
        (g for c in phrase.children if c.dep_ == "prep" and c.lower_ in ("in", "from") for g in c.children),
        None,
    )
    if held_in is None and phrase.i + 1 < len(phrase.doc) and phrase.doc[phrase.i + 1].lower_ in ("in", "from"):
        # (written right after the figure, wherever the parser hung it: "30 more than the 382 in Orvel's log")
        held_in = next((g for g in phrase.doc[phrase.i + 1].children if g.dep_ == "pobj"), None)
        if held_in is not None and not any(_owner_of_a_document(c) for c in held_in.children):
            held_in = None
    if document is None and held_in is not None and held_in.dep_ == "pobj":
        document = held_in  # "the 228 in the operator's manifest": a figure the document holds is its owner's
    # (by the word as written too: the lemmatiser cuts some nouns short, "manifest" to "manif")
    if document is not None and (
        _figure_itself(document)
        or document.pos_ == "NUM"
        or document.lower_ in words("document_nouns")
        or (document is beside and document.lemma_.lower() in words("proposal_nouns"))
    ):
        # "The MCG's estimate of the number on board, at least 262, is higher than …": the estimate's owner's (a
        # day's, "Thursday's figure of 31", says when, not whose)
        owner = next((c for c in document.children if _owner_of_a_document(c)), None)
        owner = owner or _body_before_a_document(document)
        if owner is not None and (speaker := ctx.source(owner)) is not None:
            return speaker, _given_on(document, ctx), q.start, True
    moved = _moved_by(phrase)
    if moved is not None and (speaker := ctx.source(moved[1])) is not None:
        return speaker, ctx.date_on(moved[0]), moved[0].idx, True
    decided = _decided_by(anchor, ctx)
    if decided is not None and _ruled(decided[0]) and (speaker := ctx.source(decided[1])) is not None:
        # "the 40,000 the tribunal ordered repaid": a figure already ruled, whoever speaks of it, is the ruler's
        return speaker, ctx.date_on(decided[0]), decided[0].idx, True
    made = _made_proposal(phrase)
    if made is not None and (speaker := ctx.source(made[1])) is not None:
        # "the directors would not accept the bid of 640 dalers for each share that Orvel tabled on Monday": so
        # are a proposal's terms its maker's
        return speaker, ctx.date_on(made[0]), made[0].idx, True
    terms = _terms_called_for(anchor)
    if terms is not None and (speaker := ctx.source(terms[1])) is not None:
        # "the wage offer unveiled by Kessa Rail provides for 240 new drivers": its maker's terms, of the day it was
        # made when the sentence says
        made_on = ctx.date_on(terms[2]) if terms[2] is not None else None
        return speaker, ctx.date_on(terms[0]) or made_on, terms[0].idx, True
    agent = _agent(anchor)
    if agent is not None and (speaker := ctx.source(agent[1])) is not None:
        giving, figure_noun = agent[0], agent[0].head
        # "the figure, given by X, is 96 million" is X's statement itself, which the paragraph continues; "the 57
        # deaths confirmed by X" an aside
        said = figure_noun.head if figure_noun.dep_ == "nsubj" and figure_noun.head.lemma_ == "be" else giving
        return speaker, ctx.date_on(giving) or _when_day(giving, ctx), said.idx, True
    if _reacted_to(anchor):
        return None, None, q.start, False  # "condemned a 15% cut in night services": what they react to
    governing = _governing(anchor, ctx)
    # a clause whose speaker is someone, even one the article cannot name ("…, who have reported 40 deaths"); a
    # thing that "recorded" a total is no one
    voiced = governing is not None and (
        governing[1].ent_type_ in ("PERSON", "ORG", "NORP")
        or governing[1].tag_ == "WP"
        or (governing[1].pos_ == "NOUN" and _can_state(governing[1]))
    )
    quote = quotes.holding(q)
    if quote is not None and quote.speaker is not None:
        verb = governing[0] if governing is not None else None
        recorder = governing[2] if governing is not None else None
        # the quote's speaker, unless the quoted words themselves attribute the figure
        # ("The relief agency warned that 52,000 people need meals, the Courier reported" → relief agency), or the
        # quote is what a recorder framed by another statement records
        inside = verb is not None and quote.start <= verb.idx < quote.end and verb.idx > q.start - 400
        if inside and governing is not None and governing[1].lower_ in ("i", "we"):
            inside = False  # '"I told them the wage bill rose 20%," Stenn said': the speaker's own telling
        if inside and quote.speaker.text.split()[:1] in (["its"], ["their"]):
            inside = False  # "Corvex expects a $45mn cost, its finance chief told investors": the body's own officer
        if inside and governing is not None and _officer_of(quote.speaker, ctx.source(governing[1])):
            inside = False  # "Transdrev's chief executive, Orrell, said that the company was raising …": his word
        if (
            inside
            and governing is not None
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in governing[1].children)
        ):
            # "the KFRS said its teams had confirmed 156 homes", '"Our crews tell us 19 depots are closed," said
            # Sorrel': the speaker's own people told it
            inside = False
        if not inside and not (
            recorder is not None and quote.cue is not None and quote.cue.start <= recorder.idx < quote.cue.end
        ):
            return _told_in(quote, ctx)
    framed = governing[:2] if governing is not None else None
    for found in (
        framed,
        _according(sent, ctx),
        _in_region(q, regions, ctx),
        _postposed(sent, q.end, ctx),
        _heard_by_its_own(sent, q.end),
    ):
        if found is None:
            continue
        verb, subj = found
        speaker = ctx.source(subj)
        if speaker is not None and found is framed and quote is not None and _unnamed_document(subj, speaker):
            continue  # "X said a survey of 1,200 owners found that 34% …": what X reports, X's
        if speaker is not None:
            return speaker, ctx.date_on(verb) or _given_on(subj, ctx), verb.idx, True
    if decided is not None and (speaker := ctx.source(decided[1])) is not None:
        return speaker, ctx.date_on(decided[0]), decided[0].idx, True
    data = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    # (or of the figure's own clause, under a verb that states nothing: "members were told that the ferry
    # company's count had reached 240")
    clause = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
    owned_subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if (
        owned_subject is not None
        and owned_subject.lemma_.lower() in _FIGURE_NOUNS
        and any(_owner_of_a_document(c) for c in owned_subject.children)
    ):
        data = owned_subject
    if data is None and sent.root.pos_ == "NOUN" and not _an_act(sent.root):
        # "A snap poll by Orvel Insights released after debates ended had put Kessa on 52 percent": a sentence
        # the parser heads by its subject's noun says what that noun says
        data = sent.root
    # "the airline's offer was 6%", "the union's demand is 14%": what a proposal is said to be is its owner's terms
    proposed = data is not None and sent.root.lemma_ == "be" and data.lemma_.lower() in words("proposal_nouns")
    # (so does a count's noun owned by a participant: "the agency's toll rose to 40", "its total fell to 1.9 million")
    counted = (
        data is not None
        and data.lemma_.lower() in words("tally_nouns")
        and data.lemma_.lower() not in words("document_nouns")
    )
    if data is not None and (data.lemma_.lower() in words("document_nouns") or proposed or counted):
        # "figures released by the ministry put …"; a document no one is said to have issued ("the same
        # calculation would take 15,000 years") is not a source of its own
        owner = next((c for c in data.children if _owner_of_a_document(c)), None)
        owned = ctx.source(owner) if owner is not None else None
        if owned is not None:
            return owned, _given_on(data, ctx), q.start, voiced  # "the fire service's count … stood at 48,500ha"
        issuer = ctx.source(data) if not counted else None  # (a count no one owns is no body's document)
        if issuer is not None and not _unnamed_document(data, issuer):
            return issuer, _given_on(data, ctx), q.start, voiced
    if quote is not None and quote.speaker is not None:
        # "X said that images taken that morning showed 26,400 hectares burned": what the reported words credit
        # to no one is the reporter's
        return _told_in(quote, ctx)
    proposal = _owned_proposal(phrase)
    if proposal is not None and (speaker := ctx.source(proposal[1])) is not None:
        # "Merrow Capital's offer of 31 million dalers lapses on Friday": terms no one else tells are their owner's
        return speaker, _given_on(proposal[0], ctx), q.start, True
    return None, None, q.start, voiced


def _made_proposal(phrase: Token) -> tuple[Token, Token] | None:
    """(the clause, its subject) when the figure states the terms of a proposal a clause on it says who made:
    "the bid of 640 dalers for each share that Orvel tabled", "the 4 percent claim the union lodged"."""
    noun = _proposal_of(phrase)
    if noun is None:
        return None
    # (the parser may hang the clause on any word of the proposal's phrase: "the bid of 640 dalers for each share
    # that …")
    for clause in (t for t in noun.subtree if t.dep_ == "relcl" and t.i > noun.i):
        if clause.lemma_.lower() in words("proposing_verbs") or clause.lemma_.lower() in words("setting_verbs"):
            maker = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            if maker is not None:
                return clause, maker
    return None


def _terms_called_for(anchor: Token) -> tuple[Token, Token, Token | None] | None:
    """(the verb, the maker) when the figure is in what a proposal calls for ("The wage offer unveiled by Kessa
    Rail provides for 240 new drivers", "Ivo Tarrant's counter-offer calls for 310 drivers"): its maker is the one
    who presented it (a participle's agent), owns it, or tabled it in a relative clause; and the clause that made
    it, if any, whose day is the terms' ("unveiled on Monday")."""
    verb = next((a for a in anchor.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in words("terms_verbs")), None)
    proposal = subject_of(verb) if verb is not None else None
    if verb is None or proposal is None or proposal.lemma_.lower() not in words("proposal_nouns"):
        return None
    for c in proposal.children:
        if c.dep_ == "poss" and _owner_of_a_document(c):
            return verb, c, None
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words("proposing_verbs"):
            agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            maker = agent or next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
            if maker is not None:
                return verb, maker, c
    return None


def _proposal_of(phrase: Token) -> Token | None:
    """The proposal noun whose terms a phrase holding a figure states ("the bid of 640 dalers", "a 4 percent
    bid"), if any."""
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of":
        noun = phrase.head.head
    elif phrase.dep_ in ("compound", "nmod", "amod", "nummod"):
        noun = phrase.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in words("proposal_nouns") else None


def _owned_proposal(phrase: Token) -> tuple[Token, Token] | None:
    """(proposal, owner) when the figure states the terms of a proposal its owner's possessive names: "X's offer
    of 31 million", "X's 4 percent offer", "the guild, whose claim of 6.5 percent …"."""
    noun = _proposal_of(phrase)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and (_owner_of_a_document(c) or c.tag_ == "WP$")), None)
    return (noun, owner) if owner is not None else None


def _changes_apart(quantities: list[Quantity], doc: Doc) -> list[Quantity]:
    """Ranges that are changes read as their two figures: "from 38 to 41" on a word of change ("rose from 38 to
    41", "an increase from 38 to 41", "revised the count from 38 to 41") is a value and its earlier one, not a
    spread ("ranging from 38 to 41")."""
    out: list[Quantity] = []
    for q in quantities:
        span = (
            doc.char_span(q.start, q.end, alignment_mode="expand") if q.low is not None and q.high is not None else None
        )
        opening = doc[span.start - 1] if span is not None and span.start > 0 else None
        changed = (
            opening is not None
            and opening.lower_ == "from"
            and (
                opening.head.lemma_ in CHANGE_LEMMAS
                or opening.head.lemma_.lower() in words("change_nouns")
                or opening.head.lower_ in ("up", "down")
            )
        )
        out.extend(range_apart(q) if changed else [q])
    return out


def _set_beside(anchor: Token) -> Token | None:
    """The owned figure, document or proposal noun a phrase holding the figure is set beside after a comma, as
    what it is ("the energy board's offer, a 4 percent tariff cut with a freeze on 90 fees"), however the parser
    hung the phrase: walking up the figure's noun phrases, not crossing a clause."""
    tok = anchor
    for _ in range(8):
        edge = tok.left_edge.i
        beside = tok.doc[edge - 2] if edge >= 2 and tok.doc[edge - 1].text == "," else None
        if tok.dep_ == "appos" and tok.i > tok.head.i:
            beside = tok.head
        if (
            beside is not None
            and beside.pos_ == "NOUN"
            and (_figure_itself(beside) or beside.lemma_.lower() in words("proposal_nouns"))
            and any(_owner_of_a_document(c) for c in beside.children)
        ):
            return beside
        if (
            tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "pobj", "prep", "npadvmod")
            or tok.head.i == tok.i
        ):
            return None
        tok = tok.head
    return None


def _unnamed_document(noun: Token, speaker: Speaker) -> bool:
    """Is ``noun`` a document or a medium that names no one who issued it ("a survey", "the same calculation",
    "interviews with survivors"), resolved only to itself?"""
    lemma = noun.lemma_.lower()
    if lemma not in words("document_nouns") and lemma not in words("media_nouns"):
        return False
    return speaker.name.lower().split()[-1:] == [noun.lower_] and not any(t.pos_ == "PROPN" for t in noun.subtree)


def _officer_of(speaker: Speaker, body: Speaker | None) -> bool:
    """Does the speaker's title tie them to the body ("Transdrev Rail's chief executive" and Transdrev Rail)?"""
    if body is None or body.type != "ORG" or speaker.type != "PERSON" or not speaker.title:
        return False
    return fold(body.name) in fold(speaker.title)


def _told_in(quote: Quote, ctx: _Context) -> tuple[Speaker | None, str | None, int, bool]:
    """A figure a quote holds as its speaker's: (speaker, the quote's day, where its cue sits, True)."""
    day = quote.date if quote.date and re.fullmatch(r"\d{4}-\d\d-\d\d", quote.date) else None
    statement_date = day if day not in ctx.period_starts else None
    return ctx.quote_speaker(quote), statement_date, quote.cue.start if quote.cue else quote.start, True


def _misjoined(verb: Token) -> bool:
    """Is a speech verb the parser coordinated with the clause before it an attribution closing that clause
    ("… since Monday, Oskar Relling, director of operations, said on Thursday"): no subject of its own and no
    "and" or "but" between the two; or a subject of its own right after a comma, and nothing the verb reports
    after it ("14 were killed and 52 wounded, the regional governor, Piotr Senko, said on Saturday")?"""
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None:
        before = subject.left_edge.i - 1
        reports = any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children)
        return subject.i < verb.i and before > head.i and verb.doc[before].text == "," and not reports
    return not any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children)


def _according(sent: Span, ctx: _Context) -> tuple[Token, Token] | None:
    if sent.start not in ctx.according:  # once per sentence: a long sentence holds many figures
        ctx.according[sent.start] = _according_to(sent)
    acc = ctx.according[sent.start]
    return (acc, acc) if acc is not None else None


def _in_region(q: Quantity, regions: list[tuple[int, int]], ctx: _Context) -> tuple[Token, Token] | None:
    """The attribution of the quotation the figure sits in (``regions`` sorted; only the nearest few before
    the figure can hold it, as quotations do not nest here)."""
    k = bisect_right(regions, (q.start, len(ctx.speakers.text)))
    region = next((r for r in regions[max(0, k - 3) : k][::-1] if r[0] <= q.start and q.end <= r[1]), None)
    return _region_attribution(region, ctx) if region is not None else None


# words opening a sentence that turns away from what the sentences before it said
_TURNS = frozenset(("but", "however", "yet", "still", "meanwhile"))
_QUOTE_MARKS = frozenset('"“”')


def _closing_attribution(
    sent: Span, ctx: _Context, regions: list[tuple[int, int]]
) -> tuple[Token, Token] | bool | None:
    """How a later sentence of a figure's paragraph attributes: (verb, source token) when it closes on its
    attribution ("…, the commission said.", "…, according to the registry."), False when it attributes in another
    way (opens on its source, quotes someone, turns away with "But"), None when it attributes nothing."""
    words_ = [t for t in sent if not t.is_space]
    if not words_ or words_[0].lower_ in _TURNS:
        return False
    k = bisect_right(regions, (sent.end_char,))
    if any(a < sent.end_char and b > sent.start_char for a, b in regions[max(0, k - 3) : k]):
        return False  # a quotation's attribution is the quotation's
    last = max((t.i for t in sent if not t.is_punct and not t.is_space), default=sent.start)
    closing = _postposed(sent, sent.start_char, ctx)
    if closing is not None and (closing[0].right_edge.i < last or _reports_after(closing[0])):
        closing = None  # "The key, says Vell, is …", "…, it announced an order": what is said comes after
    acc = _according(sent, ctx)
    if acc is not None:
        at = next((t for t in sent if t.lower_ == "according"), None)
        if at is not None and at.i > 0 and ctx.doc[at.i - 1].text == "," and at.right_edge.i >= last:
            closing = closing or acc
        else:
            return False
    verbs = [v for v in ctx.statement_verbs(sent) if subject_of(v) is not None]
    if closing is None:
        return False if verbs else None
    if any(v.i < closing[0].i and v.dep_ != "ccomp" for v in verbs):
        return False  # "Kessa said …, the agency added": the sentence opens on a source of its own
    return closing


def _reports_after(verb: Token) -> bool:
    """Does the speech verb say something after it ("announced an order", "believe their plan works")?"""
    return any(c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") for c in verb.children)


def _states(tok: Token) -> bool:
    """Is the word a verb of stating with a source, or one the tagger took for a noun ("the office projects that
    …")?"""
    if not lemma_in(tok, SPEECH_LEMMAS):
        return False
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "that":
        return True
    return tok.pos_ == "VERB" and subject_of(tok) is not None  # not "were put under quarantine"


def _attribute_back(found: list[_Found], ctx: _Context, regions: list[tuple[int, int]], breaks: list[int]) -> None:
    """A figure with no attribution of its own, before any in its paragraph, is stated by the source a later
    sentence of the paragraph closes on ("Sales fell 5 percent. Truck sales fell 2.6 percent, according to the
    registry."): news writing attributes a run of sentences once, at its end. The sentences in between must
    attribute nothing, and the closing one must neither open on a source nor quote anyone."""
    doc = ctx.doc
    closing: dict[int, tuple[Token, Token] | bool | None] = {}
    own: dict[int, bool] = {}
    for f in found:
        if f.speaker is not None or f.earlier:
            continue
        span = doc.char_span(f.claim.start, f.claim.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = span[0].sent
        if sent.start not in own:
            own[sent.start] = any(_states(t) for t in sent)
        if own[sent.start]:
            continue  # the figure's own sentence attributes, in a way that did not reach the figure
        for _ in range(3):
            if sent.end >= len(doc):
                break
            sent = doc[sent.end].sent
            start = next((t.idx for t in sent if not t.is_space), sent.end_char)
            if bisect_right(breaks, start) != f.paragraph:
                break
            if sent.start not in closing:
                closing[sent.start] = _closing_attribution(sent, ctx, regions)
            found_here = closing[sent.start]
            if found_here is None:
                continue
            if isinstance(found_here, tuple):
                verb, subj = found_here
                speaker = ctx.source(subj)
                between = ctx.speakers.text[f.claim.end : verb.idx]
                if (
                    speaker is not None
                    and bisect_right(breaks, verb.idx) == f.paragraph
                    and not _QUOTE_MARKS & set(between)
                ):
                    f.inherit(speaker, verb.idx)
            break


def _credited_by_a_pointing_noun(found: list[_Found], ctx: _Context) -> None:
    """Figures with no source are credited by the sentence right after theirs when it opens on "these" or
    "those" and a figure's noun that names its own source ("Ana Rell won 4.1 million votes. These results,
    according to the commission, exclude two districts."; "Those figures, released by the ministry, …"): the
    noun points back at them, across a paragraph break too."""
    doc = ctx.doc
    credit: dict[int, Speaker | None] = {}
    for f in found:
        if f.speaker is not None or f.earlier:
            continue
        span = doc.char_span(f.claim.start, f.claim.end, alignment_mode="expand")
        if span is None or len(span) == 0 or span[0].sent.end >= len(doc):
            continue
        after = doc[span[0].sent.end].sent
        if after.start not in credit:
            credit[after.start] = _pointing_credit(after, ctx)
        speaker = credit[after.start]
        if speaker is not None:
            f.inherit(speaker)


def _pointing_credit(sent: Span, ctx: _Context) -> Speaker | None:
    """The source of a sentence that opens on "these"/"those" and a figure's noun, by "according to" or by a
    participle of giving on the noun; None for any other sentence."""
    opening = [t for t in sent if not t.is_space][:2]
    if len(opening) < 2 or opening[0].lower_ not in ("these", "those") or opening[0].head.i != opening[1].i:
        return None
    noun = opening[1]
    if noun.lemma_.lower() not in _FIGURE_NOUNS and noun.lower_ not in _FIGURE_NOUNS:
        return None  # "these results", "those figures", "these estimates"
    acc = _according(sent, ctx)
    agent = _agent(noun)
    source = acc[1] if acc is not None else agent[1] if agent is not None else None
    return ctx.source(source) if source is not None else None


# what stands between two figures of a list whose verb of saying is left out after the first ("X said six and
# the union at least 11", "X put it at 40 on Tuesday, the rescue service at 52"): what the first statement adds,
# a participant and maybe a qualifier
_GAPPED = re.compile(
    r"(?P<lead>[^,;.:\d\"“”]{0,40}?)\s*(?:,\s*(?:and|while|but)?|and|while|but|;)\s+(?P<who>[^,;.:\d\"“”]{2,80}?)"
    r"(?:\s+at)?\s*(?:at least|more than|over|about|around|nearly|almost|some|only|just|up to|as many as)?\s*"
)


# the rest of a list of changes one verb makes: ", of people hurt to " after "lifted its tally of collisions to 41"
_GAPPED_CHANGE = re.compile(r"\s*,?\s*(?:and\s+)?of [^,;.:\d\"“”]{1,60}? (?:to|at|from)\s*")


def _gapped_statements(found: list[_Found], ctx: _Context) -> None:
    """A statement whose verb of saying the sentence leaves out after the first ("Berg said five people were
    missing, the company said six and the union at least 11"), or of deciding ("X pledged $5 million and Y $2.5
    million"): the participant written right before the figure, with no verb of its own, states it, of the same
    thing as the figure before."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    for prev, f in itertools.pairwise(found):
        if f.sent_start != prev.sent_start or prev.speaker is None or prev.earlier or f.earlier:
            continue
        if f.anchor >= 0 and _said_bare(doc[f.anchor]) and prev.claim.about is not None:
            # "X said five people were missing, Y said six": a number a verb of saying takes bare counts what the
            # figure before it counted
            f.claim.about, f.claim.unit, f.claim.measure = prev.claim.about, prev.claim.unit, prev.claim.measure
        if f.speaker is None and _GAPPED_CHANGE.fullmatch(text, prev.claim.end, f.claim.start):
            f.inherit(prev.speaker, prev.cue)  # "lifted its tally of collisions to 41, of people hurt to 16"
            continue
        m = _GAPPED.fullmatch(text, prev.claim.end, f.claim.start)
        at = doc.char_span(prev.cue, prev.cue + 1, alignment_mode="expand")
        cue = at.root.head if at is not None and at.root.dep_ in ("aux", "auxpass") else at.root if at else None
        stating = cue is not None and (
            cue.lemma_ in SPEECH_LEMMAS or cue.lemma_ == "put" or lemma_in(cue, words("decision_verbs"))
        )
        if m is None or cue is None or not stating:
            continue
        if prev.anchor < 0 or not _said_outright(doc[prev.anchor], cue):
            continue  # "said it had killed 40 fighters, and rebels 12": the verb left out is the deed's
        who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="contract")
        lead = doc.char_span(m.start("lead"), m.end("lead"), alignment_mode="expand") if m.group("lead").strip() else ()
        if who is None or len(who) == 0 or any(t.pos_ in ("VERB", "AUX") for t in (*who, *(lead or ()))):
            continue  # (what the first statement adds before the list goes on, "on Tuesday", has no verb either)
        if who.root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("ADV", "ADP", "NUM") for t in who):
            continue  # "…, well above the 336 …": a comparison, not a participant
        speaker = ctx.source(who.root, (m.start("who"), m.end("who")))
        if speaker is None or _same_source(speaker.name, prev.speaker.name):
            continue
        described = ctx.speakers.mentions.by_name(speaker.name) is None
        if described and not set(fold(speaker.name).split()) <= set(fold(who.text).split()):
            # a description is named by its own words, not by the phrase the parser ran the list into
            speaker = replace(speaker, name=re.sub(r"^(?:the|a|an)\s+", "", who.text, flags=re.I))
        f.inherit(speaker, prev.cue)
        bare = f.anchor >= 0 and doc[f.anchor].dep_ not in ("nummod", "quantmod", "compound")  # no noun its own
        if prev.claim.about is not None and (f.claim.about is None or f.claim.unit == prev.claim.unit or bare):
            # the verb left out counts what it counted before ("$5 million in aid and Y $2.5 million")
            f.claim.about, f.claim.unit, f.claim.measure = prev.claim.about, prev.claim.unit, prev.claim.measure


def _said_bare(anchor: Token) -> bool:
    """Is the figure a bare number a verb of saying takes as its object ("Y said six"), with no noun of its own?"""
    return (
        anchor.dep_ == "dobj"
        and anchor.head.pos_ == "VERB"
        and anchor.head.lemma_ in SPEECH_LEMMAS
        and all(c.dep_ in ("advmod", "quantmod", "punct", "cc", "conj") for c in anchor.children)
    )


def _said_outright(anchor: Token, cue: Token) -> bool:
    """Does the figure hang on the verb of saying itself ("said six", "put the toll at 40"), with no other verb
    between?"""
    tok = anchor
    for _ in range(6):
        if tok.i == cue.i:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _respectively(found: list[_Found], ctx: _Context) -> None:
    """Figures a sentence gives "respectively" for as many coordinated sources ("The agency and the Red Cross said
    310 and 450 were injured, respectively"; "officials in the capital and in the north, who reported 1,414 and
    2,274 deaths respectively"): each figure is the source in its place."""
    doc = ctx.doc
    in_sentence: dict[int, list[_Found]] = {}
    for f in found:
        if not f.earlier:
            in_sentence.setdefault(f.sent_start, []).append(f)
    for figures in in_sentence.values():
        span = doc.char_span(figures[0].claim.start, figures[0].claim.end, alignment_mode="expand")
        if len(figures) < 2 or span is None or len(span) == 0:
            continue
        sent = span[0].sent
        if not any(t.lower_ == "respectively" for t in sent):
            continue
        figures.sort(key=lambda f: f.claim.start)
        for verb in ctx.statement_verbs(sent):
            subject = subject_of(verb)
            if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
                subject = verb.head  # "officials …, who reported": the officials
                by = [
                    p
                    for c in subject.children
                    if c.dep_ == "acl"
                    for a in c.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                ]
                subject = by[0] if by and len(_coordinated(subject)) == 1 else subject  # "those given by A and B"
            end = verb.right_edge.idx + len(verb.right_edge.text)
            told = [f for f in figures if verb.left_edge.idx <= f.claim.start < end]
            named = [ctx.source(t) for t in _coordinated(subject)] if subject is not None else []
            sources = [speaker for speaker in named if speaker is not None]
            if len(told) > 1 and len(sources) == len(named) == len(told):
                for f, speaker in zip(told, sources, strict=True):
                    f.inherit(speaker, verb.idx)
                break


def _coordinated(tok: Token) -> list[Token]:
    """The heads of a coordination ``tok`` is part of, in order ("the agency and the Red Cross")."""
    first = tok
    while first.dep_ == "conj":
        first = first.head
    heads = [first]
    k = 0
    while k < len(heads):
        heads += [c for c in heads[k].children if c.dep_ == "conj"]
        k += 1
    return sorted(heads, key=lambda t: t.i)


def _introduced_lists(found: list[_Found], ctx: _Context, breaks: list[int]) -> None:
    """A figure with no source in a list item, or in the paragraph right after an attributing line that ends in a
    colon ("The authority said:", "According to the registry:"), is stated by that line's source; a list runs on
    over its items (``figures.list_intro``)."""
    text, doc = ctx.speakers.text, ctx.doc
    starts = [0, *(b + 1 for b in breaks)]
    intro: dict[int, tuple[Speaker, str | None] | None] = {}
    by_label: dict[int, Span] = {}  # lists whose line attributes them to no one: "according to each side:"
    for f in found:
        if f.speaker is not None or f.earlier or f.paragraph == 0:
            continue
        k = f.paragraph
        if k not in intro:
            intro[k] = None
            line = list_intro(text, starts[k])
            span = doc.char_span(*line, alignment_mode="expand") if line is not None else None
            if span is not None and len(span) > 0:
                intro[k] = _introducer(span[-1].sent, ctx)
                if intro[k] is None and (acc := _according(span[-1].sent, ctx)) is not None and _each_of_them(acc[1]):
                    by_label[k] = span[-1].sent
        if k in by_label:
            _credited_by_its_label(f, by_label[k], ctx)
            continue
        said = intro[k]
        if said is None and k in intro and _BULLET_LINE.match(text, _line_start(text, f.claim.start)):
            # "Boats counted at the regatta:" then "- Skarvline Events, which ran it: 140": an item of a list whose
            # line gives no source is stated by whom its label names
            _credited_by_its_label(f, None, ctx)
            continue
        if said is not None:
            f.inherit(said[0])
            if said[1] is not None and not f.dated:
                # "According to figures from the board posted on Thursday:": its items are of the day the line gives
                f.claim.as_of, f.dated = said[1], True


def _each_of_them(tok: Token) -> bool:
    """Does a source phrase name its sources one by one ("each side", "each of them", "both camps")? Then no one
    of them says everything."""
    return tok.lower_ in ("each", "both") or any(
        c.dep_ in ("det", "predet") and c.lower_ in ("each", "both") for c in tok.children
    )


def _credited_by_its_label(f: _Found, line: Span | None, ctx: _Context) -> None:
    """An item of a list whose ``line`` attributes its figures to no one in particular ("Their counts on Friday,
    according to each of them:"), or that has none, is stated by the participant its label names ("- Kessa Rail:
    240 drivers", "- Kessa Rail, the operator: 240 drivers"), as of the day the line gives."""
    text = ctx.speakers.text
    label = _LABEL_WHO.match(text, _line_start(text, f.claim.start))
    if label is None or label.end() > f.claim.start:
        return
    end = label.end("who")
    speaker = _label_naming(ctx, label.start("who"), end)
    if speaker is None and (comma := text.find(", ", label.start("who"), end)) > 0:
        speaker = _label_naming(ctx, label.start("who"), comma)  # the name, before what it is in apposition
    if speaker is None:
        return
    f.credit(speaker)
    day = next((ctx.day_of(m) for m in _dates_in(line, ctx)), None) if line is not None else None
    if day is not None and not f.dated:
        f.claim.as_of, f.dated = day, True


# a credit in brackets right after a figure: "19 (defence ministry, 8 November)", "41,000 (IRRA)"
_BRACKET_CREDIT = re.compile(r"[ \t]*\(([^()\n]{2,80})\)")
# a fact box's line that labels its figure: "- Soldiers killed: 19 (…)", "Displaced: 41,000"
_LABELLED_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·▪][ \t]+)?(?P<label>[^:\n—–]{2,80}?)(?::|[ \t]+[—–])[ \t]*$")
_LABEL_END = re.compile(r":|[ \t][—–](?=[ \t])")
# a box line's label that credits its figures in a bracket: "- Customers affected (Tellaris): up to 1.2 million"
_LABEL_CREDIT = re.compile(r"[ \t]*(?:[-–—•*·▪][ \t]+)?[^():\n\d]{2,60}?[ \t]\(([^()\n\d]{2,60})\)[ \t]*:[ \t]*")
# the most words a box's heading has ("KEY FIGURES (as of Friday 12 September)")
_HEADING_WORDS = 12
# a box line's label that names who gives its figures and on what day: "• HBW (May 2): 4,812 ballots cast"
_LABEL_AND_DAY = re.compile(
    r"[ \t]*(?:[-–—•*·▪][ \t]+)?(?P<who>[^():\n\d]{2,60}?)[ \t]\((?P<day>[^()\n]{2,40})\)[ \t]*:[ \t]*"
)
# a box line's label that may name who gives its figures: "- Kessa Rail: 240 drivers"
_LABEL_WHO = re.compile(r"[ \t]*(?:[-–—•*·▪][ \t]+)?(?P<who>[^():\n\d]{2,60}?)[ \t]*:[ \t]*")
# a fact box's bulleted line: "* 480,000 records claimed stolen (…)"; its closing bracket credits its item too
_BULLET_LINE = re.compile(r"[ \t]*[-–—•*·▪][ \t]+")
# a bracket closing a fact box line's item after a few words of it, up to the next item or the line's end
_ITEM_CREDIT = re.compile(r"[^()\n;\d]{1,60}?[ \t]\(([^()\n]{2,80})\)[ \t]*(?=;|\n|$)")


def _own_part(sent: Span, anchor: Token) -> Span:
    """The part of a sentence a figure is in, past the last semicolon before it: a part may open on a day of its own
    ("On May 6 the board counted 90; on May 9 it said 140"), else it shares the sentence's."""
    marks = [t.i for t in sent if t.text == ";" and t.i < anchor.i]
    return sent.doc[marks[-1] + 1 : sent.end] if marks else sent


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts."""
    return text.rfind("\n", 0, at) + 1


def _in_labelled_line(text: str, at: int) -> bool:
    """Does the figure at ``at`` sit after its line's label ("Units recalled — …", "Dead: …")?"""
    line_start = _line_start(text, at)
    colon = _LABEL_END.search(text, line_start, at)
    return colon is not None and _LABELLED_LINE.search(text, max(0, line_start - 1), colon.end()) is not None


def _label_day(ctx: _Context, at: int) -> str | None:
    """The day a box line's label is, when the label is nothing but a day ("- Tuesday 22 October: 410 litres"):
    the day of the line's figure."""
    text = doc_text(ctx.doc)
    line_start = _line_start(text, at)
    colon = _LABEL_END.search(text, line_start, at)
    label = _LABELLED_LINE.search(text, max(0, line_start - 1), colon.end()) if colon is not None else None
    if label is None:
        return None
    span = ctx.doc.char_span(label.start("label"), label.end("label"), alignment_mode="expand")
    if span is None or not all(t.i in ctx.date_by_token or t.is_punct or t.is_space for t in span):
        return None
    return ctx.day_of(ctx.date_by_token.get(span[0].i))


def _item_day(ctx: _Context, sent: Span, at: int) -> str | None:
    """The one day a bulleted item with no verb names ("• 18 wells dry and 7 pumps idle by the evening of May 3;"):
    the day of all its figures, however the parser hung it."""
    if not _BULLET_LINE.match(ctx.speakers.text, _line_start(ctx.speakers.text, at)):
        return None
    if any(t.tag_ in FINITE_TAGS for t in sent):
        return None
    mentions = _dates_in(sent, ctx)
    # (not a day counted from or to: "312 sailings cancelled since Sunday")
    if any(_counted_from(m, ctx) for m in mentions):
        return None
    days = {ctx.day_of(m) for m in mentions}
    return days.pop() if len(days) == 1 else None


def _dates_in(span: Span, ctx: _Context) -> list[DateMention]:
    """The dates written in ``span``, each once, in order."""
    found: list[DateMention] = []
    for t in span:
        mention = ctx.date_by_token.get(t.i)
        if mention is not None and (not found or found[-1] is not mention):
            found.append(mention)
    return found


def _counted_from(mention: DateMention, ctx: _Context) -> bool:
    """Is a date one something is counted from or to ("since Monday", "until Friday")?"""
    before = ctx.speakers.text[max(0, mention.start - 20) : mention.start].split()[-1:]
    return mention.text.lower().startswith(tuple(_NOT_OPENING_DAYS)) or any(
        w.lower() in _NOT_OPENING_DAYS for w in before
    )


def _bracket_credit(ctx: _Context, start: int, inside: str) -> Speaker | None:
    """Who a bracket's words before their first comma name ("Karvenian defence ministry, 8 November"); None
    for words that name no one ("estimated", "up 4%")."""
    first = inside.split(",", maxsplit=1)[0]
    span = ctx.doc.char_span(start, start + len(first.rstrip()), alignment_mode="expand")
    if span is None or len(span) == 0 or any(t.like_num for t in span):
        return None
    if all(t.i in ctx.date_by_token or t.is_punct for t in span):
        return None  # "(Wednesday)": a day, no one
    credit = (span.start_char, span.end_char)
    speaker = ctx.source(span.root, credit) if span.root.pos_ in ("NOUN", "PROPN") else None
    if speaker is None and span.root.pos_ == "NOUN":
        # a body the bracket describes and the article names nowhere ("Karvenian defence ministry"): the
        # description as written, not the phrase the parser hung it on with the figure
        described = ctx.speakers.speaker(span.root, credit)
        if described is not None and described.type == "ORG":
            speaker = replace(described, name=first.strip())
    if speaker is not None and span.root.lemma_.lower() in words("document_nouns") and speaker.name.islower():
        return None  # "(latest figures)": a document no one is named as issuing speaks for no one
    if speaker is not None and speaker.name.islower() and len(span) == 1 and span.root.pos_ == "NOUN":
        # a box drops the article: "(company)" is "the company", the body the article names of that kind
        body = ctx.speakers.body_written_bare(span.root)
        if body is not None:
            speaker = replace(speaker, name=body.name, type="ORG", title=None)
    return speaker


def _label_and_its_day(ctx: _Context, label: re.Match[str]) -> tuple[Speaker | None, str | None]:
    """The participant a box line's label names and the day its bracket holds ("• HBW (May 2): 4,812 ballots cast",
    "• Returning officer Ivo Tarrant (May 3): 5,020 ballots"): a line of who said what when. A label naming no one
    the article names ("Halls closed early (May 3):") counts the figures; a bracket that is more than a day is read
    as a credit."""
    inside = ctx.doc.char_span(label.start("day"), label.end("day"), alignment_mode="expand")
    if inside is None or not all(t.i in ctx.date_by_token or t.is_punct for t in inside):
        return None, None
    speaker = _label_naming(ctx, label.start("who"), label.end("who"))
    return speaker, ctx.day_of(ctx.date_by_token[inside[0].i]) if speaker is not None else None


def _label_naming(ctx: _Context, start: int, end: int) -> Speaker | None:
    """The participant a box line's label between ``start`` and ``end`` names: it ends on a person's or a body's
    name, whatever the parser made of the words before it, or is a body's acronym."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    mentions = ctx.speakers.mentions
    name = mentions.entity_at(span.end_char - 1, span.end_char)
    named = None
    if name is not None and name.label in ("PERSON", "ORG") and name.end == span.end_char:
        named = ctx.doc.char_span(name.start, name.end, alignment_mode="expand")
    if named is None and (written := ctx.speakers.labelled_participant(span.start_char, span.end_char)) is not None:
        return written
    if named is None and (len(span) > 1 or mentions.body_by_acronym(span.text) is None):
        return None
    head = named.root if named is not None else span.root
    return ctx.source(head, (span.start_char, span.end_char))


def _names_a_person(ctx: _Context, start: int, end: int) -> bool:
    """Does the label between ``start`` and ``end`` name a person ("• Ines Calder (Harbour Party): 38,415 votes")?
    A bracket after a person's name says whom the person stands for, not who gives the figure."""
    name = ctx.speakers.text[start:end].strip(" \t-–—•*·▪")
    chain = ctx.speakers.mentions.by_name(name) if name else None
    if chain is None and name:
        chain = ctx.speakers.mentions.person_by_surname(name.split()[-1], start)
    if chain is not None:
        return chain.type == "PERSON" and same_person(name, chain.name)
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _credited_in_brackets(found: list[_Found], ctx: _Context) -> None:
    """A figure followed by a bracket that names who gives it, and maybe the day ("Soldiers killed: 19
    (Karvenian defence ministry, 8 November)"), is that body's, of that day: a fact box credits each line. A
    bracket holding only a day dates its figure ("Dead: 12 (12 Sep), 31 (13 Sep), coast guard"), and a name
    closing the box line's part (up to a semicolon) after the last comma credits its figures. The line's label
    before a colon is what its figures count."""
    text, doc = ctx.speakers.text, ctx.doc
    for f in found:
        number = doc[f.anchor] if f.anchor >= 0 else None
        after = number.idx + len(number.text) if number is not None else f.claim.end
        after += text.startswith("+", after)  # "18,000+ (UNADP)": the sign is the figure's ("more than")
        m = _BRACKET_CREDIT.match(text, after) or _BRACKET_CREDIT.match(text, f.claim.end)
        if m is None and (
            _in_labelled_line(text, f.claim.start) or _BULLET_LINE.match(text, _line_start(text, f.claim.start))
        ):
            # "Units recalled — …; up to 600,000 still in homes (Consumer Voice, 6 Feb)": the bracket closing
            # the line's item credits the item's figure
            m = _ITEM_CREDIT.match(text, f.claim.end)
        if m is None:
            label = _LABEL_CREDIT.match(text, _line_start(text, f.claim.start))
            credited = (
                _bracket_credit(ctx, label.start(1), label.group(1))
                if label and label.end() <= f.claim.start and not _names_a_person(ctx, label.start(), label.start(1))
                else None
            )
            dated_label = _LABEL_AND_DAY.match(text, _line_start(text, f.claim.start)) if credited is None else None
            if dated_label is not None and dated_label.end() <= f.claim.start:
                credited, day = _label_and_its_day(ctx, dated_label)
                if credited is not None and day and not f.dated:
                    f.claim.as_of, f.dated = day, True
            if credited is not None:
                f.credit(credited)
            continue
        inside = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        days = [ctx.date_by_token[t.i] for t in inside or () if t.i in ctx.date_by_token]
        speaker = _bracket_credit(ctx, m.start(1), m.group(1))
        only_a_day = bool(days) and all(t.i in ctx.date_by_token or t.is_punct for t in inside or ())
        if speaker is None and not only_a_day:
            continue
        if speaker is None:
            speaker = _closing_name(f, m.end(), ctx)
        if speaker is not None:
            f.credit(speaker)
        if f.claim.end > m.start():  # the credit is no part of the figure's words
            f.claim.end = m.start()
            f.claim.text = text[f.claim.start : f.claim.end]
        if f.claim.unit is not None and re.search(rf"\b{re.escape(f.claim.unit)}\b", m.group(1), re.IGNORECASE):
            f.claim.unit = None  # nor is a noun of the credit what the figure counts ("19 (… ministry", "12 (12 Sep")
        if days and (day := ctx.day_of(days[0])):
            f.claim.as_of, f.dated = day, True
        label = _LABELLED_LINE.search(text, max(0, f.claim.start - 82), f.claim.start)
        if label is None:
            # "Dead: 12 (12 Sep), 31 (13 Sep)": the label is every credited figure's on its line
            line_start = max(0, text.rfind("\n", 0, f.claim.start))
            colon = _LABEL_END.search(text, line_start, f.claim.start)
            label = _LABELLED_LINE.search(text, line_start, colon.end()) if colon is not None else None
        if label is not None:
            about = label.group("label").strip()
            word = about.split()[0]
            if word[1:].islower() and re.search(rf"\b{re.escape(word.lower())}\b", text):
                about = about[:1].lower() + about[1:]  # "Displaced:" opens its line; the article writes it lower
            f.claim.about = about
            f.claim.measure = measure_of(about) or f.claim.measure


def _read_under_box_heading(found: list[_Found], ctx: _Context) -> None:
    """A box line's figure that states no day of its own ("Displaced: 18,000 (relief agency)") is of the day the
    box's heading states ("KEY FIGURES (as of Friday 12 September)"), unless it is an earlier value ("previously
    410"): the short line with no full stop and no figure of its own right above the box's lines of figures (blank
    lines between them aside); one that names no source is the source's whose document the heading names ("Kessa
    Health Agency figures by region:", "The agency's count:")."""
    text, doc = ctx.speakers.text, ctx.doc
    box_lines = {_line_start(text, f.claim.start) for f in found if _in_labelled_line(text, f.claim.start)}
    for f in found:
        if (f.dated and f.speaker is not None) or f.anchor < 0 or not _in_labelled_line(text, f.claim.start):
            continue
        end = text.rfind("\n", 0, f.claim.start)
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if line and start not in box_lines:
                if len(line.split()) <= _HEADING_WORDS and not line.endswith("."):
                    span = doc.char_span(start, end, alignment_mode="contract")
                    days = [d for t in span or () if (d := ctx.day_of(ctx.date_by_token.get(t.i)))]
                    if days and not f.dated and not f.earlier:
                        f.claim.as_of, f.dated = days[0], True
                    issuer = _heading_issuer(span, ctx) if span is not None and f.speaker is None else None
                    if issuer is not None:
                        f.inherit(issuer)
                break
            end = start - 1


def _heading_issuer(heading: Span, ctx: _Context) -> Speaker | None:
    """Whose document a box's heading names: the owner of its document noun ("Kessa Health Agency figures",
    "the agency's count") or who it is "from" or "by"; none for a heading that only says it heads a box ("KEY
    FIGURES", "At a glance")."""
    if SUMMARY_HEADING.match(heading.text.strip(" -–—|•*·[](){}<>«»=_#~┌─│")):
        return None
    for noun in heading:
        if noun.pos_ != "NOUN" or not (
            noun.lemma_.lower() in words("document_nouns") or noun.lower_ in words("document_nouns")
        ):
            continue
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("PROPN", "NOUN")]
        owners += [g for c in noun.children if c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            if owner.lemma_.lower() in words("document_nouns"):
                continue  # "casualty figures": what the figures are, not whose
            speaker = ctx.source(owner)
            if speaker is not None and speaker.type in ("ORG", "PERSON"):
                return speaker
    return None


def _closing_name(f: _Found, after: int, ctx: _Context) -> Speaker | None:
    """The name that closes a box line's part after its last comma ("Dead: 12 (12 Sep), 31 (13 Sep), coast
    guard"; parts end at a semicolon), for a figure of that part; None when the part ends on anything else."""
    text = ctx.speakers.text
    end = min((i for i in (text.find(";", after), text.find("\n", after)) if i >= 0), default=len(text))
    part = text[after:end]
    closing = part.rsplit(",", 1)
    if len(closing) < 2 or re.search(r"[\d():]", closing[1]) or not 1 <= len(closing[1].split()) <= 6:
        return None
    start = after + len(closing[0]) + 1
    start += len(closing[1]) - len(closing[1].lstrip())
    return _bracket_credit(ctx, start, closing[1].strip())


def _led_by_a_colon(found: list[_Found], ctx: _Context) -> None:
    """Figures after a colon that closes a clause giving them ("The NDRA updated its figures on Saturday: the
    death toll now stands at 97, up from 88") are that clause's source's, of its day."""
    doc, text = ctx.doc, ctx.speakers.text
    for f in found:
        if f.speaker is not None or f.anchor < 0:
            continue
        sent = doc[f.anchor].sent
        colon = next((t for t in reversed(doc[sent.start : f.anchor]) if t.text == ":"), None)
        if colon is None or "\n" in text[colon.idx : f.claim.start]:
            continue
        lead = [
            t for t in doc[sent.start : colon.i] if t.pos_ == "VERB" and (_gives_figures(t) or t.lemma_ in _UPDATING)
        ]
        subj = subject_of(lead[-1]) if lead else None
        speaker = ctx.source(subj) if subj is not None else None
        if speaker is None:
            continue
        f.inherit(speaker, lead[-1].idx)
        day = ctx.date_on(lead[-1])
        if day and not f.dated:
            f.claim.as_of, f.dated = day, True


# a figure heading a line of a box of figures: "- 4,100: flights cancelled, the airline's earlier count"
_HEADED_LINE = re.compile(r"[^\s:]{0,3}[ \t]*:[ \t]+(?P<rest>[^\n]+)")  # "4,100: …", "98%: …"
_NOT_OPENING_DAYS = ("since", "until", "till", "after", "before", "from", "between")
_LINE_PHRASE_ENDS = frozenset(("as", "according", "by", "on", "in", "at", "last", "this", "since"))
# a line that credits its figure in closing brackets, with or without a day: "(Varden Water Board, 12 May)"
_LINE_CREDIT = re.compile(r"\(([^()\n]{2,80})\)[\s.]*$")
# what may stand before the figure on its line: a bullet, a sign or a currency's code ("• OSR 45 million: …")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*·▪][ \t]+)?[^\s]{0,3}[ \t]?$")


# a figure that heads its line before a dash: "• 5,200 — the march organiser, Merrow Lines, which …"
_DASHED_LINE = re.compile(r"[^\s—–]{0,3}[ \t]*[—–][ \t]+(?P<rest>[^\n]+)")


def _credited_after_a_dash(found: list[_Found], ctx: _Context) -> None:
    """A figure that heads its line before a dash and who gives it ("• 5,200 — the march organiser, Merrow Lines,
    which hired stewards"; "• 3,900 — the harbour police, which later raised its count from 3,100") is that
    participant's, and so is every figure of the line no one else gives: the line tells how the source came to it.
    Only a participant the article names credits: "• 1,200 — jobs cut at the plant" says what is counted."""
    doc, text = ctx.doc, ctx.speakers.text
    credit_of: dict[int, Speaker] = {}
    for f in found:
        if f.anchor < 0:
            continue
        number = doc[f.anchor]
        line = _DASHED_LINE.match(text, number.idx + len(number.text))
        if line is None or not _LINE_OPENING.search(text, max(0, f.claim.start - 40), f.claim.start):
            continue
        first = re.split(r"[,;(]", line.group("rest"), maxsplit=1)[0].rstrip()
        span = doc.char_span(line.start("rest"), line.start("rest") + len(first), alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.pos_ not in ("NOUN", "PROPN"):
            continue
        speaker = ctx.source(span.root, (span.start_char, span.end_char))
        if speaker is not None and ctx.speakers.mentions.by_name(speaker.name) is not None:
            credit_of[_line_start(text, f.claim.start)] = speaker
    for f in found:
        speaker = credit_of.get(_line_start(text, f.claim.start))
        if speaker is not None and f.speaker is None:
            f.credit(speaker)


def _figure_headed_lines(found: list[_Found], ctx: _Context) -> None:
    """A figure that heads its line before a colon, as a box of figures writes it ("- $25mn: fine proposed by the
    transport authority last Thursday", "- 4,100: flights cancelled, the airline's earlier count"), is of the
    noun phrase after the colon; an agent of its participle ("proposed by …"), an owner of a tally noun
    ("the airline's count") or a name the line closes on in brackets ("(Varden Water Board, 12 May)") is its
    source, and a day in the line its day."""
    doc, text = ctx.doc, ctx.speakers.text
    for f in found:
        c = f.claim
        if f.anchor < 0:
            continue
        number = doc[f.anchor]
        # the figure's words may go on past its number: "OSR 45 million: …"
        line = _HEADED_LINE.match(text, number.idx + len(number.text)) or _HEADED_LINE.match(text, c.end)
        if line is None or not _LINE_OPENING.search(text, max(0, c.start - 40), c.start):
            continue
        rest = doc.char_span(line.start("rest"), line.end("rest"), alignment_mode="expand")
        if rest is None:
            continue
        head = next((t for t in rest if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or head.i > rest.start + 2:
            continue
        # what it counts: the phrase up to who says it or when ("refunds paid to passengers", "fine proposed")
        end = head.i
        while end + 1 < rest.end:
            t = doc[end + 1]
            if t.is_punct or t.i in ctx.date_by_token or t.lower_ in _LINE_PHRASE_ENDS or t.dep_ == "agent":
                break
            end += 1
        counted = doc[head.i : end + 1].text
        c.about, c.measure = counted, measure_of(counted) or c.measure
        if f.speaker is None:
            for t in rest:
                owner = t.dep_ == "poss" and t.head.lemma_.lower() in words("tally_nouns")
                agent = t.dep_ == "pobj" and t.head.dep_ == "agent"
                speaker = ctx.source(t) if owner or agent else None
                if speaker is not None:  # the line's own statement: no day of the lines around it
                    f.speaker, f.cue, c.source, c.source_type = speaker, t.idx, speaker.name, speaker.type
                    break
            credit = _LINE_CREDIT.search(line.group("rest"))
            if f.speaker is None and credit is not None and re.match(r"[^,]*[A-Z]", credit.group(1)):
                # a name, not a note on the figure ("(latest figures)")
                start = line.start("rest") + credit.start(1)
                speaker = _bracket_credit(ctx, start, credit.group(1))
                if speaker is not None:
                    f.speaker, f.cue, c.source, c.source_type = speaker, start, speaker.name, speaker.type
        days = [ctx.day_of(ctx.date_by_token[t.i]) for t in rest if t.i in ctx.date_by_token]
        if days and days[0] and not f.dated:
            c.as_of, f.dated = days[0], True


# an earlier value a day or a week before the figure it is compared with ("up from 14 a day earlier")
_DAYS_BACK = re.compile(
    r"[ \t]+(?:\w+[ \t]+){0,2}?(?:(?:a|one|the)[ \t]+(?P<unit>day|week)[ \t]+(?:earlier|before)"
    r"|(?P<count>\d{1,2}|" + "|".join(SMALL_NUMBERS) + r")[ \t]+(?P<units>days|weeks)[ \t]+earlier"
    r"|(?:on[ \t]+)?the[ \t]+(?:previous|prior)[ \t]+(?P<prior>day|week))\b",
    re.IGNORECASE,
)


def _days_back(day: str, back: re.Match[str]) -> str:
    """The day a ``_DAYS_BACK`` match ("a day earlier", "three days earlier", "the previous week") puts before
    ``day``."""
    count = back.group("count")
    times = 1 if count is None else int(count) if count.isdigit() else SMALL_NUMBERS[count.lower()]
    step = 7 if (back.group("unit") or back.group("units") or back.group("prior")).lower().startswith("week") else 1
    return (date.fromisoformat(day) - timedelta(days=step * times)).isoformat()


# verbs by which a source gives new figures without saying them ("updated its figures", "revised its count")
_UPDATING = frozenset(("update", "revise", "give", "provide"))


def _told_as_the_figure_given(found: list[_Found], ctx: _Context) -> None:
    """A figure set beside "the figure it gave on Wednesday" ("stood at 48,500ha, the figure it gave on
    Wednesday") is of that day, and the giver's when the figure has no source of its own: a tally noun just
    after it, set off by a comma, whose relative clause of giving or saying is dated."""
    doc = ctx.doc
    for f in found:
        if f.anchor < 0 or f.earlier:
            continue
        words_ = doc.char_span(f.claim.start, f.claim.end, alignment_mode="expand")
        if words_ is None or words_.end + 2 >= len(doc) or doc[words_.end].text != ",":
            continue
        k = words_.end + 1
        if doc[k].lower_ in ("the", "a", "its", "their"):
            k += 1
        noun = doc[k]
        if noun.lemma_.lower() not in words("tally_nouns"):
            continue
        clause = next((c for c in noun.children if c.dep_ == "relcl" and _giving(c)), None)
        day = ctx.date_on(clause) if clause is not None else None
        if clause is None or day is None:
            continue
        f.claim.as_of, f.dated = day, True
        if f.claim.source is None and (giver := subject_of(clause)) is not None:
            speaker = ctx.source(giver)
            if speaker is not None:
                f.speaker, f.claim.source, f.claim.source_type = speaker, speaker.name, speaker.type


# a line or sentence closing on a day in brackets: "- 190 infected, 14 dead (October 24)"
_CLOSING_BRACKET = re.compile(r"\(([^()\n]{3,40})\)[ \t]*[.;]?[ \t]*(?:\n|$)")


def _dated_by_a_closing_bracket(found: list[_Found], ctx: _Context) -> None:
    """Figures of a sentence that closes its line on a day in brackets, and names no other day, are of that day
    ("- 190 infected, 14 dead (October 24)"): the bracket dates the line, not only the figure written next to it."""
    text = doc_text(ctx.doc)
    for f in found:
        if f.earlier or f.period:
            continue
        line_end = text.find("\n", f.claim.end)
        line_end = len(text) if line_end < 0 else line_end
        bracket = _CLOSING_BRACKET.search(text, f.claim.end, line_end + 1)
        if bracket is None or bracket.end() < line_end or f.anchor < 0:
            continue
        sentence = tokens(ctx.doc)[f.anchor].sent
        if bracket.start() >= sentence.end_char:
            continue  # (a bracket closing a later sentence of the paragraph says nothing of this one)
        inside = [d for d in ctx.date_mentions if bracket.start(1) <= d.start and d.end <= bracket.end(1)]
        day = ctx.day_of(inside[0]) if len(inside) == 1 and inside[0].granularity == "day" else None
        if day is None or not _only_when_given(ctx, bracket.start(1), bracket.end(1), inside[0]):
            continue
        line_start = _line_start(text, f.claim.start)
        if any(line_start <= d.start < bracket.start() for d in ctx.date_mentions):
            continue  # a line that names a day of its own dates its figures itself
        f.claim.as_of, f.dated = day, True


def _only_when_given(ctx: _Context, start: int, end: int, day: DateMention) -> bool:
    """Does a bracket's text say only when figures were given: its day, alone or after words that say the figures
    were given then ("figures released on October 28", "as of October 28")?"""
    words_ = ctx.doc.char_span(start, end, alignment_mode="expand")
    if words_ is None:
        return False
    return all(
        day.start <= t.idx < day.end
        or t.lower_ in ("on", "as", "of")
        or _giving(t)
        or t.lemma_.lower() in words("tally_nouns")
        or t.lemma_.lower() in words("document_nouns")
        for t in words_
    )


def _dated_after(found: list[_Found], ctx: _Context) -> None:
    """Figures dated by the sentence after them: "Eleven soldiers have been killed, according to the spokesman.
    He gave the figures at a briefing on Tuesday." — a sentence whose verb gives "the figures" (a tally noun) on
    a day, said of their source or by a pronoun, dates the undated figures of that source in the sentence
    before."""
    doc = ctx.doc
    toks = tokens(doc)
    for sent in doc.sents:
        if sent.start == 0:
            continue
        for verb in (
            t for t in toks[sent.start : sent.end] if t.pos_ == "VERB" and (_gives_figures(t) or t.lemma_ == "give")
        ):
            tally = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TALLY_UNITS), None)
            denied = any(c.dep_ == "neg" for c in verb.children) or (
                tally is not None and any(c.lower_ in ("no", "new", "other", "different") for c in tally.children)
            )  # "gave no figures", "gave new figures": not the ones before
            day = ctx.date_on(verb) if tally is not None and not denied else None
            subj = subject_of(verb)
            if day is None or subj is None:
                continue
            speaker = None if subj.pos_ == "PRON" else ctx.source(subj)
            before = doc[sent.start - 1].sent
            for f in found:
                same = speaker is None or _same_source(f.claim.source, speaker.name)
                if f.sent_start == before.start_char and not f.dated and f.claim.source is not None and same:
                    f.claim.as_of, f.dated = day, True


def _dated_by_the_event_opening_the_paragraph(found: list[_Found], ctx: _Context, breaks: list[int]) -> None:
    """ "The ferry ran aground off Merrow on Sunday. The coastguard said it had lifted 31 people from the deck.": a
    paragraph that opens on an event of a day before the article's tells of that day; a figure stated later in it in
    the past tense, with no day of its own and none written between, is of that day."""
    doc, text = ctx.doc, ctx.speakers.text
    opened: dict[int, tuple[int, str | None]] = {}  # paragraph -> (end of its first sentence, the day it gives)
    for f in found:
        if f.dated or f.earlier or f.period or f.claim.source is None or f.cue >= len(text):
            continue
        if f.paragraph not in opened:
            start = breaks[f.paragraph - 1] + 1 if f.paragraph > 0 else 0
            while start < len(text) and text[start].isspace():
                start += 1
            first = doc.char_span(start, start + 1, alignment_mode="expand")
            day = None
            end = start
            if first is not None and len(first):
                sent = first[0].sent
                root, end = sent.root, sent.end_char
                event = root.pos_ == "VERB" and root.lemma_ not in SPEECH_LEMMAS and not _states(root)
                day = ctx.date_on(root) if event and root.tag_ == "VBD" else None
            opened[f.paragraph] = (end, day if day is not None and ctx.published and day < ctx.published else None)
        end, day = opened[f.paragraph]
        if day is None or f.sent_start < end:
            continue
        cue = doc.char_span(f.cue, f.cue + 1, alignment_mode="expand")
        if cue is None or not len(cue) or cue[0].tag_ != "VBD":
            continue  # "says": of the day it is written
        if any(end <= a < f.claim.start for a, _ in ctx.date_spans):
            continue  # a day written since
        f.claim.as_of, f.dated = day, True


def _according_runs(found: list[_Found], ctx: _Context, breaks: list[int]) -> None:
    """A paragraph of figures that attributes nothing, right after a paragraph opening on "According to X," (or
    after such a paragraph that continued it), is X's too: a run of figures under one stated source."""
    text, doc = ctx.speakers.text, ctx.doc
    starts = [0, *(b + 1 for b in breaks)]

    def bounds(k: int) -> tuple[int, int]:
        return starts[k], breaks[k] if k < len(breaks) else len(text)

    opening: dict[int, Speaker | None] = {}
    silent: dict[int, bool] = {}
    carried: dict[int, Speaker] = {}  # paragraph -> the source it continued
    by_paragraph: dict[int, list[_Found]] = {}
    for f in found:
        by_paragraph.setdefault(f.paragraph, []).append(f)
    for k in sorted(by_paragraph):
        figures = by_paragraph[k]
        if any(f.speaker is not None for f in figures):
            continue
        j = k - 1  # the paragraph before, over blank lines
        while j >= 0 and not text[slice(*bounds(j))].strip():
            j -= 1
        if j < 0:
            continue
        if j not in opening:
            opening[j] = _opens_according(doc, *bounds(j), ctx)
        source = carried.get(j) or opening[j]
        if source is None:
            continue
        if k not in silent:
            a, b = bounds(k)
            span = doc.char_span(a, b, alignment_mode="expand")
            silent[k] = (
                span is not None
                and not _QUOTE_MARKS & set(text[a:b])
                # no verb of stating, not even without a subject ("is estimated at 40,000")
                and not any(_states(t) or (t.pos_ == "VERB" and t.lemma_ in SPEECH_LEMMAS) for t in span)
                and not any(t.lower_ == "according" for t in span)
            )
        if not silent[k]:
            continue
        for f in figures:
            if not f.earlier:
                f.inherit(source)
        carried[k] = source


def _opens_according(doc: Doc, start: int, end: int, ctx: _Context) -> Speaker | None:
    """The source of a paragraph that opens on "According to X,"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in span if not t.is_space), None) if span is not None else None
    if first is None or first.lower_ != "according":
        return None
    acc = _according(first.sent, ctx)
    return ctx.source(acc[1]) if acc is not None else None


_TABLE_TOTALS = frozenset({"total", "totals", "all", "overall", "national", "nationally", "country"})


@dataclass(slots=True)
class _Cell:
    """A figure that fills a cell of a table's row: its column's name, its row's label, where the table starts."""

    column: str
    row: str
    table_start: int


def _table_cell(text: str, start: int, end: int) -> _Cell | None:
    """The cell a figure fills alone in a row of a table whose first row names the columns ("Region | Dead |
    Missing" over "Ardal | 6 | 2"), its rows as paragraphs or lines; None for any other figure."""
    line_start = _line_start(text, start)
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    cells = table_cells(line)
    if len(cells) < 3:
        return None
    # which cell: the separators written before the figure
    before = text[line_start:start].lstrip()
    if line.count("|") >= 2 or line.count("\t") >= 2:
        k = before.lstrip("|").count("|" if line.count("|") >= 2 else "\t")
    else:
        k = len(re.findall(r"[ \t]{2,}", before))  # a line aligned in columns by runs of spaces
    if k == 0 or k >= len(cells) or cells[k] != text[start:end].strip():
        return None  # the row's label, or a figure among words of a cell
    # the rows above, as far as the first row without figures: the row of column names
    at = line_start
    while at > 0:
        row_start = text.rfind("\n", 0, at - 1) + 1
        above, at = text[row_start:at].strip(), row_start
        if not above:
            continue
        names = column_names(table_cells(above), len(cells))
        if names is None:
            return None
        if not any(re.search(r"\d", c) for c in names[1:]):
            return _Cell(names[k], cells[0], row_start)
    return None


@dataclass(slots=True)
class _Row:
    """A figure that gives a line of a box of figures: the line's label, where the box's lines start and end."""

    label: str
    box_start: int
    box_end: int


def _box_row(text: str, start: int) -> _Row | None:
    """The line of a box of figures whose figure starts at ``start`` ("Lifejackets ........ 6", "Displaced:
    18,000"), in a box of two such lines or more (blank lines between them aside); None for any other figure."""
    line_start = _line_start(text, start)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    row = box_row(text[line_start:line_end])
    if row is None or not line_start + row.start("figure") <= start <= line_start + row.end("figure"):
        return None
    if re.search(r"\d", text[line_start + row.start("figure") : start]):
        return None  # a second figure of the line's (the first is its figure)

    def rows_from(at: int, step: int) -> int:
        """Where the box's lines end (``step`` 1) or start (-1), from the line starting at ``at``."""
        edge = at
        while True:
            if step > 0:
                nxt = text.find("\n", edge)
                if nxt < 0:
                    return len(text)
                following = nxt + 1 + len(text[nxt + 1 :]) - len(text[nxt + 1 :].lstrip("\n"))
                end = text.find("\n", following)
                end = len(text) if end < 0 else end
                if following >= len(text) or box_row(text[following:end]) is None:
                    return nxt
                edge = following
            else:
                above_end = len(text[:edge].rstrip("\n"))
                if above_end <= 0:
                    return edge
                above = _line_start(text, above_end)
                if box_row(text[above:above_end]) is None:
                    return edge
                edge = above

    box_start, box_end = rows_from(line_start, -1), rows_from(line_start, 1)
    if box_start == line_start and box_end <= line_end:
        return None  # one line of a label and a figure is a sentence's, not a box's
    return _Row(row["label"].strip(), box_start, box_end)


def _row_claim(q: Quantity, row: _Row, span: Span, ctx: _Context, breaks: list[int]) -> _Found:
    """The claim of a box's line: what its label says, stated by whoever the line closing the box names ("Source:
    Kessa Port Authority, Friday noon") or the box's heading names as issuing it ("Kessa Health Agency
    figures:"), as of the day either gives; a bracket on the line credits it later (``_credited_in_brackets``)."""
    text = doc_text(ctx.doc)
    speaker, day = None, None
    below = text[row.box_end :].lstrip("\n")
    below_start = len(text) - len(below)
    source = BOX_SOURCE.match(below.split("\n", 1)[0])
    heading_end = len(text[: row.box_start].rstrip("\n"))
    if source is None:
        # "Source: …" under the box's heading, right above its lines
        above = _line_start(text, heading_end)
        source, below_start = BOX_SOURCE.match(text[above:heading_end]), above
        if source is not None:
            heading_end = len(text[:above].rstrip("\n"))
    if source is not None:
        at = below_start + source.start("source")
        credit = ctx.doc.char_span(at, at + len(source["source"]), alignment_mode="expand")
        day = next((d for t in credit or () if (d := ctx.day_of(ctx.date_by_token.get(t.i)))), None)
        # who the line names before a comma or a figure ("Kessa Mining annual report 2025": its issuer); one that
        # resolves to no one is named as the line writes it ("Pell town hall")
        named = re.split(r"[,;(]|\s\d", source["source"], maxsplit=1)[0].strip()
        named_span = ctx.doc.char_span(at, at + len(named), alignment_mode="expand") if named else None
        if named_span is not None and not named[0].isdigit():
            speaker = (
                _heading_issuer(named_span, ctx)
                or _bracket_credit(ctx, at, named)
                or Speaker(named, named, at, at + len(named), "ORG")
            )
    heading = ctx.doc.char_span(_line_start(text, heading_end), heading_end, alignment_mode="contract")
    if heading is not None and len(heading) <= _HEADING_WORDS:
        speaker = speaker or _heading_issuer(heading, ctx)
        day = day or next((d for t in heading if (d := ctx.day_of(ctx.date_by_token.get(t.i)))), None)
    label_day = _label_day(ctx, q.start)
    day = label_day or day  # "- Tuesday 22 October: 410 litres": a line whose label is its day
    qualifier, _ = qualifier_of(text, q, span[0])
    if label_day is not None:
        # a day says nothing of what is counted: the line's own words do ("- Tuesday 11 June: 1,340 volunteers")
        fig = read_figure(text, q, span)
        counted = fig.counted or fig.about
        return _laid_out(
            q, span, ctx, breaks, speaker, day, fig.unit, fig.about, counted, fig.measure, fig.place, qualifier
        )
    label = row.label
    word = label.split()[0]
    if word[1:].islower() and re.search(rf"\b{re.escape(word.lower())}\b", text):
        label = label[:1].lower() + label[1:]  # "Displaced:" opens its line; the article writes it lower
    return _laid_out(q, span, ctx, breaks, speaker, day, None, label, label, measure_of(label), None, qualifier)


def _cell_claim(q: Quantity, cell: _Cell, span: Span, ctx: _Context, breaks: list[int]) -> _Found:
    """The claim of a table's cell: what its column counts, in its row's place (none for a total row), stated by
    whoever the paragraph before the table says gives the figures, as of its day."""
    text = doc_text(ctx.doc)
    column = cell.column.lower()
    state = table("state_words").get(column)
    unit = "people" if state else (column.split()[0] if column.split() else None)
    counted = f"people {state}" if state else column
    total = cell.row.lower() in _TABLE_TOTALS or not cell.row[:1].isupper()
    place = None if total else cell.row
    about = counted if total else f"{counted} in {cell.row}"
    speaker, day = None, None
    intro_end = text.rfind("\n", 0, max(0, cell.table_start - 1))
    intro = ctx.doc.char_span(_line_start(text, max(0, intro_end)), max(0, intro_end), alignment_mode="expand")
    if intro is not None and len(intro) > 0:
        for sent in {t.sent.start: t.sent for t in intro}.values():
            said = _introducer(sent, ctx) if speaker is None else None
            speaker = said[0] if said is not None else speaker
        if len(intro) <= _HEADING_WORDS:
            speaker = speaker or _heading_issuer(intro, ctx)  # "Kessa Relief Office figures, noon Friday"
        dated = [ctx.day_of(ctx.date_by_token[t.i]) for t in intro if t.i in ctx.date_by_token]
        day = next((d for d in reversed(dated) if d), None)
    # (a column naming what befell its things, "Homes flooded", says the measure as written)
    measure = measure_of(counted) or (column.split()[-1] if unit != column and column.endswith("ed") else None)
    return _laid_out(q, span, ctx, breaks, speaker, day, unit, about, counted, measure, place, None)


def _laid_out(
    q: Quantity,
    span: Span,
    ctx: _Context,
    breaks: list[int],
    speaker: Speaker | None,
    day: str | None,
    unit: str | None,
    about: str | None,
    counted: str | None,
    measure: str | None,
    place: str | None,
    qualifier: str | None,
) -> _Found:
    """The claim of a figure a table or a box lays out, of what its layout says it counts, as of ``day`` (stated)
    or the publication day."""
    claim = Claim(
        value=q.value,
        unit=unit,
        about=about,
        text=doc_text(ctx.doc)[q.start : q.end],
        start=q.start,
        end=q.end,
        low=q.low,
        high=q.high,
        qualifier=qualifier,
        source=speaker.name if speaker is not None else None,
        as_of=day or ctx.published,
        source_type=speaker.type if speaker is not None else None,
        measure=measure,
        place=place,
    )
    return _Found(
        claim,
        False,
        span[0].sent.start_char,
        day is not None,
        speaker,
        bisect_right(breaks, q.start),
        q.start,
        counted=counted,
        place_text=place,
        anchor=span[0].i,
    )


def _introducer(sent: Span, ctx: _Context) -> tuple[Speaker, str | None] | None:
    """The source of a line introducing a list, and the day the line says it spoke, if any: the subject of its
    verb of stating, issuing or finding ("the review showed:"), else "according to X" ("According to a memo
    released on Tuesday:")."""
    pairs = [(v, subject_of(v)) for v in sent if v.pos_ == "VERB" and (_gives_figures(v) or _hands_figures(v))]
    acc = _according(sent, ctx)
    for verb, subj in [*pairs, *([acc] if acc is not None else [])]:
        speaker = ctx.source(subj) if subj is not None and not _each_of_them(subj) else None
        if speaker is not None and subj is not None:
            # (the document a line's "according to" names dates what its subject gives: "X handed over its tallies,
            # according to a notice posted on Monday:")
            day = ctx.date_on(verb) or _issued_on(subj, ctx)
            return speaker, day or (_issued_on(acc[1], ctx) if acc is not None else None)
    if not any(t.tag_ in FINITE_TAGS for t in sent):
        # a heading with no verb names where its figures come from: "Key figures from the agency's report:", "The
        # final figures, as given to the council by Tove Marsk on March 18:" (of the day its participle gives)
        for prep in (t for t in sent if t.dep_ in ("prep", "agent") and t.lower_ in ("from", "by")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            speaker = ctx.source(obj) if obj is not None else None
            if speaker is not None and obj is not None:
                given = prep.head if prep.dep_ == "agent" and prep.head.pos_ == "VERB" else None
                return speaker, _issued_on(obj, ctx) or (ctx.date_on(given) if given is not None else None)
    return None


def _aside(doc: Doc, cue_at: int) -> bool:
    """Does the statement at ``cue_at`` sit in a relative clause, an aside on a noun of another statement ("above
    the 0.3% gain that economists had forecast"), which later sentences do not continue?"""
    span = doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span[0]
    for _ in range(6):
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.head.i == tok.i or tok.dep_ in ("ROOT", "ccomp", "parataxis"):
            return False
        tok = tok.head
    return False


def _tells_of_another(f: _Found, speaker: Speaker, ctx: _Context) -> bool:
    """Is the figure's sentence the writer's account of what another participant did: a person the article
    names doing something other than saying ("Reim, 61, had pleaded guilty in March to 14 counts", after the
    judge spoke), or another body deciding ("The government set up a $150 million fund", after the airline
    spoke)? (A body's other deeds may still be the speaker's account: "Labour has slumped to 24%" after a
    pollster spoke.)"""
    if f.anchor < 0:
        return False
    root = ctx.doc[f.anchor].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or root.lemma_ in SPEECH_LEMMAS or root.lemma_ == "be":
        return False  # (what someone is, "Kestrel Mobile was second with 49.6 million", may be the speaker's)
    if subject.ent_type_ == "PERSON":
        return fold(subject.text) not in {fold(w) for w in speaker.name.split()}
    if subject.pos_ not in ("NOUN", "PROPN") or not lemma_in(root, words("decision_verbs")):
        return False
    anchor = ctx.doc[f.anchor]
    decided = [
        c for c in root.children if c.dep_ in ("dobj", "oprd") or (c.dep_ == "prep" and c.lower_ in ("to", "at", "by"))
    ]
    if not any(c.left_edge.i <= anchor.i <= c.right_edge.i for c in decided):
        return False  # "lifted the carriage with two cranes": the decision is not the figure's
    decider = ctx.source(subject)
    return decider is None or not _same_source(decider.name, speaker.name)


def _continue_paragraphs(found: list[_Found], quotes: list[Quote], breaks: list[int], text: str, ctx: _Context) -> None:
    """A figure with no attribution of its own is stated by the source of the last attribution before it in
    its paragraph (an attributed figure's cue or a quote's): from an earlier sentence, or in its own sentence
    when the figure elaborates the statement after a dash or colon ("… 318 cases — 204 of them confirmed")."""
    said: list[tuple[int, int, Speaker | None]] = [  # (cue position, paragraph, speaker)
        (f.cue, f.paragraph, f.speaker) for f in found if f.speaker is not None and not f.inherited and not f.aside
    ]
    for quote in quotes:
        if quote.kind == "direct":
            # a closed quotation ends its speaker's turn, and any statement before it: the narrative after it is
            # the outlet's again
            said.append((quote.end, bisect_right(breaks, quote.end), None))
            continue
        if _plausible(quote.speaker) and quote.cue is not None and quote.speaker and not quote.speaker.anonymous:
            said.append((quote.cue.start, bisect_right(breaks, quote.cue.start), quote.speaker))
    said.sort(key=lambda x: x[0])
    by_paragraph: dict[int, list[tuple[int, int, Speaker | None]]] = {}
    for entry in said:
        by_paragraph.setdefault(entry[1], []).append(entry)
    cues = {k: [e[0] for e in v] for k, v in by_paragraph.items()}
    for f in found:
        if f.speaker is not None or f.earlier or f.voiced:
            continue  # "…, who have reported 1,414 deaths": a source of its own, if one the article cannot name
        pos = f.claim.start
        # the last speaker before the figure in its paragraph
        k = bisect_left(cues.get(f.paragraph, []), pos)
        if k == 0:
            continue
        cue, _, speaker = by_paragraph[f.paragraph][k - 1]
        if speaker is None:
            continue
        if cue >= f.sent_start:  # the same sentence: only an elaboration after a dash or a colon
            between = text[cue:pos]
            if not re.search(r"[—–:;]", between) or any(w in CONTRAST_MARKS for w in between.lower().split()):
                continue
        elif _tells_of_another(f, speaker, ctx) or _heard_in(f, ctx):
            continue
        f.inherit(speaker)


def _heard_in(f: _Found, ctx: _Context) -> bool:
    """Is the figure what a hearer heard ("The trial heard that the manager kept 300,000 crowns"): someone else's
    evidence, told to it, not the paragraph's last speaker's?"""
    anchor = ctx.doc[f.anchor] if f.anchor >= 0 else None
    return anchor is not None and any(t.lemma_ == "hear" and t.pos_ == "VERB" for t in anchor.ancestors)


def _continued(found: list[_Found], fig: Figure, paragraph: int, sent: Span) -> _Found | None:
    """The figure an elided one continues (``figures.continuation``): the number it is joined to, else the latest
    count of the nearest sentence holding a figure (in its paragraph, or the sentence before), not an earlier
    value ("up from 2,500"), a participant of its clause when there is one ("40 civilians were evacuated from
    two villages. Another 120 …" continues the civilians, not the villages)."""
    if fig.continues in ("more", "joined") and fig.counted is not None and parallel_figure(fig.anchor) is None:
        return None  # a bare subject, an added or a joined count that says what it counts
    named = fig.counted.split()[0] if fig.counted else None
    if fig.continues == "total" and named is not None and _counts_things(named) and named not in words("org_nouns"):
        # a tally that names what it counts ("puts detentions since March 15 at 437") continues none; a body the
        # parser put in its place ("the directorate … the 1,200 it reported") names nothing it counts
        return None
    if fig.continues == "joined":  # the number it is joined to, whatever its unit ("for 9 seasons, and 12 in all")
        parallel = parallel_figure(fig.anchor)
        head = parallel.i if parallel is not None else fig.anchor.head.i
        return next((f for f in found if f.anchor == head and f.claim.unit is not None and not f.earlier), None)
    doc = sent.doc
    before = sent.start
    while before > 0 and not doc[before - 1].sent.text.strip(BULLET_MARKS):
        before = doc[before - 1].sent.start  # (a list item's bullet, parsed as a sentence of its own)
    previous = doc[before - 1].sent.start_char if before > 0 else sent.start_char
    by_sentence: dict[int, list[_Found]] = {}
    for f in found:
        if not f.earlier and (f.paragraph == paragraph or f.sent_start >= previous):
            by_sentence.setdefault(f.sent_start, []).append(f)
    if not by_sentence:
        return None
    # the nearest sentence with a figure decides ("for 9 seasons, and 12 in all": no count); a count in a phrase of
    # its clause ("spoke with 1,200 farmers") only when it counts no participant
    counts = [f for f in by_sentence[max(by_sentence)] if _counts_things(f.claim.unit)]
    return next((f for f in reversed(counts) if not f.adjunct), counts[-1] if counts else None)


def _counts_things(unit: str | None) -> bool:
    """A unit that is a counted noun or a measure of things ("hectares"), not a tally noun standing for another
    count ("the 90,000 figure")."""
    if unit is not None and unit_kind(unit) == "measure":
        return True  # "12,000 hectares had burned … it put the total at 49,800"
    return unit is not None and unit_kind(unit) == "count" and unit.isalpha() and unit not in _TALLY_UNITS


def _same_source(a: str | None, b: str | None) -> bool:
    """The same speaker, written in full once and by surname once ("Lena Vortman", "Vortman"), or by name once and
    by the initials of that name once ("Coastal Flood Authority", "CFA")."""
    if a is None or b is None:
        return a == b
    wa, wb = a.split(), b.split()
    if "one" in (wa[0], wb[0]):
        # "one study … one study": each a source of its own (a description's determiner is dropped from its name,
        # and one capitalised to open a sentence is written in lower case: "One Nation" is a name)
        return False
    n = min(len(wa), len(wb))
    if wa[-n:] == wb[-n:]:
        return True
    short, full = (a, wb) if len(wa) < len(wb) else (b, wa)
    initials = "".join(w[0] for w in re.split(r"[\s-]+", " ".join(full)) if w[:1].isupper())
    return len(short) > 1 and short.isupper() and short == initials


_PEOPLE = {"people", "persons"}  # a count of people in general: the same figure as a count of deaths or citizens


def _same_thing(a: Claim, b: Claim) -> bool:
    """Two equal figures that may count the same thing: units of one kind, not two different measures and, for
    a figure in a unit, abouts that share a word ("5.1 per cent" for the base rate and for growth are two
    claims; "deaths" and "people killed", "638 people" and "638 citizens" killed, one)."""
    kind = unit_kind(a.unit)
    if kind != unit_kind(b.unit) or (kind != "count" and a.unit != b.unit):
        return False
    if a.measure and b.measure and a.measure != b.measure:
        return False
    if kind == "count":
        # "638 people" and "638 citizens" killed are one figure, "43 deaths" and "43 cases" two
        units = {a.unit, b.unit}
        return None in units or len(units) == 1 or bool(a.measure and a.measure == b.measure) or bool(units & _PEOPLE)
    if not a.about or not b.about:
        return True
    content = [{w for w in re.findall(r"\w+", x.lower()) if len(w) > 3} for x in (a.about, b.about)]
    return bool(content[0] & content[1])


def _continued_day(found: list[_Found], source: str, at: int, ctx: _Context) -> str | None:
    """The day of the source's figure in the sentence at ``at`` or the one before, when the text stated it: a
    figure list continues the day of its first figure ("… 17 deaths between March 3 and June 18. It also
    confirmed 27 cases")."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span[0].sent
    previous = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for f in reversed(found):
        if f.sent_start < previous:
            break
        if f.cue in ctx.earlier_cues:
            continue  # a figure of a statement told as earlier ("had said on Wednesday") goes on into none
        # (not one a relative clause dates, "more than the 30 it listed on June 2": a report of its own day)
        if (
            f.dated
            and not f.earlier
            and not _dated_by_its_relative_clause(f, ctx)
            and f.sent_start <= sent.start_char
            and _same_source(f.claim.source, source)
        ):
            if ctx.published and (f.claim.as_of or "")[:10] > ctx.published[:10]:
                continue  # "would be delivered on Sunday": a day still to come, of that figure only, no statement's
            return f.claim.as_of
    return None


def _dated_by_its_relative_clause(f: _Found, ctx: _Context) -> bool:
    """Does a relative clause on the figure's phrase give its day ("the 30 it listed on June 2")?"""
    if f.anchor < 0:
        return False
    number = ctx.doc[f.anchor]
    phrase = number.head if number.dep_ == "nummod" else number
    return any(t.i in ctx.date_by_token for c in phrase.children if c.dep_ in ("relcl", "acl") for t in c.subtree)


class _Stated:
    """The dated statements of a document by speaker name, looked up under any of a source's names."""

    def __init__(self, ctx: _Context) -> None:
        self.by_name: dict[str, list[tuple[int, str]]] = {}
        self.titles: dict[str, str] = {}  # a person's title, by name: whose officer they are
        for a in ctx.attributions:
            # an earlier statement ("had said on Wednesday that 4.6 million …") is not the one an undated
            # "the company said" after it goes on with
            if a.date and a.start not in ctx.earlier_cues:
                self.by_name.setdefault(a.speaker.name, []).append((a.start, a.date))
                if a.speaker.type == "PERSON" and a.speaker.title:
                    self.titles[a.speaker.name] = fold(a.speaker.title)
        self.names: dict[str, list[str]] = {}

    def last(self, source: str, before: int) -> str | None:
        """The date of the source's last dated statement before ``before`` ("Kestrel Motors on Wednesday said
        … Kestrel said its sales …")."""
        names = self.names.get(source)
        if names is None:
            # (a body speaks on in its officer's dated statement: "Fire service spokeswoman Ilke Dravon said on
            # Sunday … according to the fire service")
            officer = re.compile(rf"\b{re.escape(fold(source))}\b")
            names = self.names[source] = [
                n for n in self.by_name if _same_source(n, source) or officer.search(self.titles.get(n, ""))
            ]
        best: tuple[int, str] | None = None
        for name in names:
            dated = self.by_name[name]
            k = bisect_right(dated, (before,))
            if k and (best is None or dated[k - 1][0] > best[0]):
                best = dated[k - 1]
        return best[1] if best else None


def _repeated(noun: Token) -> bool:
    """Is a reporting noun the object of a verb of repeating or standing by it ("repeated its estimate", "stood by
    its own figure")?"""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in words("repeating_verbs")
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.lemma_.lower() == "stand"


def _told_as_earlier(noun: Token) -> bool:
    """Is a reporting noun one of a statement made before: "his earlier claim", "the initial estimate"?"""
    return any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in noun.children)


def _two_participants(a: str | None, b: str | None, ctx: _Context) -> bool:
    """Are two source names two participants the mention chains hold apart ("Ministry of Defence" of one nation,
    "Dravonian Ministry of Defence"), however much of one name ends the other?"""
    if a is None or b is None or a == b:
        return False
    first, second = ctx.speakers.mentions.by_name(a), ctx.speakers.mentions.by_name(b)
    return first is not None and second is not None and first is not second


def _without_repeats(found: list[_Found], ctx: _Context) -> list[_Found]:
    """A figure repeated by the same source (lead and quote, headline and body) is one claim: keep the first,
    filling in an as_of or qualifier only the repeat has. Repeats are in different sentences and count the
    same thing ("Q3 at 5.1 per cent" after "growth is projected at 5.1 per cent" is another figure), and do
    not state two days ("47 had died, it said on Wednesday" … "On Monday it reached 47": two statements)."""
    kept: list[_Found] = []
    by_value: dict[tuple[float | int | None, ...], list[_Found]] = {}  # a long page has thousands of figures
    for f in found:
        c = f.claim
        value = (c.value, c.low, c.high)
        same = next(
            (
                k
                for k in by_value.get(value, ())
                if c.value is not None
                and _same_source(k.claim.source, c.source)
                and not _two_participants(k.claim.source, c.source, ctx)
                and k.sent_start != f.sent_start
                and _same_thing(k.claim, c)
                and not f.earlier
                and not k.earlier
                and not (f.dated and k.dated and k.claim.as_of != c.as_of)
            ),
            None,
        )
        if same is None:
            kept.append(f)
            by_value.setdefault(value, []).append(f)
            continue
        same.claim.qualifier = same.claim.qualifier or c.qualifier
        same.claim.unit = same.claim.unit or c.unit
        if c.source and same.claim.source and len(c.source.split()) > len(same.claim.source.split()):
            # "Insurers give …: 1.8 billion" above "The Association of Kessan Insurers … put … at 1.8 billion"
            same.claim.source, same.claim.source_type = c.source, c.source_type
        if c.measure and not same.claim.measure:  # the repeat says what happened: its about says more
            same.claim.about, same.claim.measure = c.about or same.claim.about, c.measure
        same.claim.about = same.claim.about or c.about
        same.claim.place = same.claim.place or c.place
        if f.dated and not same.dated:
            same.claim.as_of, same.claim.as_of_basis, same.dated = c.as_of, c.as_of_basis, True
    return kept


def extract_claims(
    doc: Doc, quotes: list[Quote], dates: list[DateMention], published: date | None, speakers: SpeakerResolver
) -> list[Claim]:
    """Every figure stated as fact in ``doc``, attributed and dated; see the module docstring."""
    text = speakers.text
    ctx = _Context(doc, dates, published, speakers)
    regions = _quote_regions(text)
    quotes = [quote for quote in quotes if not ctx.quote_by_a_thing(quote)]
    held = _Quotes(quotes)
    days = day_index(ctx.date_by_token)
    stated = _Stated(ctx)
    breaks = [m.start() for m in re.finditer(r"\n\s*\n|\n", text)]
    found: list[_Found] = []
    for q in _changes_apart(find_quantities(text), doc):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        cell = _table_cell(text, q.start, q.end)
        if cell is not None:
            found.append(_cell_claim(q, cell, span, ctx, breaks))
            continue
        row = _box_row(text, q.start)
        if row is not None:
            found.append(_row_claim(q, row, span, ctx, breaks))
            continue
        if not_a_claim(text, q, span, ctx.date_spans):
            continue
        fig = read_figure(text, q, span)
        anchor, earlier, unit = fig.anchor, fig.earlier, fig.unit
        sent = anchor.sent
        paragraph = bisect_right(breaks, q.start)
        about, counted, measure, place, place_text = fig.about, fig.counted, fig.measure, fig.place, fig.place_text
        whole = _continued(found, fig, paragraph, sent) if fig.continues is not None else None
        if whole is not None:
            # an elided figure counts what the figure it continues counts, in its own place when it names one
            unit, counted = whole.claim.unit, whole.counted
            if fig.continues == "total" or measure is None or fig.framed or measure == whole.claim.measure:
                measure = whole.claim.measure  # a total, "including 900", "another 140 are expected to leave"
            elif unit is not None and unit_kind(unit) == "count":
                counted = f"{unit} {measure}"  # its own verb says: "300 homes were flooded. Another 120 were damaged"
            if not place or place.islower():  # no place of its own, or an area with no name: in the whole's
                place, place_text = whole.claim.place, place_text or whole.place_text
            about = counted_in(counted, place_text)

        speaker, statement_date, cue_at, voiced = _source_of(q, anchor, held, regions, ctx)
        source = speaker.name if speaker is not None else None
        if source is not None and unit is not None and source.lower() in (unit, f"{unit}s"):
            speaker = source = None  # the counted noun parsed as the speaker ("Twelve percent indicated …")

        # the day the figure describes when its words give one, else the day its source stated it (not for the
        # figure of another month or quarter: "down from 4.8% in September" has no day, and revises nothing)
        other_period = earlier and of_another_period(anchor, ctx.date_by_token, unit_kind(unit) == "percent")
        if cue_at in ctx.earlier_claims and not any(t.i in ctx.date_by_token for t in sent):
            statement_date = None  # "his earlier claim that 40 …": made on some day before, not the report's
        holder = next((a for a in anchor.ancestors if a.idx in ctx.repeated and a.pos_ == "NOUN"), None)
        if holder is not None and holder.i < anchor.i:
            cue_at = holder.idx  # "stood by its own figure of 60,000": the figure the source stands by
        if cue_at in ctx.repeated:
            statement_date = None  # "repeated its estimate that about 8,000 attended": first given on another day
        back = _DAYS_BACK.match(text, q.end) if earlier else None
        # the earlier value of a change with no day of its own ("down from 21,000 at the height of the storm")
        # was true on some day before the statement's, not on it; "up from 14 a day earlier" counts back from it
        undated_earlier = earlier and back is None
        own_day = stated_day(anchor, days, phrase_only=undated_earlier)
        made = _made_proposal(anchor.head if anchor.dep_ == "nummod" else anchor)
        if made is not None and (made_on := ctx.date_on(made[0])):
            own_day = made_on  # a proposal's terms are of the day its maker made it, whoever tells of it when
        own_day = own_day or (None if earlier else _label_day(ctx, q.start))  # "- Tuesday 22 October: 410 litres"
        own_day = own_day or (None if earlier else _item_day(ctx, sent, q.start))
        as_of = own_day or (None if other_period or undated_earlier else statement_date)
        if back is not None and as_of is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", as_of):
            as_of = _days_back(as_of, back)  # "rose to 31 on Wednesday, up from 14 a day earlier": Tuesday's
        if as_of is None and not earlier and not other_period and cue_at not in ctx.repeated:
            # "On Monday, after divers entered the hull, it reached 47"; a part after a semicolon may open on a day
            # of its own
            part = _own_part(sent, anchor)
            as_of = ctx.opening_day(part) or (ctx.opening_day(sent) if part is not sent else None)
        if (
            as_of is None
            and not earlier
            and source is not None
            and cue_at not in ctx.earlier_cues | ctx.repeated
            and not ctx.said_in_a_period(cue_at)
        ):
            # a statement told as made before ("had put the number at 1.2 million") is not the source's last one,
            # nor one said "last week"
            as_of = _continued_day(found, source, q.start, ctx) or stated.last(source, cue_at)
        claim = Claim(
            value=q.value,
            unit=unit,
            about=about,
            text=text[fig.start : fig.end],
            start=fig.start,
            end=fig.end,
            low=q.low,
            high=q.high,
            qualifier=fig.qualifier,
            source=source,
            as_of=as_of,
            source_type=speaker.type if speaker is not None else None,
            measure=measure,
            place=place,
        )
        period = not earlier and names_period(anchor, ctx.date_by_token, ctx.published)
        found.append(
            _Found(
                claim,
                earlier,
                sent.start_char,
                as_of is not None,
                speaker,
                paragraph,
                cue_at,
                period,
                counted=counted,
                place_text=place_text,
                adjunct=fig.adjunct,
                anchor=anchor.i,
                voiced=voiced,
                aside=_aside(ctx.doc, cue_at) if speaker is not None else False,
                other_period=other_period,
            )
        )

    _continue_paragraphs(found, quotes, breaks, text, ctx)
    _attribute_back(found, ctx, regions, breaks)
    _credited_by_a_pointing_noun(found, ctx)
    _respectively(found, ctx)
    _gapped_statements(found, ctx)
    _introduced_lists(found, ctx, breaks)
    _according_runs(found, ctx, breaks)
    _credited_in_brackets(found, ctx)
    _led_by_a_colon(found, ctx)
    _figure_headed_lines(found, ctx)
    _credited_after_a_dash(found, ctx)
    _read_under_box_heading(found, ctx)
    _dated_after(found, ctx)
    _dated_by_the_event_opening_the_paragraph(found, ctx, breaks)
    _dated_by_a_closing_bracket(found, ctx)
    _told_as_the_figure_given(found, ctx)
    for i, f in enumerate(found):
        if (
            f.inherited
            and not f.dated
            and not f.earlier
            and f.claim.source is not None
            and f.cue not in ctx.earlier_cues
        ):
            # a figure whose source continues the paragraph's takes that source's day too
            day = _continued_day(found[:i], f.claim.source, f.claim.start, ctx) or stated.last(
                f.claim.source, f.claim.start
            )
            f.claim.as_of, f.dated = day, day is not None
        if not f.dated and not f.earlier and not f.period and f.cue not in ctx.earlier_cues | ctx.repeated:
            # a figure of a period ("in the year to March") has no day of its own, nor one of a statement told as
            # made before the article's ("had put the number at 1.2 million"): some day before its publication
            f.claim.as_of = ctx.published
        f.claim.as_of_basis = ("stated" if f.dated else "published") if f.claim.as_of else None
    found = _without_repeats(found, ctx)
    # "4,500 troops …, up from an estimate of 2,500": the later figure revises the earlier one
    for i, f in enumerate(found):
        if not f.earlier:
            continue
        later = [g for g in found[:i] if not g.earlier and g.sent_start == f.sent_start]
        after = found[i + 1] if i + 1 < len(found) else None
        if (
            after is not None
            and not after.earlier
            and after.sent_start == f.sent_start
            and re.fullmatch(r"(?:[^,;:.]|(?<=\d)[.,](?=\d)){0,40}\bto\s*", text[f.claim.start : after.claim.start])
        ):
            later = [after]  # "fell from 52 to 31": the figure it went to, written after it
        if later:
            # coordinated earlier figures revise the later ones in order ("31 people and six bodies, up from the
            # 23 survivors and four bodies": 23 revises 31); a lone one, the nearest
            before = [
                g for g in found if g.earlier and g.sent_start == f.sent_start and g.claim.start > later[-1].claim.start
            ]
            target = later[before.index(f)] if len(before) == len(later) > 1 else later[-1]
            if not f.other_period:
                target.claim.revises = i
            if f.claim.source is None:
                f.claim.source, f.claim.source_type = target.claim.source, target.claim.source_type
            # the earlier value counts the same thing: "up from 800 on Monday", "up from an estimate of 2,500"
            f.claim.about = target.claim.about or f.claim.about
            if f.claim.unit is None or f.claim.unit in words("document_nouns"):
                f.claim.unit = target.claim.unit
            back = _DAYS_BACK.match(text, f.claim.end) if f.claim.as_of is None else None
            if back is not None and target.claim.as_of and re.fullmatch(r"\d{4}-\d\d-\d\d", target.claim.as_of):
                # "rose to 14, from 11 a week earlier", said on no day of its own: a week before the later figure's
                f.claim.as_of = _days_back(target.claim.as_of, back)
                f.claim.as_of_basis = target.claim.as_of_basis
    return [f.claim for f in found]
