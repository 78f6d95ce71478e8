"""Synthetic JPEGs carrying IPTC IIM, XMP and EXIF credits, for tests and benchmarks.

Pillow writes EXIF and XMP itself; it has no IPTC writer, so the Photoshop APP13 segment is built here.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

from checker.metadata.exif import ARTIST, COPYRIGHT, IMAGE_DESCRIPTION
from checker.metadata.iptc import IIM_RESOURCE, PHOTOSHOP_HEADER


@dataclass
class Credits:
    credit: str | None = None
    byline: list[str] = field(default_factory=list)
    copyright: str | None = None
    source: str | None = None
    caption: str | None = None
    xmp_credit: str | None = None  # defaults to `credit`
    exif_artist: str | None = None
    exif_copyright: str | None = None
    digital_source_type: str | None = None
    utf8_declared: bool = True  # write IIM 1:90 "ESC % G"


def iim(datasets: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray()
    for record, number, value in datasets:
        out += bytes((0x1C, record, number)) + len(value).to_bytes(2, "big") + value
    return bytes(out)


def photoshop_app13(iim_blocks: list[bytes]) -> bytes:
    """A JPEG APP13 segment holding one 8BIM 0x0404 resource per IIM block."""
    body = bytearray(PHOTOSHOP_HEADER)
    for block in iim_blocks:
        body += b"8BIM" + IIM_RESOURCE.to_bytes(2, "big") + b"\x00\x00" + len(block).to_bytes(4, "big") + block
        if len(block) & 1:
            body += b"\x00"
    return b"\xff\xed" + (len(body) + 2).to_bytes(2, "big") + bytes(body)


def xmp_packet(credits: Credits) -> bytes:
    def alt(name: str, value: str | None) -> str:
        if value is None:
            return ""
        return f'<{name}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt></{name}>'

    credit = credits.xmp_credit if credits.xmp_credit is not None else credits.credit
    creators = "".join(f"<rdf:li>{escape(name)}</rdf:li>" for name in credits.byline)
    simple = {
        "photoshop:Credit": credit,
        "photoshop:Source": credits.source,
        "Iptc4xmpExt:DigitalSourceType": credits.digital_source_type,
    }
    attributes = " ".join(f'{k}="{escape(v, {chr(34): "&quot;"})}"' for k, v in simple.items() if v)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        f' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" {attributes}>'
        + (f"<dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>" if creators else "")
        + alt("dc:rights", credits.copyright)
        + alt("dc:description", credits.caption)
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode("utf-8")


def picture(size: tuple[int, int], seed: int | None) -> Image.Image:
    """A flat image, or with a seed, a different arrangement of coloured blocks per seed (distinct hashes)."""
    image = Image.new("RGB", size, (90, 120, 150))
    if seed is not None:
        rng = random.Random(seed)
        draw = ImageDraw.Draw(image)
        width, height = size
        for _ in range(12):
            x, y = rng.randrange(width), rng.randrange(height)
            box = (x, y, x + rng.randrange(width // 2 + 1), y + rng.randrange(height // 2 + 1))
            draw.rectangle(box, fill=tuple(rng.randrange(256) for _ in range(3)))
    return image


def jpeg(
    credits: Credits,
    size: tuple[int, int] = (64, 48),
    xmp: bytes | None = None,
    iim_blocks: list[bytes] | None = None,
    seed: int | None = None,
) -> bytes:
    """A small JPEG with the given credits in IPTC, XMP and EXIF (override blocks with xmp / iim_blocks)."""
    exif = Image.Exif()
    for tag, value in (
        (ARTIST, credits.exif_artist),
        (COPYRIGHT, credits.exif_copyright),
        (IMAGE_DESCRIPTION, credits.caption),
    ):
        if value:
            exif[tag] = value
    buffer = io.BytesIO()
    picture(size, seed).save(buffer, "JPEG", quality=70, exif=exif, xmp=xmp if xmp is not None else xmp_packet(credits))
    data = buffer.getvalue()
    if iim_blocks is None:
        iim_blocks = [_iim_for(credits)]
    return data[:2] + photoshop_app13(iim_blocks) + data[2:] if iim_blocks else data


def _iim_for(credits: Credits) -> bytes:
    encode = (lambda s: s.encode("utf-8")) if credits.utf8_declared else (lambda s: s.encode("cp1252"))
    datasets: list[tuple[int, int, bytes]] = [(1, 90, b"\x1b%G")] if credits.utf8_declared else []
    datasets += [(2, 80, encode(name)) for name in credits.byline]
    for number, value in (
        (110, credits.credit),
        (115, credits.source),
        (116, credits.copyright),
        (120, credits.caption),
    ):
        if value:
            datasets.append((2, number, encode(value)))
    return iim(datasets)
