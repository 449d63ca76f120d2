"""Small readings of the dependency parse that several stages share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .docindex import doc_text, ents_within
from .lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "according_source",
    "after_a_dash",
    "believed_of",
    "closes_its_sentence",
    "lemma_in",
    "name_before",
    "named_before_its_relative",
    "opens_on_a_circumstance",
    "own_subjects",
    "owner_of_a_relative_clause",
    "owner_of_its_own",
    "postposed_subject",
    "subject_of",
    "subject_read_as_an_object",
]

# how many words before its verb a source phrase may start ("…, Teo Vell, the agency's risk manager, said")
_SOURCE_REACH = 40


def _stems(word: str) -> set[str]:
    """Base forms a regular inflected word may come from: "fined" → fine, "cutting" → cut, "cited" → cite."""
    out = {word}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "cutting", "stopped"
            if suffix == "ed" and stem.endswith("i"):
                out.add(stem[:-1] + "y")  # "tallied"
    return out


def lemma_in(tok: Token, lexicon: frozenset[str]) -> bool:
    """Is the word's lemma in ``lexicon``? The small model's lemmas are sometimes wrong ("fined" → "fin"),
    so the regular base forms of the written word count too."""
    return tok.lemma_.lower() in lexicon or not lexicon.isdisjoint(_stems(tok.lower_))


def inverted_subject(verb: Token) -> Token | None:
    """'“…,” wrote Vell in a note': after a closing quotation mark, the name right after the verb is its
    subject, even where the parser reads it as the object."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in ("”", '"', "''") or verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    if after.dep_ in ("dobj", "attr", "npadvmod") and after.head.i == verb.i and after.pos_ == "PROPN":
        return after
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # '“…,” answering questions': a participle is inverted with no subject
    # '“…,” read a statement from the mission': a noun phrase right after a finite verb is its subject too
    return next(
        (c for c in verb.children if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN" and c.left_edge.i == verb.i + 1),
        None,
    )


# words that open a clause of time or condition ("when the merger completes, …")
_SUBORDINATORS = frozenset(("when", "whenever", "after", "before", "until", "once", "if", "unless", "while"))


def own_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, without a clause the parser made one: "Orla Kessan, who retires once talks end, said"
    may give "said" the subject "end" (read as a noun after "once", or as a verb): a subject a subordinating word
    of such a verb opens and a comma closes before the verb."""
    doc = verb.doc
    # (only for a verb the parser hung inside a relative clause, where the clause's name is the subject instead)
    inside = any(a.dep_ == "relcl" for a in verb.ancestors)
    opened = [c.i for c in verb.children if inside and c.dep_ in ("advmod", "mark") and c.lower_ in _SUBORDINATORS]

    def a_clause(subject: Token) -> bool:
        if subject.pos_ in ("VERB", "AUX") and not subject.ent_type_:  # (not a name the tagger read as a verb)
            return True
        closed = subject.i < verb.i and any(t.text == "," for t in doc[subject.i + 1 : verb.i])
        return closed and any(m < subject.left_edge.i for m in opened)

    return [c for c in verb.children if c.dep_ == "nsubj" and not a_clause(c)]


def subject_of(verb: Token) -> Token | None:
    """Who speaks: the subject, the agent of a passive, or X in "quoted X as saying"."""
    if verb.lemma_ in ("quote", "cite") and any(c.lower_ == "as" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    subjects = own_subjects(verb)
    if len(subjects) > 1 and subjects[1].i == subjects[0].right_edge.i + 1 and subjects[1].pos_ == "PROPN":
        # "tracking service DownCount counted": a noun and the name right after it, split by the parser
        return subjects[1]
    if subjects:
        return after_a_dash(subjects[0])
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    return subject_read_as_an_object(verb) or name_before(verb)


# words that open a clause but can be read as a preposition ("after the panel found …")
_PREPOSITION_LIKE = frozenset(("after", "before", "since", "until", "as", "because"))


def subject_read_as_an_object(verb: Token) -> Token | None:
    """The subject of a clause whose opening word the parser read as a preposition, its subject as that word's
    object, and the verb apart ("face a fine after an independent panel of the league found that …"): the
    phrase right before the verb."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPOSITION_LIKE or prep.i > verb.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i + 1 == verb.i:
            return obj
    return None


_DASHES = ("—", "–", "―")


def after_a_dash(subject: Token) -> Token:
    """The subject a dash, a colon or a semicolon sets apart from what the parser hung it on: "KESSA, Velostra —
    President Ostap Vell promised" (a dateline, then who), "- Passengers: the patrols had counted 23; the harbour
    master, Ines Calder, reported 31" (a list line's topic and another clause, then who): the apposition after the
    mark."""
    doc = subject.doc
    for c in subject.children:
        if c.dep_ != "appos" or c.i < subject.i:
            continue
        between = {t.text for t in doc[subject.i : c.left_edge.i]}
        if between & {*_DASHES, ";"} or (":" in between and _labels_its_line(subject)):
            return c
    return subject


def _labels_its_line(tok: Token) -> bool:
    """Is ``tok`` a list line's label, the first word of its line (after a bullet) right before a colon ("- Fishermen:
    the governor of Harnvik, Ines Calder, said …")?"""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    text = doc_text(doc)
    return not text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip(" \t-•*·–—")


def name_before(verb: Token, *, over_commas: bool = True) -> Token | None:
    """A name just before a verb the parser left without a subject: "…, the Kessa Relief Authority (KRA) also
    reported that", "In a post on Telegram, governor Oleh Marchuk said" (the name hung on the platform). A
    passive verb's subject is what is stated, not who states it ("the Green Union is expected to win 20 seats").
    ``over_commas``: also a name closing a parenthesis or an apposition ("…, Justice Ana Ruiz, also sentenced")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i and subject_of(verb.head) is not None:
        return None  # "X claimed the attack on hospitals in Kessa, saying …": X says it, not the place before
    i = verb.i - 1
    while i >= 0 and (
        (verb.doc[i].pos_ in ("ADV", "AUX") and not _a_name_mistagged(verb.doc[i]))
        or (over_commas and verb.doc[i].text in (")", ","))
    ):
        i -= 1  # "…, Justice Ana Ruiz, also sentenced": the parser hangs the name on an opening participle
    # "the Orran Lifeboat Society, working from its own logs, said": the name before the participle set off
    aside = next(
        (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i <= i <= c.right_edge.i),
        None,
    )
    if over_commas and aside is not None and aside.left_edge.i > 0 and verb.doc[aside.left_edge.i - 1].text == ",":
        i = aside.left_edge.i - 2
    if over_commas and (owner := owner_of_a_relative_clause(verb)) is not None:
        return owner
    if (
        i >= 0
        and verb.doc[i].ent_type_ in ("ORG", "PERSON")
        and (verb.doc[i].pos_ == "PROPN" or _a_name_mistagged(verb.doc[i]))
    ):
        return verb.doc[i]
    return None


def owner_of_a_relative_clause(verb: Token) -> Token | None:
    """The name a verb right after a relative clause set off by commas belongs to, when the parser hung the verb
    inside that clause: "Orla Kessan, who retires once talks end, said" is Orla Kessan saying."""
    relative = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if (
        relative is not None
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and relative.head.ent_type_ in ("ORG", "PERSON")
        and relative.head.pos_ == "PROPN"
        and relative.left_edge.i > 0
        and verb.doc[relative.left_edge.i - 1].text == ","
    ):
        return relative.head
    return None


def according_source(according: Token) -> tuple[Token, int] | None:
    """(the source's head, the index of its last word) in "according to X": the object of "to"; but an opening
    "According to the KGO, farm prices rose" ends its source at the comma, however far the parser ran it."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None and according.i + 1 < len(according.doc) and according.nbor(1).lower_ == "to":
        to = according.nbor(1)
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    end = src.right_edge.i
    doc = according.doc
    if according.is_sent_start or (according.i > 0 and doc[according.i - 1].dep_ == "cc"):
        # (the parser took a word after the comma for the object: "the KGO, farm prices" read as one phrase)
        comma = next((t.i for t in doc[to.i + 1 : src.i] if t.text == ","), None)
        if comma is not None and comma > to.i + 1:
            phrase = doc[to.i + 1 : comma]
            # (its head: a noun or name the parser hung outside it, not a determiner it hung there too)
            heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end and t.pos_ in ("NOUN", "PROPN")]
            heads = heads or [t for t in phrase if t.ent_type_ or t.pos_ in ("NOUN", "PROPN")]
            return (heads[-1] if heads else phrase.root), comma - 1
    return src, end


def _a_name_mistagged(tok: Token) -> bool:
    """A capitalised word the tagger calls a name but the parser an adverb or the like ('"…," Belkacem told the
    paper', the name read as "advmod")."""
    return tok.ent_type_ in ("ORG", "PERSON") and tok.text[:1].isupper() and tok.pos_ in ("ADV", "ADJ", "X", "INTJ")


def opens_on_a_circumstance(words: Span) -> bool:
    """Does the stretch between a comma and a verb of saying open on a preposition ("up from the 1,200 the club
    reported", "over the 40 the agency counted")? Then it is a circumstance holding a reduced relative clause,
    not the source of an attribution set after its clause ("…, the club reported"); or on a subordinating
    conjunction ("…, while its broadband business added 35,000"): a clause of its own."""
    first = next((t for t in words if not t.is_space), None)
    if first is None:
        return False
    if first.pos_ == "ADV" and first.i + 1 < words.end:
        first = first.doc[first.i + 1]  # "up from", "well above"
    if first.lower_ != "as" and (first.pos_ == "SCONJ" or first.dep_ == "mark"):
        return True
    return first.pos_ == "ADP" and first.lower_ != "as" and first.dep_ == "prep"


def postposed_subject(verb: Token, after: int) -> Token | None:
    """The speaker in "…, Vice President Lena Brandt said": named between the last comma and the verb."""
    doc = verb.doc
    subj = subject_of(verb)
    if subj is not None and subj.i > verb.i:
        return subj  # "…, said Vice President Lena Brandt"
    # a source phrase is short: look back a bounded stretch, so that a long run-on sentence stays linear
    i = verb.i - 1
    stop = max(-1, verb.i - _SOURCE_REACH)
    while i > stop and doc[i].idx >= after and doc[i].text not in (",", "”", '"', ";"):
        i -= 1
    if i <= stop or doc[i].idx < after:
        return None
    window = doc[i + 1 : verb.i]
    if opens_on_a_circumstance(window):
        return None
    window_ents = ents_within(doc, window.start, window.end)
    if not window_ents:
        # "…, Teo Vell, risk manager of the VRA, said": a person opening an appositive chunk
        chunk = ents_within(doc, max(0, verb.i - 30), verb.i)
        opened = [e for e in chunk if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].text == ","]
        opened = [e for e in opened if e.start_char > after]
        if opened:
            return opened[-1].root
    for label in ("PERSON", "ORG", "GPE", "NORP"):
        found = [e for e in window_ents if e.label_ == label]
        if found:
            return found[-1].root
    if subj is not None and window.start <= subj.i < window.end:
        return subj
    return _source_hung_as_apposition(verb) if subj is None else None


