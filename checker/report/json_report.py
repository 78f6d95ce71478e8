"""The JSON audit: the contract, validated by schemas/audit.schema.json."""

from __future__ import annotations

from checker.model import Audit


def render(audit: Audit) -> str:
    return audit.model_dump_json(indent=2) + "\n"
