"""JPEG headers read without Pillow: the APPn segments up to the start of scan, with positioned reads.

Pillow's open parses every marker (quantisation tables, DPI from EXIF, MPO detection) to get ready to decode
pixels, which costs about a third of a metadata read. This reader reads only the bytes before the first scan and
hands back what Pillow's `applist` and `info["exif"]` would hold. It is a fast path only: for a file Pillow would
treat differently (an MPO, a marker this walk does not expect, a segment running past the end, a frame Pillow
refuses, a size Pillow flags as a decompression bomb) it answers None and the caller opens the file with Pillow,
so what is reported never depends on which path read the file.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from checker.plain import Value

FIRST_READ = 1 << 16  # bytes read at once: the headers of most photos (EXIF with its thumbnail, XMP) fit
MAX_PIXELS = 89_478_485  # Pillow's Image.MAX_IMAGE_PIXELS: above it Pillow warns or refuses, so Pillow decides
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
# markers with a length that Pillow's JPEG parser reads and skips or stores (DHT, DAC, DQT, DRI, APPn, COM)
_WITH_LENGTH = _SOF | {0xC4, 0xCC, 0xDB, 0xDD, 0xFE} | set(range(0xE0, 0xF0))
_MARKER = struct.Struct(">BBH")  # 0xFF, the marker, and the length of the segment it starts


class JpegHeader(Value):
    segments: list[tuple[int, bytes]]  # (n, payload) of each APPn segment, in file order
    exif: bytes | None  # what Pillow keeps as info["exif"]: the first Exif APP1, later ones' TIFF bytes appended


def read_header(path: Path) -> JpegHeader | None:
    """The APPn segments of a plain JPEG, or None when Pillow must open the file (see the module's note).
    Raises OSError when the file cannot be opened."""
    fd = os.open(path, os.O_RDONLY)
    try:
        return _walk(fd)
    finally:
        os.close(fd)


def _walk(fd: int) -> JpegHeader | None:
    data = os.pread(fd, FIRST_READ, 0)  # the file's bytes from offset `base` on
    if not data.startswith(b"\xff\xd8\xff"):
        return None
    base = 0
    segments: list[tuple[int, bytes]] = []
    exif: bytes | None = None
    frame = False
    pos = 2  # in the file
    while True:
        at = pos - base
        if at + 4 > len(data):  # read on from the segment's start: every byte is read once, none copied twice
            data, base, at = os.pread(fd, FIRST_READ, pos), pos, 0
            if len(data) < 4:
                return None  # the file ends before its first scan
        mark, marker, length = _MARKER.unpack_from(data, at)
        if mark != 0xFF:
            return None  # junk between segments: Pillow skips it, Pillow decides
        if marker == 0xDA:
            return JpegHeader(segments, exif) if frame else None
        if marker not in _WITH_LENGTH:
            return None  # fill bytes, restart markers, EOI, extensions: rare, Pillow decides
        if length < 2:
            return None
        end = pos + 2 + length
        if end - base <= len(data):
            payload = data[at + 4 : at + 2 + length]
        else:  # a segment longer than what is read: read it on its own
            payload = os.pread(fd, length - 2, pos + 4)
            if len(payload) < length - 2:
                return None  # a segment running past the end of the file
        if 0xE0 <= marker <= 0xEF:  # APPn
            number = marker - 0xE0
            if number == 2 and payload.startswith(b"MPF\x00"):
                return None  # perhaps an MPO: Pillow tells
            if number == 1 and payload.startswith(b"Exif\x00\x00"):
                exif = payload if exif is None else exif + payload[6:]
            segments.append((number, payload))
        elif marker in _SOF:
            if not _frame_ok(payload):
                return None
            frame = True
        elif marker == 0xDB and not _tables_ok(payload):
            return None
        pos = end


def _frame_ok(payload: bytes) -> bool:
    """A frame header Pillow accepts: 8-bit samples, 1, 3 or 4 components, a size it opens without a warning."""
    if len(payload) < 6:
        return False
    height, width = int.from_bytes(payload[1:3], "big"), int.from_bytes(payload[3:5], "big")
    return payload[0] == 8 and payload[5] in (1, 3, 4) and 0 < width * height <= MAX_PIXELS


def _tables_ok(payload: bytes) -> bool:
    """Quantisation tables that fill their segment exactly as Pillow's parser requires."""
    pos = 0
    while pos < len(payload):
        size = 1 + (64 if payload[pos] < 16 else 128)
        if len(payload) - pos < size:
            return False
        pos += size
    return True
