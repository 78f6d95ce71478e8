"""XMP in GIF: the "XMP DataXMP" application extension, found by walking the GIF's blocks (never decoding).

The packet is stored raw rather than in GIF sub-blocks, followed by a 258-byte "magic trailer" that walks any
sub-block reader to the block's end; reading the sub-blocks with their length bytes gives back the raw bytes,
which end at the packet trailer `<?xpacket end="w"?>` (what exiftool does). Pillow reads no XMP from GIF.
"""

from __future__ import annotations

from typing import BinaryIO

from checker import lazy_re
from checker.metadata.blocks import RawBlocks

SIGNATURES = (b"GIF87a", b"GIF89a")
XMP_APPLICATION = b"XMP DataXMP"
MAX_XMP = 16 * 1024 * 1024  # bytes kept of one XMP extension
_PACKET_END = lazy_re.compile(rb"<\?xpacket end=['\"][wr]['\"]\?>")
_EXTENSION, _IMAGE, _TRAILER = 0x21, 0x2C, 0x3B
_APPLICATION = 0xFF


def read_blocks(handle: BinaryIO) -> RawBlocks:
    """The XMP blocks of the GIF stream `handle` is positioned at the start of."""
    blocks = RawBlocks()
    header = handle.read(13)  # signature, logical screen descriptor
    if len(header) < 13 or header[:6] not in SIGNATURES:
        return blocks
    _skip_colour_table(handle, header[10])
    while introducer := handle.read(1):
        if introducer[0] == _IMAGE:
            descriptor = handle.read(9)
            if len(descriptor) < 9:
                break
            _skip_colour_table(handle, descriptor[8])
            handle.read(1)  # LZW minimum code size
            _sub_blocks(handle, keep=0)
        elif introducer[0] == _EXTENSION:
            label = handle.read(2)  # label, size of the first sub-block
            if len(label) < 2:
                break
            if label[0] == _APPLICATION and label[1] == len(XMP_APPLICATION):
                if handle.read(label[1]) == XMP_APPLICATION:
                    data = _sub_blocks(handle, keep=MAX_XMP, with_lengths=True)
                    end = _PACKET_END.search(data)
                    blocks.xmp.append(data[: end.end()] if end else data)
                else:
                    _sub_blocks(handle, keep=0)
            else:
                handle.seek(label[1], 1)
                _sub_blocks(handle, keep=0)
        else:  # the trailer, or a byte that starts no block
            break
    return blocks


def _skip_colour_table(handle: BinaryIO, flags: int) -> None:
    if flags & 0x80:
        handle.seek(3 * (2 << (flags & 0x07)), 1)


def _sub_blocks(handle: BinaryIO, keep: int, with_lengths: bool = False) -> bytes:
    """Read sub-blocks up to the empty one; return their bytes (with their length bytes) up to `keep` bytes."""
    kept: list[bytes] = []
    size = 0
    while (length := handle.read(1)) and length[0]:
        if size >= keep:
            handle.seek(length[0], 1)
            continue
        body = handle.read(length[0])
        kept.append(length + body if with_lengths else body)
        size += len(kept[-1])
        if len(body) < length[0]:
            break
    return b"".join(kept)[:keep]
