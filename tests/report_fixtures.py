"""Audits the report tests read: the samples' (fixed day), and one full of hostile article values."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLES, run_cli

POLICY = SAMPLES / "newsroom-policy.toml"
DAY = "2025-09-01"  # Reuters ran out on 2025-06-30: licence findings that do not move with the calendar

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=2">',
    "javascript:window.__xss=3",
    "</script><script>window.__xss=4</script>",
    "<svg onload=window.__xss=5>",
    '=HYPERLINK("http://evil.example/","click")',
]


def samples_audit(folder: Path) -> Path:
    path = folder / "samples.json"
    result = run_cli(
        "check", str(SAMPLES), "--images", str(SAMPLES), "--config", str(POLICY), "--date", DAY,
        "--format", "json", "-o", str(path),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # the samples hold errors on purpose
    return path


def hostile_audit(folder: Path) -> Path:
    """A check audit whose article values (file names, captions, credits, messages) are attack strings."""
    documents = []
    for n, payload in enumerate(PAYLOADS):
        image = {
            "index": 0,
            "src": payload,
            "alt": payload,
            "caption": f"caption {payload}",
            "credit": {"raw": f"credit {payload}", "agency": payload, "agency_name": payload},
            "location": {"line": n + 1, "column": 1},
            "embedded": None,
            "license": {"status": "unlicensed"},
            "role": "content",  # a field this version does not know: ignored
        }
        documents.append(
            {
                "source": payload if n != 2 else "javascript:window.__xss=3//.html",
                "format": "html",
                "status": "ok",
                "published": "2024-05-01",
                "images": [image],
                "findings": [
                    {
                        "rule": "LIC001",
                        "name": "unlicensed-agency",
                        "severity": "error",
                        "message": f"msg {payload}",
                        "image": 0,
                        "location": {"line": n + 1, "column": 1},
                    },
                ],
            }
        )
    audit = {
        "schema_version": "1",
        "tool": {"name": "creditcheck", "version": "<b>0</b>"},
        "generated_at": "<i>now</i>",
        "documents": documents,
        "summary": {"exposure": {PAYLOADS[0]: {"images": 1, "fee_per_image": 1, "currency": "<u>", "amount": 1}}},
    }
    path = folder / "hostile.json"
    path.write_text(json.dumps(audit))
    return path
