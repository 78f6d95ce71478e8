"""Perceptual hash (difference hash) of an image: the same photo resized or recompressed hashes alike.

128 bits: whether each pixel of a 9x8 grey reduction is brighter than its right neighbour (64 bits), then
whether each pixel of an 8x9 reduction is brighter than the one below (64 bits). The horizontal half alone
told unrelated photos apart poorly (a trail-camera frame and a photo of Jupiter 7 bits apart, while quality-60
re-saves of the same photo moved up to 7 bits); with both halves, different corpus photos lie 25 or more bits
apart and re-saved or half-size copies at most 10 (bench/reuse_bench.py).

It needs pixels, so it decodes, at a reduced scale where the format allows it (JPEG draft mode: 1/2 to 1/8 of
each side) and only up to MAX_PIXELS after that reduction: formats that cannot be decoded at a reduced scale
(PNG, TIFF, WebP, GIF) are decoded whole, so a larger one gets no hash rather than hundreds of megabytes per
worker. Near-blank pictures (placeholders, spacers) get no hash: their differences are noise, and flat ones
would all hash alike.

A photo shown in many articles is decoded once per run: `PHOTOS` keeps the hash of every file it hashed, by
resolved path, size and modification time (so a replaced file is hashed again), and looks up hashes kept in the
archive cache by earlier runs; the engines store its fresh hashes in the cache.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from pathlib import Path

from PIL import Image

HASH_SIZE = 8
BLANK_RANGE = 16  # grey levels: a picture whose reduced pixels span fewer is near-blank
MAX_PIXELS = 24_000_000  # decoded pixels at most (a 6000x4000 photo): up to 4 bytes each, plus a grey copy


def dhash(path: Path) -> str | None:
    """128-bit difference hash as 32 hex digits, or None when the image cannot be decoded within the bound or
    is near-blank."""
    n = HASH_SIZE
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the bound below is tighter
            with Image.open(path) as image:
                image.draft("L", (n * 4, n * 4))  # JPEG: decode at 1/2..1/8 scale
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return None
                grey = image.convert("L")
                rows = grey.resize((n + 1, n), Image.Resampling.BILINEAR).tobytes()
                columns = grey.resize((n, n + 1), Image.Resampling.BILINEAR).tobytes()
    except Exception:  # truncated or hostile files: no hash, the rest of the audit goes on
        return None
    if max(rows) - min(rows) < BLANK_RANGE:
        return None
    bits = 0
    for row in range(n):
        for col in range(n):
            bits = (bits << 1) | (rows[row * (n + 1) + col] > rows[row * (n + 1) + col + 1])
    for row in range(n):
        for col in range(n):
            bits = (bits << 1) | (columns[row * n + col] > columns[(row + 1) * n + col])
    return f"{bits:032x}"


PhotoRow = tuple[str, int, int, str | None]  # resolved path, size, mtime in ns, hash (as in checker.archive.cache)
Lookup = Callable[[str, int, int], "tuple[str | None] | None"]


class PhotoHashes:
    """The pixel hashes of the photo files this process has seen (see the module's note)."""

    MEMORY = 50_000  # files remembered in memory; older ones are looked up in the cache again

    def __init__(self) -> None:
        self._memory: dict[tuple[str, int, int], str | None] = {}
        self.known: Lookup | None = None  # hashes kept by earlier runs (the archive cache, read-only)
        self.fresh: list[PhotoRow] = []  # hashed here, not yet stored in the cache

    def of(self, path: Path) -> str | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key in self._memory:
            return self._memory[key]
        row = self.known(*key) if self.known is not None else None
        if row is not None:
            value = row[0]
        else:
            value = dhash(path)
            self.fresh.append((*key, value))
        if len(self._memory) >= self.MEMORY:
            self._memory.pop(next(iter(self._memory)))
        self._memory[key] = value
        return value

    def forget(self) -> None:
        """Forget the files seen (the cache still holds what was stored in it)."""
        self._memory.clear()
        self.fresh.clear()

    def take_fresh(self) -> list[PhotoRow]:
        rows, self.fresh = self.fresh, []
        return rows


PHOTOS = PhotoHashes()  # one per process: the pool worker's, the Dask worker's, or a one-process run's