def _source_hung_as_apposition(verb: Token) -> Token | None:
    """ "… in Kessa, the country's health ministry said": a verb with no subject, whose source phrase, right before
    it after a comma, the parser hung as an apposition on the noun before the comma."""
    doc = verb.doc
    i = verb.i - 1
    stop = max(-1, verb.i - _SOURCE_REACH)
    while i > stop and doc[i].text != ",":
        i -= 1
    if i <= stop:
        return None
    window = doc[i + 1 : verb.i]
    heads = [t for t in window if not window.start <= t.head.i < window.end]
    if len(heads) == 1 and heads[0].dep_ == "appos" and heads[0].pos_ in ("NOUN", "PROPN"):
        return heads[0]
    return None


def closes_its_sentence(tok: Token) -> bool:
    """Does the phrase ``tok`` heads end its sentence: nothing but punctuation after it ("…, according to X.")?"""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.right_edge.i + 1 : tok.sent.end])


def clause_before_a_colon(verb: Token) -> Token | None:
    """The clause closed by a colon that the parser hung on a later verb with a subject of its own ("the numbers
    are higher: Ana Roe of the Forum puts them at 1,500"): the verb after the colon makes a statement of its own,
    not one part of what the clause before it reports."""
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.right_edge.i + 1 < verb.i
            and ":" in (doc[c.right_edge.i].text, doc[c.right_edge.i + 1].text)
        ),
        None,
    )


