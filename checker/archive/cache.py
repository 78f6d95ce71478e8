"""The archive cache: finished document results in SQLite, keyed on content hash and settings hash, and the pixel
hash of every photo file seen, keyed on its path, size and modification time.

A re-run over an unchanged archive reads results instead of computing them; an interrupted run loses at most
the results of its last second, which the next run computes again. Results are JSON, never pickles.

On Dask the cache has one writer, the client, and it writes only between runs: during a run every worker reads the
cache (`CacheReader`, read-only) and writes what it computes to its shard's own part (`CachePart`, a SQLite file
beside the outputs); the client merges the parts into the cache when the run ends, or when the next run starts
after an interrupted one. No SQLite file is ever written by two machines.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

COMMIT_SECONDS = 1.0  # results are committed at least this often...
COMMIT_RESULTS = 200  # ...and after this many, so a killed run loses little

PhotoRow = tuple[str, int, int, str | None]  # resolved path, size, mtime in ns, pixel hash (None: none could be made)
# the photo table is named after the hash it holds (checker/archive/phash.py): another hash is another table

_TABLES = (
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS photo_dhash128 (path TEXT, size INTEGER, mtime_ns INTEGER, phash TEXT, "
    "PRIMARY KEY (path, size, mtime_ns))",
)


def content_key(settings_hash: str, source: str, fmt: str, data: bytes | None, path: str | None) -> str:
    digest = hashlib.sha256()
    digest.update(settings_hash.encode())
    digest.update(b"\0" + fmt.encode() + b"\0" + source.encode() + b"\0")
    if data is not None:
        digest.update(data)
    elif path is not None:  # an image document: its bytes are read here only to be hashed
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


class _Committing:
    """A SQLite file written in transactions committed every second or every COMMIT_RESULTS rows."""

    def __init__(self, path: Path, wal: bool = True):
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        if wal:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        else:  # a shard's part: a killed worker leaves it whole (the journal is on disk); no fsync per commit
            self._db.execute("PRAGMA synchronous=OFF")
        for table in _TABLES:
            self._db.execute(table)
        self._db.execute("BEGIN")
        self._last_commit = time.monotonic()
        self._pending = 0

    def put(self, key: str, result: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO results (key, result) VALUES (?, ?)", (key, result))
        self._written(1)

    def put_photos(self, rows: Iterable[PhotoRow]) -> None:
        rows = list(rows)
        if rows:
            self._db.executemany("INSERT OR REPLACE INTO photo_dhash128 VALUES (?, ?, ?, ?)", rows)
            self._written(len(rows))

    def _written(self, count: int) -> None:
        self._pending += count
        if self._pending >= COMMIT_RESULTS or time.monotonic() - self._last_commit >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")
        self._last_commit = time.monotonic()
        self._pending = 0

    def close(self) -> None:
        self._db.execute("COMMIT")
        self._db.close()


class Cache(_Committing):
    """The cache a run reads and writes (the local engine's client, or the Dask client between runs)."""

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def photo(self, path: str, size: int, mtime_ns: int) -> tuple[str | None] | None:
        return self._db.execute(
            "SELECT phash FROM photo_dhash128 WHERE path = ? AND size = ? AND mtime_ns = ?", (path, size, mtime_ns)
        ).fetchone()

    def merge(self, part: Path) -> None:
        """Take in a shard's part (its results and photo hashes); a part that cannot be read is passed over."""
        self._db.execute("COMMIT")
        try:
            try:
                self._db.execute("ATTACH DATABASE ? AS part", (str(part),))  # not read-only: a killed part's
            except sqlite3.Error:  # journal is rolled back first
                return
            try:
                self._db.execute("BEGIN")
                self._db.execute("INSERT OR REPLACE INTO results SELECT key, result FROM part.results")
                self._db.execute(
                    "INSERT OR REPLACE INTO photo_dhash128 SELECT path, size, mtime_ns, phash FROM part.photo_dhash128"
                )
                self._db.execute("COMMIT")
            except sqlite3.Error:  # a part killed before its tables were made holds nothing
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            self._db.execute("DETACH DATABASE part")
        finally:
            self._db.execute("BEGIN")
            self._last_commit = time.monotonic()
            self._pending = 0


class CachePart(_Committing):
    """One shard's own results and photo hashes, and the photo-hash rows of its images for the run's cross-credit
    query, written by the worker that audits it (no WAL: one writer, and shared storage such as NFS cannot hold
    WAL's shared memory)."""

    def __init__(self, path: Path):
        super().__init__(path, wal=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS images (phash TEXT, agency TEXT, source TEXT, credit TEXT)")

    def put_images(self, rows: list[tuple[str, str | None, str, str | None]]) -> None:
        if rows:
            self._db.executemany("INSERT INTO images VALUES (?, ?, ?, ?)", rows)


class CacheReader:
    """The cache opened read-only by a worker; every look-up answers None when there is no cache."""

    def __init__(self, path: Path | None, immutable: bool = False):
        self._db: sqlite3.Connection | None = None
        if path is None or not path.exists():
            return
        try:
            flags = "mode=ro&immutable=1" if immutable else "mode=ro"
            self._db = sqlite3.connect(f"file:{path}?{flags}", uri=True, check_same_thread=False)
            self._db.execute("SELECT 1 FROM results LIMIT 1")
        except sqlite3.Error:
            self._db = None

    def get(self, key: str) -> str | None:
        if self._db is None:
            return None
        row = self._db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def photo(self, path: str, size: int, mtime_ns: int) -> tuple[str | None] | None:
        if self._db is None:
            return None
        try:
            return self._db.execute(
                "SELECT phash FROM photo_dhash128 WHERE path = ? AND size = ? AND mtime_ns = ?", (path, size, mtime_ns)
            ).fetchone()
        except sqlite3.Error:  # a cache written before photo hashes were kept
            return None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
