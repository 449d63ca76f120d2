"""Speakers across articles: one canonical entity per person or organisation.

Names are compared by the rules in ``newsledger.names`` (the same the mention resolver uses within an
article): a folded key, surnames across transliterations, titles split off and kept; an organisation by
its acronym or expansion (CSIS / Canadian Security Intelligence Service), by a name that ends another's
("Flood Authority" / "Coastal Flood Authority"), by its name without the word for its kind ("Kessa" /
"Kessa Agency"), or a government body's joining several portfolios by its first ("Ministry of Agriculture" /
"Ministry of Agriculture and Fisheries"), when exactly one organisation of the ledger fits.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..names import (
    acronym_of,
    acronyms_of,
    edit_distance,
    fold,
    is_acronym,
    looks_like_org,
    name_key,
    nation_of,
    person_parts,
    same_org,
    same_person,
    skeleton,
    split_title,
)
from ..nlp.entities import public_name
from ..nlp.lexicon import table, words

__all__ = [
    "PERSON",
    "SpeakerIndex",
    "SpeakerInfo",
    "better_name",
    "edit_distance",
    "firm_head",
    "fold",
    "looks_like_org",
    "name_key",
    "org_key",
    "person_parts",
    "same_person",
    "skeleton",
    "split_title",
]

PERSON = "PERSON"


def org_key(name: str) -> str:
    """An organisation's name without the words for its kind or its legal form at its end: "Kessa Agency", "Kessa
    News Agency", "Kessa Inc" → kessa; kept whole when what is left is a nationality or a country ("Kelvorian
    government" and "Kelvorian authorities" are two bodies)."""
    place, rest = _place_opening(name)
    rest = _portfolio_first(rest)
    key = name_key(f"{place} {rest}" if place else rest)
    kinds = words("org_nouns") | words("legal_suffixes") | {"news"}
    parts = key.split()
    while len(parts) > 1 and parts[-1] in kinds:
        parts.pop()
    bare = " ".join(parts)
    return key if bare != key and (bare in _nationalities() or (place and bare == place)) else bare


def _portfolio_first(name: str) -> str:
    """A government body's name as "Defence Ministry" writes it: its kind "of" or "for" its portfolio, inverted
    ("Ministry of Defence", "Ministry of the Interior", "Department for Health"); any other name as it is ("Bank
    of England")."""
    match = re.match(r"(\S+) (?:of|for) (?:the )?(.+)$", name.strip(), re.IGNORECASE)
    if match is None or name_key(match[1]) not in words("org_nouns"):
        return name
    kind, portfolio = match[1], match[2]
    if not all(w in words("portfolio_words") or w == "and" for w in name_key(portfolio).split()):
        return name
    return f"{portfolio} {kind}"


def _nation_opening(name: str) -> str | None:
    """The country a body's name opens on, under one stem ("Karsenian", "Karsenia's" → karsen), or None."""
    return _place_opening(name)[0]


_ADJECTIVE_END = re.compile(r"(?:ians?|ans?|ese|ish|is?|ia|a)$")


def _place_opening(name: str) -> tuple[str | None, str]:
    """(the place a body's name opens on, the rest): a possessive or a nationality word, under one stem for
    both ("Belvoria's army" and "Belvorian army" → belvor, army; "Turkey's" and "Turkish" → turkey); none for
    a name opening on anything else."""
    first, _, rest = name.strip().partition(" ")
    if not rest or not first[:1].isupper():
        return None, name
    nation = nation_of(first)
    if nation is not None:
        return nation, rest
    bare = re.sub(r"['’]s$", "", first)
    if bare != first or re.search(r"(?:ian|an|ese|ish)$", first):
        return _ADJECTIVE_END.sub("", fold(bare)) or fold(bare), rest
    return None, name


@functools.cache
def _nationalities() -> frozenset[str]:
    demonyms = table("demonyms")
    return frozenset(name_key(k) for k in demonyms) | frozenset(name_key(v) for v in demonyms.values())


_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your", "a", "an", "this", "that"})


