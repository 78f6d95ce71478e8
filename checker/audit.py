"""The per-document audit function and the summary over all documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from checker import __version__
from checker.errors import ReadError
from checker.images import attach_embedded
from checker.model import ArticleAudit, Audit, Skipped, Summary, Tool
from checker.readers import read
from checker.registry import Registry, default_registry
from checker.rules import Context, run
from checker.sources import Document, discover


def audit_document(doc: Document, registry: Registry, images_root: Path | None = None) -> ArticleAudit:
    """Read and judge one document; any failure becomes this document's error, never the run's."""
    try:
        article = read(doc, registry)
        attach_embedded(article, images_root)
    except ReadError as exc:
        return ArticleAudit(source=doc.source, format=doc.format, status="error", error=str(exc))
    except Exception as exc:  # a reader bug must not lose the rest of the run
        return ArticleAudit(source=doc.source, format=doc.format, status="error",
                            error=f"internal error while reading: {type(exc).__name__}: {exc}")
    findings = run(article, Context(registry=registry))
    return ArticleAudit(source=doc.source, format=article.format, status="ok",
                        images=article.images, findings=findings)


def summarise(documents: list[ArticleAudit], skipped: list[Skipped]) -> Summary:
    agencies: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    for doc in documents:
        for image in doc.images:
            credit = image.credit
            agencies["none" if credit is None else credit.agency or "unknown"] += 1
        for finding in doc.findings:
            rules[finding.rule] += 1
            severities[finding.severity] += 1
    failed = sum(doc.status == "error" for doc in documents)
    return Summary(
        documents=len(documents),
        documents_failed=failed,
        documents_skipped=len(skipped),
        images=sum(len(doc.images) for doc in documents),
        by_agency=dict(sorted(agencies.items())),
        by_rule=dict(sorted(rules.items())),
        errors=severities["error"] + failed,
        warnings=severities["warning"],
        infos=severities["info"],
    )


def audit_paths(paths: Iterable[str], registry: Registry | None = None, images_root: Path | None = None) -> Audit:
    registry = registry or default_registry()
    documents: list[ArticleAudit] = []
    skipped: list[Skipped] = []
    for item in discover(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            documents.append(audit_document(item, registry, images_root))
    return Audit(
        tool=Tool(version=__version__),
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        documents=documents,
        skipped=skipped,
        summary=summarise(documents, skipped),
    )
