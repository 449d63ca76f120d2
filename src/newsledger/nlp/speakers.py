"""Speakers: from the source phrase of an attribution to a resolved ``Speaker``.

The mention as written is the whole source noun phrase (determiner, title, apposition included:
"Alliance Secretary General Hanna Lind", "he", "who"). The resolved name comes from the article's mention
chains (``mentions.py``), the one resolver every stage reads speakers from:

- a name inside the phrase (its head, an apposition, a name closing the phrase) is its chain's fullest
  name, with the rest of the phrase as ``title`` ("Alliance Secretary General");
- a pronoun is the participant it stands for (a "they" after an unnamed group in subject position, that
  group: "Analysts expect … They say"); a relative pronoun ("who said") the noun the clause hangs on;
- a description ("the agency", "the French minister", "the IG") is the participant it describes;
- a document ("the report", "a statement released by the mission", "figures from the ministry") speaks
  for whoever issued it;
- otherwise the phrase itself without its determiner, marked anonymous when it only describes a person
  ("a Norvanian foreign ministry official"), if it can speak at all: its head is a person, a group of
  people, an organisation or a document ("the air quality has plunged", "no one knows" have no speaker).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..names import fold, is_acronym, nation_of, spells_its_kind, word_family
from ..record import Entity, Speaker
from .docindex import tokens
from .entities import normalise_name
from .lexicon import table, words
from .mentions import RECENT_CHARS, Chain, Mentions, a_persons_name, recent_same_noun, resolve_mentions
from .syntax import lemma_in, owner_of_its_own, postposed_subject, subject_of

# prepositions that place a person at a body: "analysts at X", "a researcher with X", "scientists from X"
_AFFILIATED = frozenset(("at", "with", "from"))
# ", Col. Andriy Bondarets." — a name (behind a short title) closing its sentence after a comma
_CLOSING_NAME = re.compile(
    r",[ \t]+(?:[A-Z][a-z]{0,5}\.[ \t]+)?(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[.!?](?=\s|$)"
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = ["SpeakerResolver", "governing_area", "speakers_for"]

# punctuation a source or content span never starts or ends with (brackets are kept: "(R-Ga.)")
_FOCUS = frozenset({"even", "also", "then", "now", "meanwhile", "however"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# a word after the subject that qualifies the saying, not who says ("Veld herself said", "Veld and Marr both
# said", "the mayors all agreed"): a floating quantifier or an emphatic reflexive ends no mention
_FLOATING = frozenset({"all", "both", "each", "alone", "himself", "herself", "itself", "themselves"})
_EDGE_TOKENS = frozenset({",", ".", ";", ":", "-", "—", "–", '"', "“", "”", "'", "‘", "’", "''", "``"})
# a name the phrase coordinates with another party ends the words before it on a conjunction ("the tribunal and
# the"): no title of the name's
_COORDINATED = re.compile(r"(?:^|\s)(?:and|or|&)(?:\s+(?:the|a|an|its|their))?\s*$", re.IGNORECASE)
_NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC")
_NOBODY = frozenset({"nobody", "nothing", "none", "noone"})
# heads that stand for people without saying who ("those who …", "many", "others", "no one")
_PRONOMINAL = ("PRON", "DET", "NUM")
_SPEAKING_LISTS = (
    "agent_nouns",
    "speaker_nouns",
    "person_nouns",
    "representative_nouns",
    "org_nouns",
    "generic_org_nouns",
    "document_nouns",
    "evidence_nouns",
    "tally_nouns",
    "media_nouns",
    "titles",
)


def _name_an_acronym_stands_for(tok: Token) -> Token | None:
    """The head of the name a bracketed acronym follows, when the parser made the acronym the phrase's head ("The
    Orvane Dockworkers' Federation (ODF) said"): the speaker is the name, not a name run into its acronym."""
    doc = tok.doc
    if not (
        is_acronym(tok.text) and 0 < tok.i < len(doc) - 1 and (doc[tok.i - 1].text, doc[tok.i + 1].text) == ("(", ")")
    ):
        return None
    # the child whose words run up to the bracket: the whole name ("Kessa Port and Harbour Authority")
    return next(
        (
            c
            for c in tok.children
            if c.right_edge.i == tok.i - 2 and c.dep_ in ("nmod", "compound", "appos") and c.pos_ == "PROPN"
        ),
        None,
    )


def _pronoun_kind(tok: Token) -> str | None:
    kind = table("pronouns").get(tok.lower_)
    if kind == "relative":
        # "The WHO also confirmed …": after a determiner a wh-word is a name the tagger misread
        determined = any(c.dep_ == "det" for c in tok.children)
        # (a "that" opening a relative clause is its pronoun, however the tagger read it: "the group that offered")
        opens = tok.lower_ == "that" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl"
        return kind if (tok.tag_ in ("WP", "WDT", "WP$") or opens) and not determined else None
    return kind if kind is not None and tok.pos_ == "PRON" else None


@functools.cache
def _speaking_nouns() -> frozenset[str]:
    return frozenset().union(*(words(name) for name in _SPEAKING_LISTS))


@functools.cache
def _one_word_hedges() -> frozenset[str]:
    """The hedges of ``lexicons/qualifiers.txt`` written as one word ("nearly", "about", "some")."""
    return frozenset(k for k in table("qualifiers") if " " not in k and k.isalpha())


