"""Claims benchmark on our own fictional articles (``benchmarks/claims_corpus``).

    .venv/bin/python benchmarks/claims.py [-v]

Each ``NN-name.txt`` is an article body (invented people and places) and ``NN-name.json`` its hand-made
gold: ``published`` and ``claims`` (value/low/high, qualifier, unit, source with ``source_alt``, as_of,
evidence ``text``, ``revises_value``), plus ``not_claims`` (strings that must not yield a claim). The body
is analysed as a clean body with its publication date; a system claim matches a gold claim of the same
value (a vague amount matches a vague gold claim whose evidence overlaps it). Prints precision and recall,
then how many matched claims have the right source, as_of, qualifier and revision link.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from newsledger.api import analyze_text
from newsledger.record import Claim, Record

CORPUS = Path(__file__).resolve().parent / "claims_corpus"


def _key(name: str | None) -> str:
    s = re.sub(r"^(?:the|a|an)\s+", "", (name or "").strip().lower())
    return re.sub(r"[^\w ]", "", s).strip()


def same_source(system: str | None, gold: dict[str, Any]) -> bool:
    if gold.get("source") is None:
        return system is None
    if system is None:
        return False
    names = [gold["source"], *gold.get("source_alt", [])]
    s = _key(system)
    # a person may be named by surname alone
    return any(s == _key(n) or (len(n.split()) == 2 and s == _key(n.split()[-1])) for n in names)


def _values(c: dict[str, Any]) -> set[float]:
    return {float(c[k]) for k in ("value", "low", "high") if isinstance(c.get(k), int | float)}


def _match(system: list[Claim], gold: list[dict[str, Any]], body: str) -> list[tuple[int, int]]:
    pairs: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        g_start = body.find(g["text"])
        g_end = g_start + len(g["text"])
        for si, c in enumerate(system):
            sv = {float(v) for v in (c.value, c.low, c.high) if v is not None}
            overlap = c.start < g_end and g_start < c.end
            # a vague amount ("dozens") has no value: it matches by position
            ok = c.value is None and overlap if g.get("value") is None else bool(sv & _values(g))
            if ok:
                pairs.append((1.0 + 0.5 * overlap + 0.25 * same_source(c.source, g), gi, si))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def score_corpus(verbose: bool = False) -> dict[str, float]:
    totals = dict.fromkeys(
        (
            "gold",
            "system",
            "matched",
            "source",
            "as_of",
            "as_of_gold",
            "qualifier",
            "revises",
            "revises_gold",
            "not_claims",
            "not_claims_hit",
        ),
        0,
    )
    for gpath in sorted(CORPUS.glob("*.json")):
        gold = json.loads(gpath.read_text())
        body = gpath.with_suffix(".txt").read_text()
        for g in gold["claims"]:
            assert g["text"] in body, f"{gpath.name}: evidence {g['text']!r} is not in the body"
        record = analyze_text(body, published=gold["published"], is_body=True, id=gpath.stem)
        assert isinstance(record, Record), f"{gpath.name} was rejected: {record}"
        system = record.claims
        pairs = _match(system, gold["claims"], body)
        totals["gold"] += len(gold["claims"])
        totals["system"] += len(system)
        totals["matched"] += len(pairs)
        for gi, si in pairs:
            g, c = gold["claims"][gi], system[si]
            ok_source = same_source(c.source, g)
            ok_date = g.get("as_of") is None or c.as_of == g["as_of"]
            ok_qual = c.qualifier == g.get("qualifier")
            totals["source"] += ok_source
            totals["qualifier"] += ok_qual
            if g.get("as_of"):
                totals["as_of_gold"] += 1
                totals["as_of"] += c.as_of == g["as_of"]
            if g.get("revises_value") is not None:
                totals["revises_gold"] += 1
                earlier = system[c.revises] if c.revises is not None and c.revises < len(system) else None
                totals["revises"] += earlier is not None and earlier.value == g["revises_value"]
            if verbose and not (ok_source and ok_date and ok_qual):
                print(
                    f"  {gpath.stem}: {g['text']!r}: source {c.source!r} (gold {g.get('source')!r}), "
                    f"as_of {c.as_of} (gold {g.get('as_of')}), qualifier {c.qualifier} (gold {g.get('qualifier')})"
                )
        if verbose:
            matched_g = {gi for gi, _ in pairs}
            matched_s = {si for _, si in pairs}
            for gi, g in enumerate(gold["claims"]):
                if gi not in matched_g:
                    print(f"  {gpath.stem}: MISSED {g['text']!r}")
            for si, c in enumerate(system):
                if si not in matched_s:
                    print(f"  {gpath.stem}: EXTRA {c.text!r} (value {c.value}, source {c.source})")
        for bad in gold.get("not_claims", []):
            start = body.find(bad)
            totals["not_claims"] += 1
            totals["not_claims_hit"] += any(c.start < start + len(bad) and start < c.end for c in system)
    t = totals
    return {
        "precision": t["matched"] / t["system"] if t["system"] else 0.0,
        "recall": t["matched"] / t["gold"] if t["gold"] else 0.0,
        "source_right": t["source"] / t["matched"] if t["matched"] else 0.0,
        "as_of_right": t["as_of"] / t["as_of_gold"] if t["as_of_gold"] else 0.0,
        "qualifier_right": t["qualifier"] / t["matched"] if t["matched"] else 0.0,
        "revises_right": t["revises"] / t["revises_gold"] if t["revises_gold"] else 0.0,
        "not_claims_reported": float(t["not_claims_hit"]),
        **{f"n_{k}": float(v) for k, v in t.items()},
    }


def main(argv: list[str]) -> int:
    s = score_corpus(verbose="-v" in argv)
    print(
        f"claims: precision {s['precision']:.3f} recall {s['recall']:.3f} "
        f"(system {s['n_system']:.0f}, gold {s['n_gold']:.0f}, matched {s['n_matched']:.0f})"
    )
    print(
        f"on matched claims: source right {s['source_right']:.3f}, qualifier right {s['qualifier_right']:.3f}, "
        f"as_of right {s['as_of_right']:.3f} (of {s['n_as_of_gold']:.0f} with a gold date), "
        f"revision links {s['n_revises']:.0f}/{s['n_revises_gold']:.0f}"
    )
    print(f"not-claims reported as claims: {s['not_claims_reported']:.0f}/{s['n_not_claims']:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
