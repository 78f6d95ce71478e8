"""Embedded photo metadata (IPTC IIM, XMP, EXIF, C2PA) read from image headers and resolved to credit fields.

The reading is in checker/metadata/embedded.py, imported by the first image read: a run without images never
loads Pillow or the XML parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from checker.model import Embedded


def read_embedded(path: Path, name: str | None = None, content_credentials: bool = True) -> Embedded:
    """Read the credit fields of one image file. Problems become `error` or `warnings`, never exceptions.

    `content_credentials=False` leaves out the C2PA step (for measuring its cost).
    """
    from checker.metadata.embedded import read_embedded as read

    return read(path, name, content_credentials)
