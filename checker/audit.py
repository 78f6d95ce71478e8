"""The per-document audit, and the one place the summary is counted (`Tally`), for `check` and `audit` alike.

A document's audit is reduced to a few numbers (`DocumentCounts`, computed where the document was audited, in a
worker for archive runs); a Tally adds those up. Tallies merge associatively, so partial tallies of an archive's
shards add up to the tally of the whole, in any grouping.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from checker import __version__
from checker.budget import DEFAULT_SECONDS, BudgetExceeded, time_budget
from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.metadata.references import attach_embedded
from checker.model import ArticleAudit, Audit, Skipped, Summary, Tool
from checker.plain import Value, as_dict, field
from checker.policy.config import Policy
from checker.policy.licensing import assess, exposure, judging_day, nested
from checker.readers import Document, read
from checker.rules import Context, run
from checker.sources import Selection, stream


class Settings(Value):
    """Everything one run judges by: the policy (and the registry it extends), where images are, which day."""

    policy: Policy = field(default_factory=Policy)
    images_root: Path | None = None
    date: dt.date | None = None  # --date: judge licences on this day instead of the article's
    today: dt.date = field(default_factory=dt.date.today)
    phash: bool = False  # hash image pixels (archive audits, to find one photo credited to different agencies)
    timeout: float | None = None  # --timeout: seconds one document may take (else the policy's, else the default)
    selection: Selection = field(default_factory=Selection)  # which files of the inputs are looked at
    registry: Registry = field(init=False)

    def __post_init__(self) -> None:
        self.registry = self.policy.registry()

    @property
    def budget(self) -> float:
        """Seconds one document's audit may take; 0 for no limit (checker/budget.py)."""
        for seconds in (self.timeout, self.policy.timeout):
            if seconds is not None:
                return seconds
        return DEFAULT_SECONDS


def audit_document(doc: Document, settings: Settings) -> ArticleAudit:
    """Read and judge one document; any failure becomes this document's error, never the run's, and so does
    running past the time budget (the run goes on with the next document)."""
    seconds = settings.budget
    try:
        with time_budget(seconds):
            return _audit_document(doc, settings)
    except BudgetExceeded:
        return ArticleAudit(
            source=doc.source,
            format=doc.format,
            status="error",
            error=f"exceeded the time budget of {seconds:g} s per document (--timeout, or timeout in the policy)",
        )


def _audit_document(doc: Document, settings: Settings) -> ArticleAudit:
    try:
        article = read(doc, settings.registry, settings.policy.html)
        attach_embedded(article, settings.images_root, settings.phash)
    except ReadError as exc:
        return ArticleAudit(source=doc.source, format=doc.format, status="error", error=str(exc))
    except Exception as exc:  # a reader bug must not lose the rest of the run
        return ArticleAudit(
            source=doc.source,
            format=doc.format,
            status="error",
            error=f"internal error while reading: {type(exc).__name__}: {exc}",
        )
    try:
        assess(article, settings.policy, *judging_day(article, settings.date, settings.today))
        policy = settings.policy.for_source(doc.source)  # [per-file-ignores]
        findings = run(article, Context(registry=settings.registry, policy=policy))
    except Exception as exc:  # a rule's bug, likewise
        return _failed(doc.source, doc.format, f"internal error while judging: {type(exc).__name__}: {exc}")
    return ArticleAudit(
        source=doc.source,
        format=article.format,
        status="ok",
        published=article.published,
        images=article.images,
        findings=findings,
    )


def _failed(source: str, format: str, error: str) -> ArticleAudit:
    return ArticleAudit(source=source, format=format, status="error", error=error)


def as_json(audit: ArticleAudit) -> tuple[ArticleAudit, str]:
    """The document's audit and its JSON line. Records are validated when written (checker/records.py): one that a
    reader or rule built wrong becomes that document's error, never the run's."""
    try:
        return audit, audit.model_dump_json()
    except Exception as exc:
        failed = _failed(audit.source, audit.format, f"internal error while writing: {type(exc).__name__}: {exc}")
        return failed, failed.model_dump_json()


# --- the summary -------------------------------------------------------------------------------------------------

# One judged image: (licensing agency, credit as shown, pixel hash, licence status); chrome images are only counted.
ImageCount = tuple[str | None, str | None, str | None, str]


