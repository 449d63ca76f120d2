"""Comparing names: one set of rules for mentions within an article and speakers across articles.

Names are compared on a folded key (case, accents, punctuation and a leading "the" ignored). People
also match on their surname across transliterations (Kolvak, Kolwak, Kolvakh) by a consonant
skeleton plus a small edit distance, when their given names agree or one of them gives none. An
organisation matches its acronym (NSIS / Norland Security Intelligence Service). Titles written before a
name ("Alliance chief Hanna Lind") are split off.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from .nlp.lexicon import table, words

__all__ = [
    "acronym_of",
    "acronyms_of",
    "edit_distance",
    "fold",
    "given_name_gender",
    "is_acronym",
    "looks_like_org",
    "name_key",
    "nation_of",
    "person_parts",
    "role_words",
    "same_org",
    "same_person",
    "same_word",
    "skeleton",
    "spells_its_kind",
    "split_title",
    "word_family",
    "written_from",
]

CONNECTORS = frozenset({"of", "for", "and", "on", "to", "the", "&"})

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"\s+")
_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,9}s?")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII folding: accents dropped (ł, ı and ø too), curly apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return anyascii(plain.replace("’", "'")).lower()


def nation_of(word: str) -> str | None:
    """The country a nationality word or country name stands for, folded ("norwegian" → "norway")."""
    w = fold(word).strip(".'’")
    if w.endswith("'s"):
        w = w[:-2]
    found = table("demonyms").get(w)
    if found:
        return fold(found)
    return w if w and w in _countries() else None


@functools.cache
def _countries() -> frozenset[str]:
    """The countries the demonym table names, folded (built once: a name is checked against them often)."""
    return frozenset(fold(v) for v in table("demonyms").values())


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" for a given name borne by one gender (``lexicons/given_names.txt``), else None."""
    return _gendered_names().get(fold(word))


@functools.cache
def _gendered_names() -> dict[str, str]:
    return {fold(k): v for k, v in table("given_names").items()}


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key a name is compared under: folded, without punctuation or a leading "the"."""
    key = _SPACE.sub(" ", _PUNCT.sub("", fold(name)).replace("-", " ")).strip()
    return key[4:] if key.startswith("the ") else key


def looks_like_org(name: str) -> bool:
    """Whether a name is an organisation's ("Defence Ministry", "Ministry of Defence")."""
    org = words("org_words")
    return any(w in org or w in CONNECTORS for w in name_key(name).split())


@functools.cache
def role_words() -> frozenset[str]:
    """Titles and nouns for people, one set: a role noun written before a name is a title ("Moderator Lisa
    Grant"), and a name that is only one names no one."""
    return words("titles") | words("person_nouns")


def split_title(name: str) -> tuple[str, str | None]:
    """Split "Alliance chief Hanna Lind" into ("Hanna Lind", "Alliance chief"); names without a title are kept."""
    tokens = name.split()
    titles, particles = role_words(), words("name_particles")
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        bare = fold(token).strip(".,'")
        if bare in titles or (token[:1].islower() and bare not in particles):
            cut = i + 1
    if cut == 0 or not tokens[cut][:1].isupper():
        return name.strip(), None  # no title, or a description ("a ministry official"), not a name
    rest = " ".join(tokens[cut:])
    if fold(tokens[cut - 1]) in CONNECTORS or looks_like_org(rest):
        return name.strip(), None  # an organisation's name ("Ministry of Defence", "Defence Ministry")
    return " ".join(tokens[cut:]), " ".join(tokens[:cut]).strip(" ,")


@functools.lru_cache(maxsize=65536)
def person_parts(name: str) -> tuple[str | None, str]:
    """(first name or None, surname) of a person's name, folded."""
    parts = [w for w in name_key(name).split() if w]
    if not parts:
        return None, ""
    if len(parts) == 1:
        return None, parts[0]
    return parts[0], parts[-1]


