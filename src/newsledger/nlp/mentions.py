"""Mentions: every mention of each person and organisation in an article, grouped into one chain each.

A chain holds what the article says of one participant: its fullest name, every form it is written in
(full name, surname, title and surname, a spelling variant, an acronym and its expansion) and the
descriptions it is given (titles before the name, appositions: "Foreign Minister Dmitra Kolvak",
"Southwest Airlines, the Dallas-based carrier"). Every later stage reads speakers from here:

- a named mention resolves to its chain;
- a description ("the agency", "the French minister", "the IG", "the Norwegian") resolves to the chain whose
  descriptions or name share its head noun (or its class: a carrier is an airline) and whose nationality
  does not contradict it; a description matching no chain's words may still mean the one participant of its
  kind the article has been talking about; a description of a body before the article names any body points
  ahead to the first one named soon after whose name holds its head noun or a modifier ("The nation's electoral
  body said …" before "the Electoral Commission's chief");
- a body the article never names, only describes with an owner or modifiers as a clause's subject or a source
  ("Belgara's border guard service said"), is a chain of its own named by that phrase; a later description
  with its head noun and no other modifier ("the service") means it while it is recent;
- a pronoun resolves to the most recent compatible participant in subject position (a discourse history
  built in text order, so "He ordered …" after "The judge ordered …" is the judge).

The chains are built from spaCy's entities, corrected where the small model is often wrong: a name after
a person's title is a person ("Governor Tomas Reyl" tagged ORG), a capitalised name after a title that
the model missed is one ("Col. Ana Ruiz"), and a bare surname of a named person is that person.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract.dateline import split_dateline
from ..names import (
    CONNECTORS,
    acronym_of,
    acronyms_of,
    fold,
    given_name_gender,
    is_acronym,
    looks_like_org,
    name_key,
    nation_of,
    same_org,
    same_person,
    skeleton,
    written_from,
)
from ..record import Entity
from .docindex import doc_text, later_datelines, lower_case_words, sentence_starts, tokens
from .entities import (
    a_role_or_its_place,
    business_title_at,
    in_title_case_line,
    line_at,
    names_an_event,
    normalise_name,
    traded,
)
from .lexicon import table, words
from .quote_marks import find_quote_spans
from .syntax import lemma_in, named_before_its_relative, postposed_subject, subject_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

__all__ = ["RECENT_CHARS", "Chain", "Mentions", "resolve_mentions"]

PARTICIPANTS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
# verbs that give a description its name: "which calls itself …", "known as …", "a group named …"
_NAMING_VERBS = frozenset({"call", "know", "name", "dub", "style"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLAUSE_HEADS = ("ROOT", "conj")  # main clauses: a reported clause's subject is not the topic


def _main_clause(verb: Token) -> bool:
    """Is ``verb`` the head of a main clause: the root, or coordinated with it ("…, who survived and whose sister
    has not been found, …": a clause coordinated with a relative clause is no main one)?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


_NOT_ROLE = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
# how far back (characters) a description or pronoun looks for a participant named without a role match
RECENT_CHARS = 1500
# nouns of a statement or a figure ("a claim …", "a figure …"): an apposition they head comments on a clause
CUE_HEADS = words("cue_nouns") | words("document_nouns") | words("tally_nouns")


@dataclass(slots=True)
class Chain:
    """One participant of the article and everything it is called."""

    id: int
    type: str
    name: str
    keys: set[str] = field(default_factory=set)  # name keys of every form written
    roles: list[str] = field(default_factory=list)  # descriptions as written ("the Dallas-based carrier")
    words: set[str] = field(default_factory=set)  # folded words and classes of its names and descriptions
    nations: set[str] = field(default_factory=set)  # countries its names and descriptions tie it to
    spans: list[tuple[int, int]] = field(default_factory=list)  # every mention, in text order
    subjects: int = 0  # mentions as a clause subject: how central it is
    acronym: str | None = None  # the short name the article defines for it: "(CSIS)"
    gender: str | None = None  # "m" or "f" when a title, a given name or a pronoun already said so
    # a body the article never names, only describes ("the tram drivers' union said"): the description's head
    # noun, which later descriptions must repeat to mean it ("the union")
    described: str | None = None
    # roles a body's pronoun owns, as written → naming the body ("its chief executive" → "chief executive of …")
    named_roles: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str | None:
        return self.roles[0] if self.roles else None

    def mentioned_before(self, pos: int) -> int:
        """How many times the chain is named before ``pos`` (spans are kept in text order)."""
        return bisect_left(self.spans, (pos,))

    def last_before(self, pos: int) -> int:
        """Where the chain was last named before ``pos``, or -1."""
        k = bisect_left(self.spans, (pos,))
        return self.spans[k - 1][0] if k else -1


@dataclass(slots=True)
class _Said:
    """A participant in subject position (or a resolved speaker), for pronouns and bare descriptions."""

    pos: int
    chain: Chain
    plural: bool
    # the mention as written ("Ana Veld", "he"), when known; else the word at ``pos`` (a subject's head)
    span: tuple[int, int] | None = None
    # a person speaking for the body ``chain`` ("a Nerova spokeswoman"): "person", or their gender when said
    voice: str | None = None


# the kinds of body an acronym-only name is commonly a description's ("the service" for the NFRS)
_SPELLED_CLASSES = frozenset(("agency", "union"))


def _singular(word: str) -> str:
    """The singular of a regular plural name word ("Doctors" → "doctor"), for matching descriptions."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _phrase(head: Token) -> str:
    return "".join(t.text_with_ws for t in head.subtree if t.i <= head.i)


def _name_head(name: str) -> str:
    """The word that heads a body's name: the last before a lower-case word ("University of Eastbury",
    "Commission on Presidential Debates"), else the last; "and" joins two words that qualify the head ("Electoral
    and Boundaries Commission")."""
    head = ""
    for word in name.split():
        if word[:1].islower() and head and word not in ("and", "&"):
            break
        head = word
    return head


_AGED = re.compile(r"\d+\s*-\s*year\s*-\s*old")  # "the 58-year-old": a person by their age
_AGE_SET_BESIDE = re.compile(r",\s*(?:1[01]\d|[1-9]\d?)\s*,")  # "Anka, 84,": an age between commas


def _owned_by_a_common_noun(word: Token, head: Token) -> bool:
    """Does ``word`` modify an owner written as a common noun on the way up to ``head`` ("Varn" in "the Varn nurses'
    union": a name of the nurses', not of the union)?"""
    up = word.head
    while up.i not in (head.i, up.head.i):
        if up.dep_ == "poss" and up.pos_ == "NOUN":
            return True
        up = up.head
    return False


_LEADING_VERBS = frozenset(("chair", "head", "lead", "run", "direct", "manage", "oversee"))


def _led_by_someone(noun: Token) -> bool:
    """Is ``noun`` a body a name or a place describes ("the Varn regional water board") that someone is said to
    lead: the object of a verb of leading ("who chairs the …") or of "of" after a person's role ("head of the …",
    "a spokeswoman for the …")?"""
    if noun.dep_ == "dobj":
        led = noun.head.lemma_.lower() in _LEADING_VERBS
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for", "at"):
        role = noun.head.head
        led = role.pos_ == "NOUN" and (
            role.lemma_.lower() in words("person_nouns") or fold(role.text).strip(".") in words("titles")
        )
    else:
        return False
    return led and any(t.pos_ == "PROPN" for t in noun.doc[noun.left_edge.i : noun.i])


def _class(word: str) -> str:
    """The class a role or body word is compared under (``role_synonyms.txt``; "gen." is a general)."""
    word = word.rstrip(".") or word
    return table("role_synonyms").get(word, word)


class Mentions:
    """The chains of one parsed article, and the resolution of any mention to one of them."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.chains: list[Chain] = []
        self.entities = _with_body_tails(
            self.text,
            _with_untagged_names(
                doc,
                self.text,
                _with_family_names(
                    doc,
                    self.text,
                    _joined_by_acronym(
                        doc, _with_openings_cut_at_and(self.text, sorted(entities, key=lambda e: e.start))
                    ),
                ),
            ),
        )
        self._starts = [e.start for e in self.entities]
        self._chain_of: dict[tuple[int, int], Chain] = {}
        self._filed: dict[str, list[Chain]] = {}
        # roles a body's pronoun owns ("its chief executive"), with where the pronoun is: named once chains are known
        self._owned_roles: list[tuple[Chain, str, int]] = []
        self._spans: dict[tuple[int, int], Span | None] = {}
        self._peoples: dict[str, str | None] = {}  # a place's people's word, read off the article once per place
        self._build()
        self._sent_starts = sentence_starts(doc)
        self.history: list[_Said] = []
        self._history_pos: list[int] = []
        # unnamed groups in subject position ("Analysts expect …"), by position: what a "they" after them means
        self._groups: list[tuple[int, Token]] = []
        self._quoted = [(q.start, q.end) for q in find_quote_spans(self.text)]
        # description chains by the token heading their mentions
        self._described_at: dict[int, Chain] = {}
        # where the article first introduced someone unnamed, by the noun it used (``_unnamed_before``)
        self._unnamed_at: dict[str, int] | None = None
        dateline, rest = split_dateline(self.text)
        # where an opening dateline ends: the agency it credits ("VELMONT (Reuters) —") reports, it takes no part
        self.dateline_end = len(self.text) - len(rest) if dateline is not None else 0
        # and where datelines opening later paragraphs lie (under a standfirst the extraction kept)
        self._datelines = [(0, self.dateline_end), *((start, end) for start, end, _ in later_datelines(doc))]
        self._track_subjects()
        self._name_owned_roles()

    def _span(self, start: int, end: int) -> Span | None:
        """The tokens over a mention's characters (to whole tokens), read once: many rules ask of each."""
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(start, end, alignment_mode="expand")
        return self._spans[key]

    # -- building chains ------------------------------------------------------------------------
    def _build(self) -> None:
        for e in self.entities:
            if e.label == "ORG" and (name := _name_after_a_person_noun(e.canonical)) is not None:
                # "Widower Tomas Varn-Oden sold the farm in May": a person's description written as a
                # title, and the person's name
                e.label, e.canonical = "PERSON", name
            if e.label != "PERSON" and self._from_a_place(e):
                e.label = "PERSON"  # "Ilse Varga, from Kessby, had waited": whatever the tagger made of the name
            elif e.label == "LOC" and (self._after_person_title(e) or self._beside_person_noun(e)):
                e.label = "PERSON"  # "Agna Troll, a spokeswoman for the agency,": a role says a person, not a place
        placed = _placed_names(self.doc, self.entities)
        # one-word places the article names: what an unknown demonym or possessive ties a body to
        self._places = {fold(e.canonical) for e in self.entities if e.label == "GPE" and " " not in e.canonical}
        usual = _usual_labels(self.entities)
        persons = {
            name_key(e.canonical).split()[-1]
            for e in self.entities
            if usual.get(name_key(e.canonical), e.label) == "PERSON"
            and name_key(e.canonical)
            and name_key(e.canonical) not in placed
        }
        # one-word names the article makes the owner of a state's organ somewhere: places, wherever written
        states = {name_key(e.canonical) for e in self.entities if self._owns_a_state_organ(e)}
        # one-word names written only before a common noun for a kind of body ("the Kessan carrier", never "Kessan
        # said"): a word that says whose the body is, if any word does, not the body's own name
        adjectival = self._only_before_a_body_noun()
        # the first words of bodies' names ("Velkor" of Velkor Systems)
        opening = {
            name_key(e.canonical).split()[0] for e in self.entities if e.label == "ORG" and " " in name_key(e.canonical)
        }
        # names with an age set beside them somewhere ("Anka, 84,"), and one-word names written before a
        # spokesperson's noun or a business's title and a person's name (employers)
        aged = {name_key(e.canonical) for e in self.entities if _AGE_SET_BESIDE.match(self.text, e.end)}
        employers = {name_key(e.canonical) for e in self.entities if self._names_an_employer(e)}
        # the given names of people named in full: "Orla told the meeting" after "Orla Pike-Marsk", however tagged
        given = {
            name_key(e.canonical).split()[0]
            for e in self.entities
            if e.label == "PERSON" and len(name_key(e.canonical).split()) > 1 and a_persons_name(e.canonical)
        }
        for e in self.entities:
            if e.label not in PARTICIPANTS or not name_key(e.canonical):
                continue  # a "name" with no letters in it names no one
            if self._capitalised_common_noun(e):
                continue
            # one name is one kind of participant: the kind the tagger gives it most often in the article
            label = usual.get(name_key(e.canonical), e.label)
            if (
                label == "NORP"
                and name_key(e.canonical) in opening
                and not self._a_peoples_word(e.canonical)
                and not self._written_in_lower_case(fold(e.canonical))
            ):
                # "a Velkor spokeswoman" beside Velkor Systems: the body's short name, no people's (but "Harbour
                # dues" beside Harbour Freight Partners, in an article that writes "the harbour", is a common word)
                label = "ORG"
            if label == "ORG" and a_persons_name(e.canonical) and self._taken_up_as_he_or_she(e):
                label = "PERSON"  # "Ivo Tarrant ran the ferry … Last winter he sold it": a person read as a body
            if label == "ORG" and name_key(e.canonical) in aged:
                label = "PERSON"  # "said Anka, 84, a retired teacher": an age set beside a name is a person's
            if label == "PERSON" and _holds_a_body_word(e.canonical):
                label = "ORG"  # "Drasna Congress" read as a person
            if label == "PERSON" and name_key(e.canonical) in employers:
                label = "ORG"  # "Orvel boss Tomas Varn": whose officer someone is, read as a person
            if label in ("PERSON", "FAC") and _ends_on_a_business_word(e.canonical):
                label = "ORG"  # "Varn Metals" read as a person, or as a site with the depot it owns
            if label in ("PERSON", "ORG") and name_key(e.canonical) in placed:
                label = "GPE"  # "in Brennick", "the town of Brennick": a place the tagger read as a person
            if label != "PERSON" and (self._after_person_title(e) or self._beside_person_noun(e)):
                label = "PERSON"  # "Governor Tomas Reyl" read as an organisation
            if label != "PERSON" and _signs_a_quote(self.text, e.start) and a_persons_name(e.canonical):
                label = "PERSON"  # '“…” ― Krystal Hale': who signs a quotation is a person
            key = name_key(e.canonical)
            if label in ("ORG", "GPE") and " " not in key and key in persons:
                label = "PERSON"  # a bare surname of a named person, read as a place or a body
            if label == "ORG" and " " not in key and key in given:
                label = "PERSON"  # a given name of a person named in full, read as a body
            if label == "PERSON" and key in states:
                label = "GPE"  # "Velmont's defence ministry", "Velmont's army": a state's, read as a person
            if label == "PERSON" and " " not in key and self._a_demonym_of_a_place(e.canonical):
                label = "NORP"  # "the Drasnian air force" beside Drasnia: a people's word, read as a person
            if label == "ORG" and key in adjectival and self._a_peoples_word(e.canonical):
                label = "NORP"  # "the Kessan operator": a people's word before a kind of body, read as its name
            if label == "PERSON" and self._beside_org_noun(e):
                label = "ORG"  # "Lumora, a Berlin-based battery startup," read as a person
            if label == "PERSON" and is_acronym(e.canonical) and self._find(e.canonical, "ORG", e.start) is not None:
                label = "ORG"  # "EC" after "the Electoral Commission of Belgara" read as a person
            if label == "PERSON" and self._with_article(e):
                continue  # "the Gateway", "the Force": no person is named with an article, and no one speaks
            if label == "PERSON" and fold(e.canonical) in words("platforms"):
                label = "ORG"  # "posted on Twitter": a platform is never a person a pronoun could mean
            e.label = label
            if label == "PERSON" and " " in key:
                persons.add(key.split()[-1])  # a name found a person's above ("X, the director") lends its surname
            role_of = self._role_acronym(e.canonical) if is_acronym(e.canonical) else None
            if role_of is not None:
                e.label = role_of.type  # "the IG" after "inspector general (IG) Arvid Dalmann"
                role_of.spans.append((e.start, e.end))
                self._chain_of[(e.start, e.end)] = role_of
                continue
            owner_nations = self._owner_nations(e) if label == "ORG" else set()
            chain = self._find(e.canonical, label, e.start, owner_nations)
            if chain is None and label == "ORG" and " " not in key and self._with_article(e):
                chain = self._headed_by(key, e.start)  # "the Trust" after "the Kessa Supporters' Trust"
            if chain is None:
                # (an organ written as a description the tagger took for a name: "Kessan defence ministry")
                organ = self.organ_of_a_people(e.canonical) if label == "ORG" else None
                chain = Chain(id=len(self.chains), type=label, name=organ or e.canonical)
                self.chains.append(chain)
            elif label in ("PERSON", "ORG") and len(name_key(e.canonical).split()) > len(name_key(chain.name).split()):
                chain.name = e.canonical  # "Kolvak" first, "Dmitra Kolvak" later: the fuller name
            chain.nations.update(owner_nations)
            self._file(chain, e.canonical)
            chain.keys.add(key)
            chain.spans.append((e.start, e.end))
            chain.words.update(_class(w) for w in key.split())
            chain.words.update(_class(_singular(w)) for w in key.split())
            self._chain_of[(e.start, e.end)] = chain
            if label in ("GPE", "NORP"):
                nation = nation_of(e.canonical)
                if nation:
                    chain.nations.add(nation)
            elif label == "ORG" and " " in e.canonical:
                # a body whose name says whose it is ("Chilean Transit Authority"): "the Peruvian ministry" is not it
                chain.nations.update(n for w in e.canonical.split() for n in [nation_of(w)] if n)
            self._acronym_after(e, chain)
            self._describe_chain(e, chain)
        for chain in self.chains:
            chain.spans.sort()
            if chain.type == "PERSON" and chain.gender is None:
                chain.gender = _given_name_gender(chain.name)  # a title said so first, if the article gave one
            if chain.acronym and chain.acronym.replace(".", "").upper() not in acronyms_of(chain.name):
                # an acronym of a name in another language ("Disaster and Emergency Management Presidency (AFAD)")
                # is the name outlets share, however they translate it; one that spells its name is that name
                chain.name = chain.acronym
        for e in self.entities:
            chain = self._chain_of.get((e.start, e.end))
            if chain is not None:
                e.canonical = chain.name

    def _name_owned_roles(self) -> None:
        """A role a pronoun owns names the body the pronoun stands for: "Ola Tarn, its chief executive" after
        Harrow Bay Ferries is "chief executive of Harrow Bay Ferries", a title that ties the person to the body
        wherever it is read again."""
        bodies = words("org_nouns") | words("generic_org_nouns") | words("group_nouns")
        for chain, role, at in self._owned_roles:
            body = self.antecedent(at, "it")
            if body is None or body.type != "ORG" or body is chain or " " not in role:
                continue
            named_at = body.last_before(at)
            between = self.doc.char_span(named_at, at, alignment_mode="expand") if named_at >= 0 else None
            if between is None or any(
                t.lemma_.lower() in bodies and t.ent_type_ != "ORG" and t.dep_ not in ("poss", "compound")
                for t in between
            ):
                # "the union and its leader": a body named only by a noun may be what "its" means (not one that
                # only owns or qualifies a noun: "disputed the council's account")
                continue
            named = f"{role.split(' ', 1)[1]} of {body.name}"
            chain.named_roles[role] = named
            chain.roles = [named if r == role else r for r in chain.roles]

    def _only_before_a_body_noun(self) -> set[str]:
        """The keys of the one-word names every mention of which modifies a lower-case noun for a kind of body."""
        body_nouns = words("org_nouns") | words("generic_org_nouns") | words("commercial_nouns")
        fits: dict[str, bool] = {}
        for e in self.entities:
            key = name_key(e.canonical)
            if " " in key or not key:
                continue
            span = self._span(e.start, e.end)
            tok = span.root if span is not None and len(span) == 1 else None
            modifies = (
                tok is not None
                and tok.dep_ in ("amod", "compound", "nmod")
                and tok.head.i > tok.i
                and tok.head.text.islower()
                and tok.head.lemma_.lower() in body_nouns
            )
            fits[key] = fits.get(key, True) and modifies
        return {key for key, only in fits.items() if only}

    def _taken_up_as_he_or_she(self, e: Entity) -> bool:
        """Is the name the subject of its sentence, and the next sentence's subject "he" or "she"? (None of its words
        a common word the article writes in lower case: "the Kessa Poll … he said" is no person.)"""
        span = self._span(e.start, e.end)
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        common = lower_case_words(self.doc)
        if any(t.lower_ in common for t in span):
            return False
        sent = span.root.sent
        if sent.end >= len(self.doc):
            return False
        following = self.doc[sent.end].sent
        subject = next((t for t in following if t.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.lower_ in ("he", "she")

    def _with_article(self, e: Entity) -> bool:
        """Is a name written right after "the" or "a" ("the Gateway"), with no title between ("the Rev. Ana
        Veld" is a person)?"""
        span = self._span(e.start, e.end)
        if span is None or span.start == 0 or fold(span[0].text).strip(".") in words("titles"):
            return False
        before = self.doc[span.start - 1]
        return before.lower_ in ("the", "a", "an") and before.head.i in range(span.start, span.end)

    def _capitalised_common_noun(self, e: Entity) -> bool:
        """ "Exit polls have forecast …": a sentence's first word, not a name; but a word the article writes only
        capitalised that opens a longer organisation's name is that organisation ("Corvex has updated …")."""
        span = self._span(e.start, e.end)
        if span is None or len(span) != 1 or not span[0].is_sent_start or span[0].tag_ not in ("NN", "NNS"):
            return False
        word = span[0].lower_
        opens_a_name = any(
            o.label == "ORG" and len(o.canonical.split()) > 1 and fold(o.canonical.split()[0]) == fold(word)
            for o in self.entities
        )
        return not opens_a_name or self._written_in_lower_case(word)

    def _written_in_lower_case(self, word: str) -> bool:
        """Does the article write ``word`` (lower-cased) in lower case somewhere: a common word, not a name?"""
        return word in lower_case_words(self.doc)

    def _index_keys(self, name: str, label: str) -> set[str]:
        """Keys under which chains that may share a name with ``name`` are filed (see ``_find``)."""
        key = name_key(name)
        parts = key.split()
        if not parts:
            return set()
        if label == "PERSON":
            # (a one-word "person" may be a business by its first word: "Harlow" of Harlow Telecom)
            return {f"p:{skeleton(parts[-1])}", f"f:{parts[0]}", *([f"o:{parts[0]}"] if len(parts) == 1 else [])}
        out = {f"k:{key}", f"k:{' '.join(parts[-2:])}", f"o:{parts[0]}"}
        if is_acronym(name):
            letters = name.replace(".", "").upper()
            out.add(f"a:{letters.rstrip('S') if name.endswith('s') else letters}")
        else:
            out.update(f"a:{letters}" for letters in acronyms_of(name) if len(letters) >= 2)
        return out

    def _file(self, chain: Chain, name: str) -> None:
        for k in self._index_keys(name, chain.type):
            self._filed.setdefault(k, []).append(chain)

    def _owner_nations(self, e: Entity) -> set[str]:
        """The nation a body's name is given with, by a possessive before it ("Karsenia's Ministry of Defence") or
        by its own words ("Dravonian Ministry of Defence")."""
        nations = {n for w in e.canonical.split() for n in [self._nation_key(w)] if n}
        opening = e.canonical.split(maxsplit=1)[0]
        if " " in e.canonical and opening[:1].isupper() and opening.endswith(("'s", "’s")):
            # "Orvania’s Ministry of Defence" as the tagger wrote it: whose it is, though no list knows the place
            whose = opening[:-2]
            nations.add(self._nation_key(whose) or f"~{fold(whose)}")
        span = self._span(e.start, e.end)
        if span is not None and span.start >= 2 and self.doc[span.start - 1].tag_ == "POS":
            owner = self.doc[span.start - 2]
            if (nation := self._nation_key(owner.text)) is not None:
                nations.add(nation)
        return nations

    def _a_peoples_word(self, word: str) -> bool:
        """Is a one-word name a nation's or a people's: one a list or the article's places know ("Dravonian"
        of Dravonia), or one shaped like a demonym ("Velmoran", "Kessese")?"""
        folded = fold(word)
        endings = words("demonym_endings")
        return self._nation_key(word) is not None or any(folded.endswith(end) for end in endings)

    def _nation_key(self, word: str) -> str | None:
        """The nation a word names (``names.nation_of``), or the place the article names that it is the name or
        demonym of ("Dravonian" of Dravonia), for places no list knows."""
        if (nation := nation_of(word)) is not None:
            return nation
        if not word[:1].isupper():
            return None
        folded = fold(word)
        for place in self._places:
            if written_from(folded, place):
                return f"~{place}"
        return None

    def _find(self, name: str, label: str, pos: int, nations: set[str] | None = None) -> Chain | None:
        """The chain a new named mention belongs to: the most recent compatible one among those filed under
        one of its keys (a surname's skeleton or a first name; a name, its last two words or its acronym). A
        body's name or acronym matched outright wins over one matched by a first word only; never a body of
        another nation ("Karsenia's Ministry of Defence" is not the Dravonian one)."""
        best: tuple[bool, bool, bool, int] | None = None
        found: Chain | None = None
        key = name_key(name)
        candidates = {c.id: c for k in self._index_keys(name, label) for c in self._filed.get(k, ())}
        by_first_word: set[int] = set()  # bodies (by their names' words) a name matches only as their first word
        for chain in candidates.values():
            whole = False
            if nations and chain.nations and not nations & chain.nations:
                continue
            if label == "PERSON" and chain.type == "PERSON":
                ok = same_person(name, chain.name) or (
                    " " not in key and key == name_key(chain.name).split()[0] and " " in name_key(chain.name)
                )
            elif label != "PERSON" and chain.type != "PERSON":
                ok = whole = key in chain.keys or any(
                    same_org(name, k) for k in chain.keys if label not in ("GPE", "NORP")
                )
                # "Velmont" is "Velmont Metro Lines"; but "Velmont Statistics Office" is another body than the one
                # that already has a full name of its own
                fuller = [k for k in chain.keys if " " in k and not k.startswith("a:")]
                other_full = " " in key and any(k != key and not same_org(name, k) for k in fuller)
                # nor is a body of its own kind an acronym opens ("DNC Rules Committee") the body the acronym names
                longer = max(name, chain.name, key=len)
                sub_body = is_acronym(longer.split(maxsplit=1)[0]) and fold(longer.split()[-1]) in words("org_words")
                first_word = any(_first_word_of(key, k) for k in chain.keys) and not other_full and not sub_body
                if not ok and label == chain.type == "ORG" and first_word:
                    ok = True
                    if _holds_a_body_word(chain.name):
                        by_first_word.add(chain.id)
            elif label == "PERSON" and chain.type == "ORG" and " " not in key:
                # "Harlow" typed a person after "Harlow Telecom": a business by its first word, as a body is
                ok = chain.name.split()[-1].lower() in words("business_name_words") and any(
                    _first_word_of(key, k) for k in chain.keys
                )
            else:
                ok = False
            # a body the article names before one it only describes ("the electoral commission"); and by a first
            # word, a body whose name says it is one ("Oriel" is Oriel Electronics, not the Oriel Flex it sells)
            body = _holds_a_body_word(chain.name)
            rank = (whole or label == "PERSON", body, not chain.described, chain.last_before(pos))
            if ok and (best is None or rank > best):
                best, found = rank, chain
        if found is not None and found.id in by_first_word and len(by_first_word) > 1:
            # "across Corvale" beside the Corvale Ambulance Service and the Corvale Regional Health Network: a
            # first word two bodies share names neither (a place's name, likely)
            return None
        return found

    def _headed_by(self, word: str, pos: int) -> Chain | None:
        """The one body named before ``pos`` whose name of several words ends with ``word``: a body's own head
        noun, capitalised after "the", is its short name ("the Trust", "the Commission")."""
        headed = {
            c.id: c
            for c in self.chains
            if c.type == "ORG" and any(" " in k and k.split()[-1] == word for k in c.keys) and c.last_before(pos) >= 0
        }
        return next(iter(headed.values())) if len(headed) == 1 else None

    def _role_acronym(self, acronym: str) -> Chain | None:
        """The person whose title the acronym abbreviates ("IG" for an "inspector general (IG)")."""
        key = fold(acronym)
        if any(c.type != "PERSON" and name_key(acronym) in c.keys for c in self.chains):
            return None  # a body the article names by it: "EC" after "the Electoral Commission (EC)", not its chair
        # "EC Chairperson Ana Osei" names the body she chairs by it: the acronym is the body's, not her title's
        found = [
            c
            for c in self.chains
            if c.type == "PERSON"
            and key in c.words
            and key not in c.keys
            and key not in {fold(w) for w in (c.title or "").split()}
        ]
        return found[-1] if found else None

    def named_in(self, tok: Token) -> Entity | None:
        """The participant a phrase headed by ``tok`` names: its head's name, or a person in apposition to a
        title ("The head of the regional health office, Marta Velasco, …")."""
        head = self.entity_at(tok.idx, tok.idx + len(tok.text))
        if head is not None and head.label not in PARTICIPANTS:
            head = None
        if head is not None and head.label == "PERSON":
            return head
        if head is None and tok.pos_ == "NOUN" and (called := self._named_by_its_clause(tok)) is not None:
            return called  # "the group, which calls itself Halcyon, said": the name its own clause gives
        if head is None and (tok.lemma_.lower() in words("org_nouns") or tok.lower_ in words("org_nouns")):
            set_off = self._named_before_an_apposition(tok)
            if set_off is not None:
                return set_off  # "UNADP, the UN agency for displaced people, said": UNADP, not the UN
            # "the state-run Kessa news agency": a name written before an organisation noun names it, however
            # the parser hung it ("the Tarsk ransomware group": Tarsk a compound of "ransomware")
            for child in (t for t in tok.subtree if t.i < tok.i and not _owned_by_a_common_noun(t, tok)):
                # (or took for an adjective: "the official KNA news agency")
                if child.dep_ in ("compound", "nmod") or (child.dep_ == "amod" and child.text[:1].isupper()):
                    named = self.entity_at(child.idx, child.idx + len(child.text))
                    if named is not None and named.label == "ORG" and (named.start, named.end) in self._chain_of:
                        return named
            # and a body's name written right after it is its name, however the parser hung that ("according to
            # the news agency Kessapress", parsed as an object of the verb)
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            named = self.entity_at(after.idx, after.idx + len(after.text)) if after is not None else None
            if after is not None and named is not None and named.label == "ORG" and named.start == after.idx:
                return named
        role = fold(tok.text).strip(".") in words("titles") or tok.lemma_.lower() in words("person_nouns")
        # a place the parser made the subject, with the body after it in apposition ("In Port Arlo, the Crescent
        # Society said", the preposition left hanging): a place does not speak, the body does
        place = head is not None and head.label in ("GPE", "LOC")
        if head is None or role or place or "-" in tok.text:
            for child in tok.children:
                if child.dep_ == "appos":
                    other = self.entity_at(child.idx, child.idx + len(child.text))
                    if other is not None and (
                        (other.label in PARTICIPANTS and (head is None or other.label == "PERSON"))
                        or (place and other.label == "ORG" and _set_right_after(tok, child))
                    ):
                        return other
        return head

    def _named_by_its_clause(self, tok: Token) -> Entity | None:
        """The name a description's own clause gives it by a verb of naming ("the group, which calls itself
        Halcyon,", "a gang known as Red Moth", "a charity called Open Shelter")."""
        for clause in tok.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _NAMING_VERBS:
                continue
            given = [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")]
            given += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
            for name in given:
                named = self.entity_at(name.idx, name.idx + len(name.text))
                if named is not None and named.label in PARTICIPANTS and (named.start, named.end) in self._chain_of:
                    return named
        return None

    def _named_before_an_apposition(self, tok: Token) -> Entity | None:
        """The body named right before a description set off by commas ("UNADP, the UN agency for displaced
        people, said"), which the parser did not hang on it: the description is that body's, whatever name it
        holds."""
        doc = tok.doc
        first, last = tok.left_edge.i, tok.right_edge.i
        closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
        if first < 2 or doc[first - 1].text != "," or not closed:
            return None
        named = self.entity_at(doc[first - 2].idx, doc[first - 2].idx + len(doc[first - 2].text))
        if named is None or named.label != "ORG" or (named.start, named.end) not in self._chain_of:
            return None
        opens = self._span(named.start, named.end)
        # the name opens its clause: "UNADP, the UN agency …, said", not "a report by UNADP, the UN agency, said"
        if opens is None or not (opens.start == 0 or opens[0].is_sent_start or doc[opens.start - 1].is_punct):
            return None
        return named

    def named_next(self, tok: Token) -> Chain | None:
        """The participant an indefinite description is named as in the next sentence, where the same noun or
        one of its class takes the name in apposition or by a clause of naming ("a group of nurses … The group,
        Nurses for Safe Wards, said", "a hacking gang … the group, which calls itself Halcyon, said")."""
        sent = tok.sent
        if sent.end >= len(self.doc):
            return None
        kind = _class(tok.lemma_.lower())
        for t in self.doc[sent.end].sent:
            if _class(t.lemma_.lower()) != kind or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            for child in t.children:
                if child.dep_ == "appos":
                    chain = self.chain_at(child.idx, child.idx + len(child.text))
                    if chain is not None:
                        return chain
            named = self._named_by_its_clause(t)
            if named is not None:
                return self._chain_of[(named.start, named.end)]
        return self._named_to_open_the_next(tok)

    def _named_to_open_the_next(self, tok: Token) -> Chain | None:
        """The person an indefinite description of one who speaks ("A nurse at the clinic said …") is, where the
        next sentence opens on a person named there first, speaking too, whom the article gives no other role
        ("Hanne Orvik, who has worked on the ward for a decade, said …"): a lede keeps the name for the next."""
        if tok.lemma_.lower() in words("org_nouns"):
            return self._body_named_to_open_the_next(tok)
        if not (
            tok.lemma_.lower() in words("person_nouns")
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            and tok.dep_ == "nsubj"
            and lemma_in(tok.head, words("speech"))
        ):
            return None
        opened = self._named_first_to_open_the_next(tok, "PERSON")
        if opened is None:
            return None
        chain, root = opened
        if _has_a_role(chain) and not self.holds_role(chain, tok):
            return None
        speaks = root.dep_ == "nsubj" and lemma_in(root.head, words("speech"))
        return chain if speaks else None

    def _named_first_to_open_the_next(self, tok: Token, kind: str) -> tuple[Chain, Token] | None:
        """The chain of ``kind`` whose name opens the sentence after ``tok``'s, named there for the first time, with
        the name's head token."""
        if tok.sent.end >= len(self.doc):
            return None
        opening = self.doc[tok.sent.end]
        named = self.entity_at(opening.idx, opening.idx + len(opening.text))
        if named is None or named.start != opening.idx:
            return None
        chain = self._chain_of.get((named.start, named.end))
        if chain is None or chain.type != kind or chain.spans[0][0] != named.start:
            return None
        root = self._span(named.start, named.end)
        return (chain, root.root) if root is not None else None

    def _body_named_to_open_the_next(self, tok: Token) -> Chain | None:
        """The body an indefinite description of one that speaks ("A dockers' group said …") is, where the next
        sentence opens on a body named there first as its subject, of the description's kind or, for a kind that
        says nothing ("group"), of no state's kind: a lede keeps the name for the next."""
        if not (
            tok.tag_ == "NN"
            and tok.dep_ == "nsubj"
            and tok.left_edge.lower_ in ("a", "an")  # (on an owner too: "A dockers' group", the parser's way)
            and lemma_in(tok.head, words("speech"))
        ):
            return None
        opened = self._named_first_to_open_the_next(tok, "ORG")
        if opened is None or opened[1].dep_ not in ("nsubj", "nsubjpass"):
            return None
        chain = opened[0]
        kind = _class(tok.lemma_.lower())
        head = _kind_word(_name_head(chain.name))
        if kind in words("generic_org_nouns"):
            return None if head in words("state_organs") or _class(head) == "agency" else chain
        return chain if kind in chain.words or _class(head) == kind else None

    def _beside_person_noun(self, e: Entity) -> bool:
        """Is the name in apposition to a person's role ("The head of the office, Marta Velasco,")?"""
        span = self._span(e.start, e.end)
        if span is None or _holds_a_body_word(e.canonical):
            return False
        root = span.root
        others = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        people = words("person_nouns") | words("titles")
        return any(o.lemma_.lower() in people and o.pos_ == "NOUN" for o in others)

    def _names_an_employer(self, e: Entity) -> bool:
        """Is a one-word name written right before a spokesperson's noun or a title only a business's officers
        hold, and a person's name ("Orvel spokeswoman Ana Brel", "Merrow chief executive Tomas Varn")?"""
        if " " in e.canonical.strip():
            return False
        span = self._span(e.start, e.end)
        if span is None or len(span) != 1 or span.end >= len(self.doc):
            return False
        doc, at = self.doc, span.end
        title = business_title_at(doc, at)
        if title is None and doc[at].lower_ in words("representative_nouns"):
            title = doc[at].lower_
        if title is None:
            return False
        named_at = at + len(title.split())
        return named_at < len(doc) and any(p.label == "PERSON" and p.start == doc[named_at].idx for p in self.entities)

    def _owns_a_state_organ(self, e: Entity) -> bool:
        """Is the one-word name the owner of an organ of a state ("Velmont's defence ministry", "Velmont's army")?
        Only a place has a ministry or an army."""
        if " " in e.canonical:
            return False
        span = self._span(e.start, e.end)
        if span is None or len(span) != 1 or span[0].dep_ != "poss":
            return False
        owned = span[0].head.lemma_.lower()
        return owned in words("state_organs") or owned == "force"  # "Velmont's air force" too

    def _a_demonym_of_a_place(self, name: str) -> bool:
        """Is a one-word name a people's word made from a place the article names ("Drasnian" of Drasnia)?"""
        folded = fold(name)
        return any(folded != place and written_from(folded, place) for place in self._places)

    def _from_a_place(self, e: Entity) -> bool:
        """Is a two- or three-word name set off by where its bearer comes from ("Ilse Varga, from Kessby, had
        waited five months")? People are from places; a body "from" one is rare, and says so by its name."""
        words_ = e.canonical.split()
        if not 2 <= len(words_) <= 3 or _holds_a_body_word(e.canonical) or not all(w[:1].isupper() for w in words_):
            return False
        return re.match(r",[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][^,\n]{0,40},", self.text[e.end : e.end + 60]) is not None

    def _beside_org_noun(self, e: Entity) -> bool:
        """Is the name in apposition to a kind of organisation ("Lumora, a Berlin-based battery startup,", "the
        national carrier, Kessa Air")? A person's name written so is rare; a company the tagger does not know is
        common."""
        span = self._span(e.start, e.end)
        if span is None or given_name_gender(e.canonical.split()[0]) is not None:
            return False  # "Angelique Brunner, a developer and spokeswoman": a given name says a person
        root = span.root
        others = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        bodies, people = words("org_nouns"), words("person_nouns") | words("titles")
        # one body, singular ("two Vermont developers, Ariel Quiros and William Stenger" are people)
        kinds = [{o.lemma_.lower(), *(c.lemma_.lower() for c in o.conjuncts)} for o in others if o.tag_ == "NN"]
        # an appositive for a person beside it says whose the body's description is ("X, director of the
        # Institute, the Ostrand-based group that …": the group is the Institute)
        return any(kind & bodies for kind in kinds) and not any(kind & people for kind in kinds)

    def _after_person_title(self, e: Entity) -> bool:
        """Is the name written right after a person's title ("Governor X", "Supt. X")?"""
        span = self._span(e.start, e.end)
        if span is None or span.start == 0:
            return False
        if _holds_a_body_word(e.canonical):
            return False
        prev = self.doc[span.start - 1]
        first = span[0]
        # "Governor X", and "regional governor Ilko Maran", "union leader Marta Ilves" (a title in lower case is
        # a role written before the name just the same)
        titled = fold(prev.text).strip(".") in words("titles") and (prev.text[:1].isupper() or prev.is_lower)
        inner = fold(first.text).strip(".") in words("titles") and len(span) > 1 and first.text[:1].isupper()
        return (titled or inner) and len(e.canonical.split()) >= 2

    def _acronym_after(self, e: Entity, chain: Chain) -> None:
        """ "the Canadian Security Intelligence Service (CSIS)": the acronym names the same body, whether the
        mention ends before it or took it in ("Pilots Union (LAPU" is one mention)."""
        m = re.match(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)", self.text[e.end : e.end + 14])
        if m is None:
            m = re.search(r"\s\(([A-Z][A-Za-z.&]{1,9})\)?\Z", self.text[e.start : e.end + 1])
        if m is None or chain.type == "PERSON":
            return
        acronym = m.group(1)
        if is_acronym(acronym):
            chain.keys.add(name_key(acronym))
            chain.words.add(fold(acronym))
            chain.acronym = chain.acronym or acronym
            self._file(chain, acronym)

    def _describe_chain(self, e: Entity, chain: Chain) -> None:
        """The descriptions written with a mention: a title before it, an apposition on either side."""
        span = self._span(e.start, e.end)
        if span is None:
            return
        doc = self.doc
        if chain.type == "ORG" and traded(span):
            chain.words.add("company")  # "Pellar's shares", "a stake in Pellar": only a company is traded
        found: list[tuple[int, int]] = []
        # a title run before the name: "Central Bank Governor", "inspector general (IG)", "Foreign Minister"
        i = span.start
        # "(VDA)" names the body before it; "the mayor of Kessa" is a place, not a mayor: no title of their own
        bracketed = i > 0 and doc[i - 1].lower_ in ("(", "of", "for", "at", "in", "from")
        while i > 0 and span.start - i < 8 and not bracketed:
            t = doc[i - 1]
            wordy = t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_space and t.ent_type_ not in _NOT_ROLE
            if not (wordy or t.lower_ in ("of", "-", "(", ")", "'s", "’s")):
                break
            i -= 1
        while i < span.start and doc[i].lower_ in ("of", "-", ")", "'s", "’s"):
            i += 1
        if i < span.start and self._is_role(doc[i : span.start]):
            found.append((doc[i].idx, doc[span.start - 1].idx + len(doc[span.start - 1].text)))
        # titles spaCy took into the name itself ("Justice Amara Osei"); a body's name holds none ("Kessa's Defence
        # Ministry": "Defence" is its portfolio)
        titled = chain.type != "ORG"
        inner = [t for t in span if titled and fold(t.text).strip(".") in words("titles") and t.i < span.end - 1]
        if inner:
            found.append((span[0].idx, inner[-1].idx + len(inner[-1].text)))
        # appositions: "Pia Lorne, the director-general of …" and "The director-general of …, Pia Lorne"
        root = span.root
        for other in (*[c for c in root.children if c.dep_ == "appos"], *([root.head] if root.dep_ == "appos" else [])):
            if other.i in range(span.start, span.end):
                continue
            if any(c.tag_ == "WP$" for c in other.children):
                continue  # "Orla Pike, whose brother Teo …": the brother is someone else, no description of her
            left, right = other.left_edge.i, other.right_edge.i
            if other.i > root.i:
                left = max(left, span.end)
            else:
                right = min(right, span.start - 1)
            # what a relative clause says it did is no part of what it is: "Halcyon, the ransomware group
            # which claimed the attack on …" is a ransomware group, however long the clause
            clause = next((c for c in other.children if c.dep_ in ("relcl", "acl") and c.i > other.i), None)
            if clause is not None:
                right = min(right, clause.left_edge.i - 1)
            while right > left and (doc[right].is_punct or doc[right].is_space):
                right -= 1
            while left < right and (doc[left].is_punct or doc[left].lower_ in ("the", "a", "an")):
                left += 1
            # the apposition's head must say who or what the participant is: "a claim Kelvoria's military
            # rejected" is the writer's comment on a clause, whatever body it mentions
            comment = other.lemma_.lower() in CUE_HEADS
            if right - left < 12 and not comment and self._is_role(doc[left : right + 1]):
                found.append((doc[left].idx, doc[right].idx + len(doc[right].text)))
        for start, end in found:
            role = " ".join(self.text[start:end].split()).strip(" ,")
            if name_key(role) in chain.keys or any(same_org(role, k) for k in chain.keys if chain.type != "PERSON"):
                continue  # "the Coastal Flood Authority (CFA)": another name of the body, not a description
            if role and role not in chain.roles:
                chain.roles.append(role)
                owner = doc.char_span(start, end, alignment_mode="expand")
                if owner is not None and owner[0].tag_ == "PRP$" and owner[0].lower_ in ("its", "their"):
                    self._owned_roles.append((chain, role, owner[0].idx))
            for tok in doc.char_span(start, end, alignment_mode="expand") or ():
                if tok.is_punct or tok.lower_ in ("of", "the", "a", "an", "'s", "’s", "and", "for"):
                    continue
                chain.words.add(_class(tok.lemma_.lower()))
                chain.words.add(_class(fold(tok.text)))
                if tok.tag_ != "PRP$":  # "his editor Ana Veld": the owner's pronoun, not hers
                    chain.gender = chain.gender or table("gender").get(fold(tok.text).strip("."))
                if is_acronym(tok.text):
                    chain.words.add(fold(tok.text))
                nation = nation_of(tok.text)
                if nation:
                    chain.nations.add(nation)
            plain = re.sub(r"\([^)]*\)", " ", self.text[start:end])
            if len(plain.split()) >= 2:
                chain.words.add(fold(acronym_of(plain)))  # "inspector general" is the IG

    @staticmethod
    def _is_role(tokens: Iterable[Token]) -> bool:
        """Does a run of words describe a participant (a title, a role noun, an organisation word)?"""
        toks = list(tokens)
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            return False
        vocab = words("titles") | words("person_nouns") | words("org_nouns")
        return any(t.lemma_.lower() in vocab or fold(t.text).strip(".") in vocab for t in toks)

    # -- discourse history ----------------------------------------------------------------------
    def _track_subjects(self) -> None:
        """Participants in subject position, in text order, pronouns and descriptions resolved as read."""
        pronouns = table("pronouns")
        statements = words("statement_verbs")
        for tok in tokens(self.doc):
            if tok.pos_ == "VERB" and tok.dep_ in _CLAUSE_HEADS and tok.lemma_ in statements:
                # "…, Teo Vell, the agency's manager, said": a speaker the parser left without the subject role
                if subject_of(tok) is None:
                    misread = named_before_its_relative(tok)  # "Orla Pike, whose brother is still missing, said"
                    late = postposed_subject(tok, tok.sent.start_char) or (misread[0] if misread else None)
                    speaker = self.chain_at(late.idx, late.idx + len(late.text)) if late is not None else None
                    if speaker is not None and late is not None:
                        named = self.named_in(late)
                        self.remember(speaker, late.idx, span=(named.start, named.end) if named is not None else None)
                    elif late is not None and self.describe(late, late.idx) is None:
                        self._introduce(late, remember=True)  # "…, the tram drivers' union said"
                continue
            if tok.pos_ == "VERB" and tok.dep_ == "parataxis" and tok.lemma_ in statements:
                # "…, the Sorrel district flood office said, as …": a body described in an aside attribution is
                # the one a shorter description later means ("the flood office said on Monday")
                aside = subject_of(tok)
                if aside is not None and self.named_in(aside) is None and self.describe(aside, aside.idx) is None:
                    self._introduce(aside, remember=True)
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
                if self.named_in(tok) is None and self.describe(tok, tok.idx) is None:
                    self._introduce(tok, remember=True)  # "according to Belgara's border guard service"
                continue
            if _led_by_someone(tok) and self.named_in(tok) is None and self.describe(tok, tok.idx) is None:
                self._introduce(tok)  # "Orla Pike, who chairs the Varn district water board": a body of the story
                continue
            if tok.dep_ not in _SUBJECT_DEPS or not _main_clause(tok.head):
                continue
            if self.quote_at(tok.idx) is not None:
                continue  # '“Matt has my endorsement,” Reyl wrote. … he said': a subject of someone's quoted words
            chain: Chain | None
            span: tuple[int, int] | None = None  # the name as written, when the subject is named
            kind = pronouns.get(tok.lower_)
            group = self.group_before(tok.idx) if kind == "plural" and tok.pos_ == "PRON" else None
            if group is not None:
                self._groups.append((tok.idx, group))  # "Analysts expect … They say …": still the analysts
                continue
            if kind in ("person", "neuter", "plural") and tok.pos_ == "PRON":
                chain = self.antecedent(tok.idx, tok.lower_)
            elif kind is not None:
                continue
            else:
                named = self.named_in(tok)
                chain = self._chain_of.get((named.start, named.end)) if named is not None else None
                if chain is not None and named is not None:
                    span = (named.start, named.end)
                chain = chain or self.describe(tok, tok.idx)
                spoken_for = self._spoken_for(tok) if chain is None and named is None else None
                if spoken_for is not None:
                    chain = spoken_for  # "a Nerova spokeswoman": the body she speaks for, remembered with her voice
                if chain is None and named is None:
                    # "Belgara's border guard service said", "the tram drivers' union has called a strike"
                    chain = self._introduce(tok)
                    span = chain.spans[0] if chain is not None else None
                if chain is None and tok.tag_ == "NNS" and tok.pos_ == "NOUN":
                    self._groups.append((tok.idx, tok))
            if chain is None:
                # "The Kessa Anglers Club's boats were idle. The group said …": a body owning the subject
                # is in the reader's mind, for "the group" and "it"
                owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                owning = self.chain_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
                if owner is not None and owning is not None and owning.type == "ORG":
                    self.remember(owning, owner.idx)
            employer = self._employer_of(tok) if chain is not None and chain.type == "PERSON" else None
            if employer is not None:
                # "Transdrev Rail's chief executive, Matthias Orrell, said that the company …": the body whose
                # officer speaks is in the reader's mind too, for "the company" and "it"
                self.remember(employer[1], employer[0])
            if chain is not None:
                chain.subjects += 1
                if kind == "person" and chain.gender is None and self._sole_person(chain, tok.idx):
                    # learnt only from a pronoun that can mean no one else: a guess must not decide later ones
                    chain.gender = table("gender").get(tok.lower_)
                # a body's name ending on a plural word ("Nerova Technologies", "Harbour Ferries") is one body: "it"
                plural = tok.tag_ == "NNS" or (tok.tag_ == "NNPS" and (chain.type != "ORG" or span is None))
                voice = None
                if chain.type != "PERSON" and kind is None and tok.tag_ == "NN" and _speaks_for_a_body(tok):
                    voice = table("gender").get(tok.lower_) or "person"  # "a spokeswoman" said for the body
                self.remember(chain, tok.idx, plural, span, voice)

    def _introduce(self, head: Token, remember: bool = False) -> Chain | None:
        """A body the article introduces by a description of its own, with an owner or modifiers, as a source
        ("Belgara's border guard service said", "the tram drivers' union said"): a chain named by the phrase as
        written without its article, which later descriptions with the same head noun ("the service") mean."""
        lemma = head.lemma_.lower()
        org = lemma in words("org_nouns") or head.lower_ in words("org_nouns")
        common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())  # a lower-case "PROPN"
        # (a lower-case description the tagger took for a name, "defence ministry", is no name: entities drop it)
        named = head.ent_type_ and self.entity_at(head.idx, head.idx + len(head.text)) is not None
        if not org or not common or named or self.quote_at(head.idx) is not None:
            return None
        dets = [c for c in head.children if c.dep_ in ("det", "poss") and c.i < head.i]
        if not dets or any(
            c.lower_ not in ("the", "this", "that", "a", "an") and c.pos_ in ("DET", "PRON") for c in dets
        ):
            return None  # "its board", "our team", "some unions": not one the article can name by description
        indefinite = any(c.lower_ in ("a", "an") for c in dets) or head.left_edge.lower_ in ("a", "an")
        if indefinite and self.named_next(head) is not None:
            return None  # "a group of nurses … The group, Nurses for Safe Wards, said": named next
        if any(c.dep_ == "poss" and self._a_named_body(c) for c in head.children):
            return None  # "the lender's board" in an article about a lender it names: a part of that body
        if self._named_before_as(lemma, head.idx):
            return None  # "the editorial board" after "the Kessa Times editorial board": that body's
        left = [t for t in self.doc[head.left_edge.i : head.i] if t.dep_ not in ("det", "predet")]
        mods = _modifiers(head)
        if not mods or any(t.is_punct and t.text not in ("-", "'", "’") for t in left):
            return None
        # a place noun owning it says whose it is, in words no reader can look up: "the country's defence ministry"
        # is named "defence ministry"
        while len(left) > 2 and left[0].lower_ in words("place_nouns") and left[1].tag_ == "POS":
            left = left[2:]
        start = left[0].idx
        end = head.idx + len(head.text)
        written = " ".join(self.text[start:end].split())
        # an organ of a state's portfolio goes by the name a reader looks it up by: "Dravonia's defence ministry" and
        # "the Dravonian defence ministry" are the Dravonian Ministry of Defence
        name = self.organ_of_a_people(written) or written
        chain = Chain(id=len(self.chains), type="ORG", name=name, described=lemma)
        chain.keys.update({name_key(name), name_key(written)})
        chain.spans.append((start, end))
        chain.words.update({lemma, _class(lemma), *(_class(t.lemma_.lower()) for t in mods)})
        # whose it is, by a modifier or an owner ("the Ostrelian defence ministry", "Dravonia's defence ministry")
        chain.nations.update(n for t in left if t.pos_ == "PROPN" or t in mods for n in [self._nation_key(t.text)] if n)
        self.chains.append(chain)
        self._described_at[head.i] = chain
        if remember:
            chain.subjects += 1
            self.remember(chain, head.idx, span=(start, end))
        return chain

    def _a_named_body(self, tok: Token) -> bool:
        """Is ``tok`` a named organisation, or a description of one ("the bank" after "the World Bank")?"""
        chain = self.chain_at(tok.idx, tok.idx + len(tok.text))
        if chain is None and tok.pos_ == "NOUN":
            chain = self.describe(tok, tok.idx)
        return chain is not None and chain.type == "ORG" and not chain.described

    def _named_before_as(self, lemma: str, pos: int) -> bool:
        """Did the article write a named organisation before ``pos`` as the owner or modifier of a noun with this
        lemma ("the Kessa Times editorial board", "Velmont Rail's union")?"""
        for e in self.entities[: bisect_left(self._starts, pos)]:
            chain = self._chain_of.get((e.start, e.end))
            if chain is None or chain.type != "ORG":
                continue
            span = self._span(e.start, e.end)
            if span is None:
                continue
            for t in span:
                outside = not span.start <= t.head.i < span.end
                if outside and t.dep_ in ("compound", "nmod", "poss") and t.head.lemma_.lower() == lemma:
                    return True
        return False

    def _employer_of(self, role: Token) -> tuple[int, Chain] | None:
        """(position, chain) of the named body owning a role noun ("Transdrev Rail's chief executive")."""
        if role.lemma_.lower() not in words("person_nouns") and fold(role.text).strip(".") not in words("titles"):
            return None
        return self._body_in_a_modifier(role, ("poss",), ("ORG",))

    def remember(
        self,
        chain: Chain,
        pos: int,
        plural: bool = False,
        span: tuple[int, int] | None = None,
        voice: str | None = None,
    ) -> None:
        """``chain`` in subject position (or speaking) at ``pos``; ``span``: its mention there, as written;
        ``voice``: the person speaking for it there, when the mention is one ("a spokeswoman")."""
        k = bisect_right(self._history_pos, pos)
        self.history.insert(k, _Said(pos, chain, plural, span, voice))
        self._history_pos.insert(k, pos)

    def antecedent(self, pos: int, pronoun: str) -> Chain | None:
        """The participant a pronoun at ``pos`` stands for.

        As a reader does: the subject of the sentence before (or of this one, before the pronoun), else any
        participant named there, else the latest subject or speaker further back, else the latest person
        named recently. A participant must fit the pronoun: a person for "he", a singular body for "it", a
        group or a body for "they", and not a man for "she" once the article said so.
        """
        kind = table("pronouns").get(pronoun.lower())
        gender = table("gender").get(pronoun.lower())

        def fits(chain: Chain, plural: bool = False, voice: str | None = None) -> bool:
            if kind == "person" and voice is not None:
                # "A Nerova spokeswoman said … she said": the person speaking for the body, so the body
                return not (gender and voice in ("m", "f") and voice != gender)
            if kind == "person":
                return chain.type == "PERSON" and not (gender and chain.gender not in (None, gender))
            if kind == "neuter":
                return chain.type != "PERSON" and not plural
            if kind == "plural":
                return chain.type != "PERSON" or plural
            return True

        # "Attendance reached 70 percent, she said": the pronoun of a cue set after what it reports means no one
        # named in that report before it (who says "Varn will resign" of herself says "I")
        reported = self._reported_before_cue(pos) if kind == "person" else None
        if kind == "neuter":
            # "Orvel bought 2,750 tonnes of grain from Merrow, it said": a body writes of itself by name, so the
            # report's own subject
            own = self._report_subject(pos)
            if own is not None and fits(own):
                return own
        # '“…. …,” she said': the sentence before is the one before the quotation, not one inside it
        k = bisect_right(self._sent_starts, self._quotation_closed_at(pos)) - 1
        window = self._sent_starts[max(0, k - 1)] if k >= 0 else 0
        earlier = self.history[: bisect_right(self._history_pos, pos - 1)]
        described = self._described_before(window, pos) if kind == "neuter" else None
        for said in reversed(earlier):
            if said.pos < window:
                break
            if described is not None and described[0] > said.pos and self._subject_at(described[0]):
                return described[1]  # "Lunvar Air has argued … The regulator does not agree: it fined …"
            if reported is not None and reported <= said.pos:
                continue
            if fits(said.chain, said.plural, said.voice):
                return said.chain
        i = bisect_right(self._starts, pos) - 1
        outside = self.quote_at(pos) is None
        while i >= 0 and self.entities[i].start >= window:
            e = self.entities[i]
            if described is not None and described[0] > e.start:
                break  # "the second blow for the company this week. On Tuesday it said": the body described last
            chain = self._chain_of.get((e.start, e.end))
            # a name inside someone's quoted words is theirs to mention, not what the writer's pronoun means
            heard = (outside and self.quote_at(e.start) is not None) or (reported is not None and reported <= e.start)
            if chain is not None and e.end <= pos and chain.type in ("PERSON", "ORG") and fits(chain) and not heard:
                return chain
            i -= 1
        if described is not None:
            return described[1]
        for said in reversed(earlier):
            if said.pos < window and fits(said.chain, said.plural, said.voice):
                return said.chain
        if kind == "person":
            # no subject yet: the latest person named before, if recent
            i = bisect_right(self._starts, pos) - 1
            while i >= 0 and pos - self.entities[i].start < RECENT_CHARS:
                e = self.entities[i]
                chain = self._chain_of.get((e.start, e.end))
                if e.label == "PERSON" and e.end <= pos and (chain is None or fits(chain)):
                    return chain
                i -= 1
        return None

    def _reported_before_cue(self, pos: int) -> int | None:
        """Where the report starts that a pronoun at ``pos`` is the speaker of, when it is the subject of a verb of
        saying set after the report with a comma ("Attendance reached 70 percent, she said"): the sentence's start;
        else None."""
        k = self._token_at(pos)
        if not 0 < k < len(self.doc) or self.doc[k - 1].text != "," or self.quote_at(pos) is not None:
            return None
        tok = self.doc[k]
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in words("statement_verbs"):
            return None
        return tok.sent.start_char

    def _report_subject(self, pos: int) -> Chain | None:
        """The participant named as the subject of the report that a pronoun at ``pos`` is the speaker of, when it
        is the subject of a verb of saying set after its report with a comma ("Orvel bought 2,750 tonnes of grain
        from Merrow, it said")."""
        if self._reported_before_cue(pos) is None:
            return None
        cue = tokens(self.doc)[self._token_at(pos)].head
        if any(c.dep_ in ("dobj", "ccomp") and c.i > cue.i for c in cue.children):
            return None  # "…, it had reported 9 crew dead": a verb saying something of its own reports nothing before
        # (a clause a subordinating word opens is a circumstance, not what is said: "two days after the ferry sank")
        report = next(
            (
                c
                for c in cue.children
                if c.dep_ == "ccomp" and c.i < cue.i and not any(m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        subject = next((c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")), None) if report else None
        named = self.named_in(subject) if subject is not None else None
        return self._chain_of.get((named.start, named.end)) if named is not None else None

    def _subject_at(self, pos: int) -> bool:
        """Is the word at ``pos`` a clause's subject ("the regulator does not agree"), not an owner or object
        ("the airline's handling")?"""
        i = self._token_at(pos)
        return i < len(self.doc) and self.doc[i].dep_ in ("nsubj", "nsubjpass")

    def _described_before(self, start: int, pos: int) -> tuple[int, Chain] | None:
        """The last business described between ``start`` and ``pos`` ("the company", "the carmaker"), or body of
        another kind described as a clause's subject ("The regulator does not agree: it fined …"), outside
        quotations, with the chain it describes."""
        span = self.doc.char_span(start, pos, alignment_mode="contract")
        if span is None:
            return None
        for tok in reversed(span):
            lemma = tok.lemma_.lower()
            body = lemma in words("commercial_nouns") or (
                lemma in words("org_nouns") and tok.dep_ in ("nsubj", "nsubjpass")
            )
            if (
                tok.pos_ == "NOUN"
                and tok.tag_ == "NN"
                and body
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and self.quote_at(tok.idx) is None
            ):
                chain = self.describe(tok, tok.idx)
                return (tok.idx, chain) if chain is not None and chain.type == "ORG" else None
        return None

    def _sole_person(self, chain: Chain, pos: int) -> bool:
        """Is ``chain`` the one person named or in subject position in the sentence before ``pos`` and its own?"""
        k = bisect_right(self._sent_starts, pos) - 1
        window = self._sent_starts[max(0, k - 1)] if k >= 0 else 0
        said = self.history[bisect_left(self._history_pos, window) : bisect_right(self._history_pos, pos - 1)]
        persons = {id(s.chain) for s in said if s.chain.type == "PERSON"}
        for e in self.entities[bisect_left(self._starts, window) : bisect_left(self._starts, pos)]:
            named = self._chain_of.get((e.start, e.end))
            if named is not None and named.type == "PERSON":
                persons.add(id(named))
        return persons == {id(chain)}

    def _quotation_closed_at(self, pos: int) -> int:
        """Where the quotation a word at ``pos`` closes on starts ('“…,” she said': the quotation's start), else
        ``pos``."""
        k = bisect_right(self._quoted, (pos, len(self.text) + 1)) - 1
        if k >= 0 and self._quoted[k][1] <= pos and not self.text[self._quoted[k][1] : pos].strip(" ,.”\"'’"):
            return self._quoted[k][0]
        return pos

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation (its start and end) that holds ``pos``, if any."""
        k = bisect_right(self._quoted, (pos, len(self.text) + 1)) - 1
        return self._quoted[k] if k >= 0 and self._quoted[k][0] <= pos < self._quoted[k][1] else None

    def group_before(self, pos: int) -> Token | None:
        """The unnamed group a plural pronoun at ``pos`` stands for: one in subject position in this sentence or
        the one before ("Protesters believe … They worry …"), with no participant in subject position since."""
        k = bisect_right(self._sent_starts, pos) - 1
        window = self._sent_starts[max(0, k - 1)] if k >= 0 else 0
        i = bisect_left(self._groups, pos, key=lambda g: g[0]) - 1
        if i < 0 or self._groups[i][0] < window:
            return None
        since = self.history[bisect_right(self._history_pos, self._groups[i][0]) : bisect_left(self._history_pos, pos)]
        return None if since else self._groups[i][1]

    def topic(self, pos: int) -> _Said | None:
        """The latest participant in subject position (or speaking) before ``pos``, a person first."""
        earlier = self.history[: bisect_right(self._history_pos, pos - 1)]
        recent = [s for s in earlier if pos - s.pos <= RECENT_CHARS]
        for wanted in ("PERSON", "ORG"):
            for said in reversed(recent):
                if said.chain.type == wanted and not said.plural:
                    return said
        return None

    @staticmethod
    def holds_role(chain: Chain, head: Token) -> bool:
        """Does the article name ``chain`` by the role noun ``head`` ("Mayor Janet Osei" for "Mayor")?"""
        return _class(head.lemma_.lower()) in chain.words

    def topic_body(self, pos: int) -> _Said | None:
        """The latest organisation in subject position (or speaking) before ``pos``, if recent."""
        earlier = self.history[: bisect_right(self._history_pos, pos - 1)]
        for said in reversed(earlier):
            if pos - said.pos > RECENT_CHARS:
                break
            if said.chain.type == "ORG":
                return said
        return None

    # -- resolution -------------------------------------------------------------------------------
    def chain_at(self, start: int, end: int) -> Chain | None:
        """The chain of the named mention overlapping [start, end) (the longest one)."""
        i = bisect_right(self._starts, end) - 1
        best: Entity | None = None
        while i >= 0 and self.entities[i].end > start - 200:
            e = self.entities[i]
            longer = best is None or e.end - e.start > best.end - best.start
            if e.start < end and e.end > start and longer and (e.start, e.end) in self._chain_of:
                best = e
            i -= 1
        return self._chain_of.get((best.start, best.end)) if best is not None else None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The participant entity overlapping [start, end) (the longest one)."""
        i = bisect_right(self._starts, end) - 1
        best: Entity | None = None
        while i >= 0 and self.entities[i].end > start - 200:
            e = self.entities[i]
            if e.start < end and e.end > start and (best is None or e.end - e.start > best.end - best.start):
                best = e
            i -= 1
        return best

    def person_by_surname(self, word: str, pos: int) -> Chain | None:
        """The person the article named in full whose family name ``word`` is, where the tagger did not see
        the bare name as one ("Petrides said" after "John Petrides, a fund manager"): the latest named."""
        if " " in word.strip() or not name_key(word):
            return None
        found = [c for c in self._filed.get(f"p:{skeleton(name_key(word))}", ()) if c.type == "PERSON"]
        found = [c for c in found if " " in name_key(c.name) and same_person(word, c.name)]
        return max(found, key=lambda c: c.last_before(pos), default=None)

    def body_by_acronym(self, word: str) -> Chain | None:
        """The one body the article names whose acronym ``word`` is, defined ("(LAPU)") or spelt by its name,
        where the tagger did not see the bare acronym as a name ("LAPU is asking for 14%")."""
        if not is_acronym(word):
            return None
        key = name_key(word)
        found = [c for c in self.chains if c.type == "ORG" and key in c.keys]
        if not found:  # spelt by the initials of a name never written as the acronym
            found = list({id(c): c for c in self._filed.get(f"a:{word.upper()}", ()) if c.type == "ORG"}.values())
        return found[0] if len(found) == 1 else None

    def by_name(self, name: str) -> Chain | None:
        key = name_key(name)
        return next((c for c in self.chains if key in c.keys), None)

    def describe(self, head: Token, pos: int) -> Chain | None:
        """The participant a description headed by ``head`` refers to (see ``_describe``); an indefinite one of a
        person ("A Nerova spokeswoman said") brings in someone new: no one named before it, though a lede's may
        be someone named after ("A Kessa judge has ruled …" … "Justice Ilse Varn")."""
        found = self._describe(head, pos)
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        if found is not None and found.type == "PERSON" and indefinite and found.last_before(pos) >= 0:
            return None
        if found is not None and found.type == "ORG" and not _of_its_kind(head, found):
            return None  # nor, by any other way of finding one, is "the central bank" Halvard Bank
        if found is not None and found.type == "ORG" and _local(head) and _national(found):
            return None  # nor "the regional health authority" the Ministry of Health
        return found

    def _describe(self, head: Token, pos: int) -> Chain | None:
        """The participant a description headed by ``head`` refers to ("the agency", "the French minister").

        A chain matches when the description's head noun, or its class (a carrier is an airline), is among
        its words, and no nationality in the description contradicts the chain's; among matches, the one
        sharing most modifiers, then the most recent. With no match, a description of a person is the latest
        person in subject position; one of an organisation is the organisation the article is about (the
        only one named, or one named far more often), unless what the article says of it gives it another
        kind ("the union" is not a body the article calls a network) or the description names a nation the
        article never ties it to ("the Jordanian government").
        """
        introduced = self._described_at.get(head.i)
        if introduced is not None:
            return introduced  # the mention that introduced a described body
        lemma = head.lemma_.lower()
        low = fold(head.text)
        owner_word = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
        if owner_word is not None and owner_word.lower_ in ("its", "their") and lemma in words("workforce_nouns"):
            body = self.antecedent(owner_word.idx, "it")
            if body is not None and body.type == "ORG":
                return body  # "its teams had confirmed 312 homes": the body states it through its own people
        # a title written in capitals ("the CEO", "the MP") is a person's role, no body's short name
        title = is_acronym(head.text) and low in words("titles")
        acronym = is_acronym(head.text) and not title
        if acronym:
            kind = None
        elif title:
            kind = "PERSON"
        elif lemma in words("document_nouns") or low in words("document_nouns"):
            kind = "DOC"
        elif (
            lemma in words("org_nouns")
            or low in words("org_nouns")
            or _kind_in_two_words(head)
            or self._heads_a_named_body(head)
            or (lemma in words("body_part_nouns") and _named_owner_of(head) is not None)
        ):
            kind = "ORG"
        elif any(c.dep_ == "poss" and c.lower_ in ("our", "my", "your") for c in head.children):
            return None  # "our state", "my team": the speaker's own, not a participant of the article
        elif lemma in words("person_nouns") or low in words("person_nouns"):
            kind = "PERSON"
        elif head.ent_type_ == "NORP" or nation_of(head.text) or _AGED.search(_phrase(head)):
            kind = "PERSON"  # "the Norwegian added", "the 54-year-old said"
        else:
            return None
        # "Her group wants …", "Vos's supporters' group" after "Lina Vos, chair of the Kessa Supporters Trust": the
        # body the person's role names; a body a named person owns is never one the article names otherwise
        person_owner = owner_word
        if person_owner is not None and person_owner.pos_ == "NOUN":
            person_owner = next((c for c in person_owner.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        person: Chain | None = None
        if kind == "ORG" and owner_word is not None and owner_word.lower_ in ("his", "her"):
            person = self.antecedent(owner_word.idx, owner_word.lower_)
        elif (
            kind == "ORG"
            and person_owner is not None
            and person_owner.pos_ == "PROPN"
            and lemma not in words("entourage_nouns")  # "Velde's office": she speaks through it (below)
        ):
            person = self.chain_at(person_owner.idx, person_owner.idx + len(person_owner.text))
            if person is not None and len(person.name.split()) < 2:
                person = None  # a one-word "person" may be a place the tagger misread ("Kessa's port authority")
        if person is not None and person.type == "PERSON":
            # of the description's kind ("his party" is no commission he chairs), or a kind that says none
            fitting = [
                c
                for c in self._served_by(person)
                if lemma in words("generic_org_nouns") or lemma in c.words or _class(lemma) in c.words
            ]
            if len(fitting) == 1:
                return fitting[0]
            if owner_word is not None and owner_word.lower_ not in ("his", "her"):
                return None
        # (a thing's or a place's office is no one's entourage: "the island's coast guard office" is a body)
        if kind == "ORG" and lemma in words("entourage_nouns") and owner_word is not None and not _a_things(owner_word):
            # "her office said", "Velde's office said": the person speaks through it; "the governor's office"
            # of a governor the article does not name is no body it does; "its press office" is the body's own
            if owner_word.lower_ in ("its", "their"):
                body = self.antecedent(owner_word.idx, "it")
                return body if body is not None and body.type == "ORG" else None
            return self._person_owning(owner_word, pos)
        # "Velostra's air force": a body a place or a body owns is a chain whose own name says so, never the owner
        # itself ("Clinton's campaign" may be a campaign the article names otherwise)
        named_owner = next(
            (
                c
                for c in head.children
                if c.dep_ == "poss"
                and c.pos_ == "PROPN"
                and self.named_in(c) is not None
                and c.lemma_.lower() not in words("org_nouns")  # "the Agency's team": a description, not a name
            ),
            None,
        )
        owner_chain = self.chain_at(named_owner.idx, named_owner.idx + len(named_owner.text)) if named_owner else None
        if kind == "ORG" and lemma in words("body_part_nouns") and (named_by := _named_owner_of(head)) is not None:
            whole = self.chain_at(named_by.idx, named_by.idx + len(named_by.text))
            if whole is not None and whole.type == "ORG":
                return whole  # "the Harbour Alliance's Pell chapter": the alliance speaks through it
        # (a one-word "person" may be a place the tagger misread, as above)
        if kind == "ORG" and named_owner is not None and (owner_chain is None or not _a_named_person(owner_chain)):
            owned = [
                c
                for c in self.chains
                if c is not owner_chain
                and c.last_before(pos) >= 0
                and _owned_by(c, named_owner, lemma)
                and _field_words(head) <= c.words  # "Pellar's interior ministry" is no Pellar Civil Protection body
            ]
            if not owned:
                # "Tarvonia's product safety regulator": a place's body whose name holds the description's field
                # words and its kind ("National Product Safety Authority"), the one the article names, before or
                # after, and no other nation's
                field = _field_words(head)
                # (a lower-case modifier the parser took for an adjective, "labour", says the field too when the
                # body's name repeats it)
                modifiers = {_class(t.lemma_.lower()) for t in head.lefts if t.dep_ == "amod" and t.text.islower()}
                nation = self._nation_key(named_owner.text)
                owned = [
                    c
                    for c in self.chains
                    if c.type == "ORG"
                    and (field or modifiers & c.words)
                    and field | (modifiers & c.words) | {_class(lemma)} <= c.words
                    and (not c.nations or nation in c.nations)
                    # a place's body is no body of no nation ("Kessa's health ministry" is no World Health Agency)
                    and not ((nation or (owner_chain is not None and owner_chain.type == "GPE")) and _international(c))
                ]
                if not owned:
                    # "Kessa's elite basketball league" … "the Kessan Elite League": the place's body
                    # whose own name says nothing the description does not, besides its nation, and more than its kind
                    said = _modifier_words(head) | {_class(lemma)}
                    owned = [
                        c for c in self.chains if c.type == "ORG" and _spelled_within(c.name, named_owner.text, said)
                    ]
            return owned[-1] if len(owned) == 1 else None
        # "the company" is a business: never a body whose name says it is a public one (a regulator, a court)
        business = kind == "ORG" and (lemma in words("commercial_nouns") or low in words("commercial_nouns"))
        # (so does a kind that says nothing, with a trade before it: "the engineering group", "the logistics concern")
        business = business or (
            kind == "ORG"
            and lemma in words("generic_org_nouns")
            and any(t.dep_ == "compound" and t.lower_ in words("business_name_words") for t in head.lefts)
        )
        if kind == "ORG" and not acronym and _class(lemma) in words("generic_org_nouns"):
            appositive = self._named_in_apposition(head, pos)
            if appositive is not None:
                return appositive  # "NullHarbor, the group that claimed the attack, …" … "the group"

            def of_the_kind(chain: Chain) -> bool:
                """Not a body whose name says it is another kind (a noun that says no kind, "the group", fits a
                union too), nor one whose name lacks the field the description gives ("the research firm" is no
                maker of laptops)."""
                return (
                    (not business or _class(lemma) in (_org_classes(chain.words) or {_class(lemma)}))
                    and _field_words(head) <= chain.words
                    and not (_of_a_level(head) and not _public(chain))
                    and not (business and _public(chain))
                )

            reporting = self._sole_body_reported(head)
            if reporting is not None and of_the_kind(reporting):
                return reporting  # "… signed a complaint drafted by the Pellar Tenants Federation, the group said"
            # "the company", "the group" say nothing of which one: the organisation just in subject position
            # (this sentence or the one before), unless it does not fit; where one is based is said of a body that
            # acts, not of one only credited with a finding ("a survey compiled by X. The Merrow-based group …")
            subject_org = self._recent_subject(
                pos, lambda c: c.type == "ORG" and not (business and _public(c)), acting=_located(head)
            )
            if subject_org is not None and of_the_kind(subject_org):
                return subject_org
        mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "poss") and not t.is_punct]
        nations = {n for t in mods for n in [self._nation_key(t.text)] if n}
        # the words that say which one, each with the nation it names (a body's nation may be written either way:
        # "Kessaria's defence ministry" … "the Kessarian ministry")
        told = [(_class(t.lemma_.lower()), self._nation_key(t.text)) for t in _modifiers(head)]
        if kind == "ORG" and owner_word is not None and owner_word.lower_ in ("its", "their"):
            # "Chile did not update its toll. Its defence ministry said …": the body of the place "its" stands
            # for, never another nation's
            place = self.antecedent(owner_word.idx, "it")
            if place is not None and place.type == "GPE" and (nation := self._nation_key(place.name)):
                nations.add(nation)
        # a place's body, by a nation or a place noun owning it ("the country's health ministry")
        placed = bool(nations) or any(t.dep_ == "poss" and t.lemma_.lower() in words("place_nouns") for t in mods)
        # (so is an organ of a state, "the farming ministry", or a body of a level of government, "the provincial
        # water office", though the description names no place: never a body of no nation)
        placed = placed or lemma in words("state_organs") or _of_a_level(head)
        mod_words = {_class(t.lemma_.lower()) for t in mods if t.pos_ in ("NOUN", "ADJ", "PROPN")}
        head_class = fold(head.text) if acronym else _class(lemma)
        # the nouns that say a body's field ("statistics", "health"), not its level ("state") or place
        fields = {
            _class(t.lemma_.lower())
            for t in mods
            if t.dep_ == "compound"
            and t.pos_ in ("NOUN", "PROPN")
            and t.lemma_.lower() not in words("national_words")
            and not nation_of(t.text)
        }
        in_focus = self._called_it(pos) if fields else None
        whose = {_class(t.lemma_.lower()) for t in mods if t.dep_ == "poss" and t.pos_ == "NOUN"}
        matches: list[tuple[int, int, bool, int, int, Chain]] = []
        for chain in self.chains:
            if chain.type in ("GPE", "NORP") or chain.last_before(pos) < 0 or self._credited_only(chain):
                continue
            plural = head.tag_ in ("NNS", "NNPS")
            if kind == "PERSON" and plural and chain.type == "PERSON":
                continue  # "the doctors" are not one doctor the article named
            group = kind == "PERSON" and plural and chain.type == "ORG"
            if kind in ("PERSON", "ORG") and (chain.type == "PERSON") != (kind == "PERSON") and not group:
                continue  # but "the doctors" may be a group the article named "Doctors for Open Borders"
            if kind == "DOC" and chain.type == "PERSON":
                continue
            if business and _public(chain):
                continue
            if chain.described is not None and (
                chain.described != lemma
                or not {w for w, nation in told if nation not in chain.nations} <= chain.words
                or self._moved_on(chain, pos)
            ):
                # a body known only by a description is meant by one with its head noun and no other modifier
                # ("the union", not "the nurses' union"), while the article is still talking about it
                continue
            if (nations and chain.nations and not nations & chain.nations) or (placed and _international(chain)):
                continue
            spelled = kind == "ORG" and self._spells(chain, head, mods)
            if (
                head_class not in chain.words
                and not spelled
                and not (head.ent_type_ == "NORP" and nations & chain.nations)
            ):
                continue
            if kind == "ORG" and whose and not whose & chain.words:
                continue  # "the students' union" is no teachers' association: whose body it is, its name says
            if kind == "ORG" and not _of_its_kind(head, chain):
                continue  # "the central bank" is no Halvard Bank
            if kind == "ORG" and fields and not fields & chain.words and chain is not in_focus and not spelled:
                # "the statistics office" is not the electoral commission, though both are agencies; the body
                # just in subject position may be given a new epithet ("It added … the rescue service wrote")
                continue
            # a body whose name is headed by the noun ("Carrick University") is one of that kind; one it only
            # modifies ("the University Staff Association") is not, when both are named
            # (under its fullest written name: a body the article calls by its acronym too)
            fullest = max(self._written(chain), key=lambda w: (len(w), w == chain.name, w))
            # (a body known only by a description, "the lifeboat service", is headed by its noun, not its first word)
            named_head = chain.described or fold(_name_head(fullest))
            headed = 2 if named_head == lemma or spelled else 1 if _class(named_head) == head_class else 0
            if kind == "ORG" and self._headed_otherwise(chain, lemma):
                continue  # "the airline" is no Airline Cabin Crew Union
            if kind == "ORG" and self._another_organ(chain, lemma, fields):
                continue  # a state organ's field and kind are a name of their own: "the health ministry"
            last = chain.last_before(pos)
            # of two bodies of the kind, one named in this sentence or the last is meant; else the one the article
            # names most (the "agency" of a story on a drought is its water agency, though a roads agency spoke
            # a paragraph ago)
            lately = self._sentence_of(last) >= self._sentence_of(pos) - 1
            matches.append((len(mod_words & chain.words), headed, lately, chain.mentioned_before(pos), last, chain))
        if matches:
            matches.sort(key=lambda m: m[:5], reverse=True)
            top = [m for m in matches if m[:2] == matches[0][:2]]
            # two bodies of that kind named together ("the Flood Authority and the Transport Office met"):
            # a reader cannot tell which one "the agency" is
            if len(top) > 1 and self._sentence_of(top[0][4]) == self._sentence_of(top[1][4]):
                return None
            if kind == "ORG" and top[0][1] < 2 and not acronym:
                # a body only of the description's class ("the ministry" and a tribunal): the body of
                # that very kind a minister's title names, when the article has one
                organ = self.headed_by_a_titled_person(head, pos, fields)
                if organ is not None:
                    return organ
            return top[0][5]
        if kind == "ORG" and fields:
            # "the research firm's tracker" after Quillmark Research: the one body named before whose name holds the
            # description's field, whatever kind of body its name says it is; a body only described is meant by its
            # own head noun ("the regional health department" is no "national health ministry")
            fielded = [
                c
                for c in self.chains
                if c.type == "ORG"
                and c.last_before(pos) >= 0
                and fields <= c.words
                and not self._credited_only(c)
                and c.described in (None, lemma)
                and not (self._a_masthead(c) and lemma not in words("masthead_words"))  # no "Harbour Gazette"
                and not (nations and c.nations and not nations & c.nations)  # another nation's
                # (a union or a federation is never a business: "the rail union" is no rail operator)
                and not (lemma in words("kind_named_bodies") and _commercial(c))
                # (an organ of a state is called by its kind: "the health ministry" is no Regional Health Authority)
                and not self._another_organ(c, lemma, fields)
            ]
            if len(fielded) == 1:
                return fielded[0]
        # (where a body is based is an epithet for one just named, of any kind: "the Pellar-based watchdog")
        located = kind == "ORG" and _located(head)
        if ((business and not nations) or located) and not acronym:
            # "the Atlanta-based carrier" no chain's words name: the business just in subject position, when its
            # name says it is no other kind of body
            subject_org = self._recent_subject(
                pos,
                lambda c: (
                    c.type == "ORG"
                    and not (business and _public(c))
                    and head_class in (_org_classes(c.words) or {head_class})
                ),
                acting=True,
            )
            if subject_org is not None:
                return subject_org
        if kind == "PERSON" and head.tag_ in ("NNS", "NNPS"):
            return None  # "researchers believe": a plural description is no one person it did not match
        if kind == "PERSON" and self._inside_a_name(head):
            return None  # "The Kessa Reporter", "the Harbour Times Leader": a name that matched no one, not a person
        if kind == "PERSON" and self._unnamed_before(head):
            return None  # "one legal expert said … the expert warned": still the one the article did not name
        if kind == "PERSON" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP") for c in head.children
        ):
            return None  # "Ford's father", named nowhere, is not whoever spoke last
        if kind == "PERSON" and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in head.children):
            # "Kelvoria's top general", "Connecticut's tax commissioner": the person the article names by that
            # role, before or soon after; else no one it names
            return self._latest_holding(head, pos) or self._named_soon_holding(head, pos)
        if kind == "PERSON" and any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in head.children):
            # "the commission's chair": the person the article names by that role, before or soon after (a
            # field the description gives must be the role's too: "the council's finance chief" is its director
            # of finance), not whoever spoke last
            holder = self._latest_holding(head, pos) or self._named_soon_holding(head, pos, in_field=True)
            if holder is not None or any(c.type == "PERSON" and c.last_before(pos) >= 0 for c in self.chains):
                return holder
        if kind == "PERSON":
            # the person in subject position in the sentence before, else the person the passage is about:
            # among people in subject position lately, the most prominent
            subject = self._recent_subject(
                pos, lambda c: c.type == "PERSON" and not (nations and c.nations and not nations & c.nations)
            )
            if subject is not None:
                return subject
            inside = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text))
            # a person named lately or, early in an article, one it names later (a lede's description waits for
            # the name) — but not one the article gives another role ("the regional governor said" is not "the
            # company's chief engineer, Pavel Drozd", named next)
            recent = [
                c
                for c in self.chains
                if c.type == "PERSON"
                and 0 <= pos - c.last_before(pos) <= RECENT_CHARS
                and not (c.last_before(pos) < 0 and _has_a_role(c) and not self.holds_role(c, head))
                and not any(inside[0] <= a < inside[1] for a, _ in c.spans)  # "the mayor of Kessa" is not Kessa
                and not (nations and c.nations and not nations & c.nations)
            ]
            # (one the article names by the description's role first: "the chief of the district council said",
            # then "Tomas Varn, chief of the Orvane District Council", not a resident quoted at length further on)
            return max(
                recent,
                key=lambda c: (self.holds_role(c, head), c.mentioned_before(pos) + c.subjects, c.last_before(pos)),
                default=None,
            )
        if kind == "ORG" and (whose or fields or mod_words):
            # "The nurses' union said …" before "… of the Lusmark Nurses' and Midwives' Union", "the lifeboat
            # society's count" before "the Marrevian Lifeboat Society", "the electoral commission" before "the Kessa
            # Electoral Commission": a description that says whose body it is, its field or its kind, fitting no
            # body named before, is the one named soon after whose name holds its words
            # (a level, "national", or a place noun owning it, "the city's hospital trust", need not be in the
            # name; its kind may be written with a word of its class: "the national data protection regulator" is
            # the Office of the Data Protection Commissioner)
            required = (whose | fields | mod_words) - words("national_words") - words("place_nouns")
            named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in mods)  # "the Velmar administration"
            ahead = self._named_ahead(pos, lemma, required, nations, every=True, by_class=not named, placed=placed)
            if ahead is not None:
                return ahead
        if kind == "ORG" and not any(
            c.type == "ORG" and not c.described and c.last_before(pos) >= 0 and not self._credited_only(c)
            for c in self.chains
        ):
            # before the article names any body (a dateline's agency credit names no participant), a description
            # of one points ahead to the first body named
            # later that it fits ("The nation's electoral body said … the Electoral Commission's chief")
            named = any(t.pos_ == "PROPN" for t in mods)  # "the Kessa administration" holds a name of its own
            ahead = None if named else self._named_ahead(pos, lemma, mod_words, nations, placed=placed)
            if ahead is not None:
                return ahead
        if kind == "ORG" and not acronym and (organ := self.headed_by_a_titled_person(head, pos, fields)) is not None:
            return organ
        if kind == "ORG":
            central = self.central_org(pos)
            kinds = _org_classes(central.words) if central is not None else set()
            fits = (
                head_class in kinds or head_class in words("generic_org_nouns")
                if kinds
                else lemma not in words("state_organs") and lemma not in words("kind_named_bodies")
            ) and not (central is not None and self._headed_otherwise(central, lemma))
            # (a state organ's field and kind are a name of their own: "the health ministry" is no Health Authority)
            fits = fits and not (central is not None and self._another_organ(central, lemma, fields))
            # a description that says whose body it is by a common noun ("the government's emergency
            # directorate") the central organisation's name does not hold is another body
            owner = {_class(t.lemma_.lower()) for t in mods if t.dep_ == "poss" and t.pos_ == "NOUN"}
            if central is not None and owner and not owner & central.words:
                return None
            # "the statistics office" beside the electoral commission the article is about; but what a business
            # makes is no other body ("the software maker", "the drug company")
            generic_head = _class(lemma) in words("generic_org_nouns")
            if (
                central is not None
                and fields
                and not fields & central.words
                and central is not in_focus
                and not generic_head
            ):
                return None
            if central is not None and nations and not nations & central.nations:
                return None  # "the Jordanian government" is not a body the article never ties to Jordan
            if central is not None and head_class in words("public_body_words") and _commercial(central):
                return None  # "the regulator said it would fine the firm": no business the article named
            if central is not None and _of_a_level(head) and not _public(central):
                return None  # "the regional crisis unit" is a body of a level of government, no business
            if business and (central is None or _public(central)):
                # the one business named lately, where the bodies around it are public ones
                firms = [
                    c
                    for c in self.chains
                    if c.type == "ORG"
                    and not c.described
                    and not _public(c)
                    and not self._credited_only(c)
                    and c.last_before(pos) >= 0
                    and not self._headed_otherwise(c, lemma)  # "the airline" is no news outlet
                ]
                recent = [c for c in firms if pos - c.last_before(pos) <= RECENT_CHARS]
                if len(recent) > 1:
                    # of several bodies named lately, the one whose name says it is a business ("Kellarin Home
                    # Appliances" beside "Orvik" and "Halvard")
                    named_a_business = [c for c in recent if _commercial(c)]
                    recent = named_a_business if len(named_a_business) == 1 else recent
                # else the one business the article has named at all ("the operator", paragraphs on)
                if not firms:
                    # before it names any: the one body it names later whose name says it is a business ("the
                    # operator's manifest" … "Calder Lines did not reply")
                    # (of several, the one whose name says it is of the description's kind: "the operator" is
                    # no insurer)
                    later = [c for c in self.chains if c.type == "ORG" and not c.described and _commercial(c)]
                    later = [c for c in later if head_class in c.words] if len(later) > 1 else later
                    return later[0] if len(later) == 1 else None
                return recent[0] if len(recent) == 1 else firms[0] if len(firms) == 1 and not recent else None
            return central if central is not None and fits else None
        return None

    def headed_by_a_titled_person(self, head: Token, pos: int, fields: set[str] | None = None) -> Chain | None:
        """The body a person named by a portfolio title heads, for a description of its kind that fits no
        body the article names ("Transport Minister Mara Sorrel …, according to the ministry"): a body named for the
        portfolio as the title writes it ("Ministry of Health", "Foreign Ministry"), one per portfolio. A field the
        description gives ("the health ministry") must be the portfolio's."""
        if (known := self._described_at.get(head.i)) is not None:
            return known  # asked again (by quotes, then by claims): one mention, not one per asking
        lemma = head.lemma_.lower()
        titles = {title for title, organ in table("title_organs").items() if organ == lemma}
        if not titles:
            return None
        portfolios = words("portfolio_words")
        # (of two, the one the article has named more often, else first: the story's minister, not one who spoke
        # once since)
        best: tuple[tuple[int, int], str, Chain] | None = None
        for chain in self.chains:
            last = chain.last_before(pos)
            rank = (chain.mentioned_before(pos), -chain.spans[0][0] if chain.spans else 0)
            if chain.type != "PERSON" or last < 0 or (best is not None and rank <= best[0]):
                continue
            for role in chain.roles:
                written = role.split()
                folded = [fold(w).lower() for w in written]
                title_at = next((k for k, w in enumerate(folded) if w in titles), None)
                if title_at is None:
                    continue
                after = folded[title_at + 1 : title_at + 2] == ["of"]
                kept = written[title_at + 2 :] if after else written[:title_at]
                portfolio = [w for w in kept if fold(w).lower() not in ("the", "and")]
                if not portfolio or not all(fold(w).lower() in portfolios or w == "&" for w in portfolio):
                    continue
                if not (fields or set()) <= {_class(fold(w).lower()) for w in portfolio}:
                    continue
                best = (rank, _organ_name(portfolio, lemma), chain)
                break
        nations: set[str] = set()
        if best is not None:
            _, name, person = best
            nations = person.nations
        else:
            # no minister named for it: "the health ministry" is the Ministry of Health all the same, when the
            # description says only its portfolio and kind (not whose: "Kessa's foreign ministry" is no other's)
            said = [t for t in head.lefts if t.dep_ in ("compound", "amod") and t.lower_ not in words("national_words")]
            portfolio = [t.text for t in said if t.text.islower() and t.lower_ in portfolios]
            if not fields or len(portfolio) != len(said) or any(c.dep_ == "poss" for c in head.children):
                return None
            name = _organ_name(portfolio, lemma)
        key = name_key(name)
        organ = next((c for c in self.chains if key in c.keys), None)
        if organ is None:
            organ = Chain(id=len(self.chains), type="ORG", name=name)
            organ.keys.add(key)
            organ.words.update({lemma, _class(lemma), *(fold(w).lower() for w in name.split())})
            organ.nations.update(nations)
            self.chains.append(organ)
        organ.spans.append((head.idx, head.idx + len(head.text)))
        organ.spans.sort()
        self._described_at[head.i] = organ
        return organ

    def organ_of_a_people(self, written: str) -> str | None:
        """The name of the organ a description names when it says only whose it is (a place owning it, or a
        people's word), its portfolio, and a kind a minister heads ("Kessa's defence ministry", "Kessan defence
        ministry"), or the organ's own name ("Kessa's Ministry of Defence"): the people's word and the portfolio's
        organ ("Kessan Ministry of Defence"), if that word is known."""
        parts = written.split()
        if len(parts) < 3:
            return None
        first, *portfolio, kind = parts
        organs = _organ_kinds()
        portfolios = words("portfolio_words")
        # (or an owner and the organ's own name: "Kessa's Ministry of Transport", "Kessa's Transport Ministry")
        own = [w.lower() for w in parts[1:] if w.lower() not in CONNECTORS]
        if parts[1][:1].isupper() and len(own) > 1 and (own[0] in organs or own[-1] in organs):
            field = own[1:] if own[0] in organs else own[:-1]
            organ = " ".join(parts[1:]) if all(w in portfolios for w in field) else None
        elif kind.lower() in organs and all(w.islower() and w in portfolios for w in portfolio):
            organ = _organ_name(portfolio, kind.lower())
        else:
            organ = None
        if organ is None:
            return None
        owner = re.sub(r"['’]s$", "", first)
        if owner != first:
            people = self._peoples_word(owner)
        else:
            people = first if first[:1].isupper() and self._a_peoples_word(first) else None
        return f"{people} {organ}" if people else None

    def _peoples_word(self, place: str) -> str | None:
        """The word for a place's people: the one the article writes, made from the place's name and shaped, tagged or
        written in the plural as a people's word ("Kessan", "the Pellarines" beside Kessa, Pellara), else the one a
        list knows ("Syrian")."""
        if place not in self._peoples:
            self._peoples[place] = self._read_peoples_word(place)
        return self._peoples[place]

    def _read_peoples_word(self, place: str) -> str | None:
        folded = fold(place)
        endings = words("demonym_endings")
        written = set()
        for t in self.doc:
            word = t.text[:-1] if t.tag_ == "NNPS" and t.text.endswith("s") else t.text  # "the Pellarines"
            own = fold(word)
            if (
                word[:1].isupper()
                and own != folded
                and written_from(own, folded)
                and (t.ent_type_ == "NORP" or t.tag_ == "NNPS" or any(own.endswith(end) for end in endings))
            ):
                written.add(word)
        if len(written) == 1:
            return written.pop()
        country = nation_of(place)
        known = next((k for k, v in table("demonyms").items() if fold(v) == country), None) if country else None
        return known.title() if known else None

    def _headed_otherwise(self, chain: Chain, head_lemma: str) -> bool:
        """Is the body's fullest written name headed by another kind than a description's ("the airline" and the
        "Airline Cabin Crew Union"), or a news outlet's ("the ministry" and "Kessa News Agency", though both are
        agencies)? See ``_headed_by_another_kind`` and ``_an_outlet_named``."""
        fullest = self._fullest(chain)
        return _headed_by_another_kind(fullest, head_lemma) or _an_outlet_named(fullest, head_lemma)

    def _another_organ(self, chain: Chain, head_lemma: str, fields: set[str]) -> bool:
        """Does a description of a state organ by its field and kind ("the health ministry") name no ``chain``,
        because the body's fullest name is headed by a word for another kind of body, though maybe of its class
        ("Kessa Regional Health Authority"), not by its field or its own name?"""
        if not fields or head_lemma not in words("state_organs"):
            return False
        own = _singular(fold(_name_head(self._fullest(chain))).lower())
        return own != head_lemma and own in words("org_nouns") | words("state_organs")

    def _fullest(self, chain: Chain) -> str:
        """The longest name the article writes the participant under."""
        return max(self._written(chain), key=len)

    def _a_masthead(self, chain: Chain) -> bool:
        """Is the body a publication, by the word heading its fullest name ("Orvane & Harbour Gazette")?"""
        return _kind_word(_name_head(self._fullest(chain))) in words("masthead_words")

    def _heads_a_named_body(self, head: Token) -> bool:
        """Is a lower-case noun the last word of an organisation's name the article gives ("the trust" beside
        "the Varnholt Regional Health Trust", "the league", "the fund"), before the noun or, as in a lede that
        describes a body before naming it ("the city's hospital trust said"), after? The name says the noun is
        a kind of body, whatever the word lists know. The name must be more than the noun, and a noun after "of"
        is not its head ("the state" is no "Secretary of State")."""
        if not head.text.islower() or head.tag_ in ("NNS", "NNPS"):
            return False
        return any(
            c.type == "ORG"
            and not c.described
            and len(name := fold(c.name).split()) > 1
            and name[-1] == head.lower_
            and "of" not in name
            for c in self.chains
        )

    def _served_by(self, person: Chain) -> list[Chain]:
        """The bodies a person's roles name ("chair of the Kessa Supporters Trust", "Telvik's chief executive")."""
        roles = [name_key(role) for role in person.roles]
        return [
            c
            for c in self.chains
            if c.type == "ORG" and any(f" {key} " in f" {role} " for role in roles for key in c.keys if len(key) > 2)
        ]

    def _person_owning(self, owner: Token, pos: int) -> Chain | None:
        """The person a possessive names: "her" (the person the pronoun stands for), "Velde's", "the governor's"
        (the person the article names by that role, the latest one)."""
        if owner.tag_ == "PRP$":
            chain = self.antecedent(owner.idx, owner.lower_) if owner.lower_ in ("his", "her") else None
        elif owner.pos_ == "PROPN":
            chain = self.chain_at(owner.idx, owner.idx + len(owner.text))
        else:
            chain = self._latest_holding(owner, pos)
        return chain if chain is not None and chain.type == "PERSON" else None

    def _latest_holding(self, role: Token, pos: int) -> Chain | None:
        """The person named before ``pos`` by the role noun ``role`` ("Governor Amara Velde" for "governor"),
        the latest one."""
        holders = [
            c for c in self.chains if c.type == "PERSON" and c.last_before(pos) >= 0 and self.holds_role(c, role)
        ]
        return max(holders, key=lambda c: c.last_before(pos), default=None)

    def _named_soon_holding(self, role: Token, pos: int, in_field: bool = False) -> Chain | None:
        """The first person named soon after ``pos`` by the role noun ``role``, not named before it; with
        ``in_field``, only by a role holding the description's field ("finance" of "the finance chief")."""
        field = _field_words(role) if in_field else set()
        named_later = [
            c
            for c in self.chains
            if c.type == "PERSON"
            and c.last_before(pos) < 0
            and c.spans
            and c.spans[0][0] - pos <= RECENT_CHARS
            and self.holds_role(c, role)
            and field <= c.words
        ]
        return min(named_later, key=lambda c: c.spans[0][0], default=None)

    def _unnamed_before(self, head: Token) -> bool:
        """Did the article introduce someone it does not name by this noun before ``head``: "one legal expert", "a
        source inside the camp", "the reporter's source", "a 43-year-old man", "asked the mayor" — one with no name
        in or beside the phrase? A reader keeps such a one in mind however long ago they came in, since no name
        replaced them."""
        if self._unnamed_at is None:
            self._unnamed_at = {}
            for t in tokens(self.doc):
                if t.pos_ != "NOUN" or t.tag_ in ("NNS", "NNPS") or t.ent_type_:
                    continue
                # "asked the mayor": met as the one a participant acts on, someone else than that participant
                met = t.dep_ in ("dobj", "dative") or (t.dep_ == "pobj" and t.head.lower_ in ("to", "with"))
                introduced = any(
                    (c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another"))
                    or c.dep_ == "poss"
                    or (met and c.dep_ == "det" and c.lower_ == "the")
                    for c in t.children
                )
                named = t.dep_ in ("appos", "attr", "compound") or any(
                    c.dep_ != "poss" and (c.ent_type_ == "PERSON" or (c.dep_ == "appos" and c.pos_ == "PROPN"))
                    for c in t.children
                )
                if introduced and not named:
                    self._unnamed_at.setdefault(t.lemma_.lower(), t.i)  # the first such introduction
        return self._unnamed_at.get(head.lemma_.lower(), len(self.doc)) < head.i

    def _written(self, chain: Chain) -> set[str]:
        """Every form the article writes a chain's name in, and its canonical name: a body called by its acronym
        ("NDRA") is its full name too ("National Disaster Response Authority")."""
        return {chain.name, *(self.text[a:b] for a, b in chain.spans)}

    def _spells(self, chain: Chain, head: Token, mods: list[Token]) -> bool:
        """Is ``chain`` a body the article names only by an acronym whose letters the description spells: its
        noun the last ("the service" for the NFRS), any modifier an earlier one ("the fire service")? An acronym
        ends on its name's head noun (National Fire and Rescue Service)."""
        names = self._written(chain)
        if len(names) != 1 or not all(is_acronym(n) and len(n) >= 3 for n in names):
            return False
        if _class(head.lemma_.lower()) not in _SPELLED_CLASSES or any(m.dep_ == "poss" for m in mods):
            return False  # a public body or a union, not "the campaign", nor one a possessive says is someone's
        letters = next(iter(names)).upper()
        if not head.text[:1].isalpha() or letters[-1] != head.text[0].upper():
            return False
        return all(m.text[:1].upper() in letters[:-1] for m in mods if m.dep_ in ("compound", "amod"))

    def headline_body(self, head: Token, pos: int) -> Chain | None:
        """The body a headline's description means ("Refugee agency: 25,000 displaced"): the one whose name holds
        its noun or a modifier, named in the text after it (a headline comes before its text), else before it."""
        lemma = head.lemma_.lower()
        mod_words = {_singular(fold(t.text)) for t in head.lefts if t.dep_ in ("compound", "amod")}
        generic = lemma in words("generic_org_nouns")
        best: tuple[int, Chain] | None = None
        for chain in self.chains:
            if chain.type != "ORG" or chain.described:
                continue
            name = {_singular(w) for w in re.findall(r"\w+", fold(" ".join(self._written(chain))))}
            if not ((lemma in name and not generic) or mod_words & name):
                continue
            after = [a for a, _ in chain.spans if pos < a <= pos + RECENT_CHARS]
            before = chain.last_before(pos)
            # the nearest mention after, else the latest before (ranked after every mention after)
            rank = after[0] - pos if after else (RECENT_CHARS + pos - before if before >= 0 else None)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, chain)
        return best[1] if best is not None else None

    def _named_ahead(
        self,
        pos: int,
        head: str,
        mod_words: set[str],
        nations: set[str],
        every: bool = False,
        by_class: bool = False,
        placed: bool = False,
    ) -> Chain | None:
        """The first organisation named within a short stretch after ``pos`` whose name holds the description's
        head noun (a specific one: "commission", not "body") or one of its modifiers ("electoral"); with
        ``every``, the head noun (or, ``by_class``, a word of its class) and every modifier; for a description of
        a place's body (``placed``), no body of no nation."""
        generic = head in words("generic_org_nouns")
        ahead = sorted((c.spans[0][0], c.id) for c in self.chains if c.type == "ORG" and c.spans and not c.described)
        by_id = {c.id: c for c in self.chains}
        for first, chain_id in ahead:
            chain = by_id[chain_id]
            if not pos < first <= pos + RECENT_CHARS or (nations and chain.nations and not nations & chain.nations):
                continue
            if placed and _international(chain):
                continue  # "Kessa's health ministry" is no World Health Agency named after it
            if self._headed_otherwise(chain, head):
                continue  # "the airline" is no Airline Cabin Crew Union named after it
            written = re.findall(r"\w+", fold(" ".join(self._written(chain))))
            name = {_singular(w) for w in written}
            classes = {_class(w) for w in (*name, *written)}  # "Calder Lines" is an operator
            kind = head in name or (by_class and _class(head) in classes)
            # a modifier is in the name as written or as the first part of a compound of it ("the dock union":
            # the Kessa Dockworkers' Federation)
            in_name = {m for m in mod_words if m in name or any(len(m) >= 4 and n.startswith(m) for n in name)}
            if every and kind and in_name == mod_words:
                return chain
            # a specific kind must be the body's too: "the regional health directorate" is no World Health
            # Organization, however much of the name they share
            kind_fits = generic or head in name or _class(head) in classes  # an agency: authority
            # (a generic kind by a word of the name's class: "the operator" is "Calder Lines", no "MV Ardent")
            # (a business by what its name says it is: "the company" is "Orvane Plastics")
            business = head in words("commercial_nouns") and _commercial(chain)
            if not every and (
                (head in name and not generic)
                or (generic and (_class(head) in classes or business))
                or (in_name and kind_fits)
            ):
                return chain
        return None

    def _spoken_for(self, noun: Token) -> Chain | None:
        """The named body a person noun's own modifier says they speak for ("a Nerova spokeswoman", "a Kessa
        official"), or None."""
        if not _speaks_for_a_body(noun):
            return None
        found = self._body_in_a_modifier(noun, ("compound", "poss"), ("ORG", "NORP"))
        return found[1] if found is not None else None

    def _body_in_a_modifier(
        self, noun: Token, deps: tuple[str, ...], types: tuple[str, ...]
    ) -> tuple[int, Chain] | None:
        """(where it is named, chain) of the participant a proper-noun modifier of ``noun`` names ("Nerova" of "a
        Nerova spokeswoman", "Transdrev Rail's" of "Transdrev Rail's chief executive"), of one of ``types``."""
        for mod in noun.children:
            if mod.dep_ in deps and mod.pos_ == "PROPN" and (named := self.named_in(mod)) is not None:
                body = self._chain_of.get((named.start, named.end))
                if body is not None and body.type in types:
                    return named.start, body
        return None

    @staticmethod
    def _inside_a_name(head: Token) -> bool:
        """Is a capitalised person noun the last word of a name ("The Kessa Reporter"): joined to a proper noun
        that is no title ("Prime Minister" is a title, "Kessa Reporter" a newspaper)?"""
        titles = words("titles")
        return (
            head.text[:1].isupper()
            and not head.is_sent_start
            and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and fold(c.text).strip(".") not in titles
                for c in head.children
            )
        )

    def _named_in_apposition(self, head: Token, pos: int) -> Chain | None:
        """The body a recent mention of the same noun was set beside ("NullHarbor, the group that claimed the
        attack"): what "the group" means further on."""
        for t in recent_same_noun(head):
            if t.pos_ != "NOUN":
                continue
            for other in (t.head, *t.children) if t.dep_ == "appos" else t.children:
                if other.dep_ != "appos" and other.i != t.head.i:
                    continue
                chain = self.chain_at(other.idx, other.idx + len(other.text))
                if chain is not None and chain.type == "ORG" and not chain.described:
                    return chain
        return None

    def _sole_body_reported(self, head: Token) -> Chain | None:
        """The one body named in the clause that a description closing the sentence reports ("…, the group
        said", "…, according to the company's annual report"), when that clause names exactly one."""
        verb = head.head
        phrase = head.head if head.dep_ == "poss" else head  # (the document the body owns: "the company's report")
        according = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "to" else None
        closing_said = head.dep_ == "nsubj" and any(
            c.dep_ in ("ccomp", "parataxis") and c.i < head.i for c in verb.children
        )
        closing_according = according is not None and according.lower_ == "according" and not according.is_sent_start
        if not (closing_said or closing_according):
            return None
        start = self._sent_starts[self._sentence_of(head.idx)]
        named = [
            c
            for c in self.chains
            if c.type == "ORG" and not self._credited_only(c) and any(start <= a < head.idx for a, _ in c.spans)
        ]
        return named[0] if len(named) == 1 else None

    def _recent_subject(self, pos: int, fits: Callable[[Chain], bool], *, acting: bool = False) -> Chain | None:
        """The latest participant that ``fits``, in subject position in this sentence or the one before; with
        ``acting``, only one a clause's subject names (itself or as its owner), not one only credited with what
        is said ("according to a survey by X")."""
        said = self._recent_said(pos, fits, acting=acting)
        return said.chain if said is not None else None

    def _recent_said(self, pos: int, fits: Callable[[Chain], bool], *, acting: bool = False) -> _Said | None:
        """The latest mention in subject position in this sentence or the one before whose participant ``fits``."""
        k = bisect_right(self._sent_starts, pos) - 1
        window = self._sent_starts[max(0, k - 1)] if k >= 0 else 0
        for said in reversed(self.history[: bisect_right(self._history_pos, pos - 1)]):
            if said.pos < window:
                return None
            if fits(said.chain) and (not acting or self._names_a_subject(said)):
                return said
        return None

    def _names_a_subject(self, said: _Said) -> bool:
        """Is the mention a name (not a description: "the dockers' union") that is a clause's subject, or the
        owner of one ("Orvel Systems' new plan drew …")?"""
        i = self._token_at(said.pos)
        if i >= len(self.doc):
            return False
        tok = self.doc[i]
        named = tok.pos_ == "PROPN" or bool(tok.ent_type_)
        while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head.i != tok.i:
            tok = tok.head
            named = named or tok.pos_ == "PROPN"
        if tok.dep_ == "poss":
            tok = tok.head
        return named and tok.dep_ in ("nsubj", "nsubjpass")

    def _called_it(self, pos: int) -> Chain | None:
        """The body last in subject position, in this sentence or the one before, when the article called it "it"
        or "they" there: a description may give it a new epithet ("It added … the rescue service wrote"), where one
        after its name written out ("The Kessa Roads Office said … The flood service said") is another body."""
        said = self._recent_said(pos, lambda c: c.type == "ORG")
        if said is None:
            return None
        start, end = said.span if said.span is not None else (said.pos, said.pos + 2)
        return said.chain if fold(self.text[start:end]).strip() in ("it", "they") else None

    def _moved_on(self, chain: Chain, pos: int) -> bool:
        """Has the article left a described body by ``pos``: not mentioned for a while, or another body with its
        head noun and another owner or modifier written since ("Ana Veld's campaign … Ivo Rask's campaign
        says … The campaign says")?"""
        last = self._last_heard(chain, pos)
        if pos - last > RECENT_CHARS:
            return True
        for t in self.doc[self._token_at(last) + 1 : self._token_at(pos)]:
            if t.lemma_.lower() != chain.described or t.pos_ != "NOUN" or self._described_at.get(t.i) is chain:
                continue
            mods = _modifier_words(t)
            if mods and not mods <= chain.words:
                return True
        return False

    def _token_at(self, pos: int) -> int:
        """The index of the token at character ``pos``."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span.start if span is not None else len(self.doc)

    def _last_heard(self, chain: Chain, pos: int) -> int:
        """Where ``chain`` was last mentioned, in subject position or speaking, before ``pos`` (or -1)."""
        for said in reversed(self.history[: bisect_right(self._history_pos, pos - 1)]):
            if said.chain is chain:
                return max(said.pos, chain.last_before(pos))
        return chain.last_before(pos)

    def _sentence_of(self, pos: int) -> int:
        return bisect_right(self._sent_starts, pos) - 1

    def _credited_only(self, chain: Chain) -> bool:
        """Is ``chain`` named only in passing, never as a participant: in a dateline (the agency it credits), or
        as the platform words were posted on ("wrote on Telegram")?"""
        if all(any(a <= start and end <= b for a, b in self._datelines) for start, end in chain.spans):
            return True
        platforms = words("platforms")
        return fold(chain.name) in platforms and all(
            re.search(r"\b(?:on|via)\s+$", self.text[max(0, start - 5) : start]) for start, _ in chain.spans
        )

    def central_org(self, pos: int) -> Chain | None:
        """The organisation an article is about at ``pos``: the only one named, or one named far more often."""
        # a body the article only describes is not another organisation named beside the central one
        named = [
            c
            for c in self.chains
            if c.type == "ORG" and not c.described and c.last_before(pos) >= 0 and not self._credited_only(c)
        ]
        counts = sorted(((c.mentioned_before(pos) + c.subjects, c) for c in named), key=lambda x: -x[0])
        if len(counts) == 1 or (len(counts) > 1 and counts[0][0] >= 2 and counts[0][0] >= 2 * counts[1][0]):
            return counts[0][1]
        return None


_MODIFIERS = ("amod", "compound", "nmod", "poss")
_CONTENT = ("NOUN", "PROPN", "ADJ")


def _kind_in_two_words(head: Token) -> bool:
    """Is ``head`` with the compound right before it a kind of body the word list writes as one word ("the coast
    guard": coastguard)?"""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return (
        before is not None
        and before.dep_ == "compound"
        and before.head.i == head.i
        and f"{before.lower_}{head.lower_}" in words("org_nouns")
    )


def _modifiers(head: Token) -> list[Token]:
    """The words that say which one a noun phrase means, anywhere before its head ("bus" and "drivers" in "the
    bus drivers' union"; not "the same union")."""
    vague = words("vague_modifiers")
    left = head.doc[head.left_edge.i : head.i]
    return [t for t in left if t.dep_ in _MODIFIERS and t.pos_ in _CONTENT and t.lower_ not in vague]


def _modifier_words(head: Token) -> set[str]:
    """The classes of ``_modifiers``."""
    return {_class(t.lemma_.lower()) for t in _modifiers(head)}


def _given_name_gender(name: str) -> str | None:
    """The gender a person's given name says ("Helen Varga" a woman): a word before the surname found in the
    list of given names that belong to one gender; none for a surname alone or a name borne by both."""
    return next((g for w in name_key(name).split()[:-1] if (g := given_name_gender(w)) is not None), None)


def _of_its_kind(head: Token, chain: Chain) -> bool:
    """Can a description headed by ``head`` name ``chain`` by a kind that takes two words ("the central bank",
    "the supreme court", ``lexicons/kind_phrases.txt``): a body whose name holds the modifier too, or a nation's own
    ("Reserve Bank of India"), not one of no nation ("Halvard Bank")?"""
    kind_words = {c.lower_ for c in head.lefts if f"{c.lower_} {head.lemma_.lower()}" in words("kind_phrases")}
    return kind_words <= chain.words or bool(chain.nations)


def _owned_by(chain: Chain, owner: Token, head_lemma: str) -> bool:
    """Is ``chain`` an organisation whose own name holds the ``owner`` named in a possessive, as its word or its
    nation ("Velostran Air Force" for "Velostra's air force")?"""
    if chain.type != "ORG":
        return False
    if chain.described is not None and chain.described != head_lemma:
        return False  # "California's state fire agency" is not what "California's regulators" means
    nation = nation_of(owner.text)
    return fold(owner.text) in chain.words or (nation is not None and nation in chain.nations)


def _field_words(head: Token) -> set[str]:
    """The nouns before a description's head that say its body's field ("research" of "the research firm",
    "product" and "safety" of "the product safety regulator"), by class; not a nation or a level ("state")."""
    return {
        _class(t.lemma_.lower())
        for t in head.doc[head.left_edge.i : head.i]
        if t.dep_ == "compound"
        and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.text.islower()))  # "coast" of "coast guard", however tagged
        and t.lemma_.lower() not in words("national_words")
        and not nation_of(t.text)
    }


