"""Human-readable report: findings grouped per document, then a one-line summary."""

from __future__ import annotations

from checker.model import Audit


def render(audit: Audit) -> str:
    out: list[str] = []
    for doc in audit.documents:
        if doc.status == "error":
            out.append(f"{doc.source}: error: {doc.error}")
            continue
        out.append(f"{doc.source} ({doc.format}, {len(doc.images)} images)")
        for finding in doc.findings:
            where = f"{finding.location.render()} " if finding.location else ""
            image = f"image {finding.image}: " if finding.image is not None else ""
            out.append(f"  {where}{finding.severity} {finding.rule} {finding.name}: {image}{finding.message}")
    for skip in audit.skipped:
        out.append(f"{skip.source}: skipped: {skip.reason}")
    s = audit.summary
    agencies = ", ".join(f"{k} {v}" for k, v in s.by_agency.items()) or "none"
    out.append(
        f"{s.documents} documents ({s.documents_failed} failed, {s.documents_skipped} skipped), "
        f"{s.images} images [{agencies}]: {s.errors} errors, {s.warnings} warnings, {s.infos} infos"
    )
    return "\n".join(out) + "\n"
