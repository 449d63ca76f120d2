"""Ratchet the golden-test floors in tests/golden/baseline.json: floors only go up.

Usage:
    python benchmarks/gate.py set KEY=VALUE [KEY=VALUE ...] [--allow-lower]
    python benchmarks/gate.py pin-corpus        # record SHA-256 of the ../shared evaluation files
    python benchmarks/gate.py show

A floor is the score a golden test must reach. Raising one is always allowed; lowering one needs
--allow-lower, so a regression cannot be hidden by editing the number in passing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "golden" / "baseline.json"
CORPUS = ROOT / "tests" / "golden" / "corpus.sha256.json"
SHARED = ROOT.parent / "shared"
PINNED = ["seed", "gold", "eval/polnear", "eval/story-dev", "eval/article-extraction"]


def corpus_hashes(shared: Path = SHARED) -> dict[str, str]:
    """SHA-256 of every file of the pinned evaluation folders, by path relative to ../shared."""
    out = {}
    for folder in PINNED:
        for path in sorted((shared / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                out[str(path.relative_to(shared))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def set_floors(pairs: list[str], allow_lower: bool) -> int:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    for pair in pairs:
        key, _, raw = pair.partition("=")
        value = json.loads(raw)
        old = floors.get(key)
        if old is not None and value < old and not allow_lower:
            print(f"refusing to lower {key} from {old} to {value} (pass --allow-lower to do it on purpose)")
            return 1
        floors[key] = value
    BASELINE.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_set = sub.add_parser("set")
    p_set.add_argument("pairs", nargs="+")
    p_set.add_argument("--allow-lower", action="store_true")
    sub.add_parser("pin-corpus")
    sub.add_parser("show")
    args = parser.parse_args(argv)
    if args.command == "set":
        return set_floors(args.pairs, args.allow_lower)
    if args.command == "pin-corpus":
        if not SHARED.exists():
            print(f"../shared is absent ({SHARED}): nothing to pin")
            return 1
        CORPUS.write_text(json.dumps(corpus_hashes(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    print(BASELINE.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