# prepositions that place what they govern: "in Brennick", "at Kelm", "across Upper Dravin"
_LOCATIVES = frozenset(
    {"in", "at", "near", "across", "throughout", "outside", "around", "into", "towards", "toward", "through", "via"}
)


def _a_named_person(chain: Chain) -> bool:
    """Is a chain a person's named in two words or more?"""
    return chain.type == "PERSON" and len(chain.name.split()) >= 2


def _spelled_within(name: str, place: str, said: set[str]) -> bool:
    """Does a body's name open with ``place`` or its demonym, and are its other words (function words aside) two or
    more, each one ``said``?"""
    first, *rest = name.split()
    own = {_class(fold(w)) for w in rest if fold(w) not in CONNECTORS}
    return written_from(fold(first), fold(place)) and len(own) >= 2 and own <= said


def _set_right_after(tok: Token, apposition: Token) -> bool:
    """Does the apposition open right after the phrase of ``tok`` and a comma ("Port Arlo, the Crescent
    Society")?"""
    k = apposition.left_edge.i
    return k >= 2 and tok.doc[k - 1].text == "," and tok.doc[k - 2].i == tok.i


def _on_a_short_capitalised_line(text: str, start: int) -> bool:
    """Is the mention on a short line of capitalised words only, a masthead or a label ("HARLOW GAZETTE")?"""
    words_ = line_at(text, start).split()
    return 0 < len(words_) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words_)