class DocumentCounts(Value):
    """What the summary needs of one document's audit: a few numbers, cheap to ship from a worker and to cache."""

    failed: bool
    month: str | None = None  # "2024-02", the month the document was published
    images: list[ImageCount] = field(default_factory=list)
    chrome: int = 0
    rules: dict[str, int] = field(default_factory=dict)
    severities: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, audit: ArticleAudit) -> DocumentCounts:
        published = audit.published
        judged = [image for image in audit.images if image.role != "chrome"]
        return cls(
            failed=audit.status == "error",
            month=f"{published.year:04d}-{published.month:02d}" if published else None,
            images=[
                (
                    image.credit.agency if image.credit else None,
                    image.credit.raw if image.credit else None,
                    image.embedded.phash if image.embedded else None,
                    image.licence.status,
                )
                for image in judged
            ],
            chrome=len(audit.images) - len(judged),
            rules=dict(Counter(f.rule for f in audit.findings)),
            severities=dict(Counter(f.severity for f in audit.findings)),
        )

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentCounts:
        return cls(**{**data, "images": [tuple(image) for image in data["images"]]})


class Tally(Value):
    """The summary counted document by document: `add` one document's counts, `skip` an entry passed over,
    `merge` another tally (associative and commutative: every field is a sum)."""

    documents: int = 0
    failed: int = 0
    skipped: int = 0
    images: int = 0
    chrome: int = 0
    agencies: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    severities: Counter[str] = field(default_factory=Counter)
    months: Counter[tuple[str, str]] = field(default_factory=Counter)  # (month or "unknown", agency) -> images
    licences: Counter[tuple[str, str]] = field(default_factory=Counter)  # (agency as counted, licence status)

    def add(self, counts: DocumentCounts) -> None:
        self.documents += 1
        self.failed += counts.failed
        self.chrome += counts.chrome
        self.images += len(counts.images)
        self.rules.update(counts.rules)
        self.severities.update(counts.severities)
        for agency, credit, _, status in counts.images:
            counted = "none" if credit is None else agency or "unknown"
            self.agencies[counted] += 1
            self.licences[(counted, status)] += 1
            if agency:
                self.months[(counts.month or "unknown", agency)] += 1

    def skip(self) -> None:
        self.skipped += 1

    def merge(self, other: Tally) -> Tally:
        """A new tally of both."""
        return Tally(
            documents=self.documents + other.documents,
            failed=self.failed + other.failed,
            skipped=self.skipped + other.skipped,
            images=self.images + other.images,
            chrome=self.chrome + other.chrome,
            agencies=self.agencies + other.agencies,
            rules=self.rules + other.rules,
            severities=self.severities + other.severities,
            months=self.months + other.months,
            licences=self.licences + other.licences,
        )

    def summary(self, baselined: int = 0, policy: Policy | None = None) -> Summary:
        """The summary; with the policy, the exposure of images used without a licence (its fees)."""
        by_licence = nested(self.licences)
        return Summary(
            documents=self.documents,
            documents_failed=self.failed,
            documents_skipped=self.skipped,
            images=self.images,
            chrome_images=self.chrome,
            by_agency=dict(sorted(self.agencies.items())),
            by_rule=dict(sorted(self.rules.items())),
            errors=self.severities["error"] + self.failed,
            warnings=self.severities["warning"],
            infos=self.severities["info"],
            baselined=baselined,
            licences=by_licence,
            exposure=exposure(by_licence, policy),
        )

    def agency_months(self) -> dict[str, dict[str, int]]:
        """month -> agency -> images, both sorted."""
        months: dict[str, dict[str, int]] = {}
        for (month, agency), n in sorted(self.months.items()):
            months.setdefault(month, {})[agency] = n
        return months


def summarise(
    documents: Iterable[ArticleAudit], skipped: Iterable[Skipped], baselined: int = 0, policy: Policy | None = None
) -> Summary:
    tally = Tally()
    for doc in documents:
        tally.add(DocumentCounts.of(doc))
    for _ in skipped:
        tally.skip()
    return tally.summary(baselined, policy)


def audit_paths(paths: Iterable[str], settings: Settings | None = None, stdin: BinaryIO | None = None) -> Audit:
    """The audit of every document under the given paths (`-` is standard input, or `stdin` when given)."""
    settings = settings or Settings()
    documents: list[ArticleAudit] = []
    skipped: list[Skipped] = []
    for item in stream(paths, stdin, settings.selection):
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