def named_before_its_relative(verb: Token) -> tuple[Token, Token] | None:
    """(name, clause) when the parser made a relative clause set off after a name the verb's complement before it
    ("Orla Pike, whose brother is still missing, said she …" with "Pike … is still missing" hung on "said"): the
    name is who speaks, and that clause is no part of what is said."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        name = next(
            (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in ("PERSON", "ORG")), None
        )
        if name is None:
            continue
        relative = next((t for t in doc[name.i + 1 : clause.i] if t.tag_ in ("WP", "WP$", "WDT")), None)
        if relative is not None and doc[relative.i - 1].text == ",":
            return name, clause
    return None


def believed_of(verb: Token) -> bool:
    """Is the verb a passive with its "be" left out ("30 unaccounted for, several of them believed to be aboard the
    ferry"): a verb of belief or report written as a participle, with an infinitive and no auxiliary of its own? It
    says what its subject is thought to be; the statement holding it is whoever's states it."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in words("believed_of_verbs")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # (the infinitive right after it: "said, '… and to say that …'" is a report with a quotation)
        and after is not None
        and after.tag_ == "TO"
        and any(c.dep_ == "xcomp" and after in c.children for c in verb.children)
    )


def owner_of_its_own(pronoun: Token) -> Token | None:
    """The subject "its own" or "their own" belongs to: its clause's subject, named before it ("a tally the
    pilots' guild rejected with its own count"), also when the parser set a clause with no relative word beside
    its noun and left its subject as the noun's apposition; a body or a person, never a thing. None for another
    possessive."""
    after = pronoun.doc[pronoun.i + 1] if pronoun.i + 1 < len(pronoun.doc) else None
    if pronoun.tag_ != "PRP$" or pronoun.lower_ not in ("its", "their") or after is None or after.lower_ != "own":
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = subject_of(verb)
    if subject is None and verb.dep_ in ("acl", "relcl"):
        subject = next((c for c in verb.head.children if c.dep_ == "appos" and verb.head.i < c.i < verb.i), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    # (one who can own a count: "the new figure was below its own count" is the speaker's, not the figure's)
    owner = subject.ent_type_ in ("ORG", "PERSON") or subject.lemma_.lower() in words("org_nouns")
    return subject if owner else None