def _placed_names(doc: Doc, entities: list[Entity]) -> set[str]:
    """The names the tagger read as persons that the article only uses as places: at least half their mentions
    after a preposition of place ("in Brennick", "across Upper Dravin"), as what a place noun is of ("the
    town of Brennick") or among places a place noun counts ("neighbouring towns, including Brennick"), and none
    as a clause's subject or after a title. A one-word name read as a body counts only by the last two (a
    business is "in" or "at" its own name too: "a stake in Kellarin")."""
    places, persons, total = Counter[str](), Counter[str](), Counter[str]()
    place_nouns = words("place_nouns")
    text = doc_text(doc)
    for e in entities:
        body = e.label == "ORG" and " " not in e.canonical.strip()
        if e.label != "PERSON" and not body:
            continue
        key = name_key(e.canonical)
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if not key or span is None:
            continue
        if in_title_case_line(text, e.start) or _on_a_short_capitalised_line(text, e.start):
            continue  # a masthead or a headline ("HARLOW GAZETTE") is read word by word: no use either way
        root = span.root
        total[key] += 1
        if root.dep_ in ("nsubj", "nsubjpass", "appos") or (span.start > 0 and doc[span.start - 1].pos_ == "PROPN"):
            persons[key] += 1
            continue
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "in Brennick, Kelm and Harlund": each one placed
        such_as = root.head.lower_ == "as" and root.head.i > 0 and root.head.nbor(-1).lower_ == "such"
        listed = root.head.lower_ in ("including", "like") or such_as
        if (
            (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVES and not body)
            or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in place_nouns)
            or (root.dep_ == "pobj" and listed and root.head.head.lemma_ in place_nouns)
        ):
            places[key] += 1
    return {k for k, n in places.items() if not persons[k] and 2 * n >= total[k]}


