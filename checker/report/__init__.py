"""Reports only format an Audit. Each output format is one module with render(audit) -> str."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checker.model import Audit

_MODULES = {
    "text": "text_report",
    "json": "json_report",
    "sarif": "sarif_report",
    "github": "github_report",
    "junit": "junit_report",
    "csv": "csv_report",
    "html": "html_report",
}


def _render(module: str) -> Callable[[Audit], str]:
    """The format's render, its module imported when it is first used (the HTML report's Jinja2 costs start-up)."""

    def render(audit: Audit) -> str:
        return import_module(f"checker.report.{module}").render(audit)

    return render


FORMATS: dict[str, Callable[[Audit], str]] = {name: _render(module) for name, module in _MODULES.items()}
