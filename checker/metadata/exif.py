"""EXIF IFD0 text tags through Pillow's Exif reader, with NUL padding and charset fixed."""

from __future__ import annotations

import struct
import warnings
from collections.abc import Mapping
from typing import Any

from checker.model import MetaFields

ARTIST, COPYRIGHT, IMAGE_DESCRIPTION = 0x013B, 0x8298, 0x010E
_TEXT_TAGS = (ARTIST, COPYRIGHT, IMAGE_DESCRIPTION)
_UNIT = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8}  # Pillow's types
ASCII = 2


def text(value: object) -> str | None:
    """An EXIF ASCII value as text: NULs are padding (all-NUL means empty); UTF-8 when the bytes are UTF-8."""
    if isinstance(value, bytes):
        raw = value
    elif isinstance(value, str):
        raw = value.encode("latin-1", "replace")  # Pillow decodes ASCII tags as Latin-1
    else:
        return None
    bare = raw.rstrip(b"\x00")  # most values end with NUL padding, and hold no other NUL
    if b"\x00" in bare:
        raw = b", ".join(part for chunk in bare.split(b"\x00") if (part := chunk.strip()))  # "photographer\0editor"
    else:
        raw = bare.strip()
    if not raw:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def ifd0_text(data: bytes) -> dict[int, bytes] | None:
    """The three text tags of IFD0 in a TIFF-structured EXIF block (after "Exif\\0\\0"), as Pillow's Exif reads them,
    without building Pillow's directory (a sixth of a JPEG's metadata read). None for anything but a plain block
    (another byte order mark, a directory or value past the end, a tag twice, a type Pillow skips, a text tag that
    is not ASCII, more out-of-line data than the block holds): Pillow then reads it, so results never differ."""
    if data[:4] == b"II*\x00":
        order = "<"
    elif data[:4] == b"MM\x00*":
        order = ">"
    else:
        return None
    try:
        (offset,) = struct.unpack_from(order + "L", data, 4)
        (count,) = struct.unpack_from(order + "H", data, offset)
        if offset + 2 + 12 * count + 4 > len(data):
            return None
        found: dict[int, bytes] = {}
        seen: set[int] = set()
        total = 0
        for tag, kind, number, value in struct.iter_unpack(order + "HHL4s", data[offset + 2 : offset + 2 + 12 * count]):
            unit = _UNIT.get(kind)
            if tag in seen or unit is None:
                return None
            seen.add(tag)
            size = number * unit
            if size > 4:
                total += size
                if total > len(data):
                    return None
            if tag not in _TEXT_TAGS:
                continue
            if kind != ASCII:
                return None
            if size > 4:
                (at,) = struct.unpack_from(order + "L", value)
                if at + size > len(data):
                    return None
                value = data[at : at + size]
            else:
                value = value[:size]
            if value:
                found[tag] = value
        return found
    except struct.error:
        return None


def fields(exif: Mapping[int, Any]) -> MetaFields | None:
    artist, copyright, description = (text(exif.get(tag)) for tag in (ARTIST, COPYRIGHT, IMAGE_DESCRIPTION))
    if not (artist or copyright or description):
        return None
    return MetaFields(creator=[artist] if artist else [], copyright=copyright, description=description)


def from_tiff_bytes(data: bytes) -> MetaFields | None:
    """EXIF from a raw TIFF-structured block (after the "Exif\\0\\0" header)."""
    from PIL import Image  # Pillow's EXIF reader, for blocks ifd0_text leaves to it

    exif = Image.Exif()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns about tags pointing past the end: they are skipped
        exif.load(data)
    return fields(exif)
