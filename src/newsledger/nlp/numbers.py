"""Numbers as news writes them: "13,400", "13 400", "1,23,456", "1.2bn", "$1.2 billion", "₹6 lakh", "80 cents",
"0.75pc", "2 percentage points", "50bp", "21.4C", "18 months", "3 km", "3-4,000", "two or three days",
"1 in 5", "five thousand", "Two hundred and sixty-three", "a month", "several hundred".

``find_quantities`` scans raw text and returns every quantity with its value (or ``low``/``high`` for a
range, or nothing for a vague amount), the unit the figure itself writes (an ISO currency code, "percent",
"percentage points", "basis points", "degrees Celsius", a unit of time, length, area, mass or volume) and
the character span of the figure, unit included. It works on text, not tokens, because tokenizers split odd
formats ("3-4,000", "1.2bn", "21.4C") unpredictably; the claims stage maps the spans back onto the parse.
Nothing here raises on odd input: a string that does not parse is simply not a quantity. The scale words,
currency signs and names and the units are data (``lexicons/``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .lexicon import table

__all__ = [
    "SMALL_NUMBERS",
    "Quantity",
    "currency_code",
    "find_quantities",
    "has_large_scale",
    "measure_unit",
    "parse_number",
    "range_apart",
    "time_unit",
    "unit_of_word",
    "words_to_number",
]

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
_SCALES = {word: int(n) for word, n in table("number_scales").items()}
# abbreviations written straight after the digits or after a space: "1.2bn", "5m", "$3 mln", "Rs 500 cr"
_SCALE_ABBR = {word: int(n) for word, n in table("scale_abbreviations").items()}
_CURRENCY_SIGNS = table("currency_signs")
_CURRENCY_WORDS = table("currency_words")
_MINOR_UNITS = table("currency_minor")
_TIME_UNITS = table("time_units")
_MEASURE_UNITS = table("measure_units")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SPELLED = _alternation([*SMALL_NUMBERS, *_TENS, *_SCALES, "dozen"])
_SCALE_WORDS = _alternation([*_SCALES, "dozen"])
_WORD = rf"(?:{_SPELLED})(?:-(?:{_SPELLED}))?"
# "Two hundred and sixty-three", "five thousand", "a million": number words joined by spaces/"and"
_SPELLED_RE = rf"(?:\b(?:(?:half\s+)?an?\s+(?=(?:{_SCALE_WORDS})\b))?{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*\b)"
# digits: "13,400", "1,23,456" (Indian grouping), "13 400" (groups of three), "1.5", "0.75"
_DIGITS_RE = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+)"
    r"(?:\.\d+)?(?![:/]\d|\d)"
)
# no trailing digit or letter-digit glue before a free-standing number: not "F-16", "COVID-19", "v2.3"
_FREE = r"(?<![\w.,/:])(?<![A-Za-z]-)"
_SCALE_RE = rf"(?:\s*(?:{_alternation(list(_SCALE_ABBR))})\b(?![.,]\d)|\s+(?:{_alternation(list(_SCALES))})\b)"


def _sign(sign: str) -> str:
    if re.fullmatch(r"[A-Z]", sign):
        return rf"(?<![A-Za-z]){sign}(?=\d{{1,3}}(?:,\d{{3}})+)"  # "N75,000" (naira), not "N95"
    if sign[0].isalpha():
        return rf"(?<![A-Za-z]){re.escape(sign)}\s?"
    return rf"{re.escape(sign)}\s?"


# case-sensitive: "TRY" is Turkish lira, "try" is not
# a currency's three-letter code no table holds ("LDR 4.6m", "LDR 85 million"), only before an amount with a
# scale: "ABC 12" is no money
_LARGE_SCALES = [w for w, n in _SCALES.items() if n >= 1_000_000]  # million, crore, billion, trillion
_CODE = rf"(?<![A-Za-z])[A-Z]{{3}}\s?(?=\d[\d.,]*(?:(?:m|mn|bn|k)\b|\s+(?:{_alternation(_LARGE_SCALES)})\b))"
_CUR_RE = "(?-i:" + "|".join([*(_sign(s) for s in sorted(_CURRENCY_SIGNS, key=len, reverse=True)), _CODE]) + ")"
_CUR_AT_START = re.compile(_CUR_RE)
_PCT_RE = r"(?:\s*%|\s*pc\b|\s+per\s?cent\b|\s+percent\b)"
_PP_RE = r"(?:\s+percentage[-\s]points?\b|\s*ppts?\b|\s*pp\b)"
_BP_RE = r"(?:\s+basis[-\s]points?\b|\s*bps?\b)"
_TEMP_RE = r"(?:\s?°\s?(?-i:[CF])\b|(?-i:[CF])\b(?![-'’])|[\s-]+degrees?\s+(?:Celsius|Fahrenheit|centigrade)\b)"
_MINOR_RE = rf"(?:\s*(?:{_alternation([w for w in _MINOR_UNITS if len(w) > 1])})\b|(?-i:p)\b)"
_TIME_RE = rf"(?:\s*(?:{_alternation(list(_TIME_UNITS))})\b)"
_MEASURE_RE = rf"(?:\s*(?:(?:square|sq\.?)\s+)?(?:{_alternation(list(_MEASURE_UNITS))})\b)"
# (or joined by a hyphen, as a modifier: "its 45-euro offer")
_CURWORD_RE = rf"(?:(?:\s+|(?<=\d)-)(?:{_alternation(list(_CURRENCY_WORDS))})\b)"
# the unit a figure writes after itself; percentage points before percent, which would take "percentage"
_SUFFIXES: list[tuple[str, str]] = [
    ("pp", _PP_RE),
    ("bp", _BP_RE),
    ("percent", _PCT_RE),
    ("temperature", _TEMP_RE),
    ("minor", _MINOR_RE),
    ("time", _TIME_RE),
    ("measure", _MEASURE_RE),
    ("currency", _CURWORD_RE),
]
_SUFFIX_RE = "|".join(p for _, p in _SUFFIXES)
_SUFFIX_AT_END = [(kind, re.compile(f"(?:{p})$", re.IGNORECASE)) for kind, p in _SUFFIXES]
# an amount after a currency sign takes no unit after it ("₹3,410 crore year on year")
_ONE_RE = rf"(?:{_CUR_RE}{_DIGITS_RE}{_SCALE_RE}?|(?:{_FREE}{_DIGITS_RE}{_SCALE_RE}?|{_SPELLED_RE})(?:{_SUFFIX_RE})?)"
_RANGE_SEP = r"(?:\s*[-–—]\s*|\s+to\s+|\s+and\s+|\s+or\s+)"
_QUANTITY = re.compile(
    rf"(?P<between>\bbetween\s+)?(?P<first>{_ONE_RE})(?:(?P<sep>{_RANGE_SEP})(?P<second>{_ONE_RE}))?",
    re.IGNORECASE,
)
# where a quantity can start: a digit, a currency sign or a word (the full pattern is tried only there, which
# is much faster than letting it search every position of a long text)
_START = re.compile(r"[\d$£€¥₹₺₦₱₩₽₪]|\b[A-Za-z]")
_VAGUE = re.compile(
    r"\b(?:(?:several|a\s+few|many)\s+(?:hundred|thousand|million|dozen)|(?:tens|hundreds)\s+of\s+thousands"
    r"|dozens|hundreds|thousands|millions|scores)\b",
    re.IGNORECASE,
)
# "a month on the bench": one unit of time written with the article
_ONE_TIME = re.compile(
    rf"\ban?\s+(?P<unit>{_alternation([w for w in _TIME_UNITS if not w.endswith('s') and w != 'second'])})\b",
    re.IGNORECASE,
)
# a count (with its scale glued on: "3m", "2bn") and up to three words before "a night", "a year" ("six hours a
# night", "$1,840 a year", "3m crowns a month", "twice a day"), or one thing right before it ("an hour a day", "a
# pill a day"): the article opens the rate's denominator, not one unit of time of its own
_COUNT_WORD = _alternation([*SMALL_NUMBERS, *_TENS, "hundred", "dozen", "once", "twice"])
_RATE_BEFORE = re.compile(
    rf"(?:(?:\d[A-Za-z]{{0,3}}|%|\b(?:{_COUNT_WORD}))(?:\s+[A-Za-z-]+){{0,3}}|\ban?\s+[A-Za-z-]+)\s+$", re.IGNORECASE
)
# "1 in 5 adults", "one in four": a ratio, not two counts; not "3 in 2020", "2 in 10 days"
_SMALL_WORD = _alternation([w for w, n in SMALL_NUMBERS.items() if 1 <= n <= 10])
_RATIO = re.compile(
    rf"{_FREE}\b(?P<x>\d{{1,3}}|{_SMALL_WORD})\s+in\s+(?P<y>\d{{1,3}}(?:,\d{{3}})*|{_SMALL_WORD}|a\s+(?:hundred|thousand|million))\b"
    rf"(?![.,]?\d|\s*(?:%|per\s?cent|percent)|{_TIME_RE})",
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
    unit: str | None = None  # "USD", "percent", "months", "km", ... when the figure itself says so
    vague: bool = False
    spelled: bool = False
    kind: str | None = None  # which kind of unit it writes: percent, pp, bp, temperature, time, measure, money


def _tidy(x: float | Decimal) -> Number:
    if isinstance(x, Decimal):
        if abs(x) >= 10**18:  # rounding to six places would need more digits than the decimal context has
            return float(x)
        return int(x) if x == x.to_integral_value() else float(round(x, 6))
    return int(x) if float(x).is_integer() and abs(x) < 1e18 else round(x, 6)


def words_to_number(text: str) -> int | None:
    """ "Two hundred and sixty-three" → 263, "five thousand" → 5000, "a million" → 1000000, "half a million" →
    500000, "four lakh" → 400000."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if words[:1] == ["half"] and len(words) > 2 and words[1] in ("a", "an"):
        whole = words_to_number(" ".join(words[1:]))  # "half a million", "half a dozen"
        return whole // 2 if whole is not None and whole % 2 == 0 else None
    if words and words[0] in ("a", "an"):
        if len(words) < 2 or (words[1] not in _SCALES and words[1] != "dozen"):
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
        elif w in ("hundred", "dozen"):
            current = (current or 1) * (100 if w == "hundred" else 12)
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> Number | None:
    """One number as written ("13 400", "1,23,456", "1.2bn", "5.3 million", "five thousand"); None if not one."""
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    m = re.fullmatch(r"(\d[\d, ]*)(?:\.(\d+))?\s*([A-Za-z]+)?", s)
    if m:
        whole = m.group(1).strip()
        grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}", whole)
        if "," in whole and not grouped:
            return None
        if " " in whole and not re.fullmatch(r"\d{1,3}(?: \d{3})+", whole):
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


