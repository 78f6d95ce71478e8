"""How a report is rendered, beyond the audit itself: what the command line chose."""

from __future__ import annotations

from pathlib import Path

from checker.plain import Value, field


class Options(Value, frozen=True):
    color: bool = False  # ANSI colours (text formats, on a terminal)
    quiet: bool = False  # findings only: no summary line
    statistics: bool = False  # counts per rule instead of findings (text formats)
    root: Path = field(default_factory=Path.cwd)  # SARIF: %SRCROOT%, the folder relative URIs start from
    category: str = "creditcheck"  # SARIF automationDetails: one category per kind of run (GitHub code scanning)
