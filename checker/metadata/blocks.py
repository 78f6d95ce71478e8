"""The raw metadata blocks found in one image file, before any of them is decoded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checker.plain import Value, field


class RawBlocks(Value):
    iptc: list[bytes] = field(default_factory=list)  # IIM blocks in file order
    xmp: list[bytes] = field(default_factory=list)
    sidecar_xmp: bytes | None = None  # the XMP sidecar file beside the image, read when `xmp` holds no credit
    exif: list[bytes] = field(default_factory=list)  # TIFF-structured EXIF blocks
    # an EXIF IFD0 already parsed (Pillow's Exif, or an IFD read with a format's own offset rules)
    pillow_exif: Mapping[int, Any] | None = None


def raw_profile(text: str) -> bytes:
    """ImageMagick raw profile: a name line, a length line, then hex digits."""
    lines = text.strip().splitlines()
    try:
        return bytes.fromhex("".join(lines[2:]))
    except ValueError:
        return b""
