"""The page-text cleaner: fictional pages in the styles of real outlets, properties, and golden scores."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract import Extracted, extract_text
from newsledger.extract.text import box_row
from newsledger.extract.text_rules import parse_date
from newsledger.record import Rejected

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"
BASELINE = Path(__file__).resolve().parent / "golden" / "baseline.json"
SEED = "dawn-2024-10-29-north-korea-troops"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason=f"../shared is not beside the checkout: {SHARED}")


def extracted(name: str) -> Extracted:
    result = extract_text((FIXTURES / name).read_text(encoding="utf-8"))
    assert isinstance(result, Extracted), result
    return result


# --- fictional pages -------------------------------------------------------------------------

PAGES: dict[str, dict[str, Any]] = {
    "harbour_times_footer.txt": {
        "title": None,
        "byline": None,
        "publisher": "The Harbour Times",
        "published": "2025-03-04",
        "dateline": "PORT ALDER",
        "starts": "The provincial government will open three temporary shelters",
        "ends": "expected the river to stay below the danger mark.",
        "absent": ["Published in", "Editorial", "Water lessons", "Updated 03 Mar", "finance department", "Exam reform"],
    },
    "wire_reuters_credits.txt": {
        "title": "Grain exporters brace for longer inspections at Black Sea ports",
        "byline": "Olena Varnik",
        "publisher": None,
        "published": "2024-10-28",
        "dateline": "KYIV",
        "starts": "Grain exporters expect inspections at three Black Sea ports",
        "ends": "had not changed their rates for the route since the summer.",
        "absent": [
            "(Reuters)",
            "Reporting by",
            "Our Standards",
            "Read Next",
            "Wheat prices",
            "Advertisement",
            "Skip to main",
            "Purchase Licensing",
        ],
    },
    "ap_copyright_nav.txt": {
        "title": "Town council votes to rebuild old stone bridge",
        "byline": "MARTA KELLEN",
        "publisher": "The Associated Press",
        "published": "2024-11-03",
        "dateline": "LINDEN FALLS",
        "starts": "The town council in Linden Falls voted 5-2 on Monday",
        "ends": "Construction is expected to start next spring.",
        "absent": ["(AP)", "Copyright", "Most read", "Storm knocks", "Link copied", "Subscribe", "By MARTA"],
    },
    "blog_emdash_comments.txt": {
        "title": "Library reopens after two-year renovation",
        "byline": "Nadia Holm",
        "publisher": None,
        "published": "2025-06-12",
        "dateline": "LONDON",
        "starts": "The Graye Street library reopened on Saturday",
        "ends": "the library will stay open until 9 p.m. on Thursdays.",
        "absent": [
            "LONDON",
            "cookie",
            "Read more",
            "Tags:",
            "Share this",
            "Related articles",
            "Museum extends",
            "comments",
            "Wonderful news",
            "potholes",
            "Image credit",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_extract_text_cleans_fictional_page(name: str) -> None:
    want = PAGES[name]
    got = extracted(name)
    for key in ("title", "byline", "publisher", "published", "dateline"):
        assert getattr(got, key) == want[key], key
    assert got.body.startswith(str(want["starts"]))
    assert got.body.endswith(str(want["ends"]))
    for bad in want["absent"]:
        assert str(bad) not in got.body


def test_extract_text_keeps_subheadings_and_paragraph_breaks() -> None:
    body = extracted("blog_emdash_comments.txt").body
    assert "\n\nThe children’s wing\n\nThe new wing has space" in body
    assert "\n\n\n" not in body


@pytest.mark.parametrize("name", sorted(PAGES))
def test_extract_text_body_is_copied_from_the_page(name: str) -> None:
    # later stages quote the body word for word: every paragraph is the tail of a line of the page
    page_lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    for paragraph in extracted(name).body.split("\n\n"):
        assert any(line.strip().endswith(paragraph) for line in page_lines), paragraph


@pytest.mark.parametrize("name", sorted(PAGES))
def test_extract_text_rejoins_hard_wrapped_paragraphs(name: str) -> None:
    page = (FIXTURES / name).read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(line, 72) for line in page.splitlines() if line.strip())
    got, flat = extracted(name), extract_text(wrapped)
    assert isinstance(flat, Extracted)
    assert flat.body.count("\n\n") == got.body.count("\n\n")
    assert flat.body.replace("\n", " ") == got.body.replace("\n", " ")
    assert (flat.title, flat.dateline, flat.publisher) == (got.title, got.dateline, got.publisher)


# --- datelines, footers, bylines -------------------------------------------------------------

TAIL = "the minister said on Monday, adding that talks would resume next week."


@pytest.mark.parametrize(
    ("first", "place"),
    [
        (f"WASHINGTON: The talks stalled, {TAIL}", "WASHINGTON"),
        (f"KYIV, Oct 28 (Reuters) - The talks stalled, {TAIL}", "KYIV"),
        (f"ANKARA (Reuters) – The talks stalled, {TAIL}", "ANKARA"),
        (f"LONDON — The talks stalled, {TAIL}", "LONDON"),
        (f"NEW DELHI, Nov 3 (AFP) - The talks stalled, {TAIL}", "NEW DELHI"),
        (f"PORT-AU-PRINCE, Haiti (AP) — The talks stalled, {TAIL}", "PORT-AU-PRINCE"),
        (f"(Reuters) - The talks stalled, {TAIL}", None),
    ],
)
def test_extract_text_cuts_dateline_from_body(first: str, place: str | None) -> None:
    got = extract_text(f"{first}\n{TAIL.capitalize()} {TAIL}\n")
    assert isinstance(got, Extracted)
    assert got.dateline == place
    assert got.body.startswith("The talks stalled,")


@pytest.mark.parametrize(("line", "place"), [("WASHINGTON (AP) —", "WASHINGTON"), ("KYIV:", "KYIV")])
def test_extract_text_reads_dateline_on_its_own_line(line: str, place: str) -> None:
    got = extract_text(f"{line}\nThe talks stalled, {TAIL}\n{TAIL.capitalize()} {TAIL}\n")
    assert isinstance(got, Extracted)
    assert got.dateline == place and got.body.startswith("The talks stalled,")


@pytest.mark.parametrize(
    "first",
    [
        f"BREAKING NEWS is not a place, and {TAIL}",
        f"EXCLUSIVE: The talks stalled, {TAIL}",
        f"UPDATE — The talks stalled, {TAIL}",
        f"BREAKING NEWS: The talks stalled, {TAIL}",
        f"Officials said: the talks stalled, {TAIL}",
        f"NATO said on Monday that the talks stalled, {TAIL}",
    ],
)
def test_extract_text_leaves_non_datelines_in_body(first: str) -> None:
    got = extract_text(f"{first}\n{TAIL.capitalize()} {TAIL}\n")
    assert isinstance(got, Extracted)
    assert got.dateline is None
    assert got.body.startswith(first)


@pytest.mark.parametrize(
    ("footer", "publisher", "published"),
    [
        ("Published in Dawn, October 29th, 2024", "Dawn", "2024-10-29"),
        ("Published in The Express Tribune, March 3rd, 2025", "The Express Tribune", "2025-03-03"),
        ("This article was first published in The Harbour Times on 4 March 2025", "The Harbour Times", "2025-03-04"),
        ("Published on 12 June 2025", None, "2025-06-12"),
    ],
)
def test_extract_text_reads_footer(footer: str, publisher: str | None, published: str) -> None:
    page = f"The talks stalled, {TAIL}\n{TAIL.capitalize()} {TAIL}\n{footer}\nOpinion\nOther headline\n"
    got = extract_text(page)
    assert isinstance(got, Extracted)
    assert (got.publisher, got.published) == (publisher, published)
    assert footer not in got.body and "Other headline" not in got.body


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe, Staff Writers", "Jane Doe and John Roe"),
        ("BY MARTA KELLEN Associated Press", "MARTA KELLEN"),
        ("Reuters | | Posted by Lingam Rao", "Lingam Rao"),
    ],
)
def test_extract_text_finds_byline_above_article(line: str, byline: str) -> None:
    got = extract_text(f"Bridge reopens after repairs\n{line}\nThe talks stalled, {TAIL}\n{TAIL.capitalize()} {TAIL}")
    assert isinstance(got, Extracted)
    assert got.byline == byline
    assert got.title == "Bridge reopens after repairs"
    assert line not in got.body and "Bridge reopens" not in got.body


def test_extract_text_takes_byline_from_credits_line() -> None:
    assert extracted("wire_reuters_credits.txt").byline == "Olena Varnik"
    page = f"The talks stalled, {TAIL}\n{TAIL.capitalize()} {TAIL}\n(Reporting by Ana Lind; Editing by Tom Bell)"
    got = extract_text(page)
    assert isinstance(got, Extracted) and got.byline == "Ana Lind" and "Reporting" not in got.body


def test_extract_text_cuts_credits_from_end_of_last_paragraph() -> None:
    page = f"The talks stalled, {TAIL}\n{TAIL.capitalize()} (Reporting by Ana Lind, editing by Tom Bell)\nTopics"
    got = extract_text(page)
    assert isinstance(got, Extracted)
    assert got.body.endswith("talks would resume next week.")
    assert got.byline == "Ana Lind"


def test_extract_text_cuts_embedded_tweets() -> None:
    tweet = "Our crews are on the bridge now. Expect delays on Route 9 all evening. pic.twitter.com/AbC123xYz"
    signature = "— Linden Falls Roads (@LindenRoads) November 3, 2024"
    page = f"The talks stalled, {TAIL}\n{tweet}\n{signature}\n{TAIL.capitalize()} {TAIL}\n"
    got = extract_text(page)
    assert isinstance(got, Extracted)
    assert "crews" not in got.body and "@LindenRoads" not in got.body
    assert got.body.endswith(f"{TAIL.capitalize()} {TAIL}")


def test_extract_text_keeps_a_live_blogs_key_points() -> None:
    # the summary box of a live blog is the article's own statement of what is known; a menu is not
    items = "- Linden Falls closes the Route 9 bridge until Friday\n- Ferries run every twenty minutes from noon\n"
    head = "Kessa News | Live\nBridge closure live: ferries added\nKey points\n"
    page = f"{head}{items}14:05\nThe talks stalled, {TAIL}\n{TAIL}"
    got = extract_text(page)
    assert isinstance(got, Extracted) and got.title == "Bridge closure live: ferries added"
    assert got.body.startswith("- Linden Falls closes the Route 9 bridge until Friday\n\n- Ferries run")
    assert "14:05" not in got.body
    menu = extract_text(f"Sections\n- World\n- Business news\n14:05\nThe talks stalled, {TAIL}\n{TAIL}")
    assert isinstance(menu, Extracted) and menu.body.startswith("The talks stalled")


def test_extract_text_keeps_the_key_points_above_a_live_blogs_latest_posts() -> None:
    items = "• Linden Falls closes the Route 9 bridge until Friday\n• Ferries run every twenty minutes from noon\n"
    head = "Bridge closure live: ferries added\nLive reporting by Ana Petrov and Milo Stanek\nSummary\n"
    posts = "18:05\nThank you for following\nWe are pausing our coverage for today and will be back tomorrow.\n17:40\n"
    got = extract_text(f"{head}{items}{posts}Ferries: extra crossings\nThe talks stalled, {TAIL}\n{TAIL}")
    assert isinstance(got, Extracted)
    assert (got.title, got.byline) == ("Bridge closure live: ferries added", "Ana Petrov and Milo Stanek")
    assert got.body.startswith("• Linden Falls closes") and "We are pausing" in got.body
    assert "18:05" not in got.body


@pytest.mark.parametrize("heading", ["FIGURES AT A GLANCE", "The flood in numbers", "Key figures", "By the numbers"])
def test_extract_text_keeps_a_box_of_figures_above_the_article(heading: str) -> None:
    items = "• Dead: 12 (12 Sep), 31 (13 Sep), coast guard\n• Rescued: 164 (12 Sep), 187 (13 Sep), coast guard\n"
    page = f"Ferry disaster: how the numbers moved\nBy Ana Petrov\n{heading}\n{items}The talks stalled, {TAIL}\n{TAIL}"
    got = extract_text(page)
    assert isinstance(got, Extracted) and got.title == "Ferry disaster: how the numbers moved"
    assert got.body.startswith("• Dead: 12 (12 Sep)")


def test_extract_text_prefers_a_headline_to_a_photo_label() -> None:
    page = f"Talks stall over bridge repairs in the old town\nRuth Almeida\nThe talks stalled, {TAIL}\n{TAIL}"
    got = extract_text(page)
    assert isinstance(got, Extracted) and got.title == "Talks stall over bridge repairs in the old town"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("October 29th, 2024", "2024-10-29"),
        ("02 Jan, 2025", "2025-01-02"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("2024-10-29T10:00:00Z", "2024-10-29"),
        ("no date here", None),
        ("2024-13-45", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


# --- rejections ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t  \n"])
def test_extract_text_rejects_empty(text: str) -> None:
    got = extract_text(text)
    assert isinstance(got, Rejected) and (got.stage, got.reason) == ("extract", "empty")


@pytest.mark.parametrize("name", ["index_headlines.txt", "index_teasers.txt", "login_wall.txt", "cookie_notice.txt"])
def test_extract_text_rejects_page_without_article(name: str) -> None:
    got = extract_text((FIXTURES / name).read_text(encoding="utf-8"))
    assert isinstance(got, Rejected) and (got.stage, got.reason) == ("extract", "no_article")
    assert "no article" in got.detail


# --- properties ------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "the",
        "council",
        "said",
        "on",
        "monday",
        "that",
        "a",
        "new",
        "bridge",
        "would",
        "open",
        "in",
        "spring",
        "after",
        "long",
        "talks",
    ]
)
SENTENCE = st.lists(WORDS, min_size=8, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
NAV = st.sampled_from(
    ["Home", "Share", "Subscribe", "Most read", "Opinion", "Advertisement", "Read more", "3 comments"]
)
LINE = st.one_of(SENTENCE, NAV, st.text(max_size=60))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_extract_text_never_raises(text: str) -> None:
    assert isinstance(extract_text(text), Extracted | Rejected)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=40))
def test_extract_text_body_is_made_of_input_lines(lines: list[str]) -> None:
    page = "\n".join(lines)
    got = extract_text(page)
    if isinstance(got, Rejected):
        assert got.reason in ("empty", "no_article")
        return
    # the page's lines without their outer spaces; a rejoined hard-wrapped paragraph keeps its newlines
    stripped = "\n".join(line.strip() for line in page.splitlines())
    for paragraph in got.body.split("\n\n"):
        assert paragraph and paragraph == paragraph.strip()
        assert paragraph in stripped


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(SENTENCE, SENTENCE, NAV), min_size=1, max_size=30))
def test_extract_text_is_a_fixed_point_on_its_own_output(lines: list[str]) -> None:
    # a clean body holds nothing left to cut: cleaning it again changes nothing
    got = extract_text("\n".join(lines))
    if isinstance(got, Rejected):
        return
    again = extract_text(got.body)
    assert isinstance(again, Extracted)
    assert again.body == got.body


# --- golden: ../shared -----------------------------------------------------------------------


@pytest.mark.shared
@needs_shared
def test_extract_text_seed_passes_gold_article_checks(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    cli = [sys.executable, "-m", "newsledger", "analyze", str(SHARED / "seed" / f"{SEED}.txt"), "--format", "json"]
    out.write_text(subprocess.run(cli, capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    scorer = [sys.executable, str(SHARED / "eval" / "score_record.py"), str(SHARED / "gold" / f"{SEED}.json"), str(out)]
    report = subprocess.run(scorer, capture_output=True, text=True, check=False).stdout
    assert "article checks: 11/11" in report, report


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "article_extraction_eval", SHARED / "eval" / "article_extraction_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
@needs_shared
def test_extract_text_zyte_text_f1_meets_floor() -> None:
    ev = _eval_module()
    docs = ev.load_dataset(ev.DEFAULT_DATA)
    preds = []
    for doc in docs:
        got = extract_text(ev.flatten_html(doc["html"]))
        preds.append(got.body if isinstance(got, Extracted) else "")
    f1 = ev.aggregate([ev.doc_counts(d["truth"], p) for d, p in zip(docs, preds, strict=True)])["f1"]
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["zyte_text_f1"]
    assert f1 >= floor, f"Zyte text F1 {f1:.4f} fell below the floor {floor}"


def test_extract_text_keeps_every_timed_entry_of_a_live_page() -> None:
    """A live page's times separate entries of one article: each entry's paragraph is body, however short,
    down to the first entry at the bottom; the times themselves and the share bar are not."""
    body = extracted("live_blog_entries.txt").body
    assert "twelve bottled water stations" in body
    assert body.endswith("engineers worked through the night at the pumping station.")
    assert "independent inquiry" in body and "Eleven of the fourteen schools" in body
    assert "16:40" not in body and "Share this page" not in body


def test_extract_text_keeps_a_paragraph_opening_on_a_time_and_a_camel_case_name() -> None:
    """ "The 19:05 InterCity service …" is prose, not a Title Case headline glued to its teaser (a sentence's
    first word is capitalised anyway, and a time is no Title Case word); "Storm Hits Northern CoastCoast guards
    …" still is one."""
    page = (
        "Express derails near Ostrel\n\n"
        "At least nine people were killed when an express train left the rails near Ostrel late on Thursday, "
        "police said on Friday.\n\n"
        "The 19:05 InterCity service from Kessa to Velmont derailed at about 21:47 as it passed through Ostrel "
        "junction. Tarvel Rail said 380 passengers and eight crew had been on board.\n\n"
        "Storm Hits Northern CoastCoast guards rescued 40 people on Sunday, officials said.\n\n"
        "Investigators from the rail accident branch arrived at the site on Friday morning and began examining "
        "the track and the signals along the line."
    )
    result = extract_text(page)
    assert isinstance(result, Extracted)
    assert "380 passengers" in result.body
    assert "Storm Hits" not in result.body


