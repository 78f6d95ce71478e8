"""Archive audits: every document of an archive through one per-document function, on a local process pool
or on Dask, streamed to JSON Lines with flat memory, cached and resumable.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

from checker import __version__
from checker.archive.cache import Cache, CacheReader, PhotoRow, content_key
from checker.archive.phash import PHOTOS
from checker.archive.progress import Progress
from checker.archive.reuse import near_groups
from checker.archive.shards import ShardJob, ShardResult, audit_shard, part_names, plan
from checker.audit import DocumentCounts, Settings, Tally, as_json, audit_document
from checker.model import ArchiveCounts, ArchiveSummary, ReusedImage, ReusedPhoto, Skipped, Tool
from checker.plain import Value, field
from checker.policy.config import Policy
from checker.readers import FORMATS, Document
from checker.sources import stream

WINDOW_PER_JOB = 8  # documents in flight per worker: enough to keep workers busy, few enough to keep memory flat
SHARDS_AHEAD_PER_WORKER = 3  # Dask: shards submitted per worker beyond those taken back
SKIPPED_LISTED = 1000  # skipped entries listed by name in the summary; all of them are counted
REUSED_LISTED = 100  # photos credited to more than one agency named in the summary; all are in their own file
RESULT_FORMAT = 2  # the shape of a cached DocResult; a new shape is a new cache key


class DocResult(Value):
    """What the main process keeps of one document: its JSON line and the numbers the summary adds up (and the
    photo hashes its worker computed for it, for the cache; never part of a cached result)."""

    source: str
    line: str
    counts: DocumentCounts
    photos: list[PhotoRow] = field(default_factory=list)

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
    audit, line = as_json(audit_document(doc, settings))
    return DocResult(source=audit.source, line=line, counts=DocumentCounts.of(audit))


def keyed(item: Document, fingerprint: str) -> tuple[str, Document]:
    """A document's cache key, and the document with its bytes read (read once, here, to key the cache; an image
    given by name is read by path where it is audited, its reader reading only the headers)."""
    by_path = item.format in FORMATS and FORMATS[item.format].by_path and item.path is not None
    doc = item if by_path else item.loaded()
    told = doc.format if doc.charset is None else f"{doc.format}; charset={doc.charset}"
    return content_key(fingerprint, doc.source, told, doc.data, str(doc.path) if by_path else None), doc


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


def _init_worker(settings: Settings, cache_path: Path | None) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    PHOTOS.known = CacheReader(cache_path).photo  # photo hashes of earlier runs (the client writes new ones)


def _run_in_worker(doc: Document) -> DocResult:
    assert _WORKER_SETTINGS is not None, "the pool's initializer sets the worker's settings"
    result = audit_task(doc, _WORKER_SETTINGS)
    result.photos = PHOTOS.take_fresh()
    return result


def local_engine(
    items, settings: Settings, jobs: int, cache: Cache | None = None, cache_path: Path | None = None
) -> Iterator[tuple[str, DocResult, bool]]:
    if jobs <= 1:
        PHOTOS.known = cache.photo if cache is not None else None
        try:
            for key, doc, cached in items:
                if cached:
                    yield key, DocResult.from_json(cached), True
                    continue
                result = audit_task(doc, settings)
                result.photos = PHOTOS.take_fresh()
                yield key, result, False
        finally:
            PHOTOS.known = None
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(settings, cache_path)) as pool:
        try:
            yield from _ordered(items, lambda doc: pool.submit(_run_in_worker, doc), jobs * WINDOW_PER_JOB)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


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


# --- the Dask engine: one task per shard, each worker reading its shard from shared storage -------------------------


def dask_shards(
    paths: list[str], job: ShardJob, scheduler: str, totals: _Totals, progress: Progress, out_lines
) -> None:
    """Submit shards as they are listed (a bounded number ahead), take results back in shard order: each shard's
    JSON lines are appended to the output, its partial tally merged, its photo-hash rows added to the run's."""
    try:
        from distributed import Client
    except ImportError:
        raise RuntimeError("--engine dask needs dask.distributed: pip install '.[dask]' in the clone") from None
    with Client(scheduler) as client:
        shared = client.scatter(job, broadcast=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque = deque()
        for shard in plan(paths, workers=workers, selection=job.settings.selection):
            window.append(
                client.submit(
                    audit_shard, shard, shared, pure=False, key=f"creditcheck-shard-{shard.index}-{uuid4().hex}"
                )
            )
            while len(window) > SHARDS_AHEAD_PER_WORKER * workers or (window and window[0].done()):
                _take(window.popleft().result(), job, totals, progress, out_lines)
        while window:
            _take(window.popleft().result(), job, totals, progress, out_lines)


def _take(result: ShardResult, job: ShardJob, totals: _Totals, progress: Progress, out_lines) -> None:
    lines, part = part_names(job.parts, result.index)
    with lines.open("rb") as handle:
        shutil.copyfileobj(handle, out_lines, 1 << 20)
    lines.unlink()
    totals.add_shard(result, part)
    tally = totals.tally
    progress.update(tally.documents, tally.images, totals.cached, tally.failed)


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

    def add_shard(self, result: ShardResult, part: Path) -> None:
        """A shard's partial tally and counts, and the photo-hash rows in its part (copied by SQLite, not Python)."""
        self.tally = self.tally.merge(result.tally)
        self.computed += result.computed
        self.cached += result.cached
        self.skipped.extend(result.skipped[: SKIPPED_LISTED - len(self.skipped)])
        self.hashes.execute("COMMIT")
        try:
            self.hashes.execute("ATTACH DATABASE ? AS part", (str(part),))
            self.hashes.execute(
                "INSERT INTO images SELECT phash, agency, source, credit FROM part.images ORDER BY rowid"
            )
            self.hashes.execute("DETACH DATABASE part")
        finally:
            self.hashes.execute("BEGIN")

    def reused(self, listed: int = REUSED_LISTED) -> tuple[list[ReusedPhoto], int, Iterator[ReusedPhoto]]:
        """Photos (pixel hashes within reuse.THRESHOLD bits) credited to more than one agency across the archive:
        the `listed` with the most images, how many there are, and all of them (a generator, for their own file).
        Every look-up goes through the index on the hash."""
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
        photos = [g for g in photos if len(set().union(*(agencies[h] for h in g))) > 1]

        def images(group: list[str]) -> int:
            marks = ",".join("?" * len(group))
            return self.hashes.execute(f"SELECT COUNT(*) FROM images WHERE phash IN ({marks})", group).fetchone()[0]

        ranked = sorted(photos, key=lambda g: (-images(g), g))  # most images first, then by hash: stable
        top = [self._photo(group) for group in ranked[:listed]]
        return top, len(ranked), (self._photo(group) for group in ranked)

    def _photo(self, group: list[str]) -> ReusedPhoto:
        rows = self.hashes.execute(
            f"SELECT source, agency, credit, phash FROM images WHERE phash IN ({','.join('?' * len(group))}) "
            "ORDER BY source, phash",
            group,
        ).fetchall()
        return ReusedPhoto(
            phash=group[0],
            agencies=sorted({r[1] for r in rows if r[1]}),
            images=[ReusedImage(source=s, agency=a, credit=c, phash=h) for s, a, c, h in rows],
        )

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
    """Audit an archive; write OUT.jsonl, OUT.summary.json, OUT.agency-months.csv and OUT.reused-photos.jsonl,
    each atomically."""
    if engine == "dask" and not scheduler:
        raise RuntimeError("--engine dask needs --scheduler ADDRESS")
    out.parent.mkdir(parents=True, exist_ok=True)
    fingerprint = settings_hash(settings)
    parts = Path(f"{out}.parts")
    cache = Cache(cache_path) if cache_path else None
    if cache is not None and parts.is_dir():  # an interrupted Dask run: what its workers finished is kept
        for part in sorted(parts.glob("shard-*.sqlite")):
            cache.merge(part)
    if parts.is_dir():
        shutil.rmtree(parts)
    totals = _Totals(out.parent)
    lines_path = Path(f"{out}.jsonl")
    bar = Progress(paths, progress)
    tally = totals.tally
    tmp_lines = lines_path.with_name(lines_path.name + ".tmp")
    try:
        if engine == "dask":
            parts.mkdir()
            if cache is not None:
                cache.close()  # read-only, and unchanging, while the workers read it
                cache = None
            job = ShardJob(
                settings, fingerprint, str(parts.resolve()), str(cache_path.resolve()) if cache_path else None
            )
            with tmp_lines.open("wb") as handle:
                dask_shards(paths, job, scheduler or "", totals, bar, handle)
            if cache_path is not None:
                cache = Cache(cache_path)
                for part in sorted(parts.glob("shard-*.sqlite")):
                    cache.merge(part)
            shutil.rmtree(parts)
        else:
            _run_local(paths, settings, fingerprint, jobs, cache, cache_path, totals, bar, tmp_lines)
        tally = totals.tally
        os.replace(tmp_lines, lines_path)
        bar.close(tally.documents, tally.images, totals.cached, tally.failed)
        summary = _summary(paths, totals, settings.policy, Path(f"{out}.reused-photos.jsonl"))
        _write_atomic(Path(f"{out}.summary.json"), summary.model_dump_json(indent=2) + "\n")
        _write_atomic(Path(f"{out}.agency-months.csv"), _months_csv(totals.tally))
        return summary
    finally:
        bar.close(totals.tally.documents, totals.tally.images, totals.cached, totals.tally.failed)
        if cache is not None:
            cache.close()
        totals.close()


def _run_local(
    paths: list[str],
    settings: Settings,
    fingerprint: str,
    jobs: int,
    cache: Cache | None,
    cache_path: Path | None,
    totals: _Totals,
    bar: Progress,
    tmp_lines: Path,
) -> None:
    def items() -> Iterator[tuple[str, Document, str | None]]:
        for item in stream(paths, selection=settings.selection):
            if isinstance(item, Skipped):
                totals.skip(item)
                continue
            key, doc = keyed(item, fingerprint)
            yield key, doc, cache.get(key) if cache else None

    tally = totals.tally
    with tmp_lines.open("w", encoding="utf-8") as handle:
        for key, result, cached in local_engine(items(), settings, jobs, cache, cache_path):
            handle.write(result.line + "\n")
            totals.add(result, cached)
            if cache is not None:
                if not cached:
                    cache.put(key, result.to_json())
                cache.put_photos(result.photos)
            bar.update(tally.documents, tally.images, totals.cached, tally.failed)


def _summary(paths: list[str], totals: _Totals, policy: Policy, reused_path: Path) -> ArchiveSummary:
    tally = totals.tally
    top, count, every = totals.reused()
    tmp = reused_path.with_name(reused_path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for photo in every:
            handle.write(photo.model_dump_json() + "\n")
    os.replace(tmp, reused_path)
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
        reused_photos=top,
        reused_photos_total=count,
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
