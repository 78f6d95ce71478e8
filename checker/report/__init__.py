"""Reports only format an Audit. Each output format is one module with render(audit) -> str."""

from __future__ import annotations

from collections.abc import Callable

from checker.model import Audit
from checker.report import json_report, text_report

FORMATS: dict[str, Callable[[Audit], str]] = {
    "json": json_report.render,
    "text": text_report.render,
}