TABLE_PAGE = """Harbour Gazette
Home | News | Weather | Business | Sport | Opinion

The floods in numbers: district by district

By Data Desk | Friday 14 November 2025, 4:15 p.m.

Five days after the river burst its banks, the Kelm Flood Authority has published its first breakdown of the damage
by district. The figures below are the authority's, as of noon on Friday.

District | Dead | Missing | Homes flooded
Ardal | 6 | 2 | 1,240
Bressow | 3 | 0 | 860
Total | 9 | 2 | 2,100

The toll of nine compares with seven on Thursday, the authority's director said. Most of the flooded homes are in
the low streets of Ardal, where the river rose fastest on Sunday night.
"""


def test_extract_text_keeps_a_table_of_figures_and_the_paragraph_above_it() -> None:
    # a row of cells holding figures is the article's, unlike a menu's row of words
    result = extract_text(TABLE_PAGE)
    assert isinstance(result, Extracted)
    assert result.body.startswith("Five days after the river burst its banks")
    assert "District | Dead | Missing | Homes flooded\n\nArdal | 6 | 2 | 1,240" in result.body
    assert "Home | News" not in result.body


BOX_BELOW_PAGE = """Kessa Courier
Home | News | Business | Sport

Ferry inspectors list a year of faults

By Ana Ruiz

The Kessa Port Authority said on Friday that its inspectors had found 38 faults on the island ferries this year,
more than on any other routes in the province.

The operator, Calder Lines, said it had repaired every fault it had been told of and would contest two fines.

Faults found on the island ferries this year, by kind
Lifejackets ........ 6
Fire doors: 11
Radios: 21 (four still open)
Source: Kessa Port Authority

Related
Ferry safety bill goes to parliament
"""

