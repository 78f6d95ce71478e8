"""Where metadata blocks sit in image files: the raw IPTC, XMP and EXIF bytes, before any decoding.

Pillow opens the file and hands over its header structures (JPEG APPn segments, TIFF tags, WebP chunks); PNG
and GIF are walked chunk by chunk here (Pillow decodes a PNG's pixels to find its EXIF, and reads no XMP from
GIF); JPEG-structured files Pillow refuses (exiv2 .exv sidecars, damaged JPEGs) are walked segment by segment,
and anything else is scanned for XMP packets. Pixels are never decoded, and every scan is linear in the size.
"""

from __future__ import annotations

import contextlib
import io
import re
import struct
from typing import TYPE_CHECKING

from checker import lazy_re
from checker.metadata import gif, png, psp
from checker.metadata.blocks import RawBlocks
from checker.metadata.iptc import PHOTOSHOP_HEADER, photoshop_iim_blocks
from checker.metadata.xmp import packets_in

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["RawBlocks", "from_bytes", "from_pillow"]

XMP_APP1_MARK = b"ns.adobe.com/xap/1.0/\x00"  # "http://" normally, "XMP\0://" in Getty's malformed header
EXIF_HEADER = b"Exif\x00\x00"
IPTC_NAA, PHOTOSHOP_TAG, XMP_TAG = 33723, 34377, 700
PSD_IPTC, PSD_EXIF, PSD_XMP = 0x0404, 0x0422, 0x0424
TIFF_STARTS = (b"II*\x00", b"MM\x00*")
_EXIF_SIGNATURE = lazy_re.compile(rb"Exif\x00\x00(?:II\*\x00|MM\x00\*)")
JPEG_STARTS = (b"\xff\xd8", b"\xff\x01Exiv2")
# ISO base-media boxes (JPEG 2000, JPEG XL): uuid boxes and named boxes that carry metadata
UUID_XMP = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
UUID_IPTC = bytes.fromhex("33C7A4D2B81D4723A0BAF1A3E097AD38")
UUID_EXIF = b"JpgTiffExif->JP2"


def from_app_segments(segments: list[tuple[int, bytes]]) -> RawBlocks:
    """Blocks in JPEG APPn segments, given as (n, payload)."""
    blocks = RawBlocks()
    photoshop: list[bytes] = []  # joined once: adding to one bytes object per segment is quadratic
    for number, payload in segments:
        if number == 13 and payload.startswith(PHOTOSHOP_HEADER):
            photoshop.append(payload[len(PHOTOSHOP_HEADER) :])  # one resource section may span segments
        elif number == 1 and payload.startswith(EXIF_HEADER):
            blocks.exif.append(payload[len(EXIF_HEADER) :])
        elif number == 1 and XMP_APP1_MARK in payload[:40]:
            blocks.xmp.append(payload[payload.index(XMP_APP1_MARK) + len(XMP_APP1_MARK) :])
    blocks.iptc = photoshop_iim_blocks(b"".join(photoshop))
    return blocks


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """APPn segments of a JPEG-structured stream, up to the start of the image data."""
    pos = 7 if data.startswith(b"\xff\x01Exiv2") else 2
    segments: list[tuple[int, bytes]] = []
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan
            break
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if 0xE0 <= marker <= 0xEF:
            segments.append((marker - 0xE0, data[pos + 4 : pos + 2 + length]))
        pos += 2 + length
    return segments


def from_pillow(image: Image.Image) -> RawBlocks:
    if image.format in ("JPEG", "MPO"):
        blocks = from_app_segments(
            [(int(name[3:]), payload) for name, payload in getattr(image, "applist", []) if name.startswith("APP")]
        )
        if blocks.exif:
            blocks.pillow_exif = image.getexif()  # already parsed by Pillow while opening (for the DPI)
        return blocks
    if image.format == "PSD":
        return _from_psd_resources(getattr(image, "resources", []))
    handle = getattr(image, "fp", None)  # the open file (ImageFile)
    if image.format in ("PNG", "GIF") and handle is not None:
        handle.seek(0)
        return (png if image.format == "PNG" else gif).read_blocks(handle)
    blocks = RawBlocks(pillow_exif=image.getexif())
    tags = getattr(image, "tag_v2", None)
    if tags is not None:  # TIFF
        for tag, handler in ((IPTC_NAA, blocks.iptc.append), (XMP_TAG, blocks.xmp.append)):
            if tag in tags:
                handler(_tag_bytes(tags, tag))
        if PHOTOSHOP_TAG in tags:
            blocks.iptc.extend(photoshop_iim_blocks(_tag_bytes(tags, PHOTOSHOP_TAG)))
    elif image.info.get("xmp"):
        blocks.xmp.append(image.info["xmp"])
    return blocks


