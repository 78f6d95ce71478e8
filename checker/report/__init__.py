"""Reports only format an Audit. Each output format is one module with render(audit[, options]) -> str."""

from __future__ import annotations

from collections.abc import Callable

from checker.model import Audit
from checker.report import csv_report, github_report, html_report, json_report, junit_report, sarif_report, text_report
from checker.report.options import Options

__all__ = ["FORMATS", "Options", "render"]

Renderer = Callable[[Audit, Options], str]

FORMATS: dict[str, Renderer] = {
    "text": text_report.render,  # path:line:col: CODE [severity] message
    "grouped": text_report.render_grouped,  # findings under a heading per document
    "json": json_report.render,
    "sarif": sarif_report.render,
    "github": github_report.render,
    "junit": junit_report.render,
    "csv": lambda audit, options: csv_report.render(audit),
    "html": lambda audit, options: html_report.render(audit),
}


def render(fmt: str, audit: Audit, options: Options | None = None) -> str:
    return FORMATS[fmt](audit, options or Options())