def _usual_labels(entities: list[Entity]) -> dict[str, str]:
    """For a name tagged as two kinds of participant, the label it gets most often ("Varn Transit" read once as
    a person and three times as a body is a body; "Tessel" read once as a nationality and twice as a body is a
    body); ties stay as tagged, but a one-word name read as a place as often as anything else is a place (the
    tagger takes a place it does not know for a person far more often than a person for a place)."""
    counts: dict[str, Counter[str]] = {}
    for e in entities:
        if e.label in ("PERSON", "ORG", "GPE", "NORP"):
            counts.setdefault(name_key(e.canonical), Counter())[e.label] += 1
    usual = {}
    for key, c in counts.items():
        ranked = c.most_common()
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
            usual[key] = ranked[0][0]
        elif len(ranked) > 1 and " " not in key and c["GPE"] == ranked[0][1]:
            usual[key] = "GPE"
    # a one-word name read as a place at least once whose demonym the article writes ("Velmoran" of "Velmora") is
    # a place, however often the tagger took it for a person
    written = {name_key(e.canonical) for e in entities}
    for key, c in counts.items():
        if c["GPE"] and " " not in key and any(w != key and written_from(w, key) for w in written):
            usual[key] = "GPE"
    return usual


def _international(chain: Chain) -> bool:
    """Does a body's name say it belongs to no one nation ("World Health Agency")?"""
    return chain.type == "ORG" and bool(chain.words & words("international_words"))


