"""GitHub Actions workflow commands: one ::error / ::warning / ::notice annotation per finding."""

from __future__ import annotations

from checker.model import Audit

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(audit: Audit) -> str:
    lines = []
    for doc in audit.documents:
        if doc.status == "error":
            lines.append(
                f"::error file={_property(doc.source)},title=DOC001 document-unreadable::{_data(doc.error or '')}"
            )
            continue
        for finding in doc.findings:
            where = f"file={_property(doc.source)}"
            region = finding.location.region() if finding.location else None
            if region:
                where += f",line={region[0]},col={region[1]}"
            title = _property(f"{finding.rule} {finding.name}")
            lines.append(f"::{_COMMANDS[finding.severity]} {where},title={title}::{_data(finding.message)}")
    s = audit.summary
    lines.append(
        f"creditcheck: {s.documents} documents, {s.images} images: "
        f"{s.errors} errors, {s.warnings} warnings, {s.infos} infos"
    )
    return "\n".join(lines) + "\n"