def _suffix(s: str) -> tuple[str, str, str] | None:
    """(kind, unit, the number's text without it) of the unit written after a number, if any."""
    for kind, pattern in _SUFFIX_AT_END:
        m = pattern.search(s)
        if not m or not s[: m.start()].strip():
            continue
        if kind == "minor" and m.group(0) == "p" and re.fullmatch(r"\d{3,}", s[: m.start()].strip()):
            continue  # "1080p" is a resolution: pence come in ones and tens ("50p")
        word = re.sub(r"\s+", " ", m.group(0).strip().lower())
        if kind == "pp":
            unit = "percentage points"
        elif kind == "bp":
            unit = "basis points"
        elif kind == "temperature":
            unit = "degrees Fahrenheit" if word.endswith(("f", "fahrenheit")) else "degrees Celsius"
        elif kind == "minor":
            unit = _MINOR_UNITS.get(m.group(0).strip().lower(), "USD")
        elif kind == "time":
            unit = _TIME_UNITS[word]
        elif kind == "measure":
            square = re.match(r"(?:square|sq\.?)\s+", word)
            base = _MEASURE_UNITS[word[square.end() :] if square else word]
            unit = f"square {base}" if square else base
        elif kind == "currency":
            unit = _CURRENCY_WORDS[word.lstrip("-")]
        else:
            unit = "percent"
        return "money" if kind == "currency" else kind, unit, s[: m.start()]
    return None


