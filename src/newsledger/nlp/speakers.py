"""Speakers: from the source phrase of an attribution to a resolved ``Speaker``.

The mention as written is the whole source noun phrase (determiner, title, apposition included:
"Nato Secretary General Mark Rutte", "he", "who"). The resolved name is
- the named entity inside it, canonical within the article ("Singh" → "Sabrina Singh"), with the
  rest of the phrase as ``title`` ("Nato Secretary General");
- for a pronoun, the most recent compatible speaker or subject before it ("he" → "Andrii Sybiha");
- for a relative pronoun ("who said"), the noun the clause hangs on;
- for a definite description ("the ministry"), the earlier speaker or organisation whose name has
  its head noun, else, for a generic organisation noun, the one organisation the article has named;
- otherwise the phrase itself without its determiner, marked anonymous when it only describes a
  person ("a North Korean foreign ministry official").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..record import Entity, Speaker
from .entities import normalise_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PRONOUNS", "SpeakerResolver"]


def _words(text: str) -> frozenset[str]:
    """A lexicon written as running words (easier to read and review than one string per line)."""
    return frozenset(text.split())


PERSONAL = {"he", "she", "him", "her", "his"}
PLURAL = {"they", "them", "their"}
NEUTER = {"it", "its"}
FIRST = {"i", "we", "me", "us", "my", "our", "you"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
PRONOUNS = PERSONAL | PLURAL | NEUTER | FIRST | RELATIVE

# Head nouns that describe a person without naming one: the speaker stays anonymous.
ANONYMOUS_HEADS = _words(
    """
    official source aide spokesman spokeswoman spokesperson diplomat person people insider officer
    adviser advisor staffer member resident witness analyst expert observer strategist operative
    lawmaker legislator someone representative employee worker negotiator investigator activist
    critic supporter opponent voter
    """
)
# Head nouns of institutions, documents and polls: the speaker is an organisation.
ORG_HEADS = _words(
    """
    ministry government department office agency committee commission intelligence police campaign
    company newspaper poll survey study report council army military administration court party
    group organization organisation team embassy service board bureau union network authority
    authorities media statement analysis data research firm bank center centre institute coalition
    alliance force forces parliament congress senate house cabinet spokesman's office regime kremlin
    pentagon white house ad website video
    """
)

# Heads of a definite description that may stand for a named body the article introduced ("the
# ministry" after "the Disaster and Emergency Management Authority"), and the words of a name that
# say it is such a body.
GENERIC_ORG_HEADS = frozenset({"ministry", "agency", "authority", "service", "group", "organisation", "organization"})
INSTITUTION_WORDS = GENERIC_ORG_HEADS | _words(
    """
    authorities department office commission committee council bureau administration directorate
    presidency institute foundation association federation union
    """
)

# punctuation a source or content span never starts or ends with (brackets are kept: "(R-Ga.)")
_FOCUS = frozenset({"even", "also", "then", "now", "meanwhile", "however"})
_EDGE_TOKENS = frozenset({",", ".", ";", ":", "-", "—", "–", '"', "“", "”", "'", "‘", "’", "''", "``"})


@dataclass(slots=True)
class _Seen:
    """A candidate antecedent for later pronouns: a resolved speaker or a sentence subject."""

    pos: int
    name: str
    type: str
    plural: bool
    title: str | None = None


class SpeakerResolver:
    """Builds speakers for one document, remembering earlier ones for pronouns."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        self.entities = sorted(entities, key=lambda e: e.start)
        self._starts = [e.start for e in self.entities]
        self._history: list[_Seen] = []
        self._subjects = self._main_subjects()

    # -- entities -------------------------------------------------------------------------------
    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity overlapping char range [start, end), if any (the longest one)."""
        i = bisect_right(self._starts, end) - 1
        best: Entity | None = None
        while i >= 0 and self.entities[i].end > start - 200:
            e = self.entities[i]
            if e.start < end and e.end > start and (best is None or e.end - e.start > best.end - best.start):
                best = e
            i -= 1
        return best

    def _main_subjects(self) -> list[_Seen]:
        """Named subjects of main clauses: the antecedents a reader would pick for 'he' or 'it'."""
        out: list[_Seen] = []
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("ROOT", "conj"):
                continue
            ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is None or ent.label not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            out.append(_Seen(tok.idx, ent.canonical, ent.label, tok.tag_ in ("NNS", "NNPS")))
        return out

    # -- mentions -------------------------------------------------------------------------------
    @staticmethod
    def mention(tok: Token) -> tuple[int, int]:
        """Char span of the source phrase headed by ``tok``, as a reader would mark it.

        The phrase keeps its determiner, title, apposition and relative clause ("Ronald Fieldstone,
        a Miami lawyer who …"), as annotators of attribution corpora mark it, but not a focus adverb
        ("Even China") or anything before a dash or colon the parser swept in.
        """
        doc = tok.doc
        i, j = tok.left_edge.i, tok.right_edge.i
        for child in tok.children:
            if child.dep_ == "npadvmod" and child.i > tok.i:
                j = min(j, child.left_edge.i - 1)  # "Trump this week said": the time is the saying's
            if child.dep_ == "prep" and child.i > tok.i:
                # "an arbitration panel in 2001 ruled", "Clinton, like Obama, said": when, and a comparison,
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
        while j > tok.i and (doc[j].text in _EDGE_TOKENS or doc[j].is_space or doc[j].lower_ in ("who", "which")):
            j -= 1
        return doc[i].idx, doc[j].idx + len(doc[j].text)

    def speaker(self, tok: Token, span: tuple[int, int] | None = None) -> Speaker | None:
        """The resolved speaker for the source phrase headed by ``tok`` (None for the narrator)."""
        start, end = span if span is not None else self.mention(tok)
        text = self.text[start:end]
        low = tok.lower_
        if (low in PRONOUNS and tok.pos_ == "PRON") or (low in RELATIVE and tok.tag_ in ("WP", "WDT")):
            if low in FIRST:
                return None  # "I", "we", "you" outside quotes: the outlet's own voice
            if low in RELATIVE:
                head = tok.head.head if tok.head.dep_ == "relcl" else None
                if head is None or head.pos_ not in ("NOUN", "PROPN"):
                    return None
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
            seen = self._antecedent(start, low)
            if seen is None:
                return None
            return Speaker(name=seen.name, text=text, start=start, end=end, type=seen.type, title=seen.title)
        return self._named(tok, start, end)

    @staticmethod
    def _head_phrase(tok: Token) -> tuple[int, int]:
        """The noun phrase up to its head: drops relative clauses and trailing modifiers."""
        left = tok.left_edge
        return left.idx, tok.idx + len(tok.text)

    def _named(self, tok: Token, start: int, end: int) -> Speaker:
        text = self.text[start:end]
        # the named entity: the head's own, else one in an apposition, else a name inside the phrase
        ent = self.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is None:
            for child in tok.children:
                if child.dep_ == "appos":
                    ent = self.entity_at(child.idx, child.idx + len(child.text))
                    if ent is not None:
                        break
        if ent is None:
            # "the head of the disaster agency Yunus Sezer": a name closing the phrase is the speaker
            last = self.entity_at(end - 1, end)
            # but not the object of a preposition: "the mayor of Kessa" is not Kessa
            last_tok = self.doc.char_span(last.start, last.end, alignment_mode="expand") if last else None
            if last is not None and last.label == "PERSON" and last.end >= end - 1:
                ent = last if last_tok is None or last_tok.root.dep_ != "pobj" else None
        if ent is not None and ent.label in ("PERSON", "ORG", "GPE", "NORP", "FAC") and ent.start >= start:
            etype = "ORG" if ent.label in ("ORG", "FAC") else ent.label
            title = self._title(text, start, ent)
            return Speaker(name=ent.canonical, text=text, start=start, end=end, type=etype, title=title)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.tag_ in ("NN", "NNP"):
            seen = self._definite(tok, start)
            if seen is not None:
                return Speaker(name=seen.name, text=text, start=start, end=end, type=seen.type, title=seen.title)
        # a description: the head phrase without determiner or clause, with its "of" complement
        # ("the mayor of Kessa" → "mayor of Kessa")
        h_start, h_end = self._head_phrase(tok)
        head_end = tok.i
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        if of is not None and of.right_edge.i - tok.i <= 6:
            head_end = of.right_edge.i
        doc = self.doc
        # written spacing is kept ("bank's chief economist", "state-run agency"), other punctuation dropped
        words = [
            t
            for t in doc[tok.left_edge.i : head_end + 1]
            if (not t.is_punct or (t.text == "-" and t.i > 0 and not doc[t.i - 1].whitespace_))
            and (t.i > tok.i or t.dep_ not in ("det", "predet"))
        ]
        name = "".join(t.text_with_ws for t in words).strip() if words else self.text[h_start:h_end]
        name = normalise_name(name, "")
        lemma = tok.lemma_.lower()
        if lemma in ORG_HEADS or tok.lower_ in ORG_HEADS:
            stype = "ORG"
        elif ent is not None:
            stype = ent.label
        else:
            stype = "PERSON"
        anonymous = stype == "PERSON" and lemma in ANONYMOUS_HEADS
        return Speaker(name=name, text=text, start=start, end=end, type=stype, anonymous=anonymous)

    @staticmethod
    def _title(text: str, start: int, ent: Entity) -> str | None:
        """What the phrase says besides the name: "Nato Secretary General", "chief of staff"."""
        # the name proper inside the entity: NER often counts a rank as part of the name
        core = normalise_name(ent.text, ent.label)
        offset = ent.text.find(core) if core else -1
        name_start = ent.start + max(offset, 0)
        name_end = name_start + len(core) if offset >= 0 else ent.end
        before = text[: max(0, name_start - start)]
        after = text[max(0, name_end - start) :]
        rest = " ".join(f"{before} {after}".replace(",", " ").split())
        words = rest.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        title = " ".join(words).strip(" ,;:")
        return title or None

    def _definite(self, tok: Token, pos: int) -> _Seen | None:
        """ "The ministry", "the minister": the latest speaker or named body before ``pos`` it describes."""
        head = tok.lower_
        for seen in sorted(self._history, key=lambda x: -x.pos):
            if seen.pos >= pos:
                continue
            if head in seen.name.lower().split() or (seen.title and head in seen.title.lower().split()):
                return seen
        i = bisect_right(self._starts, pos) - 1
        while i >= 0 and pos - self.entities[i].start < 3000:
            e = self.entities[i]
            if e.end <= pos and e.label == "ORG" and head in e.canonical.lower().split():
                return _Seen(e.start, e.canonical, "ORG", False)
            i -= 1
        named = any(
            t.i < tok.i and t.dep_ != "det" and (t.pos_ == "PROPN" or t.text[:1].isupper()) for t in tok.subtree
        )
        if head in GENERIC_ORG_HEADS and not named:
            return self._only_body(pos)  # but "the SANA news agency" names itself
        return None

    def _only_body(self, pos: int) -> _Seen | None:
        """The one organisation a generic "the ministry" / "the rescue service" can mean before ``pos``.

        A reader takes the body the article has named, when there is no other to choose: the only
        named organisation whose name says it is an institution ("the Disaster and Emergency
        Management Authority (AFAD)"), else the only named organisation at all.
        """
        orgs = [e for e in self.entities if e.end <= pos and e.label == "ORG"]
        bodies = [e for e in orgs if INSTITUTION_WORDS & set(e.canonical.lower().split())]
        for group in (bodies, orgs):
            if len({e.canonical for e in group}) == 1:
                e = group[-1]
                return _Seen(e.start, e.canonical, "ORG", False)
        return None

    # -- pronouns -------------------------------------------------------------------------------
    def remember(self, speaker: Speaker, pos: int, plural: bool = False) -> None:
        self._history.append(_Seen(pos, speaker.name, speaker.type, plural, speaker.title))

    def _antecedent(self, pos: int, pronoun: str) -> _Seen | None:
        """The most recent speaker or named main-clause subject before ``pos`` that fits the pronoun."""
        best: _Seen | None = None
        for seen in (*self._history, *self._subjects):
            if seen.pos >= pos or (best is not None and seen.pos <= best.pos):
                continue
            if pronoun in PERSONAL and seen.type != "PERSON":
                continue
            if pronoun in NEUTER and (seen.type == "PERSON" or seen.plural):
                continue
            if pronoun in PLURAL and seen.type == "PERSON" and not seen.plural:
                continue
            best = seen
        if best is None and pronoun in PERSONAL:
            # no speaker or subject yet: the latest person named anywhere before, if recent
            i = bisect_right(self._starts, pos) - 1
            while i >= 0 and pos - self.entities[i].start < 1500:
                e = self.entities[i]
                if e.label == "PERSON" and e.end <= pos:
                    return _Seen(e.start, e.canonical, "PERSON", False)
                i -= 1
        return best
