"""Helpers for the web tests: a ledger of the fictional story plus a hostile page, and OpenAPI checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from newsledger.ledger import Ledger
from newsledger.record import Article, Claim, Cue, Provenance, Quote, Record, Speaker
from test_ledger_story import story_records

XSS_ID = "xss-test-page"
# what a hostile page would run if any stored string reached the page as markup
PAYLOADS = (
    "<script>window.__pwned = 1</script>",
    '<img src="x" onerror="window.__pwned = 2">',
    '<a href="javascript:window.__pwned = 3">click me</a>',
)


def xss_record() -> Record:
    """A stored page whose every field tries to run script."""
    intro = "Officials in Norvania said on Monday that the flood barrier held. "
    quote_text = f"The barrier held {PAYLOADS[0]} and the town is safe"
    said = f"“{quote_text},” Mayor Ada Brill said. "
    claim_text = "At least 12 people were rescued, the mayor said."
    tail = f" {PAYLOADS[1]} {PAYLOADS[2]} More rain is expected later this week in the valley, forecasters said."
    body = intro + said + claim_text + tail
    q_start = body.index(quote_text)
    m_start = body.index("Mayor Ada Brill") + len("Mayor ")
    cue_start = body.index("said.", q_start)
    c_start = body.index(claim_text)
    return Record(
        id=XSS_ID,
        article=Article(
            body=body,
            url="javascript:window.__pwned = 4",
            title='Barrier holds <img src="x" onerror="window.__pwned = 5">',
            publisher='<b onmouseover="window.__pwned = 6">Evil Gazette</b>',
            published="2025-03-07",
            byline="<script>window.__pwned = 7</script>",
            language="en",
        ),
        quotes=[
            Quote(
                kind="direct",
                text=quote_text,
                start=q_start,
                end=q_start + len(quote_text),
                cue=Cue("said", cue_start, cue_start + 4),
                speaker=Speaker(
                    name="Ada Brill",
                    text="Ada Brill",
                    start=m_start,
                    end=m_start + len("Ada Brill"),
                    title='Mayor <img src=x onerror="window.__pwned = 8">',
                ),
            )
        ],
        claims=[
            Claim(
                value=12,
                unit="people",
                about='people rescued <svg onload="window.__pwned = 9">',
                text=claim_text,
                start=c_start,
                end=c_start + len(claim_text),
                qualifier="at least",
                source="Ada Brill",
                as_of="2025-03-07",
            )
        ],
        provenance=Provenance(package_version="test", stages={}),
    )


def build_ledger(path: Path) -> Path:
    with Ledger(path) as ledger:
        ledger.ingest([*story_records(), xss_record()])
    return path


class OpenAPICheck:
    """Validates responses against the app's own OpenAPI document (JSON Schema 2020-12)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def schema(self, method: str, path: str, status: int) -> dict[str, Any]:
        operation = self.doc["paths"][path][method.lower()]
        response = operation["responses"].get(str(status))
        assert response is not None, f"{method} {path} does not document status {status}"
        schema: dict[str, Any] = response["content"]["application/json"]["schema"]
        return schema

    def __call__(self, response: httpx.Response, path: str) -> Any:
        body = response.json()
        schema = self.schema(response.request.method, path, response.status_code)
        Draft202012Validator({**schema, "components": self.doc["components"]}).validate(body)
        return body