ALIGNED_TABLE_PAGE = """The flood in numbers
Five days after the river burst its banks, the Kessa Relief Office gave its figures for the two worst-hit districts
on Friday, when the water began to fall for the first time since Sunday night.

Relief Office figures, noon Friday
             Dead   Missing   Homes flooded
Ardal           6         2           1,240
Bressow         3         0             860

The toll of nine compares with seven on Thursday, the office's director said. Most of the flooded homes are in the
low streets of Ardal, where the river rose fastest on Sunday night.
"""


def test_extract_text_keeps_a_box_of_labelled_figures_below_the_article_with_its_source_line() -> None:
    # lines of a label and one figure, under a heading and over "Source: …", are the article's, unlike a menu
    result = extract_text(BOX_BELOW_PAGE)
    assert isinstance(result, Extracted)
    assert result.body.endswith(
        "Faults found on the island ferries this year, by kind\n\nLifejackets ........ 6\n\nFire doors: 11\n\n"
        "Radios: 21 (four still open)\n\nSource: Kessa Port Authority"
    )
    assert "Related" not in result.body and "Home | News" not in result.body


def test_extract_text_keeps_a_table_aligned_in_columns_by_spaces() -> None:
    result = extract_text(ALIGNED_TABLE_PAGE)
    assert isinstance(result, Extracted)
    assert "Dead   Missing   Homes flooded\n\nArdal           6         2           1,240" in result.body


