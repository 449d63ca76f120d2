"""The analysis pipeline: Document → extract → nlp (entities, dates, quotes, claims) → Record.

Each stage is a function from typed values to typed values; a stage that refuses an input
returns ``Rejected`` and the batch goes on with the next input.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import logging
import re
import time
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from ._version import __version__
from .errors import LedgerError
from .extract import Extracted, extract_html, extract_text
from .extract.dateline import dateline_date
from .extract.language import body_language
from .inputs import Document, clean_text, is_iso_date, plain_spaces
from .names import fold
from .nlp.claims import extract_claims
from .nlp.dates import copyright_year, extract_dates, reference_from_text, url_year, year_nearest, yearless_days
from .nlp.engine import load_nlp, parse
from .nlp.entities import extract_entities
from .nlp.lexicon import table
from .nlp.quotes import extract_quotes
from .nlp.speakers import speakers_for
from .record import Article, Provenance, Record, Rejected
from .settings import Settings
from .workers import DocumentTimeout, WorkerPool, time_limit, timeout_rejection

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "MAX_BODY_CHARS",
    "STAGE_VERSIONS",
    "BatchDays",
    "BatchNames",
    "analyze_document",
    "analyze_documents",
    "extract_document",
    "parse_iso_date",
    "reanalyze_record",
    "reanalyze_records",
    "stale_stages",
]

log = logging.getLogger(__name__)

# Versioned implementation names, written into every record's provenance.
STAGE_VERSIONS: dict[str, str] = {
    "extract.html": "news.extract.html.v3",
    "extract.text": "news.extract.text.v13",
    "nlp.entities": "news.entities.rules.v100",
    "nlp.mentions": "news.mentions.chains.v211",
    "nlp.dates": "news.dates.rules.v41",
    "nlp.quotes": "news.quotes.rules.v227",
    "nlp.claims": "news.claims.rules.v405",
}

# spaCy's default Language.max_length: longer texts raise E088 and would end the batch
MAX_BODY_CHARS = 1_000_000

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def extract_document(doc: Document, settings: Settings) -> Article | Rejected:
    """Stage ``extract``: from a decoded document to a clean Article (body + metadata)."""
    if doc.published is not None and not is_iso_date(doc.published):
        if doc.published.strip():
            return Rejected(
                "read",
                "bad_published",
                f"published must be an ISO date (YYYY-MM-DD), got {doc.published!r}",
                id=doc.id,
                source=doc.source,
            )
        doc.published = None
    if doc.is_body:
        # the caller vouches the text is a clean body: keep it exactly, offsets must line up
        return Article(body=doc.content, url=doc.url, published=doc.published, language=body_language(doc.content))
    result: Extracted | Rejected
    try:
        result = extract_html(doc.content, doc.url) if doc.kind == "html" else extract_text(doc.content)
    except LedgerError as exc:
        result = Rejected("extract", "error", exc.message)
    except Exception as exc:
        log.warning("extract failed on %s: %r", doc.source, exc)
        result = Rejected("extract", "error", f"extractor failed: {type(exc).__name__}: {exc}")
    if isinstance(result, Rejected):
        result.id, result.source = doc.id, doc.source
        return result
    # scripts written without spaces (Chinese, Japanese) count about one word per six characters
    words = max(len(result.body.split()), len(result.body) // 6)
    if words < settings.min_body_words:
        return Rejected(
            "extract",
            "no_article",
            f"no article found: the main text has {words} words "
            f"(fewer than min_body_words={settings.min_body_words}); an index page or login wall?",
            id=doc.id,
            source=doc.source,
        )
    return Article(
        body=result.body,
        url=doc.url,
        title=result.title,
        publisher=result.publisher,
        published=doc.published or result.published,
        dateline=result.dateline,
        byline=result.byline,
        # the body outranks the page's declaration, often a site-wide template default
        language=body_language(result.body) or result.language,
    )


def _page_above_the_end(doc: Document, body: str) -> str:
    """The page text down to the article's last words (its dateline and captions too; not what follows it)."""
    if doc.kind != "text" or doc.is_body:
        return body
    tail = body.rstrip()[-60:]
    cut = doc.content.find(tail)
    return doc.content[: cut + len(tail)] if tail and cut >= 0 else body