def _of_a_level(head: Token) -> bool:
    """Does a description say its body belongs to a level of government ("the regional crisis unit")?"""
    return any(t.lower_ in words("level_words") for t in head.lefts if t.dep_ in ("amod", "compound"))


def _local(head: Token) -> bool:
    """Does a description say its body is of a level of government below the nation's ("the regional health
    authority")?"""
    return any(t.lower_ in words("local_level_words") for t in head.lefts if t.dep_ in ("amod", "compound"))


def _national(chain: Chain) -> bool:
    """Does a body's name say it is of a nation's own level of government ("Ministry of Health", "National
    Grid Agency")?"""
    written = set(re.findall(r"\w+", fold(chain.name)))
    return bool(written & _national_words())


@functools.cache
def _national_words() -> frozenset[str]:
    """The words that say a body is of a nation's own level of government (built once)."""
    return words("national_words") | words("national_organs")


def _located(head: Token) -> bool:
    """Does a description say where its body is based ("the Merrow-based group")?"""
    return any(c.dep_ == "amod" and c.lower_ == "based" for c in head.children)


def _public(chain: Chain) -> bool:
    """Does a body's name say it is a public or non-commercial one ("Valdorian Trade Commission"), or of a level of
    government ("the Sorrel district flood office")? Not one the article itself calls a business in a description
    of its own ("the bus operator, Orvane Municipal Transit"): a state may own a company."""
    called = {_kind_word(role.split()[-1]) for role in chain.roles if role.split()}
    return bool(chain.words & _public_words()) and not called & words("commercial_nouns")


