"""Named entities with canonical names resolved within the article.

spaCy's NER finds the mentions; we normalise each one ("the Harbour Board" → "Harbour Board", "Mr. Marr" →
"Marr", "Norvania’s" → "Norvania") and resolve short person mentions to the fullest name the article uses
for the same person ("Eklund" → "Jonas Eklund"), preferring a full name seen earlier.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..extract.dateline import split_dateline
from ..names import acronym_of, given_name_gender, is_acronym, looks_like_org, nation_of, role_words, spells_its_kind
from ..record import Entity
from .docindex import doc_text, later_datelines, lower_case_words, tokens
from .lexicon import table, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "HONORIFICS",
    "LABELS",
    "a_role_or_its_place",
    "business_title_at",
    "extract_entities",
    "in_title_case_line",
    "names_an_event",
    "normalise_name",
    "resolve_person",
]


LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}

# Courtesy and rank words written before a name are not part of it ("Foreign Minister Dmytra Kolvak").
HONORIFICS = words("titles")

# the trades a business is described by, which open no business's name ("Carmaker Halvern"), unlike "Company"
_TRADES = words("commercial_nouns") - {"company", "firm", "business", "corporation", "giant"}
_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_DASH = re.compile(r"^[\s―—–]+")
_EDGE = " \t\r\n,;:!?\"“”‘’'()[]―—–-"


def _strip_stop(name: str) -> str:
    """Drop a sentence stop glued to a name ("X."), but keep the stops of "U.S."."""
    return name[:-1] if name.endswith(".") and name.count(".") == 1 and len(name) > 2 else name


def _dateline_places(dateline: str | None) -> set[str]:
    """The places a dateline split off the body names, folded: "KESSA, Velostra (Ledger)" → kessa, velostra
    (the agency in brackets is no place)."""
    if not dateline:
        return set()
    parts = re.sub(r"\([^)]*\)", "", dateline).split(",")
    return {p.strip(_EDGE).casefold() for p in parts if p.strip(_EDGE)}


def _joined_persons(body: str, raw: list[_Raw]) -> list[_Raw]:
    """Two person names the tagger split at the space between them are one ("Mayor Tove Rask" found as "Tove"
    and "Rask")."""
    out: list[_Raw] = []
    for r in raw:
        prev = out[-1] if out else None
        if prev is not None and prev[1] == r[1] == "PERSON" and body[prev[3] : r[2]] == " ":
            text = body[prev[2] : r[3]]
            out[-1] = (text, "PERSON", prev[2], r[3], normalise_name(text, "PERSON") or text)
            continue
        out.append(r)
    return out


def _opening_role(tok: Token) -> bool:
    """Is ``tok`` a role noun capitalised only because it opens the sentence ("Midfielder", "Pensioner",
    "Epidemiologist": a trade by its ending), not a given name?"""
    return (
        bool(tok.is_sent_start)
        and tok.text[1:].islower()
        and (
            tok.lower_ in words("person_nouns")
            or tok.lower_ in words("speaking_nouns")
            or tok.lower_.endswith(tuple(words("person_noun_endings")))
        )
        and given_name_gender(tok.text) is None
    )


def _role_opening_a_sentence(ent: Span) -> bool:
    """Does a person's name the tagger found start with a role noun capitalised to open the sentence
    ("Midfielder Arno Kell", "Statistician Jonas Berg")?"""
    return _opening_role(ent[0]) and all(t.text[:1].isupper() for t in ent[1:])


def _name_after_a_title(ent: Span) -> int | None:
    """Where a person's name starts inside a name the tagger ran on from a title before it ("Velle District
    Magistrate Tomasz Orvel", "Deputy Governor Ana Varn"): the given name right after the last title word, with
    one or two capitalised words ending the name; None when there is no such title or given name."""
    titles = words("titles")
    for k in range(len(ent) - 2, 0, -1):
        if ent[k].lower_ not in titles or not ent[k].text[:1].isupper():
            continue
        rest = ent[k + 1 :]
        if (
            2 <= len(rest) <= 3
            and given_name_gender(rest[0].text) is not None
            and all(t.text[:1].isupper() for t in rest)
        ):
            return int(rest[0].idx)
        return None
    return None


_NAMING_VERBS = frozenset({"know", "call", "name", "dub", "nickname", "brand"})


def _names_a_thing(ent: Span) -> bool:
    """Is the name one the article gives a thing ("the signalling system, known as Pellar", "a tool called
    Ledgerline"): the object of a verb of naming on a noun that names no person, group or body?"""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ not in ("pobj", "oprd", "attr", "dobj") or verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    thing = verb.head.lemma_.lower()
    return verb.head.pos_ == "NOUN" and not any(
        thing in words(kind) for kind in ("agent_nouns", "org_nouns", "person_nouns")
    )


def _described_as_a_body(ent: Span) -> bool:
    """Is the name set beside a description of a business in apposition ("Norrvale, the Oslund-based maker of
    accounting software, …")?"""
    kinds = words("commercial_nouns") | words("generic_org_nouns")
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    # the apposition right after the comma, not one further on ("X, a founder of C2I, a company …")
    return any(
        c.dep_ == "appos" and c.left_edge.i == ent.end + 1 and c.lemma_.lower() in kinds for c in ent.root.children
    )


def _described_as_a_person(ent: Span) -> bool:
    """Is the name set off by its age or by a person's noun in apposition ("Mara Quill, 63, a retired teacher
    from Velle, said")? A body has no age and is no teacher."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    after = doc[ent.end + 1]
    if after.like_num and after.i + 1 < len(doc) and doc[after.i + 1].text == "," and after.text.isdigit():
        return 0 < int(after.text) < 120
    if after.lower_ == "who" and len(ent) in (2, 3) and all(t.text[:1].isupper() for t in ent):
        # "Marit Sorrelby, who runs the alliance's desk": a person's name of two or three words (a body is "which")
        return not any(t.lower_ in words("org_words") for t in ent)
    return any(
        c.dep_ == "appos" and c.left_edge.i == ent.end + 1 and c.lemma_.lower() in words("person_nouns")
        for c in ent.root.children
    )


def _named_after_a_role(ent: Span) -> bool:
    """Is the name, opening on a given name, set off by a comma after a role "of" a place or body ("The mayor of
    Kessa, Tove Marsk, said")? The parser hangs it on the place, the tagger may call it one."""
    doc = ent.doc
    if ent.start < 4 or doc[ent.start - 1].text != "," or given_name_gender(ent[0].text) is None:
        return False
    place = doc[ent.start - 2]
    return place.dep_ == "pobj" and place.head.lower_ == "of" and a_role_or_its_place(place)


def _after_a_courtesy_word(ent: Span) -> bool:
    """Is the name a courtesy word and one or two capitalised words that are no body's ("Ms Orvik said")? Only a
    person is called so ("Dame Orla Lifeboat Trust" runs on)."""
    return (
        len(ent) in (2, 3)
        and ent[0].lower_.rstrip(".") in words("courtesy")
        and all(t.text[:1].isupper() and t.lower_ not in words("org_words") for t in ent[1:])
    )


def _first_name_before(ent: Span) -> bool:
    """Is a one-word name right after a capitalised word the tagger left out that is written as its first name
    (a compound of it, opening the sentence or after a comma: "Anka Marsk, 58, keeps goats …")?"""
    if ent.start == 0:
        return False
    first = ent.doc[ent.start - 1]
    opens = first.i == 0 or first.is_sent_start or ent.doc[first.i - 1].text in (",", "(")
    return (
        first.pos_ == "PROPN"
        and first.dep_ == "compound"
        and first.head.i == ent.root.i
        and not first.ent_type_
        and opens
    )


def _sites_named(doc: Doc) -> set[str]:
    """Names of sites an owner runs, written between the owner and the site's noun ("its Varn plant", "the
    company's Varn site"): places, wherever else the article writes them."""
    found = set()
    sites = words("facility_nouns")
    toks = tokens(doc)
    for tok in toks:
        if not (tok.is_lower and tok.lemma_.lower() in sites):
            continue
        end = tok.i  # past what the site yields or does ("the company's Varn coal depot", "its Pell gas plant")
        while end > tok.i - 2 and end > 0 and toks[end - 1].is_lower and toks[end - 1].dep_ in ("compound", "amod"):
            end -= 1
        if end > 0 and toks[end - 1].pos_ == "PROPN":
            k = end - 1
            while k > 0 and toks[k - 1].pos_ == "PROPN":
                k -= 1
            owner = toks[k - 1] if k > 0 else None
            if owner is not None and owner.tag_ in ("PRP$", "POS"):
                found.add(doc[k:end].text)
    return found


def _after_a_body_noun(doc: Doc, start: int) -> bool:
    """Does a lower-case noun for a kind of body stand right before the name, as its title ("grid operator
    Velenergo", "carmaker Halvern", "the group Grey Harbour")?"""
    if start == 0:
        return False
    before = doc[start - 1]
    kinds = words("org_nouns") | words("commercial_nouns") | words("generic_org_nouns")
    return before.text.islower() and before.pos_ == "NOUN" and before.lemma_.lower() in kinds


def traded(ent: Span) -> bool:
    """Is the name one whose shares are spoken of ("Pellar's shares", "Pellar shares fell", "shares in Pellar", "a
    stake in Pellar", ``equity_nouns.txt``)? Only a company is traded."""
    doc, equity = ent.doc, words("equity_nouns")
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.tag_ == "POS" and ent.end + 1 < len(doc):
        after = doc[ent.end + 1]
    if after is not None and after.lemma_.lower() in equity and after.tag_ in ("NN", "NNS"):
        return True
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lemma_.lower() in equity


def _before_its_clientele(ent: Span) -> bool:
    """Is the name written right before, or owning, the people only a business serves for payment ("Pellar
    customers", "Pellar's subscribers", ``clientele_nouns.txt``), and no nation's?"""
    doc = ent.doc
    at = ent.end + 1 if ent.end < len(doc) and doc[ent.end].tag_ == "POS" else ent.end
    return (
        at < len(doc)
        and doc[at].tag_ == "NNS"
        and doc[at].lemma_.lower() in words("clientele_nouns")
        and nation_of(ent.text) is None
    )


def _before_a_business_title(ent: Span) -> bool:
    """Is the name written right before a title only a business's officers hold ("Merrow chief executive Ana Brel",
    "Pellar's CFO", ``business_titles.txt``)? The name is the business that employs them."""
    doc = ent.doc
    at = ent.end + 1 if ent.end < len(doc) and doc[ent.end].tag_ == "POS" else ent.end
    return at < len(doc) and nation_of(ent.text) is None and _title_at(doc, at)


def _names_the_tagger_missed(doc: Doc) -> list[Span]:
    """Names of bodies the tagger missed, as bodies: one to three capitalised proper nouns right before a title only
    a business's officers hold ("Merrowport chief executive Tomas Varn", of a bakery chain: the business that
    employs them), and an acronym before the words of its body's kind that it ends on the initials of ("the
    official KNA news agency": the body's own short name, though the tagger may take it for an adjective)."""
    from spacy.tokens import Span

    tagged = {t.i for ent in doc.ents for t in ent}
    out: list[Span] = []
    toks = tokens(doc)
    for tok in toks:
        if tok.i in tagged:
            continue
        if tok.is_lower and _title_at(doc, tok.i):
            end = tok.i - 1 if tok.i and toks[tok.i - 1].tag_ == "POS" else tok.i
            start = end
            while (
                start > 0 and end - start < 3 and toks[start - 1].pos_ == "PROPN" and toks[start - 1].text[:1].isupper()
            ):
                start -= 1
            if start < end and not any(t.i in tagged for t in doc[start:end]):
                out.append(Span(doc, start, end, label="ORG"))
        if tok.dep_ not in ("compound", "amod", "nmod") or not is_acronym(tok.text):
            continue
        head = tok.head
        if (
            head.i > tok.i
            and head.lemma_.lower() in words("org_nouns")
            and all(t.is_lower for t in doc[tok.i + 1 : head.i + 1])
            and spells_its_kind(tok.text, doc[tok.i + 1 : head.i + 1].text)
        ):
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def _title_at(doc: Doc, i: int) -> bool:
    """Does a title only a business's officers hold (``business_titles.txt``) start at token ``i``?"""
    return business_title_at(doc, i) is not None


def business_title_at(doc: Doc, i: int) -> str | None:
    """The longest title only a business's officers hold (``business_titles.txt``) that starts at token ``i``."""
    if tokens(doc)[i].lower_ not in _business_title_openers():
        return None  # most words open none: the common case, read once per word of the article
    following = " ".join(t.lower_ for t in doc[i : i + 4])
    found = [t for t in words("business_titles") if following == t or following.startswith(t + " ")]
    return max(found, key=lambda t: len(t.split()), default=None)


def a_role_or_its_place(tok: Token) -> bool:
    """Is ``tok`` a person's role noun, or the place after one's "of" ("the mayor of Orvane")?"""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return tok.lemma_.lower() in role_words() and tok.pos_ == "NOUN"


@functools.cache
def _business_title_openers() -> frozenset[str]:
    return frozenset(title.split()[0] for title in words("business_titles"))


def _kind_opening_a_title(ent: Span, after: Token) -> bool:
    """Is the name one body's noun opening its sentence, right before a title in lower case ("Ministry spokesman
    Ana Brel said", "Police chief Ivo Rask")? It is capitalised as the sentence's first word, not as a name."""
    word = ent[0]
    return (
        len(ent) == 1
        and bool(word.is_sent_start)
        and word.lemma_.lower() in words("org_nouns")
        and after.is_lower
        and (after.lower_ in words("titles") or after.lemma_.lower() in words("person_nouns"))
    )


def _portfolio_of_a_title(ent: Span, after: Token) -> bool:
    """Is ``ent`` a portfolio written before a person's title ("Defence" of "Defence Minister", "Foreign" of
    "Foreign Secretary")? Every word of it is a portfolio's, and the next word is a title. Or one a title
    written before it takes, with the person's name after it ("Minister for Digital Affairs Farah Quayle")."""
    doc = ent.doc
    titled = (
        ent.start >= 2
        and doc[ent.start - 1].lower_ in ("for", "of")
        and doc[ent.start - 2].lower_ in words("titles")
        and doc[ent.start - 2].text[:1].isupper()
        and after.ent_type_ == "PERSON"
    )
    portfolios = words("portfolio_words")
    return titled or (
        all(t.lower_ in portfolios for t in ent) and after.lower_ in words("titles") and after.text[:1].isupper()
    )


_LOCATIVE = re.compile(r"\b(?:in|at|near|from|across|outside|inside|around)\s+(?:the\s+)?$", re.IGNORECASE)


def _after_a_locative(body: str, start: int) -> bool:
    """Is the name at ``start`` written as a place: after "in", "at", "near", "from" …?"""
    return _LOCATIVE.search(body[max(0, start - 16) : start]) is not None


_SPOKESPERSON = r"spokes(?:person|man|woman|people)"
_SPOKEN_FOR = re.compile(
    rf"\b{_SPOKESPERSON}\s+for\s+(?:the\s+)?([A-Z][\w-]+)\b(?!\s+[A-Z])|\b([A-Z][\w-]+)(?:'s|’s)?\s+{_SPOKESPERSON}\b"
)


def _spoken_for(body: str) -> set[str]:
    """One-word names a spokesperson speaks for ("a spokesperson for Kellan", "a Kellan spokesman"): a body's,
    a place's rarely (a nation or a place the article places things in is kept a place)."""
    return {m.group(1) or m.group(2) for m in _SPOKEN_FOR.finditer(body)}


@functools.cache
def _group_named() -> re.Pattern[str]:
    nouns = "|".join(sorted(words("generic_org_nouns") | words("group_nouns"), key=len, reverse=True))
    return re.compile(rf"\bthe\s+([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})\b")


def _groups_named(body: str) -> set[str]:
    """One-word names that name a group of no stated kind ("the Ashmaw ransomware group", "the Vell gang"): a
    body's, when the article places nothing there and it is no nation."""
    return {m.group(1) for m in _group_named().finditer(body)}


def public_name(name: str) -> bool:
    """Does a body's name say it is a public one ("Velmar Office of Public Review", "Kessa Port Authority")? A
    word of a government's portfolio says so beside a word of a public body's kind ("Home Office"), not alone:
    "Kellarin Home Appliances" and "Kessa Energy" are businesses."""
    classes = table("role_synonyms")
    public = words("public_body_words")
    return any(classes.get(w, w) in public or w in public for w in name.lower().split())


def _a_plural_name(doc: Doc, ent: Span) -> bool:
    """A name after "the" whose last word is a plural proper noun ("the Riverton Comets", "the Falcons")."""
    before = ent[0] if ent[0].lower_ == "the" else doc[ent.start - 1] if ent.start > 0 else None
    last = ent[-1]
    return before is not None and before.lower_ == "the" and last.tag_ == "NNPS" and last.text.endswith("s")


def names_an_event(doc: Doc, ent: Span) -> bool:
    """Does a name end in an event's noun ("the Calder Ridge Fire") and say nothing? An event does not speak;
    a body whose name ends so ("Cal Fire said") does. Read as a person's name only after "the", which no
    person's name takes ("Ana Flood" is a person). A storm's given name ("Storm Hesta") is always an event's."""
    if len(ent) > 1 and ent[0].lower_ in words("storm_titles") and ent[1].text[:1].isupper():
        return True  # "Storm Hesta killed nine": a storm's given name
    root = ent.root
    speaks = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in words("speech")
    if ent[-1].lower_ not in words("event_names") or speaks:
        return False
    with_article = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    return ent.label_ == "ORG" or with_article


_POSSESSED_NAME = re.compile(r"^(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?P<person>[A-Z][^'’]*)$")


_BRACKETED_ACRONYM = re.compile(r"[ \t]\(([A-Z]{2,6})\)")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*|and|of|for|the|on|&")


def _spelled_by_their_acronym(body: str, raw: list[_Raw]) -> list[_Raw]:
    """A body's name the tagger cut in pieces or missed, that the acronym in brackets after it spells in full ("the
    Merrow Emergency and Relief Office (MERO)", tagged "Merrow Emergency" and "Relief Office", or not at all): one
    name, its words and the connectors between them, as far back as the acronym's letters reach."""
    out = list(raw)
    for m in _BRACKETED_ACRONYM.finditer(body):
        letters = m.group(1)
        end = m.start()
        pieces = [r for r in out if r[3] <= end and r[3] >= end - 1 and r[1] in ("ORG", "PERSON")]
        words_back = list(re.finditer(r"\S+", body[max(0, end - 120) : end]))
        offset = max(0, end - 120)
        start = None
        for k in range(len(words_back) - 1, -1, -1):
            word = words_back[k].group()
            if not _NAME_WORD.fullmatch(word):
                break
            name = body[offset + words_back[k].start() : end]
            if acronym_of(name) == letters and word[:1].isupper():
                start = offset + words_back[k].start()
                break
        if start is None or (pieces and start >= pieces[-1][2]) or len(body[start:end].split()) < 2:
            continue  # the tagged name alone already spells it, or nothing before it does
        first = body[start:end].split(maxsplit=1)[0]
        if not pieces and (not looks_like_org(body[start:end]) or first.lower() in words("titles")):
            continue  # a role's short name ("Commissioner of Police (CP)") is the person's who holds it
        inside = [r for r in out if start <= r[2] and r[3] <= end]
        text = body[start:end]
        out = [r for r in out if r not in inside]
        out.append((text, "ORG", start, end, normalise_name(text, "ORG")))
    out.sort(key=lambda r: r[2])
    return out


def _split_at_a_possessive(raw: _Raw, persons: set[str], body: str) -> list[_Raw]:
    """A body's and a person's name the tagger read as one ("Kellan Securities' Ana Brel"): the two names, when
    what follows the possessive is a person's name: one the article names a person, one opening with a given
    name, or one a "who" follows."""
    text, label, start, end, _ = raw
    m = _POSSESSED_NAME.match(text)
    if m is None or label not in ("ORG", "PERSON"):
        return [raw]
    owner, person = m.group("owner"), m.group("person").rstrip()
    words_ = person.split()
    kind = owner.split()[-1].lower()
    # one word owned; a plural possessive heads a body's name ("the Dockworkers' Federation") but one like the
    # body's own ("the Harbour Alliance's Pell chapter")
    singular = text[m.end("owner") : m.end("owner") + 2] in ("'s", "’s")
    owned = len(words_) == 1 and body[end : end + 1] == " "
    body_word = person.lower() in words("org_words") or person.lower() in words("org_nouns")
    if owned and (
        kind in words("org_words")
        or kind in words("org_nouns")
        or (singular and not body_word and _written_alone(owner, body, start))
    ):
        # "the Harbour Alliance's Pell chapter": the body, and a word of what it owns ("Pell branch"); so too a name
        # the article writes without it elsewhere ("Merrow Automotive's Calder plant" after "Merrow said")
        return [(owner, "ORG", start, start + len(owner), normalise_name(owner, "ORG") or owner)]
    if not (2 <= len(words_) <= 3 and all(w[:1].isupper() for w in words_)) or looks_like_org(person):
        return [raw]
    who = re.match(r",?\s+who\b", body[end : end + 8]) is not None
    if person not in persons and given_name_gender(words_[0]) is None and not who:
        return [raw]
    person_start = start + m.start("person")
    return [
        (owner, "ORG", start, start + len(owner), normalise_name(owner, "ORG") or owner),
        (person, "PERSON", person_start, person_start + len(person), person),
    ]


def _written_alone(owner: str, body: str, at: int) -> bool:
    """Does the article write ``owner``, or the first word of it, elsewhere than at ``at`` and not as an owner
    ("Merrow" said, "Merrow Automotive" cut)? A name owning something is a name of its own; not "People" of
    "People's Party", which no one writes alone."""
    owner = re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)
    first = owner.split(maxsplit=1)[0]
    pattern = re.compile(rf"\b(?:{re.escape(owner)}|{re.escape(first)})\b(?!\s*['’])")
    return any(m.start() != at for m in pattern.finditer(body))


_PERSON_OF_A_BODY = re.compile(r"^(?P<person>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) of (?P<body>[A-Z].+)$")


def _split_at_of(raw: _Raw) -> list[_Raw]:
    """A person's and a body's name the tagger read as one ("Mara Sorrel of Pellar & Orvane"): the two names,
    when the words before "of" open with a given name (and, tagged a person's, those after it name a body: "&" or
    a body's word)."""
    text, label, start, end, _ = raw
    m = _PERSON_OF_A_BODY.match(text)
    if m is None or label not in ("ORG", "PERSON") or given_name_gender(text.split()[0]) is None:
        return [raw]
    person, body = m.group("person"), m.group("body")
    if label == "PERSON" and "&" not in body and not looks_like_org(body):
        return [raw]  # "Mara Sorrel of Harnvik": a person and where she is from
    body_start = start + m.start("body")
    return [
        (person, "PERSON", start, start + len(person), person),
        (body, "ORG", body_start, end, normalise_name(body, "ORG") or body),
    ]


def _split_at_a_surname(raw: _Raw, surnames: set[str]) -> list[_Raw]:
    """A place or body the tagger ran over a comma into a person's surname ("Speaking at City Hall, Osei said"):
    the two names, when what follows the last comma is the surname of a person the article names in full."""
    text, label, start, end, _ = raw
    head, sep, tail = text.rpartition(", ")
    if label == "PERSON" or not sep or tail not in surnames or not head.strip():
        return [raw]
    tail_start = start + len(head) + len(sep)
    return [
        (head, label, start, start + len(head), normalise_name(head, label) or head),
        (tail, "PERSON", tail_start, end, tail),
    ]


def normalise_name(text: str, label: str) -> str:
    """The canonical form of one mention: no article, no possessive, no honorific, one-line spacing."""
    name = " ".join(text.split())
    name = re.sub(r"\s*\([^)]*\)?$", "", name) or name  # "Coastal Flood Authority (CFA": the acronym is no part
    name = _strip_stop(name.strip(_EDGE)).strip(_EDGE)
    name = _POSSESSIVE.sub("", name).strip(_EDGE)
    if name.lower().startswith("the "):
        name = name[4:]
    if label == "GPE":
        # "Tessaly County Sheriff Dolores Quint": the place ends before the title of the person after it
        words = name.split()
        while len(words) > 1 and words[-1].lower().rstrip(".") in HONORIFICS:
            words = words[:-1]
        name = " ".join(words)
    if label == "ORG":
        # "the state Forestry and Fire Service": a name starts at its first capitalised word ("eBay" is one)
        words = name.split()
        while len(words) > 1 and words[0].isalpha() and words[0].islower() and not all(w.islower() for w in words):
            words = words[1:]  # (but "defense ministry", a description the tagger took for a name, stays whole)
        if len(words) > 1 and words[0].lower() in _TRADES and words[1][:1].isupper():
            words = words[1:]  # "Carmaker Halvern to shed 4,000 workers": the trade, then the name
        name = " ".join(words)
    if label == "PERSON":
        words = name.split()
        # "EC Chairperson Ana Osei", "Kessa Mayor Ivo Rask": the name is what follows the last title
        titled = [k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in HONORIFICS]
        if titled:
            words = words[titled[-1] + 1 :]
        name = " ".join(words)
    return name


def resolve_person(name: str, full_names: list[str]) -> str:
    """Map a short person mention ("Eklund", "Jonas") to the first longer name that contains it."""
    words = name.split()
    if not words:
        return name
    for full in full_names:
        fw = full.split()
        if len(fw) <= len(words):
            continue
        # surname ("Eklund"), or first name alone ("Jonas") of a name seen in full
        if fw[-len(words) :] == words or (len(words) == 1 and fw[0] == words[0]):
            return full
    return name


def _capital_heading(body: str, start: int, end: int) -> bool:
    """Is the mention a heading in capitals, a line of its own ("NISSAN SENTRA" over a paragraph about the car)?
    Such a line names the topic that follows in a form the article never writes the name in."""
    text = body[start:end]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or not all(w.isupper() for w in words):
        return False
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start : len(body) if line_end < 0 else line_end]
    return not any(c.islower() for c in line)


