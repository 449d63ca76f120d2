"""Quotes and attributions: who said what, with the speaker resolved.

Two passes over one parsed body, in the spirit of the Gender Gap Tracker and BBC Citron:

1. **Syntactic attributions.** Every attribution cue in the dependency parse (a verb from
   ``CUE_VERBS`` such as say, tell, estimate, accuse, deny, believe, or the phrase "according to")
   gives a *source* (its subject; the agent of a passive; the subject of the governing verb for
   "declined to confirm", "…, saying" or a coordinated "and accused") and a *content* (its clausal
   complement; else its object with the words that complete it: "accused regulators of failing …").
2. **Quotation marks.** Each quoted stretch (see ``quote_marks``) that falls inside a content makes
   that attribution *direct* (all quoted) or *mixed* (partly quoted). A quote no content covers takes
   the nearest cue in its own or the following short sentence ('“…,” Halvorsen said'), the cue that
   introduces it ('He added:'), or, as a *floating* quote, the speaker of the quote just before it
   (a quoted paragraph after a quoted paragraph, or a second quoted sentence after '“…,” he said.').

Speakers are resolved by ``speakers.SpeakerResolver``; a first-person subject outside quotes is the
outlet's own voice and is never attributed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..names import fold
from ..record import Cue, DateMention, Quote, Speaker, quote_text
from .docindex import doc_text, tokens
from .figures import REFERENCE_PREPS, counted_by_another
from .lexicon import table, words
from .quote_marks import QuoteSpan, find_quote_spans
from .speakers import SpeakerResolver
from .syntax import (
    according_source,
    after_a_dash,
    believed_of,
    clause_before_a_colon,
    closes_its_sentence,
    inverted_subject,
    name_before,
    named_before_its_relative,
    opens_on_a_circumstance,
    own_subjects,
    owner_of_a_relative_clause,
    subject_read_as_an_object,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = ["CUE_VERBS", "extract_quotes"]


# Attribution cues (PARC-style: speech, writing, cognition, evidence, stance), as lemmas, by what they may
# take as content; the lists live in nlp/lexicons/ (see each file's header).
SAYING = words("cue_saying")  # report whatever follows them
JUDGING = words("cue_judging")  # report their object ("accused regulators of …")
INTENT = words("cue_intent")  # report an infinitive ("vowed to …")
BELIEF = words("cue_belief")  # report a clause ("experts believe that …")
STANCE = words("cue_stance")
ATTITUDE = words("cue_attitude")  # report a clause, an object or a topic ("expressed frustration over …")
PHRASAL = words("cue_phrasal")  # report through a preposition ("spoke about the shooting")
ADVOCACY = words("cue_advocacy")  # report what they are for or against ("lobbied for a ban")
REQUESTING = words("cue_requesting")  # report through "for" what is asked for ("asked for a recount")
HEARER_VERBS = words("hearer_verbs")  # their object heard the words ("told the board that …")
ASKING = words("cue_asking")  # report the question after who was asked ("asked them whether …")
SELLING = words("selling_verbs")  # with a price they make a sale ("offers the headphones for $150")
GOODS = words("goods_verbs")  # with a body's goods as object they do something to them ("recalled 1.2m tins")
EXTRAPOSING = words("extraposing_verbs")  # an expletive "it" before them is no one ("it is hard to say …")
CUE_VERBS = SAYING | JUDGING | INTENT | BELIEF | STANCE | ATTITUDE | PHRASAL | ADVOCACY
EVIDENCE_VERBS = words("evidence_verbs")
EVIDENCE_NOUNS = words("evidence_nouns")
FINDINGS = words("findings")  # "in a poll released Monday, …"
CLAUSE_ONLY = words("clause_only")
SPEECH = words("speech")  # verbs of saying proper: they pick up a nearby quotation
CUE_NOUNS = words("cue_nouns")
CUE_ADJECTIVES = words("cue_adjectives")  # as written: "worried", "critical"
QUOTE_ONLY = words("quote_only")
# "declined to confirm", "refused to deny": the governing verb joins the cue and negates it.
NEGATING_HEADS = frozenset({"decline", "refuse", "fail"})
LEMMA_FIXES = table("lemma_fixes")
BACK_RETORTS = words("back_retorts")
CONTROL_HEADS = NEGATING_HEADS | frozenset({"continue", "go", "begin", "start", "try", "appear", "seem", "be"})
OBJECT_CONTROL = words("object_control")
# Objects of a cue that complete its meaning ("accused regulators of …") versus circumstances.
COMPLETING_PREPS = frozenset({"of", "as", "for", "about", "over", "that", "to", "against", "with", "on"})
# Cues that report the attitude their object names rather than the object ("expressed concern about …").
EXPRESSING = frozenset({"express", "voice", "air", "register", "raise", "signal", "offer", "share"})
# Verbs of saying whose "to" phrase is what they answer ("responded to the charges"), not a hearer.
ANSWERING = frozenset({"respond", "reply", "testify", "admit", "object", "allude", "refer", "point"})
# Verbs whose "at" phrase is their target ("hinted at …", "lashed out at …").
AIMING = frozenset({"hint", "aim", "jab", "lash", "scoff", "balk", "laugh", "bristle", "rail", "poke", "marvel"})
# Prepositions through which a cue reports its topic ("pointed to …", "warned against …", "hinted at …").
TOPIC_PREPS = frozenset(
    {"of", "for", "about", "over", "to", "against", "with", "on", "at", "into", "toward", "towards", "behind"}
)
NOUN_TOPIC_PREPS = TOPIC_PREPS | {"in"}  # "interest in …", "faith in …"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
PLATFORMS = words("platforms")
DOCUMENTS = words("document_nouns")
MEDIA_NOUNS = words("media_nouns")
PRESS = words("press")


_EDGE_TOKENS = frozenset({",", ".", ";", ":", "-", "—", "–", '"', "“", "”", "'", "‘", "’", "''", "``"})
_DATELINE = re.compile(r"[A-Z][A-Z .,'()-]{2,40}\s*(?:[―—–:]|--)\s+")
_BLOCK_BREAK = re.compile(r"\s*\n\s*")
_INVERTED_INTRO = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))(Said|Says|Added|Adds|Asked|Wrote|Writes)\s+([^:,“\"\n]{2,60}?)\s*[:,]\s*[“\"]"
)
_COLON_LINE = re.compile(r"^[^\S\n]*([“\"]?)([^:\n“”\"]{2,60}?)[^\S\n]*:[^\S\n]+(\S[^\n]*)$", re.MULTILINE)
# a turn's label: one to three capitalised words ("Halloran:", "TOM HALLORAN:", "Ruth Meriwether:")
_TURN_LABEL = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}")
# a line of a box of figures: a short label, a colon, a figure in its first three words ("Dead: 11", "Fleet: 74
# aircraft", "Employees: about 6,200")
_FIGURE_LINE = re.compile(
    r"[^\S\n]*(?:[-–—•*·▪][^\S\n]+)?[^:\n“”\"]{2,40}:[^\S\n]+(?:[^\s\d]+[^\S\n]+){0,2}[^\s\d]*\d[^\n]*"
)
_DASH_SIGNATURE = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*")  # no-break spaces too


@dataclass(slots=True)
class _Attr:
    """An attribution under construction (char offsets into the body)."""

    cue: tuple[int, int]
    source: Token
    start: int
    end: int
    pos: int  # where the cue sits, for ordering and pronoun history
    polarity: str | None = None
    medium: str | None = None
    clause: tuple[int, int] = (0, 0)
    quotes: list[QuoteSpan] = field(default_factory=list)
    speaker: Speaker | None = None
    floating_from: _Attr | None = None
    according: bool = False
    source_span: tuple[int, int] | None = None  # when the source is not a whole parse phrase
    continued: bool = False  # a further quoted sentence of the same attribution, in its paragraph
    inner_end: int | None = None  # "A, X said in a report, B": where the attribution inside the content ends
    topic: bool = False  # no attribution at all: the words of the participant the article is talking about
    verb: Token | None = None  # the cue verb, for a verb cue
    set_after: bool = False  # "A, X said": set after the clause the parser did not give it (``left_clause``)
    turn: bool = False  # a transcript's turn ("HALLORAN: …"), its speaker named by the label

    def attribution_span(self) -> tuple[int, int]:
        """Chars of the cue and source together: inside a split quote they are not content."""
        if self.source_span is not None:
            return min(self.cue[0], self.source_span[0]), max(self.cue[1], self.source_span[1])
        src = self.source
        end = src.right_edge.idx + len(src.right_edge.text)
        return min(self.cue[0], src.left_edge.idx), max(self.cue[1], end)


def _span_chars(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Char span of tokens i..j inclusive, without edge punctuation (brackets kept) and spaces."""
    while i < j and (doc[i].text in _EDGE_TOKENS or doc[i].is_space):
        i += 1
    while j > i and (doc[j].text in _EDGE_TOKENS or doc[j].is_space):
        j -= 1
    return doc[i].idx, doc[j].idx + len(doc[j].text)


def _strip_complementiser(doc: Doc, i: int, j: int) -> int:
    """Skip a leading "that" complementiser (and punctuation) of a content clause."""
    while i < j and (doc[i].is_punct or doc[i].is_space or (doc[i].lower_ == "that" and doc[i].dep_ == "mark")):
        i += 1
    return i


def _reports(verb: Token) -> bool:
    """Is ``verb`` an attribution cue?"""
    return verb.pos_ in ("VERB", "AUX") and _lemma(verb) in CUE_VERBS


def _lemma(tok: Token) -> str:
    """The lemma, with the model's known slips mended ("hopes" → "hop"), and a verb answering with "back"
    ("fired back that …") read as the retort it is."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return lemma
    if lemma in BACK_RETORTS and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in tok.children):
        return "retort"  # "fired back that …"
    return LEMMA_FIXES.get(tok.lower_, lemma)


def _subject(verb: Token, quoted: Callable[[int], bool] | None = None) -> Token | None:
    # the parser may give a cue two subjects when a quote runs over sentences ('“A. The B: C,” he
    # said'): the one outside the quotation marks and nearest the verb is the speaker
    subjects = own_subjects(verb)
    if quoted is not None and not quoted(verb.idx):
        outside = [c for c in subjects if not quoted(c.idx)]
        if not outside:
            # '“Nothing is left: timber, cement, all of it,” Tove Marsk, head of stores, told …': the parser took words
            # inside the quotation for the subject and hung the name outside it on them, or joined it to them
            outside = [
                a
                for c in subjects
                for a in c.children
                if a.dep_ in ("appos", "conj") and not quoted(a.idx) and c.i < a.i < verb.i
            ]
        subjects = outside or subjects
    if len(subjects) > 1 and inverted_subject(verb) is None:
        # '“…,” Ana Vell, the mayor, tells the Courier': a second "subject" after the verb is who heard it
        subjects = [c for c in subjects if c.i < verb.i] or subjects
    if subjects:
        return after_a_dash(min(subjects, key=lambda c: abs(c.i - verb.i)))
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    for child in verb.children:
        # a participle clause before the verb has no subject of its own: "X, writing for the majority, said"
        # with X parsed onto "writing" is X saying
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < verb.i:
            own = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if own:
                return own[0]
    # a name right before the verb that the parser hung elsewhere ("In a post on Telegram, governor Oleh Marchuk
    # said"); not one closing an apposition ("Ana Ruiz, the head of the Kessa Agency, said" is not the agency)
    misread = named_before_its_relative(verb)
    if misread is not None:
        return misread[0]
    if verb.dep_ in ("ROOT", "ccomp", "conj"):
        return inverted_subject(verb) or name_before(verb, over_commas=False) or owner_of_a_relative_clause(verb)
    return inverted_subject(verb) or owner_of_a_relative_clause(verb) or subject_read_as_an_object(verb)


# words that open a clause of circumstance set off by a comma after an attribution ("…, X said, as …")
_CIRCUMSTANCE_OPENERS = frozenset(("as", "while", "when", "after", "before", "because", "since", "amid", "despite"))


def _comment_on_the_clause(obj: Token) -> bool:
    """ "…, the service said on Wednesday, a sharp upward revision that …": an indefinite noun phrase set off by a
    comma after the verb's own words comments on the clause said; it is not what was said."""
    first = obj.left_edge
    return (
        first.i > obj.head.i + 1
        and obj.doc[first.i - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
    )


def _participle_subject(verb: Token) -> Token | None:
    """ "The prime minister, Ana Veld, who toured the site, estimated that …": a sentence the parser left with a
    noun for its root (or a participle with that noun for its subject: "…, not counting …") and the verb as a
    participle on the noun, or on a noun of its phrase after a comma ("The Monitoring Group, a body that tracks
    the frontier, estimated that …"); a participle takes no that-clause, so the verb is the sentence's own and
    the noun its subject."""
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    ):
        return None
    root = verb.sent.root
    if root.tag_ in ("VBG", "VBN"):  # no finite verb: the noun is the participle's subject
        root = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), root)
    if root.pos_ not in ("NOUN", "PROPN") or not root.i < verb.i <= root.right_edge.i:
        return None
    return root if verb.head.i == root.i or verb.doc[verb.i - 1].text == "," else None