def _singular_of(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"  # "servicemen"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _opening_compound(noun: Token) -> Token | None:
    """The first body's kind in the run of nouns written before ``noun`` and joined to it ("ministry" of "a ministry
    safety bulletin", "police" of "the Kessa police figures"), if any."""
    doc, k = noun.doc, noun.i - 1
    while k >= 0 and doc[k].dep_ == "compound" and k < doc[k].head.i <= noun.i:
        k -= 1
    return next((t for t in doc[k + 1 : noun.i] if t.lemma_.lower() in words("org_nouns")), None)


class SpeakerResolver:
    """Builds speakers for one document from its mention chains, remembering speakers for pronouns."""

    def __init__(self, mentions: Mentions) -> None:
        self.mentions = mentions
        self.doc = mentions.doc
        self.text = mentions.text
        self._capitalised: frozenset[str] | None = None

    def can_speak(self, tok: Token) -> bool:
        """Can the head of an unnamed source state something: a person, a group of people, an organisation or a
        document? A name the tagger missed may ("Vell said"); a thing or an idea may not ("the air quality has
        plunged", "the idea … feels"); a part or a count speaks for what it is of ("70 percent of voters"); and
        a negated one ("no one knows") asserts nothing of anyone's."""
        if tok.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return False
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        member = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if tok.pos_ in _PRONOMINAL or tok.lower_ in words("quantifiers"):
            return member is None or self.can_speak(member)
        if tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.text in self._names_written()):
            return True
        lemma = tok.lemma_.lower()
        if lemma in words("occasion_nouns"):
            return False  # "the debate failed to answer …": an occasion where things are said says nothing
        vocab = _speaking_nouns()
        if lemma in vocab or tok.lower_ in vocab or _singular_of(tok.lower_) in vocab:
            return True
        if governing_area(tok):
            return True
        return member is not None and self.can_speak(member)

    def voiceless(self, tok: Token) -> bool:
        """Is the source phrase headed by ``tok`` (or the noun a relative pronoun stands for) a thing or an idea
        that cannot speak? Its words are then reported by no one the record can name."""
        kind = _pronoun_kind(tok)
        if kind == "relative" and tok.head.dep_ == "relcl":
            tok = tok.head.head
        elif kind is not None:
            return False
        return self.mentions.named_in(tok) is None and not self.can_speak(tok)

    def _names_written(self) -> frozenset[str]:
        """Capitalised words the article writes inside a sentence: names, though the tagger missed them (a
        sentence's first word is capitalised whatever it is: "Boil the pears")."""
        if self._capitalised is None:
            self._capitalised = frozenset(
                t.text for t in tokens(self.doc) if t.text[:1].isupper() and not t.is_sent_start and not t.is_upper
            )
        return self._capitalised

    def _capitalised_to_open(self, tok: Token) -> bool:
        """Is ``tok`` a common word capitalised only because it opens its sentence?"""
        return bool(
            tok.is_sent_start
            and tok.text[:1].isupper()
            and not tok.is_upper
            and tok.pos_ != "PROPN"
            and tok.ent_type_ in ("", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY")
            and tok.text not in self._names_written()
        )

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The participant entity overlapping char range [start, end), if any (the longest one)."""
        return self.mentions.entity_at(start, end)

    # -- mentions -------------------------------------------------------------------------------
    @staticmethod
    def mention(
        tok: Token, cue: Token | None = None, reports: Callable[[Token], bool] | None = None
    ) -> tuple[int, int]:
        """Char span of the source phrase headed by ``tok``, as a reader would mark it.

        The phrase keeps its determiner, title, apposition and relative clause ("Ronald Fieldstone,
        a Miami lawyer who …"), as annotators of attribution corpora mark it, but not a focus adverb
        ("Even China"), anything before a dash or colon the parser swept in, the ``cue`` when the
        cue hangs on the source ("polls showing …"), or a relative clause set off by a comma that is an
        attribution of its own (``reports`` says which verbs report: "Barkley, who said he votes …, said").
        """
        doc = tok.doc
        i, j = tok.left_edge.i, tok.right_edge.i
        for child in tok.children:
            if cue is not None and child.left_edge.i <= cue.i <= child.right_edge.i:
                if child.i > tok.i:
                    j = min(j, child.left_edge.i - 1)
                else:
                    i = max(i, child.right_edge.i + 1)
            if (
                reports is not None
                and child.dep_ == "relcl"
                and child.i > tok.i
                and reports(child)
                and doc[child.left_edge.i - 1].text == ","
            ):
                j = min(j, child.left_edge.i - 1)
            if child.dep_ == "npadvmod" and child.i > tok.i:
                j = min(j, child.left_edge.i - 1)  # "The mayor this week said": the time is the saying's
            if child.dep_ == "prep" and child.i > tok.i:
                # "an arbitration panel in 2001 ruled", "Holt, like Marr, said": when, and a comparison,
                # are not who
                dated = any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children)
                if dated or (child.lower_ == "like" and doc[child.i - 1].text == ","):
                    j = min(j, child.left_edge.i - 1)
            # "said Tomas Veller, speaking at the harbour": the participle belongs to the saying
            if (
                child.dep_ in ("acl", "advcl")
                and child.tag_ == "VBG"
                and child.i > tok.i
                and doc[child.i - 1].text == ","
            ):
                j = min(j, child.i - 2)
        for k in range(tok.i - 1, i - 1, -1):
            spaced_hyphen = doc[k].text == "-" and k > 0 and bool(doc[k - 1].whitespace_)
            if doc[k].text in ("—", "–", "―", ":", ";") or spaced_hyphen or doc[k].is_space:
                i = k + 1
                break
        # a phrase never crosses a paragraph break: keep the side next to the cue
        breaks = [k for k in range(i, j) if "\n" in doc[k].whitespace_ or "\n" in doc[k + 1].text]
        if breaks and tok.head.i > j:
            k = breaks[-1] + 1
            while k < j and doc[k].is_space:
                k += 1
            if not doc[k].is_space and not doc[k].is_punct:
                i = k
        elif breaks:
            j = breaks[0]
        while i < tok.i and (
            doc[i].lower_ in _FOCUS or doc[i].dep_ in ("cc", "preconj") or doc[i].text in _EDGE_TOKENS
        ):
            i += 1
        while j > tok.i and (
            doc[j].text in _EDGE_TOKENS
            or doc[j].is_space
            or doc[j].lower_ in ("who", "which")
            or doc[j].lower_ in _FLOATING
        ):
            j -= 1
        return doc[i].idx, doc[j].idx + len(doc[j].text)

    def affiliation(self, tok: Token, speaker: Speaker, *, placed_only: bool = False) -> Speaker | None:
        """The body an unnamed person or group speaks for when their phrase names it as where they work or who
        asked them: "analysts at X", "researchers from X", "economists polled by X", "X's analysts".
        ``placed_only`` keeps the first kind only, where the phrase says the group is at the body."""
        mentions = self.mentions
        if speaker.type != "PERSON" or tok.pos_ != "NOUN" or mentions.by_name(speaker.name) is not None:
            return None
        for child in tok.children:
            inner: Token | None = None
            if child.dep_ == "prep" and child.lower_ in _AFFILIATED:
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif placed_only:
                continue
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                by = next((g for g in child.children if g.dep_ == "agent"), None)
                inner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            elif child.dep_ in ("poss", "compound", "nmod") and child.right_edge.i == tok.i - 1:
                inner = child  # the name right before the noun
            if inner is None or inner.pos_ not in ("PROPN", "NOUN"):
                continue
            # a name written before the noun is that name alone ("Kessa Bank economists")
            ent = mentions.entity_at(inner.idx, inner.idx + len(inner.text)) if inner.i < tok.i else None
            span = (ent.start, ent.end) if ent is not None else self.mention(inner)
            body = self.speaker(inner, span)
            if body is not None and body.type == "ORG" and mentions.by_name(body.name) is not None:
                part = self._part_for(body.name, tok)
                if part is not None:
                    return self._of(part, speaker.text, speaker.start, speaker.end)
                return replace(body, text=speaker.text, start=speaker.start, end=speaker.end, title=None)
        return None

    def _part_for(self, body: str, noun: Token) -> Chain | None:
        """The one body the article names by ``body``'s name and more words, one of them of the group noun's
        family ("observers from the Westmark Union": the Westmark Union Election Observation Mission)."""
        family = word_family(noun.lemma_.lower())
        parts = [
            chain
            for chain in self.mentions.chains
            if chain.type == "ORG"
            and chain.name.startswith(body + " ")
            and family in {word_family(w) for w in fold(chain.name[len(body) :]).split()}
        ]
        return parts[0] if len(parts) == 1 else None

    def _named_right_before(self, tok: Token) -> Token | None:
        """The last word of a person's or a body's name right before ``tok``, past a comma and a reflexive
        ("the Kessa Coast Guard itself, which …")."""
        i = tok.i - 1
        while i >= 0 and (self.doc[i].is_punct or self.doc[i].lower_ in ("itself", "himself", "herself", "themselves")):
            i -= 1
        before = self.doc[i] if i >= 0 else None
        return before if before is not None and before.ent_type_ in ("ORG", "PERSON") else None

    def speaker(self, tok: Token, span: tuple[int, int] | None = None) -> Speaker | None:
        """The resolved speaker for the source phrase headed by ``tok`` (None for the narrator)."""
        full = _name_an_acronym_stands_for(tok)
        if full is not None and self.mentions.named_in(tok) is None:
            tok = full
            span = span or (full.left_edge.idx, full.right_edge.idx + len(full.right_edge.text))
        start, end = span if span is not None else self.mention(tok)
        text = self.text[start:end]
        kind = _pronoun_kind(tok)
        if kind == "first":
            return None  # "I", "we", "you" outside quotes: the outlet's own voice
        if kind == "relative":
            # (the clause the pronoun opens: "the group that offered", "the guild, whose claim of 6.5% …")
            clause = tok.head if tok.head.dep_ == "relcl" or tok.tag_ != "WP$" else tok.head.head
            head = clause.head if clause.dep_ == "relcl" else None
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                return None
            head = _apposed_to(head, tok)
            if not self.can_speak(head) or head.lower_ in ("one", "ones"):
                # "the one published by the coast guard itself, which said": a name right before the pronoun is
                # what it stands for when the noun the parser hung it on cannot speak, or is "one" of a thing
                head = self._named_right_before(tok) or head
            base = self.speaker(head, self._head_phrase(head))
            if base is None:
                return None
            return Speaker(
                name=base.name,
                text=text,
                start=start,
                end=end,
                type=base.type,
                title=base.title,
                anonymous=base.anonymous,
            )
        if kind is not None and tok.i + 1 < len(self.doc) and tok.whitespace_ and self._name_after(tok):
            # "He Lianfeng said": a family name that reads as a pronoun
            nxt = self.doc[tok.i + 1]
            chain = self.mentions.chain_at(nxt.idx, nxt.idx + len(nxt.text))
            if chain is not None:
                return self._of(chain, text, start, end)
        group = self.mentions.group_before(start) if kind == "plural" else None
        if group is not None:
            described = self._description(group, *self.mention(group))
            return None if described is None else replace(described, text=text, start=start, end=end)
        if kind is not None:
            bound = self._owns_its_own(tok)
            if bound is not None:
                return replace(bound, text=text, start=start, end=end)
            chain = self.mentions.antecedent(start, tok.lower_)
            return None if chain is None else self._of(chain, text, start, end)
        named = self._named(tok, start, end)
        if (
            named is not None
            and named.type == "PERSON"
            and tok.pos_ == "NOUN"
            and self.mentions.by_name(named.name) is None
        ):
            # "according to the ministry's spokesman, Col. Andriy Bondarets.": the parser left the name closing
            # the sentence out of the description it is set beside
            closing = self._name_closing_after(end)
            if closing is not None:
                chain, name_end = closing
                return self._of(chain, self.text[start:name_end], start, name_end)
        owner = self._possessor_before(start)
        if named is not None and owner is not None:
            # "KessaTV’s Tom Ekberg" left outside the phrase by the parser: written as one mention, named apart
            named.start, named.text = owner, self.text[owner:end]
        return named

    def _owns_its_own(self, tok: Token) -> Speaker | None:
        """ "its own" and "their own" are their clause's own subject's ("a tally the pilots' guild rejected with
        its own count"), whoever the article was last talking about."""
        subject = owner_of_its_own(tok)
        return self.speaker(subject) if subject is not None and _pronoun_kind(subject) is None else None

    def _name_closing_after(self, end: int) -> tuple[Chain, int] | None:
        """A person's name set after a description with a comma, maybe behind a title, and closing the
        sentence: ", Col. Andriy Bondarets." right after ``end``."""
        m = _CLOSING_NAME.match(self.text, end)
        if m is None:
            return None
        chain = self.mentions.chain_at(m.start("name"), m.end("name"))
        if chain is None or chain.type != "PERSON":
            return None
        return chain, m.end("name")

    def _possessor_before(self, start: int) -> int | None:
        """Where a name's possessive written right before ``start`` begins ("Harbour-TV’s Ana Veld")."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start < 2:
            return None
        doc, i = self.doc, span.start
        if doc[i - 1].text not in _POSSESSIVE_MARKS or doc[i - 2].pos_ != "PROPN":
            return None
        k = i - 2
        while k > 0 and doc[k - 1].pos_ == "PROPN" and "\n" not in doc[k - 1].whitespace_:
            k -= 1
        return doc[k].idx

    def _name_after(self, tok: Token) -> bool:
        nxt = self.doc[tok.i + 1]
        return tok.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON"

    def labelled_person(self, start: int, end: int) -> Speaker | None:
        """The person a line's label names ("HALLORAN:", "TOM HALLORAN:", "Halloran:"), by family name or in
        full. A label in capitals is a transcript's turn and may be the only place the person is named; one in
        title case must name someone the article names elsewhere too (not "Ana Rask:" over her charges). None
        for any other label ("UPDATE:")."""
        label = self.text[start:end]
        chain = self._chain_labelled(label, start)
        if chain is None or chain.type != "PERSON":
            return None
        if not label.isupper() and all(start <= s < end for s, _ in chain.spans):
            return None
        if chain.name.isupper():  # named only by the labels: as a name is written
            return replace(self._of(chain, label, start, end), name=chain.name.title())
        return self._of(chain, label, start, end)

    def labelled_participant(self, start: int, end: int) -> Speaker | None:
        """The person or body a box line's label names ("- Kessa Rail: 240 trains", "- Pike: 900"), as the article
        names it elsewhere too: the tagger seldom types a name in a line of figures."""
        label = self.text[start:end]
        chain = self._chain_labelled(label, start)
        if chain is None or chain.type not in ("PERSON", "ORG") or all(start <= s < end for s, _ in chain.spans):
            return None
        return self._of(chain, label, start, end)

    def _chain_labelled(self, label: str, start: int) -> Chain | None:
        """The chain a label names: by its name, or, written as one word, by a person's family name first."""
        if " " in label:
            return self.mentions.by_name(label)
        return self.mentions.person_by_surname(label, start) or self.mentions.by_name(label)

    def label_as_named(self, start: int, end: int, labels: frozenset[str]) -> Speaker:
        """A transcript's turn label the article names no one by: the person it names, as the fullest label of the
        transcript ending in the same family name writes them ("BRACKE:" after "TOM BRACKE:" is Tom Bracke)."""
        label = self.text[start:end]
        fullest = max((full for full in labels if full.split()[-1] == label.split()[-1]), key=len, default=label)
        return Speaker(name=fullest.title(), text=label, start=start, end=end, type="PERSON")

    def body_written_bare(self, noun: Token) -> Chain | None:
        """The body a body's kind written without its article names ("company figures", a box's "(company)"): the
        one "the company" would be, when that is a body."""
        body = self.mentions.describe(noun, noun.idx)
        return body if body is not None and body.type == "ORG" else None

    def _of(self, chain: Chain, text: str, start: int, end: int, title: str | None = None) -> Speaker:
        stype = "ORG" if chain.type == "FAC" else chain.type
        title = chain.named_roles.get(title, title) if title else chain.title  # "its chief executive": whose
        return Speaker(name=chain.name, text=text, start=start, end=end, type=stype, title=title)

    @staticmethod
    def _head_phrase(tok: Token) -> tuple[int, int]:
        """The noun phrase up to its head: drops relative clauses and trailing modifiers."""
        left = tok.left_edge
        return left.idx, tok.idx + len(tok.text)

    def _named(self, tok: Token, start: int, end: int) -> Speaker | None:
        text = self.text[start:end]
        m = self.mentions
        # the named participant: the head's own name, else one in an apposition, else a name closing the phrase
        ent = m.named_in(tok)
        if ent is None:
            # "the head of the flood agency Ines Marlow": a name closing the phrase is the speaker
            last = self.entity_at(end - 1, end)
            # but not the object of a preposition: "the mayor of Kessa" is not Kessa
            last_tok = self.doc.char_span(last.start, last.end, alignment_mode="expand") if last else None
            # a body's name closing a phrase headed by an organisation noun ("The company that runs the awards,
            # Kessa Productions,") is that body, as a person's name closing one about a person is that person
            about_body = tok.lemma_.lower() in words("org_nouns") or tok.lower_ in words("org_nouns")
            closing = last is not None and (last.label == "PERSON" or (about_body and last.label == "ORG"))
            if last is not None and last_tok is not None and not closing and last.label == "ORG":
                # "The governor of Halvenn Province, Ilse Varnholt, said": a person's name set off after a person's
                # role (hung on the role's place) is its holder, though the tagger typed it a body
                role = tok.lemma_.lower() in words("person_nouns") or fold(tok.text) in words("titles")
                set_off = last_tok.root.dep_ == "appos" and self.doc[last_tok.start - 1].text == ","
                closing = role and set_off and a_persons_name(last.canonical)
            if last is not None and closing and last.end >= end - 1:
                ent = last if last_tok is None or last_tok.root.dep_ != "pobj" else None
        if ent is not None and ent.label == "NORP" and tok.tag_ in ("NN", "NNP") and self._definite(tok):
            ent = None  # "the Norwegian added": a nationality used as a noun describes a person
        bare = not self._definite(tok) and not any(c.dep_ == "compound" for c in tok.lefts)
        if ent is None and tok.text[:1].isupper() and bare:
            # a family name alone that the tagger left untagged is the person the article named in full; an
            # acronym, the body it was defined for
            named_in_full = m.person_by_surname(tok.text, start) or m.body_by_acronym(tok.text)
            if named_in_full is not None:
                return self._of(named_in_full, text, start, end)
        # (or the body named right before the phrase, which it sets off: "UNADP, the UN agency for …, said")
        if (
            ent is not None
            and ent.label in _NAMED
            and (ent.start >= start or self.text[ent.end : start].strip() == ",")
        ):
            branch = self._branch_of(tok, ent)
            if branch is not None:
                return Speaker(name=branch, text=text, start=start, end=end, type="ORG")
            chain = m.chain_at(ent.start, ent.end)
            # (a place the parser made the head of the phrase is no title of the body set beside it)
            title = None if tok.ent_type_ in ("GPE", "LOC") and ent.label == "ORG" else self._title(text, start, ent)
            if chain is not None:
                return self._of(chain, text, start, end, title)
            etype = "ORG" if ent.label == "FAC" else ent.label
            return Speaker(name=ent.canonical, text=text, start=start, end=end, type=etype, title=title)
        lemma = tok.lemma_.lower()
        published = lemma in words("document_nouns") or lemma in words("media_nouns")
        site = _site_owner(tok) if published else None
        if site is not None and (owner := self.speaker(site, self.mention(site))) is not None:
            # "a statement on the Kessa Rail website", "a post on the gang's leak site": the site's owner's
            return replace(owner, text=text, start=start, end=end, title=None)
        if lemma in words("document_nouns") or tok.lower_ in words("document_nouns"):
            issuer = self._issuer(tok, start)
            if isinstance(issuer, Speaker):
                return replace(issuer, text=text, start=start, end=end, title=None)
            if issuer is not None:
                return self._of(issuer, text, start, end)
            author = self._sole_author(tok)
            if author is not None:
                return self._of(author, text, start, end)
            # "according to police figures" where no one else gave them: the body the noun before says, described
            # (a count's noun only: "court filings" are a document of their own)
            before = self.doc[tok.i - 1] if tok.i > 0 else None
            if (
                tok.lemma_.lower() in words("tally_nouns")
                and before is not None
                and before.dep_ == "compound"
                and before.head.i == tok.i
                and before.lemma_.lower() in words("org_nouns")
                and (counter := self._description(before, before.idx, before.idx + len(before.text))) is not None
            ):
                return counter
            return self._description(tok, start, end)
        # a definite description of one participant ("the agency", "its Asia director"); plural people
        # ("the officials") are not one participant
        if tok.lemma_.lower() in words("representative_nouns"):
            body = self._represented(tok, start, end)
            if isinstance(body, Speaker):
                return body
            if body is not None:
                return self._of(body, text, start, end)
        singular = tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() in words("org_nouns")
        if self._headline_body(tok):
            # "Refugee agency: 25,000 displaced": a headline drops the article before a body's description too
            described = m.headline_body(tok, start)
            if described is not None:
                return self._of(described, text, start, end)
        if self._headline_role(tok):
            # only one the article names in that role: a headline comes before any subject it could mean
            described = m.describe(tok, start)
            if described is not None and m.holds_role(described, tok):
                return self._of(described, text, start, end)
            return self._description(tok, start, end)
        if self._definite(tok):
            described = m.describe(tok, start)
            if described is not None and (singular or described.type == "ORG"):
                return self._of(described, text, start, end)
        elif singular:
            named = m.named_next(tok)
            if named is not None:
                return self._of(named, text, start, end)
            bare = not any(c.dep_ == "det" for c in tok.children) and tok.lower_ == tok.lemma_.lower()
            if bare and tok.lemma_.lower() in words("org_nouns"):
                # "police said": a body's noun written bare is the body the article names with that very word
                # ("Kelvarra Police"), before or after, not one it only fits by kind; "authorities" are more than
                # one body
                named_with = [c for c in m.chains if c.type == "ORG" and _names_with(c, tok.lemma_.lower())]
                described = m.describe(tok, start) if len(named_with) > 1 else None
                if len(named_with) == 1 or described in named_with:
                    return self._of(described or named_with[0], text, start, end)
                # "ministry figures" after "Transport Minister Mara Sorrel": the ministry she heads
                organ = None if named_with else m.headed_by_a_titled_person(tok, start)
                if organ is not None:
                    return self._of(organ, text, start, end)
        staffed = self._staff_of(tok)
        if staffed is not None:
            return self._of(staffed, text, start, end)
        return self._description(tok, start, end)

    def _staff_of(self, tok: Token) -> Chain | None:
        """The one body whose name holds another word of the family of the plural people noun ``tok``, written bare
        or after "the" ("the investigators" of the Kessa Mines Investigation Board, "inspectors" of an
        Inspectorate), else the one body the article says has such people ("its 64 monitors", "the
        league's monitors"): its staff, speaking for it. Not a body named by the noun itself ("companies").
        Words that say what kind of them they are may come before the noun ("foreign election monitors"),
        but no nation ("Kessan monitors" are that nation's)."""
        if tok.tag_ != "NNS" or any(
            not (c.dep_ == "det" and c.lower_ == "the")
            and not (
                c.dep_ in ("amod", "compound")
                and c.pos_ in ("ADJ", "NOUN")
                and not c.ent_type_
                and not nation_of(c.text)
            )
            for c in tok.children
        ):
            return None
        lemma = tok.lemma_.lower()
        if lemma not in words("agent_nouns") or len(family := word_family(lemma)) < 5:
            return None
        bodies = [
            chain
            for chain in self.mentions.chains
            if chain.type == "ORG"
            and any(word_family(w).startswith(family) and _singular_of(w) != lemma for w in fold(chain.name).split())
        ]
        if bodies:
            return bodies[0] if len(bodies) == 1 else None
        owners = {owner.id: owner for t in tokens(self.doc) if (owner := self._owner_of_staff(t, tok)) is not None}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _owner_of_staff(self, t: Token, staff: Token) -> Chain | None:
        """The body owning ``t``, another mention of the people noun ``staff`` ("its monitors", "the
        league's monitors"), if one does."""
        if t.i == staff.i or t.tag_ != "NNS" or t.lemma_ != staff.lemma_:
            return None
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in ("its", "their"):
            chain = self.mentions.antecedent(owner.idx, "it")
        else:
            chain = self.mentions.chain_at(owner.idx, owner.idx + len(owner.text)) or self.mentions.describe(
                owner, owner.idx
            )
        return chain if chain is not None and chain.type == "ORG" else None

    def _branch_of(self, tok: Token, ent: Entity) -> str | None:
        """ "The UN refugee agency": a body named by another's name, a field and a noun of a body's kind is that
        branch of it ("UN refugee agency"), not the whole ("UN")."""
        kind = tok.lemma_.lower()
        if ent.label != "ORG" or kind not in words("org_nouns") or kind in words("generic_org_nouns"):
            return None  # "the White Helmets main rescue group" is the White Helmets: "group" says no kind
        between = [t for t in tok.lefts if ent.end <= t.idx and t.dep_ == "compound"]
        if not between or any(t.pos_ != "NOUN" or not t.is_lower for t in between):
            return None
        name = self.text[ent.start : tok.idx + len(tok.text)]
        if spells_its_kind(ent.text, self.text[ent.end : tok.idx + len(tok.text)]):
            return None  # "the KNA news agency": the agency the acronym spells, not a branch of one
        return normalise_name(name, "ORG") or None

    def _represented(self, tok: Token, start: int, end: int) -> Chain | Speaker | None:
        """Whom an unnamed spokesperson or official speaks for: the body their phrase names ("a spokesman
        for the agency", "the ministry's spokeswoman", "a VDA official"), else the body the article is talking
        about. A named one is a person in their own right and never reaches here."""
        for child in tok.children:
            inner: Token | None = None
            if child.i < tok.i and (
                child.dep_ in ("poss", "compound", "nmod") or (child.dep_ == "amod" and child.pos_ == "PROPN")
            ):
                inner = child  # "a Deskly spokesperson", where the parser may take the name for an adjective
            elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from", "with"):
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is None or inner.pos_ not in ("PROPN", "NOUN"):
                continue
            found = self.speaker(inner, self.mention(inner))
            unnamed = found is None or found.anonymous or self.mentions.by_name(found.name) is None
            business = words("commercial_nouns") | words("generic_org_nouns")
            if unnamed and child.dep_ == "compound" and inner.lemma_.lower() in business and tok.tag_ == "NN":
                # "a company spokesperson", "an airline spokesman": the business the kind describes, as "the
                # company" would be
                body = self.mentions.describe(inner, start)
                if body is not None and body.type == "ORG":
                    return body
            if found is None or found.anonymous:
                continue
            # a body the article names speaks through them, also where the tagger left its name untyped
            # here; a person's spokesperson, or a name the article ties to no body, is not the body the
            # article is about: the description stays as written
            chain = self.mentions.by_name(found.name)
            if found.type in ("ORG", "GPE", "NORP") or (chain is not None and chain.type in ("ORG", "GPE", "NORP")):
                # (a body the article only describes, "a spokesman for the harbour authority", as described)
                if chain is None and child.dep_ == "prep" and _definite_body(inner):
                    return replace(found, text=self.text[start:end], start=start, end=end, anonymous=False)
                return chain
            if inner.pos_ == "PROPN":
                return self._description(tok, start, end)
        actor = self._body_reported_on(tok) or self._body_at(tok)
        if actor is not None:
            return actor
        earlier = self._introduced_before(tok)
        if earlier is not None:
            return self._represented(earlier, earlier.idx, earlier.idx + len(earlier.text))
        said = self.mentions.topic_body(start)
        if said is not None and self._someone_elses(tok, said.chain):
            return None
        return said.chain if said is not None else None

    def _introduced_before(self, tok: Token) -> Token | None:
        """ "the spokesperson said" after "A spokesperson for Holm Lines said …": the same noun, written recently
        with the body it speaks for, is the one the definite description means."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        return next(
            (
                t
                for t in recent_same_noun(tok)
                if any(
                    (c.dep_ == "prep" and c.lower_ in ("for", "of", "at"))
                    or (c.dep_ in ("poss", "compound") and c.i < t.i)
                    for c in t.children
                )
            ),
            None,
        )

    def _body_at(self, tok: Token) -> Chain | None:
        """The body where an unnamed spokesperson speaks, set before them on their verb ("At Port Sallow General
        Hospital, a spokeswoman said …"): they speak for it, not for the body the article was talking about."""
        verb = tok.head
        if tok.dep_ != "nsubj" or not lemma_in(verb, words("speech")):
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "from") or prep.i > tok.i:
                continue
            place = next((g for g in prep.children if g.dep_ == "pobj"), None)
            entity = self.mentions.entity_at(place.idx, place.idx + len(place.text)) if place is not None else None
            chain = self.mentions.chain_at(entity.start, entity.end) if entity is not None else None
            if chain is not None and chain.type in ("ORG", "FAC"):
                return chain
        return None

    def _body_reported_on(self, tok: Token) -> Chain | None:
        """The body a spokesperson reports the doings of ("Bluewing Airways canceled 540 flights, a spokesperson
        said"): the named organisation that is the subject of what they say, whom a spokesperson speaks for."""
        verb = tok.head
        if not tok.lower_.startswith("spokes") or tok.dep_ != "nsubj" or not lemma_in(verb, words("speech")):
            return None
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
            clauses.append(verb.head)  # the parser hangs "…, a spokesperson said" on what was said
        for clause in clauses:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            # a name, also one the tagger read as a common noun opening the sentence ("Corvex has said …")
            if subj.pos_ != "PROPN" and self.mentions.entity_at(subj.idx, subj.idx + len(subj.text)) is None:
                continue
            found = self.speaker(subj, self.mention(subj))
            chain = self.mentions.by_name(found.name) if found is not None else None
            if chain is not None and chain.type == "ORG":
                return chain
        return None

    @staticmethod
    def _someone_elses(tok: Token, body: Chain) -> bool:
        """Does a modifier say the officials are not ``body``'s people: a word of place, level or field that its
        name does not hold ("local officials", "health officials" beside a refugee agency)? Rank ("senior") and
        which-one words ("other") say nothing of whose they are."""
        neutral = words("rank_modifiers") | words("vague_modifiers")
        mods = [
            c
            for c in tok.children
            if c.i < tok.i and ((c.dep_ == "amod" and c.pos_ == "ADJ") or (c.dep_ == "compound" and c.pos_ == "NOUN"))
        ]
        if any(m.lower_ not in neutral and m.lemma_.lower() not in body.words for m in mods):
            return True
        # "officials in the Kessa region": the people of a place (or a body) the body's name does not hold
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                named = [t for t in place.subtree if t.pos_ == "PROPN"]
                if any(fold(t.text) not in body.words and nation_of(t.text) not in body.nations for t in named):
                    return True
        return False

    @staticmethod
    def _headline_body(tok: Token) -> bool:
        """ "Refugee agency: 25,000 displaced": a body's noun, singular, heading a phrase that opens its line
        capitalised and without an article and ends at a colon, as a headline writes a description of who says."""
        first = tok.left_edge
        return (
            tok.lemma_.lower() in words("org_nouns")
            and tok.tag_ == "NN"
            and bool(first.is_sent_start)
            and first.text[:1].isupper()
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].text == ":"
            and not any(c.dep_ in ("det", "poss") for c in tok.children)
        )

    @staticmethod
    def _headline_role(tok: Token) -> bool:
        """ "Mayor defends tunnel plan": a role word alone opening a sentence, as a headline drops its article,
        is a description of the one the article names in that role."""
        role = tok.lemma_.lower() in words("person_nouns") or fold(tok.text) in words("titles")
        alone = not any(c.dep_ in ("compound", "det", "poss", "amod") for c in tok.children)
        return role and alone and bool(tok.is_sent_start) and tok.text[:1].isupper()

    def _definite(self, tok: Token) -> bool:
        """ "the ministry", "its Asia director", "the company's chief": a description of someone known; not one
        opening on "a" that the parser hung on its owner ("A dockers' group")."""
        if tok.left_edge.lower_ in ("a", "an") and tok.left_edge.head.dep_ == "poss":
            return False
        return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any") for c in tok.children)

    @staticmethod
    def _new_one(tok: Token) -> bool:
        """ "A study found", "another review showed", "one survey found": a document the article introduces,
        not one it has tied to an issuer, so it speaks for itself rather than for the body last heard from
        ("figures show" and "the report said" may be the ones just mentioned)."""
        return any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one", "some", "any")
            for c in tok.children
        )

    def _stated_in(self, tok: Token) -> Speaker | None:
        """Who spoke "in a statement" (in the sentence before or this one) that "the statement said" now."""
        sent = tok.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(self.doc[first : tok.i]):
            if t.lemma_ == tok.lemma_ and (spoken := self._spoken_in(t)) is not None:
                return spoken
        return None

    def _spoken_in(self, document: Token) -> Speaker | None:
        """Who said something "in" the document ("the army said in a statement", "denied it in a letter")."""
        if document.dep_ != "pobj" or document.head.lower_ != "in":
            return None
        verb = document.head.head
        for _ in range(3):  # "denied the allegations in a statement": the phrase may hang on the object
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        # any verb of saying is done in a statement ("denied", "rejected"), not only those stating figures
        if verb.pos_ != "VERB" or not lemma_in(verb, words("statement_verbs") | words("speech")):
            return None
        # a verb whose subject cannot speak (the reported clause's, misread) has its source after the last comma
        # ("A cracked valve caused the flood, the Kessa Mines Board said in an interim report")
        subject = subject_of(verb)
        if subject is None or self.voiceless(subject):
            subject = postposed_subject(verb, verb.sent.start_char) or subject
        return self.speaker(subject, self.mention(subject)) if subject is not None else None

    def _name_before(self, tok: Token) -> Speaker | None:
        """A name written before a document noun that the tagger did not recognise: capitalised words
        joined by hyphens ("the Kessa-Daily Pulse projection" is Kessa-Daily Pulse's)."""
        doc = self.doc
        i = tok.i - 1
        while (
            i >= 0
            and doc[i].head.i in range(i, tok.i + 1)
            and (
                # capitalised: a proper noun, or a common noun not opening the sentence ("TV" in "TV-Kessa"), or
                # initials whatever the tagger read them as
                (
                    doc[i].text[:1].isupper()
                    and (doc[i].pos_ == "PROPN" or (doc[i].pos_ == "NOUN" and not doc[i].is_sent_start))
                )
                or is_acronym(doc[i].text)
                or (doc[i].text == "-" and not doc[i].whitespace_)
            )
        ):
            i -= 1
        names = doc[i + 1 : tok.i]
        if not names or names[0].text == "-":
            return None
        named = any(t.pos_ == "PROPN" for t in names)
        chain = self.mentions.chain_at(names.start_char, names.end_char) if named else None
        if chain is None and len(names) == 1:
            # a body's acronym the tagger read as a common noun is its name still ("a HGSB notice")
            chain = self.mentions.body_by_acronym(names.text)
        if chain is not None:
            return self._of(chain, names.text, names.start_char, names.end_char)
        if not named:
            return None
        return Speaker(name=names.text, text=names.text, start=names.start_char, end=names.end_char, type="ORG")

    def _attributing_body(self, tok: Token) -> Speaker | None:
        """The organisation a clause is about, for a document no one is said to have issued that the clause is
        "according to": "Kestrel Health will fund the deal with new debt, according to a statement", "Tessaly
        Bank's net profit rose 5%, according to company filings" — the body's own statement and filings."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
            return None
        subject = subject_of(prep.head.head)
        if subject is None:
            return None
        for candidate in (subject, *(c for c in subject.children if c.dep_ == "poss")):
            if candidate.pos_ != "PROPN":
                continue
            found = self.speaker(candidate, self.mention(candidate))
            if found is not None and found.type == "ORG":
                return found
        return None

    def _issuer(self, tok: Token, pos: int) -> Chain | Speaker | None:
        """Who a document speaks for: the issuer it names ("the ministry's figures", "a statement released by
        the mission", "figures from the agency"), a document the article named ("the poll" after "a Harbour
        Times poll"), else for a report the article already knows that speaks ("the report said") whoever just
        spoke in one ("the army said in a statement"), the body last heard from, or the organisation the article
        is about."""
        named_here = self._issuer_named(tok)
        if named_here is not None:
            return named_here
        written = self._name_before(tok)
        if written is not None:
            return written
        if self._definite(tok):
            named = self.mentions.describe(tok, pos)
            if named is not None:
                return named
            issued = self._issued_before(tok, pos)
            if issued is not None:
                return issued  # "according to the analysis" after "Quillstone has published an analysis"
        attributing = self._attributing_body(tok)
        if attributing is not None:
            return attributing
        whose = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "WP$"), None)
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None) if whose is not None else None
        if clause is not None:
            # "the port authority, whose turnstile data counted 46 …": the records of what the clause is on
            return self.speaker(clause.head, self.mention(clause.head))
        if whose is not None and whose.i >= 2 and self.doc[whose.i - 1].text == ",":
            # (the same when the parser made no relative clause of it: the phrase right before ", whose")
            before = self.doc[whose.i - 2]
            if before.pos_ in ("NOUN", "PROPN"):
                return self.speaker(before, self.mention(before))
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is not None:
            # "its figures show …": the body "its" stands for; "their statements indicate …" of people the article
            # does not name: no one, not the body last heard from
            return self.mentions.antecedent(owner.idx, owner.lower_)
        if tok.dep_ != "nsubj" or not lemma_in(tok.head, words("report_verbs")) or self._new_one(tok):
            return None
        if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children):
            return None  # "the ferry's boarding register showed …": a thing's record, no body just heard from
        if tok.lemma_.lower() in words("findings") and not any(c.dep_ in ("det", "poss") for c in tok.children):
            # "polls show", "studies found", "existing research shows": findings in general, issued by no one
            # body heard from
            return None
        # "the report says" after "according to a report in the Kessa Herald": the one that report was issued by
        introduced = False
        for earlier in reversed(self.doc[: tok.i]):
            if pos - earlier.idx > RECENT_CHARS:
                break
            # the same document: one the narrator wrote of, in the same number ("her statements" inside a quote
            # is not "the statement" that speaks)
            same = earlier.lemma_ == tok.lemma_ and earlier.pos_ == "NOUN" and earlier.tag_ == tok.tag_
            if same and self.mentions.quote_at(earlier.idx) is None:
                issued = self._issuer_named(earlier) or self._issued_by(earlier)
                if issued is not None:
                    return issued
                introduced = introduced or self._new_one(earlier)
        stated = self._stated_in(tok)
        if stated is not None:
            return stated
        if introduced and tok.lemma_.lower() not in words("issued_documents"):
            return None  # "a study of 85,000 adults … the study found": a document no one issued speaks for itself
        for said in reversed(self.mentions.history):
            # a body the article only describes issues what it is said to: not a report heard of next
            if said.pos < pos and said.chain.type == "ORG" and not said.chain.described:
                return said.chain
        return self.mentions.central_org(len(self.text))

    def _subject_ahead(self, owner: Token) -> Chain | Speaker | None:
        """The body a possessive pronoun in a phrase opening its sentence points ahead to: the subject of the
        sentence's verb, named after it ("According to its yearly review, the Kessa Maritime Safety Board …")."""
        root = owner.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.i < owner.i or owner.i > root.i or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if not any(t.text == "," for t in owner.doc[owner.i : subject.left_edge.i]):
            return None  # the phrase must be set off before the subject
        found = self.speaker(subject, self.mention(subject))
        return found if found is not None and found.type == "ORG" else None

    def _issued_before(self, tok: Token, pos: int) -> Chain | Speaker | None:
        """Who issued the same document the article wrote of shortly before ("Quillstone has published an
        analysis … According to the analysis"): the one its phrase or a verb of issuing it names."""
        for earlier in reversed(self.doc[: tok.i]):
            if pos - earlier.idx > RECENT_CHARS:
                break
            same = earlier.lemma_ == tok.lemma_ and earlier.pos_ == "NOUN" and earlier.tag_ == tok.tag_
            if not same or self.mentions.quote_at(earlier.idx) is not None:
                continue
            issued = self._issuer_named(earlier) or self._issued_by(earlier) or self._spoken_in(earlier)
            if issued is not None or not self._definite(earlier):
                return issued
            # "the report" again: the one an earlier mention of it was issued or spoken in by
        return None

    def _issued_by(self, tok: Token) -> Chain | Speaker | None:
        """Who issued a document by a verb of issuing it ("the ministry released a report")."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.pos_ != "VERB" or not lemma_in(verb, words("issuing_verbs")):
            return None
        subject = subject_of(verb)
        if subject is None or subject.pos_ == "PRON":
            return None
        found = self.speaker(subject, self.mention(subject))
        chain = self.mentions.by_name(found.name) if found is not None else None
        return chain if chain is not None else found

    def _sole_author(self, tok: Token) -> Chain | None:
        """The one person whose role the article gives as a document's author ("the study's lead author Mara Vell",
        "Ivo Tarn, a co-author of the report"), for a definite document no body issued: a paper speaks for its
        author."""
        if not self._definite(tok):
            return None
        documents = words("document_nouns")
        authors = [
            c
            for c in self.mentions.chains
            if c.type == "PERSON"
            and any(
                "author" in (role_words := re.findall(r"[a-z]+", fold(role))) and documents & set(role_words)
                for role in c.roles
            )
        ]
        return authors[0] if len(authors) == 1 else None

    def _issuer_named(self, tok: Token) -> Chain | Speaker | None:
        """The issuer a document's own phrase names: "the ministry's figures", "a Harbour Times poll", "figures
        from the agency", "a statement released by the mission", "a report in the Kessa Herald"."""
        # the document's own words, and a clause hung on the noun its "of" phrase closes with ("a survey of
        # members carried out by the union": the parser hangs the clause on "members")
        own = list(tok.children)
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            own += [a for pobj in prep.children if pobj.dep_ == "pobj" for a in pobj.children if a.dep_ == "acl"]
        for child in own:
            inner: Token | None = None
            if child.dep_ == "poss" and child.lower_ == "its" and (ahead := self._subject_ahead(child)) is not None:
                return ahead  # "According to its yearly review, the Kessa Maritime Safety Board …"
            if child.dep_ == "poss":
                inner = child
            elif child.dep_ in ("compound", "nmod") and child.i < tok.i and child.ent_type_ in ("ORG", "PERSON"):
                inner = child  # "a Harbour Times poll", "agency figures"
            elif child.dep_ == "compound" and child.i == tok.i - 1 and (opening := _opening_compound(tok)) is not None:
                # "council figures show", "a ministry safety bulletin": the body the article names or describes,
                # opening the nouns before the document's
                inner = opening
            elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "in"):
                inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif (
                child.dep_ == "relcl"
                and child.i > tok.i
                and (lemma_in(child, words("issuing_verbs")) or child.lemma_.lower() in ("give", "put"))
            ):
                # "the figure it gave on 12 September", "the report the ministry released": its issuer
                subject = subject_of(child)
                inner = subject if subject is not None and subject.tag_ not in ("WDT", "WP") else None
            elif child.dep_ == "acl":
                agent = next((g for g in child.children if g.dep_ == "agent"), None)
                inner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if inner is None and lemma_in(child, words("issuing_verbs")):
                    # "the study, published in the Journal of Ageing": where it appeared, when that is a body
                    where = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "in"), None)
                    inner = next((g for g in where.children if g.dep_ == "pobj"), None) if where else None
                    if inner is not None and inner.ent_type_ != "ORG":
                        inner = None
            if inner is not None:
                found = self.speaker(inner, self.mention(inner))
                chain = self.mentions.by_name(found.name) if found is not None else None
                counted = tok.lemma_.lower() in words("tally_nouns")
                if chain is None and found is not None and counted and child.dep_ == "compound" and not inner.ent_type_:
                    # a count a body's kind names ("company figures", "Police figures put …"): the body of that kind
                    # the article names, as "the company" would be, else the body as written, never one the article
                    # heard from last (a "union statement" may be one the article told of)
                    return self.body_written_bare(inner) or found
                # "in" names where a report appeared, which issues it only when it is a body ("in March", "in
                # Kessa" do not)
                if chain is not None and (child.lower_ != "in" or chain.type in ("ORG", "FAC")):
                    return chain
                if chain is None and found is not None and child.lower_ == "in" and inner.pos_ == "PROPN":
                    # "a report in the Kessa Leader": a title the tagger did not know is the paper it appeared in
                    return replace(found, type="ORG", anonymous=False, title=None)
                if (
                    chain is None
                    and found is not None
                    and (child.lower_ in ("from", "by") or child.dep_ in ("relcl", "acl", "poss"))
                    and found.type == "ORG"
                ):
                    # "figures from the statistics office", "figures published by the league", "the harbour
                    # authority's latest figures": a body the article only describes issued them
                    return replace(found, title=None)
        return None

    def _description(self, tok: Token, start: int, end: int) -> Speaker | None:
        """No one the article names: the description itself, without determiner or clause, if it can speak."""
        if not self.can_speak(tok):
            return None
        text = self.text[start:end]
        h_start, h_end = self._head_phrase(tok)
        head_end = tok.i
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") and c.i == tok.i + 1), None)
        if of is not None and (of.lower_ == "of" or tok.like_num) and of.right_edge.i - tok.i <= 6:
            head_end = of.right_edge.i  # "70 percent of voters", "one in five"
        doc = self.doc
        # written spacing is kept ("bank's chief economist", "state-run agency"), other punctuation dropped, and
        # so are a determiner and the one-word hedges opening the phrase ("nearly half of the residents" is
        # "half of …")
        start_i = tok.left_edge.i
        # (a dateline the parser hung on the phrase is no part of it: "KESSA, May 6 (Orvel Wire) - Engineers said")
        while start_i < tok.i and doc[start_i].idx < self.mentions.dateline_end <= tok.idx:
            start_i += 1
        hedges = _one_word_hedges()
        while start_i < tok.i and doc[start_i].lower_ in hedges and doc[start_i].dep_ in ("advmod", "quantmod"):
            start_i += 1
        kept = [
            t
            for t in doc[start_i : head_end + 1]
            if (not t.is_punct or t.text == "%" or (t.text == "-" and t.i > 0 and not doc[t.i - 1].whitespace_))
            and (t.i > tok.i or t.dep_ not in ("det", "predet"))
        ]
        # a dropped mark keeps its space ("rail workers' union" → "rail workers union")
        name = "".join(t.text + (" " if t.whitespace_ or t.nbor(1) not in kept else "") for t in kept[:-1])
        name = (name + kept[-1].text).strip() if kept else self.text[h_start:h_end]
        name = normalise_name(name, "")
        if kept and self._capitalised_to_open(kept[0]):
            # "Officials said": written as a name, the ledger would list it as one speaker of every article
            name = name[:1].lower() + name[1:]
        lemma = tok.lemma_.lower()
        # a body's noun written as two words ("coast guard" for a coastguard) is still a body's
        before = doc[tok.i - 1] if tok.i > 0 and doc[tok.i - 1].dep_ == "compound" else None
        joined = before.lower_ + lemma if before is not None else ""
        if (
            lemma in words("org_nouns")
            or tok.lower_ in words("org_nouns")
            or joined in words("org_nouns")
            or lemma in words("document_nouns")
            or governing_area(tok)
        ):
            stype = "ORG"
        else:
            stype = "PERSON"
        owner = kept[0] if kept and kept[0].dep_ == "poss" and kept[0].lower_ in ("its", "their") else None
        place = self.mentions.antecedent(owner.idx, "it") if owner is not None and stype == "ORG" else None
        if place is not None and place.type == "GPE" and " " in name:
            name = f"{place.name}'s {name.split(' ', 1)[1]}"  # "its defence ministry" of Chile: Chile's
        if stype == "ORG":
            name = self.mentions.organ_of_a_people(name) or name  # "Chile's defence ministry": the Chilean Ministry …
        anonymous = stype == "PERSON" and lemma in words("person_nouns")
        return Speaker(name=name, text=text, start=start, end=end, type=stype, anonymous=anonymous)

    @staticmethod
    def _title(text: str, start: int, ent: Entity) -> str | None:
        """What the phrase says besides the name: "Alliance Secretary General", "chief of staff"."""
        # the name proper inside the entity: NER often counts a rank as part of the name
        core = normalise_name(ent.text, ent.label)
        offset = ent.text.find(core) if core else -1
        name_start = ent.start + max(offset, 0)
        name_end = name_start + len(core) if offset >= 0 else ent.end
        before = text[: max(0, name_start - start)]
        after = text[max(0, name_end - start) :]
        # a relative clause says what the participant does, not what they are called: "Dr Anna Voss, who heads
        # the unit" is titled "Dr"; "Unison, which represents 5,800 staff" has no title
        after = re.split(r"(?:^|[\s,])(?:who|which|whose|whom)\b", after, maxsplit=1)[0]
        if _COORDINATED.search(before):
            before = ""  # "the tribunal and the Ministry of Transport": the words before "and" are another party
        rest = " ".join(f"{before} {after}".replace(",", " ").split())
        words = rest.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        title = " ".join(words).strip(" ,;:")
        return title or None

    def topic(self, pos: int) -> Speaker | None:
        """The participant the article is talking about at ``pos``: the latest speaker or subject, a person
        before a body, named within the last few paragraphs. The mention is that latest one, as written."""
        said = self.mentions.topic(pos)
        if said is None:
            return None
        if said.span is not None:  # the mention as written ("Ana Veld said": Ana Veld, not the verb)
            start, end = said.span
            return self._of(said.chain, self.text[start:end], start, end)
        tok = self.doc.char_span(said.pos, said.pos + 1, alignment_mode="expand")
        end = said.pos + len(tok[0].text) if tok else said.pos
        return self._of(said.chain, self.text[said.pos : end], said.pos, end)

    # -- the discourse history --------------------------------------------------------------------
    def remember(self, speaker: Speaker, pos: int, plural: bool = False) -> None:
        """A resolved speaker is a candidate for later pronouns and descriptions; its mention is kept as
        written (where a quote later given to the participant the article talks about points)."""
        chain = self.mentions.by_name(speaker.name)
        if chain is not None:
            self.mentions.remember(chain, pos, plural, (speaker.start, speaker.end))