def _written_with_its_weekday(text: str, day: date) -> bool:
    """Does ``text`` write ``day`` with its weekday ("Friday, June 13", "Friday 13 June")?"""
    weekday, month, number = calendar.day_name[day.weekday()], calendar.month_name[day.month], str(day.day)
    months = f"(?:{month}|{month[:3]}\\.?)"
    pattern = rf"\b{weekday},?\s+(?:{months}\s+{number}\b|{number}(?:st|nd|rd|th)?\s+{months})"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _page_reference_date(doc: Document, body: str, year: int | None) -> date | None:
    """For page text with no publication date and no dated dateline: the latest full date written above the
    article's end (a day without a year is of ``year``, the one the page's copyright notice gives, when it gives one).

    Photo captions and date lines ("Kessa, Norvania, Monday, Nov. 15, 2021") are cut from the body but
    still date the page; text after the article (sidebars, other stories) is not looked at.
    """
    if doc.kind != "text" or doc.is_body:
        return None
    region = _page_above_the_end(doc, body)
    # a dateline without a year ("WEXMOOR, March 5 (NPW) -") is of the year the page's notice gives
    return reference_from_text(region) or (reference_from_text(region, year=year) if year else None)


def _dateline_day(doc: Document, body: str, year: int | None) -> date | None:
    """The day the dateline of a page with no publication date gives, with its year or ``year``."""
    written = _dateline_written(doc, body) if doc.kind == "text" and not doc.is_body else None
    if written is None:
        return None
    return reference_from_text(written) or (reference_from_text(written, year=year) if year else None)


def _dateline_written(doc: Document, body: str) -> str | None:
    """The day the dateline opening the article's first line gives, as written ("KESSA, Oct 4 (Wire) -" → "Oct 4")."""
    at = doc.content.find(body[:60]) if body else -1
    if at < 0:
        return None
    return dateline_date(doc.content[doc.content.rfind("\n", 0, at) + 1 : at + 60])


def _filed_day(doc: Document, body: str, published: date | None) -> date | None:
    """The day a story's dateline gives ("KESSA, Oct 4 (Wire) -"), when the page came out up to three days after
    it (a wire story another outlet ran the next morning): the day the story was written, and so the day of the
    statements it gives no day of their own."""
    written = _dateline_written(doc, body) if published is not None else None
    if written is None or published is None:
        return None
    day = reference_from_text(written, year=published.year)
    if day is not None and day > published:
        day = reference_from_text(written, year=published.year - 1)  # a story of 31 December on a page of 1 January
    return day if day is not None and 0 < (published - day).days <= 3 else None


def _provenance(doc: Document, warnings: list[str], batch_year: int | None = None) -> Provenance:
    return Provenance(
        package_version=__version__,
        stages=dict(STAGE_VERSIONS),
        input_sha256=doc.sha256,
        source=doc.source,
        fetched=doc.fetched,
        warnings=warnings,
        batch_year=batch_year,
    )


def _reads_english(article: Article) -> bool:
    """Whether the analysis stages, whose rules and model read English only, can read this body: a body
    in another language is kept, unanalysed, rather than yielding quotes and figures that mean nothing."""
    return article.language in (None, "en")


def _unanalysed(doc: Document, article: Article) -> Record:
    note = f"the body is in language '{article.language}'; the analysis reads English only, so it found nothing"
    return Record(id=doc.id, article=article, provenance=_provenance(doc, [*doc.warnings, note]))