@functools.cache
def _public_words() -> frozenset[str]:
    """The words that say a body is a public one, by its kind or its level of government (built once)."""
    return words("public_body_words") | words("level_words")


def _commercial(chain: Chain) -> bool:
    """Does a body's name say it is a business ("Ostrel Home Appliances", "Halden Foods Inc"), or the article call
    it one ("power company Northline", "the firm")? Not one whose name is headed by another kind of body ("Airline
    Cabin Crew Union")."""
    head = _kind_word(_name_head(chain.name))
    if head in words("org_nouns") and head not in words("generic_org_nouns") and head not in _business_words():
        return False
    return bool(chain.words & _business_words())


@functools.cache
def _business_words() -> frozenset[str]:
    """The words that say a body is a business, in its name or as the article calls it (built once)."""
    return words("business_name_words") | words("legal_suffixes") | words("commercial_nouns")


def _has_a_role(chain: Chain) -> bool:
    """Does the article give the person a role, not only a courtesy or an academic title ("Dr.", "Mr.")?"""
    no_role = _titles_of_no_role()
    return any(fold(w).strip(".") not in no_role for role in chain.roles for w in role.split())


@functools.cache
def _titles_of_no_role() -> frozenset[str]:
    """Courtesy titles and the academic and clerical ones that say no role either (built once)."""
    return frozenset(words("courtesy") | {"dr", "prof", "professor", "rev", "doctor"})


