"""HTML pieces built in Python: the highlighted article body and the SVG charts.

Every stored string goes through ``escape`` (markupsafe) before it is put in markup; links are
made only for http(s) URLs. Charts are server-side SVG (no script; each mark a link with a
``<title>`` tooltip), styled by class from the package's stylesheet, so the CSP can forbid
inline styles.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from markupsafe import Markup, escape

__all__ = [
    "PALETTE",
    "Markup",
    "bars_svg",
    "escape",
    "evidence_href",
    "figure",
    "highlight",
    "mark_svg",
    "number",
    "safe_href",
    "source_styles",
    "speaker_classes",
    "timeline_svg",
]

PALETTE = 8  # speaker colour classes spk-0 … spk-7 in style.css
SHAPES = ("circle", "square", "triangle", "diamond", "cross", "star")


def safe_href(url: str | None) -> str | None:
    """The URL when it is http(s), else None: a stored ``javascript:`` link is never made a link."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def number(value: Any) -> str:
    if value is None:
        return ""
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def speaker_classes(record: dict[str, Any]) -> dict[str, int]:
    """Speaker name → colour index, in order of first quote."""
    out: dict[str, int] = {}
    for q in record.get("quotes", []):
        name = (q.get("speaker") or {}).get("name")
        if name and name not in out:
            out[name] = len(out) % PALETTE
    return out


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    tag: str
    attrs: dict[str, str]
    children: list[_Span] = field(default_factory=list)


def _quote_tip(q: dict[str, Any]) -> str:
    sp = q.get("speaker") or {}
    parts = [f"{q.get('kind', 'quote')} quote", f"speaker: {sp.get('name') or 'unknown'}"]
    if sp.get("title"):
        parts.append(f"title: {sp['title']}")
    if q.get("cue"):
        parts.append(f"cue: {q['cue']['text']}")
    if q.get("date"):
        parts.append(f"as of: {q['date']}")
    if q.get("polarity"):
        parts.append(f"polarity: {q['polarity']}")
    return " · ".join(parts)


def _claim_tip(c: dict[str, Any]) -> str:
    figure = number(c.get("value")) if c.get("low") is None else f"{number(c.get('low'))}–{number(c.get('high'))}"
    what = " ".join(x for x in (c.get("qualifier"), figure, c.get("unit")) if x)
    parts = [f"claim: {what}"]
    if c.get("about"):
        parts.append(f"about: {c['about']}")
    if c.get("place"):
        parts.append(f"place: {c['place']}")
    parts.append(f"source: {c.get('source') or 'unattributed'}")
    parts.append(f"as of: {c.get('as_of') or 'unknown'}")
    return " · ".join(parts)


def _spans(
    record: dict[str, Any], colours: dict[str, int], evidence: str | None, ids: dict[str, int] | None
) -> list[_Span]:
    body_len = len(record["article"]["body"])
    spans: list[_Span] = []
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        colour = colours.get(sp.get("name", ""))
        cls = f"quote spk-{colour}" if colour is not None else "quote spk-none"
        tip = _quote_tip(q)
        fragments = q.get("spans") or [[q["start"], q["end"]]]
        for n, (start, end) in enumerate(fragments):
            attrs = {"class": cls, "data-tip": tip, "tabindex": "0"}
            if n == 0:
                attrs["id"] = f"q-{q['start']}"
            spans.append(_Span(start, end, "span", attrs))
        if sp and not sp.get("anonymous") and sp.get("name") and sp.get("end", 0) > sp.get("start", 0):
            attrs = {"class": f"mention spk-{colour}", "data-tip": tip}
            known = (ids or {}).get(sp["name"]) if ids is not None else sp["name"]
            if known is not None:
                attrs["href"] = f"/speakers/{quote(str(known), safe='')}"
            spans.append(_Span(sp["start"], sp["end"], "a" if "href" in attrs else "span", attrs))
        cue = q.get("cue")
        if cue and cue.get("end", 0) > cue.get("start", 0):
            spans.append(_Span(cue["start"], cue["end"], "span", {"class": "cue"}))
    targeted = False
    for c in record.get("claims", []):
        attrs = {"class": "claim", "data-tip": _claim_tip(c), "id": f"c-{c['start']}", "tabindex": "0"}
        if evidence and not targeted and c.get("text") == evidence:
            attrs["class"], attrs["id"], targeted = "claim target", "evidence", True
        spans.append(_Span(c["start"], c["end"], "span", attrs))
    for d in record.get("dates", []):
        value = d.get("value", "")
        if d.get("end_value"):
            value = f"{value} to {d['end_value']}"
        spans.append(_Span(d["start"], d["end"], "span", {"class": "date", "data-tip": f"date: {value}"}))
    return [s for s in spans if 0 <= s.start < s.end <= body_len]