def _raised(verb: Token) -> Token | None:
    """The cue a coordinated verb really belongs to, when the parser hung it on the reported clause.

    "X said Velmont had been warning …, and accused regulators of …": "accused" is parsed as a conjunct of
    "warning" but agrees in form with "said" (past, no own subject), so X did the accusing. Likewise
    a trailing ", arguing that …" on the reported clause is X's, not part of what X reported.
    """
    head = verb.head
    if verb.dep_ == "advcl":
        for _ in range(4):  # "said she will have to choose …, saying …": up the infinitives to the reported clause
            if head.dep_ != "xcomp" or head.head.i == head.i:
                break
            head = head.head
    if head.dep_ != "ccomp" or _subject(verb) is not None:
        return None
    cue = head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CUE_VERBS:
        # "X said he doubted it, arguing that …": the participle is X's second report
        return cue if cue.lemma_.lower() in CUE_VERBS and verb.doc[verb.i - 1].text == "," else None
    if verb.dep_ != "conj":
        return None
    if cue.lemma_.lower() not in CUE_VERBS:
        return None
    # "X says he would act and tells the crowd …": the present agrees with the cue as the past does
    if not ((verb.tag_ in ("VBD", "VBN") and cue.tag_ == "VBD") or (verb.tag_ == cue.tag_ == "VBZ")):
        return None
    if head.tag_ == verb.tag_ or (head.tag_ == "VBD" and verb.tag_ == "VBN"):
        return None
    return cue


def _source(verb: Token, quoted: Callable[[int], bool]) -> tuple[Token | None, Token]:
    """The source of a cue and the first token of the cue phrase (the governing verb, if it joins in)."""
    subj = _subject(verb, quoted)
    if subj is not None:
        return subj, verb
    head = verb.head
    if (subject := _participle_subject(verb)) is not None:
        return subject, verb
    if head.lower_ == "as" and head.head.lemma_.lower() == "quote":
        # "the Courier quoted the minister as saying …": the one quoted is the source; in the passive
        # ("the minister was quoted as saying …") its subject
        obj = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            return obj, head.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in CONTROL_HEADS and head.pos_ in ("VERB", "AUX"):
        subj, _ = _source(head, quoted)
        return (None if _expletive(subj, head) else subj), head
    raised = _raised(verb)
    if raised is not None:
        return _source(raised, quoted)[0], verb
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        # "X was pressed by reporters and said that …": coordinated verbs share the passive's subject, not its agent
        passive = next((c for c in head.children if c.dep_ == "nsubjpass" and not quoted(c.idx)), None)
        if passive is not None and not any(c.dep_ == "nsubj" for c in head.children):
            return passive, verb
        return _source(head, quoted)[0], verb
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX", "ADJ"):
        # "…, saying that …" (on a verb the parser took for an adjective too: "X thanked donors, adding …")
        return _subject(head, quoted), verb
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return _controller(verb, quoted), verb
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        # "by saying …", "after suggesting …", "in denouncing …": the one doing what the phrase qualifies
        host = _clause_verb(head)
        return (_source(host, quoted)[0] if host is not None else None), verb
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return _owner(head, quoted), verb  # "polls showing …", "a statement saying …"
    return None, verb


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (itself included): the clause it belongs to."""
    for _ in range(len(tok.sent)):  # a bounded climb: a misparse may leave a cycle
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _controller(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """Who does what an infinitive says: "led voters to say" (the object), "tried to portray", "were
    quick to condemn", "spoke … to argue that" (the subject of the verb it completes)."""
    head = verb.head
    adjective = head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod", "oprd")
    if adjective:
        head = head.head if head.dep_ != "amod" else head
        if head.pos_ not in ("VERB", "AUX"):
            return head if head.pos_ in ("NOUN", "PROPN") else None  # "leaders free to support …"
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        obj = next((c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)
        if obj is not None:
            return obj
    src = _source(head, quoted)[0]
    # "it was quick to condemn …": the infinitive hangs on the adjective, and "it" is whoever was quick
    return None if not adjective and _expletive(src, head) else src


def _expletive(subject: Token | None, verb: Token) -> bool:
    """ "It is important to note that …", "it would take me a year to answer": an "it" before a verb that puts
    its real subject after it as an infinitive hung on the verb itself stands for no one."""
    return subject is not None and subject.lower_ == "it" and verb.lemma_.lower() in EXTRAPOSING


def _owner(noun: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The source of a participle on a noun: the noun itself ("polls showing …", "a letter urging …"),
    unless the noun is a medium someone speaks through ("she released a statement saying …", "she posted on
    Instagram accusing …")."""
    if noun.lemma_.lower() not in MEDIA_NOUNS and noun.lower_.rstrip(".") not in PLATFORMS:
        return noun
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    host = _clause_verb(noun.head) if noun.dep_ in ("dobj", "pobj") else None
    if host is None:
        return None
    return _source(host, quoted)[0]


def _drop_according(doc: Doc, i: int, j: int) -> int:
    """End of a content before a closing "…, according to X": that phrase is another attribution."""
    for k in range(j, max(i, j - 40), -1):
        if doc[k].lower_ == "according" and doc[k].right_edge.i >= j:
            end = k - 1
            while end > i and (doc[end].text in _EDGE_TOKENS or doc[end].is_space):
                end -= 1
            return end
    return j


_TIME_MARKS = frozenset(("before", "after", "while", "until", "till", "once", "since"))
# verbs by which a source is said to have given what it said ("which gave that figure on Thursday")
_GIVING = SPEECH | frozenset(("give", "release", "publish", "issue", "provide", "put"))


def _content(verb: Token, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    """Token range (inclusive) of what the cue reports, if the cue may report that kind of complement."""
    rng = _complement(verb, quoted)
    if rng is None:
        return None
    return rng[0], _drop_according(verb.doc, *rng)


def _complement(verb: Token, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    lemma = _lemma(verb)
    doc = verb.doc
    if _as_clause(verb) and verb.head.pos_ in ("VERB", "AUX"):
        # "…, as the senator noted", "As the mayor said, …", "as a memo put it": the host clause
        head = verb.head
        i, j = head.left_edge.i, head.right_edge.i
        if verb.left_edge.i > head.i:
            j = verb.left_edge.i - 1
        elif verb.right_edge.i < head.i:
            i = verb.right_edge.i + 1
        return (i, j) if i <= j else None
    relative = _relative_whole(verb)
    if relative is not None:
        return relative
    # a clause a conjunction of time opens ("said, hours before shells struck the town") says when, not what
    misread = named_before_its_relative(verb)
    comps = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children)
        and (misread is None or c.i != misread[1].i)
    ]
    # "it said 6,700 had crossed; the police said 8,000": a clause closed by a semicolon before the verb is not
    # what the verb reports, however the parser hung it
    comps = [c for c in comps if c.i > verb.i or c.right_edge.i + 1 >= verb.i or doc[c.right_edge.i + 1].text != ";"]
    if comps and lemma in JUDGING and any(_as_complement(c) for c in verb.children if c.dep_ == "dobj"):
        comps = []  # "described the city as …, some of it X": a judging verb reports its object and what completes it
    if len(comps) > 1 and any(c.i > verb.i for c in comps):
        # "The doubt has had an effect: 20 percent said they believe …": a clause closed by a colon before the
        # speaker is the writer's lead-in, not a first part of what was said
        comps = [
            c
            for c in comps
            if c.i > verb.i or c.right_edge.i + 1 >= len(doc) or doc[c.right_edge.i + 1].text not in (":", ";")
        ]
    if comps:
        c = max(comps, key=lambda t: t.right_edge.i - t.left_edge.i)
        lead = clause_before_a_colon(c) if _lemma(c) in CUE_VERBS or _lemma(c) == "put" else None
        if lead is not None:
            # "groups say the numbers are higher: Ana Roe of the Forum puts them at 1,500": what follows the
            # colon is the named speaker's own statement, which the parser hung the reported clause on
            end = lead.right_edge.i - (doc[lead.right_edge.i].text == ":")
            return _strip_complementiser(doc, lead.left_edge.i, end), end
        j = c.right_edge.i
        if len(comps) > 1:
            # '“A,” he said, “but B.”' has two quoted complements: the content runs over both
            return min(x.left_edge.i for x in comps), max(x.right_edge.i for x in comps)
        for conj in c.subtree:
            if conj.dep_ in ("conj", "advcl") and conj.i > c.i and conj.left_edge.i <= j and _raised(conj) == verb:
                j = conj.left_edge.i - 1  # "…, and accused …" is the speaker's, not the content's
                while j > c.i and doc[j].lower_ in ("and", ",", "but"):
                    j -= 1
        for conj in verb.children:
            # "claims he was punished, and that his firing was improper": a second "that" clause the parser
            # hung on the cue is reported too
            if (
                conj.dep_ == "conj"
                and conj.i > j
                and conj.left_edge.lower_ == "that"
                and conj.left_edge.dep_ == "mark"
                and all(t.is_punct or t.dep_ == "cc" for t in doc[j + 1 : conj.left_edge.i])
            ):
                j = conj.right_edge.i
        i = _strip_complementiser(doc, c.left_edge.i, j)
        return _fronted(verb, c, quoted) or i, j
    right = [c for c in verb.children if c.i > verb.i]
    for arg in right:
        # "said in a statement that …", "predicted at the debate that …" with the clause parsed onto the noun
        # of a circumstance (not a noun that reports, "the claim that …"); "told a meeting of donors that …"
        # with the clause parsed onto the hearer, when the clause lacks nothing (a relative lacks what "that" is)
        if arg.dep_ == "prep" and arg.lower_ in ("in", "at", "during", "on", "after", "before"):
            noun, own_subject = next((c for c in arg.children if c.dep_ == "pobj"), None), False
        elif arg.dep_ in ("dobj", "dative") and lemma in HEARER_VERBS:
            noun, own_subject = arg, True
        else:
            continue
        if noun is None or (noun.lemma_.lower() in CUE_NOUNS and noun.lemma_.lower() not in MEDIA_NOUNS):
            continue
        for comp in noun.children:
            if (
                comp.dep_ in ("acl", "ccomp", "relcl")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
                and (not own_subject or _complete(comp))
            ):
                return _strip_complementiser(doc, comp.left_edge.i, comp.right_edge.i), comp.right_edge.i
    unmarked = _unmarked_clause(verb, right)
    if unmarked is not None:
        return unmarked
    # "called for the mayor to resign" (a "for" clause), "called on voters to back …" (who, then what): the
    # whole infinitive clause with who is to act
    for c in right:
        mark = c.left_edge
        if (
            c.dep_ == "advcl"
            and mark.lower_ == "for"
            and mark.dep_ == "mark"
            and mark.i == verb.i + 1
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        ):
            return mark.i + 1, c.right_edge.i
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        # "called for the mayor to resign" parsed as a "for" phrase and an infinitive: who is to act, then what
        asks = c.lower_ == "for" and lemma in REQUESTING | ADVOCACY and pobj is not None and not pobj.ent_type_
        if pobj is not None and (asks or c.lower_ in ("on", "upon")) and c.i == verb.i + 1:
            deps = ("xcomp", "advcl") if asks else ("xcomp",)
            inf = next((x for x in right if x.dep_ in deps and x.left_edge.i == pobj.right_edge.i + 1), None)
            if inf is not None and inf.left_edge.tag_ == "TO":
                return pobj.left_edge.i, inf.right_edge.i
    question = _question(verb, right)
    if question is not None:
        return question
    # a passive with its agent ("the move was first reported by the Courier"): the subject is what is reported,
    # not who was asked ("the mayor was asked by a reporter")
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and lemma not in ASKING and any(c.dep_ == "agent" for c in right):
        return passive.left_edge.i, passive.right_edge.i
    gap = _object_gap(verb, right)
    if gap is not None:
        return gap
    # "vowed to fight it", "pledged to oppose …": a cue of intent reports its whole infinitive; another cue,
    # an infinitive that is not a cue with a content of its own ("went on to say that …"). A negated report
    # is the inner cue's ("declined to confirm that …": the content is what was not confirmed).
    whole = lemma in INTENT and lemma not in NEGATING_HEADS
    # "added three assists to lead the team": after an object, the infinitive of a verb that reports only a clause
    # says what for, unless the verb is one of belief ("believes him to be honest")
    purpose = lemma in CLAUSE_ONLY - BELIEF and any(c.dep_ == "dobj" for c in right)
    xcomp = [
        c
        for c in right
        if c.dep_ == "xcomp"
        and not purpose
        and (whole or c.lemma_.lower() not in CUE_VERBS or _complement(c, quoted) is None)
    ]
    if xcomp:
        begin = max(xcomp[0].left_edge.i, verb.i + 1)  # "how X hopes to …": not "how"
        # "urged her peers to vote", "wants the council to act": who is to do it belongs to what is reported (not
        # the hearer of "told")
        actor = next((c for c in right if c.dep_ in ("dobj", "dative") and c.i < xcomp[0].i), None)
        if actor is not None and lemma != "tell" and actor.ent_type_ not in ("DATE", "TIME"):
            begin = min(begin, actor.left_edge.i)
        return begin, xcomp[0].right_edge.i
    # an object that is a date or time ("said Friday") is when, not what; a medium that reports in turn
    # ("issued a statement saying …") is how
    obj = [
        c
        for c in right
        if c.dep_ in ("dobj", "attr", "oprd")
        and c.ent_type_ not in ("DATE", "TIME")
        and not _reporting_medium(c)
        and not _comment_on_the_clause(c)
    ]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), verb.head if verb.dep_ == "acl" else None)
    evidence = lemma in EVIDENCE_VERBS and subj is not None and subj.lemma_.lower() in EVIDENCE_NOUNS
    if obj and lemma in SELLING and any(_price(t) for t in verb.subtree if t.i > verb.i):
        return None  # "offers the headphones for $150": a sale, not a statement
    reflexive = obj and obj[0].tag_ == "PRP" and obj[0].lower_.endswith(("self", "selves"))
    if reflexive and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in right):
        return None  # "a group calling itself Black Lantern": the name it goes by, not a statement
    # told *the Courier*, lobbied *the council*: the hearer
    if obj and (lemma not in CLAUSE_ONLY or evidence) and lemma != "tell" and lemma not in ADVOCACY - SAYING:
        first = obj[0]
        last = first.right_edge.i
        for c in right:
            if c.i <= first.i:
                continue
            if (
                c.dep_ == "advmod"
                and c.i == last + 1
                and any(d.dep_ == "prep" and d.lower_ in COMPLETING_PREPS and d.i == c.right_edge.i + 1 for d in right)
            ):
                last = c.right_edge.i  # "compared him favorably to his rival": the manner bridges to the complement
                continue
            if (
                c.dep_ in ("oprd", "ccomp", "xcomp", "dobj")
                or (c.dep_ == "prep" and c.lower_ in COMPLETING_PREPS and c.i == last + 1)
                or (c.dep_ == "advcl" and c.left_edge.i == last + 1 and _as_complement(first))
                or (c.dep_ == "advmod" and c.i == last + 1 and lemma in JUDGING and c.lower_.endswith("ably"))
            ):  # "described the city as beset by …", "view him unfavorably": what completes the judgement
                last = max(last, c.right_edge.i)
        if evidence:
            # "polls show Veld within two points of Ekberg", "… Ekberg 16 points ahead": what a finding shows about
            # its object runs to the end of the clause
            rest = [c for c in right if c.i > first.i and not c.is_punct and c.dep_ not in ("cc", "conj")]
            last = max([last] + [c.right_edge.i for c in rest if c.left_edge.i > first.right_edge.i])
        attribution = next((t for t in first.subtree if t.i <= last and _postposed_relative(t)), None)
        if attribution is not None:
            last = attribution.left_edge.i - 2  # "rejected a 3.5% offer, the union said": not the union's words
        return max(first.left_edge.i, verb.i + 1), _without_medium(doc, [*first.children, *right], first, last)
    pobj = _topic(verb, right)
    if pobj is not None:
        # "called for new sanctions", "pointed to …", "spoke openly about …"; and what completes it ("referred
        # to him as …", "pointed to the polls, with the party now ahead")
        j = pobj.right_edge.i
        for c in right:
            between = verb.doc[j + 1 : c.i]
            if c.i > j and c.dep_ == "prep" and c.lower_ in ("as", "with") and all(t.text == "," for t in between):
                j = c.right_edge.i
        return pobj.left_edge.i, j
    if _postposed_relative(verb):
        # "Drivers rejected a 3.5% wage offer, the Allied Porters Union said on Thursday": an attribution after
        # the clause, which the parser hung on its last noun as a relative clause
        return verb.sent.start, verb.left_edge.i - 2
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and lemma not in JUDGING:
        # "The plan, he said, is dead": the content is the host clause around the parenthetical
        head = verb.head
        return head.left_edge.i, head.right_edge.i
    return None


