"""Datelines: the place (and agency) a wire story opens with, "KESSA, Norvania (Reuters) —"."""

from __future__ import annotations

import re

__all__ = ["dateline_date", "split_dateline"]

_WORD = re.compile(r"\w+")

_AGENCY = r"\((?:[A-Z][\w.&'’ ]{0,30})\)"
_DATE_PART = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_DASH_OR_COLON = r"\s*(?:--|[-–—―:])\s*"
# "VELMONT (Reuters) -", "KESSA:", "PORT DRASNA, Oct 28 (AFP) —", "VELMONT, Norv. (AP) —":
# a place in capitals, an optional region, date and agency, then a dash or colon.
_DATELINE_CAPS = re.compile(
    rf"^(?P<dl>(?P<place>[A-Z][A-Z.'’\- ]{{1,40}}[A-Z.])(?:,\s*[A-Z][A-Za-z.'’\- ]{{1,30}}?)?"
    rf"(?:,?\s+(?P<date>{_DATE_PART}))?(?:\s*{_AGENCY})?){_DASH_OR_COLON}"
)
# "Velmont, DR, Norvania:", "Kessa, Norv. —": capitalised words with at least one comma.
_DATELINE_MIXED = re.compile(
    r"^(?P<dl>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3}(?:,\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3}){1,2}"
    rf"(?:\s*{_AGENCY})?)\s*(?:--|[–—―:]|\s-)\s+"
)
# "(Reuters) — The Norvanian State …": the agency alone
_DATELINE_AGENCY = re.compile(rf"^(?P<dl>{_AGENCY}){_DASH_OR_COLON}")
# Capitalised labels that open a paragraph like a dateline but name no place
_LABELS = frozenset(
    {
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "BREAKING NEWS",
        "EXCLUSIVE",
        "WATCH",
        "PHOTOS",
        "VIDEO",
        "LISTEN",
        "READ",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "COMMENT",
        "CORRECTION",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "FILE",
        "LIVE",
        "REVIEW",
        "SPONSORED",
        "ADVERTISEMENT",
    }
)
# A place alone on the first line: "KESSA, NORVANIA"
_ALONE_PLACE = re.compile(r"^[A-Z][A-Z.'’\- ]{1,40},\s*[A-Z][A-Z.'’\- ]{1,40}$")


def split_dateline(body: str) -> tuple[str | None, str]:
    """``("VELMONT (Reuters)", rest)`` when the body opens with a dateline, else ``(None, body)``."""
    first, sep, rest = body.partition("\n\n")
    if sep and _ALONE_PLACE.match(first.strip()):
        return first.strip(), rest
    for pattern in (_DATELINE_CAPS, _DATELINE_MIXED, _DATELINE_AGENCY):
        m = pattern.match(body)
        if not m:
            continue
        dateline = m.group("dl").strip()
        # a dateline names a place ("NEW KESSA"), not a sentence-initial acronym ("VDA said") or a label
        caps = m.groupdict().get("place")
        if caps is not None and (
            sum(c.isupper() for c in caps) < 3 or caps.strip().upper() in _LABELS or caps.startswith("DEAR ")
        ):
            continue
        rest = body[m.end() :].lstrip(" -–—")
        if len(_WORD.findall(rest)) >= 3 and (rest[:1].isupper() or rest[:1] in "“\"‘'"):
            return dateline, rest
    return None, body


def dateline_date(text: str) -> str | None:
    """The day a dateline opening ``text`` gives, as written ("KESSA, Oct 4 (Wire) - …" → "Oct 4"), if any."""
    m = _DATELINE_CAPS.match(text)
    return m.group("date") if m is not None and m.group("date") else None
