"""How a report is rendered, beyond the audit itself: what the command line chose."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Options:
    color: bool = False  # ANSI colours (text formats, on a terminal)
    quiet: bool = False  # findings only: no summary line
    statistics: bool = False  # counts per rule instead of findings (text formats)
    root: Path = field(default_factory=Path.cwd)  # SARIF: %SRCROOT%, the folder relative URIs start from
    category: str = "creditcheck"  # SARIF automationDetails: one category per kind of run (GitHub code scanning)