def _price(tok: Token) -> bool:
    """Is ``tok`` a "for" naming a sum ("for $150", "for 49 euros")?"""
    if tok.lower_ != "for" or tok.dep_ != "prep":
        return False
    return any(t.ent_type_ == "MONEY" for c in tok.children if c.dep_ == "pobj" for t in c.subtree)


def _fronted(verb: Token, comp: Token, quoted: Callable[[int], bool]) -> int | None:
    """ "Although the bill passed, she said, the schools will close": the cue set off by commas between a
    fronted clause and its complement sits inside what was said; the content starts at the sentence's start
    (the attribution is cut out of it later). Not before a quotation ('As the bell rang, he said, “…”': the
    phrase is the narrator's), and None when the cue is not parenthetical that way."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None or comp.i < verb.i or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    after = next((t for t in doc[verb.i + 2 : verb.i + 4] if not t.is_space), None)
    if after is None or quoted(after.idx) or after.is_quote:
        return None
    before = [c for c in verb.children if c.i < subject.i and not c.is_punct]
    start = subject.left_edge.i - 1
    if not before or start < 1 or doc[start].text != ",":
        return None
    first = min(c.left_edge.i for c in before)
    if first != verb.sent.start or max(c.right_edge.i for c in before) != start - 1:
        return None
    # only clauses with a subject and a marker of their own ("Although …", "If …"): a phrase of time or a
    # participle ("In 1990, she said, …", "Asked about it, he said, …") may be the narrator's
    if any(
        c.dep_ != "advcl"
        or not any(m.dep_ == "mark" for m in c.children)
        or not any(m.dep_ in SUBJECTS for m in c.children)
        for c in before
    ):
        return None
    return first


def _complete(clause: Token) -> bool:
    """Does a clause have its subject and, after a transitive verb, its object ("that few people understood the
    stakes", "that the vote was a relief"), so that its "that" cannot stand for a missing one?"""
    if not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    filled = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "prep", "auxpass")
    return any(c.dep_ in filled for c in clause.children)


def _question(verb: Token, right: list[Token]) -> tuple[int, int] | None:
    """ "asked the workers if they would vote", "asked whether …": the "if"/"whether" clause is the question,
    from its marker on; who was asked is not (the parser takes the clause for a condition)."""
    if _lemma(verb) not in ASKING:
        return None
    for clause in right:
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if clause.dep_ in ("advcl", "ccomp") and mark is not None and mark.lower_ in ("if", "whether"):
            return mark.i, clause.right_edge.i
    return None


def _participle_circumstance(tok: Token, verb: Token) -> bool:
    """ "Asked whether she would run, the mayor said …", "Speaking to reporters, she said …": a participle without
    a subject of its own, hung on the cue before its speaker, says what the speaker was doing or was asked, not
    what was said."""
    return (
        tok.dep_ == "advcl"
        and tok.head.i == verb.i
        and tok.tag_ in ("VBN", "VBG")
        and tok.i < verb.i
        and not any(c.dep_ in SUBJECTS for c in tok.children)
    )


def _unmarked_clause(verb: Token, right: list[Token]) -> tuple[int, int] | None:
    """ "said after the debate he would not run": with a phrase between the verb and a reported clause that has
    no "that", the parser takes the clause for one of circumstance; a clause with a subject of its own and no
    marker, after a verb of speaking without an object, is what was said (from its subject on: the phrase
    before it says when it was said)."""
    if _lemma(verb) not in SPEECH or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in right):
        return None
    for clause in right:
        if clause.dep_ != "advcl" or any(c.dep_ == "mark" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
        if subject is None or clause.left_edge.tag_ in ("WRB", "WDT", "WP") or subject.tag_ in ("WDT", "WP"):
            continue
        if any(
            t.text in (",", ";", ":", "(") or t.tag_ in ("``", "''") for t in verb.doc[verb.i + 1 : subject.left_edge.i]
        ):
            continue  # "said, he recalled, …": a comma or a quotation between is another construction
        return subject.left_edge.i, clause.right_edge.i
    return None


def _without_medium(doc: Doc, heads: list[Token], first: Token, last: int) -> int:
    """Where an object content ends without a last phrase that says where it was said ("mocked the mayor on
    Twitter", "panned the plan in an op-ed"): the parser hangs it on the object, but it is the cue's medium.
    Only one medium, in so many words: not a plural ("in interviews") nor someone's ("in his address"). A
    last "on" and a day ("on Thursday night") is when it was said, likewise."""
    for prep in heads:  # hung on the object or on the cue
        if prep.dep_ != "prep" or prep.right_edge.i != last or prep.i <= first.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        day = prep.lower_ == "on" and all(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree if t.i != prep.i)
        if not day and (obj is None or obj.tag_ == "NNS" or any(c.dep_ == "poss" for c in obj.children)):
            continue  # "in interviews", "in his address", "in the firm's letter": where the object was, not the cue
        platform = obj is not None and prep.lower_ in ("on", "via") and obj.lower_.rstrip(".") in PLATFORMS
        medium = obj is not None and prep.lower_ in ("in", "during") and obj.lemma_.lower() in MEDIA_NOUNS
        if day or platform or medium:
            j = prep.i - 1
            while j > first.i and doc[j].is_punct:
                j -= 1
            return j
    return last


def _aside(verb: Token) -> bool:
    """Is the verb a one-word aside set off by commas ("X, remember, took …", "it was, say, a third"):
    a word to the reader, where a parenthetical report carries its speaker ("The plan, he said, is dead")?"""
    doc = verb.doc
    return (
        0 < verb.i < len(doc) - 1
        and verb.tag_ in ("VB", "VBP")  # an imperative; "Roe, the mayor, said, …" reports
        and doc[verb.i - 1].text == ","
        and doc[verb.i + 1].text == ","
        and all(c.is_punct for c in verb.children if not (c.dep_ == "nsubj" and c.i < verb.i - 1))
    )


def _as_complement(obj: Token) -> bool:
    """Does an "as" predicate without a subject of its own follow the object ("described the city as beset by
    …", "cast the vote as a protest"), not a clause of time ("denounced the bill as it was passing")?"""
    doc = obj.doc
    k = obj.right_edge.i + 1
    if k >= len(doc) or doc[k].lower_ != "as":
        return False
    clause = doc[k].head if doc[k].dep_ == "mark" else doc[k]
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _postposed_relative(verb: Token) -> bool:
    """Is a verb of saying parsed as a relative clause really an attribution set after its clause: after a
    comma, with a subject of its own and no relative pronoun, reporting nothing of its own, and closing the
    sentence ("…, the union said on Thursday.")?"""
    if verb.dep_ != "relcl" or _lemma(verb) not in SPEECH or verb.left_edge.i < verb.sent.start + 3:
        return False
    doc = verb.doc
    first = verb.left_edge
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    reports = any(c.dep_ in ("ccomp", "xcomp", "dobj", "oprd") for c in verb.children)
    closes = all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : verb.sent.end])
    return (
        subject is not None
        and not reports
        and first.tag_ not in ("WDT", "WP")
        and doc[first.i - 1].text == ","
        and closes
    )


def _relative_whole(verb: Token) -> tuple[int, int] | None:
    """ "which he said was a mistake", "what she calls a disgrace", "whom he described as volatile": a relative
    clause whose pronoun is inside what the cue reports, with more reported besides, is reported whole, from
    the pronoun on (attribution corpora draw it so); "who said …" (the pronoun speaks) and "which I share"
    (nothing besides) are not."""
    first = verb.left_edge
    if first.i >= verb.i or first.tag_ not in ("WDT", "WP") or first.lower_ not in ("which", "whom", "what", "that"):
        return None
    if first.dep_ in ("nsubj", "nsubjpass") and first.head.i == verb.i:
        return None
    completing = [
        c
        for c in verb.children
        if c.i > verb.i and (c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_, c.lower_) == ("prep", "as"))
    ]
    if not completing:
        return None
    return first.i, verb.right_edge.i


