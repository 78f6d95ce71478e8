"""XMP sidecars: `photo.xmp` (Lightroom, Bridge, exiftool) or `photo.jpg.xmp` (darktable, digiKam) beside a photo.

Precedence: the XMP embedded in the file wins, and the sidecar's XMP is used only when the file's own XMP holds
none of the credit fields (or none parses). Adobe's applications write metadata into JPEG, PNG, TIFF, GIF, PSD
and DNG and keep sidecars for camera raw files, which carry no credit of their own; and the embedded metadata is
what travels with the published file, so it is what the audit reports when both exist. IPTC and EXIF always come
from the file: a sidecar is XMP only, and it takes the XMP block's place in the XMP > IPTC > EXIF order.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from checker.metadata.blocks import RawBlocks

MAX_SIDECAR = 16 * 1024 * 1024  # bytes read of one sidecar
SUFFIXES = (".xmp", ".XMP")


def find(photo: Path) -> Path | None:
    """The sidecar beside `photo`, if one is there: a regular file in the photo's own folder (not a link out)."""
    try:
        folder_name = os.path.dirname(photo) or "."
        if not _has_xmp(folder_name, os.stat(folder_name).st_mtime_ns):
            return None  # most folders hold no sidecar: one stat, not four, and no resolve
        folder = photo.resolve().parent
        for suffix in SUFFIXES:
            for candidate in (photo.with_suffix(suffix), photo.with_name(photo.name + suffix)):
                if candidate != photo and candidate.is_file() and candidate.resolve().parent == folder:
                    return candidate
    except (OSError, ValueError, RuntimeError):  # over-long names, NUL bytes, symlink loops
        return None
    return None


@functools.lru_cache(maxsize=256)
def _has_xmp(folder: str, mtime_ns: int) -> bool:
    """Whether a folder lists any .xmp file, listed once per folder and modification time (adding or removing a
    file changes the folder's mtime, so a sidecar written during a run is still found)."""
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.lower().endswith(".xmp") for entry in entries)
    except OSError:
        return True  # cannot tell: look for each candidate as before


def add(photo: Path, blocks: RawBlocks) -> None:
    """Attach the XMP sidecar beside `photo`, if there is one, to its blocks."""
    path = find(photo)
    if path is None:
        return
    try:
        with path.open("rb") as handle:
            packet = handle.read(MAX_SIDECAR)
    except OSError:
        return
    blocks.sidecar_xmp = packet
