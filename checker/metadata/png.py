"""PNG metadata chunks read from the file one chunk at a time: pixel data (IDAT) is skipped, never inflated.

Pillow's PNG reader inflates every pixel to answer getexif() (an eXIf chunk or text after the pixels is only
seen once they are decoded): a 420 KB PNG of plain colour took 592 MB. Here XMP (text chunk
"XML:com.adobe.xmp"), eXIf and ImageMagick's hex "Raw profile type" chunks are read wherever they sit, with the
size of each chunk read and of each text inflated capped.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

from checker.metadata.blocks import RawBlocks, raw_profile
from checker.metadata.iptc import photoshop_iim_blocks

SIGNATURE = b"\x89PNG\r\n\x1a\n"
EXIF_HEADER = b"Exif\x00\x00"
MAX_CHUNK = 64 * 1024 * 1024  # metadata chunks larger than this are skipped unread
MAX_TEXT = 16 * 1024 * 1024  # text chunks that inflate to more are skipped
MAX_TEXT_TOTAL = 64 * 1024 * 1024  # bound on all the text kept from one file
_WANTED = {b"eXIf", b"tEXt", b"zTXt", b"iTXt"}
XMP_KEYWORD = b"XML:com.adobe.xmp"
RAW_PROFILES = {b"raw profile type iptc", b"raw profile type exif", b"raw profile type app1"}  # ImageMagick


def read_blocks(handle: BinaryIO) -> RawBlocks:
    """The metadata blocks of the PNG stream `handle` is positioned at the start of (signature included)."""
    blocks = RawBlocks()
    if handle.read(len(SIGNATURE)) != SIGNATURE:
        return blocks
    budget = MAX_TEXT_TOTAL
    while len(head := handle.read(8)) == 8:
        length, kind = int.from_bytes(head[:4], "big"), head[4:]
        if kind == b"IEND":
            break
        if kind not in _WANTED or length > MAX_CHUNK:
            handle.seek(length + 4, 1)  # the body and its CRC
            continue
        body = handle.read(length)
        handle.seek(4, 1)
        if kind == b"eXIf":
            blocks.exif.append(body)
            continue
        keyword, _, rest = body.partition(b"\x00")
        if keyword != XMP_KEYWORD and keyword.lower() not in RAW_PROFILES:
            continue  # other text (comments, software names) is never inflated
        text = _text(kind, rest, min(MAX_TEXT, budget))
        if text is not None:
            budget -= len(text)
            _add_text(blocks, keyword, text)
    return blocks


def _add_text(blocks: RawBlocks, keyword: bytes, text: bytes) -> None:
    name = keyword.lower()
    if keyword == XMP_KEYWORD:
        blocks.xmp.append(text)
    elif name == b"raw profile type iptc":
        profile = raw_profile(text.decode("latin-1"))
        blocks.iptc.extend(photoshop_iim_blocks(profile) or [profile])
    elif name in (b"raw profile type exif", b"raw profile type app1"):
        profile = raw_profile(text.decode("latin-1"))
        blocks.exif.append(profile[len(EXIF_HEADER) :] if profile.startswith(EXIF_HEADER) else profile)


def _text(kind: bytes, rest: bytes, limit: int) -> bytes | None:
    """The text of a tEXt, zTXt or iTXt chunk (after its keyword), or None if it is longer than `limit` bytes
    (inflating stops there: a truncated packet would not parse, and a zip bomb costs `limit` bytes at most)."""
    try:
        if kind == b"zTXt":  # method, compressed text
            return _inflate(rest[1:], limit)
        if kind == b"iTXt":  # flag, method, language\0, translated keyword\0, text
            compressed = rest[0] == 1
            text = rest[2:].split(b"\x00", 2)[-1]
            return _inflate(text, limit) if compressed else _within(text, limit)
    except (zlib.error, IndexError):
        return b""
    return _within(rest, limit)


def _inflate(data: bytes, limit: int) -> bytes | None:
    if limit <= 0:  # (zlib reads a max_length of 0 as "no limit")
        return None
    inflater = zlib.decompressobj()
    text = inflater.decompress(data, limit)
    return None if inflater.unconsumed_tail else text


def _within(text: bytes, limit: int) -> bytes | None:
    return text if len(text) <= limit else None
