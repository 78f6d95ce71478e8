"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json

from checker import __version__
from checker.model import Audit, Location
from checker.policy.baseline import fingerprint
from checker.report.ruleset import DOCUMENT_RULE, all_rules

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def render(audit: Audit) -> str:
    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for doc in audit.documents:
        if doc.status == "error":
            results.append(_result(DOCUMENT_RULE.code, index, "error", doc.error or "unreadable", doc.source, None))
            continue
        for finding in doc.findings:
            result = _result(finding.rule, index, finding.severity, finding.message, doc.source, finding.location)
            result["partialFingerprints"] = {"creditcheck/v1": fingerprint(doc, finding)}
            results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "creditcheck",
                        "version": __version__,
                        "informationUri": "https://creditcheck.invalid/",
                        "rules": [
                            {
                                "id": rule.code,
                                "name": rule.name,
                                "shortDescription": {"text": rule.summary or rule.name},
                                "fullDescription": {"text": rule.help or rule.summary or rule.name},
                                "help": {"text": rule.help or rule.summary or rule.name},
                                "defaultConfiguration": {"level": _LEVELS[rule.severity]},
                            }
                            for rule in rules
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _result(code: str, index: dict, severity: str, message: str, source: str, location: Location | None) -> dict:
    physical: dict = {"artifactLocation": {"uri": source.replace("\\", "/")}}
    region = location.region() if location else None
    if region:
        physical["region"] = {"startLine": region[0], "startColumn": region[1]}
    return {
        "ruleId": code,
        "ruleIndex": index[code],
        "level": _LEVELS[severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": physical}],
    }