def line_at(body: str, start: int) -> str:
    """The line of ``body`` that holds the character at ``start``."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    return body[line_start : len(body) if line_end < 0 else line_end]


def in_title_case_line(body: str, start: int) -> bool:
    """Is the mention on a line in title case, a headline ("Mayor Says Port Will Reopen")? Every word of four
    words or more is capitalised but the minor ones, and the line is not a sentence of lower-case words: the
    tagger runs names into the capitalised words around them there ("Mayor Says"). A line ending on a colon
    introduces what follows ("According to the Kessa Port Office, as of Friday:"): running text."""
    line = line_at(body, start)
    # a headline is short: a long line is running text, not read word by word
    return len(line) < 300 and not line.rstrip().endswith(":") and _title_case(line)


@functools.lru_cache(maxsize=4096)
def _title_case(line: str) -> bool:
    tokens = [w.strip("\"“”‘’'([{:;,.!?—–-") for w in line.split()]
    tokens = [w for w in tokens if any(c.isalpha() for c in w)]
    if len(tokens) < 4:
        return False
    minor = words("title_case_minor")
    return all(w[:1].isupper() or w.lower() in minor for w in tokens)


_Raw = tuple[str, str, int, int, str]  # text, label, start, end, canonical name


def _vouched(raw: _Raw, written: set[str], last_words: set[str]) -> _Raw | None:
    """A headline's person cut to the longest run of first words that the running text vouches for: a name it
    writes, or given names (or initials) before a surname it writes; None when no run is, and for any other
    kind of name ("U.S. Court" is not the "U.S." of the text)."""
    text, label, start, _, _ = raw
    if label != "PERSON":
        return None
    words_at = list(re.finditer(r"\S+", text))
    parts = [m.group() for m in words_at]
    for k in range(len(parts), 0, -1):
        prefix = text[: words_at[k - 1].end()]
        given = parts[: k - 1]
        surname_after_given = (
            k > 1 and parts[k - 1] in last_words and all(len(p.rstrip(".")) == 1 or given_name_gender(p) for p in given)
        )
        canonical = normalise_name(prefix, label)
        if canonical and (canonical in written or surname_after_given):
            return (prefix, label, start, start + len(prefix), canonical)
    return None


def _given_name_before(doc: Doc, i: int) -> int | None:
    """Where the given names written right before token ``i`` start, when the tagger left them out of the name
    after them ("Ana" of "chief executive Ana Ruiz"): capitalised proper nouns of the given-name list, in no
    entity, on the same line."""
    k = i
    while k > 0:
        prev = doc[k - 1]
        if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.text[:1].isupper() or "\n" in prev.whitespace_:
            break
        if given_name_gender(prev.text) is None:
            break
        k -= 1
    return k if k < i else None


def _untagged_names_of_a_role(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person names the tagger missed where the text says whose role they hold: two or three capitalised
    proper nouns in apposition to a role ("Karvenia's Defence Minister, Taras Mykhalchuk, said"), in no
    entity and holding no word of a body's or a title's. Token ranges."""
    roles = words("titles") | words("person_nouns")
    banned = words("org_words") | words("titles")
    found: list[tuple[int, int]] = []
    for tok in tokens(doc):
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.lower_ not in roles or tok.head.i > tok.i:
            continue
        first = tok.left_edge.i
        span = doc[first : tok.i + 1]
        if not 2 <= len(span) <= 3 or doc[first - 1].text not in (",", "\u2014", "-", "\u2013"):
            continue
        if any(t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper() or t.lower_ in banned for t in span):
            continue
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        found.append((first, tok.i + 1))
    return found


