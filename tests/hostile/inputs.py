"""Generators of hostile inputs, written small and fast: nothing large is committed or held in memory."""

from __future__ import annotations

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def xmp_packet(credit: str) -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="{credit}"/>'
        "</rdf:RDF></x:xmpmeta>"
    ).encode()


def huge_png(width: int, height: int, metadata: list[bytes], metadata_first: bool = False) -> bytes:
    """An RGB PNG of one colour: a few hundred kilobytes on disk, width*height*4 bytes once Pillow decodes it.

    `metadata` chunks go after the pixel data (the case that made Pillow decode everything) or before it.
    """
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    deflate = zlib.compressobj(9)
    rows = (b"\x00" + bytes(width * 3)) * 64  # filter byte, then black pixels
    parts = [deflate.compress(rows) for _ in range(height // 64)]
    parts += [deflate.compress(rows[: (height % 64) * (width * 3 + 1)]), deflate.flush()]
    pixels = png_chunk(b"IDAT", b"".join(parts))
    meta = b"".join(metadata)
    body = meta + pixels if metadata_first else pixels + meta
    return PNG_SIGNATURE + header + body + png_chunk(b"IEND", b"")


def itxt(keyword: bytes, text: bytes, compressed: bool = False) -> bytes:
    """An iTXt chunk: keyword, compression flag and method, empty language and translated keyword, text."""
    data = zlib.compress(text) if compressed else text
    return png_chunk(b"iTXt", keyword + b"\x00" + bytes([int(compressed), 0]) + b"\x00\x00" + data)


def xmp_full(credit: str, creator: str) -> bytes:
    """An XMP packet with its wrapper, as sidecars and GIF extensions hold it."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        f' xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:Credit="{credit}">'
        f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


GIF_MAGIC_TRAILER = bytes([1, *range(255, -1, -1), 0])  # walks any sub-block reader to the extension's end


def gif_xmp_extension(packet: bytes) -> bytes:
    """An "XMP DataXMP" application extension: the raw packet, then the magic trailer."""
    return b"\x21\xff\x0bXMP DataXMP" + packet + GIF_MAGIC_TRAILER


def gif_with_xmp(gif: bytes, packet: bytes) -> bytes:
    """A GIF with an XMP extension before its first image, where exiftool writes it."""
    flags = gif[10]
    start = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    return gif[:start] + gif_xmp_extension(packet) + gif[start:]


def psp_with_exif(copyright: str) -> bytes:
    """A Paint Shop Pro file holding only an extended data block with an EXIF field whose IFD0 has one
    Copyright tag, its value offset counted from IFD0 (as Paint Shop Pro writes it)."""
    value = copyright.encode("latin-1") + b"\x00"
    entry = struct.pack("<HHII", 0x8298, 2, len(value), 2 + 12 + 4)  # value right after the one-entry IFD
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1) + entry + struct.pack("<I", 0) + value
    field = b"Exif\x00\x00" + tiff
    extended = b"~FL\x00" + struct.pack("<HI", 3, len(field)) + field
    block = b"~BK\x00" + struct.pack("<HI", 10, len(extended)) + extended
    return b"Paint Shop Pro Image File\n\x1a\x00\x00\x00\x00\x00" + struct.pack("<HH", 10, 0) + block


def itxt_bomb(keyword: bytes, inflated_mb: int) -> bytes:
    """A compressed iTXt chunk of about inflated_mb/1000 MB that inflates to `inflated_mb` MB of spaces."""
    deflate = zlib.compressobj(9)
    block = b" " * (1024 * 1024)
    data = b"".join(deflate.compress(block) for _ in range(inflated_mb)) + deflate.flush()
    return png_chunk(b"iTXt", keyword + b"\x00\x01\x00\x00\x00" + data)