def _split_one(text: str) -> tuple[Number | None, str | None, str, str | None]:
    """Value, unit, the bare number text and the kind of unit of one ``_ONE_RE`` match."""
    s = text.strip()
    unit = kind = None
    cur = _CUR_AT_START.match(s)
    if cur:
        sign = cur.group(0).strip()
        unit, kind = _CURRENCY_SIGNS.get(sign, sign if re.fullmatch(r"[A-Z]{3}", sign) else "USD"), "money"
        s = s[cur.end() :]
    found = _suffix(s)
    minor = False
    if found is not None:
        kind, suffix_unit, s = found
        minor = kind == "minor"
        unit = unit or suffix_unit
        kind = "money" if minor else kind
    value = parse_number(s)
    if minor and value is not None:
        value = _tidy(Decimal(str(value)) / 100)  # "80 cents" → 0.80
    return value, unit, s, kind


# a number written with a scale of a million or more ("6.5 million", "2.4bn", "12 crore")
_LARGE_SCALE_RE = re.compile(
    rf"\d\s*(?:{_alternation([*_LARGE_SCALES, *(w for w, n in _SCALE_ABBR.items() if n >= 1_000_000)])})\b",
    re.IGNORECASE,
)


def has_large_scale(text: str) -> bool:
    """Is the figure written with a scale of a million or more ("6.5 million", "2.4bn")?"""
    return _LARGE_SCALE_RE.search(text) is not None