def _speaks_for_a_body(noun: Token) -> bool:
    """Is a common noun in subject position a person who speaks for a body ("spokeswoman", "official"; not a
    "wife")?"""
    return noun.lemma_.lower() in words("representative_nouns") or noun.lower_ in words("representative_nouns")


def _named_owner_of(noun: Token) -> Token | None:
    """The name that owns a noun by a possessive ("the Harbour Alliance's Pell chapter"), however the parser
    hung it ("poss", or "nmod" with the possessive ending)."""
    return next(
        (
            c
            for c in noun.children
            if c.pos_ == "PROPN"
            and c.i < noun.i
            and (c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.tag_ == "POS" for g in c.children)))
        ),
        None,
    )


def _headed_by_another_kind(name: str, head_lemma: str) -> bool:
    """Is a body's name headed by a specific kind of body other than a description's specific kind, which it
    holds only as a modifier ("the airline" and the "Airline Cabin Crew Union", "the hospital" and the "Hospital
    Doctors' Association")? A generic description ("the group") may be any body."""
    generic = words("generic_org_nouns")
    wanted = _class(head_lemma)
    named = _kind_word(_name_head(name))
    return wanted not in generic and named != wanted and named in words("org_nouns") and named not in generic


def _an_outlet_named(name: str, head_lemma: str) -> bool:
    """Is a body's name a news outlet's ("Kessa News Agency", "Orvel Press Service": a word of the press before
    its head, ``lexicons/outlet_words.txt``) that a description headed by another word than its own head and no
    word for an outlet cannot mean?"""
    folded = fold(name).lower().split()
    if len(folded) < 2 or folded[-2] not in words("outlet_words"):
        return False
    return head_lemma not in (folded[-1], _singular(folded[-1])) and head_lemma not in words("outlet_nouns")


def _kind_word(word: str) -> str:
    """A name's head word as the word lists write a kind of body: "Airlines" → airline, but "News" as it is."""
    plain = fold(word).lower()
    return _class(plain if plain in words("org_nouns") else _singular(plain))


def _org_classes(chain_words: set[str]) -> set[str]:
    """The kinds of organisation a chain's words say it is ("union", "bank", "airline"), if any."""
    generic = words("generic_org_nouns")
    return {w for w in chain_words if w in words("org_nouns") and w not in generic}


def _first_word_of(one: str, other: str) -> bool:
    """One organisation's one-word name is the first word of the other's ("Varn" and "Varn Transit Authority")."""
    a, b = one.split(), other.split()
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) == 1 and len(long) > 1 and long[0] == short[0]


# the rest of a body's name the tagger cut at a link word: " for Displaced Persons", " of Health and Welfare"
_NAME_TAIL = re.compile(r"(?: (?:for|of|on|and|&)(?: the)?(?: [A-Z][\w'’-]*)+)+")
# what a name ending on a body's noun goes on with: " of Commerce", " for Digital Affairs"
_BODY_TAIL = re.compile(r" (?:of|for)(?: the)?(?: [A-Z][\w'’-]*)+")