def _object_gap(verb: Token, right: list[Token]) -> tuple[int, int] | None:
    """A relative clause whose object is what it hangs on: "which I share" (the relative pronoun),
    "the lesson they intended" (the noun phrase up to its head)."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() in SPEECH:
        return None
    # a preposition left without its object ("a figure Gorsk has not commented on") has the gap for one
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd") for c in right) or any(
        c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in right
    ):
        return None
    rel = next((c for c in verb.children if c.i < verb.i and c.tag_ in ("WDT", "WP")), None)
    if rel is not None:
        # "who many in the party backed" is often parsed with two subjects: the relative one is the object
        other = any(c.dep_ == "nsubj" and c.i != rel.i for c in verb.children)
        return (rel.i, rel.i) if rel.dep_ == "dobj" or (rel.dep_ == "nsubj" and other) else None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return head.left_edge.i, head.i


def _topic(verb: Token, right: list[Token]) -> Token | None:
    """What a cue reports through a preposition: the first topical prepositional object after it.

    Circumstances are passed over ("spoke on Friday on television about …", "wrote in a statement
    about …"), and a hearer is not a topic ("said to reporters", "spoke with him").
    """
    lemma = _lemma(verb)
    # after a verb of speaking, "to", "with" and "at" say who heard it and where ("said to a crowd at a rally")
    speech = (lemma in SPEECH or lemma in PHRASAL) and lemma not in ANSWERING
    topics = []
    for prep in right:
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if prep.dep_ != "prep" or pobj is None or prep.lower_ not in TOPIC_PREPS:
            continue
        if pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_.rstrip(".") in PLATFORMS | PRESS:
            continue
        if prep.lower_ in ("on", "off") and pobj.lemma_.lower() in words("speaking_terms"):
            # "spoke on condition of anonymity", "on the record": the terms, not the topic, which the parser may
            # hang on them ("spoke on the record about the fire")
            about = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "about"), None)
            topic = next((c for c in about.children if c.dep_ == "pobj"), None) if about is not None else None
            if topic is not None:
                topics.append((False, topic.i, topic))
            continue
        if pobj.lemma_.lower() in MEDIA_NOUNS or (speech and prep.lower_ in ("to", "with", "at")):
            continue
        if speech and prep.lower_ == "for" and lemma not in REQUESTING | ADVOCACY:
            continue  # "wrote for the majority", "spoke for the family": on whose behalf, not what
        if lemma in ADVOCACY and prep.lower_ not in ("for", "against"):
            continue  # "pushed for a vote", not "pushed into the lead"
        if (
            lemma in CLAUSE_ONLY
            and prep.lower_ not in ("about", "of", "on", "over")
            and lemma not in ANSWERING
            and not (prep.lower_ == "for" and lemma in REQUESTING)
        ):
            continue  # "knew about …", "hoped for …", not "found it at …"
        if prep.lower_ == "at" and lemma not in AIMING:
            continue  # "hinted at …", not "put inflation at 5 percent"
        if lemma in ("compare", "liken"):
            continue  # "compared with …" without an object is a comparison, not a judgement
        topics.append((prep.lower_ != "about", pobj.i, pobj))  # "about" names the topic wherever it stands
    return min(topics)[2] if topics else None


def _reporting_medium(noun: Token) -> bool:
    """ "a statement saying …", "a letter urging …": a medium with a report of its own; "expressed concern
    about …": an attitude of the verb's subject, reported by the noun itself (see ``_owned_attitude``)."""
    if _owned_attitude(noun):
        return True
    return noun.lemma_.lower() in MEDIA_NOUNS and any(
        c.dep_ == "acl" and c.lemma_.lower() in CUE_VERBS for c in noun.children
    )


_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _owned_attitude(noun: Token) -> bool:
    """A reporting noun that is the object of its owner's verb, with a content of its own: "expressed
    concern that …", "has doubts about …", "made the case that …", "took issue with …"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CUE_NOUNS or noun.dep_ != "dobj":
        return False
    host = noun.head
    if host.pos_ not in ("VERB", "AUX"):
        return False
    if (
        noun.lemma_.lower() in words("countable_cue_nouns")
        and noun.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children)
    ):
        return False  # "will take charge for Saturday's match": a countable report noun bare is an idiom
    if host.lemma_.lower() in CUE_VERBS and host.lemma_.lower() not in EXPRESSING:
        return False  # "rejected the notion that …", "repeated his promise to …": the verb reports the noun
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ not in _POSSESSIVES:
        return False  # "criticized the mayor's plan to …": someone else's
    if any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN" or (c.is_title and not c.is_sent_start))
        for c in noun.children
    ):
        return False  # "fanned European concerns that …": the concerns of those the modifier names
    return _noun_content(noun) is not None


def _adjective_content(adj: Token, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    """What an adjective of attitude reports: its clause ("worried that …"), its infinitive ("eager to
    run", unless that is a cue with a content of its own), else its topic ("critical of …")."""
    doc = adj.doc
    for comp in adj.children:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
        if comp.i > adj.i and (comp.dep_ == "ccomp" or (comp.dep_ == "advcl" and that)):
            return _strip_complementiser(doc, comp.left_edge.i, comp.right_edge.i), comp.right_edge.i
        if comp.i > adj.i and comp.dep_ == "xcomp":
            if comp.lemma_.lower() in CUE_VERBS and _complement(comp, quoted) is not None:
                return None  # "likely to say that …": the inner cue reports
            return comp.left_edge.i, comp.right_edge.i
    for prep in adj.children:
        if prep.i < adj.i or prep.dep_ != "prep" or prep.lower_ not in NOUN_TOPIC_PREPS:
            continue
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj.left_edge.i, pobj.right_edge.i
    return None


def _noun_content(noun: Token) -> tuple[int, int] | None:
    """What a reporting noun reports: its clause ("the claim that …", "a promise to …"), else the object
    of its topical preposition ("concern about …", "support for …", "criticism of …")."""
    doc = noun.doc
    for comp in noun.children:
        if comp.i < noun.i or comp.dep_ not in ("acl", "ccomp", "xcomp"):
            continue
        first = comp.left_edge
        if (first.lower_ == "that" and first.dep_ == "mark") or first.lower_ == "to":
            return _strip_complementiser(doc, first.i, comp.right_edge.i), comp.right_edge.i
    preps = [c for c in noun.children if c.i > noun.i]
    if noun.dep_ == "dobj":
        # "took aim at …" is often parsed with the preposition on the verb, right after the noun
        preps += [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in NOUN_TOPIC_PREPS:
            continue
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.lower_.rstrip(".") in PLATFORMS and prep.lower_ in ("on", "via"):
            continue  # "a statement on Telegram": where it was posted, not what about
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj.left_edge.i, pobj.right_edge.i
    return None


def _as_clause(verb: Token) -> bool:
    """ "as X said", "as X put it": a comment clause whose host clause is what X said."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if verb.lemma_.lower() == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return verb.lemma_.lower() in SPEECH and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _cue_phrase(verb: Token, first: Token) -> tuple[int, int]:
    """Token range of the cue: auxiliaries and negation, control verb, particle, "told reporters"."""
    doc = verb.doc
    i, j = min(first.i, verb.i), verb.i
    for child in first.children:
        if child.dep_ in ("aux", "neg") and child.i < first.i and child.i >= i - 3:
            i = min(i, child.i)
    for child in verb.children:
        if (
            (child.dep_ == "prt" and child.i == j + 1)
            or (child.dep_ in ("dobj", "dative") and child.i == j + 1 and child.text.lower() in PRESS)
            or (child.dep_ == "dobj" and child.i == j + 1 and child.lower_ == "it" and verb.lemma_ == "put")
        ):
            j = child.i
    while i < j and doc[i].lower_ in ("and", "but", ","):
        i += 1
    return i, j


def _polarity(verb: Token, first: Token) -> str | None:
    for tok in {verb, first}:
        if any(c.dep_ == "neg" for c in tok.children):
            return "negative"
    if verb.lemma_.lower() in NEGATING_HEADS:
        return "negative"  # "declined to confirm that …" with the infinitive as its content
    if first is not verb and first.lemma_.lower() in NEGATING_HEADS:
        return "negative"
    return None


def _medium(verb: Token, first: Token) -> str | None:
    for tok in {verb, first}:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "via", "during", "through"):
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    if child.lower_ in ("on", "via") and obj.lower_.rstrip(".") in PLATFORMS:
                        return obj.text.rstrip(".")
                    if obj.lemma_.lower() in MEDIA_NOUNS:
                        return " ".join(t.text for t in obj.subtree if t.dep_ not in ("det", "poss"))
            if child.dep_ in ("dobj", "dative") and child.lower_ in PRESS:
                return child.text
    return None


def _according_to(tok: Token, quoted: Callable[[int], bool]) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
    """ "…, according to X": (source head, cue token range, content token range).

    "Police said they would wait, according to Y": Y vouches for the whole report, the saying included. Not
    when the report holds the speaker's own quoted words or its words are a quotation elsewhere ('“…,” she said,
    according to the Courier'): they are hers, and the outlet only passed them on."""
    found = according_source(tok)
    if found is None:
        return None
    src, src_end = found
    to = next((c.i for c in tok.children if c.lower_ == "to"), tok.i + 1)
    content = _host_clause(tok, src_end)
    if content is None:
        return None
    head = tok.head
    if _lemma(head) in SPEECH and any(c.dep_ == "nsubj" for c in head.children):
        holds_quote = any(quoted(t.idx) or t.is_quote for t in tok.doc[content[0] : content[1] + 1])
        if holds_quote or _complement(head, quoted) is None:
            return None
    return src, (tok.i, to), content


def _relays(verb: Token) -> bool:
    """ "…, as reported by X", "as quoted in X" hung on a speaker's own verb: X passed the words on ("…, as
    police have said" is a source of its own)."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and _lemma(head) in CUE_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _in_finding(tok: Token) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
    """ "…, in a poll released Monday": a finding named in a clause's circumstances is its source."""
    src = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if src is None or src.lemma_.lower() not in FINDINGS or _lemma(tok.head) in CUE_VERBS:
        return None  # "said in a report": the medium of a cue
    # "in the poll", one poll the article speaks of, is a finding too; "rose in the polls" is the standing in the race
    if not any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "acl", "nummod") or (c.dep_ == "det" and src.tag_ == "NN")
        for c in src.children
    ):
        return None
    host = tok.head
    if (
        host.pos_ not in ("VERB", "AUX")
        or host.dep_ not in ("ROOT", "conj")
        or (host.dep_ == "conj" and host.head.dep_ != "ROOT")
    ):
        return None  # only a finding about the sentence's main clause
    content = _host_clause(tok)
    return (src, (tok.i, tok.i), content) if content is not None else None


def _host_clause(tok: Token, phrase_end: int | None = None) -> tuple[int, int] | None:
    """Token range of the clause a source phrase ("according to X", "in a poll") qualifies, without it (which ends
    at ``phrase_end``, when the parser ran it on)."""
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and tok.i > head.i:
        head = head.head  # "A was paid $1; B was paid $2; and C was paid $3, according to X": the whole list
    if closes_its_sentence(tok) and head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        # "A held 25%, while B's share fell to 18%, according to X": closing the sentence, the source vouches
        # for the clause the "while" clause hangs on too
        head = head.head
    doc = tok.doc
    i, j = head.left_edge.i, head.right_edge.i
    while j > i and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    phrase_i, phrase_j = tok.left_edge.i, tok.right_edge.i if phrase_end is None else phrase_end
    if phrase_i <= i or all(t.dep_ == "cc" or t.is_punct for t in doc[i:phrase_i]):
        i = phrase_j + 1  # "But according to X, …": the conjunction links to the sentence before, not reported
    elif phrase_i > head.i:
        j = min(j, phrase_i - 1)  # "A, according to X, where …": what follows the source is an afterthought
    if phrase_j >= j:
        j = phrase_i - 1
    if j < i:
        return None
    return _strip_complementiser(doc, i, j), j


def _covered(text: str, start: int, end: int, spans: list[QuoteSpan], skip: tuple[int, int] = (0, 0)) -> float:
    """Share of the word characters of [start, end), outside ``skip``, that lie inside quotation marks."""
    total = _word_chars(text, start, end, skip)
    if not total:
        return 0.0
    inside, reach = 0, start
    for opens, closes in sorted((q.start, q.end) for q in spans if q.end > start and q.start < end):
        first, last = max(opens, start, reach), min(closes, end)  # (quotation marks that overlap count once)
        if first < last:
            inside += _word_chars(text, first, last, skip)
            reach = last
    return inside / total


def _word_chars(text: str, start: int, end: int, skip: tuple[int, int]) -> int:
    """How many letters and digits [start, end) holds outside ``skip``."""
    count = sum(map(str.isalnum, text[start:end]))
    lo, hi = max(start, skip[0]), min(end, skip[1])
    return count - sum(map(str.isalnum, text[lo:hi])) if lo < hi else count


class _Extractor:
    def __init__(self, doc: Doc, speakers: SpeakerResolver, dates: list[DateMention]) -> None:
        self.doc = doc
        self.text = speakers.text
        self.dates = dates
        self.resolver = speakers
        self.quotes = find_quote_spans(self.text)
        self.sents: list[Span] = list(doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self._opens = [q.open for q in self.quotes]
        self._breaks = [m.end() - 1 for m in re.finditer(r"\n+", self.text)]

    def sent_index(self, char: int) -> int:
        return max(0, bisect_right(self._sent_starts, char) - 1)

    def clip_to_paragraph(self, rng: tuple[int, int] | None, char: int) -> tuple[int, int] | None:
        """Keep a content inside the cue's paragraph: a parse that runs over a break is wrong there."""
        if rng is None:
            return None
        lo = self.text.rfind("\n", 0, char) + 1
        hi = self.text.find("\n", char)
        hi = len(self.text) if hi < 0 else hi
        i, j = rng
        doc = self.doc
        while i <= j and doc[i].idx < lo:
            i += 1
        while j >= i and doc[j].idx >= hi:
            j -= 1
        return (i, j) if i <= j else None

    def paragraph_of(self, char: int) -> int:
        """Index of the paragraph (a run of line breaks separates two) holding ``char``."""
        return bisect_right(self._breaks, char)

    def quoted(self, char: int) -> bool:
        """Is ``char`` inside quotation marks?"""
        k = bisect_right(self._opens, char) - 1
        return k >= 0 and char < self.quotes[k].close

    # -- pass 1 -------------------------------------------------------------------------------
    def syntactic(self) -> tuple[list[_Attr], list[_Attr]]:
        """Attributions from the parse; and cues with a source but no content, for pass 2."""
        doc = self.doc
        found: list[_Attr] = []
        bare: list[_Attr] = []
        for tok in tokens(doc):
            if (
                (tok.lower_ == "according" and tok.dep_ in ("prep", "advmod", "advcl"))
                or (tok.lower_ == "in" and tok.dep_ == "prep")
            ) and not self.quoted(tok.idx):
                acc = _according_to(tok, self.quoted) if tok.lower_ == "according" else _in_finding(tok)
                if acc is None:
                    continue
                acc_src, (ci, cj), host = acc
                clipped = self.clip_to_paragraph(host, tok.idx)  # a host clause never crosses a paragraph
                if clipped is None:
                    continue
                start, end = _span_chars(doc, *clipped)
                cue = (doc[ci].idx, doc[cj].idx + len(doc[cj].text))
                found.append(_Attr(cue, acc_src, start, end, tok.idx, clause=(start, end), according=True))
                continue
            lemma = _lemma(tok)
            if tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
                noun_attr = self.noun_cue(tok)
                if noun_attr is not None:
                    found.append(noun_attr)
                continue
            if tok.lower_ in CUE_ADJECTIVES and (tok.pos_ == "ADJ" or tok.tag_ == "VBN"):
                adj_attr = self.adjective_cue(tok)
                if adj_attr is not None:
                    found.append(adj_attr)
                    continue
            if tok.pos_ not in ("VERB", "AUX") or (
                lemma not in CUE_VERBS and lemma not in QUOTE_ONLY and not (lemma == "put" and _as_clause(tok))
            ):
                continue
            inverted = inverted_subject(tok) if lemma in QUOTE_ONLY else None
            if lemma in QUOTE_ONLY and any(
                c.dep_ in ("xcomp", "dobj") and not self.quoted(c.idx) and (inverted is None or c.i != inverted.i)
                for c in tok.children
            ):
                continue  # "continued to rise", "read the book" (but '“…,” wrote Vell': Vell is the writer)
            if self.quoted(tok.idx):
                continue  # "I think …" inside a quotation belongs to the quoted speaker's words
            if _relays(tok):
                continue  # "said one expert, as reported by the Courier": the outlet relayed the words
            if _aside(tok):
                continue  # "Watergate, remember, took two years": a word to the reader, not a report
            if believed_of(tok):
                continue  # "…, several of them believed to be aboard the ferry": a passive, no report by its subject
            if (tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"))) and _participle_subject(
                tok
            ) is None:
                passive = self.passive_modifier(tok)
                if passive is not None:
                    found.append(passive)
                continue  # "the so-called", "the reported deal": a modifier, not a report
            src, first = _source(tok, self.quoted)
            source_span = None
            if src is not None and src.pos_ in ("NOUN", "PROPN"):
                # "polls showing …": the cue is not the source; nor is a report of the source's own
                source_span = self.resolver.mention(src, tok, _reports)
            if src is None and lemma in SPEECH:
                src, source_span = self.between_quote_and_cue(tok)
            if src is None or src.lower_ in ("there",):
                continue
            if src.tag_ == "DT" and src.lower_ in ("that", "this") and not list(src.children):
                continue  # "That said, …": an idiom, not an attribution; a demonstrative speaks for no one
            ci, cj = _cue_phrase(tok, first)
            cue = (doc[ci].idx, doc[cj].idx + len(doc[cj].text))
            left, right = min(first.left_edge.i, tok.left_edge.i), max(tok.right_edge.i, first.right_edge.i)
            clause = (doc[left].idx, doc[right].idx + len(doc[right].text))
            attr = _Attr(
                cue, src, -1, -1, tok.idx, _polarity(tok, first), _medium(tok, first), clause, source_span=source_span
            )
            attr.verb = tok
            rng = None if lemma in QUOTE_ONLY else self.clip_to_paragraph(_content(tok, self.quoted), tok.idx)
            if rng is not None and lemma in GOODS and self.takes_back_goods(tok, src, source_span):
                continue  # "Halden recalled 1.2 million tins": the goods taken back, not a memory told
            if (
                rng is None and lemma in SPEECH and tok.dep_ != "relcl"
            ):  # a relative clause's subject is in a noun phrase
                fallback = self.left_clause(tok)
                if fallback is not None:
                    rng, (src_i, src_j) = fallback
                    if not src_i <= src.i <= src_j:
                        src = doc[src_i : src_j + 1].root
                    attr.source = src
                    attr.source_span = _span_chars(doc, src_i, src_j)
                    attr.set_after = True
            if rng is None:
                if lemma in SPEECH or lemma in QUOTE_ONLY:
                    bare.append(attr)
                continue
            i, j = rng
            sent_start = tok.sent.start
            if (
                j < first.i
                and i > sent_start
                and tok.dep_ != "relcl"
                and self.paragraph_of(doc[sent_start].idx) == self.paragraph_of(tok.idx)
            ):
                # "A, but B, a source said": the whole sentence before the attribution is reported,
                # whichever of its clauses the parser hung the cue on
                i = sent_start
            if j < first.i and i == sent_start and not self.quoted(doc[j].idx) and not doc[j + 1].is_quote:
                resumed = self.resumed_clause(tok, src)
                if resumed is not None:
                    j, attr.inner_end = resumed
            if j > tok.i:
                j = self.without_afterthought(i, j)
            attr.start, attr.end = _span_chars(doc, i, j)
            if attr.end <= attr.start:
                continue
            found.append(attr)
        found.extend(self.colon_lines(found))
        return _outermost(found), bare

    def takes_back_goods(self, verb: Token, src: Token, span: tuple[int, int] | None) -> bool:
        """Does a body do ``verb`` to a thing ("Halden recalled 1.2 million tins"), not report a clause: a finite
        verb (a body "recalling the pitfalls of the last campaign" remembers), an object and no clause after it,
        and a subject the article resolves to an organisation?"""
        if verb.tag_ == "VBG":
            return False
        right = [c for c in verb.children if c.i > verb.i]
        if not any(c.dep_ == "dobj" for c in right) or any(c.dep_ in ("ccomp", "xcomp") for c in right):
            return False
        speaker = self.resolver.speaker(src, span)
        return speaker is not None and speaker.type == "ORG"

    def without_afterthought(self, i: int, j: int) -> int:
        """The last token of a content without the writer's afterthought closing it: an apposition or a
        ", which …" clause after its last comma ("said the board hid the report, a claim it denies"). Quoted
        words are the speaker's, never an afterthought; an apposition that names or says who a person is stays."""
        doc = self.doc
        comma = next((k for k in range(j, i, -1) if doc[k].text == ","), None)
        if comma is None or comma + 1 > j or any(self.quoted(t.idx) or t.is_quote for t in doc[comma : j + 1]):
            return j
        root = doc[comma + 1 : j + 1].root
        if root.left_edge.i != comma + 1 or root.right_edge.i < j or not i <= root.head.i < comma:
            return j
        # a name, or who a person is ("Obama, a Democrat"), identifies; a comment on a thing or an event does not
        naming = root.pos_ == "PROPN" or root.head.ent_type_ == "PERSON"
        if root.dep_ == "appos" and any(c.dep_ == "conj" for c in root.children):
            return j  # "differ on taxes, the border and trade": the last items of a list, not an apposition
        # a reported noun phrase ("criticized Tom Ekberg, who …") ends before the writer's relative clause on it
        gloss = (
            doc[i:comma].root.pos_ in ("NOUN", "PROPN")
            and doc[i].lower_ != "that"
            and root.dep_ == "relcl"
            and doc[comma + 1].tag_ in ("WP", "WP$", "WDT")
        )
        # "…, an accusation that …" is often hung on the verb as an adverbial noun phrase
        comment = root.dep_ == "npadvmod" and root.pos_ == "NOUN" and any(c.dep_ == "det" for c in root.children)
        if (
            (root.dep_ == "appos" and not naming)
            or (comment and not root.ent_type_)
            or (root.dep_ == "relcl" and doc[comma + 1].lower_ == "which")
            or gloss
        ):
            end = comma - 1
            while end > i and (doc[end].is_punct or doc[end].is_space):
                end -= 1
            return end
        return j

    def colon_lines(self, found: list[_Attr]) -> list[_Attr]:
        """A line that opens with a name and a colon ("Mayor Lindqvist: Bridge will reopen in May"): the
        headline convention for reported words. The name must be a named speaker or a finding ("Poll:"),
        in a few words without a verb (and before a clause when the model does not know the name). A person the
        article names elsewhere, as the label, opens a turn ("HALLORAN: Not at all.", "Varn: No deal yet."): the
        rest of the line is theirs whatever its form, and a transcript quoted paragraph by paragraph opens it with
        a quotation mark."""
        out: list[_Attr] = []
        lines = list(_COLON_LINE.finditer(self.text))
        transcript = _transcript_labels(lines)
        for m in lines:
            if self._in_a_box_of_figures(m.start(), m.end()):
                continue  # "Employees: about 6,200" beside "Fleet: 74": a box's label, no one speaking
            turn_span = (m.start(2), m.end(2))
            turn = self.resolver.labelled_person(*turn_span) if _TURN_LABEL.fullmatch(m.group(2)) else None
            if turn is None and m.group(2) in transcript:
                turn = self.resolver.label_as_named(*turn_span, transcript)
            if m.group(1) and turn is None:
                continue
            src_span = self.doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
            if src_span is None:
                continue
            head = src_span.root
            cue = (m.end(2), m.end(2) + 1)
            if turn is not None:
                start, end = _tidy(self.text, m.start(3), m.end(3))
                attr = _Attr(cue, head, start, end, m.end(2), clause=(m.start(2), cue[1]), source_span=turn_span)
                attr.speaker, attr.turn = turn, True
                out.append(attr)
                continue
            if len(src_span) > 8 or any(t.pos_ in ("VERB", "AUX") for t in src_span):
                continue
            if any(t.like_num for t in src_span):
                continue  # "Blue Jays 5, Tigers 2:" heads a game's summary; a name has no score in it
            # a name: one the model knows, or a few capitalised words (headline names often go unrecognised); a
            # label all in capitals that is neither ("UPDATE:", "WATCH:") is the page's, not a speaker
            known = any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in src_span)
            named = known or (
                len(src_span) <= 4
                and src_span[0].pos_ != "DET"
                and all(t.is_title or t.is_upper or t.is_punct for t in src_span)
                and not all(t.is_upper or t.is_punct for t in src_span)
            )
            # a finding heads its line ("Poll: …"); a box of figures does not ("Key figures:", "By the numbers:")
            tally = head.lemma_.lower() in words("tally_nouns") or head.lemma_.lower() in ("number", "fact", "stat")
            known = known or (head.lemma_.lower() in EVIDENCE_NOUNS and not tally)
            if not named and not known and head.lemma_.lower() in words("org_nouns"):
                # "Refugee agency: 25,000 displaced": a body the article names, by what it is
                known = self.resolver.mentions.headline_body(head, m.start(2)) is not None
            if not named and not known:
                continue
            start, end = _tidy(self.text, m.start(3), m.end(3))
            if end - start < 12 or any(a.start <= start < a.end for a in found):
                continue
            # "- Sailors: the navy command said 64 were unaccounted for": a label that is no one's whole name, nor a
            # finding, is the line's topic when the line reports someone else's words
            whole_name = all(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.is_punct for t in src_span)
            finding = head.lemma_.lower() in EVIDENCE_NOUNS
            if not whole_name and not finding and any(start <= a.cue[0] < end for a in found):
                continue
            # capitalised words the model does not know are a name only before a clause: a label over a list or
            # a caption ("Graphic: Prices in 2024") says nothing
            said = self.doc.char_span(start, end, alignment_mode="expand")
            if not known and (said is None or not any(t.pos_ in ("VERB", "AUX") for t in said)):
                continue
            # a headline has no stop; a line of running text after a name and a colon reports only with a finite
            # verb ("Ana Rask: Possession of cocaine, held in lieu of $7,000 bond." lists charges)
            finite = said is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in said)
            if m.group(3).rstrip().endswith(".") and not finite and head.lemma_.lower() not in EVIDENCE_NOUNS:
                continue
            out.append(
                _Attr(cue, head, start, end, m.end(2), clause=(m.start(2), cue[1]), source_span=(m.start(2), m.end(2)))
            )
        return out

    def _in_a_box_of_figures(self, start: int, end: int) -> bool:
        """Is the line at ``start``-``end`` a labelled figure with another such line right before or after it?"""
        before = self.text[:start].rstrip("\n").rsplit("\n", 1)[-1]
        after = self.text[end:].lstrip("\n").split("\n", 1)[0]
        line = self.text[start:end]
        return bool(_FIGURE_LINE.fullmatch(line)) and any(_FIGURE_LINE.fullmatch(x) for x in (before, after) if x)

    def resumed_clause(self, verb: Token, src: Token) -> tuple[int, int] | None:
        """'A, Mr. Halloran said, until it went bankrupt.': the sentence goes on after the attribution.

        The reported words are the whole sentence around the parenthetical (as attribution corpora
        draw them), unless what follows the comma is the speaker's own circumstance (", adding that …",
        ", speaking at …") or another attribution. Returns the last content token and where the
        attribution clause ends.
        """
        doc = self.doc
        sent = verb.sent
        start = max(verb.i, src.right_edge.i if src.i > verb.i else verb.i) + 1
        comma = next((k for k in range(start, min(sent.end, start + 10)) if doc[k].text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text in ":;" for t in doc[start:comma]):
            return None
        if verb.lemma_.lower() not in SPEECH or any(
            c.dep_ in ("dobj", "intj", "attr", "oprd") and c.lower_ not in PRESS and start <= c.i < comma
            for c in verb.children
        ):
            return None  # only circumstances of the saying sit between: not "said yes, …", "learned of …"
        end = sent.end - 1
        while end > comma and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        rest = doc[comma + 1 : end + 1]
        if len([t for t in rest if not t.is_punct]) < 3 or rest[0].is_quote or rest[0].lower_ == "according":
            return None
        if self.paragraph_of(rest[-1].idx) != self.paragraph_of(verb.idx):
            return None
        first = rest[0]
        if first.tag_ in ("VBG", "VBN") and first.head.i <= comma:
            return None  # "…, adding that …", "…, speaking at …": the speaker's, not the content's
        if not any(t.pos_ in ("VERB", "AUX") for t in rest):
            return None
        for t in rest:
            if t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children):
                return None  # another attribution of its own
        return end, doc[comma].idx

    def left_clause(self, verb: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'A, the agency [WEMA] said on Friday.' when the parser lost the clause: (content, source) tokens.

        Only for a cue that ends its sentence (nothing but circumstances after it), with a clause of at
        least three words before the last comma and a noun phrase between that comma and the cue.
        """
        doc = self.doc
        sent = verb.sent
        end = sent.end
        # "…, its finance chief told investors on Monday, as the number of cancellations reached 3,400": a clause
        # of circumstance set off after the cue is no part of it
        for k in range(verb.i + 1, sent.end - 1):
            if doc[k].text == "," and (doc[k + 1].lower_ in _CIRCUMSTANCE_OPENERS or doc[k + 1].lower_ in ("a", "an")):
                end = k  # "…, X said, as …", "…, X said on Wednesday, a sharp upward revision"
                break
        after = doc[verb.i + 1 : end]
        if any(t.pos_ == "VERB" for t in after) or len([t for t in after if not t.is_punct]) > 6:
            return None
        comma = next((k for k in range(verb.i - 1, sent.start, -1) if doc[k].text == ","), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is not None and subject.left_edge.i > sent.start and doc[subject.left_edge.i - 1].text == ",":
            comma = subject.left_edge.i - 1  # "…, the regional governor, Piotr Senko, said": the whole subject
        if comma is None or self.quoted(doc[comma].idx):
            return None
        source = doc[comma + 1 : verb.i]
        left = doc[sent.start : comma]
        if not 0 < len(source) <= 25 or any(t.pos_ == "VERB" for t in source):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in source) or opens_on_a_circumstance(source):
            return None
        if source[0].tag_ == "CD":
            return None  # "counted 2,310 wells, 412 of them confirmed, and …": a part of the count, no speaker
        if len([t for t in left if not t.is_punct]) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in left):
            return None
        if any(_participle_circumstance(t, verb) for t in left):
            return None
        return (sent.start, comma - 1), (comma + 1, verb.i - 1)

    def between_quote_and_cue(self, verb: Token) -> tuple[Token | None, tuple[int, int] | None]:
        """'“…,” the agency's chief, Jane Doe, told the Courier' with no subject in the parse: the words
        between the closing mark and the cue are the source."""
        k = bisect_right(self._opens, verb.idx) - 1
        if k < 0 or self.quotes[k].close > verb.idx:
            return None, None
        start, end = _tidy(self.text, self.quotes[k].close, verb.idx)
        words = self.text[start:end].split()
        if not words or len(words) > 25 or "\n" in self.text[start:end] or "." in words[-1][-1:]:
            return None, None
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in span):
            return None, None
        if any(t.pos_ == "VERB" for t in span):
            return None, None
        head = next((t for t in reversed(span) if t.pos_ in ("PROPN", "NOUN", "PRON")), span.root)
        return head, (start, end)

    def noun_cue(self, tok: Token) -> _Attr | None:
        """A noun that reports: "the senator's claim that …", "the ministry's warning that …", "criticism of X by
        Y", or, as the object of the source's verb, "expressed concern about …", "had doubts that …"."""
        if self.quoted(tok.idx):
            return None
        doc = self.doc
        src = next((c for c in tok.children if c.dep_ == "poss"), None)
        if src is None:
            # "a warning from the ministry that …", "the claim by the senator that …"
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            src = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        first = tok
        host = tok.head
        if (src is None or (src.pos_ == "PRON" and src.lower_ in _POSSESSIVES)) and _owned_attitude(tok):
            # the pronoun of "expressed his concern" is the subject's own
            src, first = _source(host, self.quoted)[0], host
        elif src is None and tok.dep_ == "pobj" and host.lower_ == "in" and host.head.pos_ in ("VERB", "AUX"):
            # "came out in support of …", "was in favour of …": the subject of the clause
            src, first = _source(host.head, self.quoted)[0], host
        if src is None:
            return None
        rng = _noun_content(tok)
        if rng is None and tok.dep_ == "nsubj" and host.lemma_ == "be":
            # "their fear is that …": what the noun is said to be
            comp = next((c for c in host.children if c.i > tok.i and c.dep_ in ("ccomp", "attr", "xcomp")), None)
            if comp is not None:
                rng = _strip_complementiser(doc, comp.left_edge.i, comp.right_edge.i), comp.right_edge.i
        rng = self.clip_to_paragraph(rng, tok.idx)
        if rng is None:
            return None
        start, end = _span_chars(doc, *rng)
        cue = (min(first.idx, tok.idx), tok.idx + len(tok.text))
        src_end = src.right_edge.idx + len(src.right_edge.text)
        clause = (min(src.left_edge.idx, cue[0]), max(cue[1], src_end))
        source_span = None
        if src.left_edge.i <= first.i <= src.right_edge.i:
            source_span = self.resolver.mention(src, first)  # "surveys showing support for …"
        return _Attr(cue, src, start, end, tok.idx, clause=clause, source_span=source_span)

    def passive_modifier(self, tok: Token) -> _Attr | None:
        """ "The bill, opposed by the council's majority, …": a participle with an agent reports the noun it
        modifies (up to its head), for the agent."""
        head = tok.head
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        src = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if src is None or tok.i < head.i or head.pos_ not in ("NOUN", "PROPN") or self.quoted(tok.idx):
            return None
        if tok.lemma_.lower() in ("see", "obtain", "review", "read", "view") and head.lemma_.lower() in DOCUMENTS:
            return None  # "a memo to staff seen by the Courier": who has the document, not what anyone said
        if tok.lemma_.lower() == "know":
            return None  # "the office, known by its acronym OCHAK": a name it goes by
        rng = self.clip_to_paragraph((head.left_edge.i, head.i), tok.idx)
        if rng is None:
            return None
        start, end = _span_chars(self.doc, *rng)
        cue = (tok.idx, tok.idx + len(tok.text))
        src_end = src.right_edge.idx + len(src.right_edge.text)
        return _Attr(cue, src, start, end, tok.idx, clause=(cue[0], src_end))

    def adjective_cue(self, tok: Token) -> _Attr | None:
        """A predicative adjective of attitude: "voters are worried that …", "she was critical of …",
        "he is eager to run"; its subject is the source."""
        if self.quoted(tok.idx):
            return None
        if tok.tag_ == "VBN":  # "are concerned that …" parsed as a passive with no agent
            if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
                return None
            verb = tok
            src = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        elif (
            tok.dep_ in ("acomp", "oprd") or (tok.dep_ == "ccomp" and tok.head.lemma_ == "make")
        ) and tok.head.pos_ in (
            "VERB",
            "AUX",
        ):
            verb = tok.head  # "are worried that …", "made it clear that …"
            src = _source(verb, self.quoted)[0]
        else:
            return None
        rng = self.clip_to_paragraph(_adjective_content(tok, self.quoted), tok.idx)
        if src is None or rng is None or src.dep_ == "expl" or src.lower_ in ("it", "there", "this", "that"):
            return None  # "it is clear that …" says nobody's view
        doc = self.doc
        start, end = _span_chars(doc, *rng)
        first = min(verb.i, tok.i)
        cue = (doc[first].idx, tok.idx + len(tok.text))
        src_end = src.right_edge.idx + len(src.right_edge.text)
        clause = (min(src.left_edge.idx, cue[0]), max(cue[1], src_end))
        return _Attr(cue, src, start, end, tok.idx, clause=clause)

    # -- pass 2 -------------------------------------------------------------------------------
    def attach_quotes(self, found: list[_Attr], bare: list[_Attr]) -> list[_Attr]:
        text = self.text
        owner: dict[int, _Attr] = {}
        for attr in found:
            for k, q in enumerate(self.quotes):
                # (a quoted transcript's turn opens its quotation before the label: '"HALLORAN: …')
                if q.end > attr.start and q.start < attr.end and (attr.turn or not (q.open <= attr.cue[0] < q.close)):
                    attr.quotes.append(q)
                    owner.setdefault(k, attr)
            if not attr.quotes:
                continue
            # a content mostly inside one quote is that whole quote ("A. B," he said: ccomp is only B)
            if _covered(text, attr.start, attr.end, attr.quotes, attr.attribution_span()) > 0.9:
                q0, q1 = attr.quotes[0], attr.quotes[-1]
                if not (q0.start <= attr.cue[0] < q1.end):
                    attr.start, attr.end = min(attr.start, q0.start), max(attr.end, q1.end)
            else:
                # a quotation the content cuts into runs to its marks ('because, “A. B.”')
                for q in attr.quotes:
                    if q.start < attr.start < q.end:
                        attr.start = q.start
                    if q.start < attr.end < q.end:
                        attr.end = q.end
            self.split_opening(attr, owner)
        used_bare: set[int] = set()
        out = list(found)
        last_quoted: _Attr | None = None
        for k, q in enumerate(self.quotes):
            if k in owner:
                if owner[k].quotes and _covered(text, owner[k].start, owner[k].end, owner[k].quotes) > 0:
                    last_quoted = owner[k]
                continue
            if self.in_other_content(q, found):
                continue  # a quote inside a reported clause that already has its own attribution
            near = (
                self.dash_signature(q)
                or self.inverted_intro(q)
                or self.nearby_cue(q, bare, used_bare)
                or self.colon_intro(q)
            )
            if near is not None:
                near.start, near.end, near.quotes = q.start, q.end, [q]
                out.append(near)
                last_quoted = near
                continue
            prev = last_quoted
            reported = self.reported_before(q, found)
            if reported is not None and (prev is None or self.paragraph_of(prev.cue[0]) != self.paragraph_of(q.open)):
                prev = reported  # 'A, Varn said. “B.”': the quote goes on with the reported turn
            if prev is not None and self.follows(prev, q):
                gap = self.text[max(prev.end, prev.cue[1]) : q.open].strip()
                same_sentence = not gap.endswith((".", "?", "!")) and self.sent_index(q.open) == self.sent_index(
                    max(prev.end, prev.cue[1]) - 1
                )
                if same_sentence and not q.continues:
                    prev.end = q.end  # '“A,” he said, “B.”' - one statement around its attribution
                    prev.quotes.append(q)
                else:
                    # '“A,” he said. “B.”' or a quoted paragraph after a quoted paragraph: a quote of its
                    # own by the same speaker; in the same paragraph it shares the cue
                    same_paragraph = self.paragraph_of(q.open) == self.paragraph_of(prev.cue[0])
                    float_attr = _Attr(
                        prev.cue,
                        prev.source,
                        q.start,
                        q.end,
                        q.open,
                        quotes=[q],
                        floating_from=prev,
                        continued=same_paragraph and not q.continues,
                    )
                    out.append(float_attr)
                    last_quoted = float_attr
                continue
        out.extend(self.block_quotes(bare, used_bare, owner))
        out.extend(self.unattributed(out))
        return out

    def colon_intro(self, q: QuoteSpan) -> _Attr | None:
        """'The coach set out: “…”': a clause ending in a colon right before a quotation introduces it, and
        its subject says it, whatever the verb."""
        before = self.text[: q.open].rstrip()
        if not before.endswith(":") or self.paragraph_of(len(before) - 1) != self.paragraph_of(q.open):
            return None
        colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None or len(colon) == 0:
            return None
        verb = colon[0].nbor(-1) if colon[0].i > 0 else colon[0]
        for _ in range(8):  # up from the word before the colon to its clause's verb
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or self.quoted(verb.idx) or verb.idx > colon[0].idx:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("i", "we", "you") or subj.i > colon[0].i:
            return None
        cue_end = max([verb.idx + len(verb.text)] + [c.idx + len(c.text) for c in verb.children if c.dep_ == "prt"])
        return _Attr((verb.idx, cue_end), subj, q.start, q.end, verb.idx, clause=(subj.left_edge.idx, cue_end))

    def unattributed(self, attrs: list[_Attr]) -> list[_Attr]:
        """Quoted paragraphs no attribution reached.

        A paragraph that ends inside a quotation ('“A.' then '“B,” he said.') is part of one quote running
        over paragraphs: it takes the speaker of the paragraph it runs on into. A paragraph that is a
        quotation with no attribution anywhere near is the words of the participant the article is talking
        about (resolved when speakers are read, in text order).
        """
        attached: dict[int, _Attr] = {}
        for attr in attrs:
            for q in attr.quotes:
                attached[q.open] = attr
        out: list[_Attr] = []
        for k in range(len(self.quotes) - 1, -1, -1):
            q = self.quotes[k]
            if q.open in attached or self.in_other_content(q, attrs):
                continue
            nxt = self.quotes[k + 1] if k + 1 < len(self.quotes) else None
            later = attached.get(nxt.open) if nxt is not None and nxt.continues and not q.closed else None
            if later is not None:
                # read after the paragraph it runs into, whose speaker it takes
                attr = _Attr(later.cue, later.source, q.start, q.end, later.pos + 1, quotes=[q], floating_from=later)
            elif self._opens_paragraph(q) and len(self.text[q.start : q.end].split()) >= 5:
                attr = _Attr((q.open, q.open), self.doc[0], q.start, q.end, q.open, quotes=[q], topic=True)
            else:
                continue
            attached[q.open] = attr
            out.append(attr)
        return out

    def _opens_paragraph(self, q: QuoteSpan) -> bool:
        return not self.text[_line_start(self.text, q.open) : q.open].strip()

    def block_quotes(self, bare: list[_Attr], used: set[int], owner: dict[int, _Attr]) -> list[_Attr]:
        """'The governor added:' closing a paragraph introduces the next paragraph as his words."""
        out: list[_Attr] = []
        for n, attr in enumerate(bare):
            if n in used:
                continue
            brk = self.text.find("\n", attr.cue[1])
            tail = self.text[attr.cue[1] : brk].strip() if brk > 0 else ""
            if not tail.endswith(":") or len(tail.split()) > 6:
                continue
            m = _BLOCK_BREAK.match(self.text, brk)
            if m is None:
                continue
            end = self.text.find("\n", m.end())
            end = len(self.text) if end < 0 else end
            start, end = _tidy(self.text, m.end(), end)
            if end - start < 20:
                continue
            attr.start, attr.end = start, end
            attr.quotes = [q for k, q in enumerate(self.quotes) if start <= q.start < end and k not in owner]
            out.append(attr)
        return out

    def split_opening(self, attr: _Attr, owner: dict[int, _Attr]) -> None:
        """'“A,” X said, “B.”' parsed with B as the content: take in the opening quotation A."""
        a0 = attr.attribution_span()[0]
        first = attr.quotes[0]
        if attr.start < a0 or abs(attr.start - first.start) > 2:
            return
        k = bisect_right(self._opens, a0) - 1
        if k < 0 or k in owner or self.quotes[k].close > a0:
            return
        prev = self.quotes[k]
        if self.text[prev.close : a0].strip(" ,\t") or self.paragraph_of(prev.open) != self.paragraph_of(a0):
            return
        if self._leads_into_next(prev, attr):
            return  # '“A.” X said: “B.”': A is finished, and the cue leads into B
        attr.start = prev.start
        attr.quotes.insert(0, prev)
        owner[k] = attr

    def reported_before(self, q: QuoteSpan, found: list[_Attr]) -> _Attr | None:
        """The latest attribution of the quote's paragraph that ends before the quote opens."""
        par = self.paragraph_of(q.open)
        best: _Attr | None = None
        for attr in found:
            if attr.according or _end(attr) > q.open or self.paragraph_of(attr.cue[0]) != par:
                continue
            if attr.source.tag_ in ("WP", "WDT"):
                continue  # "a lawyer who has been challenging …": a clause inside someone's description
            if best is None or _end(attr) > _end(best):
                best = attr
        return best

    def in_other_content(self, q: QuoteSpan, found: list[_Attr]) -> bool:
        return any(a.start <= q.start and q.end <= a.end for a in found)

    def follows(self, prev: _Attr, q: QuoteSpan) -> bool:
        """Does quote ``q`` continue the quoted attribution ``prev``?

        In the same paragraph: the quote opens the sentence after the attribution ('“A,” X said.
        “B.”') or resumes it ('“A,” he said, “B.”'). In the next paragraph: the paragraph opens
        with the quote and the previous one ended with ``prev``'s sentence (a floating quote).
        """
        pe = max(prev.end, prev.cue[1], prev.quotes[-1].close if prev.quotes else prev.end)
        if q.open < pe:
            return False
        pp, qp = self.paragraph_of(pe), self.paragraph_of(q.open)
        ps, qs = self.sent_index(pe - 1), self.sent_index(q.open)
        if qp == pp:
            if qs == ps:
                # '“A,” he said, “B.”' - not '“A,” he said on "Meet the Press"'
                gap = self.text[pe : q.open].strip()
                if gap.endswith((".", "?", "!")):
                    return True  # the parser kept the opening mark with the sentence before: a new sentence
                if len(gap.split()) > 12 or not gap.endswith((",", ":", ";", "—")):
                    return False
                # only circumstances of the saying may sit between ('said at a rally in Velmont, “…'),
                # not a clause of its own ('said, suggesting a few questions, including “…')
                between = self.doc.char_span(pe, q.open, alignment_mode="contract")
                return between is None or not any(t.pos_ == "VERB" for t in between)
            opener = self.text[self.sents[qs].start_char : q.open]
            if opener.strip():
                return False
            if qs == ps + 1:
                return True
            # '“A,” said Lt. Col. Ana Ruiz, who leads the unit. “B.”': the parser broke the attribution's
            # sentence (an abbreviation, a long source); one sentence of attribution still lies between
            attributed = bool(prev.quotes) and prev.quotes[-1].close <= prev.cue[0] < q.open
            return attributed and _one_sentence(self.text[prev.quotes[-1].close : q.open])
        if qp != pp + 1 or self.text[_line_start(self.text, q.open) : q.open].strip():
            return False
        par_end = self.text.find("\n", pe)
        return self.sent_index(max(pe, par_end - 1)) <= ps + 1 and len(self.text[pe:par_end].split()) <= 12

    def inverted_intro(self, q: QuoteSpan) -> _Attr | None:
        """'Said Ellis: “…”' opening a sentence (the parser rarely sees the verb)."""
        line = _line_start(self.text, q.open)
        m = _INVERTED_INTRO.search(self.text, max(line, q.open - 90), q.open + 1)
        if m is None or m.end() != q.open + 1:
            return None
        span = self.doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if span is None:
            return None
        head = next((t for t in reversed(span) if t.pos_ in ("PROPN", "NOUN")), None)
        if head is None:
            return None
        return _Attr(
            (m.start(1), m.end(1)),
            head,
            q.start,
            q.end,
            m.start(1),
            clause=(m.start(1), m.end(2)),
            source_span=(m.start(2), m.end(2)),
        )

    def dash_signature(self, q: QuoteSpan) -> _Attr | None:
        """'“…” ― Jane Doe': a quote signed with a dash and a name (epigraphs, reader comments)."""
        m = _DASH_SIGNATURE.match(self.text, q.close)
        if m is None:
            return None
        ent = self.resolver.entity_at(m.end(), m.end() + 1)
        if ent is None or ent.label != "PERSON" or ent.start != m.end():
            return None
        span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            return None
        return _Attr(
            (m.start(1), m.end(1)),
            span.root,
            q.start,
            q.end,
            q.close,
            clause=(q.open, ent.end),
            source_span=(ent.start, ent.end),
        )

    def nearby_cue(self, q: QuoteSpan, bare: list[_Attr], used: set[int]) -> _Attr | None:
        """A speech cue with a source that has no content of its own, next to the quote."""
        qs, qe = self.sent_index(q.start), self.sent_index(max(q.start, q.end - 1))
        best: tuple[int, int] | None = None
        for n, attr in enumerate(bare):
            if n in used or q.open <= attr.cue[0] < q.close:
                continue
            cs = self.sent_index(attr.cue[0])
            if attr.cue[0] >= q.close:
                # after the quote: same sentence, or a short next sentence ("…” He said.)
                if cs not in (qe, qe + 1):
                    continue
                if self.paragraph_of(attr.cue[0]) != self.paragraph_of(q.close - 1):
                    continue
                if cs == qe + 1 and not self._only_a_source_between(q.close, attr.cue[0]):
                    continue
                if self._leads_into_next(q, attr):
                    continue
                dist = attr.cue[0] - q.close
            else:
                # before the quote: 'He added: “…”' - the quote starts right after the cue's sentence
                between = self.text[attr.clause[1] : q.open].strip()
                if cs not in (qs, qs - 1) or between not in ("", ":", ",", "—", "-"):
                    continue
                dist = q.open - attr.cue[1] + 1
            if best is None or dist < best[0]:
                best = (dist, n)
        if best is None:
            return None
        used.add(best[1])
        return bare[best[1]]

    def _leads_into_next(self, q: QuoteSpan, attr: _Attr) -> bool:
        """'“A.” Berg said: “B.”': a cue after a finished quotation that leads into the next one by a colon, or
        by a comma after a sentence's full stop, introduces that one ('“A,” Berg said, “B.”', A unfinished, is
        one turn around its cue)."""
        k = bisect_right(self._opens, attr.cue[1])
        if k >= len(self.quotes) or self.quotes[k].open <= q.open:
            return False
        lead = self.text[attr.cue[1] : self.quotes[k].open].strip()
        finished = self.text[q.start : q.end].rstrip()
        return lead == ":" or (lead == "," and finished.endswith("."))

    def _only_a_source_between(self, start: int, end: int) -> bool:
        """Is the text between a closing mark and a cue only who speaks ("Dana Kestrel, the former head of the
        fund,"), not a clause of its own? Short, or a noun phrase with no verb in it."""
        between = self.text[start:end]
        if between.count(" ") <= 6:
            return True
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return (
            span is not None
            and len(between.split()) <= 25
            and "\n" not in between
            and not any(t.pos_ in ("VERB", "AUX") for t in span)
        )

    # -- output -------------------------------------------------------------------------------
    def to_quotes(self, attrs: list[_Attr]) -> list[Quote]:
        text = self.text
        attrs.sort(key=lambda a: (a.pos, a.start))
        contents = [(a.start, a.end) for a in attrs]
        out: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        for attr in attrs:
            if _terms_of_speaking(attr, text):
                continue  # "asked not to be named": the terms a source spoke on, not what they said
            if attr.floating_from is not None:
                speaker = attr.floating_from.speaker
            elif attr.topic:
                speaker = self.resolver.topic(attr.start)
            elif attr.turn:
                speaker = attr.speaker
            else:
                speaker = self.resolver.speaker(attr.source, attr.source_span)
                if speaker is not None:
                    self.resolver.remember(speaker, attr.pos, attr.source.tag_ in ("NNS", "NNPS"))
                if speaker is not None and attr.source.tag_ == "NNS":
                    # a group unnamed but placed ("analysts at X") speaks for the body it names; the group, not
                    # the body, is who a later "they" or "the company" can mean
                    speaker = self.resolver.affiliation(attr.source, speaker, placed_only=True) or speaker
            if speaker is not None and not any(ch.isalnum() for ch in speaker.name):
                speaker = None  # punctuation the parser took for a noun phrase is nobody
            attr.speaker = speaker
            # a thing or an idea as the source ("the problem demands a response"): the words are reported, by
            # no one the record can name, and stay unattributed rather than given a thing for a speaker
            reported = attr.floating_from is None and not attr.topic
            voiceless = speaker is None and reported and self.resolver.voiceless(attr.source)
            if (speaker is None and not voiceless) or (attr.start, attr.end) in seen:
                continue
            source = (speaker.start, speaker.end) if speaker is not None else self._source_chars(attr)
            seen.add((attr.start, attr.end))
            cue = None
            if (attr.floating_from is None or attr.continued) and not attr.topic:
                cue = Cue(text=text[attr.cue[0] : attr.cue[1]], start=attr.cue[0], end=attr.cue[1])
            date = self.date_of(attr, contents) if attr.floating_from is None and not attr.topic else None
            parts = [(attr.start, attr.end)] if attr.topic else self.parts(attr, source)
            for part_start, part_end in parts:
                quoted = [q for q in attr.quotes if q.end > part_start and q.start < part_end]
                share = _covered(text, part_start, part_end, quoted) if quoted else 0.0
                kind = "direct" if share >= 1.0 else "mixed" if share > 0 else "indirect"
                start, end = part_start, part_end
                if kind == "direct" and not attr.turn:  # the whole quotation, its own stop included
                    start, end = _tidy(text, min(start, quoted[0].start), max(end, quoted[-1].end))
                quote = Quote(
                    kind=kind,
                    text=text[start:end],
                    start=start,
                    end=end,
                    cue=cue,
                    speaker=speaker,
                    medium=attr.medium if attr.floating_from is None else None,
                    polarity=attr.polarity if attr.floating_from is None else None,
                    date=date,
                )
                out.append(quote)
                if kind == "mixed":
                    out.extend(self.quoted_clauses(quote, quoted))
        return out

    def quoted_clauses(self, mixed: Quote, quoted: list[QuoteSpan]) -> list[Quote]:
        """The speaker's own words inside a reported statement, when they make a clause ('said the delay
        doesn't sink the plan because “the budget was never the problem.”'): a direct quote of their
        own, beside the mixed one that reports the whole. A quoted label or phrase ("a “sham” vote") is not."""
        out = []
        for q in quoted:
            start, end = _tidy(self.text, q.start, q.end)
            span = self.doc.char_span(start, end, alignment_mode="contract")
            if span is None or len(self.text[start:end].split()) < 5:
                continue
            if not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj", "advcl") for t in span):
                continue
            speaker = self._inner_speaker(mixed, span) or mixed.speaker
            out.append(
                Quote(
                    kind="direct",
                    text=self.text[start:end],
                    start=start,
                    end=end,
                    cue=mixed.cue,
                    speaker=speaker,
                    date=mixed.date,
                )
            )
        return out

    def _inner_speaker(self, mixed: Quote, words: Span) -> Speaker | None:
        """The speaker of a verb of saying inside a reported statement that introduces the quoted words ("the
        office said he called her a liar and said, “…”"): they are that speaker's words, not the reporter's."""
        for tok in reversed(self.doc[words[0].sent.start : words.start]):
            if tok.idx < mixed.start:
                break
            if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH and not self.quoted(tok.idx):
                subj, _ = _source(tok, self.quoted)
                return self.resolver.speaker(subj) if subj is not None else None
        return None

    def _source_chars(self, attr: _Attr) -> tuple[int, int]:
        return attr.source_span if attr.source_span is not None else self.resolver.mention(attr.source)

    def parts(self, attr: _Attr, source: tuple[int, int]) -> list[tuple[int, int]]:
        """The content, without the attribution where it sits inside it.

        '“A,” Varn said, “B.”', "The plan, the mayor says, is dead", "X, according to Y, is Z": the
        parts on either side are quotes of their own (sharing the cue). When the content is quoted, a
        part with no quoted words after the attribution is a circumstance of the saying ('“A,” he said on
        X.'), not content; one before an attribution set off by commas opens the reported sentence ('Nor, he
        said, “B.”'), where one before "Last week, she said “B.”" is its circumstance.
        """
        a0 = min(attr.cue[0], source[0])
        a1 = max(attr.cue[1], source[1], attr.inner_end or 0)
        spans = [(attr.start, attr.end)]
        # a content between its cue and its source ("Noting that …, Allen said") is not split
        between = attr.cue[1] <= attr.start and attr.end <= source[0] and attr.inner_end is None
        if attr.start < a1 and a0 < attr.end and not between:
            spans = [(attr.start, min(a0, attr.end)), (max(a1, attr.start), attr.end)]
        # 'Nor, he said, “B.”': the attribution is set off by commas on both sides, inside the reported sentence
        parenthetical = (
            len(spans) > 1
            and self.sent_index(attr.start) == self.sent_index(a0)
            and "," in self.text[_tidy(self.text, *spans[0])[1] : a0]
            and "," in self.text[a1 : _tidy(self.text, *spans[1])[0]]
        )
        out = []
        for raw_start, raw_end in spans:
            start, end = _tidy(self.text, raw_start, raw_end)
            if end <= start:
                continue
            if (
                len(spans) > 1
                and (start >= a1 or not parenthetical)
                and attr.quotes
                and not any(q.end > start and q.start < end for q in attr.quotes)
            ):
                continue  # unquoted words after the attribution are a circumstance; before it, in its sentence, content
            out.append((start, end))
        return out

    def _asides(self, attr: _Attr) -> list[tuple[int, int]]:
        """The spans of an attribution's clause whose days are their own, not the statement's."""
        # "The minister, who toured the town on Sunday, said on Monday …": the relative clause's day is its own, as
        # is one that reports a statement of its own ("Orvane Water, which had said on Monday that 30 …")
        asides = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            for c in attr.source.subtree
            if c.dep_ == "relcl"
            and (_lemma(c) not in _GIVING or any(g.dep_ == "ccomp" for g in c.children))
            and (attr.verb is None or c.i != attr.verb.i)
        ]
        # "X has said A, and Y said on Tuesday B": a coordinated clause with a subject of its own is another
        # statement, and its day is its own
        if attr.verb is not None:
            asides += [
                (v.left_edge.idx, v.right_edge.idx + len(v.right_edge.text))
                for v in attr.verb.sent
                if v.dep_ == "conj"
                and v.pos_ in ("VERB", "AUX")
                and v.i != attr.verb.i
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                and not v.left_edge.i <= attr.verb.i <= v.right_edge.i
            ]
            # "X said the bill would be 610 million, double the 220 million the company estimated on Monday": a
            # clause on a noun of what is said has its own day too
            asides += [
                (v.left_edge.idx, v.right_edge.idx + len(v.right_edge.text))
                for v in attr.verb.sent
                if v.dep_ in ("relcl", "acl")
                and v.pos_ == "VERB"
                and v.head.i > attr.verb.i
                and not v.left_edge.i <= attr.verb.i <= v.right_edge.i
            ]
        return asides

    def date_of(self, attr: _Attr, contents: list[tuple[int, int]]) -> str | None:
        """A date written in the attribution clause but in no reported content ("said on Thursday").

        The clause runs from the source on, so a date shared by coordinated cues counts for each:
        "The minister on Thursday did not deny … and said …".
        """
        cs, ce = attr.clause
        cs = min(cs, attr.attribution_span()[0])
        in_clause = [d for d in self.dates if cs <= d.start and d.end <= ce]
        asides = self._asides(attr) if in_clause else []
        for d in in_clause:
            inside = not any(a <= d.start < b for a, b in [*contents, *asides])
            if inside and not self._dates_a_figure(d) and not self._opens_a_period(d):
                return d.value
        said_on = self._day_of_the_cue(attr) or self._day_when_said(attr)
        if said_on is not None:
            return said_on
        # "according to the agency, which gave that figure on Thursday": a relative clause on the source that
        # says when it spoke,
        # and "according to figures from the office published on Wednesday": a clause in the source's phrase
        for clause in (c for c in attr.source.subtree if c.dep_ in ("relcl", "acl") and _lemma(c) in _GIVING):
            first, last = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
            found = [d for d in self.dates if first <= d.start and d.end <= last and d.granularity == "day"]
            if found:
                return found[0].value
        return None

    def _day_of_the_cue(self, attr: _Attr) -> str | None:
        """A day hung on the cue verb right after it, inside the content it splits ("A lorry overturned, the roads
        office said on Tuesday, as floodwater closed …"): the statement's day."""
        verb = attr.verb
        if verb is None:
            return None
        for d in self.dates:
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or d.start < attr.cue[1] or self.text[attr.cue[1] : d.start].strip(" ") not in ("", "on"):
                continue
            if span.root.head.i == verb.i or (span.root.head.dep_ == "prep" and span.root.head.head.i == verb.i):
                return d.value
        return None

    def _day_when_said(self, attr: _Attr) -> str | None:
        """The day a "when" clause of saying follows ("a short notice on June 4, when the board said that …"): the
        statement's day."""
        verb = attr.verb
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None) if verb else None
        if when is None or when.i == 0:
            return None
        before = self.text[: when.idx].rstrip(" ,")
        d = next((d for d in self.dates if d.end == len(before) and d.granularity == "day"), None)
        return d.value if d is not None else None

    def _opens_a_period(self, d: DateMention) -> bool:
        """Is the date where a period starts or ends ("has announced 265 closures since Aug. 12"), no day of saying?"""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        return span is not None and span.root.head.lower_ in REFERENCE_PREPS

    def _dates_a_figure(self, d: DateMention) -> bool:
        """Does the date hang on a figure rather than on the saying ("…, up from 48% a week ago")?"""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                return False
            tok = tok.head
            # a noun a number counts, or a phrase ("up from 48%") whose object one counts
            phrase = tok.dep_ == "prep" and any(counted_by_another(c) for c in tok.children if c not in span)
            if counted_by_another(tok) or phrase:
                return True
        return False


