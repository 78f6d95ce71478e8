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
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from checker import __version__
from checker.archive.cache import Cache, content_key
from checker.archive.progress import Progress
from checker.archive.reuse import near_groups
from checker.audit import DocumentCounts, Settings, Tally, audit_document
from checker.model import ArchiveCounts, ArchiveSummary, ReusedImage, ReusedPhoto, Skipped, Tool
from checker.policy.config import Policy
from checker.readers import FORMATS, Document
from checker.sources import stream

WINDOW_PER_JOB = 8  # documents in flight per worker: enough to keep workers busy, few enough to keep memory flat
SKIPPED_LISTED = 1000  # skipped entries listed by name in the summary; all of them are counted
RESULT_FORMAT = 2  # the shape of a cached DocResult; a new shape is a new cache key


@dataclass
class DocResult:
    """What the main process keeps of one document: its JSON line and the numbers the summary adds up."""

    source: str
    line: str
    counts: DocumentCounts

    def to_json(self) -> str:
        return json.dumps(
            {"source": self.source, "line": self.line, "counts": self.counts.to_dict()}, ensure_ascii=False
        )

    @classmethod
    def from_json(cls, text: str) -> DocResult:
        data = json.loads(text)
        return cls(data["source"], data["line"], DocumentCounts.from_dict(data["counts"]))


def audit_task(doc: Document, settings: Settings) -> DocResult:
    """The per-document function, the same on every engine: the audit as a JSON line, and its counts."""
    audit = audit_document(doc, settings)
    return DocResult(source=audit.source, line=audit.model_dump_json(), counts=DocumentCounts.of(audit))


def settings_hash(settings: Settings) -> str:
    """What a cached result depends on besides the document: tool version and every setting that judges it."""
    state = {
        "version": __version__,
        "policy": settings.policy.model_dump(mode="json", exclude={"source"}),
        "images": str(settings.images_root.resolve()) if settings.images_root else None,
        "date": settings.date.isoformat() if settings.date else None,
        "today": settings.today.isoformat() if settings.policy.judges_licences and not settings.date else None,
        "phash": settings.phash,
        "result_format": RESULT_FORMAT,
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


# --- engines: (key, document, cached result or None) in, (key, result, was cached) out, in input order ---------------

_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings


def _run_in_worker(doc: Document) -> DocResult:
    assert _WORKER_SETTINGS is not None, "the pool's initializer sets the worker's settings"
    return audit_task(doc, _WORKER_SETTINGS)


def local_engine(items, settings: Settings, jobs: int) -> Iterator[tuple[str, DocResult, bool]]:
    if jobs <= 1:
        for key, doc, cached in items:
            yield (key, DocResult.from_json(cached), True) if cached else (key, audit_task(doc, settings), False)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        try:
            yield from _ordered(items, lambda doc: pool.submit(_run_in_worker, doc), jobs * WINDOW_PER_JOB)
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
            items, lambda doc: client.submit(audit_task, doc, shared, pure=False), workers * WINDOW_PER_JOB
        )


def _ordered(items, submit, window_size: int) -> Iterator[tuple[str, DocResult, bool]]:
    """Submit up to window_size documents ahead and hand results back in input order."""
    window: deque = deque()
    for key, doc, cached in items:
        window.append((key, DocResult.from_json(cached) if cached else submit(doc), bool(cached)))
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
    """The run's summary (a Tally), how many documents were computed or cached, the first skipped entries by
    name, and every photo hash (in SQLite, not memory) to find photos credited to more than one agency."""

    def __init__(self, folder: Path):
        self.tally = Tally()
        self.computed = 0
        self.cached = 0
        self.skipped: list[Skipped] = []  # the first SKIPPED_LISTED, by name
        handle, self._hashes_path = tempfile.mkstemp(dir=folder, suffix=".hashes.sqlite")
        os.close(handle)
        self.hashes = sqlite3.connect(self._hashes_path, isolation_level=None)
        self.hashes.execute("PRAGMA journal_mode=OFF")
        self.hashes.execute("CREATE TABLE images (phash TEXT, agency TEXT, source TEXT, credit TEXT)")
        self.hashes.execute("BEGIN")

    def add(self, result: DocResult, cached: bool) -> None:
        self.tally.add(result.counts)
        if cached:
            self.cached += 1
        else:
            self.computed += 1
        for agency, credit, phash, _ in result.counts.images:
            if phash:
                self.hashes.execute("INSERT INTO images VALUES (?, ?, ?, ?)", (phash, agency, result.source, credit))

    def skip(self, item: Skipped) -> None:
        self.tally.skip()
        if len(self.skipped) < SKIPPED_LISTED:
            self.skipped.append(item)

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
    if engine == "dask" and not scheduler:
        raise RuntimeError("--engine dask needs --scheduler ADDRESS")
    out.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = settings_hash(settings)
    cache = Cache(cache_path) if cache_path else None
    totals = _Totals(out.parent)
    lines_path = Path(f"{out}.jsonl")
    bar = Progress(paths, progress)
    tally = totals.tally

    def items() -> Iterator[tuple[str, Document, str | None]]:
        for item in stream(paths, selection=settings.selection):
            if isinstance(item, Skipped):
                totals.skip(item)
                continue
            # the bytes are read here, once, to key the cache, and travel to the worker; an image given by name is
            # read by path where it is audited (its reader reads only the headers)
            by_path = item.format in FORMATS and FORMATS[item.format].by_path and item.path is not None
            doc = item if by_path else item.loaded()
            told = doc.format if doc.charset is None else f"{doc.format}; charset={doc.charset}"
            key = content_key(fingerprint, doc.source, told, doc.data, str(doc.path) if by_path else None)
            yield key, doc, cache.get(key) if cache else None

    results = (
        dask_engine(items(), settings, scheduler or "") if engine == "dask" else local_engine(items(), settings, jobs)
    )
    tmp_lines = lines_path.with_name(lines_path.name + ".tmp")
    try:
        with tmp_lines.open("w", encoding="utf-8") as handle:
            for key, result, cached in results:
                handle.write(result.line + "\n")
                totals.add(result, cached)
                if cache is not None and not cached:
                    cache.put(key, result.to_json())
                bar.update(tally.documents, tally.images, totals.cached, tally.failed)
        os.replace(tmp_lines, lines_path)
        bar.close(tally.documents, tally.images, totals.cached, tally.failed)
        summary = _summary(paths, totals, settings.policy)
        _write_atomic(Path(f"{out}.summary.json"), summary.model_dump_json(indent=2) + "\n")
        _write_atomic(Path(f"{out}.agency-months.csv"), _months_csv(totals.tally))
        return summary
    finally:
        bar.close(tally.documents, tally.images, totals.cached, tally.failed)
        if cache is not None:
            cache.close()
        totals.close()


def _summary(paths: list[str], totals: _Totals, policy: Policy) -> ArchiveSummary:
    tally = totals.tally
    return ArchiveSummary(
        tool=Tool(version=__version__),
        generated_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        inputs=paths,
        counts=ArchiveCounts(
            documents=tally.documents,
            computed=totals.computed,
            cached=totals.cached,
            failed=tally.failed,
            skipped=tally.skipped,
        ),
        summary=tally.summary(policy=policy),
        agency_months=tally.agency_months(),
        reused_photos=totals.reused(),
        skipped=totals.skipped,
    )


def _months_csv(tally: Tally) -> str:
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["month", "agency", "images"])
    for (month, agency), n in sorted(tally.months.items()):
        writer.writerow([month, agency, n])
    return buffer.getvalue()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
