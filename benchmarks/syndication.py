"""Syndication benchmark: the copy threshold measured on real pages, and storing one crowded topic.

    .venv/bin/python benchmarks/syndication.py                      # everything (a few minutes)
    .venv/bin/python benchmarks/syndication.py --stories 1000 --skip-real

Part 1 (real, needs ../shared): the bodies of the Zyte pages (ground truth), the story-dev and the
news-dev texts, all distinct articles, several on one event (story-dev: 25 outlets on one
earthquake). Every pair of them is scored exactly (``syndication.exact_similarity``: shingle
Jaccard, or containment of a trimmed copy) - the distinct side. Copies are built from each body as
outlets make them - ``wrapped`` (an agency dateline and credit lines added), ``trimmed`` (the last
10-40 % of paragraphs cut), ``inserted`` (a "Related:" block in the middle), ``edited`` (1 % of
the words changed: figures updated, words swapped), ``all`` (trimmed, edited and wrapped at once)
and the stress case ``edited3`` (3 % of the words) - the copy side. Both distributions and the
recall of each kind at the threshold are printed; then every body and one copy of each kind go
through a ledger, which must link each copy to its own original and nothing else.

Part 2 (generated): ``--stories`` (4,000) distinct stories on one event
(``ledger.synthetic.same_topic_records``) are stored; the share linked as copies must stay at or
under 1 %. Speed is a ratio against the same records with the words of each body shuffled (same
sizes, no two alike) stored in the same run, and also given in records per wall and CPU second.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsledger.ledger import Ledger
from newsledger.ledger.syndication import exact_similarity, shingle_hashes, signature, similarity
from newsledger.ledger.synthetic import same_topic_records
from newsledger.record import Article, Provenance, Record
from newsledger.settings import Settings

__all__ = ["main"]

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
KINDS = ("wrapped", "trimmed", "inserted", "edited", "all", "edited3")


def real_bodies() -> dict[str, str]:
    bodies: dict[str, str] = {}
    for folder in ("story-dev", "news-dev"):
        for path in sorted((SHARED / folder).glob("*.txt")):
            bodies[f"{folder}/{path.stem}"] = path.read_text(encoding="utf-8")
    truth = SHARED / "article-extraction" / "ground-truth.json"
    if truth.exists():
        for key, value in json.loads(truth.read_text(encoding="utf-8")).items():
            bodies[f"zyte/{key[:12]}"] = value["articleBody"]
    return {k: v for k, v in bodies.items() if len(v.split()) >= 80}


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _edit(text: str, rng: random.Random, share: float) -> str:
    words = text.split(" ")
    for _ in range(max(1, int(len(words) * share))):
        k = rng.randrange(len(words))
        words[k] = str(int(words[k]) + rng.randrange(1, 50)) if words[k].isdigit() else rng.choice(_SWAPS)
    return " ".join(words)


_SWAPS = ["said", "told", "added", "reported", "stated", "noted", "announced", "explained"]


def _trim(text: str, rng: random.Random) -> str:
    """The first 60-90 % of the body by words, cut at a paragraph end (at least half of it, as the rule asks)."""
    paras = _paragraphs(text)
    total = sum(len(p.split()) for p in paras)
    keep, words = [], 0
    goal = total * rng.uniform(0.6, 0.9)
    for p in paras:
        if words >= goal and words >= total / 2:
            break
        keep.append(p)
        words += len(p.split())
    return "\n\n".join(keep)


def make_copy(text: str, kind: str, rng: random.Random) -> str:
    """A copy of a wire story as an outlet prints it."""
    if kind == "wrapped":
        return (
            "KESSA, March 3 (Continental Press) - "
            + text
            + "\n\nReporting by Ilse Varn; editing by Tomas Lind\n© 2025 Continental Press. All rights reserved."
        )
    if kind == "trimmed":
        return _trim(text, rng)
    if kind == "inserted":
        paras = _paragraphs(text)
        mid = len(paras) // 2
        related = ["Related: floods hit the north again", "Advertisement", "Read more: the statement in full"]
        return "\n\n".join(paras[:mid] + related + paras[mid:])
    if kind == "edited":
        return _edit(text, rng, 0.01)
    if kind == "edited3":
        return _edit(text, rng, 0.03)
    return "(Wire) - " + _edit(_trim(text, rng), rng, 0.01) + "\n\nCopyright 2025 Wire."


def _summary(values: list[float], threshold: float) -> dict[str, Any]:
    ordered = sorted(values)
    n = len(ordered)
    return {
        "n": n,
        "min": round(ordered[0], 3),
        "p1": round(ordered[int(0.01 * (n - 1))], 3),
        "p5": round(ordered[int(0.05 * (n - 1))], 3),
        "median": round(statistics.median(ordered), 3),
        "max": round(ordered[-1], 3),
        "at_or_over_threshold": round(sum(v >= threshold for v in ordered) / n, 4),
    }


def _record(rid: str, body: str, published: str) -> Record:
    return Record(
        id=rid,
        article=Article(body=body, url=f"https://{rid.replace('/', '-')}.example/", published=published),
        provenance=Provenance(package_version="bench", stages={}),
    )


def real_part(threshold: float, seed: int) -> dict[str, Any]:
    bodies = real_bodies()
    names = list(bodies)
    shingles = {k: shingle_hashes(v) for k, v in bodies.items()}
    distinct = [exact_similarity(shingles[a], shingles[b]) for a, b in itertools.combinations(names, 2)]
    worst = sorted(
        ((exact_similarity(shingles[a], shingles[b]), a, b) for a, b in itertools.combinations(names, 2)),
        reverse=True,
    )[:3]
    rng = random.Random(seed)
    copies: dict[str, list[float]] = {kind: [] for kind in KINDS}
    estimates: dict[str, list[float]] = {kind: [] for kind in KINDS}
    records: list[Record] = []
    expected: dict[str, str] = {}
    for name in names:
        text = bodies[name]
        records.append(_record(name, text, "2025-03-01"))
        for kind in KINDS:
            copy = make_copy(text, kind, rng)
            copies[kind].append(exact_similarity(shingles[name], shingle_hashes(copy)))
            estimates[kind].append(similarity(signature(text), signature(copy)))
            if kind != "edited3":
                records.append(_record(f"{name}/{kind}", copy, "2025-03-02"))
                expected[f"{name}/{kind}"] = name
    rng.shuffle(records)  # copies arrive before their originals too
    with tempfile.TemporaryDirectory() as tmp, Ledger(Path(tmp) / "real.db", Settings()) as ledger:
        ledger.ingest(records)
        linked_right = linked_wrong = missed = false_links = 0
        for record in records:
            found = ledger.article(record.id)
            assert found is not None
            origin = ledger.article(int(found["copy_of"])) if found["copy_of"] else None
            want = expected.get(record.id)
            if want is None:
                false_links += origin is not None
            elif origin is None:
                missed += 1
            elif origin["record_id"] == want:
                linked_right += 1
            else:
                linked_wrong += 1
    return {
        "bodies": len(names),
        "distinct_pairs": _summary(distinct, threshold),
        "most_alike_distinct_pairs": [[round(s, 3), a, b] for s, a, b in worst],
        "copies_exact": {kind: _summary(v, threshold) for kind, v in copies.items()},
        "copies_minhash_estimate": {kind: _summary(v, threshold) for kind, v in estimates.items()},
        "ledger": {
            "copies": len(expected),
            "linked_to_their_original": linked_right,
            "linked_elsewhere": linked_wrong,
            "not_linked": missed,
            "originals_linked_as_copies": false_links,
        },
    }


def _shuffled(records: list[Record], seed: int) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for r in records:
        words = r.article.body.split()
        rng.shuffle(words)
        out.append(_record(f"shuffled-{r.id}", " ".join(words), r.article.published or "2025-03-01"))
    return out


def _store(records: list[Record], batch_size: int) -> tuple[float, float, dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp, Ledger(Path(tmp) / "topic.db", Settings()) as ledger:
        t0, c0 = time.perf_counter(), time.process_time()
        ledger.ingest(records, batch_size=batch_size)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        return wall, cpu, ledger.stats()


def topic_part(stories: int, batch_size: int, seed: int, threshold: float) -> dict[str, Any]:
    records = list(same_topic_records(stories))
    rng = random.Random(seed)
    sample = [rng.sample(range(len(records)), 2) for _ in range(20_000)]
    shingles = [shingle_hashes(r.article.body) for r in records]
    pair = [exact_similarity(shingles[a], shingles[b]) for a, b in sample]
    estimate = [
        similarity(signature(records[a].article.body), signature(records[b].article.body)) for a, b in sample[:5000]
    ]
    baseline = _shuffled(records, seed)
    base_wall, base_cpu, _ = _store(baseline, batch_size)
    wall, cpu, stats = _store(records, batch_size)
    return {
        "stories": stories,
        "pair_similarity_exact": _summary(pair, threshold),
        "pair_similarity_minhash_estimate": _summary(estimate, threshold),
        "linked_as_copies": stats["copies"],
        "linked_share": round(stats["copies"] / stories, 4),
        "groups": stats["syndicated_origins"],
        "records_per_s": round(stories / wall, 1),
        "records_per_cpu_s": round(stories / cpu, 1),
        "baseline_shuffled_records_per_s": round(stories / base_wall, 1),
        "baseline_shuffled_records_per_cpu_s": round(stories / base_cpu, 1),
        "speed_ratio_to_baseline_cpu": round(base_cpu / cpu, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=4_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--skip-topic", action="store_true")
    args = parser.parse_args()
    threshold = Settings().syndication_threshold
    result: dict[str, Any] = {"threshold": threshold}
    if not args.skip_real:
        if SHARED.exists():
            result["real"] = real_part(threshold, args.seed)
        else:
            print(f"skipping the real pages: {SHARED} is absent", file=sys.stderr)
    if not args.skip_topic:
        result["topic"] = topic_part(args.stories, args.batch_size, args.seed, threshold)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