_NOT_NAMED = re.compile(r"(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b", re.IGNORECASE)


def _terms_of_speaking(attr: _Attr, text: str) -> bool:
    """Is the attribution only the terms a source spoke on: "asked not to be named", or "(speaking on condition
    of anonymity) to discuss the talks", an infinitive of purpose under those terms?"""
    if _NOT_NAMED.match(text, attr.start):
        return True
    verb = attr.verb
    if verb is None or verb.tag_ != "VB" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    return any(t.lemma_.lower() in words("speaking_terms") and t.i < verb.i for t in verb.head.subtree)


def _outermost(found: list[_Attr]) -> list[_Attr]:
    """Drop attributions reported inside another one's content ("X said that, he believed, …").

    The outer source vouches for the whole content; PARC-style annotation (PolNeAR) keeps only the
    outer relation. "According to" is the exception: its clause is the attribution it qualifies. So is
    a coordinated or adverbial clause with a source of its own, a pronoun too ("X said A, and Y said B", "X warned of A
    while Y argued B"): the outer content ends before that clause.
    """
    outer = [a for a in found if not a.according]
    # outer contents by start, to find those holding a position without a pass over all of them
    order = sorted(range(len(outer)), key=lambda i: outer[i].start)
    starts = [outer[i].start for i in order]
    longest = max((o.end - o.start for o in outer), default=0)  # contents only shrink below

    def holding(a: _Attr) -> _Attr | None:
        """The first outer content (in ``outer``'s order) other than ``a`` holding ``a``'s cue."""
        pos, best = a.cue[0], None
        k = bisect_right(starts, pos) - 1
        while k >= 0 and starts[k] >= pos - longest:
            i = order[k]
            o = outer[i]
            if o is not a and o.start <= pos < o.end and (best is None or i < best):
                best = i
            k -= 1
        return outer[best] if best is not None else None

    # "A expects X, its finance chief told investors": the parser may take the attribution set after the clause for
    # a second complement of the clause's own cue, whose content then runs on over it; it ends where the clause does
    for a in outer:
        if not a.set_after:
            continue
        for o in outer:
            if o is not a and a.start <= o.cue[0] < a.end and o.start <= a.cue[0] < o.end:
                o.end = a.end
    for a in sorted(found, key=lambda a: -a.cue[0]):
        host = holding(a)
        cut = _coordinate_start(a, host) if host is not None else None
        if host is not None and cut is not None:
            host.end = cut
    return [a for a in found if holding(a) is None]