@settings(max_examples=200, deadline=None)
@given(
    label=st.from_regex(r"[A-Z][a-z]{2,9}( [a-z]{2,9}){0,3}", fullmatch=True),
    value=st.integers(min_value=0, max_value=10_000_000),
    mark=st.sampled_from([": ", " ........ ", " — "]),
)
def test_box_row_reads_the_label_and_figure_of_any_box_line(label: str, value: int, mark: str) -> None:
    row = box_row(f"{label}{mark}{value:,}")
    assert row is not None and row["label"] == label and row["figure"] == f"{value:,}"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "No", "Nl", "Cs")), max_size=120))
def test_box_row_needs_a_figure(line: str) -> None:
    assert box_row(line) is None


def test_extract_text_keeps_an_explainer_whose_paragraphs_sit_under_short_subheadings() -> None:
    page = "\n\n".join(
        [
            "Kessa Daily",
            "News  Sport  Weather",
            "Floods in Orvane: the key numbers",
            "Share  Print",
            "The floods that reached Orvane on Monday are the worst the valley has seen in forty years.",
            "Homes",
            "The Orvane district office said on Tuesday that 1,240 homes had been flooded and 310 families had "
            "moved into schools and halls.",
            "Roads",
            "Fourteen roads were still closed on Wednesday, the Kessa Roads Office said, including the coast road "
            "north of Merrowport.",
            "Money",
            "The government has set aside 40 million dalers for repairs, Finance Minister Tomas Varn said on "
            "Wednesday.",
            "You may also like",
            "Ten ways to keep a cellar dry",
        ]
    )
    result = extract_text(page)
    assert isinstance(result, Extracted)
    for kept in ("1,240 homes", "Fourteen roads", "40 million dalers"):
        assert kept in result.body, kept