def _nlp_stages(
    doc: Document, article: Article, parsed: Doc, settings: Settings, batch_year: int | None = None
) -> Record | Rejected:
    """Stage ``nlp``: entities, dates, quotes, claims on one parsed body (``batch_year``: the year the days of a
    page that gives none are of, read off its batch, see ``BatchDays``)."""
    # a crawled page was published on or before the day it was fetched
    reference = (
        parse_iso_date(article.published) or parse_iso_date(doc.fetched) or parse_iso_date(settings.reference_date)
    )
    stage = "nlp.entities"
    try:
        entities = extract_entities(parsed, article.dateline)
        stage = "nlp.dates"
        own_year = (copyright_year(doc.content) or url_year(article.url)) if reference is None else None
        batch_year = batch_year if reference is None and own_year is None else None
        page_year = own_year or batch_year
        # (a page with no date of its own was written on the day its dateline gives, whatever later days it tells
        # of: "a timetable that applies from June 1")
        written = None if reference else _dateline_day(doc, article.body, page_year)
        page_date = None if reference else written or _page_reference_date(doc, article.body, page_year)
        dates = extract_dates(parsed, reference, page_date=page_date, page_year=page_year)
        stage = "nlp.mentions"
        speakers = speakers_for(parsed, entities)
        entities = speakers.mentions.entities  # with their chain's name, and names spaCy missed after a title
        stage = "nlp.quotes"
        quotes = extract_quotes(parsed, speakers, dates)
        stage = "nlp.claims"
        # (a copy run after the day its dateline gives tells that day's statements, as does a page with no date
        # of its own that its dateline dates)
        filed = written if reference is None else _filed_day(doc, article.body, parse_iso_date(article.published))
        if (
            reference is None
            and filed is None
            and page_date is not None
            and _written_with_its_weekday(_page_above_the_end(doc, article.body), page_date)
            and page_date.isoformat() in (d.value for d in dates if d.granularity == "day")
        ):
            # a day the page writes with its weekday ("[Photo: … on Friday, June 13]") that the article's own text
            # names too ("on Friday") is the day it tells of
            filed = page_date
        claims = extract_claims(parsed, quotes, dates, filed or reference, speakers)
    except Exception as exc:  # one article that trips a rule must not end the batch
        log.exception("%s failed on %s", stage, doc.source)
        return Rejected(stage, "error", f"{type(exc).__name__}: {exc}", id=doc.id, source=doc.source)
    return Record(
        id=doc.id,
        article=article,
        entities=entities,
        quotes=quotes,
        claims=claims,
        dates=dates,
        provenance=_provenance(doc, list(doc.warnings), batch_year),
    )


def analyze_document(
    doc: Document, settings: Settings, nlp: Language | None = None, *, batch_year: int | None = None
) -> Record | Rejected:
    """One document through every stage, within the setting ``time_limit``: a ``Record`` or a ``Rejected``.

    The same function runs in one process, in the worker pool and on Spark executors, so all three
    give the same records. Loading the spaCy pipeline (once per process) is not counted in the limit.
    """
    limit = settings.time_limit
    started = time.monotonic()
    step = "in extract"
    try:
        with time_limit(limit):
            article = extract_document(doc, settings)
        if isinstance(article, Rejected):
            return article
        if len(article.body) > MAX_BODY_CHARS:
            return Rejected(
                "nlp",
                "too_long",
                f"the article body has {len(article.body):,} characters, over the {MAX_BODY_CHARS:,} "
                "the language pipeline parses in one piece",
                id=doc.id,
                source=doc.source,
            )
        # spaCy's tokenizer raises on a lone surrogate, and reads a no-break space as a word of its own
        article.body = plain_spaces(clean_text(article.body)[0])
        if not _reads_english(article):
            return _unanalysed(doc, article)
        nlp = nlp or load_nlp(settings.spacy_model)
        left = limit - (time.monotonic() - started) if limit > 0 else 0
        if limit > 0 and left <= 0:
            raise DocumentTimeout(limit)
        step = "in the parse"
        with time_limit(left):
            try:
                parsed = parse(nlp, article.body)
            except Exception as exc:  # spaCy failing on one body must not end the batch (or the worker)
                log.exception("spaCy failed on %s", doc.source)
                detail = f"the language pipeline failed: {type(exc).__name__}: {exc}"
                return Rejected("nlp", "error", detail, id=doc.id, source=doc.source)
            step = "in the nlp stages"
            return _nlp_stages(doc, article, parsed, settings, batch_year)
    except DocumentTimeout:
        return timeout_rejection(doc, limit, step)


def _names(record: Record) -> frozenset[str]:
    return frozenset(e.canonical.lower() for e in record.entities if e.label in ("PERSON", "ORG", "GPE"))


# a page tells the story another tells when it names three of the people, bodies and places that one names, two
# when it names fewer than six
SHARED_NAMES = 3
FEW_NAMES = 6


def _names_needed(names: frozenset[str]) -> int:
    return SHARED_NAMES if len(names) >= FEW_NAMES else SHARED_NAMES - 1


