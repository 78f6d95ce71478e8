"""gzip-compressed containers, recognised by their magic bytes rather than their name."""

from __future__ import annotations

import zlib
from typing import BinaryIO, cast

MAGIC = b"\x1f\x8b"


def gunzip_head(head: bytes, size: int = 1 << 16) -> bytes:
    """The start of the decompressed content when head starts a gzip stream (as far as it goes), else head."""
    if not head.startswith(MAGIC):
        return head
    try:
        return zlib.decompressobj(wbits=31).decompress(head, size)
    except zlib.error:
        return b""


def maybe_gunzip(handle: BinaryIO) -> BinaryIO:
    """The handle's content, decompressed when it is gzip."""
    start = handle.read(2)
    handle.seek(0)
    if start == MAGIC:
        import gzip  # only for a compressed container

        return cast(BinaryIO, gzip.GzipFile(fileobj=handle, mode="rb"))
    return handle
