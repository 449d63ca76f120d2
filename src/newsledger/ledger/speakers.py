"""Speakers across articles: one canonical entity per person or organisation.

Names are compared by the rules in ``newsledger.names`` (the same the mention resolver uses within an
article): a folded key, surnames across transliterations, titles split off and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..names import edit_distance, fold, looks_like_org, name_key, person_parts, same_person, skeleton, split_title

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
