"""Archive audits: every document of an archive through one per-document function, on a local process pool
or on Dask, streamed to JSON Lines with flat memory, cached and resumable.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from checker import __version__
from checker.archive.cache import Cache, content_key
from checker.archive.progress import Progress
from checker.archive.reuse import near_groups
from checker.audit import Settings, audit_data, audit_document
from checker.inputs import Task, stream
from checker.model import ArchiveCounts, ArchiveSummary, ArticleAudit, ReusedImage, ReusedPhoto, Skipped, Summary, Tool
from checker.policy.config import Policy
from checker.policy.licensing import exposure, nested, status_key
from checker.sources import Document

WINDOW_PER_JOB = 8  # documents in flight per worker: enough to keep workers busy, few enough to keep memory flat
SKIPPED_LISTED = 1000  # skipped entries listed by name in the summary; all of them are counted


@dataclass
class DocResult:
    """What the main process keeps of one document: its JSON line and the numbers the summary adds up."""

    source: str
    line: str
    status: str
    # per image: agency, month, pixel hash, credit as shown, (agency as counted, licence status)
    images: list[tuple[str | None, str | None, str | None, str | None, tuple[str, str]]] = field(default_factory=list)
    rules: dict[str, int] = field(default_factory=dict)
    severities: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DocResult:
        data = json.loads(text)
        data["images"] = [(*i[:4], tuple(i[4])) for i in data["images"]]
        return cls(**data)


def audit_task(task: Task, settings: Settings) -> DocResult:
    """The per-document function, the same on every engine."""
    if task.error is not None:
        audit = ArticleAudit(source=task.source, format=task.format, status="error", error=task.error)
    elif task.format == "image":
        audit = audit_document(Document(task.source, Path(task.path), "image"), settings)
    else:
        audit = audit_data(task.source, task.format, task.data or b"", settings)
    month = f"{audit.published.year:04d}-{audit.published.month:02d}" if audit.published else None
    images = [
        (
            i.credit.agency if i.credit else None,
            month,
            i.embedded.phash if i.embedded else None,
            i.credit.raw if i.credit else None,
            status_key(i),
        )
        for i in audit.images
        if i.role != "chrome"
    ]
    return DocResult(
        source=audit.source,
        line=audit.model_dump_json(),
        status=audit.status,
        images=images,
        rules=dict(Counter(f.rule for f in audit.findings)),
        severities=dict(Counter(f.severity for f in audit.findings)),
    )


def settings_hash(settings: Settings) -> str:
    """What a cached result depends on besides the document: tool version and every setting that judges it."""
    state = {
        "version": __version__,
        "policy": settings.policy.model_dump(mode="json", exclude={"source"}),
        "images": str(settings.images_root.resolve()) if settings.images_root else None,
        "date": settings.date.isoformat() if settings.date else None,
        "today": settings.today.isoformat() if settings.policy.judges_licences and not settings.date else None,
        "phash": settings.phash,
        "result": 2,  # DocResult's layout (2: licence status per image; near-blank images unhashed)
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


# --- engines: (key, task, cached result or None) in, (key, result, was cached) out, in input order ---------------

_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings


def _run_in_worker(task: Task) -> DocResult:
    return audit_task(task, _WORKER_SETTINGS)


def local_engine(items, settings: Settings, jobs: int) -> Iterator[tuple[str, DocResult, bool]]:
    if jobs <= 1:
        for key, task, cached in items:
            yield (key, DocResult.from_json(cached), True) if cached else (key, audit_task(task, settings), False)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        try:
            yield from _ordered(items, lambda task: pool.submit(_run_in_worker, task), jobs * WINDOW_PER_JOB)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def dask_engine(items, settings: Settings, scheduler: str) -> Iterator[tuple[str, DocResult, bool]]:
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError("--engine dask needs dask.distributed: pip install 'creditcheck[dask]'") from None
    with Client(scheduler) as client:
        shared = client.scatter(settings, broadcast=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(
            items, lambda task: client.submit(audit_task, task, shared, pure=False), workers * WINDOW_PER_JOB
        )


def _ordered(items, submit, window_size: int) -> Iterator[tuple[str, DocResult, bool]]:
    """Submit up to window_size documents ahead and hand results back in input order."""
    window: deque = deque()
    for key, task, cached in items:
        window.append((key, DocResult.from_json(cached) if cached else submit(task), bool(cached)))
        while len(window) > window_size or (window and _done(window[0][1])):
            yield _settle(window.popleft())
    while window:
        yield _settle(window.popleft())


def _done(value) -> bool:
    return isinstance(value, DocResult) or value.done()


def _settle(entry) -> tuple[str, DocResult, bool]:
    key, value, cached = entry
    return key, value if isinstance(value, DocResult) else value.result(), cached


# --- the run ---------------------------------------------------------------------------------------------------


class _Totals:
    """Summary numbers added up document by document; photo hashes go to SQLite, not memory."""

    def __init__(self, folder: Path):
        self.counts: Counter[str] = Counter()
        self.agencies: Counter[str] = Counter()
        self.rules: Counter[str] = Counter()
        self.severities: Counter[str] = Counter()
        self.months: Counter[tuple[str, str]] = Counter()
        self.licences: Counter[tuple[str, str]] = Counter()
        self.skipped: list[Skipped] = []  # the first SKIPPED_LISTED, by name
        handle, self._hashes_path = tempfile.mkstemp(dir=folder, suffix=".hashes.sqlite")
        os.close(handle)
        self.hashes = sqlite3.connect(self._hashes_path, isolation_level=None)
        self.hashes.execute("PRAGMA journal_mode=OFF")
        self.hashes.execute("CREATE TABLE images (phash TEXT, agency TEXT, source TEXT, credit TEXT)")
        self.hashes.execute("BEGIN")

    def add(self, source: str, result: DocResult, cached: bool) -> None:
        self.counts["documents"] += 1
        self.counts["cached" if cached else "computed"] += 1
        self.counts["failed"] += result.status == "error"
        self.rules.update(result.rules)
        self.severities.update(result.severities)
        for agency, month, phash, credit, licence in result.images:
            self.counts["images"] += 1
            self.agencies[licence[0]] += 1
            self.licences[licence] += 1
            if agency:
                self.months[(month or "unknown", agency)] += 1
            if phash:
                self.hashes.execute("INSERT INTO images VALUES (?, ?, ?, ?)", (phash, agency, source, credit))

    def reused(self, limit: int = 1000) -> list[ReusedPhoto]:
        """Photos (pixel hashes within reuse.THRESHOLD bits) credited to more than one agency across the archive."""
        self.hashes.execute("COMMIT")
        self.hashes.execute("CREATE INDEX images_phash ON images (phash)")
        agencies: dict[str, set[str]] = {}
        for phash, agency in self.hashes.execute(
            "SELECT DISTINCT phash, agency FROM images WHERE agency IS NOT NULL AND length(phash) = 32"
        ):
            agencies.setdefault(phash, set()).add(agency)
        near = [[f"{h:032x}" for h in group] for group in near_groups(int(h, 16) for h in agencies)]
        grouped = {h for group in near for h in group}
        photos = near + [[h] for h, named in agencies.items() if h not in grouped and len(named) > 1]
        photos = sorted(g for g in photos if len(set().union(*(agencies[h] for h in g))) > 1)[:limit]
        found = []
        for group in photos:
            rows = self.hashes.execute(
                f"SELECT source, agency, credit, phash FROM images WHERE phash IN ({','.join('?' * len(group))}) "
                "ORDER BY source, phash",
                group,
            ).fetchall()
            found.append(
                ReusedPhoto(
                    phash=group[0],
                    agencies=sorted({r[1] for r in rows if r[1]}),
                    images=[ReusedImage(source=s, agency=a, credit=c, phash=h) for s, a, c, h in rows],
                )
            )
        return found

    def close(self) -> None:
        self.hashes.close()
        os.unlink(self._hashes_path)


def run_archive(
    paths: list[str],
    settings: Settings,
    out: Path,
    jobs: int,
    engine: str = "local",
    scheduler: str | None = None,
    cache_path: Path | None = None,
    progress: bool = False,
) -> ArchiveSummary:
    """Audit an archive; write OUT.jsonl, OUT.summary.json and OUT.agency-months.csv, each atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = settings_hash(settings)
    cache = Cache(cache_path) if cache_path else None
    totals = _Totals(out.parent)
    lines_path = Path(f"{out}.jsonl")
    bar = Progress(paths, progress)
    c = totals.counts

    def items():
        for item in stream(paths):
            if isinstance(item, Skipped):
                totals.counts["skipped"] += 1
                if len(totals.skipped) < SKIPPED_LISTED:
                    totals.skipped.append(item)
                continue
            key = content_key(fingerprint, item.source, item.format, item.data, item.path)
            yield key, item, cache.get(key) if cache else None

    results = dask_engine(items(), settings, scheduler) if engine == "dask" else local_engine(items(), settings, jobs)
    tmp_lines = lines_path.with_name(lines_path.name + ".tmp")
    try:
        with tmp_lines.open("w", encoding="utf-8") as handle:
            for key, result, cached in results:
                handle.write(result.line + "\n")
                totals.add(result.source, result, cached)
                if cache is not None and not cached:
                    cache.put(key, result.to_json())
                bar.update(c["documents"], c["images"], c["cached"], c["failed"])
        os.replace(tmp_lines, lines_path)
        bar.close(c["documents"], c["images"], c["cached"], c["failed"])
        summary = _summary(paths, totals, settings.policy)
        _write_atomic(Path(f"{out}.summary.json"), summary.model_dump_json(indent=2) + "\n")
        _write_atomic(Path(f"{out}.agency-months.csv"), _months_csv(totals.months))
        return summary
    finally:
        bar.close(c["documents"], c["images"], c["cached"], c["failed"])
        if cache is not None:
            cache.close()
        totals.close()


