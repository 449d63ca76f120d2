"""Numbers as news writes them: "11,000", "11 000", "1.2bn", "$1.2 billion", "0.92pc", "3-4,000",
"five thousand", "One hundred and forty-seven", "several hundred".

``find_quantities`` scans raw text and returns every quantity with its value (or ``low``/``high``
for a range, or nothing for a vague amount) and the character span of the figure. It works on
text, not tokens, because tokenizers split odd formats ("3-4,000", "1.2bn") unpredictably; the
claims stage maps the spans back onto the parse. Nothing here raises on odd input: a string that
does not parse is simply not a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["SMALL_NUMBERS", "Quantity", "currency_code", "find_quantities", "parse_number", "words_to_number"]

Number = int | float

SMALL_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# abbreviations written straight after the digits or after a space: "1.2bn", "5m", "$3 mln"
_SCALE_ABBR = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₺": "TRY",
    "Rs": "PKR",
    "Rs.": "PKR",
}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "lira": "TRY",
    "liras": "TRY",
    "rupees": "PKR",
    "yuan": "CNY",
    "yen": "JPY",
}

_SPELLED = "|".join(sorted([*SMALL_NUMBERS, *_TENS, *_SCALES], key=len, reverse=True))
_WORD = rf"(?:{_SPELLED})(?:-(?:{_SPELLED}))?"
# "One hundred and forty-seven", "five thousand", "a million": number words joined by spaces/"and"
_SPELLED_RE = rf"(?:\b(?:an?\s+)?{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*\b)"
# digits: "11,000", "11 000" (groups of three), "1.5", "0.92"; no trailing digit or letter-digit glue
_DIGITS_RE = (
    r"(?<![\w.,/:])(?<![A-Za-z]-)"
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?(?![:/]\d|\d)"
)
_SCALE_RE = r"(?:\s*(?:bn|mn|mln|trn|tn|k|m|b)\b|\s+(?:hundred|thousand|million|billion|trillion)\b)"
_NUM_RE = rf"(?:{_DIGITS_RE}{_SCALE_RE}?|{_SPELLED_RE})"
_CUR_RE = r"(?:US\$|\$|£|€|¥|₹|₺|Rs\.?\s?)"
_PCT_RE = r"(?:\s*%|\s*pc\b|\s+per\s?cent\b|\s+percent\b)"
_ONE_RE = rf"(?:{_CUR_RE})?{_NUM_RE}(?:{_PCT_RE})?"
_RANGE_SEP = r"(?:\s*[-–—]\s*|\s+to\s+|\s+and\s+)"
_QUANTITY = re.compile(
    rf"(?P<between>\bbetween\s+)?(?P<first>{_ONE_RE})(?:(?P<sep>{_RANGE_SEP})(?P<second>{_ONE_RE}))?",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:(?:several|a\s+few|many)\s+(?:hundred|thousand|million|dozen)|(?:tens|hundreds)\s+of\s+thousands"
    r"|dozens|hundreds|thousands|millions|scores)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in a text: ``value`` (= ``low`` for a range), ``None`` for a vague amount."""

    text: str
    start: int
    end: int
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None  # "USD", "percent", ... when the figure itself says so
    vague: bool = False
    spelled: bool = False


def _tidy(x: float | Decimal) -> Number:
    if isinstance(x, Decimal):
        return int(x) if x == x.to_integral_value() and abs(x) < 10**18 else float(x)
    return int(x) if float(x).is_integer() and abs(x) < 1e18 else round(x, 6)