def _tail(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def _org_tails(name: str) -> set[str]:
    """The index keys of an organisation's name: its org_key's last word, and that of the words before an "of"
    ("Joint Command of the Kessan Forces" is filed under the "Joint Command" it is also called)."""
    tails = {_tail(org_key(name))}
    parts = name_key(name).split()
    if len(parts) >= 3 and (parts[-1] in words("company_words") or parts[-1] in words("legal_suffixes")):
        # "Orvane Tin Mining Company" is filed under the "Orvane Tin" it opens on, too (``names.same_org``)
        tails.update(parts[k] for k in (-2, -3) if len(parts) + k + 1 >= 2)
    head, of, _ = name.partition(" of ")
    if of and len(head.split()) >= 2:
        tails.add(_tail(org_key(head)))
    first = _first_portfolio(name)
    if first is not None:
        tails.add(_tail(first))
    return tails


@functools.lru_cache(maxsize=65_536)  # read for every known name of every candidate a new name is matched against
def _first_portfolio(name: str) -> str | None:
    """The org_key of a government body's name cut after its first portfolio, for a name that joins several
    ("Ministry of Agriculture and Fisheries", "Department for Health, Housing and Welfare" → agriculture,
    health): the body goes by that shorter name too. None for any other name."""
    match = re.match(r"((\S+) (?:of|for) (?:the )?([^,]+?))(?:,| and ) ?\S", name.strip(), re.IGNORECASE)
    if match is None or name_key(match[2]) not in words("org_nouns"):
        return None
    if not all(w in words("portfolio_words") for w in name_key(match[3]).split()):
        return None  # "Bank of Kessa and Orvel" joins no portfolios
    return org_key(match[1])


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
    by_org_tail: dict[str, set[int]] = field(default_factory=dict)  # last word of an organisation's org_key
    by_acronym: dict[str, set[int]] = field(default_factory=dict)  # the initials of an organisation's names
    by_firm_head: dict[str, set[int]] = field(default_factory=dict)  # a business's name's first word
    names: dict[int, set[str]] = field(default_factory=dict)  # an organisation's name and aliases

    def _index_name(self, speaker_id: int, name: str) -> None:
        info = self.speakers.get(speaker_id)
        if info is None:
            return
        if info.type == PERSON:
            self.by_surname.setdefault(skeleton(person_parts(name)[1]), set()).add(speaker_id)
            return
        self.names.setdefault(speaker_id, set()).add(name)
        for tail in _org_tails(name):
            self.by_org_tail.setdefault(tail, set()).add(speaker_id)
        if len(name.split()) > 1:
            self.by_acronym.setdefault(acronym_of(name), set()).add(speaker_id)
            if firm_head(name):
                self.by_firm_head.setdefault(name_key(name.split(maxsplit=1)[0]), set()).add(speaker_id)

    def add_speaker(self, info: SpeakerInfo) -> None:
        self.speakers[info.id] = info
        self._index_name(info.id, info.name)

    def add_alias(self, key: str, speaker_id: int, written: str | None = None) -> None:
        """Map an alias key to a speaker; ``written``, the form as written, is what its name is read by (a
        key has lost the capitals and the possessive that say a country's body: "Karsenia's")."""
        self.aliases[key] = speaker_id
        self._index_name(speaker_id, written or key)

    def rename(self, speaker_id: int, name: str) -> None:
        self.speakers[speaker_id].name = name
        self._index_name(speaker_id, name)

    def merge(self, drop: int, keep: int) -> None:
        """Move ``drop``'s aliases and names, as written, to ``keep``, then forget ``drop``."""
        for alias in [k for k, v in self.aliases.items() if v == drop]:
            self.aliases[alias] = keep
        for written in self.names.get(drop, ()):
            self._index_name(keep, written)
        self.remove(drop)

    def remove(self, speaker_id: int) -> None:
        self.speakers.pop(speaker_id, None)
        self.names.pop(speaker_id, None)
        for index in (self.by_surname, self.by_org_tail, self.by_acronym, self.by_firm_head):
            for ids in index.values():
                ids.discard(speaker_id)

    def match(self, name: str, type: str | None) -> int | None:
        """The speaker ``name`` (title split off) refers to, or None when it is new."""
        key = name_key(name)
        if not key:
            return None
        found = self.aliases.get(key)
        if found is not None and found in self.speakers:
            return found
        orgish = looks_like_org(name) or is_acronym(name)
        mistyped = False
        if type not in (None, PERSON) or (type is None and orgish):
            found = self._match_org(name)
            if found is not None or orgish or len(name.split()) > 1:
                return found
            # one word the entity stage took for an organisation: the surname of one known person ("Varga said")
            mistyped = True
        first, last = person_parts(name)
        ranked: list[tuple[int, int, int]] = []  # (first names equal, seen, id)
        for sid in self.by_surname.get(skeleton(last), ()):
            info = self.speakers.get(sid)
            if info is None or info.type != PERSON or not same_person(name, info.name):
                continue
            ranked.append((int(first is not None and person_parts(info.name)[0] == first), info.seen, -sid))
        if not ranked or (mistyped and len(ranked) > 1):
            return self._match_org(name) if type is None else None  # a name of no known type: either
        return -max(ranked)[2]

    def match_description(self, description: str, body: str) -> int | None:
        """The one organisation of the ledger that a description of two words or more ending in a kind of
        body names by the end of its name: "the government's emergency directorate" → National Emergency
        Directorate. The name's other words must be in the article (``body``) or only say the level of
        government ("national", "federal"): "the health ministry" of one country is not another's."""
        owned = re.split(r"['’]s\s+", description)[-1]
        words_ = name_key(owned).split()
        # (a kind of body may be written in two words the word list writes as one: "coast guard")
        kind = words_[-1] in words("org_nouns") or "".join(words_[-2:]) in words("org_nouns")
        if len(words_) < 2 or not kind or words_[0] in _DETERMINERS:
            return None
        tail = " ".join(words_)
        found = set()
        folded: str | None = None
        for sid in self.by_org_tail.get(_tail(org_key(tail)), ()):
            info = self.speakers.get(sid)
            if info is None or info.type == PERSON:
                continue
            # its name as written ends so, or a portfolio's body's as a description writes it is so ("the finance
            # ministry" names the Ministry of Finance); a name that is the description itself is an alias already
            name = name_key(info.name)
            portfolio = name_key(_portfolio_first(info.name))
            # (or before words of the body's kind it goes on with: "the fire service" of a "Fire Service Directorate")
            key = next(
                (
                    k
                    for k in (portfolio, name, _without_kind_words(portfolio), _without_kind_words(name))
                    if k.endswith(" " + tail) or k == tail != name
                ),
                None,
            )
            if key is None:
                continue
            if folded is None:
                folded = fold.__wrapped__(body)  # once, and not into the cache of names
            extra = key[: -len(tail)].split()
            if all(w in words("national_words") or re.search(rf"\b{re.escape(w)}", folded) for w in extra):
                found.add(sid)
        return next(iter(found)) if len(found) == 1 else None

    def _match_org(self, name: str) -> int | None:
        """The one organisation ``name`` names under another name (acronym, expansion, a shorter name)."""
        found: set[int] = set()
        if is_acronym(name):
            letters = name.replace(".", "")
            found = set(self.by_acronym.get(letters.upper(), ()))
            if letters.endswith("s") and letters[:-1].isupper():
                found |= set(self.by_acronym.get(letters[:-1], ()))  # "NGOs"; but "DRS" is no "DR"
        else:
            key = org_key(name)
            if firm_head(name):
                # the one-word short name known before the full one ("Kellarin", then "Kellarin Home Appliances")
                short = self.aliases.get(name_key(name.split(maxsplit=1)[0]))
                if short is not None and short in self.speakers and " " not in self.speakers[short].name:
                    found.add(short)
            if len(name.split()) > 2:
                acronym = self.aliases.get(name_key(acronym_of(name)))
                if acronym is not None and acronym in self.speakers:
                    found.add(acronym)
            first = _first_portfolio(name)
            for sid in {sid for tail in _org_tails(name) for sid in self.by_org_tail.get(tail, ())}:
                if any(
                    org_key(n) == key or same_org(n, name) or key == _first_portfolio(n) or org_key(n) == first
                    for n in self.names.get(sid, ())
                ):
                    found.add(sid)
        found = {sid for sid in found if sid in self.speakers and self.speakers[sid].type != PERSON}
        # bodies of two countries are two bodies, however alike their names ("Karsenian Ministry of Defence" is
        # not the "Ministry of Defence" already named as the Dravonian one)
        nation = _nation_opening(name)
        if nation is not None:
            found = {sid for sid in found if all(_nation_opening(n) in (None, nation) for n in self.names.get(sid, ()))}
        if not found and " " not in name.strip() and not is_acronym(name) and nation_of(name) is None:
            # "Kellarin said" in one article, "Kellarin Home Appliances" in another: the one business whose
            # name it opens (a public body's name often opens on a place's: "Kessa Port Authority")
            found = {sid for sid in self.by_firm_head.get(name_key(name), ()) if sid in self.speakers}
            found = {sid for sid in found if self.speakers[sid].type != PERSON}
        return next(iter(found)) if len(found) == 1 else None


def _without_kind_words(key: str) -> str:
    """A name's key without the word for a body's kind it ends on ("varnese fire service directorate" →
    "varnese fire service")."""
    parts = key.split()
    if len(parts) > 1 and parts[-1] in words("org_nouns"):
        parts.pop()
    return " ".join(parts)


def firm_head(name: str) -> bool:
    """Does a business's name of two words or more open on a word it goes by alone ("Kellarin Home Appliances")?
    Not a public body's, which often opens on a place's name ("Kessa Port Authority"), nor an acronym."""
    words_ = name.split()
    return len(words_) > 1 and not public_name(name) and not is_acronym(words_[0]) and nation_of(words_[0]) is None


def better_name(current: str, candidate: str, type: str) -> bool:
    """Whether ``candidate`` is a fuller canonical name than ``current``: a first name added, the word for an
    organisation's kind ("Kessa" → "Kessa Agency"), or the name an acronym spells ("KRA" → "Kessa Relief
    Authority"; an acronym of a name in another language, "AFAD", stays as it is written)."""
    longer = len(name_key(candidate).split()) > len(name_key(current).split())
    if type != PERSON:
        if is_acronym(current.strip()) and current.replace(".", "").upper() in acronyms_of(candidate):
            return True
        head = candidate.split(maxsplit=1)[0] if candidate.split() else ""
        opens = " " not in current.strip() and firm_head(candidate) and name_key(head) == name_key(current)
        # "Belvorian army" names the body; "Belvoria's army" says whose it is
        named = _POSSESSIVE.search(current) is not None and _POSSESSIVE.search(candidate) is None
        same = org_key(candidate) == org_key(current)
        return (longer and (same or opens)) or (named and same)
    return longer


_POSSESSIVE = re.compile(r"^\S+['’]s\s")