def _nest(spans: list[_Span]) -> list[_Span]:
    """Spans as a tree: a span overlapping the end of an enclosing one is cut at that end."""
    roots: list[_Span] = []
    stack: list[_Span] = []
    for given in sorted(spans, key=lambda s: (s.start, -s.end)):
        while stack and stack[-1].end <= given.start:
            stack.pop()
        span = given
        if stack and given.end > stack[-1].end:
            span = _Span(given.start, stack[-1].end, given.tag, given.attrs)
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return roots


def _render(body: str, spans: list[_Span], start: int, end: int) -> str:
    out: list[str] = []
    pos = start
    for span in spans:
        out.append(str(escape(body[pos : span.start])))
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in span.attrs.items())
        if span.attrs.get("data-tip"):
            attrs += f' title="{escape(span.attrs["data-tip"])}"'
        inner = _render(body, span.children, span.start, span.end)
        out.append(f"<{span.tag}{attrs}>{inner}</{span.tag}>")
        pos = span.end
    out.append(str(escape(body[pos:end])))
    return "".join(out)


def highlight(record: dict[str, Any], evidence: str | None = None, ids: dict[str, int] | None = None) -> Markup:
    """The article body as HTML: quotes (coloured by speaker), speaker mentions (linked to ``ids``, speaker
    name → ledger id, when given; by name otherwise), cues, claims (``evidence``: the one to point at), dates."""
    body: str = record["article"]["body"]
    spans = _nest(_spans(record, speaker_classes(record), evidence, ids))
    return Markup(_render(body, spans, 0, len(body)))


# ---------------------------------------------------------------- charts


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp:
            return float(step * exp)
    return float(10 * exp)


def _shape(kind: str, x: float, y: float, r: float = 6.0) -> str:
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
    if kind == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"/>'
    if kind == "triangle":
        return f'<polygon points="{x:.1f},{y - r - 1:.1f} {x - r:.1f},{y + r - 1:.1f} {x + r:.1f},{y + r - 1:.1f}"/>'
    if kind == "diamond":
        return (
            f'<polygon points="{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y:.1f} '
            f'{x:.1f},{y + r + 1:.1f} {x - r - 1:.1f},{y:.1f}"/>'
        )
    if kind == "cross":
        w = r / 2.5
        return (
            f'<polygon points="{x - w:.1f},{y - r:.1f} {x + w:.1f},{y - r:.1f} {x + w:.1f},{y - w:.1f} '
            f"{x + r:.1f},{y - w:.1f} {x + r:.1f},{y + w:.1f} {x + w:.1f},{y + w:.1f} {x + w:.1f},{y + r:.1f} "
            f"{x - w:.1f},{y + r:.1f} {x - w:.1f},{y + w:.1f} {x - r:.1f},{y + w:.1f} {x - r:.1f},{y - w:.1f} "
            f'{x - w:.1f},{y - w:.1f}"/>'
        )
    points = []
    for k in range(10):
        radius = r + 1 if k % 2 == 0 else r / 2.2
        angle = math.pi / 2 + k * math.pi / 5
        points.append(f"{x + radius * math.cos(angle):.1f},{y - radius * math.sin(angle):.1f}")
    return f'<polygon points="{" ".join(points)}"/>'


def source_styles(entries: list[dict[str, Any]]) -> dict[str, tuple[str, int]]:
    """Source → (shape, colour index): one mark style per source, in order of first appearance."""
    styles: dict[str, tuple[str, int]] = {}
    for entry in entries:
        name = entry.get("source") or "(unattributed)"
        if name not in styles:
            n = len(styles)
            styles[name] = (SHAPES[n % len(SHAPES)], n % PALETTE)
    return styles


def evidence_href(entry: dict[str, Any]) -> str | None:
    reports = entry.get("reports") or []
    if not reports:
        return None
    first = reports[0]
    return f"/articles/{int(first['article'])}?{urlencode({'evidence': first.get('text') or ''})}#evidence"