def words_to_number(text: str) -> int | None:
    """ "One hundred and forty-seven" → 147, "five thousand" → 5000, "a million" → 1000000."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if words and words[0] in ("a", "an"):
        if len(words) < 2 or words[1] not in _SCALES:
            return None
        words[0] = "one"
    if not words:
        return None
    total, current, seen = 0, 0, False
    for w in words:
        if w in SMALL_NUMBERS:
            current += SMALL_NUMBERS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> Number | None:
    """One number as written ("11 000", "1.2bn", "5.3 million", "five thousand"); None if it is not one."""
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    m = re.fullmatch(r"(\d[\d, ]*)(?:\.(\d+))?\s*([A-Za-z]+)?", s)
    if m:
        whole = m.group(1)
        if "," in whole and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", whole):
            return None
        if " " in whole.strip() and not re.fullmatch(r"\d{1,3}(?: \d{3})+", whole.strip()):
            return None
        digits = whole.replace(",", "").replace(" ", "")
        if not digits or len(digits) > 18:
            return None
        # Decimal keeps "65.4 billion" exact (65.4 * 1e9 is 65400000000.00001 in floats)
        number = Decimal(f"{digits}.{m.group(2)}") if m.group(2) else Decimal(digits)
        scale_word = (m.group(3) or "").lower()
        if scale_word:
            scale = _SCALES.get(scale_word) or _SCALE_ABBR.get(scale_word)
            if scale is None:
                return None
            number *= scale
        return _tidy(number)
    return words_to_number(s)


def _split_one(text: str) -> tuple[Number | None, str | None, str]:
    """Value, unit hint and the bare number text of one ``_ONE_RE`` match."""
    s = text.strip()
    unit = None
    cur = re.match(_CUR_RE, s)
    if cur:
        unit = _CURRENCY_SYMBOLS.get(cur.group(0).strip(), "USD")
        s = s[cur.end() :]
    pct = re.search(_PCT_RE + r"$", s, re.IGNORECASE)
    if pct:
        unit = "percent"
        s = s[: pct.start()]
    return parse_number(s), unit, s


def _scale_of(text: str) -> int:
    m = re.search(r"(hundred|thousand|million|billion|trillion|bn|mn|mln|trn|tn|k|m|b)\s*$", text, re.IGNORECASE)
    if not m:
        return 1
    word = m.group(1).lower()
    return _SCALES.get(word) or _SCALE_ABBR.get(word, 1)


def _range(first: str, second: str, sep: str, between: bool) -> tuple[Number, Number, str | None] | None:
    low, unit1, bare1 = _split_one(first)
    high, unit2, bare2 = _split_one(second)
    if low is None or high is None:
        return None
    if "and" in sep.lower() and not between:
        return None  # "912 dead and 5,000 injured": two figures, not a range
    scale = _scale_of(bare2)
    if scale > 1 and _scale_of(bare1) == 1 and low * scale <= high * 1.0001:
        low = _tidy(low * scale)  # "5 to 10 million", "1.2-1.5bn"
    elif re.fullmatch(r"\d{1,3}", bare1.strip()) and re.fullmatch(r"\d{1,3}(?:,\d{3})+", bare2.strip()):
        groups = bare2.count(",")
        scaled = low * 1000**groups
        if scaled <= high and low < high / 1000**groups + 1:
            low = _tidy(scaled)  # "3-4,000" → 3,000 to 4,000
    if not low < high:
        return None
    return low, high, unit1 or unit2


def _has_number_word(text: str) -> bool:
    return bool(re.search(rf"\b(?:{_SPELLED})\b", text, re.IGNORECASE))


def currency_code(word: str) -> str | None:
    """ "dollars" → "USD", "liras" → "TRY"; None for other words."""
    return _CURRENCY_WORDS.get(word.lower())


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` with its value, in order; vague amounts ("dozens") with value None."""
    out: list[Quantity] = []
    vague = [Quantity(m.group(0), m.start(), m.end(), None, vague=True) for m in _VAGUE.finditer(text)]
    taken: list[tuple[int, int]] = [(q.start, q.end) for q in vague]
    for m in _QUANTITY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        first = m.group("first")
        if not first.strip() or not (re.search(r"\d", first) or _has_number_word(first)):
            continue
        start = m.start("first")
        end = m.end("first")
        value, unit, bare = _split_one(first)
        low = high = None
        second = m.group("second")
        if second:
            sep = m.group("sep") or ""
            rng = _range(first, second, sep, bool(m.group("between")))
            if rng is not None:
                low, high, unit = rng
                value = low
                end = m.end("second")
                if m.group("between"):
                    start = m.start("between")
            else:
                # not a range: the second figure is found on its own by the next scan
                nxt = m.start("second")
                for q in find_quantities(text[nxt : m.end("second")]):
                    out.append(
                        Quantity(q.text, q.start + nxt, q.end + nxt, q.value, q.low, q.high, q.unit, q.vague, q.spelled)
                    )
                    taken.append((q.start + nxt, q.end + nxt))
        if value is None:
            continue
        spelled = not re.search(r"\d", bare)
        out.append(Quantity(text[start:end], start, end, value, low, high, unit, spelled=spelled))
        taken.append((start, end))
    out.extend(vague)
    out.sort(key=lambda q: q.start)
    return out
