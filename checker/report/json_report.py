"""The JSON audit: the contract, validated by schemas/audit.schema.json."""

from __future__ import annotations

from checker.model import Audit
from checker.report.options import Options


def render(audit: Audit, options: Options | None = None) -> str:
    try:
        return audit.model_dump_json(indent=2) + "\n"
    except Exception:  # a document built wrong: it becomes its own error (checker.audit.as_json), the rest stands
        from checker.audit import as_json

        documents = [as_json(document)[0] for document in audit.documents]
        return audit.model_copy(update={"documents": documents}).model_dump_json(indent=2) + "\n"
