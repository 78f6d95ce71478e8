"""Progress of a long archive audit on stderr: done, total when known, percentage, rate and ETA (tqdm).

The total is counted in a background thread while the audit runs, so the bar starts at once: one per document
file, one per line of a JSON Lines file; a WARC file's records cannot be counted without parsing it, so with a
WARC input the bar shows the count and rate without a total.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from tqdm import tqdm

from checker.model import Skipped
from checker.sources import CONTAINERS, STDIN, tree


def count_documents(paths: Iterable[str], stop: threading.Event | None = None) -> int | None:
    """Documents the archive stream will yield, or None when that cannot be known cheaply (WARC inputs, standard
    input). Files recognised only by content count as one document each."""
    total = 0
    for name in paths:
        if name == STDIN:
            return None
        root = Path(name)
        files = (item for item in tree.walk(root) if not isinstance(item, Skipped)) if root.is_dir() else [root]
        for path in files:
            if stop is not None and stop.is_set():
                return None
            lower = path.name.lower()
            if lower.endswith(CONTAINERS["warc"].suffixes):
                return None
            if lower.endswith(CONTAINERS["jsonl"].suffixes):
                try:
                    total += _count_lines(path, stop)
                except (OSError, EOFError):
                    total += 1  # an unreadable file is one failed document
            else:
                total += 1
    return total


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # GzipFile is a binary IO
    return path.open("rb")


def _count_lines(path: Path, stop: threading.Event | None) -> int:
    """Lines, streamed in 1 MiB blocks (blank lines, which hold no record, are rare enough to count)."""
    count, last = 0, b"\n"
    with _open_binary(path) as handle:
        while block := handle.read(1 << 20):
            if stop is not None and stop.is_set():
                break
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")  # a last line without its newline


class Progress:
    """A tqdm bar over documents, fed by the audit loop; a no-op when disabled (stderr not a terminal)."""

    def __init__(self, paths: list[str], enabled: bool):
        self.enabled = enabled
        self._total: int | None = None
        self._stop = threading.Event()
        self._bar: tqdm | None = None
        if not enabled:
            return
        self._bar = tqdm(unit=" docs", dynamic_ncols=True, mininterval=0.5, smoothing=0.1, leave=True)
        self._counter = threading.Thread(target=self._count, args=(paths,), daemon=True, name="count-documents")
        self._counter.start()

    def _count(self, paths: list[str]) -> None:
        self._total = count_documents(paths, self._stop)

    def update(self, documents: int, images: int, cached: int, failed: int) -> None:
        bar = self._bar
        if bar is None:
            return
        if self._total is not None and bar.total is None:
            bar.total = max(self._total, documents)  # the count arrived: percentage and ETA from now on
        if documents % 64 == 0:
            bar.set_postfix(images=images, cached=cached, failed=failed, refresh=False)
        bar.update(documents - bar.n)

    def close(self, documents: int, images: int, cached: int, failed: int) -> None:
        self._stop.set()
        bar = self._bar
        if bar is not None:
            bar.total = documents  # the run is over: what it read is the total
            bar.set_postfix(images=images, cached=cached, failed=failed, refresh=False)
            bar.update(documents - bar.n)
            bar.close()
            self._bar = None