def _summary(paths: list[str], totals: _Totals, policy: Policy) -> ArchiveSummary:
    c = totals.counts
    months: dict[str, dict[str, int]] = {}
    for (month, agency), n in sorted(totals.months.items()):
        months.setdefault(month, {})[agency] = n
    return ArchiveSummary(
        tool=Tool(version=__version__),
        generated_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        inputs=paths,
        counts=ArchiveCounts(
            documents=c["documents"],
            computed=c["computed"],
            cached=c["cached"],
            failed=c["failed"],
            skipped=c["skipped"],
        ),
        summary=Summary(
            documents=c["documents"],
            documents_failed=c["failed"],
            documents_skipped=c["skipped"],
            images=c["images"],
            by_agency=dict(sorted(totals.agencies.items())),
            by_rule=dict(sorted(totals.rules.items())),
            errors=totals.severities["error"] + c["failed"],
            warnings=totals.severities["warning"],
            infos=totals.severities["info"],
            licences=nested(totals.licences),
            exposure=exposure(nested(totals.licences), policy),
        ),
        agency_months=months,
        reused_photos=totals.reused(),
        skipped=totals.skipped,
    )


def _months_csv(months: Counter) -> str:
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["month", "agency", "images"])
    for (month, agency), n in sorted(months.items()):
        writer.writerow([month, agency, n])
    return buffer.getvalue()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
