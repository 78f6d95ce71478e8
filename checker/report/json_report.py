"""The JSON audit: the contract, validated by schemas/audit.schema.json."""

from __future__ import annotations

from checker.model import Audit
from checker.report.options import Options


def render(audit: Audit, options: Options | None = None) -> str:
    return audit.model_dump_json(indent=2) + "\n"