def _site_owner(document: Token) -> Token | None:
    """Whose site a document is on ("a statement on the Kessa Rail website", "a post on Merrow Crew's leak site",
    or the site of the verb it is the subject of: "a post appeared on the gang's site"): the owner the site's
    phrase names by a possessive or a name before the site's noun (``lexicons/site_nouns.txt``)."""
    holders = [document, *([document.head] if document.dep_ in ("nsubj", "nsubjpass") else [])]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in") or prep.i < document.i:
                continue
            place = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if place is None or place.lemma_.lower() not in words("site_nouns"):
                continue
            owner = next(
                (c for c in place.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")),
                None,
            )
            if owner is not None and owner.tag_ != "PRP$":
                return owner
    return None


def _definite_body(noun: Token) -> bool:
    """Is the noun a body's kind with "the" before it ("for the regional water inspectorate")?"""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    determined = any(
        c.dep_ == "det" and c.lower_ == "the" for c in (*noun.children, *(owner.children if owner else ()))
    )
    return determined and (noun.lemma_.lower() in words("org_nouns") or noun.lower_ in words("org_nouns"))


def _names_with(chain: Chain, word: str) -> bool:
    """Does one of the names the article gives ``chain`` hold ``word`` ("Kelvarra Police" holds "police")?"""
    return any(word in key.split() for key in chain.keys)


def governing_area(tok: Token) -> bool:
    """ "The city said", "the district announced": an area named by a definite singular noun as the subject of a
    verb of saying is its government speaking."""
    return (
        tok.lemma_.lower() in words("place_nouns")
        and tok.tag_ == "NN"
        and tok.dep_ == "nsubj"
        and lemma_in(tok.head, words("speech") | words("statement_verbs"))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def speakers_for(doc: Doc, entities: list[Entity]) -> SpeakerResolver:
    """The speaker resolver of one parsed article (its mention chains built from ``entities``)."""
    return SpeakerResolver(resolve_mentions(doc, entities))


def _apposed_to(noun: Token, relative: Token) -> Token:
    """What a relative clause set off by a comma after an apposition is about: the noun the apposition describes,
    not a place or a thing named inside it ("Orvane Crop Watch, a group in Gullen Point, which put …" is the
    group's). Else ``noun``, the one the parser hung the clause on."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.dep_ == "appos"
        and relative.i > 0
        and relative.doc[relative.i - 1].text == ","
    ):
        return prep.head.head
    return noun
