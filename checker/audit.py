"""The per-document audit function and the summary over all documents."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checker import __version__
from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.metadata.references import attach_embedded
from checker.model import ArticleAudit, Audit, Skipped, Summary, Tool
from checker.policy.config import Policy
from checker.policy.licensing import assess, exposure, judging_day, nested, status_key
from checker.readers import read, read_data
from checker.rules import Context, run
from checker.sources import Document, discover


@dataclass
class Settings:
    """Everything one run judges by: the policy (and the registry it extends), where images are, which day."""

    policy: Policy = field(default_factory=Policy)
    images_root: Path | None = None
    date: dt.date | None = None  # --date: judge licences on this day instead of the article's
    today: dt.date = field(default_factory=dt.date.today)
    phash: bool = False  # hash image pixels (archive audits, to find one photo credited to different agencies)
    registry: Registry = field(init=False)

    def __post_init__(self) -> None:
        self.registry = self.policy.registry()


def audit_document(doc: Document, settings: Settings) -> ArticleAudit:
    """Read and judge one document on disk; any failure becomes this document's error, never the run's."""
    return _audit(doc.source, doc.format, lambda: read(doc, settings.registry, settings.policy.html), settings)


def audit_data(source: str, fmt: str, data: bytes, settings: Settings) -> ArticleAudit:
    """The same for a document's bytes (a JSON Lines or WARC record)."""
    return _audit(source, fmt, lambda: read_data(source, fmt, data, settings.registry, settings.policy.html), settings)


def _audit(source: str, fmt: str, reader, settings: Settings) -> ArticleAudit:
    try:
        article = reader()
        attach_embedded(article, settings.images_root, settings.phash)
    except ReadError as exc:
        return ArticleAudit(source=source, format=fmt, status="error", error=str(exc))
    except Exception as exc:  # a reader bug must not lose the rest of the run
        return ArticleAudit(
            source=source,
            format=fmt,
            status="error",
            error=f"internal error while reading: {type(exc).__name__}: {exc}",
        )
    assess(article, settings.policy, *judging_day(article, settings.date, settings.today))
    findings = run(article, Context(registry=settings.registry, policy=settings.policy))
    return ArticleAudit(
        source=source,
        format=article.format,
        status="ok",
        published=article.published,
        images=article.images,
        findings=findings,
    )


def summarise(
    documents: list[ArticleAudit], skipped: list[Skipped], baselined: int = 0, policy: Policy | None = None
) -> Summary:
    agencies: Counter[str] = Counter()
    licences: Counter[tuple[str, str]] = Counter()
    rules: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    chrome = 0
    for doc in documents:
        for image in doc.images:
            if image.role == "chrome":
                chrome += 1
                continue
            key = status_key(image)
            agencies[key[0]] += 1
            licences[key] += 1
        for finding in doc.findings:
            rules[finding.rule] += 1
            severities[finding.severity] += 1
    failed = sum(doc.status == "error" for doc in documents)
    by_licence = nested(licences)
    return Summary(
        documents=len(documents),
        documents_failed=failed,
        documents_skipped=len(skipped),
        images=sum(len(doc.images) for doc in documents) - chrome,
        chrome_images=chrome,
        by_agency=dict(sorted(agencies.items())),
        by_rule=dict(sorted(rules.items())),
        errors=severities["error"] + failed,
        warnings=severities["warning"],
        infos=severities["info"],
        baselined=baselined,
        licences=by_licence,
        exposure=exposure(by_licence, policy),
    )


def audit_paths(paths: Iterable[str], settings: Settings | None = None) -> Audit:
    settings = settings or Settings()
    documents: list[ArticleAudit] = []
    skipped: list[Skipped] = []
    for item in discover(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            documents.append(audit_document(item, settings))
    return Audit(
        tool=Tool(version=__version__),
        generated_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        documents=documents,
        skipped=skipped,
        summary=summarise(documents, skipped, policy=settings.policy),
    )
