"""How analysis time grows with the length of a page: time per 1,000 words from 1k to 80k words.

    .venv/bin/python benchmarks/scaling.py [--sizes 1000,5000,20000,80000] [--stages]

Pages are generated fictional news prose (invented people, places and bodies; quotes, attributed figures,
dates), so the benchmark needs nothing outside the repository. For each size the whole pipeline
(``newsledger.pipeline.analyze_document``, one spaCy model load for the run) analyses one page, and the
CPU time per 1,000 words is reported as a ratio against the smallest page measured in the same run: a
near-linear pipeline stays flat (issue 13 asks for ±30 % from 1k to 80k words). Each page is analysed a
second time stage by stage, to tell spaCy's parse from newsledger's own stages; ``--stages`` prints that
split for the largest page.

Two number-heavy pages follow: a 20,000-word results page (every sentence a list of figures), which should
take at most 10 s, and a page of 100,000 numbers, which must end within the ``time_limit`` setting, done or
rejected as a ``timeout``, never a stall.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator

from newsledger.inputs import document_from_string
from newsledger.nlp.engine import load_nlp, parse
from newsledger.pipeline import analyze_document
from newsledger.record import Rejected
from newsledger.settings import load_settings

PEOPLE = ["Marta Velasco", "Tomas Reyl", "Ines Marlow", "Femi Olatunde", "Pia Lorne", "Teo Vell", "Dmitra Kolvak"]
TITLES = ["Interior Minister", "Mayor", "Governor", "spokesperson", "chief executive", "union leader"]
BODIES = ["the Coastal Flood Authority", "Kestrel Motors", "the Kessa Transit Union", "the Velmont Health Office"]
PLACES = ["Kessa", "Velmont", "Drasna", "Belgara", "Port Adrian"]
THINGS = ["people", "homes", "buses", "flights", "workers", "schools", "troops", "families"]
MEASURES = ["were evacuated", "were cancelled", "were damaged", "lost their jobs", "were deployed", "were rescued"]
DAYS = ["on Monday", "on Tuesday", "last week", "on March 3", "on Friday", "overnight"]


def _sentence(rng: random.Random) -> str:
    who, body, place = rng.choice(PEOPLE), rng.choice(BODIES), rng.choice(PLACES)
    n = rng.choice([12, 40, 150, 2_300, 18_000, 3.5, 61])
    kind = rng.randrange(6)
    if kind == 0:
        return (
            f"“We expect the number to rise in {place} before the weekend,” {rng.choice(TITLES)} {who} said "
            f"{rng.choice(DAYS)}."
        )
    if kind == 1:
        return (
            f"{body.capitalize()} said {n:,} {rng.choice(THINGS)} {rng.choice(MEASURES)} in {place} {rng.choice(DAYS)}."
        )
    if kind == 2:
        return f"According to {body}, at least {n:,} {rng.choice(THINGS)} {rng.choice(MEASURES)}."
    if kind == 3:
        return f"{who} told reporters that the plan would cost ${n:,} million and take {rng.randint(2, 9)} years."
    if kind == 4:
        return f"The figure was revised to {n:,} {rng.choice(DAYS)}, up {rng.randint(2, 40)} per cent."
    return f"Residents of {place} waited for news as crews worked through the night near the river."


def prose(words: int, seed: int = 0) -> str:
    """About ``words`` words of fictional news prose, in paragraphs of three to five sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(3, 5)))
        paragraphs.append(para)
        count += len(para.split())
    return "\n\n".join(paragraphs)


def results_page(words: int, seed: int = 1) -> str:
    """A number-dense results page: every sentence lists votes and shares for several candidates."""
    rng = random.Random(seed)
    lines: list[str] = []
    count = 0
    while count < words:
        place = rng.choice(PLACES)
        parts = ", ".join(
            f"{rng.choice(PEOPLE)} {rng.randint(1_000, 90_000):,} votes ({rng.uniform(1, 60):.1f}%)" for _ in range(4)
        )
        line = f"In {place} district {rng.randint(1, 400)}: {parts}, turnout {rng.uniform(30, 80):.1f}%."
        lines.append(line)
        count += len(line.split())
    return "\n\n".join(lines)