_CLAUSE_LINKS = frozenset({"and", "but", "or", "yet", "so", "while", "whereas", "as", "though", "although"})


def _coordinate_start(inner: _Attr, host: _Attr) -> int | None:
    """Where ``host``'s content should end when ``inner`` is a clause of its own inside it (see above)."""
    verb = inner.verb
    if verb is None or verb.dep_ not in ("conj", "advcl", "ccomp") or inner.source.dep_ != "nsubj":
        return None
    if inner.source.head.i != verb.i or inner.source.tag_ in ("WP", "WDT"):
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # "…, and that he thinks …" goes on with the same report; "…, and he criticized …" does not
    doc = verb.doc
    k = verb.left_edge.i
    opening = inner.source.left_edge.i
    if k < opening and doc[opening - 1].text == ";":
        k = opening  # "it said A; the police said B", A hung on the second verb: its clause opens after the semicolon
    if doc[k].lower_ not in _CLAUSE_LINKS:
        k -= 1
        if k < 0 or (doc[k].text not in (",", ";") and doc[k].lower_ not in _CLAUSE_LINKS):
            return None  # only a clause set off by a comma, a semicolon or a conjunction
    while k >= 0 and (doc[k].is_punct or doc[k].is_space or doc[k].lower_ in _CLAUSE_LINKS):
        k -= 1
    if (
        k < 0
        or doc[k].idx < host.start
        or len(doc.char_span(host.start, doc[k].idx + 1, alignment_mode="expand") or []) < 3
    ):
        return None
    return doc[k].idx + len(doc[k].text)


