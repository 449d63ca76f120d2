"""Speakers across articles: one canonical entity per person or organisation.

Names are matched on a normalised key (case, accents, punctuation and a leading "the" ignored);
people also match on their surname across transliterations (Zelensky, Zelenskyy, Zelenskiy)
by a consonant skeleton plus a small edit distance, when their first names agree or one of them
gives none. Titles written before a name ("Nato chief Mark Rutte") are split off and kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "PERSON",
    "SpeakerIndex",
    "SpeakerInfo",
    "better_name",
    "edit_distance",
    "fold",
    "looks_like_org",
    "name_key",
    "person_parts",
    "same_person",
    "skeleton",
    "split_title",
]

PERSON = "PERSON"

# Words that make up a title written before a name; a name starts after the last of them.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLE_WORDS = _words(
    """
    mr mrs ms miss dr prof sir dame lord lady president vice prime minister deputy secretary general chief
    spokesperson spokesman spokeswoman spokesperson's chancellor senator sen rep representative governor gov
    mayor ambassador envoy commander gen col lt maj capt admiral adm colonel major captain lieutenant sergeant
    king queen prince princess pope sheikh emir director head chair chairman chairwoman chairperson leader
    foreign defence defense interior health finance justice state press official officer minister's
    premier ceo founder judge justice attorney speaker coordinator adviser advisor aide
    selectwoman selectman councillor councilor councilwoman councilman alderman commissioner superintendent
    inspector detective professor reverend rev rabbi imam bishop cardinal archbishop ayatollah mp mep lawmaker
    executive analyst economist researcher scientist correspondent editor
    """
)
# Lower-case particles that belong to names (Ursula von der Leyen, Abu Mohammed al-Julani).
NAME_PARTICLES = _words("von der van den de del della da di du le la al el bin ibn bint abu ben dos das")

# Words that make a name an organisation's, whatever type the quote stage guessed.
ORG_WORDS = _words(
    """
    ministry office agency department directorate council committee army forces police service services
    government bureau commission union organisation organization party group court bank university news press
    times post agency institute foundation association federation company corporation authority authorities
    administration embassy parliament senate congress cabinet command headquarters secretariat mission
    kremlin pentagon nato tv television radio channel media newspaper broadcaster ngo charity
    """
)
CONNECTORS = _words("of for and on to")

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII folding: accents dropped, curly apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key an alias is stored under: folded, without punctuation or a leading "the"."""
    key = _SPACE.sub(" ", _PUNCT.sub("", fold(name)).replace("-", " ")).strip()
    return key[4:] if key.startswith("the ") else key


def looks_like_org(name: str) -> bool:
    """Whether a name is an organisation's ("Defence Ministry", "Ministry of Defence")."""
    return any(w in ORG_WORDS or w in CONNECTORS for w in name_key(name).split())


def split_title(name: str) -> tuple[str, str | None]:
    """Split "Nato chief Mark Rutte" into ("Mark Rutte", "Nato chief"); names without a title are kept."""
    tokens = name.split()
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        bare = fold(token).strip(".,'’")
        if bare in TITLE_WORDS or (token[:1].islower() and bare not in NAME_PARTICLES):
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
    words = [w for w in name_key(name).split() if w]
    if not words:
        return None, ""
    if len(words) == 1:
        return None, words[0]
    return words[0], words[-1]


_SKELETON_RULES = (("ph", "f"), ("ck", "k"), ("kh", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("q", "k"))


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton of a folded word: transliteration variants of one name share it."""
    w = fold(word)
    for a, b in _SKELETON_RULES:
        w = w.replace(a, b)
    if not w:
        return ""
    out = w[0] + "".join(c for c in w[1:] if c not in "aeiou")
    return re.sub(r"(.)\1+", r"\1", out)


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


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if skeleton(a) != skeleton(b):
        return False
    return edit_distance(a, b) <= max(1, min(len(a), len(b)) // 4)


def _given_names(name: str) -> list[str]:
    words = name_key(name).split()
    return [w for w in words[:-1] if w not in NAME_PARTICLES]


def _given_names_agree(a: str, b: str) -> bool:
    """Every given name of the shorter form is among the longer one's ("Tayyip Erdogan" is
    "Recep Tayyip Erdogan"); an initial stands for any name with its letter; no given name
    agrees with any."""
    given_a, given_b = _given_names(a), _given_names(b)

    def within(shorter: list[str], longer: list[str]) -> bool:
        return all(
            any((w[0] == word[0]) if 1 in (len(w), len(word)) else _same_word(w, word) for w in longer)
            for word in shorter
        )

    if len(given_a) == len(given_b):
        return within(given_a, given_b) and within(given_b, given_a)
    return within(given_a, given_b) if len(given_a) < len(given_b) else within(given_b, given_a)


def same_person(a: str, b: str) -> bool:
    """Whether two person names (titles already split off) can name one person."""
    last_a, last_b = person_parts(a)[1], person_parts(b)[1]
    return bool(last_a) and _same_word(last_a, last_b) and _given_names_agree(a, b)


@dataclass(slots=True)
class SpeakerInfo:
    id: int
    name: str
    type: str
    seen: int = 0


@dataclass(slots=True)
class SpeakerIndex:
    """In-memory index of the ledger's speakers, used to resolve names while ingesting."""

    speakers: dict[int, SpeakerInfo] = field(default_factory=dict)
    aliases: dict[str, int] = field(default_factory=dict)
    by_surname: dict[str, set[int]] = field(default_factory=dict)

    def add_speaker(self, info: SpeakerInfo) -> None:
        self.speakers[info.id] = info
        if info.type == PERSON:
            self.by_surname.setdefault(skeleton(person_parts(info.name)[1]), set()).add(info.id)

    def add_alias(self, key: str, speaker_id: int) -> None:
        self.aliases[key] = speaker_id
        info = self.speakers.get(speaker_id)
        if info is not None and info.type == PERSON:
            self.by_surname.setdefault(skeleton(person_parts(key)[1]), set()).add(speaker_id)

    def rename(self, speaker_id: int, name: str) -> None:
        info = self.speakers[speaker_id]
        info.name = name
        if info.type == PERSON:
            self.by_surname.setdefault(skeleton(person_parts(name)[1]), set()).add(speaker_id)

    def remove(self, speaker_id: int) -> None:
        self.speakers.pop(speaker_id, None)
        for ids in self.by_surname.values():
            ids.discard(speaker_id)

    def match(self, name: str, type: str | None) -> int | None:
        """The speaker ``name`` (title split off) refers to, or None when it is new."""
        key = name_key(name)
        if not key:
            return None
        found = self.aliases.get(key)
        if found is not None and found in self.speakers:
            return found
        if type not in (None, PERSON):
            return None
        first, last = person_parts(name)
        best: tuple[int, int, int] | None = None  # (first names equal, seen, id)
        for sid in self.by_surname.get(skeleton(last), ()):
            info = self.speakers.get(sid)
            if info is None or info.type != PERSON:
                continue
            if not same_person(name, info.name):
                continue
            info_first = person_parts(info.name)[0]
            rank = (int(first is not None and info_first == first), info.seen, -sid)
            if best is None or rank > best:
                best = rank
        return None if best is None else -best[2]


def better_name(current: str, candidate: str, type: str) -> bool:
    """Whether ``candidate`` is a fuller canonical name than ``current`` (a first name added)."""
    if type != PERSON:
        return False
    return len(name_key(candidate).split()) > len(name_key(current).split())