def _joined_by_acronym(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Two names joined by "and" are one name when the article uses the acronym of the whole ("Harbour and
    Coast Guard" read as two bodies, with "HCG" further on); a name cut before a link word is the whole when
    the article uses the whole's acronym ("United Nations Agency" of "United Nations Agency for Displaced Persons
    (UNADP)")."""
    acronyms = {t.text.rstrip("s") for t in tokens(doc) if is_acronym(t.text)}
    text = doc_text(doc)
    out: list[Entity] = []
    starts = sorted(e.start for e in entities)
    for e in (_with_its_tail(e, text, acronyms, starts) for e in entities):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label in ("ORG", "FAC", "GPE")
            and e.label in ("ORG", "FAC", "GPE")
            and text[prev.end : e.start] in (" and ", " & ")
            and acronym_of(text[prev.start : e.end]) in acronyms
        ):
            name = text[prev.start : e.end]
            out[-1] = Entity(text=name, label="ORG", start=prev.start, end=e.end, canonical=name)
            continue
        out.append(e)
    return out


# "the Kessa Emergency and ": capitalised words after "the", before the "and" of a body's name
_OPENING_CUT_AT_AND = re.compile(r"\b[Tt]he ((?:[A-Z][\w'’-]*[ ]){1,4})(?:and|&) $")


def _with_openings_cut_at_and(text: str, entities: list[Entity]) -> list[Entity]:
    """A body's name the tagger cut at "and" is one name from the "the" before it ("the Kessa Emergency and Relief
    Office", where "Relief Office" alone was tagged and "Kessa Emergency" read as a person or as nothing): the
    words before "and" name no kind of their own, the body's name after it ends on one (two bodies each name
    their kind: "the Army and Navy")."""
    out: list[Entity] = []
    for e in entities:
        words_ = e.text.split()
        cut = _OPENING_CUT_AT_AND.search(text, max(0, e.start - 80), e.start) if e.label == "ORG" and words_ else None
        if cut is None or fold(words_[-1]) not in words("org_nouns"):
            out.append(e)
            continue
        opening = cut.group(1).split()
        start = cut.start(1)
        # (a body or a place of its own before "and": an acronym, "the CDC and World Health Organisation", or an
        # opening the tagger read whole as a body or a place)
        end = start + len(cut.group(1).rstrip())
        tagged = any(o.start <= start and o.end == end and o.label in ("ORG", "GPE", "NORP") for o in out)
        if (
            tagged
            or fold(opening[-1]) in words("org_nouns")
            or any(fold(w) in words("function_words") or is_acronym(w) for w in opening)
        ):
            out.append(e)
            continue
        out = [o for o in out if o.end <= start]  # the opening the tagger read as a name of its own
        name = text[start : e.end]
        out.append(
            Entity(text=name, label="ORG", start=start, end=e.end, canonical=normalise_name(name, "ORG") or name)
        )
    return out


def _with_body_tails(text: str, entities: list[Entity]) -> list[Entity]:
    """A name ending on a body's noun runs on through "of" or "for" and a capitalised name ("Port Tessan Chamber" of
    "Port Tessan Chamber of Commerce"), an organisation whatever the tagger typed it, unless another name starts
    in that rest."""
    starts = sorted(e.start for e in entities)
    out = []
    for e in entities:
        last = fold(e.text.split()[-1]) if e.text.split() and e.label != "EVENT" else ""
        tail = _BODY_TAIL.match(text, e.end) if last in words("org_nouns") else None
        out.append(e if tail is None else _run_on(e, text, tail.end(), starts))
    return out


def _run_on(e: Entity, text: str, end: int, starts: list[int]) -> Entity:
    """The organisation's name ``e`` run on to ``end``, unless another name starts on the way."""
    if any(e.end <= s < end for s in starts):
        return e
    name = text[e.start : end]
    return Entity(text=name, label="ORG", start=e.start, end=end, canonical=normalise_name(name, "ORG") or name)


def _with_its_tail(e: Entity, text: str, acronyms: set[str], starts: list[int]) -> Entity:
    """A body's name with the rest the tagger cut at a link word, when the article uses the whole's acronym and no
    other name starts in that rest."""
    tail = _NAME_TAIL.match(text, e.end) if e.label == "ORG" else None
    if tail is None or acronym_of(text[e.start : tail.end()]) not in acronyms:
        return e
    return _run_on(e, text, tail.end(), starts)


def _with_family_names(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """A capitalised word the parser joins to a person's name as a compound is part of it, even one that
    reads as a pronoun or is missing from the entity ("He Lianfeng" when NER found "Lianfeng"; "Tove Rask" when
    it found "Tove"); not an acronym."""
    out = []
    for e in entities:
        span = doc.char_span(e.start, e.end, alignment_mode="expand") if e.label == "PERSON" else None
        prev = doc[span.start - 1] if span is not None and span.start > 0 else None
        if span is not None and prev is not None and not prev.ent_type_ and prev.tag_ == "NNP":
            joined = prev.dep_ == "compound" and prev.head.i in range(span.start, span.end)
            # (a trade capitalised to open the sentence is a role too: "Forecaster Teo Varn", "Meteorologist …")
            word = fold(prev.text).strip(".")
            role = word in words("titles") or word in words("person_nouns") or word in words("speaking_nouns")
            trade = prev.is_sent_start and prev.lower_.endswith(tuple(words("person_noun_endings")))
            # an acronym is a body's ("IMF Gita Gopinath" under a photo), not a family name
            acronym = prev.text.isupper() and len(prev.text) > 1
            if joined and prev.text[:1].isupper() and not acronym and not role and not trade:
                name = text[prev.idx : e.end]
                out.append(Entity(text=name, label="PERSON", start=prev.idx, end=e.end, canonical=name))
                continue
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        # "Mayor Tove Rask" with NER's "Tove" alone: the word the name is a compound of is its surname
        surname = (
            after is not None
            and span is not None
            and not after.ent_type_
            and after.tag_ == "NNP"
            and after.text[:1].isupper()
            and span[-1].dep_ == "compound"
            and span[-1].head.i == after.i
        )
        if surname and after is not None:
            end = after.idx + len(after.text)
            out.append(
                Entity(text=text[e.start : end], label="PERSON", start=e.start, end=end, canonical=text[e.start : end])
            )
            continue
        out.append(e)
    return out


_NAME_JOINERS = frozenset({"for", "of", "and", "the", "on", "against", "in", "to"})


# the spaces of a line, no-break spaces too (pages set a signature's dash off with one)
_SIGNATURE_BEFORE = re.compile(r"[”\"][^\S\n]*(?:[―—–]|--)[^\S\n]*$")


def _signs_a_quote(text: str, start: int) -> bool:
    """Is the name at ``start`` written after a closing quotation mark and a dash ('“…” ― Ana Ruiz')?"""
    return _SIGNATURE_BEFORE.search(text, max(0, start - 8), start) is not None


def recent_same_noun(head: Token) -> Iterator[Token]:
    """The earlier words with ``head``'s lemma, nearest first, within the last ``RECENT_CHARS`` characters: where
    a definite description ("the group", "the spokesperson") looks for the mention that introduced it."""
    lemma = head.lemma_.lower()
    for t in reversed(head.doc[: head.i]):
        if head.idx - t.idx > RECENT_CHARS:
            return
        if t.lemma_.lower() == lemma:
            yield t


@functools.cache
def _organ_kinds() -> frozenset[str]:
    """The kinds of organ a minister heads ("ministry", "department"), from ``title_organs.txt`` (built once)."""
    return frozenset(table("title_organs").values())


def _organ_name(portfolio: list[str], kind: str) -> str:
    """The name of the organ of a portfolio, as its words are written: "Ministry of Health", "Foreign Ministry"
    (``portfolios_written_before.txt``)."""
    name_of = " ".join(w[:1].upper() + w[1:] for w in portfolio)
    kind_word = kind[:1].upper() + kind[1:]
    before = fold(portfolio[-1]).lower() in words("portfolios_written_before")
    return f"{name_of} {kind_word}" if before else f"{kind_word} of {name_of}"


def _name_after_a_person_noun(name: str) -> str | None:
    """The person's name after a capitalised noun for a person that opens ``name`` ("Widower Tomas Varn-Oden" →
    "Tomas Varn-Oden"), when what follows could be a person's name; else None."""
    first, _, rest = name.partition(" ")
    if first[:1].isupper() and first.lower() in words("person_nouns") and a_persons_name(rest):
        return rest
    return None


def a_persons_name(name: str) -> bool:
    """Could ``name`` be a person's: two to four capitalised words, none a word of an organisation's."""
    parts = name.split()
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts) and not looks_like_org(name)


def _ends_on_a_business_word(name: str) -> bool:
    """Does a name end on a word only a business's name ends on ("Varn Metals", "Kessa Foods Ltd")?"""
    last = fold(name.rsplit(maxsplit=1)[-1]).strip(".") if name.split() else ""
    return last in words("business_name_words") or last in words("legal_suffixes")


def _holds_a_body_word(name: str) -> bool:
    """Does a name hold a word only a body's name has ("Corvex Labs", "Kessa Airways")?"""
    return any(fold(w) in words("org_words") for w in name.split())


# NER's weakest guesses on a capitalised word: a person's rare given name comes out a product or a work
_WEAK_TYPES = frozenset({"", "PRODUCT", "WORK_OF_ART"})


def _typed(tok: Token) -> bool:
    """Whether NER gave ``tok`` a type to trust (a date, a number, a name's): not one of its weakest guesses."""
    return tok.ent_type_ not in _WEAK_TYPES


def _a_things(owner: Token) -> bool:
    """Is a possessive a common noun for no person ("the island's", "the plant's"), rather than a person's?"""
    return (
        owner.pos_ == "NOUN"
        and owner.lemma_.lower() not in words("person_nouns")
        and fold(owner.text) not in words("titles")
    )


def _with_untagged_names(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """Add the names spaCy's NER missed: capitalised proper nouns after a title ("Col. Ana Ruiz"), or as
    the subject of a clause ("Femi Olatunde, the party's chairperson, said"), or right after an organisation
    noun ("the group Nurses for Safe Wards"). A name with an organisation's word in it is an organisation's."""
    covered = {i for e in entities for i in range(e.start, e.end)}
    titles = words("titles")
    added: list[Entity] = []
    n = len(doc)
    toks = tokens(doc)

    def hyphen_in_a_name(k: int) -> bool:
        """Is ``toks[k]`` a hyphen joining two capitalised words of one name ("Anti-Corruption")?"""
        return (
            toks[k].text == "-"
            and 0 < k < n - 1
            and not toks[k - 1].whitespace_
            and not toks[k].whitespace_
            and toks[k - 1].text[:1].isupper()
            and toks[k + 1].text[:1].isupper()
        )

    def plural_owner_in_a_name(k: int) -> bool:
        """Is ``toks[k]`` the apostrophe of a plural owner inside one body's name ("Harbour Pilots' Guild"): after a
        capitalised plural, before a capitalised noun that heads the name?"""
        return (
            toks[k].tag_ == "POS"
            and toks[k].text in ("'", "\u2019")
            and 0 < k < n - 1
            and toks[k - 1].text[:1].isupper()
            and toks[k - 1].text.endswith("s")
            and toks[k + 1].text[:1].isupper()
            and toks[k + 1].pos_ == "PROPN"
        )

    def name_run(j: int) -> int:
        k = j
        while k < n and toks[k].idx not in covered:
            if (hyphen_in_a_name(k) or plural_owner_in_a_name(k)) and k > j:
                k += 1
                continue
            if toks[k].pos_ != "PROPN" or not toks[k].text[:1].isupper():
                break
            if fold(toks[k].text).strip(".") in titles or _typed(toks[k]) or is_acronym(toks[k].text):
                break
            k += 1
        return k - 1 if k > j and toks[k - 1].text == "-" else k

    def org_name_run(j: int) -> int:
        """The end of a name of capitalised words joined by a few small words ("Nurses for Safe Wards")."""
        k = end = j
        while k < n and toks[k].idx not in covered and not toks[k].ent_type_:
            if toks[k].text[:1].isupper() and toks[k].pos_ in ("PROPN", "NOUN") and not is_acronym(toks[k].text):
                end = k = k + 1
            elif k > j and toks[k].lower_ in _NAME_JOINERS and k + 1 < n and toks[k + 1].text[:1].isupper():
                k += 1
            else:
                break
        return end

    surnames = {fold(e.canonical.split()[-1]) for e in entities if e.label == "PERSON" and len(e.canonical.split()) > 1}
    kinds: dict[str, Counter[str]] = {}
    for e in entities:
        if e.label in ("PERSON", "ORG", "GPE", "FAC"):
            kinds.setdefault(fold(e.canonical), Counter())[e.label] += 1
    tagged = {name: c.most_common(1)[0][0] for name, c in kinds.items()}
    # the first word of an organisation's name of two words or more, where it is a name of its own ("Tarvin" of
    # "Tarvin Semiconductor"), not a place, a person, a nation, a portfolio or a word of a body's kind
    generic = words("org_words") | words("portfolio_words") | words("national_words") | {"the", "of", "and"}
    # (a "person" whose name holds a word of a body's is one: "Corvex Labs", as the chains read it)
    org_heads = {
        fold(e.canonical.split()[0])
        for e in entities
        if (e.label == "ORG" or (e.label == "PERSON" and _holds_a_body_word(e.canonical)))
        and len(e.canonical.split()) > 1
        and fold(e.canonical.split()[0]) not in generic
        and tagged.get(fold(e.canonical.split()[0]), "ORG") == "ORG"
        and not nation_of(e.canonical.split()[0])
    }
    org_nouns = words("org_nouns")
    # words the article writes in lower case somewhere are common words, whatever case a sentence opens them in
    common = lower_case_words(doc)
    i = 0
    while i < n:
        t = toks[i]
        j = i
        if t.pos_ != "PROPN" and not t.text[:1].isupper() and t.lower_ not in org_nouns:
            i += 1  # (a common word in lower case opens no name, and is no noun a name follows)
            continue
        if t.lower_ in org_nouns and t.text.islower() and i + 1 < n and fold(toks[i + 1].text).strip(".") not in titles:
            # "the group Nurses for Safe Wards", "a charity Clean Rivers Now": a name right after the noun
            k = org_name_run(i + 1)
            # one word only when written as no common word is ("tracking service PlaneMeter", "firm Corvex")
            one_name = k - (i + 1) == 1 and toks[i + 1].pos_ == "PROPN" and not toks[i + 1].is_sent_start
            if k - (i + 1) >= 2 or one_name:
                start, end = toks[i + 1].idx, toks[k - 1].idx + len(toks[k - 1].text)
                added.append(Entity(text=text[start:end], label="ORG", start=start, end=end, canonical=text[start:end]))
                i = k
                continue
        if (
            # the tagger may read a sentence's first word as a common noun ("Corvex has updated its numbers")
            (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_sent_start and t.lower_ not in common))
            and t.text[:1].isupper()  # "the harbour ministry" beside a Harbour Gazette: a common word in lower case
            and t.idx not in covered
            and not _typed(t)
            and fold(t.text) in org_heads
            and not (i + 1 < n and toks[i + 1].pos_ == "PROPN" and toks[i + 1].text[:1].isupper())
        ):
            # "a Tarvin spokeswoman" after "Tarvin Semiconductor": the company by its first name, which NER missed
            added.append(Entity(text=t.text, label="ORG", start=t.idx, end=t.idx + len(t.text), canonical=t.text))
            i += 1
            continue
        if t.pos_ == "PROPN" and t.idx not in covered and not _typed(t) and fold(t.text) in surnames:
            # "Kolvak said" after "Foreign Minister Dmitra Kolvak": the surname alone, which NER missed
            added.append(Entity(text=t.text, label="PERSON", start=t.idx, end=t.idx + len(t.text), canonical=t.text))
            i += 1
            continue
        if t.pos_ == "PROPN" and t.idx not in covered and not _typed(t) and _signs_a_quote(text, t.idx):
            k = name_run(i)  # '“…” ― Pavla Moreno': a name signing a quotation, which NER missed
            if 2 <= k - i <= 4:
                start, end = t.idx, toks[k - 1].idx + len(toks[k - 1].text)
                name = text[start:end]
                if a_persons_name(name):
                    added.append(Entity(text=name, label="PERSON", start=start, end=end, canonical=name))
                    i = k
                    continue
        if fold(t.text).strip(".") in titles and t.text[:1].isupper() and i + 1 < n:
            j = i + 2 if toks[i + 1].text == "." else i + 1
            k = name_run(j)
            found = k - j >= 2
        else:
            k = name_run(i)
            heads = [toks[x] for x in range(i, k) if toks[x].head.i not in range(i, k) or toks[x].head.i == toks[x].i]
            subject = any(h.dep_ in _SUBJECT_DEPS for h in heads)
            # "The commission's chair, Ines Morrow, said": a name in apposition to a person's role (or to the place
            # the role is of, as the parser may hang it: "The mayor of Orvane, Anka Tarrant-Lue, said on Friday")
            subject = subject or any(h.dep_ == "appos" and a_role_or_its_place(h.head) for h in heads)
            found = k > i and subject and (k - i >= 2 or not t.is_sent_start)
            # "Inspector Mara Venn of Drasna Police": capitalised words a body's word ends are a body's name
            found = found or (k - i >= 2 and fold(toks[k - 1].text) in words("org_words"))
        if found and in_title_case_line(text, toks[j].idx):
            found = False  # a headline's capitalised words: no name the tagger missed ("Obama Speech")
        if found:
            start, end = toks[j].idx, toks[k - 1].idx + len(toks[k - 1].text)
            name = text[start:end]
            corporate = words("org_words") | words("document_nouns")
            # a name the tagger typed elsewhere in the article keeps that type ("Brightdesk said" after it
            # was tagged an organisation twice)
            plural = toks[j - 1].lower_ == "the" and toks[k - 1].tag_ == "NNPS" if j > 0 else False
            bodily = plural or any(fold(w) in corporate for w in name.split())  # "the Riverton Comets": a team
            label = tagged.get(fold(name)) or ("ORG" if bodily else "PERSON")
            if names_an_event(doc, doc[j:k]):
                label = "EVENT"  # "as the Orwell Pass Fire destroyed 60 homes": what happened, not who
            added.append(Entity(text=name, label=label, start=start, end=end, canonical=name))
            if label == "PERSON" and k - j >= 2:
                surnames.add(fold(toks[k - 1].text))  # "Brannock has …" after the "Aled Brannock" NER missed too
        i = max(k, i + 1)
    return sorted([*entities, *added], key=lambda e: e.start) if added else entities


def resolve_mentions(doc: Doc, entities: list[Entity]) -> Mentions:
    """Stage ``nlp.mentions``: group the article's mentions into chains; entities get their chain's name."""
    return Mentions(doc, entities)
