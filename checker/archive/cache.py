"""The archive cache: finished document results in SQLite, keyed on content hash and settings hash.

A re-run over an unchanged archive reads results instead of computing them; an interrupted run loses at most
the results of its last second, which the next run computes again. Results are JSON, never pickles.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

COMMIT_SECONDS = 1.0  # results are committed at least this often...
COMMIT_RESULTS = 200  # ...and after this many, so a killed run loses little


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


class Cache:
    def __init__(self, path: Path):
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result TEXT NOT NULL)")
        self._db.execute("BEGIN")
        self._last_commit = time.monotonic()
        self._pending = 0

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, result: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO results (key, result) VALUES (?, ?)", (key, result))
        self._pending += 1
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
