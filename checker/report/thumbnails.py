"""Small JPEG thumbnails as data: URIs for the HTML report, made with Pillow from files under the images root.

Only files the images root holds are read (references are resolved as the audit resolved them, never outside
the root); each file is thumbnailed once, and at most `limit` of them, so a report stays a few megabytes.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image

from checker.metadata.references import ImageRefError, resolve

SIZE = 96
QUALITY = 70


class Thumbnails:
    def __init__(self, root: Path | None, limit: int = 5000, size: int = SIZE):
        self.root = root
        self.limit = limit
        self.size = size
        self.uris: list[str] = []
        self._by_src: dict[str, int] = {}
        self._by_path: dict[Path, int] = {}

    def index(self, src: str | None) -> int:
        """The thumbnail's index in uris, or -1 (no root, no file, unreadable, or the limit reached)."""
        if self.root is None or not src:
            return -1
        known = self._by_src.get(src)
        if known is not None:
            return known
        found = -1
        try:
            path = resolve(src, self.root)
        except (ImageRefError, OSError, ValueError):
            path = None
        if path is not None:
            found = self._by_path.get(path, -1)
            if found < 0 and len(self.uris) < self.limit:
                uri = self._make(path)
                if uri is not None:
                    found = self._by_path[path] = len(self.uris)
                    self.uris.append(uri)
        self._by_src[src] = found
        return found

    def _make(self, path: Path) -> str | None:
        try:
            with Image.open(path) as image:
                image.draft("RGB", (self.size * 2, self.size * 2))  # JPEG: decode at reduced scale
                image.thumbnail((self.size, self.size))
                small = image.convert("RGB")
            buffer = io.BytesIO()
            small.save(buffer, "JPEG", quality=QUALITY, optimize=True)
        except Exception:  # truncated, hostile or unsupported files: no thumbnail, the report goes on
            return None
        return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