_SKELETON_RULES = (("ph", "f"), ("ck", "k"), ("kh", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("q", "k"))


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton of a folded word: transliteration variants of one name share it."""
    w = fold(word)
    for a, b in _SKELETON_RULES:
        w = w.replace(a, b)
    w = re.sub(r"(?<=[^aeiou])h", "", w)  # an "h" after a consonant comes and goes: Syrhenko/Syrenko, Thomas/Tomas
    if not w:
        return ""
    out = w[0] + "".join(c for c in w[1:] if c not in "aeiou")
    return re.sub(r"(.)\1+", r"\1", out)


# derivational endings a word family shares a stem under, longest first
_FAMILY_ENDINGS = ("ations", "ation", "ators", "ator", "ions", "ion", "ers", "er", "ors", "or", "ory", "al", "s")


@functools.lru_cache(maxsize=65536)
def word_family(word: str) -> str:
    """A folded word's family stem: derivational endings off while four letters or more stay ("observers" and
    "observation" → observ, "electoral" → elector → elect; "union" stays)."""
    for _ in range(2):
        ending = next((e for e in _FAMILY_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4), None)
        if ending is None:
            break
        word = word[: -len(ending)]
    return word


def written_from(word: str, place: str) -> bool:
    """Is the folded ``word`` the folded ``place`` or a demonym no list knows made from its stem ("dravonian" of
    "dravonia")?"""
    return len(place) >= 4 and word.startswith(place[:-1]) and len(word) - len(place) <= 3


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@functools.lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Two spellings of one name word (folded): the same skeleton and a small edit distance."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or skeleton(a) != skeleton(b):
        return False
    return edit_distance(a, b) <= max(1, min(len(a), len(b)) // 4)


def _given_names(name: str) -> list[str]:
    parts = name_key(name).split()
    particles = words("name_particles")
    return [w for w in parts[:-1] if w not in particles]


def _given_names_agree(a: str, b: str) -> bool:
    """Every given name of the shorter form is among the longer one's ("Maria Holt" is
    "Anna Maria Holt"); an initial stands for any name with its letter; no given name
    agrees with any."""
    given_a, given_b = _given_names(a), _given_names(b)

    def within(shorter: list[str], longer: list[str]) -> bool:
        return all(
            any((w[0] == word[0]) if 1 in (len(w), len(word)) else same_word(w, word) for w in longer)
            for word in shorter
        )

    if len(given_a) == len(given_b):
        return within(given_a, given_b) and within(given_b, given_a)
    return within(given_a, given_b) if len(given_a) < len(given_b) else within(given_b, given_a)


@functools.lru_cache(maxsize=65_536)  # the ledger asks it of the same few thousand names in every batch
def same_person(a: str, b: str) -> bool:
    """Whether two person names (titles already split off) can name one person."""
    last_a, last_b = person_parts(a)[1], person_parts(b)[1]
    return bool(last_a) and same_word(last_a, last_b) and _given_names_agree(a, b)


def is_acronym(text: str) -> bool:
    """ "NSIS", "U.N.", "KRA", "NGOs": capitals written as one word."""
    return bool(_ACRONYM.fullmatch(text.strip())) and sum(c.isupper() for c in text) >= 2


def acronym_of(name: str) -> str:
    """The initials of a name's words, connectors left out: "Norland Security Intelligence Service" → "NSIS"."""
    parts = re.split(r"[\s-]+", name.strip())
    return "".join(p[0].upper() for p in parts if p and p.lower() not in CONNECTORS and p[0].isalpha())


def spells_its_kind(acronym: str, kind: str) -> bool:
    """Does the acronym hold the initials of the words of a body's kind written with it, at its end ("KNA" and
    "news agency", "KMB" and "board") or, two or more of them, anywhere (a name whose words run in another order:
    "AOFR" and "refugee agency" for an Agency of the Orvane Fund for Refugees)? Then it names that body itself, not
    one it owns ("UN refugee agency")."""
    initials = acronym_of(kind)
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    if not initials or len(letters) <= len(initials):
        return False
    return letters.endswith(initials) or (len(initials) > 1 and set(initials) <= set(letters))


def acronyms_of(name: str) -> set[str]:
    """The initials a body goes by: of its whole name, and of its name before a place it is "of" ("Electoral
    Commission of Belgara" is the EC as well as the ECB)."""
    out = {acronym_of(name)}
    head = re.split(r"\s+of\s+", name.strip(), maxsplit=1)[0]
    if head != name.strip() and len(head.split()) > 1:
        out.add(acronym_of(head))
    return out


def _legal_name(key: str) -> str:
    """A company's name key without the words of its legal form at its end ("halden foods inc" → "halden foods")."""
    parts = key.split()
    while len(parts) > 1 and parts[-1] in words("legal_suffixes"):
        parts.pop()
    return " ".join(parts)


def same_org(a: str, b: str) -> bool:
    """Two names of one organisation: equal keys, an acronym and its expansion, one name ending the other by two
    words or more ("National Intelligence Service" in "Norvania National Intelligence Service"), or a business's
    name of two words or more opening its full form ("Orvane Tin Mining Company", ``company_words.txt``)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or _legal_name(ka) == _legal_name(kb):
        return True
    for short, full in ((a, b), (b, a)):
        if is_acronym(short) and len(full.split()) > 1:
            letters = short.replace(".", "").rstrip("s") if short.endswith("s") else short.replace(".", "")
            if letters.upper() in acronyms_of(full):
                return True
    wa, wb = ka.split(), kb.split()
    shorter, longer = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(shorter) >= 2 and "of" in longer and longer[: longer.index("of")] == shorter:
        return True  # "Electoral Commission" and "Electoral Commission of Belgara"
    # "Orvane Tin" and "Orvane Tin Mining Company": a business's name and its full form, the trade and the word
    # for a company after it
    company_word = longer[-1] in words("company_words") or longer[-1] in words("legal_suffixes")
    if len(shorter) >= 2 and longer[: len(shorter)] == shorter and len(longer) - len(shorter) <= 2 and company_word:
        return True
    return len(shorter) >= 2 and longer[-len(shorter) :] == shorter
