"""Article-extraction benchmark: newsledger against trafilatura on the Zyte pages, in one run.

Reads ``../shared/eval/article-extraction`` (181 real pages with their true article bodies) and
scores bodies with the shared scorer ``../shared/eval/article_extraction_eval.py``, imported by
path so the metric is the one the evaluation uses. Modes:

* ``html``: each page's HTML → ``newsledger.extract.extract_html`` vs ``trafilatura.extract``;
* ``text``: the page flattened to text by the scorer's ``flatten_html`` →
  ``newsledger.extract.extract_text`` vs the scorer's text baselines;
* ``--cli``: the same pages as a ``.jsonl`` batch through ``newsledger analyze --jsonl``
  (``{"id", "html", "url"}`` lines, or ``{"id", "text"}`` for text), bodies read back from the
  records. This runs the whole pipeline (spaCy included), so its time is per document end to end.

Usage (from the repository root)::

    .venv/bin/python benchmarks/extraction.py              # html and text, in-process
    .venv/bin/python benchmarks/extraction.py --cli        # also through the CLI's .jsonl input
    .venv/bin/python benchmarks/extraction.py --limit 40 --mode html

Every html run also prints the speed ratio of ``extract_html`` against ``trafilatura.extract`` alone,
measured in CPU time with the two interleaved page by page (so load from other processes on a shared
machine does not fall on one side), best of ``--rounds`` rounds.

The scorer itself accepts ``benchmarks/extraction.py:newsledger_html_body`` and
``benchmarks/extraction.py:newsledger_text_body`` as ``-e`` extractors.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from newsledger.extract import extract_html, extract_text
from newsledger.record import Rejected

__all__ = ["load_scorer", "main", "newsledger_html_body", "newsledger_text_body"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "article_extraction_eval.py"
DATA = SHARED / "eval" / "article-extraction"

Extractor = Callable[[str, str], str | None]


def newsledger_html_body(html: str, url: str) -> str:
    """The scorer's extractor interface over ``extract_html``: a rejected page gives ``""``."""
    result = extract_html(html, url or None)
    return "" if isinstance(result, Rejected) else result.body


def newsledger_text_body(text: str, url: str = "") -> str:
    """The scorer's extractor interface over ``extract_text`` (page text, no URL needed)."""
    result = extract_text(text)
    return "" if isinstance(result, Rejected) else result.body


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer as a module (it is a script, not an installed package)."""
    spec = importlib.util.spec_from_file_location("article_extraction_eval", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _row(
    scorer: ModuleType,
    name: str,
    version: str,
    docs: list[dict[str, Any]],
    preds: list[str],
    secs: list[float],
    errors: list[Any],
) -> dict[str, Any]:
    """One result row in the scorer's own format, so its ``markdown_table`` prints it."""
    m = scorer.score([d["truth"] for d in docs], preds, 200)
    ms = [1000 * s for s in secs] or [float("nan")]
    return {
        "name": name,
        "version": version,
        "n": len(docs),
        **{
            k: m[k]
            for k in ("precision", "recall", "f1", "accuracy", "precision_std", "recall_std", "f1_std", "accuracy_std")
        },
        "empty": sum(1 for p in preds if not scorer.tokens(p)),
        "errors": len(errors),
        "ms_median": statistics.median(ms),
        "ms_mean": statistics.mean(ms),
        "ms_p90": scorer._pct(ms, 0.9),
    }


def _run(
    scorer: ModuleType, name: str, version: str, func: Extractor, docs: list[dict[str, Any]], key: str
) -> dict[str, Any]:
    inputs = [{**d, "html": d[key]} for d in docs]  # the scorer's runner reads the "html" field
    preds, secs, errors = scorer.run_extractor(func, inputs, 60.0)
    for doc_id, err in errors[:3]:
        print(f"[error] {name} on {doc_id[:12]}: {err}", file=sys.stderr)
    return _row(scorer, name, version, docs, preds, secs, errors)