class BatchDays:
    """The year of a batch's pages that give none: a page with no date of its own, no year anywhere on it and
    days written without one ("MERROWPORT, Oct 14 (Wire) -", "by March 3") is a page of the story the dated pages
    before it in the batch tell when it names three or more of the people, bodies and places one of them names
    (two when it names fewer than six):
    its days are of the year that puts them nearest that page's date. Pages are read in batch order, so only
    dated pages earlier in the batch count; the year is recorded (``provenance.batch_year``) and a warning says
    where it came from."""

    KEEP = 5000  # dated pages remembered: a story's pages come close together in a batch

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._dated: deque[tuple[date, frozenset[str], str]] = deque(maxlen=self.KEEP)

    def settle(self, doc: Document | Rejected, result: Record | Rejected) -> Record | Rejected:
        """``result`` of ``doc``, analysed again with its batch's year when it needs one and the batch has it."""
        if not isinstance(result, Record) or isinstance(doc, Rejected):
            return result
        published = parse_iso_date(result.article.published)
        if published is not None:
            self._dated.append((published, _names(result), result.id))
            return result
        days = self._yearless(doc, result)
        if not days:
            return result
        names = _names(result)
        shared, at, other = max(((len(names & n), d, i) for d, n, i in self._dated), default=(0, None, ""))
        if shared < _names_needed(names) or at is None:
            return result
        year = year_nearest(days, at)
        again = analyze_document(doc, self.settings, batch_year=year)
        if isinstance(again, Record) and again.provenance is not None:
            again.provenance.warnings.append(
                f"the page gives no year: its days are read as of {year}, the year of {other!r}, a dated page "
                f"earlier in the batch that names {shared} of the same people, bodies and places"
            )
        return again

    def _yearless(self, doc: Document, record: Record) -> list[tuple[int, int]]:
        """The days a record of a page with no date of its own and no year on it writes without one."""
        if doc.fetched or self.settings.reference_date or any(d.granularity == "day" for d in record.dates):
            return []  # dated by its fetch, by the caller, or by a year the page gives
        return yearless_days(_page_above_the_end(doc, record.article.body))


@functools.lru_cache(maxsize=65_536)  # a story's names are compared with every description its pages write
def _kind_words(name: str) -> frozenset[str]:
    """A body's name or description as the words that say its kind, each in the singular ("miners' union":
    miner, union)."""
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", name.lower())
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words if w != "s"
    )


def _fits(description: str, name: str) -> bool:
    """Does a name hold every word of a body's description? A place's name in it may be its people's word in the
    name ("Kessa's port authority" fits "Kessan Port Authority"), and its kind the words a body's name writes for
    it (``kind_in_names.txt``: "the army" fits "Kessan Armed Forces")."""
    words = _kind_words(name)
    places = {fold(w).rstrip("aeiouy") for w in re.findall(r"\b[A-Z]\w+", description)}
    kinds = table("kind_in_names")
    return all(
        w in words
        or (w.rstrip("aeiouy") in places and any(v.startswith(w.rstrip("aeiouy")) for v in words))
        or any(_kind_words(written) <= words for written in kinds.get(w, "").split("|") if written.strip())
        for w in _kind_words(description)
    )


def _described(source: str | None, source_type: str | None, body: str) -> bool:
    """A body a page describes by its kind instead of naming it: its head word is written in lower case
    ("police", "the regional health board", "Kessa's port authority"), or the name is one the analysis made of
    such a description and the page never writes ("the agriculture ministry" as "Ministry of Agriculture")."""
    if source_type != "ORG" or not source:
        return False
    return source.split()[-1][:1].islower() or source not in body


def name_described_bodies(record: Record, names: dict[str, str]) -> None:
    """Give the bodies ``record``'s page describes by their kind the names ``names`` holds for them (what
    ``BatchNames`` read off the batch): its claims' sources and its quotes' speakers."""
    if not names:
        return
    for claim in record.claims:
        name = names.get(claim.source or "")
        if name is not None and claim.source_type == "ORG":
            claim.source = name
    for quote in record.quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.type == "ORG" and speaker.name in names:
            speaker.name = names[speaker.name]
    if record.provenance is not None:
        record.provenance.batch_names = dict(names)


# a name's first word as a people's ("Orvelian", "Kessan"): its stem, which the place's name opens on too
_PEOPLES_WORD = re.compile(r"(\w{4,}?)(?:ian|ese|ish|an) ")


