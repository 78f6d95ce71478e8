"""Reports only format an Audit. Each output format is one module with render(audit[, options]) -> str.

A format's module is imported when the format is first used: the HTML report's Jinja2 would otherwise cost every
run's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checker.model import Audit
from checker.report.options import Options

__all__ = ["FORMATS", "Options", "render"]

Renderer = Callable[[Audit, Options], str]

# format -> (module, function, whether it takes the options)
_RENDERERS: dict[str, tuple[str, str, bool]] = {
    "text": ("text_report", "render", True),  # path:line:col: CODE [severity] message
    "grouped": ("text_report", "render_grouped", True),  # findings under a heading per document
    "json": ("json_report", "render", True),
    "sarif": ("sarif_report", "render", True),
    "github": ("github_report", "render", True),
    "junit": ("junit_report", "render", True),
    "csv": ("csv_report", "render", False),
    "html": ("html_report", "render", False),
}


def _lazy(module: str, function: str, takes_options: bool) -> Renderer:
    def render(audit: Audit, options: Options) -> str:
        found = getattr(import_module(f"checker.report.{module}"), function)
        return found(audit, options) if takes_options else found(audit)

    return render


FORMATS: dict[str, Renderer] = {name: _lazy(*entry) for name, entry in _RENDERERS.items()}


def render(fmt: str, audit: Audit, options: Options | None = None) -> str:
    return FORMATS[fmt](audit, options or Options())