def from_bytes(data: bytes) -> RawBlocks:
    """Blocks in a file Pillow cannot open, or opens without exposing its metadata."""
    blocks = RawBlocks()
    if data.startswith(JPEG_STARTS):
        blocks = from_app_segments(jpeg_segments(data))
    elif data.startswith(png.SIGNATURE):
        blocks = png.read_blocks(io.BytesIO(data))
    elif data.startswith(gif.SIGNATURES):
        blocks = gif.read_blocks(io.BytesIO(data))
    elif data.startswith(psp.SIGNATURE):
        blocks = psp.read_blocks(data)
    elif data[4:8] in (b"jP  ", b"JXL "):
        blocks = _from_boxes(data)
    elif data.startswith(TIFF_STARTS):
        blocks = _from_tiff_bytes(data)
    else:
        blocks = _scan(data)
    if not blocks.xmp:
        blocks.xmp = packets_in(data)
    return blocks


def _from_tiff_bytes(data: bytes) -> RawBlocks:
    """A TIFF Pillow refuses to open as an image: its first IFD read as an EXIF block."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(data)
    except Exception:
        return RawBlocks()
    blocks = RawBlocks(pillow_exif=exif)
    directory = getattr(exif, "_info", None)
    if directory is not None:
        if IPTC_NAA in directory:
            blocks.iptc.append(_tag_bytes(directory, IPTC_NAA))
        if XMP_TAG in directory:
            blocks.xmp.append(_tag_bytes(directory, XMP_TAG))
    return blocks


def _scan(data: bytes) -> RawBlocks:
    """Other containers (PDF, PostScript, GIMP, MIFF...): look for the blocks' own signatures."""
    blocks = RawBlocks()
    at = data.find(b"8BIM\x04\x04")
    if at >= 0:
        blocks.iptc = photoshop_iim_blocks(data[at:])
    hexed = _eps_photoshop(data)
    if not blocks.iptc and hexed:
        with contextlib.suppress(ValueError):
            blocks.iptc = photoshop_iim_blocks(bytes.fromhex(re.sub(rb"[%\s]", b"", hexed).decode()))
    exif = _EXIF_SIGNATURE.search(data)
    if exif:
        blocks.exif.append(data[exif.start() + len(EXIF_HEADER) :])
    return blocks


def _eps_photoshop(data: bytes) -> bytes | None:
    """The hex lines of an EPS "%BeginPhotoshop" section (found with find: a regular expression with a lazy
    group rescans to the end of the data from every unclosed start, which is quadratic on hostile input)."""
    start = data.find(b"%BeginPhotoshop:")
    if start < 0:
        return None
    end = data.find(b"%EndPhotoshop", start)
    if end < 0:
        return None
    line_end = min((i for i in (data.find(b"\n", start, end), data.find(b"\r", start, end)) if i >= 0), default=end)
    return data[line_end:end]


def _from_psd_resources(resources: list[tuple[int, bytes, bytes]]) -> RawBlocks:
    blocks = RawBlocks()
    for resource, _name, data in resources:
        {PSD_IPTC: blocks.iptc, PSD_EXIF: blocks.exif, PSD_XMP: blocks.xmp}.get(resource, []).append(data)
    return blocks


def _from_boxes(data: bytes) -> RawBlocks:
    """Top-level boxes of JPEG 2000 and JPEG XL files."""
    blocks = RawBlocks()
    pos = 0
    while pos + 8 <= len(data):
        size, kind = int.from_bytes(data[pos : pos + 4], "big"), data[pos + 4 : pos + 8]
        header = 8
        if size == 1:
            size, header = int.from_bytes(data[pos + 8 : pos + 16], "big"), 16
        elif size == 0:
            size = len(data) - pos
        if size < header:
            break
        body = data[pos + header : pos + size]
        pos += size
        if kind == b"uuid":
            {UUID_XMP: blocks.xmp, UUID_IPTC: blocks.iptc, UUID_EXIF: blocks.exif}.get(body[:16], []).append(body[16:])
        elif kind == b"xml ":
            blocks.xmp.append(body)
        elif kind == b"Exif":  # JPEG XL: a 4-byte offset to the TIFF header
            blocks.exif.append(body[4 + int.from_bytes(body[:4], "big") :])
    return blocks


def _tag_bytes(tags, tag: int) -> bytes:
    raw = getattr(tags, "_tagdata", {}).get(tag)  # the undecoded bytes: Pillow keeps one LONG of a long IPTC tag
    if isinstance(raw, bytes):
        return raw
    value = tags[tag]
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("latin-1", "replace")
    numbers = value if isinstance(value, tuple) else (value,)
    size = {1: "B", 7: "B", 3: "H", 4: "L"}.get(tags.tagtype.get(tag, 1), "B")
    return struct.pack(f"{tags._endian}{len(numbers)}{size}", *numbers)
