"""The language a body is written in, read off the text itself.

A page's declared language is often a template default (``lang="en"`` on every page of a site that
publishes in three languages), and page text carries no declaration at all, so the body decides: its
script when that is not Latin, otherwise the share of its words that are the function words of each
known language (``nlp/lexicons/function_words.txt``). The analysis stages read English only; the
pipeline skips them for a body in another language rather than filling the ledger with nonsense.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..nlp.lexicon import table

__all__ = ["body_language"]

# A text shorter than this says too little to tell one language from another.
_MIN_WORDS = 20
# Below this share of function words a Latin-script text is no language we know (a list, a table).
_MIN_SHARE = 0.12
# Scripts that name their language outright; letters distinctive of one language sharing a script
# (Ukrainian in Cyrillic, Japanese kana among Chinese characters) are checked first.
_SCRIPT_LANGUAGE = {
    "CYRILLIC": "ru",
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "THAI": "th",
}
_UKRAINIAN_LETTERS = frozenset("ієїґІЄЇҐ")
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _profiles() -> dict[str, frozenset[str]]:
    return {code: frozenset(words.split()) for code, words in table("function_words").items()}


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _script_language(text: str) -> str | None:
    """The language a non-Latin script names, when most of the letters are in it."""
    sample = text[:20_000]
    # the letters outside ASCII are looked up one by one; those inside it are Latin, counted at once
    others = [ch for ch in _NON_ASCII.findall(sample) if ch.isalpha()]
    total = sum(1 for _ in _ASCII_LETTER.finditer(sample)) + len(others)
    if not total:
        return None
    counts: dict[str, int] = {"LATIN": total - len(others)}
    for ch in others:
        script = _script(ch)
        counts[script] = counts.get(script, 0) + 1
    if counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0) > 0.05 * total:
        return "ja"
    script, count = max(counts.items(), key=lambda kv: kv[1])
    if count < 0.5 * total or script == "LATIN":
        return None
    if script == "CYRILLIC" and any(ch in _UKRAINIAN_LETTERS for ch in others):
        return "uk"
    return _SCRIPT_LANGUAGE.get(script)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def body_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when it cannot tell
    (too short, or no language it knows)."""
    by_script = _script_language(text)
    if by_script:
        return by_script
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < _MIN_WORDS:
        return None
    shares = {code: sum(w in profile for w in words) / len(words) for code, profile in _profiles().items()}
    code, share = max(shares.items(), key=lambda kv: kv[1])
    return code if share >= _MIN_SHARE else None