@dataclasses.dataclass(slots=True)
class _Story:
    """What the pages of one story in a batch have named: its bodies (→ the first page naming each) and the stems
    of its places ("kessa" of Kessa, which "Kessan" opens on)."""

    bodies: dict[str, str] = dataclasses.field(default_factory=dict)
    places: set[str] = dataclasses.field(default_factory=set)

    def place_of(self, name: str) -> str | None:
        """The place a body's name ties it to: one of the story's ("Kessan Ministry of Farming", "Bank of Kessa"), or
        the stem of a people's word it opens on ("Orvelian Ministry of Farming")."""
        found = next((p for w in _kind_words(name) for p in self.places if w.startswith(p)), None)
        people = _PEOPLES_WORD.match(fold(name))
        return found or (people[1] if people and name[:1].isupper() else None)


class BatchNames:
    """The names of the bodies a page describes only by their kind: a source or speaker the page calls "police"
    or "the central bank" without naming it is the one body with every word of that description in its name
    ("Kessa Harbour Police", "Central Bank of Orvane") named on the pages of its story earlier in the batch, when
    they name exactly one and the page names none itself. A shorter name of the same body is no other ("Ministry
    of Farming" beside "Ministry of Farming and Fisheries"), but bodies tied to two of the story's places are two.
    A page is of the story of the earlier page it shares the most names of people, bodies and places with, when
    it shares three (two, when it names fewer than six; see ``BatchDays``), else it opens a story of its own. The
    names are recorded (``provenance.batch_names``) with a warning that says where each came from."""

    KEEP = 5000  # pages and stories remembered: a story's pages come close together in a batch

    def __init__(self) -> None:
        self._pages: deque[tuple[frozenset[str], int]] = deque(maxlen=self.KEEP)
        self._stories: OrderedDict[int, _Story] = OrderedDict()
        self._opened = 0

    def settle(self, result: Record | Rejected) -> Record | Rejected:
        """``result`` with the bodies its page describes named as the pages of its story before it name them."""
        if not isinstance(result, Record):
            return result
        names = _names(result)
        shared, at = max(((len(names & n), s) for n, s in reversed(self._pages)), default=(0, -1))
        if shared < _names_needed(names):
            at = self._opened = self._opened + 1
        story = self._stories.setdefault(at, _Story())
        self._stories.move_to_end(at)
        stems = {_stem(e.canonical) for e in result.entities if e.label == "GPE"}
        story.places.update(stem for stem in stems if len(stem) > 3)  # (a short stem opens too many words)
        bodies = {e.canonical for e in result.entities if e.label == "ORG" and e.canonical[:1].isupper()}
        text = result.article.body
        stating = [(c.source, c.source_type) for c in result.claims]
        stating += [(q.speaker.name, q.speaker.type) for q in result.quotes if q.speaker is not None]
        found: dict[str, str] = {}
        for description in sorted({source for source, kind in stating if source and _described(source, kind, text)}):
            name = self._named(description, bodies, story)
            if name is not None:
                found[description] = name
        if found and result.provenance is not None:
            name_described_bodies(result, found)
            result.provenance.warnings.extend(
                f"{description!r} is read as {name!r}, the one body of that kind named on {story.bodies[name]!r}, "
                "a page of the same story earlier in the batch"
                for description, name in found.items()
            )
        # the story's bodies: those its pages name, and those its sources are named as ("Orvel's farm ministry" as
        # "Orvelian Ministry of Farming"), so that a description two of them fit stays one
        stated = {source for source, kind in stating if source and kind == "ORG" and source.split()[-1][:1].isupper()}
        for body in sorted(bodies | stated):
            story.bodies.setdefault(body, result.id)
        self._pages.append((names, at))
        if len(self._stories) > self.KEEP:
            self._stories.popitem(last=False)
        return result

    @staticmethod
    def _named(description: str, bodies: set[str], story: _Story) -> str | None:
        """The one body of ``story`` a page's ``description`` fits, if the page names no body of that kind."""
        if any(_fits(description, body) for body in bodies):
            return None  # the page names a body of that kind itself: the description may be another's
        fits = [body for body in story.bodies if body != description and _fits(description, body)]
        places = {body: story.place_of(body) for body in fits}
        if len({p for p in places.values() if p is not None}) > 1:
            return None  # "Kessan Ministry of Farming" and "Ministry of Farming of Orvel": two countries' bodies
        # (its place aside: "Kessan Ministry of Farming" is the Ministry of Farming and Fisheries of a story of Kessa)
        bare = {body: frozenset(w for w in _kind_words(body) if not w.startswith(places[body] or " ")) for body in fits}
        fullest = [body for body in fits if not any(bare[body] < bare[other] for other in fits)]
        return fullest[0] if len(fullest) == 1 else None