def _scale_of(text: str) -> int:
    words = _alternation([*_SCALES, *_SCALE_ABBR])
    m = re.search(rf"(?:{words})\s*$", text, re.IGNORECASE)
    if not m:
        return 1
    word = m.group(0).strip().lower()
    return _SCALES.get(word) or _SCALE_ABBR.get(word, 1)


def _range(first: str, second: str, sep: str, between: bool) -> tuple[Number, Number, str | None, str | None] | None:
    low, unit1, bare1, kind1 = _split_one(first)
    high, unit2, bare2, kind2 = _split_one(second)
    if low is None or high is None:
        return None
    if "and" in sep.lower() and not between:
        return None  # "638 dead and 1,700 injured": two figures, not a range
    if unit1 and unit2 and unit1 != unit2:
        return None  # "3 km or 2 miles": two figures
    if kind1 in ("percent", "pp", "bp") and not unit2:
        return None  # "fell 12% to 289.4 million units": a change and a level, not a range ("5 to 10%" is one)
    scale = _scale_of(bare2)
    if scale > 1 and _scale_of(bare1) == 1 and low * scale <= high * 1.0001:
        low = _tidy(low * scale)  # "5 to 10 million", "1.2-1.5bn"
    elif (
        re.fullmatch(r"\s*[-–—]\s*", sep)
        and re.fullmatch(r"\d{1,3}", bare1.strip())
        and re.fullmatch(r"\d{1,3}(?:,\d{3})+", bare2.strip())
    ):
        groups = bare2.count(",")
        scaled = low * 1000**groups
        if scaled <= high and low < high / 1000**groups + 1:
            low = _tidy(scaled)  # "3-4,000" → 3,000 to 4,000
    if not low < high:
        return None
    return low, high, unit1 or unit2, kind1 or kind2


def _has_number_word(text: str) -> bool:
    return bool(re.search(rf"\b(?:{_SPELLED})\b", text, re.IGNORECASE))


def currency_code(word: str) -> str | None:
    """ "dollars" → "USD", "liras" → "TRY"; None for other words."""
    return _CURRENCY_WORDS.get(word.lower())


def time_unit(word: str) -> str | None:
    """ "month" → "months", "hrs" → "hours"; None for words that are no unit of time."""
    return _TIME_UNITS.get(word.lower())


def measure_unit(word: str) -> str | None:
    """ "kilometres" → "km", "tons" → "tonnes"; None for words that are no unit of length, area, mass or volume."""
    return _MEASURE_UNITS.get(word.lower())


def unit_of_word(word: str) -> str | None:
    """The unit a word names after a number: a unit of time, length, area, mass or volume, a currency, or
    "percent"; None for other words ("troops")."""
    low = word.lower()
    if low in ("%", "percent", "cent", "pc"):
        return "percent"
    return _TIME_UNITS.get(low) or _MEASURE_UNITS.get(low) or _CURRENCY_WORDS.get(low) or _MINOR_UNITS.get(low)


