"""Archive shards for distributed runs: the client lists them, each worker audits one from shared storage.

A shard is a run of files found in order (a directory tree's files, with the entries the walk passes over kept in
their place), a byte range of a large JSON Lines file (cut at line boundaries, so a worker reads only its range,
and told the number of its first line, so documents keep their `file:line` names), or standard input (its bytes
travel with the shard). A compressed JSON Lines file and a WARC file are one shard each: gzip members cannot be
found without decompressing everything before them, so cutting one would cost the client what the workers save.

`audit_shard` runs on a worker: it reads its shard itself, audits every document with the same per-document function
as the local engine, writes the JSON lines to its own part file and what it computed to its own cache part, and
returns only a `ShardResult` (a partial Tally and a few counts). The client concatenates the parts in shard order
and merges the tallies, so the outputs are byte for byte those of the local engine.
"""

from __future__ import annotations

import io
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from checker.archive.cache import CachePart, CacheReader, PhotoRow
from checker.audit import Settings, Tally
from checker.model import Skipped
from checker.plain import Value, field
from checker.readers import Document
from checker.sources import CONTAINERS, STDIN, file_entries, stream, tree
from checker.sources import jsonl as jsonl_source
from checker.sources.select import Selection

SHARD_FILES = 64  # files of a tree per shard: a fraction of a second of work, so a task's overhead is a few per cent
SHARD_BYTES = 16 << 20  # a large JSON Lines file is cut into ranges of at most about this size...
MIN_SHARD_BYTES = 256 << 10  # ...and at least this, a few per worker when the file is smaller
RANGES_PER_WORKER = 4
LIST_SKIPPED = 1000  # skipped entries a shard names (the summary lists the first 1000 of the run)


class FileRun(Value, frozen=True):
    """Files in stream order; an entry is a file path (in a tree, or given by name) or an entry passed over."""

    entries: tuple[tuple[str, bool] | Skipped, ...]  # (path, found in a tree) or Skipped


class LineRange(Value, frozen=True):
    """Lines of a JSON Lines file: bytes [start, end), the first of them line number first_line."""

    path: str
    source: str  # the name its documents go by: the path as given, or as found in a tree
    start: int
    end: int
    first_line: int
    whole: bool  # the range is the whole file (an empty file is then listed as skipped, as the stream does)


class Standard(Value, frozen=True):
    data: bytes  # standard input, read by the client (there is no other way to it)


Work = FileRun | LineRange | Standard


class Shard(Value, frozen=True):
    index: int
    work: Work


class ShardResult(Value):
    """What a worker sends back: counts only; the lines and the cache entries are in its part files."""

    index: int
    tally: Tally
    computed: int = 0
    cached: int = 0
    skipped: list[Skipped] = field(default_factory=list)  # the first LIST_SKIPPED, in order


class ShardJob(Value, frozen=True):
    """What every shard of one run is audited with (sent to each worker once)."""

    settings: Settings
    fingerprint: str  # settings_hash(settings)
    parts: str  # folder of the part files, on storage every worker can write
    cache: str | None  # the archive cache, read-only during the run


# --- the client: listing shards -------------------------------------------------------------------------------------


def plan(
    paths: list[str],
    files: int | None = None,
    size: int | None = None,
    workers: int = 1,
    selection: Selection | None = None,
) -> Iterator[Shard]:
    """The shards of the inputs, in stream order, listed as they are found (a tree is walked once, lazily).

    `size` fixes the byte size of JSON Lines ranges; by default a file is cut into RANGES_PER_WORKER ranges per
    worker, of MIN_SHARD_BYTES to SHARD_BYTES each."""
    files = files or SHARD_FILES
    selection = selection or Selection()
    index = 0
    batch: list[tuple[str, bool] | Skipped] = []

    def shard(work: Work) -> Shard:
        nonlocal index
        index += 1
        return Shard(index - 1, work)

    def flush() -> Iterator[Shard]:
        if batch:
            yield shard(FileRun(tuple(batch)))
            batch.clear()

    for name in paths:
        if name == STDIN:
            yield from flush()
            yield shard(Standard(sys.stdin.buffer.read()))
            continue
        root = Path(name)
        found: Iterator[Path | Skipped] = tree.walk(root, selection) if root.is_dir() else iter([root])
        in_tree = root.is_dir()
        for item in found:
            if (
                isinstance(item, Path)
                and not in_tree
                and selection.force_exclude
                and (pattern := selection.excluded(item)) is not None
            ):
                item = Skipped(source=tree.display(name), reason=f"excluded by the pattern {pattern!r}")
            if isinstance(item, Skipped):
                batch.append(item)
                continue
            source = str(item) if in_tree else name
            ranges = _line_ranges(item, tree.display(source), size, workers)
            if ranges is None:
                batch.append((source, in_tree))
            else:
                yield from flush()
                for work in ranges:
                    yield shard(work)
            if len(batch) >= files:
                yield from flush()
    yield from flush()