def _untagged_names_of_a_body(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body names the tagger missed where the text says what kind of body they name: one to three capitalised
    proper nouns set off by commas in apposition to a body's noun ("The mining union, Malmfack, said"), in no
    entity and no nation's name; and an acronym a body's noun set off by a comma stands beside ("The OTWU, the
    largest dockers' union at the port, said"), whatever the tagger read it as. Token ranges."""
    kinds = words("org_nouns")
    found: list[tuple[int, int]] = []
    toks = tokens(doc)
    for tok in toks:
        if (
            not tok.ent_type_
            and tok.text[:1].isupper()
            and is_acronym(tok.text)
            and tok.i + 1 < len(toks)
            and toks[tok.i + 1].text == ","
            and any(c.dep_ == "appos" and c.i > tok.i and c.lemma_.lower() in kinds for c in tok.children)
            and not any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in taken)
        ):
            found.append((tok.i, tok.i + 1))
            continue
        if tok.dep_ != "appos" or tok.pos_ != "PROPN":
            continue
        head = tok.head
        if head.i > tok.i or head.lemma_.lower() not in kinds:
            continue
        first = tok.left_edge.i
        span = doc[first : tok.i + 1]
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not 1 <= len(span) <= 3 or doc[first - 1].text != "," or after is None or after.text != ",":
            continue
        if any(t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper() for t in span) or nation_of(span.text):
            continue
        if not any(s < span.end_char and span.start_char < e for s, e in taken):
            found.append((first, tok.i + 1))
    return found


def _untagged_names_called_by_their_kind(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body names the tagger missed that the article goes on to call by their kind: two to four capitalised proper
    nouns in no entity, ending on a body's noun ("the Orvel Harbour Network"), not all of a government's words,
    outside title-case lines, when the article also writes that noun in lower case after "the" or "its" ("the
    network said"): the description must find the name it stands for. Token ranges."""
    kinds = words("org_nouns")
    government = words("portfolio_words") | kinds
    toks, text = tokens(doc), doc_text(doc)
    called = {
        t.lower_ for t in toks if t.is_lower and t.lower_ in kinds and t.i and toks[t.i - 1].lower_ in ("the", "its")
    }
    if not called:
        return []
    found: list[tuple[int, int]] = []
    for tok in toks:
        if tok.lower_ not in called or not tok.is_title or tok.pos_ != "PROPN" or tok.ent_type_:
            continue
        first = tok.i
        while (
            first > 0
            and tok.i - first < 3
            and toks[first - 1].pos_ == "PROPN"
            and toks[first - 1].is_title
            and not toks[first - 1].ent_type_
        ):
            first -= 1
        span = doc[first : tok.i + 1]
        if len(span) < 2 or all(t.lower_ in government for t in span) or in_title_case_line(text, tok.idx):
            continue
        before = toks[first - 1] if first > 0 else None
        if before is not None and (
            (before.text[:1].isupper() and not before.is_sent_start)
            or before.tag_ == "POS"
            or before.text in ("'", "’")
            or before.lower_ == "of"
        ):
            # a longer capitalised run, a plural owner's name ("Anglers' Harbour Fund") or a title's portfolio
            # ("Minister of Rural Transport Services"): no clean edge
            continue
        if tok.i + 1 < len(toks) and toks[tok.i + 1].text == "(":
            continue  # a short name in brackets follows: the name is read from what it spells
        if not any(s < span.end_char and span.start_char < e for s, e in taken):
            found.append((first, tok.i + 1))
    return found


@functools.cache
def _saying_or_changing() -> frozenset[str]:
    """Verbs a body's bare name may be the subject of when the tagger missed it (built once)."""
    return words("speech") | words("statement_verbs") | words("change_verbs")


@functools.cache
def _no_business_names() -> frozenset[str]:
    """Words no one-word business name is: a body's or a title's word, a person's noun, a noun for a speaker, a
    function word (built once)."""
    return words("org_words") | words("titles") | words("person_nouns") | words("agent_nouns") | words("function_words")


def _untagged_bodies_that_speak(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-word names of bodies the tagger missed: a capitalised noun it left untagged that says or changes
    something ("Skarvline said on Sunday", "Skarvline cut its timetable"), written more than once, never in
    lower case, after another capitalised name or a title, nor in a name the article tags a person, a
    place or a people; then each of its untagged mentions outside title-case lines. A person is named in full
    before a bare surname speaks; a business often goes by one word. Token ranges."""
    toks, text = tokens(doc), doc_text(doc)
    saying = _saying_or_changing()
    speaking = {
        tok.text
        for tok in toks
        if tok.dep_ == "nsubj"
        and tok.pos_ in ("PROPN", "NOUN")  # (the tagger may read a name it does not know as a common noun)
        and tok.tag_ not in ("NNS", "NNPS")  # "Mourners said": a plural is people, no business
        and given_name_gender(tok.text) is None  # "Isabelle said": a given name is a person's
        and not tok.ent_type_
        and tok.is_alpha
        and tok.is_title
        and len(tok.text) > 2
        and tok.head.lemma_.lower() in saying
        and 0 < tok.head.i - tok.i <= 3  # "Skarvline said", "Skarvline has also said"
        and not any(c.dep_ in ("compound", "det", "amod") for c in tok.children)
        and not in_title_case_line(text, tok.idx)
    }
    if not speaking:
        return []  # the common case
    # (and written more than once: a common noun opening a sentence is capitalised too)
    written = Counter(t.text for t in toks if t.text in speaking and not in_title_case_line(text, t.idx))
    # (a word the tagger types a person, a place or a people anywhere names no business)
    others = {t.lower_ for ent in doc.ents if ent.label_ in ("PERSON", "GPE", "LOC", "NORP") for t in ent}
    lower, common = lower_case_words(doc), _no_business_names()
    bare = {
        w
        for w in speaking
        if written[w] > 1 and w.lower() not in lower and w.lower() not in others and w.lower() not in common
    }
    for tok in toks:  # a word written after another name's word or a title is a surname
        if tok.text in bare and tok.i > 0:
            before = toks[tok.i - 1]
            if (before.pos_ == "PROPN" and before.is_title) or before.lower_.rstrip(".") in words("titles"):
                bare.discard(tok.text)
    found: list[tuple[int, int]] = []
    for tok in toks:
        if (
            tok.text in bare
            and not tok.ent_type_
            and not in_title_case_line(text, tok.idx)
            and not any(s < tok.idx + len(tok.text) and tok.idx < e for s, e in taken)
        ):
            found.append((tok.i, tok.i + 1))
    return found


def _untagged_names_after_an_opening_role(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person names the tagger missed after a role noun capitalised to open the sentence ("Pensioner Mara Sorrel,
    81, said", "Midfielder Arno Kell scored"): two or three capitalised proper nouns in no entity, holding no word of
    a body's or a title's, before a comma or a verb. Token ranges."""
    banned = words("org_words") | words("titles")
    found: list[tuple[int, int]] = []
    for sent in doc.sents:
        role = sent[0]
        if len(sent) < 4 or role.ent_type_ or not _opening_role(role):
            continue
        end = role.i + 1
        while end < sent.end and end - role.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        span = doc[role.i + 1 : end]
        if not 2 <= len(span) <= 3 or any(t.ent_type_ or t.lower_ in banned for t in span):
            continue
        if end >= sent.end or not (doc[end].text == "," or doc[end].pos_ in ("VERB", "AUX")):
            continue
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        found.append((span.start, span.end))
    return found


def _untagged_names_at_a_body(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person names the tagger missed where the text says whose staff they are: two or three capitalised words
    opening a clause, then "of" or "at" and a body's name, then a verb of saying ("Rosalind Teague of Kellbrook
    Securities said"), in no entity and holding no word of a body's or a title's. Token ranges."""
    banned = words("org_words") | words("titles") | words("function_words")
    saying = words("speech")
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < 3 or ent.end >= len(doc):
            continue
        verb = doc[ent.end]
        if doc[ent.start - 1].lower_ not in ("of", "at") or verb.lemma_.lower() not in saying:
            continue
        for size in (2, 3):
            first = ent.start - 1 - size
            if first < 0:
                continue
            span = doc[first : ent.start - 1]
            opens = first == 0 or doc[first].is_sent_start or doc[first - 1].is_punct
            if not opens or any(
                not t.is_alpha or not t.text[:1].isupper() or t.ent_type_ or t.lower_ in banned for t in span
            ):
                continue
            if not any(s < span.end_char and span.start_char < e for s, e in taken):
                found.append((first, ent.start - 1))
            break
    return found


def _whose_government(doc: Doc, i: int, end: int, name: str) -> str:
    """A body any government has ("Defence Ministry", tokens ``i`` to ``end``), written after a country's
    possessive ("Russia's Defence Ministry") or before "in"/"of" and a place ("the Health Ministry in Gaza"), is
    named with the country's adjective ("Russian Defence Ministry"), else its possessive: two countries'
    ministries are two bodies, in an article and in the ledger."""
    if not all(w.lower() in _government_words() for w in name.split()):
        return name
    country = _owner_before(doc, i) or _place_after(doc, end)
    if country is None:
        return name
    adjective = _adjectives().get(country.casefold())
    return f"{adjective} {name}" if adjective else f"{country}'s {name}"


def _owner_before(doc: Doc, i: int) -> str | None:
    """The name in a possessive right before token ``i`` ("Russia's"), a place or a body."""
    if i < 2 or doc[i - 1].text not in ("'s", "’s") or doc[i - 2].ent_type_ not in ("GPE", "ORG"):
        return None  # "Velostra's", tagged a body as often as a place: the owner either way
    start = i - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start : i - 1].text


def _place_after(doc: Doc, end: int) -> str | None:
    """The place named by "in"/"of" right after token ``end`` ("… in Gaza", "… of Velostra")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("in", "of") or doc[end + 1].ent_type_ != "GPE":
        return None
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return doc[end + 1 : stop].text


@functools.cache
def _government_words() -> frozenset[str]:
    return words("portfolio_words") | words("org_words")


@functools.cache
def _adjectives() -> dict[str, str]:
    """A country's adjective ("russia" → "Russian"), the first the demonym table gives."""
    out: dict[str, str] = {}
    for adjective, country in table("demonyms").items():
        out.setdefault(country.casefold(), adjective[:1].upper() + adjective[1:])
    return out


def _figure_after_a_name(ent: Span, label: str) -> int | None:
    """Where a figure the tagger ran a name into begins ("charged Orvel Mining 300 dalers"): trailing numbers
    counting a word after the name are no part of it; a number the name itself holds ("Channel 4") is."""
    if label not in ("ORG", "PERSON") or ent[-1].tag_ != "CD" or ent[-1].head.i < ent.end:
        return None
    first = ent.end - 1
    while first > ent.start and ent.doc[first - 1].tag_ == "CD":
        first -= 1
    return first


@functools.cache
def _currency_signs() -> frozenset[str]:
    return frozenset(table("currency_signs"))


def _headed_by_a_body_word(ent: Span) -> bool:
    """Does a name of two words or more end on a capitalised word for a body ("… Alliance", "… Union")?"""
    last = ent[-1]
    return (
        len(ent) > 1
        and last.text[:1].isupper()
        and (last.lower_ in words("org_words") or last.lemma_.lower() in words("org_nouns"))
    )


def _capitals_before_a_given_name(ent: Span) -> bool:
    """Does the name open its sentence on a word in capitals before a given name and a surname ("NAN Orla Pike
    keeps her savings in a tin")? Papers print a story's first word in capitals; it is no part of the name."""
    if len(ent) < 3:
        return False
    first, given = ent[0], ent[1]
    return bool(
        first.is_sent_start
        and first.is_upper
        and first.is_alpha
        and first.pos_ not in ("DET", "PRON", "ADP", "CCONJ")
        and given.is_title
        and given_name_gender(given.text) is not None
    )


def extract_entities(doc: Doc, dateline: str | None = None) -> list[Entity]:
    """Named entities of ``LABELS`` with offsets as written and a canonical name resolved in the article;
    ``dateline`` is the one extraction split off the body ("OSLUND", "KESSA, Velostra (Ledger)"), if any."""
    raw: list[_Raw] = []
    body = doc_text(doc)
    areas = words("place_nouns")
    in_body, rest = split_dateline(body)
    dateline_end = len(body) - len(rest) if in_body else 0
    sites = _sites_named(doc)
    # one-word names the article calls a kind of body ("flag carrier Orvel"): a body wherever written
    described_bodies: set[str] = set()
    groups: set[str] = set()  # names written once as a plural name after "the": a group wherever written
    for ent in sorted([*doc.ents, *_names_the_tagger_missed(doc)], key=lambda e: e.start):
        label = ent.label_
        if label in ("LAW", "WORK_OF_ART", "PRODUCT") and (
            _headed_by_a_body_word(ent) or _after_a_body_noun(doc, ent.start) or _described_as_a_body(ent)
        ):
            # "the Orvane Living Wage Alliance" typed a law, "the broadcaster Kelvcast" a product: a name a body's
            # word heads, one right after a noun for a kind of body, or one a business's description is set beside
            # ("Kelvcast, the Merrow-based airline,") is a body's
            label = "ORG"
        if label not in LABELS:
            continue
        if label in ("ORG", "PERSON") and ent.text in sites:
            label = "LOC"  # "its Varn plant" … "the Varn site": a site the body runs, not a body
        after = doc[ent.end] if ent.end < len(doc) else None
        if label in ("ORG", "PERSON") and after is not None and after.is_lower and after.lower_ in areas:
            label = "GPE"  # a name before an area noun is the area's: "Drasna province", "Kessa district"
        if (
            label in ("ORG", "PERSON")
            and len(ent) == 1
            and after is not None
            and after.is_lower
            and (after.lower_ in words("place_bodies") or after.lower_ in words("local_level_words"))
        ):
            label = "GPE"  # "Pellar police", "Kessa regional council": the place a body of its own serves
        if (
            label in ("PERSON", "ORG")
            and len(ent) > 1
            and {ent[0].lower_, ent[-1].lower_} & words("landform_nouns")
            and ent.root.dep_ in ("pobj", "dobj")
        ):
            # "when the lifeboat reached Grellin Head", "off Tarn Point": a headland where something happened, not
            # a person or a body; a subject may be a group's name ("Grey Harbour has claimed the attack")
            label = "LOC"
        if ent[0].text in _currency_signs() and (
            (len(ent) > 1 and ent[1].text[:1].isdigit()) or (after is not None and after.text[:1].isdigit())
        ):
            continue  # "between EUR 37m and EUR 39m": a currency code before an amount (or with it), no organisation
        if label in ("PERSON", "FAC") and _a_plural_name(doc, ent):
            label = (
                "ORG"  # "the Riverton Comets rallied", "the Grey Wardens said": a team or a group, no person or site
            )
            groups.add(ent.text[4:] if ent[0].lower_ == "the" else ent.text)
        if (
            label == "PERSON"
            and len(ent) > 1
            and ent[-1].text[:1].isupper()
            and ent[-1].lower_ in words("org_words")
            and given_name_gender(ent[0].text) is None
        ):
            label = "ORG"  # "the General Staff", "Southern Command": a name ending on a body's word, no person's
        if label == "ORG" and after is not None and _kind_opening_a_title(ent, after):
            continue  # "Ministry spokesman Ana Brel said": the body's kind, capitalised to open the sentence
        if label == "ORG" and after is not None and _portfolio_of_a_title(ent, after):
            continue  # "Defence Minister Hana Orlik": the portfolio is part of her title, no body named
        if label in ("ORG", "PERSON", "GPE") and _names_a_thing(ent):
            continue  # "the signalling system, known as Pellar": a thing's name, no participant's
        if label in ("ORG", "PERSON") and names_an_event(doc, ent):
            label = "EVENT"  # "the Calder Ridge Fire destroyed 140 homes": what happened, not who says
        start, end = ent.start_char, ent.end_char
        if label in ("PERSON", "ORG") and _capitals_before_a_given_name(ent):
            # "NAN Orla Pike keeps …": a lede's word in capitals, no part of the name
            start = ent[1].idx
            label = label if looks_like_org(ent[1:].text) else "PERSON"
        counted = _figure_after_a_name(ent, label)
        if counted is not None:
            if counted == ent.start:
                continue
            end = doc[counted - 1].idx + len(doc[counted - 1].text)
        if raw and start < raw[-1][3]:
            continue  # a word a name before it already took in ("Guild" of "the Transit Workers' Guild")
        # the tagger may leave the possessive's mark out ("The National Dockworkers" of "… Dockworkers’ Federation")
        mark_after = ent.end < len(doc) and doc[ent.end].text in ("'", "’") and ent.text.endswith("s")
        if label in ("ORG", "PERSON") and (ent.text.endswith(("s'", "s’")) or mark_after):
            # "the Transit Workers' Guild": a plural possessive inside a name runs on to the body word that heads it,
            # over another such word joined by "and" ("the Lusmark Nurses' and Midwives' Union")
            follow = ent.end + 1 if mark_after else ent.end
            while follow < len(doc) and (
                (doc[follow].pos_ == "PROPN" and doc[follow].text[:1].isupper())
                or (doc[follow].tag_ == "POS" and follow > ent.end)
                or (
                    doc[follow].lower_ in ("and", "&")
                    and follow + 1 < len(doc)
                    and doc[follow + 1].text[:1].isupper()
                    and doc[follow - 1].text.endswith(("s'", "s’", "'", "’"))
                )
            ):
                follow += 1
            if follow > ent.end and doc[follow - 1].lower_ in words("org_words"):  # not "Fox News' Megyn Kelly"
                end, label = doc[follow - 1].idx + len(doc[follow - 1].text), "ORG"
        if label == "PERSON" and len(ent) > 2 and ent[-1].is_lower and ent[-2].text[:1].isupper():
            end = ent[-2].idx + len(ent[-2].text)  # "Mara Sorrel of" of "… of Pellar & Orvane": no name ends on "of"
        if label == "ORG" and len(ent) > 1 and ent[-1].lower_ in ("and", "&", "of", "for", "in", "at", "on"):
            # "the Merrow Board for Trade and Tourism" tagged up to "and", "the Orvel Mission in Kessa" up to "in": a
            # name never ends on a link word; it runs on through the capitalised words after it, or stops before it
            follow = ent.end
            while follow < len(doc) and doc[follow].pos_ == "PROPN" and doc[follow].text[:1].isupper():
                follow += 1
            closing = doc[follow - 1] if follow > ent.end else ent[-2]
            end = closing.idx + len(closing.text)
        cut = ent[-1]
        if label == "ORG" and cut.dep_ == "compound" and cut.head.i >= ent.end:
            # "the Pellar District Water Inspectorate" tagged up to "District": the name runs on through the
            # capitalised words its last word is a compound of, to the body's word that heads them
            follow = ent.end
            while follow <= cut.head.i and doc[follow].pos_ == "PROPN" and doc[follow].text[:1].isupper():
                follow += 1
            head = doc[follow - 1]
            if follow == cut.head.i + 1 and (
                head.lower_ in words("org_words") or head.lemma_.lower() in words("org_nouns")
            ):
                end = head.idx + len(head.text)
        in_dateline = end <= dateline_end and "(" not in body[:start]
        if in_dateline and label in ("PERSON", "ORG"):
            label = "GPE"  # "KESSA, Velostra (Ledger) —": a dateline names a place (and, in brackets, the agency)
        if label in ("ORG", "GPE") and (_named_after_a_role(ent) or _after_a_courtesy_word(ent)):
            label = "PERSON"  # "The mayor of Kessa, Tove Marsk, said": the role's holder; "Ms Varn"
        if label in ("ORG", "GPE") and _described_as_a_person(ent) and (len(ent) > 1 or _first_name_before(ent)):
            label = "PERSON"  # "Mara Quill, 63, a retired teacher": a person, whatever the tagger guessed
            if len(ent) == 1:
                start = doc[ent.start - 1].idx  # "Anka Marsk, 58," with the surname alone tagged a place
        described = (
            label in ("PERSON", "GPE")
            and (
                _after_a_body_noun(doc, ent.start)
                or _described_as_a_body(ent)
                or traded(ent)
                or _before_its_clientele(ent)
            )
        ) or (label in ("PERSON", "GPE", "ORG") and _before_a_business_title(ent))
        # "Merrow Automotive", "Orvel Electric": a name ending on a word of an industry is a business's, not a
        # person's, unless it opens with a given name
        trade = label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in words("business_name_words")
        if trade and given_name_gender(ent[0].text) is None:
            described = True
        if described:
            # "grid operator Velenergo", "Norrvale, the maker of …": a body's kind and its name; "Pellar's shares",
            # "Merrow chief executive Ana Brel"
            label = "ORG"
        if label in ("ORG", "PERSON", "FAC") and body.startswith("-based", ent.end_char):
            label = "GPE"  # "the Oslund-based company": where a body is based is a place
        given = _given_name_before(doc, ent.start)
        if given is not None and label in ("PERSON", "ORG") and len(ent) == 1:
            start, label = doc[given].idx, "PERSON"  # "chief executive Ana Ruiz" tagged "Ruiz" alone
        if "\n" in body[start:end]:
            # spaCy runs a name on over a line break into a heading or the next paragraph: the name is one line
            line = next((m for m in re.finditer(r"[^\n]+", body[start:end]) if re.search(r"[^\W\d_]", m.group())), None)
            if line is None:
                continue
            start, end = start + line.start(), start + line.end()
        if label in ("PERSON", "ORG") and len(ent) >= 3 and _role_opening_a_sentence(ent):
            # "Midfielder Arno Kell scored twice", "Nurse Perpetua Wand said": the role, capitalised as the
            # sentence opens, and a person's name after it (whatever type the tagger gave the whole)
            start, label = ent[1].idx, "PERSON"
        elif label in ("PERSON", "ORG", "GPE") and len(ent) >= 3 and (named := _name_after_a_title(ent)) is not None:
            start, label = named, "PERSON"  # "Velle District Magistrate Tomasz Orvel": his title, then his name
        # spaCy sometimes lets an entity run over a trailing newline or stop: keep the mention tight
        text = body[start:end]
        stripped = text.rstrip()
        if len(stripped) < len(text):
            stripped = _strip_stop(stripped)
        end -= len(text) - len(stripped)
        start += len(stripped) - len(_LEADING_DASH.sub("", stripped, count=1))  # and a dash before it ("― Ana Ruiz")
        text = body[start:end]
        bracket = text.rfind("(")
        if bracket > 0 and (")" not in text[bracket:] or is_acronym(text[bracket + 1 :].rstrip(")"))):
            # "the Harbour Pilots' Guild (HPG)" run into the bracket that gives its short name: the name ends before it
            end = start + len(text[:bracket].rstrip())
            text = body[start:end]
        canonical = normalise_name(text, label)
        if not text or not canonical or _capital_heading(body, start, end):
            continue
        if label == "ORG" and canonical.islower():
            continue  # "the electoral commission": a description the tagger took for a name, read as one
        if label == "ORG":
            canonical = _whose_government(doc, ent.start, ent.end, canonical)
        if in_dateline and canonical.isupper() and len(canonical) > 3:
            canonical = canonical.title()  # "KESSA" as the text writes it elsewhere: Kessa
        raw.append((text, label, start, end, canonical))
        if described:
            described_bodies.add(canonical)
    taken = [(r[2], r[3]) for r in raw]
    for first, last in [
        *_untagged_names_of_a_role(doc, taken),
        *_untagged_names_at_a_body(doc, taken),
        *_untagged_names_after_an_opening_role(doc, taken),
    ]:
        text = body[doc[first].idx : doc[last - 1].idx + len(doc[last - 1].text)]
        raw.append((text, "PERSON", doc[first].idx, doc[first].idx + len(text), normalise_name(text, "PERSON")))
    # (one name may be found both ways: read once)
    for first, last in dict.fromkeys(
        [
            *_untagged_names_of_a_body(doc, taken),
            *_untagged_bodies_that_speak(doc, taken),
            *_untagged_names_called_by_their_kind(doc, taken),
        ]
    ):
        text = body[doc[first].idx : doc[last - 1].idx + len(doc[last - 1].text)]
        raw.append((text, "ORG", doc[first].idx, doc[first].idx + len(text), normalise_name(text, "ORG")))
    raw.sort(key=lambda r: r[2])
    raw = _spelled_by_their_acronym(body, raw)
    raw = _joined_persons(body, raw)
    # a name in a headline in title case is kept only as far as the article writes it in running text too, or
    # writes its surname there after given names ("Hillary Clinton"): the tagger runs names into the headline's
    # capitalised words ("Obama Says" is Obama; "Rip Donald Trump" is no name the text vouches for)
    headline = [in_title_case_line(body, start) for _, _, start, _, _ in raw]
    written = {c for (_, _, _, _, c), head in zip(raw, headline, strict=True) if not head}
    last_words = {c.split()[-1] for c in written}
    trimmed = [
        r if not head or r[4] in written else _vouched(r, written, last_words)
        for r, head in zip(raw, headline, strict=True)
    ]
    raw = [r for r in trimmed if r is not None]
    # NER often takes a person's full name for an organisation: a short name without a word of a body's, ending
    # in a surname the article tags a person alone ("Eyamba Sowers" … "said Sowers"), or a given name of one
    # gender and one more word ("Marcus Bell added 22 points")
    alone = {c for _, label, _, _, c in raw if label == "PERSON" and " " not in c}
    org_words = words("org_words")
    full = {
        c
        for _, label, _, _, c in raw
        if label == "ORG"
        and 2 <= len(c.split()) <= 3
        and (c.split()[-1] in alone or (len(c.split()) == 2 and given_name_gender(c.split()[0]) is not None))
        and all(w[:1].isupper() and w.lower() not in org_words for w in c.split())
    }

    def full_names(raw: list[_Raw]) -> list[str]:
        return [c for _, label, _, _, c in raw if (label == "PERSON" or c in full) and len(c.split()) > 1]

    raw = [part for r in raw for part in _split_at_of(r)]
    persons = full_names(raw)
    surnames = {p.split()[-1] for p in persons}
    raw = [part for r in raw for part in _split_at_a_surname(r, surnames)]
    raw = [part for r in raw for part in _split_at_a_possessive(r, set(persons), body)]
    persons = full_names(raw)  # "Kellan Securities' Ana Brel" is Ana Brel now
    # a one-word "person" that is the first word of a business's name and no one's name ("Skyline said" after
    # "Skyline Airways"): the business by its short name; not a public body's, which a place's or a person's
    # name often opens ("Kessa Port Authority", "Velmar Office of Public Review")
    firm_heads = {
        c.split()[0] for _, label, _, _, c in raw if label == "ORG" and len(c.split()) > 1 and not public_name(c)
    }
    first_names = {p.split()[0] for p in persons}
    short_orgs = {
        c
        for _, label, _, _, c in raw
        if label == "PERSON" and " " not in c and c in firm_heads and c not in surnames and c not in first_names
    }
    # and a one-word "place" of that kind, one a spokesperson speaks for ("a spokesperson for Kellmar") or one
    # heading a group ("the Grelmaw ransomware group"), that the article never places anything in, at or near
    # ("Halden will pay", "Halden's volumes" after "Halden Foods Inc"), nor a nation
    placed = {c for _, label, s, _, c in raw if label == "GPE" and _after_a_locative(body, s)}
    named_as_bodies = _spoken_for(body) | _groups_named(body)
    short_orgs |= {
        c
        for _, label, _, end, c in raw
        if label == "GPE"
        and " " not in c
        and (c in firm_heads or c in named_as_bodies)
        and c not in placed
        and end > dateline_end
        and nation_of(c) is None
    }
    short_orgs |= {c for c in described_bodies if " " not in c and nation_of(c) is None}
    # and a one-word "body" that opens a site's name and no business's ("relatives in Kessby" beside "the
    # Kessby East pit"): the place the site is named after
    site_heads = {c.split()[0] for _, label, _, _, c in raw if label == "FAC" and len(c.split()) > 1}
    site_places = {
        c
        for _, label, _, _, c in raw
        if label in ("ORG", "PERSON")
        and " " not in c
        and c in site_heads - firm_heads
        and c not in surnames
        and c not in first_names
        and c not in short_orgs
    }
    events = {c for _, label, _, _, c in raw if label == "EVENT"} - short_orgs  # not a business the text says it is
    out: list[Entity] = []
    # a place the dateline gives is a place wherever the text names it ("KESSA, Velostra —" … "districts of Kessa")
    places = {name.casefold() for _, label, _, end, name in raw if end <= dateline_end and label == "GPE"}
    places |= _dateline_places(dateline)
    for _, _, later in later_datelines(doc):
        places |= _dateline_places(later)  # a dateline under a standfirst the extraction kept
    for text, ner_label, start, end, name in raw:
        # NER often takes a bare surname for an organisation or a place
        label = "PERSON" if name in surnames or name in full else "ORG" if name in short_orgs else ner_label
        if name in site_places:
            label = "GPE"
        if name in groups and label == "FAC":
            label = "ORG"  # "the Grey Wardens" the tagger read as a plural once and as a site elsewhere
        if name in events:
            label = "EVENT"  # "Calder Ridge Fire Nears Containment": the event the text names so elsewhere
        if name.casefold() in places:
            label = "GPE"
        canonical = resolve_person(name, persons) if label == "PERSON" else name
        out.append(Entity(text=text, label=label, start=start, end=end, canonical=canonical))
    return out
