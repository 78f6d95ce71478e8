"""Reports only format an Audit. Each output format is one module with render(audit) -> str."""

from __future__ import annotations

from collections.abc import Callable

from checker.model import Audit
from checker.report import csv_report, github_report, html_report, json_report, junit_report, sarif_report, text_report

FORMATS: dict[str, Callable[[Audit], str]] = {
    "text": text_report.render,
    "json": json_report.render,
    "sarif": sarif_report.render,
    "github": github_report.render,
    "junit": junit_report.render,
    "csv": csv_report.render,
    "html": html_report.render,
}