def _line_ranges(path: Path, source: str, size: int | None, workers: int) -> list[LineRange] | None:
    """A large, uncompressed JSON Lines file (by its name) cut at line boundaries; None for any other file."""
    if not path.name.lower().endswith(CONTAINERS["jsonl"].suffixes) or path.name.lower().endswith(".gz"):
        return None
    try:
        total = path.stat().st_size
        if size is None:
            size = min(SHARD_BYTES, max(MIN_SHARD_BYTES, total // (RANGES_PER_WORKER * max(1, workers))))
        if total <= size:
            return None
        with path.open("rb") as handle:
            if handle.read(2) == b"\x1f\x8b":  # gzip whatever its name says
                return None
            handle.seek(0)
            return list(_cut(str(path), source, handle, total, size))
    except OSError:
        return None  # the stream reports it, as one document


def _cut(path: str, source: str, handle: BinaryIO, total: int, size: int) -> Iterator[LineRange]:
    """Ranges of about `size` bytes, each ending just after a newline, with the number of the line each starts
    at (the client's one pass over the file: newlines counted in 1 MiB blocks)."""
    start, line = 0, 1
    while True:
        end = total if start + size >= total else _after_newline(handle, start + size, total)
        yield LineRange(path, source, start, end, line, start == 0 and end == total)
        if end >= total:
            return
        line += _newlines(handle, start, end)
        start = end


def _after_newline(handle: BinaryIO, at: int, total: int) -> int:
    """The offset just after the first newline at or after byte at - 1."""
    position = at - 1
    handle.seek(position)
    while block := handle.read(1 << 16):
        cut = block.find(b"\n")
        if cut >= 0:
            return position + cut + 1
        position += len(block)
    return total


def _newlines(handle: BinaryIO, start: int, end: int) -> int:
    handle.seek(start)
    count, left = 0, end - start
    while left > 0:
        block = handle.read(min(1 << 20, left))
        if not block:
            break
        count += block.count(b"\n")
        left -= len(block)
    return count


# --- the worker: auditing one shard ---------------------------------------------------------------------------------


def part_names(parts: str, index: int) -> tuple[Path, Path]:
    """A shard's JSON Lines part and cache part."""
    stem = Path(parts) / f"shard-{index:09d}"
    return stem.with_suffix(".jsonl"), stem.with_suffix(".sqlite")


def entries(work: Work, selection: Selection | None = None) -> Iterator[Document | Skipped]:
    """The shard's documents and skipped entries, exactly as `sources.stream` yields them for the same inputs."""
    if isinstance(work, Standard):
        yield from stream([STDIN], io.BytesIO(work.data))
    elif isinstance(work, LineRange):
        yield from _range_entries(work, selection)
    else:
        for entry in work.entries:
            if isinstance(entry, Skipped):
                yield entry
            else:
                path, in_tree = entry
                yield from file_entries(tree.display(path), Path(path), in_tree, selection)


def _range_entries(work: LineRange, selection: Selection | None = None) -> Iterator[Document | Skipped]:
    if work.whole:  # cut no further than the whole file: the stream itself, with its empty-file rule
        yield from file_entries(work.source, Path(work.path), False, selection)
        return
    try:
        handle = open(work.path, "rb")  # noqa: SIM115  # closed below, after the generator is drained
    except OSError as exc:
        if work.start == 0:  # one error for the file, not one per range
            yield Document(work.source, "jsonl", error=f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        yield from jsonl_source.documents(
            work.source, io.BufferedReader(_Slice(handle, work.start, work.end), 1 << 20), work.first_line
        )


class _Slice(io.RawIOBase):
    """Bytes [start, end) of an open file, as a file of their own (seekable: the gzip check seeks back to 0)."""

    def __init__(self, handle: BinaryIO, start: int, end: int):
        self._handle, self._start, self._end, self._at = handle, start, end, start

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: self._start, io.SEEK_CUR: self._at, io.SEEK_END: self._end}[whence]
        self._at = min(max(base + offset, self._start), self._end)
        return self._at - self._start

    def tell(self) -> int:
        return self._at - self._start

    def readinto(self, buffer) -> int:
        wanted = min(len(buffer), self._end - self._at)
        if wanted <= 0:
            return 0
        self._handle.seek(self._at)
        data = self._handle.read(wanted)
        buffer[: len(data)] = data
        self._at += len(data)
        return len(data)


def audit_shard(shard: Shard, job: ShardJob) -> ShardResult:
    """Audit one shard on a worker (see the module's note). Runs again from the start if the worker dies."""
    from checker.archive.phash import PHOTOS
    from checker.archive.run import DocResult, audit_task, keyed

    lines_path, part_path = part_names(job.parts, shard.index)
    reader = CacheReader(Path(job.cache) if job.cache else None, immutable=True)
    if part_path.exists():
        part_path.unlink()  # a try of this shard that died: its results were never counted
    part = CachePart(part_path)
    PHOTOS.known = reader.photo
    result = ShardResult(shard.index, Tally())
    tmp = lines_path.with_name(lines_path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            for item in entries(shard.work, job.settings.selection):
                if isinstance(item, Skipped):
                    result.tally.skip()
                    if len(result.skipped) < LIST_SKIPPED:
                        result.skipped.append(item)
                    continue
                key, doc = keyed(item, job.fingerprint)
                cached = reader.get(key)
                if cached is not None:
                    done = DocResult.from_json(cached)
                    result.cached += 1
                else:
                    done = audit_task(doc, job.settings)
                    part.put(key, done.to_json())
                    result.computed += 1
                part.put_photos(PHOTOS.take_fresh())
                handle.write(done.line + "\n")
                result.tally.add(done.counts)
                part.put_images([(h, agency, done.source, credit) for agency, credit, h, _ in done.counts.images if h])
        os.replace(tmp, lines_path)
    finally:
        PHOTOS.known = None
        part.close()
        reader.close()
    return result


def image_rows(part: Path) -> Iterator[tuple[str, str | None, str, str | None]]:
    """The photo-hash rows a shard found, in order (for the run's cross-credit query)."""
    try:
        db = sqlite3.connect(f"file:{part}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        yield from db.execute("SELECT phash, agency, source, credit FROM images ORDER BY rowid")
    except sqlite3.Error:
        return
    finally:
        db.close()


__all__ = ["PhotoRow", "Shard", "ShardJob", "ShardResult", "audit_shard", "entries", "part_names", "plan"]