def test_extract_text_keeps_the_lede_and_the_list_it_introduces_with_a_colon() -> None:
    page = "\n\n".join(
        [
            "Kessa Health Post",
            "News · Health · Science · Opinion",
            "Orvane's flu season is worse than the figures show, doctors say",
            "Share: Facebook · X · Email",
            "Three weeks into the flu season, hospital admissions are still rising. As of Friday, according to the "
            "Kessa Health Office:",
            "• 2,310 patients admitted",
            "• 140 in intensive care",
            "• 31 deaths",
            "Those numbers understate the season, said Mara Sorrel, who runs the emergency ward at Orvane General "
            "Hospital. Many older patients never reach a hospital at all, she said, and are not counted anywhere.",
            "The office said it would publish new figures on Monday, with a breakdown by district for the first "
            "time since the season began in early November.",
            "Read more",
            "How the flu vaccine is made",
        ]
    )
    result = extract_text(page)
    assert isinstance(result, Extracted)
    assert result.title == "Orvane's flu season is worse than the figures show, doctors say"
    for kept in ("Three weeks into", "2,310 patients admitted", "31 deaths", "Those numbers understate"):
        assert kept in result.body, kept


def test_extract_text_a_quote_above_a_caption_that_says_what_the_photo_shows_is_kept() -> None:
    page = (
        "Kessa Wire\n\nAsh buries Orvane harbour\n\n"
        "Grey dust settled on Orvane for a third day on Wednesday, closing the harbour and the school, and the "
        "interior minister flew in to meet the fishing families whose boats could not put to sea.\n\n"
        '"Every family will get its boat back on the water before winter," the minister added.\n\n'
        "PHOTO: Fishermen clear grey dust from their boats in Orvane harbour on Tuesday. (Kessa Wire)\n\n"
        "The harbour master said 30 boats were stuck at anchor and the ferry to the mainland would not sail "
        "before Friday, whatever the wind did overnight.\n"
    )
    result = extract_text(page)
    assert isinstance(result, Extracted)
    assert "Every family will get its boat back" in result.body


def test_extract_text_keeps_a_list_under_a_subheading_and_the_line_that_introduces_it() -> None:
    page = "\n\n".join(
        [
            "Kessa Water Post",
            "News · Water · Farms",
            "Merrow well survey finds more damage than reported",
            "The Merrow water board said on Tuesday that it had found cracks in far more wells than it first "
            "reported, and that repairs would take until spring at the earliest.",
            "Inspectors from the Varn farm union said the board had been slow to check wells on the hill farms, "
            "where many families still draw water by hand.",
            "Where the cracks are",
            "According to the union's Thursday survey:",
            "• 420 wells with cracked linings",
            "• pumps broken at most of them",
            "• 65 farms with no water at all",
            "Read more",
            "How wells are dug",
        ]
    )
    result = extract_text(page)
    assert isinstance(result, Extracted)
    for kept in ("According to the union's Thursday survey:", "420 wells", "65 farms"):
        assert kept in result.body, kept
    assert "How wells are dug" not in result.body