_SENTENCE_STOP = re.compile(r"[.!?]+[\"”’']?(?:\s+|$)")


def _one_sentence(gap: str) -> bool:
    """Is ``gap`` (between a closing quotation mark and the next opening one) the rest of one sentence, of at
    most 30 words and no quotation marks? A stop after a short capitalised word or an initialism ("Lt.",
    "Co.", "U.S.") ends no sentence."""
    if len(gap.split()) > 30 or any(ch in gap for ch in '“”"\n') or "''" in gap or "``" in gap:
        return False
    stops = 0
    for m in _SENTENCE_STOP.finditer(gap):
        word = gap[: m.start()].rsplit(None, 1)[-1] if gap[: m.start()].strip() else ""
        word = word.strip("([{")
        if "." in word or (len(word) <= 3 and word[:1].isupper()):
            continue
        stops += 1
        if m.end() < len(gap.rstrip()):
            return False  # a sentence of its own before the last
    return stops == 1


def _end(attr: _Attr) -> int:
    """Where an attribution ends: its content, cue or last quotation, whichever is last."""
    return max(attr.end, attr.cue[1], attr.quotes[-1].close if attr.quotes else attr.end)


def _line_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


def _transcript_labels(lines: list[re.Match[str]]) -> frozenset[str]:
    """The labels in capitals of a transcript's turns among a page's colon lines: two different ones or more, each
    opening a line before a colon ("TOM BRACKE:", "FELL:"), and no page's label ("UPDATE:") among them; empty
    when there is no such transcript."""
    labels = {
        m.group(2) for m in lines if _TURN_LABEL.fullmatch(m.group(2)) and m.group(2).isupper() and len(m.group(2)) > 1
    }
    labels = {label for label in labels if fold(label) not in words("page_labels")}
    return frozenset(labels) if len(labels) >= 2 else frozenset()


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, edge commas and dashes, and quotation marks left at the edge of a content span."""
    edge = ' \t\n,;:—–“”"«»'
    m = _DATELINE.match(text, start, end)
    if m is not None:
        start = m.end()  # "VELMONT ― The ministry said …": the dateline is the outlet's, not content
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def extract_quotes(doc: Doc, speakers: SpeakerResolver, dates: list[DateMention]) -> list[Quote]:
    """Direct, mixed and indirect attributions of ``doc`` with speakers resolved by ``speakers``, in text order."""
    ex = _Extractor(doc, speakers, dates)
    found, bare = ex.syntactic()
    attrs = ex.attach_quotes(found, bare)
    quotes = ex.to_quotes(attrs)
    quotes.sort(key=lambda q: q.start)
    text = doc_text(doc)
    return _join_turns(_with_complementiser(quotes, text), text)


# "said that …": the reported clause starts at its complementiser, as attribution corpora (PARC, PolNeAR) draw it
_COMPLEMENTISER = re.compile(r"\bthat,?\s*[“\"‘']*\s*$", re.IGNORECASE)


def _with_complementiser(quotes: list[Quote], text: str) -> list[Quote]:
    for q in quotes:
        m = _COMPLEMENTISER.search(text, max(0, q.start - 12), q.start)
        if m is not None and q.cue is not None and q.cue.end <= m.start():
            q.start = m.start()
            q.text = text[q.start : q.end]
    return quotes


def _join_turns(quotes: list[Quote], text: str) -> list[Quote]:
    """One attribution per speaker's turn in a paragraph: '“A,” she said. “B.”' is one content from A to B.

    The fragments stay in ``spans``; ``text`` is the quoted words only, the fragments joined by " … ".
    """
    joined: list[Quote] = []
    for q in quotes:
        prev = joined[-1] if joined else None
        if prev is not None and prev.cue != q.cue:
            # '“A,” she said, noting that B. “C.”': the turn runs on over a report of her own between its fragments
            k = len(joined) - 2
            while k > len(joined) - 5 and k >= 0 and joined[k].cue != q.cue and joined[k].end <= joined[k + 1].start:
                k -= 1
            if k >= 0 and joined[k].end <= joined[k + 1].start and all(x.end <= q.start for x in joined[k + 1 :]):
                prev = joined[k]
        if prev is not None and prev.kind == "direct" and len(joined) > 1:
            host = joined[-2]
            if host.kind == "mixed" and host.cue == prev.cue and host.start <= prev.start and prev.end <= host.end:
                prev = host  # 'Later, “A,” she said. “B.”': the turn goes on from the mixed words
        if (
            prev is not None
            and q.cue is not None
            and prev.cue == q.cue
            and prev.speaker == q.speaker
            and q.start >= prev.end
            and "\n" not in text[prev.end : q.start]
        ):
            prev.spans = [*(prev.spans or [(prev.start, prev.end)]), (q.start, q.end)]
            prev.end = q.end
            prev.text = quote_text(text, prev.spans)
            if prev.kind != q.kind:
                prev.kind = "mixed"
            prev.polarity = prev.polarity or q.polarity
            prev.date = prev.date or q.date
            prev.medium = prev.medium or q.medium
            continue
        joined.append(q)
    return joined