def timeline_svg(entries: list[dict[str, Any]], styles: dict[str, tuple[str, int]], *, label: str) -> Markup:
    """One series' dated figures: x = as-of, y = value (a range as a bar), one mark per source,
    revisions joined by a dashed arrow, disagreements ringed; each mark links to its sentence."""
    width, height, left, right, top, bottom = 760, 240, 64, 20, 14, 36
    points = [(e, _day(e.get("as_of"))) for e in entries]
    dated = [(e, d) for e, d in points if d is not None and (e.get("value") is not None or e.get("high") is not None)]
    if not dated:
        return Markup('<p class="muted">No dated figures to plot in this series.</p>')
    days = [d for _, d in dated]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    pad = max(span * 0.06, 0.5)
    top_value = _nice_max(max(float(e.get("high") or e.get("value") or 0) for e, _ in dated) * 1.05)

    def x_of(d: date) -> float:
        return left + ((d - first).days + pad) / (span + 2 * pad) * (width - left - right)

    def y_of(v: float) -> float:
        return top + (1 - v / top_value) * (height - top - bottom)

    out = [
        f'<svg class="chart timeline-chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for k in range(5):
        v = top_value * k / 4
        y = y_of(v)
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{number(v)}</text>')
    ticks = sorted(set(days)) if len(set(days)) <= 6 else [first + (last - first) * k / 5 for k in range(6)]
    for d in ticks:
        x = x_of(d)
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{height - bottom}" y2="{height - bottom + 5}"/>')
        out.append(
            f'<text class="tick" x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle">{d.isoformat()}</text>'
        )
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{height - bottom}" y2="{height - bottom}"/>')
    position: dict[tuple[str | None, str | None, Any], tuple[float, float]] = {}
    for e, d in dated:
        v = float(e["value"]) if e.get("value") is not None else (float(e["low"] or 0) + float(e["high"])) / 2
        position[(e.get("source"), e.get("as_of"), e.get("value"))] = (x_of(d), y_of(v))
    for e, _ in dated:  # revision arrows under the marks
        rev = e.get("revises")
        if not rev:
            continue
        start = position.get((rev.get("source"), rev.get("as_of"), rev.get("value")))
        end = position.get((e.get("source"), e.get("as_of"), e.get("value")))
        if start and end:
            out.append(
                f'<line class="revision-link" x1="{start[0]:.1f}" y1="{start[1]:.1f}" '
                f'x2="{end[0]:.1f}" y2="{end[1]:.1f}"/>'
            )
    for e, d in dated:
        name = e.get("source") or "(unattributed)"
        shape, colour = styles.get(name, ("circle", 0))
        x, y = position[(e.get("source"), e.get("as_of"), e.get("value"))]
        flags = e.get("flags") or []
        classes = ["point", f"src-{colour}", *(f"flag-{f}" for f in flags)]
        figure = number(e.get("value")) if e.get("low") is None else f"{number(e['low'])}–{number(e['high'])}"
        tip = f"{figure} {e.get('unit') or ''} — {name}, as of {d.isoformat()}"
        if flags:
            tip += f" [{', '.join(flags)}]"
        tip += f"; {len(e.get('reports') or [])} report(s). Open the sentence."
        href = evidence_href(e)
        out.append(f'<a class="{" ".join(classes)}" href="{escape(href or "#")}"><title>{escape(tip)}</title>')
        if e.get("low") is not None and e.get("high") is not None:
            out.append(
                f'<line class="range" x1="{x:.1f}" x2="{x:.1f}" y1="{y_of(float(e["low"])):.1f}" '
                f'y2="{y_of(float(e["high"])):.1f}"/>'
            )
        if "disagreement" in flags:
            out.append(f'<circle class="ring" cx="{x:.1f}" cy="{y:.1f}" r="11"/>')
        out.append(_shape(shape, x, y))
        out.append("</a>")
    out.append("</svg>")
    return Markup("".join(out))


def bars_svg(items: list[tuple[str, float, str | None]], *, label: str, height: int = 120) -> Markup:
    """A small bar chart: (label, value, link) per bar, labels under the first, middle and last bars."""
    if not items:
        return Markup("")
    width, bottom, top = 760, 22, 8
    peak = max(v for _, v, _ in items) or 1.0
    step = width / len(items)
    bar = max(min(step * 0.8, 40), 1.5)
    out = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    shown = {0, len(items) // 2, len(items) - 1}
    for n, (name, value, href) in enumerate(items):
        h = (height - top - bottom) * value / peak
        x = n * step + (step - bar) / 2
        rect = (
            f'<rect x="{x:.1f}" y="{height - bottom - h:.1f}" width="{bar:.1f}" height="{max(h, 1):.1f}">'
            f"<title>{escape(name)}: {number(value)}</title></rect>"
        )
        out.append(f'<a href="{escape(href)}">{rect}</a>' if href else rect)
        if n in shown:
            out.append(
                f'<text class="tick" x="{x + bar / 2:.1f}" y="{height - 6}" text-anchor="middle">{escape(name)}</text>'
            )
    out.append("</svg>")
    return Markup("".join(out))


def mark_svg(shape: str, colour: int) -> Markup:
    """A source's mark, for legends and tables."""
    return Markup(
        f'<svg class="mark src-{int(colour)}" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">'
        f"{_shape(shape if shape in SHAPES else 'circle', 8, 8, 5)}</svg>"
    )


def figure(claim: dict[str, Any], *, unit: bool = True) -> str:
    """ "at least 42 people", "40–45 people": a claim's or timeline entry's figure as written for people."""
    low, high = claim.get("low"), claim.get("high")
    value = f"{number(low)}–{number(high)}" if low is not None and high is not None else number(claim.get("value"))
    parts = [claim.get("qualifier"), value or "(no figure)", claim.get("unit") if unit else None]
    return " ".join(p for p in parts if p)