def _run_cli(scorer: ModuleType, docs: list[dict[str, Any]], key: str, timeout: float) -> dict[str, Any]:
    """The pages as one ``.jsonl`` batch through ``newsledger analyze --jsonl``; bodies from the records."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        with batch.open("w", encoding="utf-8") as fh:
            for d in docs:
                line = (
                    {"id": d["id"], "html": d["html"], "url": d["url"]}
                    if key == "html"
                    else {"id": d["id"], "text": d["text"]}
                )
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "newsledger", "analyze", "--jsonl", str(batch)],
                capture_output=True,
                text=True,
                check=False,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise SystemExit(f"newsledger analyze did not finish {len(docs)} pages in {timeout:.0f} s") from None
        wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):  # 1 only says some inputs were rejected
        raise SystemExit(f"newsledger analyze failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    bodies: dict[str, str] = {}
    for out_line in proc.stdout.splitlines():
        if out_line.strip():
            rec = json.loads(out_line)
            bodies[str(rec.get("id"))] = (rec.get("article") or {}).get("body") or ""
    preds = [bodies.get(d["id"], "") for d in docs]
    per_doc = wall / max(1, len(docs))
    return _row(scorer, f"newsledger CLI --jsonl ({key})", "whole pipeline", docs, preds, [per_doc] * len(docs), [])


def speed_ratio(traf: Extractor, docs: list[dict[str, Any]], rounds: int = 2) -> tuple[float, float, float]:
    """(total CPU ratio, median per-page ratio, trafilatura ms per page) of extract_html against trafilatura.

    The two run one after the other on each page, in CPU time; each page's best of ``rounds`` is kept.
    """
    best_t = [float("inf")] * len(docs)
    best_n = [float("inf")] * len(docs)
    for _ in range(rounds):
        for i, d in enumerate(docs):
            t0 = time.process_time()
            traf(d["html"], d["url"])
            t1 = time.process_time()
            newsledger_html_body(d["html"], d["url"])
            t2 = time.process_time()
            best_t[i] = min(best_t[i], t1 - t0)
            best_n[i] = min(best_n[i], t2 - t1)
    total = sum(best_n) / sum(best_t)
    median = statistics.median(best_n) / statistics.median(best_t)
    return total, median, 1000 * sum(best_t) / len(docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    ap.add_argument("--cli", action="store_true", help="also score bodies from `newsledger analyze --jsonl`")
    ap.add_argument("--cli-timeout", type=float, default=1800.0, help="seconds allowed for each CLI batch")
    ap.add_argument("--limit", type=int, help="only the first N pages (by id)")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--rounds", type=int, default=2, help="rounds of the interleaved speed measurement")
    args = ap.parse_args(argv)
    if not SCORER.exists() or not (args.data / "ground-truth.json").exists():
        print(
            f"skipped: the benchmark needs {SCORER} and {args.data} "
            "(the shared evaluation folder beside the checkout), which are absent"
        )
        return 0
    scorer = load_scorer()
    docs = scorer.load_dataset(args.data, args.limit)
    for d in docs:
        d["text"] = scorer.flatten_html(d["html"])
    scorer.block_network()  # as the scorer does: no extractor may reach the network
    import trafilatura

    traf, traf_version = scorer.make_trafilatura()
    print(f"{len(docs)} pages from {args.data.name}; trafilatura {traf_version}\n")
    for mode in ["html", "text"] if args.mode == "both" else [args.mode]:
        rows = []
        if mode == "html":
            rows.append(_run(scorer, "trafilatura", traf_version, traf, docs, "html"))
            rows.append(_run(scorer, "newsledger extract_html", "in-process", newsledger_html_body, docs, "html"))
        else:
            text_traf, _ = scorer.make_text_trafilatura()
            rows.append(_run(scorer, "text_trafilatura", trafilatura.__version__, text_traf, docs, "text"))
            rows.append(_run(scorer, "text_c4_lines", "re-impl", scorer.text_c4_lines, docs, "text"))
            rows.append(_run(scorer, "newsledger extract_text", "in-process", newsledger_text_body, docs, "text"))
        if args.cli:
            rows.append(_run_cli(scorer, docs, mode, args.cli_timeout))
        print(f"### --input {mode}\n")
        print(scorer.markdown_table(rows))
        print()
        if mode == "html":
            total, median, traf_ms = speed_ratio(traf, docs, args.rounds)
            print(
                f"extract_html / trafilatura alone, CPU time interleaved per page (best of {args.rounds}): "
                f"total {total:.2f}x, median page {median:.2f}x (trafilatura {traf_ms:.1f} ms/page)\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
