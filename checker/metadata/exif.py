"""EXIF IFD0 text tags through Pillow's Exif reader, with NUL padding and charset fixed."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from PIL import Image

from checker.model import MetaFields

ARTIST, COPYRIGHT, IMAGE_DESCRIPTION = 0x013B, 0x8298, 0x010E


def text(value: object) -> str | None:
    """An EXIF ASCII value as text: NULs are padding (all-NUL means empty); UTF-8 when the bytes are UTF-8."""
    if isinstance(value, bytes):
        raw = value
    elif isinstance(value, str):
        raw = value.encode("latin-1", "replace")  # Pillow decodes ASCII tags as Latin-1
    else:
        return None
    parts = [part.strip() for part in raw.split(b"\x00")]
    raw = b", ".join(part for part in parts if part)  # Copyright may hold "photographer\0editor"
    if not raw:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def fields(exif: Mapping[int, Any]) -> MetaFields | None:
    artist, copyright, description = (text(exif.get(tag)) for tag in (ARTIST, COPYRIGHT, IMAGE_DESCRIPTION))
    if not (artist or copyright or description):
        return None
    return MetaFields(creator=[artist] if artist else [], copyright=copyright, description=description)


def from_tiff_bytes(data: bytes) -> MetaFields | None:
    """EXIF from a raw TIFF-structured block (after the "Exif\\0\\0" header)."""
    exif = Image.Exif()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns about tags pointing past the end: they are skipped
        exif.load(data)
    return fields(exif)
