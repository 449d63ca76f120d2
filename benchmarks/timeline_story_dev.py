"""Timeline on the story-dev set: ingest the 25 pages of ``../shared/eval/story-dev`` into a ledger and
compare the timeline entries with the gold ``timeline.json``.

    .venv/bin/python benchmarks/timeline_story_dev.py [--records FILE] [--query WORDS] [--show]

Each page is analysed with ``reference_date`` = the manifest's ``published`` (and that date and the
manifest's URL as the page's metadata, as a fetched page would have them). ``--records FILE`` caches the
analysed records as JSONL: reused when it exists, so the timeline can be re-checked without analysing again.
The timeline is the union of the queries ``killed``, ``injured``, ``rescued``, ``displaced`` and ``missing``
(each also finds its synonyms); ``scorer`` also scores it, and one natural query (``--query``, default
"earthquake"), with the shared scorer ``../shared/eval/score_timeline.py`` (its summary line).

Prints one JSON object:

- ``found``: gold statements with an ``as_of`` (``uncertain`` ones left out) found as an entry with the same
  source (full name, or the same last word), value and ``as_of``;
- ``revision_pairs`` / ``disagreement_pairs``: the pairs of entries we flag (a ``revision`` entry and the
  one it ``revises``; two ``disagreement`` entries of one group and day from different sources), split
  into ``supported`` (both entries are gold statements, and the gold pair is one: same source, measure and
  scope at two dates for a revision; same measure, scope and day, different sources for a disagreement),
  ``contradicted`` (both are gold statements, but of different measures or scopes, or the wrong sources)
  and ``unknown`` (an entry is not a gold statement);
- ``gold_revision_pairs`` / ``gold_disagreement_pairs``: how many such pairs the gold has among the
  statements we found, and how many of them we flag (a revision pair also when a chain of our revision
  links joins them: 912 → 9,000 → 35,418).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsledger.api import analyze
from newsledger.ledger import Ledger, read_records
from newsledger.ledger.speakers import fold
from newsledger.ledger.timeline import TimelineEntry
from newsledger.record import Record, Rejected
from newsledger.settings import load_settings

__all__ = ["main"]

SHARED = Path(__file__).resolve().parents[2] / "shared"
STORY = SHARED / "eval" / "story-dev"
QUERIES = ("killed", "injured", "rescued", "displaced", "missing")
SCORER = SHARED / "eval" / "score_timeline.py"


def _analysed() -> Iterator[Record | Rejected]:
    for line in (STORY / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        published = entry["published"]
        settings = load_settings(reference_date=published) if published else load_settings()
        for result in analyze(STORY / entry["file"], settings=settings):
            if isinstance(result, Record):
                result.article.url = result.article.url or entry["url"]
                result.article.published = result.article.published or published
            yield result


def _records(cache: Path | None) -> list[Record | Rejected]:
    if cache is not None and cache.exists():
        return list(read_records(cache))
    results = list(_analysed())
    if cache is not None:
        with cache.open("w", encoding="utf-8") as fh:
            for r in results:
                if isinstance(r, Record):
                    fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    return results


def _same_source(ours: str | None, gold: str) -> bool:
    if not ours:
        return False
    a, b = fold(ours).split(), fold(gold).split()
    return a == b or (bool(a) and bool(b) and a[-1] == b[-1])


def _gold_match(entry: TimelineEntry, gold: list[dict[str, Any]]) -> dict[str, Any] | None:
    for g in gold:
        if g["as_of"] == entry.as_of and g["value"] == entry.value and _same_source(entry.source, g["source"]):
            return g
    return None


def _pair_verdict(a: dict[str, Any] | None, b: dict[str, Any] | None, kind: str) -> str:
    if a is None or b is None:
        return "unknown"
    if (a["measure"], a["scope"]) != (b["measure"], b["scope"]):
        return "contradicted"
    same_source = a["source"] == b["source"]
    if kind == "revision":
        return "supported" if same_source and a["as_of"] != b["as_of"] else "contradicted"
    return "supported" if not same_source and a["as_of"] == b["as_of"] else "contradicted"


def _score(files: list[str]) -> str:
    """The shared scorer's summary line for the timeline entries in ``files``."""
    sys.path.insert(0, str(SCORER.parent))
    try:
        import score_timeline  # the shared scorer, read where it lies
    finally:
        sys.path.pop(0)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score_timeline.main([str(STORY), *files])
    return out.getvalue().strip().splitlines()[-1].removeprefix("summary: ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=Path, help="JSONL cache of the analysed records")
    parser.add_argument("--show", action="store_true", help="print the flagged pairs on stderr")
    parser.add_argument("--query", default="earthquake", help="the natural query scored beside the measure words")
    args = parser.parse_args()
    if not STORY.exists():
        sys.exit(f"{STORY} is absent: this benchmark needs the shared story-dev set")

    statements = json.loads((STORY / "timeline.json").read_text())["statements"]
    gold = [g for g in statements if g["as_of"] and not g.get("uncertain")]
    work = Path(tempfile.mkdtemp(prefix="newsledger-story-"))
    scored: dict[str, str] = {}
    with Ledger(work / "story.db") as ledger:
        ledger.ingest(_records(args.records))
        seen: dict[tuple[Any, ...], TimelineEntry] = {}
        for query in QUERIES:
            for e in ledger.timeline(query):
                seen.setdefault((e.group, e.source, e.value, e.low, e.high, e.as_of), e)
        for label, queries in (("measure words", QUERIES), (f"one query ({args.query})", (args.query,))):
            files = []
            for i, query in enumerate(queries):
                path = work / f"timeline-{len(scored)}-{i}.json"
                path.write_text(json.dumps([e.to_dict() for e in ledger.timeline(query)]), encoding="utf-8")
                files.append(str(path))
            scored[label] = _score(files)
    entries = list(seen.values())
    match = {id(e): _gold_match(e, statements) for e in entries}

    found = [g for g in gold if any(_gold_match(e, [g]) for e in entries)]
    verdicts: dict[str, dict[str, int]] = {
        kind: {"supported": 0, "contradicted": 0, "unknown": 0} for kind in ("revision", "disagreement")
    }
    flagged: dict[str, set[tuple[int, int]]] = {"revision": set(), "disagreement": set()}
    shown: list[str] = []
    chain: dict[int, set[int]] = {}

    def judge(kind: str, a: TimelineEntry, b: TimelineEntry) -> None:
        ga, gb = match[id(a)], match[id(b)]
        verdict = _pair_verdict(ga, gb, kind)
        verdicts[kind][verdict] += 1
        if ga is not None and gb is not None:
            flagged[kind].add((id(ga), id(gb)))
            flagged[kind].add((id(gb), id(ga)))
            if kind == "revision":  # a chain of revisions links its first and last figure too
                chain.setdefault(id(ga), {id(ga)})
                chain.setdefault(id(gb), {id(gb)})
                joined = chain[id(ga)] | chain[id(gb)]
                for member in joined:
                    chain[member] = joined
        shown.append(
            f"{kind:12} {verdict:12} {a.group}: {a.source} {a.value} ({a.as_of}) / {b.source} {b.value} ({b.as_of})"
        )

    for e in entries:
        if e.revises is not None and "revision" in e.flags:
            judge("revision", e.revises, e)
    for a, b in itertools.combinations([e for e in entries if "disagreement" in e.flags], 2):
        if (a.group, a.as_of) == (b.group, b.as_of) and a.source != b.source and a.value != b.value:
            judge("disagreement", a, b)

    def gold_pairs(kind: str) -> dict[str, int]:
        pairs = [
            (a, b)
            for a, b in itertools.combinations(found, 2)
            if a["value"] != b["value"] and _pair_verdict(a, b, kind) == "supported"
        ]
        linked = sum(
            (id(a), id(b)) in flagged[kind] or (kind == "revision" and id(b) in chain.get(id(a), set()))
            for a, b in pairs
        )
        return {"pairs": len(pairs), "flagged": linked}

    print(
        json.dumps(
            {
                "gold_dated_statements": len(gold),
                "found": len(found),
                "found_share": round(len(found) / max(len(gold), 1), 3),
                "entries": len(entries),
                "entries_matching_gold": sum(m is not None for m in match.values()),
                "revision_pairs": verdicts["revision"],
                "disagreement_pairs": verdicts["disagreement"],
                "gold_revision_pairs": gold_pairs("revision"),
                "gold_disagreement_pairs": gold_pairs("disagreement"),
                "scorer": scored,
            },
            indent=1,
        )
    )
    if args.show:
        print("\n".join(sorted(shown)), file=sys.stderr)


if __name__ == "__main__":
    main()