def number_page(numbers: int) -> str:
    return "\n\n".join(" ".join(str(i * 7 + j) for j in range(50)) + "." for i in range(0, numbers // 50))


def _analyse(text: str, doc_id: str, time_limit: float | None = None) -> tuple[float, float, object]:
    settings = load_settings() if time_limit is None else load_settings(time_limit=time_limit)
    doc = document_from_string(text, id=doc_id, is_body=True)
    wall, cpu = time.perf_counter(), time.process_time()
    result = analyze_document(doc, settings)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _stages(text: str) -> Iterator[tuple[str, float]]:
    from newsledger.nlp.claims import extract_claims
    from newsledger.nlp.dates import extract_dates
    from newsledger.nlp.entities import extract_entities
    from newsledger.nlp.quotes import extract_quotes
    from newsledger.nlp.speakers import speakers_for

    t = time.process_time()
    doc = parse(load_nlp(), text)
    yield "parse", time.process_time() - t
    t = time.process_time()
    entities = extract_entities(doc)
    speakers = speakers_for(doc, entities)
    yield "entities + mentions", time.process_time() - t
    t = time.process_time()
    dates = extract_dates(doc, None)
    yield "dates", time.process_time() - t
    t = time.process_time()
    quotes = extract_quotes(doc, speakers, dates)
    yield "quotes", time.process_time() - t
    t = time.process_time()
    extract_claims(doc, quotes, dates, None, speakers)
    yield "claims", time.process_time() - t


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,20000,80000", help="page sizes in words, smallest first")
    parser.add_argument("--stages", action="store_true", help="time each stage on the largest page")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    load_nlp()  # the model load is not part of any page's time
    _analyse(prose(1000, seed=9), "warm-up")  # first calls compile patterns and read word lists

    print(
        "| words | wall s | CPU s | CPU s per 1k words | ratio | spaCy parse per 1k | newsledger stages per 1k | "
        "stages ratio | quotes | claims |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = stages_base = None
    largest: list[tuple[str, float]] = []
    for size in sizes:
        text = prose(size)
        n = len(text.split())
        wall, cpu, result = _analyse(text, f"prose-{size}", time_limit=0)  # measured whole, not cut off
        # the same page again stage by stage: how much of the time is the parser's, how much ours
        largest = list(_stages(text))
        parse = dict(largest)["parse"] / n * 1000
        ours = sum(t for name, t in largest if name != "parse") / n * 1000
        per_k = cpu / n * 1000
        base, stages_base = base or per_k, stages_base or ours
        quotes = claims = "rejected"
        if not isinstance(result, Rejected):
            quotes, claims = str(len(result.quotes)), str(len(result.claims))  # type: ignore[attr-defined]
        print(
            f"| {n:,} | {wall:.2f} | {cpu:.2f} | {per_k:.3f} | {per_k / base:.2f}x | {parse:.3f} | {ours:.3f} | "
            f"{ours / stages_base:.2f}x | {quotes} | {claims} |"
        )

    if args.stages:
        print("\nStages on the largest page (CPU s):")
        for name, seconds in largest:
            print(f"- {name}: {seconds:.2f}")

    text = results_page(20_000)
    wall, cpu, result = _analyse(text, "results-20k")
    outcome = result.reason if isinstance(result, Rejected) else f"{len(result.claims)} claims"  # type: ignore[attr-defined]
    print(f"\nnumber-dense results page, {len(text.split()):,} words: {wall:.2f} s wall, {cpu:.2f} s CPU ({outcome})")

    limit = load_settings().time_limit
    wall, cpu, result = _analyse(number_page(100_000), "numbers-100k")
    outcome = f"rejected: {result.reason}" if isinstance(result, Rejected) else "done"
    print(f"page of 100,000 numbers: {wall:.2f} s wall (time_limit {limit:g} s), {outcome}")


if __name__ == "__main__":
    main()