def _shifted(q: Quantity, offset: int) -> Quantity:
    return Quantity(
        q.text, q.start + offset, q.end + offset, q.value, q.low, q.high, q.unit, q.vague, q.spelled, q.kind
    )


def range_apart(q: Quantity) -> list[Quantity]:
    """The two figures a range "A to B" is read as when it is a change ("rose from 38 to 41"), each on its own;
    a scale written only on the second is the first's too ("from 5 to 10 million")."""
    cut = re.search(r"\s+to\s+", q.text)
    if q.low is None or q.high is None or cut is None:
        return [q]
    first = [_shifted(x, q.start) for x in find_quantities(q.text[: cut.start()])]
    second = [_shifted(x, q.start + cut.end()) for x in find_quantities(q.text[cut.end() :])]
    if len(first) != 1 or len(second) != 1:
        return [q]
    one, two = first[0], second[0]
    scale = _scale_of(two.text)
    if scale > 1 and _scale_of(one.text) == 1 and one.value is not None and abs(one.value) < 1000:
        value = _tidy(Decimal(repr(one.value)) * scale)
        one = Quantity(one.text, one.start, one.end, value, unit=one.unit or two.unit, kind=two.kind)
    return [one, two]


def _scan(text: str) -> Iterator[re.Match[str]]:
    """``_QUANTITY.finditer(text)``, trying the pattern only where a quantity can start."""
    pos = 0
    while (start := _START.search(text, pos)) is not None:
        m = _QUANTITY.match(text, start.start())
        if m is None or m.end() == m.start():
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text`` with its value, in order; vague amounts ("dozens") with value None."""
    out: list[Quantity] = []
    vague = [Quantity(m.group(0), m.start(), m.end(), None, vague=True) for m in _VAGUE.finditer(text)]
    out.extend(vague)
    # the characters figures already cover, one byte each: "is this span free?" is one search in C, so a
    # page of thousands of figures is not checked pair by pair
    taken = bytearray(len(text))

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    for q in vague:
        take(q.start, q.end)
    for m in _RATIO.finditer(text):
        x, y = words_to_number(m.group("x")) or parse_number(m.group("x")), parse_number(m.group("y"))
        if x is None or y is None or not 0 < x < y or not free(m.start(), m.end()):
            continue
        out.append(Quantity(m.group(0), m.start(), m.end(), _tidy(Decimal(x) / Decimal(y)), unit="ratio"))
        take(m.start(), m.end())
    for m in _ONE_TIME.finditer(text):
        if free(m.start(), m.end()) and not _RATE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            one = _TIME_UNITS[m.group("unit").lower()]
            out.append(Quantity(m.group(0), m.start(), m.end(), 1, unit=one, spelled=True, kind="time"))
            take(m.start(), m.end())
    for m in _scan(text):
        if not free(m.start(), m.end()):
            continue
        first = m.group("first")
        if not first.strip() or not (re.search(r"\d", first) or _has_number_word(first)):
            continue
        start = m.start("first")
        end = m.end("first")
        value, unit, bare, kind = _split_one(first)
        low = high = None
        second = m.group("second")
        if second:
            sep = m.group("sep") or ""
            rng = _range(first, second, sep, bool(m.group("between")))
            if (
                rng is not None
                and sep.strip().lower() == "to"
                and re.search(r"\bby\s+$", text[max(0, start - 4) : start])
            ):
                rng = None  # "rose by 23,000 to 412,000": a change and the level it reached, not a range
            if rng is not None:
                low, high, unit, kind = rng
                value = low
                end = m.end("second")
                if m.group("between"):
                    start = m.start("between")
            else:
                # not a range: the second figure is found on its own by the next scan
                nxt = m.start("second")
                for q in find_quantities(text[nxt : m.end("second")]):
                    out.append(_shifted(q, nxt))
                    take(q.start + nxt, q.end + nxt)
        if value is None:
            continue
        spelled = not re.search(r"\d", bare)
        out.append(Quantity(text[start:end], start, end, value, low, high, unit, spelled=spelled, kind=kind))
        take(start, end)
    out.sort(key=lambda q: q.start)
    return out
