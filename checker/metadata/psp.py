"""Paint Shop Pro (.psp, .pspimage): the EXIF block inside the "extended data" block.

PSP writes a TIFF header whose IFD0 offset is standard, but every value offset inside the IFD counts from the
start of IFD0 rather than from the TIFF header (exiftool's PSP module describes the same quirk), so the IFD is
read with the IFD's own start as its base; read as a normal TIFF block, every text value is shifted 8 bytes.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from checker.metadata.blocks import RawBlocks

if TYPE_CHECKING:
    from PIL.TiffImagePlugin import ImageFileDirectory_v2

SIGNATURE = b"Paint Shop Pro Image File\n\x1a\x00\x00\x00\x00\x00"
EXTENDED_DATA_BLOCK, EXIF_FIELD = 10, 3
EXIF_HEADER = b"Exif\x00\x00"
_BLOCK, _FIELD = b"~BK\x00", b"~FL\x00"


def read_blocks(data: bytes) -> RawBlocks:
    blocks = RawBlocks()
    if not data.startswith(SIGNATURE) or len(data) < 36:
        return blocks
    major = int.from_bytes(data[32:34], "little")
    header = 10 if major > 3 else 14  # the block header grew a field before version 4 and lost it after
    pos = 36
    while pos + header <= len(data) and data[pos : pos + 4] == _BLOCK:
        kind = int.from_bytes(data[pos + 4 : pos + 6], "little")
        length = int.from_bytes(data[pos + header - 4 : pos + header], "little")
        body = data[pos + header : pos + header + length]
        pos += header + length
        if kind == EXTENDED_DATA_BLOCK:
            for tiff in _exif_fields(body):
                ifd = _ifd_relative(tiff)
                if ifd is not None:
                    blocks.pillow_exif = ifd
                    return blocks
    return blocks


def _exif_fields(body: bytes) -> list[bytes]:
    """The TIFF bytes of each EXIF field ("~FL\\0", id, length, "Exif\\0\\0" + TIFF) of an extended data block."""
    found = []
    pos = 0
    while pos + 10 <= len(body) and body[pos : pos + 4] == _FIELD:
        field = int.from_bytes(body[pos + 4 : pos + 6], "little")
        length = int.from_bytes(body[pos + 6 : pos + 10], "little")
        value = body[pos + 10 : pos + 10 + length]
        pos += 10 + length
        if field == EXIF_FIELD and len(value) > 14 and value.startswith(EXIF_HEADER):
            found.append(value[len(EXIF_HEADER) :])
    return found


def _ifd_relative(tiff: bytes) -> ImageFileDirectory_v2 | None:
    """IFD0 of a TIFF block whose value offsets count from IFD0 itself (at byte 8, as exiftool reads it)."""
    from PIL.TiffImagePlugin import ImageFileDirectory_v2  # Pillow's TIFF reader, loaded by the files that need it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns about tags pointing past the end: they are skipped
            ifd = ImageFileDirectory_v2(tiff[:8])
            ifd.load(io.BytesIO(tiff[8:]))
    except Exception:  # Pillow's IFD reader raises several kinds of errors on broken input
        return None
    return ifd