def _stem(place: str) -> str:
    """A place's name as the words of its people open on ("Kessa" → kess, of "Kessan"; "Orvel" → orvel)."""
    return fold(place).rstrip("aeiouy") if " " not in place.strip() else fold(place)


def analyze_documents(
    docs: Iterable[Document | Rejected], settings: Settings, jobs: int = 1
) -> Iterator[Record | Rejected]:
    """Analyse documents in order; rejected inputs pass through as ``Rejected`` values. A page without a
    year of its own takes its batch's (``BatchDays``).

    With ``jobs > 1`` the work is spread over that many worker processes (``workers.WorkerPool``),
    each loading the spaCy pipeline once; results still come back in input order.
    """
    batch = BatchDays(settings)
    bodies = BatchNames()
    if jobs > 1:
        sent: deque[Document | Rejected] = deque()

        def kept() -> Iterator[Document | Rejected]:
            for doc in docs:
                sent.append(doc)
                yield doc

        with WorkerPool(settings, jobs) as pool:
            for result in pool.map(kept()):
                yield bodies.settle(batch.settle(sent.popleft(), result))
        return
    for doc in docs:
        yield doc if isinstance(doc, Rejected) else bodies.settle(batch.settle(doc, analyze_document(doc, settings)))


_VERSION = re.compile(r"\.v(\d+)$")


def stale_stages(stages: dict[str, str]) -> list[str]:
    """The analysis stages (``nlp.*``) a record's provenance names older than this version's, or not at all:
    what ``reanalyze`` runs again. A stage of a newer version (written by newer code) is not stale."""
    out = []
    for stage, current in STAGE_VERSIONS.items():
        if not stage.startswith("nlp."):
            continue
        stored = stages.get(stage)
        if stored == current:
            continue
        old, new = _VERSION.search(stored or ""), _VERSION.search(current)
        if stored is None or old is None or new is None or int(old.group(1)) <= int(new.group(1)):
            out.append(stage)
    return out


def reanalyze_record(record: Record, settings: Settings, nlp: Language | None = None) -> Record | Rejected:
    """Run the analysis stages again on a stored record's article — its clean body and metadata as stored:
    extraction is not run again — within the setting ``time_limit``. The new record keeps the id, the input's
    provenance and the extraction stages; its analysis stages are this version's. The body's language is read
    again: a record stored before it was read off the body may say English of a page in another."""
    prov = record.provenance
    article = dataclasses.replace(
        record.article,
        body=plain_spaces(record.article.body),
        language=body_language(record.article.body) or record.article.language,
    )
    doc = Document(
        id=record.id,
        content=article.body,
        kind="text",
        source=prov.source if prov and prov.source else record.id,
        url=article.url,
        published=article.published,
        is_body=True,
        sha256=prov.input_sha256 if prov else None,
        fetched=prov.fetched if prov else None,
    )
    limit = settings.time_limit
    new: Record | Rejected
    try:
        with time_limit(limit):
            if _reads_english(article):
                nlp = nlp or load_nlp(settings.spacy_model)
                try:
                    parsed = parse(nlp, article.body)
                except Exception as exc:  # spaCy failing on one body must not end the batch
                    log.exception("spaCy failed on %s", doc.source)
                    detail = f"the language pipeline failed: {type(exc).__name__}: {exc}"
                    return Rejected("nlp", "error", detail, id=doc.id, source=doc.source)
                new = _nlp_stages(doc, article, parsed, settings, prov.batch_year if prov else None)
            else:
                new = _unanalysed(doc, article)
    except DocumentTimeout:
        return timeout_rejection(doc, limit, "in the nlp stages")
    if isinstance(new, Record) and new.provenance is not None:
        kept = {k: v for k, v in (prov.stages if prov else {}).items() if not k.startswith("nlp.")}
        new.provenance.stages = {**kept, **{k: v for k, v in STAGE_VERSIONS.items() if k.startswith("nlp.")}}
        name_described_bodies(new, prov.batch_names if prov else {})
    return new


def reanalyze_records(records: Iterable[Record], settings: Settings) -> Iterator[Record | Rejected]:
    """``reanalyze_record`` for each record, in order (the spaCy pipeline loaded once)."""
    nlp = None
    for record in records:
        nlp = nlp or load_nlp(settings.spacy_model)
        yield reanalyze_record(record, settings, nlp)
